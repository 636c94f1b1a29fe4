"""Greek dates and times -> ISO, with character offsets: the registry of rules, run over a text.

Own rules instead of dateparser.search_dates, which on Greek matched "15%" and phone
numbers. Matching runs on an accent/case/final-sigma-folded copy of the text (so
"ΟΚΤΩΒΡΙΟΥ", "Οκτωβρίου" and "Μαΐου"/"ΜΑΪΟΥ" are one form each) and offsets are mapped
back to the original text. Only day-month-year order is read (Greek usage). Each format is
one rule in :mod:`keryx.dates.rules`; this module runs them all, keeps the longest
non-overlapping matches and gives times to their dates. Cost is linear in the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from keryx.dates.context import Candidate, MatchContext
from keryx.dates.lexicon import RESOURCE, DateLexicon
from keryx.dates.model import DateMention
from keryx.dates.patterns import WRITTEN_YEAR, PatternKit
from keryx.dates.resolve import weekday
from keryx.dates.rules import RULES, DateRule
from keryx.dates.spans import select_longest
from keryx.dates.times import HOUR_RE, TIME_RE, attach_times
from keryx.lang.el import read_text
from keryx.lang.el.text import fold, function_words

__all__ = ["DateFinder", "DateMention", "find_dates", "finder_for", "parse_date"]

# Words that may surround the one expression parse_date accepts.
_PARSE_FILLER = frozenset(
    ["την", "τη", "το", "τον", "του", "τησ", "τισ", "στισ", "στη", "στην", "στο", "στον", "κατα",
     "απο", "εωσ", "μεχρι", "ωρα", "ωρεσ", "εναρξησ", "και", "η"]
)


class DateFinder:
    """Compiled date rules for Greek; build once, reuse."""

    def __init__(self, lexicon: DateLexicon | None = None,
                 rules: Sequence[type[DateRule]] = RULES) -> None:
        self.lexicon = lexicon or DateLexicon.default()
        kit = PatternKit(self.lexicon)
        self.rules: tuple[DateRule, ...] = tuple(rule(kit) for rule in rules)
        self._wd_prefix = re.compile(kit.weekday_core("w1") + r"\Z")  # searched back from the day
        self._framed_year = re.compile(kit.framed_year())

    def find(self, text: str, published: dt.date | None = None) -> list[DateMention]:
        """All date/time mentions in text, in order, non-overlapping."""
        ctx = MatchContext(text, published, self.lexicon)
        if ctx.published is None:
            ctx.headline_year = headline_year(ctx.folded, self._framed_year, text)
        dates = self._match(ctx)
        if ctx.year_unknown and ctx.published is None:
            # a second pass gives year-less dates the year the text's full dates make plain
            firm = self._anchored_pass(ctx, [c for c in dates if c.mention.year_from is None])
            if any(c.mention.year_from for c in dates):
                # a paragraph's year anchors the text's other dates too, but what rests on it
                # is as weak as it is: a date the firm dates alone leave open says so
                told = {(c.fs, c.fe, c.mention.date, c.mention.date_end) for c in (firm or dates)
                        if c.mention.year_from is None}
                chained = self._anchored_pass(ctx, dates)
                for c in chained or ():
                    if c.mention.date and (c.fs, c.fe, c.mention.date, c.mention.date_end) not in told \
                            and not c.mention.weekday_fits:
                        c.mention.year_from = "paragraph"
                firm = chained or firm
            dates = firm or dates
        attach_times(ctx, dates)
        out: list[DateMention] = []
        for cand in dates:
            s, e = ctx.orig(cand.fs, cand.fe)
            mention = cand.mention
            mention.start, mention.end, mention.text = s, e, text[s:e]
            mention.warnings = list(dict.fromkeys(mention.warnings))
            out.append(mention)
        out.sort(key=lambda m: m.start)
        return out

    def _anchored_pass(self, ctx: MatchContext, anchors: Sequence[Candidate]) -> list[Candidate] | None:
        """Match again with the years ``anchors`` write (:func:`keryx.dates.resolve.year_from_anchors`,
        :func:`keryx.dates.resolve.year_from_month`); None when they write none."""
        anchored = _anchors(anchors)
        ctx.month_years = _month_years(anchors)
        ctx.anchors, ctx.anchor_years, ctx.anchor_spans = (), frozenset(), ()
        if anchored is not None:
            ctx.anchors, ctx.anchor_years = anchored
            ctx.anchor_spans = tuple(
                (c.fs, dt.date.fromisoformat(c.mention.date)) for c in anchors
                if not c.mention.relative and c.mention.date and len(c.mention.date) == 10
                and c.mention.date_end is None)
        if anchored is None and not ctx.month_years:
            return None
        first = _FIRST_YEAR.search(ctx.folded)
        ctx.first_year = int(first.group()) if first else None
        return self._match(ctx)

    def _match(self, ctx: MatchContext) -> list[Candidate]:
        """Every rule over the folded text; the longest non-overlapping matches."""
        folded = ctx.folded
        cands: list[Candidate] = []
        for rule in self.rules:
            for m in rule.regex.finditer(folded):
                fs = m.start()
                if not rule.weekday_prefix and fs > 0 and folded[fs - 1].isalpha():
                    continue
                wd1 = None
                if rule.weekday_prefix:
                    # "Τρίτη 12 Μαρτίου", "ερχόμενη Παρασκευή, 4/10": the weekday joins the span
                    pre = self._wd_prefix.search(folded, max(0, fs - 40), fs)
                    if pre is not None:
                        fs, wd1 = pre.start(), weekday(ctx, pre, "w1")
                ctx.fs, ctx.wd1, ctx.year_by_paragraph, ctx.weekday_fits = fs, wd1, False, False
                mention = rule.resolve(m, ctx)
                if mention is not None:
                    mention.weekday_fits = ctx.weekday_fits
                    if ctx.year_by_paragraph and not ctx.weekday_fits:
                        mention.year_from = "paragraph"
                    # "από"/"μεταξύ"/articles stay outside the span ("3 έως 5 Μαΐου 2024")
                    cands.append(Candidate(ctx.fs, m.end(), mention, rule.priority))
        return select_longest(cands, len(folded))


def _anchors(dates: Sequence[Candidate]) -> tuple[tuple[dt.date, ...], frozenset[int]] | None:
    """The full dates a text writes with their year, and every year its dates name."""
    values = [v for c in dates if not c.mention.relative
              for v in (c.mention.date, c.mention.date_end) if v]
    full = tuple(dt.date.fromisoformat(v) for v in values if len(v) == 10)
    return (full, frozenset(int(v[:4]) for v in values)) if full else None


# The first year a text writes (its headline's, in a news article): the year it is about.
_FIRST_YEAR = WRITTEN_YEAR

HEADLINE_CHARS = 250  # a news headline is one short line, with no full stop at its end
_SENTENCE_END = re.compile(r"[.!;](?=\s|$)")
# A name and the year of its edition right after it ("Eurovision 2026", "IAA Mobility 2023", "Euro
# 2020"), no season or span ("2019/20", "2021-2026") and no day of a date ("12.3.2020") after it.
_EDITION = re.compile(r"(?<![\w.])(?P<name>[^\W\d_][\w&'.]*)\s+(?P<y>1[89]\d\d|20\d\d)(?![\d.,]\d|\s*[/\-–]\s*\d)")


def headline_year(folded: str, framed: re.Pattern[str], text: str | None = None) -> int | None:
    """The one year a news headline and the first sentence under it name, when one names it as a frame.

    A headline is a first line of at most HEADLINE_CHARS with no full stop at its end and
    text under it. Both together must write one year only, at least once after a frame word
    or a month ("του 2019", "μέσα στο 2020", "τον Ιούλιο του 2021"), or, in the headline itself,
    as the edition of a name (see :func:`edition_year`, read on ``text``, the unfolded text: the
    headline names what the story is about, where a lead's "Έκθεση ... 2024" may be a source it
    cites); "ο κόσμος το 2030" looks ahead and frames nothing.
    """
    lines = [line.strip() for line in folded[:5000].split("\n") if line.strip()][:2]
    if len(lines) < 2 or len(lines[0]) > HEADLINE_CHARS or lines[0].endswith("."):
        return None
    frame = lines[0] + "\n" + _SENTENCE_END.split(lines[1], maxsplit=1)[0]
    if len({int(y) for y in WRITTEN_YEAR.findall(frame)}) != 1:
        return None
    m = framed.search(frame)
    if m is not None:
        return int(m.group("fy"))
    if text is None:
        return None
    return edition_year(next(line for line in text[:5000].split("\n") if line.strip()))


def edition_year(s: str) -> int | None:
    """A year written as the edition of a capitalised name ("Eurovision 2026: Οι πρώτες πρόβες",
    "στην έκθεση IAA Mobility 2023"): a yearly happening named by its year, which a story about
    it is told within, as "του 2019" frames one. A function word before the year names nothing
    ("Το 2030", "Από 2019"), nor does a month or a weekday (a date of its own)."""
    for m in _EDITION.finditer(s):
        name = m.group("name")
        f = fold(name)
        if name[0].isupper() and f not in function_words() and f not in _calendar_words():
            return int(m.group("y"))
    return None


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """The folded month and weekday names, full and abbreviated ("Μαΐου", "Μάιος", "Τρίτη")."""
    lex = DateLexicon.default()
    return frozenset(lex.months) | frozenset(lex.month_abbr) | frozenset(lex.weekdays) | frozenset(lex.weekday_abbr)


def _month_years(dates: Sequence[Candidate]) -> dict[int, frozenset[int]]:
    """The years each month is named with, month by month ("τον Ιούνιο του 2019" -> 6: {2019})."""
    out: dict[int, set[int]] = {}
    for c in dates:
        if c.mention.relative:
            continue
        for v in (c.mention.date, c.mention.date_end):
            if v and len(v) == 7:
                out.setdefault(int(v[5:7]), set()).add(int(v[:4]))
    return {mo: frozenset(ys) for mo, ys in out.items()}


@lru_cache(maxsize=4)
def finder_for(dates_json: str) -> DateFinder:
    """Compiled rules for one vocabulary text (the package's or a model's copy), once per content."""
    return DateFinder(DateLexicon.from_text(dates_json))


def _default_finder() -> DateFinder:
    return finder_for(read_text(RESOURCE))


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
        rest = HOUR_RE.sub(" ", TIME_RE.sub(" ", rest))
    words = re.findall(r"\w+", rest)
    if any(w not in _PARSE_FILLER for w in words):
        return None
    return m
