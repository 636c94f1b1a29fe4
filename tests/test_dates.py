"""Greek dates and times -> ISO (keryx.dates): the finder over all rules, end to end."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
import spacy
from keryx.dates.finder import DateMention, find_dates, parse_date

PUB = dt.date(2019, 10, 5)  # a Saturday
GOLD = Path(__file__).parent / "data" / "gold"


def one(text: str, published: dt.date | None = PUB) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


@pytest.mark.parametrize(
    "text, surface, date",
    [
        ("4 Οκτωβρίου 2019", "4 Οκτωβρίου 2019", "2019-10-04"),
        ("στις 4η Οκτωβρίου 2019 έγινε", "4η Οκτωβρίου 2019", "2019-10-04"),
        ("της 10ης Δεκεμβρίου 1982", "10ης Δεκεμβρίου 1982", "1982-12-10"),
        ("την Παρασκευή 4 Οκτωβρίου 2019", "Παρασκευή 4 Οκτωβρίου 2019", "2019-10-04"),
        ("ΠΑΡΑΣΚΕΥΗ 4 ΟΚΤΩΒΡΙΟΥ 2019", "ΠΑΡΑΣΚΕΥΗ 4 ΟΚΤΩΒΡΙΟΥ 2019", "2019-10-04"),
        ("Παρασκευή, 4 Οκτ. 2019", "Παρασκευή, 4 Οκτ. 2019", "2019-10-04"),
        ("4 Οκτωβρίου του 2019", "4 Οκτωβρίου του 2019", "2019-10-04"),
        ("1η Μαΐου 2024", "1η Μαΐου 2024", "2024-05-01"),
        ("1η Μαίου 2024", "1η Μαίου 2024", "2024-05-01"),
        ("1 ΜΑΪΟΥ 2024", "1 ΜΑΪΟΥ 2024", "2024-05-01"),
        ("25 Μάρτη 2021", "25 Μάρτη 2021", "2021-03-25"),
        ("04/10/2019", "04/10/2019", "2019-10-04"),
        ("4-10-2019", "4-10-2019", "2019-10-04"),
        ("4.10.2019.", "4.10.2019", "2019-10-04"),
        ("4/10/19", "4/10/19", "2019-10-04"),
        ("4/10/85", "4/10/85", "1985-10-04"),
        ("Τρίτη 12/3/2019", "Τρίτη 12/3/2019", "2019-03-12"),
        ("2019-10-04", "2019-10-04", "2019-10-04"),
        ("Οκτώβριο του 2019", "Οκτώβριο του 2019", "2019-10"),
        ("τον Οκτώβριο 2019", "Οκτώβριο 2019", "2019-10"),
        ("ΟΚΤΩΒΡΙΟΣ 2019", "ΟΚΤΩΒΡΙΟΣ 2019", "2019-10"),
        ("Αθήνα, 4 Οκτωβρίου 2019", "4 Οκτωβρίου 2019", "2019-10-04"),
        ("Ηράκλειο 04.10.2019", "04.10.2019", "2019-10-04"),
    ],
)
def test_absolute_dates(text: str, surface: str, date: str) -> None:
    m = one(text)
    assert (m.text, m.date, m.date_end, m.relative, m.warnings) == (
        surface,
        date,
        None,
        False,
        [],
    )


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("από 3 έως 5 Μαΐου 2024", "3 έως 5 Μαΐου 2024", "2024-05-03", "2024-05-05"),
        ("3-5 Μαΐου 2024", "3-5 Μαΐου 2024", "2024-05-03", "2024-05-05"),
        ("3 – 5 Μαΐου 2024", "3 – 5 Μαΐου 2024", "2024-05-03", "2024-05-05"),
        ("στις 3 και 4 Μαΐου 2024", "3 και 4 Μαΐου 2024", "2024-05-03", "2024-05-04"),
        (
            "από τις 3 Μαΐου έως τις 5 Ιουνίου 2024",
            "3 Μαΐου έως τις 5 Ιουνίου 2024",
            "2024-05-03",
            "2024-06-05",
        ),
        (
            "από 28 Δεκεμβρίου έως 3 Ιανουαρίου 2024",
            "28 Δεκεμβρίου έως 3 Ιανουαρίου 2024",
            "2023-12-28",
            "2024-01-03",
        ),
        (
            "από ΔΕΥΤΕΡΑ 7 ΙΟΥΝΙΟΥ 2021 έως και ΠΑΡΑΣΚΕΥΗ 18 ΙΟΥΝΙΟΥ 2021",
            "ΔΕΥΤΕΡΑ 7 ΙΟΥΝΙΟΥ 2021 έως και ΠΑΡΑΣΚΕΥΗ 18 ΙΟΥΝΙΟΥ 2021",
            "2021-06-07",
            "2021-06-18",
        ),
        ("3/5 - 5/5/2024", "3/5 - 5/5/2024", "2024-05-03", "2024-05-05"),
        (
            "από 3/5/2024 έως 5/6/2024",
            "3/5/2024 έως 5/6/2024",
            "2024-05-03",
            "2024-06-05",
        ),
    ],
)
def test_ranges(text: str, surface: str, start: str, end: str) -> None:
    m = one(text)
    assert (m.text, m.date, m.date_end) == (surface, start, end)


@pytest.mark.parametrize(
    "text, found",
    [
        # a first month with its own day is a date of its own, not the start of a month range
        ("από 15 Μαΐου έως τον Ιούνιο του 2024", [("15 Μαΐου", "2024-05-15", None), ("Ιούνιο του 2024", "2024-06", None)]),
        # months listed with "και" do not run backwards into the year before
        ("τον Μάρτιο και τον Ιανουάριο 2024", [("Ιανουάριο 2024", "2024-01", None)]),
        # the protocol number before the slash is no part of the date
        ("με την ΚΥΑ 2650/10.4.2020 και την εγκύκλιο 43083/3-5-2020", [("10.4.2020", "2020-04-10", None),
                                                                     ("3-5-2020", "2020-05-03", None)]),
    ],
)
def test_months_and_references_keep_their_own_dates(text: str, found: list[tuple[str, str, str | None]]) -> None:
    assert [(m.text, m.date, m.date_end) for m in find_dates(text, dt.date(2024, 4, 18))] == found


def test_two_dates_joined_by_kai_are_not_a_range() -> None:
    found = find_dates("στις 3 Μαΐου 2024 και 5 Ιουνίου 2024")
    assert [(m.date, m.date_end) for m in found] == [
        ("2024-05-03", None),
        ("2024-06-05", None),
    ]


@pytest.mark.parametrize(
    "text, surface, date, time_",
    [
        (
            "την Πέμπτη 7 Ιουνίου 2018 και ώρα 19:00",
            "Πέμπτη 7 Ιουνίου 2018",
            "2018-06-07",
            "19:00",
        ),
        (
            "στις 4 Οκτωβρίου 2019, στις 10:30 π.μ.",
            "4 Οκτωβρίου 2019",
            "2019-10-04",
            "10:30",
        ),
        (
            "στις 4 Οκτωβρίου 2019, στις 7 μ.μ.",
            "4 Οκτωβρίου 2019",
            "2019-10-04",
            "19:00",
        ),
        (
            "Σάββατο 16 Νοεμβρίου 2024, στις 10:00, στο Ξενοδοχείο",
            "Σάββατο 16 Νοεμβρίου 2024",
            "2024-11-16",
            "10:00",
        ),
        (
            "την Πέμπτη 7 Ιουνίου 2018 και ώρα 19.00",
            "Πέμπτη 7 Ιουνίου 2018",
            "2018-06-07",
            "19:00",
        ),
        (
            "στις 10:30 την Τρίτη 12 Μαρτίου 2019",
            "Τρίτη 12 Μαρτίου 2019",
            "2019-03-12",
            "10:30",
        ),
        (
            "την Τρίτη 12 Μαρτίου 2019, στο Δημαρχείο, στις 10:00",
            "Τρίτη 12 Μαρτίου 2019",
            "2019-03-12",
            "10:00",
        ),
        (
            "4 Οκτωβρίου 2019, ώρες 18:00-20:00",
            "4 Οκτωβρίου 2019",
            "2019-10-04",
            "18:00",
        ),
        ("Σήμερα στις 13:40 εκδηλώθηκε πυρκαγιά", "Σήμερα", "2019-10-05", "13:40"),
    ],
)
def test_time_attached_to_date(text: str, surface: str, date: str, time_: str) -> None:
    m = one(text)
    assert (m.text, m.date, m.time) == (surface, date, time_)


def test_same_time_refers_back() -> None:
    text = (
        "Η συνεδρίαση θα γίνει την Πέμπτη 14 Νοεμβρίου 2024 στις 19:00. Σε περίπτωση μη "
        "απαρτίας θα επαναληφθεί την Παρασκευή 15 Νοεμβρίου 2024 την ίδια ώρα."
    )
    assert [(m.date, m.time) for m in find_dates(text)] == [
        ("2024-11-14", "19:00"),
        ("2024-11-15", "19:00"),
    ]


@pytest.mark.parametrize(
    "text, surface, time_",
    [
        ("στις 7 μ.μ.", "7 μ.μ.", "19:00"),
        ("στις 10:30 π.μ.", "10:30 π.μ.", "10:30"),
        ("στις 12 π.μ.", "12 π.μ.", "00:00"),
        ("στις 12:15 μ.μ.", "12:15 μ.μ.", "12:15"),
        ("ώρα 18:00", "18:00", "18:00"),
        ("Ώρα έναρξης: 9:30", "9:30", "09:30"),
        ("στις 19.00", "19.00", "19:00"),
        ("ώρα 18:00-20:00", "18:00-20:00", "18:00"),
        ("από τις 10:00 έως τις 14:00", "10:00 έως τις 14:00", "10:00"),
        ("μεταξύ των ωρών 17.00 - 23.00", "17.00 - 23.00", "17:00"),
        ("στις 7 το απόγευμα", "7 το απόγευμα", "19:00"),
        ("στις 9 το πρωί", "9 το πρωί", "09:00"),
    ],
)
def test_lone_times(text: str, surface: str, time_: str) -> None:
    m = one(text)
    assert (m.text, m.date, m.time, m.relative) == (surface, None, time_, False)


def test_far_time_is_its_own_mention() -> None:
    text = (
        "Η ημερίδα έγινε στις 4 Οκτωβρίου 2019. Μετά από πολλές συζητήσεις για το έργο, "
        "οι εργασίες έκλεισαν στις 18:30."
    )
    found = find_dates(text)
    assert [(m.text, m.date, m.time) for m in found] == [
        ("4 Οκτωβρίου 2019", "2019-10-04", None),
        ("18:30", None, "18:30"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "15%",
        "ποσό 2.500 ευρώ",
        "κόστος 12.50 ευρώ",
        "τηλ. 210 1234567",
        "τηλ. 2810-123456",
        "ν. 4412/2016",
        "ΦΕΚ 123/Β/2019",
        "σύμφωνα με το άρθρο 5",
        "ο Μάιος είναι ωραίος",
        "το 2019",
        "νίκη με 3-0",
        "έκδοση 1.2.3",
        "IP 192.168.1.1",
        "με τα Μ.Μ.Μ. 5 μ.μ.μ.",
        "σε 45 Μαΐου",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_invalid_calendar_dates() -> None:
    m = one("31 Φεβρουαρίου 2019")
    assert m.date is None and "invalid calendar date" in m.warnings[0]
    assert find_dates("31/02/2019") == []


@pytest.mark.parametrize(
    "text, published, date",
    [
        ("την Τρίτη 12 Μαρτίου", dt.date(2019, 3, 1), "2019-03-12"),
        (
            "την Τρίτη 12 Μαρτίου",
            dt.date(2019, 10, 5),
            "2019-03-12",
        ),  # the year where it is a Tuesday
        (
            "στις 10 Ιανουαρίου",
            dt.date(2019, 12, 28),
            "2020-01-10",
        ),  # nearest to publication
        ("στις 20 Δεκεμβρίου", dt.date(2020, 1, 5), "2019-12-20"),
        ("3-5 Μαΐου", dt.date(2024, 4, 18), "2024-05-03"),
    ],
)
def test_year_from_publication(text: str, published: dt.date, date: str) -> None:
    m = one(text, published)
    assert (m.date, m.warnings) == (date, [])


def test_year_unknown_without_publication() -> None:
    m = one("την Τρίτη 12 Μαρτίου", None)
    assert (m.text, m.date) == ("Τρίτη 12 Μαρτίου", None)
    assert m.warnings == ["year unknown: 'Τρίτη 12 Μαρτίου'"]


@pytest.mark.parametrize(
    "text, found",
    [
        # every dated year of the text is 2021, and the range lies within a season of 12.03.2021
        ("Η απόφαση της 12.03.2021 ισχύει από 1 Απριλίου έως 30 Ιουνίου.",
         [("12.03.2021", "2021-03-12", None), ("1 Απριλίου έως 30 Ιουνίου", "2021-04-01", "2021-06-30")]),
        # two years in the text: the weekday tells which (17 March 2021 is a Wednesday, in 2015 a Tuesday)
        (("Σύμφωνα με την ΥΑ 1234/5-6-2015, η προθεσμία λήγει την Τετάρτη, 17 Μαρτίου, και τα "
          "αποτελέσματα βγαίνουν στις 30 Απριλίου 2021."),
         [("5-6-2015", "2015-06-05", None), ("Τετάρτη, 17 Μαρτίου", "2021-03-17", None),
          ("30 Απριλίου 2021", "2021-04-30", None)]),
    ],
)
def test_year_from_the_texts_own_dates(text: str, found: list[tuple[str, str, str | None]]) -> None:
    dates = find_dates(text, None)
    assert [(m.text, m.date, m.date_end) for m in dates] == found
    assert all(m.warnings == [] for m in dates)


@pytest.mark.parametrize(
    "text, yearless",
    [
        # two years and no weekday: either may be meant
        ("Οι εκθέσεις της 5ης Μαΐου 2020 και της 3ης Μαΐου 2021 συνεχίζονται στις 10 Μαΐου.", "10 Μαΐου"),
        # far from the one full date: the year before or after may be meant
        ("Η σύμβαση της 15.01.2020 προβλέπει παράδοση έως τις 20 Δεκεμβρίου.", "20 Δεκεμβρίου"),
        # a month alone is no anchor for a day
        ("Ο νόμος ψηφίστηκε τον Δεκέμβριο του 2008 και η ημερίδα έγινε στις 19 Ιουνίου.", "19 Ιουνίου"),
        # the weekday fits none of the text's years
        ("Σύμφωνα με την ΥΑ 1234/5-6-2015 η προθεσμία λήγει τη Δευτέρα 17 Μαρτίου και στις 30 Απριλίου 2021.",
         "Δευτέρα 17 Μαρτίου"),
    ],
)
def test_year_stays_unknown_when_the_text_leaves_it_open(text: str, yearless: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert m.date is None and m.warnings == [f"year unknown: '{yearless}'"]


def test_publication_date_wins_over_the_texts_own_dates() -> None:
    text = "Η απόφαση της 12.03.2021 ισχύει έως 30 Ιουνίου."
    assert [m.date for m in find_dates(text, dt.date(2022, 5, 2))] == ["2021-03-12", "2022-06-30"]


def test_recurring_yearly_date_is_not_resolved() -> None:
    m = one("εκδίδεται έως τις 31 Μαΐου κάθε έτους")
    assert (m.text, m.date) == ("31 Μαΐου", None)
    assert m.warnings and m.warnings[0].startswith("recurring")


@pytest.mark.parametrize(
    "text, weekday_named, weekday_real",
    [
        ("Τετάρτη 12 Μαρτίου 2019", "Τετάρτη", "Τρίτη"),
        ("ΔΕΥΤΕΡΑ 04/10/2019", "Δευτέρα", "Παρασκευή"),
    ],
)
def test_weekday_mismatch_warns(
    text: str, weekday_named: str, weekday_real: str
) -> None:
    m = one(text)
    assert m.date is not None and len(m.warnings) == 1
    assert "weekday mismatch" in m.warnings[0]
    assert weekday_named in m.warnings[0] and weekday_real in m.warnings[0]


def test_matching_weekday_has_no_warning() -> None:
    assert one("Τρίτη 12 Μαρτίου 2019").warnings == []


@pytest.mark.parametrize(
    "text, surface, date, date_end",
    [
        ("χθες", "χθες", "2019-10-04", None),
        ("Χθες το απόγευμα", "Χθες", "2019-10-04", None),
        ("ΧΘΕΣ", "ΧΘΕΣ", "2019-10-04", None),
        ("προχθές", "προχθές", "2019-10-03", None),
        ("σήμερα", "σήμερα", "2019-10-05", None),
        ("αύριο", "αύριο", "2019-10-06", None),
        ("μεθαύριο", "μεθαύριο", "2019-10-07", None),
        ("την προσεχή Τρίτη", "προσεχή Τρίτη", "2019-10-08", None),
        ("την ερχόμενη Τρίτη", "ερχόμενη Τρίτη", "2019-10-08", None),
        (
            "το ερχόμενο Σάββατο",
            "ερχόμενο Σάββατο",
            "2019-10-12",
            None,
        ),  # published on a Saturday
        ("την περασμένη Δευτέρα", "περασμένη Δευτέρα", "2019-09-30", None),
        ("την επόμενη εβδομάδα", "επόμενη εβδομάδα", "2019-10-07", "2019-10-13"),
        (
            "την προηγούμενη εβδομάδα",
            "προηγούμενη εβδομάδα",
            "2019-09-23",
            "2019-09-29",
        ),
        ("τον επόμενο μήνα", "επόμενο μήνα", "2019-11", None),
    ],
)
def test_relative(text: str, surface: str, date: str, date_end: str | None) -> None:
    m = one(text)
    assert (m.text, m.date, m.date_end, m.relative) == (surface, date, date_end, True)


def test_relative_weekday_before_explicit_date_uses_the_date() -> None:
    m = one("την ερχόμενη Τρίτη 8 Οκτωβρίου")
    assert (m.text, m.date, m.relative, m.warnings) == (
        "ερχόμενη Τρίτη 8 Οκτωβρίου",
        "2019-10-08",
        False,
        [],
    )


@pytest.mark.parametrize("text", ["χθες", "την προσεχή Τρίτη", "την επόμενη εβδομάδα"])
def test_relative_without_publication(text: str) -> None:
    m = one(text, None)
    assert m.date is None and m.relative and m.text in text
    assert m.warnings and "publication" in m.warnings[0]


def test_published_may_be_a_datetime() -> None:
    assert one("χθες", dt.datetime(2019, 10, 5, 12, 0)).date == "2019-10-04"


def test_offsets_in_running_text() -> None:
    text = (
        "Αθήνα, 4 Οκτωβρίου 2019\n\nΟ Δήμαρχος (τηλ. 210 1234567) ανακοίνωσε χθες ότι "
        "από 3 έως 5 Μαΐου 2024 θα γίνει το συνέδριο, με κόστος 2.500 ευρώ (15%)."
    )
    found = find_dates(text, PUB)
    assert [m.text for m in found] == ["4 Οκτωβρίου 2019", "χθες", "3 έως 5 Μαΐου 2024"]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_offsets_with_decomposed_accents() -> None:
    text = unicodedata.normalize(
        "NFD", "Η εκδήλωση της Πέμπτης 10 Οκτωβρίου 2019 στις 19:00."
    )
    m = one(text)
    assert unicodedata.normalize("NFC", m.text) == "Πέμπτης 10 Οκτωβρίου 2019"
    assert (m.date, m.time) == ("2019-10-10", "19:00")


@pytest.mark.parametrize(
    "text, date, date_end, time_",
    [
        ("4 Οκτωβρίου 2019", "2019-10-04", None, None),
        ("την Τρίτη 12 Μαρτίου 2019", "2019-03-12", None, None),
        ("στις 10:30", None, None, "10:30"),
        ("από 3 έως 5 Μαΐου 2024", "2024-05-03", "2024-05-05", None),
        ("Πέμπτη 7 Ιουνίου 2018 και ώρα 19:00", "2018-06-07", None, "19:00"),
        (" χθες ", "2019-10-04", None, None),
    ],
)
def test_parse_date(
    text: str, date: str | None, date_end: str | None, time_: str | None
) -> None:
    m = parse_date(text, PUB)
    assert m is not None
    assert (m.date, m.date_end, m.time) == (date, date_end, time_)


@pytest.mark.parametrize(
    "text",
    [
        "Μάιος",
        "",
        "ο Δήμαρχος στις 4 Οκτωβρίου 2019",
        "4 Οκτωβρίου 2019 και 5 Νοεμβρίου 2019",
        "2.500 ευρώ",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text, PUB) is None


def test_component_on_blank_greek() -> None:
    import keryx.components  # noqa: F401  (registers the factory)

    nlp = spacy.blank("el")
    nlp.add_pipe("keryx_dates")
    text = (
        "Την Τετάρτη 4 Οκτωβρίου 2019 στις 10:30 έγινε η συνάντηση. Αύριο θα ακολουθήσει "
        "δεύτερη. Το γραφείο κλείνει στις 15:00 όπως πάντα, ενώ η δεύτερη φάση θα ξεκινήσει σύντομα."
    )
    doc = nlp.make_doc(text)
    doc._.published = PUB
    doc = nlp(doc)
    spans = list(doc.spans["dates"])
    got = [(s.text, s.label_, s._.iso_date, s._.iso_date_end, s._.time) for s in spans]
    assert got == [
        ("Τετάρτη 4 Οκτωβρίου 2019", "DATE", "2019-10-04", None, "10:30"),
        ("Αύριο", "DATE", "2019-10-06", None, None),
        ("15:00", "TIME", None, None, "15:00"),
    ]
    assert doc._.keryx_warnings is not None
    assert any("weekday mismatch" in w for w in doc._.keryx_warnings)


def test_component_keeps_existing_warnings_and_expands_to_tokens() -> None:
    import keryx.components  # noqa: F401

    nlp = spacy.blank("el")
    nlp.add_pipe("keryx_dates")
    # the tokenizer keeps "ΑΘΗΝΑ,4.10.2019" as one token: the span expands to it
    doc = nlp.make_doc("ΑΘΗΝΑ,4.10.2019")
    doc._.keryx_warnings = ["earlier"]
    doc = nlp(doc)
    assert doc._.keryx_warnings == ["earlier"]
    (span,) = doc.spans["dates"]
    assert span._.iso_date == "2019-10-04"
    assert (span.start_char, span.end_char, span.label_) == (0, 15, "DATE")


@pytest.mark.parametrize(
    "n", sorted({p.stem for p in GOLD.glob("*.json")} & {f"{i:03d}" for i in range(27)})
)
def test_gold_dates_are_found(n: str) -> None:
    gold = json.loads((GOLD / f"{n}.json").read_text("utf-8"))
    text = (GOLD / f"{n}.txt").read_text("utf-8")
    published = (
        dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    )
    found = {(m.date, m.date_end, m.time) for m in find_dates(text, published)}
    # the surface, range and time of each gold date live beside the GUIDE-format gold
    details = json.loads((GOLD.parent / "gold_details.json").read_text("utf-8"))[n]
    for d in details["dates"]:
        assert (d["date"], d.get("date_end"), d.get("time")) in found, d


def test_every_repeat_of_a_10kb_text_is_found() -> None:
    """A 10 kB text of one paragraph repeated: each copy keeps its dates (the cost is measured by
    benchmarks/throughput.py, not asserted here)."""
    para = (
        "Ο Δήμαρχος κ. Παπαδόπουλος ανακοίνωσε ότι την Πέμπτη 7 Ιουνίου 2018 και ώρα 19:00 θα γίνει "
        "εκδήλωση στο Δημαρχείο (τηλ. 2810-123456), με προϋπολογισμό 2.500 ευρώ (αύξηση 15%), "
        "σύμφωνα με τον ν. 4412/2016 και το άρθρο 5. Χθες συναντήθηκε με εκπροσώπους φορέων. "
    )
    text = (para * (10_000 // len(para) + 1))[:10_000]
    assert len(find_dates(text, PUB)) >= 2 * (10_000 // len(para))
