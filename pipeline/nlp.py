"""Build keryx's spaCy ``Language``: the trained NER plus the rule components, from config.

The shipped model directory (``models/keryx_el``) is an ordinary spaCy pipeline whose
``config.cfg`` lists keryx's own factories; importing this module registers them.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import ModelError
from .extensions import register_extensions

MODEL_NAME = "keryx_el"
MODEL_ENV = "KERYX_MODEL"

# Rule components added after the trained ones, in order. Names are spaCy factory names.
RULE_COMPONENTS = ("keryx_entity_rules", "keryx_dates", "keryx_roles")


def _register_factories() -> None:
    """Import the modules whose import registers keryx's spaCy factories."""
    from . import dates, entities, roles, segment, ud  # noqa: F401


def models_dir() -> Path:
    import keryx_models

    return Path(keryx_models.__file__).resolve().parent


def default_model_path() -> Path:
    env = os.environ.get(MODEL_ENV)
    return Path(env) if env else models_dir() / MODEL_NAME


def load_pipeline(model: str | Path | None = None):
    """Load a keryx pipeline (or a bare NER pipeline, completed with the rule components)."""
    import spacy

    register_extensions()
    _register_factories()
    path = Path(model) if model is not None else default_model_path()
    if not (path / "config.cfg").exists():
        raise ModelError(
            f"no keryx model at {path}. Reinstall keryx (the model ships with it), set "
            f"{MODEL_ENV} to a trained pipeline, or train one with 'keryx train'."
        )
    try:
        nlp = spacy.load(path)
    except Exception as exc:  # spaCy raises many kinds on a broken model dir
        raise ModelError(f"could not load the model at {path}: {exc}") from exc
    complete_pipeline(nlp)
    return nlp


def complete_pipeline(nlp) -> None:
    """Add the tokenizer exceptions and any missing rule components, idempotently."""
    from .segment import customise_tokenizer

    _register_factories()
    customise_tokenizer(nlp)
    if "keryx_sentences" not in nlp.pipe_names:
        nlp.add_pipe("keryx_sentences", first=True)
    for name in RULE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)


def assemble(ner_model: Path, output: Path, version: str, scores: dict | None = None,
             ud_model: Path | None = None, ud_scores: dict | None = None) -> Path:
    """Write the shipped pipeline: trained NER (+ UD layer) + rule components, with keryx's meta."""
    import spacy

    register_extensions()
    _register_factories()
    nlp = spacy.load(ner_model)
    complete_pipeline(nlp)
    pretrained = bool(nlp.config["paths"].get("init_tok2vec"))
    nlp.meta.update({
        "name": "keryx",
        "version": version,
        "description": "keryx Greek pipeline: NER trained on elNER-18 with floret vectors "
                       + ("and a tok2vec pretrained on " if pretrained else "from ")
                       + "the shared raw Greek corpus; rule components for dates and roles.",
        "license": "CC BY-NC-SA 3.0 (inherited from the training data)",
        "author": "keryx",
        "sources": [
            {"name": "elNER-18", "url": "doi:10.1145/3411408.3411437",
             "author": "Bartziokas, Mavropoulos, Kotropoulos"},
            {"name": "greek_raw (Government Gazette, openbook.gr e-books)", "license": "training only"},
        ],
    })
    if scores:
        nlp.meta["performance"] = scores
    if ud_model is not None:
        from .ud import add_ud_components, add_ud_meta

        add_ud_components(nlp, ud_model)  # right after "ner", listening to their own tok2vec
        add_ud_meta(nlp, ud_scores)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output
