""""Οκτώβριο του 2019", "ΟΚΤΩΒΡΙΟΣ 2019": a month of a year ("YYYY-MM").

Found from the year backwards: scanning for digits is far cheaper than for month names.
"""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NL, PatternKit
from keryx.dates.resolve import month
from keryx.dates.rules.base import DateRule


class MonthYear(DateRule):
    name = "month_year"
    priority = 2

    def __init__(self, kit: PatternKit) -> None:
        super().__init__(kit)
        self._month_back = re.compile(rf"{NL}{kit.month('m1')}\s+(?:του\s+)?\Z")

    def pattern(self, kit: PatternKit) -> str:
        return r"(?P<y1>[12](?<!\d[12])\d{3})(?!\d)(?![.,]\d)"

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        y = int(m.group("y1"))
        if not 1800 <= y <= 2100:
            return None
        back = self._month_back.search(ctx.folded, max(0, m.start() - 30), m.start())
        if back is None:
            return None
        ctx.fs = back.start()
        mo = month(ctx, back, "m1")
        assert mo is not None
        return DateMention(0, 0, "", date=f"{y:04d}-{mo:02d}")
