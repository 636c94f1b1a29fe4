"""Entity repairs after the NER: headlines, acronyms, gazetteer places, role words."""

from __future__ import annotations

import pytest


def _ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_capital_headline_entities_need_the_body(nlp):
    ents = _ents(nlp, "ΝΕΑ ΠΡΟΘΕΣΜΙΑ ΓΙΑ ΤΙΣ ΑΙΤΗΣΕΙΣ\n\nΟ Δήμος Λάρισας ανακοινώνει νέα προθεσμία για τις αιτήσεις.")
    assert all(not text.isupper() for text, _ in ents), ents


def test_name_before_acronym_is_extended(nlp):
    ents = _ents(nlp, "Συμμετείχε το Ευρωπαϊκό Δίκτυο Πόλεων και Περιφερειών για την Κοινωνική Οικονομία (REVES).")
    assert ("Ευρωπαϊκό Δίκτυο Πόλεων και Περιφερειών για την Κοινωνική Οικονομία", "ORG") in ents


def test_gazetteer_fixes_place_label(nlp):
    ents = _ents(nlp, "Η εκδήλωση έγινε στην έδρα της Περιφερειακής Ένωσης Δήμων Αττικής στο Πεδίον Άρεως.")
    assert ("Πεδίον Άρεως", "LOC") in ents or ("Πεδίον Άρεως", "GPE") in ents


def test_rank_is_not_part_of_a_name(nlp):
    ents = _ents(nlp, "Ο Λιμενάρχης Ηρακλείου, Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης, δήλωσε τα εξής.")
    people = [t for t, label in ents if label == "PERSON"]
    assert people == ["Ιωάννης Μαυράκης"]


def test_dates_are_not_organisations(nlp):
    ents = _ents(nlp, "Κλειστή η λεωφόρος από ΔΕΥΤΕΡΑ 7 ΙΟΥΝΙΟΥ 2021. Η κυκλοφορία θα διεξάγεται κανονικά.")
    assert not [t for t, label in ents if label == "ORG" and "ΙΟΥΝΙΟΥ" in t]


@pytest.mark.parametrize("text, people", [
    # a month's form alone is no one, its spelling with a diaeresis or its popular form included
    ("Το νέο κινητό θα κυκλοφορήσει τον Μάϊο στις αγορές.", []),
    ("Ο Απρίλης θεωρείται ιδανικός μήνας για φύτεμα.", []),
    ("Ο Παπαδάκης είπε ότι τα έργα θα ξεκινήσουν τον Μάϊο.", ["Παπαδάκης"]),
])
def test_a_month_alone_is_no_person(extractor, text, people):
    assert [p.name for p in extractor.extract_text(text).people] == people


@pytest.mark.parametrize("text, name, role", [
    ("Στη σύσκεψη ήταν ο δήμαρχος Μαραθώνα Ηλίας Ψινάκης.", "Ηλίας Ψινάκης", "Δήμαρχος Μαραθώνα"),
    ("Παρών ήταν και ο Δήμαρχος Σητείας Γιώργος Ζερβάκης.", "Γιώργος Ζερβάκης", "Δήμαρχος Σητείας"),
    # a given name the lexicon lacks, with no genitive's ending, is the name's, not the role's
    ("Τηλεφώνησε στον πρόεδρο Αντρές Μανουέλ Λόπες Ομπραδόρ από την πρωτεύουσα.",
     "Αντρές Μανουέλ Λόπες Ομπραδόρ", "Πρόεδρος"),
])
def test_role_qualifier_is_not_part_of_the_name(extractor, text, name, role):
    rec = extractor.extract_text(text)
    people = {p.name: [r.title for r in p.roles] for p in rec.people}
    assert people == {name: [role]}


def test_addresses_are_not_entities(extractor):
    rec = extractor.extract_text(
        "Για πληροφορίες γράψτε στο info@dimos-example.gr ή δείτε το https://www.example.org/nea. "
        "Ο Δήμος Λαμιέων ευχαριστεί τους εθελοντές.")
    assert [o.name for o in rec.organisations] == ["Δήμος Λαμιέων"]
    assert not rec.people and not any("@" in e.text or "://" in e.text for e in rec.entities)
