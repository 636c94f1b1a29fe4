"""The Greek calendar vocabulary the date rules match (``lang/el/data/dates.json``), folded."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from keryx.lang.el import read_text
from keryx.lang.el.text import fold

__all__ = ["RESOURCE", "DateLexicon"]

RESOURCE = "dates.json"


@dataclass(frozen=True)
class DateLexicon:
    """Folded month, weekday and relative-date words, each mapped to what it means."""

    months: dict[str, int]
    month_abbr: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbr: dict[str, int]
    weekday_names: tuple[str, ...]
    rel_days: dict[str, int]
    rel_next: frozenset[str]
    rel_last: frozenset[str]
    week_units: frozenset[str]
    month_units: frozenset[str]
    ordinals: tuple[str, ...]
    year_frames: tuple[str, ...]  # "του", "μέσα στο": a year after them frames a headline's story
    calendar_words: frozenset[str]  # weekday and month nominatives, month genitives

    @classmethod
    def from_data(cls, raw: dict[str, Any]) -> DateLexicon:
        """Build from the parsed ``dates.json`` (or the copy a saved model carries)."""
        months = {fold(f): m["month"] for m in raw["months"] for f in [m["name"], m["genitive"], *m["forms"]]}
        month_abbr = {fold(f): m["month"] for m in raw["months"] for f in m["abbreviations"]}
        weekdays = {fold(f): w["weekday"] for w in raw["weekdays"] for f in [w["name"], *w["forms"]]}
        weekday_abbr = {fold(f): w["weekday"] for w in raw["weekdays"] for f in w["abbreviations"]}
        names = tuple(w["name"] for w in sorted(raw["weekdays"], key=lambda w: w["weekday"]))
        # "Τρίτη", "Μάιος", "Μαΐου" in an entity make it a date; other forms do not ("Τρίτης Ηλικίας")
        calendar = frozenset(fold(w["name"]) for w in raw["weekdays"]) | frozenset(
            fold(f) for m in raw["months"] for f in (m["name"], m["genitive"]))
        return cls(
            months=months,
            month_abbr=month_abbr,
            weekdays=weekdays,
            weekday_abbr=weekday_abbr,
            weekday_names=names,
            rel_days={fold(k): int(v) for k, v in raw["relative_days"].items()},
            rel_next=frozenset(fold(w) for w in raw["relative_next"]),
            rel_last=frozenset(fold(w) for w in raw["relative_last"]),
            week_units=frozenset(fold(w) for w in raw["relative_week_units"]),
            month_units=frozenset(fold(w) for w in raw["relative_month_units"]),
            ordinals=tuple(fold(w) for w in raw["ordinal_suffixes"]),
            year_frames=tuple(fold(w) for w in raw.get("year_frames", ())),
            calendar_words=calendar,
        )

    @staticmethod
    @lru_cache(maxsize=4)
    def from_text(text: str) -> DateLexicon:
        """From the text of ``dates.json`` (the package's or a model's copy), built once per content."""
        return DateLexicon.from_data(json.loads(text))

    @classmethod
    def load(cls) -> DateLexicon:
        """The packaged vocabulary."""
        return cls.from_text(read_text(RESOURCE))

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> DateLexicon:
        """The packaged vocabulary, built once per process (it is never changed)."""
        return DateLexicon.load()
