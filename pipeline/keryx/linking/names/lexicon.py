"""The name tables (``lang/el/data``): first names, places, organisation and place heads,
articles and honorifics, built once into immutable look-ups; and the well-known bodies."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from keryx.lang.el import parse_tsv, read_json, read_text
from keryx.lang.el.grammar import genitive_finals
from keryx.lang.el.honorifics import parse_honorifics
from keryx.lang.el.text import fold
from keryx.linking.names.inflection import phrase_forms, phrase_text, word_forms

# The files the name tables are built from, in the order :meth:`NameLexicon.from_texts` takes them.
# ``first_names_learned.tsv`` is written by training/first_names.py from the training corpora.
RESOURCES = ("inflection.json", "first_names.tsv", "places.tsv", "honorifics.tsv", "first_names_learned.tsv")
ORGANISATIONS = "organisations.tsv"


@dataclass(frozen=True)
class NameEntry:
    nominative: str
    gender: str
    slots: frozenset[str]
    # a row of first_names_learned.tsv, not of a hand-written table
    learned: bool = False


def _head_table(*groups: Mapping[str, list[str]]) -> Mapping[str, tuple[NameEntry, ...]]:
    """Folded form -> head nouns it can be (one-word heads; slots tell the case)."""
    heads: dict[str, list[NameEntry]] = {}
    for group in groups:
        for gender, words in group.items():
            for nom in words:
                if " " in nom:
                    continue
                for toks, slots in phrase_forms(nom, gender).items():
                    heads.setdefault(toks[0], []).append(NameEntry(nom, gender, frozenset(slots)))
    return MappingProxyType({k: tuple(v) for k, v in heads.items()})


@dataclass(frozen=True)
class NameLexicon:
    """Immutable lookup tables for nominative restoration (first names, places, organisation heads)."""

    first_names: Mapping[str, tuple[NameEntry, ...]]
    places: Mapping[tuple[str, ...], str]
    org_heads: Mapping[str, tuple[NameEntry, ...]]
    articles: Mapping[str, tuple[str | None, str | None]]
    honorifics: Mapping[str, tuple[str | None, str | None]]
    invariant_endings: tuple[str, ...]
    accent_shift: Mapping[str, str]
    fixed_places: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    # folded other spellings of a one-word fixed name, each itself a nominative ("Ουάσιγκτον" beside
    # "Ουάσινγκτον"): see :func:`place_spellings`
    place_spellings: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    place_heads: Mapping[str, tuple[NameEntry, ...]] = field(default_factory=lambda: MappingProxyType({}))
    plain_adjectives: frozenset[str] = field(default_factory=frozenset)
    # official names of the local-government bodies (rows of gender "body"): "Δήμος Παύλου Μελά"
    units: tuple[str, ...] = ()
    # folded forms of a lower-case body head ("υπουργειο", "αστυνομικησ διευθυνσησ") -> its nominative
    body_heads: Mapping[tuple[str, ...], str] = field(default_factory=lambda: MappingProxyType({}))
    # nominatives of the lower-case body heads named by their seat after a genitive article
    # ("η πρεσβεία του Ιράν": "Πρεσβεία"), inflection.json "seat_heads"
    seat_heads: frozenset[str] = field(default_factory=frozenset)
    # folded singular forms of the heads of a unit of a body ("τμηματοσ", "διευθυνση") -> nominative
    unit_heads: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # folded forms of the nouns of the media ("εφημεριδα", "περιοδικου", "σταθμο")
    media_nouns: frozenset[str] = field(default_factory=frozenset)
    # endings only surnames have, accented (NFC), every form of both genders ("όπουλος", "οπούλου", "άκη")
    surname_suffixes: tuple[str, ...] = ()
    # the same endings, folded, masculine nominative only ("οπουλοσ", "ακησ", "ογλου")
    surname_endings: tuple[str, ...] = ()
    # those and the endings surnames share with other words ("ωδησ", "ατοσ"), folded, masculine nominative
    surname_like_endings: tuple[str, ...] = ()
    # folded endings of a woman's first name and of her surname, nominative or accusative ("α", "η"; "ου")
    woman_first_endings: tuple[str, ...] = ()
    woman_surname_endings: tuple[str, ...] = ()

    @classmethod
    def load(cls) -> NameLexicon:
        """The packaged tables."""
        return cls.from_texts(*(read_text(name) for name in RESOURCES))

    @staticmethod
    @lru_cache(maxsize=4)
    def from_texts(inflection_json: str, first_names_tsv: str, places_tsv: str, honorifics_tsv: str,
                   first_names_learned_tsv: str = "") -> NameLexicon:
        """From the texts of :data:`RESOURCES` (the package's or a model's copies), built once per content.

        The learned first names only add forms the hand-written table does not have: on a
        clash ("Αλέξη", a hand-written form of "Αλέξης") the hand-written reading wins alone.
        """
        data = json.loads(inflection_json)
        first: dict[str, list[NameEntry]] = {}
        for text, learned in ((first_names_tsv, False), (first_names_learned_tsv, True)):
            hand = frozenset(first) if learned else frozenset()
            for row in parse_tsv(text):
                nom, gender = row[0], row[1]
                extra = tuple(x for x in (row[2].split(";") if len(row) > 2 else []) if x)
                forms = phrase_forms(nom, gender, extra)
                # An invariant name ("Εμμανουήλ") tells nothing of the case of the words after it;
                # nor does one whose ending no Greek paradigm covers, flagged or not ("Λουίς").
                if (len(row) > 3 and "invariant" in row[3]) or list(forms) == [(fold(nom),)]:
                    forms = {(fold(nom),): {"any"}}
                for toks, slots in forms.items():
                    if len(toks) == 1 and toks[0] not in hand:
                        first.setdefault(toks[0], []).append(NameEntry(nom, gender, frozenset(slots), learned))
        places: dict[tuple[str, ...], str] = {}
        fixed: set[tuple[str, ...]] = set()
        spellings: set[tuple[str, ...]] = set()
        units: list[str] = []
        for row in parse_tsv(places_tsv):
            nom, gender = row[0], row[1]
            extra = tuple(x for x in (row[3].split(";") if len(row) > 3 else []) if x)
            if gender == "body":
                # a body, never a place by itself: a municipality named after a person or a
                # common word ("Δήμος Παύλου Μελά", "Δήμος Δέλτα") is one only after its head
                units.extend((nom, *extra))
                continue
            if gender == "x" or gender.endswith("p"):
                forms = {tuple(fold(t) for t in nom.split()): {"nom_sg"}}
                forms.update({tuple(fold(t) for t in e.split()): {"any"} for e in extra})
                if gender == "x":
                    fixed.add(tuple(fold(t) for t in nom.split()))
                    spellings.update(place_spellings(nom, extra))
            else:
                forms = phrase_forms(nom, gender, extra)
            for toks in forms:
                places.setdefault(toks, phrase_text(nom))
        heads = _head_table(data["organisation_heads"])
        place_heads = _head_table(data["organisation_heads"], data["place_heads"])
        plain_adj: set[str] = set()
        for masc in data["plain_adjectives"]:
            stem = masc[:-2]  # "Ερυθρός" -> "Ερυθρ": masculine, both feminine types, neuter
            for word, gender in ((masc, "m"), (stem + "η", "f"), (stem + "α", "f"), (stem + "ο", "n")):
                plain_adj.update(f for forms in word_forms(word, gender).values() for f in forms)
        body_heads: dict[tuple[str, ...], str] = {}
        for key, number in (("lower_case_body_heads", "_sg"), ("lower_case_body_heads_plural", "_pl")):
            for gender, words in data.get(key, {}).items():
                for entry in words:
                    # a plural-named body is written [singular, plural]: its forms come from the singular
                    singular, nom = (entry, entry) if isinstance(entry, str) else entry
                    for toks, slots in phrase_forms(singular, gender).items():
                        if any(s.endswith(number) for s in slots):
                            body_heads.setdefault(toks, nom)
        unit_heads = {toks[0]: nom for gender, words in data.get("unit_heads", {}).items() for nom in words
                 for toks, slots in phrase_forms(nom, gender).items() if any(x.endswith("_sg") for x in slots)}
        media = {f for gender, words in data.get("media_nouns", {}).items() for nom in words
                 for toks in phrase_forms(nom, gender) for f in toks}
        conv = lambda d: MappingProxyType({fold(k): (v[0], v[1]) for k, v in d.items()})
        surnames = data["surname_endings"]
        only = surnames["only_surnames"]
        nfc = lambda w: unicodedata.normalize("NFC", w)
        surname_endings = tuple(fold(nom) for nom in only)
        return NameLexicon(
            first_names=MappingProxyType({k: tuple(v) for k, v in first.items()}),
            places=MappingProxyType(places),
            org_heads=heads,
            place_heads=place_heads,
            plain_adjectives=frozenset(plain_adj),
            articles=conv(data["articles"]),
            honorifics=MappingProxyType({h.key: (h.case, h.gender) for h in parse_honorifics(honorifics_tsv)}),
            invariant_endings=tuple(data["masc_invariant_surname_endings"]),
            accent_shift=MappingProxyType(dict(data["masc_gen_accent_shift"])),
            fixed_places=frozenset(fixed),
            place_spellings=frozenset(spellings),
            units=tuple(units),
            body_heads=MappingProxyType(body_heads),
            seat_heads=frozenset(data.get("seat_heads", ())),
            media_nouns=frozenset(media),
            unit_heads=MappingProxyType(unit_heads),
            surname_suffixes=tuple(nfc(w) for nom, forms in only.items() for w in (nom, *forms)),
            surname_endings=surname_endings,
            surname_like_endings=surname_endings + tuple(fold(nom) for nom in surnames["shared"]),
            woman_first_endings=tuple(fold(w) for w in data["woman_name_endings"]["first"]),
            woman_surname_endings=tuple(fold(w) for w in data["woman_name_endings"]["surname"]),
        )

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> NameLexicon:
        """The packaged lexicon, built once (it is immutable, so sharing it is safe)."""
        return NameLexicon.load()


def article_case_gender(word: str, lexicon: NameLexicon | None = None) -> tuple[str | None, str | None]:
    """(case, gender) told by an article/honorific or a short run of them ("του κ.", "της κας")."""
    lex = lexicon or NameLexicon.default()
    case: str | None = None
    gender: str | None = None
    for w in word.split():
        key = fold(w)
        hit = lex.articles.get(key) or lex.honorifics.get(key)
        if hit is None and key.endswith("."):
            hit = lex.honorifics.get(key[:-1])
        if hit is None:
            continue
        c, g = hit
        case = case or c
        gender = gender or g
    return case, gender


def _is_prefix_word(w: str, lex: NameLexicon) -> bool:
    key = fold(w)
    return key in lex.articles or key in lex.honorifics or key.rstrip(".") in lex.honorifics


def known_organisations() -> Mapping[str, str]:
    """Well-known bodies (``organisations.tsv``): folded name or acronym -> canonical name.

    Read once and read-only, shared by the entity repairs and the linker.
    """
    return known_organisations_from(read_text(ORGANISATIONS))


@lru_cache(maxsize=4)
def known_organisations_from(text: str) -> Mapping[str, str]:
    """:func:`known_organisations` from the text of the table (a model's copy), once per content."""
    table: dict[str, str] = {}
    for row in parse_tsv(text):
        canonical = row[0].strip()
        others = row[1].split(";") if len(row) > 1 else []
        for name in [canonical, *(o for o in others if o)]:
            if name.strip():
                table.setdefault(fold(name.strip()), canonical)
                # "ΕΛ.ΑΣ." is often written without its last dot ("της ΕΛ.ΑΣ και ...")
                table.setdefault(fold(name.strip()).rstrip("."), canonical)
    return MappingProxyType(table)


FOREIGN_FIRST_NAMES = "foreign_first_names.tsv"


@dataclass(frozen=True)
class ForeignFirstName:
    gender: str  # "m", "f" or "u" (unisex)
    frequency: int  # the highest frequency class over the dictionary's countries, 1 (rare) .. 13


@lru_cache(maxsize=1)
def foreign_first_names() -> Mapping[str, ForeignFirstName]:
    """Given names of 55 countries and regions in Latin script, as written ("Emmanuel", "Angela", "Søren"):
    ``foreign_first_names.tsv``, written by training/foreign_first_names.py from Jörg Michael's
    public name dictionary (GNU FDL 1.2, see the file's header). Read once, on the first ask."""
    names: dict[str, ForeignFirstName] = {}
    entries: dict[tuple[str, str], ForeignFirstName] = {}  # the 53,000 names share some 40 entries: made once each
    for row in parse_tsv(read_text(FOREIGN_FIRST_NAMES)):
        entry = entries.get((row[1], row[2]))
        if entry is None:
            entry = entries[row[1], row[2]] = ForeignFirstName(row[1], int(row[2]))
        names[row[0]] = entry
    return MappingProxyType(names)


# How a foreign given name is spelled in each script, reduced to one sound key ("Τζένιφερ" and
# "Jennifer" -> "jenifer", "Ντανίλο" and "Danilo" -> "danilo", "Φελίπε" and "Felipe" -> "felipe"):
# Greek by its letters' sounds as the press transcribes a name (ELOT 743's phonetic values: "μπ" b,
# "ντ" d, "γκ" g, "τζ" j, "ου" u, the i-sounds i, "θ" t, "χ" silent like the Latin h), Latin by the
# spellings that write one sound ("ph" f, "th" t, "ch" k, "c" before e/i/y s, "y" i, "w" u, "h"
# silent); a double letter is one. A name Greek transcribes by its sound rather than its letters
# ("Μάικλ", Michael; "Έιμι", Amy) has no common key and is not found: the key refuses, it never guesses.
_GREEK_SOUNDS = (("νγκ", "ng"), ("γγ", "ng"), ("γκ", "g"), ("μπ", "b"), ("ντ", "d"), ("τζ", "j"), ("τσ", "ts"),
                 ("ου", "u"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("υι", "i"), ("α", "a"), ("β", "v"), ("γ", "g"),
                 ("δ", "d"), ("ε", "e"), ("ζ", "z"), ("η", "i"), ("θ", "t"), ("ι", "i"), ("κ", "k"), ("λ", "l"),
                 ("μ", "m"), ("ν", "n"), ("ξ", "ks"), ("ο", "o"), ("π", "p"), ("ρ", "r"), ("σ", "s"), ("ς", "s"),
                 ("τ", "t"), ("υ", "i"), ("φ", "f"), ("χ", ""), ("ψ", "ps"), ("ω", "o"))
_LATIN_SOUNDS = (("sch", "s"), ("ph", "f"), ("th", "t"), ("ch", "k"), ("ck", "k"), ("sh", "s"), ("ce", "se"),
                 ("ci", "si"), ("cy", "si"), ("qu", "k"), ("c", "k"), ("q", "k"), ("x", "ks"), ("y", "i"), ("w", "u"),
                 ("h", ""))
_DOUBLED = re.compile(r"(.)\1+")


def _bare_letters(word: str) -> str:
    if word.isascii():
        return word.lower()  # no accents to take off: most of the list's 53,000 names
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def name_sound_key(word: str) -> str | None:
    """The sound key of one name word in Greek or Latin letters (see above); None for a word of
    other letters, of both scripts, or a Greek vowel pair a diaeresis or an accent splits
    ("Κάιλ", "Ραφαήλ" keep their two vowels, which the key cannot tell apart)."""
    if not word.isalpha():
        return None
    if not word.isascii() and all("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in word):
        nfd = unicodedata.normalize("NFD", word.lower())
        if "\u0308" in nfd or re.search(r"[αεοηυ]\u0301[ιυ]", nfd):
            return None
        s, out, i = _bare_letters(word), [], 0
        while i < len(s):
            for greek, sound in _GREEK_SOUNDS:
                if s.startswith(greek, i):
                    out.append(sound)
                    i += len(greek)
                    break
            else:
                return None
        key = "".join(out)
    else:
        key = _bare_letters(word)
        if not key.isascii():
            return None
        for latin, sound in _LATIN_SOUNDS:
            key = key.replace(latin, sound)
    return _DOUBLED.sub(r"\1", key) or None


@lru_cache(maxsize=1)
def _foreign_first_names_by_sound() -> Mapping[str, ForeignFirstName]:
    """Sound key -> the commonest given name of the list with that key (a gender the names of the
    key disagree on is "u")."""
    best: dict[str, ForeignFirstName] = {}
    for name, entry in foreign_first_names().items():
        key = name_sound_key(name)
        if key is None:
            continue
        old = best.get(key)
        if old is None:
            best[key] = entry
        else:
            best[key] = ForeignFirstName(old.gender if old.gender == entry.gender else "u",
                                         max(old.frequency, entry.frequency))
    return MappingProxyType(best)


# the fewest sounds a Greek-letter word's key needs to be looked up: the list's many short names
# share their keys with Greek words ("Και" ke, "Νέα" nea, "Τώρα" tora), five sounds rarely do
_GREEK_KEY_MIN = 5


# a given name of the public list counts as one a person's name opens with when it is this common
# in some country (frequency classes 1, rare, .. 13)
COMMON_GIVEN_FREQUENCY = 3


def common_given_name(word: str) -> bool:
    """A given name of the public list (:func:`foreign_first_name`, in Latin letters or by its
    Greek sound key) common in some country: what a foreign person's name opens with."""
    given = foreign_first_name(word)
    return given is not None and given.frequency >= COMMON_GIVEN_FREQUENCY


def foreign_first_name(word: str) -> ForeignFirstName | None:
    """The given name of the public list a word writes: as written in Latin letters ("Angela"),
    or by its sound key in Greek letters ("Άνγκελα", see :func:`name_sound_key`) when the key
    has five sounds or more."""
    if not word or not word[0].isalpha():
        return None
    if word[0].isascii() or not ("\u0370" <= word[0] <= "\u03ff" or "\u1f00" <= word[0] <= "\u1fff"):
        return foreign_first_names().get(word)
    key = name_sound_key(word)
    return _foreign_first_names_by_sound().get(key) if key is not None and len(key) >= _GREEK_KEY_MIN else None


_GENITIVE_ENDINGS = genitive_finals()  # -ς, -ου, -ων (inflection.json "genitive_finals")


def place_spellings(nominative: str, extra: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The folded keys of the other forms of a fixed (gender "x") place of one word that are other
    spellings of it, not its cases: no word of the form ends as a genitive may ("-ς", "-ου", "-ων"),
    and each is capitalised ("Ουάσιγκτον" for "Ουάσινγκτον", "Καμπέρα" for "Κάνμπερα"; not
    "Άργους", "Ζαχάρως", "Κοινότητας της Βαλένθια"), and its letters differ from the row's
    ("Εμίλια Ρομάνια" is "Εμίλια-Ρομάνια" without its hyphen, the row's own spelling).

    Why: a record restores a name's case, not its spelling (the guide's places are "nominative"):
    a text that spells "Ουάσιγκτον" names "Ουάσιγκτον", and a variant the gazetteer lists beside
    the row's own spelling is as much the place's name."""
    if " " in nominative:
        return []  # a phrase ("Βόρειος Τομέας Αθηνών"): its words' endings do not tell its case
    out = []
    letters = lambda text: "".join(fold(text).replace("-", " ").split())  # noqa: E731
    for form in extra:
        words = [w for w in form.replace("-", " ").split() if w]
        if letters(form) == letters(nominative):
            continue  # "Εμίλια Ρομάνια": the same spelling, hyphenated or not, is the row's own
        if words and all(w[:1].isupper() and not fold(w).endswith(_GENITIVE_ENDINGS) for w in words):
            out.append(tuple(fold(t) for t in form.split()))
    return out


@lru_cache(maxsize=8)
def place_kind_forms(use: str, *, headed: bool | None = None, singular: bool = False) -> frozenset[str]:
    """Folded forms, both numbers, of the lower-case nouns of a place's kind (``inflection.json``
    "place_kind_nouns") after which the place's own name follows by ``use`` ("genitive" or
    "apposition"); ``headed=False`` leaves out the places an office heads ("χώρα"); ``singular``
    keeps the singular forms alone (after "οι πόλεις" a name need not be one of them).

    Why: the place linker, the people linker and the event builder all ask "is this word a kind
    of place before its name?"; the nouns are written once and each asks for its sense.
    """
    out: set[str] = set()
    for gender, entries in read_json("inflection.json")["place_kind_nouns"].items():
        for nominative, uses, *irregular in entries:
            if use not in uses or (headed is not None and ("headed" in uses) != headed):
                continue
            forms = word_forms(nominative, gender)
            out.update(f for slot, fs in forms.items()
                       if not slot.startswith("voc") and (not singular or slot.endswith("_sg")) for f in fs)
            if not singular:
                out.update(fold(w) for extra in irregular for w in extra)
    return frozenset(out)


@lru_cache(maxsize=4)
def court_names_from(text: str) -> tuple[str, ...]:
    """The kinds of court and prosecution office (rows of ``organisations.tsv`` marked "court")."""
    return tuple(row[0].strip() for row in parse_tsv(text) if len(row) > 2 and row[2].strip() == "court")
