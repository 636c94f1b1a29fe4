"""Greek dates and times to ISO: ``find_dates(text, published)`` and ``parse_date``."""

from keryx.dates.finder import DateFinder, DateMention, find_dates, parse_date

__all__ = ["DateFinder", "DateMention", "find_dates", "parse_date"]
