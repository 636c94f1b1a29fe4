"""Roles no lexicon lists, found from Greek grammar (used by the ``keryx_roles`` component).

News names people by trade far more freely than any lexicon can follow ("ο γνωστός
τραγουδοποιός Χ", "Χ, έναν Άγγλο αγιογράφο"). A common noun phrase in apposition to a
person name is that person's role when

- before the name, an article opens it and agrees with its words in case and gender
  ("ο/η/του/της/τον/την [adjectives] NOUN [genitive complement] Name"), or
- after the name, it stands between a comma and a comma, a full stop or a bracket
  ("Χ, [ο/ένας] [adjectives] NOUN [genitive complement],").

The head noun must end like a Greek agent noun (-της, -τρια, -έας, -λόγος, ...), or be a
masculine-form noun after a feminine article ("η ηθοποιός": a noun of common gender names a
person), and must not be one of the closed classes in ``role_grammar.json`` (kinship and other
relations, plain person or event nouns, nationalities). The role is put in the nominative
singular with the same paradigms the lexicons are built from (``names.word_forms``).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from keryx.lang.el.grammar import (
    adjectival_roles,
    adjective_agreement_endings,
    article_forms,
    genitive_endings_of,
    genitive_finals,
    oblique_to_nominative,
    plural_to_singular,
)
from keryx.lang.el.text import fold, strip_accents
from keryx.linking.names.inflection import (
    _modifier_nominative,
    _replace_suffix,
    word_forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from keryx.linking.names import NameLexicon

RESOURCE = "role_grammar.json"

_GEN_ARTICLES = article_forms(lambda a: "gen" in a.cases)
_DIAERESIS = "\u0308"  # combining: "ϊ" is "ι" with it
# Genitives of third-declension neuters ("Περιβάλλον" -> "Περιβάλλοντος", "Τμήμα" -> "Τμήματος"), as
# written: they end like a masculine nominative once folded.
NEUTER_GENITIVES = ("οντος", "ματος")


def _genitive_shaped(word: str) -> bool:
    """A lower-case word that may stand in a role's complement without an article: one ending in
    "-ου", "-ων" or "-ς" ("υπουργός οικονομικών", "καθηγητής φυσικής", "του κράτους"), but not a
    masculine nominative in "-ος" (a neuter genitive aside): after a head that is a noun the head
    word qualifies as an adjective ("ο βασικός σκοπός"), so no person's role."""
    f = fold(word)
    if f.endswith("οσ"):
        return word.lower().endswith(NEUTER_GENITIVES)
    return f.endswith(_GENITIVE_FINALS)


_CASES = ("nom", "gen", "acc")
# Where a phrase after a name ends: the next clause, a bracket or the sentence.
_CLOSERS = frozenset({",", ".", "(", ")", ";", ":", "·", "»", "–", "—"})
# ... or a prepositional phrase or a second role: "Χ, ζαχαροπλάστης από τη Λάρισα", "ποιητής και ...".
_OPENERS = article_forms(lambda a: "acc" in a.cases, contracted=True) | {fold(w) for w in ("από", "σε", "με", "για", "και")}
# Folded letters before the -τής of an agent noun (βουλευ-τής, καθηγη-τής, φοιτη-τής, αθλη-τής,
# ιδρυ-τής, ψηφισ-τής); "γιατρού" (-τρ-) is the genitive of -τρός.
_AGENT_STEM_ENDS = frozenset("αεηιυωσ")
# Adjective endings of each (case, gender) (folded; inflection.json "adjective_case_endings"
# "agreement"): a modifier must agree with the article.
_ADJ_ENDINGS: Mapping[tuple[str, str], tuple[str, ...]] = adjective_agreement_endings()
# Suffix rules from an oblique singular form back to the nominative (accented, lower case;
# inflection.json "oblique_to_nominative"): each candidate is kept only if the paradigm it
# generates holds the form in that case.
_TO_NOMINATIVE: Mapping[tuple[str, str], tuple[tuple[str, str], ...]] = oblique_to_nominative()
# The last letters of a genitive with its own case ending (inflection.json "genitive_finals": -ς, -ου, -ων).
_GENITIVE_FINALS = genitive_finals()
# Roles that are adjectives ("-ικός", "-ακός"; role_grammar.json "adjective_role_ending", "adjectival_roles").
_ADJECTIVAL_ROLES = adjectival_roles()
_ALL_ARTICLES = article_forms(contracted=None)
# An adjective's genitive ending and the noun genitives that agree with it (inflection.json
# "genitive_endings"): "-ού" with the masculine and neuter singular's ("του εθνικού συμβουλίου",
# "του επιτελικού κράτους", "του Λαϊκού Κόμματος"), "-ής" with the feminine's ("της ιστορικής
# έρευνας"), "-ών" with the plural's.
_AGREEING_GENITIVES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (genitive_endings_of("masculine_neuter_singular"),
     genitive_endings_of("masculine_neuter_singular", "third_declension")),
    (genitive_endings_of("feminine_singular"), genitive_endings_of("feminine_singular")),
    (genitive_endings_of("plural"), genitive_endings_of("plural")),
)


def attributive_genitive(head: Token, nom: str, limit: int) -> bool:
    """"του συντηρητικού Λαϊκού Κόμματος", "ηγετικού στελέχους", "του γενικού επιτελείου": an
    adjectival role ("-ικός") in the genitive right before a noun in an agreeing genitive (no
    article between, before ``limit``) is that noun's adjective, as Greek puts the adjective
    before its noun in the noun's case, not a person's trade; "του ιστορικού τέχνης" (a
    feminine genitive after a masculine one) is a trade and its complement."""
    nxt = head.i + 1
    if nxt >= limit or not fold(nom).endswith(_ADJECTIVAL_ROLES):
        return False
    after = head.doc[nxt]
    f, n = fold(head.text), fold(after.text)
    if not after.is_alpha or n in _ALL_ARTICLES or len(n) < 3:
        return False
    return any(f.endswith(own) and n.endswith(nouns) for own, nouns in _AGREEING_GENITIVES)


@dataclass(frozen=True)
class RoleGrammar:
    """The closed classes and endings of ``role_grammar.json``, folded."""

    agent_suffixes: tuple[str, ...]  # folded
    not_roles: frozenset[str]  # every case/number form of the excluded nouns
    nationality: frozenset[str]  # every form of the nationality nouns
    drop_adjectives: frozenset[str]  # every form
    epithet_adjectives: frozenset[str]  # every form
    age_ending: str
    indefinite: Mapping[str, tuple[str | None, str | None]]
    credits: Mapping[str, tuple[str, str]]  # folded credit word -> (masculine, feminine) role
    english_function_words: frozenset[str]  # case-folded: "the", "of", "and"
    attributive_heads: frozenset[str] = frozenset()  # folded: "επικεφαλής" ("ο επικεφαλής ερευνητής")
    stressed_suffixes: tuple[str, ...] = ()  # agent suffixes written with their accent ("ίστα"), lower case
    group_with: str = ""  # folded: the "με" of "με επικεφαλής" (group_head)
    # folded form of a deputy noun ("αναπληρώτρια") -> (its nominative singular, gender): deputy_heads
    deputy_heads: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    credit_prepositions: frozenset[str] = frozenset()  # folded: "σε" of "σε σκηνοθεσία Χ"
    # folded: "όμως", "πάντως" between a role head and its genitive ("η πρόεδρος όμως του Χ")
    postpositive_connectives: frozenset[str] = frozenset()

    @staticmethod
    @lru_cache(maxsize=4)
    def from_text(text: str) -> RoleGrammar:
        """From the text of ``role_grammar.json`` (the package's or a model's copy), built once."""
        data = json.loads(text)

        def forms(words: Sequence[str]) -> frozenset[str]:
            out: set[str] = set()
            for w in words:
                for gender in ("m", "f", "n"):
                    out.update(f for fs in word_forms(w, gender).values() for f in fs)
                out.add(fold(w))
            return frozenset(out)

        return RoleGrammar(
            agent_suffixes=tuple(fold(s) for s in data["agent_suffixes"]),
            not_roles=forms([w for group in data["not_roles"].values() for w in group]),
            nationality=forms(data["nationality"]),
            drop_adjectives=forms(data["drop_adjectives"]),
            epithet_adjectives=forms(data.get("epithet_adjectives", [])),
            age_ending=fold(data["age_ending"])[:-2],  # "χρον": "45χρονος", "πενηντάχρονη"
            indefinite=MappingProxyType({fold(k): (v[0], v[1]) for k, v in data["indefinite_articles"].items()}),
            credits=MappingProxyType({fold(k): (v[0], v[1]) for k, v in data.get("credits", {}).items()}),
            credit_prepositions=frozenset(fold(w) for w in data.get("credit_prepositions", [])),
            postpositive_connectives=frozenset(fold(w) for w in data.get("postpositive_connectives", [])),
            english_function_words=frozenset(w.casefold() for w in data["english_function_words"]),
            attributive_heads=frozenset(fold(w) for w in data.get("attributive_heads", [])),
            group_with=fold(data["group_head"][0]) if data.get("group_head") else "",
            stressed_suffixes=tuple(s.lower() for s in data["agent_suffixes"] if strip_accents(s) != s),
            deputy_heads=MappingProxyType({f: (word, gender) for pair in data.get("deputy_heads", [])
                                           for gender, word in zip(("m", "f"), pair)
                                           for fs in word_forms(word, gender).values() for f in fs}),
        )

    def is_agent(self, nominative: str) -> bool:
        """An agent noun's ending; one the resource writes with its accent must bear it there
        ("τσελίστα", not the adverb "μάλιστα"; "χημικός", not "οίκος"). The diaeresis is no accent
        ("ακαδημαϊκός" ends in "-ικός" too)."""
        folded = fold(nominative)
        if not folded.endswith(self.agent_suffixes):
            return False
        stressed = [s for s in self.stressed_suffixes if folded.endswith(fold(s))]
        if not stressed:
            return True
        written = unicodedata.normalize("NFC", unicodedata.normalize("NFD", nominative.lower()).replace(_DIAERESIS, ""))
        return written.endswith(tuple(stressed))

    def is_age(self, word: str) -> bool:
        return self.age_ending in fold(word)


@dataclass(frozen=True)
class OpenRole:
    """A role phrase: tokens [start, end) with the head ending at ``head_end``; ``title`` in the
    nominative singular, complement as written; gender and case from its article."""

    start: int
    end: int
    head_end: int
    title: str
    canonical: str
    gender: str | None  # None: not shown by the text ("Χ, λαογράφος")
    case: str | None
    phrase_start: int = -1  # the first word after the article and prefixes ("ρωσικής ... ακτιβιστή")
    plural: bool = False  # "αστρονόμους όπως ο Χ": a plural noun heading a list of names


def nominative(word: str, case: str | None, gender: str) -> str | None:
    """The nominative singular of a noun seen in ``case`` (None: any case), or None when the
    form fits no paradigm of that gender ("ερευνήτριας" -> "ερευνήτρια", "τραγουδοποιό" ->
    "τραγουδοποιός", "συγγραφέα" -> "συγγραφέας")."""
    key = fold(word)
    for c in ((case,) if case else _CASES):
        if c == "nom":
            table = word_forms(word, gender)
            if key in table.get("nom_sg", ()) and table.get("gen_sg") != (key,):  # not an invariant guess
                return word
            continue
        if c == "acc" and gender == "f" and key.endswith(("α", "η")):
            return word  # "την ερευνήτρια": the accusative of -α/-η nouns is the nominative
        if c == "gen" and gender == "m" and word.lower().endswith("τού") and len(key) > 5 \
                and key[-4] in _AGENT_STEM_ENDS:
            return _replace_suffix(word, "τού", "τής")  # "του βουλευτού": the learned genitive of -τής
        for old, new in _TO_NOMINATIVE.get((c, gender), ()):
            if word.lower().endswith(old) and len(word) > len(old) + 2:
                cand = _replace_suffix(word, old, new)
                if key in word_forms(cand, gender).get(f"{c}_sg", ()):
                    return cand
    return None


# Plural endings back to the nominative singular (accented, lower case), with the gender tried
# (inflection.json "plural_to_singular"): "αστρονόμους" -> "αστρονόμος", "συγγραφείς" -> "συγγραφέας".
_PLURAL_TO_SINGULAR: tuple[tuple[str, str, str], ...] = plural_to_singular()
# Before the first name of a list a plural role heads: "αστρονόμους όπως ο Χ", "οι καλλιτέχνες: Χ, Ψ",
# "κωμικούς των ΗΠΑ, οι Χ, Ψ και Ζ".
_CREDIT_ARTICLES = article_forms(lambda a: "gen" in a.cases and a.number == "sg")  # "σε σκηνοθεσία της Χ"
_CREDIT_JOINS = frozenset({"-", "–", "/", ",", "και", "&"})  # "Σκηνικά - κοστούμια:", "Σκηνικά και κοστούμια:"
_EXAMPLE_WORDS = frozenset({"οπωσ"})
_LIST_ARTICLES = article_forms(lambda a: "nom" in a.cases and a.gender != "n")
_ROLE_JOINS = frozenset({"–", "-", "—", "και", ","})  # "παρουσιαστές – κωμικούς", "ποιητές και συγγραφείς"


def _genitive_plural(tok: Token) -> bool:
    """A lower-case word in the genitive plural ("τραγουδιών", "κειμένων"): the complement a
    credit noun may take before its colon."""
    return tok.is_alpha and tok.text.islower() and fold(tok.text).endswith("ων")


def _adjective_nominative(word: str, case: str | None, gender: str) -> str:
    return _modifier_nominative(word, gender, case)


def _agreeing_case(word: str, cases: tuple[str, ...], gender: str) -> str | None:
    """The first of the head's cases whose adjective ending (in ``gender``) the word has."""
    f = fold(word)
    return next((c for c in cases if f.endswith(_ADJ_ENDINGS.get((c, gender), ()))), None)


def _lower_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text.islower() and len(tok.text) > 2


# Greek words end in a vowel, -ς or -ν; a lower-case Greek word ending in another consonant is a
# loanword, which does not decline ("γκολφ", "μπάσκετ", "ράλι" aside).
_GREEK_FINALS = frozenset("αεηιουωσν")


# A trade borrowed from English and written in Latin letters: at most this many words ("executive
# chef"); words of English grammar in them (role_grammar.json "english_function_words") make a
# quotation or a name of a work instead.
_MAX_LOAN_WORDS = 3


def _latin_lower_word(tok: Token) -> bool:
    """A lower-case word in Latin letters ("skydiver", "make-up")."""
    t = tok.text
    return (len(t) > 1 and t.islower() and t.replace("-", "").isalpha()
            and all(c < "\u0250" for c in t))


def indeclinable_loan(tok: Token) -> bool:
    """"γηπέδων γκολφ", "ομάδας μπάσκετ": a lower-case Greek loanword that cannot decline, so stands
    in a genitive complement unchanged."""
    f = fold(tok.text)
    return (tok.is_alpha and tok.text.islower() and len(f) > 2 and f[-1] not in _GREEK_FINALS
            and all("\u0370" <= c <= "\u1fff" for c in tok.text))


def coordinated_genitive(tok: Token, grammar: RoleGrammar) -> bool:
    """A lower-case genitive after "και" in a role's complement ("φυσικής και χημείας"), not a
    second trade in the nominative ("ιατρικής και ερευνητής Χ": an agent noun; the genitive of an
    -ία noun, "χημείας", ends as "ταμίας" does, yet is one)."""
    f = fold(tok.text)
    return (tok.is_alpha and tok.text.islower() and len(tok.text) > 3 and f.endswith(("ασ", "ησ", "ου", "ων"))
            and (not grammar.is_agent(tok.text) or tok.text.endswith("ίας")))


class OpenRoleFinder:
    """Role phrases by grammar, next to the PERSON entities of a document."""

    def __init__(self, grammar: RoleGrammar, names: NameLexicon, apposition_stops: frozenset[str],
                 prefixes: frozenset[str]) -> None:
        self.g = grammar
        self.names = names
        self.stops = apposition_stops  # "ο Χ, που ...": a clause, no noun phrase
        self._prefixes = prefixes  # "ο πρώην ...": kept by the linker, skipped here

    # -- one phrase ------------------------------------------------------------------------

    def _phrase(self, doc: Doc, i: int, case: str | None, gender: str | None, limit: int,
                feminine_article: bool) -> tuple[int, int, str, str | None] | None:
        """Modifiers and head from token i: (start, head_end, nominative title, gender) or None.
        The head is the last word of the run that is a person noun; what follows it is left to
        the complement. ``gender`` None (after "ενός", or no article): tried both ways."""
        words: list[Token] = []
        j = i
        while j < limit and len(words) < 5:
            tok = doc[j]
            f = fold(tok.text)
            if f in self.names.articles or f in _OPENERS or f in self.stops or f in self.g.indefinite:
                break
            if _lower_word(tok) or tok.is_alpha and f in self.g.nationality or tok.text[:1].isdigit() and self.g.is_age(tok.text):
                words.append(tok)
            else:
                break
            j += 1
        genders = (gender,) if gender else ("m", "f")
        for h in range(len(words) - 1, -1, -1):
            head = words[h]
            f = fold(head.text)
            if not _lower_word(head) or f in self.g.not_roles or f in self.g.drop_adjectives or self.g.is_age(f):
                if _genitive_shaped(head.text):
                    continue  # "υπουργός οικονομικών": a genitive complement after the head
                break
            shown = gender is not None  # the article, or a word that fits one gender only, tells it
            for g in genders:
                nom = nominative(head.text, case, g)
                cases = tuple(c for c in ((case,) if case else _CASES) if nominative(head.text, c, g))
                common = nom is not None and feminine_article and fold(nom).endswith(("οσ", "ησ"))  # "η ηθοποιός"
                mods = words[:h]
                # -ίας names a person only as written: "παρουσία", "εταιρεία" are feminine nouns,
                # not the genitive of a masculine -ίας
                if (nom is None or not (self.g.is_agent(nom) or common) or fold(nom) in self.g.not_roles
                        or (fold(nom).endswith("ιασ") and not f.endswith("ιασ"))
                        or not all(self._modifier_ok(m, cases, g) for m in mods)):
                    shown = True
                    continue
                if cases == ("gen",) and attributive_genitive(head, nom, limit):
                    return None  # "του εθνικού συμβουλίου": the noun's adjective, not a trade
                kept = [_adjective_nominative(m.text, _agreeing_case(m.text, cases, g), g) for m in mods
                        if fold(m.text) not in self.g.drop_adjectives and fold(m.text) not in self.g.nationality
                        and not self.g.is_age(m.text) and _agreeing_case(m.text, cases, g)]
                title = " ".join([*kept, nom])
                return words[0].i, head.i + 1, title[:1].upper() + title[1:], g if shown else None
            if not _genitive_shaped(head.text) and not (h > 0 and indeclinable_loan(head)):
                break  # only a genitive (or a loanword, "γηπέδων γκολφ") may follow the head inside the run
        return None

    def _modifier_ok(self, tok: Token, cases: tuple[str, ...], gender: str) -> bool:
        """A word before the head: agreeing with it ("επιστημονικός", "45χρονη", "Άγγλο"), or a
        genitive that describes the person ("ρωσικής καταγωγής ακτιβιστή"), left out of the role."""
        f = fold(tok.text)
        if f in self.g.not_roles:
            return False
        if f in self.g.nationality:
            return True  # "τον Έλληνα δημιουργό": a nationality noun in any case (left out of the title)
        if self.g.is_age(f):
            f = f.rpartition(self.g.age_ending)[1] + f.rpartition(self.g.age_ending)[2]
        if _agreeing_case(f, cases, gender):
            return True
        return cases != ("gen",) and f.endswith(("ησ", "ασ", "ου", "ων"))

    # -- the complement ----------------------------------------------------------------------

    def _complement_end(self, doc: Doc, k: int, limit: int, person: set[int]) -> int:
        """End of a genitive complement from token k ("της εταιρείας Alpha", "του ΠΑΟΚ",
        "οικονομικών"): genitive articles, lower-case genitives and capitalised words; k when none."""
        end, j, seen_noun, after_article, span = k, k, False, False, 8
        while j < limit and j - k < span and j not in person:
            tok = doc[j]
            f = fold(tok.text)
            if f == "και" and seen_noun and span == 8 and j + 1 < limit and (j + 1) not in person \
                    and self._coordinated_genitive(doc[j + 1]):
                j += 1  # "του αρχιτεκτονικού γραφείου και γραφείου σχεδίασης Χ": a second genitive the role governs
                span = 12
                continue
            if f in _GEN_ARTICLES:
                if j + 1 >= limit or (j + 1) in person:
                    break  # "η ταινία του Χ": an article right before a name makes it a possessor
                j += 1
                after_article = True
                continue
            # A genitive article makes the word after it a genitive, whatever its ending: "του
            # ξενώνα", "του ταμία", "του κράτους".
            genitive = _genitive_shaped(tok.text) or after_article
            after_article = False
            if tok.text == "(" and seen_noun:  # "της Υπηρεσίας Εθνικής Ασφαλείας (NSA)": the body's acronym
                close = next((m for m in range(j + 1, min(j + 4, limit)) if doc[m].text == ")"), None)
                if close is None or not all(t.text[:1].isupper() for t in doc[j + 1:close]) or close == j + 1:
                    break
                j = end = close + 1
                continue
            if (_lower_word(tok) and genitive and f not in self.stops
                    and f not in self.names.honorifics) or \
                    (seen_noun and indeclinable_loan(tok)) or \
                    (tok.text[:1].isupper() and f not in self.names.honorifics and not tok.is_punct):
                seen_noun = True
                j += 1
                end = j
                continue
            break
        return end if seen_noun else k

    def _coordinated_genitive(self, tok: Token) -> bool:
        """After "και" in a complement: a genitive article, or a second genitive (``coordinated_genitive``)."""
        f = fold(tok.text)
        return f in _GEN_ARTICLES or (f not in self.stops and coordinated_genitive(tok, self.g))

    def _honorific_gap(self, doc: Doc, k: int, person_start: int) -> bool:
        """Only honorifics, an initial's dot or one comma between a role and its name."""
        commas = 0
        for t in doc[k:person_start]:
            f = fold(t.text)
            if t.text == ",":
                commas += 1
            elif not (f in self.names.honorifics or f.rstrip(".") in self.names.honorifics or t.text == "."):
                return False
        return commas <= 1

    def _name_in_case(self, doc: Doc, p_start: int, case: str | None) -> bool:
        """An apposition agrees in case: a first name whose forms all lie in other cases rules
        the phrase out (unknown names and surnames say nothing)."""
        entries = self.names.first_names.get(fold(doc[p_start].text), ())
        slots = {s.partition("_")[0] for e in entries for s in e.slots}
        return not slots or case in slots or not slots & set(_CASES)

    # -- a plural role before a list ----------------------------------------------------------

    def _plural_head(self, tok: Token) -> str | None:
        """The singular title of a lower-case plural agent noun ("αστρονόμους" -> "Αστρονόμος")."""
        if not _lower_word(tok) or fold(tok.text) in self.g.not_roles:
            return None
        got = [(w, g) for old, new, g in _PLURAL_TO_SINGULAR if tok.text.lower().endswith(old)
               for w in (_replace_suffix(tok.text, old, new),)
               if fold(tok.text) in word_forms(w, g).get("nom_pl", ()) + word_forms(w, g).get("acc_pl", ())
               and self.g.is_agent(w) and fold(w) not in self.g.not_roles]
        if not got:
            return None
        word = got[0][0]
        return word[:1].upper() + word[1:]

    def list_heads(self, doc: Doc, p_start: int, person: set[int], taken: set[int],
                   sent_start: int) -> list[OpenRole]:
        """"αστρονόμους όπως ο Χ", "οι καλλιτέχνες: Χ", "παρουσιαστές – κωμικούς των ΗΠΑ, οι Χ":
        the plural nouns no lexicon lists that head a list of names (with a genitive complement
        and other plural nouns joined by a dash or "και" before them)."""
        i = p_start - 1
        while i >= sent_start and (fold(doc[i].text) in self.names.honorifics or doc[i].text == "."):
            i -= 1
        article = i >= sent_start and fold(doc[i].text) in _LIST_ARTICLES
        if article:
            i -= 1
        if i < sent_start:
            return []
        opener = fold(doc[i].text)
        if not (opener in _EXAMPLE_WORDS or opener == ":" or (opener == "," and article
                                                                and fold(doc[i + 1].text) == "οι")):
            return []
        limit = i
        out: list[OpenRole] = []
        for n in range(limit - 1, max(sent_start, limit - 7) - 1, -1):
            if n in person:
                return []
            title = self._plural_head(doc[n])
            if title is None:
                continue
            end = self._complement_end(doc, n + 1, limit, person)
            if end != limit:
                return []
            k = n
            while True:  # "παρουσιαστές – κωμικούς": the plural nouns joined before the last
                if k not in taken:  # the complement is the linker's ("των ΗΠΑ" stays a place)
                    out.append(OpenRole(k, k + 1, k + 1, title, title, None, None, k, plural=True))
                if k - 2 < sent_start or fold(doc[k - 1].text) not in _ROLE_JOINS:
                    break
                k -= 2
                if k not in taken:
                    title = self._plural_head(doc[k])
                    if title is None:
                        break
            return out
        return []

    # -- credits ------------------------------------------------------------------------------

    def credits(self, doc: Doc, p_start: int, taken: set[int]) -> list[OpenRole]:
        """"Σκηνοθεσία: Χ", "Σκηνικά - κοστούμια: Χ, Ψ": capitalised credit nouns of
        ``role_grammar.json`` and a colon before a name name the person's tasks (plural: a list
        after it shares them), also past a genitive plural before the colon ("Στίχοι τραγουδιών:");
        the role's gender is the first name's."""
        i = p_start - 1
        if i < 1 or doc[i].text != ":":
            return self._credit_in_text(doc, p_start, taken)
        i -= 1
        last_end = i + 1  # the label's end: the colon, or past a genitive complement before it
        if i >= 1 and _genitive_plural(doc[i]) and fold(doc[i - 1].text) in self.g.credits:
            i -= 1  # "Στίχοι τραγουδιών:": what the task was done for; the title stays the trade
        words: list[int] = []  # the credit nouns, last first: "Σκηνικά - κοστούμια"
        while i >= 0 and i not in taken and fold(doc[i].text) in self.g.credits:
            words.append(i)
            if i < 2 or doc[i - 1].text not in _CREDIT_JOINS:
                break
            i -= 2
        if not words or not doc[words[-1]].text[:1].isupper():
            return []
        gender = self._first_name_gender(doc[p_start])
        out = []
        for k in words:
            title = self._credit_title(doc[k], gender)
            end = last_end if k == words[0] else k + 1
            out.append(OpenRole(k, end, end, title, title, gender, None, k, plural=True))
        return out

    def _credit_in_text(self, doc: Doc, p_start: int, taken: set[int]) -> list[OpenRole]:
        """"σε σκηνοθεσία Χ", "σε μετάφραση της Χ": in running text a credit noun after "σε"
        (role_grammar.json "credit_prepositions") and before a name in the genitive, with its
        article or none, names the one who did the task; the role's gender is the first name's."""
        k = p_start - 1
        if k >= 0 and fold(doc[k].text) in _CREDIT_ARTICLES:
            k -= 1
        if k < 1 or k in taken or not doc[k].text.islower() or fold(doc[k].text) not in self.g.credits \
                or fold(doc[k - 1].text) not in self.g.credit_prepositions:
            return []
        gender = self._first_name_gender(doc[p_start])
        title = self._credit_title(doc[k], gender)
        return [OpenRole(k, p_start, p_start, title, title, gender, None, k)]

    def _first_name_gender(self, tok: Token) -> str | None:
        """The gender of the first name a credit names, where the names lexicon gives it one only."""
        genders = {e.gender for e in self.names.first_names.get(fold(tok.text), ())}
        return genders.pop() if len(genders) == 1 else None

    def _credit_title(self, noun: Token, gender: str | None) -> str:
        """The trade a credit noun names (role_grammar.json "credits"), feminine for a woman's name."""
        masc, fem = self.g.credits[fold(noun.text)]
        return fem if gender == "f" else masc

    # -- the two places ----------------------------------------------------------------------

    def before(self, doc: Doc, p_start: int, taken: set[int], person: set[int]) -> OpenRole | None:
        """"ο γνωστός τραγουδοποιός Χ": an article, the phrase, a complement, the name."""
        loan = self._loan_before(doc, p_start, taken, person)
        if loan is not None:
            return loan
        lo = max(0, p_start - 14)
        for a in range(p_start - 2, lo - 1, -1):
            art = fold(doc[a].text)
            hint = self.names.articles.get(art)
            if hint is None or hint[1] not in ("m", "f") or hint[0] is None:
                continue
            case, gender = hint
            i = a + 1
            if (i + 1 < p_start and fold(doc[i + 1].text) in self._prefixes and _lower_word(doc[i])
                    and fold(doc[i].text).endswith(_ADJ_ENDINGS.get((case or "", gender or ""), ()))):
                i += 1  # "της διεμφυλικής πρώην στρατιωτικού Χ": an adjective of the person before "πρώην"
            while i < p_start and fold(doc[i].text) in self._prefixes:
                i += 1
            if any(t in taken or t in person for t in range(i, p_start)):
                return None
            got = self._phrase(doc, i, case, gender, p_start, gender == "f")
            if got is None:
                continue
            start, head_end, title, g = got
            if start != i:
                continue
            if not self._name_in_case(doc, p_start, case):
                return None  # "του γνωστού από τον κινηματογράφο Σταύρου Χ": the name is in another case
            end = self._complement_end(doc, head_end, p_start, person)
            gap_start = end
            if not self._honorific_gap(doc, gap_start, p_start):
                continue
            last = p_start - 1
            while last >= gap_start and fold(doc[last].text) in self.names.honorifics:
                last -= 1
            qualifier = doc[head_end:end].text if end > head_end else ""
            return OpenRole(start, end, head_end, f"{title} {qualifier}".strip(), title, g, case)
        return None

    def _loan_before(self, doc: Doc, p_start: int, taken: set[int], person: set[int]) -> OpenRole | None:
        """"τον skydiver Χ", "η make-up artist Χ", "ο executive chef Χ": Greek takes English trade
        nouns unchanged and writes them in lower case between the article and the name, where no
        other word can stand (a brand or a title of a work is capitalised). One to three such
        words right before the name, an article of a person's gender before them: the role, as
        written. The article gives its gender and case."""
        end = p_start - 1 if p_start > 0 and doc[p_start - 1].text == "," else p_start  # "τον manager, Χ"
        k = end
        while k - 1 >= 0 and _latin_lower_word(doc[k - 1]) and end - k < _MAX_LOAN_WORDS:
            k -= 1
        if k == end or k < 1 or any(t in taken or t in person for t in range(k, end)):
            return None
        if any(doc[t].text.casefold() in self.g.english_function_words for t in range(k, end)):
            return None
        hint = self.names.articles.get(fold(doc[k - 1].text))
        if hint is None or hint[1] not in ("m", "f") or hint[0] is None:
            return None
        if k >= 2 and _latin_lower_word(doc[k - 2]):
            return None  # a longer run of English: a quotation, not a trade
        words = doc[k:end].text
        title = words[:1].upper() + words[1:]
        return OpenRole(k, end, end, title, title, hint[1], hint[0], k)

    def apposition_end(self, doc: Doc, k: int, person: set[int], sent_end: int) -> int:
        """End of a genitive complement from token k that closes an apposition (a comma, a
        bracket, the sentence, a preposition), or k when there is none."""
        end = self._complement_end(doc, k, sent_end, person)
        if end < sent_end and doc[end].text not in _CLOSERS and "\n" not in doc[end].text \
                and fold(doc[end].text) not in _OPENERS:
            return k
        return end

    def after(self, doc: Doc, p_end: int, person: set[int], sent_end: int) -> OpenRole | None:
        """"Χ, ιδρυτής της εταιρείας Alpha," / "Χ, έναν Άγγλο χημικό.": the phrase after a comma
        (the caller weighs it against lexicon roles inside it)."""
        if p_end + 1 >= sent_end or doc[p_end].text != ",":
            return None
        i = p_end + 1
        case: str | None = None
        gender: str | None = None
        hint = self.names.articles.get(fold(doc[i].text)) or self.g.indefinite.get(fold(doc[i].text))
        if hint is not None:
            if hint[1] not in ("m", "f", None) or fold(doc[i].text) in ("των", "οι"):
                return None
            case, gender = hint
            i += 1
        while i < sent_end and fold(doc[i].text) in self._prefixes:
            i += 1
        got = self._phrase(doc, i, case, gender, sent_end, gender == "f")
        if got is None:
            return None
        start, head_end, title, g = got
        end = self._complement_end(doc, head_end, sent_end, person)
        if (end < sent_end and doc[end].text not in _CLOSERS and "\n" not in doc[end].text
                and fold(doc[end].text) not in _OPENERS):
            return None
        if any(t in person for t in range(p_end + 1, end)):
            return None
        qualifier = doc[head_end:end].text if end > head_end else ""
        return OpenRole(p_end + 1, end, head_end, f"{title} {qualifier}".strip(), title, g, case, start)
