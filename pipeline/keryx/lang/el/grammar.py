"""The Greek definite article, once: its forms by case, gender and number, and its contractions
with «σε» ("στο", "στης").

The forms come from ``data/inflection.json`` ("articles"); code asks for the ones it needs
("the genitive ones", "the singular ones that are not neuter") instead of listing them
itself, so the paradigm is written in one place. Two grammar facts are applied here rather
than written out: a neuter nominative is its accusative too ("το", "τα"), and «σε» fuses with
every article that starts with τ- ("σε + του" → "στου").

The endings of a noun in the genitive (``genitive_endings``), which the entity rules and the linking
of people, bodies and ministries all test, come from there as well, with their kinds one by one
(``genitive_endings_of``), the last letters every genitive with a case ending has (``genitive_finals``),
the masculine plural's endings and the suffix rules back to the nominative from the plural and the
oblique cases (``plural_to_singular``, ``oblique_to_nominative``). Two endings the role modules share
are read here too, from ``data/role_grammar.json``: the age
epithet ("45χρονος") and the endings of finite verbs, which close a role's phrase. So are the words
that join the words of a body's name (``name_link_words``), which the entity rules and the
organisation linking both need. The endings of adjectives (``adjective_endings``: those in -ικός,
the clubs' and the event names' adjectives; ``adjective_case_endings``: the case endings, the
nominative's by gender, the stems and the endings that agree with an article), which the entity and role rules, the linking and the events'
builder test, are read here, and the adjectival roles (``role_grammar.json``) with them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from keryx.lang.el import read_json
from keryx.lang.el.text import fold

__all__ = ["Article", "adjective_agreement_endings", "adjective_case_endings", "adjective_nominative_endings", "adjective_stem_endings", "adjectival_roles",
           "age_word", "article_forms", "articles", "club_adjective_endings", "event_name_adjective_endings",
           "finite_verb_endings", "genitive_endings", "genitive_endings_of", "genitive_finals", "indefinite_articles",
           "masculine_plural_endings", "name_link_words", "nominative_genders", "oblique_to_nominative", "origin_adjective_endings",
           "plural_to_singular",
           "prepositions", "relational_adjective_endings"]


@dataclass(frozen=True)
class Article:
    """One folded form of the definite article."""

    form: str
    cases: frozenset[str]  # "nom", "gen", "acc"
    gender: str | None  # "m", "f", "n"; None where the form serves every gender ("οι", "των")
    number: str  # "sg" or "pl"
    contracted: bool  # fused with «σε»: "στο", "στην", "στου"


@cache
def articles() -> tuple[Article, ...]:
    """Every form of the article, bare and fused with «σε», from inflection.json."""
    bare: list[Article] = []
    for word, (case, gender, number) in read_json("inflection.json")["articles"].items():
        form = fold(word)
        if case is None or form.startswith("στ"):
            continue  # a preposition, or a contraction (derived below from its bare form)
        cases = {case} | ({"acc"} if case == "nom" and gender == "n" else set())
        bare.append(Article(form, frozenset(cases), gender, number, False))
    fused = [Article("σ" + a.form, a.cases, a.gender, a.number, True) for a in bare if a.form.startswith("τ")]
    return tuple(bare + fused)


def article_forms(where: Callable[[Article], bool] = lambda a: True, *, contracted: bool | None = False) -> frozenset[str]:
    """The folded forms that satisfy ``where``: bare by default, only fused ones with
    ``contracted=True``, both with ``contracted=None``."""
    return frozenset(a.form for a in articles()
                     if (contracted is None or a.contracted == contracted) and where(a))


@cache
def genitive_endings(*, masculine_neuter_singular: bool = True, third_declension: bool = False) -> tuple[str, ...]:
    """Folded endings of a noun in the genitive (inflection.json "genitive_endings"): by default the
    first two declensions' singular and every plural ("-ου", "-ης", "-ας", "-εως", "-ων"). Without the
    masculine and neuter singular, the forms that cannot agree with "του" ("του Υγείας"); with the third
    declension, also "-ος" and "-ους", which some nominatives share ("Περιβάλλοντος", "Κράτους")."""
    kinds = read_json("inflection.json")["genitive_endings"]
    wanted = ["feminine_singular", "plural"] + (["masculine_neuter_singular"] if masculine_neuter_singular else []) \
        + (["third_declension"] if third_declension else [])
    return tuple(fold(e) for kind in wanted for e in kinds[kind])


@cache
def genitive_endings_of(*kinds: str) -> tuple[str, ...]:
    """Folded genitive endings of the named kinds of inflection.json "genitive_endings", in that
    order ("feminine_singular": "-ης", "-ας", "-εως"; "vowel_singular": "του ταμία", "της Ηχώς")."""
    table = read_json("inflection.json")["genitive_endings"]
    return tuple(fold(e) for kind in kinds for e in table[kind])


@cache
def genitive_finals() -> tuple[str, ...]:
    """The folded last letters of every genitive with a case ending of its own (inflection.json
    "genitive_finals": "-ς", "-ου", "-ων"): a word that ends otherwise is a genitive only after an article."""
    return tuple(fold(e) for e in read_json("inflection.json")["genitive_finals"])


@cache
def masculine_plural_endings() -> tuple[str, ...]:
    """Folded endings of masculine plural nouns in every case (inflection.json
    "masculine_plural_endings": "-οι", "-ες", "-εις", "-ων", "-ους"), which a plural adjective agrees with."""
    return tuple(fold(e) for e in read_json("inflection.json")["masculine_plural_endings"])


@cache
def plural_to_singular() -> tuple[tuple[str, str, str], ...]:
    """(plural ending, singular ending, gender) rules from a person noun's plural back to its nominative,
    accented, in the order tried (inflection.json "plural_to_singular": "αστρονόμους" -> "αστρονόμος")."""
    return tuple((old, new, gender) for old, new, gender in read_json("inflection.json")["plural_to_singular"])


@cache
def oblique_to_nominative() -> MappingProxyType[tuple[str, str], tuple[tuple[str, str], ...]]:
    """(oblique ending, nominative ending) rules by (case, gender), accented, in the order tried
    (inflection.json "oblique_to_nominative": ("gen", "m"): "-ή" -> "-ής", "του ερευνητή")."""
    table = read_json("inflection.json")["oblique_to_nominative"]
    return MappingProxyType({(case, g): tuple((old, new) for old, new in rules)
                             for case, by_gender in table.items() for g, rules in by_gender.items()})


@cache
def _ending_genders() -> tuple[tuple[str, frozenset[str]], ...]:
    """inflection.json "nominative_ending_genders", folded, longest ending first."""
    table = read_json("inflection.json")["nominative_ending_genders"]
    return tuple(sorted(((fold(e), frozenset(gs)) for e, gs in table.items()), key=lambda x: -len(x[0])))


def nominative_genders(word: str) -> frozenset[str]:
    """The genders a one-word nominative may have by its ending, as places.tsv writes them
    ("Λίνδος": m, f or n; "Κρανίδι": n; "Σέρρες": mp or fp); none where the ending tells nothing
    ("Λάλας"): a settlement list's row whose gender was guessed is checked by these."""
    f = fold(word)
    return next((gs for ending, gs in _ending_genders() if f.endswith(ending)), frozenset())


@cache
def age_word() -> re.Pattern[str]:
    """A folded age epithet written with digits ("45χρονος", "38χρονη"), from role_grammar.json
    "age_ending", so that the ending is written once for the role phrases and the linking."""
    stem = fold(read_json("role_grammar.json")["age_ending"])[:-2]  # "χρονος" -> "χρον"
    return re.compile(rf"\d{{1,3}}{stem}\w+")


@cache
def finite_verb_endings(*, passive_present: bool = True, learned_aorist: bool = True) -> tuple[str, ...]:
    """Folded endings of finite verb forms (inflection.json "finite_verb_endings"), written once for
    the role phrases and the events: by default every kind; the active and past passive forms always
    ("δηλώνει", "μίλησαν", "βρέθηκε"), the present passive ("διεξάγεται") and the learned aorist
    ("συνελήφθη") when asked for."""
    kinds = read_json("inflection.json")["finite_verb_endings"]
    wanted = ["active", "passive_past"] + (["passive_present"] if passive_present else []) \
        + (["learned_aorist"] if learned_aorist else [])
    return tuple(fold(e) for kind in wanted for e in kinds[kind])


@cache
def present_endings() -> tuple[str, ...]:
    """Folded endings of the present and the subjunctive (inflection.json "present_endings"), which
    no past form takes: "σκοτώσει" shares the stem of "σκότωσε" but tells no past happening."""
    return tuple(fold(e) for e in read_json("inflection.json")["present_endings"])


@cache
def article_case_numbers() -> dict[str, frozenset[tuple[str, str]]]:
    """Each bare folded form of the article with the (case, number) pairs it can stand for ("της":
    genitive singular; "τους": accusative plural): apposition agrees in case and number."""
    out: dict[str, set[tuple[str, str]]] = {}
    for a in articles():
        if not a.contracted:
            out.setdefault(a.form, set()).update((c, a.number) for c in a.cases)
    return {form: frozenset(pairs) for form, pairs in out.items()}


@cache
def indefinite_articles() -> frozenset[str]:
    """The folded forms of the indefinite article (role_grammar.json): "ένας", "μια", "ενός"."""
    return frozenset(fold(w) for w in read_json("role_grammar.json")["indefinite_articles"])


@cache
def indefinite_article_cases() -> dict[str, frozenset[str]]:
    """The folded forms of the indefinite article with the cases each shows (role_grammar.json):
    the case of its person's table, and nominative and accusative for a neuter's form ("ένα")."""
    data = read_json("role_grammar.json")
    neuter = {fold(w) for w in data["indefinite_neuter"]}
    return {fold(w): frozenset({case} | ({"nom", "acc"} if fold(w) in neuter else set()))
            for w, (case, _gender) in data["indefinite_articles"].items()}


@cache
def prepositions() -> frozenset[str]:
    """The folded prepositions that take the article ("από", "για", "με", "σε", "προς"), the entries
    of inflection.json "articles" that have no case."""
    return frozenset(fold(w) for w, (case, *_) in read_json("inflection.json")["articles"].items() if case is None)


@cache
def name_link_words() -> frozenset[str]:
    """The folded words that may join the capitalised words of a body's name but never end it: the
    genitive and accusative articles, bare and fused with «σε» ("Ίδρυμα για την Έρευνα", "Ένωση
    Δήμων στην Κρήτη"), the prepositions, and linking.json "name_links" (the conjunction, the particles
    of foreign names, signs)."""
    links = read_json("linking.json")["name_links"]
    oblique = article_forms(lambda a: bool(a.cases & {"gen", "acc"}), contracted=None)
    return oblique | prepositions() | frozenset(fold(w) for words in links.values() for w in words)


def _folded(endings: list[str]) -> tuple[str, ...]:
    return tuple(fold(e) for e in endings)


@cache
def relational_adjective_endings(gender: str | None = None) -> tuple[str, ...]:
    """Folded singular endings of the adjectives in -ικός (inflection.json "adjective_endings"
    "relational"): of one gender ("m": "-ικός", "-ικού", "-ικό", the neuter's too; "f": "-ική",
    "-ικής"), the nominative first, or of every gender."""
    by_gender = read_json("inflection.json")["adjective_endings"]["relational"]
    return _folded([e for g in ([gender] if gender else list(by_gender)) for e in by_gender[g]])


@cache
def club_adjective_endings() -> tuple[str, ...]:
    """Folded endings of the adjectives clubs are named by ("Πανιώνιος", "του Ολυμπιακού"): the
    masculine and neuter singular of -ικός and of -ώνιος ("adjective_endings" "club")."""
    return relational_adjective_endings("m") + _folded(read_json("inflection.json")["adjective_endings"]["club"])


@cache
def event_name_adjective_endings() -> tuple[str, ...]:
    """Folded endings of the adjectives that open an event's name ("Οικονομικό", "Ετήσιο",
    "Διεθνές"): every relational ending and "adjective_endings" "event_name"."""
    return relational_adjective_endings() + _folded(read_json("inflection.json")["adjective_endings"]["event_name"])


@cache
def origin_adjective_endings() -> tuple[str, ...]:
    """Endings of the adjectives and nouns of origin in every case and number, accented where the
    accent stands on the suffix ("-ινός", "-αίων", "-ιώτες"), and of the adjectives in -ικος,
    unaccented (inflection.json "adjective_endings" "origin"): not folded, so that a caller can
    check the accent ("Πατρινού", not "Μαρίνου")."""
    return tuple(unicodedata.normalize("NFC", e) for e in read_json("inflection.json")["adjective_endings"]["origin"])


@cache
def adjective_case_endings(*, nominative_accusative: bool = True, feminine_in_as: bool = True,
                           plural_in_oi: bool = True) -> tuple[str, ...]:
    """Folded case endings of adjectives (inflection.json "adjective_case_endings"): the genitive's
    always ("-ης", "-ου", "-ων"); by default also the nominative's and accusative's ("-ος", "-η",
    "-α", "-ο", "-ους", "-ες"), the feminine "-ας" (genitive, and a noun's nominative) and the
    masculine plural "-οι"."""
    kinds = read_json("inflection.json")["adjective_case_endings"]
    wanted = (["nominative_accusative"] if nominative_accusative else []) + ["genitive"] \
        + (["feminine_in_as"] if feminine_in_as else []) + (["plural_in_oi"] if plural_in_oi else [])
    return _folded([e for kind in wanted for e in kinds[kind]])


@cache
def adjective_nominative_endings() -> MappingProxyType[str, tuple[str, ...]]:
    """Folded endings of an adjective's nominative singular by gender ("m": "-ος", "-ης"; "f": "-η",
    "-α"; "n": "-ο", "-ες"), from inflection.json "adjective_case_endings" "nominative"."""
    table = read_json("inflection.json")["adjective_case_endings"]["nominative"]
    return MappingProxyType({g: _folded(es) for g, es in table.items()})


@cache
def adjective_agreement_endings() -> MappingProxyType[tuple[str, str], tuple[str, ...]]:
    """Folded endings a modifier may have after an article of each (case, gender), masculine and
    feminine ("της διεμφυλικής": ("gen", "f")), from inflection.json "adjective_case_endings" "agreement"."""
    table = read_json("inflection.json")["adjective_case_endings"]["agreement"]
    return MappingProxyType({(case, g): _folded(es) for g, cases in table.items() for case, es in cases.items()})


@cache
def adjective_stem_endings() -> tuple[str, ...]:
    """Folded ends of adjective stems ("-ικ", "-ακ", "-ιν"...; inflection.json "adjective_case_endings"
    "stems"): a case ending after one makes a word of a name an adjective."""
    return _folded(read_json("inflection.json")["adjective_case_endings"]["stems"])


@cache
def contracted_adjective_endings() -> tuple[str, MappingProxyType[str, str]]:
    """The adjectives in -ής/-ές (inflection.json "adjective_case_endings" "contracted"): the
    genitive singular's ending as written, stressed ("-ούς": "του Διεθνούς", "της Διεθνούς"), one
    for every gender, and the nominative singular's by gender ("-ής", "-ής", "-ές")."""
    table = read_json("inflection.json")["adjective_case_endings"]["contracted"]
    return table["genitive"], MappingProxyType(dict(table["nominative"]))


@cache
def oxytone_masculine_case_endings() -> tuple[str, ...]:
    """The case endings of masculine nouns in stressed "-ός", accented as written, nominative first
    (inflection.json "oxytone_masculine_case_endings": "-ός", "-ού", "-ό", "-οί", "-ών", "-ούς")."""
    return tuple(read_json("inflection.json")["oxytone_masculine_case_endings"])


@cache
def adjectival_roles() -> tuple[str, ...]:
    """Folded endings and words of the roles that are adjectives or have a common sense
    (role_grammar.json "adjective_role_ending" and "adjectival_roles": "-ικός", "-ακός",
    "υπεύθυνος", "γέροντας"), roles only when capitalised or next to a name."""
    data = read_json("role_grammar.json")
    roles = data["adjectival_roles"]
    return _folded([data["adjective_role_ending"], *roles["endings"], *roles["words"]])
