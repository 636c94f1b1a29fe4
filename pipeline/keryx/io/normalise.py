"""Text normalisation with offset tracking.

Every step is a small pure function that lists the edits it makes to the text: replace
``text[i:j]`` by a string. An edit whose replacement has the length of its span maps
character by character; any other edit maps all its output characters to the whole span.
The edits are composed so that every character of the final text points back into the
original source: entity offsets found on the normalised text can always be traced to the
document as read.

Speed matters (inputs up to ``ingest.MAX_BYTES``): steps find their work with precompiled
regexes instead of visiting every character, a step that changes nothing costs one regex
scan, and offsets live in numpy ``int32`` arrays that are only recomputed when a step
changes the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from keryx.lang.el import read_json
from keryx.lang.el.grammar import article_forms
from keryx.lang.el.honorifics import abbreviations, read_honorifics
from keryx.lang.el.text import fold, is_greek_char

# --------------------------------------------------------------------------- resources
# Character tables live in resources/normalise.json; the regexes that use them are here.


@dataclass(frozen=True)
class _Tables:
    newlines: dict[str, str]
    replace: dict[str, str]
    lookalikes: dict[str, str]
    composing_starters: tuple[tuple[int, int], ...]
    glued_words: tuple[str, ...]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    raw = read_json("normalise.json")
    return _Tables(
        newlines=dict(raw["newlines"]),
        replace=dict(raw["replace"]),
        lookalikes=dict(raw["lookalikes"]),
        composing_starters=tuple((a, b) for a, b in raw["nfc_composing_starters"]),
        glued_words=tuple(raw["glued_words"]),
    )


def lookalikes() -> dict[str, str]:
    """Latin and Cyrillic letters with a Greek twin of the same shape (normalise.json), to the twin:
    the one table that normalising and the linkers' readings of mixed-script words share."""
    return _tables().lookalikes


@lru_cache(maxsize=1)
def _invisible_and_spaces() -> tuple[frozenset[str], frozenset[str]]:
    """Format/control characters to delete and Unicode spaces to turn into " ".

    Computed from unicodedata (not stored) so they always agree with the NFC step. Unicode
    puts format, control and space characters only in planes 0, 1 and 14 (2 and 3 hold
    ideographs, 15 and 16 private use, the rest nothing), so only those are scanned: a
    third of the cold start's normalising time otherwise.
    """
    delete: set[str] = set()
    spaces: set[str] = set()
    for cp in (*range(0x20000), *range(0xE0000, 0xF0000)):
        cat = unicodedata.category(chr(cp))
        if cat == "Cf" or (cat == "Cc" and chr(cp) not in "\n\t"):
            delete.add(chr(cp))
        elif cat == "Zs" and cp != 0x20:
            spaces.add(chr(cp))
    return frozenset(delete), frozenset(spaces)


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class for ``chars``, as code-point ranges (safe for any character)."""
    cps = sorted({ord(c) for c in chars})
    parts: list[str] = []
    k = 0
    while k < len(cps):
        lo = hi = cps[k]
        while k + 1 < len(cps) and cps[k + 1] == hi + 1:
            k += 1
            hi = cps[k]
        parts.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
        k += 1
    return "[" + "".join(parts) + "]" if parts else "[^\\s\\S]"


@lru_cache(maxsize=1)
def _char_map() -> tuple[re.Pattern[str], dict[str, str]]:
    """The ``_characters`` step as one regex plus one replacement per matched character."""
    delete, spaces = _invisible_and_spaces()
    mapping = {c: " " for c in spaces}
    mapping.update({c: "" for c in delete})
    mapping.update(_tables().replace)  # the table wins over the generic classes
    mapping = {c: r for c, r in mapping.items() if r != c}
    return re.compile(_char_class(mapping)), mapping


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=2)
def _nfc_clusters(astral: bool) -> re.Pattern[str]:
    """Runs of combining marks (group 1; they join the char before them) or a char NFC changes alone.

    Without ``astral`` the classes stop at U+FFFF: ``re`` tests those with a bitmap, ten
    times faster than a class with astral ranges; use it only on text without astral chars.
    """
    ranges = _tables().composing_starters
    top = 0x110000 if astral else 0x10000
    joiners = {chr(cp) for a, b in ranges for cp in range(a, b + 1) if cp < top}
    unstable: set[str] = set()
    for cp in range(top):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if unicodedata.combining(c):
            joiners.add(c)
        elif unicodedata.normalize("NFC", c) != c:
            unstable.add(c)
    unstable -= joiners
    return re.compile(f"({_char_class(joiners)}+)|{_char_class(unstable)}")


_LETTER = r"[^\W\d_]"
_LETTER_RE = re.compile(_LETTER)
# Soft hyphen at a line end: the word simply continues on the next line.
# (The lookbehind comes after the hyphen so that ``re`` can scan for the literal hyphen.)
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad(?<=" + _LETTER + r"\u00ad)[ \t\u00a0]*\n[ \t\u00a0]*(?=" + _LETTER + ")")
# PDF hyphenation: letter, hyphen, line break, lowercase letter -> join.
_HYPHEN_BREAK = re.compile(r"-(?<=" + _LETTER + r"-)[ \t]*\n[ \t]*(?=" + _LETTER + ")")
_WORD = re.compile(_LETTER + "+")
# A word with the combining accents on its letters ("А́" before NFC): a look-alike word is read whole
# even where an accent is not yet composed, so that a second pass finds nothing more to map.
_MARKS = "\u0300-\u036f"
_MARKED_WORD = re.compile(f"(?:{_LETTER}[{_MARKS}]*)+")
_MARKED_LETTER_RE = re.compile(f"[^\\W\\d_]|[{_MARKS}]")
_LINE_EDGE_SPACE = re.compile(r"[ \t]+\n[ \t]*|\n[ \t]+")
_SPACE_RUN = re.compile(r"[ \t]{2,}|\t")  # a single " " is already normal: don't visit it
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
    """Normalised text plus, for each character, where it came from in ``source``.

    ``offsets`` and ``ends`` are compact ``array('i')`` sequences (4 bytes a character).
    """

    text: str
    source: str
    # len(text)+1 entries: start in source of text[i]; last = len(source)
    offsets: Sequence[int] = field(hash=False)
    ends: Sequence[int] = field(default=(), repr=False, compare=False)  # end in source of text[i]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` (end exclusive) to the span of ``source`` it came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        src_end = self.ends[end - 1] if self.ends else self.offsets[end]
        return self.offsets[start], src_end


# An edit: replace text[i:j] (i < j) by the string.
_Edit = tuple[int, int, str]
_Step = Callable[[str], list[_Edit]]
_Arr = np.ndarray


def _splice(text: str, edits: list[_Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for i, j, piece in edits:
        parts.append(text[pos:i])
        parts.append(piece)
        pos = j
    parts.append(text[pos:])
    return "".join(parts)


def _compose(starts: _Arr | None, ends: _Arr | None, n_old: int, edits: list[_Edit],
             n_new: int) -> tuple[_Arr, _Arr]:
    """Source spans of the new text from those of the old one (None = identity).

    ``edits`` are the length-changing ones; the text between them maps char by char.
    """
    k = len(edits)
    ei = np.fromiter((e[0] for e in edits), np.int64, k)
    ej = np.fromiter((e[1] for e in edits), np.int64, k)
    el = np.fromiter((len(e[2]) for e in edits), np.int64, k)
    # Segments alternate: kept run, edit, kept run, ..., kept run.
    seg_len = np.empty(2 * k + 1, np.int64)
    seg_old = np.empty(2 * k + 1, np.int64)
    seg_old[0::2] = np.concatenate(([0], ej))
    seg_len[0::2] = np.concatenate((ei, [n_old])) - seg_old[0::2]
    seg_old[1::2] = ei
    seg_len[1::2] = el
    seg_new = np.cumsum(seg_len) - seg_len
    idx = np.arange(n_new, dtype=np.int32)
    idx += np.repeat((seg_old - seg_new).astype(np.int32), seg_len)
    end_idx = idx
    blocks = el > 0
    if blocks.any():  # every char of a block maps to the whole span [i, j)
        bl = el[blocks]
        within = np.arange(int(bl.sum()), dtype=np.int64) - np.repeat(np.cumsum(bl) - bl, bl)
        pos = np.repeat(seg_new[1::2][blocks], bl) + within
        idx[pos] = np.repeat(ei[blocks], bl)
        end_idx = idx.copy()
        end_idx[pos] = np.repeat(ej[blocks] - 1, bl)
    if starts is None or ends is None:
        return idx, end_idx + 1
    return starts[idx], ends[end_idx]


def _run(source: str, steps: Sequence[_Step]) -> tuple[str, _Arr | None, _Arr | None]:
    """Apply ``steps`` in turn; offsets are None while every step kept the length."""
    text = source
    starts: _Arr | None = None
    ends: _Arr | None = None
    for step in steps:
        edits = step(text)
        if not edits:
            continue
        new = _splice(text, edits)
        if new == text:
            continue
        moving = [e for e in edits if len(e[2]) != e[1] - e[0]]
        if moving:
            starts, ends = _compose(starts, ends, len(text), moving, len(new))
        text = new
    return text, starts, ends


def _match_edits(text: str, m: re.Match[str], keep: Iterable[tuple[str, int, int]]) -> list[_Edit]:
    """Replace match ``m`` by the pieces ``keep`` (replacement, start, end); the rest is deleted."""
    edits: list[_Edit] = []
    pos = m.start()
    for piece, i, j in keep:
        if i > pos:
            edits.append((pos, i, ""))
        if piece != text[i:j]:
            edits.append((i, j, piece))
        pos = j
    if pos < m.end():
        edits.append((pos, m.end(), ""))
    return edits


def _rewrite(pattern: re.Pattern[str],
             repl: Callable[[str, re.Match[str]], Iterable[tuple[str, int, int]]]) -> _Step:
    def step(text: str) -> list[_Edit]:
        edits: list[_Edit] = []
        for m in pattern.finditer(text):
            edits += _match_edits(text, m, repl(text, m))
        return edits

    return step


def _delete(pattern: re.Pattern[str]) -> _Step:
    return lambda text: [(m.start(), m.end(), "") for m in pattern.finditer(text)]


def _group(g: int) -> Callable[[str, re.Match[str]], list[tuple[str, int, int]]]:
    return lambda text, m: [(m.group(g), m.start(g), m.end(g))]


# --------------------------------------------------------------------------- steps


@lru_cache(maxsize=1)
def _newline_re() -> re.Pattern[str]:
    return re.compile(r"\r\n|" + _char_class(_tables().newlines))


def _newlines(text: str) -> list[_Edit]:
    table = _tables().newlines
    # "\r\n" keeps its "\n": only the "\r" goes.
    return [(m.start(), m.start() + 1, "") if m.end() - m.start() == 2 else (m.start(), m.end(), table[m.group()])
            for m in _newline_re().finditer(text)]


def _characters(text: str) -> list[_Edit]:
    """Delete invisible characters, unify spaces, quotes, dashes and look-alike symbols."""
    pattern, mapping = _char_map()
    return [(m.start(), m.end(), mapping[m.group()]) for m in pattern.finditer(text)]


def _nfc(text: str) -> list[_Edit]:
    """NFC, cluster by cluster, so each output char maps to the cluster it came from."""
    if unicodedata.is_normalized("NFC", text):
        return []
    clusters: list[tuple[int, int]] = []
    for m in _nfc_clusters(_ASTRAL.search(text) is not None).finditer(text):
        start, end = m.span()
        if m.group(1) and start > 0:
            start -= 1  # the marks belong to the char before them
            if clusters and clusters[-1][0] == start:
                clusters.pop()
        clusters.append((start, end))
    edits: list[_Edit] = []
    for start, end in clusters:
        cluster = text[start:end]
        if not cluster.isascii():
            nfc = unicodedata.normalize("NFC", cluster)
            if nfc != cluster:
                edits.append((start, end, nfc))
    return edits


_MARKDOWN: tuple[_Step, ...] = (
    _delete(_MD_RULE),
    _rewrite(_MD_HEADING, _group(2)),
    _delete(_MD_QUOTE),
    _rewrite(_MD_IMAGE_OR_LINK, _group(1)),
    _rewrite(_MD_CODE, _group(1)),
    _rewrite(_MD_EMPHASIS, _group(2)),
)


def _hyphenation(text: str) -> list[_Edit]:
    return [(m.start(), m.end(), "") for m in _HYPHEN_BREAK.finditer(text) if text[m.end()].islower()]


@lru_cache(maxsize=1)
def _lookalike_re() -> re.Pattern[str]:
    """A look-alike next to a Greek char: every word the step changes has one (it mixes both)."""
    look = _char_class(_tables().lookalikes)
    greek = "[\u0370-\u03ff\u1f00-\u1fff]"
    return re.compile(f"{look}(?=[{_MARKS}]*{greek})|(?<={greek}){look}|(?<={greek}[{_MARKS}]){look}")


def _lookalikes(text: str) -> list[_Edit]:
    """Latin/Cyrillic look-alikes -> Greek, only in words that are otherwise Greek."""
    table = _tables().lookalikes
    edits: list[_Edit] = []
    done = 0
    for hit in _lookalike_re().finditer(text):
        start = hit.start()
        if start < done:
            continue  # another look-alike in a word already seen
        while start > done and _MARKED_LETTER_RE.match(text, start - 1):
            start -= 1
        while start < hit.start() and not _LETTER_RE.match(text, start):
            start += 1  # a word starts at a letter, not at an accent
        m = _MARKED_WORD.match(text, start)
        assert m is not None
        done = m.end()
        word = m.group()
        if any(is_greek_char(c) for c in word) and all(
                is_greek_char(c) or c in table or "\u0300" <= c <= "\u036f" for c in word):
            edits.append((start, done, "".join(table.get(c, c) for c in word)))
    return edits


@lru_cache(maxsize=1)
def _latin_twins() -> dict[str, str]:
    """The Greek letters that have a Latin twin (normalise.json "lookalikes"), to the Latin one."""
    return {greek: src for src, greek in _tables().lookalikes.items() if src.isascii()}


def _latin_lookalikes(text: str) -> list[_Edit]:
    """Greek look-alikes -> Latin, only in words that are otherwise Latin: a Latin letter that has no
    Greek twin ("w", "S", "D") makes the word Latin, so "Τwitter", "ΕTS", "ΑΙDS" (a Greek capital
    typed on a Greek keyboard) are "Twitter", "ETS", "AIDS". A word of twins alone stays as the
    step before made it ("Oι" is Greek)."""
    twins = _latin_twins()
    edits: list[_Edit] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii() or not any(c.isascii() and c not in _tables().lookalikes for c in word):
            continue
        if all(c.isascii() or c in twins for c in word):
            edits.append((m.start(), m.end(), "".join(twins.get(c, c) for c in word)))
    return edits


def _line_edges(text: str, m: re.Match[str]) -> list[tuple[str, int, int]]:
    nl = m.start() + m.group().index("\n")
    return [("\n", nl, nl + 1)]


def _strip(text: str) -> list[_Edit]:
    stripped = text.strip(" \n")
    if not stripped:
        return [(0, len(text), "")] if text else []
    lead = len(text) - len(text.lstrip(" \n"))
    tail = lead + len(stripped)
    return [e for e in ((0, lead, ""), (tail, len(text), "")) if e[1] > e[0]]


# Paragraphs or fields joined without a space, as news CSV exports store them: "Ιούλιο.,«Πιστεύω",
# "στην Τουρκία.,Ακολουθεί", "Λάρισα,,Ο". Greek puts a space after every comma, so a run of
# commas glued between a word and a capitalised one, after a sentence's end or two and more of
# them, joins paragraphs: each comma becomes a line break (same length, offsets exact).
_GLUED_COMMAS = re.compile(r"(?<=[^\s\d]),+(?=[«\"(]?[^\W\d_])")
_SENTENCE_END = frozenset(".!;…")
_CLOSERS = frozenset("»\"')")
# "του ΠΑΟΚ.Ο πρόεδρος": a period glued to the capitalised word after a Greek word of two and
# more letters ends a sentence; a space goes after it. Kept: "Ε.Ε.", "κ.Χ" (one letter before the
# period) and abbreviations whose next piece ends in a period too ("Εφ.Συν.").
_G_UP = "\u0386\u0388-\u038f\u0391-\u03ab\u1f08-\u1f0f\u1f18-\u1f1d\u1f28-\u1f2f\u1f38-\u1f3f\u1f48-\u1f4d\u1f59-\u1f5f\u1f68-\u1f6f"
_G_LOW = "\u03ac-\u03ce\u1f00-\u1f07\u1f10-\u1f15\u1f20-\u1f27\u1f30-\u1f37\u1f40-\u1f45\u1f50-\u1f57\u1f60-\u1f67\u1f70-\u1f7d"
_GLUED_PERIOD = re.compile(
    f"(?<=[\u0386-\u03ce\u1f00-\u1ffc]{{2}})\\.(?=[{_G_UP}](?:[{_G_LOW}]+(?![.\\w])|\\s))"
)


_GREEK_UPPER = "\u0386\u0388-\u038f\u0391-\u03ab"

# "Νάκας+9,86%", "Viohalco(-0,84%": a name run into the signed percentage after it (a market report's
# share move); a space goes between them, as between any word and a number.
_GLUED_CHANGE = re.compile(r"(?<=[^\W\d_])(?=\(?[+-]\d{1,3}(?:,\d{1,2})?%)")


# "(82΄Λάμπρου)", "(64'Ακπομ)": the minute a substitute came on run into his name (a line-up); a
# space goes between them, as the line-ups write it ("(46΄ Αγιούμπ)"). Only a number alone (after
# a space or a bracket) of one to three digits with the minute mark, then a capital.
_GLUED_MINUTE = re.compile(rf"(?<![^\s(])\d{{1,3}}[΄'](?=[{_GREEK_UPPER}A-Z])")


def _glued_changes(text: str) -> list[_Edit]:
    """A space between a word and the signed percentage glued to it (the word's last letter carries
    it), and between a minute and the name glued to it (the minute mark carries it)."""
    edits = [(m.start() - 1, m.start(), text[m.start() - 1] + " ") for m in _GLUED_CHANGE.finditer(text)]
    edits += [(m.end() - 1, m.end(), text[m.end() - 1] + " ") for m in _GLUED_MINUTE.finditer(text)]
    edits.sort()
    return edits


@lru_cache(maxsize=1)
def _glued_word_re() -> re.Pattern[str]:
    """An article, preposition or conjunction (normalise.json) run into a capitalised word
    ("στηνΑθήνα") or into a number ("στις20 Οκτωβρίου": no Greek word goes on in digits), or any
    word that ends in final sigma run into another word, capitalised or not
    ("ΓιώργοςΠαπαδόπουλος", "Παπαδόπουλοςδήλωσε"): Greek writes "ς" only at a word's end, so a
    letter after it starts a new word, whereas "στηνα..." may be one word.

    Only at a word's start (after a space, a quote, a bracket or a final sigma, which ends the word
    before it: "ΝίκοςστηνΑθήνα" splits twice, as "στηνΑθήνα" does alone): "Α.μεΑ." is an acronym. The
    step runs before look-alikes are mapped, so each letter also matches its Latin/Cyrillic
    look-alikes: a word splits the same whether or not it held one.
    """
    table = _tables().lookalikes
    alikes: dict[str, str] = {}
    for src, greek in table.items():
        alikes[greek] = alikes.get(greek, "") + src

    def letter(c: str) -> str:
        return "[" + re.escape(c + alikes.get(c, "")) + "]" if c in alikes else re.escape(c)

    words = "|".join("".join(letter(c) for c in w) for w in sorted(_tables().glued_words, key=len, reverse=True))
    upper = re.escape("".join(src for src, greek in table.items() if greek.isupper()))
    lower = re.escape("".join(src for src, greek in table.items() if greek.islower()))
    # final sigma ends a word whatever it stands in: "ΝίκοςΠαπαδόπουλος", "Παπαδόπουλοςείπε" are two words
    return re.compile(f"(?<![^\\s«(\"'ς])(?:{words})(?=[{_GREEK_UPPER}{upper}0-9])"
                      f"|ς(?=[{_GREEK_UPPER}{upper}{_G_LOW}{lower}])")


def _glued_words(text: str) -> list[_Edit]:
    """A space after a function word or a final sigma glued to a name, in a word that is Greek but
    for look-alikes."""
    table = _tables().lookalikes
    edits: list[_Edit] = []
    for m in _glued_word_re().finditer(text):
        start = m.start()
        while start > 0 and _LETTER_RE.match(text, start - 1):
            start -= 1  # a final sigma: the whole word it ends
        word = _WORD.match(text, start)
        assert word is not None
        run = word.group()
        if any(is_greek_char(c) for c in run) and all(is_greek_char(c) or c in table for c in run):
            # the word's last letter carries the space, so that the word maps back to itself
            edits.append((m.end() - 1, m.end(), text[m.end() - 1] + " "))
    return edits


def _glued_joins(text: str) -> list[_Edit]:
    """Line breaks for commas that join paragraphs; a space after a period glued to the next sentence."""
    edits: list[_Edit] = []
    for m in _GLUED_COMMAS.finditer(text):
        i, j = m.span()
        nxt = text[j + 1] if text[j] in "«\"(" else text[j]
        if not nxt.isupper():
            continue  # "ό,τι", "λόγια,το": a comma before a lower-case word
        before = text[i - 1]
        ended = before in _SENTENCE_END or (before in _CLOSERS and i >= 2 and text[i - 2] in _SENTENCE_END)
        if ended or j - i >= 2:
            edits.append((i, j, "\n" * (j - i)))
    if edits:  # the line breaks keep the length: look for glued periods in the text they make
        text = _splice(text, edits)
    edits += [(m.start(), m.end(), ". ") for m in _GLUED_PERIOD.finditer(text)]
    edits.sort()
    return edits


# "ο υφυπουργός κ.⏎Χ", "τον Δήμαρχο κ.⏎Ψ": the honorific abbreviation of "κύριος", "κυρία" (and the
# plural "κ.κ.") between a title and a name never ends a line of its own; a single line break right
# after it (a sentence splitter that took its period for a sentence's end) is a space (same length).
# The abbreviations are honorifics.tsv's forms of those three written with a full stop, as written
# there. Not after an article ("ο κ.⏎Κορυφαία θέση ..."): there the splitter most often lost the name,
# and a name after an article alone is found on its line anyway; nor when the next line opens with a
# word the text also writes in lower case ("Για", "Την").
def _honorific_break_pattern() -> re.Pattern[str]:
    forms = "|".join(re.escape(f) for f in abbreviations(read_honorifics()))
    return re.compile(rf"(\S+)[ \t]+(?:{forms})\n([\u0386\u0388-\u038f\u0391-\u03abA-Z][^\W\d_]*)")


_HONORIFIC_BREAK = _honorific_break_pattern()
_ARTICLES_BEFORE_HONORIFIC = article_forms(contracted=None)  # every form, bare and fused with «σε»


def _honorific_breaks(text: str) -> list[_Edit]:
    found = [m for m in _HONORIFIC_BREAK.finditer(text)
             if fold(m.group(1)) not in _ARTICLES_BEFORE_HONORIFIC and _LETTER_RE.match(m.group(1)[-1:] or " ")]
    if not found:
        return []
    lower = {w for w in _WORD.findall(text) if w.islower()} | set(_tables().glued_words)
    return [(m.start(2) - 1, m.start(2), " ") for m in found if m.group(2).lower() not in lower]


# "ο Β.⏎Μαρινάκης", "του Δ.⏎Λοβέρδου", "και Γ.⏎Δήμου": the same splitter takes a capital initial's
# full stop for a sentence's end. An initial right after an article or the conjunction (linking.json
# "name_links") opens a name, so a single line break after it, before a capitalised word the text
# never writes in lower case, is a space (same length). A letter after any other word may close a
# sentence ("με βαθμό Α."), and a line that opens with a word the text also writes in lower case
# ("Στην", "Μετά") begins a new one.
_INITIAL_BREAK = re.compile(r"(?<![^\s(«\"])(\S+)[ \t]+[\u0391-\u03a9A-Z]\.\n([\u0386\u0388-\u038f\u0391-\u03abA-Z][^\W\d_]*)")


@lru_cache(maxsize=1)
def _before_initial() -> frozenset[str]:
    """The words an initial that opens a name follows: the articles and linking.json's conjunctions
    (read on first need, not when the module is imported)."""
    return _ARTICLES_BEFORE_HONORIFIC | frozenset(fold(w) for w in read_json("linking.json")["name_links"]["conjunctions"])


def _initial_breaks(text: str) -> list[_Edit]:
    found = [m for m in _INITIAL_BREAK.finditer(text) if fold(m.group(1).lstrip("«\"(")) in _before_initial()]
    if not found:
        return []
    lower = {w for w in _WORD.findall(text) if w.islower()} | set(_tables().glued_words)
    return [(m.start(2) - 1, m.start(2), " ") for m in found if m.group(2).lower() not in lower]


_WHITESPACE: tuple[_Step, ...] = (
    _rewrite(_LINE_EDGE_SPACE, _line_edges),
    _rewrite(_SPACE_RUN, lambda text, m: [(" ", m.start(), m.start() + 1)]),
    _rewrite(_BLANK_LINES, lambda text, m: [("\n\n", m.start(), m.start() + 2)]),
    _strip,
    _honorific_breaks,
    _initial_breaks,
)


def normalise(source: str, fmt: str = "txt") -> NormalisedText:
    """Normalise ``source`` (a SourceDocument.text) and keep offsets back into it."""
    steps: list[_Step] = [_newlines, _delete(_SOFT_HYPHEN_BREAK), _characters, _nfc]
    if fmt == "md":
        steps += _MARKDOWN
    steps += [_hyphenation, _glued_words, _lookalikes, _latin_lookalikes, _glued_joins, _glued_changes, *_WHITESPACE, _nfc]
    text, starts, ends = _run(source, steps)
    if starts is None or ends is None:
        starts = np.arange(len(text), dtype=np.int32)
        ends = starts + 1
    offsets = array("i")
    offsets.frombytes(np.ascontiguousarray(starts, np.int32).tobytes())
    offsets.append(len(source))
    del starts
    end_arr = array("i")
    end_arr.frombytes(np.ascontiguousarray(ends, np.int32).tobytes())
    return NormalisedText(text=text, source=source, offsets=offsets, ends=end_arr)
