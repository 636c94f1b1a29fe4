"""Linking on real Greek sentences: roles to people, organisations, merging of mentions."""

from __future__ import annotations

import pytest

from keryx.linking.model import LinkedPlace, merge_prefixes as _merge_prefixes
from keryx.lang.el.text import fold


def _roles(record) -> dict[str, list[tuple[str, str | None, str | None]]]:
    return {p.name: [(r.title, r.organisation, r.organisation_ref) for r in p.roles] for p in record.people}


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # "Ο Διευθυντής ..., Ταξίαρχος Χ": post and rank are both the person's roles (the
        # gold guide counts ranks and academic titles as roles).
        ("Ο Διευθυντής Τροχαίας Αττικής, Ταξίαρχος Παναγιώτης Δεληγιάννης, επισημαίνει ότι η κίνηση θα διακοπεί.",
         "Παναγιώτης Δεληγιάννης", [("Διευθυντής Τροχαίας Αττικής", None, None), ("Ταξίαρχος", None, None)]),
        # Role, comma, rank, abbreviation, name.
        ("Ο Λιμενάρχης Ηρακλείου, Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης, δήλωσε ότι η επιχείρηση ολοκληρώθηκε.",
         "Ιωάννης Μαυράκης", [("Λιμενάρχης Ηρακλείου", None, None), ("Πλοίαρχος Λ.Σ.", None, None)]),
        # A qualifier the role lexicon does not know, before the name.
        ("Η Γενική Γραμματέας Ψηφιακής Διακυβέρνησης Μαρία Κωνσταντινίδου δήλωσε σχετικά.",
         "Μαρία Κωνσταντινίδου", ("Γενική Γραμματέας Ψηφιακής Διακυβέρνησης", None, None)),
        # "του Νοσοκομείου" with no name: the issuing hospital itself.
        ("Ο Διοικητής του Νοσοκομείου κ. Αριστείδης Μπέκας ευχαρίστησε τους εθελοντές.",
         "Αριστείδης Μπέκας", ("Διοικητής", None, "publisher")),
        # The mayor's organisation follows from the qualifier.
        ("Ο Δήμαρχος Ηρακλείου Γιάννης Μαρκογιαννάκης συναντήθηκε με κατοίκους.",
         "Γιάννης Μαρκογιαννάκης", ("Δήμαρχος Ηρακλείου", "Δήμος Ηρακλείου", None)),
    ],
)
def test_role_attached(extractor, text, name, expected):
    roles = _roles(extractor.extract_text(text))
    assert roles.get(name) == (expected if isinstance(expected, list) else [expected]), roles


def test_two_roles_for_one_person(extractor):
    rec = extractor.extract_text(
        "Τον λόγο πήρε η Φωτεινή Αλεξανδροπούλου, Αντιπρόεδρος της ΚΕΔΕ και Δήμαρχος Ναυπλιέων."
    )
    titles = {fold(t) for t, _, _ in _roles(rec)["Φωτεινή Αλεξανδροπούλου"]}
    assert fold("Δήμαρχος Ναυπλιέων") in titles


def test_acronym_in_parentheses_becomes_alias(extractor):
    rec = extractor.extract_text(
        "Στη συνεδρίαση της Κεντρικής Ένωσης Δήμων Ελλάδας (ΚΕΔΕ) συμμετείχαν δήμαρχοι. Η ΚΕΔΕ ζήτησε πόρους."
    )
    kede = [o for o in rec.organisations if "ΚΕΔΕ" in o.aliases]
    assert len(kede) == 1 and kede[0].name == "Κεντρική Ένωση Δήμων Ελλάδας"
    assert len(kede[0].mentions) == 3  # the name, "(ΚΕΔΕ)" and the later "ΚΕΔΕ"


def test_known_body_gets_its_full_name(extractor):
    rec = extractor.extract_text("Στο σημείο έσπευσαν δυνάμεις του Πυροσβεστικού Σώματος και ασθενοφόρα του ΕΚΑΒ.")
    names = {o.name for o in rec.organisations}
    assert "Εθνικό Κέντρο Άμεσης Βοήθειας" in names


def test_generic_reference_is_not_an_organisation(extractor):
    rec = extractor.extract_text("Ο Δήμος ανακοινώνει ότι οι αιτήσεις υποβάλλονται στο Δημαρχείο έως 31 Μαΐου 2024.")
    assert "Δήμος" not in {o.name for o in rec.organisations}


def test_shorter_repeat_merges_into_longer_place():
    long = LinkedPlace("Δημοτικό Θέατρο Καβάλας", [(0, 10)])
    short = LinkedPlace("Δημοτικό Θέατρο", [(50, 60)])
    merged = _merge_prefixes([short, long])
    assert [p.name for p in merged] == ["Δημοτικό Θέατρο Καβάλας"]
    assert merged[0].mentions == [(0, 10), (50, 60)]


@pytest.mark.parametrize("text, names, role", [
    # "πρώην" is part of the role (the gold guide writes "Πρώην βουλευτής").
    ("Στη συζήτηση μίλησαν οι πρώην βουλευτές Νίκος Αλεξίου και Μαρία Σταθάκη.",
     ["Νίκος Αλεξίου", "Μαρία Σταθάκη"], "Πρώην Βουλευτής"),
    ("Η έρευνα έγινε από τους Εισαγγελείς Γιώργο Μανωλάκη, Πέτρο Ζαχαρίου και Άννα Λιάκου.",
     ["Γιώργος Μανωλάκης", "Πέτρος Ζαχαρίου", "Άννα Λιάκου"], "Εισαγγελέας"),
])
def test_plural_role_names_every_person_of_the_list(extractor, text, names, role):
    roles = _roles(extractor.extract_text(text))
    for name in names:
        assert [r[0] for r in roles.get(name, [])] == [role], roles


def test_singular_role_stays_with_its_person(extractor):
    roles = _roles(extractor.extract_text("Ο Δήμαρχος Γιώργος Παπαδάκης και ο Κώστας Λάμπρου μίλησαν στους κατοίκους."))
    assert roles["Γιώργος Παπαδάκης"][0][0] == "Δήμαρχος"
    assert roles.get("Κώστας Λάμπρου") == []


@pytest.mark.parametrize("text, name, role", [
    ("Διαβάσαμε τις μελέτες του καθηγητή ιατρικής Αντώνη Καλλέργη, που δημοσιεύθηκαν πέρσι.",
     "Αντώνης Καλλέργης", "Καθηγητής ιατρικής"),
    ("Ο υπουργός οικονομικών Πέτρος Αναστασίου ανακοίνωσε τα μέτρα.", "Πέτρος Αναστασίου", "Υπουργός οικονομικών"),
])
def test_lower_case_genitive_completes_the_role(extractor, text, name, role):
    roles = _roles(extractor.extract_text(text))
    assert [r[0] for r in roles.get(name, [])] == [role], roles


def test_verb_between_role_and_name_is_no_complement(extractor):
    roles = _roles(extractor.extract_text("Ο δήμαρχος ευχαρίστησε τον Γιώργο Μανωλάκη για τη βοήθεια."))
    assert roles.get("Γιώργος Μανωλάκης") == [], roles


def test_regional_unit_is_one_place(extractor):
    rec = extractor.extract_text("Νέα κρούσματα καταγράφηκαν στην Π.Ε. Μαγνησίας και στην Π.Ε Κοζάνης. Η Κοζάνη είναι πόλη.")
    names = [p.name for p in rec.places]
    assert "Π.Ε. Μαγνησίας" in names and "Π.Ε. Κοζάνης" in names and "Κοζάνη" in names
    unit = next(p for p in rec.places if p.name == "Π.Ε. Μαγνησίας")
    assert rec.text[unit.mentions[0].start:unit.mentions[0].end] == "Π.Ε. Μαγνησίας"


def test_honorific_is_no_role_complement(extractor):
    roles = _roles(extractor.extract_text("Ο Δήμαρχος κύριος Αντώνης Καλλέργης ευχαρίστησε τους εθελοντές."))
    assert [r[0] for r in roles["Αντώνης Καλλέργης"]] == ["Δήμαρχος"], roles


# -- roles after the name, apposition, predicates, qualifiers (issue 10) ------------------------

@pytest.mark.parametrize("text, expected", [
    # A role between two names parted by commas belongs to the name before it.
    ("Η Μαρία Γεωργίου, Υπεύθυνη Διαγωνισμού, και ο Νίκος Πέτρου, Διευθυντής Πωλήσεων, παρέλαβαν τα βραβεία.",
     {"Μαρία Γεωργίου": ["Υπεύθυνη Διαγωνισμού"], "Νίκος Πέτρου": ["Διευθυντής Πωλήσεων"]}),
    # The last phrase of an apposition chain describes its head, not the genitive inside it;
    # "πρώην" is part of both coordinated roles.
    ("Μίλησαν ο Στάθης Νικολάου, αδελφός του Γιώργου Νικολάου, πρώην βουλευτής και υπουργός, και η Άννα Κ.",
     {"Στάθης Νικολάου": ["Πρώην Βουλευτής", "Πρώην Υπουργός"], "Γιώργος Νικολάου": []}),
    # The role's predicate: the copula, or "ο οποίος εξελέγη".
    ("Ο Γιώργος Πέτρου είναι ο νέος Διευθυντής Πωλήσεων.", {"Γιώργος Πέτρου": ["Διευθυντής Πωλήσεων"]}),
    ("Ο κ. Ιωάννου, ο οποίος εξελέγη Πρόεδρος του ΕΒΕΘ, δήλωσε ότι συμφωνεί.", {"Ιωάννου": ["Πρόεδρος του ΕΒΕΘ"]}),
    # A feminine form never names a man.
    ("Ο Πέτρος Λιάκος, η Νίκη Αλεξίου, Επιστημονική Συνεργάτιδα, και άλλοι παρουσίασαν την έρευνα.",
     {"Πέτρος Λιάκος": [], "Νίκη Αλεξίου": ["Επιστημονική Συνεργάτιδα"]}),
    # A plural role names no single person before it.
    ("Παρευρέθηκε η κα Δέσποινα Αλεξίου, μέλη του Συλλόγου και φοιτητές.", {"Δέσποινα Αλεξίου": []}),
])
def test_role_goes_to_the_right_person(extractor, text, expected):
    roles = _roles(extractor.extract_text(text))
    for name, titles in expected.items():
        assert [r[0] for r in roles.get(name, [])] == titles, roles


def test_place_of_work_is_the_roles_organisation(extractor):
    roles = _roles(extractor.extract_text(
        "Στην εκδήλωση μίλησε ο επ. καθηγητής Ιστορίας στο Πανεπιστήμιο Πατρών, Γιάννης Λάμπρου."))
    assert roles["Γιάννης Λάμπρου"] == [("Επίκουρος Καθηγητής Ιστορίας", "Πανεπιστήμιο Πατρών", None)], roles


def test_genitive_phrase_before_comma_completes_the_role(extractor):
    roles = _roles(extractor.extract_text(
        "Μίλησε η συνιδρύτρια της μη κυβερνητικής οργάνωσης Ελπίδα, Κατερίνα Ζαφείρη."))
    assert [r[0] for r in roles["Κατερίνα Ζαφείρη"]] == ["Συνιδρύτρια της μη κυβερνητικής οργάνωσης Ελπίδα"], roles


def test_people_after_honorifics_and_a_plural_role_with_a_genitive(extractor):
    rec = extractor.extract_text(
        "Ακολούθησαν οι αγορεύσεις των συνηγόρων υπεράσπισης του Βασίλη Μαρκάκη κκ Σταυρίδη και Λαμπράκη, "
        "με την Πρόεδρο του Δικαστηρίου, κα Ζαχαράκη, να διακόπτει τη συνεδρίαση.")
    roles = _roles(rec)
    assert roles.get("Βασίλης Μαρκάκης") == [], roles
    for name in ("Σταυρίδη", "Λαμπράκη"):
        key = next(k for k in roles if fold(k)[:6] == fold(name)[:6])
        assert [r[0] for r in roles[key]] == ["Συνήγορος Υπεράσπισης"], roles
    key = next(k for k in roles if fold(k).startswith("ζαχαρακ"))
    assert [r[0] for r in roles[key]] == ["Πρόεδρος του Δικαστηρίου"], roles
    assert all(e.label != "ORG" or "Σταυρίδ" not in e.text for e in rec.entities)


@pytest.mark.parametrize("text, name, title", [
    ("Τη μελέτη υπογράφει ο Senior Data Analyst Πέτρος Λιάκος μαζί με τη διευθύντρια.", "Πέτρος Λιάκος",
     "Senior Data Analyst"),
    ("Η Lead Product Designer Άννα Κυριακίδου παρουσίασε την εφαρμογή.", "Άννα Κυριακίδου", "Lead Product Designer"),
])
def test_an_english_title_read_into_the_name_is_cut_off_it(extractor, text, name, title):
    roles = _roles(extractor.extract_text(text))
    assert [r[0] for r in roles[name]] == [title], roles


def test_english_title_after_a_name(extractor):
    rec = extractor.extract_text("Η Ελένη Μάρκου, Senior Product Manager στη Beta, ανέπτυξε την ιδέα.")
    roles = _roles(rec)
    assert [r[0] for r in roles["Ελένη Μάρκου"]] == ["Senior Product Manager"], roles
    assert "Senior Product Manager" not in roles
    roles = _roles(extractor.extract_text("Ο John Smith, Head of Research της Gamma, μίλησε στο συνέδριο."))
    assert roles["John Smith"][0][0].startswith("Head of Research"), roles


@pytest.mark.parametrize("text, name, title", [
    ("Ο Αντιπρόεδρος του Ελληνικού Ινστιτούτου Αγροτικής και Περιφερειακής Ανάπτυξης (ΕΛΙΑΠΑ), Στέφανος Ρούσσος, μίλησε.",
     "Στέφανος Ρούσσος", "Αντιπρόεδρος του Ελληνικού Ινστιτούτου Αγροτικής και Περιφερειακής Ανάπτυξης (ΕΛΙΑΠΑ)"),
    ("Ο κ. Ιωάννου, ο οποίος εξελέγη Πρόεδρος, δήλωσε ότι συμφωνεί.", "Ιωάννου", "Πρόεδρος"),
])
def test_bracketed_acronym_and_predicates(extractor, text, name, title):
    roles = _roles(extractor.extract_text(text))
    assert [r[0] for r in roles[name]] == [title], roles


@pytest.mark.parametrize("text, expected", [
    # A signature: the role with its article on the line above the name.
    ("Ο Σύλλογος καλεί τα μέλη του στη συνέλευση.\n\nΟ Πρόεδρος\nΓιώργος Αντωνόπουλος\n\nΗ Γραμματέας\nΜαρία Ιωάννου\n",
     {"Γιώργος Αντωνόπουλος": ["Πρόεδρος"], "Μαρία Ιωάννου": ["Γραμματέας"]}),
    # A contact block: the name, then its role on the line below.
    ("Ο διαγωνισμός ολοκληρώθηκε.\n\nΕπικοινωνία:\nΕλένη Σταθοπούλου\nΥπεύθυνη Επικοινωνίας\nτηλ. 2101234567\n",
     {"Ελένη Σταθοπούλου": ["Υπεύθυνη Επικοινωνίας"]}),
])
def test_role_on_the_line_next_to_a_name(extractor, text, expected):
    roles = _roles(extractor.extract_text(text))
    for name, titles in expected.items():
        assert [r[0] for r in roles.get(name, [])] == titles, roles


def test_release_with_ranks_lists_and_brackets(extractor):
    text = ("Την εκδήλωση άνοιξε ο Πρύτανης, Καθηγητής Ανδρέας Λιάπης, ενώ χαιρετισμό απηύθυνε η "
            "Αντιπρύτανις Έρευνας Αναπληρώτρια Καθηγήτρια Ευαγγελία Μαυρίδου.\n\n"
            "Ακολούθησαν ομιλίες από τους: Δρ. Νικόλαο Σπανό (Ερευνητή Α΄, ΕΚΕΤΑ) και κ. George Miller (CTO, DataLab).\n")
    roles = _roles(extractor.extract_text(text))
    assert [r[0] for r in roles["Ανδρέας Λιάπης"]] == ["Πρύτανης", "Καθηγητής"], roles
    assert [r[0] for r in roles["Ευαγγελία Μαυρίδου"]] == ["Αντιπρύτανις Έρευνας", "Αναπληρώτρια Καθηγήτρια"], roles
    assert roles["Νικόλαος Σπανός"][0][0] == "Ερευνητής Α΄" and roles["Νικόλαος Σπανός"][0][1], roles
    assert roles["George Miller"][0][:2] == ("CTO", "DataLab"), roles


@pytest.mark.parametrize("text, name, titles", [
    ("Ο Πρόεδρος/Διευθύνων Σύμβουλος της εταιρείας, Γιώργος Σαββίδης, μίλησε για την πορεία.",
     "Γιώργος Σαββίδης", ["Πρόεδρος", "Διευθύνων Σύμβουλος"]),
    ("Η Μαρία Λάσκαρη, PhD, Αναπληρώτρια Καθηγήτρια Βιολογίας, παρουσίασε τα αποτελέσματα.",
     "Μαρία Λάσκαρη", ["Αναπληρώτρια Καθηγήτρια Βιολογίας"]),
    ("| Σταύρος Λιάκος | Ιδρυτής |\n| Δήμητρα Κανέλλη | Επιστημονική Συνεργάτιδα |\n",
     "Σταύρος Λιάκος", ["Ιδρυτής"]),
])
def test_slashes_degrees_and_table_cells(extractor, text, name, titles):
    roles = _roles(extractor.extract_text(text))
    assert [r[0] for r in roles[name]] == titles, roles


def test_place_or_body_read_as_a_person_is_relabelled(nlp):
    from spacy.tokens import Span

    from keryx.linking.people import PeopleResolver

    doc = nlp("Η επίσκεψη στην Κοζάνη και στο Πανεπιστήμιο Δυτικής Μακεδονίας ολοκληρώθηκε.")
    start = doc.text.index("Κοζάνη")
    kozani = doc.char_span(start, start + len("Κοζάνη"), label="PERSON")
    start = doc.text.index("Πανεπιστήμιο")
    uni = doc.char_span(start, start + len("Πανεπιστήμιο Δυτικής Μακεδονίας"), label="PERSON")
    ents = PeopleResolver().repair(doc, [kozani, uni])
    assert [(e.text, e.label_) for e in ents] == [("Κοζάνη", "GPE"), ("Πανεπιστήμιο Δυτικής Μακεδονίας", "ORG")]
    doc = nlp("Η ΟΠΑΝΔΑ ανακοίνωσε, ενώ ο ΤΣΙΠΡΑΣ δήλωσε.")
    acr = doc.char_span(2, 8, label="PERSON")
    start = doc.text.index("ΤΣΙΠΡΑΣ")
    name = doc.char_span(start, start + 7, label="PERSON")
    ents = PeopleResolver().repair(doc, [acr, name])
    assert [(e.text, e.label_) for e in ents] == [("ΟΠΑΝΔΑ", "ORG"), ("ΤΣΙΠΡΑΣ", "PERSON")]
    assert isinstance(ents[0], Span)


@pytest.mark.parametrize("text, name, title", [
    ("Ο Αμερικανός γερουσιαστής Μπέρνι Σάντερς μίλησε στο Κογκρέσο.", "Μπέρνι Σάντερς", "Γερουσιαστής"),
    ("Συναντήθηκε με τη Γερμανίδα καγκελάριο Άνγκελα Μέρκελ.", "Άνγκελα Μέρκελ", "Καγκελάριος"),
    ("Ο διευθυντής επικοινωνίας της εταιρείας, Γιώργος Ράπτης, ανακοίνωσε τα νέα.",
     "Γιώργος Ράπτης", "Διευθυντής Επικοινωνίας"),
])
def test_international_titles_and_lower_case_complements(extractor, text, name, title):
    roles = _roles(extractor.extract_text(text))
    assert [r[0] for r in roles[name]] == [title], roles


def test_plural_role_with_coordinated_qualifiers_goes_respectively(extractor):
    roles = _roles(extractor.extract_text(
        "Χαιρετισμοί από τους διευθυντές της Παιδιατρικής Κλινικής και της Καρδιολογικής Κλινικής, "
        "καθηγητές Θεόδωρο Μανωλά και Ευάγγελο Κυριαζή."))
    firsts = {name.split()[0]: [r[:2] for r in rs] for name, rs in roles.items()}
    assert firsts["Θεόδωρος"][0] == ("Διευθυντής της Παιδιατρικής Κλινικής", "Παιδιατρική Κλινική"), roles
    assert firsts["Ευάγγελος"][0] == ("Διευθυντής της Καρδιολογικής Κλινικής", "Καρδιολογική Κλινική"), roles


def test_role_qualifier_with_an_enumeration(extractor):
    roles = _roles(extractor.extract_text(
        "Τη μελέτη παρουσίασε η Γενική Διευθύντρια Αναστήλωσης, Μουσείων και Τεχνικών Έργων Δρ Ελένη Κουφάκη."))
    assert [r[0] for r in roles["Ελένη Κουφάκη"]] == ["Γενική Διευθύντρια Αναστήλωσης, Μουσείων και Τεχνικών Έργων"], roles


@pytest.mark.parametrize("text, name, role", [
    # news style: the role's genitive complement with its article, in lower case
    ("Νωρίτερα η επικεφαλής της κοινοβουλευτικής ομάδας Ελένη Σταματίου ζήτησε εξηγήσεις.",
     "Ελένη Σταματίου", "Επικεφαλής της κοινοβουλευτικής ομάδας"),
    # ... save a run of place-kind nouns, which only takes up a place named before
    ("Ο πρώην δήμαρχος της πρωτεύουσας της χώρας Αντώνης Ραφαηλίδης έχασε τις εκλογές.",
     "Αντώνης Ραφαηλίδης", "Πρώην Δήμαρχος"),
    # a capitalised genitive after an article inside such a complement
    ("Ο πρόεδρος της νεολαίας της Νέας Δημοκρατίας Ορέστης Καλλιγάς μίλησε στο συνέδριο.",
     "Ορέστης Καλλιγάς", "Πρόεδρος της νεολαίας της Νέας Δημοκρατίας"),
    ("Η υποψήφια δήμαρχος Κοζάνης Αναστασία Δρόσου παρουσίασε το πρόγραμμά της.",
     "Αναστασία Δρόσου", "Υποψήφια Δήμαρχος Κοζάνης"),
])
def test_news_style_role_complement_with_article(extractor, text, name, role):
    roles = _roles(extractor.extract_text(text))
    assert [r[0] for r in roles.get(name, [])] == [role], roles


@pytest.mark.parametrize("text, name, role", [
    ("Νωρίτερα ο περιφερειάρχης Θ. Καραγιαννίδης ανακοίνωσε τη χρηματοδότηση.", "Θ. Καραγιαννίδης", "Περιφερειάρχης"),
    ("Το τόνισε ο υφυπουργός Εξωτερικών Μ. Ρουσάκης στη συνέντευξή του.", "Μ. Ρουσάκης", "Υφυπουργός Εξωτερικών"),
])
def test_an_initial_between_role_and_surname(extractor, text, name, role):
    roles = _roles(extractor.extract_text(text))
    assert [r[0] for r in roles.get(name, [])] == [role], roles


def test_a_genitive_name_after_a_lower_case_role_is_no_holder(extractor):
    # "ο δικηγόρος του Χ": the lawyer of X; X holds no role
    roles = _roles(extractor.extract_text("Το επιβεβαίωσε ο δικηγόρος του Κώστα Ζαχαρίου στους δημοσιογράφους."))
    assert roles.get("Κώστας Ζαχαρίου") == [], roles


def test_candidate_in_lower_case_alone_is_an_adjective(extractor):
    # "οι υποψήφιοι αιμοδότες": prospective donors, no office; "υποψήφια δήμαρχος" is one
    rec = extractor.extract_text("Οι υποψήφιοι αιμοδότες πρέπει να είναι ενήλικες.")
    assert not [e for e in rec.entities if e.label == "ROLE"]


def test_a_role_inside_the_complement_is_the_names_own(extractor):
    # "συνεργάτη του προέδρου Χ": Χ is the president, not the aide
    roles = _roles(extractor.extract_text(
        "Συνάντησε τον Πέτρο Ζαχαρίου, στενό συνεργάτη του προέδρου Ανδρέα Μαυρίδη, στην Αθήνα."))
    assert [r[0] for r in roles.get("Ανδρέας Μαυρίδης", [])] == ["Πρόεδρος"], roles
