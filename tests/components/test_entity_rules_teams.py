"""keryx_entity_rules on teams: clubs and national sides the model takes for places or people."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span


def _rules(nlp: Language, text: str, ents: list[tuple[str, str]], sentences: bool = False) -> list[tuple[str, str]]:
    """Run the entity repairs on ``text`` with the model's entities given by their words (and, with
    ``sentences``, a sentence after each full stop and line end, as the parser would give them)."""
    doc = nlp.make_doc(text)
    if sentences:
        for t in doc:
            t.is_sent_start = t.i == 0 or doc[t.i - 1].text in (".", "\n")
    spans = []
    for words, label in ents:
        start = next(i for i in range(len(doc)) if doc[i:i + len(words.split())].text == words)
        spans.append(Span(doc, start, start + len(words.split()), label=label))
    doc.ents = spans
    doc = nlp.get_pipe("keryx_entity_rules")(doc)
    return [(e.label_, e.text) for e in doc.ents]


@pytest.mark.parametrize(("text", "ents", "teams"), [
    # a side of a game after a verb of winning, with a score in the sentence
    ("Η Νορβηγία νίκησε 3-1 τη Γεωργία στο Όσλο.", [("Νορβηγία", "GPE"), ("Γεωργία", "GPE"), ("Όσλο", "GPE")],
     ["Νορβηγία", "Γεωργία"]),
    ("Η Ιρλανδία έχασε 2-0 από την Ουαλία και έμεινε εκτός τελικής φάσης.",
     [("Ιρλανδία", "GPE"), ("Ουαλία", "GPE")], ["Ιρλανδία", "Ουαλία"]),
    # "κόντρα στη", "ματς με την", "ήττα από το"
    ("Η Πολωνία προκρίθηκε στα πέναλτι κόντρα στη Σλοβακία.", [("Πολωνία", "GPE"), ("Σλοβακία", "GPE")],
     ["Πολωνία", "Σλοβακία"]),
    ("Στο ματς με την Καρδίτσα ο τερματοφύλακας έπιασε δύο πέναλτι.", [("Καρδίτσα", "GPE")], ["Καρδίτσα"]),
    ("Η ήττα από το Βέλγιο στο Μουντιάλ άφησε πίκρα.", [("Βέλγιο", "GPE")], ["Βέλγιο"]),
    # the owner of a coach, of players, of a stadium is a team
    ("Ο προπονητής της Πρέβεζας ζήτησε δύο μεταγραφές για το πρωτάθλημα.", [("Πρέβεζας", "GPE")], ["Πρέβεζας"]),
    ("Οι παίκτες του Αστεράκη πανηγύρισαν το γκολ.", [("Αστεράκη", "PERSON")], ["Αστεράκη"]),
    # a club named by an adjective, which no one-word person's name is
    ("Στο ντέρμπι της Κυριακής ο Αιολικός πήρε τους τρεις βαθμούς.", [("Αιολικός", "PERSON")], ["Αιολικός"]),
    # "στην εθνική Νορβηγίας": the national side with its adjective
    ("Παίζει βασικός στην εθνική Νορβηγίας και σκοράρει συχνά γκολ.", [("Νορβηγίας", "GPE")], ["εθνική Νορβηγίας"]),
])
def test_a_side_of_a_game_is_a_team(nlp: Language, text: str, ents: list[tuple[str, str]], teams: list[str]) -> None:
    found = _rules(nlp, text, ents)
    assert all(("ORG", team) in found for team in teams), found


def test_a_place_listed_with_a_team_is_a_team(nlp: Language) -> None:
    text = "Στο πρωτάθλημα προσέφυγαν οι δύο ομάδες (ΟΦΗ και Καστοριά) για τους βαθμούς."
    found = _rules(nlp, text, [("ΟΦΗ", "ORG"), ("Καστοριά", "GPE")])
    assert ("ORG", "Καστοριά") in found


def test_a_club_named_with_its_town_is_one_name(nlp: Language) -> None:
    text = "Στο γήπεδο έρχεται η Χάποελ Μπερ Σεβά για το ματς της Euroleague."
    found = _rules(nlp, text, [("Χάποελ", "ORG"), ("Σεβά", "GPE")])
    assert ("ORG", "Χάποελ Μπερ Σεβά") in found


def test_the_same_name_elsewhere_in_a_text_about_a_game_is_the_team(nlp: Language) -> None:
    text = "Ο προπονητής της Πρέβεζας μίλησε για τους βαθμούς. Η Πρέβεζα έχει δύο αγώνες ακόμα."
    found = _rules(nlp, text, [("Πρέβεζας", "GPE"), ("Πρέβεζα", "GPE")])
    assert ("ORG", "Πρέβεζα") in found


@pytest.mark.parametrize(("text", "ents", "teams"), [
    # a fixture after a word for a game, with no score: both sides are clubs
    ("Ο προπονητής είδε τα γκολ στο πρωτάθλημα. Η αναμέτρηση Καρδίτσα – Πρέβεζα έγινε με κόσμο στο γήπεδο.",
     [("Καρδίτσα", "GPE"), ("Πρέβεζα", "GPE")], ["Καρδίτσα", "Πρέβεζα"]),
    # after the neuter article of "το ματς", a club abroad with its country
    ("Στο πρωτάθλημα ο προπονητής μέτρησε τα γκολ. Στο Μπρέσκα (Ιταλία) - Τάρμπες (Γαλλία) ήρθαν οπαδοί.",
     [("Μπρέσκα", "PERSON"), ("Ιταλία", "GPE"), ("Τάρμπες", "GPE"), ("Γαλλία", "GPE")], ["Μπρέσκα", "Τάρμπες"]),
])
def test_the_two_sides_of_a_fixture_are_teams(nlp: Language, text: str, ents: list[tuple[str, str]],
                                              teams: list[str]) -> None:
    found = _rules(nlp, text, ents)
    assert all(("ORG", team) in found for team in teams), found
    assert ("GPE", "Ιταλία") in found or "Ιταλία" not in text


@pytest.mark.parametrize("text", [
    "Η γραμμή Καρδίτσα – Πρέβεζα θα ανοίξει το καλοκαίρι.",  # no report of games
    # a report of games, but no word for a game before the dash: a route
    "Στο πρωτάθλημα ο προπονητής μέτρησε τα γκολ. Η γραμμή Καρδίτσα – Πρέβεζα θα ανοίξει το καλοκαίρι.",
])
def test_no_fixture_without_a_report_of_games_and_a_word_for_a_game(nlp: Language, text: str) -> None:
    found = _rules(nlp, text, [("Καρδίτσα", "GPE"), ("Πρέβεζα", "GPE")])
    assert found == [("GPE", "Καρδίτσα"), ("GPE", "Πρέβεζα")]


def test_in_a_report_of_games_a_cue_needs_no_word_of_sport_in_its_sentence(nlp: Language) -> None:
    text = ("Ο προπονητής μέτρησε τα γκολ του πρωταθλήματος στη βαθμολογία. "
            "Χιλιάδες οπαδοί της Καρδίτσας ταξίδεψαν χθες με τρένο.")
    found = _rules(nlp, text, [("Καρδίτσας", "GPE")])
    assert ("ORG", "Καρδίτσας") in found


@pytest.mark.parametrize(("text", "ents", "kept"), [
    # no word of sport: a country that wins is a country
    ("Η Ρωσία νίκησε τη Γαλλία στη μάχη του Μποροντίνο.", [("Ρωσία", "GPE"), ("Γαλλία", "GPE")],
     [("GPE", "Ρωσία"), ("GPE", "Γαλλία")]),
    # "αγώνας" is a struggle as often as a game: no gate for the cues
    ("Μετά την ήττα από τη Γερμανία ο αγώνας του λαού συνεχίστηκε.", [("Γερμανία", "GPE")], [("GPE", "Γερμανία")]),
    # a player wins and loses games too: a person stays a person
    ("Ο Ραφαηλίδης νίκησε 2-0 τον Μπαλτά στον τελικό του κυπέλλου.", [("Ραφαηλίδης", "PERSON"), ("Μπαλτά", "PERSON")],
     [("PERSON", "Ραφαηλίδης"), ("PERSON", "Μπαλτά")]),
    # "στη Λάρισα" says where the game was
    ("Ο αγώνας θα γίνει στη Λάρισα την Κυριακή.", [("Λάρισα", "GPE")], [("GPE", "Λάρισα")]),
    # a first name after a coach is the coach's own ("ο προπονητής του, Γιώργος")
    ("Οι παίκτες του Γιώργου προπονούνται για τον αγώνα.", [("Γιώργου", "PERSON")], [("PERSON", "Γιώργου")]),
    # a surname in "-άκος" or "-όπουλος" is no club's adjective
    ("Ο Μανωλάκος σκόραρε δύο γκολ και ο Δημόπουλος ένα.", [("Μανωλάκος", "PERSON"), ("Δημόπουλος", "PERSON")],
     [("PERSON", "Μανωλάκος"), ("PERSON", "Δημόπουλος")]),
])
def test_no_team_without_a_game_or_a_team_cue(nlp: Language, text: str, ents: list[tuple[str, str]],
                                             kept: list[tuple[str, str]]) -> None:
    found = _rules(nlp, text, ents)
    assert all(k in found for k in kept), found


@pytest.mark.parametrize(("text", "ents", "body"), [
    # a Latin-script name after a feminine article, whatever the model took it for
    ("Η Toshiba ανακοίνωσε νέο εργοστάσιο στην Πάτρα.", [("Toshiba", "PRODUCT"), ("Πάτρα", "GPE")], "Toshiba"),
    ("Το λογισμικό το ανέπτυξε η Blue Harbor για λογαριασμό του δήμου.", [("Blue Harbor", "WORK_OF_ART")],
     "Blue Harbor"),
    ("Συμφωνία υπέγραψε χθες η Volvo με τον δήμο.", [], "Volvo"),
    # a name after a company noun, or owned by one
    ("Η ελληνική θυγατρική της Σκόντα ανακοίνωσε αύξηση πωλήσεων.", [("Σκόντα", "PERSON")], "Σκόντα"),
    ("Ο όμιλος Kalmar επενδύει στη Θεσσαλονίκη.", [("Θεσσαλονίκη", "GPE")], "Kalmar"),
    # "της" after a noun is the genitive article: the name is the company's
    ("Η ετήσια έκθεση της Brightwell για την αγορά εργασίας δημοσιεύθηκε χθες.", [("Brightwell", "PERSON")],
     "Brightwell"),
    ("Τα στοιχεία της έρευνας της Polaris Data αφορούν το πρώτο εξάμηνο.", [("Polaris Data", "PRODUCT")],
     "Polaris Data"),
    # a noun accented on its third syllable from the end takes a second accent before a possessive
    # ("το εμβόλιό της"): without it, "της" is the article
    ("Το εμβόλιο της Novarix έφτασε στα νοσοκομεία.", [("Novarix", "PRODUCT")], "Novarix"),
    ("Πούλησε το μερίδιο της Stellan στην αγορά.", [("Stellan", "PERSON")], "Stellan"),
])
def test_a_company_named_after_its_cue_is_a_body(nlp: Language, text: str, ents: list[tuple[str, str]],
                                                 body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents"), [
    # "της" after a noun is as often a possessive: "το σημερινό της X"
    ("Το σημερινό της Sketch ανέβηκε στο διαδίκτυο.", []),
    ("Με το καινούργιο της Sketch γέμισε το διαδίκτυο.", [("Sketch", "PRODUCT")]),
    ("Το εμβόλιό της Novarix το πήρε χθες.", [("Novarix", "PRODUCT")]),  # the second accent: the possessive
    # a year after the name: an edition of an event ("η Biennale 2018")
    ("Στο πλαίσιο της Artweek 2019 έγιναν δέκα εκθέσεις.", []),
    # a person of two words stays a person; a Greek name after a feminine article is no company
    ("Μίλησε η Anna Keller για το βιβλίο της.", [("Anna Keller", "PERSON")]),
    ("Μίλησε η Κατερίνα για το βιβλίο της.", [("Κατερίνα", "PERSON")]),
    # a group of a tournament is no company
    ("Η ομάδα κληρώθηκε στον όμιλο Β του τουρνουά.", []),
])
def test_no_company_without_its_cue(nlp: Language, text: str, ents: list[tuple[str, str]]) -> None:
    assert not any(label == "ORG" for label, _ in _rules(nlp, text, ents))


def test_a_feminine_latin_name_with_digits_is_no_company(nlp: Language) -> None:
    # a disease or a model: "η Covid-19" agrees with "η νόσος"
    text = "Η Covid-19 άλλαξε τα σχολεία, λέει η έκθεση."
    assert not any(label == "ORG" for label, _ in _rules(nlp, text, []))


@pytest.mark.parametrize(("text", "ents", "body"), [
    # a legal form after capitalised words: a company, whatever the model took the words for
    ("Τη μελέτη εκπόνησε η Σταματίου ΑΕ για τον δήμο.", [("Σταματίου ΑΕ", "PERSON")], "Σταματίου ΑΕ"),
    ("Προσφορά υπέβαλε η Αδελφοί Ζαχαρίου Α.Ε. την Τρίτη.", [("Αδελφοί Ζαχαρίου", "PERSON")],
     "Αδελφοί Ζαχαρίου Α.Ε."),
    ("Ανάδοχος είναι η Κρήτη Δομική ΙΚΕ από το Ηράκλειο.", [("Κρήτη", "GPE"), ("ΙΚΕ", "ORG"), ("Ηράκλειο", "GPE")],
     "Κρήτη Δομική ΙΚΕ"),
])
def test_a_name_before_a_legal_form_is_a_company(nlp: Language, text: str, ents: list[tuple[str, str]],
                                                 body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, ents)


def test_the_union_s_acronym_is_no_legal_form(nlp: Language) -> None:
    # "ΕΕ" is also the European Union: "Ελλάδα ΕΕ" names no company
    found = _rules(nlp, "Η συμφωνία Ελλάδα ΕΕ υπογράφεται αύριο.", [("Ελλάδα", "GPE")])
    assert ("GPE", "Ελλάδα") in found


@pytest.mark.parametrize(("text", "body"), [
    # a body or company noun in apposition after the quotes says what the name names
    ("Συμμετέχει και η «Νευρωνική», τεχνοβλαστός του Πανεπιστημίου Πατρών, στο έργο.", "Νευρωνική"),
    ("Τη δράση στηρίζει το «Καταφύγιο», σωματείο που φροντίζει αδέσποτα.", "Καταφύγιο"),
    ("Στο έργο μετέχει η «Θαλής», εταιρεία λογισμικού από τα Χανιά.", "Θαλής"),
])
def test_a_quoted_name_with_a_body_noun_in_apposition_is_a_body(nlp: Language, text: str, body: str) -> None:
    assert ("ORG", body) in _rules(nlp, text, [])


def test_a_quoted_title_with_a_thing_in_apposition_is_no_body(nlp: Language) -> None:
    text = "Ανεβαίνει η «Φόνισσα», έργο του Παπαδιαμάντη, στο θέατρο."
    assert not any(label == "ORG" for label, _ in _rules(nlp, text, []))


@pytest.mark.parametrize(("text", "ents", "team"), [
    # a club abroad takes the gender of "ομάδα": a neuter town's name after "της" is the club
    ("Το γκολ στο πρωτάθλημα το πέτυχε με τη φανέλα της Λίβερπουλ ο νεαρός επιθετικός, είπε ο προπονητής.",
     [("Λίβερπουλ", "GPE")], "Λίβερπουλ"),
    ("Ο προπονητής είπε ότι η Μπάγερν δεν έχει χάσει ματς στο πρωτάθλημα.", [("Μπάγερν", "GPE")], "Μπάγερν"),
    # with an adjective between, and a name the model took for a woman in a sentence about a team
    ("Μετά το πρωτάθλημα και το γκολ του ο αμυντικός επέστρεψε στην ομάδα του, την ολλανδική Φέγενορτ, "
     "για το ματς.",
     [("Φέγενορτ", "PERSON")], "Φέγενορτ"),
])
def test_a_name_after_a_feminine_article_it_does_not_agree_with_is_a_club(nlp: Language, text: str,
                                                                          ents: list[tuple[str, str]],
                                                                          team: str) -> None:
    assert ("ORG", team) in _rules(nlp, text, ents)


_TEAMS = "Η ομάδα μας έχασε 1-0 στο πρωτάθλημα και ο προπονητής ζήτησε νέο σκόρερ.\n"


@pytest.mark.parametrize(("text", "ents", "team"), [
    # the text speaks of teams, though not the name's own sentence
    (_TEAMS + "Η Σαμπρούκ του νέου τεχνικού θα παίξει στο Κύπελλο.", [("Σαμπρούκ", "PERSON")], "Σαμπρούκ"),
    (_TEAMS + "Πέρσι έπεσε κατηγορία μαζί με τη Βαλμόν.", [("Βαλμόν", "PERSON")], "Βαλμόν"),
    # a name of two or three words the model took for a person
    (_TEAMS + "Την Κυριακή υποδέχεται τη Γουέστμπορν Γιουνάιτεντ στην έδρα της.",
     [("Γουέστμπορν Γιουνάιτεντ", "PERSON")], "Γουέστμπορν Γιουνάιτεντ"),
    (_TEAMS + "Ο επιθετικός ανήκει στην Ρίβερμπεκ Σίτι από το καλοκαίρι.", [("Ρίβερμπεκ Σίτι", "PERSON")],
     "Ρίβερμπεκ Σίτι"),
])
def test_a_person_after_a_feminine_article_it_does_not_agree_with_is_a_club_where_teams_play(
        nlp: Language, text: str, ents: list[tuple[str, str]], team: str) -> None:
    assert ("ORG", team) in _rules(nlp, text, ents, sentences=True)


@pytest.mark.parametrize(("text", "ents", "kept"), [
    # a first name in it, or its word in a person's full name: a woman
    (_TEAMS + "Στη συνέντευξη μίλησε η Μαρία Κόλμπεργκ για το παιχνίδι.", [("Μαρία Κόλμπεργκ", "PERSON")],
     "Μαρία Κόλμπεργκ"),
    (_TEAMS + "Στο τουρνουά του Σαββάτου κέρδισε την Ντανιέλα Μπόρισεντ.", [("Ντανιέλα Μπόρισεντ", "PERSON")],
     "Ντανιέλα Μπόρισεντ"),
    (_TEAMS + "Η Σέλμπεκ πανηγύρισε με το κοινό. Είχε σκοράρει η αρχηγός Ίνγκριντ Σέλμπεκ.",
     [("Σέλμπεκ", "PERSON"), ("Ίνγκριντ Σέλμπεκ", "PERSON")], "Σέλμπεκ"),
])
def test_a_woman_named_after_a_feminine_article_stays_a_person(nlp: Language, text: str,
                                                              ents: list[tuple[str, str]], kept: str) -> None:
    assert ("PERSON", kept) in _rules(nlp, text, ents, sentences=True)


@pytest.mark.parametrize(("text", "ents", "kept"), [
    # "στη" says where; a feminine noun's ending agrees; no game, no club
    ("Μετά το ματς του πρωταθλήματος οι παίκτες γύρισαν στη Λεμεσό με το πούλμαν.", [("Λεμεσό", "GPE")],
     ("GPE", "Λεμεσό")),
    ("Στο πρωτάθλημα μπάσκετ ο προπονητής πήγε για διακοπές στην Κύπρο και μετά στη Ρόδο.", [("Ρόδο", "GPE")],
     ("GPE", "Ρόδο")),
    ("Η υπουργός συνάντησε την Μέρκελ στο Βερολίνο για τη συμφωνία.", [("Μέρκελ", "PERSON")], ("PERSON", "Μέρκελ")),
    # a player in a text about a game, named by her surname where no team is spoken of
    ("Στο πρωτάθλημα τένις ο διαιτητής χαιρέτισε. Στο δεύτερο σετ ο αγώνας με την Κέρμπερ κρίθηκε στο τάι μπρέικ.",
     [("Κέρμπερ", "PERSON")], ("PERSON", "Κέρμπερ")),
])
def test_no_club_where_the_article_agrees_or_no_team_is_spoken_of(nlp: Language, text: str,
                                                                  ents: list[tuple[str, str]],
                                                                  kept: tuple[str, str]) -> None:
    assert kept in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents", "label"), [
    # an English plural in Greek letters is no people's name: a team, a band
    ("Ο αντιπρόεδρος των Σέλτικς μίλησε στους δημοσιογράφους.", [("Σέλτικς", "NORP")], "ORG"),
    ("Η συναυλία των Ρόλινγκ Στόουνς θα γίνει τον Ιούλιο.", [("Ρόλινγκ Στόουνς", "NORP")], "ORG"),
    # a people's name keeps its Greek ending
    ("Οι Γάλλοι τουρίστες έφτασαν χθες.", [("Γάλλοι", "NORP")], "NORP"),
])
def test_a_people_name_with_an_english_plural_is_a_group(nlp: Language, text: str, ents: list[tuple[str, str]],
                                                         label: str) -> None:
    assert (label, ents[0][0]) in _rules(nlp, text, ents)


_MATCH = "Στο ματς της Κυριακής ο διαιτητής έδωσε πέναλτι στο 80ό λεπτό και το γκολ έκρινε τη βαθμολογία.\n"


@pytest.mark.parametrize(("text", "tagged"), [
    # a club's officer, a club's coach: the feminine genitive after the role is the club abroad
    (_MATCH + "Ο γενικός διευθυντής της Βέστερφιλντ ζήτησε χθες νέο γήπεδο.", "Βέστερφιλντ"),
    (_MATCH + "Ο πρόεδρος της Γκρόνινκερ δήλωσε ότι η σεζόν τελείωσε νωρίς.", "Γκρόνινκερ"),
    (_MATCH + "Ο νέος προπονητής της Μπέλφορντ Ρόβερς υπέγραψε για δύο χρόνια.", "Μπέλφορντ Ρόβερς"),
    # one adjective in the feminine genitive between
    (_MATCH + "Ο αθλητικός διευθυντής της σουηδικής Χέλσινγκεμπορ μίλησε για τη μεταγραφή.", "Χέλσινγκεμπορ"),
    # an English plural in Greek letters ends the name
    (_MATCH + "Ο ιδιοκτήτης της Μπρόμλεϊ Τάουνς πούλησε τις μετοχές του.", "Μπρόμλεϊ Τάουνς"),
])
def test_a_name_in_the_feminine_genitive_after_a_role_in_a_game_report_is_a_club(
        nlp: Language, text: str, tagged: str) -> None:
    assert ("ORG", tagged) in _rules(nlp, text, [(tagged, "PERSON")])


@pytest.mark.parametrize(("text", "ents", "kept"), [
    # a Greek woman's genitive ends as a feminine noun does
    (_MATCH + "Ο σύμβουλος της Σταυροπούλου μίλησε για το σετ.", [("Σταυροπούλου", "PERSON")], "Σταυροπούλου"),
    # no game report
    ("Ο σύμβουλος της Γκρόνινκερ μίλησε χθες για τις εκλογές στη χώρα.", [("Γκρόνινκερ", "PERSON")], "Γκρόνινκερ"),
    # the masculine genitive: a man's adviser
    (_MATCH + "Ο σύμβουλος του Σβέντμπεργκ είπε ότι ο τενίστας είναι έτοιμος.", [("Σβέντμπεργκ", "PERSON")],
     "Σβέντμπεργκ"),
    # no role before the article
    (_MATCH + "Η φίλη της Γκρόνινκερ μίλησε για το σετ.", [("Γκρόνινκερ", "PERSON")], "Γκρόνινκερ"),
])
def test_a_person_after_a_role_s_genitive_stays_a_person(nlp: Language, text: str, ents: list[tuple[str, str]],
                                                        kept: str) -> None:
    assert not any(label == "ORG" and kept in words for label, words in _rules(nlp, text, ents))


def test_a_woman_named_in_full_elsewhere_stays_a_person_after_a_role(nlp: Language) -> None:
    doc = nlp.make_doc(_MATCH + "Η Μάρθα Λίντμπεργκ κέρδισε το σετ. Ο σύμβουλος της Λίντμπεργκ μίλησε μετά.")
    at = [t.i for t in doc if t.text == "Λίντμπεργκ"]
    doc.ents = [Span(doc, at[0] - 1, at[0] + 1, label="PERSON"), Span(doc, at[1], at[1] + 1, label="PERSON")]
    doc = nlp.get_pipe("keryx_entity_rules")(doc)
    assert [e.label_ for e in doc.ents if "Λίντμπεργκ" in e.text] == ["PERSON", "PERSON"]


def test_the_role_before_a_club_so_found_is_held_in_the_club(mistaken) -> None:
    text = _MATCH + "Ο αθλητικός διευθυντής της Βέστερφιλντ, Όσκαρ Λίντχολμ μιλώντας στο ραδιόφωνο είπε πως όλα είναι ανοιχτά."
    with mistaken("Βέστερφιλντ", "PERSON") as ex:
        rec = ex.extract_text(text)
    assert "Βέστερφιλντ" in [o.name for o in rec.organisations]
    person = next(p for p in rec.people if p.name == "Όσκαρ Λίντχολμ")
    assert [r.organisation for r in person.roles] == ["Βέστερφιλντ"]


@pytest.mark.parametrize(("text", "ents", "teams"), [
    # the dash between the two teams written with no spaces: one token, split before the score
    ("Τα αποτελέσματα της αγωνιστικής: Ποσειδώνας-Κεραυνός 73-68, Λαμπηδόνα-Αετός 80-71.", [],
     ["Ποσειδώνας", "Κεραυνός", "Λαμπηδόνα", "Αετός"]),
    # a side of two words: the right one runs to the score, the left one back to the model's entity
    ("Τα αποτελέσματα της αγωνιστικής: Ερυθρός Αετός-Λευκός Πύργος 93-63 και τίποτε άλλο.",
     [("Ερυθρός Αετός-Λευκός", "ORG")], ["Ερυθρός Αετός", "Λευκός Πύργος"]),
])
def test_the_sides_of_a_result_joined_by_a_dash_are_teams(nlp: Language, text: str, ents: list[tuple[str, str]],
                                                          teams: list[str]) -> None:
    found = _rules(nlp, text, ents)
    assert all(("ORG", team) in found for team in teams), found


@pytest.mark.parametrize("text", [
    "Η σύνδεση Αθήνα-Πάτρα θα ανοίξει το 2026 με νέα δρομολόγια.",  # no score after the pair
    "Η απόσταση Αθήνα-Πάτρα είναι 210 χιλιόμετρα.",
])
def test_no_teams_from_a_joined_pair_without_a_score(nlp: Language, text: str) -> None:
    assert not any(label == "ORG" for label, _ in _rules(nlp, text, []))


@pytest.mark.parametrize(("text", "ents", "teams"), [
    # a table of the league: every numbered row's name is a team, a town's name too
    ("Η βαθμολογία του πρωταθλήματος μετά το γκολ της Κυριακής: 1. Ποσειδώνας 40 2. Κεραυνός 38 "
     "3. Λαμπηδόνα 30 4. Αετός 25", [("Ποσειδώνας", "ORG"), ("Λαμπηδόνα", "GPE")],
     ["Ποσειδώνας", "Κεραυνός", "Λαμπηδόνα", "Αετός"]),
    # a row's number written onto its name
    ("Η βαθμολογία του πρωταθλήματος μετά το γκολ της Κυριακής: 1. Ποσειδώνας 40 2. Κεραυνός 38 "
     "3.Λαμπηδόνα 30 4. Αετός Νότου 25", [("Ποσειδώνας", "ORG")],
     ["Ποσειδώνας", "Κεραυνός", "Λαμπηδόνα", "Αετός Νότου"]),
])
def test_the_rows_of_a_league_table_are_teams(nlp: Language, text: str, ents: list[tuple[str, str]],
                                              teams: list[str]) -> None:
    found = _rules(nlp, text, ents)
    assert all(("ORG", team) in found for team in teams), found


@pytest.mark.parametrize(("text", "ents"), [
    # a table of scorers: its rows are people
    ("Οι σκόρερ του πρωταθλήματος μετά το γκολ της Κυριακής: 1. Γιάννης Αετίδης 30 2. Πέτρος Κάππας 28 "
     "3. Νίκος Λάμπρου 25", [("Γιάννης Αετίδης", "PERSON"), ("Πέτρος Κάππας", "PERSON"), ("Νίκος Λάμπρου", "ORG")]),
    # numbered rows with no report of games
    ("Οι πόλεις με τα περισσότερα κρούσματα: 1. Λαμπηδόνα 40 2. Κεραυνία 38 3. Αετόπολη 30",
     [("Λαμπηδόνα", "ORG"), ("Κεραυνία", "GPE"), ("Αετόπολη", "GPE")]),
])
def test_no_teams_from_a_table_of_people_or_outside_sport(nlp: Language, text: str,
                                                         ents: list[tuple[str, str]]) -> None:
    found = _rules(nlp, text, ents)
    assert ("ORG", "Πέτρος Κάππας") not in found and ("ORG", "Κεραυνία") not in found, found


@pytest.mark.parametrize(("text", "ents", "team"), [
    # a first name alone that names a listed club ("Άρης Θεσσαλονίκης"), in a game report, whatever
    # the model read there: a person, a place, or nothing
    ("Στο πρωτάθλημα ο Παναιτωλικός υποδέχεται τον Άρη και ο προπονητής ζητά γκολ.", [("Άρη", "LOC")], "Άρη"),
    ("Ο Ηρακλής έχασε στο γήπεδο και ο προπονητής μίλησε για το πρωτάθλημα.", [("Ηρακλής", "PERSON")], "Ηρακλής"),
    ("Μετά το γκολ ο Άρης πίεσε για την ισοφάριση και ο προπονητής μίλησε για το πρωτάθλημα.", [], "Άρης"),
])
def test_a_first_name_alone_that_names_a_club_is_the_club_in_a_game_report(
        nlp: Language, text: str, ents: list[tuple[str, str]], team: str) -> None:
    assert ("ORG", team) in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents", "kept"), [
    # no game report: a man's first name stays his
    ("Ο Άρης πήγε στο σχολείο με τη μητέρα του.", [("Άρης", "PERSON")], ("PERSON", "Άρης")),
    # the text gives a person that first name
    ("Ο Άρης Μαυρίδης έβαλε το γκολ στο πρωτάθλημα. Ο προπονητής άλλαξε τον Άρη στο γήπεδο.",
     [("Άρης Μαυρίδης", "PERSON"), ("Άρη", "PERSON")], ("PERSON", "Άρη")),
    # a surname follows: a person
    ("Στο πρωτάθλημα ο Ηρακλής Ντόκος έβαλε δύο γκολ και ο προπονητής χάρηκε.",
     [("Ηρακλής Ντόκος", "PERSON")], ("PERSON", "Ηρακλής Ντόκος")),
])
def test_a_club_s_first_name_stays_a_person_outside_a_game_report_or_beside_a_surname(
        nlp: Language, text: str, ents: list[tuple[str, str]], kept: tuple[str, str]) -> None:
    assert kept in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents", "club"), [
    # the short form of a club's name before the name, whatever the model made of the words
    ("Ο ΑΟ Κερατέας κέρδισε εύκολα στο γήπεδο της πόλης.", [("Κερατέας", "GPE")], "ΑΟ Κερατέας"),
    ("Στον τελικό έφτασε ο ΓΣ Νέας Πεντέλης μετά από παράταση.", [("ΓΣ Νέας Πεντέλης", "PERSON")],
     "ΓΣ Νέας Πεντέλης"),
    ("Μίλησε για την πορεία της ΚΑΕ Πήγασος Λαυρίου ο νέος διευθυντής.", [("ΚΑΕ", "ORG")], "ΚΑΕ Πήγασος Λαυρίου"),
    # with dots: the period the tokenizer splits off is the form's, no sentence's end
    ("Η ομάδα βόλεϊ του Α.Ο. Νέας Κυδωνίας προκρίθηκε στους τελικούς.", [("Α.Ο", "ORG"), ("Νέας Κυδωνίας", "GPE")],
     "Α.Ο. Νέας Κυδωνίας"),
    ("Με δύο γκολ νίκησε ο Γ.Σ. Ανθούπολης στην έδρα του.", [("Ανθούπολης", "GPE")], "Γ.Σ. Ανθούπολης"),
    # in quotes; after another form; with the form after the name as well
    ("Βραβεύτηκε ο ΓΣ «Αστέρας Ζωγράφου» για την πορεία του στο μπάσκετ.", [("ΓΣ", "ORG")],
     "ΓΣ «Αστέρας Ζωγράφου»"),
    ("Η ένσταση που κατέθεσε η Κ.Α.Ε. Α.Ο. Κορίνθου απορρίφθηκε.", [("Κορίνθου", "GPE")],
     "Κ.Α.Ε. Α.Ο. Κορίνθου"),
    ("Το πρόστιμο στην ΠΑΕ Κεραυνός ΑΟ ήταν βαρύ για τα οικονομικά της.", [("ΠΑΕ", "ORG")], "ΠΑΕ Κεραυνός ΑΟ"),
    # a form of three letters written onto the name: split off, then the same
    ("Στο κλειστό της πόλης ο Γ.Α.Σ.Ορφέας υποδέχεται την Κυριακή τον πρωτοπόρο.", [], "Γ.Α.Σ.Ορφέας"),
    ("Ισοπαλία έφερε ο Α.Π.Σ.Κεραυνός Ξάνθης στο τελευταίο του παιχνίδι.", [("Ξάνθης", "GPE")],
     "Α.Π.Σ.Κεραυνός Ξάνθης"),
])
def test_a_club_s_short_form_and_the_name_after_it_are_one_club(nlp: Language, text: str,
                                                                 ents: list[tuple[str, str]], club: str) -> None:
    assert ("ORG", club) in _rules(nlp, text, ents)


@pytest.mark.parametrize(("text", "ents", "kept"), [
    # a form after a club's name closes it: the capitalised word after it opens a sentence
    ("Νίκησε με άνεση ο Πανθεσσαλικός ΑΟ. Ο προπονητής του μίλησε μετά.", [("Πανθεσσαλικός", "ORG")],
     [("ORG", "Πανθεσσαλικός")]),
    # a first name and a surname after the form: the person who speaks for the club
    ("Δήλωσε ο πρόεδρος του ΤΑΑ Νίκος Καλογήρου ότι η ομάδα θα συνεχίσει.", [("Νίκος Καλογήρου", "PERSON")],
     [("PERSON", "Νίκος Καλογήρου")]),
    # a line or a text in capitals: "ΑΣ" is the particle there
    ("ΑΣ ΜΗΝ ΞΕΧΝΑΜΕ ΤΟΥΣ ΑΝΘΡΩΠΟΥΣ ΤΗΣ ΠΡΩΤΗΣ ΓΡΑΜΜΗΣ\nΗ ανακοίνωση του δήμου εκδόθηκε χθες το απόγευμα, "
     "μετά τη συνεδρίαση του συμβουλίου, και ζητά από όλους να στηρίξουν τους γιατρούς.", [], []),
    ("ΑΣ ΜΗΝ ΞΕΧΝΑΜΕ ΤΟΥΣ ΑΝΘΡΩΠΟΥΣ ΤΗΣ ΠΡΩΤΗΣ ΓΡΑΜΜΗΣ", [], []),
    # two dotted capitals on a surname are a person's initials: not split
    ("Την ομιλία έκανε ο Α.Σ.Καλογεράκης στο αμφιθέατρο.", [("Α.Σ.Καλογεράκης", "PERSON")],
     [("PERSON", "Α.Σ.Καλογεράκης")]),
    ("Ο Γ.Σ.Μανωλάκης απάντησε στις ερωτήσεις των δημοσιογράφων.", [("Γ.Σ.Μανωλάκης", "PERSON")],
     [("PERSON", "Γ.Σ.Μανωλάκης")]),
])
def test_no_club_from_a_form_after_a_name_before_a_person_or_in_capitals(
        nlp: Language, text: str, ents: list[tuple[str, str]], kept: list[tuple[str, str]]) -> None:
    assert [e for e in _rules(nlp, text, ents) if e[0] in ("ORG", "PERSON")] == kept


@pytest.mark.parametrize("text", [
    # a form a hyphen joins to the name before it is that name's end, and the next sentence opens
    "Στη σύσκεψη του ΚΙΝΑΛ-Π.Σ. Αποφασίστηκε η στάση του κόμματος.",
    "Το συνέδριο της ΝΕΑΡ-Α.Σ. Ολοκληρώθηκε χθες το βράδυ.",
])
def test_a_form_joined_by_a_hyphen_to_a_name_opens_no_club(nlp: Language, text: str) -> None:
    assert not any(label == "ORG" and " " in name for label, name in _rules(nlp, text, []))


@pytest.mark.parametrize(("text", "cut"), [
    # a list of games with each pair joined by a dash and no space: the name's last word is glued
    # to the other side's form, so where the name ends is not told, and no club is made of its head
    ("Το πρόγραμμα της πρεμιέρας: ΑΟ Νέας Σμύρνης-ΓΣ Ζωγράφου, ΑΣ Πεύκων-ΦΟ Καλλιθέας.", "ΑΟ Νέας"),
    ("Την Κυριακή παίζουν ΓΣ Άνω Λιοσίων-ΑΟ Κηφισιάς και ΑΣ Ερμής-ΠΣ Ηλιούπολης.", "ΓΣ Άνω"),
])
def test_no_club_is_cut_at_a_word_a_dash_joins_to_the_other_side(nlp: Language, text: str, cut: str) -> None:
    assert ("ORG", cut) not in _rules(nlp, text, [])


@pytest.mark.parametrize(("text", "clubs"), [
    # the dash between the sides written with spaces: each side is a club by its form
    ("Το πρόγραμμα της πρεμιέρας: ΑΟ Νέας Σμύρνης - ΓΣ Ζωγράφου.", ["ΑΟ Νέας Σμύρνης", "ΓΣ Ζωγράφου"]),
])
def test_clubs_on_each_side_of_a_spaced_dash(nlp: Language, text: str, clubs: list[str]) -> None:
    found = _rules(nlp, text, [])
    assert all(("ORG", c) in found for c in clubs)


_REPORT = " Ο αγώνας μπάσκετ έληξε 85-80 και η ομάδα ανέβηκε στη βαθμολογία με 8 νίκες."


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a club and its town side by side in a game report: one name, the town before or after the club
    ("Έχασε από τη Ναυτίλος Ρίβερπορτ." + _REPORT, [("Ναυτίλος", "ORG"), ("Ρίβερπορτ", "GPE")],
     ("ORG", "Ναυτίλος Ρίβερπορτ")),
    ("Έχασε από τους Ρίβερπορτ Γουλβς." + _REPORT, [("Ρίβερπορτ", "GPE"), ("Γουλβς", "ORG")],
     ("ORG", "Ρίβερπορτ Γουλβς")),
    # a place in the genitive before a club qualifies the noun before it
    ("Κέρδισε ο κυπελλούχος Ελλάδας Ναυτίλος." + _REPORT, [("Ελλάδας", "GPE"), ("Ναυτίλος", "ORG")],
     ("ORG", "Ναυτίλος")),
])
def test_a_club_and_its_town_side_by_side_are_one_name(nlp: Language, text: str, ents: list[tuple[str, str]],
                                                       expected: tuple[str, str]) -> None:
    assert expected in _rules(nlp, text, ents)


def test_a_body_and_a_place_side_by_side_outside_a_game_report_stay_apart(nlp: Language) -> None:
    text = "Η εταιρεία Ναυτίλος Ρίβερπορτ ανακοίνωσε νέα επένδυση."
    assert _rules(nlp, text, [("Ναυτίλος", "ORG"), ("Ρίβερπορτ", "GPE")]) == [("ORG", "Ναυτίλος"), ("GPE", "Ρίβερπορτ")]
