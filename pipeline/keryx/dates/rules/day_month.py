""""4 Οκτωβρίου 2019", "1η Μαΐου", "Παρασκευή, 4 Οκτ. 2019": day, month name, optional year."""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import PatternKit
from keryx.dates.resolve import day, month, resolve_date, this_year, written_year
from keryx.dates.rules.base import DateRule

__all__ = ["THIS_YEAR", "DayMonth"]

# "έως τις 31 Μαΐου κάθε έτους": every year, not one date.
_RECURRING = re.compile(
    r"[\s,]+(?:του\s+)?(?:καθε|εκαστου)\s+(?:σχολικου\s+|ημερολογιακου\s+)?(?:ετουσ|χρονου|χρονο)"
)

# "14 Ιουνίου ε.ε.", "5 Μαΐου του τρέχοντος έτους", "12 Νοεμβρίου φέτος": the year of writing,
# named without digits.
THIS_YEAR = re.compile(
    r"\s*,?\s*(?:(?:του\s+)?(?:τρεχοντοσ|ενεστωτοσ)\s+(?:ετουσ|χρονου)|[ετ]\.\s?ε\.)|\s+φετοσ(?!\w)"
)


class DayMonth(DateRule):
    name = "day_month"
    priority = 1
    weekday_prefix = True

    def pattern(self, kit: PatternKit) -> str:
        return kit.day("d1") + rf"\s+{kit.month('m1')}{kit.year_opt('y1')}"

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        d = day(m, "d1")
        if d is None:
            return None
        warnings: list[str] = []
        mo = month(ctx, m, "m1")
        assert mo is not None
        y = written_year(m.group("y1")) if m.group("y1") else None
        surface = ctx.surface(ctx.fs, m.end())
        if y is None and _RECURRING.match(ctx.folded, m.end()):
            return DateMention(0, 0, "", warnings=[f"recurring yearly date: '{surface}'"])
        if y is None and THIS_YEAR.match(ctx.folded, m.end()):
            y = this_year(ctx)
            if y is None:
                return DateMention(0, 0, "", warnings=[f"year unknown: '{surface}'"])
        date = resolve_date(ctx, d, mo, y, ctx.wd1, surface, warnings)
        return DateMention(0, 0, "", date=date.isoformat() if date else None, warnings=warnings)
