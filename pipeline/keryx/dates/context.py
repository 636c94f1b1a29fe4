"""One ``find`` call's state: the text, its folded copy and offset map, the publication date."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from keryx.dates.lexicon import DateLexicon
from keryx.dates.model import DateMention
from keryx.lang.el.text import fold

__all__ = ["Candidate", "MatchContext", "fold_table"]

_COMBINING = re.compile("[\u0300-\u036f\u0345\u0483-\u0489\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    """``str.translate`` table equal to fold() for every character where fold keeps the length."""
    table: dict[int, str] = {}
    for cp in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x370, 0x400), *range(0x1F00, 0x2000)):
        folded = fold(chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            table[cp] = folded
    return table


@dataclass
class Candidate:
    """A mention while offsets still index the folded text."""

    fs: int
    fe: int
    mention: DateMention
    prio: int = 0


class MatchContext:
    """Original text, folded copy, offset map and publication date, shared by every rule.

    ``fs`` is where the current match's span starts (a weekday before it included) and
    ``wd1`` the weekday written before it; a rule may move ``fs`` back ("3, 4 και 5 Μαΐου").
    Without a publication date, ``anchors`` are the full dates the text writes with their
    year and ``anchor_years`` every year it writes in a date: a year-less date may take its
    year from them (:func:`keryx.dates.resolve.year_from_anchors`); ``month_years`` are the
    years each month is named with ("τον Ιούνιο του 2019") and ``first_year`` the first year
    the text writes (:func:`keryx.dates.resolve.year_from_month`). ``headline_year`` is the one
    year a news headline and its lead frame the story with ("ο Δίας του 2019"), the resort of a
    year-less date before its own paragraph's one year (:func:`keryx.dates.resolve.year_from_headline`,
    :func:`keryx.dates.resolve.year_from_paragraph`).
    ``year_unknown`` says a rule met a date whose year its own full dates could not tell;
    ``year_by_paragraph`` that the date a rule is resolving took its paragraph's year,
    ``weekday_fits`` that it took a year of the text's on which its written weekday falls.
    """

    def __init__(self, text: str, published: dt.date | None, lexicon: DateLexicon) -> None:
        self.text = text
        if isinstance(published, dt.datetime):
            published = published.date()
        self.published = published
        self.lexicon = lexicon
        self._idx: list[int] | None = None
        self.fs = 0
        self.wd1: int | None = None
        self.anchors: tuple[dt.date, ...] = ()
        self.anchor_years: frozenset[int] = frozenset()
        self.month_years: dict[int, frozenset[int]] = {}
        self.first_year: int | None = None
        self.headline_year: int | None = None
        self._newlines: list[int] | None = None  # where the folded text's lines end, found once
        self._paragraph_years: dict[int, frozenset[int]] = {}  # by a paragraph's start
        self.anchor_spans: tuple[tuple[int, dt.date], ...] = ()
        self.year_unknown = False
        self.year_by_paragraph = False
        self.weekday_fits = False
        if not _COMBINING.search(text):
            # one char for one char; characters outside the table stay as they are
            self.folded = text.translate(fold_table())
        else:  # decomposed accents: fold char by char and keep an offset map
            parts: list[str] = []
            idx: list[int] = []
            for i, c in enumerate(text):
                fc = fold(c)
                parts.append(fc)
                idx.extend([i] * len(fc))
            idx.append(len(text))
            self.folded, self._idx = "".join(parts), idx

    def paragraph_years(self, pos: int, written: re.Pattern[str]) -> frozenset[int]:
        """The years written in the paragraph (line) around folded offset ``pos``: each line is
        read once, and found by bisection, so many dates in one long line cost no rescan."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.folded)]
        i = bisect_left(self._newlines, pos)
        start = self._newlines[i - 1] + 1 if i else 0
        years = self._paragraph_years.get(start)
        if years is None:
            end = self._newlines[i] if i < len(self._newlines) else len(self.folded)
            years = frozenset(int(y) for y in written.findall(self.folded, start, end))
            self._paragraph_years[start] = years
        return years

    def orig(self, fs: int, fe: int) -> tuple[int, int]:
        """Offsets in the original text of a folded span."""
        if self._idx is None:
            return fs, fe
        # idx[fe] is where the next folded char came from: dropped combining marks stay inside
        return self._idx[fs], self._idx[fe]

    def surface(self, fs: int, fe: int) -> str:
        s, e = self.orig(fs, fe)
        return self.text[s:e]
