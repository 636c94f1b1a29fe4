"""The dateline: "Αθήνα, 4 Οκτωβρίου 2019" on a line of its own near the top of a release.

It says when the release was published, not when its event happens: the extractor takes
it as the publication date when none is given, and the event builder skips it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from keryx.dates.finder import find_dates
from keryx.lang.el.text import fold, function_words

__all__ = ["HEAD_LINES", "dateline_indices", "publication_date"]

HEAD_LINES = 6  # a dateline sits in the first lines
MAX_PLACE_WORDS = 3  # "Αθήνα,", "Ηράκλειο Κρήτης,": at most a few words before the date
_PUNCT = ",.;:·–—-()[]«»\"'|/"


class _Dated(Protocol):
    start: int
    end: int


def _place_before(text: str, start: int) -> bool:
    """Only a place (a few capitalised words) between the start of the line and the date.

    "Μέχρι και τις 31/10/2023 οι επιχειρήσεις…" opens a sentence, not a dateline: a place name
    has no lower-case word ("και", "τις"), and is not made of function words alone ("Στις").
    """
    line_start = text.rfind("\n", 0, start) + 1
    words = [w.strip(_PUNCT) for w in text[line_start:start].split()]
    words = [w for w in words if w]
    if len(words) > MAX_PLACE_WORDS or any(w[0].islower() for w in words):
        return False
    return not words or not all(fold(w) in function_words() for w in words)


def publication_date(text: str) -> dt.date | None:
    """The first full, absolute date in the first lines with only a place before it."""
    head = "\n".join(text.splitlines()[:HEAD_LINES])
    for m in find_dates(head):
        if m.date and len(m.date) == 10 and _place_before(head, m.start) and not m.relative:
            return dt.date.fromisoformat(m.date)
    return None


def dateline_indices(text: str, dates: Iterable[_Dated]) -> set[int]:
    """``id()`` of the dates that are a dateline: in the first lines, alone on theirs after a place."""
    head_end = sum(len(line) + 1 for line in text.split("\n")[:HEAD_LINES])
    out: set[int] = set()
    for d in dates:
        if d.start >= head_end:
            continue
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if _place_before(text, d.start) and not text[d.end:line_end].strip():
            out.add(id(d))
    return out
