"""Linking: entities → people (with roles), organisations and places, merged per document.

Works on a processed ``Doc``: ``doc.ents`` from the NER, ``doc.spans["roles"]`` from the
role matcher. Each kind has its own resolver (:mod:`.people`, :mod:`.organisations`,
:mod:`.places`, :mod:`.roles`, :mod:`.publisher`); this module runs them in order. Names
are put in the nominative by :mod:`keryx.linking.names`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from keryx.extensions import doc_text
from keryx.linking.lexicon import LinkingLexicon
from keryx.linking.model import (
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    Linked,
    LinkedOrg,
    LinkedPerson,
    LinkedPlace,
    LinkedRole,
    person_words,
)
from keryx.linking.body_lists import bodies_by_list, places_outside
from keryx.linking.organisations import OrganisationResolver
from keryx.linking.people import PeopleResolver
from keryx.linking.places import PlaceResolver, kinds_named
from keryx.linking.publisher import PublisherResolver
from keryx.linking.roles import RoleResolver

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc

__all__ = [
    "ORG_LABELS",
    "PERSON_LABELS",
    "PLACE_LABELS",
    "Linked",
    "LinkedOrg",
    "LinkedPerson",
    "LinkedPlace",
    "LinkedRole",
    "Linker",
]


class Linker:
    """``link(doc)`` gives people, organisations and places; the lexicons are shared per process."""

    def __init__(self, lexicon: LinkingLexicon | None = None) -> None:
        lex = lexicon or LinkingLexicon.default()
        self.lex = lex
        self.publisher = PublisherResolver(lex)
        self.people = PeopleResolver(lex)
        self.organisations = OrganisationResolver(lex)
        self.places = PlaceResolver(lex)
        self.roles = RoleResolver(lex)

    def detect_publisher(self, doc: Doc) -> str | None:
        """The issuing body named in the header or signature, if any."""
        return self.publisher.detect(doc)

    def link(self, doc: Doc, publisher: str | None = None) -> Linked:
        ents = list(doc.ents)  # doc.ents builds new spans on every read: read it once
        repaired = self.people.repair(doc, ents)
        if repaired is not ents:
            doc.ents = repaired  # the record's entities show the people found
            ents = list(doc.ents)
        relabelled = self.places.framed_names(self.places.people_as_places(ents))
        if len(relabelled) != len(ents) or any(a.label_ != b.label_ for a, b in zip(ents, relabelled)):
            # "στην Πολιτεία του Ιλινόις", "στο Γκογιάνγκ της Νότιας Κορέας": places, for every resolver
            doc.ents = relabelled
            ents = list(doc.ents)
        ours = self.publisher.possessives(doc)
        people, by_span = self.people.resolve(ents)
        listed = bodies_by_list(doc)  # "στους δήμους Θέρμης και Καλαμαριάς": bodies, not places
        orgs = self.organisations.resolve(doc, ents, publisher, self.publisher.mentions(ours), listed)
        self.roles.attach(doc, ents, by_span, orgs, publisher, self.publisher.kinds(ours))
        places = self.places.resolve(ents, doc)  # after the roles: they settle "δήμαρχος Χ" spans
        places = places_outside(places, listed, doc)  # "στους δήμους Θέρμης και Καλαμαριάς": no towns
        orgs, places = self.places.clubs_of_towns(ents, orgs, places)  # "η Κηφισιά ... μια Κηφισιά": a club
        orgs = self.organisations.without_places(orgs, places)
        orgs = self.organisations.without_kinds(orgs, kinds_named(doc))  # "μια Περουκιέρισα": a kind
        orgs = self.organisations.without_states(orgs, self.places.no_club)  # "απέναντι στη Δανία": no body
        text = doc_text(doc)
        orgs = self.organisations.without_bare_heads(orgs, text)  # "το Κέντρο", "η Πολιτεία": no name
        # "Προήλθε από", "στην Ευρωπαϊκή αγορά", "δημόσιας Υγείας ... η υγεία": a common word, no body
        orgs = self.organisations.without_common_words(
            orgs, doc, self.people.common_forms, lambda word: self.people.common_word(doc, word))
        words = person_words(text, people)  # a person's name is no place, no body
        places = self.places.without_people(places, text, words)
        orgs = self.organisations.without_people(orgs, text, words)
        return Linked(people=people, organisations=orgs, places=places,
                      person_of_span=by_span, publisher=publisher)
