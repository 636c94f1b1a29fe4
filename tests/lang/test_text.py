"""Small text helpers (lang/el/text.py): the enclitic accent that tells a weak pronoun from an article,
the share of Greek letters."""

from __future__ import annotations

import pytest

from keryx.lang.el.text import (accent_position, enclitic_accent, fold, function_words, greek_ratio,
                                lone_antepenult_accent)


@pytest.mark.parametrize(("word", "expected"), [
    ("εκπρόσωπός", True),   # proparoxytone noun before "της": the second accent
    ("πρόεδρό", True),
    ("εκπρόσωπος", False),  # one accent: the word alone, or before an article
    ("ΠΡΟΕΔΡΟΣ", False),    # capitals carry no accents
    ("ΐδια", False),        # dialytika with tonos is one accent
])
def test_enclitic_accent(word: str, expected: bool) -> None:
    assert enclitic_accent(word) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("εμβόλιο", True),      # "-ιο" spelt as two syllables
    ("πρόεδρος", True),
    ("οικογένεια", True),   # "ει" one vowel: οι-κο-γέ-νει-α
    ("εμβόλιό", False),     # two accents: the possessive's
    ("γραφείο", False),     # the accented "ει" is one syllable: γρα-φεί-ο
    ("σημερινό", False),
    ("συνεργασία", False),
    ("ΕΜΒΟΛΙΟ", False),     # capitals carry no accent
])
def test_lone_antepenult_accent(word: str, expected: bool) -> None:
    assert lone_antepenult_accent(word) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("", 0.0),
    ("2024 - 15%", 0.0),        # no letters at all
    ("Δήμος Χανίων", 1.0),      # accents and the final sigma are Greek letters
    ("ἐν ἀρχῇ", 1.0),           # so are the polytonic ones (Greek Extended)
    ("Ο ΟΤΕ\u037e ναι\u0387 \u0384\u0375 x", 0.875),  # Greek question mark, ano teleia, tonos, numeral sign: no letters
    ("ΑΒ CD", 0.5),
    ("Δήμος Athens 12", 5 / 11),
])
def test_greek_ratio_counts_greek_letters_among_letters(text: str, expected: float) -> None:
    assert greek_ratio(text) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Λάμια", 1),        # the index of the accented letter, as fold() spells the word
    ("Λαμία", 3),
    ("Βαλτίμορη", 4),
    ("ΛΑΜΙΑ", None),     # capitals carry no accent
    ("εκπρόσωπός", None),  # two accents: none to tell
])
def test_accent_position(word: str, expected: int | None) -> None:
    assert accent_position(word) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Το", True),        # an article, in capitals at a sentence's start
    ("ΑΠΟ", True),       # a preposition in a headline's capitals
    ("Μέχρι", True),
    ("Eurovision", False),
    ("Φεστιβάλ", False),
])
def test_function_words_are_folded_stop_words(word: str, expected: bool) -> None:
    assert (fold(word) in function_words()) is expected
