"""Bodies listed after one plural head: one body per name in the genitive, the head in the
nominative singular, and the seats named there no places (written for keryx; no text from elsewhere)."""

from __future__ import annotations

import pytest

from keryx import Extractor
from keryx.linking.body_lists import bodies_by_list


@pytest.mark.parametrize(("text", "bodies", "no_places"), [
    # a municipality's head before three towns in the genitive, after a locative too
    ("Το δίκτυο φόρτισης θα επεκταθεί στους δήμους Κηφισιάς, Αμαρουσίου και Χαλανδρίου μέσα στο έτος.",
     ["Δήμος Κηφισιάς", "Δήμος Αμαρουσίου", "Δήμος Χαλανδρίου"], ["Κηφισιά", "Μαρούσι", "Χαλάνδρι"]),
    # a region's head in the nominative plural, and a name of two words
    ("Οι περιφέρειες Θεσσαλίας και Δυτικής Μακεδονίας ζήτησαν χθες περισσότερα μηχανήματα.",
     ["Περιφέρεια Θεσσαλίας", "Περιφέρεια Δυτικής Μακεδονίας"], ["Θεσσαλία", "Δυτική Μακεδονία"]),
    # the head in capitals, in the genitive plural
    ("Τα σχέδια των Δήμων Λαμιέων και Βόλου εγκρίθηκαν από την επιτροπή την Τρίτη.",
     ["Δήμος Λαμιέων", "Δήμος Βόλου"], []),
    # a university is named by its city with the genitive article
    ("Στη μελέτη συμμετείχαν ερευνητές των πανεπιστημίων του Μάντσεστερ και της Γλασκώβης.",
     ["Πανεπιστήμιο Μάντσεστερ", "Πανεπιστήμιο Γλασκώβης"], []),
])
def test_a_plural_head_names_one_body_per_listed_name(extractor: Extractor, text: str, bodies: list[str],
                                                      no_places: list[str]) -> None:
    record = extractor.extract_text(text)
    orgs = [o.name for o in record.organisations]
    assert [o for o in orgs if o.split()[0] in {b.split()[0] for b in bodies}] == bodies
    assert not {p.name for p in record.places} & set(no_places)


@pytest.mark.parametrize("text", [
    # names in the nominative are the places themselves, no bodies
    "Οι βροχές έπληξαν τις περιφέρειες Τοσκάνη και Λιγουρία την περασμένη εβδομάδα.",
    # one name alone: a plural head of several bodies of one seat, no list
    "Οι δήμοι Αττικής ζήτησαν περισσότερα χρήματα για την καθαριότητα.",
    # hospitals with the genitive article are the hospitals there, venues
    "Οι ασθενείς μεταφέρθηκαν στα νοσοκομεία της Πάτρας και του Αιγίου αμέσως.",
    # the names go on with a state's in the genitive: another state's bodies
    "Οι δήμοι Λεμεσού και Λάρνακας της Κύπρου ανακοίνωσαν κοινή δράση.",
])
def test_no_bodies_where_no_list_of_genitives_follows(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert bodies_by_list(nlp(text)) == []


def test_the_first_mention_covers_the_head(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Συμφωνία υπέγραψαν οι δήμοι Ναυπλιέων και Πύδνας-Κολινδρού για το νερό."
    found = bodies_by_list(nlp(text))
    assert [(m.name, text[m.start_char:m.end_char]) for m in found] == [
        ("Δήμος Ναυπλιέων", "δήμοι Ναυπλιέων"), ("Δήμος Πύδνας-Κολινδρού", "Πύδνας-Κολινδρού")]
