"""places.tsv holds Greece's whole local government (N. 3852/2010 "Kallikratis" as amended by
N. 4600/2019 "Kleisthenis"), and a body's name never makes a place by itself."""

from __future__ import annotations

from collections import Counter

import pytest
from keryx.lang.el import parse_tsv, read_text
from keryx.lang.el.text import fold
from keryx.linking.names import NameLexicon

HEADS = {
    "municipality": "Δήμος ",
    "regional unit": "Περιφερειακή Ενότητα ",
    "region": "Περιφέρεια ",
    "decentralised administration": "Αποκεντρωμένη Διοίκηση ",
}


def _rows() -> list[list[str]]:
    return parse_tsv(read_text("places.tsv"))


def _bodies() -> list[list[str]]:
    return [row for row in _rows() if row[1] == "body"]


def test_the_whole_local_government_is_listed() -> None:
    kinds = Counter(row[2] for row in _bodies())
    assert kinds == {"municipality": 332, "regional unit": 74, "region": 13, "decentralised administration": 7}


def test_each_body_is_named_once_with_its_head() -> None:
    names = [row[0] for row in _bodies()]
    assert len(names) == len(set(names))
    assert all(row[0].startswith(HEADS[row[2]]) for row in _bodies())
    aliases = [a for row in _bodies() if len(row) > 3 for a in row[3].split(";") if a]
    assert not set(aliases) & set(names)


@pytest.mark.parametrize("old, new", [
    ("Δήμος Λέσβου", ["Δήμος Δυτικής Λέσβου", "Δήμος Μυτιλήνης"]),
    ("Δήμος Κεφαλονιάς", ["Δήμος Αργοστολίου", "Δήμος Ληξουρίου", "Δήμος Σάμης"]),
    ("Δήμος Σάμου", ["Δήμος Ανατολικής Σάμου", "Δήμος Δυτικής Σάμου"]),
    ("Δήμος Κέρκυρας", ["Δήμος Βόρειας Κέρκυρας", "Δήμος Κεντρικής Κέρκυρας και Διαποντίων Νήσων",
                        "Δήμος Νότιας Κέρκυρας"]),
    ("Δήμος Σερβίων - Βελβεντού", ["Δήμος Σερβίων", "Δήμος Βελβεντού"]),
])
def test_the_kleisthenis_splits_replace_the_old_municipalities(old: str, new: list[str]) -> None:
    names = {row[0] for row in _bodies()}
    assert old not in names
    assert set(new) <= names


def test_official_names_are_written_out() -> None:
    """No abbreviation ("Αγ."), no "&", dashes spaced alike, diaeresis where Greek spelling has it."""
    names = [n for row in _bodies() for n in [row[0], *(row[3].split(";") if len(row) > 3 else [])] if n]
    assert not [n for n in names if "." in n or "&" in n or "–" in n]
    assert not [n for n in names if "-" in n.replace(" - ", "")]
    assert "Δήμος Βοΐου" in names and "Δήμος Νεάπολης - Συκεών" in names


def test_every_place_a_body_is_named_after_is_a_place_row() -> None:
    places = {row[0] for row in _rows() if row[1] != "body"}
    named = {p for row in _bodies() if len(row) > 4 for p in row[4].split(";") if p}
    assert named - places == set()
    assert len(named) > 250


def _lexicon() -> NameLexicon:
    return NameLexicon.from_texts(*(read_text(n) for n in ("inflection.json", "first_names.tsv", "places.tsv",
                                                            "honorifics.tsv")))


# municipalities named after a person or a common word: bodies, only after "Δήμος"
PERSON_OR_WORD = ["Παύλου Μελά", "Αριστοτέλη", "Γεωργίου Καραϊσκάκη", "Εμμανουήλ Παππά", "Νικολάου Σκουφά",
                  "Ρήγα Φερραίου", "Ζηρού", "Παλαμά", "Διονύσου", "Δέλτα", "Πύλης", "Φυλής", "Μεταμορφώσεως",
                  "Μεγαλόπολης", "Αγιάς", "Ιητών"]


@pytest.mark.parametrize("name", PERSON_OR_WORD)
def test_a_municipality_named_after_a_person_or_a_word_is_a_body(name: str) -> None:
    assert f"Δήμος {name}" in _lexicon().units


@pytest.mark.parametrize("words", [*PERSON_OR_WORD, "Παύλος Μελάς", "Ρήγας Φερραίος", "Αριστοτέλης", "Πύλη",
                                   "Δίον", "Φυλή", "Μεταμόρφωση", "Μεγαλόπολη", "Αγιά", "Κασσάνδρα", "Ίος",
                                   "Δήμος Παύλου Μελά"])
def test_a_person_or_a_common_word_is_no_place(words: str) -> None:
    assert tuple(fold(w) for w in words.split()) not in _lexicon().places


def _section(title: str) -> list[list[str]]:
    """The rows under the comment line that starts with ``title`` (up to the next comment)."""
    rows: list[list[str]] = []
    inside = False
    for line in read_text("places.tsv").splitlines():
        if line.startswith("#"):
            if inside and rows:
                break
            inside = inside or line.startswith(title)
        elif inside and line.strip():
            rows.append(line.split("\t"))
    return rows


@pytest.mark.parametrize("title, count, elsewhere", [
    # count: the public list's length; elsewhere: its names listed among the capitals or cities
    ("# the 20 regions of Italy", 20, []),
    ("# the 28 states and 8 union territories of India", 36, []),
    ("# the 38 provinces of Indonesia", 38, ["Τζακάρτα"]),
    ("# the 17 autonomous communities of Spain", 17, []),
    ("# the 16 states of Germany", 16, ["Βερολίνο"]),
    ("# the 6 districts of Cyprus", 6, ["Λευκωσία"]),
])
def test_foreign_regions_come_as_whole_public_lists(title: str, count: int, elsewhere: list[str]) -> None:
    rows = _section(title)
    names = {row[0] for row in _rows()}
    assert len(rows) + len(elsewhere) == count
    assert all(name in names for name in elsewhere)
    assert all(row[2] == "region" and row[1] in {"f", "x"} for row in rows)


def test_hyphenated_names_match_the_split_tokens() -> None:
    """"Εμίλια-Ρομάνια" is three tokens to the tokenizer: the row lists the spaced forms too."""
    places = _lexicon().places
    for form in ("Εμίλια - Ρομάνια", "Εμίλια Ρομάνια", "Εμίλιας - Ρομάνιας", "Βόρειας Ρηνανίας - Βεστφαλίας"):
        assert places.get(tuple(fold(t) for t in form.split())) in {"Εμίλια-Ρομάνια", "Βόρεια Ρηνανία-Βεστφαλία"}


def test_dependent_territories_are_places() -> None:
    rows = _section("# ISO 3166-1 entries that are no sovereign state")
    names = {row[0] for row in rows}
    assert {"Γκουάμ", "Πουέρτο Ρίκο", "Χονγκ Κονγκ", "Μακάο", "Γροιλανδία", "Γιβραλτάρ", "Δυτική Σαχάρα"} <= names
    assert all(row[2] == "territory" for row in rows) and len(rows) >= 45


@pytest.mark.parametrize("form, nominative", [
    ("Αικατερινούπολη", "Αικατερινούπολη"), ("Αικατερινούπολης", "Αικατερινούπολη"),  # CLDR's name
    ("Σαμαρκάνδης", "Σαμαρκάνδη"), ("Κάμπο Γκράντε", "Κάμπο Γκράντε"),
    ("Σανγκάης", "Σανγκάη"), ("Βαρκελώνη", "Βαρκελώνη"),  # GeoNames' names
])
def test_world_cities_come_from_geonames_or_cldr(form: str, nominative: str) -> None:
    """A city GeoNames gives no Greek name takes the one CLDR gives its time zone's city."""
    assert _lexicon().places.get(tuple(fold(t) for t in form.split())) == nominative
    assert nominative in {row[0] for row in _section("# the world's cities of 500,000 people")}


def test_the_formal_names_of_states_are_places_in_any_case() -> None:
    """The UN member states' formal names: the head inflects by the grammar, the complement after "|"
    stays as written ("της Λαϊκής Δημοκρατίας της Κίνας" -> the row's nominative)."""
    rows = [row for row in _rows() if len(row) > 2 and row[2] == "formal state"]
    assert len(rows) >= 160
    places = _lexicon().places
    for form, nominative in [
        ("Ρωσικής Ομοσπονδίας", "Ρωσική Ομοσπονδία"),
        ("Λαϊκής Δημοκρατίας της Κίνας", "Λαϊκή Δημοκρατία της Κίνας"),
        ("Βασιλείου της Ισπανίας", "Βασίλειο της Ισπανίας"),
        ("Κράτους του Ισραήλ", "Κράτος του Ισραήλ"),
        ("Ένωσης των Κομορών", "Ένωση των Κομορών"),
        ("Ομοσπονδιακή Δημοκρατία της Γερμανίας", "Ομοσπονδιακή Δημοκρατία της Γερμανίας"),
        ("Ηνωμένου Βασιλείου της Μεγάλης Βρετανίας και της Βόρειας Ιρλανδίας",
         "Ηνωμένο Βασίλειο της Μεγάλης Βρετανίας και της Βόρειας Ιρλανδίας"),
        # what "ΗΠΑ" abbreviates is a form of the United States' row
        ("Ηνωμένων Πολιτειών της Αμερικής", "Ηνωμένες Πολιτείες"),
    ]:
        assert places.get(tuple(fold(t) for t in form.split())) == nominative


@pytest.mark.parametrize("form, nominative", [
    ("Σοβιετικής Ένωσης", "Σοβιετική Ένωση"), ("Σοβιετική Ένωση", "Σοβιετική Ένωση"),
    ("Γιουγκοσλαβίας", "Γιουγκοσλαβία"), ("Τσεχοσλοβακία", "Τσεχοσλοβακία"),
    ("Ανατολικής Γερμανίας", "Ανατολική Γερμανία"), ("Σερβίας και Μαυροβουνίου", "Σερβία και Μαυροβούνιο"),
    ("Ολλανδικών Αντιλλών", "Ολλανδικές Αντίλλες"), ("Άνω Βόλτα", "Άνω Βόλτα"),
])
def test_former_states_are_places_in_any_case(form: str, nominative: str) -> None:
    """ISO 3166-3's former countries: "έζησε στη Σοβιετική Ένωση", "η ομάδα της Γιουγκοσλαβίας"
    name a place, not a body whose head happens to be "Ένωση"."""
    assert _lexicon().places.get(tuple(fold(t) for t in form.split())) == nominative
    rows = _section("# ISO 3166-3")
    assert nominative in {row[0] for row in rows} and all(row[2] == "country" for row in rows)


def test_a_former_state_named_like_a_person_is_left_out() -> None:
    """«Ζαΐρ» is Jair Bolsonaro's first name in Greek news far more often than Zaire: no place row."""
    assert _lexicon().places.get(("ζαιρ",)) is None
