"""Capitalised words the model takes for bodies that name none: diseases, generations, the
Internet, nationality nouns, ordinals alone and numbered editions of events (written for keryx;
no text from elsewhere)."""

from __future__ import annotations

import pytest
from keryx import Extractor
from spacy.language import Language
from spacy.tokens import Span


def _orgs(extractor: Extractor, text: str) -> list[str]:
    return [o.name for o in extractor.extract_text(text).organisations]


def test_diseases_generations_and_the_internet_are_no_bodies(extractor: Extractor) -> None:
    text = ("Η πανδημία COVID-19 άλλαξε τις συνήθειες της Generation Z, που μεγάλωσε με το Ίντερνετ, "
            "όπως δείχνει έρευνα του Πανεπιστημίου Κρήτης.")
    assert _orgs(extractor, text) == ["Πανεπιστήμιο Κρήτης"]


@pytest.mark.parametrize("text", [
    "Το μήνυμα της Ανάστασης έστειλε χθες ο δήμαρχος στους κατοίκους.",
    "Μετά τη Θεία Λειτουργία έγινε η λιτάνευση της εικόνας στην πλατεία.",
    "Τον Τίμιο Σταυρό έπιασε φέτος ένας δεκαεξάχρονος μαθητής.",
])
def test_the_feasts_and_rites_of_the_church_are_no_bodies(extractor: Extractor, text: str) -> None:
    assert _orgs(extractor, text) == []


def test_a_numbered_edition_of_an_event_is_no_body(extractor: Extractor) -> None:
    text = "Ο υπουργός μίλησε χθες στο 9ο Περιφερειακό Φόρουμ Ανάπτυξης της Κρήτης για τις επενδύσεις."
    assert _orgs(extractor, text) == []


def test_a_numbered_body_keeps_its_number(extractor: Extractor) -> None:
    text = "Αστυνομικοί του 5ου Αστυνομικού Τμήματος Πάτρας συνέλαβαν χθες δύο άνδρες για κλοπή."
    assert _orgs(extractor, text) == ["5ο Αστυνομικό Τμήμα Πάτρας"]


def test_a_nationality_noun_is_no_body_even_when_the_model_says_so(nlp: Language) -> None:
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc("Τη δήλωση του Ούγγρου Προέδρου σχολίασε η Ευρωπαϊκή Επιτροπή.")
    ents = [Span(doc, 3, 4, label="ORG"), Span(doc, 7, 9, label="ORG")]
    assert [o.name for o in OrganisationResolver().resolve(doc, ents, None, [])] == ["Ευρωπαϊκή Επιτροπή"]
    # a nationality form that is also a place's name stays for the other checks ("Σύρος")
    doc = nlp.make_doc("Ο Σύρος κέρδισε τον αγώνα.")
    assert [o.name for o in OrganisationResolver().resolve(doc, [Span(doc, 1, 2, label="ORG")], None, [])] == ["Σύρος"]


def test_a_division_of_a_league_is_no_body(nlp: Language) -> None:
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc("Ο Πανιώνιος αγωνίζεται στη Β' Εθνική φέτος.")
    ents = [Span(doc, 1, 2, label="ORG"), Span(doc, 4, 7, label="ORG")]
    assert [o.name for o in OrganisationResolver().resolve(doc, ents, None, [])] == ["Πανιώνιος"]


def test_a_club_with_its_founding_year_is_no_street(nlp: Language) -> None:
    from keryx.linking.organisations import OrganisationResolver
    from keryx.linking.places import PlaceResolver

    doc = nlp.make_doc("Η ΠΑΕ ΑΕΛ 1964 ανακοίνωσε τη μεταγραφή.")
    ents = [Span(doc, 1, 4, label="ORG")]
    assert [o.name for o in OrganisationResolver().resolve(doc, ents, None, [])] == ["ΠΑΕ ΑΕΛ 1964"]
    assert PlaceResolver().resolve(ents, doc) == []
    # a street with its house number stays a place
    doc = nlp.make_doc("Τα γραφεία είναι στην Πανεπιστημίου 1925 από σήμερα.")
    ents = [Span(doc, 4, 6, label="ORG")]
    assert [p.name for p in PlaceResolver().resolve(ents, doc)] == ["Πανεπιστημίου 1925"]


def test_a_listed_channel_at_a_sentence_end_keeps_its_spelling(extractor: Extractor) -> None:
    text = "«Οι τιμές θα πέσουν», είπε χθες ο υπουργός Ανάπτυξης Νίκος Παππάς στον ΣΚΑΪ. Άλλοι διαφωνούν."
    assert _orgs(extractor, text) == ["ΣΚΑΪ"]
    text = "Την είδηση μετέδωσε το CNNi, επικαλούμενο δικές του πηγές."
    assert [(o.name, o.aliases) for o in extractor.extract_text(text).organisations] == [("CNN", ["CNNi"])]


def test_a_department_named_by_its_work_is_the_department(extractor: Extractor) -> None:
    text = ("Στελέχη της Δίωξης Οικονομικού Εγκλήματος ερεύνησαν τα γραφεία. Η Διεύθυνση Οικονομικού "
            "Εγκλήματος ανακοίνωσε αργότερα τις συλλήψεις.")
    assert [(o.name, o.aliases) for o in extractor.extract_text(text).organisations] == [
        ("Διεύθυνση Οικονομικού Εγκλήματος", ["Δίωξη Οικονομικού Εγκλήματος"])]


def test_a_headline_label_and_a_body_of_law_are_no_bodies(nlp: Language) -> None:
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc("ΒΙΝΤΕΟ: Η απόφαση στηρίζεται στο Δίκαιο της Θάλασσας.")
    ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 6, 9, label="ORG")]
    assert [e.text for e in ents] == ["ΒΙΝΤΕΟ", "Δίκαιο της Θάλασσας"]
    assert OrganisationResolver().resolve(doc, ents, None, []) == []


def test_a_department_named_short_first_is_the_one_named_in_full_later(extractor: Extractor) -> None:
    text = ("Το Τμήμα Γεωλογίας οργανώνει ημερίδα. Η ημερίδα του Τμήματος Γεωλογίας του Πανεπιστημίου "
            "Πατρών θα γίνει τον Μάιο.")
    orgs = extractor.extract_text(text).organisations
    assert [(o.name, len(o.mentions)) for o in orgs if o.name.startswith("Τμήμα")] == [
        ("Τμήμα Γεωλογίας του Πανεπιστημίου Πατρών", 2)]
    # with two universities in the text the short name may be the other one's department
    text = ("Η Νομική Σχολή διοργανώνει ημερίδα στο Πανεπιστήμιο Κρήτης. Συμμετέχει η Νομική Σχολή "
            "του Πανεπιστημίου Πατρών.")
    orgs = extractor.extract_text(text).organisations
    assert sum(o.name.startswith("Νομική Σχολή") for o in orgs) == 2


def test_a_club_with_its_company_form_and_year_is_the_club(extractor: Extractor) -> None:
    text = "Η ΠΑΕ ΑΕΛ 1964 ανακοίνωσε τη μεταγραφή. Η ΑΕΛ θα παίξει την Κυριακή στη Λάρισα."
    assert [(o.name, o.aliases) for o in extractor.extract_text(text).organisations] == [("ΠΑΕ ΑΕΛ 1964", ["ΑΕΛ"])]


def test_a_compound_acronym_with_a_spaced_dash_is_the_listed_body(extractor: Extractor) -> None:
    text = "Όπως ανέφερε στο ΑΠΕ – ΜΠΕ ο πρόεδρος του συλλόγου, οι εργασίες ολοκληρώνονται."
    assert [(o.name, o.aliases) for o in extractor.extract_text(text).organisations] == [
        ("Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων", ["ΑΠΕ-ΜΠΕ"])]


def test_the_slashed_abbreviation_of_a_directorate_is_written_out(extractor: Extractor) -> None:
    text = "Οι αιτήσεις υποβάλλονται στη Δ/νση Διοικητικών Υπηρεσιών έως την Παρασκευή."
    assert [(o.name, o.aliases) for o in extractor.extract_text(text).organisations] == [
        ("Διεύθυνση Διοικητικών Υπηρεσιών", ["Δ/νση Διοικητικών Υπηρεσιών"])]


def test_a_press_office_is_a_reference(extractor: Extractor) -> None:
    text = "Πληροφορίες παρέχει το Γραφείο Τύπου του Πανεπιστημίου Πατρών."
    assert _orgs(extractor, text) == ["Πανεπιστήμιο Πατρών"]


def test_an_ampersand_for_and_in_a_listed_name_is_the_listed_body(extractor: Extractor) -> None:
    text = "Στην έρευνα συμμετέχουν ερευνητές του Εθνικού & Καποδιστριακού Πανεπιστημίου Αθηνών."
    assert _orgs(extractor, text) == ["Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών"]


def test_a_bare_head_refers_back_to_the_one_body_with_that_head(extractor: Extractor) -> None:
    text = "Το Κολλέγιο Αθηνών γιορτάζει 100 χρόνια. Το Κολλέγιο θα οργανώσει εκδηλώσεις."
    orgs = extractor.extract_text(text).organisations
    assert [(o.name, len(o.mentions)) for o in orgs] == [("Κολλέγιο Αθηνών", 2)]


def test_an_acronym_of_a_named_body_s_initials_is_its_alias(extractor: Extractor) -> None:
    text = ("Το Ίδρυμα Μελετών Λαϊκής Κουλτούρας οργανώνει έκθεση. Σύμφωνα με το ΙΜΛΚ, η έκθεση "
            "θα διαρκέσει έναν μήνα.")
    assert [(o.name, o.aliases) for o in extractor.extract_text(text).organisations] == [
        ("Ίδρυμα Μελετών Λαϊκής Κουλτούρας", ["ΙΜΛΚ"])]


def test_the_opposition_and_the_data_protection_regulation_are_no_bodies(nlp: Language) -> None:
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc("Πηγές της Αντιπολίτευσης επικαλούνται τον GDPR.")
    ents = [Span(doc, 2, 3, label="ORG"), Span(doc, 5, 6, label="ORG")]
    assert OrganisationResolver().resolve(doc, ents, None, []) == []


@pytest.mark.parametrize("text, ents, orgs", [
    # a capitalised adjective before the common noun it qualifies (after a clitic, perhaps)
    ("Η έρευνα έγινε στο Πανεπιστημιακό τμήμα Χημείας της πόλης.", [(4, 5, "ORG")], []),
    ("Ο παίκτης επέστρεψε στην προετοιμασία της Εθνικής μας ομάδας.", [(6, 7, "ORG")], []),
    # a committee of inquiry, the general government: references, no names
    ("Η αντιπολίτευση ζήτησε τη σύσταση Εξεταστικής για το σκάνδαλο.", [(5, 6, "ORG")], []),
    ("Το χρέος της Γενικής Κυβέρνησης μειώθηκε πέρυσι.", [(3, 5, "ORG")], []),
    # a name whose head the writer left in lower case stays a body
    ("Η έγκυος μεταφέρθηκε στο Αττικό νοσοκομείο.", [(4, 5, "ORG")], ["Αττικό"]),
    # an adjectival name before a verb stays a body
    ("Η Εθνική και η Eurobank κέρδισαν στο χρηματιστήριο.", [(1, 2, "ORG"), (4, 5, "ORG")], ["Εθνική", "Eurobank"]),
])
def test_generic_words_and_adjectives_before_their_noun_are_no_bodies(
        nlp: Language, text: str, ents: list, orgs: list[str]) -> None:
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    assert [o.name for o in OrganisationResolver().resolve(doc, list(doc.ents), None, [])] == orgs


def test_the_national_team_in_a_game_report_is_no_body(nlp: Language) -> None:
    from keryx.linking.organisations import OrganisationResolver

    text = ("Η Εθνική γυναικών κέρδισε 3-1 τη Σλοβενία. Η επίθεση και το μπλοκ έκριναν το σετ, "
            "με πρώτη σκόρερ την αρχηγό στο γήπεδο.")
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    assert OrganisationResolver().resolve(doc, list(doc.ents), None, []) == []


@pytest.mark.parametrize("text, ents, body", [
    ("Οι φρεγάτες τύπου ΜΕΚΟ θα αναβαθμιστούν στα ναυπηγεία.", [(3, 4, "ORG")], False),
    ("Έτσι γεννήθηκε το ακρωνύμιο ΤΑΚΟ στα μέσα ενημέρωσης.", [(4, 5, "ORG")], False),
    # a chip named once after its noun: its later bare mentions name it too
    ("Ο ασθενής έφερε τσιπ RFID στο χέρι. Το RFID διαβάζεται από μακριά.", [(4, 5, "ORG"), (10, 11, "ORG")], False),
    # "τύπου" of the press: the name after it is a body's
    ("Σε δελτίο τύπου ΕΛΑΣ αναφέρεται ότι συνελήφθη ένας άνδρας.", [(3, 4, "ORG")], True),
])
def test_a_name_after_a_noun_of_a_type_or_a_chip_names_a_thing(
        nlp: Language, text: str, ents: list, body: bool) -> None:
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    assert bool(OrganisationResolver().resolve(doc, list(doc.ents), None, [])) is body


@pytest.mark.parametrize(("text", "phrase", "orgs"), [
    ("Έκανε μεταπτυχιακές σπουδές στην Κλασική Φιλολογία στο Λονδίνο.", "Κλασική Φιλολογία", []),
    ("Οι υποψήφιοι γράφουν αύριο Νεοελληνική Γλώσσα και Λογοτεχνία.", "Νεοελληνική Γλώσσα και Λογοτεχνία", []),
    ("Ο δάσκαλος έχει πτυχίο στην Ειδική Αγωγή από το 2015.", "Ειδική Αγωγή", []),
    ("Το βιβλίο εξηγεί τα αξιώματα της Ευκλείδειας Γεωμετρίας με απλά λόγια.", "Ευκλείδειας Γεωμετρίας", []),
    ("Τα μαθήματα Γενικής Παιδείας ξεκινούν τον Σεπτέμβριο.", "Γενικής Παιδείας", []),
    ("Η Ελληνική Νοηματική Γλώσσα διδάσκεται σε ειδικά τμήματα.", "Ελληνική Νοηματική Γλώσσα", []),
    ("Το Τμήμα Φιλολογίας δέχεται φέτος 200 φοιτητές.", "Τμήμα Φιλολογίας", ["Τμήμα Φιλολογίας"]),
    ("Η Ελληνική Εταιρεία Λογοτεχνίας βράβευσε τρεις νέους συγγραφείς.", "Ελληνική Εταιρεία Λογοτεχνίας",
     ["Ελληνική Εταιρεία Λογοτεχνίας"]),
    ("Ο Φιλολογικός Σύλλογος Παρνασσός οργανώνει εκδήλωση.", "Φιλολογικός Σύλλογος Παρνασσός",
     ["Φιλολογικός Σύλλογος Παρνασσός"]),
    # fields of public policy (policy_field_nouns) after an adjective; alone the word may be a body
    ("Τα μέτρα στοχεύουν στην προστασία της Δημόσιας Υγείας από τον καύσωνα.", "Δημόσιας Υγείας", []),
    ("Η Ψυχική Υγεία των παιδιών χρειάζεται στήριξη.", "Ψυχική Υγεία", []),
    ("Ο υπουργός μίλησε για την Εξωτερική Πολιτική της χώρας.", "Εξωτερική Πολιτική", []),
    ("Οι αγρότες περιμένουν τη νέα Κοινή Αγροτική Πολιτική.", "Κοινή Αγροτική Πολιτική", []),
    ("Τα κέντρα της Πρωτοβάθμιας Φροντίδας Υγείας ανοίγουν νωρίς.", "Πρωτοβάθμιας Φροντίδας Υγείας", []),
    ("Η εγκύκλιος αφορά τη Δευτεροβάθμια Εκπαίδευση.", "Δευτεροβάθμια Εκπαίδευση", []),
    ("Ο ασθενής μεταφέρθηκε στο Υγεία το πρωί.", "Υγεία", ["Υγεία"]),
    ("Η Πολιτική Προστασία έστειλε μήνυμα στους κατοίκους.", "Πολιτική Προστασία", ["Πολιτική Προστασία"]),
    ("Το Εθνικό Σύστημα Υγείας χρειάζεται γιατρούς.", "Εθνικό Σύστημα Υγείας", ["Εθνικό Σύστημα Υγείας"]),
])
def test_a_field_of_knowledge_is_no_body(nlp: Language, text: str, phrase: str, orgs: list[str]) -> None:
    # the nominative or accusative of a field_nouns word after the name's adjectives names a field;
    # a body whose head comes first, or which has the field in the genitive after its head, stays
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc(text)
    start = text.index(phrase)
    ent = doc.char_span(start, start + len(phrase), label="ORG")
    assert ent is not None
    assert [o.name for o in OrganisationResolver().resolve(doc, [ent], None, [])] == orgs


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Η συνεργασία με τις ΗΠΑθα γίνει στενότερη από του χρόνου.", 4, 5),  # an acronym run into "θα"
    ("Ο δήμαρχος έγραψε χθες στοTwitter για την απεργία.", 4, 5),  # "στο" run into a Latin name
    ("Το σκάφος Aurora Blueπλέει προς τη Μήλο από το πρωί.", 2, 4),  # a Latin name run into a verb
    ("Η έκθεση ΕλλάδαΣήμερα Αύριο ανοίγει το Σάββατο.", 2, 4),  # a known place run into the next word
    ("Η κυβέρνηση των ΗΠΑέκλεισε χθες τα σύνορα.", 3, 4),  # an acronym run into a finite verb
])
def test_words_run_together_are_no_body(nlp: Language, text: str, start: int, end: int) -> None:
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc(text)
    assert OrganisationResolver().resolve(doc, [Span(doc, start, end, label="ORG")], None, []) == []


@pytest.mark.parametrize(("text", "start", "end", "name"), [
    ("Η ΕΣΑμεΑ ζήτησε συνάντηση με την κυβέρνηση.", 1, 2, "ΕΣΑμεΑ"),  # capitals again at the end
    ("Το ΕΡΤnews μετέδωσε την ομιλία του υπουργού.", 1, 2, "ΕΡΤnews"),  # a capital meets the Latin letters
    ("Η Vodafone-Πάναφον ανακοίνωσε νέα προγράμματα.", 1, 4, "Vodafone-Πάναφον"),  # a hyphen between them
    ("Ο σταθμός ΘεσσαλίαTV μετέδωσε τη συνέντευξη.", 2, 3, "ΘεσσαλίαTV"),  # a place beside Latin letters: a brand
    ("Η ΑΝΑπτυξιακή Εταιρεία Νότου ανακοίνωσε σχέδιο.", 1, 4, "ΑΝΑπτυξιακή Εταιρεία Νότου"),  # acronym capitals
    ("Το κόμμα ΝέΟΙ Δρόμοι κατέβηκε στις εκλογές.", 2, 4, "ΝέΟΙ Δρόμοι"),  # capitals after a stressed syllable
])
def test_names_that_mix_cases_or_scripts_stay(nlp: Language, text: str, start: int, end: int, name: str) -> None:
    from keryx.linking.organisations import OrganisationResolver

    doc = nlp.make_doc(text)
    span = Span(doc, start, end, label="ORG")
    assert span.text == name
    assert [o.name for o in OrganisationResolver().resolve(doc, [span], None, [])] == [name]
