"""Linking: entities → people (with roles), organisations and places, merged per document.

Works on a processed ``Doc``: ``doc.ents`` from the NER, ``doc.spans["roles"]`` from the
role matcher. Names are put in the nominative by :mod:`pipeline.names`; mentions of the
same person ("ο Σταύρος Τζουλάκης", "του κ. Τζουλάκη", "ΤΖΟΥΛΑΚΗΣ") merge into one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from keryx.lang.el import read_json
from keryx.lang.el.text import fold
from keryx.linking import names

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass
class LinkedRole:
    title: str
    bare: str | None = None
    organisation: str | None = None
    organisation_ref: str | None = None
    start: int = 0
    end: int = 0


@dataclass
class LinkedPerson:
    name: str
    honorific: str | None = None
    roles: list[LinkedRole] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    key: str = ""


@dataclass
class LinkedOrg:
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class LinkedPlace:
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Linked:
    """Everything the record needs from linking, keyed for later stages."""

    people: list[LinkedPerson]
    organisations: list[LinkedOrg]
    places: list[LinkedPlace]
    person_of_span: dict[tuple[int, int], LinkedPerson]
    publisher: str | None


class LinkingLexicon:
    """Honorifics, publisher phrases and role→organisation-kind hints (resources/linking.json)."""

    def __init__(self) -> None:
        data = read_json("linking.json")
        self.honorifics: dict[str, str] = {fold(k): v for k, v in data["honorifics"].items()}
        self.possessive = {fold(w) for w in data["publisher_possessive"]}
        self.publisher_heads = [fold(w) for w in data["publisher_heads"]]
        self.role_org_kind: dict[str, list[str]] = {
            fold(k): [fold(x) for x in v] for k, v in data["role_org_kind"].items()
        }
        self.gap_words = {fold(w) for w in data["gap_words"]}
        self.role_org_from_qualifier: dict[str, str] = {
            fold(k): v for k, v in data["role_org_from_qualifier"].items()}
        self.generic_orgs = {fold(w) for w in data["publisher_heads"] + data["generic_orgs"]}
        self.venue_heads = [fold(w) for w in data["venue_heads"]]
        self.ranks = {fold(w) for w in data["ranks"]}
        self.known_orgs = names.known_organisations()
        # Stems of the bodies a document may call "ours", and of those "του Νοσοκομείου" means.
        self.head_stems = [_stem(h) for h in self.publisher_heads]
        self.generic_head_stems = [_stem(h)[:5] for h in [*self.publisher_heads, "Νοσοκομείο", "Οργανισμός"]]

    def is_venue(self, name: str) -> bool:
        """"Δημοτικό Θέατρο Καβάλας", "Ξενοδοχείο Μακεδονία Παλλάς": a place, not an organisation."""
        words = fold(name).split()
        for head in self.venue_heads:
            n = len(head.split())
            for i in range(min(3, len(words))):
                if " ".join(words[i:i + n])[: max(4, len(head) - 2)] == head[: max(4, len(head) - 2)]:
                    return True
        return False

    @cached_property
    def acronym_re(self) -> re.Pattern:
        return re.compile(r"^[A-ZΑ-Ω][A-ZΑ-Ω0-9.&-]{1,12}$")


def _strip_honorific(span, lex: LinkingLexicon):
    """Split a PERSON span into (honorific, name tokens), looking just before it too."""
    doc = span.doc
    tokens = list(span)
    honorific = None
    while tokens and fold(tokens[0].text) in lex.honorifics:
        honorific = lex.honorifics[fold(tokens[0].text)]
        tokens = tokens[1:]
    i = span.start - 1
    while honorific is None and i >= 0 and i >= span.start - 2:
        f = fold(doc[i].text)
        if f in lex.honorifics:
            honorific = lex.honorifics[f]
            break
        if f not in (".",):
            break
        i -= 1
    while tokens and not any(c.isalpha() for c in tokens[-1].text):
        tokens = tokens[:-1]
    return honorific, tokens


def _case_gender(span, lex: LinkingLexicon) -> tuple[str | None, str | None]:
    """Case and gender from the article before a name (skipping honorifics)."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (fold(doc[i].text) in lex.honorifics or doc[i].text == "."):
        i -= 1
    if i >= 0:
        return names.article_case_gender(doc[i].text)
    return None, None


def _person_key(name: str) -> str:
    parts = fold(name).split()
    return parts[-1] if parts else ""


def _stem(word: str) -> str:
    """A crude inflection-proof key: the folded word without its last vowel/σ ending."""
    f = fold(word)
    return re.sub(r"(ου|οσ|ησ|η|ο|α|ασ|εσ|ε|ων|οι|ι|σ)$", "", f) or f


class Linker:
    """Owns the lexicon; ``link(doc)`` gives people, organisations and places."""

    def __init__(self) -> None:
        self.lex = LinkingLexicon()

    # -- people -----------------------------------------------------------------------------
    def _people(self, doc, publisher: str | None) -> tuple[list[LinkedPerson], dict]:
        lex = self.lex
        people: list[LinkedPerson] = []
        by_span: dict[tuple[int, int], LinkedPerson] = {}
        ents = [e for e in doc.ents if e.label_ in PERSON_LABELS]
        # Full names first so that surname-only mentions find them.
        ents.sort(key=lambda e: (-len(e), e.start))
        for ent in ents:
            honorific, tokens = _strip_honorific(ent, lex)
            if not tokens:
                continue
            case, gender = _case_gender(ent, lex)
            name = names.person_nominative([t.text for t in tokens], gender=gender, case=case)
            person = self._find_person(people, name)
            if person is None:
                person = LinkedPerson(name=name, key=_person_key(name))
                people.append(person)
            elif len(name.split()) > len(person.name.split()):
                person.name = name
            if honorific and not person.honorific:
                person.honorific = honorific
            person.mentions.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
            by_span[(ent.start_char, ent.end_char)] = person
        for p in people:
            p.mentions.sort()
        people.sort(key=lambda p: p.mentions[0])
        return people, by_span

    @staticmethod
    def _find_person(people: list[LinkedPerson], name: str) -> LinkedPerson | None:
        parts = name.split()
        surname = _stem(parts[-1])
        first = _stem(parts[0]) if len(parts) > 1 else None
        for p in people:
            pparts = p.name.split()
            if _stem(pparts[-1]) != surname:
                continue
            pfirst = _stem(pparts[0]) if len(pparts) > 1 else None
            if first is None or pfirst is None or first == pfirst:
                return p
        return None

    # -- roles ------------------------------------------------------------------------------
    def _attach_roles(self, doc, people_by_span: dict, orgs: list[LinkedOrg], publisher: str | None) -> None:
        roles = sorted(doc.spans.get("roles", []), key=lambda s: s.start)
        persons = sorted((e for e in doc.ents if e.label_ in PERSON_LABELS), key=lambda e: e.start)
        publisher_in_doc = self._publisher_kinds(doc)
        for role in roles:
            target = self._person_for_role(doc, role, roles, persons)
            if target is None:
                continue
            person = people_by_span.get((target.start_char, target.end_char))
            if person is None:
                continue
            linked = self._role_record(role, orgs, publisher, publisher_in_doc)
            q_end = self._qualifier_end(doc, role.end, target.start)
            if q_end > role.end:
                linked.title = f"{linked.title} {doc[role.end:q_end].text}"
            if role.start > 0 and re.fullmatch(r"[Α-ΩA-Z]['΄’]", doc[role.start - 1].text):
                linked.title = f"{doc[role.start - 1].text} {linked.title}"  # "Α' Αντιπρόεδρος"
            self._add_role(person, linked)
        for person in people_by_span.values():
            # A rank ("Ταξίαρχος", "Πύραρχος") is the person's role only when there is no other.
            if any(fold(r.bare or r.title) not in self.lex.ranks for r in person.roles):
                person.roles = [r for r in person.roles if fold(r.bare or r.title) not in self.lex.ranks]

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

    @staticmethod
    def _sent_ends(doc) -> list[int]:
        """For each token, where its sentence ends (computed once per document)."""
        cached = doc.user_data.get("keryx_sent_ends")
        if cached is None or len(cached) != len(doc):
            cached = [len(doc)] * len(doc)
            if doc.has_annotation("SENT_START"):
                for sent in doc.sents:
                    cached[sent.start:sent.end] = [sent.end] * (sent.end - sent.start)
            doc.user_data["keryx_sent_ends"] = cached
        return cached

    def _gap_ok(self, doc, start: int, end: int) -> bool:
        """True when tokens doc[start:end] are only honorifics, articles and light punctuation."""
        for tok in doc[start:end]:
            f = fold(tok.text)
            if f in self.lex.honorifics or f in self.lex.gap_words:
                continue
            return False
        return True

    def _person_for_role(self, doc, role, roles, persons):
        sent_end = self._sent_ends(doc)[role.start]
        # "ο Δήμαρχος κ. Χ" / "Πρόεδρος ΚΕΔΕ και Δήμαρχος Τρικκαίων κ. Χ": first person after
        # the role, with only honorifics, commas or further coordinated roles between.
        # "Ο Λιμενάρχης Ηρακλείου, Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης": roles chained by a comma
        # or "και" all belong to the person after the last one.
        pos = role.end
        for other in roles:
            if other.start < pos:
                continue
            gap = [fold(t.text) for t in doc[pos:other.start]]
            if gap in ([], [","], ["και"], ["."], [".", ","]):
                pos = other.end
            else:
                break
        for p in persons:
            if p.start >= pos and p.start < sent_end and (
                    self._gap_ok(doc, pos, p.start) or self._qualifier_gap(doc, pos, p.start)):
                return p
            if p.start >= pos:
                break
        return self._person_before(doc, role, roles, persons)

    def _person_before(self, doc, role, roles, persons, depth: int = 0):
        """"ο κ. Χ, Δήμαρχος Υ," and "ο Χ (Δήμαρχος Υ)": the person just before the role;
        "Χ, Αντιπρόεδρος της ΚΕΔΕ και Δήμαρχος Ναυπλιέων": through the coordinated role."""
        for p in reversed(persons):
            if p.end <= role.start:
                between = doc[p.end:role.start]
                if len(between) <= 2 and all(t.text in {",", "(", "-", "–", "ως"} for t in between):
                    return p
                break
        if depth < 3:
            for other in roles:
                if other.end < role.start and [fold(t.text) for t in doc[other.end:role.start]] in (["και"], [","]):
                    return self._person_before(doc, other, roles, persons, depth + 1)
        return None

    def _qualifier_end(self, doc, start: int, end: int) -> int:
        """End of capitalised words the role matcher left out before a person, or ``start``.

        "Γενική Γραμματέας Ψηφιακής Διακυβέρνησης Μαρία ...": "Ψηφιακής Διακυβέρνησης" is the
        qualifier; titles ("Δρ") and anything after them are not.
        """
        i = start
        role_starts = {r.start for r in doc.spans.get("roles", [])}

        def name_word(k: int) -> bool:
            return (k < end and doc[k].is_alpha and doc[k].text[:1].isupper()
                    and fold(doc[k].text) not in self.lex.honorifics and k not in role_starts)

        while i < end and i - start < 8:
            if name_word(i):
                i += 1
            elif i > start and doc[i].text in {",", "και"} and name_word(i + 1):
                i += 1  # "Αναστήλωσης, Μουσείων και Τεχνικών Έργων"
            else:
                break
        return i if i > start and self._gap_ok(doc, i, end) else start

    def _qualifier_gap(self, doc, start: int, end: int) -> bool:
        return self._qualifier_end(doc, start, end) > start

    def _is_generic(self, word: str) -> bool:
        stem = _stem(word)
        return len(stem) >= 4 and stem[:5] in self.lex.generic_head_stems

    def _publisher_kinds(self, doc) -> set[str]:
        """Organisation kinds the document calls "ours" ("ο Δήμος μας" → {"δημοσ"})."""
        kinds = set()
        for tok, _ in self._possessives(doc):
            stem = _stem(tok.text)
            kinds.update(h for h in self.lex.head_stems if stem.startswith(h[:5]))
        return kinds

    def _possessives(self, doc):
        """(word, "μας") pairs: "Δήμος μας", "της Περιφέρειάς μας"."""
        return [(doc[i], doc[i + 1]) for i in range(len(doc) - 1) if fold(doc[i + 1].text) in self.lex.possessive]

    def _role_record(self, role, orgs, publisher, publisher_kinds) -> LinkedRole:
        title = role._.role_title or role.text
        bare = role._.canonical
        org_ref = role._.organisation_ref
        organisation = None
        if org_ref == "publisher":
            organisation = publisher
            # "Γενικός Γραμματέας του Δήμου μας": the "ours" qualifier is the organisation.
            if bare and fold(title).endswith(" μασ"):
                title = bare
        else:
            qualifier_orgs = [
                e for e in role.doc.ents
                if e.label_ in ORG_LABELS and e.start >= role.start and e.start < role.end + 1
            ]
            qualifier = fold(title[len(bare):]).split() if bare and fold(title).startswith(fold(bare)) else []
            qualifier = [w for w in qualifier if w not in {"του", "τησ", "των"}]
            if len(qualifier) == 1 and self._is_generic(qualifier[0]):
                # "ο Διοικητής του Νοσοκομείου", "του οργανισμού": the issuing body itself.
                title, org_ref, organisation = bare, "publisher", publisher
            elif qualifier_orgs:
                organisation = self._org_name_for(qualifier_orgs[0], orgs)
            elif bare and fold(title) == fold(bare):
                # A bare municipal/regional role in a document that says "ο Δήμος μας".
                kinds = self.lex.role_org_kind.get(fold(bare), [])
                if any(_stem(k) in publisher_kinds for k in kinds):
                    org_ref = "publisher"
                    organisation = publisher
            elif bare and qualifier and fold(bare) in self.lex.role_org_from_qualifier:
                # "Δήμαρχος Ηρακλείου" → "Δήμος Ηρακλείου", "Υπουργός Εσωτερικών" → "Υπουργείο Εσωτερικών".
                head = self.lex.role_org_from_qualifier[fold(bare)]
                if head:
                    rest = title[len(bare):].split()
                    rest = rest[1:] if rest and fold(rest[0]) in {"του", "τησ", "των"} else rest
                    candidate = f"{head} {' '.join(rest)}"
                    organisation = next((o.name for o in orgs if fold(o.name) == fold(candidate)), candidate)
        return LinkedRole(title=title, bare=bare, organisation=organisation,
                          organisation_ref=org_ref, start=role.start_char, end=role.end_char)

    # -- organisations and places -----------------------------------------------------------
    def _organisations(self, doc, publisher: str | None) -> list[LinkedOrg]:
        orgs: list[LinkedOrg] = []
        pieces = [p for ent in doc.ents if ent.label_ in ORG_LABELS for p in self._split_nested(ent)]
        for ent in pieces:
            text = ent.text.strip()
            if text.endswith(".") and text.count(".") == 1 and self.lex.acronym_re.match(text[:-1]):
                text = text[:-1]  # "ΕΕ." at the end of a sentence
            if not any(c.isalpha() for c in text):
                continue
            name = names.organisation_nominative(text)
            if fold(name) in self.lex.generic_orgs:
                continue  # "ο Δήμος", "του Δήμου μας": a reference, not a name
            if self.lex.is_venue(name):
                continue  # a venue: listed among the places
            alias = self._parenthesised_acronym(doc, ent)
            known = self.lex.known_orgs.get(fold(name))
            if known and fold(known) != fold(name):
                # "ΕΚΑΒ", "του Πυροσβεστικού Σώματος": a well-known body under its full name.
                alias = alias or name
                name = known
            org = self._find_org(orgs, name, alias)
            if org is None:
                org = LinkedOrg(name=name)
                orgs.append(org)
            elif self.lex.acronym_re.match(org.name) and not self.lex.acronym_re.match(name):
                # "ΚΕΔΕ" seen first, full name later: the full name becomes the name.
                org.aliases.append(org.name)
                org.name = name
            if alias and alias not in org.aliases and fold(alias) != fold(org.name):
                org.aliases.append(alias)
            org.mentions.append((ent.start_char, ent.end_char))
        if publisher and not any(fold(o.name) == fold(publisher) for o in orgs):
            mentions = self._publisher_mentions(doc)
            if mentions:
                orgs.append(LinkedOrg(name=publisher, mentions=mentions))
        elif publisher:
            org = next(o for o in orgs if fold(o.name) == fold(publisher))
            org.mentions.extend(m for m in self._publisher_mentions(doc) if m not in org.mentions)
        # An acronym seen alone that is another organisation's alias merges into it.
        merged: list[LinkedOrg] = []
        for org in orgs:
            host = next((o for o in merged if fold(org.name) in {fold(a) for a in o.aliases}), None)
            if host is not None:
                host.mentions.extend(org.mentions)
            else:
                merged.append(org)
        merged = _merge_prefixes(merged)
        for org in merged:
            org.mentions.sort()
        return merged

    def _split_nested(self, ent) -> list:
        """"Ινστιτούτο Μοριακής Βιολογίας του Ιδρύματος Τεχνολογίας και Έρευνας" names two bodies."""
        heads = self._org_heads
        for i in range(1, len(ent) - 1):
            if fold(ent[i].text) in {"του", "τησ", "των"} and fold(ent[i + 1].text) in heads \
                    and fold(ent[0].text) in heads | self._head_adjectives(ent):
                if i + 2 >= len(ent) or fold(ent[i + 2].text) == "μασ":
                    # "Διεύθυνση Πολιτισμού του Δήμου": a department of the issuing body,
                    # which the entity list keeps; it is not a separate organisation.
                    return []
                return [ent[:i], ent[i:]]
        return [ent]

    @cached_property
    def _org_heads(self) -> frozenset[str]:
        return frozenset(names.NameLexicon.default().org_heads)

    def _head_adjectives(self, ent) -> set[str]:
        # "Εθνικό Κέντρο ...": the first word may be an adjective before the head.
        return {fold(ent[0].text)} if len(ent) > 1 and fold(ent[1].text) in self._org_heads else set()

    def _publisher_mentions(self, doc) -> list[tuple[int, int]]:
        heads = {h[:4] for h in self.lex.head_stems}
        return [(tok.idx, ours.idx + len(ours.text)) for tok, ours in self._possessives(doc)
                if _stem(tok.text)[:4] in heads]

    def _parenthesised_acronym(self, doc, ent) -> str | None:
        if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            cand = doc[ent.end + 1].text
            if self.lex.acronym_re.match(cand):
                return cand
        return None

    def _find_org(self, orgs: list[LinkedOrg], name: str, alias: str | None) -> LinkedOrg | None:
        keys = {fold(name)} | ({fold(alias)} if alias else set())
        for org in orgs:
            if keys & ({fold(org.name)} | {fold(a) for a in org.aliases}):
                return org
        return None

    def _org_name_for(self, ent, orgs: list[LinkedOrg]) -> str:
        for org in orgs:
            if (ent.start_char, ent.end_char) in org.mentions:
                return org.name
        return names.organisation_nominative(ent.text)

    def _places(self, doc) -> list[LinkedPlace]:
        places: list[LinkedPlace] = []
        for ent in doc.ents:
            if not any(c.isalpha() for c in ent.text):
                continue
            if ent.label_ in PLACE_LABELS:
                name = names.place_nominative(ent.text.strip())
            elif ent.label_ in ORG_LABELS and self.lex.is_venue(names.organisation_nominative(ent.text.strip())):
                name = names.organisation_nominative(ent.text.strip())
            else:
                continue
            place = next((p for p in places if fold(p.name) == fold(name)), None)
            if place is None:
                place = LinkedPlace(name=name)
                places.append(place)
            elif place.name.isupper() and not name.isupper():
                place.name = name  # "ΗΡΑΚΛΕΙΟ" in a headline, "Ηράκλειο" in the body
            place.mentions.append((ent.start_char, ent.end_char))
        return _merge_prefixes(places)

    def link(self, doc, publisher: str | None = None) -> Linked:
        people, by_span = self._people(doc, publisher)
        orgs = self._organisations(doc, publisher)
        self._attach_roles(doc, by_span, orgs, publisher)
        return Linked(people=people, organisations=orgs, places=self._places(doc),
                      person_of_span=by_span, publisher=publisher)


def _merge_prefixes(items: list) -> list:
    """Merge a name that is the start of a longer one ("Δημοτικό Θέατρο" into
    "Δημοτικό Θέατρο Καβάλας"): a shortened repeat mention, not a second body or place."""
    out: list = []
    for item in sorted(items, key=lambda x: -len(x.name)):
        key = fold(item.name)
        host = next((o for o in out if fold(o.name).startswith(key + " ")), None)
        if host is None or len(key.split()) < 2:
            out.append(item)
            continue
        host.mentions.extend(item.mentions)
        host.mentions.sort()
    order = {id(x): min((m for m in x.mentions), default=(0, 0)) for x in out}
    return sorted(out, key=lambda x: order[id(x)])
