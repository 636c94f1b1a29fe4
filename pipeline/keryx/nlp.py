"""Build keryx's spaCy ``Language``: the trained NER plus the rule components, from config.

The shipped model directory (``models/keryx_el``) is an ordinary spaCy pipeline whose
``config.cfg`` lists keryx's own factories; importing this module registers them.
"""

from __future__ import annotations

import os
from pathlib import Path

from keryx.errors import ModelError
from keryx.extensions import register_extensions

MODEL_NAME = "keryx_el"
MODEL_ENV = "KERYX_MODEL"

# Rule components added after the trained ones, in order. Names are spaCy factory names.
RULE_COMPONENTS = ("keryx_entity_rules", "keryx_dates", "keryx_roles")


def _register_factories() -> None:
    """Import keryx's component modules, which register their spaCy factories.

    An installed keryx also declares them as ``spacy_factories`` entry points, so a plain
    ``spacy.load`` finds them without this; it is kept for source checkouts without metadata.
    """
    import keryx.components  # noqa: F401


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
    from keryx.components.sentences import customise_tokenizer

    _register_factories()
    customise_tokenizer(nlp)
    if "keryx_sentences" not in nlp.pipe_names:
        nlp.add_pipe("keryx_sentences", first=True)
    for name in RULE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
