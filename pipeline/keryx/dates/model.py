"""What the date rules produce: one mention per date, date range, relative date or time."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DateMention"]


@dataclass
class DateMention:
    """One date/time expression; offsets index the text given to find_dates, end exclusive."""

    start: int
    end: int
    text: str
    date: str | None = None  # "YYYY-MM-DD" or "YYYY-MM"
    date_end: str | None = None  # for ranges
    time: str | None = None  # "HH:MM", 24h; for time ranges the start
    relative: bool = False
    # "paragraph" when a missing year was read only off a paragraph's one written year
    # (:func:`keryx.dates.resolve.year_from_paragraph`), or off a date that was: weaker than a
    # dateline, a publication date or the text's own full dates, so it dates the mention but
    # no event by itself
    year_from: str | None = None
    # a year-less day written with its weekday ("την Κυριακή 8 Μαρτίου") whose year the text
    # gave (its full dates, its headline, its paragraph) and on which that weekday falls: the
    # weekday vouches for the year, as only one year in five to eleven puts the day on it, so
    # a year so taken is not the paragraph's guess (no "paragraph" mark)
    weekday_fits: bool = False
    warnings: list[str] = field(default_factory=list)
