"""People: PERSON entities → one person per individual, in the nominative, with an honorific.

Mentions of the same person ("ο Σταύρος Τζουλάκης", "του κ. Τζουλάκη", "ΤΖΟΥΛΑΚΗΣ") merge
into one: full names are read first, so that surname-only mentions find them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from keryx.lang.el.text import fold
from keryx.linking.lexicon import LinkingLexicon, stem
from keryx.linking.model import PERSON_LABELS, LinkedPerson, Offsets
from keryx.linking.names import article_case_gender, person_nominative

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Span, Token

__all__ = ["PeopleResolver"]


def _person_key(name: str) -> str:
    parts = fold(name).split()
    return parts[-1] if parts else ""


class PeopleResolver:
    """``resolve(doc)``: the people of a document and the person behind each PERSON span."""

    def __init__(self, lexicon: LinkingLexicon | None = None) -> None:
        self.lex = lexicon or LinkingLexicon.default()

    def resolve(self, ents: list[Span]) -> tuple[list[LinkedPerson], dict[Offsets, LinkedPerson]]:
        """People from the document's entities (``doc.ents``, read once by the caller)."""
        people: list[LinkedPerson] = []
        by_surname: dict[str, list[LinkedPerson]] = {}
        by_span: dict[Offsets, LinkedPerson] = {}
        persons = [e for e in ents if e.label_ in PERSON_LABELS]
        # Full names first so that surname-only mentions find them.
        persons.sort(key=lambda e: (-len(e), e.start))
        for ent in persons:
            honorific, tokens = self._strip_honorific(ent)
            if not tokens:
                continue
            case, gender = self._case_gender(ent)
            name = person_nominative([t.text for t in tokens], gender=gender, case=case)
            person = self._find_person(by_surname, name)
            if person is None:
                person = LinkedPerson(name=name, key=_person_key(name))
                people.append(person)
                by_surname.setdefault(stem(name.split()[-1]), []).append(person)
            elif len(name.split()) > len(person.name.split()):
                person.name = name  # same surname stem: the index key does not change
            if honorific and not person.honorific:
                person.honorific = honorific
            person.mentions.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
            by_span[(ent.start_char, ent.end_char)] = person
        for p in people:
            p.mentions.sort()
        people.sort(key=lambda p: p.mentions[0])
        return people, by_span

    @staticmethod
    def _find_person(by_surname: dict[str, list[LinkedPerson]], name: str) -> LinkedPerson | None:
        """The person seen first with the same surname and no clashing first name."""
        parts = name.split()
        first = stem(parts[0]) if len(parts) > 1 else None
        for p in by_surname.get(stem(parts[-1]), ()):
            pparts = p.name.split()
            pfirst = stem(pparts[0]) if len(pparts) > 1 else None
            if first is None or pfirst is None or first == pfirst:
                return p
        return None

    def _strip_honorific(self, span: Span) -> tuple[str | None, list[Token]]:
        """Split a PERSON span into (honorific, name tokens), looking just before it too."""
        honorifics = self.lex.honorifics
        doc = span.doc
        tokens = list(span)
        honorific = None
        while tokens and fold(tokens[0].text) in honorifics:
            honorific = honorifics[fold(tokens[0].text)]
            tokens = tokens[1:]
        i = span.start - 1
        while honorific is None and i >= 0 and i >= span.start - 2:
            f = fold(doc[i].text)
            if f in honorifics:
                honorific = honorifics[f]
                break
            if f not in (".",):
                break
            i -= 1
        while tokens and not any(c.isalpha() for c in tokens[-1].text):
            tokens = tokens[:-1]
        return honorific, tokens

    def _case_gender(self, span: Span) -> tuple[str | None, str | None]:
        """Case and gender from the article before a name (skipping honorifics)."""
        doc = span.doc
        i = span.start - 1
        while i >= 0 and (fold(doc[i].text) in self.lex.honorifics or doc[i].text == "."):
            i -= 1
        if i >= 0:
            return article_case_gender(doc[i].text)
        return None, None
