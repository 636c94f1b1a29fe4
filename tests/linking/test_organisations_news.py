"""Organisations in news wording: companies abroad with their legal form, school grades and levels
(written for keryx; no text from elsewhere)."""

from __future__ import annotations

import pytest

from keryx import Extractor


def _orgs(extractor: Extractor, text: str) -> list[str]:
    return [o.name for o in extractor.extract_text(text).organisations]


def test_a_latin_name_with_its_legal_form_is_one_company(extractor: Extractor) -> None:
    # the model takes the first word alone; the legal form ends the whole name
    assert _orgs(extractor, "Τη μελέτη εκπόνησε η Brown & Lake LLP για λογαριασμό της κυβέρνησης.") == ["Brown & Lake LLP"]


def test_companies_listed_with_their_legal_forms(extractor: Extractor) -> None:
    text = ("Στο σχήμα συμμετέχουν εταιρείες όπως οι Northwind Inc, Silver Harbor Technologies Inc "
            "και Blue Fjord ASA.")
    assert _orgs(extractor, text) == ["Northwind Inc", "Silver Harbor Technologies Inc", "Blue Fjord ASA"]


def test_a_school_grade_is_no_body(extractor: Extractor) -> None:
    text = "Οι μαθητές της Β' Λυκείου επιστρέφουν στις τάξεις τους τη Δευτέρα, ανακοίνωσε το Υπουργείο Παιδείας."
    assert _orgs(extractor, text) == ["Υπουργείο Παιδείας"]


def test_a_level_of_schooling_alone_is_no_body(extractor: Extractor) -> None:
    text = ("Για τους τελειόφοιτους του Λυκείου οι εξετάσεις αρχίζουν τον Ιούνιο, "
            "όπως ανακοίνωσε το Υπουργείο Παιδείας.")
    assert _orgs(extractor, text) == ["Υπουργείο Παιδείας"]


def test_a_named_school_stays_a_body(extractor: Extractor) -> None:
    text = "Η υπουργός επισκέφθηκε το 2ο Γενικό Λύκειο Καλαμάτας και μίλησε με τους μαθητές."
    assert _orgs(extractor, text) == ["2ο Γενικό Λύκειο Καλαμάτας"]


def test_a_player_in_a_line_up_is_no_body(extractor: Extractor) -> None:
    # a match report's line-up: team in capitals, coach in parentheses, a colon, the players
    text = ("Στο τελικό σφύριγμα. ΑΡΣΕΝΑΛ (Μικέλ Αρτέτα): Ράγια, Σαλιμπά, Γκάμπριελ, Ζιντσένκο, Ράις, "
            "Ουντεγκάαρντ (80΄ Βιέιρα), Σάκα, Μαρτινέλι, Χάβερτζ.")
    r = extractor.extract_text(text)
    assert "Ράγια" not in [o.name for o in r.organisations]
    assert "Ράγια" in [p.name for p in r.people]


def test_a_sport_is_no_body(extractor: Extractor) -> None:
    # a news site's section labels before the story
    text = "Μπάσκετ,Ποδόσφαιρο,Βόλεϊ\nΟ Παναιτωλικός ανακοίνωσε την απόκτηση νέου τερματοφύλακα."
    assert _orgs(extractor, text) == ["Παναιτωλικός"]


def test_an_organ_named_with_a_dotted_acronym_is_the_listed_body(extractor: Extractor) -> None:
    # "Συμβούλιο" alone is an organ every body has; with "της Ε.Ε." it is the listed Council
    text = "Στην ατζέντα της φινλανδικής προεδρίας του Συμβουλίου της Ε.Ε. μπαίνουν πρώτα τα αλιευτικά όρια."
    orgs = extractor.extract_text(text).organisations
    council = next(o for o in orgs if o.name == "Συμβούλιο της Ευρωπαϊκής Ένωσης")
    assert "Συμβούλιο της Ε.Ε." in council.aliases


def test_a_name_a_club_member_plays_or_coaches_at_is_a_club(extractor: Extractor) -> None:
    # one coaches at a club, never at a person
    text = "Στο παρελθόν είχε διατελέσει προπονητής στην Αλόα και στη Νταμπάρτον."
    assert _orgs(extractor, text) == ["Αλόα", "Νταμπάρτον"]


@pytest.mark.parametrize(("text", "bodies"), [
    # a party adjective alone in the plural names the party, in the nominative plural
    ("Η στάση των Δημοκρατικών άλλαξε μετά τις εκλογές.", ["Δημοκρατικοί"]),
    ("Ο υπουργός επιτέθηκε στους Φιλελεύθερους για το νομοσχέδιο.", ["Φιλελεύθεροι"]),
    # the same party named with its noun: one body, the plural its other name
    ("Το Εργατικό Κόμμα κέρδισε τις εκλογές. Οι Εργατικοί πανηγύρισαν στο Λονδίνο.", ["Εργατικό Κόμμα"]),
])
def test_a_party_named_by_its_adjective_in_the_plural(extractor: Extractor, text: str, bodies: list[str]) -> None:
    assert _orgs(extractor, text) == bodies


@pytest.mark.parametrize(("text", "bodies"), [
    # a listed party named in the plural keeps its nominative in every case
    ("Ο βουλευτής των Σπαρτιατών μίλησε χθες το απόγευμα.", ["Σπαρτιάτες"]),
    ("Στους Σπαρτιάτες επικρατεί αναταραχή.", ["Σπαρτιάτες"]),
])
def test_a_listed_party_with_a_plural_name(extractor: Extractor, text: str, bodies: list[str]) -> None:
    assert _orgs(extractor, text) == bodies


@pytest.mark.parametrize(("name", "form", "expected"), [
    # an unstressed "-ες" is a plural's, whose genitive ends in "-ων"; a stressed "-ές" a neuter's
    ("Σπαρτιάτες", "σπαρτιατων", True),
    ("Τριμελές", "τριμελουσ", True),
    ("Τριμελές", "τριμελων", False),
])
def test_the_case_forms_of_a_listed_name_ending_in_es(name: str, form: str, expected: bool) -> None:
    from keryx.linking.organisations import singular_forms

    assert (form in singular_forms(name)[0]) is expected


def test_a_head_with_a_quoted_name_is_the_body_of_that_name(extractor: Extractor) -> None:
    text = "Βουλευτές του Κόμματος «Νέα Πορεία» αποχώρησαν. Η Νέα Πορεία απάντησε με ανακοίνωση."
    assert _orgs(extractor, text) == ["Νέα Πορεία"]


@pytest.mark.parametrize(("text", "papers"), [
    ("Ο δήμαρχος μίλησε χθες στα «ΝΕΑ» για το νέο σχέδιο.", ["Τα Νέα"]),
    ("Σύμφωνα με ρεπορτάζ της «Αυγής», η σύσκεψη έγινε το πρωί.", ["Αυγή"]),
    ("Το άρθρο του δημοσιεύθηκε στο «Πρώτο Θέμα» και στο «Βήμα».", ["Πρώτο Θέμα", "Το Βήμα"]),
    ("Τα «νέα» μέτρα ισχύουν από αύριο.", []),  # the word in quotes, lower case: no paper
    ("Τα Νέα της πόλης θα ακουστούν στη συνέλευση.", []),  # no quotation marks: words
])
def test_a_newspaper_whose_title_is_a_word_is_named_in_quotes(text: str, papers: list[str]) -> None:
    from keryx.linking.organisations import _quoted_newspapers

    assert [title for title, _, _ in _quoted_newspapers(text)] == papers


@pytest.mark.parametrize(("text", "paper"), [
    ("Η υπουργός μίλησε στα «ΝΕΑ» για τις αλλαγές στα σχολεία.", "νεα"),
    ("Σύμφωνα με ρεπορτάζ της «Αυγής», η σύσκεψη των υπουργών έγινε το πρωί.", "αυγη"),
])
def test_a_quoted_newspaper_title_is_a_body_of_the_record(extractor: Extractor, text: str, paper: str) -> None:
    from keryx.lang.el.text import fold

    assert any(fold(name).endswith(paper) for name in _orgs(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("Ο μαέστρος της Καμεράτα - Ορχήστρας Δωματίου Κέρκυρας δήλωσε ότι η συναυλία αναβάλλεται.",
     "Καμεράτα - Ορχήστρα Δωματίου Κέρκυρας"),
    ("Η Καμεράτα – Ορχήστρα Δωματίου Κέρκυρας εμφανίζεται την Κυριακή στο Ηρώδειο.",
     "Καμεράτα – Ορχήστρα Δωματίου Κέρκυρας"),
    ("Η πρώην διευθύντρια της Δημοτικής Πινακοθήκης - Μουσείου Ν. Λύτρα, Μαρία Παππά, μίλησε για το έργο.",
     "Δημοτική Πινακοθήκη - Μουσείο Ν. Λύτρα"),
])
def test_a_double_name_after_one_article_is_one_body(extractor: Extractor, text: str, name: str) -> None:
    # the article governs both parts; the part after the dash agrees with it in case
    assert _orgs(extractor, text) == [name]


@pytest.mark.parametrize("text", [
    "Η συνάντηση ΚΕΔΕ - Υπουργείου Εσωτερικών έγινε χθες στην Αθήνα.",
    "Ο αγώνας ΠΑΟΚ - Ολυμπιακού θα γίνει την Κυριακή στην Τούμπα.",
])
def test_two_bodies_paired_by_a_dash_stay_two(extractor: Extractor, text: str) -> None:
    assert len(_orgs(extractor, text)) == 2


@pytest.mark.parametrize("text, names", [
    ("Μιλώντας στον ΣΚΑΪ 100,3, ο υπουργός είπε ότι τα μέτρα θα ανακοινωθούν αύριο.", ["ΣΚΑΪ 100,3"]),
    ("Σε συνέντευξή του στον ΣΚΑΪ 100,3 FM, ο υπουργός είπε ότι τα μέτρα θα ανακοινωθούν αύριο.", ["ΣΚΑΪ 100,3 FM"]),
    # a number with a unit after it is an amount
    ("Η μετοχή της Coca-Cola 99,5 ευρώ έκλεισε χθες.", ["Coca-Cola"]),
])
def test_an_fm_frequency_after_a_name_names_the_station(extractor: Extractor, text: str, names: list[str]) -> None:
    assert _orgs(extractor, text) == names
