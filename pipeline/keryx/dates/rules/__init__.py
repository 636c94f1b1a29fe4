"""The registry of date rules: one module per format, tried in this order.

To add a date format, write a :class:`DateRule` in a new module here (a pattern and a
``resolve``), add it to :data:`RULES`, and give it examples in ``tests/dates/test_rules.py``.
"""

from __future__ import annotations

from keryx.dates.rules.base import DateRule
from keryx.dates.rules.date_range_numeric import DateRangeNumeric
from keryx.dates.rules.day_list import DayList
from keryx.dates.rules.day_month import DayMonth
from keryx.dates.rules.day_range_numeric import DayRangeNumeric
from keryx.dates.rules.day_range_text import DayRangeText
from keryx.dates.rules.english_date import EnglishDate
from keryx.dates.rules.iso_date import IsoDate
from keryx.dates.rules.month_list import MonthList
from keryx.dates.rules.month_year import MonthYear
from keryx.dates.rules.numeric_date import NumericDate
from keryx.dates.rules.numeric_day_month import NumericDayMonth
from keryx.dates.rules.paren_day_month import ParenDayMonth
from keryx.dates.rules.relative_day import RelativeDay
from keryx.dates.rules.relative_period import RelativePeriod
from keryx.dates.rules.relative_weekday import RelativeWeekday
from keryx.dates.rules.rfc_date import RfcDate
from keryx.dates.rules.weekday_day_month import WeekdayDayMonth

__all__ = ["RULES", "DateRule", "rule_named"]

RULES: tuple[type[DateRule], ...] = (
    DayRangeText,
    DateRangeNumeric,
    DayRangeNumeric,
    DayMonth,
    DayList,
    NumericDate,
    IsoDate,
    RfcDate,
    EnglishDate,
    MonthYear,
    MonthList,
    RelativeDay,
    RelativeWeekday,
    WeekdayDayMonth,
    NumericDayMonth,
    ParenDayMonth,
    RelativePeriod,
)


def rule_named(name: str) -> type[DateRule]:
    """The registered rule class called ``name`` (KeyError when there is none)."""
    for rule in RULES:
        if rule.name == name:
            return rule
    raise KeyError(name)
