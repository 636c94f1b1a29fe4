""""3 έως 5 Μαΐου 2024", "3-5 Μαΐου", "28 Δεκεμβρίου έως 3 Ιανουαρίου 2024", "3, 4 και 5 Μαΐου"."""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import CONNECTIVE, PatternKit
from keryx.dates.resolve import day, month, resolve_range, written_year
from keryx.dates.rules.base import DateRule

# "3, 4 και 5 Μαΐου": the days listed before the "και", searched backwards from it.
_DAY_LIST_BACK = re.compile(r"(?<![\d.,/])(?P<first>\d\d?)(?:\s*,\s*\d\d?)*\s*,\s*\Z")


class DayRangeText(DateRule):
    name = "day_range_text"
    priority = 0
    weekday_prefix = True

    def pattern(self, kit: PatternKit) -> str:
        return (
            kit.day("d1") + rf"(?:\s+{kit.month('m1')}{kit.year_opt('y1')})?" + CONNECTIVE
            + kit.weekday_opt("w2") + kit.day("d2", guard=False)
            + rf"\s+{kit.month('m2')}{kit.year_opt('y2')}"
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        mo1 = month(ctx, m, "m1")
        if mo1 is not None and m.group("conn").strip().startswith("και"):
            return None  # "3 Μαΐου και 5 Ιουνίου" are two dates, not a range
        mo2 = month(ctx, m, "m2")
        assert mo2 is not None
        y1 = written_year(m.group("y1")) if m.group("y1") else None
        y2 = written_year(m.group("y2")) if m.group("y2") else None
        d1, d2 = day(m, "d1"), day(m, "d2")
        if d1 is None or d2 is None:
            return None
        if mo1 is None and ctx.wd1 is None and m.group("conn").strip() == "και":
            # "3, 4 και 5 Μαΐου": the list of days runs from its first day
            back = _DAY_LIST_BACK.search(ctx.folded, max(0, ctx.fs - 30), ctx.fs)
            if back is not None and 1 <= int(back.group("first")) < d1:
                ctx.fs, d1 = back.start(), int(back.group("first"))
        return resolve_range(ctx, m, d1, mo1, y1, d2, mo2, y2)
