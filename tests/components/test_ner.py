"""keryx_ner: spaCy's NER weights, the greedy decoder stepped from Python, the same entities."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "Ο Δήμαρχος Ηρακλείου Βασίλης Λαμπρινός συναντήθηκε στις 4 Οκτωβρίου 2019 με τον Υπουργό Εσωτερικών.",
    "Η Περιφερειακή Ένωση Δήμων Αττικής (ΠΕΔΑ) φιλοξένησε το συνέδριο στο Πεδίον Άρεως.",
    "Στην εκδήλωση μίλησαν η Μαρία Κωνσταντίνου, Υπεύθυνη Επικοινωνίας της ΜΚΟ Φάρος, και ο κ. Νίκος Αλεξίου.",
    "",
    "ΑΝΑΚΟΙΝΩΣΗ",
]


def test_python_decoder_gives_spacy_entities() -> None:
    import spacy

    from keryx.components.ner import KeryxEntityRecognizer
    from keryx.nlp import default_model_path, load_pipeline

    path = default_model_path()
    ours = load_pipeline(path)
    if not isinstance(ours.get_pipe("ner"), KeryxEntityRecognizer):
        pytest.skip("this model's ner is spaCy's own")
    theirs = spacy.load(path, exclude=["tok2vec_ud", "morphologizer", "tagger", "pos_from_tag",
                                       "trainable_lemmatizer", "parser", "lemma_lookup"],
                        config={"components": {"ner": {"factory": "ner"}}})
    assert type(theirs.get_pipe("ner")).__name__ == "EntityRecognizer"
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    a = [[(e.start, e.end, e.label_) for e in d.ents] for d in ours.pipe(texts)]
    b = [[(e.start, e.end, e.label_) for e in d.ents] for d in theirs.pipe(texts)]
    assert a == b and sum(map(len, a)) > 20


def test_use_python_decoder_rewrites_only_the_factory(tmp_path: Path) -> None:
    from keryx.components.ner import use_python_decoder

    cfg = tmp_path / "config.cfg"
    cfg.write_text('[components.ner]\nfactory = "ner"\nmoves = null\n', encoding="utf-8")
    assert use_python_decoder(cfg) is True
    assert cfg.read_text(encoding="utf-8") == '[components.ner]\nfactory = "keryx_ner"\nmoves = null\n'
    assert use_python_decoder(cfg) is False
