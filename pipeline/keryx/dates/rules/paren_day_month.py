""""(16/6)", "(5.2)", "(13-15.2)", "(29/9-4/10)": a day and month in digits alone in brackets.

A bare "2/5" may be a fraction or a score; a day and month closed alone in brackets after the
name of what happens there ("το τουρνουά (13-15.2)", "η εξέταση των Νέων Ελληνικών (16/6)") is
how Greek news glosses the day of a happening, alone or as the ends of a span. The dot is read
as well as the slash: Greek writes decimals with a comma, and an hour ("(19.00)") has no month.
The year is the one the text makes plain (:func:`keryx.dates.resolve.resolve_date`), but only
ever taken from elsewhere: such a gloss mostly dates one item of a timetable or a programme (or
is a fraction after all, "πλειοψηφία (3/4)"), so, like a paragraph's year, it fills the dates
field and dates no event (``year_from``, read by :func:`keryx.events.builder.event_dates`).
"""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import PatternKit
from keryx.dates.resolve import day, resolve_date, resolve_range
from keryx.dates.rules.base import DateRule

__all__ = ["ParenDayMonth"]

_DASH = r"(?P<conn>\s*[-–—]\s*)"


class ParenDayMonth(DateRule):
    name = "paren_day_month"
    priority = 2

    def pattern(self, kit: PatternKit) -> str:
        return (
            r"\(\s*" + kit.day("d1", guard=False, ordinal=False)
            + rf"(?:(?P<s1>[/.]){kit.month_number('mo1')})?"
            + rf"(?:{_DASH}" + kit.day("d2", guard=False, ordinal=False) + r")?"
            + r"(?P<s2>[/.])" + kit.month_number("mo2") + r"(?=\s*\))"
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        mo2 = int(m.group("mo2"))
        if m.group("s1") is not None and (m.group("d2") is None or m.group("s1") != m.group("s2")):
            return None
        ctx.fs = m.start("d1")
        ctx.year_by_paragraph = True  # a year never written in the bracket: for the events, a guess
        if m.group("d2") is None:
            d = day(m, "d1")
            if d is None:
                return None
            warnings: list[str] = []
            date = resolve_date(ctx, d, mo2, None, None, ctx.surface(ctx.fs, m.end()), warnings)
            return DateMention(0, 0, "", date=date.isoformat() if date else None, warnings=warnings)
        d1, d2 = day(m, "d1"), day(m, "d2")
        mo1 = int(m.group("mo1")) if m.group("mo1") else None
        if d1 is None or d2 is None or (mo1 is None and d1 >= d2):
            return None
        return resolve_range(ctx, m, d1, mo1, None, d2, mo2, None)
