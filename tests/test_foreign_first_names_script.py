"""training/foreign_first_names.py on a few dictionary lines written here (in the format of Jörg
Michael's nam_dict.txt), and the shipped list and its sound key as the people linker reads them."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from keryx.lang.el import read_text
from keryx.linking.names import foreign_first_name, foreign_first_names, name_sound_key

from tests.training_scripts import load_training_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_training_script("foreign_first_names.py")


def _line(code: str, name: str, freqs: str, sort_mark: str = " ") -> str:
    """One dictionary line: gender code in columns 1-2, the name from column 4, the sort mark in
    column 30, one frequency digit per country from column 31."""
    return f"{code:<2} {name:<26}{sort_mark}{freqs:<55}$"


LINES = [
    "# a comment",
    _line("M", "Gaston", "      5"),
    _line("F", "Gudrun", "            8"),
    _line("?", "Sascha", "         3  A"),  # unisex, its highest class is A = 10
    _line("1M", "Jan", "  4"),
    _line("F", "Jan", " 2"),                 # the same name for both sexes: unisex
    _line("M", "Jörg", "            6"),
    _line("M", "Joerg", "            6", sort_mark="+"),  # the expanded-umlaut copy: skipped
    "=  Gaby Gabriele",                       # an equivalence line: skipped
    _line("M", "Jun+Wei", "   1"),            # an East Asian name: hyphenated and joined forms
]


def test_the_script_reads_the_dictionary_by_its_columns(script: ModuleType) -> None:
    names = script.parse("\n".join(LINES))
    assert names == {
        "Gaston": ("m", 5), "Gudrun": ("f", 8), "Sascha": ("u", 10), "Jan": ("u", 4), "Jörg": ("m", 6),
        "Jun-Wei": ("m", 1), "Junwei": ("m", 1),
    }


def test_the_script_writes_the_licence_header(script: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "names.tsv"
    script.write({"Gaston": ("m", 5)}, out)
    text = out.read_text(encoding="utf-8")
    assert "GNU Free" in text and "Jörg Michael" in text and text.endswith("Gaston\tm\t5\n")


def test_the_shipped_list_says_its_source_and_licence() -> None:
    header = [line for line in read_text("foreign_first_names.tsv").splitlines() if line.startswith("#")]
    assert any("GNU Free Documentation License" in line for line in header)
    assert any("nam_dict.txt" in line for line in header)
    assert len(foreign_first_names()) > 40_000


@pytest.mark.parametrize("greek, latin", [
    ("Τζένιφερ", "Jennifer"), ("Ντανίλο", "Danilo"), ("Φελίπε", "Felipe"), ("Τίμοθι", "Timothy"),
    ("Άνγκελα", "Angela"), ("Εμανουέλ", "Emmanuel"), ("Βλαντίμιρ", "Vladimir"), ("Μπόρις", "Boris"),
    ("Ζόραν", "Zoran"),
])
def test_a_greek_spelling_and_a_latin_one_share_a_sound_key(greek: str, latin: str) -> None:
    assert name_sound_key(greek) == name_sound_key(latin)
    assert foreign_first_name(greek) is not None and foreign_first_name(latin) is not None


@pytest.mark.parametrize("word", [
    "Κάιλ",      # an accent splits the vowel pair: two sounds the key cannot tell
    "Ολυμπιακός", "Τράπεζα", "Δημοκρατία",  # Greek words: no given name
    "Νέα", "Και", "Τώρα",  # Greek words whose short keys some given name shares: too short to look up
    "Google", "Θεσσαλονίκη",
])
def test_no_given_name(word: str) -> None:
    assert foreign_first_name(word) is None
