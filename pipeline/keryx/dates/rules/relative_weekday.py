""""την ερχόμενη Τρίτη", "την περασμένη Δευτέρα": the next or last such weekday."""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NLA, PatternKit
from keryx.dates.resolve import relative
from keryx.dates.rules.base import DateRule


class RelativeWeekday(DateRule):
    name = "relative_weekday"
    priority = 3

    def pattern(self, kit: PatternKit) -> str:
        return rf"(?P<adj>{kit.next_or_last})\s+(?P<w1>{kit.weekdays_full}){NLA}"

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        pub = ctx.published
        date = None
        if pub is not None:
            wd = ctx.lexicon.weekdays[m.group("w1")]
            if m.group("adj") in ctx.lexicon.rel_next:
                date = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
            else:
                date = pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)
        return relative(ctx, date, ctx.surface(m.start(), m.end()))
