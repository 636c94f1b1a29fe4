""""στις 29/5", "από τις 29/5 έως τις 11/6", "τις 2-11/9 του 2022": day/month in digits after the article.

A bare "2/5" may be a fraction, a score or a file number. After the feminine article of the
date ("(σ)τις", "(σ)την": η ημερομηνία, οι ημέρες) Greek writes it as a day and a month, alone
or as the ends of a span ("από τις 29/5 έως τις 11/6", "τις 2-11/9", "στις 6 και 9/4"). Only the
slash is read: "στις 18.30" is an hour. The year is "του 2022" after it when written, else the
one the text makes plain (:func:`keryx.dates.resolve.resolve_date`). The article stays outside
the span.
"""

from __future__ import annotations

import re

from keryx.dates.context import MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import CONNECTIVE, NL, PatternKit
from keryx.dates.resolve import day, resolve_date, resolve_range, year
from keryx.dates.rules.base import DateRule

__all__ = ["NumericDayMonth"]

_ARTICLE = rf"{NL}σ?τ(?:ισ|ην?)\s+"
# no further "/2020", ".5", "-3" or digit after the month
_TAIL = r"(?![/.\-–]?\d)"


class NumericDayMonth(DateRule):
    name = "numeric_day_month"
    priority = 2

    def pattern(self, kit: PatternKit) -> str:
        return (
            _ARTICLE + kit.day("d1", guard=False, ordinal=False)
            + rf"(?:/{kit.month_number('mo1')}{_TAIL})?"
            + rf"(?:{CONNECTIVE}" + kit.day("d2", guard=False, ordinal=False) + r")?"
            + r"/" + kit.month_number("mo2") + _TAIL
            + r"(?:\s+του\s+" + kit.year("y2") + r")?"
        )

    def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
        y2 = year(m.group("y2")) if m.group("y2") else None
        mo2 = int(m.group("mo2"))
        ctx.fs = m.start("d1")
        if m.group("d2") is None:
            if m.group("mo1") is not None:
                return None  # "τις 3/4/5": no date
            d = day(m, "d1")
            if d is None:
                return None
            warnings: list[str] = []
            date = resolve_date(ctx, d, mo2, y2, None, ctx.surface(ctx.fs, m.end()), warnings)
            return DateMention(0, 0, "", date=date.isoformat() if date else None, warnings=warnings)
        d1, d2 = day(m, "d1"), day(m, "d2")
        mo1 = int(m.group("mo1")) if m.group("mo1") else None
        if d1 is None or d2 is None or (mo1 is None and d1 >= d2):
            return None
        if mo1 is not None and m.group("conn").strip().startswith("και") and mo1 != mo2:
            return None  # "στις 3/5 και 5/6" are two dates, each read alone
        return resolve_range(ctx, m, d1, mo1, None, d2, mo2, y2)
