"""``doc_text``: each Doc's own text, read once, whatever Doc was read before."""

from __future__ import annotations

import spacy
from keryx.extensions import doc_text


def test_each_doc_gets_its_own_text_when_reads_alternate() -> None:
    nlp = spacy.blank("el")
    texts = ["Ο Δήμαρχος Ηρακλείου μίλησε στο συνέδριο.", "Η Περιφέρεια Κρήτης ανακοίνωσε το πρόγραμμα."]
    docs = [nlp(t) for t in texts]
    for _ in range(2):
        for doc, text in zip(docs, texts, strict=True):
            assert doc_text(doc) == text == doc.text


def test_a_doc_keeps_its_text_after_its_tokens_are_merged() -> None:
    """The rules merge tokens ("Π.Α.Ο.Κ."); the text under them, which doc_text keeps, is the same."""
    doc = spacy.blank("el")("Ο Δήμος Αθηναίων και η ΚΕΔΕ υπέγραψαν.")
    before = doc_text(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[1:3])
    assert doc_text(doc) == before == doc.text
    assert len(doc) == 7


def test_the_last_doc_is_not_kept_alive() -> None:
    """A batch reads one document after another: the one read last may be freed, its text read anew."""
    import gc
    import weakref

    nlp = spacy.blank("el")
    doc = nlp("Η Ένωση Δήμων συνεδρίασε στην Αθήνα.")
    assert doc_text(doc) == doc.text
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
    other = nlp("Ο Περιφερειάρχης επισκέφθηκε τη Λάρισα.")
    assert doc_text(other) == other.text
