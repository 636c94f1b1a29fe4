"""Regex building blocks for the date rules, all on folded text (lower case, no accents, "σ").

A rule writes its pattern with a :class:`PatternKit`, which knows the month and weekday
words of the lexicon: ``kit.day("d1") + r"\\s+" + kit.month("m1") + kit.year_opt("y1")``.
Named groups are how a rule's ``resolve`` reads its match; :mod:`keryx.dates.resolve` reads
the month/weekday groups a kit wrote (``m1``/``m1a``, ``w1``/``w1a``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from keryx.dates.lexicon import DateLexicon

NL = r"(?<![^\W\d_])"  # not preceded by a letter
NLA = r"(?![^\W\d_])"  # not followed by a letter
# What may stand between a month and its year, in folded text: "του 2020", "του έτους 2020".
YEAR_ARTICLE = r"(?:του\s+(?:ετουσ\s+)?)?"
ARTICLE = r"(?:τισ\s+|την\s+|τη\s+)"
# What joins the two ends of a range: a dash, "έως/μέχρι/ως (και) (τις)", "και (τις)".
CONNECTIVE = (
    rf"(?P<conn>\s*[-–—]\s*|\s+(?:εωσ|μεχρι|ωσ)(?:\s+και)?\s+{ARTICLE}?|\s+και\s+{ARTICLE}?)"
)
NUM_TAIL = r"(?!\d)(?![/.\-]\d)"
# The apostrophe of a year written with its last two digits ("του '95", "τον Δεκέμβριο του ’86").
APOSTROPHE = "['\u2019\u2018]"
# A numeric date whole on its own: two-digit day and month, four-digit year ("05.12.2018"), the shape a
# web page's time stamp has when copied glued to the words around it.
FULL_NUMERIC_DATE = r"\d\d[/.\-]\d\d[/.\-]\d{4}"
# Not a time of day ("18.00", "9:30") after a year's comma.
_NOT_TIME = r"(?!\d\d?[.:]\d\d(?!\d))"
# Digit-first patterns let the regex engine skip quickly to digits; the guard lookbehinds sit
# after the first digit and test the character before it (no letter, digit, or "4." before).
# Any four-digit year written as a number of its own (not "2.019", "12/2019", "20190").
WRITTEN_YEAR = re.compile(r"(?<![\d.,/])(?:1[89]|20)\d\d(?![\d.,/]?\d)")
DAY_GUARDED = r"\d(?<![^\W\d_]\d)(?<!\d\d)(?<!\d[/.:,\-–]\d)\d?(?!\d)"


def alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first so "μαρτιου" beats "μαρ"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class PatternKit:
    """Named-group pattern pieces over one lexicon's month and weekday words."""

    def __init__(self, lexicon: DateLexicon) -> None:
        self.lexicon = lexicon
        self.months_full = alternation(lexicon.months)
        self.months_abbr = alternation(lexicon.month_abbr)
        self.weekdays_full = alternation(lexicon.weekdays)
        self.weekdays_abbr = alternation(lexicon.weekday_abbr)
        self.next_or_last = alternation(lexicon.rel_next | lexicon.rel_last)
        self.ordinal = alternation(lexicon.ordinals)

    def framed_year(self) -> str:
        """A year after a frame word or a month ("του 2019", "μέσα στο 2020", "Ιούλιο 2021"), group ``fy``."""
        frames = [r"\s+".join(map(re.escape, w.split()))
                  for w in sorted(set(self.lexicon.year_frames), key=lambda w: (-len(w), w))]
        return rf"{NL}(?:{'|'.join([*frames, self.months_full])}){NLA}\s+" + self.year("fy")

    def month(self, n: str) -> str:
        """A month name (group ``n``) or abbreviation (group ``n + "a"``, optional period)."""
        return rf"(?:(?P<{n}>{self.months_full}){NLA}|(?P<{n}a>{self.months_abbr})(?:\.|{NLA}))"

    def weekday_core(self, n: str) -> str:
        """A weekday ("Τρίτη", "Τρ.", "ερχόμενη Τρίτη") and the comma or space after it."""
        return (
            rf"{NL}(?:(?P<{n}adj>{self.next_or_last})\s+)?(?:(?P<{n}>{self.weekdays_full}){NLA}"
            rf"|(?P<{n}a>{self.weekdays_abbr})(?:\.|{NLA}))"
            r"(?:\s*,\s*|\s+)"
        )

    def weekday_opt(self, n: str) -> str:
        return rf"(?:{self.weekday_core(n)})?"

    def day(self, n: str, guard: bool = True, ordinal: bool = True) -> str:
        """A day number; 1-31 is checked by the rule (a pattern that opens on \\d scans fast)."""
        core = DAY_GUARDED if guard else r"\d\d?(?!\d)"
        # the suffix may stand apart: "14 ης Ιουνίου", "1 η Δεκεμβρίου"
        o = rf"(?:\s?(?:{self.ordinal}){NLA})?" if ordinal else ""
        return rf"(?P<{n}>{core}){o}"

    @staticmethod
    def year(n: str) -> str:
        """A four-digit year, not the start of a decimal ("2020,5"); a time glued on after a comma
        ("13 Μαρτίου 2020,18.00" in a fixture list) leaves it a year."""
        return rf"(?P<{n}>1[89]\d\d|20\d\d)(?!\d)(?!\.\d)(?!,{_NOT_TIME}\d)"

    @staticmethod
    def written_year(n: str) -> str:
        """A year as a date writes it: four digits, or two after an apostrophe ("του '95")."""
        return (rf"{APOSTROPHE}?(?P<{n}>1[89]\d\d|20\d\d|(?<={APOSTROPHE})\d\d)"
                rf"(?!\d)(?!\.\d)(?!,{_NOT_TIME}\d)")

    def year_opt(self, n: str) -> str:
        """An optional year after a month ("Μαΐου 2024", "Μαΐου του 2024", "Μαΐου του έτους 2024",
        "Ιουνίου του '95", "13 Απρ, 2020" as embedded posts date themselves, "28 Οκτωβρίου το 1940"
        with the accusative of time Greek tells a past day's year with); read it with
        :func:`keryx.dates.resolve.written_year`."""
        return rf"(?:,?\s+(?:{YEAR_ARTICLE}|το\s+){self.written_year(n)})?"

    @staticmethod
    def month_number(n: str) -> str:
        return rf"(?P<{n}>1[0-2]|0?[1-9])"

    @staticmethod
    def numeric_year(n: str) -> str:
        return rf"(?P<{n}>\d{{4}}|\d{{2}})"
