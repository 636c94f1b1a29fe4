""""13-18/03/2022", "13 έως 18.3.2022": a range of days that share one numeric month and year.

The first day has neither month nor year: it borrows both from the second, as in
"3-5 Μαΐου 2024" (``day_range_text``).
"""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import CONNECTIVE, NUM_TAIL, PatternKit
from keryx.dates.resolve import day, resolve_range, year
from keryx.dates.rules.base import DateRule

__all__ = ["DayRangeNumeric"]


class DayRangeNumeric(DateRule):
    name = "day_range_numeric"
    priority = 0
    weekday_prefix = True

    def pattern(self, kit: PatternKit) -> str:
        return (
            kit.day("d1", ordinal=False) + CONNECTIVE + kit.weekday_opt("w2")
            + kit.day("d2", guard=False, ordinal=False) + r"(?P<s2>[/.\-])"
            + kit.month_number("mo2") + r"(?P=s2)" + kit.numeric_year("y2") + NUM_TAIL
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        if m.group("s2") == "-" and m.group("conn").strip() in ("-", "–", "—"):
            return None  # "13-18-3-2022" is no way to write a range
        y2 = year(m.group("y2"))
        d1, d2 = day(m, "d1"), day(m, "d2")
        if y2 is None or d1 is None or d2 is None or d1 >= d2:
            return None
        mo2 = int(m.group("mo2"))
        try:
            dt.date(y2, mo2, d2)
        except ValueError:
            return None
        return resolve_range(ctx, m, d1, None, None, d2, mo2, y2)
