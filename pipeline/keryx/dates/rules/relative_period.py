""""την επόμενη εβδομάδα" (Monday to Sunday), "τον προηγούμενο μήνα" ("YYYY-MM")."""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NLA, PatternKit, alternation
from keryx.dates.resolve import relative
from keryx.dates.rules.base import DateRule


class RelativePeriod(DateRule):
    name = "relative_period"
    priority = 3

    def pattern(self, kit: PatternKit) -> str:
        units = alternation(kit.lexicon.week_units | kit.lexicon.month_units)
        return rf"(?P<adj>{kit.next_or_last})\s+(?P<unit>{units}){NLA}"

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        pub = ctx.published
        step = 1 if m.group("adj") in ctx.lexicon.rel_next else -1
        surface = ctx.surface(m.start(), m.end())
        if pub is None:
            return relative(ctx, None, surface)
        if m.group("unit") in ctx.lexicon.week_units:
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
            return relative(ctx, monday, surface, date_end=monday + dt.timedelta(days=6))
        months = pub.year * 12 + pub.month - 1 + step
        return relative(ctx, dt.date(months // 12, months % 12 + 1, 1), surface, month_only=True)
