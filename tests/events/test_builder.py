"""Event builder: relative clauses end where grammar ends them, and tell of the noun they hang on;
the quoted ranges of a text."""

from __future__ import annotations

import pytest
from keryx.events.builder import _quoted, clause_end


def _clause(nlp, text: str) -> str:
    """The text of the relative clause that the first "που"/"όπου" of ``text`` opens."""
    doc = nlp(text)
    toks = list(doc)
    k = next(i for i, t in enumerate(toks) if t.lower_ in ("που", "όπου"))
    end = clause_end(toks, k)
    return doc[k:end].text


@pytest.mark.parametrize(
    "text, clause",
    [
        # a comma and a finite verb after the clause's own verb close it
        ("Το πρόγραμμα της Γιορτής Κρασιού, που θα διεξαχθεί από 3 έως 9 Αυγούστου, παρουσίασαν χθες οι διοργανωτές.",
         "που θα διεξαχθεί από 3 έως 9 Αυγούστου"),
        ("Η έκθεση, που φιλοξενήθηκε στη Δημοτική Πινακοθήκη, θα ταξιδέψει στην Πάτρα.",
         "που φιλοξενήθηκε στη Δημοτική Πινακοθήκη"),
        # commas before the clause's verb stay inside it
        ("Η σύλληψη του 45χρονου, που χθες, Δευτέρα, το μεσημέρι, λήστεψε πρατήριο, έγινε στο Άργος.",
         "που χθες, Δευτέρα, το μεσημέρι, λήστεψε πρατήριο"),
        # a comma followed by no verb does not close it
        ("Η ημερίδα που θα γίνει στην Κόρινθο, στην αίθουσα του Επιμελητηρίου, είναι ανοιχτή.",
         "που θα γίνει στην Κόρινθο, στην αίθουσα του Επιμελητηρίου"),
        # a bracket opened before it closes it
        ("Η διάλεξη (που θα μεταδοθεί ζωντανά) ξεκινά στις έξι.", "που θα μεταδοθεί ζωντανά"),
        # else the sentence's end
        ("Ευχαριστούμε τους εθελοντές που βοήθησαν στον καθαρισμό της παραλίας.",
         "που βοήθησαν στον καθαρισμό της παραλίας."),
    ],
)
def test_a_relative_clause_ends_where_grammar_ends_it(nlp, text, clause):
    assert _clause(nlp, text) == clause


def test_a_clause_on_the_event_keeps_its_dates_from_the_main_clause(extractor):
    """The festival's days are in its clause; the presentation was "χθες"."""
    rec = extractor.extract_text(
        "Καλαμάτα, 10 Ιουνίου 2025\n\nΤο πρόγραμμα του Φεστιβάλ Χορού Καλαμάτας, που θα διεξαχθεί από "
        "12 έως 20 Ιουλίου 2025, παρουσίασε χθες η καλλιτεχνική διευθύντρια σε εκδήλωση στο Μέγαρο Χορού.")
    got = {e.type: (e.date, e.location) for e in rec.events}
    assert got["presentation"] == ("2025-06-09", "Μέγαρο Χορού")
    assert got["festival"][0] == "2025-07-12"
    assert got["festival"][1] != "Μέγαρο Χορού"


@pytest.mark.parametrize(
    "text, expected",
    [
        # an event's name between its word and the clause: the clause is the event's
        (("Το Συνέδριο Ιστορίας Ηπείρου, που θα γίνει στις 4 Μαΐου 2025 στην Άρτα, παρουσιάστηκε "
          "χθες στον Τύπο."), ("conference", "2025-05-04", "Άρτα")),
        ("Η ημερίδα «Νερό και Πόλη», που θα γίνει στις 8 Μαΐου 2025 στη Λάρισα, ανακοινώθηκε σήμερα.",
         ("workshop", "2025-05-08", "Λάρισα")),
    ],
)
def test_a_named_event_keeps_its_clause(extractor, text, expected):
    rec = extractor.extract_text(text, published="2025-04-01")
    ev = rec.events[0]
    assert (ev.type, ev.date, ev.location) == expected


def test_an_opening_elsewhere_on_the_festival_day_stays_an_event(extractor):
    """Same day, another place: another happening, not a second mention."""
    rec = extractor.extract_text(
        "Το Φεστιβάλ Θεάτρου θα ξεκινήσει την Παρασκευή 4 Ιουλίου 2025 στο Αρχαίο Θέατρο Δωδώνης.\n\n"
        "Την ίδια μέρα, Παρασκευή 4 Ιουλίου 2025, θα εγκαινιαστεί στο Αρχαιολογικό Μουσείο Ιωαννίνων "
        "έκθεση φωτογραφίας.", published="2025-06-01")
    assert [(e.date, e.location) for e in rec.events] == [
        ("2025-07-04", "Αρχαίο Θέατρο Δωδώνης"), ("2025-07-04", "Αρχαιολογικό Μουσείο Ιωαννίνων")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an act's date glued to its number
        (("Σύμφωνα με την απόφαση 12845/7-4-2021 του Περιφερειάρχη, η ημερίδα θα γίνει στις 20 Μαΐου 2021 "
         "στη Λαμία."), "2021-05-20"),
        # the attributive "από" after an article
        ("Με βάση την από 3-2-2022 εισήγηση της επιτροπής, η συνεδρίαση ορίστηκε για τις 14 Φεβρουαρίου 2022.",
         "2022-02-14"),
        # the attributive "από" after an article fused with "σε": the report's date, no happening's
        ("Η ομιλία αναφέρθηκε στην από 14-1-2022 έκθεση της ελεγκτικής επιτροπής του συλλόγου.", None),
        # after "υπ' αριθμ." and nothing else: no date
        ("Η προθεσμία ορίζεται με την υπ’ αριθμ. 5521/12-3-2023 εγκύκλιο του Υπουργείου.", None),
        # right after the act's name
        ("Η ανακοίνωση αφορά το μέτρο που θεσπίστηκε με την ΠΝΠ 11-4-2020 για τα καταστήματα.", None),
        # a copied page's stamp of a linked story, glued to the words around it
        ("Η ημερίδα για τη νεολαία έγινε στο Βόλο με μεγάλη συμμετοχή10.03.2019Οι ομιλητές μίλησαν για "
         "την απασχόληση.", None),
        # a plain date stays the event's
        ("Η ημερίδα θα γίνει στις 3/5/2023 στα Τρίκαλα.", "2023-05-03"),
    ],
)
def test_a_date_in_a_reference_does_not_date_the_event(extractor, text, expected):
    rec = extractor.extract_text(text, published="2020-01-01")
    assert rec.events[0].date == expected


@pytest.mark.parametrize(
    "text",
    [
        # a role after "στον" is a person
        "Η ημερίδα θα γίνει στις 12 Μαΐου 2025. Την πρόταση παρουσίασε στον Δήμαρχο η ομάδα της ημερίδας.",
        # an abstract noun capitalised as a body
        "Η προθεσμία λήγει στις 30 Μαΐου 2025 και οι ενστάσεις υποβάλλονται στην Εκπαίδευση.",
        # plural adjectives of a programme's name
        "Το μνημόνιο υπογράφηκε στις 3 Μαρτίου 2025 για συνεργασία σε Ευρωπαϊκά Προγράμματα.",
        # a title in quotes
        "Το σεμινάριο «Εισαγωγή στην Ρητορική» θα ξεκινήσει την Τρίτη 4 Μαρτίου 2025.",
    ],
)
def test_a_capitalised_word_that_is_no_venue_gives_no_location(extractor, text):
    rec = extractor.extract_text(text, published="2025-02-01")
    assert rec.events and rec.events[0].location is None


@pytest.mark.parametrize(
    "text, location",
    [
        # a place on a noun of war, conflict, epidemic or crisis tells where that state is
        ("Η σύσκεψη για τις επιπτώσεις του πολέμου στην Ουκρανία έγινε στις 3 Μαρτίου 2025.", None),
        ("Η ανακοίνωση για τις συνέπειες της επιδημίας του Covid-19 στην Κίνα εκδόθηκε στις 3 Μαρτίου 2025.", None),
        ("Η σύσκεψη για την ενεργειακή κρίση στην Ευρώπη έγινε στις 3 Μαρτίου 2025 στη Λάρισα.", "Λάρισα"),
        # on a verb it places the event
        ("Η σύσκεψη για τον πόλεμο έγινε στις 3 Μαρτίου 2025 στη Λάρισα.", "Λάρισα"),
    ],
)
def test_a_place_on_a_noun_of_war_or_epidemic_is_not_the_events(extractor, text, location):
    rec = extractor.extract_text(text, published="2025-02-01")
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # a stadium's or a club's name in quotes after a locative, its noun understood
        ("Η ομάδα κέρδισε στο «Καυτανζόγλειο» στην πρώτη αναμέτρηση για το Κύπελλο.", "Καυτανζόγλειο"),
        ("Η παρουσίαση του βιβλίου έγινε στο «Μικρό Πολυτεχνείο» το βράδυ της Τρίτης.", "Μικρό Πολυτεχνείο"),
        # a league is a competition, no venue
        ("Η αναμέτρηση είναι κρίσιμη για την πρώτη θέση στη Superleague.", None),
        # a lower-case word in quotes names no venue
        ("Η σύσκεψη κατέληξε σε «λουκέτα» για τα καταστήματα.", None),
        # beside a statement a name in quotes is the medium or section it appears in
        ("Δείτε την ανακοίνωση του Τμήματος στο «Ενημερωτικό» της ιστοσελίδας.", None),
    ],
)
def test_a_venue_named_in_quotes_and_a_league(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # a body named after its building, after a locative on the event's word or verb: its place
        ("Η ομιλία του πρωθυπουργού στη Βουλή διήρκεσε δύο ώρες.", "Βουλή"),
        ("Η σύσκεψη που πραγματοποιήθηκε χθες στο Υπουργείο Υγείας ολοκληρώθηκε αργά το βράδυ.",
         "Υπουργείο Υγείας"),
        # a phrase of another clause: the body is what is told of, not where the event is
        ("Η διαδήλωση των αγροτών ξεκίνησε νωρίς, ενώ η τροπολογία κατατέθηκε στη Βουλή.", None),
    ],
)
def test_a_body_named_after_its_premises_after_a_locative_on_the_event_places_it(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # a turn of a debate on the body's building: the building
        ("Ο αρχηγός της αντιπολίτευσης απάντησε χθες στη δευτερολογία του στη Βουλή.", "Βουλή"),
        # an organ of the body, in the genitive: the body's building, not the organ as written
        ("Η ομιλία του υπουργού στην Ολομέλεια της Βουλής κράτησε μία ώρα.", "Βουλή"),
        ("Η εισήγηση της βουλεύτριας στην Επιτροπή Οικονομικών της Βουλής ολοκληρώθηκε το μεσημέρι.", "Βουλή"),
    ],
)
def test_a_debate_and_an_organ_of_a_body_are_placed_at_its_building(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


def test_an_unknown_place_name_after_a_locative_stays_a_location(extractor):
    rec = extractor.extract_text("Η συναυλία θα γίνει το Σάββατο 7 Ιουνίου 2025 στη Μπαρμπάτη Ηλείας.",
                                 published="2025-05-01")
    assert rec.events[0].location is not None and rec.events[0].location.startswith("Μπαρμπάτη")


def test_a_second_dated_happening_of_the_same_type_is_its_own_event(extractor):
    """The workshop starts on the 6th; the welcome day took place on the 8th. (The plural
    "εργαστήρια", the course's labs, names no happening: see ``events.tsv``.)"""
    rec = extractor.extract_text(
        "Το εργαστήριο του μαθήματος ξεκινά τη Δευτέρα 6 Οκτωβρίου 2025.\n\n"
        "Την Τετάρτη 8 Οκτωβρίου 2025 πραγματοποιήθηκε στο Αμφιθέατρο Β η ημερίδα υποδοχής των πρωτοετών.",
        published="2025-10-09")
    assert [(e.type, e.date) for e in rec.events] == [("workshop", "2025-10-06"), ("workshop", "2025-10-08")]
    assert rec.events[1].trigger == "ημερίδα"


@pytest.mark.parametrize(
    "second",
    [
        # the end of the same event
        "Η έκθεση θα διαρκέσει έως τις 30 Νοεμβρίου 2025.",
        # a repeat date, no verb of taking place
        "Σε περίπτωση μη απαρτίας, η έκθεση θα επαναληφθεί την Τρίτη 11 Νοεμβρίου 2025.",
    ],
)
def test_an_end_or_repeat_date_is_no_new_event(extractor, second):
    rec = extractor.extract_text(
        "Η έκθεση ζωγραφικής θα εγκαινιαστεί τη Δευτέρα 10 Νοεμβρίου 2025 στο Δημαρχείο.\n\n" + second,
        published="2025-11-01")
    assert [e.date for e in rec.events if e.type == "exhibition"] == ["2025-11-10"]


@pytest.mark.parametrize(
    "word, etype",
    [("συνέδρια", "conference"), ("ΣΥΝΕΔΡΙΩΝ", "conference"), ("συνεδρεύει", "session"),
     # a delegate is no event
     ("συνέδρων", None), ("σύνεδροι", None)],
)
def test_delegates_are_no_conference(word, etype):
    from keryx.events.lexicon import EventLexicon

    assert EventLexicon.default().trigger_type(word) == etype


def test_the_event_word_next_to_the_verb_takes_place(extractor):
    """"Στο πλαίσιο της έκθεσης ... θα πραγματοποιήσει ομιλία": the talk, not another exhibition."""
    rec = extractor.extract_text(
        "Η έκθεση χαρακτικής εγκαινιάζεται την Παρασκευή 3 Οκτωβρίου 2025 στη Δημοτική Πινακοθήκη.\n\n"
        "Στο πλαίσιο της έκθεσης, την Τρίτη 7 Οκτωβρίου 2025, η επιμελήτρια θα πραγματοποιήσει ομιλία.",
        published="2025-09-20")
    assert [(e.type, e.date) for e in rec.events if e.type == "exhibition"] == [("exhibition", "2025-10-03")]



@pytest.mark.parametrize(
    "text, date",
    [
        # a limit for the event, not its day
        ("Οι εκλογές των συλλόγων πρέπει να έχουν ολοκληρωθεί έως τις 30 Σεπτεμβρίου 2025.", None),
        ("Η έκθεση θα διαρκέσει μέχρι τις 12 Οκτωβρίου 2025.", None),
        # a window: its first day
        ("Η έκθεση θα διαρκέσει από 1 έως 12 Οκτωβρίου 2025.", "2025-10-01"),
    ],
)
def test_a_date_after_until_is_no_event_day(extractor, text, date):
    rec = extractor.extract_text(text, published="2025-09-01")
    assert rec.events[0].date == date


@pytest.mark.parametrize(
    "text, location",
    [
        # a room in a named building: both, as written
        ("Η ημερίδα θα γίνει την Πέμπτη 6 Νοεμβρίου 2025 στο Αμφιθέατρο 2 του κτιρίου ΑΒΓ-ΔΕ της Σχολής.",
         "Αμφιθέατρο 2 του κτιρίου ΑΒΓ-ΔΕ"),
        # a room that is no place by itself, in a building named in quotes: the building
        ("Η ημερίδα θα γίνει την Πέμπτη 6 Νοεμβρίου 2025 στο Εργαστήριο του κτιρίου «Ερμής» της Σχολής.",
         "κτίριο Ερμής"),
    ],
)
def test_a_named_building_locates_the_event(extractor, text, location):
    rec = extractor.extract_text(text, published="2025-10-01")
    assert rec.events[0].location == location


def test_a_dated_text_whose_event_words_say_no_when_is_an_announcement(extractor):
    rec = extractor.extract_text(
        "Αθήνα, 3 Φεβρουαρίου 2025\n\nΟ καθηγητής επαναλαμβάνει στις συνεντεύξεις του τις ίδιες ανακρίβειες "
        "και καλούμε το Πανεπιστήμιο να πάρει θέση.")
    assert [(e.type, e.date) for e in rec.events if e.date] == [("announcement", "2025-02-03")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Οι θερινές εκπτώσεις ξεκινούν τη Δευτέρα 14 Ιουλίου 2025 και διαρκούν έως τα τέλη Αυγούστου.",
         [("sales", "2025-07-14")]),
        # a discount is no event
        ("Παρέχεται έκπτωση 15% σε όσους πληρώσουν έως τις 14 Ιουλίου 2025.", []),
    ],
)
def test_the_seasonal_sales_are_an_event(extractor, text, expected):
    rec = extractor.extract_text(text, published="2025-07-01")
    assert [(e.type, e.date) for e in rec.events if e.type != "deadline"] == expected


@pytest.mark.parametrize(
    "text, date",
    [
        ("Οι νέες κυκλοφοριακές ρυθμίσεις θα ισχύσουν από τη Δευτέρα 3 Νοεμβρίου 2025 στο κέντρο της πόλης.",
         "2025-11-03"),
        ("Οι αλλαγές βρίσκονται ήδη σε ισχύ από τις 20 Οκτωβρίου 2025.", "2025-10-20"),
    ],
)
def test_rules_that_come_into_force_are_an_event(extractor, text, date):
    rec = extractor.extract_text(text, published="2025-10-25")
    assert [(e.type, e.date) for e in rec.events] == [("in force", date)]


def test_a_strong_word_is_no_coming_into_force(extractor):
    rec = extractor.extract_text("Ισχυρή βροχή αναμένεται από τις 20 Οκτωβρίου 2025.", published="2025-10-18")
    assert not [e for e in rec.events if e.type == "in force"]


@pytest.mark.parametrize(
    "text, date",
    [
        # the application word before "έως/μέχρι" in its own clause
        ("Οι δικαιούχοι μπορούν να υποβάλουν αίτηση ένταξης μέχρι και τις 15 Δεκεμβρίου 2025 στην πλατφόρμα.",
         "2025-12-15"),
        # "μέχρι" opening the clause: the application word after it
        ("Μέχρι τις 20 Νοεμβρίου 2025 οι σύλλογοι οφείλουν να υποβάλουν δήλωση των μελών τους.", "2025-11-20"),
        # a negated application word and another duty's limit after a comma and a verb: no deadline
        (("Οι επιχειρήσεις που δεν καταθέσουν τα δικαιολογητικά, οφείλουν να επιστρέψουν την ενίσχυση "
          "μέχρι τις 30 Ιανουαρίου 2026."), None),
        # a past filing told in a relative clause is no deadline
        ("Στους αγρότες, οι οποίοι μέχρι 3-11-2025 είχαν υποβάλει δήλωση, δίνεται νέα δυνατότητα.", None),
        # every stem of the verb: the passive aorist, the present
        ("Τα σχέδια των μελετητών πρέπει να υποβληθούν στη γραμματεία έως τις 12 Δεκεμβρίου 2025.", "2025-12-12"),
        ("Οι ιδιοκτήτες των οικοπέδων καταθέτουν τις ενστάσεις τους μέχρι τις 4 Δεκεμβρίου 2025 στο κτηματολόγιο.",
         "2025-12-04"),
        ("Οι ποσότητες της σοδειάς πρέπει να δηλωθούν στον συνεταιρισμό έως την Παρασκευή 5 Δεκεμβρίου 2025.",
         "2025-12-05"),
        # a public consultation: the last day for comments
        ("Η δημόσια διαβούλευση για τον κανονισμό του λιμανιού της Ακρινής μένει ανοιχτή μέχρι τις 10 Δεκεμβρίου 2025.",
         "2025-12-10"),
        # a perfect tells what was done by that day (a condition): no deadline
        ("Ο δήμος επιστρέφει το τέλος στους καταστηματάρχες, αν αυτοί έχουν υποβάλει τα παραστατικά έως τις "
         "28 Νοεμβρίου 2025.", None),
        ("Το μπόνους πληρώνεται στους αλιείς αν τα ημερολόγια αλιείας τους έχουν υποβληθεί έως τις 28 Νοεμβρίου 2025.",
         None),
        # "δήλωσε" (stated) is no application
        ("Ο πρόεδρος του συλλόγου δήλωσε ότι η αίθουσα μένει κλειστή έως τις 8 Δεκεμβρίου 2025.", None),
    ],
)
def test_a_deadline_cue_is_an_application_in_the_clause_of_its_until(extractor, text, date):
    rec = extractor.extract_text(text, published="2025-11-01")
    assert [e.date for e in rec.events if e.type == "deadline"] == ([date] if date else [])


def test_the_deadline_is_the_first_applied_for_not_the_first_until(extractor):
    rec = extractor.extract_text(
        "Όσοι δεν υπέβαλαν τα έγγραφα, πρέπει να επιστρέψουν το ποσό μέχρι τις 31/1/2026. "
        "Οι υπόλοιποι μπορούν να υποβάλουν αίτηση επανεξέτασης έως και τις 9-12-2025.", published="2025-11-01")
    assert [e.date for e in rec.events if e.type == "deadline"] == ["2025-12-09"]


@pytest.mark.parametrize(
    "second, kept",
    [
        # its own verb of taking place: another happening at the same place
        ("Η συναυλία θα πραγματοποιηθεί στο παλιό αμφιθέατρο της Καστοριάς.", True),
        # no such verb: another mention, not another event
        ("Οι διοργανωτές ευχαρίστησαν τους μουσικούς της συναυλίας στο παλιό αμφιθέατρο της Καστοριάς.", False),
    ],
)
def test_a_dateless_event_at_a_kept_place_needs_its_own_verb(extractor, second, kept):
    rec = extractor.extract_text(
        "Η ημερίδα για τα παραδοσιακά υφαντά θα γίνει την Κυριακή 16 Νοεμβρίου 2025 στην Καστοριά. "
        + second, published="2025-11-01")
    got = [(e.type, e.location) for e in rec.events]
    assert got == ([("workshop", "Καστοριά"), ("concert", "Καστοριά")] if kept else [("workshop", "Καστοριά")])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a heading of measures with the period they apply
        ("Ρυθμίσεις κυκλοφορίας στο κέντρο από 3 έως 9 Νοεμβρίου 2025\nΟ δήμος ενημερώνει τους οδηγούς.",
         [("in force", "2025-11-03")]),
        # a sentence with a verb is no heading
        ("Τα μέτρα που ανακοινώθηκαν από 3 Νοεμβρίου 2025 συζητήθηκαν στη Βουλή.", []),
    ],
)
def test_a_heading_of_measures_for_a_period_is_in_force(extractor, text, expected):
    rec = extractor.extract_text(text, published="2025-10-25")
    assert [(e.type, e.date) for e in rec.events if e.type == "in force"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the issue of an act: dated by the date that identifies it
        ("Το Υπουργείο Παιδείας προχώρησε στην έκδοση της υπ' αριθμ. 4512/12-9-2025 εγκυκλίου για τις εγγραφές.",
         [("announcement", "2025-09-12")]),
        # an act cited without its issue dates nothing
        ("Σύμφωνα με την υπ' αριθμ. 4512/12-9-2025 εγκύκλιο, οι σχολικές μονάδες ενημερώνουν τους γονείς.", []),
    ],
)
def test_the_issue_of_an_act_is_dated_by_its_reference(extractor, text, expected):
    rec = extractor.extract_text(text, published="2025-09-20")
    assert [(e.type, e.date) for e in rec.events if e.date and e.date != "2025-09-20"] == expected


@pytest.mark.parametrize(
    "opening, location",
    [
        # pointing back at the frame: the events inside it are at its place
        ("Σε αυτό το πλαίσιο, ο Δήμος διοργάνωσε μεταξύ 6-9/11/2025 μια σειρά εκδηλώσεων.", "Θεσσαλονίκη"),
        # no such opening: no place borrowed
        ("Ο Δήμος διοργάνωσε μεταξύ 6-9/11/2025 μια σειρά εκδηλώσεων.", None),
    ],
)
def test_events_in_that_frame_take_its_place(extractor, opening, location):
    rec = extractor.extract_text(
        "Η διεθνής έκθεση τροφίμων φιλοξενείται από 1 Νοεμβρίου 2025 στη Θεσσαλονίκη. "
        "Στην έκθεση συμμετέχουν 40 χώρες. " + opening, published="2025-10-20")
    assert [e.location for e in rec.events if e.type == "event"] == [location]


# --------------------------------------------------------------------------- news articles


@pytest.mark.parametrize(
    "text, location",
    [
        # the headline's kicker names the place: "Θέμα - Τόπος: ..."
        (("Καύσωνας - Πορτογαλία: Θερμοκρασίες πάνω από 44 βαθμούς\n"
         "Οι μετεωρολόγοι προβλέπουν ότι η ζέστη θα κρατήσει ως το τέλος της εβδομάδας."), "Πορτογαλία"),
        (("Κρήτη: Ξηρασία και λειψυδρία στα ορεινά χωριά\n"
         "Οι κάτοικοι μεταφέρουν νερό με βυτία εδώ και δύο μήνες."), "Κρήτη"),
        # else the lead's first phrase of a known place
        (("Εξαρθρώθηκε κύκλωμα λαθρεμπορίου τσιγάρων\n"
         "Αστυνομικοί εντόπισαν αποθήκη με 20.000 πακέτα στη Λάρισα. Η έρευνα συνεχίζεται."), "Λάρισα"),
    ],
)
def test_a_news_article_is_located_by_its_headline_or_lead(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # the lead's country tells what its subject is or where one comes from, not where the news is
        (("Νέο είδος βατράχου ανακαλύφθηκε σε τροπικό δάσος\n"
          "Ερευνητές στη Βραζιλία περιέγραψαν ένα μικροσκοπικό βατράχι με φωτεινό δέρμα."), None),
        (("Ο προπονητής μιλά για τη νέα σεζόν της ομάδας\n"
          "Ο Νίκος Αλεξίου επέστρεψε στην Ελλάδα πριν από δύο εβδομάδες. Η ομάδα ξεκινά προετοιμασία."), None),
        # unless the headline names a town: the news is there
        (("Στην Τεχεράνη συλλήψεις δημοσιογράφων\n"
          "Οι αρχές στο Ιράν συνέλαβαν τρεις δημοσιογράφους. Η κυβέρνηση δεν σχολίασε."), "Τεχεράνη"),
    ],
)
def test_a_leads_country_places_the_news_only_as_its_headline_does(extractor, text, location):
    rec = extractor.extract_text(text)
    assert [e.location for e in rec.events][:1] in ([location], [] if location is None else [location])


def test_a_headline_event_without_a_place_takes_the_kickers(extractor):
    """The meeting the headline reports happens where its kicker says."""
    rec = extractor.extract_text("Κρήτη: Σύσκεψη για τη λειψυδρία με τους δημάρχους\n"
                                 "Οι δήμαρχοι ζήτησαν έκτακτη χρηματοδότηση για γεωτρήσεις.")
    assert (rec.events[0].type, rec.events[0].location) == ("meeting", "Κρήτη")


@pytest.mark.parametrize(
    "text, location",
    [
        # a country's kicker frames the news; the headline's own phrase of a town places it
        (("Αργεντινή: Χιλιάδες αγρότες στους δρόμους της Κόρδοβα\n"
          "Οι αγρότες ζητούν μείωση των φόρων στις εξαγωγές."), "Κόρδοβα"),
        # else the lead's phrase of a town
        (("Ιταλία: Σε καραντίνα ολόκληρο χωριό μετά από γιορτή\n"
          "Οι αρχές απαγόρευσαν τις μετακινήσεις στη Φλωρεντία από το πρωί της Τρίτης."), "Φλωρεντία"),
        # a kicker finer than a region is the place itself, whatever the lead names
        (("Κρήτη: Ξηρασία και λειψυδρία στα ορεινά χωριά\n"
          "Οι κάτοικοι στο Ηράκλειο μεταφέρουν νερό με βυτία."), "Κρήτη"),
        # a country with no finer place beside it stays the place (also in the test of kickers above)
        (("Ολλανδία: Πλημμύρες σε παραποτάμιες περιοχές\n"
          "Οι αρχές ζητούν από τους κατοίκους να μείνουν σπίτια τους."), "Ολλανδία"),
        # the United Kingdom under its common name, and a world region (UN M49), are as coarse
        (("Βρετανία: Κλειστά τα σχολεία λόγω χιονιά\n"
          "Οι αρχές έκλεισαν τα σχολεία στο Εδιμβούργο από το πρωί της Δευτέρας."), "Εδιμβούργο"),
        (("Μέση Ανατολή: Σύσκεψη για την εκεχειρία στο Κάιρο\n"
          "Οι διαπραγματευτές συναντήθηκαν για τρίτη ημέρα."), "Κάιρο"),
        (("Λατινική Αμερική: Διαδηλώσεις για το κόστος ζωής στη Λίμα\n"
          "Χιλιάδες πολίτες βγήκαν στους δρόμους το Σάββατο."), "Λίμα"),
    ],
)
def test_a_coarse_kicker_gives_way_to_a_finer_place_beside_it(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # the body places the happening by a country; the headline names the town it is in
        (("Οι υπουργοί στο πλημμυρισμένο Τορόντο\n"
          "Οι υπουργοί επισκέφθηκαν χθες τις πληγείσες περιοχές στον Καναδά."), "Τορόντο"),
        # a town after the kicker, in no phrase of place of its own
        (("Κορωνοϊός - Ισπανία: Σε καραντίνα ξενοδοχείο κοντά στη Σεβίλλη\n"
          "Η ανακοίνωση των αρχών στην Ισπανία εκδόθηκε το απόγευμα."), "Σεβίλλη"),
        # a headline with no finer place leaves the country
        (("Νέα μέτρα για τα σχολεία\n"
          "Η σύσκεψη για τα σχολεία έγινε χθες στην Πορτογαλία."), "Πορτογαλία"),
    ],
)
def test_a_happening_placed_by_a_country_takes_the_headlines_finer_place(extractor, text, location):
    rec = extractor.extract_text(text)
    assert location in [e.location for e in rec.events]


def test_a_headline_date_dates_the_news(extractor):
    rec = extractor.extract_text("Τριάντα χρόνια από την 8η Μαρτίου 1994\n"
                                 "Οι κάτοικοι θυμούνται ακόμη εκείνη τη νύχτα στο λιμάνι.")
    assert rec.events and rec.events[0].date == "1994-03-08"


@pytest.mark.parametrize(
    "text",
    [
        # a place in the headline's own phrase is its subject, not the news' place
        "Ρεκόρ ζέστης στη Σικελία\nΟι επιστήμονες μιλούν για μια από τις θερμότερες χρονιές.",
        # one paragraph has no headline
        "Οι επιστήμονες μιλούν για μια από τις θερμότερες χρονιές στη Σικελία.",
        # a headline with a stop is a sentence of the text
        "Οι επιστήμονες ανησυχούν.\nΗ ζέστη στη Σικελία κρατά εδώ και εβδομάδες.",
    ],
)
def test_no_news_place_without_kicker_or_lead(extractor, text):
    assert all(e.location is None for e in extractor.extract_text(text).events)


def test_the_internet_is_no_venue(extractor):
    rec = extractor.extract_text("Η ημερίδα θα μεταδοθεί ζωντανά στο Διαδίκτυο στις 5 Μαΐου 2025.",
                                 published="2025-04-20")
    assert [(e.type, e.date, e.location) for e in rec.events] == [("workshop", "2025-05-05", None)]


def test_the_lead_is_past_a_subtitle_a_date_and_a_byline(extractor):
    """The lead's place and full date tell the news; a subtitle, a date line and a byline
    before it end as no sentence does."""
    rec = extractor.extract_text(
        "Χαλάζι και ζημιές στα χωράφια\n\nΣε επιφυλακή ο κρατικός μηχανισμός\n\n"
        "Τρίτη, 14 Μαΐου 2024\n\nΕλένη Μαρκοπούλου\n\n"
        "Ισχυρή χαλαζόπτωση, που σημειώθηκε τη Δευτέρα 13 Μαΐου 2024, προκάλεσε ζημιές σε "
        "καλλιέργειες στη Θεσσαλία. Οι αγρότες ζητούν αποζημιώσεις.")
    assert [(e.date, e.location) for e in rec.events][:1] == [("2024-05-13", "Θεσσαλία")]


def test_a_lead_cut_short_after_a_whole_sentence_is_the_lead(extractor):
    """A lead whose line the source cut off mid-sentence still holds a whole sentence: it is the
    lead, no subtitle, and its place («Ηπειρο», its capital unaccented) tells the news."""
    rec = extractor.extract_text(
        "Κορονοϊός: Σε αυξημένη ετοιμότητα τα νοσοκομεία της Ηπείρου\n"
        "Σε αναλυτική ενημέρωση για τα κρούσματα στην Ηπειρο προχώρησε σήμερα η Περιφέρεια. "
        "Η εικόνα για τα ύποπτα κρούσματα σε όλα τα νοσοκομεία της περιοχής\n"
        "Με αυστηρά μέτρα άνοιξαν τα σχολεία της πόλης.\n"
        "Ο δήμαρχος ζήτησε ενίσχυση με μηχανήματα.")
    assert [e.location for e in rec.events][:1] == ["Ήπειρος"]


def test_an_abbreviated_word_is_no_venue(extractor):
    """"στο Τμ. Πληροφορικής": a department, its word cut short, not a place called "Τμ"."""
    rec = extractor.extract_text("Το συνέδριο για τη ρομποτική θα φιλοξενηθεί στο Τμ. Πληροφορικής "
                                 "στις 12 Νοεμβρίου 2025.", published="2025-10-01")
    assert [(e.type, e.date, e.location) for e in rec.events] == [("conference", "2025-11-12", None)]


def test_no_news_event_where_an_event_word_holds_the_place(extractor):
    """The lead's place is that of the ceremony the body tells: one happening, not two."""
    rec = extractor.extract_text(
        "Νέος παιδικός σταθμός για τις οικογένειες της πόλης\n"
        "Ο δήμος παραδίδει σήμερα νέο παιδικό σταθμό στην Καλαμάτα. "
        "Σύμφωνα με την ανακοίνωση του δήμου, θα φιλοξενεί εξήντα παιδιά. "
        "Η τελετή θα γίνει στις 11 το πρωί στην Καλαμάτα, παρουσία του δημάρχου.", published="2025-09-01")
    assert [e.location for e in rec.events].count("Καλαμάτα") == 1


def _events(extractor, body: str) -> list[tuple[str, str | None, str | None]]:
    rec = extractor.extract_text("Καλαμάτα, 3 Μαρτίου 2025\n\n" + body)
    return [(e.type, e.date, e.location) for e in rec.events]


def test_an_event_place_is_written_as_the_text_names_it_there(extractor):
    """The place is the Ηνωμένες Πολιτείες, but the meeting is "στις ΗΠΑ": the event says ΗΠΑ."""
    got = _events(extractor, "Η κυβέρνηση των Ηνωμένων Πολιτειών ανακοίνωσε νέα μέτρα. Η συνάντηση των "
                             "υπουργών θα γίνει στις ΗΠΑ στις 20 Μαρτίου 2025.")
    assert ("meeting", "2025-03-20", "ΗΠΑ") in got


def test_an_event_word_in_brackets_is_an_aside(extractor):
    """"(πριν τις βουλευτικές εκλογές)" mentions the elections in passing: the date and place of
    the sentence are the policy's, not theirs."""
    got = _events(extractor, "Η νέα πολιτική της εταιρείας θα εφαρμοστεί στην Ιταλία (πριν τις βουλευτικές "
                             "εκλογές) και σε όλη την Ευρώπη από τις 6 Μαΐου 2025.")
    assert not any(t == "election" for t, _, _ in got)


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Το 5ο Φεστιβάλ Κινηματογράφου Λάρισας ξεκινά στις 12 Οκτωβρίου 2025 με δεκαπέντε ταινίες.",
         ("festival", "2025-10-12", "Λάρισα")),
        ("Ο υπουργός μίλησε χθες για την ενέργεια στο πλαίσιο του 3ου Οικονομικού Φόρουμ των Ιωαννίνων.",
         ("conference", "2025-03-02", "Ιωάννινα")),
    ],
)
def test_an_event_named_after_its_town_is_held_there(extractor, body, expected):
    assert expected in _events(extractor, body)


@pytest.mark.parametrize(
    "body, place",
    [
        # a phrase of place on an event's name: the town it is named after, not the name as a venue
        ("Ο υπουργός μίλησε χθες για την ανάπτυξη στο 5ο Διεθνές Οικονομικό Συνέδριο των Ιωαννίνων, που "
         "φέτος έγινε στο Παρίσι.", "Ιωάννινα"),
        ("Με ομιλία στο Τουριστικό Φόρουμ των Τρικάλων ο σύμβουλος ζήτησε φθηνότερο ρεύμα για τις "
         "βιοτεχνίες.", "Τρίκαλα"),
        # a frame's genitive that is an event's name
        ("Οι προτάσεις παρουσιάστηκαν στο πλαίσιο του 4ου Οικονομικού Φόρουμ της Λάρισας την Πέμπτη "
         "6 Μαρτίου 2025.", "Λάρισα"),
    ],
)
def test_a_phrase_of_place_on_an_events_name_places_it_in_its_town(extractor, body, place):
    assert [loc for _, _, loc in _events(extractor, body) if loc] == [place]


@pytest.mark.parametrize(
    "body",
    [
        # an event's name with no town is a happening, no venue
        "Η υπουργός μίλησε στη Γενική Συνέλευση του Οργανισμού Ηνωμένων Εθνών για το κλίμα την Τρίτη 4 Μαρτίου 2025.",
        # a place that closes a body's name after the event word is the body's, not the event's town
        "Ο βουλευτής μίλησε στην Κοινοβουλευτική Συνέλευση του Συμβουλίου της Ευρώπης την Τρίτη 4 Μαρτίου 2025.",
    ],
)
def test_an_events_name_without_its_town_is_no_venue(extractor, body):
    assert not [loc for _, _, loc in _events(extractor, body) if loc]


def test_an_events_name_before_a_building_gives_way_to_the_building(extractor):
    """"στο Εργαστήριο του κτιρίου «Ορφέας»": the event word names no venue, the building after it does."""
    got = _events(extractor, "Το εργαστήριο ρομποτικής για μαθητές θα γίνει την Τρίτη 4 Μαρτίου 2025 στο "
                             "Εργαστήριο του κτιρίου «Ορφέας».")
    assert [loc for _, _, loc in got if loc] == ["κτίριο Ορφέας"]


def test_a_role_named_after_a_region_places_no_event(extractor):
    """"Διευθυντής Τροχαίας Αττικής" is a role: Αττική is not where the accident happened."""
    got = _events(extractor, "Ο Διευθυντής Τροχαίας Αττικής ζήτησε από τους οδηγούς να προσέχουν μετά το "
                             "τροχαίο της Κυριακής 2 Μαρτίου 2025.")
    assert got and all(loc != "Αττική" for _, _, loc in got)


def test_a_published_act_is_dated_by_its_reference_beside_another_announcement(extractor):
    """"η οποία δημοσιεύτηκε χθες (4512/14.3.2023)": the act's reference date is its issue's day,
    though the text names an announcement of its own too ("Με ανακοίνωσή του")."""
    rec = extractor.extract_text(
        "Υποχρεωτική η ανάρτηση τιμοκαταλόγων στα καταστήματα\nΣύμφωνα με την εγκύκλιο του υπουργείου, "
        "η οποία δημοσιεύτηκε χθες (4512/14.3.2023), τα καταστήματα οφείλουν να αναρτούν τιμοκαταλόγους. "
        "Με ανακοίνωσή του ο σύλλογος καταστηματαρχών ζητά παράταση.")
    assert ("announcement", "2023-03-14") in [(e.type, e.date) for e in rec.events]


def test_two_event_words_of_one_sentence_with_one_place_are_one_happening(extractor):
    """The talk was given at the meeting: "που πραγματοποιήθηκε" says the meeting took place, but
    the sentence's one place is the talk's already, so it names no second happening there."""
    got = _events(extractor, "Την ανάγκη για φθηνή ενέργεια στη Βιέννη τόνισε ο υπουργός κατά την ομιλία του "
                             "στη Γενική Συνέλευση των δημάρχων, που πραγματοποιήθηκε χθες το απόγευμα.")
    assert [loc for _, _, loc in got if loc] == ["Βιέννη"]


@pytest.mark.parametrize(
    "body, place",
    [
        # a hall named by a common noun and a body is no named venue: the town after it
        ("Υπογράφηκε σήμερα, στην αίθουσα του Δημοτικού Συμβουλίου στη Λάρισα, η σύμβαση για την "
         "ανακαίνιση του σταδίου.", "Λάρισα"),
        # a room named after a body, then the town: the town
        ("Το Τμήμα Νομικής διοργανώνει ομιλία την Τρίτη 18 Μαρτίου 2025 στο Αμφιθέατρο της Νομικής Σχολής "
         "στην Κομοτηνή.", "Κομοτηνή"),
        # a named venue stays, though its town follows
        ("Η ομιλία θα γίνει την Τρίτη 18 Μαρτίου 2025 στο Μέγαρο Μουσικής στην Αθήνα.", "Μέγαρο Μουσικής"),
    ],
)
def test_a_named_place_not_a_room_of_a_body_is_the_events_place(extractor, body, place):
    assert place in [loc for _, _, loc in _events(extractor, body)]


def test_a_named_deadline_is_dated_by_its_limit_not_another_day(extractor):
    # the sentence that names the deadlines holds another day (the count's reference); the limit
    # comes later, after "μέχρι"
    text = ("Οι προθεσμίες για την ολοκλήρωση του φακέλου υπολογίζονται επί της Κυριακής 17 Νοεμβρίου 2024. "
            "Οι σύλλογοι πρέπει να υποβάλουν αίτηση το αργότερο μέχρι τις 20 Οκτωβρίου 2024.")
    rec = extractor.extract_text(text)
    assert [e.date for e in rec.events if e.type == "deadline"] == ["2024-10-20"]


def test_a_later_verb_of_another_subject_does_not_date_the_event(extractor):
    """Both sentences state an announcement by a verb: the second, dated, is another one."""
    rec = extractor.extract_text(
        "Νέοι κανόνες για τις αγγελίες\n"
        "Η εταιρεία Ορίζων ανακοίνωσε ότι δεν θα δέχεται πλέον πολιτικές αγγελίες στην ιστοσελίδα της. "
        "Η απόφαση αφορά όλους τους πελάτες της.\n"
        "Νωρίτερα, ο ανταγωνιστής της ανακοίνωσε στις 12 Μαρτίου 2021 ότι θα κάνει το ίδιο.")
    dates = {e.date for e in rec.events if e.type == "announcement"}
    assert "2021-03-12" not in dates


def test_a_headline_word_then_a_dated_verb_keep_the_date(extractor):
    """A headline states nothing by itself: the body's verb tells the same happening, dated."""
    rec = extractor.extract_text(
        "ΠΑΡΟΥΣΙΑΣΤΗΚΕ Ο ΟΔΗΓΟΣ ΤΟΥ ΜΟΥΣΕΙΟΥ\n\n"
        "Ο νέος οδηγός του Λαογραφικού Μουσείου παρουσιάστηκε στις 4 Μαΐου 2023 στην αίθουσα του Δημαρχείου.")
    got = {e.type: e.date for e in rec.events}
    assert got.get("presentation") == "2023-05-04"


def test_a_quoted_date_does_not_date_the_announcement(extractor):
    """The quoted text tells its own happenings; the announcement's day is not among them."""
    rec = extractor.extract_text(
        "Τι απαντά ο Δήμος για την καθαριότητα\n"
        "Ο Δήμος απάντησε με ανακοίνωση στις καταγγελίες των κατοίκων. Ακολουθεί η ανακοίνωση: "
        "«Από τις 3 Μαρτίου 2021 τα συνεργεία του Δήμου καθαρίζουν καθημερινά όλες τις γειτονιές».")
    assert all(e.date != "2021-03-03" for e in rec.events if e.type == "announcement")


@pytest.mark.parametrize(("text", "kind", "place"), [
    # a region first, then a town in it: the happening is placed by the town
    ("Στη Θεσσαλία σημειώθηκε χθες σεισμός μεγέθους 5,2 Ρίχτερ, με επίκεντρο κοντά στα Φάρσαλα.",
     "incident", "Φάρσαλα"),
    # the place hangs on the event's word; a later phrase on another noun does not replace it
    ("Σε συνάντηση των υπουργών Γεωργίας στη Γαλλία, αρκετοί υπουργοί ζήτησαν στήριξη για "
     "τους παραγωγούς στο Ηράκλειο.", "meeting", "Γαλλία"),
    # "στο λιμάνι της πόλης Χ": the common noun names the kind of place of the name after it
    ("Το ατύχημα έγινε χθες το πρωί στο λιμάνι της πόλης Καλαμάτα, όταν ένα φορτηγό έπεσε στη θάλασσα.",
     "incident", "Καλαμάτα"),
    # "της περιοδείας του στη Θεσσαλία, ... βρέθηκε στα Τρίκαλα": the verb's place is finer
    ("Στο πλαίσιο της περιοδείας του στη Θεσσαλία, ο υφυπουργός Αγροτικής Ανάπτυξης βρέθηκε "
     "στα Τρίκαλα και μίλησε με παραγωγούς της περιοχής.", "visit", "Τρίκαλα"),
], ids=["finer-town-later", "coarse-on-event-word", "kind-of-place-noun", "finer-on-verb"])
def test_an_event_is_placed_as_finely_as_its_sentence_places_it(extractor, text, kind, place):
    got = {e.type: e.location for e in extractor.extract_text(text).events}
    assert got.get(kind) == place


@pytest.mark.parametrize(
    "lead, dated",
    [
        # the lead's only verb is the copula: it states, its date dates no happening
        ("Σύμφωνα με την Εφορεία, η Κνωσός στις 14 Αυγούστου 2022 ήταν ο πιο πολυσύχναστος χώρος της χώρας.",
         False),
        # a verb that tells a happening: the lead's date is the news'
        ("Ζημιές προκάλεσε στις 14 Αυγούστου 2022 η κακοκαιρία στο λιμάνι του Ηρακλείου.", True),
    ],
)
def test_a_lead_dates_the_news_only_when_it_tells_a_happening(extractor, lead, dated):
    rec = extractor.extract_text("Σοβαρά προβλήματα στα νησιά του Αιγαίου\n" + lead + "\nΟι αρχές παρακολουθούν.")
    assert ("2022-08-14" in {e.date for e in rec.events}) is dated


@pytest.mark.parametrize(
    "second, dated",
    [
        # the lead's own sentence has no day; the next one of its paragraph tells the news on, dated
        ("Οι κάτοικοι χόρεψαν την Κυριακή 6 Οκτωβρίου 2024 στην κεντρική πλατεία μέχρι τα ξημερώματα.", True),
        # in the pluperfect it tells what had happened before the news: background, no day of it
        ("Είχαν φτάσει οι πρώτοι προσκυνητές την Κυριακή 6 Οκτωβρίου 2024 από τα γύρω χωριά.", False),
        # a limit is no day of a happening
        ("Τα δικαιολογητικά κατατίθενται έως τις 6 Οκτωβρίου 2024 στο δημαρχείο.", False),
    ],
    ids=["next-sentence", "pluperfect", "limit"],
)
def test_a_lead_without_a_day_takes_that_of_the_next_sentence_of_its_paragraph(extractor, second, dated):
    text = ("Με χορούς και τραγούδια τίμησαν οι κάτοικοι τον πολιούχο τους\n"
            "Πλήθος κόσμου συγκεντρώθηκε στο χωριό για να τιμήσει τον πολιούχο. " + second +
            "\nΟι διοργανωτές ευχαρίστησαν όσους βοήθησαν.")
    assert ("2024-10-06" in {e.date for e in extractor.extract_text(text).events}) is dated


def test_a_news_article_leaves_out_a_happening_named_in_passing(extractor):
    """A second event that one body sentence names, outside the headline and the lead, is background."""
    text = ("Πρεμιέρα για το νέο θέατρο της Λάρισας\n"
            "Με μεγάλη επιτυχία πραγματοποιήθηκε χθες η συναυλία των εγκαινίων στο νέο Δημοτικό Θέατρο Λάρισας.\n"
            "Το θέατρο θα φιλοξενήσει παραστάσεις όλο τον χειμώνα.\n"
            "Ο δήμαρχος θυμήθηκε τη μεγάλη πυρκαγιά στον Βόλο, που είχε καταστρέψει το παλιό κτίριο του θιάσου.\n"
            "Τα εισιτήρια διατίθενται ήδη στα ταμεία.")
    rec = extractor.extract_text(text)
    assert "incident" not in {e.type for e in rec.events}
    assert any(e.type == "concert" for e in rec.events)


def _parks_article(body: str) -> str:
    """A news article on a town's parks whose fourth line, ``body``, may name a second happening."""
    return ("Νέο σχέδιο για τα πάρκα της Κατερίνης\n"
            "Παρουσιάστηκε χθες στην Κατερίνη το σχέδιο ανάπλασης των πάρκων της πόλης.\n"
            "Οι κάτοικοι ζητούν περισσότερα δέντρα και παγκάκια.\n"
            f"{body}\n"
            "Το έργο θα χρηματοδοτηθεί από το Ταμείο Ανάκαμψης.")


@pytest.mark.parametrize(
    "body, kept",
    [
        # the future: a happening the text announces for its day, not one it names in passing
        ("Οι προτάσεις θα συζητηθούν από το δημοτικό συμβούλιο σε συνεδρίαση την Τρίτη 9 Ιουνίου 2026.", True),
        ("Την Τρίτη 9 Ιουνίου 2026 θα πραγματοποιηθεί η συνεδρίαση του δημοτικού συμβουλίου.", True),
        # a past tense tells a background happening
        ("Οι προτάσεις συζητήθηκαν από το δημοτικό συμβούλιο σε συνεδρίαση την Τρίτη 9 Ιουνίου 2026.", False),
        # the future of another clause, across a comma or "ότι", dates no word of this one
        ("Η συνεδρίαση της επιτροπής έγινε πέρσι, ενώ θα ακολουθήσει ψηφοφορία την Τρίτη 9 Ιουνίου 2026.", False),
        ("Στη συνεδρίαση ο δήμαρχος είπε ότι θα μιλήσει στους κατοίκους την Τρίτη 9 Ιουνίου 2026.", False),
    ],
    ids=["future-verb-before", "future-date-first", "past", "other-clause", "after-oti"],
)
def test_a_news_article_keeps_a_happening_it_announces_for_a_day(extractor, body, kept):
    """"θα" before the clause's verb tells a coming happening with its day: not background."""
    rec = extractor.extract_text(_parks_article(body))
    assert ("2026-06-09" in {e.date for e in rec.events if e.type == "session"}) is kept


@pytest.mark.parametrize(
    "body, kept",
    [
        # a span of days sets out when the happening runs: not background, dated by its first day
        ("Η κλήρωση των ομίλων έγινε στο διάστημα από 3 έως 9 Μαρτίου 2026 στο Ηράκλειο.", True),
        ("Οι αναμετρήσεις των σχολείων διεξήχθησαν από τις 3 έως τις 9 Μαρτίου 2026 σε τρεις πόλεις.", True),
        # a single day of a past tense names a background happening
        ("Η κλήρωση των ομίλων έγινε στις 3 Μαρτίου 2026 στο Ηράκλειο.", False),
    ],
    ids=["span-from-to", "span-with-articles", "single-day"],
)
def test_a_news_article_keeps_a_happening_dated_by_a_span_of_days(extractor, body, kept):
    """A body sentence that gives a happening's first and last day tells it, it does not name it in passing."""
    rec = extractor.extract_text(_parks_article(body))
    assert ("2026-03-03" in {e.date for e in rec.events}) is kept


@pytest.mark.parametrize(
    "text, date",
    [
        # the month first, the day later, within it: the day
        ("Συνελήφθη ο δράστης της ληστείας στο κοσμηματοπωλείο της Πάτρας τον Μάρτιο του 2024.\n"
         "Η ληστεία έγινε στις 17 Μαρτίου 2024 το μεσημέρι.", "2024-03-17"),
        # a later day outside that month is another happening's: it is not taken, and a month
        # alone dates no event (see test_a_month_alone_dates_no_event)
        ("Συνελήφθη ο δράστης της ληστείας στο κοσμηματοπωλείο της Πάτρας τον Μάρτιο του 2024.\n"
         "Η δίκη του για τη ληστεία ορίστηκε για τις 9 Ιουνίου 2024.", None),
    ],
    ids=["day-within-month", "day-outside-month"],
)
def test_an_event_dated_by_its_month_takes_the_day_a_later_sentence_gives(extractor, text, date):
    rec = extractor.extract_text(text)
    assert {e.date for e in rec.events if e.type == "incident"} == {date}


@pytest.mark.parametrize(
    "text, date",
    [
        # a month with its year recalls a happening or sets a plan's horizon: no event's day
        ("Νέα στοιχεία για τον επιχειρηματία\nΣυνελήφθη τον Νοέμβριο του 2021 στη Λάρισα, καθώς "
         "τον βαρύνουν υποψίες για απάτη.", None),
        ("Καθυστερεί το νέο μουσείο\nΤα εγκαίνια του μουσείου μετατέθηκαν για τον Οκτώβριο του 2026.", None),
        ("Ρεκόρ στους δρόμους\nΤον Φεβρουάριο του 2023 σημειώθηκαν 512 τροχαία ατυχήματα στην περιφέρεια.", None),
        ("Μάσκες από το εργοστάσιο\nΗ εταιρεία ανακοίνωσε ότι η παραγωγή θα ξεκινήσει στα μέσα του "
         "Μαΐου 2022 στη Θήβα.", None),
        # a day, with its year, still dates the event
        ("Καθυστερεί το νέο μουσείο\nΤα εγκαίνια του μουσείου μετατέθηκαν για τις 14 Οκτωβρίου 2026.",
         "2026-10-14"),
    ],
    ids=["arrest-month", "planned-month", "count-over-month", "mid-month", "day"],
)
def test_a_month_alone_dates_no_event(extractor, text, date):
    """News tells the happening it reports by its day; a month alone names one in passing."""
    rec = extractor.extract_text(text)
    assert {e.date for e in rec.events if e.date} == ({date} if date else set())


@pytest.mark.parametrize("word", ["δολοφονία", "έκρηξη", "ληστεία", "εμπρησμό", "γυναικοκτονία", "βρεφοκτονία"])
def test_a_crime_or_blast_is_an_incident(extractor, word):
    rec = extractor.extract_text(f"Σοκ στη γειτονιά\nΗ αστυνομία ερευνά την {word} στη Νάουσα, που έγινε "
                                 "το βράδυ της Τρίτης 4 Μαρτίου 2025.")
    assert ("incident", "2025-03-04", "Νάουσα") in {(e.type, e.date, e.location) for e in rec.events}


def test_a_date_after_an_event_word_is_that_event_s(extractor):
    """One sentence, two events, each with its date right after its word: each keeps its own."""
    got = _events(extractor, "Το Δημοτικό Συμβούλιο, κατά τη συνεδρίασή του της 12ης Φεβρουαρίου 2025, "
                             "αποφάσισε τη διεξαγωγή των αρχαιρεσιών του Συλλόγου την Κυριακή 6 Απριλίου 2025.")
    dates = {t: d for t, d, _ in got}
    assert dates.get("session") == "2025-02-12"
    assert dates.get("election") == "2025-04-06"


def test_a_crime_named_as_a_charge_is_no_happening_of_the_text(extractor):
    """The arrest is the news; the robbery he is charged with, on another day and place, is not."""
    rec = extractor.extract_text(
        "Σύλληψη στη Χαλκίδα\nΣυνελήφθη το απόγευμα στη Χαλκίδα ένας 40χρονος. Κατηγορείται για "
        "τη ληστεία σε πρατήριο καυσίμων στη Λαμία στις 3 Ιανουαρίου 2024 και για τον εμπρησμό ενός αυτοκινήτου.")
    assert "2024-01-03" not in {e.date for e in rec.events}
    assert "Λαμία" not in {e.location for e in rec.events}


@pytest.mark.parametrize(
    "body, expected",
    [
        # the case is named in the genitive, but its relative clause says the crime took place
        ("Εξιχνιάστηκε από την Ασφάλεια η υπόθεση ανθρωποκτονίας 50χρονου, που έλαβε χώρα το βράδυ "
         "της 14ης Φεβρουαρίου 2025 στην πλατεία της Τρίπολης.", ("incident", "2025-02-14")),
        ("Προφυλακίστηκε ο 30χρονος για τη ληστεία που σημειώθηκε στις 20 Φεβρουαρίου 2025 σε "
         "κοσμηματοπωλείο της Πάτρας.", ("incident", "2025-02-20")),
    ],
)
def test_a_crime_a_relative_clause_says_took_place_is_told(extractor, body, expected):
    """"η υπόθεση ανθρωποκτονίας ..., που έλαβε χώρα στις ...": the clause tells the crime itself
    on its day; a charge or a case alone would not."""
    assert expected in {(t, d) for t, d, _ in _events(extractor, body)}


@pytest.mark.parametrize(
    "body",
    [
        "Ο παρουσιαστής της εκπομπής μίλησε χθες για τα νέα επεισόδια, που θα προβάλλονται από τις 5 Μαρτίου 2025.",
        "Η παρουσιάστρια του δελτίου αποχώρησε από τον σταθμό στις 28 Φεβρουαρίου 2025.",
    ],
)
def test_the_noun_of_a_presenter_is_no_presentation(extractor, body):
    """"ο παρουσιαστής", "η παρουσιάστρια": a person built on the stem of "παρουσίαση", no event."""
    assert all(t != "presentation" for t, _, _ in _events(extractor, body))


def test_a_side_event_with_only_a_month_is_a_plan_not_a_happening(extractor):
    """The signing is the news; the tender "expected in June" is a plan, not an event of the text."""
    got = _events(extractor, "Υπογράφηκε σήμερα στο Ναύπλιο η σύμβαση για την ανακαίνιση του σταθμού. "
                             "Ο διαγωνισμός για την ανάδειξη αναδόχου αναμένεται να προκηρυχθεί τον Ιούνιο του 2025.")
    assert ("signing", "2025-03-03", "Ναύπλιο") in got
    assert all(d is None or len(d) == 10 for _, d, _ in got)


@pytest.mark.parametrize(
    "body",
    [
        "Τις πληγείσες περιοχές της Καρδίτσας επισκέφθηκε χθες ο υφυπουργός Αγροτικής Ανάπτυξης.",
        "Ο υφυπουργός Αγροτικής Ανάπτυξης επισκέφτηκε χθες την Καρδίτσα, όπου μίλησε με αγρότες.",
    ],
    ids=["object-before", "object-after"],
)
def test_a_visit_verb_is_placed_by_its_object(extractor, body):
    """"επισκέπτομαι" is transitive: the place visited is its object, not a locative phrase."""
    assert ("visit", "2025-03-02", "Καρδίτσα") in _events(extractor, body)


@pytest.mark.parametrize(
    "follow, dates",
    [
        # a noun without its article brings in a new meeting, on its own day
        ("Στις 14 Μαρτίου 2025 θα ακολουθήσει τεχνική σύσκεψη στην Τρίπολη.", {"2025-03-02", "2025-03-14"}),
        # with its article it points back at the meeting told: no second one
        ("Στις 14 Μαρτίου 2025 θα δημοσιευθούν τα πρακτικά της σύσκεψης.", {"2025-03-02"}),
    ],
    ids=["indefinite-new", "definite-same"],
)
def test_an_event_noun_without_article_is_a_new_happening(extractor, follow, dates):
    got = _events(extractor, "Σύσκεψη με τους δημάρχους της περιοχής είχε χθες στην Καλαμάτα ο περιφερειάρχης. "
                             + follow)
    assert {d for t, d, _ in got if t == "meeting"} == dates


@pytest.mark.parametrize(
    "follow, places",
    [
        # a finite verb of the type, its phrase of place right after it: another happening
        ("Την ίδια ώρα ένας 30χρονος δολοφονήθηκε χθες το βράδυ στη Ρόδο.", {"Λάρισα", "Ρόδος"}),
        ("Ένας 45χρονος συνελήφθη σήμερα στην Καβάλα για ληστεία.", {"Λάρισα", "Καβάλα"}),
        # another verb between: the phrase of place is that verb's
        ("Ο 30χρονος που δολοφονήθηκε είχε μετακομίσει στη Ρόδο.", {"Λάρισα"}),
        # the same place: no second happening
        ("Ο δράστης συνελήφθη λίγο αργότερα στη Λάρισα.", {"Λάρισα"}),
        # a weak object pronoun: the story goes on with someone already told of
        ("Ο δράστης διέφυγε, αλλά αστυνομικοί τον συνέλαβαν χθες στην Καβάλα.", {"Λάρισα"}),
    ],
    ids=["verb-new-place", "arrest-new-place", "other-verb", "same-place", "object-pronoun"],
)
def test_a_verb_of_the_type_with_its_own_place_is_another_happening(extractor, follow, places):
    got = _events(extractor, "Νέα δολοφονία στη Λάρισα. Η δολοφονία του 40χρονου συγκλόνισε την πόλη. " + follow)
    assert {p for t, _, p in got if t == "incident" and p} == places


@pytest.mark.parametrize(
    "text",
    [
        "Την ανεργία στη Δυτική Μακεδονία συζήτησε ο υφυπουργός κατά την ομιλία του στο συνέδριο των "
        "εμπόρων, που πραγματοποιήθηκε μέσω τηλεδιάσκεψης.",
        "Την Πέμπτη θα πραγματοποιηθεί διαδικτυακή ημερίδα για τα προβλήματα των αγροτών στη Θεσσαλία.",
    ],
    ids=["video-call", "online-workshop"],
)
def test_an_online_event_has_no_place(extractor, text):
    """A place beside an online event is its subject, not its venue."""
    assert all(e.location is None for e in extractor.extract_text(text).events)


@pytest.mark.parametrize(
    "text, location",
    [
        ("Ένας 40χρονος τραυματίστηκε ελαφρά. Το περιστατικό σημειώθηκε χθες το βράδυ στην Πάτρα.", "Πάτρα"),
        ("Ένας οδηγός τραυματίστηκε ελαφρά. Το συμβάν έλαβε χώρα το πρωί στη Θεσσαλονίκη.", "Θεσσαλονίκη"),
        # the kind's noun after adjectives, the place's name after it
        ("Οι ερευνητές μελέτησαν ένα περιστατικό που έλαβε χώρα στην κινεζική πόλη Τσενγκντού.", "Τσενγκντού"),
    ],
)
def test_a_happening_told_as_such_is_an_incident(extractor, text, location):
    rec = extractor.extract_text(text)
    assert [(e.type, e.location) for e in rec.events if e.type == "incident"] == [("incident", location)]


@pytest.mark.parametrize(
    "text",
    [
        # cases of an illness, not a happening
        "Τα περιστατικά κορωνοϊού αυξήθηκαν στην Πάτρα.",
        # no verb of taking place after it
        "Το περιστατικό έδειξε τις αδυναμίες του συστήματος στην Πάτρα.",
    ],
)
def test_a_case_or_a_lesson_is_no_incident(extractor, text):
    assert not [e for e in extractor.extract_text(text).events if e.type == "incident"]


def test_every_kind_of_place_the_gazetteer_uses_is_ranked():
    from keryx.events.builder import PLACE_KIND_RANKS, _place_rank
    from keryx.lang.el import read_tsv

    kinds = {row[2] for row in read_tsv("places.tsv") if len(row) > 2}
    assert kinds <= set(PLACE_KIND_RANKS)
    assert _place_rank("Καλιφόρνια") == PLACE_KIND_RANKS["region"]  # a state ranks as a region
    assert _place_rank("Σανγκάη") == PLACE_KIND_RANKS["city"]  # a world city as a city


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Βρετανία", "country"),  # the United Kingdom's common names, kept as written
        ("Μεγάλη Βρετανία", "country"),
        ("ΕΣΣΔ", "country"),
        ("Καραϊβική", "world region"),  # UN M49 (CLDR's Greek names)
        ("Μέση Ανατολή", "world region"),
        ("Αρκτική", "world region"),  # the other polar region
        ("Ανατολική Μεσόγειος", "sea"),  # a sea's part named by its point of the compass
        ("Νοτιοδυτική Ασία", "continent"),
    ],
)
def test_common_names_world_regions_and_their_parts_are_ranked(name, kind):
    from keryx.events.builder import PLACE_KIND_RANKS, _place_rank

    assert _place_rank(name) == PLACE_KIND_RANKS[kind]


def test_a_country_part_named_by_the_compass_stays_unranked():
    """Only a continent's, a sea's or a world region's part takes the whole's rank."""
    from keryx.events.builder import _place_rank

    assert _place_rank("Νότια Ιταλία") is None


def _news(extractor, text: str) -> list[tuple[str, str | None]]:
    rec = extractor.extract_text(text)
    return [(e.type, e.location) for e in rec.events]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a demonstration is an event of its own, placed where its sentence says
        ("Νέες κινητοποιήσεις των αγροτών\n"
         "Εκατοντάδες αγρότες διαδήλωσαν χθες στη Λάρισα με τα τρακτέρ τους, ζητώντας φθηνότερο ρεύμα.\n"
         "Οι εκπρόσωποί τους θα συναντηθούν την επόμενη εβδομάδα με τον υπουργό.",
         ("protest", "Λάρισα")),
        ("Απεργία στα λιμάνια\n"
         "Σε 24ωρη απεργία προχωρούν σήμερα οι λιμενεργάτες στον Πειραιά, διαμαρτυρόμενοι για τις συνθήκες εργασίας.\n"
         "Τα πλοία παραμένουν δεμένα.",
         ("protest", "Πειραιάς")),
    ],
)
def test_a_demonstration_is_an_event_with_its_place(extractor, text, expected):
    assert expected in _news(extractor, text)


@pytest.mark.parametrize(
    "text, place",
    [
        # the first sentence names only the country; a later one that names the event says where in it
        ("Χιλιάδες διαδηλωτές στην Πορτογαλία\n"
         "Χιλιάδες άνθρωποι διαδήλωσαν σήμερα στην Πορτογαλία κατά των νέων φόρων.\n"
         "Οι διαδηλωτές έκαναν πορεία στο κέντρο της Λισαβόνας ως το κοινοβούλιο.",
         "Λισαβόνα"),
        ("Η μεγαλύτερη έκθεση βιβλίου στην Ευρώπη έρχεται στη Θεσσαλονίκη\n"
         "Η έκθεση βιβλίου θα διεξαχθεί τον Μάιο στη Θεσσαλονίκη με τη συμμετοχή διακοσίων εκδοτών.\n"
         "Η είσοδος θα είναι ελεύθερη.",
         "Θεσσαλονίκη"),
        # a headline that sets a play in a venue named by its head noun: the news is held there
        ("«Ο Γλάρος» του Τσέχοφ στο θέατρο Λήθη\n"
         "Η νέα σκηνοθεσία φέρνει τους ήρωες στο σήμερα.\n"
         "Οι ηθοποιοί μιλούν για τις πρόβες των τελευταίων μηνών.",
         "θέατρο Λήθη"),
        ("Έργα του Μότσαρτ στην Αίθουσα Σκαλκώτα\n"
         "Η ορχήστρα της πόλης παίζει δύο κοντσέρτα με σολίστ από το εξωτερικό.\n"
         "Τα εισιτήρια κοστίζουν δέκα ευρώ.",
         "Αίθουσα Σκαλκώτα"),
    ],
)
def test_the_news_is_placed_finer_than_a_country_or_at_a_headline_venue(extractor, text, place):
    assert place in [loc for _, loc in _news(extractor, text)]


@pytest.mark.parametrize(
    "text, place, not_place",
    [
        # a place set beside "στην πρωτεύουσα της ..." names the capital itself
        ("Διαμαρτυρία για το νερό\n"
         "Περίπου 300 κάτοικοι διαδήλωσαν το Σάββατο στην πρωτεύουσα της Κένυας, το Ναϊρόμπι, ζητώντας καθαρό νερό.\n"
         "Η αστυνομία δεν προχώρησε σε συλλήψεις.",
         "Ναϊρόμπι", "Κένυα"),
    ],
)
def test_a_place_in_apposition_names_the_head_noun(extractor, text, place, not_place):
    got = [loc for _, loc in _news(extractor, text)]
    assert place in got and not_place not in got


@pytest.mark.parametrize(
    "text, place",
    [
        # the phrase of place after the headline's verb tells where what it reports happened
        ("Ο Παπαδόπουλος κέρδισε το χρυσό μετάλλιο στη Βουδαπέστη\n"
         "Ο 24χρονος αθλητής τερμάτισε πρώτος με νέο προσωπικό ρεκόρ.\n"
         "Η επόμενη πρόκληση για τον ίδιο είναι το πρωτάθλημα του χειμώνα.",
         "Βουδαπέστη"),
        ("Ανεβαίνουν οι τιμές των καυσίμων στην Ιταλία\n"
         "Η βενζίνη ξεπέρασε τα δύο ευρώ το λίτρο για πρώτη φορά.\n"
         "Οι οδηγοί περιορίζουν τις μετακινήσεις τους.",
         "Ιταλία"),
    ],
)
def test_a_headline_verb_places_the_news(extractor, text, place):
    assert place in [loc for _, loc in _news(extractor, text)]


@pytest.mark.parametrize(
    "text, place",
    [
        # a phrase on the headline's subject, before its verb: what the news is about, not where
        ("Τα ενοίκια στη Βουδαπέστη αυξάνονται ραγδαία\n"
         "Οι τιμές ανέβηκαν κατά είκοσι τοις εκατό μέσα σε έναν χρόνο.\n"
         "Οι φοιτητές δυσκολεύονται να βρουν σπίτι.",
         "Βουδαπέστη"),
        # the verb of a relative clause is not the headline's
        ("Πρόστιμο στην εταιρεία που πουλούσε ληγμένα τρόφιμα στη Λάρισα\n"
         "Οι ελεγκτές βρήκαν εκατοντάδες προϊόντα χωρίς σήμανση.\n"
         "Η εταιρεία έχει δέκα ημέρες για να απαντήσει.",
         "Λάρισα"),
    ],
)
def test_a_headline_phrase_off_its_verb_places_no_news(extractor, text, place):
    assert place not in [loc for _, loc in _news(extractor, text)]


# --------------------------------------------------------------------------- the opening's defaults


@pytest.mark.parametrize(
    "text, expected",
    [
        # a phrase of place that opens the headline frames what it tells: the news is there
        ("Στη Λάρισα συναγερμός για τα κρούσματα γρίπης\nΟι γιατροί ζητούν εμβολιασμό από τους ηλικιωμένους.\n"
         "Τα νοσοκομεία είναι σε επιφυλακή.", ("other", "Λάρισα")),
        # or the part of it after the kicker's colon
        ("Κορωνοϊός: Στην Πάτρα νέα μέτρα για τα καταστήματα\nΟι έμποροι διαμαρτύρονται για τις απαγορεύσεις.\n"
         "Ο δήμος ζητά στήριξη.", ("other", "Πάτρα")),
        # a phrase of place later in the headline may hang on a noun: no place from it
        ("Ανησυχία στην Καρδίτσα για τη λειψυδρία\nΟι δήμαρχοι ζήτησαν σύσκεψη με τον υπουργό.\n"
         "Οι αγρότες περιμένουν απαντήσεις.", ("meeting", None)),
        ("Οι πάγοι στην Ισλανδία λιώνουν γρηγορότερα\nΟι επιστήμονες ανησυχούν για τη στάθμη της θάλασσας.", None),
        # a phrase in quotes is someone's words, no phrase of the headline
        ("«Στην Καβάλα θα μείνουμε», λένε οι κάτοικοι\nΟι κάτοικοι αρνούνται να φύγουν από τα σπίτια τους.", None),
    ],
)
def test_a_phrase_of_place_opening_the_headline_places_the_main_event(extractor, text, expected):
    events = extractor.extract_text(text).events
    assert ((events[0].type, events[0].location) if events else None) == expected


@pytest.mark.parametrize(
    "lead, date",
    [
        # the main event's own sentences hold no date: the lead's full date dates it
        ("Οι δήμαρχοι της Κρήτης συναντήθηκαν στις 14 Μαΐου 2024 και ζήτησαν έκτακτη χρηματοδότηση.", "2024-05-14"),
        # not a limit ("έως τις ...")
        ("Οι αιτήσεις για ενίσχυση υποβάλλονται έως τις 20 Μαΐου 2024.", None),
        # nor the date of a lead that only states (the copula)
        ("Η 14η Μαΐου 2024 ήταν μια δύσκολη μέρα για τους αγρότες.", None),
    ],
)
def test_a_main_event_without_a_date_takes_the_leads(extractor, lead, date):
    rec = extractor.extract_text(f"Σύσκεψη των δημάρχων για τη λειψυδρία\n{lead}\nΗ κυβέρνηση υποσχέθηκε βοήθεια.")
    assert (rec.events[0].type, rec.events[0].date) == ("meeting", date)



def _took_place_at(extractor, text: str, etype: str) -> str | None:
    """The place :meth:`EventBuilder._took_place_at` finds for a main event of ``etype`` in ``text``."""
    from keryx.events.builder import PlaceIndex, _headline

    doc = extractor.nlp(text)
    places = PlaceIndex(extractor.linker.link(doc), text)
    return extractor.events._took_place_at(doc, text, list(doc.sents), places, _headline(text), etype)


@pytest.mark.parametrize(
    "body, location",
    [
        # a sentence that names the event holds a verb of taking place with a phrase of place on it
        ("Η συνάντηση έγινε χθες στη Λάρισα.", "Λάρισα"),
        ("Η συνάντηση έλαβε χώρα χθες στη Λάρισα.", "Λάρισα"),
        # also inside the clause on the happening the event was part of
        ("Η συνάντηση έγινε στο πλαίσιο του συνεδρίου που πραγματοποιήθηκε την Παρασκευή στη Λάρισα.", "Λάρισα"),
        # a verb of taking place in a sentence that does not name the event places other things
        ("Οι κάτοικοι πραγματοποίησαν πορεία χθες στη Λάρισα.", None),
        # "έγινε γνωστό" (became known) tells no happening
        ("Στη συνάντηση έγινε γνωστό ότι στη Λάρισα θα ανοίξει νέο σχολείο.", None),
        # "έλαβε" alone is "received": only "έλαβε χώρα" tells that a happening took place
        ("Στη συνάντηση ο δήμαρχος έλαβε στη Λάρισα τα έγγραφα.", None),
        # a phrase of place after another finite verb hangs on that verb
        ("Η συνάντηση έγινε χθες και οι δήμαρχοι ταξίδεψαν στη Λάρισα.", None),
        # a phrase of place before the verb is no phrase on it
        ("Στη Λάρισα η συνάντηση έγινε χθες.", None),
        # nor does a verb inside quotes count
        ("«Η συνάντηση έγινε στη Λάρισα», είπε ο δήμαρχος.", None),
    ],
)
def test_a_body_sentence_tells_where_the_main_event_took_place(extractor, body, location):
    text = f"Σύσκεψη των δημάρχων για τη λειψυδρία\nΟι δήμαρχοι ζήτησαν έκτακτη χρηματοδότηση.\n{body}\n"
    assert _took_place_at(extractor, text, "meeting") == location


@pytest.mark.parametrize(
    "headline, body, location",
    [
        # the place of the happening the main event was part of, in a clause on it, places it
        ("Σύσκεψη των δημάρχων για τη λειψυδρία",
         "Ο υπουργός μίλησε στη συνάντηση, στο πλαίσιο της Agrotica που πραγματοποιήθηκε χθες στη Θεσσαλονίκη.",
         "Θεσσαλονίκη"),
        ("Σύσκεψη των δημάρχων για τη λειψυδρία",
         "Η συνάντηση έγινε στο περιθώριο της Agrotica, που διεξάγεται αυτή την εβδομάδα στη Θεσσαλονίκη.",
         "Θεσσαλονίκη"),
        # a town places the main event more finely than the headline's country
        ("Σύσκεψη στην Ελλάδα για τη λειψυδρία",
         "Η συνάντηση έγινε στο περιθώριο της Agrotica, που διεξάγεται αυτή την εβδομάδα στη Θεσσαλονίκη.",
         "Θεσσαλονίκη"),
        ("Στην Ελλάδα σύσκεψη για τη λειψυδρία",
         "Η συνάντηση έγινε στο περιθώριο της Agrotica, που διεξάγεται αυτή την εβδομάδα στη Θεσσαλονίκη.",
         "Θεσσαλονίκη"),
        # not a coarser place
        ("Σύσκεψη στη Λάρισα για τη λειψυδρία",
         "Η συνάντηση έγινε στο περιθώριο της Agrotica, που διεξάγεται αυτή την εβδομάδα στη Θεσσαλία.", "Λάρισα"),
    ],
)
def test_the_main_event_takes_the_place_a_body_sentence_says_it_took_place(extractor, headline, body, location):
    rec = extractor.extract_text(f"{headline}\nΟι δήμαρχοι ζήτησαν έκτακτη χρηματοδότηση.\n{body}\n")
    assert (rec.events[0].type, rec.events[0].location) == ("meeting", location)


@pytest.mark.parametrize(
    "text, date",
    [
        # an embedded post closes with its day in English: the news it tells is of that day
        ("Ισπανία: Οι δήμαρχοι ζητούν περισσότερα μέτρα για τον καύσωνα\n"
         "Η ανάρτηση του συνδέσμου των δήμων προκάλεσε αντιδράσεις στα μέσα κοινωνικής δικτύωσης.\n"
         "We ask for more help for our towns pic.twitter.com/AbCdEf123 July 12, 2022\n"
         "Η κυβέρνηση δεν έχει απαντήσει ακόμη.", "2022-07-12"),
        # the day the lead gives, in Greek, comes first
        ("Ισπανία: Οι δήμαρχοι ζητούν περισσότερα μέτρα για τον καύσωνα\n"
         "Συνεδρίασαν στις 10 Ιουλίου 2022 οι δήμαρχοι της χώρας στη Μαδρίτη.\n"
         "We ask for more help for our towns pic.twitter.com/AbCdEf123 July 12, 2022\n"
         "Η κυβέρνηση δεν έχει απαντήσει ακόμη.", "2022-07-10"),
        # the sentence that names the event dates another clause's happening: no day for it
        ("Ισπανία: Οι δήμαρχοι έκαναν την ανακοίνωση για τον καύσωνα\n"
         "Η ένωση των δήμων ανακοίνωσε ότι άνοιξε δύο νέα κέντρα τα οποία θα λειτουργήσουν από τα μέσα "
         "του Ιουλίου 2022.\n"
         "We ask for more help for our towns pic.twitter.com/AbCdEf123 July 12, 2022\n"
         "Η κυβέρνηση δεν έχει απαντήσει ακόμη.", None),
    ],
    ids=["posted-day", "lead-day-first", "other-clause-day"],
)
def test_an_embedded_posts_english_date_dates_the_news(extractor, text, date):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].date == date


def test_an_english_date_in_the_headline_is_no_post(extractor):
    """Only the body embeds a post; without a headline there is no news event to date."""
    rec = extractor.extract_text("Οι δήμαρχοι ζητούν περισσότερα μέτρα για τον καύσωνα, έγραψε η ανάρτηση "
                                 "pic.twitter.com/AbCdEf123 July 12, 2022")
    assert all(e.date != "2022-07-12" for e in rec.events)


def _located(rec, etype: str) -> str | None:
    return next(e.location for e in rec.events if e.type == etype)


@pytest.mark.parametrize(
    "text, etype, location",
    [
        # after "ότι/πως" a speech act tells what was said: its places are the content's
        ("Η Επιτροπή Υγείας ανακοίνωσε την Τρίτη ότι καταγράφηκαν 14 νέα κρούσματα στην Ιταλία.",
         "announcement", None),
        ("Ο δήμαρχος ανακοίνωσε πως η γιορτή του κρασιού θα γίνει φέτος στη Νάουσα.", "announcement", None),
        # before it, the place is where the speech act was made
        ("Ο δήμαρχος ανακοίνωσε στη Λάρισα ότι τα σχολεία θα μείνουν κλειστά.", "announcement", "Λάρισα"),
        # an interview is given to a medium; a press conference is held at a place
        ("Σε συνέντευξή του στην εφημερίδα, ο υπουργός Νίκος Δρακόπουλος μίλησε για τις εξελίξεις στην Κρήτη.",
         "press conference", None),
        ("Σε συνέντευξη Τύπου στο Ηράκλειο, ο υπουργός Νίκος Δρακόπουλος μίλησε για τις εξελίξεις.",
         "press conference", "Ηράκλειο"),
    ],
)
def test_what_is_said_or_an_interview_places_no_event(extractor, text, etype, location):
    assert _located(extractor.extract_text(text), etype) == location


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the adjective tells the session's day; the date of the sentence is the absence's
        ("Στη σημερινή συνεδρίαση του δημοτικού συμβουλίου συζητήθηκε η απουσία των συμβούλων από την "
         "εκδήλωση της 12/03/2024.", None, None),
        ("Στη σημερινή συνεδρίαση του δημοτικού συμβουλίου συζητήθηκε η απουσία των συμβούλων από την "
         "εκδήλωση της 12/03/2024.", "2024-03-20", "2024-03-20"),
        # other adjectives may stand between it and the event word
        ("Στη χθεσινή έκτακτη συνεδρίαση του δημοτικού συμβουλίου Βέροιας αποφασίστηκε η αγορά δύο "
         "λεωφορείων.", "2024-03-20", "2024-03-19"),
        ("Η αυριανή συνάντηση των δημάρχων της Ημαθίας θα γίνει στη Νάουσα.", "2024-03-20", "2024-03-21"),
        # without one, the sentence's date is the event's
        ("Η συνεδρίαση του δημοτικού συμβουλίου θα γίνει στις 25 Μαρτίου 2024 στη Βέροια.", None,
         "2024-03-25"),
    ],
    ids=["today-unknown", "today", "yesterday-past-adjective", "tomorrow", "no-adjective"],
)
def test_an_adjective_of_the_day_dates_the_event_word_it_modifies(extractor, text, published, expected):
    """"η σημερινή/χθεσινή/αυριανή συνεδρίαση": the day counted from publication, unknown without it."""
    rec = extractor.extract_text(text, published=published)
    assert rec.events[0].type in {"session", "meeting"}
    assert rec.events[0].date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span from a day up to the time of writing: a tally, no happening on its first day
        ("Από την έναρξη των ελέγχων την Τρίτη 5 Μαρτίου 2024, έως σήμερα, έχουν συλληφθεί 40 άτομα "
         "στη Λάρισα.", None),
        ("Από τις 5 Μαρτίου 2024 μέχρι και τώρα έχουν συλληφθεί 40 άτομα στη Λάρισα.", None),
        # a span with a day for its end dates the happening by its start, as before
        ("Από τις 5 Μαρτίου 2024 έως τις 9 Μαρτίου 2024 συνελήφθησαν 40 άτομα στη Λάρισα.", "2024-03-05"),
    ],
    ids=["until-today", "until-now", "closed-span"],
)
def test_a_span_up_to_the_time_of_writing_dates_no_happening(extractor, text, expected):
    rec = extractor.extract_text(text)
    assert rec.events
    assert [e.date for e in rec.events if e.date] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "Το συνέδριο των γιατρών θα πραγματοποιηθεί στην Πάτρα. Η δημοπρασία των έργων θα γίνει στο Ναύπλιο.",
        # named first, a noun of the dictionary list still does not become the main event
        "Η δημοπρασία των έργων θα γίνει στο Ναύπλιο. Το συνέδριο των γιατρών θα πραγματοποιηθεί στην Πάτρα.",
    ],
)
def test_a_side_event_has_its_own_place_after_the_main_event(extractor, text):
    events = [(e.type, e.location) for e in extractor.extract_text(text).events]
    assert events == [("conference", "Πάτρα"), ("auction", "Ναύπλιο")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country places a side event only as the frame of the report: undated, it goes
        ("Το συνέδριο των γιατρών θα πραγματοποιηθεί στην Πάτρα. "
         "Οι συνομιλίες των δύο κομμάτων συνεχίζονται στην Ιταλία.", [("conference", "Πάτρα", None)]),
        # ... a continent too
        ("Το συνέδριο των γιατρών θα πραγματοποιηθεί στην Πάτρα. "
         "Η δημοπρασία των πινάκων θα γίνει στην Ευρώπη.", [("conference", "Πάτρα", None)]),
        # dated, it stays, with no place
        ("Το συνέδριο των γιατρών θα πραγματοποιηθεί στην Πάτρα. Οι συνομιλίες των δύο κομμάτων "
         "θα συνεχιστούν στην Ιταλία την Τρίτη 14 Μαΐου 2024.",
         [("conference", "Πάτρα", None), ("meeting", None, "2024-05-14")]),
        # alone in the text, it is still no news placed there
        ("Η δημοπρασία των αμπελιών θα γίνει στην Ελβετία.", [("auction", None, None)]),
        # ... nor does the body's "took place in" place it in a country
        ("Ανησυχία στα γειτονικά κράτη\nΟι εκτοξεύσεις πυραύλων προκαλούν φόβο στους γείτονες. "
         "Οι εκτοξεύσεις έγιναν στη Βόρεια Κορέα πριν ξημερώσει η Κυριακή.", [("launch", None, None)]),
        # a city is a side event's own place
        ("Το συνέδριο των γιατρών θα πραγματοποιηθεί στην Πάτρα. "
         "Οι συνομιλίες των δύο κομμάτων συνεχίζονται στη Ρώμη.", [("conference", "Πάτρα", None), ("meeting", "Ρώμη", None)]),
        # a word of the lexicon keeps its country
        ("Το συνέδριο των γιατρών θα πραγματοποιηθεί στην Ιταλία.", [("conference", "Ιταλία", None)]),
    ],
    ids=["country", "continent", "dated", "alone", "took-place-at", "city", "lexicon-word"],
)
def test_a_side_event_placed_by_a_country_keeps_no_place(extractor, text, expected):
    assert [(e.type, e.location, e.date) for e in extractor.extract_text(text).events] == expected


@pytest.mark.parametrize(
    "text, date, location",
    [
        # the subject before the verb: a noun the lexicon lacks
        ("Ο αγώνας θα διεξαχθεί στις 12 Μαρτίου 2024 στο Ηράκλειο.", "2024-03-12", "Ηράκλειο"),
        # the subject after it, bare or with its article; the verb may open the sentence
        ("Συμπλοκές σημειώθηκαν στη Λάρισα μετά το τέλος της βραδιάς.", None, "Λάρισα"),
        ("Διεξήχθη ο ημιτελικός στη Βέροια την Τρίτη 3 Μαΐου 2022.", "2022-05-03", "Βέροια"),
        ("Το τουρνουά θα λάβει χώρα στην Καλαμάτα.", None, "Καλαμάτα"),
        # a capitalised adjective opening the sentence, taken for a name: the common noun heads it
        ("Αιματηρό επεισόδιο σημειώθηκε χθες το απόγευμα στη Λάρισα.", None, "Λάρισα"),
        # a relative clause of place cuts the verb's phrase off: the phrase set beside it after the clause
        ("Η τραγωδία συνέβη στο διαμέρισμα όπου ζούσε με τους γονείς του, στη Θεσσαλονίκη.", None, "Θεσσαλονίκη"),
        ("Ο καβγάς έγινε στο σπίτι που νοίκιαζε το ζευγάρι, επί της οδού Ερμού, στη Λάρισα.", None, "Λάρισα"),
    ],
)
def test_a_verb_of_taking_place_tells_a_happening(extractor, text, date, location):
    events = extractor.extract_text(text).events
    assert [(e.date, e.location) for e in events] == [(date, location)]


@pytest.mark.parametrize(
    "text",
    [
        "Ο Στέφανος Καλλέργης έγινε δεκτός στη Λάρισα.",  # a person, and "γίνομαι" with a predicate
        "Σημειώθηκε άνοδος των τιμών στη Λάρισα.",  # a change in a measure
        "Οι ομάδες ζητούν ο τελικός να διεξαχθεί στη Λάρισα.",  # wished, not told
        "Τέτοιες αψιμαχίες σπάνια συμβαίνουν στη Λάρισα.",  # a habit: a present with no day
        "Αν η προβολή έχει πραγματοποιηθεί στη Λάρισα, θα ενημερωθούμε.",  # a condition
        "Κανείς δεν ξέρει τι συμβαίνει στη Λάρισα.",  # an indefinite pronoun names no happening
        # the place is inside the relative clause: where someone lived, not the happening's place
        "Η τραγωδία συνέβη στο διαμέρισμα όπου ζούσε στη Λάρισα.",
        # after the relative clause a piece opened by no preposition of place: the place is another's
        "Η τραγωδία συνέβη στο διαμέρισμα όπου ζούσε, και ο αδελφός του έμενε στη Λάρισα.",
    ],
)
def test_a_verb_of_taking_place_without_a_happening_tells_none(extractor, text):
    assert not [e for e in extractor.extract_text(text).events if e.location == "Λάρισα"]


@pytest.mark.parametrize(
    "text, date",
    [
        # the happening after the verb of beginning, or before it; a future
        ("Στις 2 Ιουνίου 2025 ξεκινούν οι εξετάσεις των υποψηφίων.", "2025-06-02"),
        ("Τα μαθήματα του χειμερινού εξαμήνου θα αρχίσουν τη Δευτέρα 6 Οκτωβρίου 2025.", "2025-10-06"),
        # an accusative article before the day is no object
        ("Η περιοδεία της χορωδίας ξεκίνησε την Τετάρτη 12 Μαρτίου 2025.", "2025-03-12"),
    ],
)
def test_a_verb_of_beginning_dates_the_happening_it_begins(extractor, text, date):
    assert [e.date for e in extractor.extract_text(text).events] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Ο προπονητής ξεκίνησε την προετοιμασία της ομάδας στις 3 Ιουλίου 2024.",  # a doer and its object
        "Η ποιήτρια άρχισε να γράφει τη συλλογή στις 5 Μαρτίου 2019.",  # a phase verb before another
        "Ο Στέφανος Καλλέργης ξεκίνησε στις 4 Μαρτίου 2024 από τον Βόλο.",  # a person sets off
        "Όλα ξεκίνησαν στις 12 Μαΐου 2021, όταν έκλεισε το εργοστάσιο.",  # a pronoun names no happening
        "Οι κάτοικοι ζητούν οι εργασίες να ξεκινήσουν στις 4 Μαρτίου 2024.",  # wished, not told
        "Από τις 4 Μαρτίου 2024 η βάρδια θα ξεκινάει νωρίτερα.",  # a habit
        "Ξεκινάμε στις 4 Μαρτίου 2024 με νέα δύναμη.",  # the first person has no happening for subject
    ],
)
def test_a_verb_of_beginning_without_a_happening_dates_none(extractor, text):
    # a dated session first: a text whose event words date nothing would be dated by its first
    # day's verb (see test_a_day_dates_the_verb_of_a_text_whose_event_words_date_nothing)
    rec = extractor.extract_text("Η συνεδρίαση του συλλόγου έγινε στις 1 Ιουνίου 2019. " + text)
    assert [e.date for e in rec.events if e.date] == ["2019-06-01"]


@pytest.mark.parametrize(
    "day, dated",
    [
        # the year is only the paragraph's: the record keeps the day's date, the event waits for firmer evidence
        ("στις 14 Ιουνίου", None),
        # the day writes its own year: it dates the concert
        ("στις 14 Ιουνίου 2026", "2026-06-14"),
        # the weekday written with the day falls on it in the paragraph's year (14 June 2026 is a Sunday)
        ("την Κυριακή 14 Ιουνίου", "2026-06-14"),
        ("την Κυριακή (14/6)", "2026-06-14"),
    ],
    ids=["paragraph-year", "own-year", "weekday", "weekday-digits"],
)
def test_a_year_read_only_off_the_paragraph_dates_no_event(extractor, day, dated):
    rec = extractor.extract_text(
        "Νέα από τους συλλόγους της πόλης\nΟ πολιτιστικός σύλλογος ετοίμασε το πρόγραμμα 2026 για τη "
        f"νεολαία. Η συναυλία θα γίνει {day} στο Πάρκο Ειρήνης.")
    assert [d.date for d in rec.dates] == ["2026-06-14"]
    assert {e.type: e.date for e in rec.events}.get("concert") == dated


@pytest.mark.parametrize("years, several", [
    ("Η συμφωνία υπογράφηκε στις 24 Μαρτίου 2015 στην Αθήνα, μετά τις συζητήσεις του 2014. ", True),
    ("Η συμφωνία υπογράφηκε στις 24 Μαρτίου 2015 στην Αθήνα. ", False),  # one year: the day's is plain
], ids=["two-years", "one-year"])
@pytest.mark.parametrize(
    "day, fixed",
    [
        # a day without its year, in a text with no publication date that writes several years:
        # the record dates the day, but the text leaves its year open, so it dates no event
        ("στις 9 Φεβρουαρίου", False),
        # the weekday falls on the year taken (9 February 2015 was a Monday); the day writes its year
        ("τη Δευτέρα 9 Φεβρουαρίου", True),
        ("στις 9 Φεβρουαρίου 2015", True),
        ("στις 9 Φεβρουαρίου το 2015", True),  # the year written right after the day, outside its span
        # the year of writing, named without digits, is the one year the text's dates name
        ("στις 9 Φεβρουαρίου ε.ε.", True),
        ("στις 9 Φεβρουαρίου του τρέχοντος έτους", True),
    ],
    ids=["bare", "weekday", "own-year", "year-after", "ee", "this-year"],
)
def test_a_day_whose_year_the_text_leaves_open_dates_no_event(extractor, years, several, day, fixed):
    rec = extractor.extract_text(f"{years}Η σύσκεψη των δημάρχων έγινε {day} στη Λάρισα.")
    assert [d.date for d in rec.dates] == ["2015-03-24", "2015-02-09"]
    dated = "2015-02-09" if fixed or not several else None
    assert {e.type: e.date for e in rec.events}.get("meeting") == dated


@pytest.mark.parametrize(
    "sentence, dated",
    [
        # the name carries its edition's year before the day, in the day's own sentence: it dates the festival
        ("Το Φεστιβάλ Λευκάδας 2026 θα γίνει από τις 5 έως τις 9 Αυγούστου στο κάστρο.", {"festival": "2026-08-05"}),
        # a happening the lexicon lacks, told by its verb, takes the day too
        ("Η Γιορτή Κρασιού 2026 θα πραγματοποιηθεί στις 4 Ιουλίου στην πλατεία.", {"other": "2026-07-04"}),
        # a year after a common noun names a plan: the day stays the paragraph's guess
        ("Σύμφωνα με το πρόγραμμα 2026, η συναυλία θα γίνει στις 14 Ιουνίου στο Πάρκο Ειρήνης.", {"concert": None}),
    ],
    ids=["festival-name", "verb-told", "plan"],
)
def test_a_name_with_its_year_in_the_day_s_sentence_dates_the_event(extractor, sentence, dated):
    rec = extractor.extract_text(f"Νέα από τον πολιτισμό\nΟ δήμος ετοιμάζει ένα γεμάτο καλοκαίρι. {sentence}")
    assert len(rec.dates) == 1 and rec.dates[0].date is not None  # the year is the paragraph's
    assert {e.type: e.date for e in rec.events} == dated


@pytest.mark.parametrize(
    "sentence",
    [
        "Ο νέος συντελεστής ισχύει για τα συμβόλαια από 1.3.2021 και μετά.",
        "Η νέα διάταξη τίθεται σε ισχύ από την 1η Μαρτίου 2021.",
    ],
    ids=["applies-from", "comes-into-force"],
)
def test_an_article_keeps_the_day_a_rule_takes_effect_from(extractor, sentence):
    # one body sentence names it, as one names a background happening; the day is set to the readers
    rec = extractor.extract_text(
        "Αλλαγές στη φορολογία των αθλητών\nΗ ανακοίνωση του υπουργείου για τους αθλητές έφερε "
        f"αντιδράσεις στις ομάδες.\nΟι ομάδες ζητούσαν εδώ και καιρό μια τέτοια ρύθμιση.\n{sentence}")
    assert {e.type: e.date for e in rec.events}.get("in force") == "2021-03-01"


@pytest.mark.parametrize(
    "text, location",
    [
        # a lower-case venue head and the name right after it: the venue, as written
        ("Η συναυλία θα γίνει την Παρασκευή 10 Οκτωβρίου 2025 στο θέατρο Ορφέας.", "θέατρο Ορφέας"),
        # ... in quotes: the quoted name, as the places name the venue
        ("Η συνάντηση των δύο προέδρων έγινε στο ξενοδοχείο «Αστέρας» την Τρίτη 4 Μαρτίου 2025.", "Αστέρας"),
        ("Η έκθεση θα εγκαινιαστεί την Πέμπτη 6 Μαρτίου 2025 στη γκαλερί «Λευκός Τοίχος».", "Λευκός Τοίχος"),
        ("Η προβολή θα γίνει την Τρίτη 4 Μαρτίου 2025 στον κινηματογράφο «Αστέρια».", "Αστέρια"),
        # ... after any common venue noun (linking.json "facility_words"), its town after it or not
        ("Η παράσταση θα δοθεί την Πέμπτη 6 Μαρτίου 2025 στον πολυχώρο «Φάρος» στη Νίκαια.", "Φάρος"),
        ("Η επίθεση έγινε την Τρίτη 4 Μαρτίου 2025 στο στέκι «Κυψέλη» στα Εξάρχεια.", "Κυψέλη"),
        ("Η παρουσίαση του βιβλίου έγινε την Τρίτη 4 Μαρτίου 2025 στο βιβλιοπωλείο «Σελίδες».", "Σελίδες"),
        ("Η εκδήλωση θα γίνει την Κυριακή 9 Μαρτίου 2025 στο αμφιθέατρο ΑΝΔΡΕΑΣ του Ιδρύματος.",
         "αμφιθέατρο ΑΝΔΡΕΑΣ"),
        # a capitalised venue head before a body's genitive: the venue, not the body
        ("Η ομιλία του υπουργού έγινε την Τρίτη 4 Μαρτίου 2025 στην Πινακοθήκη του Ιδρύματος Γουλανδρή.",
         "Πινακοθήκη του Ιδρύματος Γουλανδρή"),
        ("Παράταση για την έκθεση «Ρίζες» στην Πινακοθήκη του Δήμου Πατρέων\n"
         "Η έκθεση θα μείνει ανοιχτή έως τις 30 Απριλίου 2025.", "Πινακοθήκη του Δήμου Πατρέων"),
        # a venue head with no name of its own names no venue
        ("Η ημερίδα έγινε την Τρίτη 4 Μαρτίου 2025 στο θέατρο της πόλης.", None),
        ("Η εκδήλωση θα γίνει την Κυριακή 9 Μαρτίου 2025 στο θέατρο σκιών της γειτονιάς.", None),
    ],
)
def test_a_venue_head_and_its_name_locate_the_event(extractor, text, location):
    rec = extractor.extract_text(text, published="2025-02-01")
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # a town written with its country in the genitive: the town places the happening
        ("Η συναυλία του συγκροτήματος θα γίνει στο Γκογιάνγκ της Νότιας Κορέας το Σάββατο 12 Απριλίου 2025.",
         "Γκογιάνγκ"),
        # a venue named after its region keeps its whole name
        ("Η έκθεση θα φιλοξενηθεί στην Εθνική Πινακοθήκη της Αυστραλίας από τις 3 Μαΐου 2025.",
         "Εθνική Πινακοθήκη της Αυστραλίας"),
    ],
)
def test_a_place_written_with_its_frame_places_the_event_by_the_narrower(extractor, text, location):
    assert [e.location for e in extractor.extract_text(text).events][:1] == [location]


@pytest.mark.parametrize(
    "text, location",
    [
        # an adverb of the day right before a phrase of place: where the happening takes place
        ("Συνάντηση του υπουργού με τον πρέσβη\nΟ υπουργός Εξωτερικών θα συναντηθεί σήμερα στο Ηράκλειο "
         "με τον πρέσβη για τις διμερείς σχέσεις.", "Ηράκλειο"),
        ("Συναυλία της ορχήστρας\nΗ φιλαρμονική της πόλης δίνει απόψε στο Μέγαρο Μουσικής ένα πρόγραμμα με Μότσαρτ.",
         "Μέγαρο Μουσικής"),
        # words of the time of day may stand between
        ("Νέα συνάντηση των δύο ηγετών\nΟι δύο πρωθυπουργοί συναντήθηκαν σήμερα το πρωί στη Λάρισα "
         "για τις επενδύσεις.", "Λάρισα"),
        # a country after the day is as often how things stand there: no place
        ("Συνάντηση για την ενέργεια\nΟι υπουργοί συναντήθηκαν σήμερα στην Ιταλία για τις τιμές.", None),
        # a phrase of place further on is not on the day
        ("Συναυλία της ορχήστρας\nΗ ορχήστρα θα παίξει σήμερα έργα του Μότσαρτ, όπως έπαιξε πέρσι "
         "στο Μέγαρο Μουσικής.", None),
    ],
)
def test_an_adverb_of_the_day_before_a_place_places_the_happening(extractor, text, location):
    rec = extractor.extract_text(text, published="2025-02-01")
    assert rec.events and [e.location for e in rec.events if e.location] == ([location] if location else [])


def _flood_article(last: str) -> str:
    """A news article on a village's flood, whose last sentence, ``last``, may be a cleft on its day."""
    return ("Θυμούνται τη νύχτα\n"
            "Οι κάτοικοι του χωριού θυμούνται ακόμη εκείνη τη νύχτα, λένε οι παλαιότεροι. "
            "Η δήμαρχος μίλησε χθες σε συνέντευξη Τύπου για τα νέα έργα.\n"
            f"Τα σπίτια στην όχθη ξαναχτίστηκαν με κόπο. {last}")


@pytest.mark.parametrize(
    "last, dated",
    [
        # a cleft puts the day of the happening its "όταν" clause tells in focus
        ("Ήταν 2 Σεπτεμβρίου 2016 όταν ο ποταμός βγήκε από την κοίτη του.", "2016-09-02"),
        ("Ήταν νωρίς το βράδυ της 12ης Μαρτίου 2011 όταν ο ποταμός βγήκε από την κοίτη του.", "2011-03-12"),
        # a month only, a span, no "όταν", or a copula that does not open the sentence: no cleft's day
        ("Ήταν Μάρτιος του 2011 όταν ο ποταμός βγήκε από την κοίτη του.", None),
        ("Ήταν από τις 12 έως τις 14 Μαρτίου 2011 όταν ο ποταμός έμεινε έξω από την κοίτη του.", None),
        ("Ήταν 12 Μαρτίου 2011 και ο ποταμός βγήκε από την κοίτη του.", None),
        ("Οι ίδιοι έλεγαν ότι ήταν 12 Μαρτίου 2011 όταν ο ποταμός βγήκε από την κοίτη του.", None),
    ],
)
def test_a_cleft_on_a_whole_day_dates_the_happening_of_its_clause(extractor, last, dated):
    dates = [e.date for e in extractor.extract_text(_flood_article(last)).events if e.date]
    assert dates == ([dated] if dated else [])


@pytest.mark.parametrize(
    "last, dated",
    [
        # a day word with its full date in brackets right after dates the happening its clause tells
        ("Ο ποταμός βγήκε από την κοίτη του χθες (12.3.2011) και πλημμύρισε τα σπίτια.", "2011-03-12"),
        ("Οι κάτοικοι, που είδαν το νερό στην πλατεία το βράδυ της περασμένης Δευτέρας (7/3/2011), "
         "ζητούν αποζημιώσεις.", "2011-03-07"),
        ("Οι πυροσβέστες απεγκλώβισαν προχθές (10-03-2011) δύο ηλικιωμένους.", "2011-03-10"),
        # a bracket without the year, a quoted gloss, or the pluperfect's background: no day
        ("Ο ποταμός βγήκε από την κοίτη του χθες (12/3) και πλημμύρισε τα σπίτια.", None),
        ("«Ο ποταμός βγήκε από την κοίτη του χθες (12.3.2011) και πλημμύρισε τα σπίτια», είπε.", None),
        ("Ο ποταμός είχε βγει από την κοίτη του χθες (12.3.2011) για πρώτη φορά.", None),
    ],
)
def test_a_day_word_glossed_by_a_full_date_dates_its_happening(extractor, last, dated):
    dates = [e.date for e in extractor.extract_text(_flood_article(last)).events if e.date]
    assert dates == ([dated] if dated else [])


@pytest.mark.parametrize(
    "text, locations",
    [
        # the headline and the lead place the news in the same country, no sentence places a happening
        ("Ρεκόρ κρουσμάτων στην Ιταλία μέσα σε μία ημέρα\nΟ αριθμός των κρουσμάτων στην Ιταλία αυξήθηκε "
         "κατά 4.000 σήμερα, όπως μέτρησαν οι υγειονομικές υπηρεσίες της χώρας.\nΟι κάτοικοι καλούνται να "
         "περιορίσουν τις μετακινήσεις τους.", ["Ιταλία"]),
        # an event word of the body only: the news is an event of its own
        ("Πάνω από χίλιοι οι νεκροί στη Γερμανία\nΟ απολογισμός των νεκρών στη Γερμανία ξεπέρασε τους "
         "χίλιους, ενώ τα κρούσματα αυξήθηκαν κατά 6.000.\nΗ ανακοίνωση του ινστιτούτου ήρθε το απόγευμα.",
         ["Γερμανία"]),
        # the headline names the country as what the news is about, in no phrase of place: no place
        ("Αιχμές κατά της Ιταλίας για τα μέτρα\nΟ αριθμός των κρουσμάτων στην Ιταλία αυξήθηκε κατά 4.000 "
         "σήμερα.\nΟι κάτοικοι καλούνται να περιορίσουν τις μετακινήσεις τους.", []),
        # the lead's first place is not the headline's: no agreement, no place
        ("Ρεκόρ κρουσμάτων στην Ιταλία μέσα σε μία ημέρα\nΟ αριθμός των κρουσμάτων στη Γερμανία αυξήθηκε "
         "κατά 4.000 σήμερα.\nΟι κάτοικοι καλούνται να περιορίσουν τις μετακινήσεις τους.", []),
        # a sentence that places a happening more finely keeps it: the frame adds nothing
        ("Ρεκόρ κρουσμάτων στη Γερμανία\nΤα κρούσματα στη Γερμανία αυξήθηκαν κατά 6.000 σήμερα. Η συνάντηση "
         "των υπουργών θα γίνει στο Βερολίνο.", ["Βερολίνο"]),
    ],
)
def test_the_place_headline_and_lead_agree_on_places_an_unplaced_news(extractor, text, locations):
    assert [e.location for e in extractor.extract_text(text).events if e.location] == locations


def _talks_article(last: str) -> str:
    """A news article on talks held in Αθήνα, whose last sentence, ``last``, reports what a minister said."""
    return ("Συνάντηση των υπουργών Ενέργειας στην Αθήνα\n"
            "Οι υπουργοί Ενέργειας των δύο χωρών συναντήθηκαν σήμερα στην Αθήνα για τις τιμές.\n"
            f"Οι τιμές θα πέσουν, {last}")


@pytest.mark.parametrize(
    "last, given",
    [
        # a press conference its sentence says was given at a place: another happening, placed there
        ("είπε αργότερα ο υπουργός σε συνέντευξη Τύπου στη Γενεύη.", "Γενεύη"),
        ("είπε ο υπουργός σε μια σύντομη συνέντευξη Τύπου που παραχώρησε χθες στη Γενεύη.", "Γενεύη"),
        # a place after "για" is the conference's subject, and an interview is given at no place
        ("είπε ο υπουργός σε συνέντευξη Τύπου για την κατάσταση στη Γενεύη.", None),
        ("είπε ο υπουργός σε συνέντευξή του στη Γενεύη.", None),
    ],
)
def test_a_press_conference_given_at_a_place_is_a_happening_there(extractor, last, given):
    places = [e.location for e in extractor.extract_text(_talks_article(last)).events]
    assert ("Γενεύη" in places) == (given is not None)


@pytest.mark.parametrize(
    "text, date",
    [
        # the pluperfect tells the background: a day before the news, another happening's
        ("Η πλημμύρα έπληξε χθες τα χωριά του κάμπου. Τον Μάρτιο του 2019, μια άλλη πλημμύρα που ήρθε "
         "από τα βουνά είχε προκαλέσει ζημιές σε σπίτια και χωράφια.", None),
        ("Η ψηφοφορία στη Βουλή αναμένεται την επόμενη εβδομάδα. Ο βουλευτής δεν είναι ανάμεσα στους 50 "
         "που είχαν στηρίξει την πρόταση στην ψηφοφορία της 3ης Μαρτίου 2021.", None),
        # a sentence telling an earlier happening of the type in the pluperfect names no mention:
        # the event takes the day of the next sentence that names it
        ("Η προηγούμενη συνεδρίαση, στις 3 Μαΐου 2021, είχε διακοπεί λόγω θορύβου. Η συνεδρίαση θα "
         "γίνει στις 10 Μαΐου 2021 στο δημαρχείο.", "2021-05-10"),
        # the date's own clause is in the past: its day stays
        ("Η συνεδρίαση για τον προϋπολογισμό ξεκίνησε με καθυστέρηση. Η συνεδρίαση έγινε τελικά στις "
         "5 Μαΐου 2021, αφού είχε αναβληθεί δύο φορές.", "2021-05-05"),
        # "είχε" with a noun is "had", no pluperfect
        ("Η συνεδρίαση για τον προϋπολογισμό ξεκίνησε με καθυστέρηση. Η συνεδρίαση είχε 20 ομιλητές "
         "στις 5 Μαΐου 2021.", "2021-05-05"),
    ],
)
def test_a_day_told_in_the_pluperfect_dates_no_event(extractor, text, date):
    assert extractor.extract_text(text).events[0].date == date


@pytest.mark.parametrize(
    "text, date",
    [
        # a relative clause's date is its own verb's happening, not the event verb's
        ("Η εταιρεία ανακοίνωσε τα κέρδη της για το έτος που έληξε στις 31 Μαρτίου 2023.", None),
        # the learned passive aorist is a verb's form too
        ("Ο 45χρονος συνελήφθη με ένταλμα που εκδόθηκε στις 11 Ιουλίου 2022.", None),
        ("Ο 45χρονος συνελήφθη στις 14 Ιουλίου 2022 με ένταλμα που εκδόθηκε στις 11 Ιουλίου 2022.", "2022-07-14"),
        # an event word after the clause is none the clause could be about
        ("Ο 46χρονος συλλήφθηκε με ένταλμα που εκδόθηκε στις 11 Ιουλίου 2022, ο οποίος κατηγορείται για "
         "τη δολοφονία ενός 50χρονου.", None),
        # in the event verb's own clause the date stays
        ("Η εταιρεία ανακοίνωσε στις 5 Απριλίου 2023 τα κέρδη της για το έτος.", "2023-04-05"),
        # a clause that tells a state in the imperfect frames the event's own time
        ("Ο 40χρονος δολοφονήθηκε μπροστά στον γιο του, που το βράδυ της 3ης Μαΐου 2021 βρισκόταν "
         "στο σπίτι.", "2021-05-03"),
        # so does one of dwelling, whose imperfect and present have no ending of their own
        ("Ο 52χρονος σκότωσε τον αδελφό του στο κτήμα όπου έμεναν μαζί στις 8 Οκτωβρίου 2020.", "2020-10-08"),
        ("Η 30χρονη δολοφονήθηκε στο διαμέρισμα όπου διαμένει με τον σύζυγό της, στις 2 Μαρτίου 2024.",
         "2024-03-02"),
        # the aorist "έμεινε" tells a happening of its own
        ("Ο 52χρονος σκότωσε τον αδελφό του στο κτήμα όπου έμεινε στις 8 Οκτωβρίου 2020.", None),
        # a complement clause after "ότι" is no clause on a noun: its date stays
        ("Ο δήμαρχος ανακοίνωσε ότι οι εργασίες ολοκληρώθηκαν στις 12 Ιουνίου 2022.", "2022-06-12"),
        # a cleft's copula only states: its date is the event's
        ("Ήταν 3 Μαΐου 2015 όταν ο δήμαρχος ανακοίνωσε την παραίτησή του.", "2015-05-03"),
        # an event named by a noun takes the date of the clause about it
        ("Η ανακοίνωση της εταιρείας, που δημοσιεύθηκε στις 5 Απριλίου 2023, αφορά τα κέρδη της.",
         "2023-04-05"),
    ],
)
def test_a_date_of_a_relative_clause_does_not_date_an_event_verb(extractor, text, date):
    assert extractor.extract_text(text).events[0].date == date


@pytest.mark.parametrize(
    "word, verb",
    [
        # the learned third singular of the passive aorist: a consonant before "-θη"
        ("συνελήφθη", True), ("Συνελήφθη", True), ("διεξήχθη", True), ("διεγνώσθη", True),
        # nouns and adjectives in "-θη" have a vowel there ("όχθη" is listed)
        ("λάθη", False), ("πλήθη", False), ("ακόλουθη", False), ("όχθη", False),
    ],
)
def test_the_learned_passive_aorist_is_a_verb_form(nlp, word, verb):
    from keryx.events.builder import _verb_form

    assert _verb_form(nlp(word)[0]) is verb


@pytest.mark.parametrize(
    "text",
    [
        # "μέχρι" after a bracket is a limit still
        ("Νέα αναβολή για τα αναδρομικά των ναυτεργατών\nΣτο Συμβούλιο της Επικρατείας αναμένεται να "
         "εξεταστεί η αγωγή για τα αναδρομικά των ναυτεργατών (μέχρι 12-5-2016)."),
        # a headline's limit ends a run of days, it dates no news
        ("Χριστουγεννιάτικες εκδηλώσεις στο πάρκο της πόλης μέχρι 6.1.2019\nΟ δήμος ετοίμασε πλούσιο "
         "πρόγραμμα για μικρούς και μεγάλους."),
    ],
)
def test_a_limit_dates_no_news(extractor, text):
    assert all(e.date is None for e in extractor.extract_text(text).events)


def test_a_headline_day_that_is_no_limit_dates_the_news(extractor):
    rec = extractor.extract_text("Η εκδήλωση στο πάρκο στις 6.1.2019\nΟ δήμος ετοίμασε πλούσιο πρόγραμμα "
                                 "για μικρούς και μεγάλους.")
    assert [e.date for e in rec.events] == ["2019-01-06"]


def _farmers_article(last: str, lead: str = "Η διαμαρτυρία των αγροτών συνεχίζεται για τρίτη εβδομάδα.") -> str:
    """A news article whose event word dates nothing, with ``last`` as its third paragraph."""
    return f"Ένταση στον κάμπο\n{lead}\nΟι τιμές του πετρελαίου ανεβαίνουν.\n{last} Οι κάτοικοι περιμένουν."


@pytest.mark.parametrize(
    "last, dated",
    [
        # the first whole day of a sentence with no event word is the time of its verb
        ("Οι αγρότες έκλεισαν την εθνική οδό την Τρίτη 4 Μαρτίου 2025 με τα τρακτέρ τους.", "2025-03-04"),
        ("Οι παραγωγοί θα κλείσουν την εθνική οδό στις 4 Μαρτίου 2025 και θα μείνουν εκεί.", "2025-03-04"),
        # a relative clause that ended before the day: the day is the sentence's verb's
        ("Ο πρόεδρος, που ήρθε από τη Λάρισα, έκλεισε την οδό στις 4 Μαρτίου 2025.", "2025-03-04"),
        # a bound of a time: after, before, until, from (closed or open)
        ("Οι παραγωγοί θα κλείσουν την οδό μετά την 4η Μαρτίου 2025.", None),
        ("Οι παραγωγοί θα κλείσουν την οδό πριν από τις 4 Μαρτίου 2025.", None),
        ("Οι παραγωγοί θα κλείσουν την οδό έως τις 4 Μαρτίου 2025.", None),
        ("Οι παραγωγοί θα κλείνουν την οδό από 4/3/2025 και μετά.", None),
        ("Οι παραγωγοί κλείνουν την οδό από τις 4 Μαρτίου 2025.", None),
        # the pluperfect, a wish or a plan, a denial, a habit, a state that went on
        ("Οι παραγωγοί είχαν κλείσει την οδό στις 4 Μαρτίου 2025.", None),
        ("Είχαν κλείσει οι παραγωγοί την οδό στις 4 Μαρτίου 2025.", None),
        ("Οι παραγωγοί ζητούν να κλείσει η οδός στις 4 Μαρτίου 2025.", None),
        ("Οι παραγωγοί σχεδιάζουν να κλείσουν την οδό στις 4 Μαρτίου 2025.", None),
        # a verb that sets the happening for the day tells it ahead, as "θα" does
        ("Οι παραγωγοί αναμένεται να κλείσουν την οδό στις 4 Μαρτίου 2025.", "2025-03-04"),
        ("Η οδός πρόκειται να κλείσει στις 4 Μαρτίου 2025 για τα τρακτέρ.", "2025-03-04"),
        ("Το κλείσιμο της οδού προγραμματίζεται να γίνει στις 4 Μαρτίου 2025.", "2025-03-04"),
        ("Οι παραγωγοί δεν έκλεισαν την οδό στις 4 Μαρτίου 2025.", None),
        ("Οι παραγωγοί έκλειναν την οδό κάθε Τρίτη του 2025.", None),
        ("Οι παραγωγοί φορούσαν κίτρινα γιλέκα στις 4 Μαρτίου 2025.", None),
        # a quote, a copula, a relative clause on a noun
        ("«Κλείσαμε την οδό στις 4 Μαρτίου 2025», λένε οι παραγωγοί.", None),
        ("Ο δρόμος ήταν κλειστός στις 4 Μαρτίου 2025.", None),
        ("Τους ηγείται ο πρόεδρος που στις 4 Μαρτίου 2025 έκλεισε την οδό.", None),
        # a span of days has an end: no one day of a happening
        ("Οι παραγωγοί έκλεισαν την οδό από τις 4 έως τις 8 Μαρτίου 2025.", None),
        # the text must fix the day's year: the day writes it, or it is the one year the text writes
        ("Οι αγρότες έκλεισαν την οδό στις 4/3/25 το πρωί.", "2025-03-04"),
        ("Οι αγρότες έκλεισαν την οδό στις 9 Φεβρουαρίου του 2015 το πρωί.", "2015-02-09"),
        ("Οι αγρότες έκλεισαν την οδό στις 9 Φεβρουαρίου. Ο δρόμος ήταν κλειστός στις 24 Μαρτίου 2015.",
         "2015-02-09"),
        ("Οι αγρότες έκλεισαν την οδό στις 9 Φεβρουαρίου. Ο δρόμος ήταν κλειστός στις 24 Μαρτίου 2015, "
         "όπως και το 2014.", None),
        ("Οι αγρότες έκλεισαν την οδό στις 9/2. Ο δρόμος ήταν κλειστός στις 24/3/2015 και στις 5/4/2016.", None),
        ("Οι αγρότες έκλεισαν την οδό στις 9 Φεβρουαρίου. Ο υπουργός τους δέχτηκε στις 24 Μαρτίου 2015, "
         "ενώ το 2014 δεν τους είχε δει.", "2015-03-24"),
    ],
)
def test_a_day_dates_the_verb_of_a_text_whose_event_words_date_nothing(extractor, last, dated):
    dates = [e.date for e in extractor.extract_text(_farmers_article(last)).events if e.date]
    assert dates == ([dated] if dated else [])


@pytest.mark.parametrize(
    "last, dated",
    [
        # a day of birth in the body is a life's background, in the past or the historic present
        ("Ο πρόεδρος των αγροτών γεννήθηκε στις 4 Μαρτίου 1961 στη Λάρισα.", None),
        ("Ο πρόεδρος των αγροτών γεννιέται στις 4 Μαρτίου 1961 σε ένα χωριό της Λάρισας.", None),
        ("Τα δύο αδέλφια γεννήθηκαν στις 4 Μαρτίου 1961 στον κάμπο.", None),
        # a later day of the text is still read: the birth is passed over, not the whole text
        ("Ο πρόεδρος γεννήθηκε στις 4 Μαρτίου 1961. Οι αγρότες έκλεισαν την οδό στις 9 Μαρτίου 2025.",
         "2025-03-09"),
    ],
)
def test_a_day_of_birth_dates_no_happening(extractor, last, dated):
    dates = [e.date for e in extractor.extract_text(_farmers_article(last)).events if e.date]
    assert dates == ([dated] if dated else [])


def test_an_event_word_that_dates_its_event_leaves_the_verbs_alone(extractor):
    text = _farmers_article("Οι αγρότες έκλεισαν την εθνική οδό την Τρίτη 4 Μαρτίου 2025.",
                            lead="Η διαμαρτυρία των αγροτών ξεκίνησε στις 2 Μαρτίου 2025 στη Λάρισα.")
    assert [e.date for e in extractor.extract_text(text).events if e.date] == ["2025-03-02"]


def test_a_text_with_no_event_word_is_dated_by_its_verb_too(extractor):
    text = _farmers_article("Οι αγρότες έκλεισαν την εθνική οδό την Τρίτη 4 Μαρτίου 2025.",
                            lead="Οι αγρότες του κάμπου ζητούν φθηνότερο πετρέλαιο.")
    assert [e.date for e in extractor.extract_text(text).events if e.date] == ["2025-03-04"]


@pytest.mark.parametrize(
    "text, location",
    [
        # the verb of taking place says where; the town the sentence opens with frames the report
        ("Στη Θεσσαλονίκη η διαμαρτυρία έγινε χθες στην πλατεία Αριστοτέλους.", "πλατεία Αριστοτέλους"),
        ("Στην Πάτρα η ημερίδα θα πραγματοποιηθεί στο θέατρο Απόλλων.", "θέατρο Απόλλων"),
        ("Στο Ηράκλειο η έκθεση βιβλίου θα διεξαχθεί στην πλατεία Ελευθερίας από τις 5 Ιουνίου 2024.",
         "πλατεία Ελευθερίας"),
        # no known place after the verb: the sentence's phrase of place stays
        ("Στην Πάτρα η ημερίδα για το νερό θα πραγματοποιηθεί αύριο.", "Πάτρα"),
        ("Στην Κοζάνη η συνεδρίαση του δημοτικού συμβουλίου θα γίνει στο δημαρχείο της πόλης.", "Κοζάνη"),
        # the first place has a verb of its own in an earlier clause: two places told, the first first
        ("Στη Λάρισα ξέσπασαν διαδηλώσεις, ενώ διαμαρτυρίες έγιναν και στον Βόλο.", "Λάρισα"),
        # a country the verb names gives way to a finer place a later sentence gives
        ("Νέες διαμαρτυρίες πραγματοποιήθηκαν χθες στη Γαλλία. Χιλιάδες διαδηλωτές συγκεντρώθηκαν στη Λυών.",
         "Λυών"),
    ],
)
def test_the_verb_of_taking_place_places_the_event_before_a_fronted_town(extractor, text, location):
    assert extractor.extract_text(text).events[0].location == location


def _unions_article(last: str) -> str:
    """A news article on a trade union's statement, whose last body sentence, ``last``, names a protest."""
    return ("Εργατικά σωματεία: Συνεχίζουμε τον αγώνα για τους μισθούς\n"
            "Τα σωματεία ζητούν αυξήσεις στους μισθούς και σταθερή εργασία για όλους τους νέους.\n"
            "Η ανακοίνωση των σωματείων κάνει λόγο για δύσκολη χρονιά.\n"
            f"{last}")


@pytest.mark.parametrize(
    "last, location",
    [
        # a body sentence that says where the protest took place tells it: an event of the article
        ("Στη Θεσσαλονίκη η διαμαρτυρία έγινε στην πλατεία Αριστοτέλους.", "πλατεία Αριστοτέλους"),
        # one that only remembers it names it in passing, and so does one that dates it by a past day
        ("Στη Θεσσαλονίκη οι εργαζόμενοι θυμήθηκαν τη διαμαρτυρία στην πλατεία Αριστοτέλους.", None),
        ("Στη Θεσσαλονίκη η διαμαρτυρία έγινε στις 3 Μαρτίου 2026 στην πλατεία Αριστοτέλους.", None),
    ],
)
def test_an_event_told_to_take_place_is_no_mention_in_passing(extractor, last, location):
    places = [e.location for e in extractor.extract_text(_unions_article(last)).events if e.location]
    assert places == ([location] if location else [])


@pytest.mark.parametrize(
    "text, name",
    [("της Βρετανίας", "Βρετανία"), ("στη Μεγάλη Βρετανία", "Μεγάλη Βρετανία"), ("της ΕΣΣΔ", "ΕΣΣΔ"),
     ("της Μέσης Ανατολής", "Μέση Ανατολή"), ("στη Λατινική Αμερική", "Λατινική Αμερική")],
)
def test_common_names_and_world_regions_keep_their_own_nominative(text, name):
    """Each is its own row, not another form of a row: the name stays as the text writes it."""
    from keryx.linking.names.places import place_nominative

    assert place_nominative(text) == name


@pytest.mark.parametrize(
    "text, expected",
    [
        # a signing told in a relative clause, beside the text's own event
        ("Ο δήμαρχος παρουσίασε χθες το νέο πάρκο σε εκδήλωση στη Λάρισα. Το έργο βασίζεται σε "
         "σύμβαση που υπεγράφη στις 12 Μαρτίου 2025 με την ανάδοχο εταιρεία.", ("signing", "2025-03-12")),
        # a screening in the past and one to come
        ("Η ταινία προβλήθηκε στις 4 Φεβρουαρίου 1980 στην κρατική τηλεόραση.", ("premiere", "1980-02-04")),
        ("Το ντοκιμαντέρ θα προβληθεί στις 9 Ιουνίου 2025 από τη δημόσια τηλεόραση.", ("premiere", "2025-06-09")),
        # a disappearance
        ("Ο ψαράς εξαφανίστηκε στις 21 Αυγούστου 2019 ανοιχτά της Κρήτης.", ("incident", "2019-08-21")),
        # an attack, an arson, a storming and a death told beside the text's own event
        ("Η δίκη της ομάδας συνεχίζεται στο Εφετείο. Στις 4.6.2011 η ομάδα επιτέθηκε σε δύο "
         "φοιτητές στο κέντρο της πόλης.", ("incident", "2011-06-04")),
        ("Η δίκη της ομάδας συνεχίζεται στο Εφετείο. Τα μέλη της έκαψαν ένα περίπτερο στην "
         "πλατεία, στις 8.2.2012.", ("incident", "2012-02-08")),
        ("Οι άνδρες που εισέβαλαν στις 3 Απριλίου 2019 στο δημαρχείο δικάζονται σήμερα.",
         ("incident", "2019-04-03")),
        ("Ο ηλικιωμένος ασθενής πέθανε στις 9/1/2021 στο νοσοκομείο της πόλης.", ("incident", "2021-01-09")),
        # a relative clause of dwelling right after the verb's frames the verb's day
        ("Η δίκη συνεχίζεται στο Εφετείο. Ο 17χρονος εξαφανίστηκε από την κατασκήνωση όπου διέμενε με "
         "τους φίλους του στις 6 Ιουλίου 2016.", ("incident", "2016-07-06")),
    ],
)
def test_a_verb_that_names_a_happening_dates_it(extractor, text, expected):
    rec = extractor.extract_text(text)
    assert expected in [(e.type, e.date) for e in rec.events]


@pytest.mark.parametrize(
    "text",
    [
        # a wish, a negation, a perfect: no happening told at that day
        "Ο υπουργός ζήτησε να υπογραφεί η σύμβαση και η ομάδα δεν υπέγραψε ως τις 12 Μαρτίου 2025.",
        "Η ταινία δεν προβλήθηκε στις 4 Φεβρουαρίου 1980, όπως ήταν προγραμματισμένο.",
        # the day belongs to another clause's verb
        "Η ταινία προβλήθηκε στην Αθήνα, όταν ο σκηνοθέτης γύρισε στις 4 Φεβρουαρίου 1980.",
        # a relative clause that tells a happening of its own keeps its day
        "Η ταινία προβλήθηκε στην αίθουσα που εγκαινιάστηκε στις 4 Φεβρουαρίου 1980.",
        # the subjunctive and the future share the past's stem: no happening told
        "Ο κατηγορούμενος απείλησε πως θα τους σκοτώσει στις 12 Μαρτίου 2025 στο λιμάνι.",
        "Οι γιατροί φοβούνται ότι πολλοί ασθενείς θα πεθάνουν στις 5 Μαΐου 2024 χωρίς φάρμακα.",
    ],
)
def test_a_happening_verb_without_its_own_day_dates_nothing(extractor, text):
    rec = extractor.extract_text(text)
    assert not any(e.type in ("signing", "premiere", "incident") and e.date for e in rec.events)


@pytest.mark.parametrize(
    "text, location",
    [
        # a relative clause of taking place hangs on the happening named before it, past its genitives
        ("Οι εξελίξεις θα απασχολήσουν και τις εκδηλώσεις των δύο συλλόγων που θα γίνουν την Κυριακή "
         "στην πλατεία Ελευθερίας, όπως είπαν οι διοργανωτές.", "πλατεία Ελευθερίας"),
    ],
)
def test_a_clause_of_taking_place_after_genitives_places_the_happening_before_them(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # a square is a venue: the town written after it frames it
        ("Χθες οι κάτοικοι έκαναν κινητοποίηση στην πλατεία Ελευθερίας στην Κοζάνη.", "πλατεία Ελευθερίας"),
        # a street is an address: the town written after it places the happening
        ("Η συναυλία θα γίνει στην οδό Ερμού στην Αθήνα.", "Αθήνα"),
    ],
)
def test_a_square_keeps_its_happening_where_a_street_gives_it_to_the_town(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "sentence, dated",
    [
        # the aorist tells the happening on its day
        ("Η ομάδα νίκησε τους Κρητικούς στις 14 Μαρτίου 2019 στο γήπεδο της Τούμπας.", True),
        # the present perfect tells a record, a past happening as a state of now: no day of the news
        ("Η ομάδα έχει νικήσει μία φορά τους Κρητικούς, στις 14 Μαρτίου 2019 στο γήπεδο της Τούμπας.", False),
        ("Η ομάδα έχει ήδη νικήσει τους Κρητικούς στις 14 Μαρτίου 2019 στο γήπεδο της Τούμπας.", False),
    ],
    ids=["aorist", "perfect", "perfect-adverb"],
)
def test_a_day_told_in_the_present_perfect_dates_no_happening(extractor, sentence, dated):
    text = "Οι φίλαθλοι περιμένουν με ανυπομονησία τον αγώνα του Σαββάτου.\n" + sentence
    assert ("2019-03-14" in {e.date for e in extractor.extract_text(text).events}) is dated


def test_a_day_set_as_a_target_by_a_perfect_keeps_dating_the_happening(extractor):
    """"έχει οριστεί για τις ...": the day after "για" is the happening's, not the perfect's."""
    text = ("Νέα αναβολή στη δίκη για την πυρκαγιά στο εργοστάσιο\n"
            "Η δίκη έχει οριστεί για τις 10 Ιανουαρίου 2020 στο Εφετείο Λάρισας.")
    assert "2020-01-10" in {e.date for e in extractor.extract_text(text).events}


@pytest.mark.parametrize(
    "verb",
    ["διαδραματίσθηκε", "διαδραματίστηκε", "σημειώθηκε"],
)
def test_a_relative_clause_that_says_a_noun_took_place_dates_it(extractor, verb):
    """"Η τραγωδία, που διαδραματίσθηκε στις ...": "που" is the verb's subject and stands for the
    noun, which the verb says took place; both spellings of the passive aorist count."""
    text = ("Η δίκη για τα γεγονότα στο λιμάνι έκλεισε χωρίς ένοχους.\n"
            f"Η τραγωδία, που {verb} στις 24 Ιουλίου 2010, συγκλόνισε τη χώρα.")
    assert "2010-07-24" in {e.date for e in extractor.extract_text(text).events}


def test_a_day_after_an_event_noun_is_the_nouns_though_the_verb_is_a_perfect(extractor):
    """"έχει προχωρήσει σε συλλήψεις για τη ληστεία ... στις 3 Μαρτίου 2024": the day follows the
    noun of the happening, which takes it; it is no day of the perfect's."""
    text = ("Σε δύο συλλήψεις έχει προχωρήσει η αστυνομία για τη ληστεία του κοσμηματοπωλείου "
            "στις 3 Μαρτίου 2024 στη Λάρισα.")
    assert "2024-03-03" in {e.date for e in extractor.extract_text(text).events}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word with no article brings in another fire, placed by its verb
        ("Μεγάλη πυρκαγιά ξέσπασε στη Λάρισα και κατέστρεψε δύο αποθήκες.\n\n"
         "Νέα πυρκαγιά σημειώθηκε στην Καρδίτσα, σε ξερά χόρτα.", ["Λάρισα", "Καρδίτσα"]),
        ("Η συναυλία του Δήμου για τα παιδιά θα δοθεί στην Κέρκυρα.\n\n"
         "Μια δεύτερη συναυλία θα πραγματοποιηθεί στην Πάτρα.", ["Κέρκυρα", "Πάτρα"]),
        # the article points back at the accident told: one happening
        ("Σοβαρό τροχαίο ατύχημα σημειώθηκε στην Κοζάνη.\n\n"
         "Το τροχαίο ατύχημα σημειώθηκε στην έξοδο της πόλης, κοντά στην Καστοριά.", ["Κοζάνη"]),
    ],
)
def test_a_new_happening_of_the_type_told_elsewhere_is_its_own_event(extractor, text, expected):
    rec = extractor.extract_text(text)
    assert [e.location for e in rec.events] == expected


@pytest.mark.parametrize("text, ranges", [
    ("Είπε «ναι» και «όχι».", [(5, 9), (15, 19)]),
    ("Το «Φεστιβάλ «Καλοκαίρι» στην πόλη» άνοιξε.", [(3, 34)]),  # nested: the outer pair
    ("Τέλος» και «αρχή", []),  # a closing mark with none open, an opening one never closed
    ("Χωρίς εισαγωγικά.", []),
])
def test_quoted_ranges_are_the_outer_pairs(text: str, ranges: list[tuple[int, int]]) -> None:
    assert _quoted(text) == ranges


_STORY = "Σοβαρό τροχαίο σημειώθηκε χθες στην Κοζάνη, με δύο τραυματίες.\n"


@pytest.mark.parametrize(
    "tail, added",
    [
        # a list of titles under the story: each names its own happening, at its head's place
        ("Γυναικοκτονία στη Λάρισα: Συνελήφθη ο 40χρονος σύζυγος\nΚαβάλα: Πυρκαγιά σε αποθήκη τη νύχτα\n",
         {"Λάρισα", "Καβάλα"}),
        # titles joined onto the line before, each in its quotes
        ('Η έρευνα συνεχίζεται." " Έγκλημα στην Πάτρα: Νεκρός 50χρονος" " Βόλος: Ληστεία σε κατάστημα"\n',
         {"Πάτρα", "Βόλος"}),
        # in such a list a title with no head is placed by its phrase of place; a sentence is no title
        ("Λάρισα: Συνελήφθη ο 40χρονος σύζυγος\nΚαβάλα: Πυρκαγιά σε αποθήκη\n"
         "Ελεύθερος ο οδηγός που παρέσυρε πεζό στην Πάτρα\nΟ δήμαρχος ευχαρίστησε τους κατοίκους του Βόλου.\n",
         {"Λάρισα", "Καβάλα", "Πάτρα"}),
        # a single such line is the story's own kicker or words said, no list
        ("Καβάλα: Πυρκαγιά σε αποθήκη τη νύχτα\n", set()),
        # a head with a verb says something, it names no happening's place
        ("Ο δήμαρχος μίλησε στη Λάρισα: Θα βοηθήσουμε\nΟ βουλευτής πήγε στην Καβάλα: Είμαστε εδώ\n", set()),
    ],
)
def test_a_list_of_titles_gives_each_its_own_happening(extractor, tail, added):
    rec = extractor.extract_text("Τροχαίο στην Κοζάνη\n" + _STORY + tail)
    assert {e.location for e in rec.events} - {"Κοζάνη", None} == added


@pytest.mark.parametrize(
    "text, added",
    [
        # a title joined onto the first line in its quotes is an item of the list below
        ('Με στοιχεία της αστυνομίας" " Λάρισα: Συνελήφθη ο 40χρονος σύζυγος"\n'
         'Καβάλα: Πυρκαγιά σε αποθήκη τη νύχτα"\n', {"Λάρισα", "Καβάλα"}),
        # the first line's own head is the text's kicker, no item: one title below makes no list
        ('Λάρισα: Συνελήφθη ο 40χρονος σύζυγος"\nΚαβάλα: Πυρκαγιά σε αποθήκη τη νύχτα"\n', {"Λάρισα"}),
    ],
)
def test_a_title_joined_onto_the_first_line_is_an_item_of_the_list(extractor, text, added):
    rec = extractor.extract_text(text)
    assert {e.location for e in rec.events} - {None} == added


@pytest.mark.parametrize(
    "text, venue",
    [
        # a listing's practical line: the venue after "Info", before its address
        ("Η συναυλία της χορωδίας ξεκινά στις 9 το βράδυ. Info: Σταυρός του Νότου, Φραντζή 35, τηλ. 2109226975.",
         "Σταυρός του Νότου"),
        ("Η έκθεση ζωγραφικής διαρκεί έναν μήνα. INFO Γκαλερί Ώρα - Ξενοφώντος 7, Αθήνα.", "Γκαλερί Ώρα"),
        # dates or credits after the word name no venue
        ("Η έκθεση ζωγραφικής διαρκεί έναν μήνα. Info: Έως 14 Φεβρουαρίου, καθημερινά.", None),
        ("Η παράσταση ανεβαίνει ξανά. Info Σκηνοθεσία: Μαρία Παππά.", None),
    ],
)
def test_a_listed_venue_after_info_places_the_items_happening(extractor, text, venue):
    rec = extractor.extract_text(text)
    assert (venue in {e.location for e in rec.events}) if venue else all(
        e.location is None or not e.location.startswith(("Έως", "Σκηνοθεσία")) for e in rec.events)


def _inside(extractor, text: str, name: str) -> str | None:
    """The place :meth:`PlaceIndex.inside` finds within the place ``name`` in ``text``."""
    from keryx.events.builder import PlaceIndex

    doc = extractor.nlp(text)
    return PlaceIndex(extractor.linker.link(doc), text).inside(name)


@pytest.mark.parametrize(
    "text, name, inside",
    [
        # a town with its country in the genitive, the article written
        ("Η εταιρεία άνοιξε χθες νέο εργοστάσιο στο Ριάντ της Σαουδικής Αραβίας.", "Σαουδική Αραβία", "Ριάντ"),
        # a village with its town in the genitive, no article: the genitive written inflected
        ("Ο 40χρονος συνελήφθη το πρωί στο Πάνορμο Ρεθύμνου από αστυνομικούς.", "Ρέθυμνο", "Πάνορμος"),
        # a finer place with a phrase of place right after it, no comma between
        ("Η καταιγίδα χτύπησε χθες το Χιούστον στο Τέξας με ισχυρούς ανέμους.", "Τέξας", "Χιούστον"),
        # after a comma, a word that tells where the first place lies
        ("Πυρκαγιά ξέσπασε χθες το απόγευμα στο Κορωπί, νότια της Αθήνας.", "Αθήνα", "Κορωπί"),
        ("Η πορεία έγινε το Σάββατο στη Νίκαια, προάστιο του Πειραιά.", "Πειραιάς", "Νίκαια"),
        ("Το ατύχημα έγινε στο Σχηματάρι, έξω από τη Θήβα, το πρωί.", "Θήβα", "Σχηματάρι"),
        # a comma before the phrase of place: a list of places
        ("Συγκεντρώσεις έγιναν το Σάββατο στην Πάτρα, στη Λάρισα και στον Βόλο.", "Λάρισα", None),
        # two places side by side, the second not in the genitive: a list, no place inside another
        ("Οι εκθέσεις θα γίνουν σε Λάρισα, Βόλο και Τρίκαλα τον Μάιο.", "Βόλος", None),
        # the place named alone
        ("Η συναυλία θα γίνει το Σάββατο στη Λάρισα.", "Λάρισα", None),
    ],
)
def test_a_place_followed_by_another_in_the_genitive_lies_within_it(extractor, text, name, inside):
    got = _inside(extractor, text, name)
    assert got == inside or inside is not None and got is not None and got.startswith(inside)


def test_an_event_placed_by_a_country_takes_the_town_the_text_names_within_it(extractor):
    """The headline's event word is placed by its country; the body says which town of it."""
    rec = extractor.extract_text("Εγκαινιάζει νέο εργοστάσιο στη Σαουδική Αραβία η εταιρεία\n"
                                 "Η μονάδα θα λειτουργεί στο Ριάντ της Σαουδικής Αραβίας από τον Μάιο.\n")
    assert [e.location for e in rec.events if e.location] == ["Ριάντ"]


@pytest.mark.parametrize(
    "text, date",
    [
        # the end of a duty told as fact in the present, its day right after
        ("Η υποχρέωση καταγραφής των σκαφών αναψυχής λήγει στις 14 Δεκεμβρίου 2025, σύμφωνα με τον λιμενάρχη.",
         "2025-12-14"),
        ("Οι άδειες διαμονής των εποχικών εργατών λήγουν την Τρίτη 9 Δεκεμβρίου 2025.", "2025-12-09"),
        # the pluperfect's end is a past one, the background: no deadline
        ("Η περίοδος των ενστάσεων είχε λήξει στις 3 Νοεμβρίου 2025 χωρίς καμία αντίρρηση.", None),
        ("Η ισχύς του πιστοποιητικού δεν λήγει στις 30 Νοεμβρίου 2025, όπως έγραψαν κάποιοι.", None),
    ],
)
def test_an_end_told_on_a_day_is_a_deadline(extractor, text, date):
    rec = extractor.extract_text(text, published="2025-11-01")
    assert [e.date for e in rec.events if e.type == "deadline"] == ([date] if date else [])


def test_an_end_told_in_a_relative_clause_is_no_deadline(extractor):
    rec = extractor.extract_text("Οι μισθώσεις των περιπτέρων που λήγουν στις 20 Νοεμβρίου 2025 ανανεώνονται αυτόματα.",
                                 published="2025-11-01")
    assert [e.date for e in rec.events if e.type == "deadline"] == []


@pytest.mark.parametrize(
    "text, location",
    [
        ("Ένας 45χρονος σκότωσε τον γείτονά του μετά από καβγά στη Νάουσα.", "Νάουσα"),
        ("Ένας 60χρονος βρέθηκε δολοφονημένος στο σπίτι του στην Καστοριά.", "Καστοριά"),
        ("Δύο άνδρες μαχαίρωσαν έναν 20χρονο έξω από καφετέρια στην Καβάλα.", "Καβάλα"),
    ],
    ids=["killed", "found-murdered", "stabbed"],
)
def test_a_verb_of_killing_tells_an_incident_at_its_place(extractor, text, location):
    """A text that tells a killing by its verb alone, with no noun of a crime, reports an incident."""
    rec = extractor.extract_text(text)
    assert ("incident", location) in {(e.type, e.location) for e in rec.events}


def test_a_threat_to_kill_is_no_incident(extractor):
    rec = extractor.extract_text("Ο 50χρονος απείλησε ότι θα σκοτώσει τον συνεταίρο του στη Νάουσα.")
    assert "incident" not in {e.type for e in rec.events}


@pytest.mark.parametrize(
    "text, location",
    [
        # a clause of comparison on a verb of taking place tells a like happening elsewhere
        ("Η συναυλία της χορωδίας κράτησε ως το βράδυ, όπως συνέβη πέρσι και στην Πάτρα.", None),
        ("Η διαδήλωση των αγροτών, όπως έγινε και πέρυσι στον Βόλο, κράτησε τρεις ώρες.", None),
        ("Η διαδήλωση έγινε χθες στη Λάρισα, όπως είχε γίνει και πέρυσι στον Βόλο.", "Λάρισα"),
    ],
)
def test_a_clause_of_comparison_places_no_event(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


def test_a_clause_of_comparison_tells_no_happening_of_its_own(extractor):
    rec = extractor.extract_text("Η ομάδα έχασε στην κακή μέρα της. Όπως έγινε στον πέμπτο αγώνα στο Παλέ.")
    assert all(e.location != "Παλέ" for e in rec.events)


@pytest.mark.parametrize(
    "text, dates",
    [
        # a day decades before the text's latest year: history recalled, no event's day
        ("Η εταιρεία παρουσίασε τον πρώτο της υπολογιστή στις 3 Μαρτίου 1984. "
         "Φέτος, στις 10 Μαΐου 2024, ανακοίνωσε νέα σειρά προϊόντων.", {"2024-05-10"}),
        # no later year written: an old day stays the event's (a history piece)
        ("Η εταιρεία παρουσίασε τον πρώτο της υπολογιστή στις 3 Μαρτίου 1984.", {"1984-03-03"}),
    ],
)
def test_a_day_a_decade_before_the_texts_latest_year_is_history(extractor, text, dates):
    rec = extractor.extract_text(text)
    got = {e.date for e in rec.events if e.date}
    assert got == dates
    assert all(d.date for d in rec.dates)  # the record keeps the day itself


def test_a_paragraph_about_others_with_its_own_place_tells_another_happening(extractor):
    """Two stories of a news page: the second paragraph names other people and places its own
    arrest, so it is not merged into the first arrest's event."""
    rec = extractor.extract_text(
        "Ο Γιάννης Παπαδόπουλος συνελήφθη χθες στη Λάρισα από αστυνομικούς του τμήματος.\n"
        "Η Μαρία Κωνσταντίνου συνελήφθη από τους αστυνομικούς όταν επέστρεψε στο σπίτι της στην Πάτρα.")
    assert [e.location for e in rec.events] == ["Λάρισα", "Πάτρα"]


@pytest.mark.parametrize(
    "second",
    [
        # the same person named again: the same story goes on
        "Ο Παπαδόπουλος συνελήφθη από τους αστυνομικούς όταν επέστρεψε στο σπίτι του στην Πάτρα.",
        # no person or body named: nothing says it is another story
        "Η σύλληψη έγινε το πρωί σε διαμέρισμα στην Πάτρα.",
    ],
)
def test_a_paragraph_of_the_same_story_stays_one_happening(extractor, second):
    rec = extractor.extract_text(
        "Ο Γιάννης Παπαδόπουλος συνελήφθη χθες στη Λάρισα από αστυνομικούς του τμήματος.\n" + second)
    assert [e.location for e in rec.events if e.type == "incident"][:1] == ["Λάρισα"]
    assert sum(e.type == "incident" for e in rec.events) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # a meeting asked for has not taken place: the date is the asking's
        ("Στις 3 Μαρτίου 2025 ο σύλλογος των γονέων ζήτησε συνάντηση με τον Δήμαρχο της πόλης.", None),
        ("Στις 8 Απριλίου 2025 οι εργαζόμενοι ζήτησαν νέα συνάντηση με την Περιφερειάρχη.", None),
        # the meeting itself, told by its own verb, keeps its day
        ("Στις 3 Μαρτίου 2025 ο σύλλογος των γονέων είχε συνάντηση με τον Δήμαρχο της πόλης.", "2025-03-03"),
        ("Η συνάντηση που ζήτησε ο σύλλογος θα γίνει στις 12 Μαρτίου 2025 στο δημαρχείο.", "2025-03-12"),
    ],
)
def test_a_happening_asked_for_is_not_dated_by_the_asking(extractor, text, expected):
    rec = extractor.extract_text(text, published="2025-04-10")
    dated = [e.date for e in rec.events if e.type == "meeting"]
    assert dated and dated[0] == expected


@pytest.mark.parametrize(
    "sentence, word, aside",
    [
        # the verb of a relative clause on a person or a building: a background of the story
        ("Η Μαρία Κωνσταντίνου, η οποία συνελήφθη πέρσι στην Πάτρα, μίλησε στους δημοσιογράφους.", "συνελήφθη", True),
        ("Το Μουσείο Ρολογιών, που εγκαινιάστηκε πέρσι στην Πάτρα, δέχεται πολλούς επισκέπτες.", "εγκαινιάστηκε", True),
        # a relative clause has one finite verb: a second one is the main clause's
        ("Σε διαμέρισμα στην Πάτρα που είχε νοικιάσει συνελήφθη το πρωί η Μαρία Κωνσταντίνου.", "συνελήφθη", False),
        # a main clause's verb
        ("Η Μαρία Κωνσταντίνου συνελήφθη το πρωί σε διαμέρισμα στην Πάτρα.", "συνελήφθη", False),
        # a noun in the clause is no verb of it
        ("Ο υπουργός, ο οποίος βρέθηκε στην Πάτρα για την έκθεση, μίλησε στους εκθέτες.", "έκθεση", False),
    ],
)
def test_the_verb_of_a_relative_clause_on_no_happening_is_an_aside(extractor, sentence, word, aside):
    """A relative clause on a noun that names no happening tells of that noun: its verb of a
    type, placed elsewhere, splits off no other happening of the page."""
    doc = extractor.nlp(sentence)
    sent = next(iter(doc.sents))
    tok = next(t for t in doc if t.text == word)
    assert extractor.events._in_aside_clause(sent, tok) is aside


@pytest.mark.parametrize(
    "text, location",
    [
        # the phrase after a verb of taking or sending names a goal, not where the happening was
        ("Ο ύποπτος συνελήφθη το πρωί της Τρίτης και οδηγήθηκε στο Αστυνομικό Τμήμα Καλαμάτας.", None),
        ("Μετά τη σύλληψή τους οι δύο άνδρες θα μεταφερθούν στις φυλακές Λάρισας.", None),
        ("Η ένωση καταγγέλλει τη σύλληψη και έστειλε επιστολή στη Λάρισα.", None),
        # a verb between: the later phrase hangs on it and places the happening
        ("Ο ύποπτος οδηγήθηκε στο τμήμα, όπου συνελήφθη στην Καλαμάτα.", "Καλαμάτα"),
        ("Η σύλληψη του οδηγού έγινε στην Καλαμάτα.", "Καλαμάτα"),
    ],
)
def test_the_goal_of_a_verb_of_taking_or_sending_does_not_place_the_event(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # a later sentence that names happenings of the type by a country speaks of them at large
        ("Ο δράστης της επίθεσης συνελήφθη χθες το πρωί. Οι επιθέσεις με μαχαίρι στην Ιταλία "
         "αυξάνονται κάθε χρόνο.", None),
        # the event's own sentence still places it by a country
        ("Ο δράστης της επίθεσης συνελήφθη χθες στην Ιταλία. Η αστυνομία ερευνά την υπόθεση.", "Ιταλία"),
    ],
)
def test_a_country_in_another_sentence_does_not_place_the_event(extractor, text, location):
    rec = extractor.extract_text(text)
    assert rec.events and rec.events[0].location == location


@pytest.mark.parametrize(
    "text, location",
    [
        # the phrase of place nearest the event's word places it, not the sentence's first one
        ("Οι κάτοικοι στην Καλαμάτα έμαθαν χθες για τη σύλληψη στην Τρίπολη.", "Τρίπολη"),
        ("Στο Ηράκλειο οι αστυνομικοί εντόπισαν τον 30χρονο και έγινε η σύλληψή του στα Χανιά.", "Χανιά"),
        # a country first still gives way to a town in it, wherever the event's word stands
        ("Στην Ελλάδα η συναυλία θα γίνει τον Μάιο στα Τρίκαλα.", "Τρίκαλα"),
    ],
)
def test_the_place_nearest_the_event_word_places_it(extractor, text, location):
    rec = extractor.extract_text(text, published="2025-02-01")
    assert [e.location for e in rec.events] == [location]


@pytest.mark.parametrize(
    "text, location",
    [
        # phrases of place back to back name one place: the run is measured as one and its first,
        # finest phrase places the event, though a later link of the chain stands nearer the word
        ("Στην πλατεία Κοτζιά στην οδό Αθηνάς έγινε χθες η σύλληψη ενός 40χρονου.", "πλατεία Κοτζιά"),
        # a verb between them parts them: the one nearest the event's word places it
        ("Οι κάτοικοι στην Καλαμάτα έμαθαν χθες για τη σύλληψη στην Τρίπολη.", "Τρίπολη"),
    ],
)
def test_phrases_of_place_back_to_back_are_measured_as_one(extractor, text, location):
    rec = extractor.extract_text(text, published="2025-02-01")
    assert [e.location for e in rec.events] == [location]


def test_a_headline_keeps_its_first_place(extractor):
    """A headline's first place frames the story, whatever place stands nearer its event word."""
    text = ("Ο πρωθυπουργός στη Λάρισα πριν από τη συνεδρίαση στη Βουλή\n"
            "Ο πρωθυπουργός βρέθηκε χθες στη Λάρισα.\n")
    rec = extractor.extract_text(text, published="2025-02-01")
    assert rec.events and rec.events[0].location == "Λάρισα"
