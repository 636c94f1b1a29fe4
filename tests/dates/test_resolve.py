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
