"""Organisations: ORG entities → bodies in the nominative, with acronyms as aliases.

"ο Δήμος", "του Δήμου μας" are references, not names; venues ("Δημοτικό Θέατρο Καβάλας")
are places; well-known bodies take their full name ("ΕΚΑΒ" → "Εθνικό Κέντρο Άμεσης
Βοήθειας"); an acronym seen alone that another body has as alias merges into it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from keryx.extensions import doc_text
from keryx.io.normalise import lookalikes
from keryx.lang.el import read_json, read_text, read_tsv
from keryx.lang.el.grammar import (
    article_forms,
    articles,
    finite_verb_endings,
    genitive_endings,
    indefinite_article_cases,
    name_link_words,
    relational_adjective_endings,
)
from keryx.lang.el.text import FOLDED_ORDINAL, fold, function_words, greek_ratio, is_greek_char
from keryx.linking.lexicon import ACRONYM, MIXED_SHORT_NAME, LinkingLexicon, _has_head, stem
from keryx.linking.body_lists import ListedBody, bodies_by_list
from keryx.linking.ministries import FieldMention, ministries_by_field
from keryx.linking.model import (
    ORG_LABELS,
    PLACE_LABELS,
    LinkedOrg,
    LinkedPlace,
    Offsets,
    merge_prefixes,
)
from keryx.linking.names import NameLexicon, capitalised_name, organisation_nominative
from keryx.linking.names.organisations import LETTER_ORDINAL
from keryx.linking.names.inflection import _looks_adjective as _looks_modifier
from keryx.linking.names.inflection import singular_endings, word_forms
from keryx.linking.people import CLOSED_CLASSES

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Span

__all__ = ["OrganisationResolver"]

_GEN_ARTICLES = article_forms(lambda a: "gen" in a.cases)
_GENITIVE_ENDINGS = genitive_endings()
# lower-case words inside a name ("Πρόγραμμα εξ Αποστάσεως Εκπαίδευσης"); not "για την", which
# joins two phrases
_NAME_INNER = frozenset({"εξ", "και", "του", "τησ", "των", "&", "of", "and", "for"})
_QUOTES = frozenset("«»“”\"'‘’„")
# the words that join the items of a list ("σε Red, Sand και Black")
_LIST_LINKS = frozenset({",", "και", "ή", "&", "and", "or"})
# UD's word classes that never name a body: the closed classes of people's rules and the verb
_NO_BODY_CLASSES = CLOSED_CLASSES | {"VERB"}
_ADJECTIVE = frozenset({"ADJ"})
_NOUN = frozenset({"NOUN"})
# nouns of things that are no body whose name may follow them bare ("του έργου ΕΡΜΗΣ"), in the
# singular (after a plural the name is the owner's: "τα προγράμματα COSMOTE"), and those that take
# no inflection ("φρεγάτες τύπου ΜΕΚΟ", "τσιπ RFID"): linking.json "naming_nouns"
_LINKING = read_json("linking.json")  # parsed once for the module's word lists
_NAMING = _LINKING["naming_nouns"]
_NAMING_NOUNS = frozenset(f for gender in ("m", "n") for word in _NAMING[gender]
                          for slot, forms in word_forms(word, gender).items() if slot.endswith("_sg") for f in forms) \
    | frozenset(fold(w) for w in _NAMING["invariant"])
# nouns of made things ("το σκάφος Helios-2", "ο δείκτης DAX"): their nominative and accusative
# singular, and the loan words that take no inflection; their genitive-only singular forms apart,
# which count after an article or an agreeing word (linking.json "thing_nouns")
_THING = _LINKING["thing_nouns"]
_THING_CASES = [(slot, f) for gender in ("m", "f", "n") for word in _THING[gender]
                for slot, forms in word_forms(word, gender).items() if slot.endswith("_sg") for f in forms]
_THING_NOUNS = frozenset(f for slot, f in _THING_CASES if slot in ("nom_sg", "acc_sg")) \
    | frozenset(fold(w) for w in _THING["invariant"])
_THING_GENITIVES = frozenset(f for slot, f in _THING_CASES if slot == "gen_sg") - _THING_NOUNS
# the cases each article shows, definite (bare or fused with «σε») and indefinite: an apposition
# agrees in case with its name ("στο Nova 5T, ένα smartphone"; not "με την Apple, η εφαρμογή ...")
_ARTICLE_CASES: dict[str, frozenset[str]] = {a.form: a.cases for a in articles()}
_INDEFINITE_CASES = indefinite_article_cases()
# the gender each singular form of the article shows in the nominative and the accusative ("ο", "τον":
# masculine; "το": neuter); not the genitive, whose "του" serves the masculine and the neuter alike
_SINGULAR_ARTICLE_GENDERS: dict[str, frozenset[str]] = {
    form: frozenset(a.gender for a in articles() if a.form == form and a.gender)
    for form in {a.form for a in articles() if a.number == "sg" and a.gender and "gen" not in a.cases}}
# «ΤΑ ΝΕΑ», «της Αυγής»: a newspaper whose title is a word, named in quotation marks (linking.json
# "quoted_newspapers"): folded written form -> the paper's title
_QUOTED_NEWSPAPERS = {fold(form): title for title, forms in _LINKING["quoted_newspapers"].items()
                      for form in (title, *forms)}
_QUOTED = re.compile(r"[«“]([^«»“”\n]{2,30})[»”]")


def _quoted_newspapers(text: str) -> list[tuple[str, int, int]]:
    """(title, start, end) of each newspaper :data:`_QUOTED_NEWSPAPERS` names in quotation marks:
    the title as the paper writes it, the mention the words inside the marks. Capitalised only
    («Νέα», «ΤΑ ΝΕΑ»): «νέα» in quotes is the word."""
    found: list[tuple[str, int, int]] = []
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        title = _QUOTED_NEWSPAPERS.get(fold(inner))
        if title is not None and inner[:1].isupper():
            start = m.start(1) + m.group(1).index(inner)
            found.append((title, start, start + len(inner)))
    return found


# "EuroLeague 2019/20", "Volley League 2019-20": a season after a name, written with its two years
_SEASON = re.compile(r"\s+(?:19|20)\d\d\s?[/-]\s?(?:(?:19|20)\d\d|\d\d)\.?$")
# "του μεγαλύτερου πυραύλου": a comparative or superlative adjective, which no thing noun is
_DEGREE_ADJECTIVE = re.compile(r"\w+(?:τερ|τατ)(?:οσ|ο|ου|ων|οι|ουσ|η|ησ|εσ)")
# "δελτίο τύπου ΕΛΑΣ": "τύπου" of the press there, whose name follows is a body's (linking.json "press_nouns")
_PRESS_NOUNS = frozenset(fold(w) for w in _LINKING["press_nouns"])
# a Latin-script name that ends in a year names an edition ("Dubai Expo 2020", "Horizon 2020"); a
# Greek one may be a club's with its founding year ("ΠΑΣ Λαμία 1964")
_EDITION = re.compile(r"(?:^|\s)([^\W\d_][\w+-]*)\s(?:19|20)\d\d$")
# a product's model code after its series name, in Latin script: capitals then digits ("Redmi K30",
# "Huawei P40 Pro"), digits then a letter or two ("Snapdragon 730G"), or a number of four digits or more
# ("Radeon RX 5500"). A body's name holds no model code; a small number ("France 24") may be a channel's
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d+[A-Za-z]{0,2}|\d{2,}[A-Za-z]{1,2}|\d{4,}")


# "το Zoom- διαθέτει", "του ESM- γιατί": a dash that closes an aside, glued to the name before it;
# "του Ειρηνοδικείου Αθηνών.12)": the number of the next item of a list, glued after the full stop.
# Neither belongs to the name.
_GLUED_TAIL = re.compile(r"(?<=\w)[-–—]$|(?<=[α-ωάέήίόύώϊϋΐΰ])\.\d+(?:\.\d+)*$")

# "τις ΗΠΑθα συνεχιστεί", "στοTwitter", "το Alan Kurdiπλέει": two words written without the space
# between them. A case change inside a word also styles a name ("ΜέΡΑ25", "διαΝΕΟσις", "ΚρήτηTV",
# "ΡΑδιοφωνικός ΣΤΑθμός"), so it marks two words only where one side is a whole word of its own:
# the part after the change a Greek function word (articles, prepositions, the particles θα/να/δεν,
# pronouns: a closed class) or a finite verb (an accented word with a finite verb's ending), or the
# part before it a place the gazetteer knows or a listed body ("ΗΠΑ|θα", "Ευρώπη|Μετανάστευση").
# Three seams: capitals then small letters to a word's end (an acronym takes no ending), a capital
# after a stressed word, a small Greek letter next to a Latin one (there only a function word or a
# verb on the Greek side: a place beside Latin letters is a brand, "ΚρήτηTV").
_CAPS_THEN_SMALL = re.compile(r"([Α-ΩΆΈΉΊΌΎΏΪΫ]{2,})([α-ωάέήίόύώϊϋΐΰς]{2,})(?!\w)")
_STRESSED_THEN_CAPITAL = re.compile(r"(?<!\w)([^\W\d_]*?[άέήίόύώΐΰ][α-ωςϊϋ]*)([Α-ΩΆΈΉΊΌΎΏΪΫ][^\W\d_]*)")
_GREEK_THEN_LATIN = re.compile(r"([^\W\d_A-Za-z]*[α-ωάέήίόύώϊϋΐΰς])(?=[A-Za-z])")
_LATIN_THEN_GREEK = re.compile(r"(?<=[A-Za-z])([α-ωάέήίόύώϊϋΐΰς][^\W\d_A-Za-z]*)")
_ACCENTED = frozenset("άέήίόύώΐΰ")
_FINITE_ENDINGS = finite_verb_endings(learned_aorist=False)


@lru_cache(maxsize=1)
def _glue_words() -> frozenset[str]:
    """Folded Greek function words: the stop list, the articles and the verb particles."""
    return function_words() | article_forms(contracted=None) | _VERB_PARTICLES


def _whole_word(word: str) -> bool:
    """A Greek word that stands on its own: a function word, or a finite verb in lower case (it
    bears the one accent of a word of two syllables or more and a finite verb's ending)."""
    key = fold(word)
    if key in _glue_words():
        return True
    return (len(key) >= 4 and word == word.lower() and any(c in _ACCENTED for c in word)
            and key.endswith(_FINITE_ENDINGS))


def _stems(name: str) -> str:
    """A name's words without their endings: "Δίωξης Ηλεκτρονικού Εγκλήματος" and "Δίωξη
    Ηλεκτρονικού Εγκλήματος" meet."""
    return " ".join(stem(w) for w in name.split())




# "Α' Εθνική", "Γ΄ Εθνική Κατηγορία", "Β' Κατηγορία": a division of a sports league, a competition
_DIVISION = re.compile(r"[Α-Ω]\s?['΄’ʹ]\s?(?:Εθνικ|Κατηγορ|Τοπικ)")


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """Every folded form of the nationality nouns (role_grammar.json, stated once there)."""
    from keryx.components.role_phrases import RoleGrammar

    return RoleGrammar.from_text(read_text("role_grammar.json")).nationality


# the singular endings of the relational adjectives ("-ικός", "-ική", "-ικό"), folded: a Greek word
# the treebank lacks that ends so is an adjective ("Αμερικάνικη", "Πνευματικό")
_RELATIONAL_ENDINGS = relational_adjective_endings()


def _relational_adjective(word: str) -> bool:
    """A Greek word shaped as a relational adjective in the singular ("Αμερικάνικη", "Περιφερειακό"
    is none: "-ακό"), longer than its ending by three letters at least."""
    key = fold(word)
    return is_greek_char(word[:1]) and any(key.endswith(e) and len(key) >= len(e) + 3 for e in _RELATIONAL_ENDINGS)


def _nationality_noun(key: str) -> bool:
    """A folded one-word name that is a nationality noun ("ουγγροσ", "ουγγρου", "γαλλιδα")."""
    return key in _nationalities()


# "Γ' Λυκείου", "ΣΤ΄ Δημοτικού", "Α' Γυμνασίου": a school grade (the year's letter numeral, a prime,
# the level in the genitive), as Greek schooling writes it, a class of pupils; and a level of
# schooling alone ("οι τελειόφοιτοι του Λυκείου", "στο Γυμνάσιο"), the stage, no one school
# (matched on the folded name)
_GRADE = re.compile(r"(?:(?:[αβγδε]|στ)\s?['΄’ʹ]\s?)?(?:νηπιαγωγει|δημοτικ|γυμνασι|λυκει)(?:ο|ου)|(?:[αβγδε]|στ)\s?['΄’ʹ]\s?(?:γελ|επαλ)")


# what stands between two coordinated names: a comma or "και", then an article or a locative
_CONJUNCT_FILLERS = frozenset({",", "και"}) | article_forms() \
    | article_forms(lambda a: "acc" in a.cases, contracted=True)
# the negations and particles that only a verb follows ("δεν", "θα", "να", "μην"): a word in
# capitals right after one is the verb written in capitals ("ΔΕΝ ΕΧΕΙ"), no acronym
# possessive clitics between an adjective and its noun ("της Εθνικής μας ομάδας")
_CLITICS = frozenset(fold(w) for w in _LINKING["possessive_clitics"])
# "η Εθνική": the national team, in a game report (a bank elsewhere: "οι μετοχές της Εθνικής και της Eurobank", and
# in capitals in a list of share prices, "ΕΘΝΙΚΗ: 0,26 ευρώ", whose figures look like scores)
_NATIONAL_TEAM = frozenset(fold(w) for w in _LINKING["national_team"])
_VERB_PARTICLES = frozenset(fold(w) for words in _LINKING["verb_particles"].values() for w in words)


# "Δ/νση", "Δ/νσης", "Υποδ/νση": the administrative abbreviations of "Διεύθυνση" and "Υποδιεύθυνση"
_SLASHED_HEAD = re.compile(r"(Δ|Υποδ)/νσης?(?=\s)")
_SLASHED_FULL = {"δ": "Διεύθυνση", "υποδ": "Υποδιεύθυνση"}


# An acronym written with dots, in capitals ("Π.Α.Ο.Κ.", "ΕΛ.ΑΣ.", "Ο.Η.Ε"): groups of one or two
# capitals, each closed by a dot (the last one may lack it).
DOTTED_ACRONYM = re.compile(r"(?:[A-ZΑ-Ω]{1,2}\.){2,}[A-ZΑ-Ω]{0,2}\.?")

def _undotted(key: str) -> str:
    """A folded name with its dotted acronyms written without dots: "συμβουλιο τησ ε.ε." ->
    "συμβουλιο τησ εε", as the list writes them."""
    return " ".join(w.replace(".", "") if DOTTED_ACRONYM.fullmatch(w.upper()) else w for w in key.split())


@lru_cache(maxsize=1)
def _lookalike_capitals() -> dict[str, str]:
    """Latin and Cyrillic capitals that have a Greek twin (normalise.json), to the Greek one."""
    return {k: v for k, v in lookalikes().items() if k.isupper()}


def greek_acronym(text: str) -> str:
    """"E.Π.Ι.Ψ.Υ." with a Latin E is the Greek acronym: a one-word acronym in capitals that mixes
    Greek with look-alikes gets the Greek letters (normalisation leaves a look-alike between dots
    alone, since it changes only words with a Greek letter next to it); other text as is."""
    if " " in text or any(c.isalpha() and not c.isupper() for c in text):
        return text
    table = _lookalike_capitals()
    foreign = [c for c in text if c.isalpha() and not is_greek_char(c)]
    if not foreign or len(foreign) == sum(c.isalpha() for c in text) or any(c not in table for c in foreign):
        return text
    return "".join(table.get(c, c) for c in text)


@lru_cache(maxsize=1)
def _latin_twins() -> dict[str, str]:
    """Greek capitals that have a Latin twin of the same shape ("Ν" -> "N"): normalise.json's
    look-alikes read the other way, Latin letters only."""
    return {g: l for l, g in _lookalike_capitals().items() if "A" <= l <= "Z"}


def latin_twin(text: str, doc_text: str) -> str:
    """"ΝΒΑ" typed with Greek keys where the text also writes "NBA": a one-word acronym in Greek
    capitals whose every letter has a Latin twin, where the same letters in Latin stand as a word
    of the text at least as often, is that Latin acronym (one body, in the spelling the text uses
    most); other text as is."""
    table = _latin_twins()
    if len(text) < 2 or not all(c in table for c in text):
        return text
    latin = "".join(table[c] for c in text)
    words = _word_counts(doc_text)
    n_latin, n_greek = words[latin], words[text]
    return latin if n_latin and n_latin >= n_greek else text


def greek_twin(text: str, listed: Mapping[str, str]) -> str:
    """"OHE", "AEK" typed with Latin keys in a Greek text: a one-word acronym in Latin capitals whose
    every letter has a Greek twin of the same shape, where the list knows the Greek letters as a body
    and not the Latin ones, is that Greek acronym (the reverse of :func:`latin_twin`, which asks the
    text since a Latin acronym may be a body the list lacks); other text as is."""
    table = _lookalike_capitals()
    if len(text) < 2 or not all("A" <= c <= "Z" and c in table for c in text) or fold(text) in listed:
        return text
    greek = "".join(table[c] for c in text)
    return greek if fold(greek) in listed else text


@lru_cache(maxsize=1)
def _word_counts(doc_text: str) -> Counter[str]:
    """How often each word stands in the text (not after a dot: "x.NBA" is no word), counted once
    per document however many acronyms ask: the cost stays linear in the text."""
    return Counter(m.group() for m in re.finditer(r"(?<![\w.])\w+", doc_text))


_CASE_ENDING = re.compile(r"(ουσ|ου|οσ|οι|ων|εων|εισ|εσ|ησ|ασ|η|ο|α|ε|ι|σ)$")


def _word_stem(word: str) -> str:
    """A noun's or adjective's stem in either number: "συλλογουσ", "συλλογοσ" -> "συλλογ"."""
    f = fold(word)
    return _CASE_ENDING.sub("", f) or f


def _own_end(doc: Doc, parent: Span) -> int:
    """Where a department's own words end before the body it belongs to: before the genitive
    article, which the body's span may hold ("Γραμματεία | του Τμήματος") or not."""
    return parent.start if fold(doc[parent.start].text) in _GEN_ARTICLES else parent.start - 1


def _in_code(ent: Span) -> bool:
    """Whether the mention is glued by a slash to a piece with digits ("Δ1α/Γ.Π.οικ"), a code."""
    doc = ent.doc
    before = ent.start >= 2 and doc[ent.start - 1].text == "/" and not doc[ent.start - 1].whitespace_ \
        and not doc[ent.start - 2].whitespace_ and any(c.isdigit() for c in doc[ent.start - 2].text)
    after = ent.end + 1 < len(doc) and doc[ent.end].text == "/" and not doc[ent.end - 1].whitespace_ \
        and not doc[ent.end].whitespace_ and any(c.isdigit() for c in doc[ent.end + 1].text)
    return before or after


# the endings one paradigm gives a one-word name in the singular: "Ολυμπιακός", "τον Ολυμπιακό",
# "του Ολυμπιακού"; "η Ξάνθη", "της Ξάνθης"; not "Εθνική" and "Εθνικός", two names
_SINGULAR_SETS = tuple(singular_endings(g, e) for g, e in (("m", "οσ"), ("f", "η"), ("f", "α")))
_ONE_WORD_ENDING = re.compile("(" + "|".join(e for endings in _SINGULAR_SETS
                                              for e in sorted(endings, key=lambda e: -len(e))) + ")$")


def _merge_inflected(orgs: list[LinkedOrg]) -> list[LinkedOrg]:
    """"Ολυμπιακός" and "τον Ολυμπιακό" in one text: a one-word name the model saw in two cases
    (its nominative guessed only where the ending tells) is one body; its name is the masculine
    nominative in -ος where the text has it, else the first form seen."""
    out: list[LinkedOrg] = []
    hosts: dict[tuple[str, int], LinkedOrg] = {}
    for org in orgs:
        f = fold(org.name)
        m = _ONE_WORD_ENDING.search(f)
        if " " in org.name or m is None or org.name.isupper() or greek_ratio(org.name) < 0.5 or len(f) - len(m.group(1)) < 3:
            out.append(org)
            continue
        ending = m.group(1)
        keys = [(f[: -len(ending)], k) for k, endings in enumerate(_SINGULAR_SETS) if ending in endings]
        host = next((hosts[k] for k in keys if k in hosts), None)
        if host is None:
            for k in keys:
                hosts[k] = org
            out.append(org)
            continue
        host.mentions.extend(org.mentions)
        for alias in org.aliases:
            if alias not in host.aliases and fold(alias) != fold(host.name):
                host.aliases.append(alias)
        if ending == "οσ" and not fold(host.name).endswith("οσ"):
            host.name = org.name
    return out


# the genitive endings no nominative shares ("του Κράτους", "της Επιτροπής" but not "ο Αστέρας")
_OBLIQUE_ENDINGS = tuple(e for e in genitive_endings(third_declension=True) if e not in ("οσ", "ησ", "ασ"))


def _case_twin(a: str, b: str) -> bool:
    """"Ισλαμικό Κράτος" and "Ισλαμικός Κράτους", "Τράπεζα της Ελλάδος" and "Τραπέζης της Ελλάδας":
    as many words, each the same or the same stem in another case; not a masculine and a feminine
    nominative of one adjective ("Εθνικός" and "Εθνική" name two clubs)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or fold(a) == fold(b):
        return False
    for x, y in zip(wa, wb):
        fx, fy = fold(x), fold(y)
        if fx == fy or _form_key(x) == _form_key(y):
            continue  # ("Α.Ε" and "ΑΕ": one word written with its dots or without)
        if x.isupper() or y.isupper() or len(_word_stem(x)) < 3 or _word_stem(x) != _word_stem(y):
            return False
        if any(p.endswith("οσ") and q.endswith(("η", "α")) for p, q in ((fx, fy), (fy, fx))):
            return False
    return True


def _nominative_rank(org: LinkedOrg, other: str) -> tuple[int, int, int]:
    """How much a name looks the nominative, against its case twin: fewer words in a genitive
    only ending, or in "-ης"/"-ας" against the twin's "-η"/"-α" where an adjective among them tells
    the feminine ("Ελληνικής Ένωσης", not "Αστέρας"); more in "-ος" (the masculine nominative),
    then more mentions."""
    pairs = [(w, fold(w), fold(v)) for w, v in zip(org.name.split(), other.split()) if fold(w) != fold(v)]
    feminine = [w for w, f, v in pairs if f.endswith(("ησ", "ασ")) and v == f[:-1]]
    oblique = sum(f.endswith(_OBLIQUE_ENDINGS) for _, f, _ in pairs) \
        + (len(feminine) if any(_looks_modifier(w) for w in feminine) else 0)
    return (-oblique, sum(f.endswith("οσ") for _, f, _ in pairs), len(org.mentions))


def _merge_case_forms(orgs: list[LinkedOrg]) -> list[LinkedOrg]:
    """"το Ισλαμικό Κράτος" and "του Ισλαμικού Κράτους" read as two names: a name of two words or
    more that the text also gives in another case (:func:`_case_twin`) is one body, named by the
    form that looks the nominative, the other its mentions."""
    absorbed: set[int] = set()
    for k, org in enumerate(orgs):
        if id(org) in absorbed:
            continue
        for twin in orgs[k + 1:]:
            if id(twin) in absorbed or not _case_twin(org.name, twin.name):
                continue
            keep, drop = (org, twin) if _nominative_rank(org, twin.name) >= _nominative_rank(twin, org.name) \
                else (twin, org)
            name = keep.name
            org.mentions.extend(m for m in twin.mentions if m not in org.mentions)
            for alias in twin.aliases:
                if alias not in org.aliases:
                    org.aliases.append(alias)
            org.name = name
            org.aliases[:] = [a for a in org.aliases if fold(a) != fold(name) and fold(a) != fold(drop.name)]
            absorbed.add(id(twin))
    return [o for o in orgs if id(o) not in absorbed]


# the words "and" stands for in a name, as a sign, in Greek and in English (linking.json "name_links")
# the dashes that join the two parts of a double name
_DASHES = frozenset("-–—")
_AND_WORDS = frozenset({"&", "and"}) | frozenset(fold(w) for w in _LINKING["name_links"]["conjunctions"])
# a dash between two words of a name, with or without spaces around it
_NAME_DASH = re.compile(r"\s*[-–—]\s*")
# a word in capitals with its dots ("ΔΙ.ΑΣ", "Α.Ε", "A."): an acronym or an initial, the dots optional
_DOTTED_CAPITALS = re.compile(r"(?:[^\W\d_]+\.)+[^\W\d_]*")


def _form_key(name: str) -> str:
    """One key for the ways of writing one name: "Αθηναϊκό - Μακεδονικό" and "Αθηναϊκό-Μακεδονικό"
    (a dash with or without spaces), "Marks & Spencer" and "Marks and Spencer" ("&" for the
    conjunction), "Ανατολική Α.Ε" and "Ανατολική ΑΕ" (an acronym's dots), "Κλινική ... του ΑΧΕΠΑ"
    and "Κλινική ... ΑΧΕΠΑ" (Greek may leave out the article of a genitive complement): folded."""
    words = []
    for word in _NAME_DASH.sub("-", name).split():
        if word.isupper() and _DOTTED_CAPITALS.fullmatch(word):
            word = word.replace(".", "")
        key = fold(word)
        words.append("&" if key in _AND_WORDS else key)
    return " ".join(w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w in _GEN_ARTICLES))


def _merge_same_names(orgs: list[LinkedOrg]) -> list[LinkedOrg]:
    """"της ΕΕΑ", then "της Επιτροπής Επαγγελματικού Αθλητισμού", then "της Επιτροπής
    Επαγγελματικού Αθλητισμού (ΕΕΑ)": the acronym seen first takes the full name when the text
    spells it out, and a body already seen under that full name then has a twin. One name is one
    body in a text, however it is written (:func:`_form_key`): the first keeps the mentions and
    other names of both."""
    first: dict[str, LinkedOrg] = {}
    out: list[LinkedOrg] = []
    for org in orgs:
        host = first.setdefault(_form_key(org.name), org)
        if host is org:
            out.append(org)
            continue
        _join(host, org)
    return out


def _merge_numbered(orgs: list[LinkedOrg]) -> list[LinkedOrg]:
    """"το Α' Τριμελές Εφετείο Κακουργημάτων", later "του Τριμελούς Εφετείου Κακουργημάτων": a body
    numbered by a letter and its prime, and its name without the numeral, are one body (the text
    shortens the name it gave in full), when the text numbers one body only of that name; the
    numbered name is the name, the other an alias."""
    numbered: dict[str, list[LinkedOrg]] = {}
    for org in orgs:
        first, _, rest = org.name.partition(" ")
        if rest and LETTER_ORDINAL.fullmatch(first):
            numbered.setdefault(fold(rest), []).append(org)
    absorbed: set[int] = set()
    for org in orgs:
        hosts = numbered.get(fold(org.name), [])
        if len(hosts) != 1 or " " not in org.name:
            continue
        _join(hosts[0], org)
        absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]


# "ΠΑΕ ΟΦΗ 1925", "ΚΑΕ Άρης", "ΠΑΣ Γιάννινα 1966": a short form in capitals before a club's name,
# its founding year after it, or both
# (the form with dots may be written onto the name: "Γ.Α.Σ.Παμβοχαϊκός")
_CLUB_FORM = re.compile(r"^(?:([A-ZΑ-Ω]{2,4}) |((?:[A-ZΑ-Ω]\.){2,4}) ?)?(.+?)(?: ((?:18|19|20)\d\d))?$")


def _merge_club_forms(orgs: list[LinkedOrg]) -> list[LinkedOrg]:
    """"ΠΑΕ ΟΦΗ 1925" and "ΟΦΗ" in one text: a club named with the form of its company before
    the name or its founding year after it, and by the name alone, is one body under the full
    form, the bare name an alias."""
    by_name = {fold(o.name): o for o in orgs}
    absorbed: set[int] = set()
    for org in orgs:
        m = _CLUB_FORM.match(org.name)
        if m is None or not (m.group(1) or m.group(2) or m.group(4)) or id(org) in absorbed:
            continue
        short = by_name.get(fold(m.group(3)))
        if short is None and m.group(2) and " " not in m.group(3):
            # "Μ.Γ.Σ.Εθνικός" and "Εθνικός Αλεξανδρούπολης": the dotted form before the club's
            # first word, and the club by that word and its town; one such club only
            longer = [o for o in orgs if fold(o.name).startswith(fold(m.group(3)) + " ")]
            if len(longer) == 1 and id(longer[0]) not in absorbed:
                _absorb(longer[0], org)
                absorbed.add(id(org))
            continue
        if short is None or short is org or id(short) in absorbed:
            continue
        _join(org, short)
        absorbed.add(id(short))
    return [o for o in orgs if id(o) not in absorbed]


# an FM frequency in megahertz, with its decimal comma or dot ("100,3", "98.4")
_FREQUENCY = re.compile(r"(?:8[7-9]|9\d|10[0-8])[,.]\d")


def _with_frequency(ent: Span) -> Span:
    """"στον ΣΚΑΪ 100,3,": an FM frequency right after a body's name, and nothing after it but
    punctuation or "FM", names the radio station that broadcasts there (its name with the number);
    a number with a unit after it ("99,5 ευρώ") is an amount, no frequency."""
    doc, k = ent.doc, ent.end
    if ent.label_ not in ORG_LABELS or k >= len(doc) or not _FREQUENCY.fullmatch(doc[k].text) \
            or not doc[k - 1].whitespace_:
        return ent
    end = k + 1
    if end < len(doc) and doc[end].text.upper() == "FM":
        end += 1
    if end < len(doc) and not doc[end].is_punct:
        return ent
    return doc.char_span(ent.start_char, doc[end - 1].idx + len(doc[end - 1]), label=ent.label_) or ent


def _thing_apposition(ent: Span) -> bool:
    """Whether an apposition right after the mention has a noun of a made thing for head ("το Nova 5T,
    ένα smartphone με ...", "το Flexpai, το πρώτο smartphone", "του SLS, του μεγαλύτερου πυραύλου"):
    a comma, an article, at most two adjectives, then the noun; the name is that thing's. Any other
    word before the noun makes it a complement ("Netflix, η πορεία μιας σειράς")."""
    doc, k = ent.doc, ent.end
    if k + 2 >= len(doc) or doc[k].text != "," or ent.start == 0:
        return False
    article = fold(doc[k + 1].text)
    cases = _ARTICLE_CASES.get(article) or _INDEFINITE_CASES.get(article)
    if not cases or not cases & _ARTICLE_CASES.get(fold(doc[ent.start - 1].text), frozenset()):
        return False  # no article before the name, or one of another case: a new clause's subject
    for i in range(k + 2, min(k + 5, len(doc))):
        word = fold(doc[i].text)
        if not doc[i].is_lower:
            return False
        if word in _THING_NOUNS or word in _THING_GENITIVES:
            # "την Orbitek, το λογισμικό Quasar": a name after the noun is that thing's, not this one
            return i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper()
        if word.endswith("α") or not (_looks_modifier(doc[i].text) or _DEGREE_ADJECTIVE.fullmatch(word)):
            return False  # a word in "-α" may be a noun ("η πορεία"), the head itself
    return False


@lru_cache(maxsize=1)
def _work_nouns() -> frozenset[str]:
    """Nouns of works whose title follows them in quotes ("το βιβλίο «...»", "με τίτλο «...»"), every
    singular form (linking.json "work_nouns"): every capitalised phrase inside the quotes is a piece of
    the title."""
    data = read_json("linking.json")["work_nouns"]
    forms = {f for gender in ("m", "f", "n") for word in data[gender]
             for slot, fs in word_forms(word, gender).items() if slot.endswith("_sg") for f in fs}
    return frozenset(forms | {fold(w) for w in data["invariant"]})


def _join(host: LinkedOrg, org: LinkedOrg) -> None:
    """``org`` is ``host`` under another form: its mentions join the host's, and its name and
    aliases become the host's aliases unless they fold to the host's own name."""
    host.mentions.extend(m for m in org.mentions if m not in host.mentions)
    for alias in (org.name, *org.aliases):
        if alias not in host.aliases and fold(alias) != fold(host.name):
            host.aliases.append(alias)


def _absorb(host: LinkedOrg, org: LinkedOrg) -> None:
    """``org`` is another name of ``host``: its mentions and its name join the host's."""
    host.mentions.extend(m for m in org.mentions if m not in host.mentions)
    if org.name not in host.aliases:
        host.aliases.append(org.name)


def _party_plurals() -> dict[str, str]:
    """"δημοκρατικων" -> "Δημοκρατικοί": each plural form of a party adjective (linking.json
    "party_adjectives"), folded, with the nominative plural that names the party ("-ος" -> "-οι",
    the accent kept where it was: "Δημοκρατικός" -> "Δημοκρατικοί", "Πράσινος" -> "Πράσινοι")."""
    out: dict[str, str] = {}
    for word in _LINKING["party_adjectives"]:
        nominative = word[:-2] + ("οί" if word.endswith("ός") else "οι")
        for slot, forms in word_forms(word, "m").items():
            if slot.endswith("_pl"):
                out.update((f, nominative) for f in forms)
    return out


_PARTY_PLURALS = _party_plurals()
_PARTY_NOUN = fold(_LINKING["party_noun"])  # "κομμα": the noun a party adjective stands for alone


def _merge_party_plurals(orgs: list[LinkedOrg]) -> list[LinkedOrg]:
    """"το Εργατικό Κόμμα ... οι Εργατικοί": the party adjective alone in the plural is the party its
    adjective and "Κόμμα" name in the same text (an alias), when the text names one such party."""
    absorbed: set[int] = set()
    for org in orgs:
        if fold(org.name) not in _PARTY_PLURALS:
            continue
        stem_ = fold(org.name)[:-2]  # "εργατικ"
        hosts = [h for h in orgs if h is not org and len(h.name.split()) > 1 and id(h) not in absorbed
                 and _ONE_WORD_ENDING.sub("", fold(h.name.split()[0])) == stem_
                 and fold(h.name.split()[1]).startswith(_PARTY_NOUN)]
        if len(hosts) == 1:
            _absorb(hosts[0], org)
            absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]


def _merge_quoted_names(orgs: list[LinkedOrg], heads: frozenset[str]) -> list[LinkedOrg]:
    """"του Κόμματος «Ελληνική Λύση» ... η Ελληνική Λύση": a body's head noun with a name in quotes
    is the body of that name, which the text also names alone: one body, the longer form an alias."""
    by_name = {fold(n): o for o in orgs for n in (o.name, *o.aliases)}
    absorbed: set[int] = set()
    for org in orgs:
        head, _, rest = org.name.partition(" ")
        if fold(head) not in heads or len(rest) < 3 or rest[0] not in _QUOTES or rest[-1] not in _QUOTES:
            continue
        host = by_name.get(fold(rest[1:-1].strip()))
        if host is None or host is org or id(host) in absorbed:
            continue
        _absorb(host, org)
        absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]


def _merge_first_words(orgs: list[LinkedOrg], heads: frozenset[str],
                       things: frozenset[str] = frozenset()) -> list[LinkedOrg]:
    """"Ρεάλ Μαδρίτης", then "την Ρεάλ"; "Φοίνικας Σύρου" and "ο Φοίνικας": a one-word name that
    is the first word of the one longer name in the text with it is that body called short (its
    alias), not a second body; not a body's head noun ("Πανεπιστήμιο"), which may stand for any
    body of its kind, nor the first word of a thing's name the text also has (``things``, folded:
    "Huawei Mobile Services" and "Huawei P40 Pro" show "Huawei" the maker of both)."""
    firsts: dict[str, list[LinkedOrg]] = {}
    for org in orgs:
        words = org.name.split()
        if len(words) > 1:
            firsts.setdefault(fold(words[0]), []).append(org)
    absorbed: set[int] = set()
    for org in orgs:
        key = fold(org.name)
        if " " in org.name or org.aliases or key in heads or len(key) < 3:
            continue
        hosts = [h for h in firsts.get(key, ()) if id(h) not in absorbed]
        if len(hosts) != 1 or any(t.startswith(key + " ") for t in things):
            continue
        _absorb(hosts[0], org)
        absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]


# the words that join a name's words (lang/el/grammar.py): before a short name they make the long name a
# part of its body ("Κέντρο ... της NASA"), and they have no letter in a name's initials
_LINK_WORDS = name_link_words()


_LATIN_BODY_WORDS = frozenset(_LINKING["latin_body_words"])


def _merge_described(orgs: list[LinkedOrg], heads: frozenset[str]) -> list[LinkedOrg]:
    """"Οίκος Δημοπρασιών Sotheby's" and "Sotheby's", "Εκδόσεις Μεταίχμιο" and "Μεταίχμιο": a name
    that ends the one longer name of the text after words that describe the body (no article or
    preposition before it, which would make the long name a part of the short one's body: "Κέντρο
    ... της NASA") is that body called short, its alias; not an acronym ("Ερασιτεχνική ΑΕΚ" is a
    club of its own) and not a name with a body's head noun ("Γεωδυναμικό Ινστιτούτο" is no
    short form of "Ευρωπαϊκό Γεωδυναμικό Ινστιτούτο", nor "University of Sharjah" of "American
    University of Sharjah")."""
    absorbed: set[int] = set()
    for org in orgs:
        words = org.name.split()
        key = fold(org.name)
        if org.name.isupper() or len(key) < 3 or len(words) > 3 or any(fold(w) in heads for w in words) \
                or any(w in _LATIN_BODY_WORDS for w in words) or ACRONYM.match(org.name):
            continue
        hosts = [h for h in orgs if h is not org and id(h) not in absorbed and fold(h.name).endswith(" " + key)
                 and fold(h.name.split()[-len(words) - 1]) not in _LINK_WORDS]
        if len(hosts) != 1:
            continue
        _absorb(hosts[0], org)
        for alias in org.aliases:
            if alias not in hosts[0].aliases and fold(alias) != fold(hosts[0].name):
                hosts[0].aliases.append(alias)
        absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]




def _merge_seat_descriptions(orgs: list[LinkedOrg], by_seat: set[int]) -> list[LinkedOrg]:
    """"Ιατρικό Πανεπιστήμιο του Τορόντο", then "το πανεπιστήμιο του Τορόντο": a body the text
    names only by a lower-case head and its seat, when that is how the one longer name of the
    text ends after its adjectives, is that body described again, its mention, no second body."""
    absorbed: set[int] = set()
    for org in orgs:
        if id(org) not in by_seat:
            continue
        key = fold(org.name)
        words = org.name.split()
        hosts = [h for h in orgs if h is not org and id(h) not in absorbed and fold(h.name).endswith(" " + key)
                 and fold(h.name.split()[-len(words) - 1]) not in _LINK_WORDS]
        if len(hosts) != 1:
            continue
        hosts[0].mentions.extend(m for m in org.mentions if m not in hosts[0].mentions)
        absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]


def _initials(name: str) -> str:
    """"Ίδρυμα Σταύρος Νιάρχος" -> "ισν": the first letters of a name's words, folded, without
    the words that join them (articles, prepositions, conjunctions)."""
    return "".join(fold(w)[0] for w in name.split() if fold(w) not in _LINK_WORDS and fold(w)[:1].isalpha())


def _syllable_acronym(acronym: str, name: str) -> bool:
    """"ΥΠΠΟΑ" of "Υπουργείο Πολιτισμού και Αθλητισμού", "ΕΟΠΕ" of "Ελληνική Ομοσπονδία
    Πετοσφαίρισης", "ΚΙΝ.ΑΛΛ" of "Κίνημα Αλλαγής": a Greek acronym that takes the first one to three
    letters of each word of a Greek name (no word in capitals), in order, and nothing else."""
    letters = fold(acronym.replace(".", ""))
    words = [fold(w) for w in name.split() if fold(w) not in _LINK_WORDS]
    if len(words) < 2 or not letters.isalpha() or greek_ratio(letters) < 1 \
            or any(not w.isalpha() or greek_ratio(w) < 1 for w in words) \
            or any(w.isupper() for w in name.split() if fold(w) not in _LINK_WORDS):
        return False
    ends = {0}  # the letters of the acronym the words so far can have taken
    for w in words:
        ends = {i + k for i in ends for k in range(1, 4) if i + k <= len(letters) and letters[i:i + k] == w[:k]}
    return len(letters) in ends


def _partly_initials(name: str, host: str) -> bool:
    """"Περιφέρεια ΑΜΘ" of "Περιφέρεια Ανατολικής Μακεδονίας και Θράκης": the host's first words,
    then an acronym of the initials of the rest of the host's name (two words or more)."""
    words = name.split()
    last = words[-1].replace(".", "")
    if len(words) < 2 or not ACRONYM.match(words[-1]) or not last.isalpha() or not 2 <= len(last) <= 6:
        return False
    head = fold(" ".join(words[:-1]))
    if not fold(host).startswith(head + " "):
        return False
    return _initials(" ".join(host.split()[len(words) - 1:])) == fold(last)


def _merge_initials(orgs: list[LinkedOrg]) -> list[LinkedOrg]:
    """"το Ιδρυμα Σταύρος Νιάρχος", later "το ΙΣΝ": an acronym made of the initials of the one
    body in the text whose name has them is that body's alias; so is a name that writes only the
    rest of that body's name in initials ("Περιφέρεια ΑΜΘ"). Its own dotted spellings
    ("Ε.Π.Ι.Ψ.Υ.") are the same name, no other one: a name with only those still merges."""
    absorbed: set[int] = set()
    for org in orgs:
        key = fold(org.name)
        if any(_undotted(fold(a)) != key for a in org.aliases):
            continue  # a name the text gives another name too
        if " " in org.name:
            hosts = [o for o in orgs if o is not org and id(o) not in absorbed
                     and any(_partly_initials(org.name, n) for n in (o.name, *o.aliases))]
        elif not ACRONYM.match(org.name) or not 2 <= len(org.name) <= 6:
            continue
        else:
            hosts = [o for o in orgs if o is not org and id(o) not in absorbed and " " in o.name
                     and key in {_initials(n) for n in (o.name, *o.aliases)}]
            if not hosts:
                hosts = [o for o in orgs if o is not org and id(o) not in absorbed
                         and any(_syllable_acronym(org.name, n) for n in (o.name, *o.aliases))]
        if len(hosts) != 1:
            continue
        _absorb(hosts[0], org)
        hosts[0].aliases.extend(a for a in org.aliases if a not in hosts[0].aliases)
        absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]


def _merge_first_fields(orgs: list[LinkedOrg], stems: tuple[str, ...]) -> list[LinkedOrg]:
    """"το υπουργείο Εργασίας" and "Υπουργείο Εργασίας, Κοινωνικής Ασφάλισης και Κοινωνικής
    Αλληλεγγύης" in one text: the press names a ministry by the first of its fields alone; where the
    one other ministry of the text goes on from that name with more fields (after "και" or a comma),
    the short name is that ministry, whichever the text names first. Not a ministry of a state the
    longer name adds ("Υπουργείο Εξωτερικών της Κίνας"), which is no further field."""
    absorbed: set[int] = set()
    for org in orgs:
        words = org.name.split()
        if len(words) < 2 or not fold(words[0]).startswith(stems) or id(org) in absorbed:
            continue
        key = fold(org.name)
        hosts = [h for h in orgs if h is not org and id(h) not in absorbed
                 and re.match(re.escape(key) + r"(?:,\s*|\s+και\s+)\w", fold(h.name))]
        if len(hosts) != 1:
            continue
        _join(hosts[0], org)
        absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]


# folded acronym that organisations.tsv gives to one body -> the other listed body it names too (linking.json)
_SHARED_ACRONYMS = {fold(k): v for k, v in _LINKING["shared_acronyms"].items()}


def _merge_listed_acronyms(orgs: list[LinkedOrg], listed: Mapping[int, str]) -> list[LinkedOrg]:
    """"η ΔΟΕ" and "η Διεθνής Ολυμπιακή Επιτροπή" in one text: an acronym the list gives to one body
    that names another too (linking.json "shared_acronyms"), which the text writes only as the
    acronym (``listed``: id of the body the list made of it -> the acronym as written), is the other
    body where the text names that one: the text's own body wins over the list's first choice."""
    absorbed: set[int] = set()
    for org in orgs:
        acronym = listed.get(id(org))
        if acronym is None:
            continue
        other = fold(_SHARED_ACRONYMS[fold(acronym)])
        hosts = [h for h in orgs if h is not org and id(h) not in absorbed
                 and any(fold(n) == other for n in (h.name, *h.aliases))]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        host.mentions.extend(m for m in org.mentions if m not in host.mentions)
        if acronym not in host.aliases and fold(acronym) != fold(host.name):
            host.aliases.append(acronym)
        absorbed.add(id(org))
    return [o for o in orgs if id(o) not in absorbed]


@lru_cache(maxsize=1)
def _known_word_forms() -> dict[str, str]:
    """Folded singular form -> nominative, for the one-word names of organisations.tsv that are
    no acronym: "Λιμενικού" is "Λιμενικό" (a neuter), "Πυροσβεστικής" is "Πυροσβεστική"; a name in
    the plural with its plural cases ("Σπαρτιατών" is "Σπαρτιάτες")."""
    out: dict[str, str] = {}
    for row in read_tsv("organisations.tsv"):
        if len(row) > 2 and row[2].strip() == "court":
            continue  # a court kind, a name only with its seat
        for name in (row[0], *(row[1].split(";") if len(row) > 1 else ())):
            name = name.strip()
            if " " in name or not name or ACRONYM.match(name) or not name[1:].islower():
                continue
            f = fold(name)
            gender = "m" if f.endswith("οσ") else "n" if f.endswith(("ο", "μα")) else "f"
            for slot, forms in word_forms(name, gender).items():
                if slot.endswith("_sg"):
                    for x in forms:
                        out.setdefault(fold(x), name)
            for x in singular_forms(name)[0]:  # a name in the plural: "των Σπαρτιατών" is "Σπαρτιάτες"
                out.setdefault(x, name)
    return out


# the endings of a plural head phrase in the nominative and the other cases they take: "Ένοπλες
# Δυνάμεις", "των Ενόπλων Δυνάμεων"; "Ανεξάρτητοι Έλληνες", "τους Ανεξάρτητους Έλληνες"
_PLURAL_CASES = (("εισ", ("εων",)), ("εσ", ("ων",)), ("οι", ("ων", "ουσ")))


def _plural_head(words: list[str]) -> bool:
    """Whether a name's inflecting words (two or more, before any genitive) are all in the
    nominative plural ("Ένοπλες Δυνάμεις", "Σταθερές Συγκοινωνίες"): a body named in the plural."""
    head: list[str] = []
    for word in words:
        f = fold(word)
        if f in ("τησ", "του", "των") or f.endswith(("ων", "ου", "ασ", "ησ")):
            break
        head.append(f)
    return len(head) >= 2 and all(f.endswith(tuple(e for e, _ in _PLURAL_CASES)) for f in head)


def singular_forms(name: str) -> tuple[frozenset[str], ...]:
    """Per word of a listed name, the folded singular forms it may take in a sentence: the head
    phrase inflects ("του Μικτού Ορκωτού Δικαστηρίου", "στον Ελεύθερο Τύπο"), a genitive complement
    does not (shared with the entity repairs, which find such names in text); a name in the
    plural takes its plural cases ("των Ενόπλων Δυνάμεων")."""
    out: list[frozenset[str]] = []
    fixed = False
    plural = _plural_head(name.split())
    for word in name.split():
        f = fold(word)
        forms = {f}
        fixed = fixed or f in ("τησ", "του", "των") or f.endswith(("ων", "ου", "ασ", "ησ"))
        if not fixed and plural:
            ending, others = next((e, o) for e, o in _PLURAL_CASES if f.endswith(e))
            forms.update(f[: -len(ending)] + o for o in others)
        elif not fixed:
            if f.endswith("εσ") and not word.endswith("ες"):  # "Τριμελές", "Τριμελούς"
                forms.add(f[:-2] + "ουσ")
            elif f.endswith("εσ"):  # an unstressed "-ες" is a plural's: "Σπαρτιάτες", "των Σπαρτιατών"
                forms.add(f[:-2] + "ων")
            else:
                # "Σώμα", "Σώματος": a neuter in -μα, not a feminine in -α
                gender = "m" if f.endswith("οσ") else "n" if f.endswith(("ο", "μα")) else "f"
                forms.update(x for slot, xs in word_forms(word, gender).items() if slot.endswith("_sg") for x in xs)
        out.append(frozenset(forms))
    return tuple(out)


@lru_cache(maxsize=1)
def _known_phrase_forms() -> dict[str, list[tuple[tuple[frozenset[str], ...], str]]]:
    """First word's folded form -> (per-word singular forms, nominative) of the many-word names
    and aliases of organisations.tsv: "Τριμελούς Εφετείου Κακουργημάτων" is "Τριμελές Εφετείο
    Κακουργημάτων", "τον Ελεύθερο Τύπο" is "Ελεύθερος Τύπος" (the canonical name follows from
    the nominative as for any listed name)."""
    out: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    for row in read_tsv("organisations.tsv"):
        for name in (row[0], *(row[1].split(";") if len(row) > 1 else ())):
            name = name.strip()
            if len(name.split()) < 2:
                continue
            forms = singular_forms(name)
            for first in forms[0]:
                out.setdefault(first, []).append((forms, name))
    return out


def _known_inflected(text: str) -> str | None:
    """The nominative of a listed many-word name written in another singular case, with the
    words after it as written (a seat in the genitive: "του Τριμελούς Εφετείου Κακουργημάτων
    Αθηνών" is "Τριμελές Εφετείο Κακουργημάτων Αθηνών")."""
    written = text.split()
    words = [fold(w) for w in written]
    best: tuple[int, str] | None = None
    for forms, canonical in _known_phrase_forms().get(words[0], ()) if words else ():
        n = len(forms)
        if n <= len(words) and all(w in f for w, f in zip(words, forms)) and (best is None or n > best[0]):
            best = (n, canonical)
    if best is None:
        return None
    n, canonical = best
    rest = written[n:]
    if rest and not all(fold(w) in _GEN_ARTICLES or fold(w).endswith(_GENITIVE_ENDINGS) for w in rest):
        return None  # what follows is no seat or field in the genitive
    return " ".join([canonical, *rest])


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
        names = names or NameLexicon.default()
        self._org_heads = frozenset(names.org_heads)
        self._org_head_forms = names.org_heads
        self._unit_heads = names.unit_heads
        self._body_heads = names.body_heads
        self._seat_heads = names.seat_heads
        self._places = names.places
        self._legal_abbreviations = frozenset(
            fold(a) for abbrs in read_json("linking.json")["legal_forms"].values() for a in abbrs) - {"εε"}
        # the inflected forms of the one-word known names that are no acronym ("του Λιμενικού",
        # "της Πυροσβεστικής"): the nominative guessed from the ending would miss their gender
        self._known_word_forms = _known_word_forms()
        # "Εφημερίδα της Κυβερνήσεως": things the common abbreviations stand for, written out
        data = read_json("linking.json")
        self._not_org_names = frozenset(fold(w) for w in data["not_organisation_names"])
        # "500 EUR", "USD 20": a currency code beside an amount is money (linking.json "currency_codes")
        self._currencies = frozenset(data["currency_codes"])
        # "Φόρος", "Φόρου", "Φόρων": heads of things told by their exact forms ("Φόρουμ" is none)
        self._not_org_noun_forms = frozenset(
            f for word, gender in data["not_organisation_nouns"].items()
            for forms in word_forms(word, gender).values() for f in forms)
        # "Κλασική Φιλολογία", "Ειδική Αγωγή": a field of knowledge or a school subject, told by
        # its nominative and accusative singular after the name's adjectives (linking.json "field_nouns")
        self._field_noun_forms = frozenset(
            f for word, gender in data["field_nouns"].items()
            for slot, forms in word_forms(word, gender).items() if slot in ("nom_sg", "acc_sg") for f in forms)
        # "Δημόσια Υγεία", "Εξωτερική Πολιτική": a field of public policy, told the same way but only
        # after an adjective ("το Υγεία" alone is a hospital; linking.json "policy_field_nouns")
        self._policy_field_forms = frozenset(
            f for word, gender in data["policy_field_nouns"].items()
            for slot, forms in word_forms(word, gender).items() if slot in ("nom_sg", "acc_sg") for f in forms)
        # "COVID-19", "Generation Z", "το Ίντερνετ": terms the NER takes for bodies
        self._not_org_terms = frozenset(fold(w) for w in data["not_organisation_terms"])
        # "EastMed Act", "Green Deal": the English heads of laws, agreements, prizes, which end the name
        self._latin_thing_heads = frozenset(fold(w) for w in data["latin_thing_heads"])
        # "Huawei P40 Pro", "P30 Lite": the grade words that end a product's model name (linking.json
        # "latin_model_grades"), as written with their capital
        self._latin_model_grades = frozenset(data["latin_model_grades"])
        # "11ο Οικονομικό Φόρουμ": the heads of recurring events, whose numbered names are editions
        self._edition_heads = frozenset(fold(w) for w in data["edition_heads"])
        # "η Βουλή": the heads that alone name the one body of their kind (linking.json "sole_body_heads")
        self._sole_body_heads = frozenset(fold(w) for w in data["sole_body_heads"])
        # "Α.Τ.", "Γ.Ν.", "Κ.Υ.": the abbreviated heads of units (linking.json "org_unit_abbreviations"),
        # folded and without their dots
        self._unit_abbreviations = frozenset(k.replace(".", "") for k in self.lex.org_unit_abbreviations)
        self._media_nouns = names.media_nouns

    def without_places(self, orgs: list[LinkedOrg], places: list[LinkedPlace]) -> list[LinkedOrg]:
        """One name, one kind in a document: a name the document also gives a place ("της πόλης
        Wuhan ... στο νοσοκομείο της Wuhan") is that place, not a body, unless the name is a listed
        body or one of its words heads a body's name ("Περιφέρεια Αττικής" is both a body and, in
        "κρούσματα στην Περιφέρεια Αττικής", a place). A one-word place in -ος takes in the name
        without its ς too ("Ανάβυσσος", the body "Ανάβυσσο"): the two differ by a case form only
        (:meth:`PlaceResolver._one_o_stem`). So does a one-word place kept as written in -ου ("στο
        Παλού") with the body in -ος read from that same form as a masculine's genitive ("Παλός")."""
        names = {fold(n) for p in places for n in (p.name, *p.aliases)}
        names |= {n[:-1] for n in names if n.endswith("οσ") and " " not in n}
        names |= {n[:-1] + "σ" for n in names if n.endswith("ου") and " " not in n}
        if not names:
            return orgs
        return [o for o in orgs
                if fold(o.name) not in names or fold(o.name) in self.lex.known_orgs
                or any(fold(w) in self._org_heads for w in o.name.split())]

    def without_kinds(self, orgs: list[LinkedOrg], kinds: frozenset[str]) -> list[LinkedOrg]:
        """"μια Περουκιέρισα": a one-word name, no listed body and not in capitals, whose stem the
        text writes after the indefinite article names a kind (a play's character), no body; the
        stems come from :func:`keryx.linking.places.kinds_named`. A town the gazetteer knows names
        no kind there either ("μια Κηφισιά που ..." of a club named after it), as with places."""
        if not kinds:
            return orgs
        return [o for o in orgs
                if " " in o.name.strip() or o.name.isupper() or fold(o.name) in self.lex.known_orgs
                or stem(o.name) not in kinds or (fold(o.name),) in self._places]

    def without_states(self, orgs: list[LinkedOrg], no_club: Callable[[str], bool]) -> list[LinkedOrg]:
        """"απέναντι στη Δανία", "Ελλάδα - Γαλλία 1-0": a body named only as a country, a continent or
        another place no club takes its name from (``no_club``: :meth:`PlaceResolver.no_club`) is that
        place or its national team, no body. A listed body, one with another name, one in capitals or
        one whose name holds a body's head ("Ευρωπαϊκή Ένωση" is no place's name anyway) stays."""
        return [o for o in orgs
                if not no_club(o.name) or o.aliases or o.name.isupper() or fold(o.name) in self.lex.known_orgs
                or any(fold(w) in self._org_heads for w in o.name.split())]

    def without_bare_heads(self, orgs: list[LinkedOrg], text: str) -> list[LinkedOrg]:
        """"το Κέντρο", "η Ομοσπονδία", "η Πολιτεία": a body's head noun alone, which no body the text
        names takes as its head (that one absorbs it: :meth:`_merge_bare_heads`), refers back to a body
        the reader knows or speaks of a kind; it names none. Not a listed body ("Εφετείο"), one the text
        also calls otherwise (an alias), one in capitals, a title in quotes or after a media noun
        ("η εφημερίδα «Δημοκρατία»"), nor a head that names the one body of its kind ("η Βουλή")."""
        return [o for o in orgs if not self._bare_head(o, text)]

    def _bare_head(self, org: LinkedOrg, text: str) -> bool:
        """Whether ``org`` is a body's head noun alone, no name (see :meth:`without_bare_heads`)."""
        key = fold(org.name)
        if " " in org.name.strip() or key not in self._org_heads or key in self._sole_body_heads \
                or key in self.lex.known_orgs or org.aliases or org.name.isupper() or not org.mentions:
            return False
        return not self._titled(org, text)

    def _titled(self, org: LinkedOrg, text: str) -> bool:
        """Whether a mention of ``org`` is a title: in quotes («Πρωτοβουλία», "Δημοκρατία") or
        right after a media noun ("η εφημερίδα Δημοκρατία")."""
        for start, _ in org.mentions:
            before = text[max(0, start - 24):start].rstrip()
            if before[-1:] in _QUOTES:
                return True
            words = before.split()
            if words and fold(words[-1]) in self._media_nouns:
                return True
        return False

    def without_common_words(self, orgs: list[LinkedOrg], doc: Doc, common_forms: Mapping[str, frozenset[str]],
                             written_lower: Callable[[str], bool]) -> list[LinkedOrg]:
        """A one-word body that is a common word the NER took for a name, where the word itself
        says so: the treebank (GDT train, ``common_forms``: :func:`keryx.nlp.treebank_common_words`)
        tags the written form only as a verb or a closed-class word ("Προήλθε από"); or only as
        an adjective and a common noun follows it in lower case ("στην Ευρωπαϊκή αγορά", where an
        adjective alone names a body only with its noun understood: "οι μετοχές της Εθνικής και της Eurobank") or, where
        the treebank lacks the word, one shaped as an adjective in -ικός before such a noun ("την
        Αμερικάνικη έκδοση");
        or a Greek word that the text also writes in lower case (``written_lower``, as for people:
        "κρίση δημόσιας Υγείας ... η υγεία"), unless the treebank tags it as an adjective ("η
        Εθνική ... σε εθνική κλίμακα": the bank). A listed body, a head that names the one body of
        its kind ("η Βουλή"), a body with another name or in capitals, and a title
        (:meth:`_titled`) stay."""
        return [o for o in orgs if not self._common_word(o, doc, common_forms, written_lower)]

    def _common_word(self, org: LinkedOrg, doc: Doc, common_forms: Mapping[str, frozenset[str]],
                     written_lower: Callable[[str], bool]) -> bool:
        """Whether ``org`` is a common word, no body (see :meth:`without_common_words`)."""
        key, text = fold(org.name), doc_text(doc)
        if " " in org.name.strip() or not org.mentions or org.aliases or org.name.isupper() \
                or key in self.lex.known_orgs or key in self._sole_body_heads or self._titled(org, text):
            return False
        written = [text[a:b] for a, b in org.mentions]
        if not all(w.isalpha() and not w.isupper() for w in written):
            return False
        tags = [common_forms.get(w.lower()) for w in written]
        if all(t is not None and t <= _NO_BODY_CLASSES for t in tags):
            return True  # "Προήλθε": a verb, a preposition, a pronoun
        if all(t is not None and t == _ADJECTIVE for t in tags):
            return all(self._before_common_noun(doc, mention, common_forms) for mention in org.mentions)
        if all(t is None and _relational_adjective(w) for w, t in zip(written, tags)) \
                and all(self._before_common_noun(doc, mention, common_forms) for mention in org.mentions):
            return True  # "την Αμερικάνικη έκδοση": an adjective the treebank lacks, shaped as one, before its noun
        return all(is_greek_char(w[0]) and (t is None or not t & _ADJECTIVE) and written_lower(w)
                   for w, t in zip(written, tags))

    def _before_common_noun(self, doc: Doc, mention: Offsets, common_forms: Mapping[str, frozenset[str]]) -> bool:
        """Whether a lower-case word the treebank tags only as a noun, and which heads no body,
        follows the mention after one space ("Ελληνική αγορά"; not "Σοσιαλιστικό κόμμα")."""
        span = doc.char_span(*mention, alignment_mode="expand")
        if span is None or span.end >= len(doc) or span.end_char != mention[1]:
            return False
        nxt = doc[span.end]
        return nxt.idx == mention[1] + 1 and nxt.text.isalpha() and nxt.text.islower() \
            and common_forms.get(nxt.text) == _NOUN and fold(nxt.text) not in self._org_heads

    def without_people(self, orgs: list[LinkedOrg], text: str,
                       words: tuple[frozenset[str], frozenset[str]]) -> list[LinkedOrg]:
        """"η μητέρα της Γαρυφαλλιάς" where the text names the woman "Γαρυφαλλιά": a one-word name,
        no listed body and no acronym, each mention of which is written exactly as a person's
        (case and accents kept), is that person, no body."""
        names = words[0] | words[1]
        return [o for o in orgs
                if " " in o.name or o.name.isupper() or fold(o.name) in self.lex.known_orgs or not o.mentions
                or not all(text[a:b] in names for a, b in o.mentions)]

    def resolve(self, doc: Doc, ents: list[Span], publisher: str | None,
                publisher_mentions: list[Offsets], listed: list[ListedBody] | None = None) -> list[LinkedOrg]:
        lex = self.lex
        orgs: list[LinkedOrg] = []
        index = _KeyIndex()
        defined = self._defined_acronyms(doc, ents)
        place_acronyms = self._place_acronyms(doc, ents)
        kinds = self._plural_kinds(doc)
        thing_acronyms: set[str] = set()  # acronyms the text gives to things that are no body
        thing_names: set[str] = set()  # names of more than one word the text gives to things that are no body
        # "το Alan Kurdi" before "το Alan Kurdi, το πλοίο ...": the apposition names the thing for every mention
        thing_acronyms.update(fold(e.text.strip()) for e in ents if e.label_ in ORG_LABELS and greek_ratio(e.text) < 0.5
                              and (" " in e.text.strip() or any(c.isdigit() for c in e.text)) and _thing_apposition(e))
        by_seat: set[int] = set()  # bodies named by a lower-case head and their seat ("η πρεσβεία του Ιράν")
        # bodies the list made of an acronym it gives to more than one body, never named in full: the acronym
        listed_acronyms: dict[int, str] = {}
        in_full: set[int] = set()
        ents = self._double_names(doc, [_with_frequency(self._issuer(e)) for e in ents])
        last: tuple[int, LinkedOrg] | None = None  # end token of the last body mention, its body
        # the parentheses right after a body's name: where the next of its other names may start,
        # the closing parenthesis, the body ("Χ (ICPC: International Cable Protection Committee)")
        paren: tuple[int, int, LinkedOrg] | None = None
        # "των υπουργείων Υγείας και Ανάπτυξης", "το Δικαιοσύνης": listed ministries named by their
        # field alone; what the model saw inside those words names none of its own
        by_field = ministries_by_field(doc, self._org_head_forms)
        # "στους δήμους Θέρμης και Καλαμαριάς": one body per name after a plural head (see
        # :mod:`keryx.linking.body_lists`); what the model saw there is none of its own either
        listed = bodies_by_list(doc) if listed is None else listed
        by_field = by_field + [FieldMention(m.name, m.start_char, m.end_char, m.region) for m in listed]
        covered = {k for m in by_field for k in range(*m.region)}
        for ent, parent in self._pieces(doc, ents):
            if ent.label_ in ORG_LABELS and any(k in covered for k in range(ent.start, ent.end)):
                continue
            text = ent.text.strip()
            if ent.label_ in PLACE_LABELS and not (lex.seat(text) and not lex.seat_located(ent)):
                unit = lex.abbreviation_before(ent, lex.org_unit_abbreviations)
                seat = None if unit else self._seat_head_before(ent)
                found = unit or seat
                if found is None:
                    continue
                # "Γ.Ν. Χαλκίδας": an abbreviated head and its seat name a body, kept as written;
                # so do a lower-case head and its seat after the article ("η πρεσβεία του Ιράν")
                head, start = found
                name = f"{head} {text}"
                org = index.find({fold(name)})
                if org is None:
                    org = LinkedOrg(name=name)
                    orgs.append(org)
                    index.add(org, fold(name))
                if seat is not None:
                    by_seat.add(id(org))
                org.mentions.append((start, ent.end_char))
                continue
            if parent is None:
                ent = self._up_to_acronym(doc, ent)
                text = ent.text.strip()
            text = _GLUED_TAIL.sub("", text)
            if self._glued(text):
                continue  # "ΗΠΑθα", "στοTwitter": words run together, no name
            text = greek_acronym(text)
            text = greek_twin(text, lex.known_orgs)
            if fold(text) not in lex.known_orgs:
                text = latin_twin(text, doc_text(doc))  # (a listed Greek body keeps its Greek letters: "ΑΕΚ")
            parts = re.split(r"\s[-–—]\s", text)
            if len(parts) > 1 and all(ACRONYM.match(p) for p in parts):
                text = "-".join(parts)  # "ΑΠΕ – ΜΠΕ" is "ΑΠΕ-ΜΠΕ"
            if text.endswith(".") and text.count(".") == 1 and (ACRONYM.match(text[:-1]) or fold(text[:-1]) in lex.known_orgs):
                text = text[:-1]  # "ΕΕ." at the end of a sentence
            season = _SEASON.search(text)
            if season and any(c.isalpha() for c in text[:season.start()]):
                text = text[:season.start()]  # "EuroLeague 2019/20": the season a league plays, no part of its name
            if not any(c.isalpha() for c in text):
                continue
            slashed = _SLASHED_HEAD.match(text)
            if slashed:
                # "Δ/νσης Σπουδών": the abbreviated head written out, the written form an alias
                text = _SLASHED_FULL[fold(slashed.group(1))] + text[slashed.end():]
            dotted = text if DOTTED_ACRONYM.fullmatch(text) else None
            if dotted:
                text = text.replace(".", "")  # "Π.Α.Ο.Κ." is "ΠΑΟΚ": one key, the dotted form an alias
            # "Μαυρίδης ΑΕ": a company's name with its legal form is written as registered
            name = text if " " in text and self._legal_abbreviation(text.split()[-1]) \
                else self._known_word_forms.get(fold(text)) or _PARTY_PLURALS.get(fold(text)) \
                or _known_inflected(text) or organisation_nominative(text)
            name = capitalised_name(name)  # "η εισαγγελία πρωτοδικών", "το υπουργείο Υγείας"
            if " & " in text and fold(name) not in lex.known_orgs:
                # "του Εθνικού & Καποδιστριακού Πανεπιστημίου": "&" for "και" in a listed name
                spelled = capitalised_name(organisation_nominative(text.replace(" & ", " και ")))
                if fold(spelled) in lex.known_orgs:
                    name = spelled
            if fold(name) in thing_acronyms and fold(name) not in lex.known_orgs:
                continue  # "... Πληροφοριακού Συστήματος ... (ΟΠΣΚΕ)", later "στο ΟΠΣΚΕ": the thing's acronym
            if not self._is_body(doc, ent, name):
                thing_acronyms.update(self._thing_acronyms(doc, ent, name))
                if " " in name:
                    thing_names.add(fold(name))
                continue
            if fold(name) in place_acronyms and fold(name) not in lex.known_orgs:
                continue
            if self._kind_key(name) in kinds and fold(name) not in lex.known_orgs:
                continue  # "του Εμπορικού Συλλόγου" where the text speaks of "των Εμπορικών Συλλόγων": one of a kind
            # "Ινστιτούτο ... του Ιδρύματος Τεχνολογίας και Έρευνας (ΙΤΕ)": the acronym is the body's
            alias = self._parenthesised_acronym(doc, ent) if parent is None else None
            known = lex.known_orgs.get(fold(name)) or lex.known_orgs.get(_undotted(fold(name)))
            shared = name if known and ACRONYM.match(name) and fold(name) in _SHARED_ACRONYMS else None
            if known and fold(known) != fold(name):
                # "ΕΚΑΒ", "του Πυροσβεστικού Σώματος": a well-known body under its full name; where the
                # acronym in brackets is that name ("Ομάδα των 7 (G7)"), the words written are the alias
                alias = name if alias is None or fold(alias) == fold(known) else alias
                name = known
            elif known and ((name.isupper() and " " in name) or (text.isupper() and " " not in text)):
                name = known  # "ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ" in a letterhead, "ΣΚΑΪ": the list's spelling
            if known and self._holder_named(doc, ent, text, name):
                continue  # "ο Γάλλος ΥΠΕΞ", "με τον ΥΠΕΘΑ": the minister, a person
            # "Π.Α.Ε. ΠΑΟΚ" and "ΠΑΕ ΠΑΟΚ": a name's acronyms written with dots or without, one body
            keys = {fold(name), _undotted(fold(name))} | ({fold(alias)} if alias else set())
            chain_key = self._chain_key(doc, ent, parent)
            if chain_key:
                keys.add(chain_key)
            acronym = defined.get(ent.start)
            if acronym is not None:
                # "ENISA (European Union Agency ...)": the text defines the acronym before it.
                keys.add(fold(acronym))
            if last is not None and self._translated_name(doc, ent, last[0], last[1].name):
                keys.add(fold(last[1].name))  # "Διεθνής Αμνηστία (Amnesty International)": one body
            named_in = paren if paren is not None and self._other_name_in_parentheses(doc, ent, name, paren) else None
            if named_in is not None:
                keys.add(fold(named_in[2].name))
            org = index.find(keys)
            if org is None:
                org = LinkedOrg(name=name)
                orgs.append(org)
                index.add(org, fold(name))
            elif org.name.isupper() and not name.isupper() and fold(org.name) == fold(name):
                org.name = name  # "ΠΑΝΕΠΙΣΤΗΜΙΟ ΚΡΗΤΗΣ" in a headline, "Πανεπιστήμιο Κρήτης" in the body
            elif ACRONYM.match(org.name) and not ACRONYM.match(name):
                # "ΚΕΔΕ" seen first, full name later: the full name becomes the name.
                org.aliases.append(org.name)
                org.name = name
                index.add(org, fold(name))
            elif chain_key and fold(name) != fold(org.name) and len(name) > len(org.name):
                # "Νομική Σχολή του ΑΠΘ", later "... του Αριστοτελείου Πανεπιστημίου Θεσσαλονίκης"
                org.aliases.append(org.name)
                org.name = name
                index.add(org, fold(name))
            elif fold(name) != fold(org.name) and name not in org.aliases:
                alias = alias or name
            for key in keys - {fold(name)}:
                index.add(org, key)
            if alias and alias not in org.aliases and fold(alias) != fold(org.name):
                org.aliases.append(alias)
                index.add(org, fold(alias))
            if dotted and dotted not in org.aliases and fold(dotted) != fold(org.name):
                org.aliases.append(dotted)
            if slashed and " " in name:
                written = f"{slashed.group(1)}/νση {name.split(' ', 1)[1]}"
                if written not in org.aliases:
                    org.aliases.append(written)
            org.mentions.append((ent.start_char, ent.end_char))
            if shared is None or id(org) in in_full:
                in_full.add(id(org))
                listed_acronyms.pop(id(org), None)
            else:
                listed_acronyms.setdefault(id(org), shared)
            last = (ent.end, org)
            if named_in is not None:
                paren = (ent.end, named_in[1], named_in[2])
            else:
                close = next((k for k in range(ent.end + 1, min(len(doc), ent.end + 16)) if doc[k].text == ")"), None) \
                    if parent is None and ent.end < len(doc) and doc[ent.end].text == "(" else None
                paren = (ent.end + 1, close, org) if close is not None else None
            if parent is not None and parent.start > ent.start:
                # the department's own words are a name the text gives it too ("Τμήμα Ιατρικής")
                short = capitalised_name(organisation_nominative(doc[ent.start:_own_end(doc, parent)].text))
                if short and fold(short) != fold(org.name) and short not in org.aliases:
                    org.aliases.append(short)
        self._add_by_field(orgs, index, by_field)
        if publisher and not any(fold(o.name) == fold(publisher) for o in orgs):
            if publisher_mentions:
                orgs.append(LinkedOrg(name=publisher, mentions=list(publisher_mentions)))
        elif publisher:
            org = next(o for o in orgs if fold(o.name) == fold(publisher))
            org.mentions.extend(m for m in publisher_mentions if m not in org.mentions)
        # An acronym seen alone that is another organisation's alias, or one part of its
        # compound acronym ("ΑΠΕ" of "ΑΠΕ-ΜΠΕ"), merges into it.
        merged: list[LinkedOrg] = []
        by_alias: dict[str, LinkedOrg] = {}  # folded alias -> the first kept organisation with it
        for org in orgs:
            host = by_alias.get(fold(org.name))
            if host is not None and fold(host.name).startswith(fold(org.name) + " ") \
                    and min(host.mentions, default=(0, 0)) > min(org.mentions, default=(0, 0)):
                host = None  # "Νομική Σχολή" named before "Νομική Σχολή του ΑΠΘ": maybe another one
            if host is not None:
                host.mentions.extend(org.mentions)
                if org.name not in host.aliases and fold(org.name) != fold(host.name):
                    host.aliases.append(org.name)
            else:
                merged.append(org)
                for a in org.aliases:
                    by_alias.setdefault(fold(a), org)
                for name in (org.name, *org.aliases):
                    parts = name.split("-")
                    if len(parts) > 1 and all(ACRONYM.match(p) for p in parts):
                        for part in parts:
                            by_alias.setdefault(fold(part), org)
        self._add_quoted_newspapers(merged, doc_text(doc))
        merged = _merge_listed_acronyms(merged, listed_acronyms)
        merged = _merge_same_names(merged)
        merged = self._merge_departments(merged)
        merged = _merge_first_fields(merged, self.lex.ministry_stems)
        merged = self._merge_into_later(merged)
        merged = _merge_club_forms(merged)
        merged = self._merge_bare_heads(merged)
        merged = _merge_initials(merged)
        merged = _merge_inflected(merged)
        merged = _merge_case_forms(merged)
        merged = _merge_numbered(merged)
        merged = _merge_party_plurals(merged)
        merged = _merge_quoted_names(merged, self._org_heads)
        merged = _merge_first_words(merged, self._org_heads, frozenset(thing_names))
        merged = _merge_described(merged, self._org_heads)
        merged = _merge_seat_descriptions(merged, by_seat)
        for org in merged:
            org.mentions.sort()
        merged = merge_prefixes(merged, repeats_only=True)
        for org in merged:
            org.mentions.sort()
        return merged

    @staticmethod
    def _add_quoted_newspapers(orgs: list[LinkedOrg], text: str) -> None:
        """A newspaper named by its title in quotation marks (:func:`_quoted_newspapers`), where no
        body's mention already covers those words, joins the body of that title or stands where it
        first appears among the others: the model reads «ΤΑ ΝΕΑ», «Αυγή» as words."""
        taken = [m for o in orgs for m in o.mentions]
        by_key = {fold(n): o for o in orgs for n in (o.name, *o.aliases)}
        for title, start, end in _quoted_newspapers(text):
            if any(a < end and start < b for a, b in taken):
                continue
            written = text[start:end]
            org = by_key.get(fold(title)) or by_key.get(fold(written))
            if org is None:
                org = LinkedOrg(name=title)
                at = next((k for k, o in enumerate(orgs) if o.mentions and min(o.mentions)[0] > start), len(orgs))
                orgs.insert(at, org)
                by_key[fold(title)] = org
            org.mentions.append((start, end))
            taken.append((start, end))

    @staticmethod
    def _add_by_field(orgs: list[LinkedOrg], index: _KeyIndex, by_field: list[FieldMention]) -> None:
        """The ministries named by their field (:func:`keryx.linking.ministries.ministries_by_field`)
        and the bodies of a list after a plural head (:func:`keryx.linking.body_lists.bodies_by_list`)
        join the body of that name, or stand where they first appear among the others."""
        for m in by_field:
            # "Δήμος Πυλαίας-Χορτιάτη", "Δήμος Πυλαίας Χορτιάτη": a double name with or without its hyphen
            keys = {fold(m.name), fold(m.name.replace("-", " "))}
            org = index.find(keys)
            if org is None:
                org = LinkedOrg(name=m.name)
                at = next((k for k, o in enumerate(orgs) if o.mentions and min(o.mentions)[0] > m.start_char), len(orgs))
                orgs.insert(at, org)
                for key in keys:
                    index.add(org, key)
            if (m.start_char, m.end_char) not in org.mentions:
                org.mentions.append((m.start_char, m.end_char))

    def _seat_head_before(self, ent: Span) -> tuple[str, int] | None:
        """(head and article, start) when a lower-case body head named by its seat
        (inflection.json "seat_heads") and a genitive article stand right before the place ``ent``:
        "η πρεσβεία της Ιταλίας", "της εισαγγελίας της Λυών" name one body ("Πρεσβεία της Ιταλίας"),
        and the place stays a place."""
        doc, art = ent.doc, ent.start - 1
        if art < 1 or fold(doc[art].text) not in _GEN_ARTICLES:
            return None
        for n in (2, 1):  # "γενικό προξενείο", "πρεσβεία"
            words = doc[max(art - n, 0):art]
            if len(words) < n or not words.text[:1].islower():
                continue
            head = self._body_heads.get(tuple(fold(t.text) for t in words))
            if head in self._seat_heads:
                return f"{head} {doc[art].text}", words.start_char
        return None

    def _legal_abbreviation(self, word: str) -> bool:
        """"ΑΕ", "Α.Ε.", "ΕΠΕ": a company's legal form, abbreviated, in capitals."""
        return word.isupper() and fold(word).replace(".", "") in self._legal_abbreviations

    def _merge_bare_heads(self, orgs: list[LinkedOrg]) -> list[LinkedOrg]:
        """"το Ίδρυμα", "η Ένωση" where the text names one body with that head ("Ίδρυμα Ωνάση"):
        the bare head refers back to it, a mention of that body, no body of its own."""
        absorbed: set[int] = set()
        for org in orgs:
            key = fold(org.name)
            if " " in org.name or key not in self._org_heads or org.aliases or org.name.isupper():
                continue
            head = stem(org.name)
            hosts = [o for o in orgs if o is not org and id(o) not in absorbed and " " in o.name
                     and any(stem(w) == head for w in o.name.split()[:3] if fold(w) in self._org_heads)]
            if len(hosts) != 1:
                continue
            hosts[0].mentions.extend(m for m in org.mentions if m not in hosts[0].mentions)
            absorbed.add(id(org))
        return [o for o in orgs if id(o) not in absorbed]

    def _merge_into_later(self, orgs: list[LinkedOrg]) -> list[LinkedOrg]:
        """"Τμήμα Πληροφορικής" first, then "Τμήμα Πληροφορικής του Ιονίου Πανεπιστημίου", which
        keeps its own words as an alias: the short name named first is that department, when one
        body alone has it as an alias and the text names no other body of the owner's kind (with
        two universities, "Νομική Σχολή" first may be the other one's)."""
        holders: dict[str, list[LinkedOrg]] = {}
        for org in orgs:
            for alias in org.aliases:
                holders.setdefault(fold(alias), []).append(org)
        absorbed: set[int] = set()
        for org in orgs:
            hosts = holders.get(fold(org.name), [])
            if len(hosts) != 1 or hosts[0] is org or org.aliases or id(hosts[0]) in absorbed \
                    or not fold(hosts[0].name).startswith(fold(org.name) + " "):
                continue
            host = hosts[0]
            rest = host.name.split()[len(org.name.split()):]
            kinds = {stem(w) for w in rest if fold(w) in self._org_heads}
            owners = [o for o in orgs if o is not host and o is not org and not _GEN_ARTICLES & set(fold(o.name).split())
                      and any(stem(w) in kinds for w in o.name.split())]
            if not kinds or len(owners) > 1:
                continue
            host.mentions.extend(m for m in org.mentions if m not in host.mentions)
            absorbed.add(id(org))
        return [o for o in orgs if id(o) not in absorbed]

    def _merge_departments(self, orgs: list[LinkedOrg]) -> list[LinkedOrg]:
        """"Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος" and "Δίωξη Ηλεκτρονικού Εγκλήματος" in one
        document: a department named by its head and its field (two words or more), and by the
        field alone in the nominative, is one body under its full name; so are "Διεύθυνση
        Ηλεκτρονικού Εγκλήματος" and "Δίωξη Ηλεκτρονικού Εγκλήματος", the same field after a
        noun that heads no body (the department's work)."""
        by_key: dict[str, LinkedOrg] = {}
        by_field: dict[str, LinkedOrg] = {}  # "Δίωξη Ηλεκτρονικού Εγκλήματος": a field after a word no head
        for org in orgs:
            by_key.setdefault(_stems(org.name), org)
            words = org.name.split()
            if len(words) >= 3 and fold(words[0]) not in self._org_heads and not _looks_modifier(words[0]) \
                    and all(w[:1].isupper() for w in words):
                by_field.setdefault(_stems(" ".join(words[1:])), org)
        absorbed: set[int] = set()
        for org in orgs:
            words = org.name.split()
            if len(words) < 3 or fold(words[0]) not in self._unit_heads or id(org) in absorbed:
                continue
            field = _stems(" ".join(words[1:]))
            short = by_key.get(field) or by_field.get(field)
            if short is None or short is org or id(short) in absorbed:
                continue
            absorbed.add(id(short))
            org.mentions.extend(short.mentions)
            for alias in (short.name, *short.aliases):
                if alias not in org.aliases and fold(alias) != fold(org.name):
                    org.aliases.append(alias)
        return [o for o in orgs if id(o) not in absorbed]

    def _is_body(self, doc: Doc, ent: Span, name: str) -> bool:
        """Whether a name, in the nominative, names a body this document speaks of."""
        lex = self.lex
        key = fold(name)
        if key in lex.generic_orgs:
            return False  # "ο Δήμος", "του Δήμου μας": a reference, not a name
        if lex.seat(name) and lex.seat_located(ent):
            return False  # "στον Λευκό Οίκο", "από το Μέγαρο Μαξίμου": where, a place
        if lex.before_building(ent):
            return False  # "μπροστά στη Βουλή", "έξω από το Εφετείο": the building, listed among the places
        if key in lex.known_orgs:
            # "Ελεγκτικό Συνέδριο": a listed body, whatever its head; one in the plural only where the
            # list names it so ("Κέντρα Ελέγχου και Πρόληψης Νόσων"), not "Εισαγγελίες" of "Εισαγγελία"
            return not self._plural_head(ent) or fold(ent[0].text) == fold(name.split()[0])
        if lex.is_venue_at(ent, name):
            return False  # a venue: listed among the places
        if not any(c.isupper() for c in ent.text) and greek_ratio(ent.text) >= 0.5 and "." not in ent.text:
            return False  # "της γερουσίας και της βουλής", "έκρηξη ακτίνων-γ": Greek words
            # with no capital name no body (a web address, "naftemporiki.gr", is a name)
        if key in lex.common_abbreviations or key in lex.programmes or key in self._not_org_names \
                or lex.is_legal_form(name) \
                or (self._is_thing(name) and not self._body_first(name)):
            return False  # "ΑμεΑ", "ΚΑΔ"; "Διδακτορικό Δίπλωμα", "Πρόγραμμα Erasmus"; "Ανώνυμη Εταιρεία"
        if self._currency_at(ent):
            return False  # "έπαθλο 500 EUR": the unit of an amount
        if key.replace(".", "") in self._unit_abbreviations:
            return False  # "στο Α.Τ.", "έξω από το ΑΤ": a unit's abbreviated head without its seat, like "το Τμήμα"
        if self._town_and_region(name):
            return False  # "στην Πολίχνη Θεσσαλονίκης", "στο Νεοχώρι Αιτωλοακαρνανίας": a town and its region
        if self._plural_head(ent) or self._plural_head(ent, after_modifiers=True):
            return False  # "13 Εισαγγελίες", "οι Δήμοι", "τους Εμπορικούς Συλλόγους": a kind of body
        if self._named_thing(ent) or self._alias_of_thing(ent) or self._gloss(ent, name):
            return False  # "του έργου ΕΡΜΗΣ", "Πρόγραμμα Εκπαίδευσης (E-Learning)": a thing's name
        if greek_ratio(ent.text) < 0.5 and (self._after_thing_noun(ent) or _thing_apposition(ent)):
            return False  # "το σκάφος Helios-2", "ο δείκτης DAX", "το Nova 5T, ένα smartphone": a made thing's name
        if _in_code(ent):
            return False  # "Δ1α/Γ.Π.οικ. 55254/2021": a piece of a protocol number
        if key in self._not_org_terms:
            return False  # "COVID-19", "Generation Z", "Ίντερνετ": a disease, a generation, a medium
        if self._adjective_of_a_noun(ent):
            return False  # "στο Πανεπιστημιακό τμήμα Οδοντιατρικής": an adjective before its common noun
        if key in _NATIONAL_TEAM and not ent.text.isupper() and self.lex.is_sports_report(doc):
            return False  # "η Εθνική γυναικών" in a game report: the national team, named by no name
        if len(ent) == 1 and ent.start > 0 and fold(doc[ent.start - 1].text) in _VERB_PARTICLES:
            return False  # "ΔΕΝ ΕΧΕΙ": a verb in capitals, the word the negation or particle governs
        if self._among_places(ent):
            return False  # "την Αφρική, την Εγγύς Ανατολή, τα Βαλκάνια": a conjunct of places is a place
        if FOLDED_ORDINAL.fullmatch(key) or self._edition(name) or _DIVISION.match(name) or _GRADE.fullmatch(key):
            return False  # "του 7ου" alone; "11ο Οικονομικό Φόρουμ": one edition of an event
        if " " not in name and _nationality_noun(key) and (key,) not in self._places and (fold(ent.text),) not in self._places:
            return False  # "του Ούγγρου Προέδρου": a nationality noun before a role, no body
        if fold(name.split()[-1]) in lex.latin_days and not self._day_in_title(name):
            return False  # "Black Friday", "Cyber Monday": a day, not a body
        latin = greek_ratio(name) < 0.5  # the tests below read English names only
        if latin and (self._colour(name) or self._listed_with_colour(ent)) \
                and not self._after_plural_article(ent):
            return False  # "Midnight Black", "σε Red, Sand και Black": the colours a product comes in
        if " " in name and latin and fold(name.split()[-1]) in self._latin_thing_heads:
            return False  # "EastMed Act", "Paris Agreement": an English name ends in its head, a law's, a treaty's
        edition = _EDITION.search(name)
        if edition and latin and fold(edition.group(1)) not in {"of", "the"}:
            return False  # "Expo 2020", "Horizon 2020": an edition of an event or a programme
        if " " in name and latin and any(_MODEL_CODE.fullmatch(w) for w in name.split()[1:]):
            return False  # "Radeon RX 5500", "Redmi K30": a product's model; its maker's name stands apart
        if latin and name.split()[-1] in self._latin_model_grades:
            return False  # "Huawei MediaPad Pro", "P40 Series", a bare "Pro": a product's model or its grade
        # "Πανεπιστημίου 30", "κρούσματα στην Περιφέρεια Αττικής": places
        return not (lex.is_street_address(name) or lex.is_located_unit(ent, name))

    def _holder_named(self, doc: Doc, ent: Span, text: str, name: str) -> bool:
        """Whether a Greek acronym of a listed body whose head noun is neuter ("ΥΠΕΞ": "Υπουργείο
        Εξωτερικών") stands after a masculine singular article ("ο ΥΠΕΞ", "τον ΥΠΕΘΑ") or after a
        nationality noun ("ο Γάλλος ΥΠΕΞ", "τον Τούρκο ΥΠΕΞ"): the article agrees with the neuter
        head when the acronym names the body ("το ΥΠΕΞ", "το ΚΚΕ"), so it names the one who heads
        it, the minister, a person."""
        if " " in text or not ACRONYM.match(text) or greek_ratio(text) < 1.0 or ent.start == 0:
            return False  # (a Latin acronym takes the gender usage gives it: "η UNICEF")
        words = name.split()
        i = 0
        while i < len(words) - 1 and fold(words[i]) not in self._org_head_forms and _looks_modifier(words[i]):
            i += 1  # the head after the name's leading adjectives ("Ελληνική Αστυνομία")
        forms = self._org_head_forms.get(fold(words[i]), ())
        if {e.gender for e in forms} != {"n"} or not any("nom_sg" in e.slots for e in forms):
            # (the head of the nominative name is in the nominative; a genitive is another noun's field)
            return False
        before = fold(doc[ent.start - 1].text)
        return _SINGULAR_ARTICLE_GENDERS.get(before) == frozenset("m") \
            or (doc[ent.start - 1].is_alpha and _nationality_noun(before))

    def _town_and_region(self, name: str) -> bool:
        """Whether a name is a town the gazetteer knows and, after it (perhaps after a genitive
        article), a place it knows in the genitive: "Πολίχνη Θεσσαλονίκης", "Νέα Ιωνία Βόλου",
        "Νεοχώρι Αιτωλοακαρνανίας". Greek tells a town from others of its name so, by its region or
        its city, and such a name is a place. Not one with a body's head noun ("Δήμος Πολίχνης") or
        a word in capitals ("ΑΟ Θήρας"), nor one whose first words are no place ("Αστέρας Τρίπολης")."""
        written = name.split()
        if len(written) < 2 or any(w.isupper() and len(w) > 1 for w in written):
            return False
        words = [fold(w) for w in written]
        if any(w in self._org_heads for w in words):
            return False
        for k in range(1, len(words)):
            seat = words[k + 1:] if words[k] in _GEN_ARTICLES else words[k:]
            if seat and seat[-1].endswith(_GENITIVE_ENDINGS) and tuple(words[:k]) in self._places \
                    and tuple(seat) in self._places:
                return True
        return False

    def _day_in_title(self, name: str) -> bool:
        """Whether a name that ends in an English weekday joins it to the words before it with a
        lower-case particle ("Mail on Sunday", "Friends of Friday"): a title of a paper or a body goes on
        across its particles, while the name of a day of sales or of an event puts a capitalised word
        right before the day ("Black Friday", "Cyber Monday")."""
        words = name.split()
        return len(words) >= 3 and words[-2] in self.lex.latin_name_particles and words[0][:1].isupper()

    def _colour(self, name: str) -> bool:
        """Whether a name ends in an English colour term written with a capital and small letters
        ("Phantom Blue", "σε White, Black και Green"): a product's finish, as reports of phones and
        cars list them; a body's name hardly ever ends in a bare colour. A word in capitals ("CD Project RED")
        is a brand's own spelling."""
        words = name.split()
        if not words:
            return False  # a line break or a run of spaces beside a list word: no colour
        last = words[-1].strip(".,")
        return last[:1].isupper() and last[1:].islower() and fold(last) in self.lex.latin_colours

    def _after_plural_article(self, ent: Span) -> bool:
        """Whether a masculine/feminine plural article stands right before the name ("οι Deep Purple",
        "των Simply Red"): Greek names a band or a team so; a product's colour takes none of them."""
        return ent.start > 0 and fold(ent.doc[ent.start - 1].text) in self.lex.plural_articles

    def _listed_with_colour(self, ent: Span) -> bool:
        """Whether a one-word mention stands in a list next to a colour ("σε Red, Sand και Navy
        Blue"): a list joins things of one kind, so it is another colour (one not in the list of
        colour terms), not a body. The colour after it must end its item: "Google και Blue Origin"
        lists bodies."""
        if len(ent) != 1:
            return False
        doc = ent.doc
        before, after = ent.start - 2, ent.end + 1
        if before >= 0 and fold(doc[before + 1].text) in _LIST_LINKS and self._colour(doc[before].text):
            return True
        return after < len(doc) and fold(doc[ent.end].text) in _LIST_LINKS and self._colour(doc[after].text) \
            and (after + 1 == len(doc) or not doc[after + 1].text[:1].isupper())

    def _adjective_of_a_noun(self, ent: Span) -> bool:
        """"στο Πανεπιστημιακό τμήμα Οδοντιατρικής", "της Εθνικής μας ομάδας": one capitalised
        adjective before a lower-case noun that heads bodies, that noun with a name of its own after
        it (its field, no place) or a possessive clitic between them, is a description of the
        noun's: the adjective alone names no body. Not "στο Αττικό νοσοκομείο.", a name whose head
        the writer left in lower case."""
        doc, j = ent.doc, ent.end
        if len(ent) != 1 or ent.text.isupper() or not _looks_modifier(ent.text):
            return False
        clitic = j < len(doc) and fold(doc[j].text) in _CLITICS
        j += clitic
        if not (j < len(doc) and doc[j].is_lower and fold(doc[j].text) in self._org_heads):
            return False
        if clitic:
            return True
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        return nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and (fold(nxt.text),) not in self._places

    def _among_places(self, ent: Span) -> bool:
        """"την Ευρώπη, την Εγγύς Ανατολή": a name joined to a place by a comma (then perhaps "και",
        an article or a locative) is a place like it; not a name in capitals (an acronym: "η
        Ελλάδα, η ΕΕ"), in another script, or one a word of which heads a body's name. A bare "και"
        does not join them: "στην Αγγλία και τη Γουλβς" may name a club."""
        doc = ent.doc
        if ent.text.isupper() or greek_ratio(ent.text) < 0.5 or any(fold(t.text) in self._org_heads for t in ent):
            return False
        i = ent.start - 1
        while i >= 0 and fold(doc[i].text) in _CONJUNCT_FILLERS:
            i -= 1
        if 0 <= i < ent.start - 1 and doc[i + 1].text == "," and doc[i].ent_type_ in ("GPE", "LOC"):
            return True
        j = ent.end
        if j < len(doc) and doc[j].text == ",":
            j += 1
            while j < len(doc) and fold(doc[j].text) in _CONJUNCT_FILLERS - {",", "και"}:
                j += 1
            return j < len(doc) and doc[j].ent_type_ in ("GPE", "LOC")
        return False

    def _edition(self, name: str) -> bool:
        """"11ο Οικονομικό Φόρουμ των Δελφών", "5η Σύνοδος Κορυφής": an ordinal, any adjectives,
        then the head of a recurring event names one edition of it, no body."""
        words = name.split()
        if len(words) < 2 or not FOLDED_ORDINAL.fullmatch(fold(words[0])):
            return False
        i = 1
        while i < len(words) - 1 and fold(words[i]) not in self._edition_heads and _looks_modifier(words[i]):
            i += 1
        return fold(words[i]) in self._edition_heads \
            or (i + 1 < len(words) and fold(f"{words[i]} {words[i + 1]}") in self._edition_heads)

    def _currency_at(self, ent: Span) -> bool:
        """Whether the mention is a currency code in capitals right after or before an amount ("500
        EUR", "1.200,50 USD", "EUR 300"): a unit of money, which the model may take for an acronym."""
        doc = ent.doc
        if len(ent) != 1 or ent.text not in self._currencies:
            return False
        return any(0 <= k < len(doc) and any(c.isdigit() for c in doc[k].text) for k in (ent.start - 1, ent.end))

    def _plural_head(self, ent: Span, after_modifiers: bool = False) -> bool:
        """Whether the name starts with a body head noun that can only be plural ("Εισαγγελίες"),
        or, ``after_modifiers``, has one after its leading adjectives ("Εμπορικούς Συλλόγους")."""
        i = 0
        if after_modifiers:
            while i < min(len(ent) - 1, 2) and fold(ent[i].text) not in self._org_head_forms \
                    and _looks_modifier(ent[i].text):
                i += 1
            if i == 0:
                return False
        forms = self._org_head_forms.get(fold(ent[i].text), ())
        if i and any(e.gender == "n" and fold(e.nominative) not in self._unit_heads for e in forms):
            # "Ελληνικά Ταχυδρομεία": some bodies have a neuter plural name; no body is named
            # by units in the plural ("τα Ακαδημαϊκά Τμήματα", "Ερευνητικά Εργαστήρια")
            return False
        return bool(forms) and all(not any(s.endswith("_sg") for s in e.slots) for e in forms)

    def _body_first(self, name: str) -> bool:
        """Whether a name starts with the head of a body ("Επιτροπή Πρωτοκόλλων"): a head of a
        thing after it ("Πρωτοκόλλων") is the body's field, not what the name names."""
        first = name.split()[0]
        return fold(first) in self._org_heads and not self.lex.is_not_org(first)

    def _issuer(self, ent: Span) -> Span:
        """"Εγκύκλιος Υπουργείου Ανάπτυξης 43083/3": a document named with its issuer in the
        genitive; the issuer (up to any number) is the body, the document none."""
        if ent.label_ not in ORG_LABELS or len(ent) < 2 or not ent[0].text[:1].isupper() \
                or not self.lex.is_not_org(ent[0].text):
            return ent
        k = 2 if len(ent) > 2 and fold(ent[1].text) not in self._org_heads and _looks_modifier(ent[1].text) else 1
        head = fold(ent[k].text)
        if head not in self._org_heads or not head.endswith(_GENITIVE_ENDINGS):
            return ent
        end = next((i for i in range(ent.start + k, ent.end) if any(c.isdigit() for c in ent.doc[i].text)), ent.end)
        if end <= ent.start + k:
            return ent
        doc = ent.doc
        return doc.char_span(doc[ent.start + 1].idx, doc[end - 1].idx + len(doc[end - 1]), label=ent.label_) or ent

    def _is_thing(self, name: str) -> bool:
        """"Διδακτορικό Δίπλωμα", "Ειδικός Φόρος Κατανάλωσης": a head of a thing no body among
        the first words or right after the leading adjectives (a prefix of not_organisation_heads,
        an exact form of not_organisation_nouns); "Κλασική Φιλολογία": a field of knowledge right
        after them (the nominative or accusative of a field_nouns word); "Δημόσια Υγεία": a field of
        public policy after one adjective or more (policy_field_nouns; alone, "Υγεία" is a hospital)."""
        words = name.split()
        i = 0
        while i < len(words) - 1 and fold(words[i]) not in self._org_heads and _looks_modifier(words[i]):
            i += 1  # "Εθνική Γενική Συλλογική Σύμβαση": the head after any number of adjectives
        return self.lex.is_not_org(name) or (i >= 3 and self.lex.is_not_org(" ".join(words[i:]))) \
            or any(w in self._not_org_noun_forms for w in fold(" ".join(words[:max(3, i + 1)])).split()) \
            or fold(words[i]) in self._field_noun_forms or (i > 0 and fold(words[i]) in self._policy_field_forms)

    def _thing_acronyms(self, doc: Doc, ent: Span, name: str) -> set[str]:
        """The acronym a thing that is no body takes in the text ("Ειδικός Φόρος Κατανάλωσης
        (ΕΦΚ)", or the mention itself in such parentheses): its later mentions name the thing."""
        lex, key = self.lex, fold(name)
        if self._alias_of_thing(ent) or self._named_thing(ent):
            return {key}  # "του αγωγού EastMed", later "ο EastMed": the thing again
        if greek_ratio(name) < 0.5 and (" " in name or any(c.isdigit() for c in name)) \
                and (self._after_thing_noun(ent) or _thing_apposition(ent)):
            # "το σκάφος Helios-2", later "το Helios-2": a model's or a craft's full name, no maker's
            acronym = self._parenthesised_acronym(doc, ent)
            return {key} | ({fold(acronym)} if acronym and ACRONYM.match(acronym) else set())
        if not (key in lex.programmes or key in self._not_org_names
                or (self._is_thing(name) and not self._body_first(name))):
            return set()
        acronym = self._parenthesised_acronym(doc, ent)
        return {fold(acronym)} if acronym and ACRONYM.match(acronym) else set()

    def _alias_of_thing(self, ent: Span) -> bool:
        """Whether the mention stands in parentheses after the capitalised name of a thing that
        is no body ("Πρόγραμμα εξ Αποστάσεως Εκπαίδευσης (E-Learning)"): that thing's other name."""
        doc, i = ent.doc, ent.start - 1
        if i < 1 or doc[i].text != "(" or ent.end >= len(doc) or doc[ent.end].text != ")":
            return False
        j = i
        while j > 0 and i - j < 8 and (doc[j - 1].text[:1].isupper() or fold(doc[j - 1].text) in _NAME_INNER):
            j -= 1
        while j < i and not doc[j].text[:1].isupper():
            j += 1
        return j < i and self.lex.is_not_org(doc[j:i].text)

    def _plural_kinds(self, doc: Doc) -> frozenset[tuple[str, str]]:
        """Adjective and head of each body noun phrase the text uses in the plural ("των Εμπορικών
        Συλλόγων", "τους ιατρικούς συλλόγους"), by their stems."""
        out: set[tuple[str, str]] = set()
        for i in range(1, len(doc)):
            forms = self._org_head_forms.get(fold(doc[i].text))
            if forms and all(not any(s.endswith("_sg") for s in e.slots) for e in forms) \
                    and _looks_modifier(doc[i - 1].text):
                out.add((_word_stem(doc[i - 1].text), _word_stem(doc[i].text)))
        return frozenset(out)

    def _kind_key(self, name: str) -> tuple[str, str] | None:
        """(adjective, head) stems of a name made of one adjective and a head noun only."""
        words = name.split()
        forms = self._org_head_forms.get(fold(words[1]), ()) if len(words) == 2 else ()
        if not any(s.endswith("_sg") for e in forms for s in e.slots) or not _looks_modifier(words[0]):
            return None  # "Δημόσια Ταμεία" is the plural itself
        return _word_stem(words[0]), _word_stem(words[1])

    def _named_thing(self, ent: Span) -> bool:
        """Whether a lower-case noun of a thing that is no body (a project, a programme, a prize)
        stands right before the name, maybe with quotes: "του έργου «ΕΡΜΗΣ»"."""
        doc, i = ent.doc, ent.start - 1
        while i >= 0 and doc[i].text in _QUOTES:
            i -= 1
        if i >= 1 and fold(doc[i].text) == "τυπου" and fold(doc[i - 1].text) in _PRESS_NOUNS:
            return self._in_title(ent)  # "σε δελτίο τύπου ΕΛΑΣ": the press, and a body's name
        return (i >= 0 and doc[i].is_lower and fold(doc[i].text) in _NAMING_NOUNS) or self._in_title(ent)

    @staticmethod
    def _after_thing_noun(ent: Span) -> bool:
        """Whether a lower-case noun of a made thing stands right before the mention, maybe with quotes
        ("το σκάφος Helios-2", "η εφαρμογή «Pixly»"): the name is that thing's. Its genitive only
        after an article or an agreeing word ("του σεληνιακού δορυφόρου Selene"): a bare genitive
        after another noun is that noun's field ("η εταιρεία λογισμικού Nexora" names the company)."""
        doc, i = ent.doc, ent.start - 1
        while i >= 0 and doc[i].text in _QUOTES:
            i -= 1
        if i < 0 or not doc[i].is_lower:
            return False
        word = fold(doc[i].text)
        if word in _THING_NOUNS:
            return True
        if word not in _THING_GENITIVES or i == 0:
            return False
        before = doc[i - 1]
        return fold(before.text) in _GEN_ARTICLES or (before.is_lower and fold(before.text)[-2:] == word[-2:])

    def _gloss(self, ent: Span, name: str) -> bool:
        """Whether the mention is an English phrase alone in parentheses right after Greek words in
        small letters ("μεταμεσονύκτιες προβολές (After Hours)"): the English label of what those
        words describe, not a body's name (unless a word of it says body: "Agency", "Club")."""
        doc, i = ent.doc, ent.start
        if i < 2 or doc[i - 1].text != "(" or ent.end >= len(doc) or doc[ent.end].text != ")":
            return False
        before = doc[i - 2]
        if not (before.is_lower and before.is_alpha and greek_ratio(before.text) >= 0.5):
            return False
        words = name.split()
        return len(words) > 1 and greek_ratio(name) < 0.5 and not ACRONYM.match(name) \
            and not any(fold(w) in self.lex.latin_body_words for w in words)

    @staticmethod
    def _in_title(ent: Span) -> bool:
        """Whether the mention stands inside a «» quote opened right after the noun of a work
        ("το βιβλίο «Quiet Rooms: A Short History of Silence»"): a piece of the work's title."""
        doc, i = ent.doc, ent.start - 1
        while i >= 0 and ent.start - i <= 15 and doc[i].text not in ("«", "»") and not doc[i].is_sent_end:
            i -= 1
        if i < 1 or doc[i].text != "«":
            return False
        return doc[i - 1].is_lower and fold(doc[i - 1].text) in _work_nouns()

    def _pieces(self, doc: Doc, ents: list[Span]) -> list[tuple[Span, Span | None]]:
        """The organisation mentions, each with the body it belongs to when its name goes on
        into that body's name ("Συμβουλίου Διοίκησης | του Εθνικού ... Πανεπιστημίου Αθηνών"):
        the whole chain is the name (the guide's "full form as in the text"), and the body
        named in the genitive is a mention of its own."""
        orgs = [e for e in ents if e.label_ in ORG_LABELS]
        out: list[tuple[Span, Span | None]] = [(e, None) for e in ents if e.label_ in PLACE_LABELS]
        field: set[int] = set()  # orgs that are the field of the one before, no body
        for k, ent in enumerate(orgs):
            if k in field:
                continue
            nested = self._split_nested(ent)
            if len(nested) == 2:
                out += [(ent, nested[1]), (nested[1], None)]
                continue
            nxt = orgs[k + 1] if k + 1 < len(orgs) else None
            if nested and nxt is not None and nxt.start == ent.end + 1 and fold(doc[ent.end].text) in _GEN_ARTICLES \
                    and (self._headed(ent) or self._opened_by_head(ent)) and not (nxt.end < len(doc) and fold(doc[nxt.end].text) in self.lex.possessive):
                parent_name = organisation_nominative(nxt.text)
                own = fold(organisation_nominative(ent.text))
                # "Δημοτικό Συμβούλιο του Δήμου Χ": an organ every such body has stays a reference
                if (own not in self.lex.generic_orgs or self._organ_of_named(own, parent_name)
                        or self._listed(organisation_nominative(doc[ent.start:nxt.end].text))) \
                        and fold(parent_name) not in self.lex.generic_orgs \
                        and not self.lex.is_venue(parent_name):
                    if self._field_of(nxt):
                        # "Ινστιτούτο Μελετών | της Αρχαίας Εγγύς Ανατολής": the genitive is the
                        # institute's field, no body of its own; the acronym after it is the whole's
                        out.append((doc[ent.start:nxt.end], None))
                        field.add(k + 1)
                    else:
                        out.append((doc[ent.start:nxt.end], nxt))
                    continue
            out.extend((p, None) for p in nested)
        return sorted(out, key=lambda piece: piece[0].start)

    def _double_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"της Καμεράτα - Ορχήστρας των Φίλων", "η Εθνική Πινακοθήκη – Μουσείο Χ": a body's name after
        an article, a spaced dash and a capitalised body head in a case that article shows is one body
        with a double name: the one article governs both parts, and the part after the dash agrees with
        it (two bodies paired by a dash take no article: "συνάντηση ΚΕΔΕ - Υπουργείου"). The second part
        runs on over capitalised words (an article or "και" inside) and takes the place of what the
        model saw there."""
        out = list(ents)
        for ent in ents:
            if ent.label_ not in ORG_LABELS or ent.start == 0 or ent.end + 1 >= len(doc) \
                    or doc[ent.end].text not in _DASHES or ent not in out:
                continue
            cases = _ARTICLE_CASES.get(fold(doc[ent.start - 1].text))
            head = doc[ent.end + 1]
            if not cases or not head.text[:1].isupper() or head.text.isupper() or not any(
                    f"{case}_sg" in c.slots for c in self._org_head_forms.get(fold(head.text), ()) for case in cases):
                continue
            end = k = ent.end + 2
            while k < len(doc) and k - ent.end < 10:
                word = doc[k].text
                if word[:1].isupper() and any(c.isalpha() for c in word):
                    end = k + 1
                elif fold(word) not in _NAME_INNER and not (word == "." and k == end):
                    break
                k += 1
            span = doc.char_span(ent.start_char, doc[end - 1].idx + len(doc[end - 1]), label=ent.label_)
            if span is None:
                continue
            out = [e for e in out if e.end <= span.start or e.start >= span.end] + [span]
        return sorted(out, key=lambda e: e.start)

    def _listed(self, name: str) -> bool:
        """Whether a name, its dotted acronyms written without dots ("Συμβούλιο της Ε.Ε."), is a
        listed body's: an organ every body has ("Συμβούλιο") is a name where the list says so."""
        return _undotted(fold(name)) in self.lex.known_orgs

    def _organ_of_named(self, own: str, parent_name: str) -> bool:
        """"Διοικητικό Συμβούλιο της ΕΣΕΕ": an organ named by a kind and a modifier (two words
        or more) of a body that is no administrative unit is that body's organ, a name; the
        organs of a municipality or a region ("Δημοτικό Συμβούλιο του Δήμου Χ") stay references.
        So do those of a body whose head a document may call "ours" ("του Πανεπιστημίου Κρήτης"),
        unless the list knows that body and its head is none that signs releases (linking.json
        "publisher_heads" "named_in_signature"): an organ of the listed "Οργανισμός Ηνωμένων
        Εθνών" is named as the same organ of "ΟΗΕ" is."""
        if len(own.split()) < 2 or _has_head(parent_name, self.lex.admin_units, first=1):
            return False
        if not _has_head(parent_name, self.lex.publisher_heads, first=1):
            return True
        return self._listed(parent_name) and not _has_head(parent_name, sorted(self.lex.signature_heads), first=1)

    def _field_of(self, ent: Span) -> bool:
        """Whether a name in the genitive after a body's names a field, not a body: Greek words
        (two or more), none of them a body head, no acronym, no listed body."""
        words = [t for t in ent if t.is_alpha]
        folded = tuple(fold(t.text) for t in ent)
        if any(folded[i:] in self._places for i in range(1, len(folded))):
            return False  # "της Ασφάλειας Θεσσαλονίκης": a body named by its kind and its seat
        return len(words) >= 2 and len(words) == len(ent) and greek_ratio(ent.text) == 1.0 \
            and not any(fold(t.text) in self._org_heads or t.text.isupper() for t in ent) \
            and fold(organisation_nominative(ent.text)) not in self.lex.known_orgs \
            and fold(ent.text) not in self.lex.known_orgs

    def _headed(self, ent: Span) -> bool:
        """Whether a name starts with an organisation head noun (after one adjective)."""
        heads = self._org_heads
        return fold(ent[0].text) in heads or (len(ent) > 1 and fold(ent[1].text) in heads)

    def _opened_by_head(self, ent: Span) -> bool:
        """Whether a name opens with its head noun after the capitalised adjectives that a Greek noun
        phrase puts before its head, two of them joined by "και" too: "Κέντρο ...", "Ενιαίο
        Συντονιστικό Κέντρο", "Ειδική και Διαρκής Επιτροπή" (up to three words before the head)."""
        heads = self._org_heads
        for k in range(min(len(ent), 4)):
            word = fold(ent[k].text)
            if word in heads:
                return True
            after_and = k >= 2 and fold(ent[k - 1].text) in _AND_WORDS
            if not (ent[k].text[:1].isupper() and (_looks_modifier(word) or after_and)) \
                    and not (k > 0 and word in _AND_WORDS and ent[k - 1].text[:1].isupper()):
                return False
        return False

    def _chain_key(self, doc: Doc, ent: Span, parent: Span | None) -> str | None:
        """"σχολη νομικη -> αριστοτελειο πανεπιστημιο θεσσαλονικησ": a department keyed by its
        own name and its body's canonical name, so the acronym and the full form meet."""
        if parent is None or parent.start <= ent.start:
            return None
        own = organisation_nominative(doc[ent.start:_own_end(doc, parent)].text)
        body = organisation_nominative(parent.text)
        body = self.lex.known_orgs.get(fold(body), body)
        return f"{fold(own)} -> {fold(body)}"

    def _place_acronyms(self, doc: Doc, ents: list[Span]) -> frozenset[str]:
        """Folded acronyms in parentheses right after a country or other place ("Ηνωμένα Αραβικά
        Εμιράτα (UAE)"): the place's own abbreviation, not a body's, wherever the text uses it."""
        out: set[str] = set()
        for ent in ents:
            if ent.label_ not in ("GPE", "LOC") or ent.end + 2 >= len(doc) or doc[ent.end].text != "(" \
                    or doc[ent.end + 2].text != ")" or self._headed(ent) or self.lex.is_admin_unit(ent.text):
                continue
            acronym = greek_acronym(doc[ent.end + 1].text)
            # one letter a word of the name ("Ηνωμένες Πολιτείες Αμερικής (ΗΠΑ)"); "Ιαπωνίας (WOWOW)"
            # gives a body of that country
            words = sum(1 for t in ent if t.text[:1].isupper())
            if ACRONYM.match(acronym) and words >= 2 and sum(c.isalpha() for c in acronym) == words:
                out.add(fold(acronym))
        return frozenset(out)

    @staticmethod
    def _defined_acronyms(doc: Doc, ents: list[Span]) -> dict[int, str]:
        """Start token of a name in parentheses right after an acronym -> that acronym."""
        out: dict[int, str] = {}
        for ent in ents:
            i = ent.start
            if ent.label_ in ORG_LABELS and i >= 2 and doc[i - 1].text == "(" and ent.end < len(doc) \
                    and doc[ent.end].text == ")" and ACRONYM.match(doc[i - 2].text) and len(ent) > 1:
                out[i] = doc[i - 2].text
        return out

    @staticmethod
    def _other_name_in_parentheses(doc: Doc, ent: Span, name: str, paren: tuple[int, int, LinkedOrg]) -> bool:
        """Whether the mention is one of several names of the body before the parentheses it stands
        in, parted by punctuation alone: "Διεθνής Επιτροπή ... (ICPC: International Cable Protection
        Committee)", "(ENISA, European Union Agency for Cybersecurity)". Only an acronym or a name in
        the other script: a Greek name after a Greek one is another body ("(Τμήμα Ιατρικής)")."""
        start, close, host = paren
        if not start <= ent.start or ent.end > close or not all(t.is_punct for t in doc[start:ent.start]):
            return False
        if not all(t.is_punct for t in doc[ent.end:close]) and not (ent.end < close and doc[ent.end].is_punct):
            return False
        return bool(ACRONYM.match(name)) or (greek_ratio(name) >= 0.5) != (greek_ratio(host.name) >= 0.5)

    @staticmethod
    def _translated_name(doc: Doc, ent: Span, end: int, name: str) -> bool:
        """Whether the mention stands alone in parentheses right after a body's name written in
        the other script ("Διεθνής Αμνηστία (Amnesty International)"): the same body's other name."""
        if ent.start != end + 1 or doc[end].text != "(" or ent.end >= len(doc) or doc[ent.end].text != ")":
            return False
        return (greek_ratio(ent.text) >= 0.5) != (greek_ratio(name) >= 0.5) and not ACRONYM.match(ent.text)

    def _split_nested(self, ent: Span) -> list[Span]:
        """"Ινστιτούτο Μοριακής Βιολογίας του Ιδρύματος Τεχνολογίας και Έρευνας" names two bodies."""
        heads = self._org_heads
        doc = ent.doc
        # a name that goes on into another body's ("... της Θεολογικής Σχολής | του ΕΚΠΑ") is one
        # chain: only a head right after the article splits it
        chained = ent.end + 1 < len(doc) and fold(doc[ent.end].text) in _GEN_ARTICLES
        for i in range(1, len(ent) - 1):
            # (after modifiers only where the first part is no organ every body has: "Διοικητικό
            # Συμβούλιο της Κεντρικής Ένωσης Δήμων" stays one mention of the union)
            if fold(ent[i].text) in _GEN_ARTICLES and fold(ent[0].text) in heads | self._head_adjectives(ent) \
                    and (fold(ent[i + 1].text) in heads or (not chained and self._headed_at(ent, i + 1) and fold(
                        organisation_nominative(ent[:i].text)) not in self.lex.generic_orgs)):
                if i + 2 >= len(ent) or fold(ent[i + 2].text) in self.lex.possessive:
                    # "Διεύθυνση Πολιτισμού του Δήμου": a department of the issuing body,
                    # which the entity list keeps; it is not a separate organisation.
                    return []
                return [ent[:i], ent[i:]]
        return [ent]

    def _headed_at(self, ent: Span, k: int) -> bool:
        """Whether a body's name starts at token k of ``ent``: its head, or up to two capitalised
        modifiers and then its head ("της Γερμανικής Ποδοσφαιρικής Λίγκας")."""
        for j in range(k, min(k + 3, len(ent))):
            word = fold(ent[j].text)
            if word in self._org_heads:
                return True
            if not (ent[j].text[:1].isupper() and _looks_modifier(word)):
                return False
        return False

    def _head_adjectives(self, ent: Span) -> set[str]:
        # "Εθνικό Κέντρο ...": the first word may be an adjective before the head.
        return {fold(ent[0].text)} if len(ent) > 1 and fold(ent[1].text) in self._org_heads else set()

    def _glued(self, text: str) -> bool:
        """True when a mention runs two words together without their space ("ΗΠΑθα", "στοTwitter",
        "ΕυρώπηΜετανάστευση"), where one side of the case change is a word of its own (see
        :data:`_CAPS_THEN_SMALL`); a name styled with capitals inside it ("ΜέΡΑ25") is none."""
        def known(head: str) -> bool:
            return (fold(head),) in self._places or fold(head) in self.lex.known_orgs

        for m in _CAPS_THEN_SMALL.finditer(text):
            caps, small = m.groups()
            if _whole_word(small) or known(caps) or (len(caps) > 2 and known(caps[:-1])):
                return True  # "ΗΠΑ|θα", "ΗΠΑ|Ντόναλντ"
        for m in _STRESSED_THEN_CAPITAL.finditer(text):
            head, tail = m.groups()
            # (a word run in opens with one capital; more after it style a name: "ΝέΟΙ")
            if (_whole_word(tail) and tail[1:] == tail[1:].lower()) or known(head):
                return True  # "Ευρώπη|Μετανάστευση", "Εκτέλεση|Πρώτα"
        return any(_whole_word(m.group(1)) for m in _GREEK_THEN_LATIN.finditer(text)) \
            or any(_whole_word(m.group(1)) for m in _LATIN_THEN_GREEK.finditer(text))

    @staticmethod
    def _up_to_acronym(doc: Doc, ent: Span) -> Span:
        """"της Ειδικής Γραμματείας Διαχείρισης ιδιωτικού Χρέους (ΕΓΔΙΧ)": an acronym in parentheses
        up to three words after a body's name, whose letters are the initials of the name and of
        those words and not of the name alone, shows where the writer's name ends: the words (a
        small letter the NER stopped at) are part of it."""
        j = ent.end
        while j < len(doc) and j - ent.end < 3 and doc[j].is_alpha:
            j += 1
        if j == ent.end or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
            return ent
        acronym = greek_acronym(doc[j + 1].text)
        key = fold(acronym).replace(".", "")
        if not ACRONYM.match(acronym) or not key.isalpha() or _initials(ent.text) == key \
                or _initials(doc[ent.start:j].text) != key:
            return ent
        return doc.char_span(ent.start_char, doc[j - 1].idx + len(doc[j - 1]), label=ent.label_) or ent

    @staticmethod
    def _parenthesised_acronym(doc: Doc, ent: Span) -> str | None:
        """"Χ (ΑΚΡ)", "Χ (WRO Hellas)", "Χ (HILab)": a short name in parentheses right after a body's name."""
        if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            cand = doc[ent.end + 1].text
            if ACRONYM.match(cand) or (MIXED_SHORT_NAME.match(cand) and ent.text[:1].isupper()):
                return cand
        close = next((k for k in range(ent.end + 2, min(len(doc), ent.end + 5)) if doc[k].text == ")"), None)
        if ent.end < len(doc) and doc[ent.end].text == "(" and close is not None:
            inner = doc[ent.end + 1:close]
            if any(ACRONYM.match(t.text) for t in inner) and all(t.text[:1].isupper() for t in inner):
                return inner.text
        return None

