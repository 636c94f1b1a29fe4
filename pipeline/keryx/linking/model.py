"""What linking produces: people with roles, organisations and places, each with mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from keryx.lang.el.text import fold

if TYPE_CHECKING:
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
    "in_labelled_list",
    "merge_prefixes",
    "person_words",
]

PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

Offsets = tuple[int, int]


@dataclass
class LinkedRole:
    title: str
    bare: str | None = None
    organisation: str | None = None
    organisation_ref: Literal["publisher"] | None = None
    start: int = 0
    end: int = 0


@dataclass
class LinkedPerson:
    name: str
    honorific: str | None = None
    roles: list[LinkedRole] = field(default_factory=list)
    mentions: list[Offsets] = field(default_factory=list)
    key: str = ""


@dataclass
class LinkedOrg:
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Offsets] = field(default_factory=list)


@dataclass
class LinkedPlace:
    name: str
    mentions: list[Offsets] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class Linked:
    """Everything the record needs from linking, keyed for later stages."""

    people: list[LinkedPerson]
    organisations: list[LinkedOrg]
    places: list[LinkedPlace]
    person_of_span: dict[Offsets, LinkedPerson]
    publisher: str | None


class _Named(Protocol):
    name: str
    mentions: list[Offsets]


N = TypeVar("N", bound=_Named)


def merge_prefixes(items: list[N], repeats_only: bool = False) -> list[N]:
    """Merge a name that is the start of a longer one ("Δημοτικό Θέατρο" into
    "Δημοτικό Θέατρο Καβάλας"): a shortened repeat mention, not a second body or place.

    With ``repeats_only`` the shorter name merges only when the longer one was named first: a
    "Νομική Σχολή" named before any "Νομική Σχολή του ΑΠΘ" may be another university's."""
    out: list[N] = []
    # every start of a kept name that ends before a space -> the first kept name with it
    hosts: dict[str, N] = {}
    for item in sorted(items, key=lambda x: -len(x.name)):
        key = fold(item.name)
        host = hosts.get(key)
        if host is not None and repeats_only and min(host.mentions, default=(0, 0)) > min(item.mentions, default=(0, 0)):
            host = None
        if host is None or len(key.split()) < 2:
            out.append(item)
            name = fold(item.name)
            for i, c in enumerate(name):
                if c == " ":
                    hosts.setdefault(name[:i], item)
            continue
        host.mentions.extend(item.mentions)
        host.mentions.sort()
    order = {id(x): min((m for m in x.mentions), default=(0, 0)) for x in out}
    return sorted(out, key=lambda x: order[id(x)])


def person_words(text: str, people: list[LinkedPerson]) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the people's mentions as written (case and accents kept): those of people
    named in two words or more ("Σπήλιος Λιβανός" gives "Λιβανός"), and the one-word mentions of
    people named by one word only ("ο Σβάρνας")."""
    full: set[str] = set()
    lone: set[str] = set()
    for person in people:
        many = len(person.name.split()) > 1
        for start, end in person.mentions:
            words = text[start:end].split()
            (full if many else lone).update(w for w in words if w[:1].isupper())
    return frozenset(full), frozenset(lone)


def in_labelled_list(doc: Doc, comma: int) -> bool:
    """The comma at ``comma`` closes an item of a list of names that a label and a colon open
    ("Διαιτητές: Παπαδάκης, Γεωργίου,"): back over capitalised words, initials and commas to
    that colon, within a dozen tokens. People and roles both read such lists."""
    i = comma - 1
    while i >= 0 and comma - i <= 12:
        t = doc[i].text
        if t == ":":
            return i < comma - 1
        if not (t == "," or t == "." or (t[:1].isupper() and any(c.isalpha() for c in t))):
            return False
        i -= 1
    return False
