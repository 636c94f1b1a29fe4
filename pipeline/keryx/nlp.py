"""Build keryx's spaCy ``Language``: the trained NER plus the rule components, from config.

The shipped model directory (``models/keryx_el``) is an ordinary spaCy pipeline whose
``config.cfg`` lists keryx's own factories; importing this module registers them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

from keryx.errors import ModelError

MODEL_NAME = "keryx_el"
MODEL_ENV = "KERYX_MODEL"

# The linguistic layer trained on UD_Greek-GDT (tags, morphology, lemmas, syntax). It ships in
# the model, but no record field reads it (tests/test_nlp.py removes each active component in
# turn and checks the records change), and it took a third of the run time (issue 11). So
# keryx loads it only on request: ``load_pipeline(linguistic=True)``, ``Extractor(linguistic=True)``.
LINGUISTIC_COMPONENTS = ("tok2vec_ud", "morphologizer", "tagger", "pos_from_tag",
                         "trainable_lemmatizer", "parser", "lemma_lookup")

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


def read_model_meta(model: str | Path) -> tuple[dict, list[str]]:
    """A model's ``meta.json`` and its active components, without loading any weights."""
    import json

    path = Path(model)
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"no readable keryx model at {path}: {exc}") from exc
    disabled = set(meta.get("disabled", []))
    return meta, [c for c in meta.get("pipeline", []) if c not in disabled]


def load_pipeline(model: str | Path | None = None, *, linguistic: bool = False) -> Language:
    """Load a keryx pipeline (or a bare NER pipeline, completed with the rule components).

    ``linguistic`` also loads the UD layer (lemmas, morphology, syntax on the ``Doc``), which
    the records do not need.
    """
    from keryx._torchless import hide_torch_from_thinc

    hide_torch_from_thinc()  # before spaCy imports thinc
    import spacy

    from keryx.extensions import register_extensions
    from keryx.vectors import cache_floret_rows

    register_extensions()
    _register_factories()
    path = Path(model) if model is not None else default_model_path()
    if not (path / "config.cfg").exists():
        raise ModelError(
            f"no keryx model at {path}. Reinstall keryx (the model ships with it), set "
            f"{MODEL_ENV} to a trained pipeline, or train one with 'keryx train'."
        )
    try:
        exclude = [] if linguistic else list(LINGUISTIC_COMPONENTS)
        nlp = spacy.load(path, exclude=exclude)
    except Exception as exc:  # spaCy raises many kinds on a broken model dir
        raise ModelError(f"could not load the model at {path}: {exc}") from exc
    use_numpy_blas(nlp)
    cache_floret_rows(nlp.vocab)
    complete_pipeline(nlp)
    rules = nlp.get_pipe("keryx_entity_rules") if "keryx_entity_rules" in nlp.pipe_names else None
    if rules is not None and (path / "lemma_lookup").is_dir():
        # the lemma list's words tell a word in capitals from an acronym, with or without the UD layer
        rules.word_list = path / "lemma_lookup"  # type: ignore[attr-defined]
    return nlp


def treebank_common_words(nlp: Language) -> Mapping[str, frozenset[str]]:
    """The lower-case forms that GDT train tags only as common words, with their tags
    (:func:`keryx.components.lemma_lookup.common_forms`): from the loaded ``lemma_lookup``, or from
    its folder in the model where the pipeline runs without the UD layer; empty without either."""
    from keryx.components.lemma_lookup import common_forms, saved_common_forms

    if "lemma_lookup" in nlp.pipe_names:
        return common_forms(getattr(nlp.get_pipe("lemma_lookup"), "table", {}))
    rules = nlp.get_pipe("keryx_entity_rules") if "keryx_entity_rules" in nlp.pipe_names else None
    folder = getattr(rules, "word_list", None)
    return saved_common_forms(str(folder)) if folder is not None else {}


def use_numpy_blas(nlp: Language) -> None:
    """Run the nets' matrix products through numpy's BLAS (OpenBLAS in its wheels), not BLIS.

    thinc's bundled BLIS took about 1.3x the time of OpenBLAS for the tok2vec's products on one
    thread, and the whole pipeline about 11 % more CPU (``benchmarks/blas.py``); the entities
    are the same. thinc's own switch (``NumpyOps(use_blis=False)``) is set on every layer.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and isinstance(model.ops, NumpyOps):
            for layer in model.walk():
                layer.ops = ops


def complete_pipeline(nlp: Language) -> None:
    """Add the tokenizer exceptions and any missing rule components, idempotently."""
    from keryx.components.sentences import customise_tokenizer

    _register_factories()
    customise_tokenizer(nlp)
    if "keryx_sentences" not in nlp.pipe_names:
        nlp.add_pipe("keryx_sentences", first=True)
    for name in RULE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
