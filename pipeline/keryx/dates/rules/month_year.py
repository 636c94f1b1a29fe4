""""Οκτώβριο του 2019", "ΟΚΤΩΒΡΙΟΣ 2019", "Δεκέμβριο του '86": a month of a year ("YYYY-MM").

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
from keryx.dates.patterns import APOSTROPHE, NL, YEAR_ARTICLE, PatternKit
from keryx.dates.resolve import month, written_year
from keryx.dates.rules.base import DateRule

# Between two months that share a year: a slash or dash, "έως/μέχρι/ως (τον)", "και (τον) (μήνα)".
_MONTH_GAP = r"(?:\s*[/\-–—]\s*|\s+(?:εωσ|μεχρι|ωσ|και)(?:\s+και)?\s+(?:τον\s+|το\s+)?(?:μηνα\s+)?)"
_GAP_BACK = re.compile(_MONTH_GAP + r"\Z")
# "από 15 Μαΐου έως Ιούνιο 2021": a first month with its own day is a date of its own.
_DAY_BEFORE = re.compile(r"\d[^\W\d_]{0,3}\s*\Z")


class MonthYear(DateRule):
    name = "month_year"
    priority = 2

    def __init__(self, kit: PatternKit) -> None:
        super().__init__(kit)
        self._month_back = re.compile(rf"{NL}{kit.month('m1')}\s+{YEAR_ARTICLE}\Z")
        self._first_back = re.compile(rf"{NL}{kit.month('m0')}\Z")

    def pattern(self, kit: PatternKit) -> str:
        # or two digits after an apostrophe: "τον Δεκέμβριο του '86"
        return rf"(?P<y1>[12](?<!\d[12])\d{{3}})(?!\d)(?![.,]\d)|{APOSTROPHE}(?P<y1s>\d\d)(?!\d)(?![.,]\d)"

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        y = written_year(m.group("y1") or m.group("y1s"))
        if not 1800 <= y <= 2100:
            return None
        folded = ctx.folded
        back = self._month_back.search(folded, max(0, m.start() - 30), m.start())
        if back is None:
            return None
        ctx.fs = back.start()
        mo = month(ctx, back, "m1")
        assert mo is not None
        # the other month of "Ιανουαρίου/Φεβρουαρίου 2021", searched back from what joins them
        single = DateMention(0, 0, "", date=f"{y:04d}-{mo:02d}")
        gap = _GAP_BACK.search(folded, max(0, ctx.fs - 20), ctx.fs)
        if gap is None:
            return single
        first = self._first_back.search(folded, max(0, gap.start() - 16), gap.start())
        if first is None or _DAY_BEFORE.search(folded, max(0, first.start() - 8), first.start()):
            return single
        mo0 = month(ctx, first, "m0")
        if mo0 is None or mo0 == mo or (gap.group().strip().startswith("και") and mo0 > mo):
            return single  # a list with "και" does not run backwards
        ctx.fs = first.start()
        y0 = y - 1 if mo0 > mo else y
        return DateMention(0, 0, "", date=f"{y0:04d}-{mo0:02d}", date_end=f"{y:04d}-{mo:02d}")
