"""ROLE matching: lexicon coverage, inflected/capital/feminine forms, qualifiers."""

from __future__ import annotations

import keryx.components.roles  # noqa: F401  (registers the factory)
import pytest
import spacy
from keryx.components.roles import RoleLexicon, find_roles
from spacy.language import Language
from spacy.tokens import Doc, Span


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("el")
    nlp.add_pipe("keryx_roles")
    return nlp


@pytest.fixture(scope="module")
def lex() -> RoleLexicon:
    return RoleLexicon.load()


def _roles(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    return [(s.text, s._.role_title, s._.organisation_ref) for s in doc.spans["roles"]]


def test_lexicon_size(lex: RoleLexicon) -> None:
    assert len(lex) >= 150


@pytest.mark.parametrize(
    "form, masculine",
    [
        ("δημαρχου", "Δήμαρχος"),
        ("ΔΗΜΑΡΧΩΝ", "Δήμαρχος"),
        ("Δημάρχους", "Δήμαρχος"),
        ("βουλευτεσ", "Βουλευτής"),
        ("γραμματεισ", "Γραμματέας"),
        ("γενικου γραμματεα", "Γενικός Γραμματέας"),
        ("λιμεναρχη", "Λιμενάρχης"),
        ("διευθυντριασ", "Διευθυντής"),
        ("πρυτανεων", "Πρύτανης"),
        ("διευθυνοντοσ συμβουλου", "Διευθύνων Σύμβουλος"),
        ("αναπληρωτη υπουργου", "Αναπληρωτής Υπουργός"),
        ("προεδρου δημοκρατιασ", "Πρόεδρος της Δημοκρατίας"),
        ("μελουσ δσ", "Μέλος ΔΣ"),
    ],
)
def test_lookup_generated_forms(lex: RoleLexicon, form: str, masculine: str) -> None:
    entry = lex.lookup(form)
    assert entry is not None and entry.masculine == masculine


@pytest.mark.parametrize("form", ["διευθυνση", "δημοσ", "υπουργειο", "επιτροπη"])
def test_lookup_rejects_non_roles(lex: RoleLexicon, form: str) -> None:
    assert lex.lookup(form) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Τον Δήμο μας εκπροσώπησε ο Δήμαρχος κύριος Σταύρος Τζουλάκης.", [("Δήμαρχος", "Δήμαρχος", None)]),
        ("Συμμετείχε ο Γενικός Γραμματέας του Δήμου μας Δρ Μιχάλης Χρηστάκης.",
         [("Γενικός Γραμματέας του Δήμου μας", "Γενικός Γραμματέας του Δήμου μας", "publisher")]),
        ("Ο Υπουργός Εσωτερικών κ. Μάκης Βορίδης.", [("Υπουργός Εσωτερικών", "Υπουργός Εσωτερικών", None)]),
        ("Μίλησε ο Δήμαρχος Θερμαϊκού Γιώργος Τσαμασλής.",
         [("Δήμαρχος Θερμαϊκού", "Δήμαρχος Θερμαϊκού", None)]),
        ("Τον χαιρέτισε ο Αντιπεριφερειάρχης Ανατολικής Αττικής.",
         [("Αντιπεριφερειάρχης Ανατολικής Αττικής", "Αντιπεριφερειάρχης Ανατολικής Αττικής", None)]),
        ("Παρών ήταν ο Πρύτανης του ΕΜΠ.", [("Πρύτανης του ΕΜΠ", "Πρύτανης του ΕΜΠ", None)]),
        ("Δήλωση του Προέδρου της ΚΕΔΕ.", [("Προέδρου της ΚΕΔΕ", "Πρόεδρος της ΚΕΔΕ", None)]),
        ("Ο Διευθυντής της Διεύθυνσης Τεχνικών Υπηρεσιών ενημέρωσε.",
         [("Διευθυντής της Διεύθυνσης Τεχνικών Υπηρεσιών", "Διευθυντής της Διεύθυνσης Τεχνικών Υπηρεσιών", None)]),
        ("Συνάντηση με τον Δήμαρχο Ηρακλείου.", [("Δήμαρχο Ηρακλείου", "Δήμαρχος Ηρακλείου", None)]),
        ("Η Γενική Γραμματέας μίλησε.", [("Γενική Γραμματέας", "Γενική Γραμματέας", None)]),
        ("Ευχαριστούμε τη Γενική Γραμματέα.", [("Γενική Γραμματέα", "Γενική Γραμματέας", None)]),
        ("Η ομιλία της Διευθύντριας ήταν σύντομη.", [("Διευθύντριας", "Διευθύντρια", None)]),
        ("Τιμήθηκε η Αναπληρώτρια Καθηγήτρια.", [("Αναπληρώτρια Καθηγήτρια", "Αναπληρώτρια Καθηγήτρια", None)]),
        ("Ο ΔΗΜΑΡΧΟΣ ΘΕΡΜΑΪΚΟΥ ΣΤΑΥΡΟΣ ΤΖΟΥΛΑΚΗΣ", [("ΔΗΜΑΡΧΟΣ ΘΕΡΜΑΪΚΟΥ", "Δήμαρχος ΘΕΡΜΑΪΚΟΥ", None)]),
        ("ΣΥΝΑΝΤΗΣΗ ΤΟΥ ΑΝΑΠΛΗΡΩΤΗ ΥΠΟΥΡΓΟΥ", [("ΑΝΑΠΛΗΡΩΤΗ ΥΠΟΥΡΓΟΥ", "Αναπληρωτής Υπουργός", None)]),
        ("Οι Αντιδήμαρχοι ενημέρωσαν.", [("Αντιδήμαρχοι", "Αντιδήμαρχος", None)]),
        ("Συνεδρίαση των Δημοτικών Συμβούλων.", [("Δημοτικών Συμβούλων", "Δημοτικός Σύμβουλος", None)]),
        ("Οι Βουλευτές της περιοχής.", [("Βουλευτές", "Βουλευτής", None)]),
        ("Ο Πρόεδρος του Δημοτικού Συμβουλίου κήρυξε την έναρξη.",
         [("Πρόεδρος του Δημοτικού Συμβουλίου", "Πρόεδρος του Δημοτικού Συμβουλίου", None)]),
        ("Ο Πρόεδρος Δημοτικού Συμβουλίου μίλησε.",
         [("Πρόεδρος Δημοτικού Συμβουλίου", "Πρόεδρος του Δημοτικού Συμβουλίου", None)]),
        ("Ο Δήμαρχός μας παρέστη.", [("Δήμαρχός μας", "Δήμαρχος μας", "publisher")]),
        ("Ο Αντιπεριφερειάρχης της Περιφέρειάς μας.",
         [("Αντιπεριφερειάρχης της Περιφέρειάς μας", "Αντιπεριφερειάρχης της Περιφέρειάς μας", "publisher")]),
        ("Ο Υπουργός Εργασίας και Κοινωνικής Ασφάλισης μίλησε.",
         [("Υπουργός Εργασίας και Κοινωνικής Ασφάλισης", "Υπουργός Εργασίας και Κοινωνικής Ασφάλισης", None)]),
        ("Ο Διευθυντής του 1ου Γυμνασίου Θέρμης.",
         [("Διευθυντής του 1ου Γυμνασίου Θέρμης", "Διευθυντής του 1ου Γυμνασίου Θέρμης", None)]),
        ("Ο Αρχηγός της Ελληνικής Αστυνομίας επισκέφθηκε.",
         [("Αρχηγός της Ελληνικής Αστυνομίας", "Αρχηγός της Ελληνικής Αστυνομίας", None)]),
        ("Ο Διευθύνων Σύμβουλος της ΕΥΔΑΠ.", [("Διευθύνων Σύμβουλος της ΕΥΔΑΠ", "Διευθύνων Σύμβουλος της ΕΥΔΑΠ", None)]),
        ("Δήλωση του Διευθύνοντος Συμβούλου.", [("Διευθύνοντος Συμβούλου", "Διευθύνων Σύμβουλος", None)]),
        ("Ο Μητροπολίτης Θεσσαλονίκης τέλεσε τη λειτουργία.",
         [("Μητροπολίτης Θεσσαλονίκης", "Μητροπολίτης Θεσσαλονίκης", None)]),
        ("Επέμβαση του Λιμενάρχη Πειραιά.", [("Λιμενάρχη Πειραιά", "Λιμενάρχης Πειραιά", None)]),
        ("Ο Εισαγγελέας Πρωτοδικών άσκησε δίωξη.", [("Εισαγγελέας Πρωτοδικών", "Εισαγγελέας Πρωτοδικών", None)]),
        ("Ο Επίτροπος Μαργαρίτης Σχοινάς.", [("Επίτροπος", "Επίτροπος", None)]),
        # a word in an ending only surnames have, after the first word, is a name, no qualifier
        ("Ο Διευθυντής Νίκος Παπαδόπουλος μίλησε.", [("Διευθυντής", "Διευθυντής", None)]),
        ("Ο Διευθυντής Γιάννης Καρανικολάκης μίλησε.", [("Διευθυντής", "Διευθυντής", None)]),
        ("Ο Διευθυντής Κώστας Ζαφειρούδης μίλησε.", [("Διευθυντής", "Διευθυντής", None)]),
        # "-ματος" ends a genitive as well as surnames in "-άτος": the qualifier goes on
        ("Ο Πρόεδρος Ελληνικού Ιδρύματος μίλησε.",
         [("Πρόεδρος Ελληνικού Ιδρύματος", "Πρόεδρος Ελληνικού Ιδρύματος", None)]),
        ("ο δήμαρχος δήλωσε", [("δήμαρχος", "Δήμαρχος", None)]),
        ("Ο Υφυπουργός Εσωτερικών Θοδωρής Λιβάνιος", [("Υφυπουργός Εσωτερικών", "Υφυπουργός Εσωτερικών", None)]),
        ("Η Περιφερειάρχης Αττικής Ρένα Δούρου", [("Περιφερειάρχης Αττικής", "Περιφερειάρχης Αττικής", None)]),
        ("Ο Αστυνομικός Διευθυντής Χανίων", [("Αστυνομικός Διευθυντής Χανίων", "Αστυνομικός Διευθυντής Χανίων", None)]),
        ("Ο Πρόεδρος της Δημοκρατίας", [("Πρόεδρος της Δημοκρατίας", "Πρόεδρος της Δημοκρατίας", None)]),
        # a hyphenated compound of two nouns: the first, its head, is the role
        ("Η συμμετοχή του τερματοφύλακα-θρύλου ήταν σημαντική.",
         [("τερματοφύλακα-θρύλου", "Τερματοφύλακας", None)]),
        ("Ο Σκηνογράφος-ενδυματολόγος της παράστασης μίλησε.",
         [("Σκηνογράφος-ενδυματολόγος", "Σκηνογράφος", None)]),
        # the genitive of a third-declension neuter opens a qualifier ("Περιβάλλον", "Τμήμα")
        ("Ο υπουργός Περιβάλλοντος της Χιλής μίλησε.",
         [("υπουργός Περιβάλλοντος της Χιλής", "Υπουργός Περιβάλλοντος της Χιλής", None)]),
        ("Ο Πρόεδρος Τμήματος Πληροφορικής μίλησε.",
         [("Πρόεδρος Τμήματος Πληροφορικής", "Πρόεδρος Τμήματος Πληροφορικής", None)]),
    ],
)
def test_roles_in_text(nlp: Language, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _roles(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Η Διεύθυνση Τεχνικών Υπηρεσιών ανακοινώνει.",   # Διευθυντής must not match inside Διεύθυνση
        "Οι αποφάσεις των Επιτροπών της Βουλής.",          # Επιτροπών (committees) is not Επιτρόπων
        "Η έναρξη του ακαδημαϊκού έτους.",                  # adjective, not the role Ακαδημαϊκός
        "Ο Δήμος Θερμαϊκού ανακοινώνει.",
        "Χρήσιμες συμβουλών και οδηγιών.",
        "«Κοινωνικά Υπεύθυνες Δημόσιες Προμήθειες»",      # adjective in a title, not a role
    ],
)
def test_no_false_roles(nlp: Language, text: str) -> None:
    assert _roles(nlp, text) == []


def test_canonical_and_label(nlp: Language) -> None:
    doc = nlp("Δήλωση του Δημάρχου Θερμαϊκού.")
    span = doc.spans["roles"][0]
    assert span.label_ == "ROLE"
    assert span._.canonical == "Δήμαρχος"
    assert span._.role_title == "Δήμαρχος Θερμαϊκού"


def test_find_roles_reports_match_details(lex: RoleLexicon) -> None:
    doc = spacy.blank("el")("Οι Γενικές Γραμματείς του Υπουργείου μας.")
    (m,) = find_roles(doc, lex)
    assert m.title == "Γενική Γραμματέας του Υπουργείου μας"
    assert (m.canonical, m.gender, m.plural, m.organisation_ref) == ("Γενική Γραμματέας", "f", True, "publisher")
    assert m.qualifier == "του Υπουργείου μας"
    assert doc[m.start:m.head_end].text == "Γενικές Γραμματείς"


def test_no_overlap_with_person_and_ents_extend_qualifier(nlp: Language) -> None:
    words = ["Ο", "Πρόεδρος", "Νίκος", "Παππάς", "και", "ο", "Πρόεδρος", "του", "Ιδρύματος", "Ωνάση", "."]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 8, 10, label="ORG")]
    doc = nlp.get_pipe("keryx_roles")(doc)
    got = [(s.start, s.end, s._.role_title) for s in doc.spans["roles"]]
    assert got == [(1, 2, "Πρόεδρος"), (6, 10, "Πρόεδρος του Ιδρύματος Ωνάση")]
    # a role word that is itself part of a PERSON entity is not a ROLE
    doc2 = Doc(nlp.vocab, words=["Ο", "Γιάννης", "Πρόεδρος", "ήρθε"])
    doc2.ents = [Span(doc2, 1, 3, label="PERSON")]
    doc2 = nlp.get_pipe("keryx_roles")(doc2)
    assert list(doc2.spans["roles"]) == []


@pytest.mark.parametrize("text, title", [
    # Abbreviated academic ranks, with the dot inside the token or apart, both genders.
    ("Μίλησε ο επ. καθηγητής Ιστορίας.", "Επίκουρος Καθηγητής Ιστορίας"),
    ("Μίλησε η Αν. Καθηγήτρια Φυσικής.", "Αναπληρώτρια Καθηγήτρια Φυσικής"),
    ("Τιμήθηκε ο Ομ. Καθηγητής.", "Ομότιμος Καθηγητής"),
    ("Μίλησε ο Αναπλ. Καθ. της Ιατρικής.", "Αναπληρωτής Καθηγητής της Ιατρικής"),
    ("Ομιλία του Καθ. Ιστορίας.", "Καθηγητής Ιστορίας"),
    # Neuter role nouns inflect as neuters: "του μέλους", "τα στελέχη".
    ("Η πρόταση του μέλους της Επιτροπής.", "Μέλος της Επιτροπής"),
    # An English title is a run of capitalised words that ends in its head noun.
    ("Ο Chief Digital Officer της εταιρείας.", "Chief Digital Officer της εταιρείας"),
])
def test_abbreviated_neuter_and_english_titles(nlp: Language, text: str, title: str) -> None:
    assert [t for _, t, _ in _roles(nlp, text)] == [title]


def test_lone_abbreviation_is_no_role(nlp: Language) -> None:
    assert _roles(nlp, "Βλ. επ. 3 του κανονισμού.") == []


@pytest.mark.parametrize("text, title", [
    # "Υπ." abbreviates "Υποψήφιος" only before another word of a role
    ("Την εργασία παρουσίασε ο Υπ. Διδάκτωρ Φυσικής.", "Υποψήφιος Διδάκτωρ Φυσικής"),
    ("Η ανακοίνωση του Υπ. Εσωτερικών στάλθηκε χθες.", None),
])
def test_a_prefix_abbreviation_stands_only_before_a_role_word(nlp: Language, text: str, title: str | None) -> None:
    assert [t for _, t, _ in _roles(nlp, text)] == ([title] if title else [])


def test_an_abbreviated_role_read_as_a_name_is_no_person(extractor) -> None:
    rec = extractor.extract_text("Τη δράση οργανώνει η κα. Ελπίδα Μαυράκη, Υπ. Διδάκτωρ του Τμήματος Ιστορίας, "
                                 "με τον Δρ. Νίκο Σταθόπουλο.")
    assert [p.name for p in rec.people] == ["Ελπίδα Μαυράκη", "Νίκος Σταθόπουλος"]
    assert rec.people[0].roles[0].title.endswith("Διδάκτωρ του Τμήματος Ιστορίας")


def test_initial_is_no_qualifier(nlp: Language) -> None:
    assert [t for _, t, _ in _roles(nlp, "ο βιογράφος του Α. Παναγούλη")] == ["Βιογράφος"]


def test_feminine_form_and_cases_on_the_span(nlp: Language) -> None:
    doc = nlp("Η Υπεύθυνη Επικοινωνίας και ο βουλευτή")
    first, second = doc.spans["roles"]
    assert first._.role_gender == "f" and "nom" in first._.role_cases
    assert second._.role_gender is None and second._.role_cases == {"gen", "acc", "voc"}


def test_a_name_never_ends_in_a_title(nlp: Language) -> None:
    words = ["Μίλησε", "η", "Έρευνας", "Αναπληρώτρια", "Καθηγήτρια", "και", "ο", "Γιώργος", "Παππάς", "Πρόεδρος", "."]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 2, 5, label="PERSON"), Span(doc, 7, 10, label="PERSON")]
    doc = nlp.get_pipe("keryx_roles")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Γιώργος Παππάς", "PERSON")]
    assert [s._.role_title for s in doc.spans["roles"]] == ["Αναπληρώτρια Καθηγήτρια", "Πρόεδρος"]


def test_lower_case_adjectival_role_right_before_a_name(nlp: Language) -> None:
    words = ["Τραυματίστηκε", "ο", "αστυνομικός", "Γιώργος", "Μαυρίδης", "και", "ο", "αστυνομικός", "σχεδιασμός", "άλλαξε"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    doc = nlp.get_pipe("keryx_roles")(doc)
    assert [(s.start, s._.role_title) for s in doc.spans["roles"]] == [(2, "Αστυνομικός")]


def test_a_trade_takes_no_place_as_its_qualifier(nlp: Language) -> None:
    words = ["με", "εκπροσώπους", "των", "κτηνοτρόφων", "του", "Λάλα", "και", "ο", "Δήμαρχος", "Λάλα"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 5, 6, label="GPE"), Span(doc, 9, 10, label="GPE")]
    doc = nlp.get_pipe("keryx_roles")(doc)
    assert [s._.role_title for s in doc.spans["roles"]] == ["Εκπρόσωπος", "Κτηνοτρόφος", "Δήμαρχος Λάλα"]


@pytest.mark.parametrize("text, title", [
    # sports positions, trades and church titles of the lexicon
    ("Στην ομάδα ήρθε ο σέντερ Γιάννης Μπουρούσης.", "Σέντερ"),
    ("Τον πάγκο ανέλαβε ο Ιταλός κόουτς Λούκα Μπιάνκι.", "Κόουτς"),
    ("Τη μονή ανακαίνισε ο εφοπλιστής Πέτρος Λάτσης.", "Εφοπλιστής"),
    ("Στην κουζίνα βρίσκεται η μαγείρισσα Ελένη Σούλη.", "Μαγείρισσα"),
    ("Μίλησε ο Γέροντας Εφραίμ για την εορτή.", "Γέροντας"),
    # "γ.γ.": the abbreviation of Γενικός Γραμματέας
    ("Μίλησε ο γ.γ. του κόμματος Παύλος Καρράς.", "Γενικός Γραμματέας"),
])
def test_more_lexicon_roles(nlp: Language, text: str, title: str) -> None:
    assert any(t is not None and t.startswith(title) for _, t, _ in _roles(nlp, text))


@pytest.mark.parametrize("text, title", [
    # team-sport positions and players, the trades of stage, ward, space and sea, a military rank
    ("Στην άμυνα αγωνίζεται ο στόπερ Νίκος Δημάκης.", "Στόπερ"),
    ("Το γκολ πέτυχε ο στράικερ Κώστας Ραφτόπουλος.", "Στράικερ"),
    ("Την εστία φύλαξε ο γκολκίπερ Πέτρος Αλεξίου.", "Γκολκίπερ"),
    ("Το πέναλτι απέκρουσε ο πορτιέρο Γιάννης Ρήγας.", "Πορτιέρο"),
    ("Η ομάδα απέκτησε τον χαφ Νίκο Σαββίδη από τον Βόλο.", "Χαφ"),
    ("Τη σέντρα έκανε ο εξτρέμ Πέτρος Δρακόπουλος.", "Εξτρέμ"),
    ("Το γκολ ακύρωσε ο Γερμανός ρέφερι Μάρκο Βέμπερ.", "Ρέφερι"),
    ("Στην Ελλάδα επέστρεψε ο υδατοσφαιριστής Άγγελος Μαρκάκης.", "Υδατοσφαιριστής"),
    ("Το αργυρό κέρδισε η βολεϊμπολίστρια Μαρία Κάππου.", "Βολεϊμπολίστρια"),
    ("Στην ομάδα ήρθε ο χειροσφαιριστής Γιάννης Σούλης.", "Χειροσφαιριστής"),
    ("Τον γύρο κέρδισε ο ποδηλάτης Νίκος Λάμπρου.", "Ποδηλάτης"),
    ("Στο τουρνουά έπαιξε η σκακίστρια Ελένη Κάππου.", "Σκακίστρια"),
    ("Την ιστορία αφηγήθηκε η νοσοκόμα Ελένη Σούλη.", "Νοσοκόμα"),
    ("Το κείμενο διασκεύασε η δραματουργός Άννα Λάμπρου.", "Δραματουργός"),
    ("Την ταινία γύρισε ο ντοκιμαντερίστας Πέτρος Λάτσης.", "Ντοκιμαντερίστας"),
    ("Στη συναυλία έπαιξε η σολίστ Αργυρώ Παππά.", "Σολίστ"),
    ("Από τον σταθμό μίλησε η αστροναύτισσα Μαρία Κάππου.", "Αστροναύτισσα"),
    ("Στη Γη επέστρεψε ο κοσμοναύτης Γιούρι Πετρόφ.", "Κοσμοναύτης"),
    ("Το σκάφος οδήγησε ο καπετάνιος Νίκος Δημάκης.", "Καπετάνιος"),
    ("Με τον στρατάρχη Χαλίφα Χαφτάρ μίλησε ο υπουργός.", "Στρατάρχης"),
])
def test_sports_positions_and_trades_in_text(nlp: Language, text: str, title: str) -> None:
    assert any(t is not None and t.startswith(title) for _, t, _ in _roles(nlp, text))


def test_lower_case_position_next_to_a_name(extractor) -> None:
    record = extractor.extract_text("Η ομάδα απέκτησε τη διαγώνια Άννα Κόβατς από τη Σλοβενία.")
    assert [r.title for p in record.people for r in p.roles] == ["Διαγώνια"]


@pytest.mark.parametrize("text", [
    "Η γραμμή τέμνει διαγώνια το τετράγωνο.",
    "Ο γέροντας κάθισε στο παγκάκι της πλατείας.",
])
def test_words_with_a_common_sense_are_no_role_alone(nlp: Language, text: str) -> None:
    assert _roles(nlp, text) == []


@pytest.mark.parametrize("text, title", [
    # feminine forms and voice types
    ("Την απόφαση έγραψε η δικαστίνα Μαρία Παππά.", "Δικαστής"),
    ("Τραγούδησε η σοπράνο Μαρία Παππά.", "Σοπράνο"),
    ("Τραγούδησε ο τενόρος Μάριος Φραγκούλης.", "Τενόρος"),
])
def test_feminine_forms_and_voices(nlp: Language, text: str, title: str) -> None:
    assert any(t == title for _, t, _ in _roles(nlp, text))


@pytest.mark.parametrize("text, word, gender, plural, cases", [
    # another feminine of the row ("=f"): its own paradigm, feminine, singular
    ("Μίλησε η Βουλευτίνα Κυκλάδων.", "Βουλευτίνα", "f", False, {"nom", "acc", "voc"}),
    ("Η ομιλία της Πρυτάνισσας ήταν σύντομη.", "Πρυτάνισσας", "f", False, {"gen"}),
    ("Οι δικαστίνες αποφάσισαν.", "δικαστίνες", "f", True, {"nom", "acc"}),
    ("Ήρθε η σκηνοθέτρια της ταινίας.", "σκηνοθέτρια", "f", False, {"nom", "acc", "voc"}),
    # an irregular form in the slots the lexicon writes after it
    ("Συναντήθηκαν οι Πρυτάνεις των ιδρυμάτων.", "Πρυτάνεις", None, True, {"nom", "acc"}),
    ("Η απόφαση του Πρυτάνεως ήταν σαφής.", "Πρυτάνεως", None, False, {"gen"}),
    ("Μίλησε ο Κοσμήτωρ της Σχολής.", "Κοσμήτωρ", None, False, {"nom", "voc"}),
    ("Οι διδάκτορες του τμήματος.", "διδάκτορες", None, True, {"nom", "acc"}),
])
def test_extra_forms_have_the_number_and_case_grammar_gives_them(nlp: Language, text: str, word: str,
                                                                 gender: str | None, plural: bool,
                                                                 cases: set[str]) -> None:
    doc = nlp(text)
    span = next(s for s in doc.spans["roles"] if s[0].text == word)
    assert span._.role_plural is plural and set(span._.role_cases) == cases
    if gender is not None:
        assert span._.role_gender == gender


@pytest.mark.parametrize("text, title", [
    ("Μίλησε η συν-ιδρύτρια της εταιρείας.", "Συνιδρύτρια"),
    ("Τον υποδέχθηκε ο αντι-δήμαρχος Πολιτισμού.", "Αντιδήμαρχος"),
])
def test_a_prefix_set_off_by_a_hyphen_is_one_word(nlp: Language, text: str, title: str) -> None:
    assert any(t.startswith(title) for _, t, _ in _roles(nlp, text))


@pytest.mark.parametrize("text, word", [
    # an adjectival role between an article and a genitive complement is a noun
    ("Ο υποψήφιος της αντιπολίτευσης κέρδισε τις εκλογές.", "υποψήφιος"),
    # coordinated with a noun role after an article and an adjective
    ("Ο προεδρικός υποψήφιος και πρόεδρος του κόμματος μίλησε χθες.", "υποψήφιος"),
    # a preposition of place and a name right after it: no noun follows the adjective
    ("Ο υποψήφιος στο Εφετείο Πατρών ορκίστηκε χθες.", "υποψήφιος"),
    ("Ο αστυνομικός στο Τμήμα Ασφαλείας κατέθεσε χθες.", "αστυνομικός"),
    ("Ο υποψήφιος για τη Βουλή μίλησε στην πλατεία.", "υποψήφιος"),
])
def test_an_adjectival_role_used_as_a_noun(nlp: Language, text: str, word: str) -> None:
    assert word in [s for s, _, _ in _roles(nlp, text)]


@pytest.mark.parametrize("text", [
    "Οι υποψήφιοι αιμοδότες προσήλθαν στο νοσοκομείο.",  # an adjective before its noun
    "Ο τοπικός αστυνομικός σταθμός έκλεισε νωρίς.",
    "Ο αστυνομικός στο σπίτι κατέθεσε χθες.",  # a lower-case noun after the preposition
])
def test_an_adjectival_role_before_its_noun_stays_an_adjective(nlp: Language, text: str) -> None:
    assert _roles(nlp, text) == []


@pytest.mark.parametrize("text, title", [
    ("Ο Νίκος Κάππος, ιδρυτικό μέλος του συλλόγου, μίλησε.", "Ιδρυτικό Μέλος"),
    ("Εξελέγη επίτιμο μέλος της Ακαδημίας.", "Επίτιμο Μέλος"),
    ("Η Άννα Ρήγα, μέλος ΕΤΕΠ, μίλησε.", "Μέλος ΕΤΕΠ"),
])
def test_kinds_of_membership_and_staff_categories(nlp: Language, text: str, title: str) -> None:
    assert any(t.startswith(title) for _, t, _ in _roles(nlp, text))


@pytest.mark.parametrize("text, title", [
    ("Υγειονομικός Υπεύθυνος του Ιδρύματος ορίστηκε χθες.", "Υγειονομικός Υπεύθυνος"),
    ("Η Οικονομική Υπεύθυνη υπέγραψε την έκθεση.", "Οικονομική Υπεύθυνη"),
])
def test_an_adjective_in_ikos_and_yp_efthynos_name_one_in_charge(nlp: Language, text: str, title: str) -> None:
    assert any(t.startswith(title) for _, t, _ in _roles(nlp, text))


def test_an_adjective_before_a_lower_case_yp_efthynos_is_no_title(nlp: Language) -> None:
    assert _roles(nlp, "Η Οικονομική υπεύθυνη στάση της κυβέρνησης επαινέθηκε.") == []


@pytest.mark.parametrize("surname", [
    "Μανωλάκης", "Σαββίδης", "Γεωργιάδης", "Καρούλης",  # endings the rule always knew
    "Σαπουντζούδης", "Αβδελιώδης", "Σταυριώτης", "Μπακέλης",  # the rest of inflection.json's -ης endings
])
def test_a_surname_in_a_masculine_ending_right_after_a_role_is_no_qualifier(nlp: Language, surname: str) -> None:
    assert _roles(nlp, f"Δήλωσε ο Δήμαρχος {surname} σήμερα.") == [("Δήμαρχος", "Δήμαρχος", None)]


@pytest.mark.parametrize("text, title", [
    ("Δήλωσε ο Διευθυντής Ψηφιακής Πολιτικής σήμερα.", "Διευθυντής Ψηφιακής Πολιτικής"),
    ("Δήλωσε ο Διευθυντής Τεχνικής Υποστήριξης σήμερα.", "Διευθυντής Τεχνικής Υποστήριξης"),
])
def test_a_genitive_that_shares_a_surname_ending_still_qualifies(nlp: Language, text: str, title: str) -> None:
    assert [t for _, t, _ in _roles(nlp, text)] == [title]


@pytest.mark.parametrize("text, title", [
    # one occupation of each ISCO-08 (ΣΤΕΠ-08) major group, in both genders and the epicene forms
    ("Στη Σαντορίνη έφτασε η ηφαιστειολόγος Ρένα Καλογήρου με δύο συνεργάτες.", "Ηφαιστειολόγος"),
    ("Την έρευνα υπογράφει ο κοσμολόγος Άρης Σταθάκης του αστεροσκοπείου.", "Κοσμολόγος"),
    ("Την επέμβαση έκανε ο νευροχειρουργός Παύλος Τζιώτης το πρωί.", "Νευροχειρουργός"),
    ("Τα παιδιά εξέτασε η παιδοψυχίατρος Δέσποινα Μαυρίδου στο κέντρο υγείας.", "Παιδοψυχίατρος"),
    ("Το μάθημα οργάνωσε η γυμνάστρια Σοφία Καρρά στο κλειστό γήπεδο.", "Γυμνάστρια"),
    ("Τα βιβλία του ομίλου ελέγχει ο αναλογιστής Στάθης Μπούρας.", "Αναλογιστής"),
    ("Το τραγούδι γράφτηκε από τον στιχουργό Μάνο Ξυδάκη για την παράσταση.", "Στιχουργός"),
    ("Στη σκηνή ανέβηκε ο λυράρης Μανώλης Χνάρης με τον γιο του.", "Λυράρης"),
    ("Το δελτίο διάβασε η εκφωνήτρια Ολυμπία Κάρλου στις οκτώ.", "Εκφωνήτρια"),
    ("Τη θέση πήρε ο εργοδηγός Σπύρος Τσάκαλος μετά το ατύχημα.", "Εργοδηγός"),
    ("Τα έγγραφα παρέλαβε ο κλητήρας Βασίλης Μάνος από το γραφείο.", "Κλητήρας"),
    ("Το γλυκό ετοίμασε η αρτοποιός Ιφιγένεια Λούκα για τη γιορτή.", "Αρτοποιός"),
    ("Τις κυψέλες του φροντίζει ο μελισσοκόμος Λευτέρης Φάκος στο βουνό.", "Μελισσοκόμος"),
    ("Το παλιό τραπέζι επισκεύασε ο επιπλοποιός Τάσος Ρήγας στο εργαστήριό του.", "Επιπλοποιός"),
    ("Τον συρμό οδηγούσε ο μηχανοδηγός Στέλιος Κάππος εκείνο το βράδυ.", "Μηχανοδηγός"),
    ("Στο λιμάνι δουλεύει ο λιμενεργάτης Νίκος Ζέρβας εδώ και χρόνια.", "Λιμενεργάτης"),
    ("Τον τραυματία μετέφερε ο πεζοναύτης Δημήτρης Λούλης στο νοσοκομείο.", "Πεζοναύτης"),
    ("Το χρυσό κέρδισε η ακοντίστρια Ζωή Μελά με νέο ρεκόρ.", "Ακοντίστρια"),
    ("Στη γραμμή τερματισμού έφτασε πρώτος ο μαραθωνοδρόμος Τάκης Βέρρας.", "Μαραθωνοδρόμος"),
    ("Στη φωτογράφιση πόζαρε το φωτομοντέλο Ελίνα Κώτση.", "Φωτομοντέλο"),
])
def test_occupations_of_the_isco_groups(nlp: Language, text: str, title: str) -> None:
    assert any(t is not None and t.startswith(title) for _, t, _ in _roles(nlp, text))


@pytest.mark.parametrize("text, title", [
    # a plural occupation before coordinated names
    ("Οι ηφαιστειολόγοι Ρένα Καλογήρου και Άρης Σταθάκης διαφωνούν.", "Ηφαιστειολόγος"),
    # an oblique case and a complement
    ("Μίλησα με την οδηγό του λεωφορείου Κατερίνα Λάσκαρη.", "Οδηγός Λεωφορείου"),
    # a credit line: the assistant of the director
    ("Βοηθός Σκηνοθέτη: Ρένα Καλογήρου", "Βοηθός Σκηνοθέτη"),
])
def test_occupations_in_other_cases(nlp: Language, text: str, title: str) -> None:
    assert any(t is not None and t.startswith(title) for _, t, _ in _roles(nlp, text))


@pytest.mark.parametrize("text", [
    # the feminine of an epicene -ικός occupation is the science, not the woman who practises it
    "Η φυσική και η χημεία διδάσκονται στο λύκειο.",
    "Η κριτική του βιβλίου ήταν αυστηρή.",
    # an adjectival occupation in lower case before its noun stays an adjective
    "Η ομάδα έχει καλό αμυντικό σύστημα.",
    # trades whose other cases fold to a common word are not listed ("για πλάκα", "τα σίδερα")
    "Το έκαναν για πλάκα και μετά μάζεψαν τα σίδερα.",
])
def test_occupation_look_alikes_are_no_role(nlp: Language, text: str) -> None:
    assert _roles(nlp, text) == []


@pytest.mark.parametrize("text, title", [
    # a trade in the genitive plural names the members of the body before it: the qualifier goes on
    ("Μίλησε ο πρόεδρος του Συλλόγου Μελισσοκόμων Λασιθίου Πέτρος Ζαχαρίου.",
     "Πρόεδρος του Συλλόγου Μελισσοκόμων Λασιθίου"),
    ("Τη διαμαρτυρία οργάνωσε η πρόεδρος του Σωματείου Οικοδόμων Ελένη Φραγκιαδάκη.",
     "Πρόεδρος του Σωματείου Οικοδόμων"),
    ("Ο πρόεδρος της Ένωσης Αρτοποιών παρέλαβε το βραβείο.", "Πρόεδρος της Ένωσης Αρτοποιών"),
])
def test_a_trade_in_the_genitive_plural_continues_the_qualifier(nlp: Language, text: str, title: str) -> None:
    assert [t for _, t, _ in _roles(nlp, text)] == [title]


def test_a_second_role_in_the_nominative_still_starts_after_a_qualifier(nlp: Language) -> None:
    text = "Ο Πρόεδρος του Συλλόγου Μελισσοκόμων Ηφαιστειολόγος Πέτρος Ζαχαρίου μίλησε."
    assert [t for _, t, _ in _roles(nlp, text)] == ["Πρόεδρος του Συλλόγου Μελισσοκόμων", "Ηφαιστειολόγος"]


@pytest.mark.parametrize("text, titles", [
    # a nationality noun before a second role in the genitive is that role's attribute, no body
    ("Μίλησε ο εκπρόσωπος του Γάλλου προέδρου χθες το βράδυ.", ["Εκπρόσωπος", "Πρόεδρος"]),
    ("Ο σύμβουλος της Γερμανίδας υπουργού παραιτήθηκε χθες.", ["Σύμβουλος", "Υπουργός"]),
    # a genitive that is no nationality still opens the qualifier
    ("Ο πρόεδρος του Δήμου Κορινθίων μίλησε.", ["Πρόεδρος του Δήμου Κορινθίων"]),
])
def test_a_nationality_before_a_genitive_role_is_no_qualifier(nlp: Language, text: str, titles: list[str]) -> None:
    assert [t for _, t, _ in _roles(nlp, text)] == titles



@pytest.mark.parametrize("text, titles", [
    # "επικεφαλής" right before a role noun is its adjective ("chief"): one title, in the noun's case and number
    ("Μίλησε χθες ο επικεφαλής οικονομολόγος της τράπεζας.", ["Επικεφαλής Οικονομολόγος της τράπεζας"]),
    ("Τα ευρήματα παρουσίασε η επικεφαλής ερευνήτρια του προγράμματος.", ["Επικεφαλής Ερευνήτρια του προγράμματος"]),
    ("Συναντήθηκαν με τον επικεφαλής επιδημιολόγο της χώρας.", ["Επικεφαλής Επιδημιολόγος"]),
    ("Οι επικεφαλής ερευνητές των δύο ομάδων υπέγραψαν την έκθεση.", ["Επικεφαλής Ερευνητής"]),
    # "με επικεφαλής" heads a group; a plural genitive after a singular article is what it heads
    ("Η ομάδα, με επικεφαλής καθηγητή του Πολυτεχνείου, ξεκίνησε.", ["Επικεφαλής", "Καθηγητής του Πολυτεχνείου"]),
    ("Μίλησε ο επικεφαλής ερευνητών του ινστιτούτου.", ["Επικεφαλής", "Ερευνητής του ινστιτούτου"]),
    # a genitive between them keeps two roles
    ("Ο επικεφαλής της αποστολής, καθηγητής Πέτρος Ζαχαρίου, μίλησε.", ["Επικεφαλής", "Καθηγητής"]),
])
def test_epikefalis_before_a_role_noun_makes_one_title(nlp: Language, text: str, titles: list[str]) -> None:
    assert [t for _, t, _ in _roles(nlp, text)] == titles


def test_the_article_before_epikefalis_tells_the_gender_of_a_common_noun(nlp: Language) -> None:
    doc = nlp("Την έρευνα υπογράφει η επικεφαλής συγγραφέας Ελένη Μαυρίδου.")
    assert [(s._.role_title, s._.role_gender) for s in doc.spans["roles"]] == [("Επικεφαλής Συγγραφέας", "f")]


@pytest.mark.parametrize("text, title", [
    ("Ο Ηλίας Ζερβός, γεωλόγος και υπεύθυνος του Εργαστηρίου Οπτικής, μίλησε.", "Υπεύθυνος του Εργαστηρίου Οπτικής"),
    ("Η Λένα Σούλη, ψυχολόγος και υπεύθυνη της Μονάδας Στήριξης, μίλησε.", "Υπεύθυνη της Μονάδας Στήριξης"),
    ("Ο Ηλίας Ζερβός, προπονητής και βοηθός του Ομίλου Αντισφαίρισης, μίλησε.", "Βοηθός του Ομίλου Αντισφαίρισης"),
])
def test_the_head_of_a_complement_row_after_kai_and_a_role(nlp: Language, text: str, title: str) -> None:
    assert title in [t for _, t, _ in _roles(nlp, text)]


@pytest.mark.parametrize("text", [
    "Ο υπεύθυνος της ζημιάς δεν βρέθηκε.",  # no role before it
    "Ήρθε ο Ηλίας Ζερβός και ο βοηθός του γιατρού.",  # "και" after a name, not after a role
])
def test_the_head_of_a_complement_row_alone_is_no_role(nlp: Language, text: str) -> None:
    assert not any(t.startswith(("Υπεύθυνος", "Βοηθός")) for _, t, _ in _roles(nlp, text))


@pytest.mark.parametrize(("words", "expected"), [
    # a capitalised -ικός/-ική (inflection.json "adjective_endings" "relational", its nominative) and "Υπεύθυνος"
    (["Τεχνικός", "Υπεύθυνος"], "m"), (["Ιατρική", "Υπεύθυνη"], "f"),
    (["Τεχνική", "Υπεύθυνος"], None),  # no agreement
    (["Νέος", "Υπεύθυνος"], None),  # no -ικός
])
def test_in_charge_reads_the_relational_nominative(nlp: Language, words: list[str], expected: str | None) -> None:
    from keryx.components.roles import _in_charge_at

    assert _in_charge_at(Doc(nlp.vocab, words=words), 0) == expected


@pytest.mark.parametrize("text, title", [
    # titles of the church, the press and sport the lexicon lacked
    ("Η οργάνωση ιδρύθηκε από τον ιερωμένο Πέτρο Σιδέρη πριν από χρόνια.", "Ιερωμένος"),
    ("Ο εκλέκτορας της εθνικής ομάδας Νίκος Αλεξίου ανακοίνωσε την αποστολή.", "Εκλέκτορας"),
    ("Η πορνοστάρ Ελένη Σταμάτη κατέθεσε στο δικαστήριο.", "Πορνοστάρ"),
])
def test_added_titles(nlp: Language, text: str, title: str) -> None:
    assert [c for _, c, _ in _roles(nlp, text)][0].startswith(title)


@pytest.mark.parametrize("text, title", [
    ("Ο πρόεδρος όμως του Εμπορικού Συλλόγου Γιάννης Παπαδάκης δήλωσε ότι θα περιμένει.",
     "Πρόεδρος του Εμπορικού Συλλόγου"),
    ("Η υπουργός πάντως της Υγείας Μαρία Κωστοπούλου απάντησε στις ερωτήσεις.", "Υπουργός της Υγείας"),
])
def test_a_postpositive_connective_splits_no_role_from_its_genitive(nlp: Language, text: str, title: str) -> None:
    """"όμως", "πάντως" stand second in the clause, between the role and its complement."""
    assert [t for _, t, _ in _roles(nlp, text)][0] == title


def test_a_connective_before_no_genitive_leaves_the_role_bare(nlp: Language) -> None:
    assert [t for _, t, _ in _roles(nlp, "Ο πρόεδρος όμως δεν απάντησε στις ερωτήσεις.")] == ["Πρόεδρος"]


@pytest.mark.parametrize("text, name, title", [
    ("Ο πρόεδρος όμως του Εμπορικού Συλλόγου Γιάννης Παπαδάκης δήλωσε ότι θα περιμένει.",
     "Γιάννης Παπαδάκης", "Πρόεδρος του Εμπορικού Συλλόγου"),
    ("Η υπουργός πάντως της Υγείας Μαρία Κωστοπούλου απάντησε στις ερωτήσεις.",
     "Μαρία Κωστοπούλου", "Υπουργός της Υγείας"),
])
def test_the_name_after_a_split_role_holds_it(extractor, text: str, name: str, title: str) -> None:
    rec = extractor.extract_text(text)
    assert [(p.name, [r.title for r in p.roles]) for p in rec.people] == [(name, [title])]
