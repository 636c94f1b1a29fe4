"""Assemble the shipped pipeline: trained NER (+ UD layer) + rule components + keryx meta."""

from __future__ import annotations

from pathlib import Path

from keryx.extensions import register_extensions
from keryx.nlp import _register_factories, complete_pipeline


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
        from keryx.training.ud import add_ud_components, add_ud_meta

        add_ud_components(nlp, ud_model)  # right after "ner", listening to their own tok2vec
        add_ud_meta(nlp, ud_scores)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    from keryx.components.ner import use_python_decoder

    use_python_decoder(output / "config.cfg")  # same weights, the faster decoder (components/ner.py)
    return output
