"""Linking's vocabulary (``lang/el/data/linking.json``, ``honorifics.tsv``): honorifics, publisher
phrases, role→organisation hints; built once per process and shared by every resolver."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from keryx.lang.el import read_json, read_tsv
from keryx.lang.el.honorifics import read_honorifics
from keryx.lang.el.text import fold
from keryx.linking.names import known_organisations

__all__ = ["LinkingLexicon", "ACRONYM", "stem"]

ACRONYM = re.compile(r"^[A-ZΑ-Ω][A-ZΑ-Ω0-9.&-]{1,12}$")
_ENDING = re.compile(r"(ου|οσ|ησ|η|ο|α|ασ|εσ|ε|ων|οι|ι|σ)$")


def stem(word: str) -> str:
    """A crude inflection-proof key: the folded word without its last vowel/σ ending."""
    f = fold(word)
    return _ENDING.sub("", f) or f


class LinkingLexicon:
    """Honorifics, publisher phrases and role→organisation-kind hints, folded."""

    def __init__(self) -> None:
        data = read_json("linking.json")
        self.honorifics: dict[str, str] = {h.key: h.canonical for h in read_honorifics()}
        self.possessive = {fold(w) for w in data["publisher_possessive"]}
        heads = data["publisher_heads"]
        self.signature_heads = frozenset(fold(w) for w in heads["named_in_signature"])
        self.publisher_heads = [fold(w) for w in heads["named_in_signature"] + heads["others"]]
        self.role_org_kind: dict[str, list[str]] = {
            fold(k): [fold(x) for x in v] for k, v in data["role_org_kind"].items()
        }
        self.gap_words = {fold(w) for w in data["gap_words"]}
        self.role_org_from_qualifier: dict[str, str] = {
            fold(k): v for k, v in data["role_org_from_qualifier"].items()}
        self.generic_orgs = {*self.publisher_heads, *(fold(w) for w in data["generic_orgs"])}
        self.venue_heads = [fold(w) for w in data["venue_heads"]]
        self.admin_unit_abbreviations = {fold(w).rstrip("."): w for w in data["admin_unit_abbreviations"]}
        self.role_prefixes = {fold(w): w for w in data["role_prefixes"]}
        self.role_prepositions = frozenset(fold(w) for w in data["role_prepositions"])
        self.apposition_stops = frozenset(fold(w) for w in data["apposition_stops"])
        self.predicate_verbs = frozenset(fold(w) for w in data["predicate_verbs"])
        self.predicate_words = frozenset(fold(w) for w in data["predicate_words"])
        self.relatives = frozenset(fold(w) for w in data["relatives"])
        self.post_nominals = frozenset(fold(w).replace(".", "") for w in data["post_nominals"])
        self.known_orgs: Mapping[str, str] = known_organisations()
        # Everyday first names -> their formal form, by stem ("Αλέκου" -> "Αλέξανδρος").
        self.formal_first: dict[str, str] = {}
        for row in read_tsv("hypocoristics.tsv"):
            for variant in (row[1].split(";") if len(row) > 1 else []):
                if variant.strip():
                    self.formal_first[stem(variant.strip())] = stem(row[0])
        # Stems of the bodies a document may call "ours", and of those "του Νοσοκομείου" means.
        self.head_stems = [stem(h) for h in self.publisher_heads]
        self.generic_head_stems = [stem(h)[:5] for h in self.publisher_heads]

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> LinkingLexicon:
        """The packaged lexicon, built once per process (resolvers only read it)."""
        return LinkingLexicon()

    def is_venue(self, name: str) -> bool:
        """"Δημοτικό Θέατρο Καβάλας", "Ξενοδοχείο Μακεδονία Παλλάς": a place, not an organisation."""
        words = fold(name).split()
        for head in self.venue_heads:
            n = len(head.split())
            for i in range(min(3, len(words))):
                if " ".join(words[i:i + n])[: max(4, len(head) - 2)] == head[: max(4, len(head) - 2)]:
                    return True
        return False
