"""Times of day ("στις 19:00", "7 μ.μ.", "9 το πρωί") and which date each belongs to.

A time in the same phrase as a date becomes that date's ``time``; the rest are time-only
mentions. "19.00" without "στις"/"ώρα"/"μ.μ." is weak: kept only next to a date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from keryx.dates.context import Candidate, MatchContext
from keryx.dates.model import DateMention
from keryx.dates.patterns import NL, NLA
from keryx.dates.spans import Coverage, select_longest

__all__ = ["HOUR_RE", "TIME_RE", "attach_times"]

# "π.μ." / "μ.μ." / "πμ" / "μμ", but not the "Μ.Μ." of "Μ.Μ.Μ." (μέσα μαζικής μεταφοράς).
_AMPM = r"(?P<ap>[πμ]\.\s?μ\.(?!\s?[^\W\d_]\.)|[πμ]\.\s?μ(?![.\w])|[πμ]μ(?![\w.]))"
_DAYPART = r"(?P<part>πρωι|μεσημερι|απογευμα|βραδυ)"
_TPRE = (
    r"(?P<pre>(?:(?:και|η)\s+)?(?:ωρα(?:\s+εναρξησ|\s+προσελευσησ)?|ωρεσ|ωρασ|στισ|στη|"
    r"απο\s+τισ|εωσ\s+τισ|μεχρι\s+τισ|περι\s+τισ|γυρω\s+στισ|τισ)\s*:?\s*)"
)
_H1 = r"\d(?<![^\W\d_]\d)(?<!\d\d)(?<!\d[/.:,]\d)\d?(?!\d)"  # "18:00-20:00": a dash may precede
TIME_RE = re.compile(
    rf"(?P<h>{_H1})(?P<sep>[:.])(?P<mi>[0-5]\d)(?::[0-5]\d)?(?!\d)(?![.,:]\d)"
    rf"(?:\s*{_AMPM}|\s+(?:το\s+)?{_DAYPART}{NLA})?"
)
HOUR_RE = re.compile(rf"(?P<h>{_H1})(?:\s*{_AMPM}|\s+(?:η\s+ωρα\s+)?το\s+{_DAYPART}{NLA})")
_TPRE_BACK = re.compile(rf"{NL}{_TPRE}\Z")
_TIME_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?:εωσ|μεχρι|ωσ)(?:\s+και)?\s+(?:τισ\s+|τη\s+)?")
# Between a date and its time in the same phrase: only connective words.
_STRICT_GAP = re.compile(
    r"[\s,(–-]*(?:(?:και|η)\s+)?(?:(?:ωρα(?:\s+εναρξησ|\s+προσελευσησ)?|ωρεσ|ωρασ|στισ|στη|"
    r"απο\s+τισ|περι\s+τισ|γυρω\s+στισ|τισ|την|τη|το)\s*:?)?[\s,(]*"
)
_SAME_TIME = re.compile(r"[\s,]*(?:(?:την|στην|και)\s+)?ιδια\s+ωρα")
_SENTENCE_BREAK = re.compile(r"[.;·!?\n\d\u037e\u0387]")
_MONEY_AFTER = re.compile(r"\s*(?:ευρω|ευρ\.|€|%|λεπτα)")


@dataclass
class _TimeCand:
    fs: int
    fe: int
    time: str
    weak: bool  # "19.00" without "στις"/"ώρα"/"μ.μ.": kept only next to a date


def to_24h(h: int, ap: str | None, part: str | None) -> int:
    """Apply π.μ./μ.μ. or "το πρωί/απόγευμα/βράδυ" to a 12-hour clock reading."""
    if h > 12:
        return h
    pm = bool(ap and ap.startswith("μ")) or part in ("απογευμα", "βραδυ") or (part == "μεσημερι" and h < 6)
    am = bool(ap and ap.startswith("π")) or part == "πρωι"
    if pm and h < 12:
        return h + 12
    if am and h == 12:
        return 0
    return h


def _times(ctx: MatchContext, dates: list[Candidate]) -> list[_TimeCand]:
    """Time expressions outside the dates, time ranges merged into one."""
    found: list[_TimeCand] = []
    for pattern in (TIME_RE, HOUR_RE):
        for m in pattern.finditer(ctx.folded):
            h = int(m.group("h"))
            if h > (23 if pattern is TIME_RE else 12) or (pattern is HOUR_RE and h == 0):
                continue
            mi = int(m.group("mi")) if "mi" in pattern.groupindex else 0
            ap, part = m.group("ap"), m.group("part")
            pre = _TPRE_BACK.search(ctx.folded, max(0, m.start() - 30), m.start())
            if part and pattern is HOUR_RE and not pre:
                continue  # "7 το απόγευμα" needs "στις"
            h = to_24h(h, ap, part)
            weak = pattern is TIME_RE and m.group("sep") == "." and not (pre or ap or part)
            found.append(_TimeCand(m.start(), m.end(), f"{h:02d}:{mi:02d}", weak))
    in_dates = Coverage(len(ctx.folded))
    for d in dates:
        in_dates.add(d.fs, d.fe)
    found = [t for t in select_longest(found, len(ctx.folded)) if not in_dates.overlaps(t.fs, t.fe)]
    found.sort(key=lambda t: t.fs)
    merged: list[_TimeCand] = []
    for t in found:
        if merged and _TIME_RANGE_GAP.fullmatch(ctx.folded, merged[-1].fe, t.fs):
            merged[-1].fe, merged[-1].weak = t.fe, False
        else:
            merged.append(t)
    return merged


def attach_times(ctx: MatchContext, dates: list[Candidate]) -> None:
    """Give each time to a date in the same phrase; the rest become time-only mentions.

    ``dates`` do not overlap, so sorted by start they are sorted by end too: the dates on
    either side of a time are found by bisection.
    """
    times = _times(ctx, dates)
    dates.sort(key=lambda c: c.fs)
    starts = [d.fs for d in dates]
    ends = [d.fe for d in dates]
    taken: set[int] = set()
    lone: list[Candidate] = []
    folded = ctx.folded
    for t in times:
        # (date index, gap start, gap end); gaps are read in place, never copied
        sides: list[tuple[int, int, int]] = []
        before = bisect_right(ends, t.fs) - 1  # the last date ending before the time
        if before >= 0:
            sides.append((before, dates[before].fe, t.fs))
        after = bisect_left(starts, t.fe)  # the first date starting after it
        if after < len(dates):
            sides.append((after, t.fe, dates[after].fs))
        sides = [side for side in sides if side[0] not in taken]
        # preceding date first; only connectives between ("7 Ιουνίου 2018 και ώρα 19:00") ...
        choice = next((i for i, gs, ge in sides if _STRICT_GAP.fullmatch(folded, gs, ge)), None)
        if choice is None and not t.weak:
            # ... else a few words of the same clause, for single days only: "καθημερινά
            # από τις 22:00" after a date range is a daily schedule, not the start time
            choice = next(
                (
                    i
                    for i, gs, ge in sides
                    if dates[i].mention.date_end is None
                    and ge - gs <= 60
                    and len(folded[gs:ge].split()) <= 8
                    and not _SENTENCE_BREAK.search(folded, gs, ge)
                ),
                None,
            )
        if t.weak and (choice is None or _MONEY_AFTER.match(folded, t.fe)):
            continue
        if choice is not None:
            # the span stays the date's own ("Πέμπτη 11 Απριλίου 2024"); the time is an attribute
            taken.add(choice)
            dates[choice].mention.time = t.time
        else:
            lone.append(Candidate(t.fs, t.fe, DateMention(0, 0, "", time=t.time)))
    # "θα επαναληφθεί την Παρασκευή 15 Νοεμβρίου την ίδια ώρα": the time said before
    last_time = None
    for d in sorted(dates + lone, key=lambda c: c.fs):
        if d.mention.time is not None:
            last_time = d.mention.time
        elif last_time is not None and _SAME_TIME.match(folded, d.fe):
            d.mention.time = last_time
    dates.extend(lone)
