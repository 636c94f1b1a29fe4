"""Events from trigger words: type, date from the trigger's own sentence, place, selection."""

from __future__ import annotations

import pytest
from keryx.events.lexicon import EventLexicon


@pytest.fixture(scope="module")
def lex():
    return EventLexicon.default()


@pytest.mark.parametrize(
    "word, etype",
    [("συνέδριο", "conference"), ("ΣΥΝΕΔΡΙΟΥ", "conference"), ("συνεδρίαση", "session"),
     ("ημερίδας", "workshop"), ("εγκαίνια", "ceremony"), ("Υπογραφή", "signing"),
     ("πυρκαγιάς", "incident"), ("προθεσμία", "deadline"), ("Δήμος", None), ("και", None),
     ("ομηρία", "incident"), ("ομήρους", "incident"), ("Όμηρος", None), ("Ομήρου", None),
     ("συλληφθεί", "incident"), ("απολογία", "hearing"), ("απολογήθηκε", "hearing"),
     ("απολογισμός", None), ("εκλογές", "election"), ("ΕΚΛΟΓΩΝ", "election"), ("ψηφοφορία", "election"),
     ("συνέλευση", "meeting"), ("Εκλογικός", None), ("αναμέτρηση", "match"), ("ντέρμπι", "match"),
     ("αναμετρήσεις", "match"), ("αναμετρώνται", None),
     ("συναντήθηκε", "meeting"), ("συναντήθηκαν", "meeting"), ("συναντηθούν", None),
     ("εργαστήριο", "workshop"), ("Εργαστηρίου", "workshop"), ("εργαστηριακές", None),
     ("εργαστηριακός", None), ("εργαστήρια", None), ("εργαστήριά", None), ("εργαστηρίων", None),
     ("Festival", "festival"), ("FESTIVAL", "festival")],
)
def test_trigger_types(lex, word, etype):
    assert lex.trigger_type(word) == etype


@pytest.mark.parametrize(
    "text, date",
    [("Το Athens Street Jazz Festival θα πραγματοποιηθεί στην Τεχνόπολη από τις 12 έως τις 15 Ιουνίου 2025.",
      "2025-06-12"),
     ("Φέτος το Patras Blues Festival ανοίγει την Παρασκευή 4 Ιουλίου 2025 στο λιμάνι.", "2025-07-04")],
)
def test_festival_by_its_latin_name(extractor, text, date):
    """A festival named in Latin letters ends its name with the English word, which tells the event."""
    assert ("festival", date) in [(e.type, e.date) for e in extractor.extract_text(text).events]


@pytest.mark.parametrize(
    "text, place",
    [("Ο υπουργός Υγείας συναντήθηκε χθες στη Λάρισα με τους διευθυντές των νοσοκομείων.", "Λάρισα"),
     ("Οι δήμαρχοι της περιοχής συναντήθηκαν το απόγευμα στον Βόλο για τα έργα ύδρευσης.", "Βόλος")],
)
def test_meeting_told_by_its_verb(extractor, text, place):
    """The passive verb of meeting tells a meeting, placed by its phrase of place, as the noun does."""
    assert ("meeting", place) in [(e.type, e.location) for e in extractor.extract_text(text).events]


def test_meeting_verb_takes_no_place_before_it(extractor):
    """A phrase of place before the verb frames the sentence: it does not place the meeting."""
    rec = extractor.extract_text("Στο πλαίσιο της έκθεσης στη Λάρισα, οι εκπρόσωποι του ιδρύματος "
                                 "συναντήθηκαν με καθηγητές άλλων πανεπιστημίων.")
    assert ("meeting", "Λάρισα") not in [(e.type, e.location) for e in rec.events]


def test_dateline_is_not_the_event_date(extractor):
    rec = extractor.extract_text(
        "Αθήνα, 12 Μαρτίου 2024\n\nΗ ημερίδα για την πολιτική προστασία θα πραγματοποιηθεί "
        "την Πέμπτη 21 Μαρτίου 2024 στη Λάρισα."
    )
    assert rec.document.published == "2024-03-12"
    workshop = rec.events[0]
    assert (workshop.type, workshop.date, workshop.location) == ("workshop", "2024-03-21", "Λάρισα")


def test_deadline_takes_the_date_after_eos(extractor):
    rec = extractor.extract_text(
        "Η προθεσμία υποβολής αιτήσεων, που άνοιξε την 1η Απριλίου 2024, παρατείνεται έως τις 30 Απριλίου 2024."
    )
    deadline = next(e for e in rec.events if e.type == "deadline")
    assert deadline.date == "2024-04-30"


def test_undated_side_mentions_do_not_become_events(extractor):
    rec = extractor.extract_text(
        "Το συνέδριο θα γίνει στις 5 Δεκεμβρίου 2024 στα Ιωάννινα. "
        "Ακολουθεί παρουσίαση του προγράμματος και ανακοίνωση των ομιλητών."
    )
    assert [e.type for e in rec.events] == ["conference"]
    assert rec.events[0].location == "Ιωάννινα"


def test_event_span_is_the_evidence_sentence(extractor):
    text = "Συνέδριο για την καινοτομία.\n\nΤο συνέδριο πραγματοποιήθηκε στις 4 Οκτωβρίου 2019 στην Αθήνα."
    rec = extractor.extract_text(text)
    ev = rec.events[0]
    assert "4 Οκτωβρίου 2019" in rec.text[ev.start:ev.end]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Η είσοδος είναι ελεύθερη, με δήλωση συμμετοχής έως τις 13 Νοεμβρίου 2024.", "2024-11-13"),
        ("Οι αιτήσεις υποβάλλονται μέχρι 31 Μαΐου 2024 στο Δημαρχείο.", "2024-05-31"),
        # a window for applications: its last day
        ("Οι αιτήσεις υποβάλλονται από 1 έως 15 Μαρτίου 2024.", "2024-03-15"),
        ("Οι δηλώσεις μαθημάτων του εαρινού εξαμήνου θα γίνουν από 16-2-2017 έως και 10-3-2017.", "2017-03-10"),
    ],
)
def test_deadline_without_the_word_prothesmia(extractor, text, date):
    rec = extractor.extract_text(text)
    assert [(e.type, e.date) for e in rec.events] == [("deadline", date)]


def test_ages_are_not_a_deadline(extractor):
    rec = extractor.extract_text("Δικαίωμα συμμετοχής έχουν παιδιά ηλικίας 6 έως 14 ετών.")
    assert not [e for e in rec.events if e.type == "deadline"]


def test_a_neighbouring_sentence_lends_no_date(extractor):
    """The date of the next sentence is another happening's, not the arrest's."""
    rec = extractor.extract_text(
        "Συνελήφθη χθες το απόγευμα στη Νέα Μάκρη ο καταζητούμενος 40χρονος. "
        "Είχε καταδικαστεί για ληστεία που διέπραξε στις 12/3/2019 στον Βόλο."
    )
    arrest = rec.events[0]
    assert arrest.type == "incident"
    assert arrest.date is None


@pytest.mark.parametrize(
    "text, location",
    [
        # a venue named in the event's own sentence, as written
        ("Η τελετή θα γίνει την Πέμπτη 14 Νοεμβρίου 2024 στη Μεγάλη Αίθουσα του Δημαρχείου Βόλου.",
         "Μεγάλη Αίθουσα του Δημαρχείου Βόλου"),
        # a common noun whose genitive is a place: the place
        ("Η επίσκεψη στα εργοτάξια του νέου λιμανιού της Καβάλας έγινε την Τρίτη 5 Μαρτίου 2024.", "Καβάλα"),
        # a direction with a genitive of place
        ("Διάσωση είκοσι ατόμων νότια της Κρήτης από το Λιμενικό.", "Κρήτη"),
        # a street: the street noun and its name, the place as the places name it (nominative)
        ("Η συναυλία θα γίνει το Σάββατο 6 Απριλίου 2024 στην οδό Ερμού.", "οδός Ερμού"),
        # a street written with the town it is in: the town
        ("Ο 45χρονος συνελήφθη χθες το απόγευμα στην οδό Ερμού, στη Θεσσαλονίκη, από αστυνομικούς.",
         "Θεσσαλονίκη"),
        ("Η πυρκαγιά ξέσπασε τα ξημερώματα σε διαμέρισμα στην οδό Κύπρου 14 στο Περιστέρι.", "Περιστέρι"),
        ("Η πυρκαγιά ξέσπασε τα ξημερώματα σε διαμέρισμα της οδού Κύπρου στο Περιστέρι.", "Περιστέρι"),
        # a phrase of place after the street that names no known place leaves the street
        ("Η συναυλία θα γίνει το Σάββατο 6 Απριλίου 2024 στην οδό Ερμού, στο κέντρο της πόλης.", "οδός Ερμού"),
        # a place named without a locative is not where the event is
        ("Σε συνέντευξή του σε πρωινή εκπομπή, ο Υπουργός Εξωτερικών της Ιταλίας μίλησε για την οικονομία.",
         None),
        # an event's own capitalised name after "στο" is no place
        ("Ο Δήμος συμμετείχε στο Συνέδριο Κοινωνικής Οικονομίας στις 4 Μαρτίου 2024.", None),
    ],
)
def test_event_location_from_a_locative_phrase(extractor, text, location):
    rec = extractor.extract_text(text, published="2024-04-02")
    assert rec.events[0].location == location


def test_a_relative_clause_on_another_noun_keeps_its_place(extractor):
    """"του άνδρα, που ... λήστεψε κατάστημα στον Βόλο": Βόλος is where the robbery was."""
    rec = extractor.extract_text(
        "Συνελήφθη στη Λάρισα ο δράστης της ληστείας\n\n"
        "Η σύλληψη του άνδρα, που την Τρίτη 12 Μαρτίου 2024 λήστεψε κατάστημα στον Βόλο, έγινε από αστυνομικούς."
    )
    arrest = rec.events[0]
    assert (arrest.date, arrest.location) == ("2024-03-12", "Λάρισα")


def test_a_relative_clause_on_an_event_word_gives_its_place(extractor):
    rec = extractor.extract_text(
        "Μουσική εκδήλωση το Σάββατο (6/4) στο πλαίσιο της ημερίδας που θα γίνει στη Βυτίνα.",
        published="2024-04-02",
    )
    assert (rec.events[0].date, rec.events[0].location) == ("2024-04-06", "Βυτίνα")


def test_a_hostage_taking_is_dated_and_placed(extractor):
    rec = extractor.extract_text(
        "Τέλος στην ομηρία σε αποθήκη στη Δράμα\n\nΣήμερα το πρωί απελευθερώθηκαν οι τρεις όμηροι "
        "που κρατούσε από χθες ένας 40χρονος στη Δράμα.",
        published="2024-04-02",
    )
    ev = rec.events[0]
    assert (ev.type, ev.date, ev.location) == ("incident", "2024-04-02", "Δράμα")


def test_an_undated_event_with_a_place_of_its_own_is_kept(extractor):
    rec = extractor.extract_text(
        "Η ημερίδα θα γίνει στις 5 Μαΐου 2024 στη Λάρισα. Νωρίτερα θα πραγματοποιηθεί επίσκεψη "
        "κλιμακίου στα εργοτάξια του φράγματος στην Καρδίτσα. Ακολουθεί ομιλία για τα έργα στον Βόλο."
    )
    assert [(e.type, e.date, e.location) for e in rec.events] == [
        ("workshop", "2024-05-05", "Λάρισα"), ("visit", None, "Καρδίτσα")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a statement with a dateline and no event word: the release itself, on its date
        ("Αθήνα, 3 Φεβρουαρίου 2025\n\nΚαλούμε την Κυβέρνηση να στηρίξει άμεσα τις οικογένειες "
         "των παιδιών με αναπηρία και να αυξήσει τα επιδόματα.", ("announcement", "2025-02-03")),
        # another day named: something happened then, under a word the lexicon lacks: no guess
        ("Αθήνα, 3 Φεβρουαρίου 2025\n\nΟι εκπρόσωποι των γονέων βρέθηκαν στις 30 Ιανουαρίου 2025 "
         "στο Μαξίμου και ζήτησαν στήριξη.", None),
    ],
)
def test_a_dated_text_without_an_event_word_is_an_announcement(extractor, text, expected):
    rec = extractor.extract_text(text)
    got = [(e.type, e.date) for e in rec.events]
    assert got == ([expected] if expected else [])
    if expected:
        ev = rec.events[0]
        assert rec.text[ev.start:ev.end] == ev.trigger == "3 Φεβρουαρίου 2025"


def test_an_undated_text_without_an_event_word_has_no_event(extractor):
    rec = extractor.extract_text("Καλούμε την Κυβέρνηση να στηρίξει άμεσα τις οικογένειες των παιδιών.")
    assert rec.events == []


@pytest.mark.parametrize(
    "text",
    [
        "Η ημερίδα του Εργαστηρίου Τεχνολογίας στην Εκπαίδευση θα γίνει την Τρίτη 5 Μαρτίου 2024.",
        "Η ημερίδα θα γίνει την Τρίτη 5 Μαρτίου 2024 στους χώρους του Εργαστηρίου Πληροφορικής "
        "στις Ανθρωπιστικές και Κοινωνικές Επιστήμες.",
    ],
)
def test_a_preposition_inside_a_name_opens_no_place(extractor, text):
    """"Εργαστήριο Τεχνολογίας στην Εκπαίδευση" is one name: "Εκπαίδευση" is no venue."""
    rec = extractor.extract_text(text, published="2024-03-01")
    assert (rec.events[0].date, rec.events[0].location) == ("2024-03-05", None)


def test_a_relative_clause_on_another_noun_tells_its_own_event(extractor):
    """"ο δήμαρχος, που την Τρίτη ... είχε εγκαινιάσει την έκθεση στην Καλαμάτα": that day and
    place are the opening's, not the workshop's."""
    rec = extractor.extract_text(
        "Στην ημερίδα μίλησε ο δήμαρχος, που την Τρίτη 12 Μαρτίου 2024 είχε εγκαινιάσει την έκθεση "
        "στην Καλαμάτα.",
        published="2024-03-20",
    )
    assert [(e.type, e.date, e.location) for e in rec.events] == [
        ("workshop", None, None), ("ceremony", "2024-03-12", "Καλαμάτα")]


def test_a_window_in_a_relative_clause_is_no_deadline(extractor):
    """The camps run from June to August; the applications' own window comes later."""
    rec = extractor.extract_text(
        "Ο Δήμος ανακοινώνει την έναρξη των εγγραφών για τις κατασκηνώσεις, που θα λειτουργήσουν "
        "από 20 Ιουνίου έως 28 Αυγούστου 2024. Οι αιτήσεις υποβάλλονται από 7 Μαΐου 2024 έως και "
        "31 Μαΐου 2024.", published="2024-05-06")
    assert [(e.type, e.date) for e in rec.events] == [("deadline", "2024-05-31")]


def test_a_deadline_named_in_the_headline_takes_the_date_of_its_cue(extractor):
    rec = extractor.extract_text(
        "ΝΕΑ ΠΡΟΘΕΣΜΙΑ ΓΙΑ ΤΟ ΠΡΟΓΡΑΜΜΑ ΕΝΙΣΧΥΣΗΣ\n\nΗ υποβολή αιτήσεων για το πρόγραμμα παρατείνεται "
        "έως τις 30 Απριλίου 2024.", published="2024-04-02")
    assert [(e.type, e.date) for e in rec.events] == [("deadline", "2024-04-30")]


@pytest.mark.parametrize(
    "text, extra",
    [
        # a second meeting, with the place on its own word: a happening of its own
        ("Η συνάντηση των δύο υπουργών έγινε στις 5 Μαΐου 2024 στη Λάρισα. Την προηγούμενη εβδομάδα "
         "είχε προηγηθεί συνάντηση των δημάρχων στον Βόλο για το ίδιο θέμα.", ("meeting", None, "Βόλος")),
        # a protest named after the news it followed, placed where it was held
        ("Η συνεδρίαση του δημοτικού συμβουλίου έγινε στις 3 Απριλίου 2024 στην Καρδίτσα. Οι κάτοικοι "
         "οργανώνουν αύριο διαμαρτυρία στα Τρίκαλα για το κλείσιμο του σταθμού.", ("protest", None, "Τρίκαλα")),
    ],
)
def test_an_event_word_with_a_place_on_it_is_a_happening_of_its_own(extractor, text, extra):
    events = [(e.type, e.date, e.location) for e in extractor.extract_text(text).events]
    assert extra in events and len(events) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a comma or a verb between the word and the place: the place is another clause's
        "Η συνάντηση έγινε στις 5 Μαΐου 2024 στη Λάρισα. Μετά τη συνάντηση, οι δήμαρχοι ταξίδεψαν στον Βόλο.",
        "Η συνάντηση έγινε στις 5 Μαΐου 2024 στη Λάρισα. Η συνάντηση ολοκληρώθηκε και ο υπουργός έφυγε για τον Βόλο.",
        # a country frames the report ("ναυάγιο στην Ιταλία"), a generic word's place is its subject
        "Η συνάντηση έγινε στις 5 Μαΐου 2024 στη Λάρισα. Οι υπουργοί συζήτησαν για τη συνάντηση στην Ιταλία.",
        "Η συνάντηση έγινε στις 5 Μαΐου 2024 στη Λάρισα. Ακολούθησε ομιλία του δημάρχου στον Βόλο.",
        # a colon between the word and the place; a region frames the towns a tour goes to
        "Η συνάντηση έγινε στις 5 Μαΐου 2024 στη Λάρισα. Ακολουθεί νέα συνάντηση: στον Βόλο οι δήμαρχοι ζητούν έργα.",
        "Η επίσκεψη του υπουργού έγινε στις 5 Μαΐου 2024 στη Λάρισα. Νωρίτερα, στο πλαίσιο της περιοδείας "
        "του στη Θεσσαλία, είχε μιλήσει με αγρότες.",
    ],
)
def test_a_place_not_on_an_event_word_adds_no_event(extractor, text):
    assert len(extractor.extract_text(text).events) == 1


@pytest.mark.parametrize(
    "later, placed",
    [
        # a body sentence that says the happening takes place tells it, with its own place
        ("Την ίδια ώρα πραγματοποιείται σύσκεψη των δημάρχων στον Βόλο.", True),
        # one that only names it is background in a news article (see _not_in_passing)
        ("Ο δήμαρχος θυμήθηκε τη σύσκεψη των δημάρχων στον Βόλο.", False),
    ],
)
def test_a_news_article_adds_a_placed_happening_only_where_a_sentence_tells_it(extractor, later, placed):
    text = ("Κλειστά τα σχολεία στη Λάρισα\nΣυνεδρίαση της επιτροπής πολιτικής προστασίας έγινε σήμερα "
            "στη Λάρισα για την κακοκαιρία.\nΟι μαθητές μένουν στα σπίτια τους.\n" + later + "\nΟι δήμαρχοι ζητούν βοήθεια.")
    events = [(e.type, e.location) for e in extractor.extract_text(text, published="2024-03-04").events]
    assert (("meeting", "Βόλος") in events) is placed


def test_a_street_of_the_lead_places_no_news_event(extractor):
    """A lead's street or square says where a thing stands, not where the news happens; a
    town of the lead still places it."""
    head = "Ανακαινίζεται το παλιό ξενοδοχείο της πόλης\n\n"
    street = extractor.extract_text(head + "Το ξενοδοχείο που βρίσκεται στην οδό Ερμού θα ανοίξει ξανά του χρόνου.")
    town = extractor.extract_text(head + "Το ξενοδοχείο που βρίσκεται στη Λάρισα θα ανοίξει ξανά του χρόνου.")
    assert [e.location for e in street.events] == [] and [e.location for e in town.events] == ["Λάρισα"]


def test_a_dated_release_keeps_the_street_its_measure_applies_to(extractor):
    """A release with a dateline is no news article: the street its opening names is where the
    measure applies, so the street rule of news leads leaves it placed."""
    rec = extractor.extract_text(
        "ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ\nΔΙΕΥΘΥΝΣΗ ΤΡΟΧΑΙΑΣ ΘΕΣΣΑΛΟΝΙΚΗΣ\n\nΘεσσαλονίκη, 2 Μαΐου 2023\n\n"
        "ΡΥΘΜΙΣΕΙΣ ΣΤΗΝ ΟΔΟ ΕΓΝΑΤΙΑ\n\nΑνακοινώνεται ότι, λόγω εργασιών για το μετρό, θα ισχύσουν "
        "κυκλοφοριακές ρυθμίσεις στην οδό Εγνατία, στο ύψος της Καμάρας, από ΤΡΙΤΗ 9 ΜΑΪΟΥ 2023 έως και "
        "ΣΑΒΒΑΤΟ 13 ΜΑΪΟΥ 2023.\n\nΗ κυκλοφορία θα ρυθμίζεται από τροχονόμους.")
    assert ("in force", "2023-05-09", "οδός Εγνατία") in [(e.type, e.date, e.location) for e in rec.events]


@pytest.mark.parametrize(
    "text, has_workshop",
    [("Το Πανεπιστήμιο διοργανώνει εργαστήριο για τη ρομποτική τη Δευτέρα 3 Μαρτίου 2025 στο Βόλο.", True),
     ("Οι εργαστηριακές εξετάσεις του ασθενούς στάλθηκαν στο νοσοκομείο του Βόλου.", False),
     ("Τα εργαστήρια του ινστιτούτου στο Βόλο δέχονται δείγματα από όλη τη χώρα.", False)],
)
def test_workshop_is_the_singular_noun(extractor, text, has_workshop):
    """The adjective "εργαστηριακός" and the plural "εργαστήρια" (labs, premises) tell no workshop."""
    rec = extractor.extract_text(text)
    assert any(e.type == "workshop" for e in rec.events) is has_workshop
