"""Shared by the rules: read the groups a :class:`PatternKit` wrote, check the calendar.

A missing year is the one nearest publication (weekday-consistent); without a publication
date, the one the text's own full dates make unambiguous (:func:`year_from_anchors`), then the
one its headline or its own paragraph frames the story with (:func:`year_from_paragraph`), or none.
A weekday that does not fit the date is a warning, never a silent change.
"""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import WRITTEN_YEAR, YEAR_ARTICLE

__all__ = [
    "check_weekday",
    "day",
    "month",
    "relative",
    "resolve_date",
    "resolve_range",
    "this_year",
    "weekday",
    "written_year",
    "year",
    "year_from_anchors",
    "year_from_headline",
    "year_from_month",
    "year_from_paragraph",
]

# How far (days) a year-less date may lie from the nearest full date of the text to take its
# year: "ΠΝΠ της 30.03.2020 ... από 31 Μαρτίου μέχρι 31 Μαΐου" is about one season.
ANCHOR_DAYS = 92
# The word before a written year and the genitive article between them ("Αυγούστου του 2022",
# "η σύμβαση του 2015"), searched back from the year.
_WORD_BEFORE_YEAR = re.compile(rf"(?P<w>\w+)\.?\s+(?P<gen>{YEAR_ARTICLE})\Z")


def day(m: re.Match[str], n: str) -> int | None:
    """Group ``n`` as a day of the month, or None outside 1-31."""
    d = int(m.group(n))
    return d if 1 <= d <= 31 else None


def year(s: str) -> int | None:
    """Two-digit years are 20xx below 70, else 19xx; four-digit years must be plausible
    (a text quoting a dated document of the 19th century writes it in full: "(5/4/1897)")."""
    y = int(s)
    if len(s) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y if 1800 <= y <= 2100 else None


# The last two-digit year after an apostrophe that is this century's ("του '21"); above it, the
# last century's ("του '68", "του '86"): what the apostrophe leaves out is the century a news
# text's reader takes for granted, and its past is mostly the 20th century.
APOSTROPHE_PIVOT = 30


def written_year(s: str) -> int:
    """The year of a :meth:`keryx.dates.patterns.PatternKit.written_year` group: four digits as
    written, two ("'95", "'21") in the 20th century above APOSTROPHE_PIVOT, else in the 21st."""
    y = int(s)
    if len(s) == 2:
        return 2000 + y if y <= APOSTROPHE_PIVOT else 1900 + y
    return y


def month(ctx: MatchContext, m: re.Match[str], n: str) -> int | None:
    """The month of a ``kit.month(n)`` group (full name or abbreviation)."""
    full = m.group(n)
    if full is not None:
        return ctx.lexicon.months[full]
    ab = m.group(n + "a")
    return ctx.lexicon.month_abbr[ab] if ab is not None else None


def weekday(ctx: MatchContext, m: re.Match[str], n: str) -> int | None:
    """The weekday (0 = Monday) of a ``kit.weekday_core(n)`` group, if the pattern has one."""
    if n not in m.re.groupindex:
        return None
    full = m.group(n)
    if full is not None:
        return ctx.lexicon.weekdays[full]
    ab = m.group(n + "a") if n + "a" in m.re.groupindex else None
    return ctx.lexicon.weekday_abbr[ab] if ab is not None else None


def check_weekday(ctx: MatchContext, date: dt.date, wd: int | None, surface: str,
                  warnings: list[str]) -> None:
    """Warn when the weekday written next to a date is not that date's weekday."""
    if wd is not None and date.weekday() != wd:
        names = ctx.lexicon.weekday_names
        warnings.append(
            f"weekday mismatch: '{surface}' names {names[wd]} but {date.isoformat()} "
            f"is a {names[date.weekday()]}"
        )


def resolve_date(ctx: MatchContext, d: int, mo: int, y: int | None, wd: int | None, surface: str,
                 warnings: list[str]) -> dt.date | None:
    """Calendar-checked date; a missing year is the one nearest publication (weekday-consistent)."""
    if y is not None:
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            warnings.append(f"invalid calendar date: '{surface}'")
            return None
        check_weekday(ctx, date, wd, surface, warnings)
        return date
    pub = ctx.published
    if pub is None:
        anchored = year_from_anchors(ctx, d, mo, wd)
        if anchored is None:
            anchored = year_from_month(ctx, d, mo, wd)
        if anchored is None:
            anchored = year_between(ctx, d, mo, wd)
        if anchored is None:
            # the text's own dates may still tell it on the second pass, before the headline does
            ctx.year_unknown = True
            anchored = year_from_headline(ctx, d, mo, wd)
        if anchored is None:
            anchored = year_from_paragraph(ctx, d, mo, wd)
            ctx.year_by_paragraph = ctx.year_by_paragraph or anchored is not None
        if anchored is None:
            warnings.append(f"year unknown: '{surface}'")
        elif wd is not None:
            # every resort above takes a year only where the day falls on the weekday written
            ctx.weekday_fits = True
        return anchored
    options: list[dt.date] = []
    for yy in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(dt.date(yy, mo, d))
        except ValueError:
            pass
    if not options:
        warnings.append(f"invalid calendar date: '{surface}'")
        return None
    options.sort(key=lambda o: abs((o - pub).days))
    if wd is not None:
        fitting = [o for o in options if o.weekday() == wd]
        if fitting:
            return fitting[0]
    check_weekday(ctx, options[0], wd, surface, warnings)
    return options[0]


def year_from_anchors(ctx: MatchContext, d: int, mo: int, wd: int | None) -> dt.date | None:
    """A year-less date's year from the text's own full dates, when only one year can be meant.

    The date must lie within ANCHOR_DAYS of one of the text's full dates: a year-less date far
    from all of them may belong to the year before or after. When the text names one year,
    that year (and, with a weekday, only if the day falls on it). When it names several,
    exactly one year may put the date near a full date (and on its weekday): the years next to
    the named ones count as rivals too, so "6 Ιανουαρίου 2020 ... 30 Οκτωβρίου" with 2019 also
    named is 2019, but "5 Μαΐου 2020 ... 3 Μαΐου 2021 ... 10 Μαΐου" stays open.
    """
    if not ctx.anchors:
        return None
    years = set(ctx.anchor_years)
    if len(years) > 1:
        years |= {y + k for y in ctx.anchor_years for k in (-1, 1)}
    fitting: list[dt.date] = []
    for y in sorted(years):
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            continue
        if wd is not None and date.weekday() != wd:
            continue
        if any(abs((date - a).days) <= ANCHOR_DAYS for a in ctx.anchors):
            fitting.append(date)
    if len(fitting) != 1 or fitting[0].year not in ctx.anchor_years:
        return None
    return fitting[0]


def year_from_month(ctx: MatchContext, d: int, mo: int, wd: int | None) -> dt.date | None:
    """A year-less day's year from the text's one mention of that month with a year.

    "Ο Ιούνιος του 2019 ήταν ο θερμότερος ... στις 28 Ιουνίου": the day is in that June when
    the text names June with that year only and that year is the first the text writes (the
    year it is about); "... του 2019 ... τον Ιούλιο του 2020 ... στις 9 Ιουλίου" stays open,
    as the July of 2020 is one the text looks ahead to.
    """
    years = ctx.month_years.get(mo)
    if not years or len(years) != 1 or ctx.first_year not in years:
        return None
    try:
        date = dt.date(ctx.first_year, mo, d)
    except ValueError:
        return None
    return date if wd is None or date.weekday() == wd else None


def year_between(ctx: MatchContext, d: int, mo: int, wd: int | None) -> dt.date | None:
    """A year-less date written between two full dates less than a year apart: the one year between them.

    "στις 26 Μαΐου 2020 ... στις 24 Δεκεμβρίου ... στις 31 Μαρτίου 2021": a story told in
    order; only 24 December 2020 lies between its neighbours.
    """
    before = [a for fs, a in ctx.anchor_spans if fs < ctx.fs]
    after = [a for fs, a in ctx.anchor_spans if fs > ctx.fs]
    if not before or not after:
        return None
    lo, hi = before[-1], after[0]
    if not 0 < (hi - lo).days < 365:
        return None
    fitting = []
    for y in {lo.year, hi.year}:
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            continue
        if lo <= date <= hi and (wd is None or date.weekday() == wd):
            fitting.append(date)
    return fitting[0] if len(fitting) == 1 else None


def year_from_headline(ctx: MatchContext, d: int, mo: int, wd: int | None) -> dt.date | None:
    """A year-less date's year from the one year its news headline and lead frame the story with.

    "Ο πιο φωτεινός Δίας του 2019" over "… τη νύχτα της 16ης Ιουνίου": the story is told
    within 2019. Only when the date's own paragraph names no other year ("… η συμφωνία του
    2015 … στις 18 Οκτωβρίου" is about another year), and the day falls on its weekday.
    """
    y = ctx.headline_year
    if y is None:
        return None
    if any(other != y for other in ctx.paragraph_years(ctx.fs, WRITTEN_YEAR)):
        return None
    try:
        date = dt.date(y, mo, d)
    except ValueError:
        return None
    return date if wd is None or date.weekday() == wd else None


def year_from_paragraph(ctx: MatchContext, d: int, mo: int, wd: int | None) -> dt.date | None:
    """A year-less date's year from the one bare year its own paragraph writes before it.

    A news paragraph that names one year and then its days tells of that year: "Ανακοινώθηκε
    το πρόγραμμα των εξετάσεων 2024 ... στις 12 Ιουνίου", "Το 2026 θα είναι γεμάτο: ... από
    5 έως 9 Μαΐου". Only when the paragraph writes no other year, writes it before the date,
    and the day falls on its weekday. A year in the genitive is another thing's, not the
    paragraph's: "η σύμβαση του 2015 ... έληγε στις 30 Ιουνίου" dates the contract, "τον
    Αύγουστο του 2022" is a date of its own (which :func:`year_from_anchors` and
    :func:`year_from_month` weigh); a paragraph with either stays open. So does one whose
    year comes only after its days ("στις 25 Νοεμβρίου ... από τις αρχές του 2025").
    """
    years = ctx.paragraph_years(ctx.fs, WRITTEN_YEAR)
    if len(years) != 1:
        return None
    start = ctx.folded.rfind("\n", 0, ctx.fs) + 1
    if WRITTEN_YEAR.search(ctx.folded, start, ctx.fs) is None:
        return None
    end = ctx.folded.find("\n", ctx.fs)
    for m in WRITTEN_YEAR.finditer(ctx.folded, start, len(ctx.folded) if end < 0 else end):
        before = _WORD_BEFORE_YEAR.search(ctx.folded, max(start, m.start() - 40), m.start())
        if before is not None and (before.group("gen") or before.group("w") in ctx.lexicon.months
                                   or before.group("w") in ctx.lexicon.month_abbr):
            return None
    try:
        date = dt.date(next(iter(years)), mo, d)
    except ValueError:
        return None
    return date if wd is None or date.weekday() == wd else None


def this_year(ctx: MatchContext) -> int | None:
    """The year of writing ("ε.ε.", "τρέχοντος έτους"): publication's, else the one year the text's dates name."""
    if ctx.published is not None:
        return ctx.published.year
    if ctx.anchors and len(ctx.anchor_years) == 1:
        return next(iter(ctx.anchor_years))
    ctx.year_unknown = True
    return None


def resolve_range(ctx: MatchContext, m: re.Match[str], d1: int, mo1: int | None, y1: int | None,
                  d2: int, mo2: int, y2: int | None) -> DateMention:
    """A range's two ends; the start borrows the end's month and year when it has none."""
    surface = ctx.surface(ctx.fs, m.end())
    warnings: list[str] = []
    wd1, wd2 = ctx.wd1, weekday(ctx, m, "w2")
    if (y1 is None and y2 is None and ctx.published is None and ctx.anchors
            and year_from_anchors(ctx, d2, mo2, wd2) is None):
        # a range that starts near the text's full dates is in their year, wherever it ends
        first = year_from_anchors(ctx, d1, mo1 or mo2, wd1)
        if first is not None:
            y2 = first.year + (1 if (mo2, d2) < (mo1 or mo2, d1) else 0)
    end = resolve_date(ctx, d2, mo2, y2, wd2, surface, warnings)
    explicit_month = mo1 is not None
    mo1 = mo1 if mo1 is not None else mo2
    if y1 is None and end is not None:
        y1 = end.year - 1 if explicit_month and (mo1, d1) > (mo2, d2) else end.year
    elif y1 is None and y2 is not None:
        y1 = y2
    start = resolve_date(ctx, d1, mo1, y1, wd1, surface, warnings)
    if start is not None and end is not None and start > end:
        warnings.append(f"range ends before it starts: '{surface}'")
        start = end = None
    return DateMention(0, 0, "", date=start.isoformat() if start else None,
                       date_end=end.isoformat() if end else None, warnings=warnings)


def relative(ctx: MatchContext, date: dt.date | None, surface: str,
             date_end: dt.date | None = None, month_only: bool = False) -> DateMention:
    """A relative date's mention; without a publication date it stays unresolved, with a warning."""
    if ctx.published is None:
        return DateMention(0, 0, "", relative=True,
                           warnings=[f"relative date without publication date: '{surface}'"])
    assert date is not None
    iso = date.isoformat()[:7] if month_only else date.isoformat()
    return DateMention(0, 0, "", date=iso, date_end=date_end.isoformat() if date_end else None,
                       relative=True)
