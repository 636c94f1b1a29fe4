"""Canonical nominative forms of Greek person, organisation and place names."""

from __future__ import annotations

import pytest

from pipeline.names import (
    NameLexicon,
    article_case_gender,
    organisation_nominative,
    person_nominative,
    phrase_forms,
    place_nominative,
    word_forms,
)


@pytest.fixture(scope="module")
def lex() -> NameLexicon:
    return NameLexicon.load()


@pytest.mark.parametrize(
    "given, expected",
    [
        ("Σταύρου Τζουλάκη", "Σταύρος Τζουλάκης"),
        ("Σταύρο Τζουλάκη", "Σταύρος Τζουλάκης"),
        ("Μιχάλη Χρηστάκη", "Μιχάλης Χρηστάκης"),
        ("της Μαρίας Παπαδοπούλου", "Μαρία Παπαδοπούλου"),
        ("του Γιώργου Παπαδόπουλου", "Γιώργος Παπαδόπουλος"),
        ("Γιώργου Παπαδοπούλου", "Γιώργος Παπαδόπουλος"),
        ("του Νίκου Ανδρουλάκη", "Νίκος Ανδρουλάκης"),
        ("της Άννας Διαμαντοπούλου", "Άννα Διαμαντοπούλου"),
        ("Κωνσταντίνου Μητσοτάκη", "Κωνσταντίνος Μητσοτάκης"),
        ("Αλέξη Τσίπρα", "Αλέξης Τσίπρας"),
        ("Θανάση", "Θανάσης"),
        ("Μαρίας", "Μαρία"),
        ("ΣΤΑΥΡΟΥ ΤΖΟΥΛΑΚΗ", "ΣΤΑΥΡΟΣ ΤΖΟΥΛΑΚΗΣ"),
        ("ΤΟΥ ΝΙΚΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ", "ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"),
        ("John Smith", "John Smith"),
        ("Σταύρος Τζουλάκης", "Σταύρος Τζουλάκης"),
        ("Ελένη Τζουλάκη", "Ελένη Τζουλάκη"),
        ("Κωνσταντίνος Σταύρου", "Κωνσταντίνος Σταύρου"),
        ("του κ. Νίκου Παππά", "Νίκος Παππάς"),
        ("τον Γιάννη Παπαδημητρίου", "Γιάννης Παπαδημητρίου"),
        ("της κας Ελένης Τζουλάκη", "Ελένη Τζουλάκη"),
        ("Δρ Μιχάλης Χρηστάκης", "Μιχάλης Χρηστάκης"),
        ("Παπαδόπουλου", "Παπαδόπουλος"),
        ("Παπαδοπούλου", "Παπαδοπούλου"),
    ],
)
def test_person_nominative(lex: NameLexicon, given: str, expected: str) -> None:
    assert person_nominative(given.split(), lexicon=lex) == expected


@pytest.mark.parametrize(
    "tokens, gender, case, expected",
    [
        (["Τζουλάκη"], "m", "gen", "Τζουλάκης"),
        (["Τζουλάκη"], "f", "nom", "Τζουλάκη"),
        (["Τζουλάκη"], None, None, "Τζουλάκη"),
        (["Παπαδοπούλου"], "m", "gen", "Παπαδόπουλος"),
        (["Παπαδοπούλου"], "f", "gen", "Παπαδοπούλου"),
        (["Τσίπρα"], "m", "acc", "Τσίπρας"),
        (["Βορίδη"], "Masc", "Gen", "Βορίδης"),
    ],
)
def test_person_nominative_with_context(tokens: list[str], gender: str | None, case: str | None,
                                        expected: str) -> None:
    assert person_nominative(tokens, gender=gender, case=case) == expected


def test_person_nominative_empty_and_prefix_only() -> None:
    assert person_nominative([]) == ""
    assert person_nominative(["του", "κ.", "Τζουλάκη"]) == "Τζουλάκης"


def test_person_nominative_uses_morph() -> None:
    morph = [{"Case": "Gen", "Gender": "Masc"}, {"Case": "Gen", "Gender": "Masc"}]
    assert person_nominative(["Άρη", "Σπηλιωτόπουλου"], morph=morph) == "Άρης Σπηλιωτόπουλος"
    assert person_nominative(["Τζουλάκη"], morph=[{"Case": "Gen", "Gender": "Masc"}]) == "Τζουλάκης"


@pytest.mark.parametrize(
    "word, expected",
    [
        ("ο", ("nom", "m")),
        ("η", ("nom", "f")),
        ("του", ("gen", "m")),
        ("της", ("gen", "f")),
        ("τον", ("acc", "m")),
        ("τη", ("acc", "f")),
        ("ο κ.", ("nom", "m")),
        ("η κα", ("nom", "f")),
        ("της κας", ("gen", "f")),
        ("ΤΟΥ", ("gen", "m")),
        ("Δήμος", (None, None)),
    ],
)
def test_article_case_gender(word: str, expected: tuple[str | None, str | None]) -> None:
    assert article_case_gender(word) == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        ("της Περιφερειακής Ένωσης Δήμων Αττικής", "Περιφερειακή Ένωση Δήμων Αττικής"),
        ("του Δήμου Χερσονήσου", "Δήμος Χερσονήσου"),
        ("την Ευρωπαϊκή Ένωση Πληροφόρησης για την Τοπική Ανάπτυξη",
         "Ευρωπαϊκή Ένωση Πληροφόρησης για την Τοπική Ανάπτυξη"),
        ("του Υπουργείου Εσωτερικών", "Υπουργείο Εσωτερικών"),
        ("της Ευρωπαϊκής Επιτροπής", "Ευρωπαϊκή Επιτροπή"),
        ("το Ευρωπαϊκό Δίκτυο Πόλεων", "Ευρωπαϊκό Δίκτυο Πόλεων"),
        ("του Εθνικού Μετσόβιου Πολυτεχνείου", "Εθνικό Μετσόβιο Πολυτεχνείο"),
        ("του Εθνικού Μετσοβίου Πολυτεχνείου", "Εθνικό Μετσόβιο Πολυτεχνείο"),
        ("του Πανεπιστημίου Κρήτης", "Πανεπιστήμιο Κρήτης"),
        ("του Ιδρύματος Ωνάση", "Ίδρυμα Ωνάση"),
        ("του Ιατρικού Συλλόγου Αθηνών", "Ιατρικός Σύλλογος Αθηνών"),
        ("του Ελληνικού Ερυθρού Σταυρού", "Ελληνικός Ερυθρός Σταυρός"),
        ("του Οικουμενικού Πατριαρχείου", "Οικουμενικό Πατριαρχείο"),
        ("του 1ου Γυμνασίου Θέρμης", "1ο Γυμνάσιο Θέρμης"),
        ("της Γενικής Γραμματείας Πολιτικής Προστασίας", "Γενική Γραμματεία Πολιτικής Προστασίας"),
        ("ΤΟΥ ΔΗΜΟΥ ΘΕΡΜΑΪΚΟΥ", "ΔΗΜΟΣ ΘΕΡΜΑΪΚΟΥ"),
        ("της ΚΕΔΕ", "ΚΕΔΕ"),
        ("AEIDL", "AEIDL"),
        ("της Social Economy Europe", "Social Economy Europe"),
        ("Περιφέρεια Κρήτης", "Περιφέρεια Κρήτης"),
    ],
)
def test_organisation_nominative(lex: NameLexicon, given: str, expected: str) -> None:
    assert organisation_nominative(given, lexicon=lex) == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        ("στο Πεδίον Άρεως", "Πεδίον Άρεως"),
        ("της Αθήνας", "Αθήνα"),
        ("του Ηρακλείου", "Ηράκλειο"),
        ("στη Θεσσαλονίκη", "Θεσσαλονίκη"),
        ("της Κρήτης", "Κρήτη"),
        ("του Πειραιά", "Πειραιάς"),
        ("στην Ελλάδα", "Ελλάδα"),
        ("της Ελλάδας", "Ελλάδα"),
        ("της Ελλάδος", "Ελλάδα"),
        ("της Ανατολικής Αττικής", "Ανατολική Αττική"),
        ("του Αγίου Νικολάου", "Άγιος Νικόλαος"),
        ("των Χανίων", "Χανιά"),
        ("των Σερρών", "Σέρρες"),
        ("ΤΗΣ ΑΘΗΝΑΣ", "ΑΘΗΝΑ"),
        ("στον Βόλο", "Βόλος"),
        # not in the gazetteer: suffix rules
        ("της Ορεστιάδας", "Ορεστιάδα"),
        ("του Αιγίου", "Αίγιο"),
        ("του Πόρου", "Πόρος"),
        ("Berlin", "Berlin"),
    ],
)
def test_place_nominative(lex: NameLexicon, given: str, expected: str) -> None:
    assert place_nominative(given, lexicon=lex) == expected


@pytest.mark.parametrize(
    "word, gender, slot, form",
    [
        ("Δήμαρχος", "m", "gen_sg", "δημαρχου"),
        ("Δήμαρχος", "m", "gen_pl", "δημαρχων"),
        ("Βουλευτής", "m", "nom_pl", "βουλευτεσ"),
        ("Γραμματέας", "m", "nom_pl", "γραμματεισ"),
        ("Γραμματέας", "m", "gen_sg", "γραμματεα"),
        ("Ταμίας", "m", "gen_sg", "ταμια"),
        ("Διευθύντρια", "f", "gen_sg", "διευθυντριασ"),
        ("Ένωση", "f", "gen_sg", "ενωσεωσ"),
        ("Ίδρυμα", "n", "gen_sg", "ιδρυματοσ"),
        ("Γενική", "f", "gen_pl", "γενικων"),
    ],
)
def test_word_forms(word: str, gender: str, slot: str, form: str) -> None:
    assert form in word_forms(word, gender)[slot]


def test_phrase_forms_agree_and_keep_complement() -> None:
    forms = phrase_forms("Πρόεδρος|του Δημοτικού Συμβουλίου", "m")
    assert ("προεδρου", "του", "δημοτικου", "συμβουλιου") in forms
    assert ("γενικου", "γραμματεα") in phrase_forms("Γενικός Γραμματέας", "m")
    assert ("γενικοσ", "γραμματεα") not in phrase_forms("Γενικός Γραμματέας", "m")
