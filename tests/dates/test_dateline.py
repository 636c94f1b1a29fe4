"""The dateline at the top of a release: publication date, and not an event date."""

from __future__ import annotations

import datetime as dt

import pytest
from keryx.dates import find_dates
from keryx.dates.dateline import dateline_indices, publication_date


def test_dateline_gives_the_publication_date() -> None:
    text = "ΔΕΛΤΙΟ ΤΥΠΟΥ\nΛάρισα, 12 Φεβρουαρίου 2024\n\nΗ ημερίδα θα γίνει στις 3 Μαρτίου 2024."
    assert publication_date(text) == dt.date(2024, 2, 12)


def test_date_inside_a_sentence_is_no_dateline() -> None:
    text = "Ο Περιφερειάρχης Θεσσαλίας εγκαινίασε στις 3 Μαρτίου 2024 τη νέα πτέρυγα."
    assert publication_date(text) is None


def test_relative_and_month_only_dates_are_no_dateline() -> None:
    assert publication_date("Βόλος, σήμερα\nΚείμενο.") is None
    assert publication_date("Βόλος, Μάρτιος 2024\nΚείμενο.") is None


def test_dateline_is_told_apart_from_event_dates() -> None:
    text = "Πάτρα, 5 Απριλίου 2024\nΗ έκθεση ανοίγει στις 20 Απριλίου 2024 στο Πολιτιστικό Κέντρο."
    dates = find_dates(text)
    assert [d.text for d in dates] == ["5 Απριλίου 2024", "20 Απριλίου 2024"]
    assert dateline_indices(text, dates) == {id(dates[0])}


def test_date_followed_by_words_on_its_line_is_no_dateline() -> None:
    text = "Πάτρα, 5 Απριλίου 2024 ξεκινά η έκθεση\nΚείμενο."
    assert dateline_indices(text, find_dates(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Μέχρι και τις 31/10/2023 οι επιχειρήσεις υποβάλλουν τα στοιχεία τους.\nΚείμενο.",
        "Στις 5 Μαΐου 2024 πραγματοποιήθηκε η ημερίδα.\nΚείμενο.",
        "ΕΝΗΜΕΡΩΣΗ\nΑπό 1/2/2024 ισχύει το νέο ωράριο.",
    ],
)
def test_sentence_opening_with_a_date_is_no_dateline(text: str) -> None:
    assert publication_date(text) is None


@pytest.mark.parametrize(
    "text, date",
    [
        ("Άνω Λιόσια, 5 Μαΐου 2024\nΚείμενο.", dt.date(2024, 5, 5)),
        ("ΗΡΑΚΛΕΙΟ ΚΡΗΤΗΣ, 5/5/2024\nΚείμενο.", dt.date(2024, 5, 5)),
        ("Αθήνα – Τρίτη 7 Μαΐου 2024\nΚείμενο.", dt.date(2024, 5, 7)),
    ],
)
def test_place_names_before_a_dateline(text: str, date: dt.date) -> None:
    assert publication_date(text) == date
