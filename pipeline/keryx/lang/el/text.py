"""Small Greek text helpers shared by every stage."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FINAL_SIGMA = str.maketrans({"ς": "σ"})

# an ordinal written with digits and the ending of its case ("7ος", "7ου", "11ο", "5η", "3ης"), folded
FOLDED_ORDINAL = re.compile(r"\d+(?:οσ|ου|ο|ησ|η|ων|οι|εσ|α)")


def strip_accents(s: str) -> str:
    """Remove combining marks (tonos, dialytika) but keep base letters and case."""
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@lru_cache(maxsize=65536)  # pure and called for every token by several stages
def fold(s: str) -> str:
    """Accent-, case- and final-sigma-insensitive key: "ΔΉΜΑΡΧΟΣ" == "δήμαρχος" == "Δημαρχος".

    Used to match lexicons against headlines in capitals, which Greek writes without accents.
    Length is preserved for Greek text (one output char per input char after NFC).
    """
    return strip_accents(s).casefold().translate(_FINAL_SIGMA)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Greek function words (spaCy's stop list), folded: "Μέχρι", "Στις", "Το", "Από" name nothing."""
    from spacy.lang.el.stop_words import STOP_WORDS

    return frozenset(fold(w) for w in STOP_WORDS)


ACUTE = "\u0301"  # the tonos, once the letter is decomposed (NFD)


def enclitic_accent(word: str) -> bool:
    """True when a Greek word carries two accents: a word accented on its third syllable from the
    end takes a second one on its last when a weak pronoun follows it ("ο εκπρόσωπός της", "ο
    πρόεδρός μας"), so the "του", "της" after such a word are that pronoun, never an article."""
    return unicodedata.normalize("NFD", word).count(ACUTE) >= 2


def accent_position(word: str) -> int | None:
    """The index, in ``fold(word)``, of the letter that carries the word's one accent ("Σόφια" -> 1,
    "Σοφία" -> 3); None when the word carries none (a headline in capitals) or more than one."""
    nfd = unicodedata.normalize("NFD", word)
    if nfd.count(ACUTE) != 1:
        return None
    return len([c for c in nfd[:nfd.index(ACUTE)] if not unicodedata.combining(c)]) - 1


# the vowel pairs Greek spells one syllable with (a diaeresis on the second splits them: "Κάιρο")
_DIGRAPHS = frozenset({"αι", "ει", "οι", "υι", "ου", "αυ", "ευ", "ηυ"})
_VOWELS = frozenset("αεηιουω")


def lone_antepenult_accent(word: str) -> bool:
    """True when a Greek word carries one accent, on its third syllable from the end
    ("εμβόλιο", "μερίδιο"): such a word takes a second accent before a weak pronoun ("το
    εμβόλιό της"), so a "της" written after it without one is an article ("το εμβόλιο της
    εταιρείας"). Syllables are counted as spelt: the digraphs are one vowel, any other pair
    of vowels two ("-ιο" of "εμβόλιο")."""
    nfd = unicodedata.normalize("NFD", word.lower())
    if nfd.count(ACUTE) != 1:
        return False
    letters = [c for c in nfd if not unicodedata.combining(c) or c == "\u0308"]
    plain, diaeresis = "", set()
    for c in letters:
        if c == "\u0308":
            diaeresis.add(len(plain) - 1)
        else:
            plain += c
    accent = len([c for c in nfd[:nfd.index(ACUTE)] if not unicodedata.combining(c)]) - 1
    syllables, k = 0, accent + 1
    if 0 <= accent < len(plain) - 1 and plain[accent:accent + 2] in _DIGRAPHS and accent + 1 not in diaeresis:
        k += 1  # "ει" of "γραφείο" is the accented syllable's own
    while k < len(plain):
        if plain[k] in _VOWELS:
            syllables += 1
            if plain[k:k + 2] in _DIGRAPHS and k + 1 not in diaeresis:
                k += 1
        k += 1
    return syllables == 2


def is_greek_char(c: str) -> bool:
    return "\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff"


# the letters (``str.isalpha``) among the characters ``is_greek_char`` accepts, as one class: counted in C
_GREEK_LETTER = re.compile("[" + "".join(
    re.escape(chr(c)) for c in (*range(0x370, 0x400), *range(0x1F00, 0x2000)) if chr(c).isalpha()) + "]")


def greek_ratio(s: str) -> float:
    """Share of Greek letters among all letters (0 when there are no letters). Every stage asks it
    of names and texts, so both counts are made in C (``map``, a regex), not a letter at a time."""
    letters = sum(map(str.isalpha, s))
    if not letters:
        return 0.0
    return len(_GREEK_LETTER.findall(s)) / letters
