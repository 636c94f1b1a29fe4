""""04/10/2019", "4-10-2019", "4.10.19": day, month and year in digits (day first, Greek order).

Greek official references glue the date of an act to its protocol or gazette number with a
slash: "Εγκύκλιος 43083/3-5-2020", "ΦΕΚ 159/6-9-2016", "ΚΥΑ 2650/10.4.2020". The number is
not part of the date; the date after the slash is read when it is written with another
separator ("-" or ".") and a four-digit year, so "4/10/2019" stays one date and "12/3/4" none.
Web pages copied as text glue a story's time stamp to the words around it ("…του 19χρονου05.12.2018Η
τοπική…"): a date in its full shape (dd.mm.yyyy) is read after a letter too; a shorter one is
part of a code there ("Α1/2/20").
"""

from __future__ import annotations

import datetime as dt
import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import FULL_NUMERIC_DATE, NUM_TAIL, PatternKit
from keryx.dates.resolve import check_weekday, day, year
from keryx.dates.rules.base import DateRule

# The day guard of PatternKit.day, except that "<number>/" may come before the day, and a
# letter (read in ``resolve``).
_DAY_AFTER_NUMBER = r"(?P<d1>\d(?<!\d\d)(?<!\d[.:,\-–]\d)\d?(?!\d))"
_FULL_SHAPE = re.compile(FULL_NUMERIC_DATE)


class NumericDate(DateRule):
    name = "numeric_date"
    priority = 1
    weekday_prefix = True

    def pattern(self, kit: PatternKit) -> str:
        return (
            _DAY_AFTER_NUMBER + r"(?P<s1>[/.\-])" + kit.month_number("mo1")
            + r"(?P=s1)" + kit.numeric_year("y1") + NUM_TAIL
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        fs = m.start()
        if fs > 0 and ctx.folded[fs - 1].isalpha() and not _FULL_SHAPE.fullmatch(m.group()):
            return None  # "Α1/2/2020" is a code; a scraped page's stamp glues "…του19χρονου05.12.2018"
        after_number = fs >= 2 and ctx.folded[fs - 1] == "/" and ctx.folded[fs - 2].isdigit()
        if after_number and (m.group("s1") == "/" or len(m.group("y1")) != 4):
            return None  # "43083/3-5-2020" is a reference number's date; "…/3/5/2020" is none
        y, d = year(m.group("y1")), day(m, "d1")
        if y is None or d is None:
            return None
        try:
            date = dt.date(y, int(m.group("mo1")), d)
        except ValueError:
            return None  # "31/02/2019" is more likely not a date than a typo
        warnings: list[str] = []
        check_weekday(ctx, date, ctx.wd1, ctx.surface(ctx.fs, m.end()), warnings)
        return DateMention(0, 0, "", date=date.isoformat(), warnings=warnings)
