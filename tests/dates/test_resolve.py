"""Year resolution: the year of writing ("ε.ε.", "τρέχοντος έτους"), and the years the text names."""

from __future__ import annotations

import datetime as dt

import pytest
from keryx.dates.finder import find_dates


@pytest.mark.parametrize(
    "text, surface, date",
    [
        # "ε.ε." (ενεστώτος έτους): the one year the text's full dates name, however far
        ("Η Γενική Συνέλευση της 12ης Μαρτίου ε.ε. όρισε εκλογές για τις 8 Νοεμβρίου 2025.", "12ης Μαρτίου",
         "2025-03-12"),
        ("Από 10 Ιανουαρίου του τρέχοντος έτους έως 30.09.2023 ισχύει η παράταση.", "10 Ιανουαρίου",
         "2023-01-10"),
    ],
)
def test_the_year_of_writing_is_the_one_year_the_text_names(text: str, surface: str, date: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == surface)
    assert (m.date, m.warnings) == (date, [])


def test_the_year_of_writing_is_the_publication_year() -> None:
    m = next(m for m in find_dates("Η προθεσμία της 20ής Ιανουαρίου τ.ε. παρατείνεται.", dt.date(2022, 11, 3)))
    assert (m.text, m.date) == ("20ής Ιανουαρίου", "2022-01-20")


def test_the_year_of_writing_stays_open_when_the_text_names_several() -> None:
    text = "Τα στοιχεία του 15.12.2021 και η εγκύκλιος της 4ης Φεβρουαρίου ε.ε. ισχύουν έως 31.03.2022."
    m = next(m for m in find_dates(text, None) if m.text == "4ης Φεβρουαρίου")
    assert m.date is None and m.warnings == ["year unknown: '4ης Φεβρουαρίου'"]


def test_one_of_several_years_puts_the_date_near_a_full_date() -> None:
    # 2019 and 2020 are named; only 2019 puts 12 November within a season of 15.01.2020
    text = "Η ρύθμιση του Μαρτίου 2019 ανακοινώθηκε στις 12 Νοεμβρίου και ισχύει από 15.01.2020."
    found = [(m.text, m.date, m.date_end, m.warnings) for m in find_dates(text, None)]
    assert found == [("Μαρτίου 2019", "2019-03", None, []), ("12 Νοεμβρίου", "2019-11-12", None, []),
                     ("15.01.2020", "2020-01-15", None, [])]


@pytest.mark.parametrize(
    "text, yearless",
    [
        # 20 December 2019 is near 01.11.2019, but 20 December 2020 (a year not named) is as near 01.02.2021
        ("Οι αιτήσεις της 01.11.2019 και της 01.02.2021 εξετάζονται στις 20 Δεκεμβρίου.", "20 Δεκεμβρίου"),
        # both named years put 10 May near one of their full dates
        ("Οι εκθέσεις της 5ης Μαΐου 2020 και της 3ης Μαΐου 2021 συνεχίζονται στις 10 Μαΐου.", "10 Μαΐου"),
        # the month's year is not the first the text writes: a later year it looks ahead to
        ("Η γιορτή του 2022 πέτυχε. Η επόμενη θα γίνει τον Μάιο του 2023. Φέτος έληξε στις 8 Μαΐου.",
         "8 Μαΐου"),
        # the month is named with two years
        ("Τον Απρίλιο του 2020 και τον Απρίλιο του 2021 έκλεισαν τα σχολεία, ξανά στις 6 Απριλίου.",
         "6 Απριλίου"),
        # another month's year says nothing about this month's day
        ("Τον Ιούνιο του 2020 άνοιξαν οι παραλίες, στις 3 Αυγούστου οι ξενοδόχοι μέτρησαν.", "3 Αυγούστου"),
    ],
    ids=["anchors-several-fit", "anchors-two-years-fit", "month-year-not-first", "month-two-years",
         "other-month"],
)
def test_a_year_that_cannot_be_told_leaves_the_day_open(text: str, yearless: str) -> None:
    """Neither the full dates (several years fit) nor a month's year (not the text's first, named
    twice, or another month's) can tell the year: the day stays open, with a warning."""
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert m.date is None and m.warnings == [f"year unknown: '{yearless}'"]


def test_a_month_named_with_its_year_gives_that_year_to_its_days() -> None:
    # the text is about March 2018 (its first year); its days of March are in that March
    text = ("Ο Μάρτιος του 2018 ήταν ο πιο βροχερός της δεκαετίας. Οι πλημμύρες της 11ης, 12ης "
            "Μαρτίου έκλεισαν σχολεία.")
    found = [(m.text, m.date, m.warnings) for m in find_dates(text, None)]
    assert found == [("Μάρτιος του 2018", "2018-03", []), ("11ης", "2018-03-11", []),
                     ("12ης Μαρτίου", "2018-03-12", [])]


def test_a_date_between_two_full_dates_less_than_a_year_apart_takes_the_year_between() -> None:
    text = ("Η άδεια δόθηκε στις 14 Ιουνίου 2021. Στις 2 Φεβρουαρίου ο δήμος ζήτησε στοιχεία "
            "και στις 20 Απριλίου 2022 την ανακάλεσε.")
    found = [(m.text, m.date) for m in find_dates(text, None)]
    assert ("2 Φεβρουαρίου", "2022-02-02") in found


@pytest.mark.parametrize(
    "text, yearless",
    [
        # its neighbours are more than a year apart: the story may not run in order
        ("Η άδεια δόθηκε στις 14 Ιουνίου 2020. Στις 2 Φεβρουαρίου ο δήμος ζήτησε στοιχεία "
         "και στις 20 Ιουλίου 2022 την ανακάλεσε.", "2 Φεβρουαρίου"),
        # no year puts it between them
        ("Η άδεια δόθηκε στις 14 Ιουνίου 2021. Στις 9 Μαΐου ο δήμος ζήτησε στοιχεία "
         "και στις 20 Απριλίου 2022 την ανακάλεσε.", "9 Μαΐου"),
    ],
)
def test_a_date_between_full_dates_stays_open_when_no_single_year_lies_between(
        text: str, yearless: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert m.date is None
