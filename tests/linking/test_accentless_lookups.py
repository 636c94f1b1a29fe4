"""Greek writers often leave a capital initial without its accent («Ηπειρο» for «Ήπειρο»,
«Αγγελος», «Ενωση»): every look-up keryx makes (gazetteer, first names, organisations' heads,
role lexicon, an event's place) compares folded forms, and the record gives the accented
nominative the lexicon knows. Folding is safe only while no two distinct gazetteer places fold
alike; that is checked on the data itself (sentences written for keryx)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from keryx import Extractor
from keryx.lang.el import read_tsv
from keryx.lang.el.text import fold


@pytest.mark.parametrize("text, place", [
    ("Η ενημέρωση για τα κρούσματα στην Ηπειρο δόθηκε σήμερα από την περιφέρεια.", "Ήπειρος"),
    ("Οι κάτοικοι της Εδεσσας ζητούν νέο δρόμο.", "Έδεσσα"),
    ("Το πλοίο έφτασε στην Υδρα νωρίς το πρωί.", "Ύδρα"),
    ("Ο αγώνας θα διεξαχθεί στο Αργος την Κυριακή.", "Άργος"),
])
def test_a_place_written_without_its_initial_accent_is_linked_in_the_accented_nominative(
        extractor: Extractor, text: str, place: str) -> None:
    assert [p.name for p in extractor.extract_text(text).places] == [place]


def test_accented_unaccented_and_capital_mentions_are_one_place(extractor: Extractor) -> None:
    r = extractor.extract_text("Συνάντηση στην Αθηνα και στην ΑΘΗΝΑ με τον δήμαρχο.")
    assert [(p.name, len(p.mentions)) for p in r.places] == [("Αθήνα", 2)]


@pytest.mark.parametrize("text, person", [
    ("Ο Αγγελος Νικολάου μίλησε στους δημοσιογράφους.", "Άγγελος Νικολάου"),
    ("Η Αννα Δημητρίου έφτασε χθες στην Ελλάδα.", "Άννα Δημητρίου"),
])
def test_a_first_name_without_its_initial_accent_is_known(extractor: Extractor, text: str, person: str) -> None:
    assert [p.name for p in extractor.extract_text(text).people] == [person]


@pytest.mark.parametrize("text, org", [
    ("Ο Ολυμπιακος νίκησε με δύο γκολ.", "Ολυμπιακός"),
    ("Η Ενωση Αγρινίου συνεργάζεται με τον δήμο.", "Ένωση Αγρινίου"),
])
def test_an_organisation_without_its_accent_is_named_as_the_list_writes_it(
        extractor: Extractor, text: str, org: str) -> None:
    assert [o.name for o in extractor.extract_text(text).organisations] == [org]


def test_a_role_head_without_its_initial_accent_is_the_lexicon_title(extractor: Extractor) -> None:
    r = extractor.extract_text("Ο Εφορος Αρχαιοτήτων Κυκλάδων Δημήτρης Αθανούλης παρουσίασε τα ευρήματα.")
    assert [(p.name, [x.title for x in p.roles]) for p in r.people] == \
        [("Δημήτρης Αθανούλης", ["Έφορος Αρχαιοτήτων Κυκλάδων"])]


def test_an_events_place_without_its_accent_is_the_linked_place(extractor: Extractor) -> None:
    r = extractor.extract_text("Η εκδήλωση θα πραγματοποιηθεί στην Αθηνα στις 5 Μαΐου 2025.")
    assert [(e.location, e.date) for e in r.events] == [("Αθήνα", "2025-05-05")]


def test_no_two_gazetteer_places_fold_alike() -> None:
    """Folded look-up merges only forms of one place: distinct places never differ by accent alone
    (a row's abbreviation that expands to another row's name is one place, "ΗΠΑ")."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv("places.tsv"):
        if row[1] == "body":
            continue
        forms = [row[0], *(f for f in (row[3].split(";") if len(row) > 3 else []) if f)]
        for form in forms:
            by_key[fold(" ".join(form.replace("|", " ").split()))].add(row[0])
    clashes = {k: v for k, v in by_key.items() if len(v) > 1}
    assert clashes == {"ηπα": {"ΗΠΑ", "Ηνωμένες Πολιτείες"}}


def test_no_two_first_names_fold_alike() -> None:
    by_key: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv("first_names.tsv"):
        by_key[fold(row[0])].add(row[0])
    assert not {k: v for k, v in by_key.items() if len(v) > 1}
