"""keryx_entity_rules on bodies: well-known names and court kinds the model missed or cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span


def _rules(nlp: Language, text: str, ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Run the entity repairs on ``text`` with the given entities standing in for the model's."""
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    doc = nlp.get_pipe("keryx_entity_rules")(doc)
    return [(e.label_, e.text) for e in doc.ents]


def test_a_well_known_body_cut_short_by_the_model_is_named_whole(nlp: Language) -> None:
    text = "Ο Πρύτανης του Εθνικού και Καποδιστριακού Πανεπιστημίου Αθηνών μίλησε."
    # the model saw only "Εθνικού και Καποδιστριακού"
    assert _rules(nlp, text, [(3, 6, "ORG")]) == [("ORG", "Εθνικού και Καποδιστριακού Πανεπιστημίου Αθηνών")]


def test_a_well_known_acronym_the_model_missed_is_a_body(nlp: Language) -> None:
    assert _rules(nlp, "Σύμφωνα με τον ΟΟΣΑ η ανεργία μειώθηκε.", []) == [("ORG", "ΟΟΣΑ")]


def test_a_court_kind_in_lower_case_is_a_body_but_not_its_plural(nlp: Language) -> None:
    assert _rules(nlp, "Κλιμάκιο της εισαγγελίας πρωτοδικών μετέβη εκεί.", []) == [("ORG", "εισαγγελίας πρωτοδικών")]
    assert _rules(nlp, "Οι εισαγγελίες πρωτοδικών ενημερώθηκαν.", []) == []


def test_a_span_headed_by_a_body_noun_is_a_body_whatever_the_model_said(nlp: Language) -> None:
    text = "Η ανακοίνωση του Δήμου Αθηναίων εκδόθηκε χθες."
    assert _rules(nlp, text, [(3, 5, "GPE")]) == [("ORG", "Δήμου Αθηναίων")]
    # a community is a place more often than a body: left as the model said
    assert _rules(nlp, "Στην Κοινότητα Λιτοχώρου έβρεξε.", [(1, 3, "GPE")]) == [("GPE", "Κοινότητα Λιτοχώρου")]


def test_the_wording_introduces_a_body(nlp: Language) -> None:
    text = "Ζήτησε να επιστρέψει στην εταιρεία «Ελαιόλαδα Κρήτης», απ' την οποία απολύθηκε."
    assert ("ORG", "Ελαιόλαδα Κρήτης") in _rules(nlp, text, [])
    # a programme in quotes is no body
    assert _rules(nlp, "Παρατείνεται το πρόγραμμα «Ψηφιακός Μετασχηματισμός Δήμων».", []) == []
    assert _rules(nlp, "Σεισμός σημειώθηκε στην Κάρπαθο. Με πληροφορίες από Rodiaki.gr", [(3, 4, "GPE")]) \
        == [("GPE", "Κάρπαθο"), ("ORG", "Rodiaki.gr")]
    assert _rules(nlp, "— Aegean_News24 (@AegeanNews) May 2, 2026", []) == [("ORG", "Aegean_News24")]


@pytest.mark.parametrize(("text", "bodies"), [
    # every name a source formula lists, a site's name in small Latin letters too
    ("Φωτιά ξέσπασε στο δάσος. Με πληροφορίες από kritinews, Βορειονέα και ΑΠΕ-ΜΠΕ/AFP",
     ["kritinews", "Βορειονέα", "ΑΠΕ-ΜΠΕ", "AFP"]),
    ("Ο οδηγός συνελήφθη, με πληροφορίες του Φάρου της Ηπείρου.", ["Φάρου της Ηπείρου"]),
    ("Η σορός εντοπίστηκε, με πληροφορίες της Ροδιακής.", ["Ροδιακής"]),
    ("Πηγή: Reuters, Bloomberg", ["Reuters", "Bloomberg"]),
    # the English label under a tech story, also glued to the sentence before it
    ("Ο νέος επεξεργαστής καταναλώνει λιγότερο.Site: Ars Technica", ["Ars Technica"]),
    # the indefinite article opens a sentence glued to the label: no source
    ("Η τιμή θα πέσει.Site: Μία ακόμη απώλεια σημειώθηκε χθες.", []),
    # a Greek noun after the formula names no body
    ("Ο ύποπτος συνελήφθη, με πληροφορίες από την αστυνομία.", []),
])
def test_the_names_a_source_formula_lists_are_bodies(nlp: Language, text: str, bodies: list[str]) -> None:
    assert [body for label, body in _rules(nlp, text, []) if label == "ORG"] == bodies


@pytest.mark.parametrize(("words", "i", "after"), [
    (["σεισμοσ", "με", "πληροφοριεσ", "απο", "x"], 1, 4),  # a formula at i
    (["πηγη", ":", "x"], 0, 2),
    (["με", "πληροφοριεσ", "απο"], 0, 3),  # one that ends the text
    (["με", "πληροφοριεσ"], 0, None),  # cut short by the end
    (["με", "τον", "δημαρχο"], 0, None),  # a formula's first word alone
    (["σεισμοσ", "με", "πληροφοριεσ", "απο"], 0, None),  # none starts at i
])
def test_a_source_formula_is_found_where_it_starts(nlp: Language, words: list[str], i: int, after: int | None) -> None:
    """Only words a formula may start with are tried: the answer is the same as trying every formula."""
    rules = nlp.get_pipe("keryx_entity_rules")
    assert rules._after_formula(words, i) == after


@pytest.mark.parametrize(("text", "body"), [
    ("Το ρεπορτάζ δημοσίευσε χθες η εφημερίδα «Πρωινή Γνώμη» στο πρωτοσέλιδό της.", "Πρωινή Γνώμη"),
    ("Η μελέτη δημοσιεύτηκε στο επιστημονικό περιοδικό «Nature Medicine» τον Μάρτιο.", "Nature Medicine"),
    ("Τα ευρήματα παρουσιάστηκαν στο περιοδικό ιατρικής και βιολογίας «Cell Reports».", "Cell Reports"),
    ("Ο υπουργός μίλησε στον ραδιοφωνικό σταθμό Parapolitika το πρωί.", "Parapolitika"),
    ("Σύμφωνα με στελέχη της «Northwind Logistics», οι αποστολές θα καθυστερήσουν.", "Northwind Logistics"),
    ("Το Σάββατο η «Εφημερίδα της Πόλης» κυκλοφορεί με ένθετο για τα παιδιά.", "Εφημερίδα της Πόλης"),
    ("Στη συζήτηση ήρθε και το αίτημα του οίκου μόδας Lavanda για φωτογράφιση.", "Lavanda"),
    ("Τα αποτελέσματα δημοσιεύθηκαν στην επιθεώρηση «Coastal Letters» τον Ιούνιο.", "Coastal Letters"),
    ("Ο δήμαρχος μίλησε χθες στον ραδιοσταθμό «Κύμα 96.2» για την απεργία.", "Κύμα 96.2"),
    ("Η βρετανική ταμπλόιντ «Morning Post» έγραψε για το περιστατικό.", "Morning Post"),
    # a media noun in apposition after the quoted title, with or without its article
    ("Ο «Ταχυδρόμος της Ημέρας», η εφημερίδα που ίδρυσε ο παππούς του, έκλεισε.", "Ταχυδρόμος της Ημέρας"),
    ("Το «Πανόραμα», περιοδικό της κοινότητας, κυκλοφορεί ξανά.", "Πανόραμα"),
])
def test_a_media_noun_or_a_feminine_article_before_a_name_makes_it_a_body(nlp: Language, text: str,
                                                                          body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, [])


def test_a_quoted_sentence_after_a_media_noun_and_a_verb_is_no_body(nlp: Language) -> None:
    # the quotes hold what the newspaper wrote, not its name
    assert _rules(nlp, "Η εφημερίδα έγραψε «Ο δήμαρχος παραιτείται» στο πρωτοσέλιδο.", []) == []
    # a Greek title in quotes after a feminine article is a work, not a company
    assert _rules(nlp, "Η «Οδύσσεια» παρουσιάζεται απόψε.", []) == []
    # an article is no complement of the media noun: "της Κυριακής" says which day
    assert _rules(nlp, "Η εφημερίδα της Κυριακής κυκλοφορεί με ένθετο.", []) == []


@pytest.mark.parametrize(("text", "body"), [
    ("Σκάφος του Λιμενικού περισυνέλεξε τους ναυαγούς.", "Λιμενικού"),
    ("Την ευθύνη ανέλαβε η Πυροσβεστική μετά τις έξι.", "Πυροσβεστική"),
    ("Οι προτάσεις της Κομισιόν συζητήθηκαν χθες.", "Κομισιόν"),
    ("ΤτΕ: αυξήθηκαν οι καταθέσεις τον Μάρτιο.", "ΤτΕ"),
    # a listed forum of states named by a letter and its count
    ("Οι υπουργοί Οικονομικών της G20 συναντήθηκαν χθες.", "G20"),
    ("Στη σύνοδο του G7 συζητήθηκε η ενέργεια.", "G7"),
])
def test_a_one_word_known_name_is_a_body(nlp: Language, text: str, body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, [])


@pytest.mark.parametrize("text", [
    "Όπως έγραψε η «Εφ.Συν.» την Τρίτη, η πρόταση άλλαξε.",
    "Μίλησε στην Εφ.Συν. για το νέο βιβλίο του.",
])
def test_a_listed_name_with_inner_dots_cut_by_the_tokenizer_is_one_body(nlp: Language, text: str) -> None:
    # the tokenizer cuts "Εφ.Συν." at its dots: the run written with no space between is the listed name
    assert ("ORG", "Εφ.Συν.") in _rules(nlp, text, [])


def test_a_dotted_run_in_another_letter_case_is_no_listed_name(nlp: Language) -> None:
    # "ε.ε." (the current year) is written like the listed "Ε.Ε." but in small letters
    assert _rules(nlp, "Η προθεσμία λήγει στις 24 Μαΐου ε.ε. σύμφωνα με την απόφαση.", []) == []


@pytest.mark.parametrize("text", [
    "Λιμενικό έργο αξίας δύο εκατομμυρίων ξεκινά.",  # a sentence start: any word is capitalised
    "Η Πυροσβεστική Υπηρεσία Ρεθύμνου ειδοποιήθηκε.",  # the first word of a longer name
])
def test_a_one_word_known_name_needs_to_stand_alone(nlp: Language, text: str) -> None:
    assert not any(label == "ORG" and len(span.split()) == 1 for label, span in _rules(nlp, text, []))


@pytest.mark.parametrize(("text", "ents", "teams"), [
    # the model's places on either side of the dash before a score are clubs
    ("Χθες: Καβάλα - Δράμα 2-1 και Πιερικός - Βέροια 0-0.", [(2, 3, "GPE"), (4, 5, "GPE")], ["Καβάλα", "Δράμα"]),
    ("Στο ντέρμπι Λάρισα – Τρίκαλα 1 - 1 δεν έγινε τίποτα.", [(2, 3, "GPE"), (4, 5, "GPE")], ["Λάρισα", "Τρίκαλα"]),
])
def test_names_on_either_side_of_a_score_are_teams(nlp: Language, text: str, ents: list[tuple[int, int, str]],
                                                   teams: list[str]) -> None:
    found = _rules(nlp, text, ents)
    assert all(("ORG", team) in found for team in teams)


def test_a_duration_between_two_towns_is_no_score(nlp: Language) -> None:
    doc = nlp("Η διαδρομή Αθήνα - Λαμία διαρκεί 2-3 ώρες με το λεωφορείο.")
    assert not any(e.label_ == "ORG" for e in doc.ents)


def test_an_ordinal_before_a_body_head_numbers_that_body(nlp: Language) -> None:
    text = "Οι αστυνομικοί του 5ου Αστυνομικού Τμήματος Πάτρας ερεύνησαν την υπόθεση."
    # the model saw the ordinal alone as a body and the head alone as a person
    assert _rules(nlp, text, [(3, 4, "ORG"), (5, 6, "PERSON")]) == [("ORG", "5ου Αστυνομικού Τμήματος Πάτρας")]
    # an ordinal before a common noun is left as the model said
    assert _rules(nlp, "Ο 3ος Γύρος αρχίζει αύριο.", [(1, 3, "EVENT")]) == [("EVENT", "3ος Γύρος")]


def test_two_sentences_glued_by_a_comma_are_no_body(nlp: Language) -> None:
    text = "Η σεζόν τελειώνει τον Μάιο.,«Θα παλέψουμε» είπε.,Μπάσκετ,Μπάσκετ"
    doc = nlp.make_doc(text)
    # the tokenizer splits the marks off ("Μάιο", ".", ",", "«", "Θα"); the model's span may still cross them
    glued = next(t.i for t in doc if t.text.startswith("Μάιο"))
    quote = next(t.i for t in doc if t.text.endswith("Θα")) + 1
    tags = next(t.i for t in doc if t.text.endswith("Μπάσκετ"))
    assert _rules(nlp, text, [(glued, quote, "ORG"), (tags, len(doc), "ORG")]) == []
    # after a sentence's end the name that follows the seam stays
    text = "Το είπε στους φιλάθλους.,«Η ΚΑΕ Κολοσσός στηρίζει τον προπονητή»."
    doc = nlp.make_doc(text)
    seam = next(t.i for t in doc if t.text.startswith("φιλάθλους"))
    end = next(t.i for t in doc if t.text == "Κολοσσός") + 1
    assert _rules(nlp, text, [(seam, end, "ORG")]) == [("ORG", "ΚΑΕ Κολοσσός")]


def test_a_listed_compound_acronym_with_a_spaced_dash_is_one_body(nlp: Language) -> None:
    text = "Όπως ανέφερε στο ΑΠΕ – ΜΠΕ ο πρόεδρος, οι εργασίες ολοκληρώνονται."
    assert _rules(nlp, text, [(3, 4, "ORG"), (5, 6, "ORG")]) == [("ORG", "ΑΠΕ – ΜΠΕ")]
    # two clubs of a match stay two
    assert _rules(nlp, "Το ΠΑΟΚ – ΑΕΚ λήξη 2-1.", [(1, 2, "ORG"), (3, 4, "ORG")]) == [("ORG", "ΠΑΟΚ"), ("ORG", "ΑΕΚ")]


def test_a_body_head_and_the_quoted_name_after_it_are_one_name(nlp: Language) -> None:
    text = "Η συναυλία θα γίνει στον Μουσικό Σύλλογο «Ορφέας» την Κυριακή."
    # the model tagged the head phrase and the quoted name apart
    assert _rules(nlp, text, [(5, 7, "ORG"), (8, 9, "ORG")]) == [("ORG", "Μουσικό Σύλλογο «Ορφέας»")]
    # an event's name in quotes after its head stays an event
    text = "Το Συνέδριο «Νέα Εποχή» ξεκινά αύριο."
    assert _rules(nlp, text, [(3, 5, "EVENT")]) == [("EVENT", "Νέα Εποχή")]


def test_a_laboratory_of_a_university_is_a_body_not_a_workshop(nlp: Language) -> None:
    text = "Το Εργαστήριο Ψηφιακών Μέσων του Πανεπιστημίου Πατρών παρουσίασε την έρευνα."
    assert _rules(nlp, text, [(1, 8, "ORG")]) == [("ORG", "Εργαστήριο Ψηφιακών Μέσων του Πανεπιστημίου Πατρών")]
    # without a body after it the word names a workshop, an event
    text = "Το Εργαστήριο Δημιουργικής Γραφής ξεκινά την Τρίτη."
    assert _rules(nlp, text, [(1, 4, "ORG")])[0] == ("EVENT", "Εργαστήριο Δημιουργικής Γραφής")


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # "Τροχαία", the traffic police, a listed body head: not "τροχαίο", a road accident
    ("Οι αστυνομικοί της Τροχαίας Κοζάνης έκαναν ελέγχους.", [(3, 5, "ORG")], [("ORG", "Τροχαίας Κοζάνης")]),
    ("Η Τροχαία Πειραιά έκλεισε τον δρόμο για δύο ώρες.", [(1, 3, "ORG")], [("ORG", "Τροχαία Πειραιά")]),
    # an event noun that heads no listed body still names an event
    ("Το Συνέδριο Ιστορικής Γεωγραφίας αρχίζει αύριο.", [(1, 4, "ORG")], [("EVENT", "Συνέδριο Ιστορικής Γεωγραφίας")]),
])
def test_a_body_head_that_shares_an_event_nouns_stem_stays_a_body(
        nlp: Language, text: str, ents: list[tuple[int, int, str]], expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == expected


def test_a_capitalised_unit_head_and_its_field_name_a_department(nlp: Language) -> None:
    text = "Μίλησε η Λέκτορας του Τμήματος Αρχειονομίας και Βιβλιοθηκονομίας για το έργο."
    assert _rules(nlp, text, []) == [("ORG", "Τμήματος Αρχειονομίας και Βιβλιοθηκονομίας")]
    # a head in a line of capitals, or before no genitive, is left alone
    assert _rules(nlp, "ΤΜΗΜΑ ΑΡΧΕΙΟΝΟΜΙΑΣ\nΗ ανακοίνωση εκδόθηκε.", []) == []
    assert _rules(nlp, "Στο Γραφείο Αθήνα δεν ήρθε κανείς.", []) == [("GPE", "Αθήνα")]


def test_a_first_name_that_is_a_body_head_before_a_surname_is_a_person(nlp: Language) -> None:
    text = "Τη σκηνοθεσία υπογράφει ο Δήμος Παπαδόπουλος, ενώ τη μουσική ο Δήμος Καλαμάτας ανέθεσε αλλού."
    doc = nlp.make_doc(text)
    assert [t.text for t in doc[4:6]] == ["Δήμος", "Παπαδόπουλος"]
    k = next(t.i for t in doc if t.text == "Καλαμάτας")
    assert _rules(nlp, text, [(4, 6, "ORG"), (k - 1, k + 1, "ORG")]) == [
        ("PERSON", "Δήμος Παπαδόπουλος"), ("ORG", "Δήμος Καλαμάτας")]


@pytest.mark.parametrize("surname", ["Σταυριώτης", "Καρανικολάκης", "Μεταξάτος", "Αβδελιώδης", "Κεσόγλου"])
def test_a_body_head_that_is_a_first_name_before_any_surname_ending_is_a_person(nlp: Language, surname: str) -> None:
    # the endings come from inflection.json's surname_endings, those only surnames have and those shared
    text = f"Στο βιβλίο του ο Δήμος {surname} γράφει για την πόλη."
    assert _rules(nlp, text, [(4, 6, "ORG")]) == [("PERSON", f"Δήμος {surname}")]


def test_a_body_head_before_a_word_in_no_surname_ending_stays_a_body(nlp: Language) -> None:
    assert _rules(nlp, "Στο βιβλίο του ο Δήμος Ωραιοκάστρου γράφει.", [(4, 6, "ORG")]) == [("ORG", "Δήμος Ωραιοκάστρου")]


@pytest.mark.parametrize(("text", "person", "name", "label"), [
    # the text names the person in full: the surname alone elsewhere is that person
    ("Ο Νικηφόρος Λαμπράκης μίλησε χθες. Σύμφωνα με τον Λαμπράκη, η συμφωνία είναι κοντά.",
     "Νικηφόρος Λαμπράκης", "Λαμπράκη", "PERSON"),
    # a person of one word in Greek script (a player in a line-up) is evidence too
    ("Σκόραρε ο Μπεναμού. Η σέντρα του Μπεναμού βρήκε το δοκάρι.", "Μπεναμού", "Μπεναμού", "PERSON"),
    # a company after a feminine article may carry its founder's name
    ("Ο Νικηφόρος Λαμπράκης ίδρυσε την εταιρεία. Η Λαμπράκης ανακοίνωσε κέρδη.",
     "Νικηφόρος Λαμπράκης", "Λαμπράκης", "ORG"),
    # a Latin-script word alone the model took for a person is no evidence ("ο EastMed")
    ("Ο Eastmed θα κατασκευαστεί. Η κατασκευή του EastMed ξεκινά.", "Eastmed", "EastMed", "ORG"),
])
def test_a_name_the_text_gives_a_person_is_that_person(nlp: Language, text: str, person: str, name: str,
                                                       label: str) -> None:
    doc = nlp.make_doc(text)
    words = [t.text for t in doc]
    p = words.index(person.split()[0])
    o = len(words) - 1 - words[::-1].index(name)  # the last mention: the model's body
    ents = [(p, p + len(person.split()), "PERSON"), (o, o + 1, "ORG")]
    assert (label, name) in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "body"), [
    ("Το ζήτημα ανέδειξε η «Πρωινή Ηχώ» όταν έκλεισαν τα περίπτερα της πόλης.", "Πρωινή Ηχώ"),
    ("Παράλληλα, η «Ηχώ» αναφέρει ότι ο δήμαρχος θα παραιτηθεί.", "Ηχώ"),
    ("Σύμφωνα με τη γαλλική «Λιμπερασιόν» και το «Daily Planet», η συμφωνία υπογράφεται τον Μάιο.", "Daily Planet"),
    # a title in the plural after "στα", "στους", or after "προς"
    ("«Δεν θα παραιτηθώ», λέει στα «Χρονικά» ο δήμαρχος της πόλης.", "Χρονικά"),
    ("Μιλώντας προς «Τα Απογευματινά», ο προπονητής ζήτησε υπομονή.", "Τα Απογευματινά"),
])
def test_a_quoted_name_a_verb_of_reporting_cites_is_a_body(nlp: Language, text: str, body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, [])


def test_a_quoted_title_or_a_one_letter_paper_is_no_cited_body(nlp: Language) -> None:
    # no verb of reporting: a play's title in quotes stays untagged
    assert _rules(nlp, "Η «Αντιγόνη» ανέβηκε στη σκηνή του θεάτρου χθες.", []) == []
    # «Κ» stands for a paper the reader must know; the guide names no such body
    assert _rules(nlp, "Σύμφωνα με πληροφορίες της «Κ», ο υπουργός θα παραιτηθεί.", []) == []


@pytest.mark.parametrize(("text", "ents", "label"), [
    # a company word of linking.json's list makes the name a body's, whatever the model said
    ("Η διανομή της ταινίας έγινε από την Aurora Films στις αίθουσες.", [(7, 9, "WORK_OF_ART")], "ORG"),
    ("Το δίκτυο θα κατασκευάσει η θυγατρική του ομίλου, Delta Telecom.", [(9, 11, "PERSON")], "ORG"),
    # a festival is an event, a museum a venue, a contest's class no body: left as the model said
    ("Η ταινία προβλήθηκε στο Aurora Film Festival τον Μάιο.", [(4, 7, "EVENT")], "EVENT"),
    ("Η χορωδία διαγωνίστηκε στην κατηγορία Mixed Youth Choirs χθες.", [(5, 8, "PERSON")], "PERSON"),
])
def test_a_latin_name_with_a_body_word_is_a_body(nlp: Language, text: str, ents: list[tuple[int, int, str]],
                                                 label: str) -> None:
    assert [lab for lab, _ in _rules(nlp, text, ents)] == [label]


def test_a_product_that_announces_is_the_company(nlp: Language) -> None:
    text = "Το Tweetly ανακοίνωσε χθες ότι σταματά τις πολιτικές διαφημίσεις."
    assert _rules(nlp, text, [(1, 2, "PRODUCT")]) == [("ORG", "Tweetly")]
    # a product that is no verb's subject stays one
    assert _rules(nlp, "Αγόρασε το Tweetly χθες.", [(2, 3, "PRODUCT")]) == [("PRODUCT", "Tweetly")]


@pytest.mark.parametrize("text, ents, people", [
    ("Η επιτροπή κάλεσε τους Γιώργο Παπαδάκη και Ελένη Σταθοπούλου σε ακρόαση.", [(4, 9, "ORG")],
     ["Γιώργο Παπαδάκη", "Ελένη Σταθοπούλου"]),
    ("Βραβεύτηκαν οι Μαρία Κωστάκη, Νίκος Λαμπρίδης και Άννα Ζερβού.", [(2, 10, "ORG")],
     ["Μαρία Κωστάκη", "Νίκος Λαμπρίδης", "Άννα Ζερβού"]),
])
def test_people_joined_by_and_are_people_no_body(nlp: Language, text: str, ents: list, people: list[str]) -> None:
    assert _rules(nlp, text, ents) == [("PERSON", p) for p in people]


@pytest.mark.parametrize("text, ents", [
    ("Το Ίδρυμα Ελένη και Γιώργος Παπαδάκης χρηματοδοτεί την έρευνα.", [(1, 6, "ORG")]),
    ("Η Έρευνα και Καινοτομία του ομίλου μεγαλώνει.", [(1, 4, "ORG")]),
])
def test_a_body_with_and_in_its_name_stays_a_body(nlp: Language, text: str, ents: list) -> None:
    assert [label for label, _ in _rules(nlp, text, ents)] == ["ORG"]


@pytest.mark.parametrize("text, ents, out", [
    # the span began inside the bracket: no name runs across it
    ("Το ανακοίνωσε η Εθνική Επιτροπή (του υπουργείου) Υγείας της Χώρας.", [(7, 12, "ORG")], None),
    # what follows the bracket is kept where a body's head of its own begins it
    ("Η εταιρεία (με έδρα στη Λάρισα) Ένωση Αγροτών Θεσσαλίας ανακοίνωσε.", [(5, 11, "ORG")],
     "Ένωση Αγροτών Θεσσαλίας"),
])
def test_a_span_that_closes_a_bracket_it_did_not_open_stops_at_it(nlp: Language, text: str, ents: list,
                                                                    out: str | None) -> None:
    found = _rules(nlp, text, ents)
    assert not any(")" in name for _, name in found)
    assert out is None or ("ORG", out) in found


@pytest.mark.parametrize("text, ents, body", [
    ("Η έκθεση θα γίνει στο Κέντρο Πολιτισμού «Ελληνικός Κόσμος» τον Μάρτιο.", [(5, 7, "ORG")],
     "Κέντρο Πολιτισμού «Ελληνικός Κόσμος»"),
    ("Μίλησε ο πρόεδρος του Συλλόγου Γονέων «Η Ελπίδα» χθες.", [(4, 6, "ORG")], "Συλλόγου Γονέων «Η Ελπίδα»"),
])
def test_a_body_named_with_its_complement_takes_the_quoted_name_after_it(nlp: Language, text: str, ents: list,
                                                                          body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a name with its signed change in a clause about shares: a listed company, whatever the model saw
    ("Άνοδο σημείωσαν οι μετοχές της Κορίνθου (+3,67% στα 1,9 ευρώ) και της Alpha Beta (+1,2%).",
     [(5, 6, "GPE")], [("ORG", "Κορίνθου"), ("ORG", "Alpha Beta")]),
    ("Τη μεγαλύτερη πτώση σημείωσαν οι μετοχές: Αλφάδης -9,09%, Ζήτα Ύφανση -4,10% και ΚΑΠΑ +1,5%.",
     [(7, 8, "PERSON")], [("ORG", "Αλφάδης"), ("ORG", "Ζήτα Ύφανση"), ("ORG", "ΚΑΠΑ")]),
    # in a clause about indices the names are sectors, no bodies
    ("Κέρδη κατέγραψαν οι δείκτες των Ναυτιλιακών (+0,84%) και των Χημικών (+2,15%).",
     [(5, 6, "ORG")], []),
])
def test_a_name_with_its_share_change_is_a_company(nlp: Language, text: str, ents: list[tuple[int, int, str]],
                                                    expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the quoted name right after a verb of speaking or publishing and "στην/στον/στο": the medium
    ("Ο υπουργός μίλησε στην «Πρωινή Ώρα» για τα μέτρα.", [("ORG", "Πρωινή Ώρα")]),
    ("Μιλώντας στον «Ράδιο 99,5», ο δήμαρχος ζήτησε βοήθεια.", [("ORG", "Ράδιο 99,5")]),
    ("Το άρθρο δημοσιεύθηκε στην «Ν» την Κυριακή.", [("ORG", "Ν")]),
    # a quoted phrase after "στο" without such a verb is no medium
    ("Τα παιδιά έπαιξαν στο «Κρυφτό» όλο το απόγευμα.", []),
])
def test_a_quoted_name_one_spoke_to_is_a_medium(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, []) == expected


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a party, a company, a foundation abroad: the body noun (over its genitive complements) says
    # what the name in Latin script after it names, whatever the model took it for
    ("Οι βουλευτές του φιλελεύθερου κόμματος Venstre ψήφισαν υπέρ.", [(5, 6, "PERSON")], [("ORG", "Venstre")]),
    ("Η εξαγορά της εταιρείας λογισμικού Nordsoft ολοκληρώθηκε χθες.", [], [("ORG", "Nordsoft")]),
    ("Μίλησε ο διευθυντής του γραφείου του ιδρύματος Konrad Adenauer στην Αθήνα.", [(10, 11, "GPE")],
     [("ORG", "Konrad Adenauer"), ("GPE", "Αθήνα")]),
    ("Σύμφωνα με το εθνικό κέντρο κυβερνοασφάλειας Cyberwatch, η επίθεση απέτυχε.", [(6, 7, "PRODUCT")],
     [("ORG", "Cyberwatch")]),
    # the body noun in the genitive is no complement to step over, and a person the model saw there is the body
    ("Μέλη της οργάνωσης Silver Horizon διαδήλωσαν.", [(3, 5, "PERSON")], [("ORG", "Silver Horizon")]),
    ("Ερευνητές της ομάδας Deep Field δημοσίευσαν την εικόνα.", [(3, 5, "PERSON")], [("ORG", "Deep Field")]),
    # a movement is a body: "κίνημα", like "κίνηση"
    ("Υποστηρικτές του κινήματος Green Wave βγήκαν στους δρόμους.", [(3, 5, "PRODUCT")], [("ORG", "Green Wave")]),
    # a person after the comma is the body's officer, not its name
    ("Ο πρόεδρος της εταιρείας, Li Wen, μίλησε χθες.", [(5, 7, "PERSON")], [("PERSON", "Li Wen")]),
])
def test_a_latin_name_after_a_body_noun_is_the_body(nlp: Language, text: str, ents: list[tuple[int, int, str]],
                                                    expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == expected


@pytest.mark.parametrize(("text", "ents"), [
    # a venue, an operation, a series of events: no body
    ("Τα παιδιά έπαιζαν στο εμπορικό κέντρο Galleria όλο το απόγευμα.", []),
    ("Η επιχείρηση Desert Shield ξεκίνησε τον Αύγουστο.", []),
    ("Ο θεσμός Summer Nights επιστρέφει φέτος.", []),
    # what the model took for a place or a venue stays so
    ("Η συναυλία έγινε στο κέντρο Lincoln Center της πόλης.", [(5, 7, "FAC")]),
])
def test_no_body_from_a_latin_name_after_a_noun_of_another_sense(nlp: Language, text: str,
                                                                 ents: list[tuple[int, int, str]]) -> None:
    assert all(label != "ORG" for label, _ in _rules(nlp, text, ents))


@pytest.mark.parametrize(("text", "word"), [
    ("Οι κάτοικοι ζητούν ΑΜΕΣΑ λύση για τον δρόμο.", "ΑΜΕΣΑ"),
    ("Η απόφαση του συμβουλίου ήταν ΑΠΟΛΥΤΩΣ σωστή, είπε ο δήμαρχος.", "ΑΠΟΛΥΤΩΣ"),
    ("Η ΑΛΗΘΕΙΑ είναι ότι κανείς δεν περίμενε τόσο κόσμο στην πλατεία.", "ΑΛΗΘΕΙΑ"),
])
def test_a_greek_word_set_in_capitals_for_emphasis_is_no_body(nlp: Language, text: str, word: str) -> None:
    doc = nlp.make_doc(text)
    i = next(t.i for t in doc if t.text == word)
    assert ("ORG", word) not in _rules(nlp, text, [(i, i + 1, "ORG")])


@pytest.mark.parametrize(("text", "word"), [
    ("Ο ΣΥΡΙΖΑ ζήτησε εξηγήσεις από την κυβέρνηση για τις προσλήψεις.", "ΣΥΡΙΖΑ"),
    ("Το ΑΣΕΠ ανακοίνωσε τα αποτελέσματα του διαγωνισμού.", "ΑΣΕΠ"),
    ("Η θεατρική ομάδα ΦΛΟΓΑ ανεβάζει νέα παράσταση.", "ΦΛΟΓΑ"),
    ("Οι εθελοντές του ΚΥΚΛΟΥ καθάρισαν την παραλία.", "ΚΥΚΛΟΥ"),
])
def test_an_acronym_or_a_word_chosen_as_a_name_stays_a_body(nlp: Language, text: str, word: str) -> None:
    doc = nlp.make_doc(text)
    i = next(t.i for t in doc if t.text == word)
    assert ("ORG", word) in _rules(nlp, text, [(i, i + 1, "ORG")])


_WORDS = ["πλατεια", "σχολειο", "ταξιδι", "λιμανι", "παιδια", "δημαρχοσ", "α", "ωωωωω", "ελαια", "ελαιολαδο"]


@pytest.mark.parametrize("word", [*_WORDS, "", "πλατ", "πλατειασ", "σχολεια", "ζζζζζ", "αα", "ωωωωωω", "ελαι"])
def test_sorted_words_hold_the_words_of_a_set(word: str) -> None:
    from keryx.components.entity_rules import SortedWords

    words = SortedWords(iter(_WORDS))
    assert len(words) == len(_WORDS)
    assert (word in words) is (word in set(_WORDS))
    assert ("" in SortedWords([])) is False and len(SortedWords([])) == 0


def test_accented_words_are_the_long_keys_written_with_an_accent(tmp_path: Path) -> None:
    """Five letters or more, and an accent in the usual spelling: the keys a word in capitals asks for."""
    import srsly

    from keryx.components.entity_rules import accented_words

    # a diaeresis alone is no accent ("σκαϊ"); "νερό" is too short to ask
    lexicon = {"πλατεια": "πλατεία", "σχολειο": "σχολείο", "νερο": "νερό", "σκαιακ": "σκαϊακ", "καρτα": "κάρτα",
               "προυπολογισμοσ": "προϋπολογισμός"}
    srsly.write_gzip_json(tmp_path / "rules.json.gz", {"rules": {}, "lexicon": lexicon, "plain": ["αγορα"]})
    words = accented_words(str(tmp_path))
    assert {w for w in [*lexicon, "αγορα"] if w in words} == {"πλατεια", "σχολειο", "καρτα", "προυπολογισμοσ"}


def test_a_word_in_capitals_listed_with_names_in_capitals_stays_a_body(nlp: Language) -> None:
    text = "Με άνοδο έκλεισαν οι μετοχές ΣΕΛΗΝΗ, ΚΡΙΖΑΝ και ΜΠΟΡΕΞ."
    doc = nlp.make_doc(text)
    ents = [(t.i, t.i + 1, "ORG") for t in doc if t.text in ("ΣΕΛΗΝΗ", "ΚΡΙΖΑΝ", "ΜΠΟΡΕΞ")]
    assert ("ORG", "ΣΕΛΗΝΗ") in _rules(nlp, text, ents)


def _at(nlp: Language, text: str, phrase: str, label: str) -> tuple[int, int, str]:
    """The token range of ``phrase`` in ``text`` with ``label``: an entity the model might give."""
    doc = nlp.make_doc(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None
    return span.start, span.end, label


@pytest.mark.parametrize(("text", "seen", "body"), [
    ("Κατά το Ελληνικό Κέντρο για την Προστασία και τη Διάσωση των Θαλασσίων Θηλαστικών, οι φώκιες αυξάνονται.",
     "Ελληνικό Κέντρο", "Ελληνικό Κέντρο για την Προστασία και τη Διάσωση των Θαλασσίων Θηλαστικών"),
    # the model may stop inside the aim: the rest of it joins
    ("Σύμφωνα με το Εθνικό Κέντρο για την Υποστήριξη και τη Φροντίδα των Ηλικιωμένων, οι αιτήσεις αυξάνονται.",
     "Εθνικό Κέντρο για την Υποστήριξη", "Εθνικό Κέντρο για την Υποστήριξη και τη Φροντίδα των Ηλικιωμένων"),
    ("Μέλη της Ομάδας Εθελοντών κατά της Φτώχειας μοίρασαν τρόφιμα στην πλατεία.",
     "Ομάδας Εθελοντών", "Ομάδας Εθελοντών κατά της Φτώχειας"),
    ("Την υπόθεση χειρίζεται το Τμήμα Ερευνών κατά Κλοπών και Απατών από χθες.",
     "Τμήμα Ερευνών", "Τμήμα Ερευνών κατά Κλοπών και Απατών"),
    # a place after the aim is the body's seat, outside it
    ("Ο φάκελος στάλθηκε στην Εισαγγελία κατά της Λαθρεμπορίας της Βουλγαρίας.",
     "Εισαγγελία", "Εισαγγελία κατά της Λαθρεμπορίας"),
])
def test_a_body_s_name_goes_on_with_the_capitalised_words_of_its_aim(nlp: Language, text: str, seen: str,
                                                                     body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, [_at(nlp, text, seen, "ORG")])


@pytest.mark.parametrize(("text", "seen", "other"), [
    # what the body speaks of: a place, a person, a company in Latin letters, an acronym, another body
    ("Η Ευρωπαϊκή Επιτροπή για την Ελλάδα εκτιμά ότι η ανάπτυξη θα επιταχυνθεί.", "Ευρωπαϊκή Επιτροπή",
     ("Ελλάδα", "GPE")),
    ("Ο εκπρόσωπος του Συλλόγου Γονέων για τον Γιώργο Παπαδάκη μίλησε στους δημοσιογράφους.", "Συλλόγου Γονέων",
     ("Γιώργο Παπαδάκη", "PERSON")),
    ("Η απόφαση της Επιτροπής Ανταγωνισμού για την Aegean ανακοινώθηκε χθες.", "Επιτροπής Ανταγωνισμού", None),
    ("Η ανακοίνωση του Εργατικού Κέντρου για τη ΔΕΗ εκδόθηκε το πρωί.", "Εργατικού Κέντρου", None),
    ("Η πρόταση της Ένωσης Ξενοδόχων για το Ταμείο Ανάκαμψης συζητήθηκε.", "Ένωσης Ξενοδόχων", None),
    # words in small letters are no part of a name
    ("Το Κέντρο Νεότητας για την καθαριότητα των ακτών συνεδρίασε.", "Κέντρο Νεότητας", None),
])
def test_what_a_body_speaks_of_is_no_aim_of_its_name(nlp: Language, text: str, seen: str,
                                                    other: tuple[str, str] | None) -> None:
    ents = [_at(nlp, text, seen, "ORG")] + ([_at(nlp, text, *other)] if other else [])
    assert ("ORG", seen) in _rules(nlp, text, ents)


def test_a_listed_body_or_an_acronym_takes_no_aim(nlp: Language) -> None:
    text = "Η ανακοίνωση του ΚΚΕ για την Παιδεία εκδόθηκε χθες."
    assert ("ORG", "ΚΚΕ") in _rules(nlp, text, [_at(nlp, text, "ΚΚΕ", "ORG")])
    # a listed body's name is whole: what follows is what it decided on
    text = "Η έκθεση της Ευρωπαϊκής Επιτροπής για την Ανεργία των Νέων δημοσιεύτηκε."
    assert ("ORG", "Ευρωπαϊκής Επιτροπής") in _rules(nlp, text, [_at(nlp, text, "Ευρωπαϊκής Επιτροπής", "ORG")])


def test_a_heading_s_capitals_make_no_aim(nlp: Language) -> None:
    text = "Πρόσκληση Γραφείου Διασύνδεσης Αποφοίτων για την Πρακτική Άσκηση\nΤο γραφείο δέχεται αιτήσεις."
    assert ("ORG", "Γραφείου Διασύνδεσης Αποφοίτων") in _rules(nlp, text, [_at(nlp, text, "Γραφείου Διασύνδεσης Αποφοίτων", "ORG")])


def test_a_feast_is_no_aim_of_a_body_s_name(nlp: Language) -> None:
    text = "Το μήνυμα του Φιλανθρωπικού Συλλόγου για το Πάσχα διαβάστηκε στην εκκλησία."
    ents = [_at(nlp, text, "Φιλανθρωπικού Συλλόγου", "ORG"), _at(nlp, text, "Πάσχα", "EVENT")]
    assert ("ORG", "Φιλανθρωπικού Συλλόγου") in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "body", "organ"), [
    ("Το ψήφισμα υιοθέτησε χθες η Γενική Συνέλευση του ΟΑΣΕ με ευρεία πλειοψηφία.", "ΟΑΣΕ", "Γενική Συνέλευση"),
    ("Για τη μετανάστευση μίλησε ο βουλευτής στην Κοινοβουλευτική Συνέλευση της Ένωσης Μεσογειακών Κρατών.",
     "Ένωσης Μεσογειακών Κρατών", "Κοινοβουλευτική Συνέλευση"),
    ("Η πρόταση έφτασε την Πέμπτη στην ολομέλεια της Γενικής Συνέλευσης του ΟΑΣΕ.", "ΟΑΣΕ", "Γενικής Συνέλευσης"),
])
def test_a_head_that_also_names_a_meeting_names_an_organ_after_its_modifier(nlp: Language, text: str, body: str,
                                                                             organ: str) -> None:
    assert ("ORG", organ) in _rules(nlp, text, [_at(nlp, text, body, "ORG")])


@pytest.mark.parametrize(("text", "body"), [
    # no capitalised modifier: the meeting of the body's members
    ("Η Συνέλευση του ΟΑΣΕ θα συνεδριάσει ξανά τον Μάιο.", "ΟΑΣΕ"),
    ("Η ετήσια συνέλευση του ΟΑΣΕ θα γίνει τον Μάιο.", "ΟΑΣΕ"),
    # in the plural a kind of unit, no one organ
    ("Τα δείγματα εξετάζουν τα Μικροβιολογικά Εργαστήρια του Ινστιτούτου Παστέρ.", "Ινστιτούτου Παστέρ"),
])
def test_a_head_that_also_names_a_meeting_alone_or_plural_is_no_organ(nlp: Language, text: str, body: str) -> None:
    assert _rules(nlp, text, [_at(nlp, text, body, "ORG")]) == [("ORG", body)]


@pytest.mark.parametrize(("text", "ents", "body"), [
    # a building, a person, an event to the model, or nothing: the feminine article says company
    ("Η Corvane πήρε μέρος στη συνάντηση.", [(1, 2, "FAC")], "Corvane"),
    ("Τη Velmora Tide εκπροσώπησε ο Νίκος Αλεξίου.", [(1, 3, "PERSON")], "Velmora Tide"),
    ("Την πρόταση της Harlow Brothers συζήτησαν χθες.", [(3, 5, "EVENT")], "Harlow Brothers"),
    ("Ο αγώνας της Quillon League ξεκινά αύριο.", [(3, 5, "EVENT")], "Quillon League"),
    ("Οι ηγέτες της G9 συναντήθηκαν χθες.", [], "G9"),
    # a place to the model: Greek writes a foreign place in its own letters, a company's name in Latin
    ("Τα κέρδη της Corvane αυξήθηκαν φέτος.", [(3, 4, "GPE")], "Corvane"),
    ("Η Velmora Tide ανακοίνωσε νέες προσλήψεις.", [(1, 3, "LOC")], "Velmora Tide"),
])
def test_latin_words_after_a_feminine_article_name_a_company(nlp: Language, text: str,
                                                              ents: list[tuple[int, int, str]], body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, ents)


def test_a_company_cut_from_the_person_the_model_joined_it_to(nlp: Language) -> None:
    text = "Μίλησε ο πρόεδρος της Brightwater Νίκος Αλεξίου χθες."
    assert _rules(nlp, text, [(4, 7, "PERSON")]) == [("ORG", "Brightwater"), ("PERSON", "Νίκος Αλεξίου")]


@pytest.mark.parametrize(("text", "ents"), [
    # a woman: a woman's given name of the public list, an honorific, a surname the text gives a person
    ("Η Margaret Holloway δήλωσε ότι θα παραιτηθεί.", [(1, 3, "PERSON")]),
    ("Η Dr Holloway δήλωσε ότι θα παραιτηθεί.", [(2, 3, "PERSON")]),
    ("Η Jane Holloway μίλησε. Η ομιλία της Holloway άρεσε.", [(1, 3, "PERSON"), (8, 9, "PERSON")]),
    # what stands after «στη(ν)» stays where, unless the model took it for a thing
    ("Ζει στην Tallbridge εδώ και χρόνια.", []),
    ("Μετακόμισε στη Northfield Park το 2019.", [(2, 4, "PERSON")]),
    ("Έφτασε χθες στην Tallbridge με το τρένο.", [(3, 4, "GPE")]),
    # one of a list of people
    ("Ήρθαν ο Πέτρος Ζαχαρίου, η Lady Marlow και ο Άρης Δούκας.",
     [(2, 4, "PERSON"), (6, 8, "PERSON"), (10, 12, "PERSON")]),
    # a single letter
    ("Στο σχέδιο σημειώνεται η A.", []),
])
def test_no_company_from_a_woman_a_place_or_a_model_after_a_feminine_article(
        nlp: Language, text: str, ents: list[tuple[int, int, str]]) -> None:
    assert not any(label == "ORG" for label, _ in _rules(nlp, text, ents))


@pytest.mark.parametrize(("text", "seen", "expected"), [
    # a body's own proper name ends its name: the place in the genitive after it is its seat
    ("Επιστήμονες του Ινστιτούτου Παστέρ της Γαλλίας ανέλυσαν τα δείγματα.",
     "Ινστιτούτου Παστέρ της Γαλλίας", [("ORG", "Ινστιτούτου Παστέρ"), ("GPE", "Γαλλίας")]),
    ("Το Ινστιτούτο Ρόμπερτ Κοχ της Γερμανίας ανακοίνωσε νέα στοιχεία.",
     "Ινστιτούτο Ρόμπερτ Κοχ της Γερμανίας", [("ORG", "Ινστιτούτο Ρόμπερτ Κοχ"), ("GPE", "Γερμανίας")]),
    ("Δύο επιστήμονες από το Πανεπιστήμιο Otago της Νέας Ζηλανδίας κατέγραψαν τα πουλιά.",
     "Πανεπιστήμιο Otago της Νέας Ζηλανδίας", [("ORG", "Πανεπιστήμιο Otago"), ("GPE", "Νέας Ζηλανδίας")]),
    # after a field in the genitive the place tells which body of its kind: part of the name
    ("Το Υπουργείο Υγείας της Ιταλίας ανακοίνωσε νέα μέτρα.",
     "Υπουργείο Υγείας της Ιταλίας", [("ORG", "Υπουργείο Υγείας της Ιταλίας")]),
    ("Το Υπουργείο Περιβάλλοντος της Ισπανίας ενέκρινε το σχέδιο.",
     "Υπουργείο Περιβάλλοντος της Ισπανίας", [("ORG", "Υπουργείο Περιβάλλοντος της Ισπανίας")]),
    # an own name that is a place itself, and no word between head and place: whole
    ("Το Πανεπιστήμιο Καλιφόρνια του Λος Άντζελες δέχθηκε τους φοιτητές.",
     "Πανεπιστήμιο Καλιφόρνια του Λος Άντζελες", [("ORG", "Πανεπιστήμιο Καλιφόρνια του Λος Άντζελες")]),
    ("Το Δημοτικό Συμβούλιο του Μπέρμιγχαμ ψήφισε τον προϋπολογισμό.",
     "Δημοτικό Συμβούλιο του Μπέρμιγχαμ", [("ORG", "Δημοτικό Συμβούλιο του Μπέρμιγχαμ")]),
    ("Η Ελλάδα είναι μέλος του Συμβουλίου της Ευρώπης από το 1949.",
     "Συμβουλίου της Ευρώπης", [("ORG", "Συμβουλίου της Ευρώπης")]),
])
def test_a_place_after_a_body_s_own_name_is_its_seat(nlp: Language, text: str, seen: str,
                                                     expected: list[tuple[str, str]]) -> None:
    found = _rules(nlp, text, [_at(nlp, text, seen, "ORG")])
    assert [e for e in found if e[0] in ("ORG", "GPE") and e[1] != "Ελλάδα"] == expected


@pytest.mark.parametrize(("text", "ents", "entity"), [
    # a body's name in Latin script the model cut at a lower-case particle of its language
    ("Το δημοσίευμα της εφημερίδας Harbury on Sunday προκάλεσε αντιδράσεις.", [(4, 5, "ORG")],
     ("ORG", "Harbury on Sunday")),
    ("Σύμφωνα με την Gazzetta della Valle, ο προπονητής παραιτήθηκε.", [(3, 4, "ORG")],
     ("ORG", "Gazzetta della Valle")),
    ("Το ρεπορτάζ της Morgen am Abend κυκλοφόρησε χθες.", [(3, 4, "ORG")], ("ORG", "Morgen am Abend")),
    # the model's two pieces of one name
    ("Έγραψε η Corriere della Notte ότι η συμφωνία κλείνει.", [(2, 3, "ORG"), (4, 5, "ORG")],
     ("ORG", "Corriere della Notte")),
    # a person's name across the particle of a surname
    ("Ο σκηνοθέτης Matteo di Lorenzo παρουσίασε την ταινία.", [(2, 3, "PERSON")],
     ("PERSON", "Matteo di Lorenzo")),
])
def test_a_latin_name_goes_on_across_its_lower_case_particles(nlp: Language, text: str,
                                                              ents: list[tuple[int, int, str]],
                                                              entity: tuple[str, str]) -> None:
    assert entity in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents", "kept"), [
    # two people joined by a conjunction stay two
    ("Οι Tom Harlow and Jim Baker μίλησαν χθες.", [(1, 3, "PERSON"), (4, 6, "PERSON")],
     [("PERSON", "Tom Harlow"), ("PERSON", "Jim Baker")]),
    # a lower-case word of a sentence, no name, after the particle
    ("Η Brightwater Labs of course δεν απάντησε.", [(1, 3, "ORG")], [("ORG", "Brightwater Labs")]),
    # no person joined to the body before it
    ("Η Brightwater Labs and Tom Harlow υπέγραψαν.", [(1, 3, "ORG"), (4, 6, "PERSON")],
     [("ORG", "Brightwater Labs"), ("PERSON", "Tom Harlow")]),
    # two bodies a conjunction joins stay two
    ("Συμφώνησαν η Harlow Gruppe und Velmora Werke χθες.", [(2, 4, "ORG"), (5, 7, "ORG")],
     [("ORG", "Harlow Gruppe"), ("ORG", "Velmora Werke")]),
    # English "of" the model reads already: where it stopped, the rest is no body's name
    ("Η Velmora ασχολείται με το Internet of Things εδώ και χρόνια.", [(5, 6, "ORG")],
     [("ORG", "Velmora"), ("ORG", "Internet")]),
])
def test_no_latin_name_across_a_particle_to_no_name_or_another_entity(
        nlp: Language, text: str, ents: list[tuple[int, int, str]], kept: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == kept


@pytest.mark.parametrize(("text", "ents", "out"), [
    # a Latin-script name alone in parentheses after a body's Greek name: that body's own name or acronym
    ("Ερευνητές του Ευρωπαϊκού Κέντρου Διαστημικών Ερευνών (ESRC) ανακοίνωσαν τα αποτελέσματα.",
     [(2, 6, "ORG"), (7, 8, "GPE")], [("ORG", "Ευρωπαϊκού Κέντρου Διαστημικών Ερευνών"), ("ORG", "ESRC")]),
    ("Η μελέτη της Οικονομικής Σχολής του Μιλάνου (Bocconi) δημοσιεύθηκε χθες.",
     [(3, 7, "ORG"), (8, 9, "FAC")], [("ORG", "Οικονομικής Σχολής του Μιλάνου"), ("ORG", "Bocconi")]),
    # a Greek name there says where; after a Latin-script name, or not alone in the parentheses, it stays
    ("Η συνάντηση του Εμπορικού Επιμελητηρίου (Λάρισα) έγινε χθες.",
     [(3, 5, "ORG"), (6, 7, "GPE")], [("ORG", "Εμπορικού Επιμελητηρίου"), ("GPE", "Λάρισα")]),
    ("Ο όμιλος Nordwind (Berlin) ανακοίνωσε κέρδη.", [(2, 3, "ORG"), (4, 5, "GPE")],
     [("ORG", "Nordwind"), ("GPE", "Berlin")]),
    ("Η έκθεση του Εμπορικού Επιμελητηρίου (Berlin, 2019) άνοιξε χθες.", [(3, 5, "ORG"), (6, 7, "GPE")],
     [("ORG", "Εμπορικού Επιμελητηρίου"), ("GPE", "Berlin")]),
])
def test_a_latin_name_in_parentheses_after_a_greek_body_name_is_that_body(
        nlp: Language, text: str, ents: list[tuple[int, int, str]], out: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == out


def _words(nlp: Language, text: str, words: str, label: str) -> tuple[int, int, str]:
    """The token range of ``words`` in ``text`` with a label, as the model might have tagged it."""
    toks = [t.text for t in nlp.make_doc(text)]
    n = len(words.split())
    start = next(i for i in range(len(toks)) if " ".join(toks[i:i + n]) == words)
    return start, start + n, label


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # a role's genitive complement run into the holder's name: the body stays, the name is a person
    ("Μίλησε ο πρόεδρος του Εθνικού Συμβουλίου Πέτρος Αλεξίου για το θέμα.",
     [("Εθνικού Συμβουλίου Πέτρος Αλεξίου", "ORG")], [("ORG", "Εθνικού Συμβουλίου"), ("PERSON", "Πέτρος Αλεξίου")]),
    ("Μίλησε χθες ο εκπρόσωπος του Κρεμλίνου Ιβάν Σμιρνόφ στους δημοσιογράφους.",
     [("Κρεμλίνου Ιβάν Σμιρνόφ", "PERSON")], [("PERSON", "Ιβάν Σμιρνόφ")]),
    # a bare body head takes a person's name as its own
    ("Μίλησε ο πρόεδρος του Ιδρύματος Σταύρος Νιάρχος για το θέμα.",
     [("Ιδρύματος Σταύρος Νιάρχος", "ORG")], [("ORG", "Ιδρύματος Σταύρος Νιάρχος")]),
    # no role before the article: a body named so
    ("Η έδρα του Εθνικού Συμβουλίου Πέτρος Αλεξίου βρίσκεται εκεί.",
     [("Εθνικού Συμβουλίου Πέτρος Αλεξίου", "ORG")], [("ORG", "Εθνικού Συμβουλίου Πέτρος Αλεξίου")]),
    # a name right after a role noun is the person it names, whatever the model took it for
    ("Βραβεύτηκε ο αστυνομικός George Brown για τη διάσωση.", [("George Brown", "ORG")], [("PERSON", "George Brown")]),
    ("Μίλησε η καθηγήτρια, Carol Smith, στο συνέδριο.", [("Carol Smith", "ORG")], [("PERSON", "Carol Smith")]),
    # after an article it is a body named after a person
    ("Μίλησε ο πρόεδρος της Robert Bosch στο συνέδριο.", [("Robert Bosch", "ORG")], [("ORG", "Robert Bosch")]),
    # a name the model left untagged after a role's complement
    ("Μίλησε ο πρόεδρος της Ελληνικής Ομοσπονδίας Γιώργος Αλεξίου για το θέμα.",
     [("Ελληνικής Ομοσπονδίας", "ORG")], [("ORG", "Ελληνικής Ομοσπονδίας"), ("PERSON", "Γιώργος Αλεξίου")]),
    # a known place, the role's complement, run into the name after it: the place stays, the rest is a person
    ("Ο φοιτητής της Φλόριντα Όστιν Μέρφι συνελήφθη χθες.",
     [("Φλόριντα Όστιν Μέρφι", "PERSON")], [("GPE", "Φλόριντα"), ("PERSON", "Όστιν Μέρφι")]),
    ("Μίλησε ο δήμαρχος της Νέας Υόρκης Τζον Μάρλοου για το θέμα.",
     [("Νέας Υόρκης Τζον Μάρλοου", "PERSON")], [("GPE", "Νέας Υόρκης"), ("PERSON", "Τζον Μάρλοου")]),
    # the place goes on into the next word: no name starts there
    ("Μίλησε ο δήμαρχος της Νέας Υόρκης χθες.", [("Νέας Υόρκης", "GPE")], [("GPE", "Νέας Υόρκης")]),
    # after a role, its complement and a comma, two capitalised words no list holds are the holder's name
    ("Συναντήθηκε με τον πρωθυπουργό της Μαυριτανίας, Αμπντελκαντέρ Σαλάμ, χθες.",
     [("Μαυριτανίας", "GPE"), ("Αμπντελκαντέρ Σαλάμ", "ORG")], [("GPE", "Μαυριτανίας"), ("PERSON", "Αμπντελκαντέρ Σαλάμ")]),
    ("Η εκπρόσωπος του υπουργείου, Λιου Τσενγκμπάο, μίλησε στους δημοσιογράφους.",
     [("Λιου Τσενγκμπάο", "ORG")], [("PERSON", "Λιου Τσενγκμπάο")]),
    # a body's head, a place or an acronym in the span: no name
    ("Μίλησε ο πρόεδρος της Ελλάδας, Εθνική Τράπεζα, χθες.",
     [("Ελλάδας", "GPE"), ("Εθνική Τράπεζα", "ORG")], [("GPE", "Ελλάδας"), ("ORG", "Εθνική Τράπεζα")]),
    # no role before the complement: no holder
    ("Η οικονομία της Μαυριτανίας, Αμπντελκαντέρ Σαλάμ, αναπτύσσεται.",
     [("Μαυριτανίας", "GPE"), ("Αμπντελκαντέρ Σαλάμ", "ORG")], [("GPE", "Μαυριτανίας"), ("ORG", "Αμπντελκαντέρ Σαλάμ")]),
])
def test_a_name_the_model_ran_into_a_roles_complement_is_a_person(
        nlp: Language, text: str, tagged: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, [_words(nlp, text, w, label) for w, label in tagged]) == expected


def _span_of(nlp: Language, text: str, words: str, label: str) -> tuple[int, int, str]:
    """The token span of ``words`` in ``text``, with ``label``: the model's entity in a test."""
    toks = [t.text for t in nlp.make_doc(text)]
    first = words.split()
    i = next(k for k in range(len(toks)) if toks[k:k + len(first)] == first)
    return i, i + len(first), label


@pytest.mark.parametrize(("text", "name", "label", "expected"), [
    # an age epithet qualifies a person: a name after it the model took for a body is a person
    ("Η 34χρονη Ελπίδα Μαυρίδου μεταφέρθηκε στο νοσοκομείο.", "Ελπίδα Μαυρίδου", "ORG", "PERSON"),
    ("Τα ίχνη της 41χρονης Wendy Harper χάθηκαν στο λιμάνι.", "Wendy Harper", "ORG", "PERSON"),
    ("Η 52χρονη Κατερίνα έφυγε από το σπίτι.", "Κατερίνα", "GPE", "PERSON"),
    # a nationality, or a place's label on a word that is no given name, stays
    ("Ο 29χρονος Αλβανός συνελήφθη χθες.", "Αλβανός", "NORP", "NORP"),
    ("Ο 35χρονος Έλληνας συνελήφθη χθες.", "Έλληνας", "GPE", "GPE"),
    # a role apposed after a comma, its article in the name's case, says who the name is
    ("Μίλησε η ομάδα της Laura Bennett, της διευθύνουσας συμβούλου της εταιρείας.", "Laura Bennett", "ORG",
     "PERSON"),
    ("Η δήλωση του Αλέξη Ραντόβιτς, του νέου προέδρου της ένωσης, ήταν σαφής.", "Αλέξη Ραντόβιτς", "ORG",
     "PERSON"),
    # an article of another case after the comma opens a new clause: the body stays
    ("Με την ανακοίνωση της Jones Group, ο διευθυντής παραιτήθηκε.", "Jones Group", "ORG", "ORG"),
])
def test_an_age_or_an_apposed_role_makes_a_name_a_person(nlp: Language, text: str, name: str, label: str,
                                                          expected: str) -> None:
    assert (expected, name) in _rules(nlp, text, [_span_of(nlp, text, name, label)])


@pytest.mark.parametrize(("text", "ents", "body"), [
    # a committee is named by its field, in the genitive, as a department is; two fields join with "και"
    ("Η πρόταση συζητήθηκε στην επιτροπή Θεσμών και Διαφάνειας της Βουλής χθες.", [("Βουλής", "ORG")],
     "επιτροπή Θεσμών και Διαφάνειας"),
    ("Το θέμα εξετάζει η Επιτροπή Κοινωνικών Υποθέσεων από σήμερα.", [], "Επιτροπή Κοινωνικών Υποθέσεων"),
])
def test_a_committee_and_its_field_name_a_body(nlp: Language, text: str, ents: list[tuple[str, str]],
                                               body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, [_span_of(nlp, text, w, lab) for w, lab in ents])


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a party adjective in the plural after its article names the party, whatever the model said
    ("Οι Δημοκρατικοί κέρδισαν την πλειοψηφία.", [("Δημοκρατικοί", "NORP")], [("ORG", "Δημοκρατικοί")]),
    ("Η πρόταση των Εργατικών απορρίφθηκε.", [], [("ORG", "Εργατικών")]),
    ("Ο πρωθυπουργός επιτέθηκε στους Συντηρητικούς χθες.", [], [("ORG", "Συντηρητικούς")]),
    # before a noun it agrees with, it qualifies that noun; without the article it is no name
    ("Οι Δημοκρατικοί γερουσιαστές ζήτησαν έρευνα.", [("Δημοκρατικοί", "NORP")], [("NORP", "Δημοκρατικοί")]),
    ("Η ανάπλαση των Εργατικών Κατοικιών ξεκινά.", [], []),
    ("Ως Δημοκρατικοί πολίτες διαφωνούμε.", [], []),
    # in the singular alone it qualifies a member, no body; before "κόμμα" it is the party's name
    ("Ο Δημοκρατικός κυβερνήτης ζήτησε βοήθεια.", [("Δημοκρατικός", "NORP")], []),
    ("Ο υποψήφιος του Εργατικού κόμματος μίλησε.", [("Εργατικού", "ORG")], [("ORG", "Εργατικού κόμματος")]),
])
def test_a_party_adjective_in_the_plural_names_its_party(nlp: Language, text: str, ents: list[tuple[str, str]],
                                                          expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, [_span_of(nlp, text, w, lab) for w, lab in ents]) == expected


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a capitalised head that alone names the one body of its kind is that body
    ("Το νομοσχέδιο ψηφίζεται στη Γερουσία την Τρίτη.", [("Γερουσία", "GPE")], ("ORG", "Γερουσία")),
    ("Ο πρόεδρος της Εθνοσυνέλευσης μίλησε χθες.", [], ("ORG", "Εθνοσυνέλευσης")),
    # a longer name the model saw stays whole
    ("Μίλησε στη Γερουσία των ΗΠΑ χθες.", [("Γερουσία των ΗΠΑ", "ORG")], ("ORG", "Γερουσία των ΗΠΑ")),
])
def test_a_sole_body_head_names_its_body(nlp: Language, text: str, ents: list[tuple[str, str]],
                                         expected: tuple[str, str]) -> None:
    assert expected in _rules(nlp, text, [_span_of(nlp, text, w, lab) for w, lab in ents])


def test_a_sole_body_head_in_lower_case_is_a_word(nlp: Language) -> None:
    assert _rules(nlp, "Η ρωμαϊκή γερουσία συνεδρίαζε εκεί.", []) == []


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # two Latin names slashed after the genitive plural article: the two makers of the thing
    ("Το εμβόλιο των Nordvax/Helix χορηγήθηκε.", [("Nordvax", "PRODUCT")],
     [("ORG", "Nordvax"), ("ORG", "Helix")]),
    # another article, or a name going on past the pair: left as it was
    ("Οι αποδόσεις για τους Over/Under ανέβηκαν.", [], []),
    ("Η μελέτη των Nordvax/Helix Labs δημοσιεύθηκε.", [], []),
])
def test_two_slashed_latin_names_after_the_genitive_plural_are_two_bodies(
        nlp: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, [_span_of(nlp, text, w, lab) for w, lab in ents]) == expected


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a capitalised head of a body named after a person, right before the name: one body
    ("Ο πρόεδρος του Ινστιτούτου Άλμπερτ Φέλιξ μίλησε χθες.", [("Άλμπερτ Φέλιξ", "PERSON")],
     [("ORG", "Ινστιτούτου Άλμπερτ Φέλιξ")]),
    ("Η έκθεση στο Μουσείο Παλαμά άνοιξε.", [("Παλαμά", "PERSON")], [("ORG", "Μουσείο Παλαμά")]),
    # a head that may take its holder's name after it, one in lower case, one after a comma: left as they were
    ("Ο διοικητής του Νοσοκομείου Γιάννης Φέλιξ μίλησε.", [("Γιάννης Φέλιξ", "PERSON")],
     [("PERSON", "Γιάννης Φέλιξ")]),
    ("Ο πρόεδρος του ιδρύματος Άλμπερτ Φέλιξ μίλησε.", [("Άλμπερτ Φέλιξ", "PERSON")],
     [("PERSON", "Άλμπερτ Φέλιξ")]),
    ("Ο πρόεδρος του Ιδρύματος, Άλμπερτ Φέλιξ, μίλησε.", [("Άλμπερτ Φέλιξ", "PERSON")],
     [("PERSON", "Άλμπερτ Φέλιξ")]),
])
def test_a_body_head_before_a_persons_name_names_a_body_after_the_person(
        nlp: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, [_span_of(nlp, text, w, lab) for w, lab in ents]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit head in lower case after an article, its field capitalised in the genitive: the unit
    ("Ο ερευνητής του τμήματος Θαλάσσιας Βιολογίας μίλησε.", [("ORG", "τμήματος Θαλάσσιας Βιολογίας")]),
    ("Την υπόθεση χειρίζεται πλέον το τμήμα Δίωξης κατά Ναρκωτικών.", [("ORG", "τμήμα Δίωξης κατά Ναρκωτικών")]),
    ("Η ανακοίνωση της υπηρεσίας Αλιείας και Υδατοκαλλιεργειών εκδόθηκε.",
     [("ORG", "υπηρεσίας Αλιείας και Υδατοκαλλιεργειών")]),
    # after an adjective it names a kind; a workshop in lower case is an event, no body
    ("Η μεγαλύτερη σχολή Χορού της χώρας έκλεισε.", []),
    ("Το εργαστήριο Κεραμικής ξεκινά αύριο.", []),
])
def test_a_lower_case_unit_head_before_its_capitalised_field_names_the_unit(
        nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, []) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym in parentheses defines the capitalised name before it, from its body head on
    ("Οι υπουργοί της Ομάδας των Είκοσι (G20) συναντήθηκαν.", ("ORG", "Ομάδας των Είκοσι")),
    ("Το Κέντρο Μελέτης Σεισμών (ΚΜΣ) ανακοίνωσε τα στοιχεία.", ("ORG", "Κέντρο Μελέτης Σεισμών")),
    # a short name in mixed case defines it the same way
    ("Το Εργαστήριο Ψηφιακών Χαρτών (DiMaLab) άνοιξε τις πόρτες του.", ("ORG", "Εργαστήριο Ψηφιακών Χαρτών")),
])
def test_a_body_head_and_its_name_before_a_defined_acronym_are_a_body(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _rules(nlp, text, [])


def test_a_bare_head_or_another_name_before_an_acronym_is_not_joined(nlp: Language) -> None:
    # the head alone names nothing; an article in another case opens another name
    assert ("ORG", "Υπουργείο") not in _rules(nlp, "Σύμφωνα με το Υπουργείο (ΥΠΕΞ) όλα καλά.", [])
    assert not any("Ένωση" in t for _, t in _rules(nlp, "Η Ένωση Δήμων και το Κέντρο Ερευνών (ΚΕ) συμφώνησαν.", []))


@pytest.mark.parametrize(("text", "bodies"), [
    ("Μετάφραση: Νίκος Δήμου Εκδόσεις: Κέδρος Σελ.: 212", ["Κέδρος"]),
    ("Επιμέλεια: Άννα Λάμπρου Εκδόσεις: Νέα Σύνορα Σελ. 96", ["Νέα Σύνορα"]),
    ("Εκδότης: Μικρή Άρκτος", ["Μικρή Άρκτος"]),
    # no colon, no credit line
    ("Οι Εκδόσεις του Ινστιτούτου κυκλοφόρησαν.", []),
])
def test_the_publisher_of_a_book_credit_line_is_a_body(nlp: Language, text: str, bodies: list[str]) -> None:
    assert [t for label, t in _rules(nlp, text, []) if label == "ORG"] == bodies


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a room of a department, tagged whole as one place: the department is a body of its own
    ("Η ομιλία θα γίνει στο Αμφιθέατρο 3 του Τμήματος Γεωλογίας αύριο.", [(5, 10, "FAC")],
     [("FAC", "Αμφιθέατρο 3"), ("ORG", "Τμήματος Γεωλογίας")]),
    ("Η τελετή έγινε στη Μεγάλη Αίθουσα του Πανεπιστημίου Κρήτης χθες.", [(4, 9, "FAC")],
     [("FAC", "Μεγάλη Αίθουσα"), ("ORG", "Πανεπιστημίου Κρήτης")]),
    # an owner that is a venue itself names a building; a place after a venue is where it stands
    ("Η παράσταση ανεβαίνει στο Φουαγιέ του Θεάτρου Τέχνης απόψε.", [(4, 8, "FAC")],
     [("FAC", "Φουαγιέ του Θεάτρου Τέχνης")]),
    ("Η συγκέντρωση έγινε στην Πλατεία της Λάρισας χθες.", [(4, 7, "FAC")],
     [("FAC", "Πλατεία της Λάρισας")]),
])
def test_the_body_that_owns_a_venue_is_a_body(nlp: Language, text: str, ents: list[tuple[int, int, str]],
                                              expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == expected


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a name right after a noun of a body's kind names that body, whatever the model made of it
    ("Το έργο πέρασε στην εταιρεία Κυκλάμινο πέρσι.", [(5, 6, "GPE")], [("ORG", "Κυκλάμινο")]),
    ("Νίκησε η αυστραλιανή ομάδα Μπρίσμπεϊν Ρόαρ χθες.", [(4, 6, "PERSON")], [("ORG", "Μπρίσμπεϊν Ρόαρ")]),
    # a full name opening with a given name is the person a role noun before names
    ("Μίλησε ο ιδρυτής της εταιρείας Έρικ Γιουάν χθες.", [(5, 7, "PERSON")], [("PERSON", "Έρικ Γιουάν")]),
    # a kind's acronym in capitals introduces a quoted name as the noun does
    ("Μέλη της ΜΚΟ «Γαλάζια Θάλασσα» καθάρισαν την ακτή.", [], [("ORG", "Γαλάζια Θάλασσα")]),
    # a name in the genitive is the noun's complement (a seat, an owner): left as the model said
    ("Η ομάδα Αθηνών κέρδισε.", [(2, 3, "GPE")], [("GPE", "Αθηνών")]),
    ("Ο σύλλογος Ρένας Δούρου ιδρύθηκε.", [(2, 4, "PERSON")], [("PERSON", "Ρένας Δούρου")]),
])
def test_a_name_in_apposition_to_a_kind_noun_is_that_body(nlp: Language, text: str,
                                                         ents: list[tuple[int, int, str]],
                                                         expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == expected


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # an adjective of a country goes with a body's name, never with a person's
    ("Κατά την τουρκική Σαμπάχ, ο υπουργός παραιτήθηκε.", [(3, 4, "PERSON")], [("ORG", "Σαμπάχ")]),
    # a person's origin is a noun: the person stays
    ("Ο Ρουμάνος Ίον Τιριάκ μίλησε.", [(2, 4, "PERSON")], [("PERSON", "Ίον Τιριάκ")]),
    # in a report of a game a place after such an adjective is a club, but not after "σε"
    ("Η σερβική Βοϊβοντίνα νίκησε με 2-1 στο ματς.", [(2, 3, "GPE")], [("ORG", "Βοϊβοντίνα")]),
    ("Ο αγώνας θα γίνει στην ισπανική Βαλένθια, με σκορ 2-1.", [(6, 7, "GPE")], [("GPE", "Βαλένθια")]),
    # and outside a game report the place stays
    ("Ταξίδεψε στην ισπανική Βαλένθια πέρσι.", [(3, 4, "GPE")], [("GPE", "Βαλένθια")]),
    # an adjective on no country's stem says nothing of the name after it
    ("Η πολιτική Τραμπ άλλαξε.", [(2, 3, "PERSON")], [("PERSON", "Τραμπ")]),
])
def test_an_adjective_of_a_country_before_a_name_makes_it_a_body(nlp: Language, text: str,
                                                                ents: list[tuple[int, int, str]],
                                                                expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == expected


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a role, the medium in the genitive, then a given name and a surname: the role's holder
    ("Ο αρχισυντάκτης της εφημερίδας Νίκος Λαμπρινός παραιτήθηκε χθες.", [(4, 6, "PERSON")],
     [("PERSON", "Νίκος Λαμπρινός")]),
    ("Η διευθύντρια του περιοδικού Ελένη Καραφύλλη μίλησε στη συνέλευση.", [(4, 6, "PERSON")],
     [("PERSON", "Ελένη Καραφύλλη")]),
    # no role before the medium: the title stays the paper's
    ("Το θέμα έγραψε η εφημερίδα Νίκος Λαμπρινός χθες.", [], [("ORG", "Νίκος Λαμπρινός")]),
    # one word after the medium is its title, whatever comes before
    ("Ο αρχισυντάκτης της εφημερίδας Ορίζοντας παραιτήθηκε.", [], [("ORG", "Ορίζοντας")]),
])
def test_a_given_name_after_a_role_and_a_medium_is_the_role_holder(
        nlp: Language, text: str, ents: list[tuple[int, int, str]], expected: list[tuple[str, str]]) -> None:
    assert _rules(nlp, text, ents) == expected
