"""Text normalisation with offset tracking.

Every step is a small pure function that rewrites the text and says, for each output
character, which span of its input produced it. The spans are composed so that every
character of the final text points back into the original source: entity offsets found on
the normalised text can always be traced to the document as read.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .text import is_greek_char

# --------------------------------------------------------------------------- resources
# Character tables live in resources/normalise.json; the regexes that use them are here.


@dataclass(frozen=True)
class _Tables:
    newlines: dict[str, str]
    replace: dict[str, str]
    lookalikes: dict[str, str]
    composing_starters: tuple[tuple[int, int], ...]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    raw = json.loads(resources.files("pipeline.resources").joinpath("normalise.json").read_text("utf-8"))
    return _Tables(
        newlines=dict(raw["newlines"]),
        replace=dict(raw["replace"]),
        lookalikes=dict(raw["lookalikes"]),
        composing_starters=tuple((a, b) for a, b in raw["nfc_composing_starters"]),
    )


@lru_cache(maxsize=1)
def _invisible_and_spaces() -> tuple[frozenset[str], frozenset[str]]:
    """Format/control characters to delete and Unicode spaces to turn into " ".

    Computed from unicodedata (not stored) so they always agree with the NFC step.
    """
    delete: set[str] = set()
    spaces: set[str] = set()
    for cp in range(0x110000):
        cat = unicodedata.category(chr(cp))
        if cat == "Cf" or (cat == "Cc" and chr(cp) not in "\n\t"):
            delete.add(chr(cp))
        elif cat == "Zs" and cp != 0x20:
            spaces.add(chr(cp))
    return frozenset(delete), frozenset(spaces)


_LETTER = r"[^\W\d_]"
# Soft hyphen at a line end: the word simply continues on the next line.
_SOFT_HYPHEN_BREAK = re.compile(r"(?<=" + _LETTER + r")\u00ad[ \t\u00a0]*\n[ \t\u00a0]*(?=" + _LETTER + ")")
# PDF hyphenation: letter, hyphen, line break, lowercase letter -> join.
_HYPHEN_BREAK = re.compile(r"(?<=" + _LETTER + r")-[ \t]*\n[ \t]*(?=" + _LETTER + ")")
_WORD = re.compile(_LETTER + "+")
_LINE_EDGE_SPACE = re.compile(r"[ \t]+\n[ \t]*|\n[ \t]+")
_SPACE_RUN = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")

# Markdown (only for fmt == "md").
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(
    r"(\*\*\*|\*\*|__|\*|(?<![^\W_])_)(?=\S)([^\n]*?\S)\1(?![^\W_])"
)
_MD_CODE = re.compile(r"`([^`\n]+)`")


# --------------------------------------------------------------------------- offsets


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text plus, for each character, where it came from in ``source``."""

    text: str
    source: str
    offsets: tuple[int, ...]  # len(text)+1 entries: start in source of text[i]; last = len(source)
    ends: tuple[int, ...] = field(default=(), repr=False, compare=False)  # end in source of text[i]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` (end exclusive) to the span of ``source`` it came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        src_end = self.ends[end - 1] if self.ends else self.offsets[end]
        return self.offsets[start], src_end


# A step result: new text, and for each new char the [start, end) span of old text.
_Step = tuple[str, list[int], list[int]]
# A rewrite piece: (replacement, old_start, old_end).
_Piece = tuple[str, int, int]


class _Out:
    """Accumulates output text and its per-char source spans."""

    __slots__ = ("ends", "parts", "starts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def keep(self, text: str, i: int, j: int) -> None:
        if j > i:
            self.parts.append(text[i:j])
            self.starts.extend(range(i, j))
            self.ends.extend(range(i + 1, j + 1))

    def emit(self, piece: str, i: int, j: int) -> None:
        """Emit ``piece`` for old span [i, j): char-wise when lengths agree, else as a block."""
        if not piece:
            return
        self.parts.append(piece)
        if len(piece) == j - i:
            self.starts.extend(range(i, j))
            self.ends.extend(range(i + 1, j + 1))
        else:
            self.starts.extend([i] * len(piece))
            self.ends.extend([j] * len(piece))

    def result(self) -> _Step:
        return "".join(self.parts), self.starts, self.ends


def _rewrite(text: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], Iterable[_Piece]]) -> _Step:
    out = _Out()
    pos = 0
    for m in pattern.finditer(text):
        out.keep(text, pos, m.start())
        for piece, i, j in repl(m):
            out.emit(piece, i, j)
        pos = m.end()
    out.keep(text, pos, len(text))
    return out.result()


def _group(m: re.Match[str], g: int) -> _Piece:
    return m.group(g), m.start(g), m.end(g)


def _map_chars(text: str, table: dict[str, str], delete: frozenset[str] = frozenset(),
               spaces: frozenset[str] = frozenset()) -> _Step:
    out = _Out()
    pos = 0
    for i, c in enumerate(text):
        if c in table:
            rep = table[c]
        elif c in delete:
            rep = ""
        elif c in spaces:
            rep = " "
        else:
            continue
        out.keep(text, pos, i)
        out.emit(rep, i, i + 1)
        pos = i + 1
    out.keep(text, pos, len(text))
    return out.result()


# --------------------------------------------------------------------------- steps


def _newlines(text: str) -> _Step:
    step = _rewrite(text, re.compile(r"\r\n"), lambda m: [("\n", m.start() + 1, m.end())])
    return _compose_steps(text, step, _map_chars(step[0], _tables().newlines))


def _soft_hyphen_breaks(text: str) -> _Step:
    return _rewrite(text, _SOFT_HYPHEN_BREAK, lambda m: [])


def _characters(text: str) -> _Step:
    """Delete invisible characters, unify spaces, quotes, dashes and look-alike symbols."""
    delete, spaces = _invisible_and_spaces()
    return _map_chars(text, _tables().replace, delete, spaces)


def _is_composing_starter(c: str) -> bool:
    cp = ord(c)
    ranges = _tables().composing_starters
    k = bisect.bisect_right(ranges, (cp, 0x10FFFF)) - 1
    return k >= 0 and ranges[k][0] <= cp <= ranges[k][1]


def _nfc(text: str) -> _Step:
    """NFC, cluster by cluster, so each output char maps to the cluster it came from."""
    if unicodedata.is_normalized("NFC", text):
        n = len(text)
        return text, list(range(n)), list(range(1, n + 1))
    out = _Out()
    start = 0
    n = len(text)
    for i in range(1, n + 1):
        if i < n and (unicodedata.combining(text[i]) or _is_composing_starter(text[i])):
            continue
        cluster = text[start:i]
        if cluster.isascii():
            out.keep(text, start, i)
        else:
            out.emit(unicodedata.normalize("NFC", cluster), start, i)
        start = i
    return out.result()


def _markdown(text: str) -> _Step:
    steps: list[Callable[[str], _Step]] = [
        lambda t: _rewrite(t, _MD_RULE, lambda m: []),
        lambda t: _rewrite(t, _MD_HEADING, lambda m: [_group(m, 2)]),
        lambda t: _rewrite(t, _MD_QUOTE, lambda m: []),
        lambda t: _rewrite(t, _MD_IMAGE_OR_LINK, lambda m: [_group(m, 1)]),
        lambda t: _rewrite(t, _MD_CODE, lambda m: [_group(m, 1)]),
        lambda t: _rewrite(t, _MD_EMPHASIS, lambda m: [_group(m, 2)]),
    ]
    return _run(text, steps)


def _hyphenation(text: str) -> _Step:
    def repl(m: re.Match[str]) -> list[_Piece]:
        nxt = text[m.end()]
        if nxt.islower():
            return []
        return [(m.group(0), m.start(), m.end())]

    return _rewrite(text, _HYPHEN_BREAK, repl)


def _lookalikes(text: str) -> _Step:
    """Latin/Cyrillic look-alikes -> Greek, only in words that are otherwise Greek."""
    table = _tables().lookalikes

    def repl(m: re.Match[str]) -> list[_Piece]:
        word = m.group(0)
        if not any(is_greek_char(c) for c in word) or not all(is_greek_char(c) or c in table for c in word):
            return [(word, m.start(), m.end())]
        return [("".join(table.get(c, c) for c in word), m.start(), m.end())]

    return _rewrite(text, _WORD, repl)


def _whitespace(text: str) -> _Step:
    steps: list[Callable[[str], _Step]] = [
        lambda t: _rewrite(t, _LINE_EDGE_SPACE, lambda m: [("\n", m.group(0).index("\n") + m.start(),
                                                            m.group(0).index("\n") + m.start() + 1)]),
        lambda t: _rewrite(t, _SPACE_RUN, lambda m: [(" ", m.start(), m.start() + 1)]),
        lambda t: _rewrite(t, _BLANK_LINES, lambda m: [("\n\n", m.start(), m.start() + 2)]),
        _strip,
    ]
    return _run(text, steps)


def _strip(text: str) -> _Step:
    stripped = text.strip(" \n")
    i = len(text) - len(text.lstrip(" \n")) if stripped else 0
    n = len(stripped)
    return stripped, list(range(i, i + n)), list(range(i + 1, i + n + 1))


# --------------------------------------------------------------------------- composition


def _compose_steps(text: str, first: _Step, second: _Step) -> _Step:
    """Compose two steps over ``text`` into one step."""
    _, s1, e1 = first
    out, s2, e2 = second
    s1x = s1 + [len(text)]
    starts = list(map(s1x.__getitem__, s2))
    ends = [e1[j - 1] if j > i else s1x[i] for i, j in zip(s2, e2)]
    return out, starts, ends


def _run(text: str, steps: Sequence[Callable[[str], _Step]]) -> _Step:
    n = len(text)
    acc: _Step = (text, list(range(n)), list(range(1, n + 1)))
    for step in steps:
        result = step(acc[0])
        if result[0] == acc[0]:
            continue  # every step maps unchanged text char by char: nothing to compose
        acc = _compose_steps(text, acc, result)
    return acc


def normalise(source: str, fmt: str = "txt") -> NormalisedText:
    """Normalise ``source`` (a SourceDocument.text) and keep offsets back into it."""
    steps: list[Callable[[str], _Step]] = [_newlines, _soft_hyphen_breaks, _characters, _nfc]
    if fmt == "md":
        steps.append(_markdown)
    steps += [_hyphenation, _lookalikes, _whitespace, _nfc]
    text, starts, ends = _run(source, steps)
    return NormalisedText(text=text, source=source, offsets=tuple(starts) + (len(source),), ends=tuple(ends))
