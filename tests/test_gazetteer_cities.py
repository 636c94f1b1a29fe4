"""benchmarks/gazetteer_cities.py: the gender and forms of a world city's row follow its ending
(names written for keryx; the generator's download is not needed for these)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def row_of():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCH))
    try:
        import gazetteer_cities

        yield gazetteer_cities.row_of
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("name, row", [
    ("Σανγκάη", "Σανγκάη\tf\tworld city"),  # -η: declines
    ("Αγία Πετρούπολη", "Αγία Πετρούπολη\tf\tworld city"),  # adjective and noun, both in -α/-η
    ("Οδησσός", "Οδησσός\tf\tworld city"),  # a city in -ος is feminine
    ("Μόναχο", "Μόναχο\tx\tworld city\tΜονάχου"),  # the stress leaves the antepenult
    ("Εδιμβούργο", "Εδιμβούργο\tx\tworld city\tΕδιμβούργου"),
    ("Αννόβερο", "Αννόβερο\tx\tworld city\tΑννοβέρου"),
    ("Τσινγκτάο", "Τσινγκτάο\tx\tworld city"),  # a vowel before the -ο: no Greek neuter
    ("Λος Άντζελες", "Λος Άντζελες\tx\tworld city"),
    ("Νέα Ταϊπέι", "Νέα Ταϊπέι\tx\tworld city"),
])
def test_a_city_row_follows_the_name_ending(row_of, name: str, row: str) -> None:  # type: ignore[no-untyped-def]
    assert row_of(name) == row
