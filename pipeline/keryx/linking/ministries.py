"""Ministries named by their field where the model sees no body: the listed ministries
(organisations.tsv) whose head noun the text shares among fields or leaves out.

Greek news writes a ministry's head in small letters and names it by its field in the genitive
("το υπουργείο Υγείας"). Three ways of writing it defeat the model:

- one head in the plural before coordinated fields names one ministry per field ("των
  υπουργείων Υγείας και Ανάπτυξης", "στα υπουργεία Τουρισμού και Περιβάλλοντος και Ενέργειας");
  the list tells where one field ends, "Περιβάλλοντος και Ενέργειας" being one ministry's;
- the head elided after its article, which agrees with the head, not with the field ("το
  Δικαιοσύνης", "του Προστασίας του Πολίτη"): the nearest body head noun of that gender before
  it, a form of the ministries' head, is what the article stands for;
- the field in small letters too ("του υπουργείου υγείας").

Only a field the list holds counts (the list decides where a field ends), or, inside a list of
listed ones, one capitalised genitive word with a comma right after it: a series' comma parts
its items ("των υπουργείων Υγείας, Παιδείας, Τουρισμού"), while "και" may join the words of
one field ("Παιδείας, Έρευνας και Θρησκευμάτων"), so a word before it stays unread; not one followed
by a further capitalised word or a state in the genitive ("τα υπουργεία Υγείας και Παιδείας της
Κύπρου" are another state's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from keryx.lang.el import read_json, read_tsv
from keryx.lang.el.grammar import articles, genitive_endings
from keryx.lang.el.text import fold

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc

    from keryx.linking.names.lexicon import NameEntry

__all__ = ["FieldMention", "ministries_by_field"]

# how far back (in tokens) an elided head's antecedent may stand
_ANTECEDENT_WINDOW = 40
# the endings of a feminine singular or any plural genitive: a field that starts with one cannot
# agree with a genitive article of a masculine or neuter head ("του Υγείας"), unlike "του Τουρισμού"
_NON_AGREEING_GENITIVE = genitive_endings(masculine_neuter_singular=False)
_WORD = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class FieldMention:
    """A listed ministry named by its field: its canonical name, the characters of the mention,
    and the tokens the whole construction covers (head, fields, joiners)."""

    name: str
    start_char: int
    end_char: int
    region: tuple[int, int]


@lru_cache(maxsize=1)
def _listed_fields() -> tuple[frozenset[str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """The ministries' head nouns (folded nominatives, "υπουργειο") and, by their first folded
    token, each listed ministry's field as folded tokens with its canonical name: a listed name
    whose first word starts with a ministry stem (linking.json "not_place" "ministry_stems")."""
    stems = tuple(fold(s) for s in read_json("linking.json")["not_place"]["ministry_stems"])
    heads: set[str] = set()
    fields: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in read_tsv("organisations.tsv"):
        canonical = row[0].strip()
        head, _, field = canonical.partition(" ")
        if not field or not fold(head).startswith(stems):
            continue
        heads.add(fold(head))
        key = tuple(fold(w) for w in _WORD.findall(field))
        fields.setdefault(key[0], []).append((key, canonical))
    return frozenset(heads), fields


def _head_number(entries: tuple[NameEntry, ...], heads: frozenset[str]) -> str | None:
    """"sg" or "pl" where the word is a form of a ministries' head noun in that number only."""
    numbers = {s[-2:] for e in entries if fold(e.nominative) in heads for s in e.slots}
    return next(iter(numbers)) if len(numbers) == 1 else None


def _field_at(doc: Doc, folded: list[str], j: int, lower: bool | None) -> tuple[int, str, bool] | None:
    """(end, canonical name, written in small letters) of the longest listed field starting at
    token j, written as the list writes it (capitalised) or all in small letters; ``lower``
    asks for one of the two."""
    best: tuple[int, str, bool] | None = None
    for key, canonical in _listed_fields()[1].get(folded[j], ()):
        n = len(key)
        if tuple(folded[j:j + n]) != key or (best is not None and n <= best[0] - j):
            continue
        words = [t.text for t in doc[j:j + n] if t.is_alpha]
        small = all(w.islower() for w in words)
        capital = words[0][:1].isupper() and all(w.islower() or w[:1].isupper() for w in words)
        if (small and lower is not False) or (capital and not small and lower is not True):
            best = (j + n, canonical, small)
    return best


def _name_goes_on(doc: Doc, folded: list[str], end: int, genitive: frozenset[str]) -> bool:
    """Whether a capitalised word, or a genitive article and one, follows: the field is part of a
    longer name ("το Οικονομικών Επιστημών") or the ministries are another state's ("... της Κύπρου")."""
    k = end + 1 if end < len(doc) and folded[end] in genitive else end
    return k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_sent_start


def ministries_by_field(doc: Doc, head_forms: Mapping[str, tuple[NameEntry, ...]]) -> list[FieldMention]:
    """The listed ministries the text names by a field that a plural head shares, after an elided
    head, or in small letters (see the module's docstring); ``head_forms`` are the organisation
    heads' folded forms (:class:`keryx.linking.names.NameLexicon`'s ``org_heads``)."""
    heads = _listed_fields()[0]
    folded = [fold(t.text) for t in doc]
    genitive = frozenset(a.form for a in articles() if "gen" in a.cases)
    # the articles that stand before a singular ministry head: its gender's, and the genitive
    # singular, which the masculine and the neuter share ("του")
    gender = next((e.gender for es in head_forms.values() for e in es if fold(e.nominative) in heads), "n")
    elided = {a.form: "gen" in a.cases for a in articles()
              if a.number == "sg" and (a.gender == gender or ("gen" in a.cases and a.gender != "f"))}
    out: list[FieldMention] = []
    i, n = 0, len(doc)
    while i < n:
        number = _head_number(head_forms.get(folded[i], ()), heads)
        if number == "pl" and i + 1 < n:
            found = _conjuncts(doc, folded, i + 1)
            if len(found) >= 2 and not _name_goes_on(doc, folded, found[-1][0], genitive):
                start = doc[i].idx
                for k, (end, canonical, first) in enumerate(found):
                    at = start if k == 0 else doc[first].idx
                    out.append(FieldMention(canonical, at, doc[end - 1].idx + len(doc[end - 1]), (i, found[-1][0])))
                i = found[-1][0]
                continue
        elif number == "sg" and i + 1 < n and doc[i].is_lower:
            hit = _field_at(doc, folded, i + 1, lower=True)
            if hit and not _name_goes_on(doc, folded, hit[0], genitive):
                end = hit[0]
                out.append(FieldMention(hit[1], doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), (i, end)))
                i = end
                continue
        elif folded[i] in elided and i + 1 < n:
            hit = _field_at(doc, folded, i + 1, lower=False)
            if hit and (not elided[folded[i]] or folded[i + 1].endswith(_NON_AGREEING_GENITIVE)) \
                    and not _name_goes_on(doc, folded, hit[0], genitive) \
                    and _antecedent_is_ministry(folded, i, head_forms, heads, gender):
                end = hit[0]
                out.append(FieldMention(hit[1], doc[i + 1].idx, doc[end - 1].idx + len(doc[end - 1]), (i + 1, end)))
                i = end
                continue
        i += 1
    return out


def _conjuncts(doc: Doc, folded: list[str], j: int) -> list[tuple[int, str, int]]:
    """The listed fields coordinated from token j ("Υγείας και Ανάπτυξης", "Περιβάλλοντος και
    Ενέργειας, Τουρισμού και Υγείας"): (end, canonical name, start) of each, all in one writing."""
    found: list[tuple[int, str, int]] = []
    lower: bool | None = None
    while j < len(doc):
        hit = _field_at(doc, folded, j, lower)
        if hit is None and found and _comma_bounded(doc, folded, j, lower):
            # "Υγείας, Παιδείας, Τουρισμού": a series' commas bound each field, listed or not
            hit = (j + 1, f"{found[0][1].partition(' ')[0]} {doc[j].text}", False)
        if hit is None:
            break
        found.append((hit[0], hit[1], j))
        lower = hit[2]
        j = hit[0]
        if j < len(doc) and folded[j] == ",":
            j += 1
        if j < len(doc) and folded[j] == "και":
            j += 1
        if j == hit[0]:
            break
    if found and j > found[-1][0] and j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper():
        # a joiner after the last field, then a capitalised word no listed field starts: the
        # coordination goes on with a field the list does not hold, whose extent it cannot tell
        return []
    return found


def _comma_bounded(doc: Doc, folded: list[str], j: int, lower: bool | None) -> bool:
    """Whether token j is one capitalised word in a genitive ending with a comma right after it,
    in a list of capitalised fields: a field of its own, since a series' comma parts its items,
    though the list does not hold it ("Οικονομικών, Παιδείας, Τουρισμού")."""
    tok = doc[j]
    return (lower is not True and tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start
            and folded[j].endswith(genitive_endings()) and j + 1 < len(doc) and folded[j + 1] == ",")


def _antecedent_is_ministry(folded: list[str], i: int, head_forms: Mapping[str, tuple[NameEntry, ...]],
                            heads: frozenset[str], gender: str) -> bool:
    """Whether the nearest body head noun of the ministries' gender before token i (within a
    window) is a form of a ministries' head: what an article with no noun after it stands for."""
    for k in range(i - 1, max(-1, i - 1 - _ANTECEDENT_WINDOW), -1):
        entries = [e for e in head_forms.get(folded[k], ()) if e.gender == gender]
        if entries:
            return any(fold(e.nominative) in heads for e in entries)
    return False
