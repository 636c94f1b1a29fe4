""""χθες", "σήμερα", "αύριο", "μεθαύριο": a day counted from publication."""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NLA, PatternKit, alternation
from keryx.dates.resolve import relative
from keryx.dates.rules.base import DateRule


class RelativeDay(DateRule):
    name = "relative_day"
    priority = 3

    def pattern(self, kit: PatternKit) -> str:
        return rf"(?P<rw>{alternation(kit.lexicon.rel_days)}){NLA}"

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        pub = ctx.published
        date = pub + dt.timedelta(days=ctx.lexicon.rel_days[m.group("rw")]) if pub else None
        return relative(ctx, date, ctx.surface(m.start(), m.end()))
