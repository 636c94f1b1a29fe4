"""ROLE recognition: Greek public/professional titles and their qualifiers.

A press release names people by office far more often than by name alone ("ο Δήμαρχος
Θερμαϊκού", "της Γενικής Γραμματέως του Υπουργείου"). The lexicon lists each role once in
the nominative; every case and number is generated (``names.phrase_forms``) and matched on
folded tokens, so capitals without accents and moved accents cost nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import product
from types import MappingProxyType

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from keryx.components.resources import ResourceBacked, ResourceCopy
from keryx.components.role_phrases import RESOURCE as GRAMMAR_RESOURCE
from keryx.components.role_phrases import NEUTER_GENITIVES as _NEUTER_GENITIVES
from keryx.components.role_phrases import OpenRoleFinder, RoleGrammar, nominative
from keryx.extensions import register_extensions
from keryx.lang.el import parse_tsv, read_text
from keryx.lang.el.grammar import (
    adjectival_roles,
    age_word,
    article_forms,
    finite_verb_endings,
    genitive_endings,
    genitive_endings_of,
    relational_adjective_endings,
)
from keryx.lang.el.text import fold, greek_ratio
from keryx.linking.names import NameLexicon, common_given_name, phrase_forms, woman_name_after_title
from keryx.linking.names.lexicon import RESOURCES as NAME_RESOURCES

RESOURCE = "roles.tsv"
LINKING_RESOURCE = "linking.json"  # apposition stops and role prefixes, read by the open-role finder

_GEN_ARTICLES = article_forms(lambda a: "gen" in a.cases)
_FEM_ARTICLES = article_forms(lambda a: a.gender == "f")
# Singular articles that show a gender, with their case ("του", "το" may be neuter: "του μέλους").
_ARTICLE_GENDER = MappingProxyType({"ο": ("nom", "m"), "τον": ("acc", "m"), "η": ("nom", "f"), "την": ("acc", "f"),
                                    "τη": ("acc", "f"), "τησ": ("gen", "f")})
# A qualifier's genitive endings (inflection.json "genitive_endings"): the commonest, the singular's
# in a vowel or -ως ("του Παναγούλη", "της Ηχώς") and the third declension's -ους, not its -ος (a surname's).
_GENITIVE_ENDINGS = genitive_endings() + genitive_endings_of("vowel_singular") + ("ουσ",)
_OURS = "μασ"
_ENT_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
# Folded forms shared with a common word; accepted only when the accents agree.
_ACCENT_CHECKED = MappingProxyType({"επιτροπων": "επιτρόπων", "συμβουλων": "συμβούλων"})
# Adjectival roles ("αστυνομικός", "ακαδημαϊκός", "υποψήφιος": "οι υποψήφιοι αιμοδότες", the
# volleyball "διαγώνιος") and nouns with a common sense ("γέροντας": an old man) are roles only
# when written with a capital or next to a name (role_grammar.json "adjectival_roles").
_ADJECTIVE_ROLE_ENDINGS = adjectival_roles()
# "ο 58χρονος μηχανικός": an age adjective qualifies a person, so the word after it is a noun.
_AGE = age_word()  # "45χρονος", "38χρονη" (folded)
# "Επίτιμος διδάκτωρ": a doctorate honoris causa is an honour the person received, not a post.
_DEGREES = frozenset({"διδακτωρ", "διδακτορασ"})
# What joins roles of one person before the name ("ο νομικός, ακαδημαϊκός και πρώην υπουργός Χ").
_CHAIN_JOINERS = frozenset({",", "και"})
_MAX_CHAINED = 4  # conjuncts looked at after an adjectival role
_HONORARY = "επιτιμ"


@dataclass(frozen=True)
class RoleEntry:
    """One lexicon line: the role in both genders (complement included, "|" removed)."""

    masculine: str
    feminine: str
    category: str
    neuter: bool = False  # "Μέλος", "Στέλεχος": one neuter noun for both genders

    def title(self, gender: str) -> str:
        return self.feminine if gender == "f" else self.masculine


@dataclass(frozen=True)
class RoleForm:
    entry: RoleEntry
    gender: str
    slots: frozenset[str]


@dataclass(frozen=True)
class RoleMatch:
    """A role mention: tokens [start, end) with the qualifier in [head_end, end)."""

    start: int
    end: int
    head_end: int
    title: str
    canonical: str
    qualifier: str | None
    organisation_ref: str | None
    gender: str
    plural: bool
    category: str
    gender_explicit: bool = False  # the form itself is feminine ("Καθηγήτρια")
    cases: frozenset[str] = frozenset()  # the cases the form can be in; empty when any


class RoleLexicon:
    """Compiled roles lexicon: folded token sequences -> role forms."""

    def __init__(self, entries: Iterable[RoleEntry], forms: Mapping[tuple[str, ...], tuple[RoleForm, ...]],
                 abbreviations: frozenset[str] = frozenset(), english_heads: frozenset[str] = frozenset(),
                 complement_heads: Mapping[str, tuple[RoleForm, ...]] | None = None):
        self.entries: tuple[RoleEntry, ...] = tuple(entries)
        # The one-word heads of rows listed only with their complement ("Υπεύθυνος|Τμήματος",
        # "Βοηθός|Προπονητή"), folded forms -> the head as a role: everyday words alone, roles
        # only where another role's genitive complement would stand (see _coordinated_head).
        self.complement_heads: Mapping[str, tuple[RoleForm, ...]] = MappingProxyType(dict(complement_heads or {}))
        # Head nouns of English job titles ("manager", "officer"): "Senior Product Manager" is a
        # title because English titles end in their head (or start with it: "Head of Research").
        self.english_heads = english_heads
        # Abbreviated first words ("Επ.", "Αν.", "Αναπλ."): written with a dot, matched without it.
        self.abbreviations = abbreviations
        self.forms: Mapping[tuple[str, ...], tuple[RoleForm, ...]] = MappingProxyType(dict(forms))
        self.max_len = max((len(k) for k in self.forms), default=0)
        self.first_tokens = frozenset(k[0] for k in self.forms)
        # Nominative singular one-word roles: the start of a second role in apposition
        # ("Πρύτανης του Πανεπιστημίου Μακεδονίας Καθηγητής ..."); "των Γιατρών" stays a qualifier.
        self.role_words = frozenset(
            k[0] for k, fs in self.forms.items() if len(k) == 1 and any("nom_sg" in f.slots for f in fs)
        )

    @classmethod
    def load(cls, resource: str = RESOURCE) -> RoleLexicon:
        """The packaged lexicon (or another resource file of the same shape)."""
        return cls.from_text(read_text(resource))

    @staticmethod
    @lru_cache(maxsize=4)
    def from_text(text: str) -> RoleLexicon:
        """From the text of ``roles.tsv`` (the package's or a model's copy), built once per content."""
        entries: dict[str, RoleEntry] = {}
        forms: dict[tuple[str, ...], dict[tuple[str, str], RoleForm]] = {}
        rows = parse_tsv(text)
        # "abbreviation" rows: a word that begins roles and its written abbreviations
        # ("Επίκουρος Καθηγητής" is also "Επ. Καθηγητής", in every case and both genders).
        short: dict[str, tuple[str, ...]] = {}
        # "prefix" rows: the abbreviation stands only before another word of the role ("Υπ.
        # Διδάκτωρ"), never alone ("Υπ. Εσωτερικών" is a ministry)
        prefix_only: set[str] = set()
        for cols in rows:
            if len(cols) > 3 and cols[2] == "abbreviation":
                abbrs = tuple(fold(a).rstrip(".") for a in cols[3].split(";") if a)
                for word in {cols[0], cols[1] or cols[0]}:
                    short[fold(word)] = abbrs
                    if len(cols) > 4 and cols[4] == "prefix":
                        prefix_only.add(fold(word))
        english_heads = frozenset(cols[0].casefold() for cols in rows if len(cols) > 2 and cols[2] == "english-head")
        for cols in rows:
            if len(cols) > 2 and cols[2] in ("abbreviation", "english-head"):
                continue
            masc, fem = cols[0], cols[1] if len(cols) > 1 and cols[1] else cols[0]
            category = cols[2] if len(cols) > 2 else "other"
            extra = tuple(x for x in cols[3].split(";") if x) if len(cols) > 3 else ()
            # "Βουλευτίνα=f": another nominative of the role, of that gender, which the grammar
            # inflects like the row's own; the other extra forms carry their slots ("Πρυτάνεις=nom_pl,acc_pl").
            doublets = tuple((x.partition("=")[2], x.partition("=")[0]) for x in extra if x.partition("=")[2] in ("m", "f"))
            irregular = tuple(x for x in extra if x.partition("=")[2] not in ("m", "f"))
            neuter = len(cols) > 4 and cols[4] == "n"  # "Μέλος", "Στέλεχος": one neuter noun for both
            entry = RoleEntry(masc.replace("|", " "), fem.replace("|", " "), category, neuter)
            if entry.masculine in entries:
                continue
            entries[entry.masculine] = entry
            generated = [("m", masc, phrase_forms(masc, "n" if neuter else "m", irregular)), ("f", fem, phrase_forms(fem, "f"))]
            if fold(fem) == fold(masc):
                generated[1] = ("f", fem, phrase_forms(masc, "n" if neuter else "m"))
            generated.extend((gender, lemma, phrase_forms(lemma, gender)) for gender, lemma in doublets)
            for gender, lemma, table in generated:
                words = [fold(w) for w in lemma.partition("|")[0].split()]
                abbreviated = any(w in short for w in words) and not (len(words) == 1 and words[0] in prefix_only)
                for toks, slots in table.items():
                    key = (toks[0], *(t for t in toks[1:] if t not in _GEN_ARTICLES)) if toks else ()
                    if abbreviated:
                        options = [(key[p], *short.get(w, ())) if p < len(key) else (key[p],)
                                   for p, w in enumerate(words)] + [(t,) for t in key[len(words):]]
                        keys = [key] + [k for k in product(*options) if k != key]
                    else:
                        keys = [key]
                    for k in keys:
                        bucket = forms.setdefault(k, {})
                        prev = bucket.get((entry.masculine, gender))
                        merged = frozenset(slots) | (prev.slots if prev else frozenset())
                        bucket[(entry.masculine, gender)] = RoleForm(entry, gender, merged)
        abbreviations = frozenset(a for abbrs in short.values() for a in abbrs)
        heads: dict[str, dict[str, RoleForm]] = {}
        for cols in rows:
            masc, fem = (cols + [""])[0], (cols + ["", ""])[1] or cols[0]
            head, fem_head = masc.partition("|")[0].strip(), fem.partition("|")[0].strip()
            if ("|" not in masc or len(head.split()) != 1 or (fold(head),) in forms
                    or (len(cols) > 2 and cols[2] in ("abbreviation", "english-head"))):
                continue
            entry = RoleEntry(head, fem_head, cols[2] if len(cols) > 2 else "other")
            for gender, word in (("m", head), ("f", fem_head)):
                for (form,), slots in phrase_forms(word, gender).items():
                    heads.setdefault(form, {}).setdefault(gender, RoleForm(entry, gender, frozenset(slots)))
        return RoleLexicon(entries.values(), {k: tuple(v.values()) for k, v in forms.items()}, abbreviations,
                           english_heads, {k: tuple(v.values()) for k, v in heads.items()})

    @staticmethod
    def default() -> RoleLexicon:
        """The packaged lexicon, built once (immutable, so safe to share)."""
        return RoleLexicon.load()

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, folded_form: str) -> RoleEntry | None:
        """The role a (folded or plain) form belongs to, e.g. "δημαρχου" -> Δήμαρχος."""
        key = tuple(t for i, t in enumerate(fold(folded_form).split()) if i == 0 or t not in _GEN_ARTICLES)
        hits = self.forms.get(key)
        return hits[0].entry if hits else None


def _token_ok(tok: Token, key: str) -> bool:
    expected = _ACCENT_CHECKED.get(key)
    if expected is not None:
        return tok.text.lower() == expected
    return True


def _abbreviation(doc: Doc, i: int, lex: RoleLexicon) -> tuple[str, int]:
    """The folded token at i, and 0 when it is no abbreviation, 1 when it is one with its dot
    ("Καθ."), 2 when the dot is the next token ("Επ" "."); the dot is dropped from the key, and
    so is the hyphen after a prefix of a lexicon word ("συν-ιδρυτής", "αντι-δήμαρχος")."""
    f = fold(doc[i].text)
    if "-" in f and f.replace("-", "") in lex.first_tokens and all(p.isalpha() for p in f.split("-")):
        return f.replace("-", ""), 0  # "συν-ιδρύτρια": a prefix set off by a hyphen is still one word
    if f.endswith(".") and f[:-1] in lex.abbreviations:
        return f[:-1], 1
    if f in lex.abbreviations and i + 1 < len(doc) and doc[i + 1].text == ".":
        return f, 2
    return f, 0


def _match_at(doc: Doc, i: int, lex: RoleLexicon, after_name: bool = False) -> tuple[int, tuple[RoleForm, ...]] | None:
    """Longest lexicon match starting at token i (articles inside a complement are optional).
    ``after_name``: the word stands in apposition to a name ("Μαρία Χ, υπεύθυνη ..."), where an
    adjectival role ("υπεύθυνη", "ακαδημαϊκός") in lower case is still a role."""
    first, step = _abbreviation(doc, i, lex)
    if first not in lex.first_tokens:
        return _compound_at(doc, i, lex, after_name)
    keys: list[str] = [first]
    idx: list[int] = [i]
    j = i + 1 + (step > 1)
    ends: list[int] = [j]  # where the match would end after each key (a separate dot included)
    while j < len(doc) and len(keys) < lex.max_len:
        f, step = _abbreviation(doc, j, lex)
        if f in _GEN_ARTICLES:
            j += 1
            continue
        if not step and (doc[j].is_punct or doc[j].is_space):
            break
        keys.append(f)
        idx.append(j)
        j += 1 + (step > 1)
        ends.append(j)
    for n in range(len(keys), 0, -1):
        hits = lex.forms.get(tuple(keys[:n]))
        if hits and all(_token_ok(doc[idx[k]], keys[k]) for k in range(n)):
            if (n == 1 and not doc[i].text[:1].isupper() and not after_name
                    and all(fold(h.entry.masculine).endswith(_ADJECTIVE_ROLE_ENDINGS) for h in hits)):
                continue
            return ends[n - 1], hits
    return None


def _coordinated_head(doc: Doc, i: int, lex: RoleLexicon) -> tuple[int, tuple[RoleForm, ...]] | None:
    """"Χ, ψυχολόγος και υπεύθυνος του Κέντρου": the head of a row listed only with its
    complement, after "και" right behind another role and before a genitive article, is a
    second role of its own with that genitive as its complement (the caller checks that a
    role ends right before "και")."""
    if i < 1 or i + 1 >= len(doc) or fold(doc[i - 1].text) != "και" or fold(doc[i + 1].text) not in _GEN_ARTICLES:
        return None
    forms = lex.complement_heads.get(fold(doc[i].text))
    return (i + 1, forms) if forms else None


def _compound_at(doc: Doc, i: int, lex: RoleLexicon, after_name: bool) -> tuple[int, tuple[RoleForm, ...]] | None:
    """"του τερματοφύλακα-θρύλου", "ο προπονητής-σύμβολο": a compound of two nouns joined by a
    hyphen names the person by its first, the head; the second qualifies it (as an apposition
    does) and is left out of the title."""
    head, sep, tail = doc[i].text.partition("-")
    if not sep or len(head) < 3 or len(tail) < 3 or not head.isalpha() or not tail.isalpha() or not tail.islower():
        return None
    hits = lex.forms.get((fold(head),))
    expected = _ACCENT_CHECKED.get(fold(head))
    if not hits or (expected is not None and head.lower() != expected):
        return None
    if (not head[:1].isupper() and not after_name
            and all(fold(h.entry.masculine).endswith(_ADJECTIVE_ROLE_ENDINGS) for h in hits)):
        return None
    return i + 1, hits


_DEFINITE = article_forms(lambda a: a.number == "sg" and a.gender != "n")


@lru_cache(maxsize=4)
def phrase_prepositions(linking_text: str) -> frozenset[str]:
    """linking.json "role_phrase_prepositions" (place and purpose), folded, from the file's text:
    right after an adjective with an article one shows the adjective has no noun, so is one."""
    groups = json.loads(linking_text)["role_phrase_prepositions"]
    return frozenset(fold(w) for words in groups.values() for w in words)


def _adjectival(forms: tuple[RoleForm, ...]) -> bool:
    return all(fold(f.entry.masculine).endswith(_ADJECTIVE_ROLE_ENDINGS) for f in forms)


def _chained_roles(doc: Doc, j: int, lex: RoleLexicon, prefixes: frozenset[str],
                   person_starts: AbstractSet[int]) -> bool:
    """Whether the conjuncts from token j (right after a "," or "και") on are roles: a noun role
    there, or after "πρώην", "τέως" ("ακαδημαϊκός και πρώην υπουργός Χ"), or adjectival roles
    joined by "," or "και" up to one of those or to a name ("αστυνομικός και ακαδημαϊκός Χ").
    An adjective is never coordinated with the noun it qualifies, so a noun right after the joiner
    is a conjunct of its own; adjectives that run into a noun with no joiner are its modifiers
    ("ο οικονομικός και πολιτικός σύμβουλος") and make no chain."""
    for _ in range(_MAX_CHAINED):
        if j < len(doc) and fold(doc[j].text) in prefixes:
            j += 1
        if j >= len(doc):
            return False
        hit = _match_at(doc, j, lex, after_name=True)
        if hit is None:
            return False
        if not _adjectival(hit[1]):
            return True
        end = hit[0]
        if end in person_starts:
            return True
        if end >= len(doc) or fold(doc[end].text) not in _CHAIN_JOINERS:
            return False
        j = end + 1
    return False


def _substantive(doc: Doc, i: int, lex: RoleLexicon, prefixes: frozenset[str], after_role: bool,
                 prepositions: frozenset[str], person_starts: AbstractSet[int] = frozenset()) -> bool:
    """An adjectival role used as a noun: after "πρώην", "τέως" ("της πρώην στρατιωτικού"),
    between a singular article and a genitive complement ("ο υποψήφιος της δεξιάς"), or
    coordinated with a noun role ("ο υποψήφιος και πρόεδρος του κόμματος", "ο πρόεδρος και
    υποψήφιος του κόμματος": ``after_role``, a role ends right before "και") or with further
    roles up to a name (``_chained_roles``: "ο νομικός, ακαδημαϊκός και πρώην υπουργός Χ")."""
    if i < 1 or i + 2 >= len(doc):
        return False
    before, after = fold(doc[i - 1].text), fold(doc[i + 1].text)
    if before in prefixes:
        return True
    if before in _CHAIN_JOINERS and after_role:
        return (before == "και" and after in _GEN_ARTICLES) or (
            after in _CHAIN_JOINERS and _chained_roles(doc, i + 2, lex, prefixes, person_starts))
    if before not in _DEFINITE and not (i >= 2 and fold(doc[i - 2].text) in _DEFINITE
                                        and _adjective_like(doc[i - 1])):
        return False
    if after in _GEN_ARTICLES:
        return True
    if after in prepositions and (doc[i + 2].text[:1].isupper() or (
            fold(doc[i + 2].text) in _ACC_ARTICLES and i + 3 < len(doc) and doc[i + 3].text[:1].isupper())):
        return True  # "ο υποψήφιος στο Ανώτατο Δικαστήριο", "η υπεύθυνη για την Ευρώπη": no noun follows
    if after not in _CHAIN_JOINERS:
        return False
    return _chained_roles(doc, i + 2, lex, prefixes, person_starts)


def _adjective_like(tok: Token) -> bool:
    """A lower-case word with an adjective's nominative or genitive ending ("προεδρικός", "νέας")."""
    f = fold(tok.text)
    return tok.is_alpha and tok.text.islower() and len(f) > 3 and f.endswith(("οσ", "η", "ου", "ησ", "ασ", "ο"))


class _Context:
    """Per-call lookups for qualifier extraction."""

    def __init__(self, doc: Doc, names: NameLexicon, use_ents: bool):
        self.person: set[int] = set()
        self.person_starts: set[int] = set()
        self.ent_at: dict[int, Span] = {}
        if use_ents:
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    self.person.update(range(ent.start, ent.end))
                    self.person_starts.add(ent.start)
                elif ent.label_ in _ENT_LABELS:
                    self.ent_at[ent.start] = ent
        self.names = names
        self.org_forms = names.org_heads  # a Mapping: membership by key
        self.role_words: frozenset[str] = frozenset()
        self.lexicon: RoleLexicon | None = None
        self.nationality: frozenset[str] = frozenset()  # the nationality nouns, every form (folded)

    def is_name(self, tok: Token) -> bool:
        return fold(tok.text) in self.names.first_names


def _members_genitive(folded: str, lex: RoleLexicon) -> bool:
    """"του Συλλόγου Μελισσοκόμων", "της Ένωσης Ηθοποιών": a one-word role that can only be a
    genitive plural names the members of the body before it, so it goes on the qualifier; a
    second role in apposition agrees with the first, never in the genitive plural alone."""
    forms = lex.forms.get((folded,), ())
    return bool(forms) and all(f.slots == {"gen_pl"} for f in forms)


def _is_qualifier_word(tok: Token, ctx: _Context, first: bool) -> bool:
    text = tok.text
    f = fold(text)
    if tok.i in ctx.person or tok.is_punct or tok.is_space or f in ctx.names.honorifics:
        return False
    if f in ctx.role_words or (ctx.lexicon is not None and not _members_genitive(f, ctx.lexicon)
                               and _match_at(tok.doc, tok.i, ctx.lexicon) is not None
                               and fold(tok.text) not in ctx.org_forms):
        return False  # "Πρύτανης του Πανεπιστημίου Μακεδονίας Καθηγητής ...": a second role starts
    if any(slot.startswith("nom") for e in ctx.names.first_names.get(f, ()) for slot in e.slots):
        return False  # "ΔΗΜΑΡΧΟΣ ΘΕΡΜΑΪΚΟΥ ΣΤΑΥΡΟΣ": a first name in the nominative, not a genitive
    if f in ctx.org_forms:
        return True
    if text[:1].isdigit():
        return len(text) <= 5 and any(c.isalpha() for c in text)  # ordinals: "1ου", "3ης"
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if ctx.is_name(tok):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) == 1 and (text.endswith(".") or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ".")):
        return False  # "του Α. Παναγούλη": an initial starts a name
    acronym = len(letters) >= 2 and all(c.isupper() for c in letters) and len(text) <= 8 and not f.endswith(_GENITIVE_ENDINGS)
    if acronym or not any("\u0370" <= c <= "\u1fff" for c in text):
        return True
    place = ctx.ent_at.get(tok.i)
    if place is not None and place.label_ in ("GPE", "LOC") and len(place) == 1:
        return True  # "Δέλτα Έβρου και Σαμοθράκης": a place, though shaped like a surname in -άκης
    # "Περιβάλλοντος", "Τμήματος": the genitive of a neuter in -ον or -μα, unaccented on its
    # ending (the surnames "Σταμάτος", "Κόντος" stress it).
    if text[1:].islower() and text.endswith(_NEUTER_GENITIVES):
        return True
    # "Τζουλάκης" is a surname (a masculine -ης ending of inflection.json's surname_endings);
    # "Ψηφιακής" (accent on the ending) is a genitive adjective.
    if f.endswith("οσ") or (first and f.endswith(ctx.names.surname_like_endings) and f.endswith("ησ")
                           and not text.lower().endswith("ής")):
        return False
    return not first or f.endswith(_GENITIVE_ENDINGS)


def _looks_like_surname(tok: Token, ctx: _Context) -> bool:
    """A capitalised word in an ending only surnames have, in the nominative ("Παπαδόπουλος",
    "Μανωλάκης"): a name, where a genitive qualifier could go on."""
    return tok.text[:1].isupper() and fold(tok.text).endswith(ctx.names.surname_endings)


def _woman_named_at(doc: Doc, k: int, ctx: _Context) -> bool:
    """Tokens k and k + 1 read as a woman's name after her title (:func:`woman_name_after_title`),
    where no entity of the NER starts at k and no person's name runs on after them."""
    n = len(doc)
    return (k + 1 < n and k not in ctx.ent_at and k not in ctx.person and k + 1 not in ctx.person
            and not (k + 2 < n and doc[k + 2].is_alpha and doc[k + 2].text[:1].isupper())
            and woman_name_after_title((doc[k].text, doc[k + 1].text), ctx.names))


def _latin_name_at(doc: Doc, k: int, ctx: _Context) -> bool:
    """"η καθηγήτρια Dolores Whitfield", "ο ερευνητής Peter Aldana": two capitalised words in Latin
    letters (none in capitals) right after a role, the first a common given name of the public list
    (:func:`common_given_name`), where the NER put no entity, are the holder's name, not a qualifier
    in Latin ("καθηγητής Computer Science" opens with no given name)."""
    if k + 1 >= len(doc) or k in ctx.ent_at or k in ctx.person or k + 1 in ctx.person:
        return False
    words = (doc[k], doc[k + 1])
    return (all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and greek_ratio(t.text) == 0 for t in words)
            and common_given_name(doc[k].text))


def _qualifier(doc: Doc, start: int, ctx: _Context, plural: bool = False,
               places_too: bool = True, woman: bool = False) -> tuple[int, str | None]:
    """End of the genitive qualifier after a role head, and "publisher" for "... μας". A plural
    role takes coordinated qualifiers ("οι κοσμήτορες της Νομικής και της Θεολογικής Σχολής");
    a trade (``places_too`` False) takes no place ("οι κτηνοτρόφοι του Λάλα"). The title of one
    woman (``woman``) ends where two words in the shape of a woman's name start ("η εισαγγελέας
    Αριστοτελεία Δόγκα"): a feminine genitive ends in -ς, her name in the nominative does not."""
    j = end = start
    n = len(doc)
    if j < n and fold(doc[j].text) == _OURS:
        return j + 1, "publisher"
    if (j + 2 < n and fold(doc[j].text) in _GEN_ARTICLES and doc[j + 1].is_lower
            and fold(doc[j + 1].text).endswith(_GENITIVE_ENDINGS) and fold(doc[j + 2].text) == _OURS):
        return j + 3, "publisher"  # "ο διευθυντής της εφημερίδας μας Χ": "our" body, as "του Δήμου μας"
    for _ in range(4):
        k = j + 1 if j < n and fold(doc[j].text) in _GEN_ARTICLES else j
        if k >= n:
            break
        if k + 1 < n and doc[k].is_alpha and fold(doc[k].text) in ctx.nationality and ctx.lexicon is not None \
                and _match_at(doc, k + 1, ctx.lexicon) is not None:
            break  # "ο εκπρόσωπος του Γάλλου προέδρου": the nationality is the next role's attribute, no body
        ent = ctx.ent_at.get(k)
        if ent is not None and not places_too and ent.label_ in ("GPE", "LOC"):
            break  # "των κτηνοτρόφων του Λάλα": where a trade is plied, not part of its name
        if ent is not None and not any(t in ctx.person for t in range(ent.start, ent.end)):
            m = ent.end
        else:
            m = k
            if k == j and k + 1 < n and _looks_like_surname(doc[k + 1], ctx):
                break  # "Επίτροπος Μαργαρίτης Σχοινάς": a name, not a genitive qualifier
            if woman and k == j and _woman_named_at(doc, k, ctx):
                break  # "η εισαγγελέας Αριστοτελεία Δόγκα": her name, however rare the first name
            if k == j and _latin_name_at(doc, k, ctx):
                break  # "η καθηγήτρια Dolores Whitfield": a name in Latin letters, not a qualifier
            while m < n and _is_qualifier_word(doc[m], ctx, first=(m == k and k == j)):
                if woman and m > k and _woman_named_at(doc, m, ctx):
                    break  # "η καθηγήτρια Φιλοσοφίας Αριστοτελεία Δόγκα"
                m += 1
                if (m + 1 < n and doc[m].text == "." and "." in doc[m - 1].text and doc[m - 1].text[:1].isupper()
                        and _is_qualifier_word(doc[m + 1], ctx, first=False)):
                    m += 1  # "Π.Ε. Αχαΐας": the last dot of an abbreviation, split off by the tokenizer
                if (m + 1 < n and fold(doc[m].text) == "και" and doc[m + 1].text[:1].isupper()
                        and _is_qualifier_word(doc[m + 1], ctx, first=True)):
                    m += 1
        if m == k:
            break
        end = j = m
        if j < n and fold(doc[j].text) == _OURS:
            return j + 1, "publisher"
        if (plural and j + 2 < n and fold(doc[j].text) == "και" and fold(doc[j + 1].text) in _GEN_ARTICLES
                and doc[j + 2].text[:1].isupper()):
            j += 1  # the next genitive of the coordination
    return end, None


def _gender(doc: Doc, start: int, forms: tuple[RoleForm, ...], names: NameLexicon) -> RoleForm:
    genders = {f.gender for f in forms}
    if len(genders) == 1:
        return forms[0]
    prev = fold(doc[start - 1].text) if start > 0 else ""
    if prev in _FEM_ARTICLES or names.honorifics.get(prev, (None, None))[1] == "f":
        want = "f"
    else:
        want = "m"
    return next((f for f in forms if f.gender == want), forms[0])


_EN_LINKS = frozenset({"of", "and", "&", "for"})
_LONE_HEADS = frozenset({"head", "lead", "leader", "executive", "partner", "chair", "fellow", "owner", "counsel"})


def _greek_word(tok: Token) -> bool:
    return tok.is_alpha and all("\u0370" <= c <= "\u1fff" for c in tok.text)


def _latin_title_word(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() and t.replace("-", "").isalpha() and all(c < "\u0250" for c in t)


_IN_CHARGE = MappingProxyType({"υπευθυνοσ": "m", "υπευθυνη": "f"})
# the nominative singular of an adjective in -ικός by gender: "-ικοσ", "-ικη"
_RELATIONAL_NOMINATIVES = MappingProxyType({g: relational_adjective_endings(g)[0] for g in _IN_CHARGE.values()})


def _in_charge_at(doc: Doc, i: int) -> str | None:
    """"Υγειονομικός Υπεύθυνος", "Τεχνική Υπεύθυνη": a capitalised adjective in -ικός/-ική and
    "Υπεύθυνος" agreeing with it, both nominative, name the one in charge of that field (the
    lexicon lists the common ones with their complements); the gender, or None."""
    if i + 1 >= len(doc) or not doc[i].text[:1].isupper() or not doc[i + 1].text[:1].isupper():
        return None
    gender = _IN_CHARGE.get(fold(doc[i + 1].text))
    adjective = fold(doc[i].text)
    if gender is None or not doc[i].is_alpha or not adjective.endswith(_RELATIONAL_NOMINATIVES[gender]):
        return None
    return gender


# "αρμόδιος για ...", "υπεύθυνη για ...": the adjectives of responsibility, folded, with the
# gender and the cases each form can be in (nominative or accusative, the cases of an apposition).
_RESPONSIBLE = MappingProxyType({
    "αρμοδιοσ": ("Αρμόδιος", "m", frozenset({"nom"})), "αρμοδιο": ("Αρμόδιος", "m", frozenset({"acc"})),
    "αρμοδια": ("Αρμόδια", "f", frozenset({"nom", "acc"})),
    "υπευθυνοσ": ("Υπεύθυνος", "m", frozenset({"nom"})), "υπευθυνο": ("Υπεύθυνος", "m", frozenset({"acc"})),
    "υπευθυνη": ("Υπεύθυνη", "f", frozenset({"nom", "acc"})),
})
_ACC_ARTICLES = article_forms(lambda a: "acc" in a.cases)
_PHRASE_ARTICLES = _ACC_ARTICLES | _GEN_ARTICLES
# A finite verb ends the phrase: its active and past passive forms, the ones measured here.
_VERB_ENDINGS = finite_verb_endings(passive_present=False, learned_aorist=False)


def _responsible_for_at(doc: Doc, i: int, ctx: _Context, out: list[RoleMatch]) -> RoleMatch | None:
    """"ο υφυπουργός Ναυτιλίας και αρμόδιος για τα λιμάνια των νησιών, Χ": a second role
    coordinated with the one just found, an adjective of responsibility and "για" with a noun
    phrase (no person, no finite verb in it); the role names what the person answers for. Only
    in a chain of roles, where the adjective cannot be a plain modifier. The phrase ends at a
    comma, or at the name it stands in apposition to ("..., αρμόδιος για την Πολιτική Προστασία
    Νίκος Χ"); "για" may govern a bare plural, as titles of office write it ("αρμόδιος για
    θέματα Αυτοδιοίκησης", "για Ευρωπαϊκές Υποθέσεις")."""
    entry = _RESPONSIBLE.get(fold(doc[i].text))
    if (entry is None or not doc[i].text.islower() or i < 1 or not out or out[-1].end != i - 1
            or fold(doc[i - 1].text) not in ("και", ",") or i + 3 >= len(doc)
            or fold(doc[i + 1].text) != "για"):
        return None
    k = i + 2
    if fold(doc[k].text) in _ACC_ARTICLES:
        k += 1
    elif not (doc[k].is_alpha and (doc[k].text[:1].isupper() or (
            len(doc[k].text) > 3 and not fold(doc[k].text).endswith(_VERB_ENDINGS)))):
        return None  # no article: a noun ("θέματα", "Ευρωπαϊκές"), never "να" and its verb
    opened = k
    while k < len(doc) and k - i <= 9 and doc[k].text != "," and k not in ctx.person_starts:
        t, f = doc[k], fold(doc[k].text)
        if k in ctx.person or not (f in _PHRASE_ARTICLES or (
                t.is_alpha and not (t.text.islower() and f.endswith(_VERB_ENDINGS)))):
            return None
        k += 1
    if k == opened or k >= len(doc) or (doc[k].text != "," and k not in ctx.person_starts):
        return None
    title, gender, cases = entry
    qualifier = doc[i + 1:k].text
    return RoleMatch(i, k, i + 1, f"{title} {qualifier}", title, qualifier, None, gender, False,
                     "organisation", gender == "f", cases)


def apposed_responsibility(doc: Doc, role: Span) -> bool:
    """"ο υφυπουργός Υγείας, αρμόδιος για τα νοσοκομεία, Χ": a phrase of responsibility that a
    comma sets right after another role is that office's attribute (what it covers), in
    apposition to it, not a second office: only "και" makes the adjective a title of its own
    ("ο υφυπουργός Υγείας και αρμόδιος για τα νοσοκομεία"). The role linker passes over it."""
    return (len(role) >= 3 and role.start >= 1 and doc[role.start - 1].text == ","
            and fold(role[0].text) in _RESPONSIBLE and fold(role[1].text) == "για")


def _english_title_at(doc: Doc, i: int, lex: RoleLexicon) -> int | None:
    """End of an English job title starting at token i ("Senior Product Manager", "Head of
    Research and Innovation", "Chief Digital Officer"), or None: a run of capitalised Latin
    words, joined by "of"/"and"/"&"/"for", that ends in a title head or holds "<head> of ..."."""
    if not lex.english_heads or not _latin_title_word(doc[i]) or (i > 0 and _latin_title_word(doc[i - 1])):
        return None
    j, head_of = i, False
    while j < len(doc) and j - i < 8:
        tok = doc[j]
        if _latin_title_word(tok):
            j += 1
        elif (tok.text.casefold() in _EN_LINKS and j > i and j + 1 < len(doc) and _latin_title_word(doc[j + 1])):
            head_of = head_of or (tok.text.casefold() == "of" and doc[j - 1].text.casefold() in lex.english_heads)
            j += 1
        else:
            break
    last = doc[j - 1].text.casefold()
    if last in lex.english_heads and (j - i > 1 or last not in _LONE_HEADS):
        return j
    return j if head_of else None


def find_roles(
    doc: Doc,
    lexicon: RoleLexicon | None = None,
    names: NameLexicon | None = None,
    use_ents: bool = True,
    open_roles: OpenRoleFinder | None = None,
    role_prefixes: frozenset[str] | None = None,
    role_phrase_prepositions: frozenset[str] | None = None,
) -> list[RoleMatch]:
    """All role mentions in ``doc``, left to right, longest match first, none inside a PERSON;
    with ``open_roles``, also the roles no lexicon lists, told by grammar next to a name; ``role_prefixes``
    ("πρώην", "τέως", folded) make an adjectival role after them a noun, and so do
    ``role_phrase_prepositions`` after it ("σε", "για", folded; by default the package's)."""
    lex = lexicon or RoleLexicon.default()
    ctx = _Context(doc, names or NameLexicon.default(), use_ents)
    ctx.role_words = lex.role_words
    ctx.lexicon = lex
    grammar = open_roles.g if open_roles is not None else RoleGrammar.from_text(read_text(GRAMMAR_RESOURCE))
    ctx.nationality = grammar.nationality
    out: list[RoleMatch] = []
    i = 0
    dropped: list[Span] = []
    kept_rest: list[Span] = []  # the names left once a title is cut off their start
    prefixes = role_prefixes or frozenset()
    prepositions = (role_phrase_prepositions if role_phrase_prepositions is not None
                    else phrase_prepositions(read_text(LINKING_RESOURCE)))

    def next_to_name(i: int) -> bool:
        """Whether the word at i stands where an adjectival role in lower case is still a role
        (``_match_at``'s ``after_name``)."""
        # Next to a name ("Μαρία Χ, υπεύθυνη", "ο αστυνομικός Γιώργος Χ").
        # "με επιστημονικό υπεύθυνο τον Χ": "με" and a noun phrase without an article names the
        # role of the person after it, adjectival roles included.
        # "ο πρώτος ιστορικός, ο Ηρόδοτος,": a name in apposition after it, with its own article.
        return ((i >= 2 and doc[i - 1].text == "," and (i - 2) in ctx.person) or (i + 1) in ctx.person_starts
                or ((i + 3) in ctx.person_starts and doc[i + 1].text == "," and fold(doc[i + 2].text) in ("ο", "η"))
                or (i >= 1 and (fold(doc[i - 1].text) == "με" or _AGE.fullmatch(fold(doc[i - 1].text)) is not None))
                or _substantive(doc, i, lex, prefixes, bool(out) and out[-1].end == i - 1, prepositions,
                                ctx.person_starts))

    while i < len(doc):
        hit = None
        if i not in ctx.person:
            # ``after_name`` only lets an adjectival role in, so it is asked only where the word
            # would be one (a match found without it is found with it too)
            hit = _match_at(doc, i, lex, after_name=True)
            if hit is not None and not next_to_name(i):
                hit = _match_at(doc, i, lex)
        if hit is None and i not in ctx.person and bool(out) and out[-1].end == i - 1:
            hit = _coordinated_head(doc, i, lex)
        en_end = _english_title_at(doc, i, lex)
        if en_end is not None and (hit is None or en_end > hit[0]):
            person = [e for e in doc.ents if e.label_ == "PERSON" and e.start < en_end and e.end > i] if use_ents else []
            # "ο Senior Research Analyst Ηλίας Χ" read as one name by the NER: the Latin title
            # before a name in Greek letters is cut off it.
            greek_rest = [e for e in person if i <= e.start and e.end - en_end >= 2
                          and all(_greek_word(t) for t in doc[en_end:e.end])]
            if all(i <= e.start and e.end <= en_end for e in person if e not in greek_rest):
                # "Senior Product Manager" read as a name by the NER: a title is no person.
                dropped.extend(person)
                for e in person:
                    ctx.person.difference_update(range(e.start, e.end))
                for e in greek_rest:
                    rest = Span(doc, en_end, e.end, label=e.label)
                    kept_rest.append(rest)
                    ctx.person.update(range(rest.start, rest.end))
                    ctx.person_starts.add(rest.start)
                q_end, ref = _qualifier(doc, en_end, ctx)
                title = doc[i:en_end].text
                qualifier = doc[en_end:q_end].text if q_end > en_end else None
                out.append(RoleMatch(i, q_end, en_end, f"{title} {qualifier}" if qualifier else title, title,
                                     qualifier, ref, "m", False, "organisation"))
                i = q_end
                continue
        charge = _in_charge_at(doc, i) if i not in ctx.person and i + 1 not in ctx.person else None
        if charge is not None and (hit is None or hit[0] < i + 2):
            q_end, ref = _qualifier(doc, i + 2, ctx)
            title = doc[i:i + 2].text
            qualifier = doc[i + 2:q_end].text if q_end > i + 2 else None
            out.append(RoleMatch(i, q_end, i + 2, f"{title} {qualifier}" if qualifier else title, title,
                                 qualifier, ref, charge, False, "organisation", charge == "f",
                                 frozenset({"nom"})))
            i = q_end
            continue
        responsible = _responsible_for_at(doc, i, ctx, out) if hit is None and i not in ctx.person else None
        if responsible is not None:
            out.append(responsible)
            i = responsible.end
            continue
        if hit is None:
            i += 1
            continue
        head_end, forms = hit
        if any(t in ctx.person for t in range(i, head_end)) or (
                i > 0 and fold(doc[i - 1].text).startswith(_HONORARY)
                and any(fold(f.entry.masculine) in _DEGREES for f in forms)):
            i += 1
            continue
        form = _gender(doc, i, forms, ctx.names)
        # Plural only by a slot the grammar gives the form: an extra form "in any slot" ("γ.γ.") is no plural.
        numbered = form.slots - {"any"}
        plural = bool(numbered) and all(s.endswith("_pl") for s in numbered)
        # A feminine form names a woman; a masculine one may name either ("η συνιδρυτής"). A noun
        # of common gender has every form in both genders; a form only the feminine holds (the
        # row's feminine, or another feminine of it: "δικαστίνα") is one.
        explicit = form.gender == "f" and len({f.gender for f in forms}) == 1
        slots = {s for f in forms for s in f.slots}
        cases = frozenset() if "any" in slots else frozenset(s.partition("_")[0] for s in slots)
        # The singular article right before a role of common gender, agreeing in case, tells its
        # gender ("η Αντιπεριφερειάρχης"): the role then agrees only with a person of that gender.
        article = _ARTICLE_GENDER.get(fold(doc[i - 1].text)) if i > 0 else None
        if article is None and i > 0 and fold(doc[i - 1].text) == "του" and not form.entry.neuter:
            article = ("gen", "m")  # "του καλλιτέχνη": "του" is neuter only before a neuter noun
        explicit = explicit or (article is not None and article[1] == form.gender and not plural
                                and (not cases or article[0] in cases))
        places_too, woman = form.entry.category != "professional", explicit and form.gender == "f" and not plural
        q_end, ref = _qualifier(doc, head_end, ctx, plural, places_too=places_too, woman=woman)
        qualifier = doc[head_end:q_end].text if q_end > head_end else None
        if (q_end == head_end and head_end + 2 < len(doc)
                and fold(doc[head_end].text) in grammar.postpositive_connectives
                and fold(doc[head_end + 1].text) in _GEN_ARTICLES):
            # "η αρχηγός πάντως του κόμματος Χ": a connective in second place splits the role from
            # its genitive complement; the complement is still the role's, the connective no part of it
            later_end, ref = _qualifier(doc, head_end + 1, ctx, plural, places_too=places_too, woman=woman)
            if later_end > head_end + 1:
                q_end, qualifier = later_end, doc[head_end + 1:later_end].text
        canonical = form.entry.title(form.gender)
        title = f"{canonical} {qualifier}" if qualifier else canonical
        out.append(RoleMatch(i, q_end, head_end, title, canonical, qualifier, ref, form.gender, plural,
                             form.entry.category, explicit, cases))
        i = q_end
    if dropped:
        doc.ents = [e for e in doc.ents if not any(e.start == d.start and e.end == d.end for d in dropped)] + kept_rest
    out = _attributive_heads(doc, out, grammar)
    out = _deputy_heads(doc, out, grammar, ctx)
    if open_roles is not None and use_ents:
        extra = _open_roles(doc, out, ctx, open_roles)
        out = sorted(out + extra, key=lambda m: m.start)
    return out


_PLURAL_ARTICLES = article_forms(lambda a: a.number == "pl")  # "οι", "των"; "τα" too, for no harm


def _attributive_heads(doc: Doc, found: list[RoleMatch], grammar: RoleGrammar) -> list[RoleMatch]:
    """"ο επικεφαλής ερευνητής Χ": an indeclinable role word (role_grammar.json "attributive_heads")
    right before another lexicon role is its adjective ("chief"), and the two are one title
    ("Επικεφαλής Ερευνητής"), in the case, number and gender of the noun. Not after "με" ("με
    επικεφαλής ..." heads a group), and a plural noun only after a plural article ("ο επικεφαλής
    ερευνητών" is the head of the researchers). The article before both tells the gender of a
    noun of common gender ("η επικεφαλής συγγραφέας")."""
    out: list[RoleMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.start + 1 == prev.end == m.start and prev.qualifier is None
                and fold(prev.canonical) in grammar.attributive_heads
                and not (prev.start > 0 and fold(doc[prev.start - 1].text) == grammar.group_with)
                and (not m.plural or (prev.start > 0 and fold(doc[prev.start - 1].text) in _PLURAL_ARTICLES))):
            head = prev.canonical
            merged = replace(m, start=prev.start, title=f"{head} {m.title}", canonical=f"{head} {m.canonical}")
            if prev.gender_explicit and not m.gender_explicit and not m.plural:  # "η επικεφαλής συγγραφέας"
                merged = replace(merged, gender=prev.gender, gender_explicit=True)
            out[-1] = merged
            continue
        out.append(m)
    return out


def _deputy_heads(doc: Doc, found: list[RoleMatch], grammar: RoleGrammar, ctx: _Context) -> list[RoleMatch]:
    """"ο αναπληρωτής γραμματέας Χ": a deputy noun (role_grammar.json "deputy_heads") right before
    a lexicon role makes one title with it ("Αναπληρωτής Γραμματέας"): the person stands in for
    the holder and is not the holder. The lexicon's own rows ("Αναπληρωτής Καθηγητής") match
    whole and are left alone; a feminine deputy noun tells the person's gender."""
    out: list[RoleMatch] = []
    taken = {m.start for m in found} | {k for m in found for k in range(m.start, m.end)}
    for m in found:
        k = m.start - 1
        deputy = grammar.deputy_heads.get(fold(doc[k].text)) if k >= 0 else None
        if deputy is None or k in taken or k in ctx.person or fold(m.canonical).startswith(fold(deputy[0])[:7]):
            out.append(m)
            continue
        word, gender = deputy
        if gender == "m" and m.gender == "f":
            word = next((w for w, g in grammar.deputy_heads.values() if g == "f"), word)
        if doc[k].text[:1].isupper() or m.canonical[:1].isupper():
            word = word[:1].upper() + word[1:]
        merged = replace(m, start=k, title=f"{word} {m.title}", canonical=f"{word} {m.canonical}")
        if gender == "f" and not m.plural:
            merged = replace(merged, gender="f", gender_explicit=True)
        out.append(merged)
    return out


def _open_roles(doc: Doc, found: list[RoleMatch], ctx: _Context, finder: OpenRoleFinder) -> list[RoleMatch]:
    """Grammar's roles ("ο γνωστός τραγουδοποιός Χ", "Χ, ιδρυτής της ..."), where no lexicon
    role stands next to the name already. After a name, a phrase that starts before a lexicon
    role and holds it ("Χ, ρωσικής καταγωγής ακτιβιστή,") replaces it: the linker could not
    reach the name across the words before the role. ``found`` loses the roles replaced."""
    taken = {t: m for m in found for t in range(m.start, m.end)}
    out: list[RoleMatch] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        sent_end = ent.sent.end if doc.has_annotation("SENT_START") else len(doc)
        sent_start = ent.sent.start if doc.has_annotation("SENT_START") else 0
        hits = [finder.before(doc, ent.start, set(taken), ctx.person),
                *finder.list_heads(doc, ent.start, ctx.person, set(taken), sent_start),
                *finder.credits(doc, ent.start, set(taken))]
        close = ent.end + 1 if _spelt_in_brackets(doc, ent) else ent.end  # past ")" of "Χ (John X)"
        after = finder.after(doc, close, ctx.person, sent_end)
        replaced = False
        if after is not None:
            inside = {id(taken[t]): taken[t] for t in range(after.start, after.end) if t in taken}
            if all(after.phrase_start < m.start and m.end <= after.end for m in inside.values()):
                for m in inside.values():
                    found.remove(m)
                    for t in range(m.start, m.end):
                        taken.pop(t, None)
                hits.append(after)
                replaced = True
        lexical = taken.get(close + 1) or taken.get(close + 2)
        if (not replaced and lexical is not None and lexical in found and lexical.category != "open"
                and doc[close].text == "," and lexical.start - close <= 2):
            # "Χ, δημοσιογράφος τεχνολογίας του Deasy.gr,", "Χ, πρόεδρος του συλλόγου γονέων,":
            # a lexicon role in apposition keeps the lower-case genitives the matcher stops at,
            # when they run to the end of the apposition.
            end = finder.apposition_end(doc, lexical.end, ctx.person, sent_end)
            if end > lexical.end:
                tail = doc[lexical.head_end:end].text
                longer = replace(lexical, end=end, title=f"{lexical.canonical} {tail}", qualifier=tail)
                found[found.index(lexical)] = longer
                taken.update({t: longer for t in range(longer.start, longer.end)})
        second = _coordinated_trade(doc, ent.start, found, taken, finder)
        if second is not None:
            out.append(second)
            taken.update({t: second for t in range(second.start, second.end)})
        for hit in hits:
            if hit is None:
                continue
            placeholder = RoleMatch(hit.start, hit.end, hit.head_end, hit.title, hit.canonical,
                                    doc[hit.head_end:hit.end].text if hit.end > hit.head_end else None, None,
                                    hit.gender or "m", hit.plural, "open", hit.gender is not None,
                                    frozenset({hit.case}) if hit.case else frozenset())
            taken.update({t: placeholder for t in range(hit.start, hit.end)})
            out.append(placeholder)
    return out


def _spelt_in_brackets(doc: Doc, ent: Span) -> bool:
    """``ent`` is the Latin spelling of the Greek name right before it, alone in brackets
    ("Σβάντε Πάαμπο (Svante Pääbo), διευθυντής"): what follows the bracket is said of that name."""
    return (ent.start >= 2 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"
            and greek_ratio(ent.text) == 0 and doc[ent.start - 2].ent_type_ == "PERSON"
            and greek_ratio(doc[ent.start - 2].text) > 0.5)


def _coordinated_trade(doc: Doc, p_start: int, found: list[RoleMatch], taken: dict[int, RoleMatch],
                       finder: OpenRoleFinder) -> RoleMatch | None:
    """"ο πρόεδρος του Φορέα Χ και περιβαλλοντολόγος Ψ": a trade no lexicon lists, joined by
    "και" to a lexicon role, right before the name both describe; it takes the first role's
    gender and case (one article serves both)."""
    i = p_start - 1
    if i < 2 or i in taken or fold(doc[i - 1].text) != "και" or not doc[i].is_alpha or not doc[i].text.islower():
        return None
    first = taken.get(i - 2)
    if first is None or first.end != i - 1 or first.plural or first not in found or first.category == "open":
        return None
    genders = (first.gender,) if first.gender_explicit else ("m", "f")
    cases: list[str | None] = [*sorted(first.cases)] or [None]
    for case in cases:
        for g in genders:
            nom = nominative(doc[i].text, case, g)
            if nom is not None and finder.g.is_agent(nom) and fold(nom) not in finder.g.not_roles:
                title = nom[:1].upper() + nom[1:]
                return RoleMatch(i, i + 1, i + 1, title, title, None, None, g, False, "open",
                                 first.gender_explicit, frozenset({case}) if case else frozenset())
    return None


def _titles_out_of_names(doc: Doc, lex: RoleLexicon, names: NameLexicon) -> None:
    """A name never ends in a title: a PERSON span whose last words are a role ("Έρευνας
    Αναπληρώτρια Καθηγήτρια", "Γιώργος Παππάς Πρόεδρος") keeps only what stands before the
    role, and only if that holds a first name; the role is then matched like any other. A
    first name and one role word ("Γιάννης Πρόεδρος") stay a name: such surnames exist. A span
    that is all role and opens with an abbreviation ("Υπ. Διδάκτωρ") is no name at all."""
    changed, kept = False, []
    for ent in doc.ents:
        cut = None
        if ent.label_ == "PERSON":
            # "Υπ. Διδάκτωρ": a span that opens with a role word's abbreviation and is all role
            first = ent.start if fold(doc[ent.start].text).rstrip(".") in lex.abbreviations \
                and doc[ent.start].text.endswith(".") else ent.start + 1
            for k in range(first, ent.end):
                hit = _match_at(doc, k, lex)
                if hit is not None and hit[0] == ent.end:
                    cut = k
                    break
        has_first = cut is not None and any(fold(t.text) in names.first_names for t in doc[ent.start:cut])
        if cut is None or (has_first and cut - ent.start == 1 and ent.end - cut == 1):
            kept.append(ent)  # "Γιάννης Πρόεδρος": a first name and one word is a surname
            continue
        changed = True
        if has_first:
            kept.append(Span(doc, ent.start, cut, label=ent.label))
    if changed:
        doc.ents = kept


class RolesComponent(ResourceBacked):
    """spaCy component: writes ROLE spans to ``doc.spans[spans_key]``."""

    RESOURCES = ResourceCopy.union((RESOURCE, GRAMMAR_RESOURCE, LINKING_RESOURCE), NAME_RESOURCES)

    def __init__(self, nlp: Language, name: str = "keryx_roles", use_ents: bool = True, spans_key: str = "roles"):
        register_extensions()
        self.name = name
        self.use_ents = use_ents
        self.spans_key = spans_key
        self.resources = ResourceCopy(self.RESOURCES)
        self._build()

    def _build(self) -> None:
        """The lexicons from the resource texts this component holds (package or model copy)."""
        self.lexicon = RoleLexicon.from_text(self.resources[RESOURCE])
        self.names = NameLexicon.from_texts(*(self.resources[n] for n in NAME_RESOURCES))
        linking = json.loads(self.resources[LINKING_RESOURCE])
        self.role_prefixes = frozenset(fold(w) for w in linking["role_prefixes"])  # "πρώην", "τέως"
        self.phrase_prepositions = phrase_prepositions(self.resources[LINKING_RESOURCE])  # "στο", "για"
        self.open_roles = OpenRoleFinder(RoleGrammar.from_text(self.resources[GRAMMAR_RESOURCE]), self.names,
                                         frozenset(fold(w) for w in linking["apposition_stops"]),
                                         frozenset(fold(w) for w in linking["role_prefixes"]))

    def __call__(self, doc: Doc) -> Doc:
        if self.use_ents:
            _titles_out_of_names(doc, self.lexicon, self.names)
        spans = []
        for m in find_roles(doc, self.lexicon, self.names, self.use_ents, self.open_roles, self.role_prefixes,
                             self.phrase_prepositions):
            span = Span(doc, m.start, m.end, label="ROLE")
            span._.role_title = m.title
            span._.canonical = m.canonical
            span._.organisation_ref = m.organisation_ref
            span._.role_plural = m.plural
            span._.role_gender = m.gender if m.gender_explicit else None
            span._.role_cases = m.cases or None
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("keryx_roles", default_config={"use_ents": True, "spans_key": "roles"})
def make_roles_component(nlp: Language, name: str, use_ents: bool, spans_key: str) -> RolesComponent:
    return RolesComponent(nlp, name, use_ents, spans_key)

