""""April 17, 2020", "17 April 2020": an English date, full month name, with its year.

Greek news quotes English text as it stands: an embedded tweet ends with its date in English
("... pic.twitter.com/… April 17, 2020"), an English statement or caption keeps its own date.
English writes the month first with a comma before the year, or the day first; both carry a
year, so the date needs no context. The month names are English words, fixed by the language,
so they live here, not in the Greek lexicon (:mod:`keryx.dates.rules.rfc_date` takes its
three-letter forms from them). A month name needs a day and a year beside it: "May 2020" or
"in May" alone is no date of this rule.
"""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import PatternKit
from keryx.dates.rules.base import DateRule

__all__ = ["EnglishDate"]

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH = "|".join(MONTHS)
_SUFFIX = r"(?:st|nd|rd|th)?"


class EnglishDate(DateRule):
    name = "english_date"
    priority = 1

    def pattern(self, kit: PatternKit) -> str:
        return (
            rf"(?<![a-z])(?:(?P<m1>{_MONTH})\s+(?P<d1>[0-3]?\d){_SUFFIX},?\s+"
            rf"|(?P<d2>[0-3]?\d){_SUFFIX}\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+)"
            r"(?P<y1>(?:19|20)\d\d)(?!\d)"
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        name, d = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
        if m.group("d2") and m.start() > 0 and (ctx.folded[m.start() - 1].isdigit()):
            return None
        try:
            date = dt.date(int(m.group("y1")), MONTHS.index(name) + 1, int(d))
        except ValueError:
            return None
        return DateMention(0, 0, "", date=date.isoformat())
