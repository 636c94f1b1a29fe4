""""την 26η, 27η, 28η Ιουνίου", "στις 5, 6, 7 Μαΐου": a comma list of days before one month.

Every day of the list is a date of its own (a list names days, not a span); the last day
and its month are the ``day_month`` rule's. Lists closed by "και" ("3, 4 και 5 Μαΐου") stay
the ``day_range_text`` rule's. A space after each comma keeps decimals ("2,5 Μαΐου") out.
"""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NLA, PatternKit
from keryx.dates.resolve import day, month, resolve_date, written_year
from keryx.dates.rules.base import DateRule


class DayList(DateRule):
    name = "day_list"
    priority = 1

    def pattern(self, kit: PatternKit) -> str:
        item = rf"\d\d?(?:\s?(?:{kit.ordinal}){NLA})?"
        return (
            kit.day("d1") + rf"(?=(?:\s*,\s+{item})*\s*,\s+{item}\s+{kit.month('m1')}"
            + kit.year_opt("y1") + ")"
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        d = day(m, "d1")
        if d is None:
            return None
        mo = month(ctx, m, "m1")
        assert mo is not None
        y = written_year(m.group("y1")) if m.group("y1") else None
        surface = ctx.surface(ctx.fs, m.end())
        warnings: list[str] = []
        date = resolve_date(ctx, d, mo, y, ctx.wd1, surface, warnings)
        return DateMention(0, 0, "", date=date.isoformat() if date else None, warnings=warnings)
