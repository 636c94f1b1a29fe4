"""Bodies listed after one head noun in the plural: "στους δήμους Θέρμης, Καλαμαριάς και
Πυλαίας", "οι περιφέρειες Αττικής και Κρήτης", "των πανεπιστημίων του Λέστερ και του Μπέρμιγχαμ".

Greek shares the head of coordinated bodies of one kind and puts it in the plural; each name
after it, in the genitive, is the seat or own name of one body, whose name is the head in the
nominative singular and that genitive ("Δήμος Θέρμης", "Περιφέρεια Κρήτης"). The model sees only
places there, and the towns named this way are no places of the text.

Only heads of public bodies that are named by a seat (inflection.json "list_body_heads"), and
only names in the genitive: "στις περιφέρειες Τοσκάνη και Μάρκε" (nominatives) are places. A
genitive article before each name is allowed only for the heads named by their seat with one
("seat_heads": "των πρεσβειών της Γαλλίας και της Ιταλίας"); "στα νοσοκομεία της Αθήνας" are
venues. Ministries (named by a field) are :mod:`keryx.linking.ministries`' own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from keryx.lang.el import read_json
from keryx.lang.el.grammar import article_forms, genitive_endings
from keryx.lang.el.text import fold
from keryx.linking.names.inflection import word_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from keryx.linking.model import LinkedPlace

__all__ = ["ListedBody", "bodies_by_list", "places_outside"]

# the longest name one listed item may have ("Μαρκόπουλου Μεσογαίας", "Πυλαίας - Χορτιάτη")
_MAX_ITEM_WORDS = 3
_DASHES = frozenset({"-", "–", "—"})
_GEN_ARTICLES = article_forms(lambda a: "gen" in a.cases)  # "του", "της", "των": built once


@dataclass(frozen=True)
class ListedBody:
    """One body of a list after a plural head: its name (head in the nominative singular and
    the genitive as written), the characters of its mention, and the tokens of the whole list."""

    name: str
    start_char: int
    end_char: int
    region: tuple[int, int]


@lru_cache(maxsize=1)
def _plural_heads() -> dict[str, tuple[str, bool]]:
    """Folded plural forms of each listed head -> (its nominative singular, whether its names take
    a genitive article); a form that is also a singular of a head does not count."""
    data = read_json("inflection.json")
    seat = {fold(h) for h in data["seat_heads"]}
    out: dict[str, tuple[str, bool]] = {}
    singular: set[str] = set()
    for gender, heads in data["list_body_heads"].items():
        for head in heads:
            forms = word_forms(head, gender)
            singular.update(x for slot, xs in forms.items() if slot.endswith("_sg") for x in xs)
            for slot, xs in forms.items():
                if slot.endswith("_pl"):
                    out.update((x, (head, fold(head) in seat)) for x in xs)
    return {k: v for k, v in out.items() if k not in singular}


def _name_word(doc: Doc, k: int) -> bool:
    """A capitalised word, or capitalised words joined by a hyphen in one token ("Πύδνας-Κολινδρού"),
    that starts no sentence."""
    tok = doc[k]
    parts = tok.text.replace("–", "-").split("-")
    return all(p.isalpha() and p[:1].isupper() for p in parts) and not (k > 0 and tok.is_sent_start)


def _item(doc: Doc, folded: list[str], j: int, with_article: bool) -> tuple[int, int] | None:
    """(start, end) of the name in the genitive from token j, or None: capitalised words, the
    first in a genitive ending (or after a genitive article, which says the case of a name that
    does not decline), further ones in a genitive ending, joined by a dash, or right after the first."""
    genitive = genitive_endings()
    n = len(doc)
    art = with_article and j < n and folded[j] in _GEN_ARTICLES
    start = j + 1 if art else j
    if start >= n or not _name_word(doc, start) or not (art or folded[start].endswith(genitive)):
        return None
    end = start + 1
    while end < n and end - start < _MAX_ITEM_WORDS:
        if folded[end] in _DASHES and end + 1 < n and _name_word(doc, end + 1):
            end += 2  # "Πυλαίας - Χορτιάτη": one town's double name
        elif _name_word(doc, end) and (folded[end].endswith(genitive) or (end == start + 1 and not art)):
            end += 1  # "Μαρκόπουλου Μεσογαίας", "Πυλαίας Χορτιάτη"
        else:
            break
    return start, end


def _written(doc: Doc, start: int, end: int) -> str:
    """The name as written, a dash joining the parts of a double name without spaces."""
    words = [t.text for t in doc[start:end]]
    return " ".join(words).replace(" - ", "-").replace(" – ", "-").replace(" — ", "-")


def bodies_by_list(doc: Doc) -> list[ListedBody]:
    """The bodies that a plural head and a list of names in the genitive after it name (see the
    module's docstring): at least two names, joined by commas and "και"."""
    heads = _plural_heads()
    folded = [fold(t.text) for t in doc]
    out: list[ListedBody] = []
    i, n = 0, len(doc)
    while i < n:
        found = heads.get(folded[i])
        if found is None:
            i += 1
            continue
        head, with_article = found
        items: list[tuple[int, int]] = []
        j = i + 1
        while j < n:
            item = _item(doc, folded, j, with_article)
            if item is None:
                break
            items.append(item)
            j = item[1]
            k = j + 1 if j < n and folded[j] == "," else j
            k = k + 1 if k < n and folded[k] == "και" else k
            if k == j or _item(doc, folded, k, with_article) is None:
                break
            j = k
        last = items[-1][1] if items else i
        if len(items) < 2 or (last + 1 < n and folded[last] in _GEN_ARTICLES and _name_word(doc, last + 1)):
            i += 1  # one name, or names that go on with another's ("... της Κύπρου")
            continue
        for k, (a, b) in enumerate(items):
            at = doc[i].idx if k == 0 else doc[a].idx
            out.append(ListedBody(f"{head} {_written(doc, a, b)}", at, doc[b - 1].idx + len(doc[b - 1]), (i, last)))
        i = last
    return out


def places_outside(places: list[LinkedPlace], listed: list[ListedBody], doc: Doc) -> list[LinkedPlace]:
    """The places without their mentions inside a list of bodies, and none left with no mention:
    the seats a list names there are the bodies' names, no places of the text."""
    spans = {(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in {m.region for m in listed}}
    if not spans:
        return places
    out: list[LinkedPlace] = []
    for place in places:
        place.mentions = [(s, e) for s, e in place.mentions if not any(s < b and a < e for a, b in spans)]
        if place.mentions:
            out.append(place)
    return out
