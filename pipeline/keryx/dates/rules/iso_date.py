""""2019-10-04", "2026-04-29T11:44:06+00:00": an ISO date, with the clock part of a timestamp.

A feed or CMS timestamp ("T11:44:06+00:00", "T08:01Z") belongs to its date: left out of the
span, its zone offset would read as a time of its own ("00:00") and the line would no longer
look like a dateline. The clock is UTC or offset time, not the event's local hour, so the
mention keeps no time.
"""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import PatternKit
from keryx.dates.rules.base import DateRule


class IsoDate(DateRule):
    name = "iso_date"
    priority = 1

    def pattern(self, kit: PatternKit) -> str:
        return (r"(?P<y1>[12](?<![\d/.\-][12])\d{3})-(?P<mo1>1[0-2]|0[1-9])"
                r"-(?P<d1>3[01]|[12]\d|0[1-9])(?!\d)(?!-\d)"
                r"(?:t(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:z|[+\-][01]\d:?[0-5]\d)?(?!\d))?")

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        y = int(m.group("y1"))
        if not 1900 <= y <= 2100:
            return None
        try:
            date = dt.date(y, int(m.group("mo1")), int(m.group("d1")))
        except ValueError:
            return None
        return DateMention(0, 0, "", date=date.isoformat())
