"""Greek dates and times to ISO: ``find_dates(text, published)`` and ``parse_date``.

Each date format is one rule in :mod:`keryx.dates.rules`; :mod:`keryx.dates.dateline` reads
the "Αθήνα, 4 Οκτωβρίου 2019" line at the top of a release.
"""

from keryx.dates.finder import DateFinder, find_dates, parse_date
from keryx.dates.model import DateMention

__all__ = ["DateFinder", "DateMention", "find_dates", "parse_date"]
