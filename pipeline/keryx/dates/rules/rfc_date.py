""""Mon, 19 Oct 2020 12:00:00 GMT": the date of RFC 5322 (e-mail) and RSS ``pubDate`` headers.

Feeds and exports put it on a line of their own under the title: it is the publication date
of the item. The format is fixed by the standard (English three-letter day and month names,
day month year, an optional clock and zone), so its words live here, not in the Greek lexicon.
The clock is GMT or offset time, not a local hour, so the mention keeps no time.
"""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import PatternKit
from keryx.dates.rules.base import DateRule
from keryx.dates.rules.english_date import MONTHS as ENGLISH_MONTHS

__all__ = ["RfcDate"]

MONTHS = tuple(m[:3] for m in ENGLISH_MONTHS)  # the standard's three-letter month names
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class RfcDate(DateRule):
    name = "rfc_date"
    priority = 1

    def pattern(self, kit: PatternKit) -> str:
        return (
            rf"(?:(?P<wd>{'|'.join(DAYS)}),\s*)?(?P<d1>[0-3]?\d)\s+(?P<mo1>{'|'.join(MONTHS)})\s+"
            r"(?P<y1>(?:19|20)\d\d)(?!\d)"
            r"(?:\s+(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*(?:[+\-]\d{4}|gmt|utc|ut|z)(?![a-z]))?)?"
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        try:
            date = dt.date(int(m.group("y1")), MONTHS.index(m.group("mo1")) + 1, int(m.group("d1")))
        except ValueError:
            return None
        warnings: list[str] = []
        wd = m.group("wd")
        if wd is not None and DAYS.index(wd) != date.weekday():
            warnings.append(f"weekday mismatch: '{ctx.surface(m.start(), m.end())}'")
        return DateMention(0, 0, "", date=date.isoformat(), warnings=warnings)
