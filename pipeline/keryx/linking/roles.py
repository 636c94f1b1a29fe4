"""Roles → people: which person each ROLE span describes, and which organisation it is of.

"ο Δήμαρχος κ. Χ", "Χ, Δήμαρχος Υ", "ο Χ (Δήμαρχος Υ)", roles chained by "," or "και"
before or after one name. All look-ups go through a per-document index built once, so the
cost is linear in the number of roles and entities.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from keryx.lang.el.text import fold
from keryx.linking.lexicon import LinkingLexicon, stem
from keryx.linking.model import (
    ORG_LABELS,
    PERSON_LABELS,
    LinkedOrg,
    LinkedPerson,
    LinkedRole,
    Offsets,
)
from keryx.linking.names import organisation_nominative

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Span

__all__ = ["RoleResolver"]

_GEN_ARTICLES = frozenset({"του", "τησ", "των"})
_CHAIN_GAPS: tuple[list[str], ...] = ([], [","], ["και"], ["."], [".", ","])  # between roles that share a person after them
_LIST_GAPS: tuple[list[str], ...] = ([","], ["και"], [",", "και"])  # between the names of a list
_BEFORE_GAP = frozenset({",", "(", "-", "–", "ως"})  # "Χ, Δήμαρχος Υ", "Χ (Δήμαρχος Υ)"
_ORDINAL_LETTER = re.compile(r"[Α-ΩA-Z]['΄’]")  # "Α' Αντιπρόεδρος"


class _DocIndex:
    """What role attachment reads of one document, built once: no per-role rescans."""

    def __init__(self, doc: Doc, ents: list[Span], roles: list[Span], orgs: list[LinkedOrg]) -> None:
        self.roles = roles
        self.role_starts_list = [r.start for r in roles]
        self.role_starts = set(self.role_starts_list)
        self.role_ending_at: dict[int, Span] = {}
        for r in roles:
            self.role_ending_at.setdefault(r.end, r)
        self.persons = sorted((e for e in ents if e.label_ in PERSON_LABELS), key=lambda e: e.start)
        self.person_starts = [p.start for p in self.persons]
        self.person_ends = [p.end for p in self.persons]
        self.orgs = [e for e in ents if e.label_ in ORG_LABELS]
        self.org_starts = [e.start for e in self.orgs]
        self.org_of_mention: dict[Offsets, str] = {}
        for org in orgs:
            for m in org.mentions:
                self.org_of_mention.setdefault(m, org.name)
        self.sent_ends = _sent_ends(doc)


def _sent_ends(doc: Doc) -> list[int]:
    """For each token, where its sentence ends."""
    ends = [len(doc)] * len(doc)
    if doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            ends[sent.start:sent.end] = [sent.end] * (sent.end - sent.start)
    return ends


class RoleResolver:
    """``attach(doc, ...)``: adds each role to the person it describes."""

    def __init__(self, lexicon: LinkingLexicon | None = None) -> None:
        self.lex = lexicon or LinkingLexicon.default()

    def attach(self, doc: Doc, ents: list[Span], people_by_span: dict[Offsets, LinkedPerson],
               orgs: list[LinkedOrg], publisher: str | None, publisher_kinds: set[str]) -> None:
        roles = sorted(doc.spans.get("roles", []), key=lambda s: s.start)
        index = _DocIndex(doc, ents, roles, orgs)
        for role in roles:
            target = self._person_for_role(doc, role, index)
            if target is None:
                continue
            linked = self._role_record(role, index, orgs, publisher, publisher_kinds)
            q_end = self._qualifier_end(doc, role.end, target.start, index)
            if q_end == role.end and target.start > role.end and self._lower_complement(doc, role.end, target.start):
                q_end = target.start  # "του καθηγητή ιατρικής Αχιλλέα Γραβάνη"
            if q_end > role.end:
                linked.title = f"{linked.title} {doc[role.end:q_end].text}"
            if role.start > 0 and _ORDINAL_LETTER.fullmatch(doc[role.start - 1].text):
                linked.title = f"{doc[role.start - 1].text} {linked.title}"
            targets = [target]
            if role._.role_plural and target.start >= role.end:
                targets += self._coordinated_after(doc, target, index)
            for span in targets:
                person = people_by_span.get((span.start_char, span.end_char))
                if person is not None:
                    self._add_role(person, replace(linked))

    @staticmethod
    def _add_role(person: LinkedPerson, role: LinkedRole) -> None:
        """Add a role unless it repeats one already there ("Αντιδήμαρχος" vs "Αντιδήμαρχος Οικονομικών")."""
        new = fold(role.title)
        for i, old in enumerate(person.roles):
            have = fold(old.title)
            if have == new or have.startswith(new + " "):
                return
            if new.startswith(have + " "):
                person.roles[i] = role
                return
        person.roles.append(role)

    def _coordinated_after(self, doc: Doc, first: Span, index: _DocIndex) -> list[Span]:
        """A plural role names every person of the list after it: "οι πρώην βουλευτές Χ και Υ",
        "των Εισαγγελέων Χ, Υ και Ζ". The list goes on while names are joined by "," or "και"."""
        out: list[Span] = []
        sent_end = index.sent_ends[first.start]
        j = bisect_left(index.person_starts, first.end)
        prev = first
        while j < len(index.persons):
            p = index.persons[j]
            gap = [fold(t.text) for t in doc[prev.end:p.start]]
            if p.start >= sent_end or gap not in _LIST_GAPS:
                break
            out.append(p)
            prev, j = p, j + 1
        return out

    def _lower_complement(self, doc: Doc, start: int, end: int) -> bool:
        """One or two lower-case genitives between a role and a name complete the role:
        "καθηγητής ιατρικής Χ", "υπουργός οικονομικών Χ". Greek genitives end in -ς (-ης,
        -ας, -ίας), -ου or -ων; nothing else may stand there, honorifics ("κύριος") included."""
        words = doc[start:end]
        return 1 <= len(words) <= 2 and all(
            t.is_alpha and t.text.islower() and fold(t.text).endswith(("σ", "ου", "ων")) and len(t.text) > 3
            and fold(t.text) not in self.lex.honorifics and fold(t.text) not in self.lex.gap_words
            for t in words)

    def _gap_ok(self, doc: Doc, start: int, end: int) -> bool:
        """True when tokens doc[start:end] are only honorifics, articles and light punctuation."""
        for tok in doc[start:end]:
            f = fold(tok.text)
            if f in self.lex.honorifics or f in self.lex.gap_words:
                continue
            return False
        return True

    def _person_for_role(self, doc: Doc, role: Span, index: _DocIndex) -> Span | None:
        sent_end = index.sent_ends[role.start]
        # "ο Δήμαρχος κ. Χ" / "Πρόεδρος ΚΕΔΕ και Δήμαρχος Τρικκαίων κ. Χ": first person after
        # the role, with only honorifics, commas or further coordinated roles between.
        # "Ο Λιμενάρχης Ηρακλείου, Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης": roles chained by a comma
        # or "και" all belong to the person after the last one.
        pos = role.end
        k = bisect_left(index.role_starts_list, pos)
        while k < len(index.roles):
            other = index.roles[k]
            if other.start - pos <= 2 and [fold(t.text) for t in doc[pos:other.start]] in _CHAIN_GAPS:
                pos = other.end
                k = bisect_left(index.role_starts_list, pos, k + 1)
            else:
                break
        j = bisect_left(index.person_starts, pos)
        if j < len(index.persons):
            p = index.persons[j]
            if p.start < sent_end and (self._gap_ok(doc, pos, p.start) or self._qualifier_gap(doc, pos, p.start, index)
                                       or self._lower_complement(doc, pos, p.start)):
                return p
        return self._person_before(doc, role, index)

    def _person_before(self, doc: Doc, role: Span, index: _DocIndex, depth: int = 0) -> Span | None:
        """"ο κ. Χ, Δήμαρχος Υ," and "ο Χ (Δήμαρχος Υ)": the person just before the role;
        "Χ, Αντιπρόεδρος της ΚΕΔΕ και Δήμαρχος Ναυπλιέων": through the coordinated role."""
        j = bisect_right(index.person_ends, role.start) - 1
        if j >= 0:
            p = index.persons[j]
            between = doc[p.end:role.start]
            if len(between) <= 2 and all(t.text in _BEFORE_GAP for t in between):
                return p
        if depth < 3 and role.start >= 1:
            other = index.role_ending_at.get(role.start - 1)
            if other is not None and fold(doc[role.start - 1].text) in ("και", ","):
                return self._person_before(doc, other, index, depth + 1)
        return None

    def _qualifier_end(self, doc: Doc, start: int, end: int, index: _DocIndex) -> int:
        """End of capitalised words the role matcher left out before a person, or ``start``.

        "Γενική Γραμματέας Ψηφιακής Διακυβέρνησης Μαρία ...": "Ψηφιακής Διακυβέρνησης" is the
        qualifier; titles ("Δρ") and anything after them are not.
        """
        i = start

        def name_word(k: int) -> bool:
            return (k < end and doc[k].is_alpha and doc[k].text[:1].isupper()
                    and fold(doc[k].text) not in self.lex.honorifics and k not in index.role_starts)

        while i < end and i - start < 8:
            if name_word(i):
                i += 1
            elif i > start and doc[i].text in {",", "και"} and name_word(i + 1):
                i += 1  # "Αναστήλωσης, Μουσείων και Τεχνικών Έργων"
            else:
                break
        return i if i > start and self._gap_ok(doc, i, end) else start

    def _qualifier_gap(self, doc: Doc, start: int, end: int, index: _DocIndex) -> bool:
        return self._qualifier_end(doc, start, end, index) > start

    def _is_generic(self, word: str) -> bool:
        s = stem(word)
        return len(s) >= 4 and s[:5] in self.lex.generic_head_stems

    def _role_record(self, role: Span, index: _DocIndex, orgs: list[LinkedOrg], publisher: str | None,
                     publisher_kinds: set[str]) -> LinkedRole:
        title = role._.role_title or role.text
        bare = role._.canonical
        org_ref = role._.organisation_ref
        organisation = None
        if org_ref == "publisher":
            organisation = publisher
            # "Γενικός Γραμματέας του Δήμου μας": the "ours" qualifier is the organisation.
            if bare and fold(title).rpartition(" ")[2] in self.lex.possessive and " " in title:
                title = bare
        else:
            k = bisect_left(index.org_starts, role.start)
            qualifier_org = index.orgs[k] if k < len(index.orgs) and index.orgs[k].start < role.end + 1 else None
            qualifier = fold(title[len(bare):]).split() if bare and fold(title).startswith(fold(bare)) else []
            qualifier = [w for w in qualifier if w not in _GEN_ARTICLES]
            if len(qualifier) == 1 and self._is_generic(qualifier[0]):
                # "ο Διοικητής του Νοσοκομείου", "του οργανισμού": the issuing body itself.
                title, org_ref, organisation = bare, "publisher", publisher
            elif qualifier_org is not None:
                organisation = index.org_of_mention.get((qualifier_org.start_char, qualifier_org.end_char)) \
                    or organisation_nominative(qualifier_org.text)
            elif bare and fold(title) == fold(bare):
                # A bare municipal/regional role in a document that says "ο Δήμος μας".
                kinds = self.lex.role_org_kind.get(fold(bare), [])
                if any(stem(k) in publisher_kinds for k in kinds):
                    org_ref = "publisher"
                    organisation = publisher
            elif bare and qualifier and fold(bare) in self.lex.role_org_from_qualifier:
                # "Δήμαρχος Ηρακλείου" → "Δήμος Ηρακλείου", "Υπουργός Εσωτερικών" → "Υπουργείο Εσωτερικών".
                head = self.lex.role_org_from_qualifier[fold(bare)]
                if head:
                    rest = title[len(bare):].split()
                    rest = rest[1:] if rest and fold(rest[0]) in _GEN_ARTICLES else rest
                    candidate = f"{head} {' '.join(rest)}"
                    organisation = next((o.name for o in orgs if fold(o.name) == fold(candidate)), candidate)
        return LinkedRole(title=title, bare=bare, organisation=organisation,
                          organisation_ref=org_ref, start=role.start_char, end=role.end_char)
