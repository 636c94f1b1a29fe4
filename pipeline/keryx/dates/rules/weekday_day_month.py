""""το Σάββατο (2/5)", "την Τρίτη 28/4": a weekday with a day/month in digits and no year.

A bare "2/5" may be a fraction, a score or a file number; written right after a weekday it is
a date (Greek news usage), and the weekday both vouches for it and picks its year: the one
nearest publication whose calendar puts that day on that weekday.
"""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import PatternKit
from keryx.dates.resolve import day, resolve_date, weekday
from keryx.dates.rules.base import DateRule

__all__ = ["WeekdayDayMonth"]


class WeekdayDayMonth(DateRule):
    name = "weekday_day_month"
    priority = 2

    def pattern(self, kit: PatternKit) -> str:
        return (
            kit.weekday_core("w1") + r"(?P<par>\(\s*)?" + kit.day("d1", guard=False, ordinal=False)
            + r"(?P<s1>[/.])" + kit.month_number("mo1") + r"(?!\d)(?![/.\-]\d)"
            + r"(?(par)\s*\))"
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        d = day(m, "d1")
        if d is None:
            return None
        warnings: list[str] = []
        surface = ctx.surface(m.start(), m.end())
        date = resolve_date(ctx, d, int(m.group("mo1")), None, weekday(ctx, m, "w1"), surface, warnings)
        return DateMention(0, 0, "", date=date.isoformat() if date else None, warnings=warnings)
