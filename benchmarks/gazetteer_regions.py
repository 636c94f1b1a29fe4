"""Print the gazetteer rows for the world's regions (places.tsv, "the UN M49 regions"): the Greek
name Unicode CLDR gives every region and subregion of the UN's M49 standard (the numeric
territory codes, as shipped in babel 2.19.0), less those the gazetteer already holds under one
of their names (the continents) and those whose name means another place in Greek text (SKIP).

    pip install babel==2.19.0   # only to regenerate: keryx never needs it at run time
    python benchmarks/gazetteer_regions.py > rows.tsv   # with the region block taken out of places.tsv

Why: a world region ("η Λατινική Αμερική", "η Καραϊβική") is coarser than a country, and the
event rules let a coarse place give way to a finer one only when the gazetteer ranks it.
"""

from __future__ import annotations

from keryx.lang.el import read_tsv
from keryx.lang.el.text import fold

# 001 "Κόσμος" (a common word), 019 "Αμερική" (the United States in Greek news, a row above),
# 018 "Νότιος Αφρική" and 021 "Βόρειος Αμερική" (learned forms of the names of a country and a
# continent), 057 "Περιοχή Μικρονησίας" (a common noun at its head)
SKIP = frozenset({"001", "019", "018", "021", "057"})


def main() -> None:
    from babel import Locale

    known = {fold(n) for row in read_tsv("places.tsv") for n in [row[0], *(row[3].split(";") if len(row) > 3 else [])] if n}
    for code, name in sorted(Locale("el").territories.items()):
        if not code.isdigit() or code in SKIP or fold(name) in known:
            continue
        gender = "f" if all(w.endswith(("α", "ή", "η", "ία")) for w in name.split()) else "x"
        print(f"{name}\t{gender}\tworld region")


if __name__ == "__main__":
    main()
