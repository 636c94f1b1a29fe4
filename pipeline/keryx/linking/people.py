"""People: PERSON entities → one person per individual, in the nominative, with an honorific.

Mentions of the same person ("ο Σταύρος Τζουλάκης", "του κ. Τζουλάκη", "ΤΖΟΥΛΑΚΗΣ") merge
into one: full names are read first, so that surname-only mentions find them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from keryx.extensions import doc_text
from keryx.io.normalise import lookalikes
from keryx.lang.el import read_json
from keryx.lang.el.grammar import (age_word, article_forms, genitive_endings, genitive_finals, indefinite_articles,
                                   name_link_words, origin_adjective_endings, oxytone_masculine_case_endings)
from keryx.lang.el.honorifics import MESSRS, read_honorifics
from keryx.lang.el.text import fold, is_greek_char
from keryx.linking.lexicon import ACRONYM, LinkingLexicon, stem
from keryx.linking.model import PERSON_LABELS, LinkedPerson, Offsets, in_labelled_list
from keryx.linking.names import (
    NameLexicon,
    article_case_gender,
    common_given_name,
    foreign_first_name,
    greek_first_name,
    indeclinable_in_o,
    person_nominative,
    place_kind_forms,
    undeclined,
    woman_name_after_title,
)
from keryx.linking.names.inflection import _is_greek_word
from keryx.linking.names.lexicon import COMMON_GIVEN_FREQUENCY, NameEntry

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Span, Token

# "οι κκ Χ και Ψ": one honorific, many names (honorifics.tsv: the forms of "κ.κ.")
_PLURAL_HONORIFICS = frozenset(h.key for h in read_honorifics() if h.canonical == MESSRS)
_RELABEL = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
_MAX_NAME = 3  # tokens of a name found by rule
_MAX_TITLE = 12  # tokens of a quoted title
_QUOTE_PAIRS = {"«": "»", '"': '"', "'": "'", "“": "”", "‘": "’"}
_NEUTER_ARTICLES = article_forms(lambda a: a.gender == "n", contracted=None)
_NEUTER_SINGULAR = article_forms(lambda a: a.gender == "n" and a.number == "sg", contracted=None)
_HOUSE_NUMBER = re.compile(r"\d{1,3}[Α-Ωα-ωA-Za-z]?(?:[-–]\d{1,3})?")
_ADDRESS_CLOSERS = frozenset({",", ".", ")", ";", "·", "&", "και"})
# Folded word starts before which "τον"/"στον" keep their final -ν (vowels, κ π τ ξ ψ and the
# digraphs μπ ντ γκ τσ τζ): the Greek spelling rule of the final -ν.
_KEEPS_FINAL_N = ("α", "ε", "η", "ι", "ο", "υ", "ω", "κ", "π", "τ", "ξ", "ψ", "μπ", "ντ", "γκ")
_LATIN_KEEPS_FINAL_N = frozenset("aeiouybcdgjkpqtx")  # Latin initials read with a sound that keeps "τον"'s -ν
_NOT_NEUTER_NOUNS = frozenset({"μονο", "λιγο"})  # adverbs in -ο before a quote
# Labels that take a bare PERSON of the same words; not NORP: many Greek surnames are
# ethnonyms ("Αλβανός", "Βλάχος", "Φράγκος"), so a people's name elsewhere says nothing.
_ONE_SENSE = frozenset({"ORG", "GPE", "LOC", "FAC"})
_LINKING = read_json("linking.json")
# masculine/feminine plural articles, and the genitive plural: "οι Rolling Stones", a group
_PLURAL_ARTICLES = frozenset(fold(w) for w in _LINKING["plural_articles"])
# prepositions a name follows with its article ("με τους Λέικερς"): "τους" there is the article
_PREPOSITIONS = frozenset(fold(w) for w in _LINKING["name_prepositions"])
# Lower-case nouns of a building's, a camp's or a vessel's kind, in the nominative or the
# accusative, whose own name follows them: "στο νοσοκομείο Χατζηκώστα" (linking.json "facility_words").
_FACILITY_WORDS = frozenset(fold(w) for w in _LINKING["facility_words"])
_SEE_TITLES = tuple(_LINKING["see_titles"])  # a bishop's titles, written before his see and his name
# The names of worship (God, Christ, the Virgin, the Devil), lower-cased with their accents kept:
# folded, "Χριστός" would be the first name "Χρίστος" (linking.json "sacred_names").
_SACRED_NAMES = frozenset(unicodedata.normalize("NFC", w.lower()) for w in _LINKING["sacred_names"])


def _title_key(word: str) -> str:
    """Lower case, with the accent of the first letter dropped: a capital often loses it ("Αγιο"
    for "Άγιο"), while the accent further on still tells "αγία" (a saint) from "άγια" (a name)."""
    low = unicodedata.normalize("NFC", word.lower())
    first = "".join(c for c in unicodedata.normalize("NFD", low[:1]) if not unicodedata.combining(c))
    return first + low[1:]


_SAINT_TITLES = frozenset(_title_key(w) for w in _LINKING["saint_titles"])


def is_saint_title(word: str) -> bool:
    """"Άγιο", "Αγίας", "Όσιο": a saint's title (linking.json "saint_titles"), any case, the
    accent of its capital written or dropped; the people and the places both ask."""
    return _title_key(word) in _SAINT_TITLES


def _public_place_name(doc: Doc, ent: Span) -> bool:
    """A name right after the noun of a public place, bare or after the genitive article ("στην οδό
    Χ", "της λεωφόρου Χ", "στην πλατεία του Χ", "τα Στενά του Χ", "η γέφυρα του Χ"): a street or a
    square named after someone is no one, and no person owns a strait, a bridge or a port, so the
    genitive there names the place, not an owner ("το σπίτι του Χ" may name a person: a house is
    no public place)."""
    i = ent.start - 1
    if i > 0 and doc[i].text.islower() and fold(doc[i].text) in _GENITIVE_ARTICLES:
        i -= 1
    return i >= 0 and doc[i].is_alpha and fold(doc[i].text) in _PUBLIC_PLACE_WORDS and "\n" not in doc[i].whitespace_


def _saint_title(doc: Doc, ent: Span) -> bool:
    """A saint's title right before the name ("στον Αγιο Νικόλαο") or as its first word ("Όσιος
    Λουκάς"), the name itself after it ("Απόστολος", a man's name, is no title)."""
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    if before[:1].isupper() and _title_key(before) in _SAINT_TITLES:
        return True
    words = [t.text for t in ent if t.is_alpha or t.text.endswith(".")]
    return len(words) > 1 and words[0][:1].isupper() and _title_key(words[0]) in _SAINT_TITLES


# What makes a one-word name after it a kind of person ("μια Φιλιππινέζα", "καμία Ελένη"): the
# indefinite article (role_grammar.json) and the negative indefinite pronoun (linking.json).
_KIND_DETERMINERS = indefinite_articles() | frozenset(
    fold(w) for key in ("negative_indefinites", "some_indefinites") for w in _LINKING[key])
# the case forms of linking.json "recent_common_nouns" (masculine, in -ός): common nouns only
_RECENT_NOUNS = frozenset(w[:-2] + end for w in _LINKING["recent_common_nouns"]
                          for end in oxytone_masculine_case_endings())
# an age adjective written with digits ("19χρονος", "51χρονη"), which may stand between them
_AGE_WORD = age_word()
_PORTRAYAL = _LINKING["portrayal"]
_PORTRAYAL_VERBS = tuple(fold(w) for w in _PORTRAYAL["verbs"])
_OBJECT_RELATIVES = frozenset(fold(w) for w in _PORTRAYAL["relatives"])
_PART_NOUNS = frozenset(fold(w) for w in _PORTRAYAL["part"])
_REPEAT_PART = frozenset(fold(w) for w in _PORTRAYAL["repeat_part"])
_CHARACTER_NOUNS = frozenset(fold(w) for w in _PORTRAYAL["character"])
_HERO_NOUNS = frozenset(fold(w) for w in _PORTRAYAL["hero"])
_PART_REACH = 6  # tokens before "αυτούς των Χ" that the part noun it repeats may stand
_APPOSITION_ARTICLES = article_forms(lambda a: a.number == "sg")
_PREPOSITION_ARTICLES = article_forms(lambda a: a.number == "sg", contracted=True)
# Words that may stand bare before a person's name: the definite articles (inflection.json "articles"
# with a case, and "στου", "στης" of linking.json "role_prepositions"), the plural articles, the
# prepositions, the honorifics written short in the nominative ("κ", "κος", "κα"), and the indefinite
# articles (role_grammar.json), the conjunctions and particles of linking.json "function_words"
# ("ότι Χ", "όπως ο Χ"); any other lower-case word there is a noun.
_FUNCTION_WORDS = frozenset(
    {fold(w) for w, (case, *_) in read_json("inflection.json")["articles"].items() if case}
    | {fold(w) for w in _LINKING["role_prepositions"]}
    | _PLURAL_ARTICLES | _PREPOSITIONS
    | {h.key for h in read_honorifics() if h.case == "nom" and len(h.key) <= 3}
    | {fold(w) for words in _LINKING["function_words"].values() for w in words}
    | indefinite_articles())
_LIST_LINKS = frozenset({",", "και", "&", "/", "ή"})
# UD's closed word classes (and the copula): a word of these names no one, whatever precedes it
_NOUN_ONLY = frozenset({"NOUN"})
CLOSED_CLASSES = frozenset({"ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART", "AUX"})
_DASHES = frozenset({"-", "–", "—"})
# the marks that close a sentence ("Ψίχουλα.", "Όλεθρος!", "Τι είπε;", "…") and the words that join
# a list's or a pair's names ("Γιαννούλης, Μπίσεσβαρ", "Κραφτ κι Γκλαντίρ", "Αλεξίου - Παππάς")
_SENTENCE_ENDS = ".!;…"
_PAIR_LINKS = _LIST_LINKS | {"κι"} | _DASHES
_SCORE = re.compile(r"\d{1,3}[-–:]\d{1,3}")
_MINUTE = re.compile(r"\d{1,3}[΄'’′]")  # "84΄": the minute a substitute came on
# the data lines of a game report: "Αποστολή: Χ, Ψ", "Διαιτητές: Χ, Ψ" (linking.json "line_up_heads")
_LINE_UP_HEADS = frozenset(fold(w) for w in _LINKING["line_up_heads"])
_LINE_UP_HEAD_REACH = 3  # tokens before the colon a head may stand ("Η αποστολή της ομάδας:")
_MAX_BRACKET = 24  # tokens of a line-up item's bracket: a volley player's points and rates
# a monarch's or a pope's number: Greek numerals to 39 with the keraia ("Γ΄", "ΙΣΤ΄", "Β'"), or Roman ("XIV")
_REGNAL_NUMBER = re.compile(r"(?:Λ|Κ|Ι)?(?:ΣΤ|Ϛ|[Α-ΕΖΗΘ])?(?<=[Α-ΩϚ])['΄’ʹ]|(?=[IVX]{1,6}$)X{0,3}(?:IX|IV|V?I{0,3})")
_GLUED_INITIAL = re.compile(r"[Α-ΩA-Z][α-ωa-z]{0,2}\.[Α-ΩΆΈΉΊΌΎΏA-Z][\w]+")  # "Φ.Μεντί"
_ABSTRACT_ENDINGS = ("ισμοσ", "ισμου", "ισμο", "ισμοι", "ισμων", "ισμουσ")
_REVERSE = frozenset({"ORG", "GPE", "LOC"})  # labels a person's name is misread as
_NAME_LINKS = name_link_words()  # the words that join a body's name ("of", "the", "le", "de", "και")
# A Greek word ends in a vowel, -ς or -ν (a few neuters in -ρ), with a vowel before a final -ς;
# a word in Greek letters that ends otherwise ("Τοντ", "Ρικ", "Μπλανς") is a foreign name
# written in Greek, which does not decline.
# Lower-case nouns of a place's kind that its name follows in apposition ("της κομητείας Χ"), but
# not of a place an office heads: "ο πρόεδρος της χώρας Χ" names the president.
_PLACE_KIND_WORDS = place_kind_forms("apposition", headed=False)
# Nouns of a public way or work that no one owns (a street, a square, a strait, a bridge, a port):
# the name after them is the place's own, even a person's full name ("στην οδό Λάμπρου Κατσώνη").
_PUBLIC_PLACE_WORDS = place_kind_forms("public")
_ANY_ARTICLES = article_forms(contracted=None)
# A role's bare genitive complement ("εισαγγελέας ποινικής δίωξης"): at most this many words, each
# with a genitive's own ending (inflection.json "genitive_finals": -ς, -ου, -ων).
_MAX_BARE_COMPLEMENT = 3
_GENITIVE_FINALS = genitive_finals()
_GENITIVE_ARTICLES = article_forms(lambda a: "gen" in a.cases)
_ACCUSATIVE_ARTICLES = article_forms(lambda a: "acc" in a.cases)
_INTO_ARTICLES = article_forms(lambda a: "acc" in a.cases, contracted=True)  # "στον", "στους"
_NOUN_GENITIVE_ENDINGS = genitive_endings()  # folded: a lower-case noun in the genitive
_SINGULAR_ARTICLES = article_forms(lambda a: a.number == "sg" and a.gender != "n")
_ALL_SINGULAR_ARTICLES = article_forms(lambda a: a.number == "sg", contracted=None)  # "ο", "το", "στον"
# the articles a person's name takes: masculine or feminine singular, bare or fused with "σε" ("στον")
_SINGULAR_PERSON_ARTICLES = article_forms(lambda a: a.number == "sg" and a.gender != "n", contracted=None)
_FEMININE_SINGULAR_ARTICLES = article_forms(lambda a: a.number == "sg" and a.gender == "f", contracted=None)
_ROLE_PHRASE_REACH = 6  # words a role phrase's head may stand before the comma of its apposition
# Folded endings of Greek demonyms and adjectives of origin, singular, both genders, every case
# ("Αθηναίος", "Κρητικός", "Σπαρτιάτης", "Μυτιληνιός", "Ηπειρώτης", "Χανιώτισσα", "Αμερικανός").
_DEMONYM_ENDINGS = tuple(unicodedata.normalize("NFC", w) for w in (
    "αίος", "αία", "αίου", "αίο", "άτης", "άτη", "άτισσα", "ικός", "ική", "ικού", "ικό", "ιάτης", "ιάτη", "ιάτισσα", "ιάτισσας",
    "ιώτης", "ιώτη", "ιώτισσα", "ιώτισσας", "ώτης", "ώτη", "ώτισσα", "ίτης", "ίτη", "ίτισσα", "ίτισσας",
    "ανός", "ανή", "ανού", "ανό", "ινός", "ινή", "ινού", "ινό", "ιός", "ιού", "ιά", "ιό",
    "έζος", "έζα", "έζου", "έζο", "ίδα", "ίδας", "ισσα", "ισσας", "ος", "ου", "ό",  # and any -ος/-ου/-ό word
))
# The demonym endings a surname seldom has: those of three letters or more ("-ινός", "-ίτης", not "-ος")
_ORIGIN_ENDINGS = tuple(e for e in _DEMONYM_ENDINGS if len(e) >= 3)
_ORIGIN_ADJECTIVE_ENDINGS = origin_adjective_endings()  # "-ινός", "-αίων", "-ιώτες", "-ικης": every case and number
_GREEK_ENDINGS = ("α", "ε", "η", "ι", "ο", "υ", "ω", "σ", "ν", "ρ")
_VOWELS = frozenset("αεηιουω")
_COUNTRY_CODE = re.compile(r"[A-Z]{2,3}")
_VERB_ENDINGS = ("ουν", "ειν")  # a third person plural or an infinitive: "Παίζουν", not a name
# A word glued to a name before it, ending in an acronym: "τηςΝΔΆγγελος" ("της ΝΔ Άγγελος").
# Two capitals at least before the name's own capital, so "ΝτεΣόν", "ΜακΓκρέγκορ" stay whole.
_GLUED = re.compile(r"(\w*?[Α-ΩΆΈΉΊΌΎΏ]{2,})([Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)")


# Two words run together, each with its own capital and accent: "ΣουμήΜουσική" ("Σουμή" ending a
# line of credits, "Μουσική" opening the next). A prefix without an accent ("ΜακΚάν", "ΝτεΣόν") is
# part of a foreign name, and Greek accents every word of two syllables or more.
_RUN_TOGETHER = re.compile(r"([Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)([Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)")
_ACCENTED = frozenset("άέήίόύώΐΰ")  # the lower-case letters with a tonos


def _two_words(word: str) -> tuple[str, str] | None:
    """The two words of one written as two Greek words run together, each accented, else None."""
    m = _RUN_TOGETHER.fullmatch(word)
    if m is None or not all(_ACCENTED & set(part.lower()) for part in m.groups()):
        return None
    return m.group(1), m.group(2)


@functools.cache
def _neuter_noun_endings() -> tuple[str, ...]:
    """Folded endings of the neuter nouns in -μα (inflection.json ``neuter_noun_endings``)."""
    return tuple(fold(x) for x in read_json("inflection.json")["neuter_noun_endings"])


@functools.cache
def _action_noun_endings() -> tuple[str, ...]:
    """The endings of the feminine nouns of an action (inflection.json ``action_noun_endings``), accented."""
    return tuple(unicodedata.normalize("NFC", x) for x in read_json("inflection.json")["action_noun_endings"])


def _neuter_noun(word: str) -> bool:
    """"Μαγείρεμα 9΄", "Καλωσόρισμα:", "επέζησε του Ολοκαυτώματος": a word of five letters or
    more in Greek letters with the ending of a neuter noun in -μα, which no person's name has.
    Such a noun never stresses its last syllable, a foreign surname may ("Μπενζεμά")."""
    return (len(word) >= 5 and _is_greek_word(word) and fold(word).endswith(_neuter_noun_endings())
            and "\u0301" not in unicodedata.normalize("NFD", word[-2:]))


def _foreign_in_greek(word: str) -> bool:
    """"Τοντ", "Μπλανς": Greek letters with an ending no Greek word has."""
    f = fold(word)
    if not f.isalpha() or not all("\u0370" <= c <= "\u03ff" for c in f):
        return False
    return not f.endswith(_GREEK_ENDINGS) or (len(f) > 1 and f.endswith("σ") and f[-2] not in _VOWELS)


_VOWEL_GROUP = re.compile(r"[αεοηυ][ιί](?![̈])|[αεη][υύ]|ο[υύ]|[αεηιουωάέήίόύώϊϋΐΰ]")
# Participles: "Αναφερόμενος", "Ενθυμούμενη", "Απαντώντας", "Λέγοντας" (no Greek surname ends so).
# A folded word in -ται of four letters or more before it: the third person of a mediopassive verb
# ("ονομάζεται", "λέγεται", "εμφανίζονται"), which no modern noun's or adjective's form ends in.
_MEDIOPASSIVE = re.compile(r".{2,}ται")
_PARTICIPLE = re.compile(r".{3,}(?:(?:ομεν|ουμεν|ωμεν|ημεν|ισμεν)(?:οσ|η|ο|οι|ου|ησ|ων|ουσ|εσ)|(?:οντ|ωντ)ασ)")


@functools.cache
def _reader_verb_endings() -> tuple[str, ...]:
    """Folded endings of the second plural and the first singular (inflection.json
    ``second_plural_and_first_endings``: "Βάλτε", "Συνοδέψτε", "Ρωτάω")."""
    return tuple(fold(x) for x in read_json("inflection.json")["second_plural_and_first_endings"])


# The first and second person singular of the active aorist: the stem's -σ-, -ξ- or -ψ- and -α,
# -ες ("τηλεφώνησα", "έσφαξα", "έγραψες"), the accent on the third syllable from the end, which no
# Greek name in -σα, -ξα, -ψα has ("Βανέσα", "Αλέξα"); the -σ- follows a vowel (a name's -τσα, -σσα:
# "Μπιέλιτσα", "Μέλισσα").
_AORIST_PERSON = re.compile(r"(?:[αεηιουωάέήίόύώϊϋΐΰ]σ|[ξψ])(?:α|ες)$")


def _verb_form(word: str) -> bool:
    """"Ανέφερε", "Δήλωσε", "Τονίζει", "Αναφερόμενος": a capitalised word whose form is a verb's.
    A past tense in -ε takes its accent on the third syllable from the end, which no declined
    noun ending in -ε does (a foreign name in -ε stresses the second: "Ρεζέντε", "Γκέτε"); a present
    in -ει of three syllables or more has it on the second ("Μπάρκλεϊ" writes its -ι with a
    diaeresis), as does a first or second singular of the aorist ("Τηλεφώνησα", "Κάρφωσες"); participles,
    the second plural and the first singular in -άω (:func:`_reader_verb_endings`: "Βάλτε", "Ρωτάω")
    have endings no name has."""
    low = unicodedata.normalize("NFC", word.lower())
    if not low.isalpha() or not all("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in low):
        return False
    if _PARTICIPLE.fullmatch(fold(word)) or (len(low) >= 4 and fold(word).endswith(_reader_verb_endings())):
        return True
    groups = _VOWEL_GROUP.findall(low)
    accented = [k for k, g in enumerate(groups) if any(c in _ACCENTED for c in g)]
    if len(accented) != 1:
        return False
    from_end = len(groups) - accented[0]
    if low.endswith("ε") and not low.endswith("ιε") and len(groups) >= 3 and from_end == 3:  # "Άντριε": a foreign -ιε
        return True
    if _AORIST_PERSON.search(low) and len(groups) >= 3 and from_end == 3:
        return True  # "Τηλεφώνησα", "Έσφαξα", "Κάρφωσες"
    return low.endswith("ει") and groups[-1] == "ει" and len(groups) >= 3 and from_end == 2


def _unglued(word: str) -> str:
    """"Ρωμανός–" in "ο Νίκος Ρωμανός– ζήτησε", "–Ρωμανός": a parenthetical dash written against a
    name without a space stays on its token; no name begins or ends in a dash ("Τρέιβερς-Χόκινς"
    has its hyphen inside), so a dash at either end of a word with letters is punctuation."""
    if not any(c.isalpha() for c in word):
        return word
    return word.strip("".join(_DASHES))


def _article(word: str) -> str:
    """The article in a folded article or preposition+article ("στον" -> "τον")."""
    f = fold(word)
    return f[1:] if f in _PREPOSITION_ARTICLES else f


def _whitespace_before(tok: Token) -> str:
    """The whitespace between ``tok`` and the token before it."""
    return tok.doc[tok.i - 1].whitespace_


def _opens_label(doc: Doc, i: int) -> bool:
    """Token ``i`` stands right before a colon: in a list of names ("Επόπτες: Χ, Ψ, Γραμματεία: Ζ")
    a word there is the label of the next item, not one more item of the list."""
    return i + 1 < len(doc) and doc[i + 1].text == ":"


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


_ABBREVIATED_FIRST = re.compile(r"[^\W\d_][^\W\d_]{0,3}")


def _is_initial(word: str) -> bool:
    """"Α.", "Κ.", "Αγγ.", "Χρ.": a first name cut to its first letters (up to four, a capital
    and lower case after it) and a dot, as Greek lists of names write it."""
    stem_ = word[:-1]
    return (word.endswith(".") and _ABBREVIATED_FIRST.fullmatch(stem_) is not None
            and stem_[0].isupper() and (len(stem_) == 1 or stem_[1:].islower()))


def _name_word(tok: Token) -> bool:
    """A capitalised word that can be (part of) a name: "Πάνταινα", "ΠΑΠΑΔΑΚΗΣ"."""
    return tok.is_alpha and tok.text[:1].isupper() and len(tok.text) > 1

__all__ = ["PeopleResolver"]


def _family(label: str) -> str | None:
    """The kind of thing a label names, places (GPE, LOC) taken as one: list items share it."""
    return {"GPE": "place", "LOC": "place", "ORG": "ORG", "FAC": "FAC"}.get(label)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter inserted, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _surname_key(word: str) -> str:
    """The stem of a surname with double letters made single: Greek writes many surnames both
    ways ("Κασσελάκης", "Κασελάκης"; "Παππάς", "Παπάς"), and one text may use both."""
    return re.sub(r"(.)\1", r"\1", stem(word))


def _person_key(name: str) -> str:
    parts = fold(name).split()
    return parts[-1] if parts else ""


def _closes_name(doc: Doc, j: int, alone: frozenset[str] = frozenset()) -> bool:
    """Whether a double surname's second part at ``j`` closes the name: no word, dash or bracket
    follows it (pairs of players, "Χ - Ψ Ζ", go on). A lower-case word after it (the verb: "η
    Μαρία Σταθάκη - Μαυρίδου δήλωσε") closes it too, unless the text names the second part as a
    person of its own (``alone``, stems of one-word names: "ο Τζο Μπάιντεν - Πούτιν διάλογος ... ο Πούτιν")."""
    if j + 1 >= len(doc):
        return True
    nxt = doc[j + 1]
    if nxt.is_alpha and nxt.text.islower():
        return stem(doc[j].text) not in alone
    return not (nxt.is_alpha or nxt.text in _DASHES or nxt.text == "(")


def _named_alone(ents: list[Span]) -> frozenset[str]:
    """Stems of the one-word PERSON spans that no dash precedes: the names the text gives on their
    own, not as the second part of a double surname ("Σκοτ – Μόργκαν" ... "ο Σκοτ – Μόργκαν")."""
    return frozenset(stem(e[0].text) for e in ents if e.label_ in PERSON_LABELS and len(e) == 1
                     and not (e.start > 0 and e.doc[e.start - 1].text in _DASHES))


def _absorb(keep: LinkedPerson, drop: LinkedPerson, by_span: dict[Offsets, LinkedPerson], gone: set[int]) -> None:
    """One person named two ways: ``keep`` takes ``drop``'s mentions and honorific, and every span
    that pointed at ``drop`` points at ``keep`` (``drop`` is marked gone for the caller to filter)."""
    keep.mentions.extend(m for m in drop.mentions if m not in keep.mentions)
    keep.honorific = keep.honorific or drop.honorific
    for span, person in by_span.items():
        if person is drop:
            by_span[span] = keep
    gone.add(id(drop))


class PeopleResolver:
    """``resolve(doc)``: the people of a document and the person behind each PERSON span."""

    def __init__(self, lexicon: LinkingLexicon | None = None, names: NameLexicon | None = None) -> None:
        self.lex = lexicon or LinkingLexicon.default()
        self.names = names or NameLexicon.default()
        self._lower_words: tuple[weakref.ref[Doc], frozenset[str], frozenset[str]] | None = None
        # lower-case forms the treebank (GDT train) tags only as common words, with their tags
        # ("όπως": ADV, "αγώνα": NOUN): ``Extractor`` sets them (:func:`keryx.nlp.treebank_common_words`)
        self.common_forms: Mapping[str, frozenset[str]] = {}
        self._entity_index_cache: tuple[list[Span], frozenset[str], frozenset[int]] | None = None

    def repair(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """The entities with the people the NER missed, cut or invented, where the words say
        so (each step below says how). Linear in the document; the input list is returned
        unchanged when nothing changes."""
        owner: dict[int, Span] = {}
        for e in ents:
            for t in range(e.start, e.end):
                owner[t] = e
        role_tokens = {t for r in doc.spans.get("roles", []) for t in range(r.start, r.end)}
        replace: dict[tuple[int, int], Span] = {}
        added: list[Span] = []
        self._after_honorifics(doc, owner, role_tokens, replace, added)
        self._trim_punctuation(doc, ents, replace)
        labels = self._credit_labels(doc, ents, replace)
        self._split_accusative_names(doc, ents, replace, added)
        self._names_read_as_places(doc, ents, replace)
        self._names_read_as_bodies(doc, ents, replace)
        self._first_names_read_as_bodies(doc, ents, replace)
        self._first_names_read_as_places(doc, ents, owner, replace)
        self._players_read_as_places(doc, ents, replace)
        self._first_name_pairs(doc, ents, owner, role_tokens, added)
        self._women_after_titles(doc, owner, role_tokens, added)
        self._list_closers(doc, owner, role_tokens, added)
        self._list_members(doc, owner, role_tokens, replace, added)
        self._free_foreign_full_names(doc, ents, owner, role_tokens, added)
        self._full_names_of_lone_surnames(doc, ents, owner, role_tokens, replace, added)
        self._extend_by_first_names(doc, ents, owner, role_tokens, replace)
        self._extend_by_surnames(doc, ents, owner, role_tokens, replace)
        self._extend_by_foreign_words(doc, ents, owner, role_tokens, replace)
        self._foreign_first_names_read_as_places(doc, ents, replace)
        self._mixed_gender_first_names(doc, ents, replace)
        self._counted_first_words(doc, ents, replace)
        self._double_surnames(doc, ents, replace)
        self._double_first_names(doc, ents, replace)
        self._double_surnames_again(doc, ents, replace, added)
        self._extend_by_initials(doc, ents, owner, replace)
        self._extend_by_contractions(doc, ents, owner, replace)
        self._extend_by_regnal_numbers(doc, ents, owner, replace)
        self._initialled_list_items(doc, ents, owner, replace, added)
        self._join_particles(doc, owner, role_tokens, replace)
        self._bishops_by_see(doc, ents, owner, replace, added)
        for e in ents:
            if e.label_ in PERSON_LABELS and (e.start, e.end) not in replace:
                label = self._not_a_person(doc, e)
                if label is not None:
                    street = label == "FAC" and self._street_number_after(doc, e, [fold(t.text) for t in e if t.is_alpha])
                    end = e.end + 1 if street and _HOUSE_NUMBER.fullmatch(doc[e.end].text) else e.end
                    replace[(e.start, e.end)] = _span(doc, e.start, end, label)  # with its number
        self._bodies_read_as_people(doc, ents, owner, replace)
        self._one_sense(doc, ents, role_tokens, replace)
        self._place_glosses(doc, ents, replace)
        self._plural_names(doc, ents, role_tokens, replace)
        self._fixtures(doc, ents, replace)
        self._body_appositions(doc, ents, role_tokens, replace)
        self._listed_with_things(doc, ents, role_tokens, replace)
        self._lists_of_one_kind(doc, ents, role_tokens, replace)
        self._line_ups(doc, ents, owner, role_tokens, replace, added)
        self._mixed_script_leads(doc, ents, replace)
        self._leading_non_names(doc, ents, replace)
        self._trailing_non_names(doc, ents, owner, replace, added)
        self._spelled_out_acronyms(doc, ents, replace)
        dropped = (self._no_one_by_the_word_before(doc, ents, replace, added)
                   | labels | self._quoted_titles(doc, ents) | self._named_things(doc, ents)
                   | self._neuter_plurals(doc, ents) | self._paired_names(doc, ents, role_tokens)
                   | self._quoted_out_of_case(doc, ents) | self._bracketed_out_of_case(doc, ents)
                   | self._uncapitalised(ents) | self._common_words(doc, ents, role_tokens)
                   | self._article_less_openers(doc, ents, role_tokens)
                   | self._latin_names_of_things(doc, ents, role_tokens)
                   | self._unmarked_latin_names(doc, ents, role_tokens, replace)
                   | self._bracketed_after_people(doc, ents) | self._characters(doc, ents)
                   | self._sacred_names(ents) | self._kinds_of_person(doc, ents)
                   | self._adjectives_before_nouns(doc, ents, role_tokens))
        surnames = {stem(e[-1].text) for e in ents if e.label_ in PERSON_LABELS and sum(t.is_alpha for t in e) > 1}
        if (not added and not replace and not dropped and not any(self._verb_form_span(e) for e in ents)
                and not any(self._treebank_word(doc, e, role_tokens, surnames) for e in ents)):
            return ents
        out = [replace.get((e.start, e.end), e) for e in ents if (e.start, e.end) not in dropped] + added
        out = [e for e in out if not self._verb_form_span(e) and not self._treebank_word(doc, e, role_tokens, surnames)]
        out.sort(key=lambda e: e.start)
        kept: list[Span] = []
        for e in out:  # no overlaps: the first (longest at a start) wins
            if kept and e.start < kept[-1].end:
                continue
            kept.append(e)
        return kept

    def _after_honorifics(self, doc: Doc, owner: dict[int, Span], role_tokens: set[int],
                          replace: dict[tuple[int, int], Span], added: list[Span]) -> None:
        """A name after an honorific ("κα Πάνταινα", "οι κκ Διαμάντη και Αλετρά"): free words
        become a PERSON, an entity of another label that they fill is relabelled."""
        n = len(doc)
        for i, tok in enumerate(doc):
            f = fold(tok.text)
            if f not in self.lex.honorifics or (tok.text.isupper() and len(tok.text) > 2 and "." not in tok.text):
                continue
            j = i + 2 if i + 1 < n and doc[i + 1].text == "." and not f.endswith(".") else i + 1
            plural = f in _PLURAL_HONORIFICS
            while j < n:
                k = j
                while (k < n and k - j < _MAX_NAME and _name_word(doc[k]) and k not in role_tokens
                       and fold(doc[k].text) not in self.lex.honorifics):
                    k += 1
                if k == j:
                    break
                found = self._person_span(doc, j, k, owner)
                if found is not None:
                    ent = found[1]
                    if ent is None:
                        added.append(_span(doc, j, k, "PERSON"))
                    else:
                        replace[(ent.start, ent.end)] = _span(doc, ent.start, ent.end, "PERSON")
                if not plural or k + 1 >= n or doc[k].text not in (",", "και"):
                    break
                j = k + 1

    @staticmethod
    def _trim_punctuation(doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"Σταύρος Λιάκος |": no name starts or ends in punctuation (a final "." may close an initial)."""
        for e in ents:
            if e.label_ not in PERSON_LABELS:
                continue
            lo, hi = e.start, e.end
            while lo < hi and not any(c.isalpha() for c in doc[lo].text):
                lo += 1
            while hi > lo and not any(c.isalpha() for c in doc[hi - 1].text) and doc[hi - 1].text != ".":
                hi -= 1
            if (lo, hi) != (e.start, e.end) and hi > lo:
                replace[(e.start, e.end)] = _span(doc, lo, hi, e.label_)

    def _credit_labels(self, doc: Doc, ents: list[Span],
                       replace: dict[tuple[int, int], Span]) -> set[tuple[int, int]]:
        """"Σκηνογραφία: Άννα Πέτρου Κοστούμι: Νίκος Δάρας", "Φωτισμοί: Γιάννης Αλεξίου
        Βοηθός σκηνοθέτης: ...": in a credits list written on one line, each item is a label, a
        colon and a name, so a capitalised word after a labelled name and right before the next
        colon (or before lower-case words and that colon) is the next item's label, not the
        name's last word. Only names of three words or more that themselves follow a colon lose
        it, and never a known first name or a word another PERSON span of the text holds. A one-word PERSON between a comma of a labelled list
        and a colon ("Διαιτητές: Παπαδάκης, Γεωργίου, Παρατηρητής: Νικολάου") is such a label
        alone; those are returned, to be dropped."""
        n = len(doc)
        labels: set[tuple[int, int]] = set()
        for e in ents:
            if (e.label_ in PERSON_LABELS and len(e) == 1 and e.start > 0 and e.end + 1 < n
                    and doc[e.start - 1].text == "," and doc[e.end].text == ":"
                    and doc[e.end + 1].text[:1].isupper() and self._label_word(e[0])
                    and self._in_labelled_list(doc, e.start - 1)):
                labels.add((e.start, e.end))  # ", Παρατηρητής: Πέρρος": a label alone
                continue
            if e.label_ not in PERSON_LABELS or e.start == 0 or doc[e.start - 1].text != ":":
                continue
            cur = replace.get((e.start, e.end), e)
            if cur.start != e.start or sum(t.is_alpha for t in cur) < 3:
                continue
            last = doc[cur.end - 1]
            if not (self._label_word(last) or self._label_in_capitals(last)) or any(
                    o is not e and o.label_ in PERSON_LABELS and any(t.text == last.text for t in o) for o in ents):
                continue  # a surname the text names a person by elsewhere ("Λάιεν") stays
            if self._label_ends(doc, cur.end, capitals=last.text.isupper()):
                replace[(e.start, e.end)] = _span(doc, cur.start, cur.end - 1, e.label_)
        return labels

    @staticmethod
    def _label_ends(doc: Doc, k: int, *, capitals: bool = False) -> bool:
        """A credits label that opened before token ``k`` closes at a colon within three tokens:
        lower-case words ("Στίχοι τραγουδιών:"), or for a label in capitals, more words in
        capitals and the dashes or slashes between them ("ΣΚΗΝΙΚΑ -ΚΟΣΤΟΥΜΙΑ:")."""
        n, start = len(doc), k
        while k < n and k - start < 3 and (
                (doc[k].is_alpha and doc[k].text.islower())
                or (capitals and doc[k].text.strip("-–/").isalpha() and doc[k].text.isupper())
                or (capitals and doc[k].text in ("-", "–", "/"))):
            k += 1
        return k < n and doc[k].text == ":"

    def _label_in_capitals(self, tok: Token) -> bool:
        """A Greek word in capitals of four letters or more ("ΜΟΥΣΙΚΗ", "ΣΚΗΝΙΚΑ"): a credits label
        written in capitals (checked only where a label must close, right before a colon)."""
        return tok.is_alpha and tok.text.isupper() and len(tok.text) >= 4 and self._greek(tok.text)

    def _label_word(self, tok: Token) -> bool:
        """A capitalised Greek word that is no known first name: what a credits label looks like."""
        return (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and self._greek(tok.text)
                and fold(tok.text) not in self.names.first_names)

    _in_labelled_list = staticmethod(in_labelled_list)

    def _split_accusative_names(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span],
                                added: list[Span]) -> None:
        """"της Νομικής Σχολής Σπυρίδωνα Βλαχόπουλο": a name in the accusative cannot be part
        of a body's name (a founder's name stands in the nominative or the genitive). Not after a
        saint's title: "στον Άγιο Στέφανο Αττικής" is the place named after the saint."""
        for e in ents:
            if e.label_ in _RELABEL and len(e) >= 3 and (self._accusative_name(e[-2], e[-1])
                                                         or self._name_after_place(e)) \
                    and not is_saint_title(e[-3].text):
                replace[(e.start, e.end)] = _span(doc, e.start, e.end - 2, e.label_)
                added.append(_span(doc, e.end - 2, e.end, "PERSON"))

    def _names_read_as_places(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"στην Τατιάνα Σπινάρη", "στον Ηλία Μόσιαλο" tagged as a place: a first name and a
        surname in the same case are a person. A street or a square named after someone takes
        the genitive ("οδός Ελευθερίου Βενιζέλου"), so a first name that can only be a
        genitive, or a pair followed by a house number, stays a place. A pair whose second word
        the text also names as a person alone ("η Λάουρα Κοβέσι" ... "η κ. Κοβέσι") is that
        person in full, whatever the first name."""
        surnames = {stem(e[-1].text) for e in ents if e.label_ in PERSON_LABELS and len(e) == 1
                    and _name_word(e[0])}
        for e in ents:
            if e.label_ not in ("GPE", "LOC", "FAC") or len(e) != 2 or (e.start, e.end) in replace:
                continue
            first, last = e[0], e[1]
            if not (_name_word(first) and _name_word(last)) or first.text.isupper() or last.text.isupper():
                continue
            f_first, f_last = fold(first.text), fold(last.text)
            if (f_first, f_last) in self.names.places or (f_last,) in self.names.places \
                    or f_last in self.names.first_names:
                continue
            if e.end < len(doc) and _HOUSE_NUMBER.fullmatch(doc[e.end].text.rstrip(".")):
                continue
            if e.start > 0 and e.end < len(doc) and _QUOTE_PAIRS.get(doc[e.start - 1].text) == doc[e.end].text:
                continue  # "ο Αερολιμένας «Ελευθέριος Βενιζέλος»": a place named after a man
            entries = self.names.first_names.get(f_first, ())
            feminine = any(x.gender == "f" and x.slots & {"nom_sg", "acc_sg"} for x in entries)
            masculine_nom = any(x.gender == "m" and "nom_sg" in x.slots for x in entries) and f_last.endswith("σ")
            named = stem(last.text) in surnames and (f_first,) not in self.names.places
            if feminine or masculine_nom or named or self._accusative_name(first, last):
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, "PERSON")

    def _names_read_as_bodies(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"με την Έλλη Τρίγγου", "της Ανθής Παζιάνου" tagged as a body: a first name and a
        surname ending of the same case and gender are a person. A body named after someone
        keeps its head before the name ("Ίδρυμα Ιωάννη Λάτση") and a club or a branch takes its
        town's genitive ("Νίκης Βόλου"), so a pair after a capitalised word or a body's head, or
        one whose second word is a place or a first name, stays a body; so does one after an
        article of another gender or case ("της Παναγή Κυριακού": the street, "οδός" left out)
        and one after an indefinite article, a kind's mark ("ακόμη μία Χρυσή Μάσκα": an award)."""
        n = len(doc)
        for e in ents:
            if e.label_ != "ORG" or len(e) != 2 or (e.start, e.end) in replace:
                continue
            first, last = e[0], e[1]
            if not (_name_word(first) and _name_word(last)) or first.text.isupper() or last.text.isupper() \
                    or not (self._greek(first.text) and self._greek(last.text)):
                continue
            f_first, f_last = fold(first.text), fold(last.text)
            if ((f_first, f_last) in self.names.places or (f_last,) in self.names.places
                    or f_last in self.names.first_names or f_first in self.names.org_heads
                    or f"{f_first} {f_last}" in self.lex.known_orgs or e.text in self.lex.known_orgs):
                continue
            case, gender = None, None
            if e.start > 0:
                prev = doc[e.start - 1]
                if self._marks_a_body(prev) or (e.end < n and _QUOTE_PAIRS.get(prev.text) == doc[e.end].text):
                    continue
                case, gender = article_case_gender(prev.text, self.names)
            if e.end < n and _name_word(doc[e.end]):
                continue  # a longer run of capitals: a body's name
            # the article agrees with the name ("της Ανθής"); "της Παναγή Κυριακού" is a street's
            entries = [x for x in self.names.first_names.get(f_first, ()) if not x.learned
                       and (gender is None or x.gender == gender) and (case is None or f"{case}_sg" in x.slots)]
            if any(self._same_case_surname(x, f_last) for x in entries):
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, "PERSON")

    def _marks_a_body(self, prev: Token) -> bool:
        """Whether the word before a name tagged as a body says it is one: a capitalised word (the
        name goes on), a body's head ("Ιδρύματος", "Νοσοκομείο") or an indefinite article, a kind's mark."""
        f_prev = fold(prev.text)
        return (_name_word(prev) or f_prev in self.names.org_heads or (f_prev,) in self.names.body_heads
                or f_prev in _KIND_DETERMINERS)

    def _first_names_read_as_bodies(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"της 26χρονης Γαρυφαλλιάς", "με τη Λαμπρινή" tagged as a body: one word that is a form of a
        woman's first name in the hand-written table is a person. A body is named by a first name only
        as a named thing, in quotes or after its head ("το «Αλεξάνδρα»", "Νοσοκομείο Σωτηρία"), or
        when the name is also a common word ("η Νίκη", "της Ελπίδας"); an article of another
        gender or case ("στο Αλεξάνδρα": the hospital) says a body too, and so does a known body or
        a word of a longer body's name in the text.
        A game report's clubs take gods' and heroes' names ("ο Άρης", "ο Ηρακλής"): none there."""
        if self.lex.is_sports_report(doc):
            return
        n = len(doc)
        # "η Βικτόρια Πλζεν ... η Βικτόρια": a word of a longer body's name is its short name
        in_bodies = {fold(t.text) for e in ents if e.label_ == "ORG" and len(e) > 1 for t in e}
        for e in ents:
            if e.label_ != "ORG" or len(e) != 1 or (e.start, e.end) in replace:
                continue
            tok = e[0]
            f_tok = fold(tok.text)
            if (not _name_word(tok) or tok.text.isupper() or not self._greek(tok.text) or f_tok in in_bodies
                    or tok.text.lower() in self.common_forms or (f_tok,) in self.names.places
                    or f_tok in self.lex.known_orgs or tok.text in self.lex.known_orgs):
                continue
            case, gender = None, None
            if e.start > 0:
                prev = doc[e.start - 1]
                if self._marks_a_body(prev) or prev.text in _QUOTE_PAIRS or prev.text.endswith("."):
                    continue  # "Γ.Ε. Δημητρίου": initials before a surname, a firm's name
                case, gender = article_case_gender(prev.text, self.names)
            if e.end < n and (_name_word(doc[e.end]) or doc[e.end].text in _QUOTE_PAIRS.values()):
                continue  # a longer run of capitals, or a quoted title
            # a woman's name only: the things named by a man's name are masculine too ("ο Άρης":
            # the club, "ο όμιλος"; the planet, "ο πλανήτης"; "του Ιορδάνη": the river, "ο ποταμός")
            entries = [x for x in self.names.first_names.get(f_tok, ()) if not x.learned and x.gender == "f"
                       and gender in (None, "f") and (case is None or f"{case}_sg" in x.slots)]
            if entries:
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, "PERSON")

    @staticmethod
    def _same_case_surname(entry: NameEntry, f_last: str) -> bool:
        """Whether a folded surname may stand in a case the first name's form has: a man's
        nominative ends in -ς, his accusative in -ο/-α/-η, his genitive in -ου/-α/-η; a woman's
        surname in any case in -ου/-η/-α ("Παζιάνου", "Τρίγγου", "Καρρά")."""
        if entry.gender == "f":
            return bool(entry.slots & {"nom_sg", "acc_sg", "gen_sg"}) and f_last.endswith(("ου", "η", "α"))
        if entry.gender != "m":
            return False
        return (("nom_sg" in entry.slots and f_last.endswith("σ"))
                or ("acc_sg" in entry.slots and f_last.endswith(("ο", "α", "η")))
                or ("gen_sg" in entry.slots and f_last.endswith(("ου", "α", "η"))))

    def _first_names_read_as_places(self, doc: Doc, ents: list[Span], owner: dict[int, Span],
                                    replace: dict[tuple[int, int], Span]) -> None:
        """"Καθηγήτρια Σοφία Λαΐου", "ο Τζόρτζια Χ": a one-word place that is also a first name
        ("Σοφία", the city), followed by a surname no table knows, a word in no entity and no
        role, is a person with that first name and surname. A place's name is not followed by
        such a word ("στη Σοφία Βουλγαρίας": the country is a place)."""
        n = len(doc)
        role_starts = {r.start for r in doc.spans.get("roles", [])}
        for e in ents:
            if e.label_ not in ("GPE", "LOC") or len(e) != 1 or (e.start, e.end) in replace or e.end >= n:
                continue
            first, last = e[0], doc[e.end]
            f_last = fold(last.text)
            if (fold(first.text) not in self.names.first_names or e.end in owner or e.end in role_starts
                    or not _name_word(last) or last.text.isupper() or (f_last,) in self.names.places
                    or f_last in self.names.first_names or not self._greek(last.text)):
                continue
            if not any("nom_sg" in x.slots or "acc_sg" in x.slots for x in self.names.first_names[fold(first.text)]):
                continue
            if e.end + 1 < n and _name_word(doc[e.end + 1]) and e.end + 1 not in owner:
                continue  # a longer run of capitals: a place's or a body's name, not a person's
            replace[(e.start, e.end)] = _span(doc, e.start, e.end + 1, "PERSON")

    def _players_read_as_places(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"Ο Ματίγια αποβλήθηκε", "στα δίχτυα του Στσέζνι", "Κρέτσης, Λάππας 2 (2/10επ.)": in a game
        report, one word tagged as a place that no gazetteer holds in any form (nor a first name,
        nor a street before its number) is a player, a referee or a coach where the grammar says
        a person: as the subject after the masculine article "ο" (the places of a game report
        take the feminine or the neuter: "η Τούμπα", "το Μπιλμπάο"), after "του" in a foreign
        shape that does not decline (a neuter venue's genitive does: "του Τζανείου"), or as an
        item of a comma list of names."""
        if not self.lex.is_sports_report(doc):
            return
        n = len(doc)
        for e in ents:
            if e.label_ not in ("GPE", "LOC") or len(e) != 1 or e.start == 0 or (e.start, e.end) in replace:
                continue
            word = e[0].text
            f = fold(word)
            if (not _name_word(e[0]) or word.isupper() or not self._greek(word) or (f,) in self.names.places
                    or f in self.names.first_names or self._street_number_after(doc, e, [f])):
                continue
            prev = fold(doc[e.start - 1].text)
            nxt = doc[e.end].text if e.end < n else ""
            listed = prev == "," and (nxt in (",", "(", "και") or (  # "Λάππας 2 (2/10επ.)": points, then the bracket
                e.end + 1 < n and doc[e.end].like_num and doc[e.end + 1].text == "("))
            if prev == "ο" or (prev == "του" and undeclined(word)) or listed:
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, "PERSON")

    def _name_after_place(self, ent: Span) -> bool:
        """"της Ακαδημίας Αθηνών Λουκάς Παπαδήμος": a first name and a surname after a place's
        genitive that closes a body's name are the person who holds an office there (a body
        named after someone has the name right after its head: "Ίδρυμα Σταύρος Νιάρχος"). A place
        alone before the name ("της Ευρώπης Άχμετ Γιλντίζ") is where the office is, as well."""
        if len(ent) < 4 and not (len(ent) == 3 and ent.label_ in ("GPE", "LOC")):
            return False
        place, first, last = ent[-3], ent[-2], ent[-1]
        nom = self.names.places.get((fold(place.text),))
        known = fold(first.text) in self.names.first_names or (
            self._greek(first.text) and undeclined(first.text) and undeclined(last.text))  # "Άχμετ Γιλντίζ"
        return (nom is not None and fold(nom) != fold(place.text) and _name_word(first) and _name_word(last)
                and not first.text.isupper() and known
                and fold(last.text) not in self.names.first_names
                and (fold(last.text),) not in self.names.places)

    def _first_name_pairs(self, doc: Doc, ents: list[Span], owner: dict[int, Span], role_tokens: set[int],
                          added: list[Span]) -> None:
        """"τον χρυσαυγίτη Χάρη Δραμιτινό": a known first name and a capitalised word after it,
        outside any entity, role or longer capitalised run, are a name the NER missed."""
        toks = list(doc)  # each word made once: the loop reads them by index, again and again
        n = len(doc)
        alone = _named_alone(ents)
        for i in range(n - 1):
            first, last = toks[i], toks[i + 1]
            if (i in owner or i + 1 in owner or i in role_tokens or i + 1 in role_tokens
                    or not (_name_word(first) and _name_word(last)) or first.text.isupper() or last.text.isupper()):
                continue
            before_ok = i == 0 or i - 1 in role_tokens or not (
                toks[i - 1].text[:1].isupper() or toks[i - 1].text.endswith(".")) or (
                i - 1 in owner and owner[i - 1].label_ in ("GPE", "LOC") and owner[i - 1].end == i
                and self._place_genitive(toks[i - 1]))  # "υπουργός Περιβάλλοντος του Ισημερινού Ραούλ Μεντόζα"
            after_ok = i + 2 >= n or not _name_word(toks[i + 2])
            f_last = fold(last.text)
            if i - 1 in role_tokens and (fold(first.text), fold(last.text)) in self._unit_names:
                continue  # "ο δήμαρχος Παύλου Μελά": the role's municipality, named after a man
            if (before_ok and after_ok and fold(first.text) in self.names.first_names
                    and f_last not in self.names.first_names and (f_last,) not in self.names.places
                    and f_last not in self.lex.honorifics and self._greek(last.text)):
                added.append(_span(doc, i, i + 2 + self._second_surname(doc, i + 2, owner, alone), "PERSON"))

    def _second_surname(self, doc: Doc, i: int, owner: dict[int, Span], alone: frozenset[str]) -> int:
        """"της Τατιάνας Σπινάρη - Πολλάλη": the second part of a double surname after a spaced
        dash, one capitalised Greek word that no first name is and that closes the phrase (as in
        :meth:`_double_surnames`), free or an entity of its own that no gazetteer or table of
        bodies knows (a surname in -ου read as a place); the tokens it adds to the name, or 0."""
        n = len(doc)
        if i + 1 >= n or doc[i].text not in _DASHES or i in owner:
            return 0
        second = doc[i + 1]
        ent = owner.get(i + 1)
        if (not _name_word(second) or second.text.isupper() or not self._greek(second.text)
                or not self._surname_part(doc, second.text)
                or (ent is not None and (len(ent) != 1 or (ent.label_ not in PERSON_LABELS
                                                           and self._known_name(second.text))))):
            return 0
        return 2 if _closes_name(doc, i + 1, alone) else 0

    def _known_name(self, word: str) -> bool:
        """A place the gazetteer holds or a body the tables know: a word after a name's dash that
        the NER tagged as such and is one of them names it, not a second surname ("Χ Ψ - Αθήνα")."""
        return (fold(word),) in self.names.places or word in self.lex.known_orgs

    def _women_after_titles(self, doc: Doc, owner: dict[int, Span], role_tokens: set[int],
                            added: list[Span]) -> None:
        """"η εισαγγελέας Αριστοτελεία Δόγκα": two free words in the shape of a woman's name in the
        nominative or accusative right after the title of one woman (the role component ends her
        title there, :func:`woman_name_after_title`) are her name, though the first name is in no list."""
        n = len(doc)
        for role in doc.spans.get("roles", []):
            i = role.end
            if (role._.role_gender != "f" or role._.role_plural or i + 1 >= n
                    or any(t in owner or t in role_tokens for t in (i, i + 1))
                    or (i + 2 < n and _name_word(doc[i + 2]))):
                continue
            if woman_name_after_title((doc[i].text, doc[i + 1].text), self.names):
                added.append(_span(doc, i, i + 2, "PERSON"))

    def _list_closers(self, doc: Doc, owner: dict[int, Span], role_tokens: set[int], added: list[Span]) -> None:
        """"τους Πέρσον, Λάρσεν, Κουτρούμπη και Ρομέρο": the items of a list are alike, so
        a capitalised Greek word in no entity that closes a list ("και" or "," before it) of
        two one-word people or more, and ends the phrase, is one more person; a place the
        gazetteer holds, a role or a common word is not."""
        toks = list(doc)  # each word made once: the loop reads them by index, again and again
        n = len(doc)

        def person_at(end: int) -> Span | None:
            ent = owner.get(end - 1)
            if ent is None or ent.end != end or ent.label_ not in PERSON_LABELS or len(ent) != 1:
                return None
            return ent

        for i in range(4, n):
            tok = toks[i]
            if (i in owner or i in role_tokens or not _name_word(tok) or tok.text.isupper() or not self._greek(tok.text)
                    or toks[i - 1].text not in (",", "και") or (i + 1 < n and _name_word(toks[i + 1]))
                    or _opens_label(doc, i)):
                continue
            last = person_at(i - 1)
            if last is None or last.start < 2 or toks[last.start - 1].text != ",":
                continue
            if person_at(last.start - 1) is None:
                continue
            f = fold(tok.text)
            if (f,) in self.names.places or f in self.lex.honorifics \
                    or _verb_form(tok.text) or self._written_lower(doc, tok.text):
                continue
            added.append(_span(doc, i, i + 1, "PERSON"))

    def _list_members(self, doc: Doc, owner: dict[int, Span], role_tokens: set[int],
                      replace: dict[tuple[int, int], Span], added: list[Span]) -> None:
        """"Παίζουν: Πέρσον, Λάρσεν, Κουτρούμπη, Ρομέρο, Τσακίρης και Ντιαλό": the items of a list
        are alike, so in a list of three one-word items or more joined by commas (and a last "και")
        where most items, and two at least, are one-word people, every other item that is a
        capitalised Greek word, in no entity or in a one-word body or place that no gazetteer or
        table of bodies knows, is one more person. A known place or body among the items keeps the
        list as it is (a mixed list), and a first name alone, a role, an honorific, a verb or a word
        the text writes in lower case is no item made a person. (:meth:`_list_closers` takes the
        last item of shorter lists.)"""
        toks = list(doc)  # each word made once: the loop reads them by index, again and again
        n = len(doc)
        i = 0
        while i < n:
            items = [i]
            k = i
            while (k + 2 < n and toks[k + 1].text in _LIST_LINKS and _name_word(toks[k + 2])
                   and not toks[k + 2].text.isupper()):
                k += 2
                items.append(k)
            if not _name_word(toks[i]) or toks[i].text.isupper() or len(items) < 3:
                i += 1
                continue
            i = k + 1
            if (k + 1 < n and _name_word(toks[k + 1])) or (items[0] > 0 and _name_word(toks[items[0] - 1])):
                continue  # the first or last item runs on into a longer name
            people = 0
            known = False
            for t in items:
                ent = owner.get(t)
                if ent is None:
                    continue
                if len(ent) != 1:
                    known = True
                elif ent.label_ in PERSON_LABELS:
                    people += 1
                else:
                    f = fold(ent.text)
                    known = known or (f,) in self.names.places or ent.text in self.lex.known_orgs \
                        or f in self.lex.known_orgs or ent.label_ not in _REVERSE
            if known or people < 2 or 2 * people <= len(items):
                continue
            for t in items:
                tok = toks[t]
                f = fold(tok.text)
                ent = owner.get(t)
                if ((ent is not None and ent.label_ in PERSON_LABELS) or (ent is None and t in role_tokens)
                        or _opens_label(doc, t) or not self._greek(tok.text)
                        or (f,) in self.names.places or f in self.names.first_names
                        or f in self.lex.honorifics or _verb_form(tok.text) or self._written_lower(doc, tok.text)):
                    continue
                if ent is None:
                    added.append(_span(doc, t, t + 1, "PERSON"))
                else:
                    replace[(ent.start, ent.end)] = _span(doc, t, t + 1, "PERSON")

    def _free_foreign_full_names(self, doc: Doc, ents: list[Span], owner: dict[int, Span], role_tokens: set[int],
                                 added: list[Span]) -> None:
        """"Ο George Mallory, φοιτητής ...", "ο Νορβηγός Erik Hansen Lund": two or three capitalised
        Latin-letter words amid Greek text, in no entity or role, that the NER left untagged, are a
        person when they pass the test of a full foreign name (:meth:`_foreign_full_name`: a common
        given name of the public list first, no article of another gender or a thing's kind before
        it). The run must stand alone: a Latin word right before it or after it makes it part of an
        English phrase, not a name in Greek prose, and a number right after it a model's name ("το
        Nova Max 10"), not a person's."""
        n = len(doc)

        def latin_cap(t: Token) -> bool:
            return _name_word(t) and not t.text.isupper() and not self._greek(t.text)

        i = 0
        while i < n:
            k = i
            while k < n and k - i < 4 and latin_cap(doc[k]) and k not in owner and k not in role_tokens:
                k += 1
            if k == i:
                i += 1
                continue
            before = doc[i - 1] if i > 0 else None
            after = doc[k] if k < n else None
            alone = (before is None or not (before.is_alpha and not self._greek(before.text))) and (
                after is None or not ((after.is_alpha and not self._greek(after.text)) or after.text[:1].isdigit()))
            if 2 <= k - i <= 3 and alone:
                span = _span(doc, i, k, "PERSON")
                if self._name_shaped(span) and self._foreign_full_name(doc, span, role_tokens, ents):
                    added.append(span)
            i = k

    def _full_names_of_lone_surnames(self, doc: Doc, ents: list[Span], owner: dict[int, Span], role_tokens: set[int],
                                     replace: dict[tuple[int, int], Span], added: list[Span]) -> None:
        """"ο Derafshan ζητά ... ο χρήστης Payam Derafshan", "Χίπε 15 ... η Σάσκια Χίπε": a person the
        NER found only by a surname (a PERSON of one word) is often named in full once, where it
        missed the pair or read its given name as a place or a body. The same word, written exactly
        so, right after a capitalised given name (Greek, or of the public foreign list), the two in
        no PERSON and no role and not followed by one more capitalised word, is that person's full
        name: a word the text already uses as a person's surname, after a given name, is one name."""
        n = len(doc)
        surnames = {e[0].text for e in ents if e.label_ in PERSON_LABELS and len(e) == 1
                    and (e.start, e.end) not in replace and _name_word(e[0]) and not e[0].text.isupper()
                    and not self._given_name(e[0].text)}
        if not surnames:
            return
        for j in range(1, n):
            last, first = doc[j], doc[j - 1]
            if last.text not in surnames or j in role_tokens or j - 1 in role_tokens:
                continue
            held = {owner[t] for t in (j - 1, j) if t in owner}
            if any(e.label_ in PERSON_LABELS or e.start < j - 1 or e.end > j + 1 or (e.start, e.end) in replace
                   for e in held):
                continue  # already a person, or part of a longer name
            if (not _name_word(first) or first.text.isupper() or first.whitespace_ != " "
                    or not self._given_name(first.text)
                    or (j + 1 < n and _name_word(doc[j + 1]) and last.whitespace_ == " ")):
                continue
            span = _span(doc, j - 1, j + 1, "PERSON")
            for e in held:
                replace[(e.start, e.end)] = span
            if not held:
                added.append(span)

    @functools.cached_property
    def _unit_names(self) -> frozenset[tuple[str, ...]]:
        """The words after the head of each local-government unit ("Δήμος Παύλου Μελά" ->
        ("παυλου", "μελα")), folded."""
        return frozenset(tuple(fold(w) for w in u.split()[1:]) for u in self.names.units)

    def _extend_by_first_names(self, doc: Doc, ents: list[Span], owner: dict[int, Span], role_tokens: set[int],
                               replace: dict[tuple[int, int], Span]) -> None:
        """"Στάθη" + PERSON "Γιώτα": a known first name just before a PERSON that has none. A Greek
        name is its first names, then its surname, so the first name joins the name also where the
        model read it alone as another entity ("της Στέλλας" a body before "Σεβαστόπουλος"), and
        before a PERSON that opens with a first name of the same gender and holds a surname after
        it ("Βασιλείου" + "Ζήνωνα Γκάγκα": a second first name). Never across a line break."""
        for e in ents:
            if e.label_ not in PERSON_LABELS or e.start == 0 or (e.start, e.end) in replace:
                continue
            prev = doc[e.start - 1]
            if (not self._free_or_alone(owner, prev.i, 1) or prev.i in role_tokens or not _name_word(prev)
                    or "\n" in prev.whitespace_ or prev.text.isupper()):
                continue
            mine = {x.gender for x in self.names.first_names.get(fold(prev.text), ())}
            if not mine:
                continue
            theirs = {x.gender for x in self.names.first_names.get(fold(e[0].text), ())}
            if theirs and not (len(e) >= 2 and theirs & mine and fold(e[-1].text) not in self.names.first_names):
                continue
            if prev.i in owner:  # "Στέλλας" read alone as a body or a place: it joins the name
                other = owner[prev.i]
                if (other.label_ in PERSON_LABELS and (other.start, other.end) in replace) or (
                        other.label_ not in PERSON_LABELS and (fold(prev.text),) in self.names.places):
                    continue  # "στην Αθήνα Τζέφρι Πάιατ": a known place read as a place stays one
                replace[(other.start, other.end)] = _span(doc, e.start - 1, e.end, "PERSON")
            replace[(e.start, e.end)] = _span(doc, e.start - 1, e.end, "PERSON")

    def _extend_by_surnames(self, doc: Doc, ents: list[Span], owner: dict[int, Span], role_tokens: set[int],
                            replace: dict[tuple[int, int], Span]) -> None:
        """"ο δήμαρχος Αλέξανδρος Πνευματικός", "τον Νίκο Καλό": many Greek surnames are also
        common adjectives or nouns, and the NER leaves such a surname out of the name. Inside a
        sentence only a name is capitalised, so a free capitalised Greek word right after a
        PERSON that is one known first name, in the case and gender that first name's form
        stands in (:meth:`_same_case_surname`), and that closes the run of capitals, is the
        surname. A known place, a first name, a body's head, an honorific or an article is not.
        A surname run together with the next line's first word ("Σοφία ΠαππάΦωνές") is read by its
        first part (:func:`_two_words`)."""
        n = len(doc)
        for e in ents:
            if e.label_ not in PERSON_LABELS or len(e) != 1 or (e.start, e.end) in replace or e.end >= n:
                continue
            first, last = e[0], doc[e.end]
            f_last = fold((_two_words(last.text) or (last.text,))[0])
            if (e.end in owner or e.end in role_tokens or not _name_word(first) or not _name_word(last)
                    or first.text.isupper() or last.text.isupper() or last.is_sent_start
                    or "\n" in first.whitespace_ or not self._greek(last.text)
                    or (e.end + 1 < n and _name_word(doc[e.end + 1]))
                    or f_last in self.names.first_names or (f_last,) in self.names.places
                    or f_last in self.names.org_heads or f_last in self.lex.honorifics or f_last in _ANY_ARTICLES):
                continue
            entries = [x for x in self.names.first_names.get(fold(first.text), ()) if not x.learned]
            if any(self._same_case_surname(x, f_last) for x in entries):
                replace[(e.start, e.end)] = _span(doc, e.start, e.end + 1, "PERSON")

    def _foreign_word_at(self, doc: Doc, i: int, owner: dict[int, Span], role_tokens: set[int]) -> bool:
        """Token ``i`` is a capitalised Greek-letter word of a shape no Greek name has ("Κι", "Μουν",
        "ΝτεΣόν"), in no entity or role, and no known place, first name, honorific, article or
        word the text also writes in lower case (:meth:`common_word`)."""
        if not 0 <= i < len(doc) or i in owner or i in role_tokens:
            return False
        tok = doc[i]
        f = fold(tok.text)
        return (_name_word(tok) and not tok.text.isupper() and self._greek(tok.text) and undeclined(tok.text)
                and (f,) not in self.names.places and f not in self.names.first_names
                and f not in self.lex.honorifics and f not in self.lex.name_particles
                # "Στογιάκοβιτς Οι διαδικτυακές", "Χάους Είναι": an article, or a word the text also
                # writes in lower case, opens the next sentence (its full stop lost)
                and f not in _ANY_ARTICLES and not self.common_word(doc, tok.text))

    def _extend_by_foreign_words(self, doc: Doc, ents: list[Span], owner: dict[int, Span], role_tokens: set[int],
                                 replace: dict[tuple[int, int], Span]) -> None:
        """"Μπαν Κι Μουν", "ΝτεΣόν Τόμας": the NER often cuts a foreign name at a word it has not
        seen; a capitalised word of a shape no Greek word has (:func:`undeclined`), free of any
        entity and touching a PERSON, is part of that name (one before it only inside a sentence,
        where a capital marks a name)."""
        n = len(doc)
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS:
                continue
            start, end = cur.start, cur.end
            while (end < n and end - cur.end < 2 and self._foreign_word_at(doc, end, owner, role_tokens)
                   and not (end + 1 < n and doc[end + 1].text == ":")  # "Παίζουν:": a label opens a list
                   # "Μουσική: Χ Ψ Στίχοι τραγουδιών:": in a credits list, a label of several words
                   and not (cur.start > 0 and doc[cur.start - 1].text == ":" and self._label_ends(doc, end + 1))
                   and not (len(doc[end].text) > 4 and fold(doc[end].text).endswith(_VERB_ENDINGS))):
                end += 1
            if start >= 2 and not doc[start - 1].is_sent_start and doc[start - 2].is_alpha \
                    and self._foreign_word_at(doc, start - 1, owner, role_tokens):
                start -= 1
            if (start, end) != (cur.start, cur.end):
                replace[(e.start, e.end)] = _span(doc, start, end, cur.label_)

    def _foreign_first_names_read_as_places(self, doc: Doc, ents: list[Span],
                                            replace: dict[tuple[int, int], Span]) -> None:
        """"του Μεχμέτ Χακάν Ατίλα", "του Αμαντού Τουμάνι Τουρέ": the NER often reads the first
        of a foreign person's given names as a place. One word tagged as a place that no gazetteer
        holds in any form, of a shape no Greek word has (:func:`undeclined`) or a given name of
        the public list, right after an article and right before a PERSON, is that person's first
        name: an article opens the name, and a place in apposition to a person keeps a role or a
        comma between them ("ο πρόεδρος της Βραζιλίας Λούλα"). Before a name that already opens with
        a given name, only a given name of the lists joins it: an undeclined town there is a genitive
        complement («του δημοτικού συμβουλίου του Κίλμαρνοκ Μαρκ Χ»)."""
        persons = {e.start: e for e in ents if e.label_ in PERSON_LABELS}
        for e in ents:
            if e.label_ not in ("GPE", "LOC") or len(e) != 1 or e.start == 0 or (e.start, e.end) in replace:
                continue
            person = persons.get(e.end)
            tok = e[0]
            f = fold(tok.text)
            if (person is None or (person.start, person.end) in replace or "\n" in tok.whitespace_
                    or fold(doc[e.start - 1].text) not in _ANY_ARTICLES or not _name_word(tok) or tok.text.isupper()
                    or (f,) in self.names.places or not (
                        (self._greek(tok.text) and undeclined(tok.text)) or foreign_first_name(tok.text) is not None)):
                continue
            if self._given_name(person[0].text) and not self._given_name(tok.text):
                continue
            joined = _span(doc, e.start, person.end, "PERSON")
            replace[(e.start, e.end)] = joined
            replace[(person.start, person.end)] = joined

    def _double_surnames(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"Τιμ Τρέιβερς - Χόκινς": a double surname written with a spaced dash, cut by the NER in
        two. A full name that opens with a first name (a known one, or a foreign-shaped word), a dash, and one more capitalised word
        that closes the phrase is one name; pairs of players or sides ("Σπανούλης - Πρίντεζης",
        "Χ (19π.) - Ψ") have no first name before the dash, or more after the second word."""
        by_start = {e.start: e for e in ents}
        n = len(doc)
        alone = _named_alone(ents)
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if (e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or len(cur) < 2
                    or not (fold(cur[0].text) in self.names.first_names or undeclined(cur[0].text)
                            or foreign_first_name(cur[0].text) is not None)):
                continue
            if cur.end < n and cur.end not in by_start and self._glued_second_surname(doc, cur.end, alone):
                replace[(e.start, e.end)] = _span(doc, cur.start, cur.end + 1, "PERSON")
                continue
            if cur.end + 2 > n or doc[cur.end].text not in _DASHES:
                continue
            j = cur.end + 1
            other = by_start.get(j)
            if other is not None and (len(other) != 1 or (other.start, other.end) in replace
                                      or (other.label_ not in PERSON_LABELS and self._known_name(doc[j].text))):
                continue
            if not (_name_word(doc[j]) and not doc[j].text.isupper()) or not self._surname_part(doc, doc[j].text):
                continue
            if not _closes_name(doc, j, alone):
                continue
            replace[(e.start, e.end)] = _span(doc, cur.start, j + 1, "PERSON")
            if other is not None:
                replace[(other.start, other.end)] = _span(doc, cur.start, j + 1, "PERSON")

    @staticmethod
    def _double_surname_pairs(spans: list[Span]) -> frozenset[tuple[str, str]]:
        """The stems of the two parts of each double surname that a full name of ``spans`` writes,
        with a spaced dash, a dash against the second part, or a hyphen inside one word."""
        pairs: set[tuple[str, str]] = set()
        for e in spans:
            if e.label_ not in PERSON_LABELS or len(e) < 2:
                continue
            for k in range(1, len(e)):
                t = e[k].text
                if t in _DASHES and k + 1 < len(e):
                    pairs.add((stem(e[k - 1].text), stem(_unglued(e[k + 1].text))))
                elif t[:1] in _DASHES and t[1:2].isupper():
                    pairs.add((stem(e[k - 1].text), stem(t[1:])))
                elif (parts := t.split("-")) and len(parts) == 2 and all(p[:1].isupper() and p.isalpha() for p in parts):
                    pairs.add((stem(parts[0]), stem(parts[1])))
        return frozenset(pairs)

    def _double_surnames_again(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span],
                               added: list[Span]) -> None:
        """"ο Πίτερ Σκοτ-Μόργκαν ... ο Σκοτ – Μόργκαν": a double surname the text has written
        after a first name is the same person's when it comes back alone, though the NER cuts it
        at the dash; two one-word names or free words with the same two stems around a dash are
        one name (not two people, nor a pair of sides)."""
        pairs = self._double_surname_pairs([replace.get((e.start, e.end), e) for e in ents] + added)
        if not pairs:
            return
        owner: dict[int, Span] = {}
        for e in ents:
            for t in range(e.start, e.end):
                owner[t] = e
        for a in added:
            for t in range(a.start, a.end):
                owner.setdefault(t, a)
        n = len(doc)
        for i in range(n - 2):
            if doc[i + 1].text not in _DASHES or not (_name_word(doc[i]) and _name_word(doc[i + 2])):
                continue
            if (stem(doc[i].text), stem(doc[i + 2].text)) not in pairs:
                continue
            parts = [owner.get(i), owner.get(i + 2)]
            if any(p is not None and (len(p) != 1 or p.label_ not in PERSON_LABELS or (p.start, p.end) in replace)
                   for p in parts) or i + 1 in owner:
                continue
            joined = _span(doc, i, i + 3, "PERSON")
            if all(p is None for p in parts):
                added.append(joined)
            for p in parts:
                if p is not None:
                    replace[(p.start, p.end)] = joined

    def _surname_part(self, doc: Doc, word: str) -> bool:
        """Whether ``word`` may be the second part of a double surname: no first name, or a form a
        first name has only in the genitive, which a woman's surname takes ("Παπαδάκη - Νικολάου");
        no function word (an interrogative too) or common word, of the treebank or one the text
        also writes in lower case, which opens the next clause or headline ("Ελένη Παπαδάκη -
        Στον ανακριτή οι δύο", "Χ Ψ - Τι ζητά ... τι")."""
        f = fold(word)
        entries = self.names.first_names.get(f, ())
        return (all(x.slots <= {"gen_sg", "any"} for x in entries) and f not in _FUNCTION_WORDS
                and word.lower() not in self.common_forms and not self._written_lower(doc, word))

    def _glued_second_surname(self, doc: Doc, i: int, alone: frozenset[str]) -> bool:
        """"η υφυπουργός Σοφία Λάσκαρη -Βλάχου αναμένεται": the second part of a double surname
        written with its dash against it, so that the dash and the name are one token."""
        word = doc[i].text
        rest = word[1:]
        return (word[:1] in _DASHES and len(rest) > 1 and rest.isalpha() and rest[:1].isupper()
                and not rest.isupper() and self._greek(rest) and self._surname_part(doc, rest)
                and _closes_name(doc, i, alone))

    def _double_first_names(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"η διοικήτρια Μαρία - Δήμητρα Μουτσίκου", "Χρήστος- Αντώνιος Χατζηδάκης": a double first
        name written with a dash, cut by the NER before it. A known first name alone (a one-word
        PERSON or a free word), a dash, and a full name that opens with a first name of the same
        gender are one person; a name before the first ("Νίκος Παππάς - Γιώργος Λάμπρου", a pair)
        or a dash before it (a chain of names) leaves them apart."""
        owner = {t: e for e in ents for t in range(e.start, e.end)}
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            i = cur.start - 2
            if (e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or len(cur) < 2 or i < 0
                    or doc[i + 1].text not in _DASHES or not _name_word(doc[i]) or doc[i].text.isupper()):
                continue
            first = owner.get(i)
            if first is not None and (first.label_ not in PERSON_LABELS or len(first) != 1 or (first.start, first.end) in replace):
                continue
            if i > 0 and (_name_word(doc[i - 1]) or doc[i - 1].text in _DASHES):
                continue
            g0 = {x.gender for x in self.names.first_names.get(fold(doc[i].text), ()) if not x.learned}
            g1 = {x.gender for x in self.names.first_names.get(fold(cur[0].text), ()) if not x.learned}
            if not g0 & g1:
                continue
            replace[(e.start, e.end)] = _span(doc, i, cur.end, "PERSON")
            if first is not None:
                replace[(first.start, first.end)] = _span(doc, i, cur.end, "PERSON")

    def _counted_first_words(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"με δύο Όσκαρ Πολ Χάγκις": a number counts the noun after it, and no person's name
        follows a number, so a PERSON of three words or more right after one starts a word later."""
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if (e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or len(cur) < 3 or cur.start == 0
                    or not doc[cur.start - 1].like_num or not _name_word(cur[1])):
                continue
            replace[(e.start, e.end)] = _span(doc, cur.start + 1, cur.end, cur.label_)

    def _mixed_gender_first_names(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"κάτοχος Όσκαρ Μπάρμπαρα Κοπλ": a person's first names agree in gender, so a first word
        that is only a man's name before one that is only a woman's (or the reverse) is not part of
        the name (here the award); the name starts at the second."""
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or len(cur) < 3:
                continue
            g0 = {x.gender for x in self.names.first_names.get(fold(cur[0].text), ())}
            g1 = {x.gender for x in self.names.first_names.get(fold(cur[1].text), ())}
            if len(g0) == 1 and len(g1) == 1 and g0 != g1 and _name_word(cur[1]):
                replace[(e.start, e.end)] = _span(doc, cur.start + 1, cur.end, cur.label_)

    def _initial_at(self, doc: Doc, i: int) -> bool:
        """Tokens at ``i`` ("Α." or "Αγγ" "." written together) that abbreviate a first name, not
        an honorific ("Δρ.", "Καθ."), unless the honorific is written as an initial
        (:meth:`_capital_initial`: "Π. Σαράκης")."""
        tok = doc[i]
        text = tok.text if tok.text.endswith(".") else (
            tok.text + "." if i + 1 < len(doc) and doc[i + 1].text == "." and not tok.whitespace_ else "")
        if not text or not _is_initial(text) or self._abbreviated_place(doc, i, text):
            return False
        return ((fold(text) not in self.lex.honorifics and fold(text).rstrip(".") not in self.lex.honorifics)
                or self._capital_initial(doc, i))

    def _abbreviated_place(self, doc: Doc, i: int, text: str) -> bool:
        """"Π. Φαλήρου", "Ν. Σμύρνη": the abbreviated first word of a two-word place of the
        gazetteer ("Παλαιού Φαλήρου", "Νέα Σμύρνη") before its second word, not an initial."""
        j = i + 1 if doc[i].text.endswith(".") else i + 2
        if j >= len(doc):
            return False
        letters = fold(text).rstrip(".")
        return any(first.startswith(letters) for first in self._place_first_words.get(fold(doc[j].text), ()))

    @functools.cached_property
    def _place_first_words(self) -> dict[str, frozenset[str]]:
        """The folded first words of the gazetteer's two-word places, by their folded second word
        (every case form the gazetteer lists): "φαληρου" -> {"παλαιου"}."""
        firsts: dict[str, set[str]] = {}
        for key in self.names.places:
            if len(key) == 2:
                firsts.setdefault(key[1], set()).add(key[0])
        return {k: frozenset(v) for k, v in firsts.items()}

    def _capital_initial(self, doc: Doc, i: int) -> bool:
        """"Αντ. Σαμαράς, Π. Σαράκης", "ο Κ. Καραμανλής": the honorifics of one letter ("κ." for
        κύριος, "π." for πατήρ) are written in lower case ("ο κ. Σαράκης", "ο π. Γεώργιος"), so the
        same letter as a capital with its full stop inside a sentence, before a name word that is
        no first name (a priest's "π." comes before his first name), is a first name's initial."""
        tok = doc[i]
        if not (len(tok.text) == 2 and tok.text.endswith(".") and tok.text[0].isupper()
                and fold(tok.text) in self.lex.honorifics) or self._at_start(doc, i) or i + 1 >= len(doc):
            return False
        nxt = doc[i + 1]
        return _name_word(nxt) and not nxt.text.isupper() and fold(nxt.text) not in self.names.first_names

    @staticmethod
    def _free_or_alone(owner: dict[int, Span], i: int, width: int) -> bool:
        """Token ``i`` is in no entity, or in one that holds nothing but these ``width`` tokens."""
        if i not in owner:
            return True
        other = owner[i]
        return other.start == i and other.end - other.start <= width

    def _extend_by_initials(self, doc: Doc, ents: list[Span], owner: dict[int, Span],
                            replace: dict[tuple[int, int], Span]) -> None:
        """"Α. Καλαϊτζάκης", "Αγγ. Γλύτση": the name is the fullest form the text gives, so an
        abbreviated first name just before a PERSON is part of it; a PERSON that is only such
        an abbreviation takes the surname after it."""
        n = len(doc)
        for e in ents:
            if e.label_ not in PERSON_LABELS or (e.start, e.end) in replace:
                continue
            start, end = e.start, e.end
            if start >= 1 and doc[start - 1].text.endswith(".") and self._free_or_alone(owner, start - 1, 1) \
                    and self._initial_at(doc, start - 1):
                start -= 1
            elif start >= 2 and doc[start - 1].text == "." and self._free_or_alone(owner, start - 2, 2) \
                    and not doc[start - 2].whitespace_ and self._initial_at(doc, start - 2):
                start -= 2
            if start < e.start and start in owner:  # "Βιργ" tagged on its own: it joins the name
                other = owner[start]
                replace[(other.start, other.end)] = _span(doc, start, end, e.label_)
            if len(e) == 1 and self._initial_at(doc, e.start) and not e[0].text.endswith(".") \
                    and e.end + 1 < n and e.end + 1 not in owner and _name_word(doc[e.end + 1]) \
                    and not doc[e.end + 1].text.isupper() and self._abbreviates_first_name(e[0].text) \
                    and not self._written_lower(doc, doc[e.end + 1].text):
                end = e.end + 2  # PERSON "Αγγ" + "." + "Γλύτση"
            if (start, end) != (e.start, e.end):
                replace[(e.start, e.end)] = _span(doc, start, end, e.label_)

    def _extend_by_contractions(self, doc: Doc, ents: list[Span], owner: dict[int, Span],
                                replace: dict[tuple[int, int], Span]) -> None:
        """"ο Κων/νος Ανδρίτσος", "Ανδρίτσος Κων/νος, Δογιάμη Βαρβάρα": Greek shortens a long
        first name to its first and last letters around a slash (:meth:`_contraction_width`); such a
        word free of any entity, right before a PERSON or right after one (a list written
        surname first), is that person's first name, part of the name."""
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS:
                continue
            start, end = cur.start, cur.end
            width = self._contraction_width(doc, end, owner)
            if width and "\n" not in doc[end - 1].whitespace_:
                end += width
            else:
                for w in (1, 3):
                    if start >= w and self._contraction_width(doc, start - w, owner) == w \
                            and "\n" not in doc[start - 1].whitespace_:
                        start -= w
                        break
            if (start, end) != (cur.start, cur.end):
                replace[(e.start, e.end)] = _span(doc, start, end, cur.label_)

    def _extend_by_regnal_numbers(self, doc: Doc, ents: list[Span], owner: dict[int, Span],
                                  replace: dict[tuple[int, int], Span]) -> None:
        """"του βασιλιά Καρόλου Γ΄", "ο πάπας Ιωάννης Παύλος Β΄", "Louis XIV": a monarch's or a
        pope's number, a Greek numeral with its keraia or a Roman one, belongs to the name it
        follows. It follows given names only (one word, or first names all), and a capitalised
        word after it makes it a district's number ("Β΄ Αθηνών"), not a monarch's."""
        n = len(doc)
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or cur.end >= n:
                continue
            end = cur.end
            if end in owner or not _REGNAL_NUMBER.fullmatch(doc[end].text) or "\n" in doc[end - 1].whitespace_ \
                    or (end + 1 < n and _name_word(doc[end + 1])):
                continue
            words = [t for t in cur if t.is_alpha]
            if len(words) != 1 and not all(fold(t.text) in self.names.first_names for t in words):
                continue
            replace[(e.start, e.end)] = _span(doc, cur.start, end + 1, cur.label_)

    def _contraction_width(self, doc: Doc, i: int, owner: dict[int, Span]) -> int:
        """The tokens of a first name contracted around a slash at ``i`` ("Κων/νος", or "Κων / νος"
        where the slash stands apart): a capitalised start and a lower-case end that open and
        close a form of a first name the lexicon holds (Κωνσταντίνος); 0 when there is none."""
        n = len(doc)
        if i >= n or i in owner:
            return 0
        if "/" in doc[i].text:
            width, (head, _, tail) = 1, doc[i].text.partition("/")
        elif i + 2 < n and doc[i + 1].text == "/" and not {i + 1, i + 2} & owner.keys():
            width, head, tail = 3, doc[i].text, doc[i + 2].text
        else:
            return 0
        if not (head.isalpha() and tail.isalpha() and head[:1].isupper() and head[1:].islower() and tail.islower()
                and 2 <= len(head) <= 5 and 2 <= len(tail) <= 5 and self._greek(head + tail)):
            return 0
        f_head, f_tail = fold(head), fold(tail)
        return width if any(k.startswith(f_head) and k.endswith(f_tail) and len(k) > len(f_head) + len(f_tail)
                            for k in self._first_names_by_initial.get(f_head[:1], ())) else 0

    @functools.cached_property
    def _first_names_by_initial(self) -> dict[str, tuple[str, ...]]:
        """The folded forms of the known first names, by their first letter."""
        out: dict[str, list[str]] = {}
        for k in self.names.first_names:
            out.setdefault(k[:1], []).append(k)
        return {c: tuple(v) for c, v in out.items()}

    def _abbreviates_first_name(self, word: str) -> bool:
        """"Αγγ", "Χρ", "Δ": the first letters of a first name the lexicon holds ("Ριμ", "Λενό"
        before a full stop are a whole name closing a sentence, not an abbreviation)."""
        f = fold(word)
        return len(f) == 1 or f in self._first_name_prefixes

    @functools.cached_property
    def _first_name_prefixes(self) -> frozenset[str]:
        """The folded first two to four letters of every form of a known first name."""
        return frozenset(k[:m] for k in self.names.first_names for m in range(2, 5) if len(k) > m)

    @staticmethod
    def _written_lower(doc: Doc, word: str) -> bool:
        """The text also writes ``word`` in lower case ("Είναι" at a sentence's start and
        "είναι" inside one): a common word, which a capital at a start does not make a name."""
        low = word.lower()
        return any(t.text == low for t in doc if t.is_alpha and t.text[:1].islower())

    def _initialled_list_items(self, doc: Doc, ents: list[Span], owner: dict[int, Span],
                               replace: dict[tuple[int, int], Span], added: list[Span]) -> None:
        """"Α. Καλαϊτζάκης, Δημ. Ιούλιος, Φωτ. Δημητρίου, Ε. Διακολιός": in a list of people
        written as initials and surnames, an item of the same shape after one of them and
        before the next initial is a person too, though its surname is also a month or a first
        name's genitive (a date the NER read there gives way)."""
        persons = sorted((replace.get((e.start, e.end), e) for e in ents), key=lambda e: e.start)
        persons = [e for e in persons if e.label_ in PERSON_LABELS and self._initial_at(doc, e.start)]
        n = len(doc)
        for prev in persons:
            i = prev.end
            if i + 4 >= n or doc[i].text != "," or not self._initial_at(doc, i + 1):
                continue
            k = i + 2 if doc[i + 1].text.endswith(".") else i + 3
            if k >= n or not _name_word(doc[k]) or doc[k].text.isupper():
                continue
            end = k + 1  # the item ends at a comma or "και" before the next initial, as its neighbours do
            if not (end + 1 < n and doc[end].text in (",", "και") and self._initial_at(doc, end + 1)):
                continue
            inside = {id(owner[t]): owner[t] for t in range(i + 1, end) if t in owner}
            if any(o.label_ != "DATE" or o.start < i + 1 or o.end > end for o in inside.values()):
                continue  # a person already, or something else the NER saw there
            for o in inside.values():
                replace[(o.start, o.end)] = _span(doc, i + 1, end, "PERSON")
            if not inside:
                added.append(_span(doc, i + 1, end, "PERSON"))

    def _join_particles(self, doc: Doc, owner: dict[int, Span], role_tokens: set[int],
                        replace: dict[tuple[int, int], Span]) -> None:
        """"Ούρσουλα φον ντερ Λάιεν", "Τζόναθαν Βαν Ταμ": particles between name words join them
        into one name when a PERSON touches the run (the NER often stops at the particle). A
        role's word is no name word, unless a given name that the role's words ran into: "ο
        υπουργός Εξωτερικών Ουαλίντ αλ Μουάλεμ" joins from "Ουαλίντ"."""
        n, i = len(doc), 1
        while i < n - 1:
            if fold(doc[i].text) not in self.lex.name_particles:
                i += 1
                continue
            j = i
            while j < n and j - i < 3 and fold(doc[j].text) in self.lex.name_particles:
                j += 1
            left, right = i, j
            def free(t: int, particle: int = i) -> bool:
                return _name_word(doc[t]) and not doc[t].text.isupper() and (
                    t not in role_tokens or self._given_name(doc[t].text)) and (
                    t not in owner or owner[t].label_ in PERSON_LABELS
                    or self._unknown_place_word(doc, owner[t], particle)
                    or self._given_name_before_particle(doc, owner[t], t, particle))

            while left > 0 and i - left < _MAX_NAME - 1 and free(left - 1):
                left -= 1
            while right < n and right - j < 2 and free(right):
                right += 1
            opens = doc[i].text[:1].isupper() and i in owner and owner[i].label_ in PERSON_LABELS
            if (left == i and not opens) or right == j:  # "τον Βαν Ταμ": a capital particle opens a name
                i = j
                continue
            touched = {id(owner[t]): owner[t] for t in range(left, right) if t in owner}
            persons = [e for e in touched.values() if e.label_ in PERSON_LABELS]
            if persons:
                start = min([left] + [e.start for e in persons])
                end = max([right] + [e.end for e in touched.values()])
                for e in touched.values():
                    if e.label_ not in PERSON_LABELS and e.start < start:
                        # "Επιτροπής | Ούρσουλα": the body keeps its own words, the person starts after them
                        replace[(e.start, e.end)] = _span(doc, e.start, start, e.label_)
                        replace.setdefault((start, end), _span(doc, start, end, "PERSON"))
                    else:
                        replace[(e.start, e.end)] = _span(doc, start, end, "PERSON")
            i = j

    def _bishops_by_see(self, doc: Doc, ents: list[Span], owner: dict[int, Span],
                        replace: dict[tuple[int, int], Span], added: list[Span]) -> None:
        """"ο Μητροπολίτης Μεσογαίας Νικόλαος", "του Μητροπολίτη Καισαριανής Δανιήλ": a bishop is
        styled by his see in the genitive and a first name alone (linking.json ``see_titles``). A
        PERSON of a capitalised word and a Greek first name right after such a title starts at the
        first name (the word is the see); a free Greek first name right after the title, its see
        taken into the role, is the bishop."""
        starts = {e.start: e for e in ents if e.label_ in PERSON_LABELS}
        for r in doc.spans.get("roles", []):
            title = r._.role_title or ""
            if not any(title == t or title.startswith(t + " ") for t in _SEE_TITLES) or r.end >= len(doc):
                continue
            e = starts.get(r.end)
            if e is not None and (e.start, e.end) not in replace:
                if (len(e) == 2 and _name_word(e[0]) and self._greek(e[0].text)
                        and fold(e[0].text) not in self.names.first_names and self._greek_first_name(e[1].text)):
                    replace[(e.start, e.end)] = _span(doc, e.start + 1, e.end, e.label_)
                continue
            tok = doc[r.end]
            if (r.end not in owner and _name_word(tok) and not tok.text.isupper() and self._greek_first_name(tok.text)
                    and not (r.end + 1 < len(doc) and _name_word(doc[r.end + 1]))):
                added.append(_span(doc, r.end, r.end + 1, "PERSON"))

    def _given_name(self, word: str) -> bool:
        """A known Greek first name, or a given name of the public foreign list (any frequency)."""
        return fold(word) in self.names.first_names or foreign_first_name(word) is not None

    def _given_name_before_particle(self, doc: Doc, ent: Span, t: int, particle: int) -> bool:
        """"της Επιτροπής Ούρσουλα φον ντερ Λάιεν", "ο Πάολο Ντι Κάνιο": a given name (Greek or of
        the public foreign list) that ends an entity of another label right before a name
        particle is the first name the particle follows, not a word of that body, nationality or
        place: a particle stands inside a person's name ("φον", "ντε", "ντα"), never after the
        name of a body or a place."""
        return (ent.label_ not in PERSON_LABELS and t == ent.end - 1 == particle - 1
                and not doc[t].text.isupper() and self._given_name(doc[t].text))

    def _unknown_place_word(self, doc: Doc, ent: Span, particle: int) -> bool:
        """"Λούντβιχ βαν Μπετόβεν": a lone word tagged as a place just before a lower-case
        name particle, when the gazetteer knows no such place, is the first name the particle
        follows (a particle never follows a place's name in Greek)."""
        return (ent.label_ in ("GPE", "LOC") and len(ent) == 1 and ent.end == particle
                and doc[particle].text[:1].islower() and (fold(ent.text),) not in self.names.places)

    @staticmethod
    def _street_number_after(doc: Doc, ent: Span, words: list[str]) -> bool:
        """A street address: Greek streets are named in the genitive ("Καρύτση", "Ελευθερίου
        Βενιζέλου", "Κων. Παλαιολόγου" with its first name cut short), and a house number follows,
        closing the phrase ("Καρύτση 8.", "Σταδίου 10-12,", "(Σίνα 4)", the bracket glued to the
        number) or naming the district the street runs through ("Σίνα 4 στο Κολωνάκι": «σε» and
        an article). A name in the nominative (-ς) with a number after it is a person with a score."""
        if not words or any(w.endswith("σ") for w in words) or ent.end >= len(doc) \
                or not all(t.is_alpha or (t.i < ent.end - 1 and t.text.rstrip(".").isalpha()) for t in ent):
            return False
        number = doc[ent.end].text
        if _HOUSE_NUMBER.fullmatch(number.rstrip(".),")) is None:
            return False
        if PeopleResolver._in_score_list(doc, ent.start, ent.end + 1):
            return False  # "Σπανούλης 11, Παπανικολάου 6, ...": players and their points
        if number.endswith((".", ")", ",")) or ent.end + 1 == len(doc):
            return True  # "Καρύτση 8." closing the sentence
        after = doc[ent.end + 1].text
        return after in _ADDRESS_CLOSERS or "\n" in after or fold(after) in _INTO_ARTICLES

    @staticmethod
    def _in_score_list(doc: Doc, start: int, end: int) -> bool:
        """Another capitalised word with a number right before or after ", ": a list of scores."""
        def pair(i: int) -> bool:
            return 0 <= i < len(doc) - 1 and doc[i].text[:1].isupper() and doc[i].is_alpha \
                and _HOUSE_NUMBER.fullmatch(doc[i + 1].text.rstrip(".")) is not None
        if start >= 1 and doc[start - 1].text.endswith(":"):
            return True  # "Ολυμπιακός: Σπανούλης 11": a team's line opens the list
        before = start >= 3 and doc[start - 1].text == "," and pair(start - 3)
        after = end + 2 < len(doc) and doc[end].text == "," and pair(end + 1)
        return before or after

    def _not_a_person(self, doc: Doc, ent: Span) -> str | None:
        """The label of a PERSON span that names a place or a body: a place the gazetteer
        holds ("Κοζάνη"), or words that begin with the head of a body or of a venue ("Δήμος
        Χ", "Πλατεία Χ"); None when it may be a person (a first name or an honorific decides)."""
        words = [fold(t.text) for t in ent if t.is_alpha]
        if (ent.start >= 3 and doc[ent.start - 2].like_num and doc[ent.start - 1].text in ("&", "και")
                and doc[ent.start - 3].is_alpha and doc[ent.start - 3].text[:1].isupper()
                and not any("nom_sg" in e.slots for w in words for e in self.names.first_names.get(w, ()))):
            return "FAC"  # "Ιερά Οδός 48 & Μεγάλου Αλεξάνδρου": the corner street of an address
        if self._street_number_after(doc, ent, words):
            return "FAC"  # "Καρύτση 8", "Ελευθερίου Βενιζέλου 12": a street and its number
        if any(any(c.isdigit() for c in t.text) and any(c.isalpha() for c in t.text) for t in ent):
            return "PRODUCT"  # "SARS-CoV-2", "COVID-19": no word of a person's name holds a digit
        if not words or any(w in self.names.first_names for w in words):
            return None
        prev = fold(doc[ent.start - 1].text) if ent.start > 0 else ""
        if prev in self.lex.honorifics or prev.rstrip(".") in self.lex.honorifics:
            return None
        if tuple(words) in self.names.places:
            return "GPE"
        if prev in _PLACE_KIND_WORDS and doc[ent.start - 1].text.islower():
            return "GPE"  # "της κομητείας Γουέστ Μίντλαντς", "στο χωριό Ζαρός": the kind's own name follows it
        if prev in _FACILITY_WORDS and doc[ent.start - 1].text.islower():
            return "FAC"  # "στο νοσοκομείο Χατζηκώστα": the building's own name follows its kind
        if len(words) == 1 and words[0].endswith(_ABSTRACT_ENDINGS):
            return "NORP"  # "ο Φιλελευθερισμός": -ισμός makes abstract nouns (doctrines), never names
        if len(words) == 1 and self._nationality_noun(words[0]):
            return "NORP"  # "η Σλοβένα", "του Αφροαμερικανού": who someone is, not a name
        if (len(ent) == 1 and ent.text.isupper() and 2 <= len(ent.text) <= 8 and ent.text.isalpha()
                and not (len(ent.text) > 4 and words[0].endswith("σ"))):
            # "ΟΠΑΝΔΑ": a one-word name in capitals is an acronym ("ΤΣΙΠΡΑΣ" in a headline is not).
            return "ORG"
        if len(words) > 1 and words[0] in self.names.org_heads:
            return "ORG"
        if len(words) > 1 and words[0] in self.names.place_heads:
            return "FAC"
        last = self.names.places.get((words[-1],))
        if len(words) > 1 and last is not None and fold(last) != words[-1]:
            return "GPE"  # "τον Αλίκαμπο Χανίων": a place's genitive closes a place's name, not a person's
        if prev in _NEUTER_SINGULAR and ent.text[:1].isascii() and ent.text[:1].lower() in _LATIN_KEEPS_FINAL_N:
            return "PRODUCT"  # "με το Card Scanner": the same article test on a Latin name names a thing
        if prev in _NEUTER_SINGULAR and self._greek(ent.text) and fold(ent.text).startswith(_KEEPS_FINAL_N):
            # "στο Μπρονξ", "το Ντίσνεϊλαντ": before these sounds the masculine article keeps its
            # -ν ("στον Κώστα", "τον Ντίνο"), so "το"/"στο" here is neuter, and no person is neuter
            return "GPE"
        return None

    @functools.cached_property
    def _nationalities(self) -> frozenset[str]:
        """Every form of the nationality nouns (``role_grammar.json``, stated once there)."""
        from keryx.components.role_phrases import RoleGrammar
        from keryx.lang.el import read_text

        return RoleGrammar.from_text(read_text("role_grammar.json")).nationality

    @functools.cached_property
    def _compound_nationalities(self) -> tuple[str, ...]:
        """The nationality forms long enough to end a compound (five letters or more)."""
        return tuple(n for n in self._nationalities if len(n) >= 5)

    def _nationality_noun(self, word: str) -> bool:
        """A folded word that is a nationality noun, or a compound ending in one after the
        joining -ο- ("αφροαμερικανος", "ελληνοκυπριος")."""
        if word in self._nationalities:
            return True
        if not word.endswith(self._compound_nationalities):
            return False  # one C-level test: most words end in none of them
        return any(word.endswith(n) and word[-len(n) - 1] == "ο" for n in self._nationalities
                   if len(n) >= 5 and len(word) > len(n) + 2)

    def _name_shaped(self, ent: Span) -> bool:
        """One to four capitalised words with nothing of a body's or a place's name: no head
        word ("Ίδρυμα", "Πλατεία", "Ltd"), no acronym, not a known body or place."""
        toks = [t for t in ent if not t.is_punct]
        if not 1 <= len(toks) <= 4 or not all(_name_word(t) or fold(t.text) in self.lex.name_particles for t in toks):
            return False
        words = [fold(t.text) for t in toks]
        if any(t.text.isupper() and ACRONYM.match(t.text) for t in toks):
            return False
        if any(w in self.names.org_heads or w in self.names.place_heads or w in self.lex.latin_body_words
               for w in words):
            return False
        if tuple(words) in self.names.places or " ".join(words) in self.lex.known_orgs:
            return False
        return not any((w,) in self.names.places for w in words)

    def _bodies_read_as_people(self, doc: Doc, ents: list[Span], owner: dict[int, Span],
                               replace: dict[tuple[int, int], Span]) -> None:
        """The reverse of ``_one_sense`` and ``_not_a_person``: a name-shaped span tagged as a
        body or a place is a person when the document gives a person of the same words (its
        full name, or its surname: "Σνόουντεν" after "Έντουαρντ Σνόουντεν"), or when a role
        holds it as its holder ("του υπουργού Δικαιοσύνης Τοντ Μπλανς"), or when it spells a
        person's name in Latin letters in brackets after it. (Tried and left out: a verb of saying
        after the name, "ο Χ Ψ δήλωσε", changed nothing measured; a role in apposition, "Χ,
        διευθύντρια της Ψ", took one organisation away on the elNER dev set.)"""
        roles = doc.spans.get("roles", [])
        role_by_end = {r.end: r for r in roles}
        role_starts = {t for r in roles for t in range(r.start, r.end)}
        found: list[tuple[int, int, Span]] = []
        for e in ents:
            if e.label_ == "FAC" and (e.start, e.end) not in replace and self._name_shaped(e) \
                    and self._foreign_full_name(doc, e, role_starts, ents):
                found.append((e.start, e.end, e))  # a facility's name has a head word ("Bridge", "Αίθουσα")
                continue
            if e.label_ not in _REVERSE or (e.start, e.end) in replace:
                continue
            if self._named_list_item(doc, e, owner):  # its first name may be a body's head ("Δήμος")
                found.append((e.start, e.end, e))
                continue
            if not self._name_shaped(e):
                continue
            if e.label_ == "ORG" and self._foreign_full_name(doc, e, role_starts, ents):
                found.append((e.start, e.end, e))
                continue
            # a role whose words run up to the name, or that closes right before it
            lo = e.start
            while lo > 0 and lo - 1 not in owner and _name_word(doc[lo - 1]) and _foreign_in_greek(doc[lo - 1].text):
                lo -= 1  # "Τοντ": a foreign first name the NER left out
            role = role_by_end.get(lo)
            inner = role_by_end.get(e.end)  # the role took the name for its body's
            if role is None and inner is not None and inner.start < lo:
                role = inner
            if role is not None and lo > 0:
                foreign = any(_foreign_in_greek(t.text) for t in doc[lo:e.end])
                # a body after a role stands in the genitive ("πρόεδρος Ολυμπιακού"), a holder
                # agrees with the role; a foreign name or a first name leaves no doubt
                first = any(fold(t.text) in self.names.first_names for t in doc[lo:e.end])
                prev = fold(doc[lo - 1].text)
                # (a plural article makes a group's name: "ο αντιπρόεδρος των Μπουλς"; the role's body
                # noun in lower case right before the name makes it that body's: "μέλη του κινήματος Χ")
                if (prev not in _APPOSITION_ARTICLES and prev not in _PREPOSITION_ARTICLES
                        and prev not in _PLURAL_ARTICLES and (foreign or first)
                        and not (prev in _PLACE_KIND_WORDS and doc[lo - 1].text.islower())
                        and not (not first and doc[lo - 1].is_lower and prev in self.names.org_heads
                                 and foreign_first_name(doc[lo].text) is None)):
                    found.append((lo, e.end, e))
                    continue
            if (self._original_spelling(doc, e, owner) or self._listed_with_people(doc, e, owner)
                    or self._surname_by_suffix(doc, e) or self._woman_by_surname(doc, e)):
                found.append((e.start, e.end, e))
        for e in ents:
            if e.label_ == "NORP" and (e.start, e.end) not in replace and self._one_of_a_people_misread(doc, e) \
                    and not self._adjective_before_noun(doc, e, role_starts):
                found.append((e.start, e.end, e))
        for lo, hi, e in found:
            replace[(e.start, e.end)] = _span(doc, lo, hi, "PERSON")
        # one sense per document: the full names and surnames of the people it names
        full: set[tuple[str, ...]] = set()
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            words = tuple(stem(t.text) for t in cur if t.is_alpha)
            if cur.label_ in PERSON_LABELS and len(words) > 1:
                full.add(words)
                full.add(words[-1:])
                if fold(cur[0].text) in self.names.first_names:  # "η Βιργινία" after "Βιργινία Τσιγαρίδα"
                    full.add(words[:1])
        if not full:
            return
        for e in ents:
            if e.label_ not in _REVERSE or (e.start, e.end) in replace or not self._name_shaped(e):
                continue
            words = tuple(stem(t.text) for t in e if t.is_alpha)
            if words in full:
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, "PERSON")

    def _entity_index(self, ents: list[Span]) -> tuple[frozenset[str], frozenset[int]]:
        """The stems of the one-word places and bodies among ``ents`` and the ends of its bodies,
        built once per list: :meth:`_foreign_full_name` runs once per candidate name, and a scan
        of every entity for each would make the cost per document quadratic."""
        cached = self._entity_index_cache
        if cached is not None and cached[0] is ents:
            return cached[1], cached[2]
        leads = frozenset(stem(e[0].text) for e in ents if len(e) == 1 and e.label_ in _ONE_SENSE)
        org_ends = frozenset(e.end for e in ents if e.label_ == "ORG")
        self._entity_index_cache = (ents, leads, org_ends)
        return leads, org_ends

    def _foreign_full_name(self, doc: Doc, ent: Span, role_tokens: set[int], ents: list[Span]) -> bool:
        """"Bill Gates", "την Angela Merkel", "ο Ζόραν Πέτροβιτς", "της Τζένιφερ Μόρις" read as a
        body: two or three capitalised words of one script (none in capitals) whose first is a
        given name of the public list of 55 countries' and regions' names
        (``foreign_first_names.tsv``; in Greek letters by its sound key of five sounds or more,
        ``name_sound_key``), common in some country (frequency class 3 or more), is a person.
        (Called for a body and for a facility: "ο οδηγός ονομάζεται Brian Thomas Wolfe" tagged FAC.)

        Refused where it may still be a body or a thing: a name the list marks for one sex after
        an article of the other or of the neuter ("η Louis Vuitton", "το Jean Monnet"), a name of
        either sex after a feminine one (a company's gender: "η Morgan Stanley"), a plural article
        (a band, a team), a lower-case word before it that is no article, role or function word
        (the kind of a thing it names: "του προγράμματος Erasmus Mundus"; a verb in -ται is no kind: "ονομάζεται Χ Ψ"), quotes around it (a
        title), a body's name and "και" or "&" right before it (the second of two people a body
        is named after: "Ίδρυμα Bill και Melinda Gates"), and a first word that the text also
        names alone as a body or a place (a club's short name: "η Παρί" beside "Παρί Σεν
        Ζερμέν"; a given name alone is no body). The callers have already refused a head word of
        a body (Inc, Group, Foundation, FC ...), an acronym, a known body or place, or a word
        that is a place."""
        words = list(ent)
        if not 2 <= len(words) <= 3 or not all(_name_word(t) and not t.text.isupper() for t in words):
            return False
        greek = [self._greek(t.text) for t in words]
        if any(greek) and not all(greek):
            return False
        first = fold(words[0].text)
        if first in self.lex.name_particles or first in _NAME_LINKS:
            return False  # "Le Point", "Van Dyke", "De Telegraaf": a particle or an article, not a given name
        given = foreign_first_name(words[0].text)
        if given is None or given.frequency < COMMON_GIVEN_FREQUENCY:
            return False
        leads, org_ends = self._entity_index(ents)
        if stem(words[0].text) in leads:
            return False
        if ent.start > 1 and doc[ent.start - 1].text in ("και", "&") and ent.start - 1 in org_ends:
            return False
        if ent.start > 0:
            prev = doc[ent.start - 1]
            f = fold(prev.text)
            if f in self.names.articles:
                gender = article_case_gender(f, self.names)[1]
                # a body's name is feminine in Greek ("η εταιρεία"): after "η" only a woman's name
                if gender is None or gender == "n" or f in _PLURAL_ARTICLES or (
                        gender != given.gender and (given.gender != "u" or gender == "f")):
                    return False
            elif prev.text in _QUOTE_PAIRS:
                return False
            elif (prev.is_alpha and prev.text.islower() and self._greek(prev.text) and len(f) > 2
                  and f not in _FUNCTION_WORDS and prev.i not in role_tokens
                  and f not in self.lex.honorifics and f.rstrip(".") not in self.lex.honorifics
                  and not _MEDIOPASSIVE.fullmatch(f)):
                return False
        return True

    def _one_of_a_people_misread(self, doc: Doc, ent: Span) -> bool:
        """"τον Χατζηγιοβάνη", "σύμφωνα με τον Στάρκους" read as a people's name (NORP): a
        people's name stands in the plural ("οι Έλληνες") or, in the singular, is a nationality
        noun or a demonym ("ο Γάλλος", "ο Κρητικός", "ο Αθηναίος"); one word after a singular
        article that is neither is a person's surname."""
        if len(ent) != 1 or ent.start == 0 or not _name_word(ent[0]) or ent[0].text.isupper() \
                or not self._greek(ent[0].text):
            return False
        if _article(doc[ent.start - 1].text) not in _SINGULAR_ARTICLES:
            return False
        f = fold(ent[0].text)
        return not (self._nationality_noun(f) or self._demonym_shaped(ent[0].text) or f.endswith(_ABSTRACT_ENDINGS)
                    or (f,) in self.names.places)

    @classmethod
    def _demonym_shaped(cls, word: str) -> bool:
        """The word ends as a demonym does, its accent included ("Αμερικανή", "Ταϊλανδού", not
        "Χατζηγιοβάνη")."""
        return cls._ends_accented(word, _DEMONYM_ENDINGS)

    @staticmethod
    def _ends_accented(word: str, endings: tuple[str, ...]) -> bool:
        """``word`` ends in one of ``endings`` with the accent where the ending has it ("Βαρδάκη"
        in "-άκη", "Ολυμπιακός" not in "-άκος"); a word written without accents is compared
        without them."""
        low = unicodedata.normalize("NFC", word.lower())
        f = fold(word)
        accent = max((k for k, c in enumerate(low) if c in _ACCENTED), default=None)
        for e in endings:
            if not f.endswith(fold(e)):
                continue
            e_accent = next((k for k, c in enumerate(e) if c in _ACCENTED), None)
            if accent is None or e_accent is None or accent == len(low) - len(e) + e_accent:
                return True
        return False

    def _surname_by_suffix(self, doc: Doc, ent: Span) -> bool:
        """"η Ερη Βαρδάκη", "τον executive chef Αστέριο Κουστούδη" read as a body or a place: two
        capitalised Greek words, the second ending in a suffix that makes Greek surnames
        (``surname_endings`` of inflection.json: -όπουλος, -άκης, -ίδης, -άδης, -ούδης, -άκος, -όγλου
        and their forms), the first no place, are a first name and a surname. A body or a place named after
        someone has its head word before the name ("Μουσείο Μπενάκη", excluded by
        :meth:`_name_shaped`) or stands in quotes («Ελευθέριος Βενιζέλος»)."""
        words = [t for t in ent if t.is_alpha]
        if len(words) != 2 or len(ent) != 2 or any(t.text.isupper() or not self._greek(t.text) for t in words):
            return False
        if ent.start > 0 and (doc[ent.start - 1].text in _QUOTE_PAIRS or fold(doc[ent.start - 1].text) in _FACILITY_WORDS
                              or fold(doc[ent.start - 1].text) in _PLACE_KIND_WORDS):
            return False
        first, last = fold(words[0].text), fold(words[1].text)
        return (self._ends_accented(words[1].text, self.names.surname_suffixes) and len(last) > 5
                and (first,) not in self.names.places and not self._ends_accented(words[0].text, self.names.surname_suffixes))

    def _woman_by_surname(self, doc: Doc, ent: Span) -> bool:
        """"η Τοπαλούδη", "της αείμνηστης Παπαδοπούλου", "την Καραγιαννίδου" read as a place or a body:
        one Greek word ending in a suffix only surnames have (``surname_endings`` "only_surnames" of
        inflection.json: -οπούλου, -άκη, -ίδου, -άδου, -ούδη and the rest), no place in any form,
        after a feminine singular article (and at most one lower-case word between, an adjective:
        "της αείμνηστης") is a woman named by her surname; a woman's surname is the genitive
        of her father's, which these suffixes form and no place's name has."""
        if len(ent) != 1 or ent.start == 0 or not _name_word(ent[0]) or ent[0].text.isupper() \
                or not self._greek(ent[0].text):
            return False
        word = ent[0].text
        if len(fold(word)) <= 5 or not self._ends_accented(word, self.names.surname_suffixes) \
                or (fold(word),) in self.names.places:
            return False
        k = ent.start - 1
        if k > 0 and doc[k].is_alpha and doc[k].text.islower() and fold(doc[k].text) not in _ANY_ARTICLES:
            k -= 1  # "της αείμνηστης Χ"
        return fold(doc[k].text) in _FEMININE_SINGULAR_ARTICLES and "\n" not in doc[k].whitespace_

    @staticmethod
    def _coded(doc: Doc, end: int) -> int | None:
        """The end of a "(UA)"-like country code right after ``end``, if there is one."""
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and _COUNTRY_CODE.fullmatch(doc[end + 1].text):
            return end + 3
        return None

    def _listed_with_people(self, doc: Doc, ent: Span, owner: dict[int, Span]) -> bool:
        """"Viacheslav Poliakov (UA), Alexey Shlyk (BY)": names in a list, each with its
        country's code in brackets, are alike; one of them a person makes the rest people."""
        after = self._coded(doc, ent.end)
        if after is None or sum(t.is_alpha for t in ent) < 2:
            return False
        nxt = owner.get(after + 1) if after < len(doc) and doc[after].text == "," else None
        if nxt is not None and nxt.start == after + 1 and nxt.label_ in PERSON_LABELS \
                and self._coded(doc, nxt.end) is not None:
            return True
        if ent.start >= 5 and doc[ent.start - 1].text == "," and doc[ent.start - 2].text == ")":
            prev = owner.get(ent.start - 5)
            return prev is not None and prev.end == ent.start - 4 and prev.label_ in PERSON_LABELS
        return False

    def _named_list_item(self, doc: Doc, ent: Span, owner: dict[int, Span]) -> bool:
        """"σκηνοθέτες (Δήμος Χ, Στέλιος Ψ, ...)": a first name in the nominative and a surname
        in the nominative ("Δήμος" is also a municipality), opening a list or inside one, with a
        person right after the comma that follows it, is a person like the rest."""
        if len(ent) != 2 or ent.end + 1 >= len(doc) or doc[ent.end].text != "," or ent.start == 0:
            return False
        first, last = fold(ent[0].text), fold(ent[1].text)
        entries = [e for e in self.names.first_names.get(first, ()) if "nom_sg" in e.slots]
        if not entries or not _name_word(ent[1]) or (last,) in self.names.places or last in self.names.first_names:
            return False
        if not all(e.gender == "f" for e in entries) and not last.endswith("σ"):
            return False  # a man's surname in the nominative ends in -ς ("Δήμος Πειραιά" is the town's)
        nxt = owner.get(ent.end + 1)
        if nxt is None or nxt.start != ent.end + 1 or nxt.label_ not in PERSON_LABELS:
            return False
        before = doc[ent.start - 1].text
        prev = owner.get(ent.start - 2) if before == "," and ent.start >= 2 else None
        return before in ("(", ":") or (prev is not None and prev.end == ent.start - 1
                                         and prev.label_ in PERSON_LABELS)

    def _original_spelling(self, doc: Doc, ent: Span, owner: dict[int, Span]) -> bool:
        """"Ιρίτ Μπεν Άμπα (Irit Ben Abba)": a Latin name in brackets right after a person's
        name, of as many words, is that name as its bearer writes it."""
        if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
            return False
        before = owner.get(ent.start - 2)
        words = [t for t in ent if t.is_alpha]
        return (before is not None and before.label_ in PERSON_LABELS and before.end == ent.start - 1
                and all(not self._greek(t.text) for t in words)
                and sum(t.is_alpha for t in before) == len(words))

    def _bare(self, doc: Doc, ent: Span, role_tokens: set[int]) -> bool:
        """A PERSON span with nothing that makes it a person: no known first name, no
        honorific and no role just before it."""
        if any(fold(t.text) in self.names.first_names for t in ent) or ent.start in role_tokens:
            return False
        if ent.start > 0 and ent.start - 1 in role_tokens:
            return False
        prev = fold(doc[ent.start - 1].text) if ent.start > 0 else ""
        return not (prev in self.lex.honorifics or prev.rstrip(".") in self.lex.honorifics)

    def _one_sense(self, doc: Doc, ents: list[Span], role_tokens: set[int],
                   replace: dict[tuple[int, int], Span]) -> None:
        """One sense per document: a bare PERSON span ("ο Φοίνικας") whose words the same text
        tags elsewhere as a body or a place ("του Φοίνικα", "Φοίνικας Σύρου") names that
        thing, unless the text also gives a person of that surname with a first name."""
        label_of: dict[tuple[str, ...], str] = {}
        full_surnames: set[str] = set()
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            words = tuple(stem(t.text) for t in cur if t.is_alpha)
            if not words:
                continue
            if cur.label_ in PERSON_LABELS:
                if len(words) > 1:
                    full_surnames.add(words[-1])
                continue
            if cur.label_ not in _ONE_SENSE:
                continue
            label_of.setdefault(words, cur.label_)
            for k in range(1, len(words)):  # "Φοίνικας Σύρου": the name before a place's genitive
                rest = cur[k:] if len(cur) == len(words) else None
                if rest is not None and all(self._place_genitive(t) for t in rest):
                    label_of.setdefault(words[:k], cur.label_)
        tokens = list(doc)
        for prev, tok in zip(tokens, tokens[1:]):  # "ο Αστέρας Τρίπολης", untagged: a name and a place's genitive make a body
            if (self._place_genitive(tok) and _name_word(prev) and not prev.text.isupper()
                    and fold(prev.text) not in self.names.first_names and prev.i - 1 not in role_tokens):
                label_of.setdefault((stem(prev.text),), "ORG")
        if not label_of:
            return
        for e in ents:
            if e.label_ not in PERSON_LABELS or (e.start, e.end) in replace or not self._bare(doc, e, role_tokens):
                continue
            words = tuple(stem(t.text) for t in e if t.is_alpha)
            label = label_of.get(words)
            if label is not None and words[-1] not in full_surnames:
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, label)

    def _place_genitive(self, tok: Token) -> bool:
        """"Σύρου", "Χανίων": a place the gazetteer holds, in a form other than its nominative."""
        nom = self.names.places.get((fold(tok.text),))
        return nom is not None and fold(nom) != fold(tok.text)

    def _fixed_place_genitive(self, doc: Doc, tok: Token) -> bool:
        """"του Ντόρτμουντ", "του Ντνίπρο": a place the gazetteer holds in one form only (a
        foreign name Greek does not decline) after a genitive article is in the genitive."""
        return ((fold(tok.text),) in self.names.fixed_places and tok.i > 0
                and fold(doc[tok.i - 1].text) in _GENITIVE_ARTICLES)

    def _place_glosses(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"Νέα Υόρκη (Νιούαρκ)": a bracketed name with no first name right after a place
        narrows or renames that place; it is not a person."""
        ends = {e.end: e for e in ents if e.label_ in ("GPE", "LOC")}
        n = len(doc)
        for e in ents:
            if (e.label_ not in PERSON_LABELS or (e.start, e.end) in replace or e.start < 2 or e.end >= n
                    or doc[e.start - 1].text != "(" or doc[e.end].text != ")"):
                continue
            place = ends.get(e.start - 1)
            if place is not None and not any(fold(t.text) in self.names.first_names for t in e):
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, place.label_)

    def _plural_names(self, doc: Doc, ents: list[Span], role_tokens: set[int],
                      replace: dict[tuple[int, int], Span]) -> None:
        """"οι Rolling Stones", "τους Ολντ Σπάις": a bare name of two words or more alone after
        a plural article is a group's name (a band, a team); people under one plural article
        come as a list ("οι Χ και Ψ", "οι Χ, Ψ"), which keeps them, and a one-word name may be a
        family ("οι Ροκφέλερ")."""
        starts = {e.start for e in ents if e.label_ in PERSON_LABELS}
        n = len(doc)
        surnames = {stem(e[-1].text) for e in ents if e.label_ in PERSON_LABELS and sum(t.is_alpha for t in e) > 1}
        for e in ents:
            if (e.label_ not in PERSON_LABELS or (e.start, e.end) in replace or e.start == 0
                    or fold(doc[e.start - 1].text) not in _PLURAL_ARTICLES or not self._bare(doc, e, role_tokens)):
                continue
            if sum(t.is_alpha for t in e) < 2 and not self._plural_one_word(doc, e, surnames):
                continue
            if self._common_given_name(e[0].text):
                continue  # "ο συνάδελφός τους Τίμοθι Χ": a given name opens a person's name, not a group's
            k = e.end
            if k < n and doc[k].text == "(":  # "οι Χ (19π., 5ρ.) - Ψ (13π.)": a bracket after each name
                close = next((j for j in range(k + 1, min(n, k + 10)) if doc[j].text == ")"), None)
                k = close + 1 if close is not None else k
            listed = k + 1 < n and (doc[k].text in _LIST_LINKS or doc[k].text in _DASHES) and (
                k + 1 in starts or _name_word(doc[k + 1]))
            if not listed:
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, "ORG")

    @staticmethod
    def _common_given_name(word: str) -> bool:
        """A given name of the public list (``foreign_first_names.tsv``, in Latin letters or by its
        Greek sound key) common in some country: what a person's name opens with."""
        return common_given_name(word)

    @staticmethod
    def _plural_one_word(doc: Doc, ent: Span, surnames: set[str]) -> bool:
        """"των Μπουλς", "οι Πάτριοτς", "με τους Λέικερς": one word alone after a plural article,
        that ends in a consonant and -ς (an English plural written in Greek letters, an ending no
        Greek word has), names a team or a band, unless the text names a person of that surname.
        A family keeps its name's form ("οι Ροκφέλερ", "οι Κένεντι") and stays a person. "τους"
        after anything but a preposition may be the possessive ("ο προπονητής τους Χ")."""
        word = ent[0].text
        f = fold(word)
        if (len(ent) != 1 or not _name_word(ent[0]) or word.isupper() or stem(word) in surnames
                or not (len(f) > 3 and f.endswith("σ") and f[-2] not in _VOWELS and PeopleResolver._greek(word))):
            return False
        art = fold(doc[ent.start - 1].text)
        if art == "τουσ":
            return ent.start >= 2 and fold(doc[ent.start - 2].text) in _PREPOSITIONS
        return True

    def _body_appositions(self, doc: Doc, ents: list[Span], role_tokens: set[int],
                          replace: dict[tuple[int, int], Span]) -> None:
        """"τον Open Harbour, τον διεθνή οργανισμό": a bare name that an apposition calls a
        body ("οργανισμός", "εταιρεία", "σύλλογος", after at most two adjectives) is that body. An
        apposition repeats the name's article ("του Χ, το τρίτο πρόγραμμα" is a new clause), and
        one that names a person's role ("ο Χ, ο πρόεδρος του συλλόγου") stops the search."""
        n = len(doc)
        for e in ents:
            if (e.label_ not in PERSON_LABELS or (e.start, e.end) in replace or e.end + 2 >= n
                    or doc[e.end].text != "," or fold(doc[e.end + 1].text) not in _APPOSITION_ARTICLES
                    or e.start == 0 or _article(doc[e.start - 1].text) != fold(doc[e.end + 1].text)
                    or not self._bare(doc, e, role_tokens)):
                continue
            for k in range(e.end + 2, min(e.end + 5, n)):
                tok = doc[k]
                f = fold(tok.text)
                if k in role_tokens or not (tok.is_alpha and tok.text.islower()) or f in _APPOSITION_ARTICLES:
                    break
                if f in self.names.org_heads:
                    replace[(e.start, e.end)] = _span(doc, e.start, e.end, "ORG")
                    break

    @staticmethod
    def _fixtures(doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"Ηρακλής - Κομοτηνή 3-0": the two sides of a result line are alike, so a PERSON
        against a team or a town, with a score after the pair, is a team."""
        by_start = {e.start: e for e in ents}
        by_end = {e.end: e for e in ents}
        n = len(doc)

        def score_at(i: int) -> bool:
            if i < n and _SCORE.fullmatch(doc[i].text):
                return True
            return i + 2 < n and doc[i].like_num and doc[i + 1].text in ("-", "–", ":") and doc[i + 2].like_num

        for e in ents:
            if e.label_ not in PERSON_LABELS or (e.start, e.end) in replace:
                continue
            if e.end + 1 < n and doc[e.end].text in _DASHES and (other := by_start.get(e.end + 1)) is not None:
                after = other.end
            elif e.start >= 2 and doc[e.start - 1].text in _DASHES and (other := by_end.get(e.start - 1)) is not None:
                after = e.end
            else:
                continue
            if other.label_ in ("ORG", "GPE") and score_at(after):
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, "ORG")

    @staticmethod
    def _spelled_out_acronyms(doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"του Ανεξάρτητου Διαχειριστή Μεταφοράς Ηλεκτρικής Ενέργειας (ΑΔΜΗΕ)": a run of capitalised
        words whose initials spell the acronym in brackets after it is that body's name, whatever
        part of it the model took for a person. A person's initials are no acronym of three
        letters or more that his name's words spell one by one ("Γιώργος Παπανδρέου (ΓΑΠ)" has two)."""
        n = len(doc)
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or cur.end + 2 >= n \
                    or doc[cur.end].text != "(" or doc[cur.end + 2].text != ")":
                continue
            acronym = fold(doc[cur.end + 1].text).replace(".", "")
            if len(acronym) < 3 or not doc[cur.end + 1].text.isupper() or not ACRONYM.match(doc[cur.end + 1].text):
                continue
            start, letters = cur.end, list[str]()
            while start > 0 and len(letters) < len(acronym) and _name_word(doc[start - 1]):
                start -= 1
                letters.insert(0, fold(doc[start].text)[0])
            if start >= cur.start or "".join(letters) != acronym:
                continue  # the run must reach past the person's words and spell the acronym exactly
            body = _span(doc, start, cur.end, "ORG")
            replace[(e.start, e.end)] = body
            for other in ents:  # the parts of the run the model tagged on their own join it
                if start <= other.start and other.end <= cur.end:
                    replace[(other.start, other.end)] = body

    def _mixed_script_leads(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"Stayhome Σοφία Κίτσου", "#Μένουμε_σπίτι Νίκος Χ": a word in Latin letters (a hashtag,
        a tag, a section name) glued before a Greek first name and surname is not part of the
        name; a name is written in one script, so it starts at the first name."""
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or len(cur) < 3:
                continue
            k = 0
            while k < len(cur) - 2 and not self._greek(cur[k].text) and any(c.isalpha() for c in cur[k].text):
                k += 1
            if k == 0 or fold(cur[k].text) not in self.names.first_names:
                continue
            if all(self._greek(t.text) and _name_word(t) for t in cur[k:]):
                replace[(e.start, e.end)] = _span(doc, cur.start + k, cur.end, cur.label_)

    def _leading_non_names(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span]) -> None:
        """"ο Καταλανός Ενρίκε Βίλα-Μάτας", "Περιοδεία Παπαθανασίου στη Σιάτιστα" (a headline),
        "της Αϊτής Ζαν-Κλοντ Ντιβαλιέ": the model often takes the word before a name into it.
        A nationality noun says who someone is, a common word capitalised only because it opens
        a sentence or a headline (the text writes it in lower case elsewhere) is no name, and a
        place's genitive before a first name is where the person is from ("του Ντόρτμουντ Ούλριχ
        Ζίραου": an undeclined place is a genitive after a genitive article); the name starts after
        it. A first name never goes ("Ελπίδα", "Νίκη"), and a first name left alone stays whole
        ("Γραμμένος Σπύρος" in a list of surnames and first names)."""
        lower: set[str] | None = None
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or len(cur) < 2:
                continue
            head, rest = cur[0], cur[1:]
            f = fold(head.text)
            if (not _name_word(head) or head.text.isupper() or f in self.names.first_names
                    or f in self.lex.honorifics or f in self.lex.name_particles
                    or not all(t.text[:1].isupper() or t.text in _DASHES for t in rest) or not rest[0].text[:1].isupper()):
                continue
            if len(rest) == 1 and fold(rest[0].text) in self.names.first_names:
                continue  # "Αμερικάνου Έμμυ": a list of surnames and first names
            # a nationality follows an article or an age ("ο Καταλανός", "η 28χρονη Ιρανή"); one that
            # opens a line is a surname of that form ("Αμερικάνου Έμμυ" in a list)
            cut = self._nationality_noun(f) and not self._at_start(doc, head.i)
            if not cut and self._place_genitive(head):
                nxt = fold(rest[0].text)
                cut = len(rest) >= 2 and (nxt in self.names.first_names or undeclined(rest[0].text.split("-")[0]))
            if not cut and self._fixed_place_genitive(doc, head):
                cut = len(rest) >= 2  # a first name and a surname follow the place
            if not cut and head.i > 0 and _article(doc[head.i - 1].text) in _SINGULAR_PERSON_ARTICLES:
                cut = self._origin_before_name(head.text, rest)
            if not cut and len(rest) == 1 and self._at_start(doc, head.i):
                cut = self._action_noun(head.text)  # "Δολοφονία Γραικού:", "Υπόθεση Χ:" in a headline
            if not cut and self._at_start(doc, head.i):
                if lower is None:
                    lower = {t.text for t in doc if t.is_alpha and t.text.islower()}
                cut = head.text.lower() in lower
            if cut:
                place = tuple(fold(t.text) for t in rest) in self.names.places  # "Λιβύη Συρία": a place
                replace[(e.start, e.end)] = _span(doc, cur.start + 1, cur.end, "GPE" if place else cur.label_)

    def _action_noun(self, word: str) -> bool:
        """A capitalised Greek word that is a feminine noun of an action ("Δολοφονία", "Υπόθεση",
        "Σύλληψη": inflection.json ``action_noun_endings``, or a noun alone in the treebank), and no
        given name of the lists ("Μαρία", "Λουτσία")."""
        if not self._greek(word) or foreign_first_name(word) is not None:
            return False
        return self._ends_accented(word, _action_noun_endings()) or self.common_forms.get(word.lower()) == _NOUN_ONLY

    def _origin_before_name(self, word: str, rest: Span) -> bool:
        """"ο Πατρινός Νίκος Λιάκος", "του Κρητικού Γιώργου Σφακιανού": after an article, a word
        shaped as a demonym (a suffix of origin or membership, its accent on the suffix: -ινός,
        -ίτης, -ιώτης, -αίος, -ικός) before a Greek first name and a surname says where the person
        is from or what they belong to; a Greek name opens with its first name, so the word is no
        part of it. The bare -ος/-ου/-ό endings, which most surnames have, do not count."""
        return (len(rest) == 2 and self._greek_first_name(rest[0].text)
                and fold(rest[1].text) not in self.names.first_names
                and self._ends_accented(word, _ORIGIN_ENDINGS))

    def _greek_first_name(self, word: str) -> bool:
        """A first name of the Greek lists (not one learnt from foreign names, many of which are surnames too)."""
        return greek_first_name(word, self.names)

    def _closed_word(self, word: str) -> bool:
        """A capitalised word shaped as a verb ("Ερμηνεύει", "Πρόσθεσε": :func:`_verb_form`) or one the
        treebank holds only in closed word classes ("Επί", "Όμως"): no name's last word."""
        tags = self.common_forms.get(word.lower())
        return _verb_form(word) or (tags is not None and tags <= CLOSED_CLASSES)

    def _trailing_non_names(self, doc: Doc, ents: list[Span], owner: dict[int, Span],
                            replace: dict[tuple[int, int], Span], added: list[Span]) -> None:
        """"Νίκος Σταθάκης Απόψε", "Νίκος Σταθάκης Σταθάκης", "Νίκος Σταθάκης Μαρία Κωστάκη": a full name
        is a first name and a surname; a third word after them that repeats the surname, is a
        common word (the text writes it in lower case too) or is a Greek first name ends the
        name: it opens the next sentence, caption or name (a text whose line breaks were lost).
        A first name there with a free surname after it is the next person. After any first name,
        foreign ones too ("Μάρθα Χ Ερμηνεύει", "Γκάμπριελ Χ Επί"), a third word shaped as a verb
        (:func:`_verb_form`) or of a closed word class in the treebank (:meth:`_closed_word`) ends it as well."""
        for e in ents:
            cur = replace.get((e.start, e.end), e)
            if e.label_ not in PERSON_LABELS or cur.label_ not in PERSON_LABELS or len(cur) != 3:
                continue
            first, surname, last = cur[0], cur[1], cur[2]
            if (not all(_name_word(t) and not t.text.isupper() and _is_greek_word(t.text) for t in cur)
                    or not self._given_name(first.text) or fold(surname.text) in self.names.first_names):
                continue
            greek = self._greek_first_name(first.text)
            next_person = greek and self._greek_first_name(last.text)
            if not ((greek and (stem(last.text) == stem(surname.text) or self.common_word(doc, last.text)))
                    or next_person or self._closed_word(last.text)):
                continue
            replace[(e.start, e.end)] = _span(doc, cur.start, cur.end - 1, cur.label_)
            if next_person and cur.end < len(doc):
                nxt = doc[cur.end]
                if (_name_word(nxt) and not nxt.text.isupper() and _is_greek_word(nxt.text) and cur.end not in owner
                        and fold(nxt.text) not in self.names.first_names):
                    added.append(_span(doc, cur.end - 1, cur.end + 1, cur.label_))

    @staticmethod
    def _at_start(doc: Doc, i: int) -> bool:
        """Token ``i`` opens the text, a line, a sentence or a quote, where any word takes a capital."""
        if i == 0 or doc[i].is_sent_start:
            return True
        prev = doc[i - 1]
        return ("\n" in prev.text or "\n" in prev.whitespace_
                or prev.text in ("«", '"', "“", ":", ".", "!", ";", "-", "–", "—"))

    def _line_up_item(self, doc: Doc, i: int) -> tuple[int, int, int, bool, list[tuple[int, int]]] | None:
        """One item of a line-up at token ``i``: "Ντουάρτε 11", "Ροντρίγκες Β. 6", "Φ.Μεντί",
        "Μόντριτς (84΄ Γιόβιτς)", "Ρεζέντε (λ, 59% υπ.)". Returns the name's span, the token
        after the item, whether a number (points, a shirt) follows the name, and the names of
        the players brought on inside the bracket (a minute before each)."""
        n = len(doc)
        j = i
        if j < n and self._initial_at(doc, j):
            j += 1 if doc[j].text.endswith(".") else 2  # "Μπ. Μεντί", "Μπ" "." "Μεντί"
        k = j
        while k < n and k - j < _MAX_NAME and (_name_word(doc[k]) or _GLUED_INITIAL.fullmatch(doc[k].text)) \
                and not doc[k].text.isupper():
            k += 1
        if k == j:
            return None
        if k < n and self._initial_at(doc, k) and doc[k].text.endswith("."):
            k += 1  # "Ροντρίγκες Β.": the initial after the surname tells two players of one name apart
        end, numbered, subs = k, False, []
        if end < n and doc[end].is_digit and len(doc[end].text) <= 3:
            end, numbered = end + 1, True
        if end < n and doc[end].text == "(":
            # ")" may be glued to a number ("(4)" as "(", "4)"); a bracket ends on its line
            close = next((x for x in range(end + 1, min(n, end + _MAX_BRACKET))
                          if doc[x].text.endswith(")") or "\n" in doc[x].text), None)
            if close is None or "\n" in doc[close].text:
                return None
            x = end + 1
            while x < close:
                if _MINUTE.fullmatch(doc[x].text) and x + 1 < close and _name_word(doc[x + 1]):
                    y = x + 1
                    while y < close and y - x <= _MAX_NAME and _name_word(doc[y]):
                        y += 1
                    subs.append((x + 1, y))
                    x = y
                else:
                    x += 1
            end = close + 1
        return i, k, end, numbered, subs

    def _coach_before(self, doc: Doc, colon: int, owner: dict[int, Span]) -> tuple[int, int] | None:
        """"ΣΛΟΒΕΝΙΑ (Κιαπίνι):", "(Γ. Δώνης):": the name alone in the brackets right before a
        line-up's colon, its tokens in no entity that reaches out of the brackets."""
        close = colon - 1
        if close < 2 or doc[close].text != ")":
            return None
        item = next((self._line_up_item(doc, o + 1) for o in range(close - 1, max(0, close - _MAX_NAME - 3), -1)
                     if doc[o].text == "("), None)
        if item is None or item[2] != close or item[1] != close:
            return None
        a, b = item[0], item[1]
        if any(t in owner and (owner[t].start < a or owner[t].end > b) for t in range(a, b)):
            return None
        return a, b

    def _line_ups(self, doc: Doc, ents: list[Span], owner: dict[int, Span], role_tokens: set[int],
                  replace: dict[tuple[int, int], Span], added: list[Span]) -> None:
        """"ΠΟΡΤΟΓΑΛΙΑ (Σάντος): Ντουάρτε 11, Χουρστ 19, ...", "ΡΕΑΛ (Ζιντάν): Κουρτουά, Ράμος,
        Μόντριτς (84΄ Βάθκεθ), ...": a sports report gives each side's line-up as a list after a
        colon, players by surname, with their points or shirt numbers or the minute a substitute
        came on. A list of four names or more in Greek letters after a colon, three of them with a
        number after the name or half of them already read as people (one at least), and none a
        place the gazetteer holds, is a list of players: every name in it is a person, whatever
        the model read there. In a game report the same holds for such a list that opens a line
        ("Κανέλλος 10 (4/8, 6 μπλοκ), Λάππας 11 (...), ..."), and for any list, of one name or
        more and no known body, after a head of the report's data lines and a colon ("Αποστολή:
        Χ, Ψ", "Διαιτητές: Χ, Ψ", linking.json "line_up_heads"), where the model often reads a
        whole column of surnames as clubs. The name in brackets before the colon of a line-up is
        the side's coach ("ΡΕΑΛ (Ζιντάν):")."""
        toks = list(doc)  # each word made once: the loop reads them by index, again and again
        n = len(doc)
        players: set[str] = set()  # the stems of the one-word names the line-ups give
        sports: bool | None = None  # the game-report test, asked only where a rule needs it
        i = 0
        while i < n:
            colon = toks[i].text.endswith(":")
            line_start = not colon and i > 0 and ("\n" in toks[i - 1].text or "\n" in toks[i - 1].whitespace_)
            if not colon and not line_start:
                i += 1
                continue
            if sports is None:
                sports = self.lex.is_sports_report(doc)
            if line_start and not sports:
                i += 1
                continue
            headed = colon and sports and any(
                fold(toks[x].text) in _LINE_UP_HEADS for x in range(max(0, i - _LINE_UP_HEAD_REACH), i)
                if "\n" not in toks[x].text)
            at = i
            start = i + 1 if colon else i
            if start < n and toks[start].text == ",":
                start += 1  # ":," as the sports tables write it
            items: list[tuple[int, int, int, bool, list[tuple[int, int]]]] = []
            j = start
            while j < n:
                item = self._line_up_item(doc, j)
                if item is None or item[0] in role_tokens or fold(toks[item[0]].text) in _LINE_UP_HEADS \
                        or (item[2] < n and toks[item[2]].text.endswith(":")):
                    break  # the next data line's head ("Διαιτητές: Χ, Ψ, Παρατηρητής: Ω")
                items.append(item)
                j = item[2]
                if j < n and toks[j].text in (",", "/", "και"):
                    j += 1
                    if j < n and toks[j].text == "/" and toks[j - 1].text == ",":
                        j += 1  # ", /": the bench after the starters
                    continue
                break
            i = max(i + 1, j)
            if not items or (len(items) < 4 and not headed):
                continue
            names = [(a, b) for a, b, _e, _num, subs in items for a, b in [(a, b), *subs]]
            if any(tuple(fold(toks[t].text) for t in range(a, b) if not toks[t].text.endswith(".")) in self.names.places
                   for a, b in names):
                continue
            if not all(self._greek(toks[t].text) for a, b in names for t in range(a, b)):
                continue  # Greek press writes players' names in Greek letters; "Cosmote 12, Vodafone 8" are firms
            if headed:
                if any(fold(doc[a:b].text) in self.lex.known_orgs or doc[a:b].text in self.lex.known_orgs
                       for a, b in names):
                    continue  # "Αποστολή: ..." of bodies, not of a side's players
            else:
                people = sum(1 for a, b in names if a in owner and owner[a].label_ in PERSON_LABELS)
                if people == 0 or (sum(1 for it in items if it[3]) < 3 and 2 * people < len(names)):
                    continue  # "Ναι 120, Όχι 80, Λευκά 5": a count of votes, no player in it
            coach = self._coach_before(doc, at, owner) if colon else None
            if coach is not None and self._greek(toks[coach[1] - 1].text) and (
                    tuple(fold(toks[t].text) for t in range(*coach) if not toks[t].text.endswith(".")) not in self.names.places):
                names.append(coach)
            done: set[tuple[int, int]] = set()  # entities already cut to an item
            for a, b in names:
                inside = {(owner[t].start, owner[t].end): owner[t] for t in range(a, b) if t in owner}
                if any(o.start < a and o.label_ not in PERSON_LABELS for o in inside.values()):
                    continue  # a longer name of something else reaches into the item
                if any(o.label_ in PERSON_LABELS and o.start == a and o.end > b and all(
                        toks[t].text[:1].isupper() and len(toks[t].text.rstrip(".")) <= 3 for t in range(b, o.end))
                       for o in inside.values()):
                    continue  # "Παπαδοπούλου Σ..": a person already, with the initial the item lost
                fresh = [key for key in inside if key not in done]
                if not fresh:  # free words, or the rest of one span the model ran over two items
                    added.append(_span(doc, a, b, "PERSON"))
                for key in fresh:
                    replace[key] = _span(doc, a, b, "PERSON")  # the item's words, no more, no fewer
                    done.add(key)
                if b - a == 1:
                    players.add(stem(toks[a].text))
        if not players:
            return
        # one sense per document: "η σέντρα του Αουάρ" names the player the line-up lists
        for e in ents:
            if (e.label_ in _REVERSE and len(e) == 1 and (e.start, e.end) not in replace
                    and self._name_shaped(e) and stem(e[0].text) in players):
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, "PERSON")

    @staticmethod
    def _characters(doc: Doc, ents: list[Span]) -> set[tuple[int, int]]:
        """PERSON spans that name a part an actor plays, and every other mention of that name:
        GUIDE.md lists real people only, and a character of a film, a series, a play or a book
        is none. The grammar of playing a part (``linking.json`` "portrayal") tells it: the object
        of a verb of playing ("υποδύεται τον Αλέξανδρο Χ"), a name that an object relative of one
        takes up ("ο Ρόμπερτ, τον οποίο υποδύεται ο Ψ"), a part after «σε» ("στον ρόλο του
        Αραγκορν θα δούμε τον Ψ", "σε νέους ρόλους, αυτούς των Χ"; "ο ρόλος του Χ" is the
        person's own part in something), an apposition "του χαρακτήρα" and "με ήρωα τον Χ". The
        actor, the subject of the same sentence, keeps his name."""
        found: set[tuple[str, ...]] = set()
        starts = {e.start: e for e in ents if e.label_ in PERSON_LABELS}
        for e in ents:
            if e.label_ not in PERSON_LABELS or not PeopleResolver._plays_part(doc, e.start, e.end):
                continue
            part: Span | None = e
            while part is not None:  # a plural article's list: "αυτούς των Χ και Ψ"
                words = tuple(stem(t.text) for t in part if t.is_alpha)
                if words:
                    found.add(words)
                k = part.end
                plural = fold(doc[e.start - 1].text) in _PLURAL_ARTICLES
                part = starts.get(k + 1) if plural and k + 1 < len(doc) and doc[k].text in _LIST_LINKS else None
        if not found:
            return set()
        lasts = {w[-1] for w in found}
        firsts = {w[0] for w in found if len(w) > 1}
        out: set[tuple[int, int]] = set()
        for e in ents:  # every mention of the character: "Αλέξανδρος Χ ... ο Χ ... ο Αλέξανδρος"
            words = tuple(stem(t.text) for t in e if t.is_alpha)
            if e.label_ in PERSON_LABELS and words and (
                    words in found or words[-1] in lasts or (len(words) == 1 and words[0] in firsts)):
                out.add((e.start, e.end))
        return out

    @staticmethod
    def _sacred_names(ents: list[Span]) -> set[tuple[int, int]]:
        """PERSON spans whose every word is a name of worship ("ο Χριστός", "του Ιησού", "Ιησούς
        Χριστός", "ο Αλλάχ"): GUIDE.md lists real people, and God, Christ, the Virgin and the Devil
        are no one the record can hold. The word must carry the name's own accent ("Χρίστος",
        "Χρίστου" are a man's first name); a name in capitals has lost it and stays."""
        out: set[tuple[int, int]] = set()
        for e in ents:
            words = [unicodedata.normalize("NFC", t.text.lower()) for t in e if t.is_alpha]
            if (e.label_ in PERSON_LABELS and words and not any(t.text.isupper() for t in e if t.is_alpha)
                    and all(w in _SACRED_NAMES for w in words)):
                out.add((e.start, e.end))
        return out

    def _no_one_by_the_word_before(self, doc: Doc, ents: list[Span], replace: dict[tuple[int, int], Span],
                                   added: list[Span]) -> set[tuple[int, int]]:
        """Names that the word before them, or their own first word, shows to be no one's, whatever
        else the text says of the same words (a person of the same name elsewhere, a first name):
        a saint's title ("στον Άγιο Στέφανο", "του Προφήτη Ηλία", "Αγιο Κύριλλο": the saint, or a
        church, a place, a feast named after one; :func:`_saint_title`), or the neuter article
        (:meth:`_neuter_name`: "στο Καραϊσκάκη", the stadium, "στο «Κλ. Βικελίδης»"), or the noun
        of a public place (:func:`_public_place_name`: "στην οδό Χ", "τα στενά του Χ"). A span the
        NER tagged as something else goes back to that; a PERSON span of the NER, or one a rule
        above found, is dropped."""
        added[:] = [e for e in added
                    if not (_saint_title(doc, e) or self._neuter_name(doc, e) or _public_place_name(doc, e))]
        out: set[tuple[int, int]] = set()
        for e in ents:
            key = (e.start, e.end)
            cur = replace.get(key, e)
            if cur.label_ not in PERSON_LABELS or not (_saint_title(doc, cur) or self._neuter_name(doc, cur)
                                                       or _public_place_name(doc, cur)):
                continue
            if e.label_ in PERSON_LABELS:
                out.add(key)
            else:
                replace.pop(key, None)
        return out

    def _neuter_name(self, doc: Doc, ent: Span) -> bool:
        """"στο Καραϊσκάκη", "το Παπαστράτειο", "στο «Γ. Καραϊσκάκης»": no person is neuter, and
        before a vowel or κ π τ ξ ψ μπ ντ γκ the masculine "τον"/"στον" keeps its -ν, so "το"/"στο"
        there is the neuter article of a thing named after someone (a stadium, a ship, a school).
        A name in quotes after "το"/"στο" is such a thing's whatever its first sound ("στο «Γιώργος
        Σεφέρης»"): a man's name in the accusative would follow "τον" and need no quotes. Before
        other sounds "το" may be the masculine "τον" without its -ν ("με το Μένιο")."""
        i = ent.start - 1
        quoted = i >= 0 and doc[i].text in _QUOTE_PAIRS
        if quoted:
            i -= 1
        if i < 0 or fold(doc[i].text) not in _NEUTER_SINGULAR or "\n" in doc[i].whitespace_:
            return False
        if quoted:
            return True
        text = ent.text
        if text[:1].isascii():
            return text[:1].lower() in _LATIN_KEEPS_FINAL_N
        return self._greek(text) and fold(text).startswith(_KEEPS_FINAL_N)

    def _kinds_of_person(self, doc: Doc, ents: list[Span]) -> set[tuple[int, int]]:
        """One-word PERSON spans after an indefinite article or an indefinite pronoun ("περίμεναν
        μια Φιλιππινέζα", "έναν Αιθίοπα", "καμία Ελένη, κανένας Γιάννης", "κάποιος Αθηναίος"):
        the determiner makes the word a kind of person or any bearer of the name, no one the text
        names. Up to two adjectives (forms the treebank holds only as common words, one of them an
        adjective) may stand between ("ένας 19χρονος Καλιφορνέζος", "έναν νεαρό Σαξόνα"), and the determiner may be capitalised where it opens a sentence or
        a line ("Μια Ολλανδέζα ηλικίας 107 ετών"). A full name after it ("ένας Γιώργος Παπαδάκης")
        is left alone."""
        out: set[tuple[int, int]] = set()
        for e in ents:
            if e.label_ not in PERSON_LABELS or len(e) != 1 or e.start == 0 or not e[0].is_alpha:
                continue
            if not _is_greek_word(e[0].text):
                continue
            k = e.start - 1
            while k > 0 and e.start - k <= 2 and doc[k].text.islower() and (
                    _AGE_WORD.fullmatch(fold(doc[k].text)) or "ADJ" in self.common_forms.get(doc[k].text, ())):
                k -= 1
            det = doc[k]
            if fold(det.text) not in _KIND_DETERMINERS:
                continue
            opens = det.is_sent_start or k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text
            if det.text.islower() or (det.text[1:].islower() and opens):
                out.add((e.start, e.end))
        return out

    def _adjectives_before_nouns(self, doc: Doc, ents: list[Span], role_tokens: set[int]) -> set[tuple[int, int]]:
        """The one-word PERSON spans that are adjectives before their noun (:meth:`_adjective_before_noun`)."""
        out: set[tuple[int, int]] = set()
        surnames: set[str] | None = None
        for e in ents:
            if e.label_ not in PERSON_LABELS or not self._adjective_before_noun(doc, e, role_tokens):
                continue
            if surnames is None:
                surnames = {stem(x[-1].text) for x in ents if x.label_ in PERSON_LABELS and sum(t.is_alpha for t in x) > 1}
            if stem(e[0].text) not in surnames:
                out.add((e.start, e.end))
        return out

    def _adjective_before_noun(self, doc: Doc, ent: Span, role_tokens: set[int]) -> bool:
        """"του Πατρινού συνθέτη", "Ο Σενεγαλέζος επιθετικός", "της Κινέζικης εταιρείας": Greek sets a
        person's name after the noun it goes with ("του συνθέτη Χ"), never between the article and
        the noun, where an adjective stands. So one capitalised word with the ending of an adjective
        or noun of origin (inflection.json "adjective_endings" "origin") right before a lower-case
        noun (a role word, or a form the treebank holds as a noun) is that adjective, no name. A
        known first name is left alone (the caller keeps the surname of a full name of the text)."""
        if (len(ent) != 1 or ent.end >= len(doc) or not _name_word(ent[0]) or ent[0].text.isupper()
                or not _is_greek_word(ent[0].text) or not self._ends_accented(ent[0].text, _ORIGIN_ADJECTIVE_ENDINGS)
                or fold(ent[0].text) in self.names.first_names):
            return False
        nxt = doc[ent.end]
        return (nxt.is_alpha and nxt.text.islower() and _is_greek_word(nxt.text) and not _verb_form(nxt.text)
                and (ent.end in role_tokens or "NOUN" in self.common_forms.get(nxt.text, ())))

    @staticmethod
    def _plays_part(doc: Doc, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is a part an actor plays (:meth:`_characters`)."""
        n = len(doc)
        i = start - 1 if start > 0 and doc[start - 1].text in _QUOTE_PAIRS else start
        before = [fold(doc[k].text) for k in range(max(0, i - 4), i)]  # the words right before, in order
        if len(before) >= 2 and before[-1] in _ACCUSATIVE_ARTICLES:
            if before[-2].startswith(_PORTRAYAL_VERBS):
                return True  # "υποδύεται τον Χ"
            if len(before) >= 3 and before[-2] in _HERO_NOUNS and before[-3] == "με":
                return True  # "με ήρωα τον Χ"
        if len(before) >= 3 and before[-1] in _GENITIVE_ARTICLES:
            if before[-2] in _PART_NOUNS and (
                    before[-3] in _INTO_ARTICLES
                    or len(before) >= 4 and doc[i - 3].is_alpha and doc[i - 3].text.islower()
                    and before[-4] in _INTO_ARTICLES):
                return True  # "στον ρόλο του Χ", "στον ομώνυμο ρόλο του Χ"
            if before[-2] in _REPEAT_PART and doc[i - 3].text == ",":
                k = i - 4
                while k >= 0 and i - 3 - k <= _PART_REACH and not doc[k].is_sent_start:
                    if fold(doc[k].text) in _PART_NOUNS:
                        return True  # "σε νέους ρόλους, αυτούς των Χ"
                    k -= 1
        j = end + 1 if end < n and doc[end].text in _QUOTE_PAIRS.values() else end
        if j + 2 < n and doc[j].text == ",":
            a, b, c = (fold(doc[k].text) for k in (j + 1, j + 2, j + 3 if j + 3 < n else j + 2))
            if a in _ACCUSATIVE_ARTICLES and b in _OBJECT_RELATIVES and c.startswith(_PORTRAYAL_VERBS):
                return True  # "Χ, τον οποίο υποδύεται ο Ψ"
            if a in _GENITIVE_ARTICLES and b in _CHARACTER_NOUNS:
                return True  # "Χ, του χαρακτήρα που ..."
        return False

    @staticmethod
    def _neuter_plurals(doc: Doc, ents: list[Span]) -> set[tuple[int, int]]:
        """PERSON spans right after the neuter plural article ("τα", "στα"): no person, nor
        group of people, takes it ("Τα Κοκκινομπλέ πατίνια")."""
        return {(e.start, e.end) for e in ents
                if e.label_ in PERSON_LABELS and e.start > 0 and fold(doc[e.start - 1].text) in ("τα", "στα")}

    def _paired_names(self, doc: Doc, ents: list[Span], role_tokens: set[int]) -> set[tuple[int, int]]:
        """"η συνάντηση Τραμπ-Μητσοτάκη", "μια κυβέρνηση Νετανιάχου-Γκαντς", "ο αγώνας Ολυμπιακός-ΑΕΚ",
        "ο ιός Επστάιν-Μπαρ": two names joined by a hyphen into one word, with no first name, no
        article, honorific or role before them, name a pair (a meeting, a government, a game) or a
        thing named after two people, not one person. A woman's double surname alone takes her
        article or title ("η κ. Γιαννάκου-Κουτσίκου"); a compound first name opens with a first
        name ("ο Ζαν-Πιερ"); a name in Latin letters is left to the rules of those; and a double
        surname the text also writes after a first name is that person's short form, so it stays."""
        out: set[tuple[int, int]] = set()
        full: set[str] | None = None
        for e in ents:
            if e.label_ not in PERSON_LABELS or len(e) != 1 or not self._greek(e[0].text):
                continue
            parts = e[0].text.split("-")
            if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
                continue
            if fold(parts[0]) in self.names.first_names or e.start - 1 in role_tokens:
                continue
            k = e.start - 2 if e.start > 1 and doc[e.start - 1].text == "." else e.start - 1  # "κ" "."
            if k >= 0 and article_case_gender(doc[k].text, self.names) != (None, None):
                continue
            if full is None:
                full = {fold(t.text) for x in ents if x.label_ in PERSON_LABELS and len(x) > 1 for t in x}
            if fold(e[0].text) not in full:
                out.add((e.start, e.end))
        return out

    def _quoted_titles(self, doc: Doc, ents: list[Span]) -> set[tuple[int, int]]:
        """PERSON spans with no known first name inside a quoted title, «Αλέξανδρος Παναγούλης –
        Πρόβες Θανάτου»: a short quote of capitalised words only (no speech) that holds more
        than the name. A quote that is just the name («Λιονέλ Μέσι») keeps it."""
        if "«" not in doc_text(doc):
            return set()  # no title opens: no pass over the words
        inside: set[int] = set()
        opened: int | None = None
        for tok in doc:  # a title: «...» closed on the same line within a few words
            if tok.text == "«":
                opened = tok.i
            elif opened is not None and ("\n" in tok.text or tok.i - opened > _MAX_TITLE):
                opened = None
            elif tok.text == "»" and opened is not None:
                words = [t for t in doc[opened + 1:tok.i] if t.is_alpha]
                if words and all(t.text[:1].isupper() for t in words):
                    inside.update(range(opened + 1, tok.i))
                opened = None
        if not inside:
            return set()
        return {(e.start, e.end) for e in ents
                if e.label_ in PERSON_LABELS and all(t in inside for t in range(e.start, e.end))
                and not (doc[e.start - 1].text == "«" and e.end < len(doc) and doc[e.end].text == "»")
                and not any(fold(t.text) in self.names.first_names for t in e)}

    @staticmethod
    def _named_things(doc: Doc, ents: list[Span]) -> set[tuple[int, int]]:
        """PERSON spans that a quote wraps right after a neuter article or a neuter noun: the
        name given to a thing, not a person ("το θέατρο «Μίκης Θεοδωράκης»", "το ατμόπλοιο
        «Θαλής»", "στο «Ρόουζ Μπόουλ»"). A person never takes a neuter article, and a quote
        after a feminine or masculine word («εποχή «Λιονέλ Μέσι»») keeps its name."""
        out: set[tuple[int, int]] = set()
        for e in ents:
            if e.label_ not in PERSON_LABELS or e.start < 2 or e.end >= len(doc):
                continue
            opening, closing = doc[e.start - 1].text, doc[e.end].text
            if _QUOTE_PAIRS.get(opening) != closing:
                continue
            before = doc[e.start - 2]
            f = fold(before.text)
            if f in _NEUTER_ARTICLES or (before.is_alpha and before.text.islower() and len(f) > 3
                                         and f.endswith("ο") and f not in _NOT_NEUTER_NOUNS):
                out.add((e.start, e.end))
        return out

    def _quoted_out_of_case(self, doc: Doc, ents: list[Span]) -> set[tuple[int, int]]:
        """PERSON spans that a quote wraps in the nominative right after a genitive or an
        accusative article: "του «Γεώργιος Καραϊσκάκης»", "στον «Ανδρέας Συγγρός»". A person's
        name agrees in case with its article ("του Γεωργίου Καραϊσκάκη"); a name left in the
        nominative is the name of a thing (a stadium, a hospital, a ship), quoted as a title."""
        out: set[tuple[int, int]] = set()
        for e in ents:
            if e.label_ not in PERSON_LABELS or e.start < 2 or e.end >= len(doc):
                continue
            if _QUOTE_PAIRS.get(doc[e.start - 1].text) != doc[e.end].text:
                continue
            case, _gender = article_case_gender(doc[e.start - 2].text)
            if case not in ("gen", "acc"):
                continue
            entries = self.names.first_names.get(fold(e[0].text), ())
            if entries and all(x.slots == {"nom_sg"} for x in entries) and len(e) > 1:
                out.add((e.start, e.end))
        return out

    def _verb_form_span(self, e: Span) -> bool:
        """A PERSON span that opens with a verb ("Ανέφερε παράλληλα", "ο κ. Αναφερόμενος στην ...",
        where the writer dropped the name after the honorific): a word whose form is a verb's
        (:func:`_verb_form`) and no known first name ("Ξενοφώντας"), alone, is no name; before a
        surname it is a foreign first name of that shape ("Έτορε Μεσίνα")."""
        return (e.label_ in PERSON_LABELS and sum(t.is_alpha for t in e) == 1 and _verb_form(e[0].text)
                and fold(e[0].text) not in self.names.first_names)

    def _common_words(self, doc: Doc, ents: list[Span], role_tokens: set[int]) -> set[tuple[int, int]]:
        """"Τσουνάμι χτύπησε ...", «Μαμά κλαίω», "ντομάτες, σκόρδο, Αλάτι και πιπέρι": a capital
        comes with a name or with a word's place, so a bare one-word PERSON that the same text also
        writes in lower case ("το τσουνάμι", "μαμά", "λίγο αλάτι": :meth:`common_word`) is that
        common word, not a name; so is one with the ending of a neuter noun in -μα
        (:func:`_neuter_noun`: "Μαγείρεμα 20΄"), which no name has. Away from a start, the surname
        of a full name of the text keeps its person ("ο Γιώργος Φούρνος ... ο Φούρνος ... ο φούρνος")."""
        out: set[tuple[int, int]] = set()
        surnames = {stem(e[-1].text) for e in ents if e.label_ in PERSON_LABELS and sum(t.is_alpha for t in e) > 1}
        for e in ents:
            if e.label_ not in PERSON_LABELS or len(e) != 1 or not _name_word(e[0]) or e[0].text.isupper():
                continue
            prev = doc[e.start - 1] if e.start > 0 else None
            at_start = (prev is None or e[0].is_sent_start or "\n" in prev.text or "\n" in prev.whitespace_
                        or prev.text in ("«", '"', "“", ":", ".", "!", ";", "-", "–", "—"))
            if not at_start and stem(e[0].text) in surnames:
                continue
            if not self._bare(doc, e, role_tokens):
                continue
            if self.common_word(doc, e[0].text) or _neuter_noun(e[0].text):
                out.add((e.start, e.end))
        return out

    def _article_less_openers(self, doc: Doc, ents: list[Span], role_tokens: set[int]) -> set[tuple[int, int]]:
        """"... επιχειρήσεις. Ψίχουλα. Τα χρήματα ...", "... μισθό; Κλαίει με αναφιλητά", "... από
        την αρχή. Όλεθρος!": running Greek gives a person named by one word its article
        ("ο Σάββας είπε", "η Μέρκελ"); only a headline, a line's start, a list or a pair drops it.
        So a bare one-word PERSON in Greek letters that opens a sentence inside a paragraph (right
        after a sentence's closing ".", "!", ";" or "…" on the same line), with no article,
        honorific or role before it (:meth:`_bare`) and no name after it (a line-up "Γιαννούλης,
        Μπίσεσβαρ", a pair "Κραφτ και Γκλαντίρ"), is a word capitalised for its place, not a name.
        A dot after a word of three letters or fewer closes an abbreviation or an initial ("τρ.",
        "Αδ."), not a sentence; a word with an ending only surnames have (inflection.json
        ``surname_endings``: "Μητσοτάκης") is a name wherever it stands; and a name the text holds
        as a person elsewhere (the same word in another PERSON) keeps its person."""
        out: set[tuple[int, int]] = set()
        n = len(doc)
        for e in ents:
            if (e.label_ not in PERSON_LABELS or len(e) != 1 or e.start < 2 or not _name_word(e[0])
                    or e[0].text.isupper() or not all(is_greek_char(c) for c in e[0].text if c.isalpha())):
                continue
            prev, before = doc[e.start - 1], doc[e.start - 2]
            if (not prev.text or prev.text.strip(_SENTENCE_ENDS) or "\n" in prev.whitespace_
                    or "\n" in before.whitespace_ or not before.text.strip()
                    or (before.is_alpha and len(before.text) <= 3)):  # "λ. τρ. Κολοβέτσιος", "Αδ. Γεωργιάδης"
                continue
            if self._ends_accented(e[0].text, self.names.surname_suffixes):
                continue  # "Μητσοτάκης", "Παπαδοπούλου": an ending only surnames have
            nxt = doc[e.end] if e.end < n else None
            if nxt is not None and (_name_word(nxt) or (
                    nxt.text in _PAIR_LINKS and e.end + 1 < n and _name_word(doc[e.end + 1]))):
                continue
            if not self._bare(doc, e, role_tokens):
                continue
            key = stem(e[0].text)
            if any(x is not e and x.label_ in PERSON_LABELS and any(stem(t.text) == key for t in x) for x in ents):
                continue
            out.add((e.start, e.end))
        return out

    def _treebank_word(self, doc: Doc, e: Span, role_tokens: set[int], surnames: set[str]) -> bool:
        """A one-word PERSON span whose form the treebank holds only as a common word
        (:attr:`common_forms`; GDT tags a name's forms PROPN, "Ελένη"), or a noun newer than the
        treebank (linking.json "recent_common_nouns": "Κορονοϊός: ..."), though the text never writes
        it in lower case: "Η Γερουσία ενέκρινε", "δυο ομάδες της Πόλης". A word of a closed class
        (an adverb, a preposition, a pronoun, a conjunction) is no name even after an honorific,
        where a writer dropped the name ("είπε ο κ. Όπως επισήμανε", "κα Αυτήν την εποχή"); a
        noun or an adjective is one only with nothing that makes it a person (:meth:`_bare`), and
        a known first name or the surname of a full name of the text keeps its person."""
        if e.label_ not in PERSON_LABELS or len(e) != 1 or not _name_word(e[0]) or e[0].text.isupper():
            return False
        low = e[0].text.lower()
        tags = self.common_forms.get(low) or (_NOUN_ONLY if low in _RECENT_NOUNS else None)
        if tags is None or fold(e[0].text) in self.names.first_names or stem(e[0].text) in surnames:
            return False
        return tags <= CLOSED_CLASSES or self._bare(doc, e, role_tokens)

    def common_word(self, doc: Doc, word: str) -> bool:
        """A capital comes with a word's place (a text's, a line's, a sentence's start), a name's
        with the word itself: a capitalised word that the text also writes in lower case, in this
        form or in another of the same stem of five letters or more ("Κορονοϊός:" and "του
        κορονοϊού"), is that common word."""
        cached = self._lower_words
        if cached is None or cached[0]() is not doc:  # (a weak reference: the Doc may go)
            lower = frozenset(t.text for t in doc if t.is_alpha and t.text.islower())
            stems = frozenset(k for w in lower if len(k := stem(w)) >= 5)
            cached = self._lower_words = (weakref.ref(doc), lower, stems)
        _, lower, stems = cached
        return word.lower() in lower or stem(word) in stems

    @staticmethod
    def _definite_role(doc: Doc, last: int, role_tokens: set[int]) -> bool:
        """The role whose last token is ``last`` has an article before it ("τον οδηγό"), its own or
        the one it shares with a role before "και" ("τον κληρικό του Χ και καθηγητή")."""
        i = last
        while i > 0 and i - 1 in role_tokens:
            i -= 1
        if i > 0 and fold(doc[i - 1].text) in _ANY_ARTICLES:
            return True
        return i > 1 and fold(doc[i - 1].text) == "και" and i - 2 in role_tokens

    def _latin_names_of_things(self, doc: Doc, ents: list[Span], role_tokens: set[int]) -> set[tuple[int, int]]:
        """"της μουσικής Muzak", "του κόμματος Mi Hazánk", "των πλοίων Republic και Florida", "το
        ρομπότ Reety, τον Pepper, τον Aibo": a name in Latin letters right after a lower-case Greek
        word, with no article between, is the name of a thing of that kind (a style, a party, a
        ship, a machine), and so is every item of a list it opens. Greek gives a person's name its
        article ("δήλωσε ο Timmermans", "για τον Poe"); only a role goes bare before it ("ο
        επίτροπος Timmermans"), and a role, a first name or an honorific keeps the name a person."""
        out: set[tuple[int, int]] = set()
        # "με το όνομα Derek Rossi ... ο ίδιος ο Rossi": a surname the text names alone with its
        # article elsewhere keeps the bare full name a person too ("το Standard Range" is no such name)
        named = {e[0].text for e in ents if e.label_ in PERSON_LABELS and len(e) == 1 and e.start > 0
                 and fold(doc[e.start - 1].text) in _ANY_ARTICLES}
        for e in ents:
            if e.label_ not in PERSON_LABELS or e.start == 0 or len(e) > 4:
                continue
            words = [t for t in e if t.is_alpha]
            if (not words or not all(t.text[:1].isupper() and not self._greek(t.text) for t in words)
                    or any(fold(t.text) in self.names.first_names for t in words)
                    or (len(words) > 1 and words[-1].text in named)
                    or not self._bare(doc, e, role_tokens)):
                continue
            i = e.start - 1
            while i > 0:  # back over the list's earlier items: "Republic και", "Reety, τον"
                j = i - 1 if fold(doc[i].text) in _APPOSITION_ARTICLES else i
                if j <= 0 or doc[j].text not in _LIST_LINKS:
                    break
                k = j - 1
                while k >= 0 and doc[k].text[:1].isupper() and not self._greek(doc[k].text) and j - k <= 4:
                    k -= 1
                if k == j - 1:
                    break
                i = k
            kind = doc[i]
            f = fold(kind.text)
            if (kind.is_alpha and kind.text.islower() and self._greek(kind.text) and len(f) > 2
                    and f not in _FUNCTION_WORDS and kind.i not in role_tokens
                    and not (kind.i - 1 in role_tokens and f.endswith(_NOUN_GENITIVE_ENDINGS)
                             and self._definite_role(doc, kind.i - 1, role_tokens))):
                # "τον οδηγό αερόστατου Steve Χ": a genitive right after a role with its article is
                # the role's complement (whose driver), and the name the holder's in apposition;
                # bare, the role may be a predicate and the name a thing's ("καθηγητής έδρας Jean Monnet")
                out.add((e.start, e.end))
        return out

    def _unmarked_latin_names(self, doc: Doc, ents: list[Span], role_tokens: set[int],
                              replace: dict[tuple[int, int], Span]) -> set[tuple[int, int]]:
        """"(Tarnel)", "το Merlon 980", "έναν Norvex φορτιστή", "σε Ocean Slate και Desert Sand",
        "Φωτογραφίες: Dravik Images": a name in Latin letters stands in Greek text as a person's
        only with what makes it one. Greek gives a person's name a masculine or feminine article ("ο Pippen", "της Lisa
        Su"); a role, an honorific or a given name of the lists (Greek, or the public list of foreign
        given names) also tells a person. A Latin name with none of these, whose words are no
        surname of a full name in the text and which follows no person in a list ("ο Jordan,
        Pippen"), is a brand's, a product's, a work's or a body's name, not a person's. A span an
        earlier step gave another label ("οι Rolling Stones": a band) keeps that label."""
        out: set[tuple[int, int]] = set()
        people = [e for e in ents if e.label_ in PERSON_LABELS]
        surnames = {stem(e[-1].text) for e in people if sum(t.is_alpha for t in e) > 1}
        ends = {e.end for e in people}
        for e in people:
            words = [t for t in e if t.is_alpha]
            if ((e.start, e.end) in replace or not words or len(e) > 4
                    or not all(t.text[:1].isupper() and not self._greek(t.text) for t in words)
                    or any(fold(t.text) in self.names.first_names or foreign_first_name(t.text) is not None
                           for t in words)
                    or self._role_beside(doc, e, role_tokens)
                    or not self._bare(doc, e, role_tokens)):
                continue
            if len(words) == 1 and stem(words[0].text) in surnames:
                continue  # "Scottie Pippen ... ο Pippen": the surname of a full name of the text
            prev = self._lookalike_fold(doc[e.start - 1].text) if e.start > 0 else ""
            if prev in _SINGULAR_PERSON_ARTICLES:
                continue
            if prev in (",", "και", "&") and e.start - 1 in ends:
                continue  # "ο Jordan, Pippen": an item of a list of people
            out.add((e.start, e.end))
        return out

    @staticmethod
    def _role_beside(doc: Doc, e: Span, role_tokens: set[int]) -> bool:
        """A role in the span, right before it, or across the comma of an apposition on either
        side: a role phrase that ends at the comma ("υπουργός για την Πολιτική Προστασία, Zorvana
        Pelk", its head up to :data:`_ROLE_PHRASE_REACH` words back, no punctuation between) or a
        role, with or without its article, right after it ("Lisa Su, η πρόεδρος της ...")."""
        near = set(range(max(e.start - 1, 0), e.end + 1))
        if e.start >= 2 and doc[e.start - 1].text == ",":
            i = e.start - 2
            while i >= 0 and e.start - 1 - i <= _ROLE_PHRASE_REACH and not doc[i].is_punct:
                near.add(i)
                i -= 1
        if e.end + 1 < len(doc) and doc[e.end].text == ",":
            near.update((e.end + 1, e.end + 2) if fold(doc[e.end + 1].text) in _ANY_ARTICLES else (e.end + 1,))
        return not near.isdisjoint(role_tokens)

    @staticmethod
    def _lookalike_fold(word: str) -> str:
        """A word folded after its Latin look-alike letters become Greek ("o Rodman" with a Latin
        "o" is the article "ο"): only a word made of look-alikes and Greek letters changes."""
        table = lookalikes()
        if any(c.isalpha() and not ("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff") and c not in table
               for c in word):
            return fold(word)
        return fold("".join(table.get(c, c) for c in word))

    @staticmethod
    def _uncapitalised(ents: list[Span]) -> set[tuple[int, int]]:
        """PERSON spans with no word that starts with a capital ("ήδη–"): Greek and Latin
        script write every name with one ("Ούρσουλα φον ντερ Λάιεν" has three)."""
        return {(e.start, e.end) for e in ents
                if e.label_ in PERSON_LABELS
                and not any(next((c for c in t.text if c.isalpha()), "").isupper() for t in e)}

    def _listed_with_things(self, doc: Doc, ents: list[Span], role_tokens: set[int],
                            replace: dict[tuple[int, int], Span]) -> None:
        """"Odeon Opera, Άστορ, Ταινιοθήκη της Ελλάδος", "το Μέγαρο Μουσικής και Παλλάς": the items
        of a list are of one kind, so a bare one-word PERSON between two bodies or places of one
        label (or after two of them, closing the list) is of that label too."""
        by_start = {e.start: e for e in ents}
        by_end = {e.end: e for e in ents}
        n = len(doc)

        def kind(e: Span | None) -> str | None:
            if e is None:
                return None
            cur = replace.get((e.start, e.end), e)
            return cur.label_ if cur.label_ in ("ORG", "FAC", "GPE", "LOC") else None

        for e in ents:
            if (e.label_ not in PERSON_LABELS or (e.start, e.end) in replace or len(e) != 1 or e.start == 0
                    or not self._bare(doc, e, role_tokens) or doc[e.start - 1].text not in (",", "και")):
                continue
            left = by_end.get(e.start - 1)
            right = by_start.get(e.end + 1) if e.end + 1 < n and doc[e.end].text in (",", "και") else None
            before = by_end.get(left.start - 1) if left is not None and left.start > 0 and \
                doc[left.start - 1].text in (",", "και") else None
            label = kind(left)
            if label is not None and (kind(right) == label or (right is None and kind(before) == label)):
                replace[(e.start, e.end)] = _span(doc, e.start, e.end, label)

    def _lists_of_one_kind(self, doc: Doc, ents: list[Span], role_tokens: set[int],
                           replace: dict[tuple[int, int], Span]) -> None:
        """"Λάρισα, Κοζάνη, Γρεβενά, Καστοριά και Φλώρινα": the items of a list are of one
        kind, so in a list of names joined by commas and "και" where places (or bodies) of one
        label outnumber the people, the bare PERSON items are of that label too, however many of
        them stand in a row (:meth:`_listed_with_things` looks at the two neighbours only)."""
        chain: list[Span] = []

        def close() -> None:
            labels = [replace.get((e.start, e.end), e).label_ for e in chain]
            counts = Counter(lab for lab in labels if lab in ("ORG", "FAC", "GPE", "LOC"))
            if len(chain) < 3 or not counts:
                return
            label, n = counts.most_common(1)[0]
            people = [k for k, lab in enumerate(labels) if lab in PERSON_LABELS]
            if n >= 2 and n > len(people):
                relabel = {k: label for k in people}
            else:  # a run of people between two places: "Κοζάνη, Σιάτιστα, Δεσκάτη, Φλώρινα"
                relabel = {}
                k = 0
                while k < len(chain):
                    if labels[k] not in PERSON_LABELS:
                        k += 1
                        continue
                    j = k
                    while j < len(chain) and labels[j] in PERSON_LABELS:
                        j += 1
                    left, right = (labels[k - 1] if k else None), (labels[j] if j < len(chain) else None)
                    if left is not None and right is not None and _family(left) == _family(right) is not None:
                        relabel.update((m, left) for m in range(k, j))
                    k = j
            for k, lab in relabel.items():
                e = chain[k]
                if (e.start, e.end) not in replace and len(e) <= _MAX_NAME and self._bare(doc, e, role_tokens):
                    replace[(e.start, e.end)] = _span(doc, e.start, e.end, lab)

        for e in sorted(ents, key=lambda x: x.start):
            if chain and not (e.start == chain[-1].end + 1 and doc[chain[-1].end].text in (",", "και")):
                close()
                chain = []
            chain.append(e)
        close()

    @staticmethod
    def _bracketed_after_people(doc: Doc, ents: list[Span]) -> set[tuple[int, int]]:
        """"Τζον Μίλερ (Τσαρλς), Άννα Γκρίν (Λόρα)": one word in brackets right after a
        person's full name is another name of that person (the part the actor plays, a
        nickname), not a second person of the text. So is one word right before a full name in
        brackets, the other way round ("η Λόρα (Άννα Γκριν)", "ο Οδυσσέας (Τζον Μίλερ)"), unless it
        is a word of that name ("ο Μίλερ (Τζον Μίλερ)")."""
        full = [e for e in ents if e.label_ in PERSON_LABELS and sum(t.is_alpha for t in e) > 1]
        ends = {e.end for e in full}
        bracketed = {e.start: e for e in full if e.start >= 1 and e.end < len(doc)
                     and doc[e.start - 1].text == "(" and doc[e.end].text == ")"}
        out: set[tuple[int, int]] = set()
        for e in ents:
            if e.label_ not in PERSON_LABELS or len(e) != 1 or e.end >= len(doc):
                continue
            if e.start >= 1 and doc[e.start - 1].text == "(" and doc[e.end].text == ")" and e.start - 1 in ends:
                out.add((e.start, e.end))
            elif doc[e.end].text == "(" and (inside := bracketed.get(e.end + 1)) is not None \
                    and stem(e[0].text) not in {stem(t.text) for t in inside}:
                out.add((e.start, e.end))
        return out

    def _bracketed_out_of_case(self, doc: Doc, ents: list[Span]) -> set[tuple[int, int]]:
        """A PERSON alone in brackets right after a person in the genitive or the accusative,
        in a form that cannot be that case: "της Σοφίας Χιλ (Ελένη)". A second name for the same
        person would agree with the first; a nominative there is the part an actor plays."""
        starts = {e.start: e for e in ents if e.label_ in PERSON_LABELS}
        out: set[tuple[int, int]] = set()
        for e in ents:
            if e.label_ not in PERSON_LABELS or e.start == 0 or e.end + 2 >= len(doc) or doc[e.end].text != "(":
                continue
            inner = starts.get(e.end + 1)
            if inner is None or doc[inner.end].text != ")":
                continue
            case, _gender = article_case_gender(doc[e.start - 1].text)
            if case not in ("gen", "acc"):
                continue
            entries = self.names.first_names.get(fold(inner[0].text), ())
            if entries and not any("any" in x.slots or f"{case}_sg" in x.slots for x in entries):
                out.add((inner.start, inner.end))
        return out

    def _accusative_name(self, first: Token, last: Token) -> bool:
        """"Σπυρίδωνα Βλαχόπουλο", "Γιώργο Παππά": a first name that may be an accusative and
        a surname that must be one (-ο of -ος), or a first name that can only be an accusative."""
        if not (_name_word(first) and _name_word(last)) or first.text.isupper():
            return False
        slots = {s for e in self.names.first_names.get(fold(first.text), ()) for s in e.slots}
        if "acc_sg" not in slots:
            return False
        only_acc = not (slots - {"acc_sg", "voc_sg"})
        return only_acc or (fold(last.text).endswith("ο") and len(last.text) > 3)

    @staticmethod
    def _greek(word: str) -> bool:
        return all("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in word if c.isalpha())

    @staticmethod
    def _person_span(doc: Doc, start: int, end: int, owner: dict[int, Span]) -> tuple[None, Span | None] | None:
        """What the words [start, end) after an honorific are: free words (a new PERSON), one
        entity of another label that they fill (to relabel), or neither."""
        owners = {id(owner[t]): owner[t] for t in range(start, end) if t in owner}
        if not owners:
            return None, None
        if len(owners) == 1:
            ent = next(iter(owners.values()))
            if ent.label_ in _RELABEL and ent.start >= start and ent.end <= end and all(_name_word(t) for t in ent):
                return None, ent
        return None

    def resolve(self, ents: list[Span]) -> tuple[list[LinkedPerson], dict[Offsets, LinkedPerson]]:
        """People from the document's entities (``doc.ents``, read once by the caller)."""
        people: list[LinkedPerson] = []
        by_surname: dict[str, list[LinkedPerson]] = {}
        spellings: dict[int, Counter[str]] = {}  # per person: its surname as each mention writes it
        by_span: dict[Offsets, LinkedPerson] = {}
        persons = [e for e in ents if e.label_ in PERSON_LABELS]
        role_at_end = {r.end: r for r in persons[0].doc.spans.get("roles", [])} if persons else {}
        starts = {e.start: e for e in persons}
        ends = {e.end: e for e in persons}
        kept = self._undeclined_in_o(persons)
        # Full names first so that surname-only mentions find them.
        persons.sort(key=lambda e: (-len(e), e.start))
        for ent in persons:
            honorific, tokens = self._strip_honorific(ent)
            if not tokens:
                continue
            case, gender = self._case_gender(self._list_head(ent, ends), role_at_end)
            words: list[str] = []
            glue = False
            for t in tokens:  # "Αγγ" "." written together: one abbreviated first name
                text = _unglued(t.text)
                if t.text == "." and words and t.i > 0 and not _whitespace_before(t):
                    words[-1] += "."
                elif words and t.text in _DASHES:
                    words[-1] += "-"  # "Τρέιβερς - Χόκινς": one double surname
                    glue = True
                elif words and t.text[:1] in _DASHES and t.text[1:2].isupper():
                    words[-1] += "-" + text  # "Λάσκαρη -Βλάχου": the dash written against the second part
                elif words and t.text == "/":
                    words[-1] += "/"  # "Κων / νος": one contracted first name
                    glue = True
                elif glue:
                    words[-1] += text
                    glue = False
                else:
                    words.append(text)
            glued = _GLUED.fullmatch(words[0])
            lead = 0
            if glued is not None:  # "τηςΝΔΆγγελος": words run together, the name is the last
                lead = len(glued.group(1))
                words[0] = words[0][lead:]
            tail = 0
            if len(words) > 1:  # "ΦωνήΝίκος Καλαντζάκος", "Ελένη ΣουμήΜουσική": a lost line break
                parts = _two_words(words[0])
                if parts is not None and words[0] == tokens[0].text:
                    lead += len(parts[0])
                    words[0] = parts[1]
                parts = _two_words(words[-1])
                if parts is not None and words[-1] == tokens[-1].text:
                    tail = len(parts[1])
                    words[-1] = parts[0]
            # "Π. Σαράκης": an initial written like an honorific stays (person_nominative drops honorifics)
            initial = words.pop(0) + " " if len(words) > 1 and self._capital_initial(ent.doc, tokens[0].i) else ""
            shared = self._shared_surname(ent, starts)
            if shared is not None:
                name = initial + person_nominative(words, gender=gender, case=case, kept=kept) + " " + shared
            else:
                name = initial + person_nominative(words, gender=gender, case=case, kept=kept)
            person = (self._find_person(by_surname, name) or self._by_first_name(people, name, ent)
                      or self._by_surname_initial(people, name, ent))
            if person is None:
                person = LinkedPerson(name=name, key=_person_key(name))
                people.append(person)
                by_surname.setdefault(_surname_key(name.split()[-1]), []).append(person)
            elif (len(name.split()) > len(person.name.split())
                  or (len(name.split()) == len(person.name.split())
                      and _is_initial(person.name.split()[0]) and not _is_initial(name.split()[0]))) or (
                    len(name.split()) == len(person.name.split()) > 1
                    and stem(person.name.split()[0]) in self.lex.formal_first
                    and stem(name.split()[0]) not in self.lex.formal_first
                    and not _is_initial(name.split()[0])) or (
                    len(name.split()) == len(person.name.split()) > 1
                    and fold(person.name.split()[0]) not in self.names.first_names
                    and fold(name.split()[0]) in self.names.first_names) or (
                    fold(name) == fold(person.name) + "σ" and _is_greek_word(name.split()[-1])) or (
                    self._written_nominative_in_os(name, person.name, words[-1], case)) or (
                    self._written_nominative_without_s(name, person.name, words, case)):
                # fuller, or formal ("Αλέξανδρος" over "Αλέκος", but never the initial "Α." over it), or a first name the lexicon
                # knows over a misspelt one ("Φοίβος" over "Φίβος"), or a man's nominative
                # ("οι Γιακουμάκης και Χ") over a form left as written ("Γιακουμάκη" in a
                # headline, with no article to tell its case): same surname stem
                person.name = name
            if honorific and not person.honorific:
                person.honorific = honorific
            first, last = tokens[0].text, tokens[-1].text
            start_cut = len(first) - len(first.lstrip("".join(_DASHES)))
            end_cut = len(last) - len(last.rstrip("".join(_DASHES))) if any(c.isalpha() for c in last) else 0
            end_cut += tail
            person.mentions.append((tokens[0].idx + lead + start_cut, tokens[-1].idx + len(last) - end_cut))
            by_span[(ent.start_char, ent.end_char)] = person
            spellings.setdefault(id(person), Counter())[name.split()[-1]] += 1
        if persons:
            self._first_name_elsewhere(people, persons)
            people = self._merge_original_spellings(people, persons, by_span)
            people = self._merge_bracketed_name_parts(people, persons, by_span)
        for p in people:
            p.mentions.sort()
            self._usual_spelling(p, spellings.get(id(p)))
        people.sort(key=lambda p: p.mentions[0])
        return people, by_span

    @staticmethod
    def _written_nominative_in_os(name: str, held: str, written: str, case: str | None) -> bool:
        """"ο Μπέος" after "του Μπέου": a name in "-ος" written so after a nominative article is the
        nominative of the same person's "-ου" form (or of one accented otherwise, "Καρόλος" read
        from "Καρόλου"), which was left as written because many Greek surnames keep "-ου" for good
        ("Ανδρέου"); a nominative the text writes outranks one read from a genitive."""
        last, held_last = name.split()[-1], held.split()[-1]
        if case != "nom" or len(name.split()) != len(held.split()) or last != written or last == held_last:
            return False
        f, g = fold(last), fold(held_last)
        return _is_greek_word(last) and f.endswith("οσ") and len(f) > 3 and g in (f, f[:-2] + "ου")

    @staticmethod
    def _written_nominative_without_s(name: str, held: str, words: list[str], case: str | None) -> bool:
        """"ο Σα Πίντο" after "τον Σα Πίντο": an accusative in a vowel may be that of a name in
        "-ς" ("τον Σα" from "Σας") or the name itself, so the form read from it guessed the "-ς";
        the same words written after a nominative article, as they are, show the name has none.
        A nominative the text writes outranks one read from an oblique case."""
        parts, held_parts = name.split(), held.split()
        if case != "nom" or parts != words or len(parts) != len(held_parts) or name == held:
            return False
        return all(_is_greek_word(p) and fold(h) in (fold(p), fold(p) + "σ") for p, h in zip(parts, held_parts))

    def _undeclined_in_o(self, persons: list[Span]) -> frozenset[str]:
        """The folded words in -ο of the people's names that the text leaves undeclined, never
        writing their -ος, -ου or -ε forms (:func:`indeclinable_in_o`): one pass over the text."""
        if not persons:
            return frozenset()
        written = frozenset(fold(t.text) for t in persons[0].doc if t.is_alpha)
        return frozenset(fold(t.text) for e in persons for t in e
                         if t.is_alpha and indeclinable_in_o(t.text, written, self.names))

    def _merge_original_spellings(self, people: list[LinkedPerson], persons: list[Span],
                                  by_span: dict[Offsets, LinkedPerson]) -> list[LinkedPerson]:
        """"ο Μίχαελ Μπράαντ (Michael Braad)": a name in Latin letters in brackets right after a
        person's name in Greek letters, of as many words, is that name as its bearer writes it
        (:meth:`_original_spelling`), so one person, named as the text names them first, with both
        mentions."""
        doc = persons[0].doc
        ends = {e.end: e for e in persons}
        gone: set[int] = set()
        for ent in persons:
            before = ends.get(ent.start - 1)
            if (before is None or ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "("
                    or doc[ent.end].text != ")" or not any(self._greek(t.text) for t in before if t.is_alpha)):
                continue
            words = [t for t in ent if t.is_alpha]
            if not words or any(self._greek(t.text) for t in words) or sum(t.is_alpha for t in before) != len(words):
                continue
            keep = by_span.get((before.start_char, before.end_char))
            drop = by_span.get((ent.start_char, ent.end_char))
            if keep is None or drop is None or keep is drop:
                continue
            _absorb(keep, drop, by_span, gone)
        return [p for p in people if id(p) not in gone] if gone else people

    def _merge_bracketed_name_parts(self, people: list[LinkedPerson], persons: list[Span],
                                    by_span: dict[Offsets, LinkedPerson]) -> list[LinkedPerson]:
        """"ο Τσακαλίδης (Γιώργος)", "τον Γιάννη (Αδαμόπουλο)", "του Κλέι (Τόμπσον)": a one-word
        name and, in brackets right after it, one more word of a name is one person whose bracket
        completes the name the text uses, as news text clarifies a familiar mention; the bracket takes
        the case of the word before it ("(Μαυρίδη)" after "τον Στέλιο": "Στέλιος Μαυρίδης"). The first name
        is the word the lexicon holds as one (the other word not); with neither, a word of a shape
        no Greek word has outside ("Κλέι") is a foreign first name before its surname. Both in
        Greek letters: a Latin word in brackets is the name's own spelling (:meth:`_merge_original_spellings`)."""
        doc = persons[0].doc
        starts = {e.start: e for e in persons}
        gone: set[int] = set()
        for ent in persons:
            inner = starts.get(ent.end + 1)
            if (inner is None or len(ent) != 1 or len(inner) != 1 or doc[ent.end].text != "("
                    or inner.end >= len(doc) or doc[inner.end].text not in (")", ",")
                    or not (self._greek(ent.text) and self._greek(inner.text))):
                continue
            outer_p = by_span.get((ent.start_char, ent.end_char))
            inner_p = by_span.get((inner.start_char, inner.end_char))
            if (outer_p is None or inner_p is None or outer_p is inner_p or id(outer_p) in gone or id(inner_p) in gone
                    or " " in outer_p.name or " " in inner_p.name):
                continue
            outer_first = fold(outer_p.name) in self.names.first_names
            inner_first = fold(inner_p.name) in self.names.first_names
            if outer_first == inner_first:
                if inner_first or not undeclined(ent.text) or self.common_word(doc, ent.text):
                    continue
                outer_first = True
            first, last = (outer_p, inner_p) if outer_first else (inner_p, outer_p)
            words = [ent.text, inner.text] if outer_first else [inner.text, ent.text]
            # the bracket agrees with the name before it: the article before that tells the case of both
            case, gender = article_case_gender(doc[ent.start - 1].text) if ent.start > 0 else (None, None)
            full = person_nominative(words, gender=gender, case=case)
            first.name = full if len(full.split()) == 2 else f"{first.name} {last.name}"
            first.key = _person_key(first.name)
            _absorb(first, last, by_span, gone)
        return [p for p in people if id(p) not in gone] if gone else people

    def _first_name_elsewhere(self, people: list[LinkedPerson], persons: list[Span]) -> None:
        """A person the text names by surname alone ("ο Λέμπεν") whose surname it also writes
        once right after a first name (:meth:`_first_word_of_name`), in words the NER gave to no
        person ("... της Λιόν Ζακ Λέμπεν ..." read as one body, "ο ηγέτης Αμπντουλάχ Οτζαλάν"
        read as nothing): that is the person's full name, the fullest form the text gives. With
        two different first names before it, no one."""
        doc = persons[0].doc
        in_person = {i for e in persons for i in range(e.start, e.end)}
        full = {fold(p.name) for p in people if len(p.name.split()) > 1}
        # the free "first name + word" pairs of the text, by the word's surname key: one pass over
        # the text, however many people ask (the cost stays linear)
        pairs: dict[str, list[Token]] = {}
        for t in doc:
            if t.i == 0 or t.i in in_person or not _name_word(t):
                continue
            prev = doc[t.i - 1]
            if prev.i in in_person or not _name_word(prev) or not self._first_word_of_name(doc, prev):
                continue
            pairs.setdefault(_surname_key(t.text), []).append(t)
        for p in people:
            if " " in p.name or _is_initial(p.name) or len(p.name) < 3:
                continue
            key = _surname_key(p.name)
            found: dict[str, str] = {}
            for t in pairs.get(key, ()):
                prev = doc[t.i - 1]
                case, gender = article_case_gender(doc[prev.i - 1].text) if prev.i > 0 else (None, None)
                name = person_nominative([prev.text, t.text], gender=gender, case=case)
                found[fold(name)] = name
            if len(found) == 1:
                (folded, name), = found.items()
                if folded not in full and name.split()[-1] and _surname_key(name.split()[-1]) == key:
                    p.name, p.key = name, _person_key(name)

    def _first_word_of_name(self, doc: Doc, tok: Token) -> bool:
        """A first name the lexicon knows, or a word of a shape no Greek word has (:func:`undeclined`:
        "Αμπντουλάχ", "Πήτερ") that is no known place ("Ιράν") and no word the text also writes in
        lower case (:meth:`common_word`): a foreign first name."""
        f = fold(tok.text)
        return f in self.names.first_names or (
            undeclined(tok.text) and (f,) not in self.names.places and not self.common_word(doc, tok.text))

    @staticmethod
    def _usual_spelling(person: LinkedPerson, spelt: Counter[str] | None) -> None:
        """"Κασσελάκης" twice and "Κασελάκης" once in one text: a surname written with and without
        a double consonant is one name (the mentions were joined by :func:`_surname_key`); the
        record gives the spelling most mentions use."""
        if not spelt or len(spelt) < 2:
            return
        parts = person.name.split()
        (best, top), *rest = spelt.most_common()
        if (rest[0][1] < top and fold(best) != fold(parts[-1]) and _surname_key(best) == _surname_key(parts[-1])
                and fold(best) + "σ" != fold(parts[-1])):  # "Μητσοτάκη" beside "Μητσοτάκης": a case, not a spelling
            person.name = " ".join(parts[:-1] + [best])
            person.key = _person_key(person.name)

    @staticmethod
    def _list_head(ent: Span, ends: dict[int, Span]) -> Span:
        """The first surname of a list of surnames that ``ent`` closes or continues ("των
        Σαργκάνη, Γαλάκου, Νικολούδη"): the items share the case of the article before the
        first. (A full name tells its own case and gender by its first name.)"""
        doc = ent.doc
        cur = ent
        for _ in range(20):
            i = cur.start - 1
            if (len(cur) != 1 or i < 1 or doc[i].text not in (",", "και") or (prev := ends.get(i)) is None
                    or len(prev) != 1):
                break
            cur = prev
        return cur

    def _shared_surname(self, ent: Span, starts: dict[int, Span]) -> str | None:
        """"στους Θανάση και Μαρία Χ", "οι Γιώργος και Νίκος Χ", "τα αδέλφια, Γιώργο και Νίκο Χ":
        a first name alone and "και" before a full name with no article of its own share its
        surname (a couple, siblings): two people would each take their article, and so would a
        person named by first name alone; a singular article before the first ("ο Γιώργος και
        Νίκος Χ") is not one over both. The surname in the nominative of the first name's gender;
        a woman's surname from a man's is left out (its form is not certain)."""
        doc = ent.doc
        if len(ent) != 1 or ent.end + 1 >= len(doc) or fold(doc[ent.end].text) != "και":
            return None
        if ent.start > 0 and (fold(doc[ent.start - 1].text) in _ALL_SINGULAR_ARTICLES or _name_word(doc[ent.start - 1])):
            return None
        other = starts.get(ent.end + 1)
        if other is None or len(other) != 2 or not all(_name_word(t) for t in other):
            return None
        mine = {e.gender for e in self.names.first_names.get(fold(ent[0].text), ())}
        theirs = {e.gender for e in self.names.first_names.get(fold(other[0].text), ())}
        if len(mine) != 1 or len(theirs) != 1:
            return None
        g, h = mine.pop(), theirs.pop()
        surname = other[1].text
        if g == h:
            return person_nominative([other[0].text, surname], gender=h).split()[-1]
        if g == "m" and h == "f" and fold(surname).endswith(("ου", "α", "η")):
            # her surname is the genitive of his: "Μαρτίνου" -> "Μαρτίνος", "Παππά" -> "Παππάς"
            return person_nominative([surname], gender="m", case="gen")
        return None

    def _by_first_name(self, people: list[LinkedPerson], name: str, ent: Span) -> LinkedPerson | None:
        """"ο Φοίβος" after "Φοίβος Μυλωνάς": a first name alone is the one person of the text
        with that first name; with two such people, the one the text named last before it
        (:meth:`_last_named`). A word no first name list holds ("ο Τζέικ" after "Τζέικ
        Μόρισον", "ο Κιμ" after "Κιμ Γιονγκ Ουν") is the same person when it is written exactly
        as the first word of a full name of the text: a foreign name is not declined, and no
        surname of the text claimed it (:meth:`_find_person` ran first)."""
        if " " in name:
            return None
        if fold(name) not in self.names.first_names:
            if not name[:1].isupper() or len(name) < 2 or not name.isalpha():
                return None
            found = [p for p in people if len(p.name.split()) > 1 and fold(p.name.split()[0]) == fold(name)]
        else:
            key = self.lex.formal_first.get(stem(name), stem(name))
            found = [p for p in people if len(p.name.split()) > 1
                     and self.lex.formal_first.get(stem(p.name.split()[0]), stem(p.name.split()[0])) == key]
        return found[0] if len(found) == 1 else self._last_named(found, ent)

    @staticmethod
    def _by_surname_initial(people: list[LinkedPerson], name: str, ent: Span) -> LinkedPerson | None:
        """"ο Κρίστιαν Μπ." after "Κρίστιαν Μπρίκνερ": a surname cut to its first letters and a dot
        (how the press shields a suspect's name, or shortens one named already) is the one person
        of the text with that first name and a surname that begins with those letters; None when
        none or more than one is."""
        words = name.split()
        doc = ent.doc
        last = ent[-1]
        abbreviated = last.text.rstrip(".")
        if (len(words) < 2 or not abbreviated.isalpha() or len(abbreviated) > 3 or not abbreviated[:1].isupper()
                or not (last.text.endswith(".") or (ent.end < len(doc) and doc[ent.end].text == "."
                                                    and not last.whitespace_))):
            return None
        first, short = fold(words[0]), fold(abbreviated)
        found = [p for p in people if len(p.name.split()) >= 2 and fold(p.name.split()[0]) == first
                 and fold(p.name.split()[-1]).startswith(short) and len(fold(p.name.split()[-1])) > len(short)]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _last_named(found: list[LinkedPerson], ent: Span) -> LinkedPerson | None:
        """Of several people a first name alone (``ent``) can be, the one named last before it:
        a name taken up again points back, to the latest bearer, as a pronoun does ("ο φίλος του
        Αλεσάντρο Πουλέζε ... είπε ο Αλεσάντρο", though "Αλεσάντρο Ζούφι" comes later). No one
        where none comes before it, or where the last two came together, joined by "και" or a
        comma ("ο Νίκος Παππάς και ο Νίκος Βούτσης ... ο Νίκος": either)."""
        at = ent.start_char
        last = sorted(((max(s for s, _ in p.mentions if s < at), p) for p in found
                       if any(s < at for s, _ in p.mentions)), key=lambda x: x[0])
        if not last:
            return None
        if len(last) > 1:
            p1, p2 = last[-1][1], last[-2][1]
            end2 = max(e for s, e in p2.mentions if s < at)
            between = doc_text(ent.doc)[end2:last[-1][0]].replace(",", " ").split()
            if all(fold(w) in _ANY_ARTICLES or fold(w) in _LIST_LINKS for w in between):
                return None
            return p1
        return last[-1][1]

    def _find_person(self, by_surname: dict[str, list[LinkedPerson]], name: str) -> LinkedPerson | None:
        """The person seen first with the same surname and no clashing first name (an everyday
        form and its formal one, "Αλέκος" and "Αλέξανδρος", do not clash)."""
        formal = self.lex.formal_first
        parts = name.split()
        first = stem(parts[0]) if len(parts) > 1 else None
        first = formal.get(first, first) if first else None
        for p in by_surname.get(_surname_key(parts[-1]), ()):
            pparts = p.name.split()
            if len(parts) > 1 and len(pparts) > 1 and _is_initial(parts[-1]) and _is_initial(pparts[-1]) \
                    and fold(parts[-1]) != fold(pparts[-1]):
                continue  # "Ροντρίγκες Β." and "Ροντρίγκες Α.": two players of one surname
            if 1 < len(parts) < len(pparts) and [stem(w) for w in parts] == [stem(w) for w in pparts[-len(parts):]]:
                return p  # "κ. Ντε Φάλκο" after "Τζιοβάννι Ντε Φάλκο": a surname of several words
            pfirst = stem(pparts[0]) if len(pparts) > 1 else None
            pfirst = formal.get(pfirst, pfirst) if pfirst else None
            if first is None or pfirst is None or first == pfirst or self._forms_of_one_first_name(parts[0], pparts[0]):
                return p
            # "Α. Παναγούλης" is "Αλέξανδρος Παναγούλης": an initial matches the name it begins.
            if _is_initial(parts[0]) and fold(pparts[0]).startswith(fold(parts[0]).rstrip(".")):
                return p
            if _is_initial(pparts[0]) and fold(parts[0]).startswith(fold(pparts[0]).rstrip(".")):
                return p
            # "Φίβος Μυλωνάς" after "Φοίβος Μυλωνάς": a first name no list holds, one letter off
            # the known one of a person with the same surname, is a misspelling of it
            a, b = fold(parts[0]), fold(pparts[0])
            if len(parts) > 1 and len(pparts) > 1 and (a in self.names.first_names) != (b in self.names.first_names) \
                    and min(len(a), len(b)) >= 4 and _one_edit(a, b):
                return p
        return None

    def _forms_of_one_first_name(self, a: str, b: str) -> bool:
        """"Μάρκους Αλόνσο" and "Μάρκος Αλόνσο": two first names that are forms of one name of the
        lexicon (a case the text left as written beside its nominative) do not clash."""
        ours = {e.nominative for e in self.names.first_names.get(fold(a), ())}
        return bool(ours) and any(e.nominative in ours for e in self.names.first_names.get(fold(b), ()))

    def _strip_honorific(self, span: Span) -> tuple[str | None, list[Token]]:
        """Split a PERSON span into (honorific, name tokens), looking just before it too."""
        honorifics = self.lex.honorifics
        doc = span.doc
        tokens = list(span)
        honorific = None
        while tokens and fold(tokens[0].text) in honorifics and not self._capital_initial(doc, tokens[0].i):
            honorific = honorifics[fold(tokens[0].text)]
            tokens = tokens[1:]
        i = span.start - 1
        while honorific is None and i >= 0 and i >= span.start - 2:
            f = fold(doc[i].text)
            if f in honorifics and not self._capital_initial(doc, i):
                honorific = honorifics[f]
                break
            if f not in (".",):
                break
            i -= 1
        while tokens and not any(c.isalpha() for c in tokens[-1].text):
            tokens = tokens[:-1]
        return honorific, tokens

    def _adnominal(self, tok: Token) -> bool:
        """A word written in lower case that the treebank holds only as a common noun ("κυβέρνηση",
        "πρόταση", "οικογένεια"): a name right after it, with no article between, is its adnominal
        genitive ("η κυβέρνηση Μητσοτάκη", "η δίκη Τοπαλούδη"), as Greek puts a name that
        owns a thing; a role noun ("ο πρόεδρος Χ", whose name is in apposition) is read first."""
        return tok.is_alpha and tok.text.islower() and self.common_forms.get(tok.text) == _NOUN_ONLY

    def _vocative_honorific(self, span: Span, before: int) -> tuple[str, str | None] | None:
        """"Κύριε Τσίπρα, ...": a name addressed after the vocative of an honorific (honorifics.tsv,
        case "voc") is in the vocative itself, whatever stands before it; the honorific may open the
        span or stand between ``before`` and it."""
        doc = span.doc
        for k in range(before + 1, span.end):
            told = self.names.honorifics.get(fold(doc[k].text))
            if told is None:
                return None
            if told[0] == "voc":
                return "voc", told[1]
        return None

    def _role_before_complement(self, doc: Doc, i: int, role_at_end: dict[int, Span]) -> Span | None:
        """"η εισαγγελέας ποινικής δίωξης Αργυρή Χ": a woman's role whose bare genitive complement ends
        at i (lower-case words with a genitive's own ending, no article: a field, not a person); the
        name after it is in apposition to the role, so the role's feminine article decides that a
        woman's nominative is meant ("Αργυρή"), not a man's oblique form ("Αργύρης"). A man's
        role is left to the name's own forms."""
        k = i
        while k >= 0 and i - k < _MAX_BARE_COMPLEMENT and doc[k].is_alpha and doc[k].text.islower() \
                and fold(doc[k].text) not in _ANY_ARTICLES and fold(doc[k].text).endswith(_GENITIVE_FINALS):
            role = role_at_end.get(k)
            if role is not None:
                gender = role._.role_gender
                if gender is None and role.start > 0:
                    gender = article_case_gender(doc[role.start - 1].text)[1]
                return role if gender == "f" else None
            k -= 1
        return None

    def _case_gender(self, span: Span, role_at_end: dict[int, Span] | None = None) -> tuple[str | None, str | None]:
        """Case and gender from the article before a name (skipping honorifics), or, for a
        surname alone, the case of a role right before it ("του αρχηγού Μιχαλολιάκου")."""
        doc = span.doc
        i = span.start - 1
        while i >= 0 and (fold(doc[i].text) in self.lex.honorifics or doc[i].text == "."):
            i -= 1
        vocative = self._vocative_honorific(span, i)
        if vocative is not None:
            return vocative
        if i < 0:
            return None, None
        # A name takes the case of a role before it, in apposition ("του αρχηγού Μιχαλολιάκου", "ο
        # πρόεδρος Μάριο Σεντένο"): a full name's first name mostly tells its own, but a foreign one
        # Greek leaves undeclined ("Μάριο") reads as an oblique form of a Greek one ("Μάριος").
        role = (role_at_end or {}).get(i + 1)
        if role is None and role_at_end:
            role = self._role_before_complement(doc, i, role_at_end)
        if role is not None:
            cases = {c for c in (role._.role_cases or ()) if c != "voc"}
            gender = role._.role_gender
            if gender is None and role.start > 0:
                gender = article_case_gender(doc[role.start - 1].text)[1]  # "τη καγκελάριο": a woman
            if len(cases) == 1 and gender is not None:
                return cases.pop(), gender
            k = role.start - 1
            while k >= 0 and role.start - k <= 2 and doc[k].is_alpha and doc[k].text.islower() \
                    and fold(doc[k].text) not in _ANY_ARTICLES:
                k -= 1  # "του βρετανού μονάρχη": an adjective between the article and the role
            if cases and k >= 0:
                # "του βουλευτή Παπαδάκη", "τον βασιλιά Κάρολο": a form of the role that several
                # cases share takes its case from its own article; the name agrees with the role
                # (so does a role of either gender, "η αντιπρόεδρος Κάμαλα Χάρις": the article's)
                case, article_gender = article_case_gender(doc[k].text)
                if case in cases and (gender or article_gender) is not None:
                    return case, gender or article_gender
        if (role is None and i == span.start - 1 and sum(t.is_alpha for t in span) == 1 and self._adnominal(doc[i])
                and not fold(span[-1].text).endswith("ου")):
            # "η κυβέρνηση Μητσοτάκη", "η οικογένεια Αντετοκούνμπο": whose. A name in "-ου" is left
            # to its shape: Greek writes many in the genitive for good ("Καπετανάκου", "Νετανιάχου")
            return "gen", None
        if fold(doc[i].text) in _NEUTER_SINGULAR and i == span.start - 1 \
                and not fold(span.text).startswith(_KEEPS_FINAL_N):
            return "acc", "m"  # "το Σημίτη", "στο Γιώργο": "τον"/"στον" with its -ν dropped, as spelled
        return article_case_gender(doc[i].text)
