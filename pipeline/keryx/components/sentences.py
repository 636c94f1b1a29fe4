"""Greek-aware tokenisation and sentence boundaries for spaCy.

Abbreviations ("κ.", "Δρ.", "π.χ.") stay one token with their period, and the sentence rules
know that "κ. Παπαδόπουλος", "Γ. Παπαδόπουλος" and "4.10.2019" do not end a sentence while
";" (the Greek question mark) does and "·" (ano teleia, a semicolon) does not.
"""

from __future__ import annotations

import unicodedata

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Token

from keryx.components.resources import ResourceBacked, ResourceCopy
from keryx.lang.el import read_text
from keryx.lang.el.honorifics import RESOURCE as HONORIFICS
from keryx.lang.el.honorifics import parse_honorifics, splitter_abbreviations

_TERMINAL = frozenset({".", "!", ";", "?", "…", "...", "!!", "!!!", "?!", "!;", ";!", "....", "....."})
_ELLIPSES = frozenset({"…", "...", "....", "....."})
_CLOSING = frozenset({"»", ")", "]", '"', "'", "’", "”"})
_NO_BREAK_BEFORE_NEWLINE = frozenset({",", "·", "(", "-", "–", "&", "/", "«"})


RESOURCE = "segment.json"
# segment.json's abbreviations and the honorifics that honorifics.tsv marks "abbr" ("κ.", "κα", "Δρ."):
# each written once, there; the component saves both texts with the model.
RESOURCES = (RESOURCE, HONORIFICS)


@dataclass(frozen=True)
class SegmentResources:
    abbreviations: frozenset[str]
    may_end_sentence: frozenset[str]
    continuation_words: frozenset[str]


def load_resources() -> SegmentResources:
    """The packaged abbreviation lists."""
    return segment_resources(read_text(RESOURCE), read_text(HONORIFICS))


@lru_cache(maxsize=4)
def segment_resources(text: str, honorifics: str) -> SegmentResources:
    """From the texts of ``segment.json`` and ``honorifics.tsv`` (the package's or a model's copies),
    once per content. Abbreviations written in lower case count capitalised too ("κ." and "Κ.")."""
    raw = json.loads(text)
    abbrs = set(raw["abbreviations"]) | set(splitter_abbreviations(parse_honorifics(honorifics)))
    abbrs |= {_capitalise(a) for a in abbrs if a[:1].islower()}
    may_end = set(raw["may_end_sentence"])
    may_end |= {_capitalise(a) for a in may_end if a[:1].islower()}
    return SegmentResources(frozenset(abbrs), frozenset(may_end), frozenset(raw["continuation_words"]))


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


# "σήμερα!Τα", "Γιατί;Ο", "0-3,Ηρακλής": a sentence's or a list's punctuation glued to the next
# word, as scraped text often has it; an infix splits it off (the period is split already).
_GLUED_WORDS = r"(?<=[^\W\d_])[!;](?=[^\W\d_])|(?<=\d),(?=[^\W\d_])"
# "Πιτίνο,(και", "δήλωσε:,«Ναι", "(2020),και", "γιος»,ο", "ακόμα.,Ο": a comma, colon, semicolon,
# ano teleia or mark glued to a bracket, a quote, a period or another such mark inside a word
# (text whose paragraphs were joined with commas has many); each mark is a token. spaCy's
# prefixes and suffixes split marks only at a word's edges, and a decimal comma ("3,5") stays.
_SEPARATORS = ",:;·!?"
_OPENING = r"(\[«“"
_CLOSING_MARKS = r")\]»”"
_GLUED_BRACKETS = (
    # "Πιτίνο" "," "(και", "δήλωσε" ":" "," "«Ναι"
    rf"(?:(?<=[^\W_])|(?<=[.{_SEPARATORS}{_CLOSING_MARKS}]))[{_SEPARATORS}](?=[{_SEPARATORS}]*[{_OPENING}])"
    rf"|(?<=[^\W_])[{_SEPARATORS}](?=[{_SEPARATORS}]+[^\W_])"                      # "δήλωσε" ":" "," "Ναι"
    rf"|(?<=[.{_SEPARATORS}{_CLOSING_MARKS}])[{_SEPARATORS}](?=[^\W_])"              # "(2020)" "," "και"
    rf"|(?<=[{_SEPARATORS}])[{_OPENING}](?=[^\W_])"                                 # "," "(" "και"
    rf"|(?<=[^\W_])[{_CLOSING_MARKS}](?=\.?[{_SEPARATORS}])"                       # "2020" ")" ","
    # a sentence's period before such a mark, after a word of two letters or more ("ακόμα" "." ","),
    # not in an abbreviation of single letters ("π.χ.,")
    rf"|(?:(?<=[^\W\d_]{{2}})|(?<=[{_CLOSING_MARKS}]))\.(?=[{_SEPARATORS}])"
)
GLUED_PUNCTUATION = f"{_GLUED_WORDS}|{_GLUED_BRACKETS}"
# "τον Νίκο Ανδρουλάκη– θα", "να μας πει –η πρόεδρος": a dash opening or closing an aside, glued
# to the word it touches (the text normalised every long dash to "–"). spaCy splits it off
# neither end, so the word kept it and a name lost its last word. A dash between two words
# ("Ελλάδα–Γαλλία") is not at a word's edge and stays.
GLUED_DASH_PREFIX = r"^–(?=[^\W_])"
GLUED_DASH_SUFFIX = r"(?<=[^\W_])–$"
_MARKS = frozenset(_SEPARATORS + _OPENING + _CLOSING_MARKS) - {"\\"}


def customise_tokenizer(nlp: Language) -> Language:
    """Add the Greek abbreviations as tokenizer special cases (one token, period included).

    A pipeline with ``keryx_sentences`` uses that component's lists (the model's own copy).
    """
    pipe = nlp.get_pipe("keryx_sentences") if "keryx_sentences" in nlp.pipe_names else None
    res = pipe.res if isinstance(pipe, KeryxSentencizer) else load_resources()
    tokenizer: Any = nlp.tokenizer
    rules = tokenizer.rules or {}
    # A saved keryx model already has them; adding each again cost 0.4 s of every start-up.
    for abbr in sorted(res.abbreviations):
        if rules.get(abbr) != [{ORTH: abbr}]:
            tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    infix = getattr(tokenizer.infix_finditer, "__self__", None)
    if infix is not None and GLUED_PUNCTUATION not in infix.pattern:
        tokenizer.infix_finditer = re.compile(f"{infix.pattern}|{GLUED_PUNCTUATION}").finditer
    prefix = getattr(tokenizer.prefix_search, "__self__", None)
    if prefix is not None and GLUED_DASH_PREFIX not in prefix.pattern:
        tokenizer.prefix_search = re.compile(f"{prefix.pattern}|{GLUED_DASH_PREFIX}").search
    suffix = getattr(tokenizer.suffix_search, "__self__", None)
    if suffix is not None and GLUED_DASH_SUFFIX not in suffix.pattern:
        tokenizer.suffix_search = re.compile(f"{suffix.pattern}|{GLUED_DASH_SUFFIX}").search
    # spaCy's emoticons of marks alone (":(", ":)", "(:") would join the marks split above again
    # ("εξής:(α)"): news has none of them
    emoticons = [r for r in rules if set(r) <= _MARKS]
    if emoticons:
        tokenizer.rules = {k: v for k, v in rules.items() if k not in emoticons}
    return nlp


def _starts_lower(tok: Token) -> bool:
    c = tok.text[:1]
    return c.isalpha() and c.islower()


def _starts_upper(tok: Token) -> bool:
    c = tok.text[:1]
    return c.isupper() or c.isdigit() or c in "«\"'(-–•"


_GREEK_CONSONANTS = frozenset("βγδζθκλμξπρτφχψ")  # a word may not end in one of these (ς, ν may)


def _is_initial(tok: Token) -> bool:
    """"Γ", "Χρ", "Αγγ", "Βιργ" just before a period: an abbreviated first name. Past two
    letters it is an abbreviation only when unaccented and cut after a consonant no Greek word
    ends in ("Νικ.", "Δημ."), so that "στη Ρώμη." or "στο Ιράκ." still end a sentence."""
    t = tok.text.rstrip(".")
    if not (t and t[0].isupper() and t[0].isalpha() and (len(t) == 1 or (t[1:].isalpha() and t[1:].islower()))):
        return False
    if len(t) <= 2:
        return True
    return (len(t) <= 4 and t[-1] in _GREEK_CONSONANTS
            and not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", t)))


class KeryxSentencizer(ResourceBacked):
    """Rule-based sentence starts; leaves alone any start another component already set.

    Its abbreviation lists travel with the model: ``nlp.to_disk`` saves the texts of
    :data:`RESOURCES` they were read from, ``spacy.load`` reads them back (a model saved before
    keeps the package's copy of any file it lacks)."""

    RESOURCES = RESOURCES

    def __init__(self, resources: ResourceCopy | None = None) -> None:
        self.resources = resources if resources is not None else ResourceCopy(self.RESOURCES)
        self._build()

    def _build(self) -> None:
        self.res = segment_resources(self.resources[RESOURCE], self.resources[HONORIFICS])

    def __call__(self, doc: Doc) -> Doc:
        """Set the starts in one array write: ``Token.is_sent_start = ...`` checks the whole Doc
        for a parse on every call, which made this quadratic in the document's length."""
        if not len(doc):
            return doc
        starts = self.sentence_starts(doc)
        values = doc.to_array([SENT_START]).astype("int64")  # 1 start, -1 not a start, 0 unset
        unset = values == 0
        flags = numpy.full(len(doc), -1, dtype="int64")
        flags[sorted(starts)] = 1
        values[unset] = flags[unset]
        doc.from_array([SENT_START], values.astype("uint64"))  # type: ignore[arg-type]
        return doc

    def sentence_starts(self, doc: Doc) -> set[int]:
        n = len(doc)
        starts = {0} if n else set()
        may_end = self.res.may_end_sentence
        for i, text in enumerate([t.text for t in doc]):
            if not ("\n" in text or text in _TERMINAL or text in _CLOSING or text in may_end or text.endswith(".")):
                continue  # a word, or a space with no line break: no sentence ends after it (_ends_sentence)
            nxt = self._next_word(doc, i + 1)
            if nxt is None:
                break
            if self._ends_sentence(doc, i, nxt):
                starts.add(nxt)
        return starts

    @staticmethod
    def _next_word(doc: Doc, j: int) -> int | None:
        while j < len(doc) and doc[j].is_space:
            j += 1
        return j if j < len(doc) else None

    def _ends_sentence(self, doc: Doc, i: int, nxt: int) -> bool:
        """Whether a sentence ends after token i (so that token ``nxt`` starts one)."""
        tok = doc[i]
        text = tok.text
        following = doc[nxt]
        if tok.is_space:
            newlines = text.count("\n")
            if newlines == 0:
                return False
            if newlines >= 2:
                return True
            return not self._continues_after_newline(doc, i, following)
        if following.is_space or doc[i + 1].is_space and "\n" in doc[i + 1].text:
            return False  # the newline token decides
        if text in _CLOSING and i > 0:
            # »  after a terminal mark: the boundary comes after the closing quote.
            j = i - 1
            while j >= 0 and doc[j].text in _CLOSING:
                j -= 1
            if j < 0 or doc[j].text not in _TERMINAL:
                return False
            return self._break_after_terminal(doc, j, following)
        if following.text in _CLOSING:
            return False
        if text in _TERMINAL:
            return self._break_after_terminal(doc, i, following)
        if text in self.res.may_end_sentence:
            return tok.whitespace_ != "" and _starts_upper(following) and not following.text[:1].isdigit()
        if len(text) > 1 and text.endswith(".") and text not in self.res.abbreviations and tok.whitespace_:
            # A word the tokenizer kept with its period ("ΕΕ."), or an initial ("Γ.").
            return not _is_initial(tok) and _starts_upper(following)
        return False

    def _break_after_terminal(self, doc: Doc, i: int, following: Token) -> bool:
        text = doc[i].text
        if _starts_lower(following):
            return False
        if text in _ELLIPSES and not _starts_upper(following):
            return False
        if text == "." and i > 0 and doc[i - 1].whitespace_ == "":
            prev = doc[i - 1]
            if _is_initial(prev) and following.text[:1].isupper() and following.is_alpha:
                return False
            if prev.text in self.res.abbreviations or prev.text + "." in self.res.abbreviations:
                return prev.text + "." in self.res.may_end_sentence and _starts_upper(following)
        return True

    def _continues_after_newline(self, doc: Doc, i: int, following: Token) -> bool:
        """A single line break inside a sentence (hard-wrapped text) rather than a line end."""
        if i == 0:
            return False
        prev = doc[i - 1]
        if _starts_lower(following):
            return True
        if prev.text in _NO_BREAK_BEFORE_NEWLINE or prev.lower_ in self.res.continuation_words:
            return True
        return prev.text in self.res.abbreviations and prev.text not in self.res.may_end_sentence


@Language.factory("keryx_sentences")
def make_keryx_sentences(nlp: Language, name: str) -> KeryxSentencizer:
    return KeryxSentencizer()
