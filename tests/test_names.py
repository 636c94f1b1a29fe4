"""Canonical nominative forms of Greek person, organisation and place names."""

from __future__ import annotations

import pytest
from keryx.lang.el.text import fold
from keryx.linking.names import (
    NameLexicon,
    article_case_gender,
    organisation_nominative,
    person_nominative,
    phrase_forms,
    place_kind_forms,
    place_nominative,
    woman_name_after_title,
    word_forms,
)


@pytest.fixture(scope="module")
def lex() -> NameLexicon:
    return NameLexicon.load()


@pytest.mark.parametrize(
    "given, expected",
    [
        ("Σταύρου Τζουλάκη", "Σταύρος Τζουλάκης"),
        ("Σταύρο Τζουλάκη", "Σταύρος Τζουλάκης"),
        ("Μιχάλη Χρηστάκη", "Μιχάλης Χρηστάκης"),
        ("της Μαρίας Παπαδοπούλου", "Μαρία Παπαδοπούλου"),
        ("του Γιώργου Παπαδόπουλου", "Γιώργος Παπαδόπουλος"),
        ("Γιώργου Παπαδοπούλου", "Γιώργος Παπαδόπουλος"),
        ("του Νίκου Ανδρουλάκη", "Νίκος Ανδρουλάκης"),
        ("της Άννας Διαμαντοπούλου", "Άννα Διαμαντοπούλου"),
        ("Κωνσταντίνου Μητσοτάκη", "Κωνσταντίνος Μητσοτάκης"),
        ("Αλέξη Τσίπρα", "Αλέξης Τσίπρας"),
        ("Θανάση", "Θανάσης"),
        ("Μαρίας", "Μαρία"),
        ("ΣΤΑΥΡΟΥ ΤΖΟΥΛΑΚΗ", "ΣΤΑΥΡΟΣ ΤΖΟΥΛΑΚΗΣ"),
        ("ΤΟΥ ΝΙΚΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ", "ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"),
        ("John Smith", "John Smith"),
        ("Σταύρος Τζουλάκης", "Σταύρος Τζουλάκης"),
        ("Ελένη Τζουλάκη", "Ελένη Τζουλάκη"),
        ("Κωνσταντίνος Σταύρου", "Κωνσταντίνος Σταύρου"),
        ("του κ. Νίκου Παππά", "Νίκος Παππάς"),
        ("τον Γιάννη Παπαδημητρίου", "Γιάννης Παπαδημητρίου"),
        ("της κας Ελένης Τζουλάκη", "Ελένη Τζουλάκη"),
        ("Δρ Μιχάλης Χρηστάκης", "Μιχάλης Χρηστάκης"),
        ("Παπαδόπουλου", "Παπαδόπουλος"),
        ("Παπαδοπούλου", "Παπαδοπούλου"),
        # a list written surname first: a first word in no nominative of a first name is the surname
        ("Λάμπρου Μαρία", "Λάμπρου Μαρία"),
        ("Αντωνίου Πέτρος", "Αντωνίου Πέτρος"),
        ("Μαρία Λάμπρου", "Μαρία Λάμπρου"),
        # ... but a first name in another oblique form agrees with its surname, a first name's form too
        ("Κωνσταντίνο Τασούλα", "Κωνσταντίνος Τασούλας"),
    ],
)
def test_person_nominative(lex: NameLexicon, given: str, expected: str) -> None:
    assert person_nominative(given.split(), lexicon=lex) == expected


@pytest.mark.parametrize(
    "tokens, gender, case, expected",
    [
        (["Τζουλάκη"], "m", "gen", "Τζουλάκης"),
        (["Τζουλάκη"], "f", "nom", "Τζουλάκη"),
        (["Τζουλάκη"], None, None, "Τζουλάκη"),
        (["Παπαδοπούλου"], "m", "gen", "Παπαδόπουλος"),
        (["Παπαδοπούλου"], "f", "gen", "Παπαδοπούλου"),
        (["Τσίπρα"], "m", "acc", "Τσίπρας"),
        (["Βορίδη"], "Masc", "Gen", "Βορίδης"),
        # a surname shaped as a first name's genitive never inflects; alone it is the first name
        (["Αθ.", "Κωνσταντίνου"], "m", "gen", "Αθ. Κωνσταντίνου"),
        (["Νίκου", "Πέτρου"], "m", "gen", "Νίκος Πέτρου"),
        (["Κώστα", "Δήμου"], "m", "gen", "Κώστας Δήμου"),
        (["Κωνσταντίνου"], "m", "gen", "Κωνσταντίνος"),
        (["Γ.", "Παπαδάκη"], "m", "gen", "Γ. Παπαδάκης"),
        # a nominative context keeps a foreign first name that is also an oblique Greek form
        (["Μάριο", "Σεντένο"], "m", "nom", "Μάριο Σεντένο"),
        (["Στέφανο", "Βίο"], None, "nom", "Στέφανο Βίο"),
        (["Μανού", "Ντιμπάνγκο"], "m", "nom", "Μανού Ντιμπάνγκο"),
        (["Κάμαλα", "Χάρις"], "f", "nom", "Κάμαλα Χάρις"),
        # ... while an accusative one still takes its nominative
        (["Στέφανο", "Παπαδάκη"], "m", "acc", "Στέφανος Παπαδάκης"),
        (["Άδωνι", "Γεωργιάδη"], None, "gen", "Άδωνις Γεωργιάδης"),
    ],
)
def test_person_nominative_with_context(tokens: list[str], gender: str | None, case: str | None,
                                        expected: str) -> None:
    assert person_nominative(tokens, gender=gender, case=case) == expected


def test_person_nominative_empty_and_prefix_only() -> None:
    assert person_nominative([]) == ""
    assert person_nominative(["του", "κ.", "Τζουλάκη"]) == "Τζουλάκης"


def test_person_nominative_uses_morph() -> None:
    morph = [{"Case": "Gen", "Gender": "Masc"}, {"Case": "Gen", "Gender": "Masc"}]
    assert person_nominative(["Άρη", "Σπηλιωτόπουλου"], morph=morph) == "Άρης Σπηλιωτόπουλος"
    assert person_nominative(["Τζουλάκη"], morph=[{"Case": "Gen", "Gender": "Masc"}]) == "Τζουλάκης"


@pytest.mark.parametrize(
    "word, expected",
    [
        ("ο", ("nom", "m")),
        ("η", ("nom", "f")),
        ("του", ("gen", "m")),
        ("της", ("gen", "f")),
        ("τον", ("acc", "m")),
        ("τη", ("acc", "f")),
        ("ο κ.", ("nom", "m")),
        ("η κα", ("nom", "f")),
        ("της κας", ("gen", "f")),
        ("ΤΟΥ", ("gen", "m")),
        ("Δήμος", (None, None)),
    ],
)
def test_article_case_gender(word: str, expected: tuple[str | None, str | None]) -> None:
    assert article_case_gender(word) == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        ("της Περιφερειακής Ένωσης Δήμων Αττικής", "Περιφερειακή Ένωση Δήμων Αττικής"),
        ("του Δήμου Χερσονήσου", "Δήμος Χερσονήσου"),
        ("την Ευρωπαϊκή Ένωση Πληροφόρησης για την Τοπική Ανάπτυξη",
         "Ευρωπαϊκή Ένωση Πληροφόρησης για την Τοπική Ανάπτυξη"),
        ("του Υπουργείου Εσωτερικών", "Υπουργείο Εσωτερικών"),
        ("της Ευρωπαϊκής Επιτροπής", "Ευρωπαϊκή Επιτροπή"),
        ("το Ευρωπαϊκό Δίκτυο Πόλεων", "Ευρωπαϊκό Δίκτυο Πόλεων"),
        ("του Εθνικού Μετσόβιου Πολυτεχνείου", "Εθνικό Μετσόβιο Πολυτεχνείο"),
        ("του Εθνικού Μετσοβίου Πολυτεχνείου", "Εθνικό Μετσόβιο Πολυτεχνείο"),
        ("του Πανεπιστημίου Κρήτης", "Πανεπιστήμιο Κρήτης"),
        ("του Ιδρύματος Ωνάση", "Ίδρυμα Ωνάση"),
        ("του Ιατρικού Συλλόγου Αθηνών", "Ιατρικός Σύλλογος Αθηνών"),
        ("του Ελληνικού Ερυθρού Σταυρού", "Ελληνικός Ερυθρός Σταυρός"),
        ("του Οικουμενικού Πατριαρχείου", "Οικουμενικό Πατριαρχείο"),
        ("του 1ου Γυμνασίου Θέρμης", "1ο Γυμνάσιο Θέρμης"),
        ("της Γενικής Γραμματείας Πολιτικής Προστασίας", "Γενική Γραμματεία Πολιτικής Προστασίας"),
        ("ΤΟΥ ΔΗΜΟΥ ΘΕΡΜΑΪΚΟΥ", "ΔΗΜΟΣ ΘΕΡΜΑΪΚΟΥ"),
        ("της ΚΕΔΕ", "ΚΕΔΕ"),
        ("AEIDL", "AEIDL"),
        ("της Social Economy Europe", "Social Economy Europe"),
        ("Περιφέρεια Κρήτης", "Περιφέρεια Κρήτης"),
        # acronyms keep every letter: no final sigma is a case ending
        ("της ΕΛ.ΑΣ", "ΕΛ.ΑΣ"),
        ("του ΠΟΥ", "ΠΟΥ"),
        # a short acronym before a name: no case ending on it, the name after it as written
        ("του ΓΑΣ Αστραπής", "ΓΑΣ Αστραπής"),
        ("ΓΑΣ Κεραυνός", "ΓΑΣ Κεραυνός"),
        ("της ΠΑΣ Ορμής", "ΠΑΣ Ορμής"),
        # an adjective no suffix test knows, agreeing with its noun
        ("της Χρυσής Αυγής", "Χρυσή Αυγή"),
        ("της Άμεσης Δράσης", "Άμεση Δράση"),
        # a genitive complement of another gender, or a place, is left as it is
        ("Ασφάλειας Αγρινίου", "Ασφάλεια Αγρινίου"),
        ("της Ασφάλειας Θεσσαλονίκης", "Ασφάλεια Θεσσαλονίκης"),
        ("Ταμεία Αλληλεγγύης", "Ταμεία Αλληλεγγύης"),
        # a Greek head noun before a name in another script takes the nominative, the name stays
        ("του Ομίλου Zentrix", "Όμιλος Zentrix"),
        ("του Ιδρύματος Anna & Peter Holm", "Ίδρυμα Anna & Peter Holm"),
        ("στο Ινστιτούτο Hans Keller", "Ινστιτούτο Hans Keller"),
        ("της Union of Small Ports", "Union of Small Ports"),
    ],
)
def test_organisation_nominative(lex: NameLexicon, given: str, expected: str) -> None:
    assert organisation_nominative(given, lexicon=lex) == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        ("στο Πεδίον Άρεως", "Πεδίον Άρεως"),
        ("της Αθήνας", "Αθήνα"),
        ("του Ηρακλείου", "Ηράκλειο"),
        ("στη Θεσσαλονίκη", "Θεσσαλονίκη"),
        ("της Κρήτης", "Κρήτη"),
        ("του Πειραιά", "Πειραιάς"),
        ("στην Ελλάδα", "Ελλάδα"),
        ("της Ελλάδας", "Ελλάδα"),
        ("της Ελλάδος", "Ελλάδα"),
        ("της Ανατολικής Αττικής", "Ανατολική Αττική"),
        ("του Αγίου Νικολάου", "Άγιος Νικόλαος"),
        ("των Χανίων", "Χανιά"),
        ("των Σερρών", "Σέρρες"),
        ("ΤΗΣ ΑΘΗΝΑΣ", "ΑΘΗΝΑ"),
        ("στον Βόλο", "Βόλος"),
        # not in the gazetteer: suffix rules
        ("της Ορεστιάδας", "Ορεστιάδα"),
        ("του Αιγίου", "Αίγιο"),
        ("του Πόρου", "Πόρος"),
        ("Berlin", "Berlin"),
    ],
)
def test_place_nominative(lex: NameLexicon, given: str, expected: str) -> None:
    assert place_nominative(given, lexicon=lex) == expected


@pytest.mark.parametrize(
    "word, gender, slot, form",
    [
        ("Δήμαρχος", "m", "gen_sg", "δημαρχου"),
        ("Δήμαρχος", "m", "gen_pl", "δημαρχων"),
        ("Βουλευτής", "m", "nom_pl", "βουλευτεσ"),
        ("Γραμματέας", "m", "nom_pl", "γραμματεισ"),
        ("Γραμματέας", "m", "gen_sg", "γραμματεα"),
        ("Ταμίας", "m", "gen_sg", "ταμια"),
        # a man's name in "-ις" drops its "-ς" in the other cases of the singular
        ("Άδωνις", "m", "gen_sg", "αδωνι"),
        ("Τάκις", "m", "acc_sg", "τακι"),
        ("Διευθύντρια", "f", "gen_sg", "διευθυντριασ"),
        ("Ένωση", "f", "gen_sg", "ενωσεωσ"),
        ("Ίδρυμα", "n", "gen_sg", "ιδρυματοσ"),
        ("Γενική", "f", "gen_pl", "γενικων"),
        # third declension in -ωρ, either gender
        ("Ρήτωρ", "m", "gen_sg", "ρητοροσ"),
        ("Ρήτωρ", "m", "nom_pl", "ρητορεσ"),
        ("Ρήτωρ", "f", "acc_sg", "ρητορα"),
        # feminine in stressed -ού
        ("Καφετζού", "f", "gen_sg", "καφετζουσ"),
        ("Καφετζού", "f", "nom_pl", "καφετζουδεσ"),
    ],
)
def test_word_forms(word: str, gender: str, slot: str, form: str) -> None:
    assert form in word_forms(word, gender)[slot]


@pytest.mark.parametrize("word", ["Λουίς", "Ντενίς"])
def test_a_man_s_name_in_stressed_is_is_undeclined(word: str) -> None:
    # no Greek masculine ends in a stressed "-ίς": a foreign name, the same in every case
    assert set(word_forms(word, "m").values()) == {(fold(word),)}


def test_a_first_name_no_paradigm_covers_is_invariant(lex: NameLexicon) -> None:
    # the learned row "Λουίς" has no "invariant" flag, but its ending declines in no Greek paradigm
    assert {s for e in lex.first_names["λουισ"] for s in e.slots} == {"any"}
    assert "λουι" not in lex.first_names
    assert {s for e in lex.first_names["αδωνι"] for s in e.slots} >= {"gen_sg"}


@pytest.mark.parametrize(("gender", "ending", "expected", "word"), [
    # each singular ending of the paradigm once, by case: "Κόμβος", "Κόμβου", "Κόμβο", "Κόμβε"
    ("m", "οσ", ("οσ", "ου", "ο", "ε"), "Λόφος"),
    ("f", "η", ("η", "ησ"), "Σχολή"),
    ("f", "α", ("α", "ασ"), "Θάλασσα"),
    ("m", "ησ", ("ησ", "η"), "Ναύτης"),
])
def test_singular_endings(gender: str, ending: str, expected: tuple[str, ...], word: str) -> None:
    from keryx.linking.names.inflection import singular_endings

    assert singular_endings(gender, ending) == expected
    forms = word_forms(word, gender)
    assert {f for slot in ("nom_sg", "gen_sg", "acc_sg", "voc_sg") for f in forms[slot]} \
        == {fold(word)[: -len(ending)] + e for e in expected}


def test_phrase_forms_agree_and_keep_complement() -> None:
    forms = phrase_forms("Πρόεδρος|του Δημοτικού Συμβουλίου", "m")
    assert ("προεδρου", "του", "δημοτικου", "συμβουλιου") in forms
    assert ("γενικου", "γραμματεα") in phrase_forms("Γενικός Γραμματέας", "m")
    assert ("γενικοσ", "γραμματεα") not in phrase_forms("Γενικός Γραμματέας", "m")


@pytest.mark.parametrize(
    "given, expected",
    [
        # no article: the head noun's own form tells the case
        ("Σύλλογο Εθελοντών Αιμοδοτών Ιωαννίνων", "Σύλλογος Εθελοντών Αιμοδοτών Ιωαννίνων"),
        ("Δήμο Ραφήνας-Πικερμίου", "Δήμος Ραφήνας-Πικερμίου"),
        ("Δήμου Βόλου", "Δήμος Βόλου"),
        ("Ιατρικό Σύλλογο Θεσσαλονίκης", "Ιατρικός Σύλλογος Θεσσαλονίκης"),
        ("Πανεπιστημίου Πατρών", "Πανεπιστήμιο Πατρών"),
        ("Πυροσβεστικού Σώματος", "Πυροσβεστικό Σώμα"),
        ("Λιμενικού Σώματος", "Λιμενικό Σώμα"),
        ("Εθνικού Κέντρου Άμεσης Βοήθειας", "Εθνικό Κέντρο Άμεσης Βοήθειας"),
        ("Ινστιτούτου Μοριακής Βιολογίας", "Ινστιτούτο Μοριακής Βιολογίας"),
        ("Κεντρικής Ένωσης Δήμων Ελλάδας", "Κεντρική Ένωση Δήμων Ελλάδας"),
        ("Ανεξάρτητης Αρχής Δημοσίων Εσόδων", "Ανεξάρτητη Αρχή Δημοσίων Εσόδων"),
        ("Νοσοκομείου ΑΧΕΠΑ", "Νοσοκομείο ΑΧΕΠΑ"),
        # every modifier agrees with the head and is inflected with it
        ("Ελληνικό Ερυθρό Σταυρό", "Ελληνικός Ερυθρός Σταυρός"),
        ("τον Ελληνικό Ερυθρό Σταυρό", "Ελληνικός Ερυθρός Σταυρός"),
        ("Ελληνικό Γεωργικό Οργανισμό", "Ελληνικός Γεωργικός Οργανισμός"),
        ("του Ελληνικού Γεωργικού Οργανισμού «Δήμητρα»", "Ελληνικός Γεωργικός Οργανισμός «Δήμητρα»"),
        ("τον Ευρωπαϊκό Οργανισμό Συνοριοφυλακής και Ακτοφυλακής",
         "Ευρωπαϊκός Οργανισμός Συνοριοφυλακής και Ακτοφυλακής"),
        ("του Δημοτικού Θεάτρου Καβάλας", "Δημοτικό Θέατρο Καβάλας"),
        ("της Ελληνικής Αστυνομίας", "Ελληνική Αστυνομία"),
        ("Γενικής Περιφερειακής Αστυνομικής Διεύθυνσης Κρήτης", "Γενική Περιφερειακή Αστυνομική Διεύθυνση Κρήτης"),
        ("του Πανεπιστημιακού Γενικού Νοσοκομείου Ιωαννίνων", "Πανεπιστημιακό Γενικό Νοσοκομείο Ιωαννίνων"),
        ("Αριστοτελείου Πανεπιστημίου Θεσσαλονίκης", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης"),
        ("του Ενιαίου Κέντρου Συντονισμού Έρευνας και Διάσωσης", "Ενιαίο Κέντρο Συντονισμού Έρευνας και Διάσωσης"),
        ("του Εμπορικού και Βιομηχανικού Επιμελητηρίου Θεσσαλονίκης",
         "Εμπορικό και Βιομηχανικό Επιμελητήριο Θεσσαλονίκης"),
        ("του Αττικού Μετρό", "Αττικό Μετρό"),
        ("του 2ου Δημοτικού Σχολείου Λάρισας", "2ο Δημοτικό Σχολείο Λάρισας"),
        # a broken span: the adjective is already nominative, the head is not
        ("Δημοτικό Θεάτρου", "Δημοτικό Θέατρο"),
        # capitals keep capitals and get no accents
        ("ΔΗΜΟ ΒΟΛΟΥ", "ΔΗΜΟΣ ΒΟΛΟΥ"),
        ("ΤΟΥ ΕΛΛΗΝΙΚΟΥ ΕΡΥΘΡΟΥ ΣΤΑΥΡΟΥ", "ΕΛΛΗΝΙΚΟΣ ΕΡΥΘΡΟΣ ΣΤΑΥΡΟΣ"),
        ("ΤΗΣ ΠΕΡΙΦΕΡΕΙΑΚΗΣ ΕΝΩΣΕΩΣ ΔΗΜΩΝ ΑΤΤΙΚΗΣ", "ΠΕΡΙΦΕΡΕΙΑΚΗ ΕΝΩΣΗ ΔΗΜΩΝ ΑΤΤΙΚΗΣ"),
        ("ΤΟΥ 2ΟΥ ΓΥΜΝΑΣΙΟΥ ΛΑΡΙΣΑΣ", "2Ο ΓΥΜΝΑΣΙΟ ΛΑΡΙΣΑΣ"),
        # two names joined by a dash: each part with a head is a name of its own
        ("του Λιμενικού Σώματος - Ελληνικής Ακτοφυλακής", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή"),
        ("της Περιφέρειας Ανατολικής Μακεδονίας - Θράκης", "Περιφέρεια Ανατολικής Μακεδονίας - Θράκης"),
        # head + genitive complement of another gender stays as it is
        ("Κλινική Πανεπιστημίου", "Κλινική Πανεπιστημίου"),
        ("των Γιατρών του Κόσμου", "Γιατρών του Κόσμου"),
        ("Γιατροί του Κόσμου", "Γιατροί του Κόσμου"),
        ("του Δήμου μας", "Δήμος μας"),
    ],
)
def test_organisation_nominative_inflects_leading_phrase(lex: NameLexicon, given: str, expected: str) -> None:
    assert organisation_nominative(given, lexicon=lex) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # an adjective in -ής/-ές: one genitive "-ούς" for every gender, the nominative by the head's
        ("του Πενταμελούς Εφετείου Πατρών", "Πενταμελές Εφετείο Πατρών"),
        ("της Διεθνούς Ένωσης Σκακιού", "Διεθνής Ένωση Σκακιού"),
        ("του Διεθνούς Συνδέσμου Ποδηλασίας", "Διεθνής Σύνδεσμος Ποδηλασίας"),
        ("Διαρκούς Επιτροπής Οικονομικών Υποθέσεων", "Διαρκής Επιτροπή Οικονομικών Υποθέσεων"),
        # not the accusative plural of an -ικός adjective
        ("τους Ιστορικούς Συλλόγους", "Ιστορικούς Συλλόγους"),
        # a neuter in -μα: "-ματος" agrees with "-ου", and the nominative is stressed one syllable earlier
        ("του Ελληνικού Συστήματος Διαιτησίας", "Ελληνικό Σύστημα Διαιτησίας"),
        ("του Συντάγματος Πεζικού", "Σύνταγμα Πεζικού"),
        ("του Λαϊκού Κινήματος Πολιτών", "Λαϊκό Κίνημα Πολιτών"),
        ("του Τμήματος Γεωλογίας", "Τμήμα Γεωλογίας"),
        # a numeral letter before the name takes no ending; the name after it does
        ("της Δ' Ουρολογικής Κλινικής", "Δ' Ουρολογική Κλινική"),
        ("του Β΄ Μονομελούς Πλημμελειοδικείου", "Β΄ Μονομελές Πλημμελειοδικείο"),
        # a capitalised word no adjective test knows, in the genitive of the known head after it
        ("του Πρότυπου Λυκείου Ρόδου", "Πρότυπο Λύκειο Ρόδου"),
        ("της Πρότυπης Σχολής Χορού", "Πρότυπη Σχολή Χορού"),
        # two adjectives joined by a hyphen each agree with the head
        ("της Καρδιολογικής-Πνευμονολογικής Κλινικής", "Καρδιολογική-Πνευμονολογική Κλινική"),
        # a dash after the head joins two names; after a complement, two complements
        ("του Μουσικού Σχολείου Βόλου - Λυκείου", "Μουσικό Σχολείο Βόλου - Λυκείου"),
        ("του Εθνικού Ωδείου - Μουσείου Κρήτης", "Εθνικό Ωδείο - Μουσείο Κρήτης"),
    ],
)
def test_organisation_nominative_third_declension_and_numbered(lex: NameLexicon, given: str, expected: str) -> None:
    assert organisation_nominative(given, lexicon=lex) == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        ("της Νέας Αλικαρνασσού", "Νέα Αλικαρνασσός"),
        ("Νέας Αλικαρνασσού", "Νέα Αλικαρνασσός"),
        ("ΤΗΣ ΝΕΑΣ ΑΛΙΚΑΡΝΑΣΣΟΥ", "ΝΕΑ ΑΛΙΚΑΡΝΑΣΣΟΣ"),
        # a nominative followed by a genitive is not one phrase in the genitive
        ("Νέα Αλικαρνασσού", "Νέα Αλικαρνασσού"),
        ("της Αλικαρνασσού", "Αλικαρνασσός"),
        # place + genitive region: the qualifier stays genitive
        ("ΚΕΡΑΤΕΑ ΑΤΤΙΚΗΣ", "ΚΕΡΑΤΕΑ ΑΤΤΙΚΗΣ"),
        ("της Κερατέας Αττικής", "Κερατέα Αττικής"),
        ("Ηρακλείου Κρήτης", "Ηράκλειο Κρήτης"),
        ("ΡΑΦΗΝΑ", "ΡΑΦΗΝΑ"),
        ("της Ραφήνας", "Ραφήνα"),
        ("του Πικερμίου", "Πικέρμι"),
        ("του Λιτοχώρου", "Λιτόχωρο"),
        ("του Ολύμπου", "Όλυμπος"),
        ("τον Μύτικα", "Μύτικας"),
        ("Μύτικας", "Μύτικας"),
        ("Λάλας", "Λάλας"),
        ("του Αγίου Ανδρέα", "Άγιος Ανδρέας"),
        ("της Γαύδου", "Γαύδος"),
        ("του Ριζώματος", "Ρίζωμα"),
        # head nouns of streets and landmarks: only the leading phrase is inflected
        ("της Λεωφόρου Κηφισίας", "Λεωφόρος Κηφισίας"),
        ("στη Λεωφόρο Μεσογείων", "Λεωφόρος Μεσογείων"),
        ("την Αττική Οδό", "Αττική Οδός"),
        ("στην Περιφερειακή Οδό Θεσσαλονίκης", "Περιφερειακή Οδός Θεσσαλονίκης"),
        ("στην οδό Ακαδημίας", "οδός Ακαδημίας"),
        ("της Πλατείας Κοτζιά", "Πλατεία Κοτζιά"),
        ("του Ναού του Ολυμπίου Διός", "Ναός του Ολυμπίου Διός"),
        ("του Μουσείου Ακρόπολης", "Μουσείο Ακρόπολης"),
        ("του Αρχαίου Θεάτρου Θάσου", "Αρχαίο Θέατρο Θάσου"),
        ("του Ενετικού Λιμανιού", "Ενετικό Λιμάνι"),
        ("του Κρητικού Πελάγους", "Κρητικό Πέλαγος"),
        ("του Πολιτιστικού Κέντρου Νέας Ιωνίας", "Πολιτιστικό Κέντρο Νέας Ιωνίας"),
        ("του Ολυμπιακού Γυμναστηρίου Γαλατσίου", "Ολυμπιακό Γυμναστήριο Γαλατσίου"),
        ("ΤΗΣ ΔΗΜΟΤΙΚΗΣ ΠΙΝΑΚΟΘΗΚΗΣ ΠΑΤΡΑΣ", "ΔΗΜΟΤΙΚΗ ΠΙΝΑΚΟΘΗΚΗ ΠΑΤΡΑΣ"),
        ("της Αίθουσας Τελετών της Παλαιάς Φιλοσοφικής Σχολής", "Αίθουσα Τελετών της Παλαιάς Φιλοσοφικής Σχολής"),
        ("Νότιας Κρήτης", "Νότια Κρήτη"),
        ("της Μέσης Ανατολής", "Μέση Ανατολή"),
        ("στη Μέση Ανατολή", "Μέση Ανατολή"),
    ],
)
def test_place_nominative_leading_phrase_only(lex: NameLexicon, given: str, expected: str) -> None:
    assert place_nominative(given, lexicon=lex) == expected


@pytest.mark.parametrize(
    "given, expected",
    [
        # the modifier agrees with its noun, whose nominative tells a neuter by its ending
        ("του Ανατολικού Αιγαίου", "Ανατολικό Αιγαίο"),
        ("Κεντρικού Ιονίου", "Κεντρικό Ιόνιο"),
        ("του Νέου Ηρακλείου", "Νέο Ηράκλειο"),
        # a feminine noun, and an ending that allows more than one gender, as before
        ("της Ανατολικής Αττικής", "Ανατολική Αττική"),
        ("του Νέου Κόσμου", "Νέος Κόσμος"),
    ],
)
def test_place_nominative_modifier_agrees_with_its_noun(lex: NameLexicon, given: str, expected: str) -> None:
    assert place_nominative(given, lexicon=lex) == expected


def test_lexicon_heads_and_plain_adjectives(lex: NameLexicon) -> None:
    assert any(e.nominative == "Σύλλογος" and "acc_sg" in e.slots for e in lex.org_heads["συλλογο"])
    assert any(e.nominative == "Λεωφόρος" for e in lex.place_heads["λεωφορου"])
    assert "λεωφορου" not in lex.org_heads
    assert {"ερυθρου", "ερυθρα", "νεασ"} <= lex.plain_adjectives


@pytest.mark.parametrize("tokens, expected", [
    # the last word of a full name is a surname, even when it looks like a first name
    (["Στάθης", "Γιώτας"], "Στάθης Γιώτας"),
    # "-αίου": the genitive of "-αίος" (diphthong), not an invariant "-ίου" surname
    (["Ηλία", "Ζαγοραίου"], "Ηλίας Ζαγοραίος"),
    (["Ευστάθιου", "Αθηναίου"], "Ευστάθιος Αθηναίος"),
    (["Γιώργου", "Ζαχαρίου"], "Γιώργος Ζαχαρίου"),
])
def test_surname_nominative_grammar(tokens, expected):
    from keryx.linking.names import person_nominative

    assert person_nominative(tokens) == expected


def test_nominative_from_invariant_and_accusative_first_names_and_a_role() -> None:
    from keryx.linking.names import person_nominative

    # An invariant first name tells no case; a man's surname in -η is then an oblique form.
    assert person_nominative(["Εμμανουήλ", "Καραγεωργούδη"]) == "Εμμανουήλ Καραγεωργούδης"
    # An accusative first name: the surname in -ου is an invariant patronymic, not a genitive.
    assert person_nominative(["Κωνσταντίνο", "Χριστοδούλου"]) == "Κωνσταντίνος Χριστοδούλου"
    assert person_nominative(["Στάθη", "Παναγούλη"]) == "Στάθης Παναγούλης"


def test_case_of_a_role_before_a_surname(extractor) -> None:
    rec = extractor.extract_text("Ακολούθησαν τις εντολές του αρχηγού Μιχαλολιάκου χωρίς αντίρρηση.")
    assert [p.name for p in rec.people] == ["Μιχαλολιάκος"]


@pytest.mark.parametrize("tokens, case, expected", [
    # a man's genitive never ends in -ο: an -ο name after "του" is foreign and undeclined
    (["Πάμπλο", "Πικάσο"], "gen", "Πάμπλο Πικάσο"),
    # a word of a shape no Greek name has makes the whole name foreign ...
    (["Τζον", "Μάκενρο"], "acc", "Τζον Μάκενρο"),
    (["Σίλβιο", "Μπερλουσκόνι"], "gen", "Σίλβιο Μπερλουσκόνι"),
    (["Ράτκο", "Παβλίσεβιτς"], "acc", "Ράτκο Παβλίσεβιτς"),
    (["Μπέπε", "Γκρίλο"], "acc", "Μπέπε Γκρίλο"),
    (["Μπένιαμιν", "Νετανιάχου"], "gen", "Μπένιαμιν Νετανιάχου"),
    # ... as does a foreign first name written the same in every case
    (["Κριστιάνο", "Ρονάλντο"], "acc", "Κριστιάνο Ρονάλντο"),
    # Greek names still decline, an undeclined Greek first name included
    (["Γιώργο", "Παπαδόπουλο"], "acc", "Γιώργος Παπαδόπουλος"),
    (["Νίκου", "Γκάλη"], "gen", "Νίκος Γκάλης"),
    (["Εμμανουήλ", "Καραγεωργούδη"], "gen", "Εμμανουήλ Καραγεωργούδης"),
    # a known first name keeps its own case when the article before it belongs elsewhere
    (["Νίκο", "Παππά"], "gen", "Νίκος Παππάς"),
])
def test_foreign_names_stay_undeclined(tokens, case, expected):
    from keryx.linking.names import person_nominative

    assert person_nominative(tokens, case=case) == expected


def test_a_greek_first_name_keeps_an_accusative_surname_after_a_stray_genitive() -> None:
    from keryx.linking.names import person_nominative

    # "του προέδρου τον Μίμη Στεφανάκο": the -ο surname with a Greek first name is an accusative
    assert person_nominative(["Μίμη", "Στεφανάκο"], case="gen") == "Μίμης Στεφανάκος"


def test_a_womans_unlisted_first_name_in_the_genitive() -> None:
    from keryx.linking.names import person_nominative

    # "-α"/"-η" women's names take "-ς" in the genitive; her surname, last, keeps its form
    assert person_nominative(["της", "Νιόβης", "Χαραλάμπους"]) == "Νιόβη Χαραλάμπους"
    assert person_nominative(["της", "Μαριαλένας", "Σεμιτέκολου"]) == "Μαριαλένα Σεμιτέκολου"
    assert person_nominative(["του", "Νιόβης", "Χαραλάμπους"]) == "Νιόβης Χαραλάμπους"


@pytest.mark.parametrize("given, hint, expected", [
    ("Γκουανγκτσού", ("gen", "f"), "Γκουανγκτσού"),  # "της Γκουανγκτσού": written so in every case
    ("Γκουανγκτσού", ("acc", "f"), "Γκουανγκτσού"),  # "στην Γκουανγκτσού"
    ("Γκουανγκτσού", ("nom", None), "Γκουανγκτσού"),  # "στην πόλη Γκουανγκτσού": apposition
    ("Τσαλαπετεινού", ("gen", "m"), "Τσαλαπετεινός"),  # "του Τσαλαπετεινού": a masculine genitive
    ("Τσαλαπετεινού", None, "Τσαλαπετεινός"),  # no article: read as before
    ("της Γκουανγκτσού", ("acc", "m"), "Γκουανγκτσού"),  # the text's own article decides
])
def test_place_nominative_takes_the_case_and_gender_told_before_it(
        lex: NameLexicon, given: str, hint: tuple[str | None, str | None] | None, expected: str) -> None:
    assert place_nominative(given, lexicon=lex, hint=hint) == expected


@pytest.mark.parametrize("word, use, headed, expected", [
    ("πόλεως", "genitive", None, True),      # an irregular form the table gives
    ("νήσους", "apposition", None, True),    # a plural, derived from the nominative
    ("ποταμό", "apposition", None, True),
    ("χώρας", "genitive", None, True),
    ("χώρας", "apposition", None, False),    # "της χώρας Χ": a country is named in the genitive
    ("πρωτεύουσας", "apposition", False, False),  # an office heads a capital
    ("κομητείας", "apposition", False, True),
    ("οικισμού", "genitive", None, False),
])
def test_place_kind_nouns_are_asked_by_the_way_their_name_follows(
        word: str, use: str, headed: bool | None, expected: bool) -> None:
    from keryx.lang.el import fold
    assert (fold(word) in place_kind_forms(use, headed=headed)) is expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (("Αριστοτελεία", "Δόγκα"), True),  # a first name in no list, read by its shape
        (("Θεοπίστη", "Καραγιάννη"), True),
        (("Ευφροσύνη", "Αλεξοπούλου"), True),
        (("Κεντρικής", "Μακεδονίας"), False),  # a feminine genitive ends in -ς
        (("Νέα", "Σμύρνη"), False),  # a place
        (("Πειραιά", "Ντόρα"), False),  # the genitive of a place, then her first name
        (("Γιάννη", "Μαρκάκη"), False),  # a man's first name
        (("ΑΝΝΑ", "ΔΟΓΚΑ"), False),  # capitals tell nothing of the case
    ],
)
def test_a_womans_name_after_her_title_is_told_by_its_endings(lex, words, expected) -> None:
    assert woman_name_after_title(words, lex) is expected


@pytest.mark.parametrize("word", ["Αντωνίου", "Παπαδοπούλου", "ΓΕΩΡΓΙΟΥ"])
def test_an_unstressed_genitive_in_ou_stays_one_form(word: str) -> None:
    # a woman's surname in the genitive is fixed; only a stressed -ού inflects
    assert set(word_forms(word, "f")["nom_pl"]) == {word_forms(word, "f")["nom_sg"][0]}


@pytest.mark.parametrize("written, text, slots", [
    ("Ρήτορες=nom_pl,acc_pl", "Ρήτορες", {"nom_pl", "acc_pl"}),
    ("Ρήτορος=gen_sg", "Ρήτορος", {"gen_sg"}),
    ("κ.κ.", "κ.κ.", {"any"}),
])
def test_an_extra_form_carries_the_slots_written_after_it(written: str, text: str, slots: set[str]) -> None:
    assert phrase_forms("Ρήτωρ", "m", (written,))[tuple(fold(t) for t in text.split())] >= slots


@pytest.mark.parametrize(("word", "expected"), [
    # a case ending (inflection.json "adjective_case_endings") after an adjective's stem
    ("Ιστορικού", True), ("Ολυμπιακή", True), ("Ιόνιο", True), ("Δυτικών", True),
    ("Δήμου", False), ("Σύλλογος", False), ("Παπαδόπουλος", False),
])
def test_looks_adjective(word: str, expected: bool) -> None:
    from keryx.linking.names.inflection import _looks_adjective

    assert _looks_adjective(word) is expected


@pytest.mark.parametrize("word, written, expected", [
    ("Αντετοκούνμπο", frozenset({"αντετοκουνμπο"}), True),
    ("Φο", frozenset(), True),
    # the text writes the -ου or -ος form: a Greek name in -ος
    ("Κυρίτσο", frozenset({"κυριτσου"}), False),
    ("Κυρίτσο", frozenset({"κυριτσοσ"}), False),
    # an ending only Greek surnames have; no -ο at all
    ("Μαρκόπουλο", frozenset(), False),
    ("Παπαδάκη", frozenset(), False),
    ("Νίκο", frozenset(), False),
    ("ΦΟ", frozenset(), False),
    ("Νετανιάχου", frozenset(), False),
])
def test_a_name_in_o_the_text_leaves_undeclined(word: str, written: frozenset[str], expected: bool) -> None:
    from keryx.linking.names import indeclinable_in_o

    assert indeclinable_in_o(word, written) is expected


def test_kept_words_stay_as_written_without_a_greek_first_name() -> None:
    assert person_nominative(["Ντάριο", "Φο"], case="acc", kept=frozenset({"νταριο", "φο"})) == "Ντάριο Φο"
    assert person_nominative(["Γιάννη", "Σκέρτσο"], case="acc", kept=frozenset({"σκερτσο"})) == "Γιάννης Σκέρτσος"
