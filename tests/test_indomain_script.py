"""training/indomain.py: the team's name-only gold projected onto a line as NER spans.

The lines and gold here are written for this test; the silver spans stand for what the shipped
NER might say, so the projection rules are checked without loading a model.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.training_scripts import load_training_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_training_script("indomain.py")


@pytest.fixture(scope="module")
def blank():
    import spacy

    return spacy.blank("el")


@pytest.mark.parametrize(("gold", "text", "same"), [
    ("Γιώργος", "Γιώργου", True),        # genitive
    ("Παπαδάκης", "ΠΑΠΑΔΑΚΗ", True),     # headline capitals, no accents
    ("Ένωση", "Ένωσης", True),
    ("Ίδρυμα", "Ιδρύματος", True),
    ("Ρόδος", "Ρόδο", True),
    ("Μαρία", "Μαρίνα", False),          # another name, not a case of this one
    ("Μπόρις", "Μπορεί", False),         # a verb at the start of a sentence
    ("Κρήτη", "Κρητικός", False),        # an adjective, not the place
])
def test_word_match(script: ModuleType, gold: str, text: str, same: bool) -> None:
    assert script.word_match(script.fold(gold), script.fold(text)) is same


def _doc(nlp, text: str, silver: list[tuple[str, str]]):
    """A line with silver entities given as (words, label); each words string occurs once."""
    from spacy.tokens import Span

    doc = nlp(text)
    words = [t.text for t in doc]
    ents = []
    for phrase, label in silver:
        ph = [t.text for t in nlp.tokenizer(phrase)]
        at = next(i for i in range(len(words)) if words[i:i + len(ph)] == ph)
        ents.append(Span(doc, at, at + len(ph), label=label))
    doc.set_ents(ents)
    return doc


def _spans(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_project_inflected_gold_replaces_silver(script: ModuleType, blank) -> None:
    gold = {"people": [{"name": "Γιώργος Παπαδάκης", "roles": []}],
            "organisations": [{"name": "Ένωση Αγροτών Κρήτης", "aliases": ["ΕΑΚ"]}],
            "places": ["Χανιά"]}
    doc = _doc(blank, "Η ομιλία του Γιώργου Παπαδάκη στην Ένωση Αγροτών Κρήτης (ΕΑΚ) έγινε στα Χανιά "
                      "στις 3 Μαΐου , με χρήματα από το Ταμείο Ανάκαμψης .",
               [("Γιώργου", "PERSON"), ("Ένωση Αγροτών", "ORG"), ("Χανιά", "LOC"),
                ("3 Μαΐου", "DATE"), ("Ταμείο Ανάκαμψης", "ORG")])
    stats = script.Stats()
    script.project([doc], gold, blank.tokenizer, stats)
    assert _spans(doc) == [("Γιώργου Παπαδάκη", "PERSON"), ("Ένωση Αγροτών Κρήτης", "ORG"), ("ΕΑΚ", "ORG"),
                           ("Χανιά", "LOC"),  # the model's kind of place is kept
                           ("3 Μαΐου", "DATE")]  # other labels stay silver
    # a programme is not a body (GUIDE.md): the silver ORG becomes O, not missing
    assert all(t.ent_iob_ == "O" for t in doc if t.text in ("Ταμείο", "Ανάκαμψης"))
    assert stats.found == {"people": 1, "organisations": 1, "places": 1}
    assert stats.silver["ORG -> O"] == 1


def test_project_surname_alone_and_unsure_spans(script: ModuleType, blank) -> None:
    gold = {"people": [{"name": "Ελένη Σταθοπούλου", "roles": []}],
            "organisations": [{"name": "Σύλλογος Φίλων της Κρήτης", "aliases": []}],
            "places": ["Ρόδος"]}
    doc = _doc(blank, "Η κ. Σταθοπούλου μίλησε στη Ρόδο για την Κρήτη και τον Αλέξη .",
               [("Κρήτη", "GPE"), ("Αλέξη", "PERSON")])
    script.project([doc], gold, blank.tokenizer)
    assert _spans(doc) == [("Σταθοπούλου", "PERSON"), ("Ρόδο", "GPE")]
    kr = next(t for t in doc if t.text == "Κρήτη")
    assert kr.ent_iob == 0  # like a word of a gold body never found: unknown to the loss, not O
    assert next(t for t in doc if t.text == "Αλέξη").ent_iob_ == "O"  # no gold person: O


def test_projection_reads_tuning_halves_only(script: ModuleType, shared_data: Path) -> None:
    docs = script.tuning_documents(("releases",))
    index = json.loads((script.BENCH / "release_index.json").read_text(encoding="utf-8"))
    halves = {e["id"]: e["half"] for e in index}
    assert docs and {halves[i] for _, i, _, _ in docs} == {"tuning"}


@pytest.mark.parametrize(("places", "expected_iob"), [
    (None, "O"),        # default unchanged: an unmatched silver place becomes O
    ("missing", ""),    # unknown to the loss
    ("keep", "B"),      # kept as the model labelled it
])
def test_project_unmatched_places_option(script: ModuleType, blank, places: str | None, expected_iob: str) -> None:
    gold = {"people": [{"name": "Νίκος Αντωνίου", "roles": []}], "organisations": [], "places": ["Πάτρα"]}
    doc = _doc(blank, "Ο Νίκος Αντωνίου ήρθε στην Πάτρα από τη Γερμανία με τον Κώστα .",
               [("Γερμανία", "GPE"), ("Κώστα", "PERSON")])
    script.project([doc], gold, blank.tokenizer, unmatched_places=places)
    ge = next(t for t in doc if t.text == "Γερμανία")
    assert ge.ent_iob_ == expected_iob
    if places == "keep":
        assert ge.ent_type_ == "GPE"
    # the option touches places alone: an unmatched silver person still becomes O
    assert next(t for t in doc if t.text == "Κώστα").ent_iob_ == "O"
    assert ("Πάτρα", "GPE") in _spans(doc)
