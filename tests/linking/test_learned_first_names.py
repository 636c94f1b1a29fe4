"""The learned first names (``first_names_learned.tsv``, written by training/first_names.py) act
as first names in the pipeline, and the hand-written table wins where the two clash."""

from __future__ import annotations

import pytest
from keryx.lang.el import read_text
from keryx.lang.el.text import fold
from keryx.linking.names.lexicon import RESOURCES, NameLexicon


def _lexicon(learned: str) -> NameLexicon:
    return NameLexicon.from_texts(*(read_text(n) if n != "first_names_learned.tsv" else learned for n in RESOURCES))


@pytest.mark.parametrize("form, nominative, gender, slot", [
    ("Προκόπη", "Προκόπης", "m", "gen_sg"),
    ("Ευκλείδη", "Ευκλείδης", "m", "acc_sg"),
    ("Χριστόφορο", "Χριστόφορος", "m", "acc_sg"),
    ("Μαρίνου", "Μαρίνος", "m", "gen_sg"),
    ("Τερέζας", "Τερέζα", "f", "gen_sg"),
    ("Ντόναλντ", "Ντόναλντ", "m", "any"),   # invariant: tells no case
    ("Βλαντίμιρ", "Βλαντίμιρ", "m", "any"),
])
def test_learned_names_are_in_the_packaged_lexicon(form: str, nominative: str, gender: str, slot: str) -> None:
    entries = NameLexicon.default().first_names[fold(form)]
    assert any(e.nominative == nominative and e.gender == gender and slot in e.slots for e in entries)


def test_without_the_learned_file_they_are_unknown() -> None:
    assert fold("Προκόπης") not in _lexicon("").first_names
    assert fold("Προκόπης") in _lexicon(read_text("first_names_learned.tsv")).first_names


def test_a_hand_written_row_wins_over_a_learned_one() -> None:
    """A learned "Αλέξη" (a woman's name) would clash with "Αλέξη", a form of the hand-written
    "Αλέξης": the hand-written reading stays alone; the learned row's other forms are added."""
    lex = _lexicon("Αλέξη\tf\t\t\t3\n")
    assert {(e.nominative, e.gender) for e in lex.first_names[fold("Αλέξη")]} == {("Αλέξης", "m")}
    assert [(e.nominative, e.gender) for e in lex.first_names[fold("Αλέξης")]] == [("Αλέξης", "m")]


# A first name alone after the full name is that person (one person, two mentions): only a name
# the lexicon knows is linked so.
@pytest.mark.parametrize("text, person", [
    ("Ο Προκόπης Παυλόπουλος επισκέφθηκε το σχολείο. Ο Προκόπης μίλησε στους μαθητές.", "Προκόπης Παυλόπουλος"),
    ("Η Τερέζα Μέι έφτασε στο Λονδίνο. Η Τερέζα χαιρέτησε τους δημοσιογράφους.", "Τερέζα Μέι"),
    ("Ο Βλαντίμιρ Πούτιν συνάντησε τους υπουργούς. Ο Βλαντίμιρ ζήτησε ενημέρωση.", "Βλαντίμιρ Πούτιν"),
    ("Ο Ευκλείδης Τσακαλώτος μίλησε στη Βουλή. Ο Ευκλείδης απάντησε στις ερωτήσεις.", "Ευκλείδης Τσακαλώτος"),
    ("Ο Χριστόφορος Βερναρδάκης μίλησε στη Βουλή. Ο Χριστόφορος απάντησε στις ερωτήσεις.",
     "Χριστόφορος Βερναρδάκης"),
    ("Ο Μαρίνος Σκανδάλης έφτασε νωρίς. Ο Μαρίνος κάθισε στην πρώτη σειρά.", "Μαρίνος Σκανδάλης"),
    ("Ο Ντόναλντ Τραμπ έφτασε νωρίς. Ο Ντόναλντ κάθισε στην πρώτη σειρά.", "Ντόναλντ Τραμπ"),
])
def test_a_learned_first_name_alone_is_the_person_with_it(extractor, text: str, person: str) -> None:
    people = extractor.extract_text(text).people
    assert [(p.name, len(p.mentions)) for p in people] == [(person, 2)]


# After a role noun, the case of a learned first name gives the person's nominative.
@pytest.mark.parametrize("text, person", [
    ("Ευχαριστούμε θερμά τον χορηγό μας Προκόπη Μανδαλάκη για τη στήριξη.", "Προκόπης Μανδαλάκης"),
    ("Το βιβλίο γράφτηκε από τον συγγραφέα Ευκλείδη Μαυρίδη.", "Ευκλείδης Μαυρίδης"),
])
def test_a_learned_first_name_gives_the_nominative(extractor, text: str, person: str) -> None:
    assert [p.name for p in extractor.extract_text(text).people] == [person]


@pytest.mark.parametrize("tokens, name", [
    (["Μαρέβας", "Μητσοτάκη"], "Μαρέβα Μητσοτάκη"),          # a woman's genitive: her surname stays
    (["του", "Προκόπη", "Παυλόπουλου"], "Προκόπης Παυλόπουλος"),
    (["Τερέζας", "Μέι"], "Τερέζα Μέι"),
    (["Πέδρο", "Μαρτίνς"], "Πέδρο Μαρτίνς"),                  # a foreign -ο name is no accusative of "-ος"
    # a foreign name Greek does not inflect tells no gender to its surname's rules ...
    (["Ραζβάν", "Λουτσέσκου"], "Ραζβάν Λουτσέσκου"),
    (["Πολ", "Πογκμπά"], "Πολ Πογκμπά"),
    # ... and keeps the accent it is written with
    (["Άλμπερτ", "Αϊνστάιν"], "Άλμπερτ Αϊνστάιν"),
    (["Αλμπέρτ", "Αϊνστάιν"], "Αλμπέρτ Αϊνστάιν"),
    # a hand-written invariant name still tells its gender: a Greek surname inflects
    (["Μιχαήλ", "Χρυσοχοΐδη"], "Μιχαήλ Χρυσοχοΐδης"),
])
def test_person_nominative_with_learned_first_names(tokens: list[str], name: str) -> None:
    from keryx.linking.names.people import person_nominative

    assert person_nominative(tokens) == name


def test_learned_entries_are_marked() -> None:
    lex = NameLexicon.default()
    assert all(e.learned for e in lex.first_names[fold("Ντόναλντ")])
    assert not any(e.learned for e in lex.first_names[fold("Γιώργος")])
