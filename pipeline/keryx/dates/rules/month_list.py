"""«τον Ιούνιο, τον Ιούλιο και τον Αύγουστο 2031»: the months of a comma list before the one year they share.

A list of months closed by "και" and a year names each month of that year ("YYYY-MM" each),
as a list of days before one month names each day (``day_list``). The last two months, joined
by "και", are the ``month_year`` rule's; this rule dates the ones before them. A list does not
run backwards across the new year: a month after the last one leaves the list unread.
"""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NL, NLA, YEAR_ARTICLE, PatternKit
from keryx.dates.rules.base import DateRule

__all__ = ["MonthList"]


class MonthList(DateRule):
    name = "month_list"
    priority = 1

    def pattern(self, kit: PatternKit) -> str:
        item = rf"(?:τον\s+)?(?:μηνα\s+)?(?:{kit.months_full}){NLA}"
        return (
            rf"{NL}(?P<m1>{kit.months_full}){NLA}"
            rf"(?=(?:\s*,\s+{item})*\s*,\s+{item}\s+και\s+(?:τον\s+)?(?:μηνα\s+)?"
            rf"(?P<mz>{kit.months_full}){NLA}\s+{YEAR_ARTICLE}(?P<y1>1[89]\d\d|20\d\d)(?![\d.,]\d))"
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        mo, last = ctx.lexicon.months[m.group("m1")], ctx.lexicon.months[m.group("mz")]
        if mo >= last:
            return None
        return DateMention(0, 0, "", date=f"{int(m.group('y1')):04d}-{mo:02d}")
