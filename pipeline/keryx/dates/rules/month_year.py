""""Οκτώβριο του 2019", "ΟΚΤΩΒΡΙΟΣ 2019": a month of a year ("YYYY-MM").

Two months may share the year: "εξεταστική Ιανουαρίου/Φεβρουαρίου 2021", "Μάιο έως Ιούνιο
2021" are a range of months, both ends in that year (a start month after the end month is in
the year before: "Δεκεμβρίου/Ιανουαρίου 2021"). Months listed with "και" are no range that
can run backwards: "Μαρτίου και Ιανουαρίου 2021" keeps only the month next to the year.
Found from the year backwards: scanning for digits is far cheaper than for month names.
"""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NL, PatternKit
from keryx.dates.resolve import month
from keryx.dates.rules.base import DateRule

# Between two months that share a year: a slash or dash, "έως/μέχρι/ως (τον)", "και (τον)".
_MONTH_GAP = r"(?P<gap>\s*[/\-–—]\s*|\s+(?:εωσ|μεχρι|ωσ|και)(?:\s+και)?\s+(?:τον\s+|το\s+)?)"
_BACK = 70  # characters searched back from the year: two month names and what joins them
# "από 15 Μαΐου έως Ιούνιο 2021": a first month with its own day is a date of its own.
_DAY_BEFORE = re.compile(r"\d[^\W\d_]{0,3}\s*\Z")


class MonthYear(DateRule):
    name = "month_year"
    priority = 2

    def __init__(self, kit: PatternKit) -> None:
        super().__init__(kit)
        self._month_back = re.compile(
            rf"{NL}(?:{kit.month('m0')}{_MONTH_GAP})?{kit.month('m1')}\s+(?:του\s+)?\Z"
        )

    def pattern(self, kit: PatternKit) -> str:
        return r"(?P<y1>[12](?<!\d[12])\d{3})(?!\d)(?![.,]\d)"

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        y = int(m.group("y1"))
        if not 1800 <= y <= 2100:
            return None
        back = self._month_back.search(ctx.folded, max(0, m.start() - _BACK), m.start())
        if back is None:
            return None
        mo = month(ctx, back, "m1")
        assert mo is not None
        mo0 = month(ctx, back, "m0")
        listed = back.group("gap") is not None and back.group("gap").strip().startswith("και")
        own_day = mo0 is not None and _DAY_BEFORE.search(ctx.folded, max(0, back.start() - 8), back.start())
        if mo0 is None or mo0 == mo or own_day or (listed and mo0 > mo):
            ctx.fs = back.start("m1") if back.group("m1") is not None else back.start("m1a")
            return DateMention(0, 0, "", date=f"{y:04d}-{mo:02d}")
        ctx.fs = back.start()
        y0 = y - 1 if mo0 > mo else y
        return DateMention(0, 0, "", date=f"{y0:04d}-{mo0:02d}", date_end=f"{y:04d}-{mo:02d}")
