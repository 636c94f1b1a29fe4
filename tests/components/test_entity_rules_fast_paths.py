"""The entity rules' quick refusals: each skips only what the full test would refuse."""

from __future__ import annotations

import pytest

from keryx.components.entity_rules import _GLUED_FORM, _GLUED_FORM_IN_TEXT, _CapsLines


def _caps_ranges(text: str) -> list[tuple[int, int]]:
    """The capitals lines as the full test finds them, line by line, with no quick refusal."""
    ranges = []
    pos = 0
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        words = [w for w in line.split() if any(c.isalpha() for c in w)]
        if len(words) >= 2 and letters and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


LINES = [
    "ΣΥΝΑΝΤΗΣΗ ΤΟΥ ΔΗΜΑΡΧΟΥ ΜΕ ΤΟΥΣ ΚΑΤΟΙΚΟΥΣ",
    "ΤΟΥ 3ου ΛΥΚΕΙΟΥ ΤΗΣ ΠΟΛΗΣ",  # the ordinal's ending: the only lower-case letters
    "ΕΠΙΣΚΕΨΗ ΣΤΟ ΝΕΟ ΜΟΥΣΕΙΟ ΤΗς ΠΟΛΗΣ",
    "Ο δήμαρχος μίλησε στους κατοίκους της πόλης.",
    "ΕΝΑ ΜΕΓΑΛΟ ΕΡΓΟ για ΟΛΟΥΣ",
    "ΑΒΓΔ ΕΖΗΘ ικλμ",
    "ΑΒΓΔΕΖΗΘΙΚΛ μν",
    "ΑΒΓΔΕΖΗΘΙΚΛΜ ⅰⅱ ν",  # small Roman numerals are lower case but no letters
    "ΑΒΓΔΕΖΗΘ ⓐⓑⓒ ΙΚ",
    "ΑΓΙΑ ΤΡΙΑΔΑ ᾳ",
    "12 34",
    "",
    "ΜΟΝΟ",
]


@pytest.mark.parametrize("line", LINES)
def test_capitals_lines_are_those_of_the_full_test(line: str) -> None:
    text = f"Ένας τίτλος\n{line}\nΚαι το κείμενο της είδησης, σε πεζά γράμματα.\nΑΚΟΜΗ ΕΝΑΣ ΤΙΤΛΟΣ"
    assert _CapsLines(text).ranges == _caps_ranges(text)


@pytest.mark.parametrize("word", ["Μ.Γ.Σ.Αστέρας", "Α.Ο.Κ.Νίκη", "Π.Α.Ε.Άρης", "Κ.Α.Παπαδάκης", "Α.Β.Γ.", "Δήμος"])
def test_a_glued_club_form_is_seen_in_the_text(word: str) -> None:
    """Whatever word the glued form matches, the search of the whole text finds it first."""
    text = f"Ο αγώνας με τον {word} έληξε ισόπαλος."
    if _GLUED_FORM.match(word):
        assert _GLUED_FORM_IN_TEXT.search(text)
