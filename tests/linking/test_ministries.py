"""Listed ministries named by their field: a plural head shared by coordinated fields, a head
elided after its article, a field in small letters (written for keryx; no text from elsewhere)."""

from __future__ import annotations

import pytest

from keryx import Extractor
from keryx.linking.ministries import ministries_by_field
from keryx.linking.names import NameLexicon


def _orgs(extractor: Extractor, text: str) -> list[str]:
    return [o.name for o in extractor.extract_text(text).organisations]


@pytest.mark.parametrize(("text", "ministries"), [
    # one plural head, two fields: two ministries
    ("Η αποστολή των μασκών έγινε με τη συνδρομή των υπουργείων Υγείας και Ανάπτυξης, είπε ο εκπρόσωπος.",
     ["Υπουργείο Υγείας", "Υπουργείο Ανάπτυξης"]),
    ("Την περασμένη εβδομάδα έγιναν έλεγχοι στα γραφεία των υπουργείων Εσωτερικών και Δικαιοσύνης.",
     ["Υπουργείο Εσωτερικών", "Υπουργείο Δικαιοσύνης"]),
    # the list tells where a field ends: "Περιβάλλοντος και Ενέργειας" is one ministry's
    ("Το σχέδιο το ετοιμάζουν από τον Μάρτιο τα υπουργεία Τουρισμού και Περιβάλλοντος και Ενέργειας.",
     ["Υπουργείο Τουρισμού", "Υπουργείο Περιβάλλοντος και Ενέργειας"]),
    # a comma joins them as well as "και"
    ("Στη σύσκεψη κλήθηκαν τα υπουργεία Εξωτερικών, Εθνικής Άμυνας και Ναυτιλίας και Νησιωτικής Πολιτικής.",
     ["Υπουργείο Εξωτερικών", "Υπουργείο Εθνικής Άμυνας", "Υπουργείο Ναυτιλίας και Νησιωτικής Πολιτικής"]),
    # a series' comma bounds a field the list does not hold ("Παιδείας"), one word in the genitive
    ("Ζητήθηκαν εισηγήσεις από τα υπουργεία Υγείας, Οικονομικών, Παιδείας, Τουρισμού και Εσωτερικών.",
     ["Υπουργείο Υγείας", "Υπουργείο Οικονομικών", "Υπουργείο Παιδείας", "Υπουργείο Τουρισμού",
      "Υπουργείο Εσωτερικών"]),
    ("Τον κανονισμό θα υπογράψουν οι υπουργοί των υπουργείων Δικαιοσύνης, Μεταφορών, Τουρισμού και Υγείας.",
     ["Υπουργείο Δικαιοσύνης", "Υπουργείο Μεταφορών", "Υπουργείο Τουρισμού", "Υπουργείο Υγείας"]),
])
def test_a_plural_head_names_one_ministry_per_field(extractor: Extractor, text: str, ministries: list[str]) -> None:
    assert [o for o in _orgs(extractor, text) if o.startswith("Υπουργείο")] == ministries


@pytest.mark.parametrize(("text", "ministries"), [
    # the article is the elided head's, neuter, not the feminine field's
    ("Στη συνάντηση ήρθαν στελέχη από όλα τα αρμόδια υπουργεία. Το Δικαιοσύνης έστειλε δύο νομικούς.",
     ["Υπουργείο Δικαιοσύνης"]),
    ("Μίλησε το Υπουργείο Υγείας και αμέσως μετά το Προστασίας του Πολίτη για τα νέα μέτρα.",
     ["Υπουργείο Υγείας", "Υπουργείο Προστασίας του Πολίτη"]),
    ("Η απόφαση βγήκε από το υπουργείο Τουρισμού, ενώ η ηγεσία του Εσωτερικών δεν σχολίασε.",
     ["Υπουργείο Τουρισμού", "Υπουργείο Εσωτερικών"]),
])
def test_an_article_with_its_head_left_out_names_the_ministry(extractor: Extractor, text: str,
                                                               ministries: list[str]) -> None:
    assert [o for o in _orgs(extractor, text) if o.startswith("Υπουργείο")] == ministries


def test_a_field_in_small_letters_names_the_ministry(extractor: Extractor) -> None:
    text = "Στη σύσκεψη μίλησε και η εκπρόσωπος του υπουργείου υγείας, η οποία ζήτησε προσοχή."
    assert "Υπουργείο Υγείας" in _orgs(extractor, text)


@pytest.mark.parametrize("text", [
    # a genitive article that agrees with the field is no elided head: "of the environment"
    "Ο δήμαρχος μίλησε στο υπουργείο για την προστασία του Περιβάλλοντος στην περιοχή.",
    # the nearest neuter head before the article is a department's, not a ministry's
    "Το υπουργείο χρηματοδοτεί το Τμήμα Παιδείας και το Υγείας του δήμου μας εδώ και χρόνια.",
    # a field that goes on in capitals is part of another name
    "Στη σύσκεψη για το υπουργείο ήταν και το Οικονομικών Επιστημών του πανεπιστημίου.",
    # one field after a plural head names several states' ministries, none of them alone
    "Οι εκπρόσωποι των υπουργείων Εξωτερικών συναντήθηκαν στις Βρυξέλλες την Πέμπτη.",
    # a state in the genitive after the fields: another state's ministries
    "Οι υπάλληλοι των υπουργείων Υγείας και Παιδείας της Κύπρου απεργούν σήμερα.",
])
def test_no_ministry_where_the_field_is_not_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ministries_by_field(nlp(text), NameLexicon.default().org_heads) == []


def test_a_field_beyond_the_list_leaves_the_coordination_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Ψηφιακής Πολιτικής" is no listed field: where the coordination ends is unknown
    text = "Συμφώνησαν τα υπουργεία Υγείας και Ανάπτυξης και Ψηφιακής Πολιτικής για την πλατφόρμα."
    assert ministries_by_field(nlp(text), NameLexicon.default().org_heads) == []


@pytest.mark.parametrize("text", [
    # an unlisted word before "και" may be one field's first word ("Παιδείας, Έρευνας και Θρησκευμάτων")
    "Οι εκπρόσωποι των υπουργείων Υγείας, Παιδείας, Έρευνας και Θρησκευμάτων συναντήθηκαν χθες.",
    "Συμφώνησαν τα υπουργεία Υγείας, Παιδείας και Πολιτικής για την πλατφόρμα του έτους.",
    # an unlisted word first: no listed field before it says the list is one of ministries' fields
    "Στη σύσκεψη ήρθαν στελέχη των υπουργείων Παιδείας, Υγείας και Τουρισμού την Τρίτη.",
])
def test_an_unlisted_field_needs_commas_and_a_listed_one_before(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ministries_by_field(nlp(text), NameLexicon.default().org_heads) == []


def test_the_mentions_cover_each_field(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Η παραλαβή έγινε χάρη στα στελέχη των υπουργείων Υγείας και Ανάπτυξης."
    found = ministries_by_field(nlp(text), NameLexicon.default().org_heads)
    assert [(m.name, text[m.start_char:m.end_char]) for m in found] == [
        ("Υπουργείο Υγείας", "υπουργείων Υγείας"), ("Υπουργείο Ανάπτυξης", "Ανάπτυξης")]


def test_a_deputy_ministry_keeps_its_neuter_head(extractor: Extractor) -> None:
    # "Υφυπουργείο" heads a body: its genitive is no masculine "Υφυπούργειος"
    assert _orgs(extractor, "Οι δράσεις του Υφυπουργείου Αθλητισμού ξεκινούν τον Μάιο.") == ["Υφυπουργείο Αθλητισμού"]
