""""3/5 - 5/5/2024", "από 3/5/2024 έως 5/6/2024": a range of numeric dates."""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import CONNECTIVE, NUM_TAIL, PatternKit
from keryx.dates.resolve import day, resolve_range, year
from keryx.dates.rules.base import DateRule


class DateRangeNumeric(DateRule):
    name = "date_range_numeric"
    priority = 0
    weekday_prefix = True

    def pattern(self, kit: PatternKit) -> str:
        return (
            kit.day("d1", ordinal=False) + r"(?P<s1>[/.\-])" + kit.month_number("mo1")
            + rf"(?:(?P=s1){kit.numeric_year('y1')})?" + CONNECTIVE + kit.weekday_opt("w2")
            + kit.day("d2", guard=False, ordinal=False) + r"(?P<s2>[/.\-])"
            + kit.month_number("mo2") + r"(?P=s2)" + kit.numeric_year("y2") + NUM_TAIL
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        mo1, mo2 = int(m.group("mo1")), int(m.group("mo2"))
        if m.group("conn").strip().startswith("και") and mo1 != mo2:
            return None
        y2 = year(m.group("y2"))
        y1 = year(m.group("y1")) if m.group("y1") else None
        d1, d2 = day(m, "d1"), day(m, "d2")
        if y2 is None or (m.group("y1") and y1 is None) or d1 is None or d2 is None:
            return None
        try:
            dt.date(y2, mo2, d2)
            dt.date(y1 or y2, mo1, d1)
        except ValueError:
            return None
        return resolve_range(ctx, m, d1, mo1, y1, d2, mo2, y2)
