""""04/10/2019", "4-10-2019", "4.10.19": day, month and year in digits (day first, Greek order)."""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NUM_TAIL, PatternKit
from keryx.dates.resolve import check_weekday, day, year
from keryx.dates.rules.base import DateRule


class NumericDate(DateRule):
    name = "numeric_date"
    priority = 1
    weekday_prefix = True

    def pattern(self, kit: PatternKit) -> str:
        return (
            kit.day("d1", ordinal=False) + r"(?P<s1>[/.\-])" + kit.month_number("mo1")
            + r"(?P=s1)" + kit.numeric_year("y1") + NUM_TAIL
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        y, d = year(m.group("y1")), day(m, "d1")
        if y is None or d is None:
            return None
        try:
            date = dt.date(y, int(m.group("mo1")), d)
        except ValueError:
            return None  # "31/02/2019" is more likely not a date than a typo
        warnings: list[str] = []
        check_weekday(ctx, date, ctx.wd1, ctx.surface(ctx.fs, m.end()), warnings)
        return DateMention(0, 0, "", date=date.isoformat(), warnings=warnings)
