"""Write the foreign (Latin-script) first names keryx ships, from Jörg Michael's name dictionary.

    pip install -e '.[train]'        # brings gender-guesser, which carries the dictionary
    python training/foreign_first_names.py [--source PATH/nam_dict.txt] [--out PATH]

Why: keryx knows Greek first names (``first_names.tsv``, ``first_names_learned.tsv``) but not the
given names of other countries, so a foreign person written in Latin letters ("Emmanuel Macron",
"Angela Merkel") is often read by the NER as a body. A complete public list answers "is this word
a given name somewhere": Jörg Michael's ``nam_dict.txt`` (the data of the program "gender",
c't magazine 2007-2008), about 45,000 given names of 55 countries and regions with their gender and a
frequency class (1 rare .. 13 extremely common) per country. It is carried by the PyPI package
``gender-guesser`` (``gender_guesser/data/nam_dict.txt``); its code is GPLv3, which is why keryx does
not import it at run time: this script reads the data file once and writes the names as a
resource.

Licence: ``nam_dict.txt`` is released under the GNU Free Documentation License 1.2 (or later, no
invariant sections, no cover texts); the written list is a modified copy of it and is released
under the same licence, as its header says (the rest of keryx keeps its own licence).

What is written (one row a name, sorted): the name as the dictionary writes it (Latin script,
diacritics kept), its gender (m, f, or u for a unisex name: the dictionary's ``?``, ``?M``, ``?F``),
and its highest frequency class over the countries. The dictionary's rules are followed: a line
with a ``+`` in column 30 is a second copy of a name with an expanded umlaut and is skipped, the
``=`` lines (equivalent short names) are skipped, and a ``+`` inside a name (Arabic, Chinese and
Korean names: "Jun+Wei" is "Jun-Wei", "Jun Wei" or "Junwei") is written in its hyphenated and
joined one-word forms. A name written both ways (male and female) is unisex.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "pipeline" / "keryx" / "lang" / "el" / "data" / "foreign_first_names.tsv"

HEADER = """\
# Foreign (Latin-script) given names: name, gender (m/f/u = unisex), highest frequency class over
# 55 countries and regions (1 rare .. 13 extremely common).
# Source: Jörg Michael, nam_dict.txt 1.2 (2008-11-30), the data of the program "gender" (c't 2007-2008),
# as carried by the PyPI package gender-guesser 0.4.0 (gender_guesser/data/nam_dict.txt).
# Written by training/foreign_first_names.py; do not edit by hand, run the script.
# Licence: this list is a modified copy of nam_dict.txt and, like it, is released under the
# GNU Free Documentation License, Version 1.2 or any later version published by the Free Software
# Foundation; with no Invariant Sections, no Front-Cover Texts, and no Back-Cover Texts.
# Copyright (c) 2007-2008 Jörg Michael (original data). Changes: only the names, their gender and
# their highest frequency are kept; the per-country frequencies are dropped.
"""

_GENDER = {"M": "m", "1M": "m", "F": "f", "1F": "f", "?": "u", "?M": "u", "?F": "u"}


def default_source() -> Path:
    """The dictionary file inside the installed gender-guesser package."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("gender_guesser")
    except ImportError:  # pragma: no cover - find_spec raises only for a broken parent package
        spec = None
    if spec is None or spec.origin is None:
        sys.exit("gender-guesser is not installed: pip install -e '.[train]', or pass --source nam_dict.txt")
    return Path(spec.origin).parent / "data" / "nam_dict.txt"


def parse(text: str) -> dict[str, tuple[str, int]]:
    """name -> (gender, highest frequency class), read by the dictionary's own column rules."""
    names: dict[str, tuple[str, int]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("="):
            continue
        if len(line) > 29 and line[29] == "+":
            continue  # the second copy of a name with an expanded umlaut
        gender = _GENDER.get(line[:2].strip())
        name = line[3:29].strip()
        if gender is None or not name:
            continue
        freq = max((int(c, 16) for c in line[30:85] if c in "0123456789ABCDEF"), default=0)
        forms = (name.replace("+", "-"), name.replace("+", "").capitalize()) if "+" in name else (name,)
        for form in forms:
            old = names.get(form)
            if old is None:
                names[form] = (gender, freq)
            else:
                names[form] = (old[0] if old[0] == gender else "u", max(old[1], freq))
    return names


def write(names: dict[str, tuple[str, int]], out: Path) -> None:
    rows = [f"{name}\t{g}\t{f}" for name, (g, f) in sorted(names.items())]
    out.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, help="nam_dict.txt (default: the installed gender-guesser's)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    source = args.source or default_source()
    names = parse(source.read_text(encoding="utf-8"))
    write(names, args.out)
    print(f"{len(names)} given names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
