"""Greek dates and times -> ISO, with character offsets.

Own rules instead of dateparser.search_dates, which on Greek matched "15%" and phone
numbers. Matching runs on an accent/case/final-sigma-folded copy of the text (so
"ΟΚΤΩΒΡΙΟΥ", "Οκτωβρίου" and "Μαΐου"/"ΜΑΪΟΥ" are one form each) and offsets are mapped
back to the original text. Only day-month-year order is read (Greek usage).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from keryx.lang.el import read_json
from keryx.lang.el.text import fold

__all__ = ["DateFinder", "DateMention", "find_dates", "parse_date"]


@dataclass
class DateMention:
    """One date/time expression; offsets index the text given to find_dates, end exclusive."""

    start: int
    end: int
    text: str
    date: str | None = None  # "YYYY-MM-DD" or "YYYY-MM"
    date_end: str | None = None  # for ranges
    time: str | None = None  # "HH:MM", 24h; for time ranges the start
    relative: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Lexicon:
    """Folded vocabulary from resources/dates.json."""

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

    @classmethod
    def load(cls) -> _Lexicon:
        raw = read_json("dates.json")
        months = {fold(f): m["month"] for m in raw["months"] for f in m["forms"]}
        month_abbr = {
            fold(f): m["month"] for m in raw["months"] for f in m["abbreviations"]
        }
        weekdays = {fold(f): w["weekday"] for w in raw["weekdays"] for f in w["forms"]}
        weekday_abbr = {
            fold(f): w["weekday"] for w in raw["weekdays"] for f in w["abbreviations"]
        }
        names = tuple(
            w["name"] for w in sorted(raw["weekdays"], key=lambda w: w["weekday"])
        )
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
        )


# Regex building blocks, all on folded text (lower case, no accents, final sigma as "σ").
_NL = r"(?<![^\W\d_])"  # not preceded by a letter
_NLA = r"(?![^\W\d_])"  # not followed by a letter
_ART = r"(?:τισ\s+|την\s+|τη\s+)"
_CONN = (
    rf"(?P<conn>\s*[-–—]\s*|\s+(?:εωσ|μεχρι|ωσ)(?:\s+και)?\s+{_ART}?|\s+και\s+{_ART}?)"
)
_NUM_TAIL = r"(?!\d)(?![/.\-]\d)"
# "π.μ." / "μ.μ." / "πμ" / "μμ", but not the "Μ.Μ." of "Μ.Μ.Μ." (μέσα μαζικής μεταφοράς).
_AMPM = r"(?P<ap>[πμ]\.\s?μ\.(?!\s?[^\W\d_]\.)|[πμ]\.\s?μ(?![.\w])|[πμ]μ(?![\w.]))"
_DAYPART = r"(?P<part>πρωι|μεσημερι|απογευμα|βραδυ)"
_TPRE = (
    r"(?P<pre>(?:(?:και|η)\s+)?(?:ωρα(?:\s+εναρξησ|\s+προσελευσησ)?|ωρεσ|ωρασ|στισ|στη|"
    r"απο\s+τισ|εωσ\s+τισ|μεχρι\s+τισ|περι\s+τισ|γυρω\s+στισ|τισ)\s*:?\s*)"
)
# Digit-first patterns let the regex engine skip quickly to digits; the guard lookbehinds sit
# after the first digit and test the character before it (no letter, digit, or "4." before).
_D1 = r"\d(?<![^\W\d_]\d)(?<!\d\d)(?<!\d[/.:,\-–]\d)\d?(?!\d)"
_H1 = r"\d(?<![^\W\d_]\d)(?<!\d\d)(?<!\d[/.:,]\d)\d?(?!\d)"  # "18:00-20:00": a dash may precede
_TIME_RE = re.compile(
    rf"(?P<h>{_H1})(?P<sep>[:.])(?P<mi>[0-5]\d)(?::[0-5]\d)?(?!\d)(?![.,:]\d)"
    rf"(?:\s*{_AMPM}|\s+(?:το\s+)?{_DAYPART}{_NLA})?"
)
_HOUR_RE = re.compile(
    rf"(?P<h>{_H1})(?:\s*{_AMPM}|\s+(?:η\s+ωρα\s+)?το\s+{_DAYPART}{_NLA})"
)
_TPRE_BACK = re.compile(rf"{_NL}{_TPRE}\Z")
_COMBINING = re.compile(
    "[\u0300-\u036f\u0345\u0483-\u0489\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_TIME_RANGE_GAP = re.compile(
    r"\s*[-–—]\s*|\s+(?:εωσ|μεχρι|ωσ)(?:\s+και)?\s+(?:τισ\s+|τη\s+)?"
)
# Between a date and its time in the same phrase: only connective words.
_STRICT_GAP = re.compile(
    r"[\s,(–-]*(?:(?:και|η)\s+)?(?:(?:ωρα(?:\s+εναρξησ|\s+προσελευσησ)?|ωρεσ|ωρασ|στισ|στη|"
    r"απο\s+τισ|περι\s+τισ|γυρω\s+στισ|τισ|την|τη|το)\s*:?)?[\s,(]*"
)
_RECURRING = re.compile(
    r"[\s,]+(?:του\s+)?(?:καθε|εκαστου)\s+(?:σχολικου\s+|ημερολογιακου\s+)?(?:ετουσ|χρονου|χρονο)"
)
_DAY_LIST_BACK = re.compile(r"(?<![\d.,/])(?P<first>\d\d?)(?:\s*,\s*\d\d?)*\s*,\s*\Z")
_SAME_TIME = re.compile(r"[\s,]*(?:(?:την|στην|και)\s+)?ιδια\s+ωρα")
_SENTENCE_BREAK = re.compile(r"[.;·!?\n\d\u037e\u0387]")
_MONEY_AFTER = re.compile(r"\s*(?:ευρω|ευρ\.|€|%|λεπτα)")
_PARSE_FILLER = frozenset(
    [
        "την",
        "τη",
        "το",
        "τον",
        "του",
        "τησ",
        "τισ",
        "στισ",
        "στη",
        "στην",
        "στο",
        "στον",
        "κατα",
        "απο",
        "εωσ",
        "μεχρι",
        "ωρα",
        "ωρεσ",
        "εναρξησ",
        "και",
        "η",
    ]
)


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so "μαρτιου" beats "μαρ"."""
    return "|".join(
        re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))
    )


def _is_letter(c: str) -> bool:
    return c.isalpha()


def _day(m: re.Match[str], n: str) -> int | None:
    d = int(m.group(n))
    return d if 1 <= d <= 31 else None


def _year(s: str) -> int | None:
    """Two-digit years are 20xx below 70, else 19xx; four-digit years must be plausible."""
    y = int(s)
    if len(s) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y if 1900 <= y <= 2100 else None


@dataclass
class _Cand:
    """A mention while offsets still index the folded text."""

    fs: int
    fe: int
    mention: DateMention
    prio: int = 0


@dataclass
class _TimeCand:
    fs: int
    fe: int
    time: str
    weak: bool  # "19.00" without "στις"/"ώρα"/"μ.μ.": kept only next to a date


class _Ctx:
    """One find() call: original text, folded copy, offset map, publication date."""

    def __init__(
        self, text: str, published: dt.date | None, table: dict[int, str]
    ) -> None:
        self.text = text
        if isinstance(published, dt.datetime):
            published = published.date()
        self.published = published
        self._idx: list[int] | None = None
        self.fs = 0  # where the current match's span starts (weekday prefix included)
        self.wd1: int | None = None  # weekday written before the current match
        if not _COMBINING.search(text):
            # one char for one char; characters outside the table stay as they are
            self.folded = text.translate(table)
        else:  # decomposed accents: fold char by char and keep an offset map
            parts: list[str] = []
            idx: list[int] = []
            for i, c in enumerate(text):
                fc = fold(c)
                parts.append(fc)
                idx.extend([i] * len(fc))
            idx.append(len(text))
            self.folded, self._idx = "".join(parts), idx

    def orig(self, fs: int, fe: int) -> tuple[int, int]:
        if self._idx is None:
            return fs, fe
        # idx[fe] is where the next folded char came from: dropped combining marks stay inside
        return self._idx[fs], self._idx[fe]

    def surface(self, fs: int, fe: int) -> str:
        s, e = self.orig(fs, fe)
        return self.text[s:e]


_Handler = Callable[[re.Match[str], _Ctx], "DateMention | None"]


class DateFinder:
    """Compiled rules for Greek date/time expressions; build once, reuse."""

    def __init__(self, lexicon: _Lexicon | None = None) -> None:
        lx = lexicon or _Lexicon.load()
        self._lx = lx
        mfull, mab = _alt(lx.months), _alt(lx.month_abbr)
        wfull, wab = _alt(lx.weekdays), _alt(lx.weekday_abbr)
        adj = _alt(lx.rel_next | lx.rel_last)
        ordn = _alt(lx.ordinals)

        def mon(n: str) -> str:
            return rf"(?:(?P<{n}>{mfull}){_NLA}|(?P<{n}a>{mab})(?:\.|{_NLA}))"

        def wd_core(n: str) -> str:
            return (
                rf"{_NL}(?:(?P<{n}adj>{adj})\s+)?(?:(?P<{n}>{wfull}){_NLA}|(?P<{n}a>{wab})(?:\.|{_NLA}))"
                r"(?:\s*,\s*|\s+)"
            )

        def wd(n: str) -> str:
            return rf"(?:{wd_core(n)})?"

        def day(n: str, guard: bool = True, ordinal: bool = True) -> str:
            # 1-31 is checked in the handlers: a pattern that opens on \d scans fast
            core = _D1 if guard else r"\d\d?(?!\d)"
            o = rf"(?:(?:{ordn}){_NLA})?" if ordinal else ""
            return rf"(?P<{n}>{core}){o}"

        def year(n: str) -> str:
            return rf"(?P<{n}>1[89]\d\d|20\d\d)(?!\d)(?![.,]\d)"

        def yopt(n: str) -> str:
            return rf"(?:\s+(?:του\s+)?{year(n)})?"

        def mo(n: str) -> str:
            return rf"(?P<{n}>1[0-2]|0?[1-9])"

        def ny(n: str) -> str:
            return rf"(?P<{n}>\d{{4}}|\d{{2}})"

        c = re.compile
        # (pattern, handler, priority, may carry a weekday before it)
        self._date_rules: tuple[tuple[re.Pattern[str], _Handler, int, bool], ...] = (
            (
                c(
                    day("d1")
                    + rf"(?:\s+{mon('m1')}{yopt('y1')})?"
                    + _CONN
                    + wd("w2")
                    + day("d2", guard=False)
                    + rf"\s+{mon('m2')}{yopt('y2')}"
                ),
                self._range_text,
                0,
                True,
            ),
            (
                c(
                    day("d1", ordinal=False)
                    + r"(?P<s1>[/.\-])"
                    + mo("mo1")
                    + rf"(?:(?P=s1){ny('y1')})?"
                    + _CONN
                    + wd("w2")
                    + day("d2", guard=False, ordinal=False)
                    + r"(?P<s2>[/.\-])"
                    + mo("mo2")
                    + r"(?P=s2)"
                    + ny("y2")
                    + _NUM_TAIL
                ),
                self._range_num,
                0,
                True,
            ),
            (c(day("d1") + rf"\s+{mon('m1')}{yopt('y1')}"), self._single_text, 1, True),
            (
                c(
                    day("d1", ordinal=False)
                    + r"(?P<s1>[/.\-])"
                    + mo("mo1")
                    + r"(?P=s1)"
                    + ny("y1")
                    + _NUM_TAIL
                ),
                self._single_num,
                1,
                True,
            ),
            (
                c(
                    r"(?P<y1>[12](?<![\d/.\-][12])\d{3})-(?P<mo1>1[0-2]|0[1-9])-(?P<d1>3[01]|[12]\d|0[1-9])(?!\d)(?!-\d)"
                ),
                self._iso,
                1,
                False,
            ),
            # found from the year backwards: scanning for digits is far cheaper than for month names
            (
                c(r"(?P<y1>[12](?<!\d[12])\d{3})(?!\d)(?![.,]\d)"),
                self._month_only,
                2,
                False,
            ),
            (
                c(
                    rf"(?P<rw>{_alt(lx.rel_days)}){_NLA}|(?P<adj>{adj})\s+(?:(?P<w1>{wfull})|"
                    rf"(?P<unit>{_alt(lx.week_units | lx.month_units)})){_NLA}"
                ),
                self._relative_rule,
                3,
                False,
            ),
        )
        self._month_back = c(rf"{_NL}{mon('m1')}\s+(?:του\s+)?\Z")
        self._wd_prefix = c(wd_core("w1") + r"\Z")  # searched backwards from the day
        # str.translate table equal to fold() for every character where fold keeps the length
        table: dict[int, str] = {}
        for cp in (
            *range(0x41, 0x5B),
            *range(0xC0, 0x250),
            *range(0x370, 0x400),
            *range(0x1F00, 0x2000),
        ):
            folded = fold(chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
        self._fold_table = table

    # ---------------------------------------------------------------- public

    def find(self, text: str, published: dt.date | None = None) -> list[DateMention]:
        """All date/time mentions in text, in order, non-overlapping."""
        ctx = _Ctx(text, published, self._fold_table)
        folded = ctx.folded
        cands: list[_Cand] = []
        for pattern, handler, prio, prefixed in self._date_rules:
            for m in pattern.finditer(folded):
                fs = m.start()
                if not prefixed and fs > 0 and _is_letter(folded[fs - 1]):
                    continue
                wd1 = None
                if prefixed:  # "Τρίτη 12 Μαρτίου", "ερχόμενη Παρασκευή, 4/10": weekday joins the span
                    pre = self._wd_prefix.search(folded, max(0, fs - 40), fs)
                    if pre is not None:
                        fs, wd1 = pre.start(), self._weekday(pre, "w1")
                ctx.fs, ctx.wd1 = fs, wd1
                mention = handler(m, ctx)
                if mention is not None:
                    # "από"/"μεταξύ"/articles stay outside the span ("3 έως 5 Μαΐου 2024")
                    cands.append(_Cand(ctx.fs, m.end(), mention, prio))
        dates = _select(cands)
        self._attach_times(ctx, dates)
        out: list[DateMention] = []
        for cand in dates:
            s, e = ctx.orig(cand.fs, cand.fe)
            mention = cand.mention
            mention.start, mention.end, mention.text = s, e, text[s:e]
            mention.warnings = list(dict.fromkeys(mention.warnings))
            out.append(mention)
        out.sort(key=lambda m: m.start)
        return out

    # -------------------------------------------------------------- helpers

    def _month(self, m: re.Match[str], n: str) -> int | None:
        full = m.group(n)
        if full is not None:
            return self._lx.months[full]
        ab = m.group(n + "a")
        return self._lx.month_abbr[ab] if ab is not None else None

    def _weekday(self, m: re.Match[str], n: str) -> int | None:
        if n not in m.re.groupindex:
            return None
        full = m.group(n)
        if full is not None:
            return self._lx.weekdays[full]
        ab = m.group(n + "a") if n + "a" in m.re.groupindex else None
        return self._lx.weekday_abbr[ab] if ab is not None else None

    def _wd_name(self, wd: int) -> str:
        return self._lx.weekday_names[wd]

    def _check_weekday(
        self, date: dt.date, wd: int | None, surface: str, warnings: list[str]
    ) -> None:
        if wd is not None and date.weekday() != wd:
            warnings.append(
                f"weekday mismatch: '{surface}' names {self._wd_name(wd)} but {date.isoformat()} "
                f"is a {self._wd_name(date.weekday())}"
            )

    def _resolve(
        self,
        d: int,
        mo: int,
        y: int | None,
        wd: int | None,
        ctx: _Ctx,
        surface: str,
        warnings: list[str],
    ) -> dt.date | None:
        """Calendar-checked date; a missing year is the one nearest publication (weekday-consistent)."""
        if y is not None:
            try:
                date = dt.date(y, mo, d)
            except ValueError:
                warnings.append(f"invalid calendar date: '{surface}'")
                return None
            self._check_weekday(date, wd, surface, warnings)
            return date
        pub = ctx.published
        if pub is None:
            warnings.append(f"year unknown: '{surface}'")
            return None
        options: list[dt.date] = []
        for yy in (pub.year - 1, pub.year, pub.year + 1):
            try:
                options.append(dt.date(yy, mo, d))
            except ValueError:
                pass
        if not options:
            warnings.append(f"invalid calendar date: '{surface}'")
            return None
        options.sort(key=lambda o: abs((o - pub).days))
        if wd is not None:
            fitting = [o for o in options if o.weekday() == wd]
            if fitting:
                return fitting[0]
        self._check_weekday(options[0], wd, surface, warnings)
        return options[0]

    # ------------------------------------------------------------- handlers

    def _single_text(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        d = _day(m, "d1")
        if d is None:
            return None
        warnings: list[str] = []
        mo = self._month(m, "m1")
        assert mo is not None
        y = int(m.group("y1")) if m.group("y1") else None
        if y is None and _RECURRING.match(ctx.folded, m.end()):
            # "έως τις 31 Μαΐου κάθε έτους" is every year, not one date
            return DateMention(
                0,
                0,
                "",
                warnings=[f"recurring yearly date: '{ctx.surface(ctx.fs, m.end())}'"],
            )
        date = self._resolve(
            d, mo, y, ctx.wd1, ctx, ctx.surface(ctx.fs, m.end()), warnings
        )
        return DateMention(
            0, 0, "", date=date.isoformat() if date else None, warnings=warnings
        )

    def _single_num(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        y, d = _year(m.group("y1")), _day(m, "d1")
        if y is None or d is None:
            return None
        try:
            date = dt.date(y, int(m.group("mo1")), d)
        except ValueError:
            return None  # "31/02/2019" is more likely not a date than a typo
        warnings: list[str] = []
        self._check_weekday(date, ctx.wd1, ctx.surface(ctx.fs, m.end()), warnings)
        return DateMention(0, 0, "", date=date.isoformat(), warnings=warnings)

    def _iso(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        y = int(m.group("y1"))
        if not 1900 <= y <= 2100:
            return None
        try:
            date = dt.date(y, int(m.group("mo1")), int(m.group("d1")))
        except ValueError:
            return None
        return DateMention(0, 0, "", date=date.isoformat())

    def _month_only(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        y = int(m.group("y1"))
        if not 1800 <= y <= 2100:
            return None
        back = self._month_back.search(ctx.folded, max(0, m.start() - 30), m.start())
        if back is None:
            return None
        ctx.fs = back.start()
        return DateMention(0, 0, "", date=f"{y:04d}-{self._month(back, 'm1'):02d}")

    def _range(
        self,
        m: re.Match[str],
        ctx: _Ctx,
        d1: int,
        mo1: int | None,
        y1: int | None,
        d2: int,
        mo2: int,
        y2: int | None,
    ) -> DateMention | None:
        surface = ctx.surface(ctx.fs, m.end())
        warnings: list[str] = []
        wd1, wd2 = ctx.wd1, self._weekday(m, "w2")
        end = self._resolve(d2, mo2, y2, wd2, ctx, surface, warnings)
        explicit_month = mo1 is not None
        mo1 = mo1 if mo1 is not None else mo2
        if y1 is None and end is not None:
            y1 = end.year - 1 if explicit_month and (mo1, d1) > (mo2, d2) else end.year
        elif y1 is None and y2 is not None:
            y1 = y2
        start = self._resolve(d1, mo1, y1, wd1, ctx, surface, warnings)
        if start is not None and end is not None and start > end:
            warnings.append(f"range ends before it starts: '{surface}'")
            start = end = None
        return DateMention(
            0,
            0,
            "",
            date=start.isoformat() if start else None,
            date_end=end.isoformat() if end else None,
            warnings=warnings,
        )

    def _range_text(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        mo1 = self._month(m, "m1")
        if mo1 is not None and m.group("conn").strip().startswith("και"):
            return None  # "3 Μαΐου και 5 Ιουνίου" are two dates, not a range
        mo2 = self._month(m, "m2")
        assert mo2 is not None
        y1 = int(m.group("y1")) if m.group("y1") else None
        y2 = int(m.group("y2")) if m.group("y2") else None
        d1, d2 = _day(m, "d1"), _day(m, "d2")
        if d1 is None or d2 is None:
            return None
        if mo1 is None and ctx.wd1 is None and m.group("conn").strip() == "και":
            # "3, 4 και 5 Μαΐου": the list of days runs from its first day
            back = _DAY_LIST_BACK.search(ctx.folded, max(0, ctx.fs - 30), ctx.fs)
            if back is not None and 1 <= int(back.group("first")) < d1:
                ctx.fs, d1 = back.start(), int(back.group("first"))
        return self._range(m, ctx, d1, mo1, y1, d2, mo2, y2)

    def _range_num(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        mo1, mo2 = int(m.group("mo1")), int(m.group("mo2"))
        if m.group("conn").strip().startswith("και") and mo1 != mo2:
            return None
        y2 = _year(m.group("y2"))
        y1 = _year(m.group("y1")) if m.group("y1") else None
        d1, d2 = _day(m, "d1"), _day(m, "d2")
        if y2 is None or (m.group("y1") and y1 is None) or d1 is None or d2 is None:
            return None
        try:
            dt.date(y2, mo2, d2)
            dt.date(y1 or y2, mo1, d1)
        except ValueError:
            return None
        return self._range(m, ctx, d1, mo1, y1, d2, mo2, y2)

    def _relative(
        self,
        date: dt.date | None,
        ctx: _Ctx,
        surface: str,
        date_end: dt.date | None = None,
        month: bool = False,
    ) -> DateMention:
        if ctx.published is None:
            return DateMention(
                0,
                0,
                "",
                relative=True,
                warnings=[f"relative date without publication date: '{surface}'"],
            )
        assert date is not None
        iso = date.isoformat()[:7] if month else date.isoformat()
        return DateMention(
            0,
            0,
            "",
            date=iso,
            date_end=date_end.isoformat() if date_end else None,
            relative=True,
        )

    def _relative_rule(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if m.group("rw"):
            return self._rel_day(m, ctx)
        if m.group("w1"):
            return self._rel_weekday(m, ctx)
        return self._rel_unit(m, ctx)

    def _rel_day(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        pub = ctx.published
        date = (
            pub + dt.timedelta(days=self._lx.rel_days[m.group("rw")]) if pub else None
        )
        return self._relative(date, ctx, ctx.surface(m.start(), m.end()))

    def _rel_weekday(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        pub = ctx.published
        date = None
        if pub is not None:
            wd = self._lx.weekdays[m.group("w1")]
            if m.group("adj") in self._lx.rel_next:
                date = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
            else:
                date = pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)
        return self._relative(date, ctx, ctx.surface(m.start(), m.end()))

    def _rel_unit(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        pub = ctx.published
        step = 1 if m.group("adj") in self._lx.rel_next else -1
        surface = ctx.surface(m.start(), m.end())
        if pub is None:
            return self._relative(None, ctx, surface)
        if m.group("unit") in self._lx.week_units:
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
            return self._relative(
                monday, ctx, surface, date_end=monday + dt.timedelta(days=6)
            )
        months = pub.year * 12 + pub.month - 1 + step
        return self._relative(
            dt.date(months // 12, months % 12 + 1, 1), ctx, surface, month=True
        )

    # ---------------------------------------------------------------- times

    def _times(self, ctx: _Ctx, dates: list[_Cand]) -> list[_TimeCand]:
        """Time expressions outside the dates, time ranges merged into one."""
        found: list[_TimeCand] = []
        for pattern in (_TIME_RE, _HOUR_RE):
            for m in pattern.finditer(ctx.folded):
                h = int(m.group("h"))
                if h > (23 if pattern is _TIME_RE else 12) or (
                    pattern is _HOUR_RE and h == 0
                ):
                    continue
                mi = int(m.group("mi")) if "mi" in pattern.groupindex else 0
                ap, part = m.group("ap"), m.group("part")
                pre = _TPRE_BACK.search(ctx.folded, max(0, m.start() - 30), m.start())
                if part and pattern is _HOUR_RE and not pre:
                    continue  # "7 το απόγευμα" needs "στις"
                h = _to_24h(h, ap, part)
                weak = (
                    pattern is _TIME_RE
                    and m.group("sep") == "."
                    and not (pre or ap or part)
                )
                fs = m.start()
                found.append(_TimeCand(fs, m.end(), f"{h:02d}:{mi:02d}", weak))
        found = [
            t
            for t in _select_spans(found)
            if not any(t.fs < d.fe and d.fs < t.fe for d in dates)
        ]
        found.sort(key=lambda t: t.fs)
        merged: list[_TimeCand] = []
        for t in found:
            if merged and _TIME_RANGE_GAP.fullmatch(ctx.folded, merged[-1].fe, t.fs):
                merged[-1].fe, merged[-1].weak = t.fe, False
            else:
                merged.append(t)
        return merged

    def _attach_times(self, ctx: _Ctx, dates: list[_Cand]) -> None:
        """Give each time to a date in the same phrase; the rest become time-only mentions."""
        times = self._times(ctx, dates)
        dates.sort(key=lambda c: c.fs)
        taken: set[int] = set()
        lone: list[_Cand] = []
        folded = ctx.folded
        for t in times:
            prev = [i for i, d in enumerate(dates) if d.fe <= t.fs]
            nxt = [i for i, d in enumerate(dates) if d.fs >= t.fe]
            sides: list[tuple[int, str]] = []
            if prev:
                sides.append((prev[-1], folded[dates[prev[-1]].fe : t.fs]))
            if nxt:
                sides.append((nxt[0], folded[t.fe : dates[nxt[0]].fs]))
            sides = [(i, gap) for i, gap in sides if i not in taken]
            # preceding date first; only connectives between ("7 Ιουνίου 2018 και ώρα 19:00") ...
            choice = next((i for i, gap in sides if _STRICT_GAP.fullmatch(gap)), None)
            if choice is None and not t.weak:
                # ... else a few words of the same clause, for single days only: "καθημερινά
                # από τις 22:00" after a date range is a daily schedule, not the start time
                choice = next(
                    (
                        i
                        for i, gap in sides
                        if dates[i].mention.date_end is None
                        and len(gap) <= 60
                        and len(gap.split()) <= 8
                        and not _SENTENCE_BREAK.search(gap)
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
                lone.append(_Cand(t.fs, t.fe, DateMention(0, 0, "", time=t.time)))
        # "θα επαναληφθεί την Παρασκευή 15 Νοεμβρίου την ίδια ώρα": the time said before
        last_time = None
        for d in sorted(dates + lone, key=lambda c: c.fs):
            if d.mention.time is not None:
                last_time = d.mention.time
            elif last_time is not None and _SAME_TIME.match(folded, d.fe):
                d.mention.time = last_time
        dates.extend(lone)


def _to_24h(h: int, ap: str | None, part: str | None) -> int:
    """Apply π.μ./μ.μ. or "το πρωί/απόγευμα/βράδυ" to a 12-hour clock reading."""
    if h > 12:
        return h
    pm = (
        bool(ap and ap.startswith("μ"))
        or part in ("απογευμα", "βραδυ")
        or (part == "μεσημερι" and h < 6)
    )
    am = bool(ap and ap.startswith("π")) or part == "πρωι"
    if pm and h < 12:
        return h + 12
    if am and h == 12:
        return 0
    return h


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidates first, then rule priority; drop anything overlapping a chosen one."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.fs - c.fe, c.prio, c.fs)):
        if not any(c.fs < o.fe and o.fs < c.fe for o in chosen):
            chosen.append(c)
    return chosen


def _select_spans(times: list[_TimeCand]) -> list[_TimeCand]:
    chosen: list[_TimeCand] = []
    for t in sorted(times, key=lambda t: (t.fs - t.fe, t.fs)):
        if not any(t.fs < o.fe and o.fs < t.fe for o in chosen):
            chosen.append(t)
    return chosen


@lru_cache(maxsize=1)
def _default_finder() -> DateFinder:
    return DateFinder()


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date, date range, relative date and time in a Greek text, with offsets."""
    return _default_finder().find(text, published)


def parse_date(text: str, published: dt.date | None = None) -> DateMention | None:
    """The single expression that makes up ``text`` (articles/prepositions around it allowed)."""
    mentions = find_dates(text, published)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    rest = fold(text[: m.start] + " " + text[m.end :])
    if m.time is not None:  # the attached time sits outside the date's span
        rest = _HOUR_RE.sub(" ", _TIME_RE.sub(" ", rest))
    words = re.findall(r"\w+", rest)
    if any(w not in _PARSE_FILLER for w in words):
        return None
    return m
