"""Places and local-government bodies from the complete Kallikratis/Kleisthenis list in
places.tsv: towns in the nominative, a municipality named in full as one body, and a person a
municipality is named after still a person (sentences written for keryx)."""

from __future__ import annotations

import pytest
import spacy
from keryx import Extractor
from keryx.lang.el.text import fold
from keryx.linking.lexicon import LinkingLexicon, stem
from keryx.linking.places import PlaceResolver, _subject_or_side, street_lists
from spacy.tokens import Doc, Span


def _names(extractor: Extractor, text: str) -> tuple[list[str], list[str], list[str]]:
    r = extractor.extract_text(text)
    return [o.name for o in r.organisations], [p.name for p in r.places], [p.name for p in r.people]


@pytest.mark.parametrize("text, place", [
    ("Οι κάτοικοι του Μετσόβου ζητούν καλύτερο δρόμο.", "Μέτσοβο"),
    ("Οι αγρότες του Λαγκαδά συγκεντρώθηκαν έξω από το δημαρχείο.", "Λαγκαδάς"),
    ("Το λεωφορείο σταμάτησε στον Δομοκό για λίγα λεπτά.", "Δομοκός"),
    ("Τα σχολεία του Αλιβερίου θα μείνουν κλειστά.", "Αλιβέρι"),
    ("Η παράσταση θα δοθεί στο Ληξούρι την Παρασκευή.", "Ληξούρι"),
    ("Ο φάρος των Οινουσσών αναστηλώθηκε.", "Οινούσσες"),
    ("Οι επιβάτες έφτασαν στους Παξούς με καθυστέρηση.", "Παξοί"),
    ("Στην Αράχωβα έπεσε το πρώτο χιόνι.", "Αράχωβα"),  # the writer's spelling stays
])
def test_a_town_that_names_a_municipality_is_a_place_in_the_nominative(
        extractor: Extractor, text: str, place: str) -> None:
    orgs, places, people = _names(extractor, text)
    assert places == [place] and orgs == [] and people == []


@pytest.mark.parametrize("text, place", [
    ("Οι βομβαρδισμοί έπληξαν την Οδησσό χθες το βράδυ.", "Οδησσός"),  # a city in -ος is feminine
    ("Τα λιμάνια της Οδησσού έκλεισαν για δύο ημέρες.", "Οδησσός"),
    ("Η ομάδα ταξίδεψε στην Αγία Πετρούπολη για τον τελικό.", "Αγία Πετρούπολη"),
])
def test_a_world_city_declines_by_its_ending(extractor: Extractor, text: str, place: str) -> None:
    orgs, places, people = _names(extractor, text)
    assert places == [place]


@pytest.mark.parametrize("text, body", [
    ("Το Συμβούλιο του Δήμου Κορδελιού - Ευόσμου συνεδρίασε χθες.", "Δήμος Κορδελιού - Ευόσμου"),
    ("Ο Δήμος Νέας Φιλαδέλφειας - Νέας Χαλκηδόνας ανακοίνωσε νέες θέσεις.",
     "Δήμος Νέας Φιλαδέλφειας - Νέας Χαλκηδόνας"),
    ("Ο Δήμος Κεντρικής Κέρκυρας και Διαποντίων Νήσων προσλαμβάνει ναυαγοσώστες.",
     "Δήμος Κεντρικής Κέρκυρας και Διαποντίων Νήσων"),
    ("Η Περιφέρεια Ανατολικής Μακεδονίας και Θράκης ενέκρινε το σχέδιο.",
     "Περιφέρεια Ανατολικής Μακεδονίας και Θράκης"),
    ("Η Περιφερειακή Ενότητα Κέας – Κύθνου χρηματοδοτεί το λιμάνι.", "Περιφερειακή Ενότητα Κέας – Κύθνου"),
    ("Η Αποκεντρωμένη Διοίκηση Πελοποννήσου, Δυτικής Ελλάδας και Ιονίου εξέδωσε απόφαση.",
     "Αποκεντρωμένη Διοίκηση Πελοποννήσου, Δυτικής Ελλάδας και Ιονίου"),
    ("Ο Δήμος Ηγουμενίτσας ανακοίνωσε τη διακοπή υδροδότησης.", "Δήμος Ηγουμενίτσας"),
])
def test_a_local_government_body_named_in_full_is_one_body(extractor: Extractor, text: str, body: str) -> None:
    orgs, places, _ = _names(extractor, text)
    assert orgs == [body] and places == []


def test_a_municipality_named_after_a_person_is_a_body_and_the_person_a_person(extractor: Extractor) -> None:
    orgs, places, people = _names(extractor, "Ο Δήμος Νικολάου Σκουφά τίμησε τον Νικόλαο Σκουφά.")
    assert (orgs, places, people) == (["Δήμος Νικολάου Σκουφά"], [], ["Νικόλαος Σκουφάς"])
    # in a text all in capitals too
    assert _names(extractor, "Ο ΔΗΜΟΣ ΠΑΥΛΟΥ ΜΕΛΑ ΕΝΗΜΕΡΩΝΕΙ") == (["ΔΗΜΟΣ ΠΑΥΛΟΥ ΜΕΛΑ"], [], [])


@pytest.mark.parametrize("text, person", [
    ("Ο Παύλος Μελάς έγινε σύμβολο του Μακεδονικού Αγώνα.", "Παύλος Μελάς"),
    ("Ο Γεώργιος Καραϊσκάκης ήταν οπλαρχηγός της Επανάστασης.", "Γεώργιος Καραϊσκάκης"),
])
def test_a_person_a_municipality_is_named_after_is_no_place(extractor: Extractor, text: str, person: str) -> None:
    _, places, people = _names(extractor, text)
    assert people == [person] and places == []


def test_a_common_word_a_municipality_is_named_after_is_no_place(extractor: Extractor) -> None:
    _, places, _ = _names(extractor, "Πύλη εισόδου για τους επισκέπτες θα είναι η νότια πλευρά.")
    assert places == []


@pytest.mark.parametrize("text, orgs, places", [
    # news style writes the head in lower case; the body takes its capital
    ("Ο δήμος Παύλου Μελά ανακοίνωσε την έναρξη των εγγραφών.", ["Δήμος Παύλου Μελά"], []),
    ("Ο αντιδήμαρχος του δήμου Νικολάου Σκουφά παραιτήθηκε.", ["Δήμος Νικολάου Σκουφά"], []),
    ("Η περιφέρεια Ανατολικής Μακεδονίας και Θράκης ανακοίνωσε νέα μέτρα.",
     ["Περιφέρεια Ανατολικής Μακεδονίας και Θράκης"], []),
    # after a locative the unit says where: a place, still no person
    ("Στον δήμο Γεωργίου Καραϊσκάκη έγιναν εκλογές.", [], ["Δήμος Γεωργίου Καραϊσκάκη"]),
])
def test_a_unit_with_its_head_in_lower_case_is_no_person(
        extractor: Extractor, text: str, orgs: list[str], places: list[str]) -> None:
    assert _names(extractor, text) == (orgs, places, [])


@pytest.mark.parametrize("text, people", [
    ("Ο δήμαρχος Παύλου Μελά Γιώργος Παπαδόπουλος μίλησε στους δημότες.", ["Γιώργος Παπαδόπουλος"]),
    ("Ο δημοτικός σύμβουλος Ρήγα Φερραίου ζήτησε τον λόγο.", []),
    # a one-word municipality that is also a first name stays the person's name
    ("Συναντήθηκαν με τον δημοτικό σύμβουλο Αριστοτέλη Παπαδόπουλο.", ["Αριστοτέλης Παπαδόπουλος"]),
])
def test_the_municipality_a_local_role_is_of_is_no_person(extractor: Extractor, text: str, people: list[str]) -> None:
    assert _names(extractor, text)[2] == people


@pytest.mark.parametrize(
    "text, places",
    [
        ("Ταξίδι στην Ανταρκτική και στο νησί.", ["Ανταρκτική"]),
        ("Το πλοίο διέσχισε τον Ατλαντικό Ωκεανό και μπήκε στον Ειρηνικό Ωκεανό.",
         ["Ατλαντικός Ωκεανός", "Ειρηνικός Ωκεανός"]),
        ("Εξαγωγές στη Βόρεια Αμερική και την Ωκεανία.", ["Βόρεια Αμερική", "Ωκεανία"]),
    ],
)
def test_continents_and_oceans(extractor, text: str, places: list[str]) -> None:
    assert [p.name for p in extractor.extract_text(text).places] == places


@pytest.mark.parametrize("text, places", [
    ("Οι πολίτες της Ρωσικής Ομοσπονδίας ψηφίζουν από σήμερα.", ["Ρωσική Ομοσπονδία"]),
    ("Η συμφωνία με τη Λαϊκή Δημοκρατία της Κίνας υπογράφηκε στη Λάρισα.",
     ["Λαϊκή Δημοκρατία της Κίνας", "Λάρισα"]),
    ("Στη Δημοκρατία της Κορέας και στο Κράτος του Ισραήλ έγιναν εκλογές.",
     ["Δημοκρατία της Κορέας", "Κράτος του Ισραήλ"]),
    ("Ο πρέσβης της Σουηδίας στην Κυπριακή Δημοκρατία, Λαρς Όλσον, μίλησε χθες.",
     ["Σουηδία", "Κυπριακή Δημοκρατία"]),
    ("Οι εξαγωγές προς τις Ηνωμένες Πολιτείες της Αμερικής αυξήθηκαν.", ["Ηνωμένες Πολιτείες"]),
    # an office's title takes the formal name: no place named
    ("Η επίσκεψη του προέδρου της Ιταλικής Δημοκρατίας Μάριου Ροσέτι στην Κέρκυρα ολοκληρώθηκε.", ["Κέρκυρα"]),
])
def test_a_state_named_formally_is_one_place(extractor: Extractor, text: str, places: list[str]) -> None:
    orgs, found, _ = _names(extractor, text)
    assert found == places and orgs == []


@pytest.mark.parametrize("text, place", [
    ("Οι αστροναύτες περπάτησαν στην επιφάνεια της Σελήνης το καλοκαίρι του 1969.", None),
    ("Η επόμενη διέλευση του Ερμή μπροστά από τον Ήλιο θα φανεί από την Αθήνα.", "Αθήνα"),
    ("Το ρομπότ της NASA προσεδαφίστηκε στον Άρη και έστειλε φωτογραφίες στη Γη.", None),
])
def test_a_celestial_body_is_no_geographic_place(extractor: Extractor, text: str, place: str | None) -> None:
    _, places, _ = _names(extractor, text)
    assert places == ([place] if place else [])


@pytest.mark.parametrize("text, places", [
    ("Ο κομήτης θα φαίνεται κοντά στον αστερισμό του Λέοντα τον Αύγουστο.", []),
    ("Το τηλεσκόπιο εντόπισε ένα άστρο στον αστερισμό της Ύδρας.", []),
    ("Η Ύδρα γέμισε επισκέπτες το καλοκαίρι.", ["Ύδρα"]),  # the island is a place
])
def test_a_constellation_is_no_geographic_place(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("text, places", [
    ("Η Γηραιά Ήπειρος δεν μπορεί να μείνει θεατής των εξελίξεων.", ["Ευρώπη"]),
    ("Οι ηγέτες της Γηραιάς Ηπείρου θα συναντηθούν στην Ευρώπη του Νότου.", ["Ευρώπη"]),  # one place
])
def test_the_old_continent_is_europe(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("text, place", [
    ("Οι διαδηλωτές ανέβηκαν στον λόφο της Πνύκας το απόγευμα.", "Πνύκα"),
    ("Η συγκέντρωση έγινε έξω από το μετρό της Ομόνοιας χθες.", "Ομόνοια"),
])
def test_a_common_noun_before_a_genitive_describes_the_place_the_genitive_names(
        extractor: Extractor, text: str, place: str) -> None:
    assert _names(extractor, text)[1] == [place]


@pytest.mark.parametrize("text, places", [
    # the town that names a club: the subject, a scorer's team, the sides of a result
    (("Η Λάρισα κέρδισε 85-79 στο ματς της Κυριακής. Πρώτος σκόρερ της Λάρισας ήταν ο Γιώργος "
     "Νικολάου με 20 πόντους."), []),
    ("Αποτελέσματα: Ηρακλής - Κομοτηνή 3-0, Παμβοχαϊκός - Φοίνικας 3-2, Κηφισιά - Ξάνθη 1-3.", []),
    # a town after a locative is where the game was, still a place; so is the town of a team
    ("Ο Πανιώνιος νίκησε 2-0 στη Λάρισα με δύο γκολ του Κώστα Παπαδόπουλου, είπε ο προπονητής.", ["Λάρισα"]),
    (("Η ομάδα της Ξάνθης ταξίδεψε στη Λάρισα για το ματς με διαιτητή τον Νίκο Βασιλείου και σκόρερ "
     "τον Άρη Ζαχαρίου."), ["Ξάνθη", "Λάρισα"]),
])
def test_a_town_that_names_a_club_in_a_game_report_is_no_place(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("text, orgs, places", [
    # the club in one mention ("η Ξάνθη κέρδισε") is the club in the text's other mentions too
    (("Η Ξάνθη κέρδισε 2-0 στο ματς της Κυριακής και ο προπονητής μίλησε για σπουδαία νίκη. Το "
      "επόμενο παιχνίδι της Ξάνθης είναι με τον Ηρακλή."), ["Ξάνθη"], []),
    # "μια Ξάνθη": a town the gazetteer knows names no kind after the indefinite article
    (("Η Ξάνθη κέρδισε 2-0 στο ματς της Κυριακής και ο προπονητής μίλησε για σπουδαία νίκη. Μια "
      "Ξάνθη που παίζει έτσι δεν φοβάται κανέναν."), ["Ξάνθη"], []),
    # a club abroad, named only as the subject: the feminine of "ομάδα", a town's name the gazetteer knows
    (("Η Λάτσιο απειλεί να προσφύγει στα δικαστήρια αν δεν ξαναρχίσει το πρωτάθλημα, είπε ο "
      "προπονητής της ομάδας μετά το ματς."), ["Λάτσιο"], []),
    # a mention that says where keeps the name a place, one name one kind
    (("Ο Βόλος νίκησε 2-0 στο ματς της Κυριακής με δύο γκολ του επιθετικού. Οι φίλαθλοι γιόρτασαν "
      "στον Βόλο μέχρι αργά."), [], ["Βόλος"]),
    # a country's name stays the country: its side is "η Εθνική"
    (("Η Ελλάδα νίκησε 2-0 στο ματς της Τετάρτης με δύο γκολ του επιθετικού, είπε ο προπονητής. Η "
      "νίκη ενθουσίασε την Ελλάδα."), [], ["Ελλάδα"]),
])
def test_a_town_that_a_game_report_gives_as_a_club_is_the_club_throughout(
        extractor: Extractor, text: str, orgs: list[str], places: list[str]) -> None:
    found_orgs, found_places, _ = _names(extractor, text)
    assert [o for o in found_orgs if o in orgs + places] == orgs and found_places == places


@pytest.mark.parametrize("words, gender, club", [
    (["Η", "Λάτσιο", "απειλεί"], "x", True),  # a club abroad takes the feminine of "ομάδα"
    (["Ο", "Κόμπε", "δούλεψε"], "x", False),  # no masculine town: a man
    (["Ο", "Βόλος", "νίκησε"], "m", True),  # a Greek town's club keeps the town's gender
    (["Το", "Μαρούσι", "κατακτά"], "n", True),
    (["Η", "Κηφισιά", "έχασε"], "f", True),
    (["την", "Κηφισιά", "χθες"], "f", False),  # the accusative: an object, not a subject
    (["Λιόν", "-", "Ρεν"], None, True),  # a side of a result
])
def test_a_set_aside_town_names_its_club_as_subject_or_side(words: list[str], gender: str | None, club: bool) -> None:
    doc = Doc(spacy.blank("el").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    i = 0 if words[1] == "-" else 1
    assert _subject_or_side(Span(doc, i, i + 1, label="GPE"), gender) is club


@pytest.mark.parametrize("text, place", [
    (("Στο ματς μπάσκετ της Κυριακής θαύματα έκανε η Σερβία, παίρνοντας την πρώτη θέση με 20 "
      "πόντους του σέντερ της."), "Σερβία"),
    ("Στο τουρνουά μπάσκετ οι Αυστρία, Νορβηγία και Σουηδία έχασαν στον πρώτο γύρο από τους γηπεδούχους.", "Αυστρία"),
])
def test_a_country_set_aside_as_a_side_in_a_game_report_stays_a_place(
        extractor: Extractor, text: str, place: str) -> None:
    # a country's side is its national team, and no club is named after a country
    assert place in _names(extractor, text)[1]


@pytest.mark.parametrize("text, places", [
    # after "σε" or "από" and an article, a name then a known state or country in the genitive
    ("Η έκθεση ταξιδεύει στο Ναγκάνο της Ιαπωνίας τον Οκτώβριο.", ["Ναγκάνο", "Ιαπωνία"]),
    ("Ο ύποπτος είναι από το Westfield της Ιντιάνα, είπαν οι αρχές.", ["Westfield", "Ιντιάνα"]),
    # a noun of a kind heads a body's or a venue's name, no place inside the wider one
    ("Σπούδασε στο Πανεπιστήμιο της Ιντιάνα πριν από δέκα χρόνια.", []),
])
def test_a_name_framed_by_a_known_state_after_a_locative_is_a_place(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


def test_a_town_outside_a_game_report_stays_a_place(extractor: Extractor) -> None:
    # no words of a game: "η Λάρισα" as a subject is the town (its people, its council)
    _, places, _ = _names(extractor, "Η Λάρισα γιόρτασε χθες τον πολιούχο της με λιτανεία.")
    assert places == ["Λάρισα"]


@pytest.mark.parametrize("text, place", [
    ("Οι μαθητές ήρθαν από τρεις πόλεις (Βερολίνο, Μοστάρ, Λευκωσία) για το συνέδριο.", "Μοστάρ"),
    ("Ο ύποπτος συνελήφθη στην Πολιτεία του Ιλινόις το βράδυ της Τρίτης.", "Ιλινόις"),
    # the state under its Greek Wikipedia spelling too
    ("Οι δύο φοιτητές σπουδάζουν στο Ιλινόι εδώ και τρία χρόνια.", "Ιλινόι"),
])
def test_a_name_taken_for_a_person_is_a_place_after_a_place_head_or_among_places(
        extractor: Extractor, text: str, place: str) -> None:
    _, places, people = _names(extractor, text)
    assert place in places and place not in people


def test_people_in_a_list_beside_a_place_stay_people(extractor: Extractor) -> None:
    _, places, people = _names(extractor, "Ο Γιάννης, η Μαρία και η Ελένη πήγαν στην Αθήνα.")
    assert places == ["Αθήνα"] and people == ["Γιάννης", "Μαρία", "Ελένη"]


@pytest.mark.parametrize("text, place", [
    ("Το σεμινάριο θα γίνει στο αμφιθέατρο του κτιρίου «Ερμούπολις» την Πέμπτη.", "Ερμούπολις"),
    ("Οι φοιτητές συγκεντρώθηκαν μπροστά στο κτίριο “Πλάτων” της σχολής.", "Πλάτων"),
    # any noun of a venue's kind before the quotes: the quoted name is the venue's
    ("Η ταινία προβάλλεται από αύριο στον κινηματογράφο «Αστέρια» της γειτονιάς.", "Αστέρια"),
    ("Οι κουζίνες του ξενοδοχείου «Γαλήνη» ανακαινίστηκαν πέρυσι.", "Γαλήνη"),
    ("Τα έργα του θα εκτεθούν στην γκαλερί «Λευκός Τοίχος» τον Μάιο.", "Λευκός Τοίχος"),
    # a venue that is also a body, right after a locative: where
    ("Ο τραυματίας νοσηλεύεται στο νοσοκομείο «Άγιος Σάββας» από χθες.", "Άγιος Σάββας"),
])
def test_a_building_named_in_quotes_is_a_place(extractor: Extractor, text: str, place: str) -> None:
    assert place in _names(extractor, text)[1]


@pytest.mark.parametrize("text, place", [
    ("Ο αγώνας θα γίνει στο «Γ. Αβέρωφ» το βράδυ της Κυριακής.", "Γ. Αβέρωφ"),
    # an initial of two letters, split from its period by the tokenizer
    ("Η ομάδα έχασε στο «Θρ. Καλαμίδης» από τους φιλοξενούμενους.", "Θρ. Καλαμίδης"),
    ('Η ομάδα έχασε στο "Θρ. Καλαμίδης" από τους φιλοξενούμενους.', "Θρ. Καλαμίδης"),
])
def test_a_person_named_in_quotes_after_a_neuter_article_is_a_venue(extractor: Extractor, text: str, place: str) -> None:
    assert place in _names(extractor, text)[1]


@pytest.mark.parametrize("text, name", [
    # a venue that is also a body, not after a locative: the body
    ("Η διοίκηση του νοσοκομείου «Άγιος Σάββας» ανακοίνωσε νέα μέτρα.", "Άγιος Σάββας"),
    # a title in quotes (lower-case words in it) names no venue
    ("Ο θίασος ανεβάζει φέτος το έργο του θεάτρου «Ο κήπος με τις λεμονιές» στην αυλή.", "Ο κήπος με τις λεμονιές"),
    # a vessel's name is no place
    ("Το πλοιάριο «Γλάρος» έδεσε νωρίς το πρωί.", "Γλάρος"),
])
def test_a_name_in_quotes_after_a_body_or_a_vessel_or_a_title_is_no_venue(
        extractor: Extractor, text: str, name: str) -> None:
    assert name not in _names(extractor, text)[1]


@pytest.mark.parametrize("text, places", [
    ("Τα καταστήματα θα μείνουν ανοιχτά σε όλη την Επικράτεια την Κυριακή.", []),
    ("Οι επισκέπτες ανέβηκαν στη Χώρα της Σερίφου με το λεωφορείο.", ["Χώρα"]),
])
def test_a_word_for_a_kind_of_land_alone_is_no_place(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1][:1] == places


@pytest.mark.parametrize("name, street", [
    ("Ερμού 15", True),
    ("Ιωάννου Θεοτόκη 72", True),
    ("Πανεπιστημίου 30Α", True),
    ("Εμπορικούς Συλλόγους 35", False),  # an accusative plural and a count: "35 περιοχών"
    ("Studio 54", False),
])
def test_a_street_and_number_is_in_the_nominative_or_genitive(name: str, street: bool) -> None:
    assert LinkingLexicon.default().is_street_address(name) is street


def test_a_noun_phrase_and_a_count_is_no_address(extractor: Extractor) -> None:
    rec = extractor.extract_text("Ρωτήσαμε τους Εμπορικούς Συλλόγους 35 περιοχών της χώρας για τις εκπτώσεις.")
    assert not rec.places


@pytest.mark.parametrize("name", ["Παράρτημα Β΄", "Εγκύκλιο 1234/15", "Άρθρο 6", "Συνέδριο Πληροφορικής"])
def test_documents_their_parts_and_events_are_no_places(name: str) -> None:
    """The heads the guide keeps out of organisations (laws, their parts, events) name no place either."""
    assert LinkingLexicon.default().is_not_org(name)


@pytest.mark.parametrize("text, places", [
    ("Ο υπουργός Εξωτερικών της Ιταλίας Λουίτζι Ρόσι επισκέφθηκε χθες την Αθήνα.", ["Ιταλία", "Αθήνα"]),
    ("Η πρόεδρος της Φινλανδίας Άννα Κόρπι μίλησε στη Βουλή.", ["Φινλανδία"]),
    ("Ο δήμαρχος Μαραθώνα Ηλίας Παπαδάκης μίλησε χθες στην Αθήνα.", ["Αθήνα"]),
])
def test_a_country_in_a_role_is_a_place_a_municipality_qualifies_it(extractor: Extractor, text: str,
                                                                     places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("text, places", [
    ("Οι Διδακτορικές Σπουδές στο Τμ. Πληροφορικής ξεκινούν τον Οκτώβριο.", []),  # "Τμ." = Τμήμα
    ("Οι εκδρομείς έφτασαν χθες στην Κω.", ["Κως"]),
    ("Η συναυλία θα γίνει στο Ρίο.", ["Ρίο"]),  # a word may end a sentence in a vowel
])
def test_an_abbreviated_noun_is_no_place(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


def test_a_head_and_a_name_in_the_genitive_is_one_place(extractor: Extractor) -> None:
    """The model stops at the head ("Στενά"); the genitive name after it is part of the place."""
    places = _names(extractor, "Το Ιράν ελέγχει τα Στενά του Ορμούζ, από όπου περνά το πετρέλαιο.")[1]
    assert places == ["Ιράν", "Στενά του Ορμούζ"]


@pytest.mark.parametrize("text", [
    "Οι ΗΠΑ ανακοίνωσαν νέους δασμούς. Οι Ηνωμένες Πολιτείες θα τους εφαρμόσουν από τον Μάιο.",
    "Οι Ηνωμένες Πολιτείες ανακοίνωσαν νέους δασμούς. Οι ΗΠΑ θα τους εφαρμόσουν από τον Μάιο.",
])
def test_a_place_named_in_full_and_by_its_acronym_keeps_both_names(extractor: Extractor, text: str) -> None:
    places = {p.name: p.aliases for p in extractor.extract_text(text).places}
    assert places == {"Ηνωμένες Πολιτείες": ["ΗΠΑ"]}


def test_a_headline_in_capitals_gives_no_alias(extractor: Extractor) -> None:
    places = extractor.extract_text("ΗΡΑΚΛΕΙΟ: νέα έργα\nΣτο Ηράκλειο ξεκινούν νέα έργα.").places
    assert [(p.name, p.aliases) for p in places] == [("Ηράκλειο", [])]


@pytest.mark.parametrize("text, places", [
    ("Οι πλημμύρες έπληξαν την Εμίλια Ρομάνια και το Βένετο τον Μάιο.", ["Εμίλια-Ρομάνια", "Βένετο"]),
    ("Ο υπουργός επισκέφθηκε το κρατίδιο Μαχαράστρα την Τρίτη.", ["Μαχαράστρα"]),
    ("Το αεροσκάφος προσγειώθηκε στη νήσο Γκουάμ χθες το βράδυ.", ["Γκουάμ"]),
    ("Η ομάδα αγωνίστηκε στη Λάρνακα και μετά στην Πάφο.", ["Λάρνακα", "Πάφος"]),
    ("Η εταιρεία άνοιξε γραφεία στη Βαυαρία και στην Καταλονία.", ["Βαυαρία", "Καταλονία"]),
])
def test_regions_and_territories_from_whole_public_lists_are_places(
        extractor: Extractor, text: str, places: list[str]) -> None:
    orgs, found, people = _names(extractor, text)
    assert found == places and orgs == [] and people == []


@pytest.mark.parametrize("text, places", [
    ("Οι θερμοκρασίες στην Αρκτική ανέβηκαν πολύ φέτος.", ["Αρκτική"]),  # the other polar region
    ("Τα χιόνια της Αρκτικής έλιωσαν νωρίτερα από κάθε άλλη χρονιά.", ["Αρκτική"]),
])
def test_the_arctic_is_a_place(extractor: Extractor, text: str, places: list[str]) -> None:
    orgs, found, people = _names(extractor, text)
    assert found == places and orgs == [] and people == []


def test_an_arctic_adjective_in_lower_case_is_no_place(extractor: Extractor) -> None:
    _, places, _ = _names(extractor, "Η αρκτική ψύχρα έφτασε νωρίς στην Ευρώπη.")
    assert places == ["Ευρώπη"]


def test_a_name_after_a_lower_case_place_noun_is_a_place(extractor: Extractor) -> None:
    _, places, people = _names(extractor, "Η ανθρωπιστική βοήθεια έφτασε στη γειτονιά Μπάμπα Αμρ της πόλης Χομς.")
    # a name the model took for a person, and one it left out
    assert places == ["Μπάμπα Αμρ", "Χομς"] and people == []


@pytest.mark.parametrize("text, person", [
    ("Ο δήμαρχος της πόλης Γιώργος Παπαδόπουλος μίλησε.", "Γιώργος Παπαδόπουλος"),  # a first name: a person
    ("Ο πρόεδρος της χώρας Εμανουέλ Μακρόν μίλησε.", "Εμανουέλ Μακρόν"),
])
def test_a_person_after_a_place_noun_stays_a_person(extractor: Extractor, text: str, person: str) -> None:
    _, places, people = _names(extractor, text)
    assert people == [person] and places == []


@pytest.mark.parametrize("text, places", [
    ("Η νέα συμφωνία Ελλάδας-Αιγύπτου για την ΑΟΖ υπογράφηκε χθες.", ["Ελλάδα", "Αίγυπτος"]),
    ("Το δρομολόγιο Αθήνα-Θεσσαλονίκη καθυστέρησε.", ["Αθήνα", "Θεσσαλονίκη"]),
    ("Η Βοσνία-Ερζεγοβίνη κέρδισε στον τελικό.", ["Βοσνία-Ερζεγοβίνη"]),  # one country, hyphen and all
])
def test_a_hyphenated_pair_of_known_places_is_two_places(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


def test_places_listed_without_commas_are_each_a_place(extractor: Extractor) -> None:
    places = _names(extractor, "Οι πρώτες θέσεις: Νορβηγία Φινλανδία Δανία Σουηδία και Νέα Ζηλανδία.")[1]
    assert places == ["Νορβηγία", "Φινλανδία", "Δανία", "Σουηδία", "Νέα Ζηλανδία"]
    # a place in the genitive locates the one before it: one name, no list (and the region it
    # names is a place too: test_a_locality_with_its_prefecture_in_the_genitive_names_both)
    assert _names(extractor, "Οι κατασκηνώσεις λειτουργούν στον Άγιο Ανδρέα Αττικής.")[1] == [
        "Άγιος Ανδρέας Αττικής", "Αττική"]


def test_a_person_taken_for_a_place_is_a_person_when_the_text_names_the_surname(extractor: Extractor) -> None:
    text = "«Δεν θα σταματήσουμε», δήλωσε σήμερα η Λάουρα Κοβέσι σε συνέντευξη. «Θα συνεχίσουμε», είπε η κ. Κοβέσι."
    _, places, people = _names(extractor, text)
    assert people == ["Λάουρα Κοβέσι"] and places == []
    # a person's name in quotes names a thing (an airport here), not the person
    _, _, people = _names(extractor, "Η πτήση προσγειώθηκε στον αερολιμένα «Ελευθέριος Βενιζέλος» χθες.")
    assert people == []


@pytest.mark.parametrize("before, person", [
    ("η", True), ("της", True), ("τον", True), ("κ.", True), ("κας", True), ("κου", True), ("Δρ", True),
    ("στην", False), ("οδό", False), ("πλατεία", False),
])
def test_a_person_taken_for_a_place_after_an_article_or_any_honorific(before: str, person: bool) -> None:
    """Two capitalised words taken for a place whose last is a surname the text names are a person
    after a singular masculine or feminine article or any honorific of honorifics.tsv, not after a
    preposition or a street's noun ("στην οδό Χ Ψ")."""
    words = ["Χθες", "μίλησε", before, "Λάουρα", "Κοβέσι", "."]
    doc = Doc(spacy.blank("el").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    ent = Span(doc, 3, 5, label="GPE")
    assert PlaceResolver()._a_person_named(ent, {stem("Κοβέσι")}) is person


def test_a_hyphenated_municipality_in_a_role_or_a_body_gives_no_places(extractor: Extractor) -> None:
    text = "Μίλησε ο Δήμαρχος Ραφήνας-Πικερμίου Δημήτρης Σαραντόπουλος. Το έργο γίνεται με τον Δήμο Ραφήνας-Πικερμίου."
    orgs, places, _ = _names(extractor, text)
    assert places == [] and orgs == ["Δήμος Ραφήνας-Πικερμίου"]


@pytest.mark.parametrize("text", [
    "Οι παραδόσεις του Προπτυχιακού αρχίζουν τη Δευτέρα 2 Οκτωβρίου.",
    "Οι διαλέξεις του Προπτυχιακού ξεκινούν σύντομα.",
])
def test_an_adjective_in_iakos_used_as_a_noun_is_no_place(extractor: Extractor, text: str) -> None:
    assert _names(extractor, text)[1] == []


@pytest.mark.parametrize("text, unit", [
    ("Ο τραυματίας νοσηλεύεται στη Μονάδα Εντατικής Θεραπείας του νοσοκομείου.", "Μονάδα Εντατικής Θεραπείας"),
    ("Οι αιτήσεις κατατίθενται στη Μονάδα Επιστημονικής Επικοινώνησης του Πανεπιστημίου.",
     "Μονάδα Επιστημονικής Επικοινώνησης"),
    ("Ο ασθενής μεταφέρθηκε στη ΜΕΘ του νοσοκομείου της Λάρισας.", "ΜΕΘ"),
])
def test_a_unit_of_a_body_is_no_place(extractor: Extractor, text: str, unit: str) -> None:
    assert unit not in _names(extractor, text)[1]


@pytest.mark.parametrize("text, unit", [
    ("Οι μαχητές του Τάγματος Αζόφ παραδόθηκαν χθες στους στρατιώτες.", "Τάγμα Αζόφ"),
    ("Το δικαστήριο εξέτασε τη δράση του Τάγματος Εφόδου στη γειτονιά.", "Τάγμα Εφόδου"),
])
def test_a_battalion_is_no_place(extractor: Extractor, text: str, unit: str) -> None:
    # "Τάγμα", an army's battalion or a religious order, heads a body's name, never a place's
    assert not any(p.startswith(("Τάγμα", "Τάγματος")) for p in _names(extractor, text)[1])


@pytest.mark.parametrize("text", [
    "Γυναικοκτονία στο χωριό: συνελήφθη ο σύζυγος μετά από καβγά.",
    "Ανθρωποκτονία στο λιμάνι: ερευνούν οι αρχές τα στοιχεία.",
])
def test_a_crime_noun_opening_a_headline_is_no_place(extractor: Extractor, text: str) -> None:
    places = _names(extractor, text)[1]
    assert not any(fold(p).endswith("κτονια") for p in places)


def test_a_ministers_portfolio_is_no_country(extractor: Extractor) -> None:
    # "Γεωργίας" right after the title is the ministry (agriculture); "στη Γεωργία" is the country
    r = extractor.extract_text("Μίλησε ο υπουργός Γεωργίας Γιάννης Παππάς για τις πλημμύρες στη Γεωργία.")
    assert [(p.name, [(m.start, m.end) for m in p.mentions]) for p in r.places] == [("Γεωργία", [(64, 71)])]


def test_a_hall_named_with_its_building_is_one_place(extractor: Extractor) -> None:
    places = _names(extractor, "Η ορκωμοσία έγινε στο Αμφιθέατρο 1 του κτιρίου ΤΙΣΤ του Πανεπιστημίου.")[1]
    assert places == ["Αμφιθέατρο 1 του κτιρίου ΤΙΣΤ"]


@pytest.mark.parametrize("text, places", [
    (("Οι αστροναύτες επέστρεψαν από τον Διεθνή Διαστημικό Σταθμό (ISS) στη Γη και προσγειώθηκαν "
      "στο Καζακστάν."), ["Καζακστάν"]),
    ("Η εκκλησία χτίστηκε στην Τουρκοκρατία και ανακαινίστηκε στην Αθήνα.", ["Αθήνα"]),
    ("Οι χώρες του Βορρά στέλνουν τουρίστες στο Νότο, είπε στη Δομινικανή Δημοκρατία.", ["Δομινικανή Δημοκρατία"]),
    ("Οι συγκρούσεις στη Μέση Ανατολή ανησυχούν την Ευρώπη.", ["Μέση Ανατολή", "Ευρώπη"]),
])
def test_a_space_station_a_period_of_rule_and_a_compass_point_are_no_places(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("text, ship", [
    ("Το πετρέλαιο από το ναυάγιο της φορτηγίδας Orca δεν έφτασε στις ακτές της Χιλής.", "φορτηγίδας Orca"),
    ("Οι επιβάτες του πλοίου Blue Horizon αποβιβάστηκαν στη Ρόδο.", "Blue Horizon"),
])
def test_a_name_after_a_vessel_noun_is_a_ship_no_place(nlp, text: str, ship: str) -> None:
    # whatever the model tags, the resolver drops a span that names a ship
    from keryx.linking.places import PlaceResolver, _subject_or_side

    doc = nlp(text)
    start = text.index(ship)
    span = doc.char_span(start, start + len(ship), label="LOC")
    assert span is not None and PlaceResolver().resolve([span]) == []


def test_a_feast_is_no_place(extractor: Extractor) -> None:
    places = _names(extractor, "Οι ψαράδες βγάζουν τη Λαμπρή Τρίτη τις βάρκες τους στολισμένες στη Σίφνο.")[1]
    assert places == ["Σίφνος"]


@pytest.mark.parametrize("text, places", [
    ("Είναι βέβαιο ότι η Πενσυλβάνια θα κατοχυρωθεί υπέρ του προέδρου.", ["Πενσυλβάνια"]),
    ("Η Καλιφόρνια και το Τέξας έχουν τους περισσότερους εκλέκτορες.", ["Καλιφόρνια", "Τέξας"]),
    ("Ο καύσωνας έπληξε την Κουίνσλαντ και τη Νέα Νότια Ουαλία.", ["Κουίνσλαντ", "Νέα Νότια Ουαλία"]),
])
def test_a_state_or_province_of_a_large_country_is_a_place(extractor: Extractor, text: str, places: list[str]) -> None:
    orgs, found, _ = _names(extractor, text)
    assert found == places and orgs == []


@pytest.mark.parametrize("text, places", [
    ("Η Γουχάν μπήκε σε καραντίνα τον Ιανουάριο.", ["Γουχάν"]),
    ("Ο ιός εντοπίστηκε πρώτα στη Σανγκάη και έπειτα έφτασε στη Νέα Υόρκη.", ["Σανγκάη", "Νέα Υόρκη"]),
])
def test_a_large_city_of_the_world_is_a_place_in_the_nominative(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


def test_a_state_named_by_its_head_is_the_place_not_a_body(extractor: Extractor) -> None:
    orgs, places, _ = _names(extractor, "Ο ύποπτος συνελήφθη στη γειτονική Πολιτεία του Ιλινόις την Τετάρτη.")
    assert places == ["Ιλινόις"] and orgs == []
    orgs, places, _ = _names(extractor, "Ο ιατροδικαστής της Κομητείας του Λος Άντζελες δεν έδωσε την αιτία.")
    assert places == ["Λος Άντζελες"] and orgs == []


def test_a_dependent_territory_in_a_role_is_still_a_place(extractor: Extractor) -> None:
    places = _names(extractor, "Ο κυβερνήτης του Πουέρτο Ρίκο κήρυξε κατάσταση έκτακτης ανάγκης.")[1]
    assert places == ["Πουέρτο Ρίκο"]


def test_a_funding_programme_is_no_place(extractor: Extractor) -> None:
    r = extractor.extract_text("Η πρόεδρος μίλησε για τους μαθητές που συμμετέχουν στο Erasmus φέτος.")
    assert [p.name for p in r.places] == []


def test_in_a_game_report_a_town_that_begins_a_club_name_is_no_place(extractor: Extractor) -> None:
    # the gazetteer knows Manchester: in a line-up it begins the club's name
    text = ("Η Ρεάλ νίκησε 2-1 στο ματς, με γκολ του επιθετικού στο δεύτερο ημίχρονο. Ο προπονητής της "
            "ομάδας μίλησε για το πρωτάθλημα. ΜΑΝΤΣΕΣΤΕΡ ΣΙΤΙ (Γκουαρδιόλα): Έντερσον, Γουόκερ.")
    assert "ΜΑΝΤΣΕΣΤΕΡ" not in _names(extractor, text)[1]


def test_a_greek_settlement_from_the_complete_list_is_a_place_not_a_body(extractor: Extractor) -> None:
    orgs, places, _ = _names(extractor, "Οι αγρότες από τη Νιγρίτα διαμαρτυρήθηκαν έξω από το υπουργείο.")
    assert places == ["Νιγρίτα"] and orgs == []


def test_a_settlement_named_like_a_common_word_stays_out_of_the_gazetteer() -> None:
    from keryx.lang.el.text import fold
    from keryx.linking.names import NameLexicon

    places = NameLexicon.default().places
    # "της Εγγύς Ανατολής", "της Κοίμησης της Θεοτόκου", "η Αγία Σοφία": no village
    assert all((fold(w),) not in places for w in ["Ανατολή", "Κοίμηση", "Αγιά"])
    assert ("δοιρανη",) in places and ("κρανιδι",) in places


def test_players_and_their_points_in_a_line_up_are_no_street_addresses(extractor: Extractor) -> None:
    text = ("Η ομάδα κέρδισε 3-2. ΠΟΡΤΟΓΑΛΙΑ (Σάντος): Ντουάρτε 11, Ροντρίγκες Β. 6, Χουρστ 19, "
            "Ροντρίγκες Α. 12, Καβαλένκα 34, Γκόμες 14 / Ρεζέντε.")
    assert not any(any(c.isdigit() for c in p) for p in _names(extractor, text)[1])


def test_a_city_abroad_in_a_role_is_still_a_place_a_greek_town_qualifies_the_role(extractor: Extractor) -> None:
    assert _names(extractor, "Ο δήμαρχος της Σανγκάης δήλωσε ότι τα μέτρα θα συνεχιστούν.")[1] == ["Σανγκάη"]
    assert _names(extractor, "Ο δήμαρχος Μαραθώνα δήλωσε ότι τα μέτρα θα συνεχιστούν.")[1] == []


def test_a_greek_surname_that_folds_to_a_city_abroad_stays_a_person(extractor: Extractor) -> None:
    _, places, people = _names(extractor, "Ο βουλευτής Ι. Λαγός δήλωσε ότι θα ψηφίσει κατά, όπως και ο Σαμαράς.")
    assert places == [] and "Ι. Λαγός" in people


@pytest.mark.parametrize("text, place", [
    # a name in quotes left in the nominative after a neuter or a genitive article: a venue named after someone
    ("Ο τελικός θα γίνει στο «Θ. Παπαδάκης» την Κυριακή το απόγευμα.", "Θ. Παπαδάκης"),
    ("Η ομάδα ηττήθηκε χθες μέσα στο γήπεδο, στη ρεβάνς του «Αντώνης Μελετίου».", "Αντώνης Μελετίου"),
    ("Ένα καλό αποτέλεσμα μακριά από το «Γεώργιος Μαυρίδης» θα αρκούσε για την πρόκριση.", "Γεώργιος Μαυρίδης"),
])
def test_a_quoted_name_after_a_neuter_or_genitive_article_is_a_venue(extractor: Extractor, text: str,
                                                                      place: str) -> None:
    _orgs, places, people = _names(extractor, text)
    assert place in places and place not in people


@pytest.mark.parametrize("text, person", [
    ("Ο «Γεώργιος Μαυρίδης» ήταν ο ήρωας της βραδιάς.", "Γεώργιος Μαυρίδης"),  # the article agrees: a person
    ("Μίλησε στον Αντώνη Μελετίου για τη ρεβάνς.", "Αντώνης Μελετίου"),  # no quote: a person
])
def test_a_name_that_agrees_with_its_article_is_no_venue(extractor: Extractor, text: str, person: str) -> None:
    _orgs, places, _people = _names(extractor, text)
    assert person not in places


@pytest.mark.parametrize("text, place", [
    # an event's name that closes on an article and a known place in the genitive: where it is held
    ("Η κολυμβήτρια πήρε το χρυσό μετάλλιο στους Ολυμπιακούς Αγώνες της Βαρκελώνης πριν από χρόνια.", "Βαρκελώνη"),
    ("Ο υπουργός μίλησε χθες στο Φόρουμ των Δελφών για τις επενδύσεις.", "Δελφοί"),
])
def test_an_event_named_with_its_place_names_the_place(extractor: Extractor, text: str, place: str) -> None:
    _orgs, places, _people = _names(extractor, text)
    assert place in places


@pytest.mark.parametrize("name, venue", [
    ("Coney Island", True),
    ("Hyde Park", True),
    ("Abbey Road Street", True),
    ("Department of Parks", False),  # the head is last in English: "Parks" here is the field
    ("Parker Group", False),
    ("Island Records", False),
    ("Πάρκο Ελευθερίας", True),
])
def test_an_english_name_ending_in_a_place_head_is_a_venue(name: str, venue: bool) -> None:
    assert LinkingLexicon.default().is_venue(name) is venue


@pytest.mark.parametrize("name, building", [
    ("Νοσοκομείο Κορίνθου", True),
    ("Γενικό Νοσοκομείο Λαμίας", True),
    ("Κέντρο Υγείας Καλαμπάκας", True),
    ("Νοσοκομείο", False),  # the head alone refers back to a body, names none
    ("Κέντρο Υγείας", False),
    ("Ένωση Νοσοκομειακών Γιατρών Πάτρας", False),  # an adjective of the head, a union's name
])
def test_a_hospital_or_health_centre_is_a_body_named_after_its_building(name: str, building: bool) -> None:
    assert LinkingLexicon.default().is_building_body(name) is building


@pytest.mark.parametrize("text, place", [
    ("Ο δήμος ανέλαβε τη διαχείριση της Roosevelt Island από το 2020.", "Roosevelt Island"),
    ("Το φεστιβάλ θα γίνει στο Golden Gate Park του Σαν Φρανσίσκο.", "Golden Gate Park"),
    ("Οι διαδηλωτές συγκεντρώθηκαν στη Wall Street το πρωί.", "Wall Street"),
])
def test_an_english_place_name_is_no_body(extractor: Extractor, text: str, place: str) -> None:
    orgs, places, _ = _names(extractor, text)
    assert place not in orgs and place in places


@pytest.mark.parametrize("text", [
    "Σεισμός σημειώθηκε χθες στην κινεζική πόλη Γκουανγκτσού.",
    "Οι κάτοικοι της Γκουανγκτσού βγήκαν στους δρόμους.",
    "Τα εργοστάσια στην Γκουανγκτσού έκλεισαν.",
])
def test_a_foreign_name_in_stressed_ou_after_a_feminine_article_or_a_kind_noun_stays_as_written(
        extractor: Extractor, text: str) -> None:
    _, places, _ = _names(extractor, text)
    assert "Γκουανγκτσού" in places and "Γκουανγκτσός" not in places


@pytest.mark.parametrize("text, place, wrong", [
    # a foreign name that does not inflect, after "στο": no masculine in -ος to restore
    ("Οι διασώστες έστησαν σκηνές στο Παλού την Κυριακή.", "Παλού", "Παλός"),
    ("Η εταιρεία μετέφερε τα γραφεία της στο Μάρλοου πέρσι.", "Μάρλοου", "Μάρλοος"),
    # an elliptic genitive: "το (Μέγαρο) Μαξίμου"
    ("Το Μαξίμου είχε ως στόχο την ψήφιση του νόμου.", "Μαξίμου", "Μαξίμος"),
])
def test_a_genitive_ending_after_a_neuter_article_stays_as_written(
        extractor: Extractor, text: str, place: str, wrong: str) -> None:
    _, places, _ = _names(extractor, text)
    assert place in places and wrong not in places


def test_an_elliptic_genitive_is_the_place_named_in_full(extractor: Extractor) -> None:
    _, places, _ = _names(extractor, "Η σύσκεψη έγινε στο Μέγαρο Μαξίμου. Σύμφωνα με το Μαξίμου, συμφώνησαν.")
    assert places == ["Μέγαρο Μαξίμου"]


def test_a_name_kept_as_written_is_one_place_with_its_other_mentions(extractor: Extractor) -> None:
    # "του Πάλου" alone would read as a masculine's genitive; beside "στο Παλού" it is the same town
    _, places, _ = _names(extractor, "Ο σεισμός έπληξε την πόλη του Πάλου. Στο Παλού έφτασαν οι διασώστες.")
    assert places == ["Παλού"]


def test_a_greek_neuter_place_after_a_neuter_article_takes_its_nominative(extractor: Extractor) -> None:
    _, places, _ = _names(extractor, "Η ομάδα ταξίδεψε στο Ηράκλειο και μετά στο Μαρούσι.")
    assert places == ["Ηράκλειο", "Μαρούσι"]


@pytest.mark.parametrize("text, word", [
    ("Ο Σπήλιος Λιβανός μίλησε στη Βουλή. Ο Λιβανός κατηγορείται για παράβαση καθήκοντος.", "Λιβανός"),
    ("Η φωτογραφία του Αϊλάν Κουρντί έκανε τον γύρο του κόσμου. Ποιος θυμάται τον μικρό Αϊλάν;", "Αϊλάν"),
])
def test_a_word_of_a_persons_name_written_alike_is_no_place(extractor: Extractor, text: str, word: str) -> None:
    r = extractor.extract_text(text)
    mentions = [text[m.start:m.end] for p in r.places for m in p.mentions]
    assert word not in mentions


def test_a_place_named_like_a_persons_genitive_stays_a_place(extractor: Extractor) -> None:
    # "Λίβανο" is the country's accusative, no form of the man's name written "Λιβανός"
    _, places, _ = _names(extractor, "Ο Σπήλιος Λιβανός ταξίδεψε στον Λίβανο την Τρίτη.")
    assert places == ["Λίβανος"]


@pytest.mark.parametrize("text, ents, relabelled", [
    # a referee's surname the model took for a place, between two listed surnames
    ("Διαιτητές: Παπαδάκης, Ρουμπέλης, Κωστόπουλος.", [(2, 3, "PERSON"), (4, 5, "GPE"), (6, 7, "PERSON")], "PERSON"),
    # the list's last name, before the next heading's colon
    ("Διαιτητές: Παπαδάκης, Ρουμπέλης, Παρατηρητής: Κωστόπουλος.", [(2, 3, "PERSON"), (4, 5, "LOC"), (8, 9, "PERSON")],
     "PERSON"),
    # a known place after a name stays a place ("Δημήτρης Βικέλας, Ερμούπολη": a venue and its town)
    ("Γήπεδο: Παπαδάκης, Ερμούπολη, Κωστόπουλος.", [(2, 3, "PERSON"), (4, 5, "GPE"), (6, 7, "PERSON")], "GPE"),
])
def test_a_name_in_a_list_of_surnames_is_a_person(nlp, text: str, ents: list, relabelled: str) -> None:
    from spacy.tokens import Span

    from keryx.linking.places import PlaceResolver, _subject_or_side

    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    out = PlaceResolver().people_as_places(list(doc.ents))
    assert out[1].label_ == relabelled


@pytest.mark.parametrize("text, ents, label", [
    # a name the model took for a body, right after a singular noun of a place's kind, is that place
    ("Η κακοκαιρία έπληξε την επαρχία Καμπάρα χθες.", [(5, 6, "ORG")], "GPE"),
    ("Οι κάτοικοι της πόλης Ζορτέν ζητούν νερό.", [(4, 5, "ORG")], "GPE"),
    ("Βρέθηκαν ψάρια στις όχθες του ποταμού Λιμπέρ.", [(6, 7, "ORG")], "GPE"),
    ("Το χωριό Άνω Κερασιά έμεινε χωρίς ρεύμα.", [(2, 4, "ORG")], "GPE"),
    # after the plural the name may be a body the places belong to
    ("Τα στοιχεία ήρθαν από 12 πόλεις Eurocities φέτος.", [(6, 7, "ORG")], "ORG"),
    # a body after a noun that names no place's kind stays a body
    ("Η εταιρεία Καμπάρα ανακοίνωσε κέρδη.", [(2, 3, "ORG")], "ORG"),
])
def test_a_body_right_after_a_place_kind_noun_is_that_place(nlp, text: str, ents: list, label: str) -> None:
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    assert PlaceResolver().people_as_places(list(doc.ents))[0].label_ == label


@pytest.mark.parametrize("word, singular", [
    ("πόλη", True), ("πόλης", True), ("επαρχίας", True), ("ποταμού", True),
    ("πόλεις", False), ("χωριά", False), ("επαρχιών", False),
])
def test_the_singular_forms_of_the_place_kind_nouns(word: str, singular: bool) -> None:
    from keryx.lang.el.text import fold
    from keryx.linking.names.lexicon import place_kind_forms

    assert fold(word) in place_kind_forms("apposition")
    assert (fold(word) in place_kind_forms("apposition", singular=True)) is singular


def test_a_cultural_centre_with_a_quoted_name_is_a_place(extractor: Extractor) -> None:
    text = "Η έκθεση ρομποτικής θα γίνει στο Κέντρο Πολιτισμού «Ελληνικός Κόσμος» από τον Φεβρουάριο."
    orgs, places, _ = _names(extractor, text)
    assert places == ["Κέντρο Πολιτισμού «Ελληνικός Κόσμος»"] and orgs == []


@pytest.mark.parametrize("text, ents, label", [
    ("Οι υπάλληλοι του Apple Park θα δουλεύουν από το σπίτι.", [(3, 5, "PRODUCT")], "FAC"),
    ("Οι κρατούμενοι της Rikers Island μετακινήθηκαν.", [(3, 5, "EVENT")], "FAC"),
    # a Latin-script name that ends in no place's head stays what the model said
    ("Η Apple Watch πουλήθηκε καλά.", [(1, 3, "PRODUCT")], "PRODUCT"),
])
def test_an_english_name_ending_in_a_place_head_is_a_place_whatever_the_model_said(
        nlp, text: str, ents: list, label: str) -> None:
    from spacy.tokens import Span

    from keryx.linking.places import PlaceResolver, _subject_or_side

    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    assert PlaceResolver().people_as_places(list(doc.ents))[0].label_ == label


def test_a_golf_course_is_a_place(extractor: Extractor) -> None:
    _, places, _ = _names(extractor, "Το τουρνουά θα γίνει στο The Dunes Course της Μεσσηνίας τον Μάιο.")
    assert "The Dunes Course" in places


@pytest.mark.parametrize("text, places, people", [
    ("Ο σεισμός έπληξε τον οικισμό Ντάρμπαν Χιλς χθες.", ["Ντάρμπαν Χιλς"], []),
    # an office heads a capital: the name after "ο δήμαρχος της πρωτεύουσας" is its holder
    ("Ο δήμαρχος της πρωτεύουσας Γιάννης Ραμόν μίλησε χθες.", [], ["Γιάννης Ραμόν"]),
])
def test_a_place_kind_noun_before_a_name(extractor: Extractor, text: str, places: list[str], people: list[str]) -> None:
    _, found, persons = _names(extractor, text)
    assert found == places and persons == people


def _names_a_place(nlp, text: str, start: int, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the one-word GPE span of ``word`` at ``start`` resolves to a place."""
    span = nlp(text).char_span(start, start + len(word), label="GPE")
    assert span is not None
    return bool(PlaceResolver().resolve([span]))


@pytest.mark.parametrize("text, word, place", [
    # after the indefinite article a capitalised noun names a kind (a play's character), no place
    ("Στο έργο εμφανίζονται ένας Μοναχός και ένας Ξυλοκόπος που ζει στο δάσος.", "Ξυλοκόπος", False),
    ("Στη σκηνή βγαίνει μια Περουκιέρισα με τα εργαλεία της.", "Περουκιέρισα", False),
    # the kind keeps its sense where the text writes it again with the definite article
    ("Στη σκηνή βγαίνει ένας Ξυλοκόπος. Λίγο μετά ο Ξυλοκόπος χάνεται στο δάσος.", "Ξυλοκόπος", False),
    # after the definite article, or a preposition with it, an unknown word stays a place
    ("Οι κάτοικοι έφτασαν στη Ζαγκλάνα το πρωί με τα πόδια.", "Ζαγκλάνα", True),
])
def test_no_place_after_the_indefinite_article(nlp, text: str, word: str, place: bool) -> None:
    assert _names_a_place(nlp, text, text.rindex(word), word) is place


@pytest.mark.parametrize("words, head", [
    # a name, then a country, region or island in the genitive: the narrower place and its frame
    (["Αμμουδάρα", "της", "Κρήτης"], 1),
    (["Γκογιάνγκ", "της", "Νότιας", "Κορέας"], 1),
    (["Άγιος", "Προκόπιος", "της", "Νάξου"], 2),
    # a town in the genitive names what is named after it, no frame
    (["Παναγία", "των", "Παρισίων"], None),
    # a venue's head, a kind of place, a formal state, a common word: no place's own name
    (["Μουσείο", "της", "Κρήτης"], None),
    (["Περιφέρεια", "της", "Αττικής"], None),
    (["Δημοκρατία", "της", "Κορέας"], None),
    (["Κόλπος", "του", "Ομάν"], None),
    # no genitive, or no known place after it
    (["Αμμουδάρα", "Κρήτης"], None),
    (["Αμμουδάρα", "της", "Ζουμπάρας"], None),
])
def test_a_name_with_its_country_or_region_in_the_genitive_names_the_narrower_place(
        words: list[str], head: int | None) -> None:
    from keryx.linking.names import NameLexicon
    from keryx.linking.places import framed_head

    lex = LinkingLexicon.default()
    assert framed_head(words, NameLexicon.default().places,
                       lambda w: lex.is_venue(w) or w.lower() == "κόλπος") == head


@pytest.mark.parametrize("text, places", [
    ("Οι διασώστες έφτασαν στην Αγία Πελαγία της Κρήτης μετά τα μεσάνυχτα.", ["Αγία Πελαγία", "Κρήτη"]),
    # a gulf named by its country stays one place
    ("Δύο δεξαμενόπλοια έπλεαν στον Κόλπο του Ομάν όταν χτυπήθηκαν.", ["Κόλπος του Ομάν"]),
])
def test_a_place_framed_by_its_region_is_a_place_of_its_own(extractor: Extractor, text: str,
                                                             places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("text, place", [
    ("Η συγκέντρωση των εργαζομένων έγινε στην οδό Ερμού το πρωί.", "οδός Ερμού"),
    ("Οι κάτοικοι της οδού Ιθάκης ζητούν φωτισμό.", "οδός Ιθάκης"),
    ("Η πορεία σταμάτησε στην πλατεία Ταχρίρ για δύο ώρες.", "πλατεία Ταχρίρ"),
])
def test_a_name_after_a_street_noun_names_the_street(extractor: Extractor, text: str, place: str) -> None:
    """The noun of a street or square is part of its name, the genitive after it no place alone
    (no made-up nominative "Ερμός")."""
    _, places, _ = _names(extractor, text)
    assert places == [place]


@pytest.mark.parametrize("word, street", [
    ("οδό", True), ("οδού", True), ("Λεωφόρου", True), ("πλατείας", True),
    ("λεωφορείο", False), ("οδοιπορικό", False), ("οδηγός", False),
])
def test_a_street_noun_is_told_in_any_case(word: str, street: bool) -> None:
    from keryx.linking.places import street_noun

    assert street_noun(word) is street


@pytest.mark.parametrize("text, place", [
    ("Η αντιπροσωπεία έφτασε χθες στην Ουάσιγκτον.", "Ουάσιγκτον"),
    ("Η αντιπροσωπεία έφτασε χθες στην Ουάσινγκτον.", "Ουάσινγκτον"),
])
def test_a_place_keeps_the_spelling_the_text_gives_it(extractor: Extractor, text: str, place: str) -> None:
    _, places, _ = _names(extractor, text)
    assert places == [place]


def test_two_spellings_of_one_place_are_one_place_named_as_the_gazetteer_spells_it(extractor: Extractor) -> None:
    _, places, _ = _names(extractor, "Από την Ουάσιγκτον πέταξε στη Ρώμη και γύρισε στην Ουάσινγκτον το βράδυ.")
    assert places == ["Ουάσινγκτον", "Ρώμη"]


@pytest.mark.parametrize("nominative, extra, spellings", [
    ("Ουάσινγκτον", ("Ουάσιγκτον",), [("ουασιγκτον",)]),
    ("Άργος", ("Άργους",), []),  # a genitive, no other spelling
    ("Κάνμπερα", ("Καμπέρα",), [("καμπερα",)]),
    ("Ρηνανία-Παλατινάτο", ("Ρηνανίας-Παλατινάτου", "Ρηνανία Παλατινάτο"), []),  # a hyphen, no other spelling
    ("Βόρειος Τομέας Αθηνών", ("Βόρειο Τομέα Αθηνών",), []),  # a phrase: its endings tell no case
])
def test_other_spellings_are_told_from_cases(nominative: str, extra: tuple[str, ...],
                                             spellings: list[tuple[str, ...]]) -> None:
    from keryx.linking.names.lexicon import place_spellings

    assert place_spellings(nominative, extra) == spellings


@pytest.mark.parametrize("text, place, event", [
    ("Μεγάλη πυρκαγιά ξέσπασε χθες σε αποθήκη στη Ντιζόν.", "Ντιζόν", "incident"),
    ("Η έκθεση ζωγραφικής θα φιλοξενηθεί στο Τσίτσεστερ από τον Μάιο.", "Τσίτσεστερ", "exhibition"),
    ("Η συναυλία θα γίνει στο Πίτσμπεργκ το Σάββατο.", "Πίτσμπεργκ", "concert"),
])
def test_a_town_the_model_took_for_a_body_is_a_place_after_a_locative(
        extractor: Extractor, text: str, place: str, event: str) -> None:
    r = extractor.extract_text(text)
    assert [p.name for p in r.places] == [place] and r.organisations == []
    assert [(e.type, e.location) for e in r.events] == [(event, place)]


def test_a_body_the_text_also_names_as_who_acts_stays_a_body(extractor: Extractor) -> None:
    orgs, places, _ = _names(extractor, "Η Ρεάλ ανακοίνωσε ότι ο παίκτης επιστρέφει στη Ρεάλ.")
    assert orgs == ["Ρεάλ"] and places == []


@pytest.mark.parametrize("words, at, town", [
    (["Η", "φωτιά", "ξέσπασε", "στη", "Ντιζόν", "."], 4, True),
    (["Ο", "δήμαρχος", "της", "Ντιζόν", "μίλησε", "για", "τη", "φωτιά", "στη", "Ντιζόν", "."], 9, True),
    (["Μιλώντας", "στο", "Ρόιτερ", ",", "ο", "υπουργός", "απάντησε", "."], 2, False),  # whom one spoke to
    (["Θύμισε", "στους", "Ούγγρους", "το", "1956", "."], 2, False),  # a plural article: people, not a town
    (["Η", "Ρεάλ", "νίκησε", "και", "ο", "Ίσκο", "γύρισε", "στη", "Ρεάλ", "."], 8, False),  # who acts: a body
    (["Σπουδάζει", "στο", "Πανεπιστημιακό", "τμήμα", "Ιατρικής", "."], 2, False),  # an adjective before its noun
    (["Το", "βίντεο", "ανέβηκε", "στο", "Ίντερνετ", "."], 4, False),  # online
    (["Η", "σειρά", "παίζεται", "στο", "Netflix", "."], 4, False),  # Latin letters: a medium, a company
    (["Η", "ψηφοφορία", "έγινε", "στη", "ΒΟΥΛΗ", "."], 4, False),  # capitals
])
def test_a_one_word_body_after_a_locative_is_a_town_only_when_the_text_says_where_with_it(
        words: list[str], at: int, town: bool) -> None:
    doc = Doc(spacy.blank("el").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    ent = Span(doc, at, at + 1, label="ORG")
    assert PlaceResolver()._town_as_body(ent, words[at], sports=False) is town


def test_a_one_word_body_after_a_locative_in_a_game_report_is_a_club() -> None:
    words = ["Ο", "Ολυμπιακός", "έπαιξε", "κόντρα", "στη", "Νεβέζις", "."]
    doc = Doc(spacy.blank("el").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert PlaceResolver()._town_as_body(Span(doc, 5, 6, label="ORG"), "Νεβέζις", sports=True) is False


def test_a_one_word_body_after_a_locative_in_a_club_career_is_the_club() -> None:
    words = ["Είχε", "διατελέσει", "προπονητής", "στην", "Αλόα", "."]
    doc = Doc(spacy.blank("el").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert PlaceResolver()._town_as_body(Span(doc, 4, 5, label="ORG"), "Αλόα", sports=False) is False


@pytest.mark.parametrize("words, at, town", [
    # "κόντρα σε": against a side, outside a game report too
    (["Η", "Σερβία", "έπαιξε", "κόντρα", "στη", "Νορβηγία", "το", "βράδυ", "."], 5, False),
    (["Ο", "Νίκος", "σκόραρε", "κόντρα", "στην", "Μπενφίκα", "."], 5, False),
    # a player's transfer or loan: "σε" names the club he goes to
    (["Ο", "Πέτρος", "είναι", "δανεικός", "και", "επιστρέφει", "στην", "Σαμπντόρια", "."], 7, False),
    (["Η", "μεταγραφή", "του", "Γιάννη", "στη", "Χετάφε", "ολοκληρώθηκε", "."], 5, False),
    (["Μετά", "τον", "δανεισμό", "του", "στον", "Βόλφσμπουργκ", "έμεινε", "εκεί", "."], 5, False),
    # without those words the town rule holds
    (["Η", "έκθεση", "άνοιξε", "χθες", "στο", "Μπέργκαμο", "."], 5, True),
    (["Οι", "διαδηλωτές", "συγκεντρώθηκαν", "απέναντι", "στη", "Ντιζόν", "."], 5, True),
])
def test_a_one_word_body_after_a_locative_against_a_side_or_in_a_transfer_is_the_club(
        words: list[str], at: int, town: bool) -> None:
    doc = Doc(spacy.blank("el").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert PlaceResolver()._town_as_body(Span(doc, at, at + 1, label="ORG"), words[at], sports=False) is town


@pytest.mark.parametrize("text, places", [
    # a locality and, in the genitive with no article, the prefecture, island or city it lies in
    ("Ο αγρότης από το Βέλο Κορινθίας έχασε το κοπάδι του.", ["Βέλο Κορινθίας", "Κορινθία"]),
    ("Μια οικογένεια στη Σωτηρίτσα Λάρισας έμεινε χωρίς ρεύμα.", ["Σωτηρίτσα Λάρισας", "Λάρισα"]),
    ("Στην Αγία Άννα Ευβοίας έπεσε χαλάζι το πρωί.", ["Αγία Άννα Ευβοίας", "Εύβοια"]),  # a saint's name
    # an adjective and its noun, both in the genitive, are one name
    ("Οι δήμοι της Βόρειας Εύβοιας ζητούν βοήθεια.", ["Βόρεια Εύβοια"]),
])
def test_a_locality_with_its_prefecture_in_the_genitive_names_both(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("text, places", [
    # a document named after the town or lake where it was made names no place
    ("Η κυβέρνηση στηρίζει τη Συμφωνία των Πρεσπών χωρίς όρους.", []),
    ("Οι βουλευτές συζήτησαν τη Σύμβαση της Κωνσταντινούπολης για τη βία.", []),
    # a country there is a party to it, a place
    ("Η συμφωνία της Ρωσίας με την Κίνα ανησυχεί τους αναλυτές.", ["Ρωσία", "Κίνα"]),
])
def test_a_document_named_after_a_place_names_no_place(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("name, full", [
    ("Ν. Υόρκης", "Νέα Υόρκη"),
    ("Β. Αμερική", "Βόρεια Αμερική"),
    ("Σ. Αραβίας", "Σαουδική Αραβία"),
    ("Ν. Λευκάδας", "Ν. Λευκάδας"),  # "Νομός": no place of the gazetteer begins so, kept as written
    ("Αγ. Παρασκευής", "Αγ. Παρασκευής"),  # a saint's title stays as the writer abbreviates it
    ("Αθήνα", "Αθήνα"),
])
def test_a_place_with_its_first_word_abbreviated_is_named_in_full(name: str, full: str) -> None:
    assert PlaceResolver()._unabbreviated(name) == full


def test_the_straits_called_back_alone_name_no_place(extractor: Extractor) -> None:
    places = _names(extractor, "Τα δεξαμενόπλοια περνούν τα Στενά του Ορμούζ. Τα Στενά μένουν ανοιχτά.")[1]
    assert places == ["Στενά του Ορμούζ"]


@pytest.mark.parametrize("word, demonym", [
    ("Σουηδέζα", True), ("Ιταλίδες", True), ("Ισραηλινής", True), ("Αιγυπτιώτισσα", True),
    ("Αμερικανίδας", True), ("Αρμένιους", True),
    ("Βενετία", False), ("Ατλαντικό", False), ("Σκοπίων", False),  # a place's own endings
    ("Ινδοί", False),  # a stem of three letters takes in too many words
    # the -ος demonym of a place in -ία, every case ("Σερβ-ία", "Πολων-ία", "Θεσσαλ-ία")
    ("Σέρβος", True), ("Σέρβου", True), ("Πολωνό", True), ("Σλοβένων", True), ("Θεσσαλοί", True),
    ("Αιγύπτου", False),  # on the stem of a place in -ος they make the place itself
])
def test_a_place_stem_with_a_demonym_ending_is_no_place(word: str, demonym: bool) -> None:
    assert PlaceResolver()._demonym(word) is demonym


def test_a_demonym_the_model_took_for_a_place_is_none(extractor: Extractor) -> None:
    assert _names(extractor, "Στον τελικό έφτασε η Σουηδέζα τενίστρια μετά από τρεις ώρες.")[1] == []


def test_a_name_after_a_saints_title_stays_in_the_place(extractor: Extractor) -> None:
    # "Στέφανο Αττικής" looks like an accusative first name and a surname: after "Άγιο" it is the
    # saint the place is named after, no person, and the place is not cut short to "Άγιος"
    _, places, people = _names(extractor, "Στον Άγιο Στέφανο Αττικής έπεσε χαλάζι το πρωί.")
    assert people == [] and len(places) == 2 and places[0].startswith("Άγιο Στέφαν") and places[1] == "Αττική"


@pytest.mark.parametrize("text, place", [
    ("Ο αντιπρόεδρος των ΗΠΑ επισκέφθηκε χθες το λιμάνι.", "ΗΠΑ"),
    ("Ο υπουργός Άμυνας των ΗΠΑ μίλησε για τη συμφωνία.", "ΗΠΑ"),
])
def test_a_country_named_by_its_acronym_in_a_role_is_still_a_place(
        extractor: Extractor, text: str, place: str) -> None:
    assert place in _names(extractor, text)[1]


@pytest.mark.parametrize("text, place", [
    ("Πολλοί Σύροι έφυγαν από τη χώρα τους το περασμένο έτος.", "Σύρος"),
    ("Ο δήμαρχος μίλησε στους Σύρους πρόσφυγες του καταυλισμού.", "Σύρος"),
    ("Πτώση κατέγραψαν χθες οι μετοχές της Πειραιώς στο ταμπλό.", "Πειραιάς"),
])
def test_a_form_that_cannot_agree_with_the_place_names_no_place(
        extractor: Extractor, text: str, place: str) -> None:
    assert place not in _names(extractor, text)[1]


@pytest.mark.parametrize("text, place", [
    ("Το καράβι έφτασε στη Σύρο το πρωί.", "Σύρος"),
    ("Η ομάδα ταξίδεψε στο Βόλο για τον αγώνα.", "Βόλος"),
    ("Ο σταθμός του Πειραιά έκλεισε νωρίς.", "Πειραιάς"),
    ("Οι δρόμοι των Παρισίων γέμισαν κόσμο.", "Παρίσι"),
])
def test_a_place_whose_article_agrees_stays(extractor: Extractor, text: str, place: str) -> None:
    assert place in _names(extractor, text)[1]


@pytest.mark.parametrize("text, place", [
    ("Δεκάδες πολίτες συγκεντρώθηκαν μπροστά στη Βουλή το απόγευμα.", "Βουλή"),
    ("Οι συγγενείς περίμεναν έξω από το Εφετείο ως το βράδυ.", "Εφετείο"),
])
def test_a_body_before_or_outside_its_building_is_a_place(extractor: Extractor, text: str, place: str) -> None:
    assert place in _names(extractor, text)[1]


@pytest.mark.parametrize("text", [
    "Ο υπουργός μίλησε στη Βουλή για τον προϋπολογισμό.",
    "Έγινε διαμαρτυρία έξω από το ΣτΕ το πρωί.",
])
def test_a_body_elsewhere_is_no_place(extractor: Extractor, text: str) -> None:
    assert _names(extractor, text)[1] == []


@pytest.mark.parametrize("text, word", [
    ("Οι βουλευτές της Αριστεράς ψήφισαν κατά του νομοσχεδίου.", "Αριστεράς"),
    ("Η Δεξιά κέρδισε τις εκλογές με μεγάλη διαφορά.", "Δεξιά"),
    ("Τα στελέχη της Κεντροαριστεράς συναντήθηκαν χθες.", "Κεντροαριστεράς"),
])
def test_the_political_left_and_right_are_no_places(nlp, text: str, word: str) -> None:
    doc = nlp(text)
    start = text.index(word)
    span = doc.char_span(start, start + len(word), label="GPE")
    assert span is not None and PlaceResolver().resolve([span]) == []


@pytest.mark.parametrize("text, words, name", [
    # the genitive in -ου is the neuter's too: the text writes the neuter in the accusative
    ("Η έκθεση άνοιξε στο Ζαγκλάνο. Οι κάτοικοι του Ζαγκλάνου την επισκέφθηκαν.", ["Ζαγκλάνο", "Ζαγκλάνου"], "Ζαγκλάνο"),
    # a masculine written in -ος, then its accusative with the ν dropped after "στο"
    ("Ο Βρανίσκος είναι μικρό χωριό. Φτάσαμε στο Βρανίσκο το πρωί.", ["Βρανίσκος", "Βρανίσκο"], "Βρανίσκος"),
])
def test_names_that_differ_by_a_final_sigma_are_one_place(nlp, text: str, words: list[str], name: str) -> None:
    doc = nlp(text)
    spans = []
    for word in words:
        start = text.index(word + " ") if word + " " in text else text.index(word + ".")
        span = doc.char_span(start, start + len(word), label="GPE")
        assert span is not None
        spans.append(span)
    places = PlaceResolver().resolve(spans)
    assert [p.name for p in places] == [name] and len(places[0].mentions) == 2


@pytest.mark.parametrize("text, word, place", [
    # a village's row from the settlement list: its ending, not the row, tells its genders
    ("Οι κάτοικοι της Σίνδου ζητούν νέο σχολείο.", "Σίνδου", True),  # -ος: feminine too
    ("Το λεωφορείο έφτασε στην Ανάβυσσο το πρωί.", "Ανάβυσσο", True),
    ("Οι κάτοικοι του Κρανιδίου ζητούν νέο σχολείο.", "Κρανιδίου", True),
    # a plural article before a singular village's plural form: a common noun, no place
    ("Ο μελισσοκόμος μετέφερε τις Κυψέλες στο βουνό.", "Κυψέλες", False),
    ("Μας έδειξε τα Κρανίδια της περιοχής.", "Κρανίδια", False),
    # with no article a village's plural form may name another place (a neighbourhood): kept
    ("Οι κάτοικοι της συνοικίας «Κυψελών» διαμαρτυρήθηκαν.", "Κυψελών", True),
])
def test_a_village_agrees_with_its_article_by_its_ending(nlp, text: str, word: str, place: bool) -> None:
    assert _names_a_place(nlp, text, text.index(word), word) is place


@pytest.mark.parametrize("text, word, place", [
    # a first name the gazetteer does not hold, in the case and gender its article tells: a person
    ("Η μητέρα της άτυχης Ευανθίας μίλησε στους δημοσιογράφους.", "Ευανθίας", False),
    ("Στο τέλος του έργου ο Ορφέας γυρίζει πίσω.", "Ορφέας", False),
    ("Οι γείτονες της Λυδίας τη βοήθησαν πολύ.", "Λυδίας", False),
    # after "σε" the same word is where something happens: a place
    ("Η φωτιά ξέσπασε στη Δάφνη το βράδυ.", "Δάφνη", True),
    # an article that disagrees with the first name's case: a street in the genitive
    ("Το κατάστημα βρίσκεται στη γωνία με την Αλεξάνδρας.", "Αλεξάνδρας", True),
    # after the noun of a square or a street the name is the square's or the street's
    ("Η πορεία έφτασε μέχρι το κέντρο της πλατείας Βικτωρίας.", "Βικτωρίας", True),
])
def test_a_first_name_after_its_article_is_no_place(nlp, text: str, word: str, place: bool) -> None:
    assert _names_a_place(nlp, text, text.index(word), word) is place


@pytest.mark.parametrize("text, kinds", [
    ("Μια Ξυλοκόπισσα ζούσε στο δάσος. Η Ξυλοκόπισσα είχε δύο παιδιά.", 1),
    ("Ένας Βοσκός και ένας ΓΙΑΤΡΟΣ ήρθαν στο χωριό.", 1),
    ("Ο δήμαρχος μίλησε στην Αθήνα.", 0),
    ("Ένας", 0),
])
def test_kinds_named_after_the_indefinite_article(extractor: Extractor, text: str, kinds: int) -> None:
    """Each capitalised word right after "ένας", "μια" (not one in capitals) is a kind's."""
    from keryx.linking.places import kinds_named

    doc = extractor.nlp.make_doc(text)
    assert len(kinds_named(doc)) == kinds


@pytest.mark.parametrize("text, ents, spans", [
    # a known town, then a city's or a prefecture's genitive, taken for a body: the town and the wider place
    ("Ο ύποπτος ζούσε στην Πολίχνη Θεσσαλονίκης με τη μητέρα του.", [(4, 6, "ORG")],
     [("Πολίχνη", "GPE"), ("Θεσσαλονίκης", "GPE")]),
    ("Νέο σχολείο θα χτιστεί στη Νιγρίτα Σερρών του χρόνου.", [(5, 7, "ORG")],
     [("Νιγρίτα", "GPE"), ("Σερρών", "GPE")]),
    # the same taken for a place, with a city's genitive: a suburb and its city
    ("Η φωτιά έκαψε δύο σπίτια στον Εύοσμο Θεσσαλονίκης χθες.", [(6, 8, "GPE")],
     [("Εύοσμο", "GPE"), ("Θεσσαλονίκης", "GPE")]),
    # a body's head noun before the genitive: a body
    ("Η Δημοτική Αστυνομία Θεσσαλονίκης έκανε ελέγχους.", [(1, 4, "ORG")], [("Δημοτική Αστυνομία Θεσσαλονίκης", "ORG")]),
    # a town the gazetteer does not hold: left as the model gave it
    ("Η γιορτή έγινε στην Κάτω Ζερβοχώρα Σερρών φέτος.", [(4, 7, "ORG")], [("Κάτω Ζερβοχώρα Σερρών", "ORG")]),
])
def test_a_town_with_the_genitive_of_its_wider_place_is_two_places(nlp, text: str, ents: list, spans: list) -> None:
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    out = PlaceResolver().people_as_places(list(doc.ents))
    assert [(e.text, e.label_) for e in out] == spans


@pytest.mark.parametrize("text, word, cup", [
    ("Η ομάδα σήκωσε φέτος το Κύπελλο Ιταλίας στο Μιλάνο.", "Ιταλίας", True),
    ("Έπαιξε στον ημιτελικό του κυπέλλου της Πορτογαλίας.", "Πορτογαλίας", True),
    ("Στοίχημα σε αγώνες από τα κύπελλα Αγγλίας, Ολλανδίας και Τουρκίας.", "Τουρκίας", True),
    ("Στο γήπεδο της Λάρισας αγωνίζεται απόψε ο κυπελλούχος Κύπρου.", "Κύπρου", True),
    # a league is played in its country, and a champion is a club of it: the country stays a place
    ("Ο σέντερ αγωνίζεται στο πρωτάθλημα της Ιταλίας.", "Ιταλίας", False),
    ("Αντίπαλος θα είναι η πρωταθλήτρια Ολλανδίας.", "Ολλανδίας", False),
    ("Το κύπελλο έφτασε χθες στην Ισπανία.", "Ισπανία", False),
])
def test_a_place_after_a_cup_noun_names_the_competition(nlp, text: str, word: str, cup: bool) -> None:
    from keryx.linking.places import _names_a_cup

    doc = nlp.make_doc(text)
    i = next(t.i for t in doc if t.text == word)
    assert _names_a_cup(Span(doc, i, i + 1, label="GPE")) is cup


@pytest.mark.parametrize("text, ents, label", [
    # a known place after a locative, whatever thing the model took it for
    ("Το πλοίο έδεσε το πρωί στην Ύδρα με 300 επιβάτες.", [(6, 7, "PRODUCT")], "GPE"),
    ("Η πτήση προσγειώθηκε στην Οκλαχόμα χωρίς πρόβλημα.", [(4, 5, "EVENT")], "GPE"),
    # not after a locative, nor a law ("στο Σύνταγμα" is as often the constitution)
    ("Η Ύδρα κυκλοφόρησε σε νέα έκδοση.", [(1, 2, "PRODUCT")], "PRODUCT"),
    ("Το δικαίωμα κατοχυρώνεται στο Σύνταγμα ρητά.", [(4, 5, "LAW")], "LAW"),
])
def test_a_known_place_after_a_locative_is_a_place_whatever_thing_it_was_taken_for(
        nlp, text: str, ents: list, label: str) -> None:
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    assert PlaceResolver().people_as_places(list(doc.ents))[0].label_ == label


@pytest.mark.parametrize("text, places", [
    ("Η Ελένη συνάντησε τη Σοφία στο σχολείο.", []),          # a woman's name, not the city "Σόφια"
    ("Στη Θερμή της Λέσβου άνοιξε νέο σχολείο.", ["Θερμή", "Λέσβος"]),  # another place, named as written
    ("Ο υπουργός ταξίδεψε στη Σόφια για τη σύνοδο.", ["Σόφια"]),  # the city, its own accent
    ("Το λιμάνι της Κερκύρας γέμισε κρουαζιερόπλοια.", ["Κέρκυρα"]),  # a learned genitive moves it
])
def test_a_word_accented_otherwise_than_a_feminine_place_is_another_word(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _names(extractor, text)[1] == places


@pytest.mark.parametrize("text, streets", [
    ("Το νέο κτίριο χτίστηκε στη γωνία των οδών Σολωμού, Καλλιδρομίου και Μετσόβου, κοντά στο κέντρο.",
     ["Σολωμού", "Καλλιδρομίου", "Μετσόβου"]),
    ("Το σχολείο βρίσκεται στη συμβολή των οδών Πατησίων, Σταδίου και Ακαδημίας.",
     ["Πατησίων", "Σταδίου", "Ακαδημίας"]),
    ("Η πορεία πέρασε από τις λεωφόρους Συγγρού και Βουλιαγμένης χθες.", ["Συγγρού", "Βουλιαγμένης"]),
])
def test_a_plural_street_noun_names_each_street_of_its_list(extractor: Extractor, text: str, streets: list[str]) -> None:
    """"των οδών Α, Β και Γ": that many streets, each by its genitive as written."""
    orgs, places, people = _names(extractor, text)
    assert places == streets


def test_a_singular_street_noun_still_heads_its_street() -> None:
    """"στην οδό Ερμού": one street, no list, so street_lists finds nothing."""
    nlp = spacy.blank("el")
    doc = nlp("Η συγκέντρωση έγινε στην οδό Ερμού και στην πλατεία Κοραή.")
    assert street_lists(doc) == []
    doc = nlp("Κλειστές οι οδοί Ερμού και Αιόλου σήμερα.")
    assert street_lists(doc) == [(2, 6, [(3, 4), (5, 6)])]


@pytest.mark.parametrize("text", [
    # the model gives these as bodies; "στον" made them towns (PlaceResolver._town_as_body)
    "Το 1998 οι δύο φίλοι έπαιξαν μαζί στον Παναθηναϊκό.",
    "Ο διεθνής μέσος ονειρεύεται να κλείσει την πορεία του στον Ολυμπιακό.",
    "Το καλοκαίρι εκείνο ο Γιώργος πήγε τελικά στον Ολυμπιακό.",
    "Ο νεαρός γκαρντ αγωνίστηκε δύο χρόνια στον Παναθηναϊκό πριν φύγει για την Ιταλία.",
    "Μετά την πρόταση του Ολυμπιακού, ο επιθετικός μετακομίζει τελικά στην Α.Ε.Κ.",
    "Ο σέντερ υπέγραψε με τους Λέικερς για τρία χρόνια.",
])
def test_a_listed_club_is_no_place(extractor: Extractor, text: str) -> None:
    """organisations.tsv's clubs (Super League, NBA) leave out those named by their town alone, so
    a mention of one is the club wherever the model took it for a place, whichever route found it."""
    lex = LinkingLexicon.default()
    assert not [p for p in _names(extractor, text)[1] if lex.club(p) is not None]


def test_a_town_a_club_is_named_by_stays_a_place(extractor: Extractor) -> None:
    """The list leaves out "Πόρτλαντ" (the club's town), so the town stays a place."""
    assert _names(extractor, "Η σκηνοθέτις γεννήθηκε στο Πόρτλαντ και σπούδασε στο Σικάγο.")[1] == ["Πόρτλαντ", "Σικάγο"]


@pytest.mark.parametrize("name, club", [
    ("Παναθηναϊκό", "Παναθηναϊκός"),
    ("Α.Ε.Κ", "ΑΕΚ"),
    ("Μπλέιζερς", "Πόρτλαντ Τρέιλ Μπλέιζερς"),
    ("Πόρτλαντ", None),  # the town alone stays a place
    ("Θεσσαλονίκη", None),
])
def test_a_club_is_looked_up_in_any_singular_case(name: str, club: str | None) -> None:
    assert LinkingLexicon.default().club(name) == club


@pytest.mark.parametrize("text, named", [
    ("Ο πληθωρισμός στην Ευρωζώνη αυξήθηκε τον Μάρτιο.", True),
    ("Πολλές επενδύσεις έφυγαν από την Ευρωζώνη πέρσι.", True),
    ("Οι υπουργοί Οικονομικών της Ευρωζώνης συναντήθηκαν χθες.", False),
    ("Η Ευρωζώνη δεν πρέπει να αφήσει καμία χώρα πίσω.", False),
])
def test_an_area_of_member_states_is_a_place_only_after_a_locative(extractor: Extractor, text: str, named: bool) -> None:
    """"στην Ευρωζώνη" says where; "της Ευρωζώνης", "η Ευρωζώνη" name its states."""
    assert ("Ευρωζώνη" in _names(extractor, text)[1]) is named


@pytest.mark.parametrize("text, code", [
    ("Στην έκθεση συμμετέχουν οι καλλιτέχνες Claire Martin (FR) και Ελένη Δούκα (GR).", "FR"),
    ("Στην έκθεση συμμετέχουν οι καλλιτέχνες Claire Martin (FR) και Ελένη Δούκα (GR).", "GR"),
])
def test_a_country_code_after_a_name_is_no_place(extractor: Extractor, text: str, code: str) -> None:
    """An ISO 3166 code in brackets after a person's name marks nationality."""
    assert code not in _names(extractor, text)[1]
