"""Organisations: ORG entities → bodies in the nominative, with acronyms as aliases.

"ο Δήμος", "του Δήμου μας" are references, not names; venues ("Δημοτικό Θέατρο Καβάλας")
are places; well-known bodies take their full name ("ΕΚΑΒ" → "Εθνικό Κέντρο Άμεσης
Βοήθειας"); an acronym seen alone that another body has as alias merges into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from keryx.lang.el.text import fold
from keryx.linking.lexicon import ACRONYM, LinkingLexicon
from keryx.linking.model import ORG_LABELS, LinkedOrg, Offsets, merge_prefixes
from keryx.linking.names import NameLexicon, organisation_nominative

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Span

__all__ = ["OrganisationResolver"]

_GEN_ARTICLES = frozenset({"του", "τησ", "των"})


class _KeyIndex:
    """Folded name or alias -> the first organisation (in order of appearance) that has it.

    An organisation's keys only grow (a replaced name stays as an alias), so one look-up per
    key replaces a scan of every organisation seen so far.
    """

    def __init__(self) -> None:
        self._first: dict[str, LinkedOrg] = {}
        self._order: dict[int, int] = {}

    def add(self, org: LinkedOrg, key: str) -> None:
        pos = self._order.setdefault(id(org), len(self._order))
        have = self._first.get(key)
        if have is None or pos < self._order[id(have)]:
            self._first[key] = org

    def find(self, keys: set[str]) -> LinkedOrg | None:
        hits = [self._first[k] for k in keys if k in self._first]
        return min(hits, key=lambda o: self._order[id(o)]) if hits else None


class OrganisationResolver:
    """``resolve(doc, ents, publisher, publisher_mentions)``: the document's organisations."""

    def __init__(self, lexicon: LinkingLexicon | None = None, names: NameLexicon | None = None) -> None:
        self.lex = lexicon or LinkingLexicon.default()
        self._org_heads = frozenset((names or NameLexicon.default()).org_heads)

    def resolve(self, doc: Doc, ents: list[Span], publisher: str | None,
                publisher_mentions: list[Offsets]) -> list[LinkedOrg]:
        lex = self.lex
        orgs: list[LinkedOrg] = []
        index = _KeyIndex()
        pieces = [p for ent in ents if ent.label_ in ORG_LABELS for p in self._split_nested(ent)]
        for ent in pieces:
            text = ent.text.strip()
            if text.endswith(".") and text.count(".") == 1 and ACRONYM.match(text[:-1]):
                text = text[:-1]  # "ΕΕ." at the end of a sentence
            if not any(c.isalpha() for c in text):
                continue
            name = organisation_nominative(text)
            if fold(name) in lex.generic_orgs:
                continue  # "ο Δήμος", "του Δήμου μας": a reference, not a name
            if lex.is_venue(name):
                continue  # a venue: listed among the places
            alias = self._parenthesised_acronym(doc, ent)
            known = lex.known_orgs.get(fold(name))
            if known and fold(known) != fold(name):
                # "ΕΚΑΒ", "του Πυροσβεστικού Σώματος": a well-known body under its full name.
                alias = alias or name
                name = known
            org = index.find({fold(name)} | ({fold(alias)} if alias else set()))
            if org is None:
                org = LinkedOrg(name=name)
                orgs.append(org)
                index.add(org, fold(name))
            elif ACRONYM.match(org.name) and not ACRONYM.match(name):
                # "ΚΕΔΕ" seen first, full name later: the full name becomes the name.
                org.aliases.append(org.name)
                org.name = name
                index.add(org, fold(name))
            if alias and alias not in org.aliases and fold(alias) != fold(org.name):
                org.aliases.append(alias)
                index.add(org, fold(alias))
            org.mentions.append((ent.start_char, ent.end_char))
        if publisher and not any(fold(o.name) == fold(publisher) for o in orgs):
            if publisher_mentions:
                orgs.append(LinkedOrg(name=publisher, mentions=list(publisher_mentions)))
        elif publisher:
            org = next(o for o in orgs if fold(o.name) == fold(publisher))
            org.mentions.extend(m for m in publisher_mentions if m not in org.mentions)
        # An acronym seen alone that is another organisation's alias merges into it.
        merged: list[LinkedOrg] = []
        by_alias: dict[str, LinkedOrg] = {}  # folded alias -> the first kept organisation with it
        for org in orgs:
            host = by_alias.get(fold(org.name))
            if host is not None:
                host.mentions.extend(org.mentions)
            else:
                merged.append(org)
                for a in org.aliases:
                    by_alias.setdefault(fold(a), org)
        merged = merge_prefixes(merged)
        for org in merged:
            org.mentions.sort()
        return merged

    def _split_nested(self, ent: Span) -> list[Span]:
        """"Ινστιτούτο Μοριακής Βιολογίας του Ιδρύματος Τεχνολογίας και Έρευνας" names two bodies."""
        heads = self._org_heads
        for i in range(1, len(ent) - 1):
            if fold(ent[i].text) in _GEN_ARTICLES and fold(ent[i + 1].text) in heads \
                    and fold(ent[0].text) in heads | self._head_adjectives(ent):
                if i + 2 >= len(ent) or fold(ent[i + 2].text) in self.lex.possessive:
                    # "Διεύθυνση Πολιτισμού του Δήμου": a department of the issuing body,
                    # which the entity list keeps; it is not a separate organisation.
                    return []
                return [ent[:i], ent[i:]]
        return [ent]

    def _head_adjectives(self, ent: Span) -> set[str]:
        # "Εθνικό Κέντρο ...": the first word may be an adjective before the head.
        return {fold(ent[0].text)} if len(ent) > 1 and fold(ent[1].text) in self._org_heads else set()

    @staticmethod
    def _parenthesised_acronym(doc: Doc, ent: Span) -> str | None:
        if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            cand = doc[ent.end + 1].text
            if ACRONYM.match(cand):
                return cand
        return None

