"""keryx_entity_rules on people: a field in the genitive after a role is the role's, not a person."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span


def _rules(nlp: Language, text: str, ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Run the entity repairs on ``text`` with the given entities standing in for the model's."""
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    doc = nlp.get_pipe("keryx_entity_rules")(doc)
    return [(e.label_, e.text) for e in doc.ents]


@pytest.mark.parametrize(("text", "person"), [
    # the feminine of an adjective in -ικός, named as a field
    ("Η Άννα Ζαφειρίου, καθηγήτρια Λογικής, μίλησε στο συνέδριο.", 6),
    ("Ο Πέτρος Νικολόπουλος, λέκτορας Ιατρικής, δεν απάντησε.", 6),
    # a feminine noun in accented -ία
    ("Ο Στάθης Κουρής, καθηγητής Αλληγορίας, έγραψε το βιβλίο.", 6),
    # a form the treebank holds only as a noun
    ("Ο Μάρκος Δρόσος, καθηγητής Ιστορίας, πήρε τον λόγο.", 6),
])
def test_a_field_after_a_role_is_no_person(nlp: Language, text: str, person: int) -> None:
    # the model saw a person in the field as well as in the holder
    assert _rules(nlp, text, [(1, 3, "PERSON"), (person, person + 1, "PERSON")]) == [("PERSON", text.split()[1] + " "
                                                                                       + text.split()[2].rstrip(","))]


@pytest.mark.parametrize(("text", "name"), [
    ("Ο καθηγητής Παπαδάκης μίλησε χθες το βράδυ.", "Παπαδάκης"),
    # a given name in the genitive, after a role in the genitive
    ("Η ομιλία της καθηγήτριας Μαρίας έγινε χθες.", "Μαρίας"),
    # the invariant genitive shape of Greek surnames
    ("Ο καθηγητής Βασιλείου μίλησε χθες.", "Βασιλείου"),
])
def test_a_name_after_a_role_stays_a_person(nlp: Language, text: str, name: str) -> None:
    i = text.split().index(name)
    assert _rules(nlp, text, [(i, i + 1, "PERSON")]) == [("PERSON", name)]
