"""Small text helpers (lang/el/text.py): the enclitic accent that tells a weak pronoun from an article."""

from __future__ import annotations

import pytest

from keryx.lang.el.text import enclitic_accent


@pytest.mark.parametrize(("word", "expected"), [
    ("εκπρόσωπός", True),   # proparoxytone noun before "της": the second accent
    ("πρόεδρό", True),
    ("εκπρόσωπος", False),  # one accent: the word alone, or before an article
    ("ΠΡΟΕΔΡΟΣ", False),    # capitals carry no accents
    ("ΐδια", False),        # dialytika with tonos is one accent
])
def test_enclitic_accent(word: str, expected: bool) -> None:
    assert enclitic_accent(word) is expected
