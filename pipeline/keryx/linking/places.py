"""Places: GPE/LOC/FAC entities and venues → places in the nominative, mentions merged."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from keryx.extensions import doc_text
from keryx.events.lexicon import EventLexicon
from keryx.lang.el import read_json, read_tsv
from keryx.lang.el.grammar import (
    article_forms,
    articles,
    genitive_endings_of,
    genitive_finals,
    indefinite_articles,
    nominative_genders,
)
from keryx.lang.el.text import accent_position, fold, greek_ratio
from keryx.linking.lexicon import LinkingLexicon, stem
from keryx.linking.model import ORG_LABELS, PLACE_LABELS, LinkedOrg, LinkedPlace, merge_prefixes
from keryx.linking.names import (
    NameLexicon,
    article_case_gender,
    capitalised_name,
    organisation_nominative,
    place_kind_forms,
    place_nominative,
)
from keryx.linking.names.inflection import _ending_case, phrase_text, word_forms
from keryx.linking.names.organisations import body_head_nominative
from keryx.linking.organisations import singular_forms
from keryx.linking.people import is_saint_title

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Span, Token

__all__ = ["PlaceResolver"]


_GEN_ARTICLES = article_forms(lambda a: "gen" in a.cases)
# The neuter singular article of the nominative and accusative, bare or fused with "σε" ("το",
# "στο"), and the endings of a genitive that no neuter nominative has ("-ου", "-ων"): a name so
# ending after that article is written as it is named, either a foreign name that does not inflect
# ("στο Παλού", "στο Μάρλοου") or an elliptic genitive ("το [Μέγαρο] Μαξίμου", "στο [κατάστημα
# κράτησης] Μεταγωγών"); a Greek neuter place takes its own nominative there ("στο Ηράκλειο").
_NEUTER_ARTICLES = article_forms(lambda a: a.number == "sg" and a.gender == "n" and "gen" not in a.cases,
                                 contracted=None)
_UNMARKED_GENITIVE = genitive_endings_of("masculine_neuter_singular", "plural")
# Kinds of gazetteer place whose gender is read from the name's ending, not from the row (a village's
# row, one of thousands from a settlement list, carries a guessed gender: "Λίνδος" is feminine, the
# row says masculine; the ending "-ος" allows both)
_ENDING_GENDER_KINDS = frozenset({"village"})
# Kinds of place whose name the learned language may put in the genitive plural ("των Παρισίων",
# "Πανεπιστήμιο Αθηνών", "Σερβίων 8" of a street): a town's, never a country's or an island's
_LEARNED_PLURAL_KINDS = frozenset({"city", "capital", "world city", "town"})
_ADJECTIVE = re.compile(r"(ικ|αικ|ιακ)(οσ|ου|ο|η|ησ|α|ων|οι|εσ|ουσ)$")
# the indefinite article (role_grammar.json): "ένας Ξυλοκόπος", "μια Περουκιέρισα" name a kind, and a
# place's own name takes the definite article
_INDEFINITE = indefinite_articles()


def kinds_named(doc: Doc) -> frozenset[str]:
    """The stems of the capitalised words that the text writes right after the indefinite article
    ("ένας Ξυλοκόπος", "μια Περουκιέρισα"): each names a kind, there and wherever else the text
    writes it ("ο Ξυλοκόπος"), since a place's own name takes the definite article."""
    toks = list(doc)  # each word made once, read as a word and as the one before the next
    return frozenset(stem(t.text) for prev, t in zip(toks, toks[1:])
                     if t.is_alpha and t.text[:1].isupper() and not t.is_upper and fold(prev.text) in _INDEFINITE)
# Prepositions that take the article before a place ("από τη Γεωργία", "προς την Αθήνα").
_ARTICLE_PREPOSITIONS = frozenset(fold(w) for w in [
    "από", "προς", "για", "μέχρι", "ως", "έως", "εκτός", "εντός", "κοντά"
])
_ARTICLES = article_forms()
# the prepositions of _ARTICLE_PREPOSITIONS that say where with the article ("από την", "εντός της"), not "για" (for whom)
_FROM_PREPOSITIONS = _ARTICLE_PREPOSITIONS - {fold("για")}
# Kinds of place that are places only where something happens in them: an area of member states
# ("στην Ευρωζώνη"); elsewhere its name stands for the states ("οι υπουργοί της Ευρωζώνης").
_LOCATIVE_ONLY_KINDS = frozenset({"member-state area"})
# "στη", "στο": the preposition "σε" fused with a singular article, before a place it says where
_SINGULAR_LOCATIVES = article_forms(lambda a: "acc" in a.cases and a.number == "sg", contracted=True)
# where a town is written: after "στη", "στο", or as a genitive ("ο εισαγγελέας της Ντιζόν")
_TOWN_MARKERS = _SINGULAR_LOCATIVES | _GEN_ARTICLES
# "στο Διαδίκτυο", "στο Ίντερνετ": online, no place
_ONLINE = frozenset(fold(w) for w in read_json("events.json")["online"])
# "δήλωσε στο Ρόιτερ", "μιλώντας στον Σκάι": after a verb of saying, "σε" says whom one spoke to
_LINKING = read_json("linking.json")
_TOLD_VERBS = frozenset(fold(w) for w in _LINKING["told_verbs"])
# "προπονητής στην Αλόα", "ως παίκτη στη Νταμπάρτον": one plays or coaches at a club, every case form
_CLUB_MEMBERS = frozenset(x for gender, words in _LINKING["game_report"]["club_members"].items()
                          for w in words for xs in word_forms(w, gender).values() for x in xs)
_PLAYERS = tuple(fold(w) for w in ["παίκτ", "πρωταθλητ", "οπαδ", "φίλαθλ"])
# "μεταγραφή", "δανεικός": a player's move between clubs; in its sentence "σε" names the club he goes to
_PLAYER_MOVES = tuple(fold(w) for w in _LINKING["game_report"]["player_moves"])
# "κόντρα στη Δανία": "κόντρα σε" says against whom, a side, never where
_AGAINST = frozenset(fold(w) for w in _LINKING["game_report"]["against"])
_NOMINATIVE_ARTICLES = article_forms(lambda a: "nom" in a.cases and a.gender != "n")


def _club_mention(ent: Span, sports: tuple[str, ...]) -> bool:
    """In a game report, where a town names its club: the subject ("η Ξάνθη κέρδισε"), a
    genitive after a word of the game ("οι σκόρερ της Λάρισας"), a side of a result ("Ηρακλής -
    Κομοτηνή"), the start or the end of a longer name ("Μάντσεστερ Σίτι", "Μακάμπι Τελ Αβίβ")."""
    doc, i, j = ent.doc, ent.start, ent.end
    before = fold(doc[i - 1].text) if i >= 1 else ""
    if before in _NOMINATIVE_ARTICLES or before in ("-", "–") or (j < len(doc) and doc[j].text in ("-", "–")):
        return True
    if before in _GEN_ARTICLES and i >= 2 and any(fold(doc[i - 2].text).startswith(w) for w in sports + _PLAYERS):
        return True
    if j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].ent_type_ \
            and doc[j].is_upper == doc[j - 1].is_upper:
        return True  # "ΜΑΝΤΣΕΣΤΕΡ ΣΙΤΙ", "Μάντσεστερ Γιουνάιτεντ": the town begins the club's name
    prev = doc[i - 1] if i >= 1 else None
    return prev is not None and prev.is_alpha and prev.text[:1].isupper() and not prev.ent_type_ and not prev.is_sent_start


def _subject_or_side(ent: Span, gender: str | None) -> bool:
    """Whether a town's mention that :func:`_club_mention` sets aside names its club by the
    strongest of its places: beside a dash ("Λιόν - Σεντ Ετιέν"), or after the article of the
    nominative in the club's gender: the feminine of "ομάδα" for a club abroad ("η Λάτσιο
    απειλεί"), the town's own for a Greek town's club ("ο Βόλος", "το Μαρούσι"), ``gender`` as
    places.tsv gives it. "Ο Κόμπε δούλεψε" (no masculine town) is a man, no club."""
    doc, i, j = ent.doc, ent.start, ent.end
    if (i >= 1 and doc[i - 1].text in ("-", "–")) or (j < len(doc) and doc[j].text in ("-", "–")):
        return True
    before = fold(doc[i - 1].text) if i >= 1 else ""
    number = "pl" if gender and gender.endswith("p") else "sg"
    genders = {"f", gender[:1]} if gender and gender[:1] in "mfn" else {"f"}
    return before in article_forms(lambda a: "nom" in a.cases and a.number == number
                                   and (a.gender is None or a.gender in genders))


# Folded stems of the nouns that name a street or a square before its name (events.json
# "street_stems": "οδό", "λεωφορ"; "square_stems": "πλατεί"), and how many letters of ending each may take ("οδού",
# "λεωφόρου", "πλατείας"; not "λεωφορείο", "οδοιπορικό").
_STREET_STEMS = tuple(fold(w) for key in ("street_stems", "square_stems") for w in read_json("events.json")[key])
_STREET_ENDING = 2


def street_noun(word: str) -> bool:
    """"οδό", "της λεωφόρου", "Πλατεία": a noun of a street or a square, in any case (the
    places of a text and the event builder both ask)."""
    f = fold(word)
    return any(f.startswith(s) and len(f) - len(s) <= _STREET_ENDING for s in _STREET_STEMS)


def described_at(ent: Span) -> int | None:
    """"τον λόφο της Πνύκας", "τη γη της Ανατολίας", "το μετρό της Ομόνοιας": a lower-case common
    noun, a genitive article, then capitalised words to the end. A common noun is no part of a
    proper name, and with the article between it describes what the genitive names ("the hill of
    Pnyx"), so the place named is the genitive's; a street's or a square's noun is left alone (it
    heads the street's name). The index, inside ``ent``, of the genitive's first word, or None."""
    if len(ent) < 3 or not (ent[0].is_alpha and ent[0].is_lower) or street_noun(ent[0].text) \
            or fold(ent[1].text) not in _GEN_ARTICLES:
        return None
    if not all(t.text[:1].isupper() for t in ent[2:]):
        return None
    return 2


def _abbreviated(ent: Span) -> bool:
    """"Τμ.", "Πλ.": a Greek word ends in a vowel, ς or ν, so a short one that ends in another
    consonant, with its period glued on, abbreviates a noun ("στο Ρίο." stays a place)."""
    word, doc = fold(ent.text), ent.doc
    return (len(word) <= 3 and word[-1:] in _ABBREVIATION_ENDINGS and ent.end < len(doc)
            and doc[ent.end].text == "." and not ent[-1].whitespace_)


_ABBREVIATION_ENDINGS = frozenset("βγδζθκλμξπρτφχψ")


def _place_stem(name: str) -> str:
    """The stem of a folded one-word place name, its ending cut ("σουηδια" -> "σουηδ",
    "αιγυπτοσ" -> "αιγυπτ"; "ισραηλ" as it is); "" where fewer than :data:`_DEMONYM_STEM` letters
    would stay ("ινδια"): so short a stem would take in other words."""
    cut = next((name[:-len(e)] for e in _PLACE_NAME_ENDINGS if name.endswith(e)), name)
    return cut if len(cut) >= _DEMONYM_STEM else ""


def _name_and_number(doc: Doc, i: int) -> bool:
    """A capitalised word, maybe an initial ("Ροντρίγκες Α."), then a number, from token i."""
    k = i
    if k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
        while k < len(doc) and (doc[k].text == "." or (len(doc[k].text) <= 2 and doc[k].text.rstrip(".").isalpha())):
            k += 1
        return k < len(doc) and doc[k].like_num
    return False


def _in_a_line_up(ent: Span) -> bool:
    """"Ντουάρτε 11, Χουρστ 19": a name and a number that looks like a street address but is one
    item of a comma list of names with numbers (a line-up and its points), its word no Greek
    genitive (a street is named in the genitive: "Ερμού 5, Αθηνάς 12")."""
    doc, i, j = ent.doc, ent.start, ent.end
    if len(ent) < 2 or not ent[-1].like_num or fold(ent[0].text).endswith(_GENITIVE_ENDINGS):
        return False
    after = j + 1 < len(doc) and doc[j].text == "," and _name_and_number(doc, j + 1)
    before = i >= 2 and doc[i - 1].text == "," and doc[i - 2].like_num
    return after or before


_GENITIVE_ENDINGS = genitive_finals()  # -ς, -ου, -ων (inflection.json "genitive_finals")


def _a_vessel(ent: Span, lex: LinkingLexicon) -> bool:
    """"της φορτηγίδας Orca", "το πλοίο Χ": a name after a lower-case noun of a vessel (in the
    span or right before it) is a ship's."""
    first, i = ent[0], ent.start
    if first.is_lower and fold(first.text) in lex.not_place["vessels"]:
        return True
    return i >= 1 and ent.doc[i - 1].is_lower and fold(ent.doc[i - 1].text) in lex.not_place["vessels"]


def _names_a_cup(ent: Span) -> bool:
    """"το Κύπελλο Ελλάδας", "του κυπέλλου της Ισπανίας", "τα κύπελλα Ελλάδας, Ισπανίας και
    Ρωσίας", "ο κυπελλούχος Ελλάδας": a place right after a noun of a cup or its holder (:data:`_CUP_NOUNS`), its article between or not, or after such a place in a
    list that one opens, names the competition or the title, no place."""
    doc, k = ent.doc, ent.start
    if k >= 1 and fold(doc[k - 1].text) in _GEN_ARTICLES:
        k -= 1
    while k >= 2 and doc[k - 1].text in (",", "και") and doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha:
        k -= 2  # "κύπελλα Ελλάδας, Ισπανίας": back over the list to the noun that opens it
    return k >= 1 and fold(doc[k - 1].text) in _CUP_NOUNS


def _nationality_code(ent: Span) -> bool:
    """"Marie Dupont (FR), Μαρία Παππά (GR)": a two-letter code in Latin capitals (ISO 3166-1
    alpha-2), alone in brackets right after a capitalised name, marks the person's nationality
    (as lists of artists or delegates write it), not a place named."""
    doc, i, j = ent.doc, ent.start, ent.end
    code = ent.text.strip()
    return (len(code) == 2 and code.isascii() and code.isalpha() and code.isupper() and i >= 2 and j < len(doc)
            and doc[i - 1].text == "(" and doc[j].text == ")" and doc[i - 2].text[:1].isupper()
            and doc[i - 2].text[1:].islower())


def _in_orbit(ent: Span) -> bool:
    """"στον Διεθνή Διαστημικό Σταθμό": a space station orbits the Earth, no geographic place (a
    space centre on the ground, "Διαστημικό Κέντρο Κένεντι", is one)."""
    words = [fold(t.text) for t in ent]
    return any(a.startswith("διαστημικ") and b.startswith("σταθμ") for a, b in pairwise(words))


def _a_body_unit(ent: Span, lex: LinkingLexicon) -> bool:
    """"η Μονάδα Εντατικής Θεραπείας", "στη ΜΕΘ": a unit of a hospital or a university, no place."""
    first = fold(ent[0].text)
    units = lex.not_place
    return first in units["body_unit_heads"] or (len(ent) == 1 and first in units["body_unit_abbreviations"])


def _a_portfolio(ent: Span, lex: LinkingLexicon) -> bool:
    """"ο υπουργός Γεωργίας": the word right after a minister's title, with no article between,
    is the ministry's portfolio ("ο υπουργός Υγείας της Γαλλίας" has the country after "της")."""
    i = ent.start
    return i >= 1 and fold(ent.doc[i - 1].text).startswith(lex.ministry_stems)


# A building named in quotes after the word ("στο κτίριο «Γαληνός»"): the quote names a place.
_QUOTED_BUILDING = re.compile(r"\b[Κκ]τ[ιίηή]ρ[ιί](?:ο|ου|α|ων)\s+[«“\"]([^\W\d_][^»”\"\n]{0,60}?)[»”\"]")
# Words that name a kind of land, capitalised as a whole ("σε όλη την Επικράτεια"): no place alone
# ("η Πόλη", Constantinople, and "η Χώρα", an island's main town, are); nor do the Straits ("τα
# Στενά", "του Στενού"), which a text so calls back after naming them ("τα Στενά του Ορμούζ").
# Every case form, both numbers.
_BARE_HEADS = frozenset(f for word, gender in [
    ("Επικράτεια", "f"), ("Περιφέρεια", "f"), ("Νομός", "m"), ("Δήμος", "m"), ("Κοινότητα", "f"),
    ("Πολιτεία", "f"), ("Επαρχία", "f"), ("Στενό", "n"),
] for forms in word_forms(word, gender).values() for f in forms)
# Nouns of a document named after where it was made (linking.json "place_named_documents": "η
# Συμφωνία των Πρεσπών", "η Σύμβαση της Κωνσταντινούπολης"), every case form
_PLACE_NAMED_DOCUMENTS = frozenset(f for gender, words in _LINKING["place_named_documents"].items()
                                   for w in words for forms in word_forms(w, gender).values() for f in forms)
# Nouns of a national cup and of its holder or a champion (linking.json "cup_nouns": "το Κύπελλο
# Ελλάδας", "ο κυπελλούχος Ισπανίας"), every case form
_CUP_NOUNS = frozenset(f for gender, words in _LINKING["cup_nouns"].items()
                       for w in words for forms in word_forms(w, gender).values() for f in forms)
# Kinds of place that are a party to an agreement, not where it was made ("η συμφωνία της Ρωσίας")
_PARTY_KINDS = frozenset({"country", "formal state", "territory", "continent", "world region"})
# Kinds of place whose genitive right after a locality's name, with no article, says where that
# locality lies ("στο Βέλο Κορινθίας", "στη Σωτηρίτσα Λάρισας", "στην Αγία Άννα Νάξου"): a
# prefecture, a regional unit, a region, an island, a Greek city that names its prefecture.
_LOCATING_KINDS = frozenset({"prefecture", "regional unit", "region", "island", "city"})
# Greek cities (places.tsv kind "city"): the genitive of one after a town's name ("Πολίχνη
# Θεσσαλονίκης") names the city whose suburb the town is
_CITY_KINDS = frozenset({"city"})
# Folded endings of a demonym or an adjective of origin on a place's stem (linking.json
# "demonym_endings": "Σουηδ-έζα", "Ισραηλ-ινή"), longest first; the endings a place's own one-word
# name is cut at to give its stem ("Σουηδ-ία", "Αίγυπτ-ος"), and the fewest letters a stem keeps
_DEMONYM_ENDINGS = tuple(sorted({fold(w) for w in _LINKING["demonym_endings"]}, key=len, reverse=True))
# and those of a masculine demonym on the stem of a place in -ία alone ("Σέρβ-ος", "Πολων-ός")
_IA_DEMONYM_ENDINGS = tuple(sorted({fold(w) for w in _LINKING["ia_demonym_endings"]}, key=len, reverse=True))
_PLACE_NAME_ENDINGS = tuple(fold(w) for w in ("ία", "ια", "ος", "ας", "ες", "α", "η", "ο", "ι"))
_DEMONYM_STEM = 4
# An abbreviated first word of a place's name ("Ν. Υόρκης", "Β. Αμερική", "Αγ. Παρασκευής")
_ABBREVIATED_WORD = re.compile(r"[^\W\d_]{1,3}\.")


def _quoted_buildings(doc: Doc) -> list[tuple[str, tuple[int, int]]]:
    """"του κτιρίου “Γαληνός”": the quoted name of a building, as written, is a place."""
    return [(m.group(1).strip(), (m.start(1), m.start(1) + len(m.group(1).strip())))
            for m in _QUOTED_BUILDING.finditer(doc_text(doc))]


_VESSELS = frozenset(fold(w) for w in _LINKING["not_place"]["vessels"])
# Folded singular forms of the one-word nouns of a venue's or a building's kind: the heads of a
# venue's name (linking.json "venue_heads": "θέατρο", "ξενοδοχείο", "Αίθουσα") and the lower-case
# nouns of a building's kind ("facility_words": "νοσοκομείο", "κινηματογράφος"), not a vessel's.
QUOTED_VENUE_NOUNS = frozenset(
    f for w in [*_LINKING["venue_heads"], *_LINKING["facility_words"]]
    if len(w.split()) == 1 and greek_ratio(w) > 0 and fold(w) not in _VESSELS
    for f in singular_forms(w)[0] if not f.startswith(_STREET_STEMS))
# Those of them that also head a body's name and are no venue head ("νοσοκομείο", "κλινική"): the
# noun with its name says where only after a locative ("νοσηλεύεται στο νοσοκομείο «Χ»"); elsewhere
# it is the body ("η διοίκηση του νοσοκομείου «Χ»"), as for linking.json "venue_bodies".
# "σε" and the articles of the accusative, bare or fused with it ("στο", "στην"): a phrase of place opens
LOCATIVE_ARTICLES = article_forms(lambda a: "acc" in a.cases, contracted=True) | {"σε"}


def quoted_venue(doc: Doc, i: int, body_heads: Container[str] = frozenset()) -> tuple[int, int] | None:
    """The token range (start, end) of the name in quotes that opens at token ``i`` right after a
    noun of a venue's kind (:data:`QUOTED_VENUE_NOUNS`): "στη γκαλερί «Τρίτο Μάτι»", "στο θέατρο
    «Σφενδόνη»", "του ξενοδοχείου «Μεγάλη Βρεταννία»". The noun says what the name names, a venue,
    whatever the model took the name for; the name is capitalised (its words of four letters or
    more too, so that a title, "«Ο κήπος με τις λεμονιές»", is none), at most five words on one line.
    A noun in ``body_heads`` (a venue that is also a body) only right after a locative."""
    close = _QUOTE_CLOSERS.get(doc[i].text)
    if close is None or i < 1 or fold(doc[i - 1].text) not in QUOTED_VENUE_NOUNS:
        return None
    noun = fold(doc[i - 1].text)
    if noun in body_heads and not (i >= 2 and fold(doc[i - 2].text) in LOCATIVE_ARTICLES):
        return None
    j = next((k for k in range(i + 1, min(len(doc), i + 7)) if doc[k].text == close), None)
    if j is None or j == i + 1 or any("\n" in t.text_with_ws for t in doc[i:j - 1]):
        return None
    words = [t.text for t in doc[i + 1:j]]
    if not words[0][:1].isupper() or any(len(w) > 3 and w.isalpha() and not w[:1].isupper() for w in words):
        return None
    return i + 1, j


def _quoted_venues(doc: Doc, body_heads: Container[str]) -> list[tuple[str, tuple[int, int]]]:
    """"στη γκαλερί «Τρίτο Μάτι»": the name in quotes after a noun of a venue's kind is a place,
    named as the quotes write it (see :func:`quoted_venue`)."""
    out: list[tuple[str, tuple[int, int]]] = []
    for i in range(1, len(doc)):
        found = quoted_venue(doc, i, body_heads)
        if found is not None:
            start, end = doc[found[0]].idx, doc[found[1] - 1].idx + len(doc[found[1] - 1].text)
            out.append((doc_text(doc)[start:end], (start, end)))
    return out


# Articles after which a person's name in quotes, left in the nominative, is the name of a thing:
# neuter ("στο «Γ. Καραϊσκάκης»") or genitive ("του «Κλεάνθης Βικελίδης»"), which a person's own name
# would agree with ("του Κλεάνθη Βικελίδη").
_THING_ARTICLES = article_forms(lambda a: a.number == "sg" and (a.gender == "n" or "gen" in a.cases), contracted=None)
_INITIAL = re.compile(r"[Α-ΩΆΈΉΊΌΎΏA-Z][α-ωάέήίόύώa-z]{0,3}\.")
_QUOTE_CLOSERS = {"«": "»", "“": "”", '"': '"'}


def _quoted_namesakes(doc: Doc, first_names: object, vessels: frozenset[str]) -> list[tuple[str, tuple[int, int]]]:
    """"στο «Γ. Καραϊσκάκης»", "του «Κλεάνθης Βικελίδης»", "από το «Γεώργιος Καραϊσκάκης»": a person's
    full name in quotes, in the nominative, right after a neuter or a genitive article, is a venue
    named after the person (a stadium, a hall, a hospital), spoken of without its head noun: the
    article agrees with the venue's noun, not with the name. Not after a noun of a vessel ("το
    «Ελευθέριος Βενιζέλος»" after "πλοίο" is a ship)."""
    out: list[tuple[str, tuple[int, int]]] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.text not in _QUOTE_CLOSERS or i < 1 or fold(doc[i - 1].text) not in _THING_ARTICLES:
            continue
        j = i + 1
        while j < n and j - i <= 4 and doc[j].text != _QUOTE_CLOSERS[tok.text] and "\n" not in doc[j].text:
            j += 1
        words = [t.text for t in doc[i + 1:j]]
        if len(words) > 2 and words[1] == "." and not doc[i + 1].whitespace_:
            words = [words[0] + ".", *words[2:]]  # "«Κλ. Βικελίδης»": the initial and its period, split
        if j >= n or doc[j].text != _QUOTE_CLOSERS[tok.text] or not 2 <= len(words) <= 3:
            continue
        if not all(w[:1].isupper() and w[1:2].islower() for w in words[1:]) or not all(w.isalpha() for w in words[1:]):
            continue
        first = words[0]
        entries = first_names.get(fold(first), ())  # type: ignore[attr-defined]
        nominative = any("nom_sg" in e.slots or "any" in e.slots for e in entries)
        if not (nominative or _INITIAL.fullmatch(first)):
            continue
        if i >= 2 and fold(doc[i - 2].text) in vessels:
            continue
        start, end = doc[i + 1].idx, doc[j - 1].idx + len(doc[j - 1].text)
        out.append((doc_text(doc)[start:end], (start, end)))
    return out



# Lower-case nouns of a place's kind (inflection.json "place_kind_nouns"): before its name in the
# genitive ("στην πολιτεία του Ιλινόις"), and before it in apposition ("στη νήσο Χ", "στο κρατίδιο
# Χ"), where the name is a place whatever the model took it for.
_PLACE_KIND_HEADS = place_kind_forms("genitive")
APPOSITION_PLACE_HEADS = place_kind_forms("apposition")
# their singular forms: a name right after one ("στην επαρχία Πάσκο", "το χωριό Άγιος Σώστης") is
# that one place; after a plural ("21 πόλεις NITI Aayog") it may be a body the places belong to
_APPOSITION_PLACE_HEAD_SG = place_kind_forms("apposition", singular=True)
# Kinds of place still named as places inside a role ("ο κυβερνήτης του Πουέρτο Ρίκο", "ο δήμαρχος
# της Γουχάν"): states and cities abroad; a Greek town there qualifies the role ("ο δήμαρχος Μαραθώνα"),
# and a state's formal name the title of an office ("ο Πρόεδρος της Ιταλικής Δημοκρατίας").
_NAMED_IN_ROLES = frozenset({"country", "territory", "state", "capital", "world city"})
# Kinds of place no club is named after: a club takes its town's, district's or island's name
# ("η Λάρισα", "η Λάτσιο", "ο ΑΟ Θήρας"); a country's side is its national team, "η Εθνική"
# (linking.json "national_team"), and in sport news a country's name is as often the country.
_NO_CLUB_KINDS = frozenset({"country", "formal state", "territory", "state", "continent", "world region", "sea", "river", "lake",
                            "mountain", "road", "decentralised administration"})
# Heads of a foreign first-level or second-level unit, named with its place in the genitive.
_STATE_HEADS = frozenset(fold(w) for w in [
    "Πολιτεία", "Πολιτείας", "Κομητεία", "Κομητείας", "Επαρχία", "Επαρχίας"
])
# Kinds of place that frame a narrower place written before them in the genitive, as one name:
# "στην Αμμουδάρα της Κρήτης", "στο Γκογιάνγκ της Νότιας Κορέας" name the suburb, the town, and
# say which country, region or island holds it. A town's genitive is none ("το Μουσείο της
# Ακρόπολης", "η Παναγία των Παρισίων" are named after their town), nor a formal state's name.
FRAME_KINDS = frozenset({"continent", "country", "territory", "state", "region", "prefecture", "regional unit",
                         "island"})
# What the model takes a place with an English name for ("Apple Park" a product, "Rikers Island" an event)
_THING_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART"})
# What may stand right before a person's name that the model took for a place ("η Χ Ψ", "της κ. Χ Ψ"):
# a singular masculine or feminine article, or an honorific (NameLexicon.honorifics, honorifics.tsv).
_ARTICLES_BEFORE_A_PERSON = article_forms(lambda a: a.number == "sg" and a.gender in ("m", "f"))


@lru_cache(maxsize=1)
def _frame_places() -> frozenset[str]:
    """Folded nominatives of the gazetteer's places of :data:`FRAME_KINDS` (the formal states'
    first words are :func:`_state_words`)."""
    rows = [row for row in read_tsv("places.tsv") if len(row) > 2]
    return frozenset(fold(phrase_text(row[0])) for row in rows if row[2] in FRAME_KINDS)


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Folded first words of the gazetteer's formal states' names ("Δημοκρατία|της Αλβανίας")."""
    return frozenset(fold(row[0].split("|")[0].split()[0]) for row in read_tsv("places.tsv")
                     if len(row) > 2 and row[2] == "formal state")


def framed_head(words: Sequence[str], places: Mapping[tuple[str, ...], str],
                kind_word: Callable[[str], bool]) -> int | None:
    """How many words of a name written as one ("Αμμουδάρα της Κρήτης") name a narrower place
    that the rest frames: capitalised words, then a genitive article and a known place of
    :data:`FRAME_KINDS` to the end ("της Κρήτης", "της Νότιας Κορέας"); None otherwise. The head
    must be a name: no word of it a noun of a kind of place or venue ("Μουσείο", "Περιφέρεια",
    "Δημοκρατία") nor one ``kind_word`` calls common, since "ο Κόλπος του Ομάν" names a gulf by its
    country and "η Πινακοθήκη της Αυστραλίας" a gallery, not a place inside the country.

    Why: a happening is placed as finely as the text places it (GUIDE.md's places are the places
    named), and Greek names a town with its region right after it in the genitive."""
    g = next((i for i, w in enumerate(words) if fold(w) in _GEN_ARTICLES), None)
    if not g or g + 1 >= len(words):
        return None
    frame = places.get(tuple(fold(w) for w in words[g + 1:]))
    if frame is None or fold(frame) not in _frame_places():
        return None
    head = words[:g]
    if not all(w[:1].isupper() and not w.isupper() for w in head) \
            or any(fold(w) in _KIND_WORDS or fold(w) in _state_words() or kind_word(w) for w in head):
        return None
    return g


_KIND_WORDS = _PLACE_KIND_HEADS | APPOSITION_PLACE_HEADS


def _with_street_nouns(ents: list[Span]) -> list[Span]:
    """"στην οδό Ερμού", "στην πλατεία Ταχρίρ": a place's name right after a noun of a street or a
    square (:func:`street_noun`) names that street or square, and the noun is part of its name
    ("οδός Ερμού", as the model's span "οδό Πατησίων" already has it); the name alone, in the
    genitive, is no place of its own (no "Ερμός"), just as "Πλατεία Συντάγματος" names no
    "Σύνταγμα". Where the model's span left the noun out, it is put back."""
    from spacy.tokens import Span as SpanType

    out: list[Span] = []
    for ent in ents:
        doc, i = ent.doc, ent.start
        if ent.label_ in PLACE_LABELS and i >= 1 and doc[i - 1].is_alpha and not doc[i - 1].ent_type_ \
                and street_noun(doc[i - 1].text) and not street_noun(ent[0].text) and ent[0].text[:1].isupper():
            ent = SpanType(doc, i - 1, ent.end, label="FAC")
        out.append(ent)
    return out


# "οδών", "λεωφόρους", "πλατείες": a street's or a square's noun in the plural (events.json)
_STREET_PLURALS = frozenset(fold(w) for w in read_json("events.json")["street_plurals"])


def street_lists(doc: Doc) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """"των οδών Πειραιώς, Λαμπράκη και Δωδεκανήσου": after a street noun in the plural, a list of
    capitalised names joined by commas and "και" names that many streets, each by its genitive as
    written (the plural noun is no part of any one name). Each such list of two or more names: the
    (start, end) tokens from the noun to the last name, and the (start, end) of each name."""
    out: list[tuple[int, int, list[tuple[int, int]]]] = []
    for noun in doc:
        if fold(noun.text) not in _STREET_PLURALS:
            continue
        parts: list[tuple[int, int]] = []
        k = noun.i + 1
        while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
            j = k
            while j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper():
                j += 1
            parts.append((k, j))
            if j + 1 < len(doc) and (doc[j].text == "," or fold(doc[j].text) == "και"):
                k = j + 1
            else:
                break
        if len(parts) >= 2:
            out.append((noun.i, parts[-1][1], parts))
    return out


def _elliptic_merged(places: list[LinkedPlace], as_written: set[str], text: str) -> list[LinkedPlace]:
    """"στο Μέγαρο Μαξίμου ... σύμφωνα με το Μαξίμου": a name kept as written after a neuter article
    (``as_written``, folded) is one place with the place the text names in full with one head noun
    before it, and with a place all of whose mentions write that same word elsewhere ("Μαξίμου:" in
    a headline, "του Πάλου" beside "στο Παλού"), which had been read as a masculine's genitive."""
    if not as_written:
        return places
    full = {fold(" ".join(p.name.split()[1:])): p for p in places if len(p.name.split()) == 2}
    kept = {fold(p.name): p for p in places if fold(p.name) in as_written}
    out: list[LinkedPlace] = []
    for place in places:
        key = fold(place.name)
        if key not in as_written:
            written = {fold(text[a:b]) for a, b in place.mentions}
            key = next(iter(written)) if len(written) == 1 and next(iter(written)) in kept else ""
        host = full.get(key) or kept.get(key)
        if host is None or host is place:
            out.append(place)
        else:
            host.mentions = sorted({*host.mentions, *place.mentions})
    return out


class PlaceResolver:
    """``resolve(ents)``: the document's places, a venue named as an ORG among them."""

    def __init__(self, lexicon: LinkingLexicon | None = None, names: NameLexicon | None = None) -> None:
        self.lex = lexicon or LinkingLexicon.default()
        self._names = names or NameLexicon.default()
        self._events = EventLexicon.default()  # its crime nouns are no places
        # "ο υπουργός Υγείας της Γαλλίας": a country named in a role is still a place named
        rows = [row for row in read_tsv("places.tsv") if len(row) > 2]
        # (folded: a headline's "ΤΩΝ ΗΠΑ" gives "ΗΝΩΜΕΝΕΣ ΠΟΛΙΤΕΙΕΣ", the country all the same)
        self._countries = frozenset(fold(phrase_text(row[0])) for row in rows if row[2] in _NAMED_IN_ROLES)
        # nouns of a building's kind that also head a body's name, but no venue's ("νοσοκομείο")
        venue_heads = {fold(w) for w in _LINKING["venue_heads"]}
        self._body_venue_nouns = frozenset(
            f for w in _LINKING["facility_words"] if fold(w) in self._names.org_heads and fold(w) not in venue_heads
            for f in singular_forms(w)[0])
        # the kind of each gazetteer place by its folded nominative ("κορινθια" -> "prefecture")
        self._kinds = {fold(phrase_text(row[0])): row[2] for row in rows if row[1] != "body"}
        # the gazetteer's names of two words or more by their words after the first ("υορκησ" ->
        # ("νεασ", "Νέα Υόρκη")): the full name of one written with its first word abbreviated
        self._by_tail: dict[tuple[str, ...], set[tuple[str, str]]] = {}
        for words, nominative in self._names.places.items():
            if len(words) > 1:
                self._by_tail.setdefault(words[1:], set()).add((words[0], nominative))
        # the stems of the gazetteer's one-word places, a demonym's base ("Σουηδία" -> "σουηδ")
        self._place_stems = frozenset(_place_stem(fold(phrase_text(row[0]))) for row in rows
                                      if row[1] != "body" and len(phrase_text(row[0]).split()) == 1) - {""}
        # those of the places named in -ία ("Σερβία" -> "σερβ"), a masculine demonym's base ("Σέρβος")
        self._ia_stems = frozenset(_place_stem(name) for row in rows if row[1] != "body"
                                   and " " not in (name := fold(phrase_text(row[0]))) and name.endswith("ια")) - {""}
        # each gazetteer place's genders and numbers by its folded nominative ("συροσ" -> {("f", "sg")};
        # a village's, taken in bulk from a settlement list, those its ending allows: "λινδοσ" -> m, f
        # or n), and the forms its row lists ("αθηνων"): a form listed is the place's, whatever it looks like
        self._agreement: dict[str, frozenset[tuple[str, str]] | None] = {}
        self._cities = frozenset(fold(phrase_text(row[0])) for row in rows if row[2] in _LEARNED_PLURAL_KINDS)
        self._listed_forms: set[str] = set()
        # the places whose genders only the ending tells: checked by their article alone (a plural
        # form with no article, "«Πεύκων»" beside the village "Πεύκη", may name a neighbourhood)
        self._by_ending: set[str] = set()
        for row in rows:
            genders = ({row[1]} if row[2] not in _ENDING_GENDER_KINDS
                       else nominative_genders(row[0]) if len(phrase_text(row[0]).split()) == 1 else set())
            if genders and all(g[:1] in ("m", "f", "n") and len(g) <= 2 for g in genders):
                key = fold(phrase_text(row[0]))
                agreement = frozenset((g[0], "pl" if g.endswith("p") else "sg") for g in genders)
                self._by_ending.update([key] if row[2] in _ENDING_GENDER_KINDS else [])
                self._agreement[key] = agreement if self._agreement.get(key, agreement) == agreement else None
                self._listed_forms.update(fold(f) for f in row[3].split(";")) if len(row) > 3 else None
        # places no club is named after, and the towns a club may be ("η Λάρισα νίκησε")
        self._no_clubs = frozenset(fold(phrase_text(row[0])) for row in rows if row[2] in _NO_CLUB_KINDS)
        self._club_towns = {fold(phrase_text(row[0])): row[1] for row in rows
                            if row[2] not in _NO_CLUB_KINDS and row[1] != "body"}  # -> gender
        # lower-case forms the treebank (GDT train) tags only as common words: ``Extractor`` sets them
        # (:func:`keryx.nlp.treebank_common_words`), as for the people resolver
        self.common_forms: Mapping[str, frozenset[str]] = {}
        self._common_stems: tuple[Mapping[str, frozenset[str]], frozenset[str]] | None = None

    def resolve(self, ents: list[Span], doc: Doc | None = None) -> list[LinkedPlace]:
        places: list[LinkedPlace] = []
        by_key: dict[str, LinkedPlace] = {}
        # the roles by start, with the furthest end reached so far: "inside a role" by one bisection
        roles = sorted((s.start, s.end) for s in ents[0].doc.spans.get("roles", [])) if ents else []
        role_starts = [a for a, _ in roles]
        role_reach = list(accumulate((b for _, b in roles), max))
        surnames = {stem(e[-1].text) for e in ents if e.label_ == "PERSON" and len(e) > 1}
        sports = self.lex.is_sports_report(ents[0].doc) if ents else False
        kinds = kinds_named(ents[0].doc) if ents else frozenset()
        positions: dict[str, list[int]] = {}  # folded word -> its token indices, filled once on first need
        off_earth: set[int] = set()
        as_written: set[str] = set()  # folded one-word names kept as written after a neuter article
        framed: list[tuple[str, tuple[int, int]]] = []
        streets: set[tuple[int, int]] = set()  # the names of a plural street noun's list, kept as written
        for ent in self._with_buildings(self._split_lists(self._split_frames(
                self._with_genitive_names(self._street_lists(_with_street_nouns(self.people_as_places(ents)), streets))))):
            if not any(c.isalpha() for c in ent.text):
                continue
            if len(ent) == 1 and self._compound_parts(ent[0]):
                continue  # "Τουρκίας-Λιβύης": two places, added below
            if ent.label_ in PLACE_LABELS and (fold(ent.text.strip()) in self.lex.not_place["celestial"] or _in_orbit(ent)
                                               or fold(ent[0].text) in self.lex.not_place["constellation_nouns"]):
                off_earth.add(ent.end)
                continue  # "μπροστά από τον Ήλιο", "στον Διεθνή Διαστημικό Σταθμό", "στον αστερισμό της Ύδρας": no geographic place
            if (area := self._member_state_area(ent)) is not None and not self._area_located(ent):
                continue  # "η Ευρωζώνη αποφάσισε", "οι χώρες της Ευρωζώνης": its states, no place where
            if _nationality_code(ent):
                continue  # "Marie Dupont (FR)": a country code after a name says whose nationality, no place
            if ent.start >= 1 and ent.doc[ent.start - 1].text == "(" and ent.start - 1 in off_earth:
                continue  # "(ISS)": the acronym of what was just left out
            if ent.label_ in PLACE_LABELS and len(ent) == 1 and (
                    fold(ent.text) in self.lex.not_place["compass"] or fold(ent.text).endswith(self.lex.rule_endings)):
                continue  # "οι χώρες του Βορρά", "στην Τουρκοκρατία": a direction or a period, no place
            if ent.label_ in PLACE_LABELS and (fold(ent[0].text) in self.lex.not_place["feasts"] or _a_vessel(ent, self.lex)):
                continue  # "τη Λαμπρή Τρίτη", "της φορτηγίδας Orca": a feast or a ship, no place
            if sports and ent.label_ == "GPE" and _club_mention(ent, self.lex.sports_stems) and not self._locative_before(ent) \
                    and fold(place_nominative(ent.text.strip())) not in self._no_clubs:
                continue  # "η Ξάνθη κέρδισε", "Μακάμπι Τελ Αβίβ": a club, named by its town (not "η Σερβία": a country)
            if ent.label_ in PLACE_LABELS and len(ent) == 1 and not self._known(ent.text) and _abbreviated(ent):
                continue  # "στο Τμ. Πληροφορικής": an abbreviated common noun, no name
            if ent.label_ in PLACE_LABELS and len(ent) == 1 and not self._known(ent.text):
                if stem(ent.text) in surnames:
                    continue  # "οι ενέργειες Κορκονέα": the surname of a person the text names
                if _ADJECTIVE.search(fold(ent.text)) and ent.end < len(ent.doc) and ent.doc[ent.end].is_lower:
                    continue  # "του Ευρωπαϊκού σχολείου": an adjective before its noun
                if stem(ent.text) in kinds:
                    continue  # "ένας Ξυλοκόπος ... ο Ξυλοκόπος": a kind (a play's character), no place named
                if self._demonym(ent.text):
                    continue  # "της Σουηδέζας", "τους Αρμένιους": people of a place, no place
                if self._events.is_charge(ent.text):
                    continue  # "Γυναικοκτονία στη Χ:" opening a headline: a crime's noun (events.tsv), no place
                if self._first_name_alone(ent):
                    continue  # "της άτυχης Νεκταρίας", "ο Ορφέας": a person named by a first name, no place
            if ent.label_ in PLACE_LABELS and self.lex.club(ent.text.strip()) is not None:
                continue  # "στον Παναθηναϊκό", "της Α.Ε.Κ": a listed club (organisations.tsv), no place
            if ent.label_ in PLACE_LABELS and _in_a_line_up(ent):
                continue  # "Ντουάρτε 11, Χουρστ 19, Γκόμες 14": players and their points, no street
            if ent.label_ in PLACE_LABELS and (_a_body_unit(ent, self.lex) or _a_portfolio(ent, self.lex)
                                               or _names_a_cup(ent)):
                continue  # "στη Μονάδα Εντατικής Θεραπείας", "ο υπουργός Γεωργίας": no place
            if (k := bisect_right(role_starts, ent.start)) and role_reach[k - 1] >= ent.end \
                    and fold(place_nominative(ent.text.strip())) not in self._countries:
                continue  # "ο δήμαρχος Μαραθώνα": the place qualifies a role, it is no place named
            start_char = ent.start_char
            unit = self._admin_unit_before(ent) if ent.label_ in PLACE_LABELS else None
            if unit is not None:
                # "Π.Ε. Θεσσαλονίκης": the regional unit, named with its place in the genitive
                abbreviation, start_char = unit
                name = f"{abbreviation} {ent.text.strip()}"
            elif ent.label_ in PLACE_LABELS and (seat := self.lex.seat(ent.text.strip())) is not None:
                if not self.lex.seat_located(ent):
                    continue  # "Μαξίμου: ..." in a headline: the government seated there, a body
                name = seat
            elif ent.label_ in PLACE_LABELS:
                if (ent.start, ent.end) in streets:
                    name = ent.text.strip()  # "των οδών Πειραιώς, Λαμπράκη": a street, by its genitive
                elif self._as_written_after_neuter(ent):
                    name = ent.text.strip()  # "στο Παλού", "το Μαξίμου": no nominative to restore
                    as_written.add(fold(name))
                elif (g := described_at(ent)) is not None:
                    named = ent[g:]  # "τον λόφο της Πνύκας": the place is the genitive's
                    start_char = named.start_char
                    name = place_nominative(named.text.strip())
                else:
                    name = place_nominative(ent.text.strip(), hint=self._told_before(ent) if len(ent) == 1 else None)
                if self._names_a_document(ent, name):
                    continue  # "η Συμφωνία των Πρεσπών": the document's name, no place named
                if self._disagrees(ent, name):
                    continue  # "τους Σύρους", "της Πειραιώς": a demonym, a bank, no place named
                if (other := self._otherwise_accented(ent, name)) is not None:
                    if not other:
                        continue  # "τη Σοφία" beside the city "Σόφια": a woman's name, no place named
                    name = other  # "στη Θερμή" beside "Θέρμη": another place, with the same letters
                name = self._unabbreviated(name)
            elif ent.label_ in ORG_LABELS:
                text = ent.text.strip()
                name = organisation_nominative(text)
                seat = self.lex.seat(name) or self.lex.seat(text)
                if seat is not None:
                    if not self.lex.seat_located(ent):
                        continue  # "ανακοίνωσε ο Λευκός Οίκος": the government seated there, a body
                    name = seat  # "στον Λευκό Οίκο", "από το Μαξίμου": where
                elif self.lex.is_street_address(text) and fold(name) not in self.lex.known_orgs:
                    # "Πανεπιστημίου 30": a street is named in the genitive; a listed body's name
                    # with its number is none ("της Ομάδας των 20")
                    name = text
                elif self.lex.is_venue_at(ent, name):
                    # "της Περιφερειακής Οδού": venue heads are place heads; "στις φυλακές Δομοκού"
                    name = capitalised_name(body_head_nominative(text.split()) or place_nominative(text))
                elif self.lex.before_building(ent):
                    pass  # "μπροστά στη Βουλή", "έξω από το Εφετείο": the body's building
                elif area is not None:
                    name = area  # "στην Ευρωζώνη": where, though the model took it for a body
                elif self._town_as_body(ent, name, sports, positions):
                    pass  # "στη Ντιζόν", "στον Βοτανικό": a town, in its nominative
                elif not self.lex.is_located_unit(ent, name):
                    continue
                else:
                    name = name[:1].upper() + name[1:]  # "στον δήμο Χ": a unit's name takes a capital
            else:
                continue
            if self.lex.is_not_org(name) or fold(name) in self.lex.programmes:
                continue  # "της Εγκυκλίου 33652/27", "στο Συνέδριο Χ": a document or an event, no place
            key = self._key(name)
            written = ent.text.strip()
            if len(name.split()) == 1 and (key in self.lex.venue_heads or key in _BARE_HEADS or fold(written) in _BARE_HEADS):
                continue  # "στην Αίθουσα Τύπου" cut short, "τα Στενά": a head alone names none
            if len(written.split()) == 1 and written.isupper() and len(name.split()) > 1:
                name = written  # "ΗΠΑ": an acronym is named as written, and keyed by what it stands for
            place = by_key.get(key)
            if place is None:
                place = LinkedPlace(name=name)
                places.append(place)
                by_key[key] = place
            elif place.name.isupper() and not name.isupper():
                if len(place.name.split()) < len(name.split()):
                    place.aliases.append(place.name)  # "ΗΠΑ", then "Ηνωμένες Πολιτείες": one place, two names
                place.name = name  # "ΗΡΑΚΛΕΙΟ" in a headline, "Ηράκλειο" in the body (same key)
            elif name != place.name and name.isupper() and len(name.split()) < len(place.name.split()) \
                    and name not in place.aliases:
                place.aliases.append(name)  # "Ηνωμένες Πολιτείες", then "ΗΠΑ"
            elif fold(name) != fold(place.name) and (own := self._own_spelling(name, place.name)) is not None:
                # "Ουάσιγκτον", then "Ουάσινγκτον": a text that spells a place two ways is named
                # by the gazetteer's own spelling
                place.name = own
            place.mentions.append((start_char, ent.end_char))
            if ent.label_ in PLACE_LABELS and not sports and (located := self._locating_genitive(ent, name)) is not None:
                framed.append(located)  # "στο Βέλο Κορινθίας": Κορινθία is named too
        for name, span in framed:
            self._add(places, by_key, name, span)
        if ents:
            for name, span in (self._units_missed(ents) + self._venues_of_bodies(ents) + self._named_after_heads(ents)
                               + self._where_events_are(ents)):
                self._add(places, by_key, name, span)
        if doc is not None or ents:
            # "ο Δήμαρχος Ραφήνας-Πικερμίου", "ο Δήμος Ραφήνας-Πικερμίου": a role's or a body's name
            inside = {i for a, b in roles for i in range(a, b)}
            inside.update(i for e in ents if e.label_ in ORG_LABELS for i in range(e.start, e.end))
            whole = doc if doc is not None else ents[0].doc
            for tok in whole if "-" in doc_text(whole) else ():  # (no hyphen: no compound to read)
                if tok.i not in inside:
                    for name, span in self._compound_parts(tok):
                        self._add(places, by_key, name, span)
        if doc is not None or ents:
            whole = doc if doc is not None else ents[0].doc
            for name, span in _quoted_buildings(whole):
                self._add(places, by_key, name, span)
            for name, span in _quoted_venues(whole, self._body_venue_nouns):
                words = {stem(w) for w in name.split()}
                if not any(words <= {stem(w) for w in p.name.replace("«", " ").replace("»", " ").replace('"', " ").split()}
                           for p in places):
                    self._add(places, by_key, name, span)  # unless a place already holds the name
            for name, span in _quoted_namesakes(whole, self._names.first_names, self.lex.not_place["vessels"]):
                same = next((p for p in places if p.mentions == [span]), None)
                if same is not None and fold(name) not in by_key:
                    by_key.pop(fold(same.name), None)
                    same.name = name  # the model's place, named as the quote writes it (no case to restore)
                    by_key[fold(name)] = same
                else:
                    self._add(places, by_key, name, span)
        places = _elliptic_merged(places, as_written, doc_text(ents[0].doc) if ents else "")
        if doc is not None or ents:
            places = self._without_clubs(places, (doc if doc is not None else ents[0].doc).text)
        return merge_prefixes(self._one_o_stem(places, ents[0].doc.text if ents else ""))

    def _without_clubs(self, places: list[LinkedPlace], text: str) -> list[LinkedPlace]:
        """A listed club (organisations.tsv "club") is no place, whichever route found it: the model's
        body taken for a town after "στον" ("στον Παναθηναϊκό"), a quote, a compound. The list leaves
        out the clubs named by their town alone, so "στο Πόρτλαντ" stays a place. A mention written
        as a club goes, and a place named as one or left with no mention goes with it."""
        out: list[LinkedPlace] = []
        for place in places:
            if self.lex.club(place.name) is not None:
                continue
            kept = [m for m in place.mentions if self.lex.club(text[m[0]:m[1]].strip()) is None]
            if kept or not place.mentions:
                place.mentions = kept
                out.append(place)
        return out

    def no_club(self, name: str) -> bool:
        """Whether ``name`` is a place no club is named after (:data:`_NO_CLUB_KINDS`: a country, a
        continent, a sea): such a name alone names that place or a national team, never a club."""
        return fold(name) in self._no_clubs

    def clubs_of_towns(self, ents: list[Span], orgs: list[LinkedOrg],
                       places: list[LinkedPlace]) -> tuple[list[LinkedOrg], list[LinkedPlace]]:
        """One name, one kind in a game report: the club. A town's name that the report gives as a
        club in one mention (a body's, the model's or a team cue's; or a mention :func:`_club_mention`
        sets aside: "η Κηφισιά", "Λιόν - Σεντ Ετιέν") is the club in its other mentions too ("μια
        Κηφισιά που...", "το ματς με την Κηφισιά"): one text, one sense of a name. A name that any
        mention gives as where ("στη Λάρισα", "στο γήπεδο της Λάρισας") stays a place, as does a
        country's (:data:`_NO_CLUB_KINDS`). A town the gazetteer knows, set aside as a club's subject
        or a side of a result and named nowhere else ("η Λάτσιο απειλεί"), is that club too.
        Run before :meth:`OrganisationResolver.without_places`, which keeps the place otherwise."""
        if not ents or not self.lex.is_sports_report(ents[0].doc):
            return orgs, places
        at = {e.start_char: e for e in ents}
        set_aside: dict[str, list[Span]] = {}  # folded nominative -> the club mentions left out of places
        for ent in ents:
            if ent.label_ == "GPE" and _club_mention(ent, self.lex.sports_stems) and not self._locative_before(ent):
                set_aside.setdefault(fold(place_nominative(ent.text.strip())), []).append(ent)
        by_name = {fold(n): o for o in orgs for n in (o.name, *o.aliases)}

        def says_where(mentions: list[tuple[int, int]]) -> bool:
            # (a mention the entities do not hold, found otherwise, is kept as where)
            return any((e := at.get(a)) is None or self.lex.in_locative_phrase(e) for a, _ in mentions)

        # the names a set-aside mention gives as a club's: its subject or a side of a result, both
        # written in the nominative ("Ανδρών – Γυναικών" is a genitive, no side)
        named = {key for key, mentions in set_aside.items()
                 if any(fold(e.text.strip()) == key and _subject_or_side(e, self._club_towns.get(key)) for e in mentions)}
        kept: list[LinkedPlace] = []
        for place in places:
            key = fold(place.name)
            org = by_name.get(key)
            if key in self._no_clubs or (org is None and key not in named) or says_where(place.mentions) \
                    or (org is not None and says_where(org.mentions)):
                kept.append(place)
                continue
            if org is None:
                org = by_name[key] = LinkedOrg(name=place.name)
                orgs.append(org)
            org.mentions = sorted({*org.mentions, *place.mentions,
                                   *((e.start_char, e.end_char) for e in set_aside.pop(key, []))})
        kept_keys = {fold(p.name) for p in kept}
        for key, mentions in set_aside.items():
            if key not in named or key not in self._club_towns or key in by_name or key in kept_keys:
                continue
            org = LinkedOrg(name=place_nominative(mentions[0].text.strip()),
                            mentions=[(e.start_char, e.end_char) for e in mentions])
            orgs.append(org)
            by_name[key] = org
        return orgs, kept

    def _one_o_stem(self, places: list[LinkedPlace], text: str) -> list[LinkedPlace]:
        """Two names of one text that differ only by a final ς ("Μιλάνος", "Μιλάνο") are one place:
        the genitive in -ου is both the masculine's in -ος and the neuter's in -ο ("του Μιλάνου"),
        and the masculine accusative may drop its ν ("στο Νείλο"). Named by the gazetteer's row
        where it holds one of the two, else by the -ος form where a mention writes it so (no
        neuter in -ο is ever written -ος), else by the -ο form."""
        by_key = {fold(p.name): p for p in places}
        gone: set[int] = set()
        for place in places:
            key = fold(place.name)
            neuter = by_key.get(key[:-1]) if key.endswith("οσ") and " " not in key else None
            if neuter is None or id(neuter) in gone or id(place) in gone:
                continue
            written = {fold(text[a:b].strip()) for a, b in place.mentions}
            if key[:-1] in self._kinds or (key not in self._kinds and key not in written):
                keep, drop = neuter, place
            else:
                keep, drop = place, neuter
            keep.mentions = sorted({*keep.mentions, *drop.mentions})
            gone.add(id(drop))
        return [p for p in places if id(p) not in gone]

    def without_people(self, places: list[LinkedPlace], text: str,
                       words: tuple[frozenset[str], frozenset[str]]) -> list[LinkedPlace]:
        """"Ο Λιβανός κατηγορείται" where the text names "Σπήλιος Λιβανός", "του μικρού Αϊλάν" beside
        "Αϊλάν Κουρντί": a one-word mention written exactly as a word of a person's name (case and
        accents kept: "Λιβανός" is no form of "Λίβανος") is that person, no place; so is one written
        as a one-word person's mention ("ο Σβάρνας"), when the gazetteer knows no such place. A place
        left with no mention goes."""
        full, lone = words
        if not full and not lone:
            return places

        def person(start: int, end: int) -> bool:
            written = text[start:end]
            return " " not in written and (written in full or (written in lone and not self._known(written)))

        out: list[LinkedPlace] = []
        for place in places:
            kept = [m for m in place.mentions if not person(*m)]
            if kept:
                place.mentions = kept
                out.append(place)
        return out

    @staticmethod
    def _add(places: list[LinkedPlace], by_key: dict[str, LinkedPlace], name: str, span: tuple[int, int]) -> None:
        """A place found beside the model's entities, merged with one of the same name."""
        place = by_key.get(fold(name))
        if place is None:
            place = by_key[fold(name)] = LinkedPlace(name=name)
            places.append(place)
        if span not in place.mentions:
            place.mentions.append(span)

    def _disagrees(self, ent: Span, name: str) -> bool:
        """A one-word mention, inflected away from its nominative, that cannot be a form of the
        gazetteer's place ``name``: the article right before it has another gender or number ("τους
        Σύρους", "του Σύρου προέδρου" beside the island "η Σύρος"; "της Πειραιώς", the bank, beside
        "ο Πειραιάς"), or, with no article, the word is one of the plural forms of a singular place
        ("5 εκατομμύρια Σύροι"): a demonym, an adjective, a body named by the place's genitive.
        A form the gazetteer's row lists, an old plural ("των Αθηνών"), keeps its number, as does a
        town's learned genitive plural ("της Παναγίας των Παρισίων"). A place whose name allows
        more than one gender (a village's "Λίνδος": "η", "ο") disagrees only where none fits."""
        written = fold(ent.text.strip())
        agreement = self._agreement.get(fold(name))
        if len(ent) != 1 or not agreement or written == fold(name):
            return False
        return all(self._disagrees_as(ent, name, written, gender, number) for gender, number in agreement)

    def _otherwise_accented(self, ent: Span, name: str) -> str | None:
        """A one-word mention spelt as the nominative or accusative singular of the gazetteer's
        feminine place in -α or -η, but accented on another letter than the place's own ("Σοφία"
        beside "Σόφια", "Θερμή" beside "Θέρμη"): those two cases of a noun of the first declension
        are spelt and accented as the nominative ("η Σόφια", "τη Σόφια"), so the word is another one
        with the same letters. "" where it is a listed first name or a common word the treebank
        knows ("τη Σοφία", "Καμπάνια"): no place; else another place, named as written ("στη
        Θερμή" of Lesbos, "την Ολύμπια" of Washington). None where the rule says nothing: another
        case (a learned genitive moves the accent: "της Κερκύρας"), or no accent (a headline)."""
        written = ent.text.strip()
        key = fold(name)
        if len(ent) != 1 or " " in name or self._agreement.get(key) != frozenset({("f", "sg")}) \
                or not key.endswith(("α", "η")) or fold(written) != key:
            return None
        here, own = accent_position(written), accent_position(name)
        if here is None or own is None or here == own:
            return None
        low = written.lower()
        # a hand-listed first name as written, accent kept ("Σοφία"; NameLexicon.first_names)
        if any(not e.learned and e.nominative.lower() == low for e in self._names.first_names.get(key, ())) \
                or low in self.common_forms:
            return ""
        return written

    def _disagrees_as(self, ent: Span, name: str, written: str, gender: str, number: str) -> bool:
        """:meth:`_disagrees` for one gender and number of the place ``name``."""
        listed = written in self._listed_forms or (fold(name) in self._cities and written in word_forms(name, gender)["gen_pl"])
        i = ent.start
        before = fold(ent.doc[i - 1].text) if i >= 1 else ""
        arts = [a for a in articles() if a.form == before]
        if arts:
            # "του", "στου": the genitive singular of the masculine and of the neuter alike; "το",
            # "στο": also the masculine accusative with its final ν dropped ("στο Βόλο")
            return not any((listed or a.number == number)
                           and (a.gender in (None, gender) or (a.gender == "m" and "gen" in a.cases and gender == "n")
                                or (a.gender == "n" and a.number == "sg" and gender == "m"))
                           for a in arts)
        if number != "sg" or listed or fold(name) in self._by_ending:
            return False
        forms = word_forms(name, gender)
        plural = {f for slot, fs in forms.items() if slot.endswith("_pl") for f in fs}
        singular = {f for slot, fs in forms.items() if slot.endswith("_sg") for f in fs}
        return written in plural and written not in singular

    def _own_spelling(self, *names: str) -> str | None:
        """The gazetteer's own spelling of a place one of ``names`` spells otherwise
        (``NameLexicon.place_spellings``), or None."""
        for name in names:
            words = tuple(fold(w) for w in name.split())
            if words in self._names.place_spellings:
                return self._names.places[words]
        return None

    def _key(self, name: str) -> str:
        """The folded name a place is merged by: a spelling the gazetteer lists beside the row's
        own (``NameLexicon.place_spellings``: "Ουάσιγκτον", "Ουάσινγκτον") is the same place."""
        own = self._own_spelling(name)
        return fold(own if own is not None else name)

    def people_as_places(self, ents: list[Span]) -> list[Span]:
        """The entities, a name the model took for a person (or, after a place-kind noun in
        apposition, for a body: :meth:`_named_by_kind`) relabelled a place where the grammar
        says it is one: after a place-kind head ("στην Πολιτεία του Ιλινόις") or in a list of
        places ("πόλεις (Βερολίνο, Μοστάρ, Λευκωσία)")."""
        # spaCy is loaded by now: ents came from it
        from spacy.tokens import Span as SpanType

        doc = ents[0].doc if ents else None
        places = {(e.start, e.end) for e in ents if e.label_ in PLACE_LABELS}
        starts = {a for a, _ in places}
        ends = {b for _, b in places}
        surnames = {stem(e[-1].text) for e in ents if e.label_ == "PERSON"}
        lone_people = {(e.start, e.end) for e in ents if e.label_ == "PERSON" and len(e) == 1}
        out = []
        for ent in ents:
            if doc is not None and ent.label_ == "PERSON" and len(ent) <= 2:
                i, j = ent.start, ent.end
                after_head = i >= 2 and fold(doc[i - 1].text) in _GEN_ARTICLES \
                    and fold(doc[i - 2].text) in _PLACE_KIND_HEADS
                sep_before = i >= 2 and doc[i - 1].text in (",", "και")
                sep_after = j + 1 < len(doc) and doc[j].text in (",", "και")
                before = sep_before and (i - 1) in ends
                after = sep_after and (j + 1) in starts
                # one word only: "Βάσια Ατταριάν και Μυρτώ Μακρίδη" is a person beside a mistagged one
                in_list = len(ent) == 1 and ((before and after) or (before and j < len(doc) and doc[j].text == ")")
                                             or (after and i >= 1 and doc[i - 1].text == "("))
                if after_head or in_list or self._after_apposition_head(ent):
                    ent = SpanType(doc, i, j, label="GPE")
            elif doc is not None and ent.label_ in ORG_LABELS and self._named_by_kind(ent):
                ent = SpanType(doc, ent.start, ent.end, label="GPE")
            elif doc is not None and (ent.label_ in ORG_LABELS and self._located_town(ent, _LOCATING_KINDS)
                                      or ent.label_ in PLACE_LABELS and self._located_town(ent, _CITY_KINDS)):
                # "στην Πολίχνη Θεσσαλονίκης": the town, and the wider place it lies in
                out.append(SpanType(doc, ent.start, ent.end - 1, label="GPE"))
                ent = SpanType(doc, ent.end - 1, ent.end, label="GPE")
            elif doc is not None and ent.label_ in PLACE_LABELS and (
                    self._a_person_named(ent, surnames) or self._among_surnames(ent, lone_people)):
                ent = SpanType(doc, ent.start, ent.end, label="PERSON")
            elif doc is not None and ent.label_ not in PLACE_LABELS and self._state_named(ent):
                ent = SpanType(doc, ent.start + 2, ent.end, label="GPE")
            elif doc is not None and ent.label_ in _THING_LABELS and self._known_place_after_locative(ent):
                ent = SpanType(doc, ent.start, ent.end, label="GPE")
            elif doc is not None and ent.label_ in _THING_LABELS and self._latin_place(ent):
                ent = SpanType(doc, ent.start, ent.end, label="FAC")
            out.append(ent)
        return out

    def framed_names(self, ents: list[Span]) -> list[Span]:
        """The entities, a name framed by a wider place made two places where the grammar says so:
        "στο Γκογιάνγκ της Νότιας Κορέας", "από το Torrance της Καλιφόρνιας", "στη Redondo Beach της
        Καλιφόρνιας": after "σε" with an article, or "από" and an article (where one is or comes
        from), one to three capitalised words, then a genitive article and a known country, region,
        state or island (:data:`FRAME_KINDS`) name a place inside that wider one, whatever the
        model took the name for (a body, a product, a people) or if it took none. Not a head that
        is a noun of a kind ("στο Πανεπιστήμιο της Καλιφόρνιας", "στην Τράπεζα της Ελλάδος"), a
        listed body or one headed by a body's word ("College"), a first name, a person, nor an
        event of the head alone ("στο Μουντιάλ της Ρωσίας": where it is held); a body the model
        gave the head alone ("την Budvanska Rivijera Budva του Μαυροβουνίου") only if one word."""
        from spacy.tokens import Span as SpanType

        if not ents:
            return ents
        doc = ents[0].doc
        owner = {t: k for k, e in enumerate(ents) for t in range(e.start, e.end)}
        drop: set[int] = set()
        added: list[Span] = []
        taken: set[int] = set()
        for g in range(2, len(doc) - 1):
            if fold(doc[g].text) not in _GEN_ARTICLES:
                continue
            end = next((g + 1 + m for m in (3, 2, 1) if g + 1 + m <= len(doc) and self._frames(doc[g + 1:g + 1 + m])), None)
            s = g
            while end is not None and s > 0 and g - s < 3 and doc[s - 1].text[:1].isupper() \
                    and doc[s - 1].is_alpha and not doc[s - 1].is_upper and fold(doc[s - 1].text) not in _ARTICLES:
                s -= 1
            if end is None or s == g or not self._framed_head(doc, s, g) or taken & set(range(s, end)):
                continue
            inside = sorted({owner[t] for t in range(s, end) if t in owner})
            spans = [ents[k] for k in inside]
            if any(e.start < s or e.end > end or e.label_ == "PERSON" for e in spans):
                continue
            whole = len(spans) == 1 and (spans[0].start, spans[0].end) == (s, end)
            if (whole and spans[0].label_ in PLACE_LABELS) or tuple(fold(t.text) for t in doc[s:end]) in self._names.places:
                continue  # one place's name, or one the model already took for a place (:meth:`_split_frames`)
            heads = [e for e in spans if e.end <= g]
            if not whole and (any(e.start > g and e.label_ not in PLACE_LABELS for e in spans)
                              or any(e.label_ == "EVENT" or (e.label_ in ORG_LABELS and g - s > 1) for e in heads)):
                continue
            if all(e.label_ in PLACE_LABELS for e in spans) and {(e.start, e.end) for e in spans} == {(s, g), (g + 1, end)}:
                continue  # two places already
            drop.update(inside)
            taken.update(range(s, end))
            added += [SpanType(doc, s, g, label="GPE"), SpanType(doc, g + 1, end, label="GPE")]
        if not added:
            return ents
        return sorted([e for k, e in enumerate(ents) if k not in drop] + added, key=lambda e: e.start)

    def _frames(self, words: Span) -> bool:
        """Whether capitalised ``words`` are a known place of :data:`FRAME_KINDS` in any case."""
        if not all(t.text[:1].isupper() for t in words):
            return False
        nominative = self._names.places.get(tuple(fold(t.text) for t in words))
        return nominative is not None and fold(nominative) in _frame_places()

    def _framed_head(self, doc: Doc, s: int, g: int) -> bool:
        """Whether doc[s:g] may name a place that a wider one frames (:meth:`framed_names`): after
        "στο", "στη" or "από" and an article, no word of it a noun of a kind, a state's title word or
        a body's word, not a first name, no listed body."""
        before = fold(doc[s - 1].text) if s >= 1 else ""
        if before not in _SINGULAR_LOCATIVES and not (before in _ARTICLES and s >= 2 and fold(doc[s - 2].text) == "απο"):
            return False
        words = [t.text for t in doc[s:g]]
        if self._first_name(words[0]) or fold(" ".join(words)) in self.lex.known_orgs:
            return False
        return not any(fold(w) in _KIND_WORDS or fold(w) in _state_words() or self._kind_word(w)
                       or fold(w) in self._names.org_heads or fold(w) in self.lex.latin_body_words for w in words)

    def _known_place_after_locative(self, ent: Span) -> bool:
        """"στην Ύδρα", "στην Οκλαχόμα": a name the gazetteer holds as a place, whole, right after a
        locative, is that place, whatever thing (a product, an event, a work) the model took it for.
        (Not a law: "στο Σύνταγμα" is as often the constitution, "προβλέπεται στο Σύνταγμα".)"""
        nominative = self._names.places.get(tuple(fold(t.text) for t in ent))
        return nominative is not None and fold(nominative) in self._kinds and self.lex.after_locative(ent)

    def _member_state_area(self, ent: Span) -> str | None:
        """The nominative of an area of member states (places.tsv kind "member-state area":
        "Ευρωζώνη") the mention names whole, else None."""
        nominative = self._names.places.get(tuple(fold(t.text) for t in ent))
        return nominative if nominative is not None and self._kinds.get(fold(nominative)) in _LOCATIVE_ONLY_KINDS \
            else None

    def _area_located(self, ent: Span) -> bool:
        """"στην Ευρωζώνη", "από την Ευρωζώνη": an area of member states is a place only where
        something happens in it, after a locative; elsewhere ("της Ευρωζώνης", "η Ευρωζώνη
        αποφάσισε", "για την Ευρωζώνη") it names its states, who act or are spoken of."""
        doc, i = ent.doc, ent.start
        return self.lex.after_locative(ent) or (i >= 2 and fold(doc[i - 1].text) in _ARTICLES
                                                and fold(doc[i - 2].text) in _FROM_PREPOSITIONS)

    def _latin_place(self, ent: Span) -> bool:
        """"το Apple Park", "στη Rikers Island": an English name that ends in a place's head is
        that place, whatever thing (a product, an event, a work) the model took it for."""
        words = ent.text.split()
        return len(words) > 1 and words[-1] in self.lex.latin_place_heads and greek_ratio(ent.text) < 0.5

    def _state_named(self, ent: Span) -> bool:
        """"η Πολιτεία του Ιλινόις", "της Κομητείας του Λος Άντζελες": a state, county or province
        named by its head and a known place in the genitive is that place, no body or event (a
        Greek region or municipality, "Περιφέρεια Αττικής", is a body by its own head)."""
        if len(ent) < 3 or fold(ent[0].text) not in _STATE_HEADS or fold(ent[1].text) not in _GEN_ARTICLES:
            return False
        return ent[2].text[:1].isupper() and tuple(fold(t.text) for t in ent[2:]) in self._names.places

    def _after_apposition_head(self, ent: Span) -> bool:
        """"στη νήσο Γκουάμ": a name right after a lower-case noun of a place's kind, whose first
        word is no first name ("της πόλης Γιώργος Χ" is the town's mayor, say)."""
        doc, i = ent.doc, ent.start
        head = doc[i - 1] if i >= 1 else None
        return head is not None and head.is_lower and fold(head.text) in APPOSITION_PLACE_HEADS \
            and not self._first_name(ent[0].text)

    def _named_by_kind(self, ent: Span) -> bool:
        """"στην επαρχία Πάσκο", "της πόλης Αντισέχ", "του ποταμού Νερβιόν": a name the model took for
        a body, right after a lower-case singular noun of a place's kind in apposition, is that place
        (the noun says what the name names); not a listed body, nor one whose first word is a first
        name (:meth:`_after_apposition_head`)."""
        i = ent.start
        if i < 1 or not ent.doc[i - 1].is_lower or fold(ent.doc[i - 1].text) not in _APPOSITION_PLACE_HEAD_SG:
            return False
        return fold(ent.text) not in self.lex.known_orgs and not self._first_name(ent[0].text)

    def _a_person_named(self, ent: Span, surnames: set[str]) -> bool:
        """"η Λάουρα Κοβέσι ... η κ. Κοβέσι": two capitalised words no place, taken for a place, whose
        last is the surname of a person the text names, after an article, an honorific or a comma (not
        "στην οδό Χ Ψ", a street named after one, nor in quotes)."""
        if len(ent) != 2 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in ent):
            return False
        doc, i = ent.doc, ent.start
        if tuple(fold(t.text) for t in ent) in self._names.places or self._known(ent[0].text) \
                or self._known(ent[1].text):
            return False
        if stem(ent[1].text) not in surnames:
            return False
        # not in quotes: «Ελευθέριος Βενιζέλος» names an airport, a ship, a school
        before = fold(doc[i - 1].text) if i else ""
        return i == 0 or ent[0].is_sent_start or before in _ARTICLES_BEFORE_A_PERSON or before in self._names.honorifics \
            or doc[i - 1].text in (",", ":", "–", "-")

    def _among_surnames(self, ent: Span, lone_people: set[tuple[int, int]]) -> bool:
        """"Διαιτητές: Βουδούρης, Ονόπας, Παρατηρητής: ...", "Επόπτες: Δρανίτσας, Λούμσι, Γραμματεία:
        ...": one capitalised word the gazetteer knows as no place, in a comma list of surnames (a
        one-word person right before its comma, and another right after the next comma, or that
        list's end before the next heading's colon), is one more person of the list."""
        doc, i, j = ent.doc, ent.start, ent.end
        if len(ent) != 1 or not ent[0].is_alpha or ent[0].is_upper or not ent.text[:1].isupper() or self._known(ent.text):
            return False
        if i < 2 or doc[i - 1].text != "," or (i - 2, i - 1) not in lone_people:
            return False
        if j + 1 >= len(doc) or doc[j].text != ",":
            return False
        return (j + 1, j + 2) in lone_people or (j + 2 < len(doc) and doc[j + 2].text == ":")

    def _first_name(self, word: str) -> bool:
        return fold(word) in self._names.first_names

    def _first_name_alone(self, ent: Span) -> bool:
        """"της άτυχης Νεκταρίας", "ο Ορφέας", "η Ίζαμπελ": one word the gazetteer does not know as a
        place (its settlement rows leave first names out), a first name in the case and gender that
        the bare singular article before it tells, perhaps across one lower-case adjective, names a
        person, no place. Not after "σε" ("στη Δάφνη": a place), nor where the article disagrees
        ("την Αλεξάνδρας": a street in the genitive), nor after a noun of a street, a square or a
        kind of place ("της πλατείας Βικτωρίας")."""
        if len(ent) != 1 or not ent[0].is_alpha or ent[0].is_upper or self._known(ent.text):
            return False
        entries = self._names.first_names.get(fold(ent.text))
        if not entries:
            return False
        doc, k = ent.doc, ent.start - 1
        if k >= 1 and doc[k].is_alpha and doc[k].is_lower and fold(doc[k].text) not in _ARTICLES:
            word = doc[k].text
            if street_noun(word) or fold(word) in _KIND_WORDS or self._kind_word(word):
                return False
            k -= 1  # "της άτυχης Νεκταρίας": an adjective between the article and the name
        if k < 0 or fold(doc[k].text) not in _ARTICLES_BEFORE_A_PERSON:
            return False
        case, gender = article_case_gender(doc[k].text, self._names)
        return case is not None and any(
            e.gender == gender and (f"{case}_sg" in e.slots or "any" in e.slots) for e in entries)

    def _demonym(self, word: str) -> bool:
        """"Σουηδέζα", "Ιταλίδες", "Ισραηλινής", "Αιγυπτιώτισσα": a word that is a gazetteer place's
        stem (:func:`_place_stem`) and an ending of a demonym or an adjective of origin
        (:data:`_DEMONYM_ENDINGS`; on the stem of a place in -ία also those of -ος,
        :data:`_IA_DEMONYM_ENDINGS`: "Σέρβος", "του Πολωνού") names people of that place or a thing
        from it, no place (GUIDE.md: a country adjective is no place). Asked only of a word the gazetteer does not
        know as a place."""
        f = fold(word)
        return any(f.endswith(e) and f[:-len(e)] in self._place_stems for e in _DEMONYM_ENDINGS) \
            or any(f.endswith(e) and f[:-len(e)] in self._ia_stems for e in _IA_DEMONYM_ENDINGS)

    def _names_a_document(self, ent: Span, name: str) -> bool:
        """"η Συμφωνία των Πρεσπών", "της Σύμβασης της Κωνσταντινούπολης", "τον Κώδικα της
        Νυρεμβέργης": a place in the genitive, with its article, right after a noun of a document
        named after where it was made (:data:`_PLACE_NAMED_DOCUMENTS`) is part of the document's
        name, no place the text names; a country there is a party to it ("η συμφωνία της Ρωσίας"),
        still a place."""
        doc, i = ent.doc, ent.start
        return i >= 2 and fold(doc[i - 1].text) in _GEN_ARTICLES and self._made_at(doc[i - 2].text, name)

    def _made_at(self, noun: str, place: str) -> bool:
        """Whether ``noun`` is one of a document named after where it was made
        (:data:`_PLACE_NAMED_DOCUMENTS`) and ``place`` (a nominative) no party to it (:data:`_PARTY_KINDS`)."""
        return fold(noun) in _PLACE_NAMED_DOCUMENTS and self._kinds.get(fold(place)) not in _PARTY_KINDS

    def _unabbreviated(self, name: str) -> str:
        """"Ν. Υόρκης" -> "Νέα Υόρκη", "Β. Αμερική" -> "Βόρεια Αμερική", "Αγ. Παρασκευής" -> "Αγία
        Παρασκευή": a name whose first word is abbreviated (a capital and at most two more letters,
        then a period), the rest written out, is the one gazetteer place whose first word begins
        so and whose other words are those; otherwise (none, or more than one) as written."""
        words = name.split()
        if len(words) < 2 or not _ABBREVIATED_WORD.fullmatch(words[0]) or not words[0][:1].isupper():
            return name
        if is_saint_title(words[0]):
            return name  # "Αγ. Νικόλαος": a saint's title, which writers keep abbreviated in the name
        start = fold(words[0][:-1])
        found = {nominative for first, nominative in self._by_tail.get(tuple(fold(w) for w in words[1:]), ())
                 if first.startswith(start)}
        return found.pop() if len(found) == 1 else name

    def _located_town(self, ent: Span, wider_kinds: Container[str]) -> bool:
        """"στην Πολίχνη Θεσσαλονίκης", "στη Νιγρίτα Σερρών": a town the gazetteer knows, in any
        case, then with no article the genitive of the wider place it lies in (of ``wider_kinds``),
        names two places, the town and the wider one. A body's name has a head noun ("Δικαστήριο",
        "Πρωτοβουλία"), so the model's body so named is the town; a town before a city's genitive
        ("στον Εύοσμο Θεσσαλονίκης") is one of the city's suburbs, a place of its own beside the city."""
        if self._wider_genitive(ent, wider_kinds) is None:
            return False
        town = self._names.places.get(tuple(fold(t.text) for t in ent[:-1]))
        return town is not None and self._kinds.get(fold(town)) not in (None, *_NO_CLUB_KINDS)

    def _wider_genitive(self, ent: Span, kinds: Container[str]) -> str | None:
        """The nominative of the place of ``kinds`` whose genitive, other than its nominative, ends
        a name of two to four capitalised words ("Πολίχνη Θεσσαλονίκης" -> "Θεσσαλονίκη"), or None:
        the shape shared by :meth:`_located_town` and :meth:`_locating_genitive`."""
        if not 2 <= len(ent) <= 4 or not all(t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper() for t in ent):
            return None
        last = fold(ent[-1].text)
        nominative = self._names.places.get((last,))
        if nominative is None or fold(nominative) == last or self._kinds.get(fold(nominative)) not in kinds:
            return None
        return nominative

    def _locating_genitive(self, ent: Span, name: str) -> tuple[str, tuple[int, int]] | None:
        """"στο Βέλο Κορινθίας", "στη Σωτηρίτσα Λάρισας", "στην Αγία Άννα Νάξου": a locality's name
        followed, with no article, by the genitive of the prefecture, region, island or city it
        lies in (:data:`_LOCATING_KINDS`) names that wider place too, in the nominative, with the
        last word's span (the whole stays the locality's name, as the text writes it). Every word
        capitalised, the name before it none the gazetteer has with that genitive as its own
        ("Δήμος Ηρακλείου Αττικής"), no word of it a noun of a kind of place or venue, a common word
        or a first name ("Νέα Παραλία Θεσσαλονίκης", "Μέγαρο Μουσικής Αθηνών", a person's "Σούλη
        Μαρκόπουλου"). ``name`` is the whole's nominative: it keeps the genitive as written where
        the genitive frames the name before it; where the nominative changes it, the words agree as
        one phrase ("της Βόρειας Εύβοιας", "της Γηραιάς Ηπείρου": an adjective and its noun).
        (With the article, "στην Αμμουδάρα της Κρήτης", :meth:`_split_frames`.)"""
        if name.split()[-1] != ent[-1].text:
            return None
        nominative = self._wider_genitive(ent, _LOCATING_KINDS)
        if nominative is None:
            return None
        words = [t.text for t in ent]
        last = ent[-1]
        if tuple(fold(w) for w in words) in self._names.places:
            return None
        head = words[:-1]
        saint = is_saint_title(head[0])  # "στον Άγιο Δημήτριο Αττικής": a place named after the saint
        if any(fold(w) in _KIND_WORDS or fold(w) in _state_words() or self._kind_word(w)
               or (self._first_name(w) and not saint) for w in head[saint:]):
            return None
        return nominative, (last.idx, last.idx + len(last.text))

    def _where_events_are(self, ents: list[Span]) -> list[tuple[str, tuple[int, int]]]:
        """"τους Ολυμπιακούς Αγώνες της Βαρκελώνης", "στο Φόρουμ των Δελφών": an event's name that
        closes on an article and a place in the genitive says where the event is held, a place
        named. (Without the article, "Φεστιβάλ Αθηνών", the genitive is a fixed part of the name.)
        Only a place the gazetteer knows, in the nominative."""
        out: list[tuple[str, tuple[int, int]]] = []
        for e in ents:
            if e.label_ != "EVENT" or len(e) < 3:
                continue
            arts = [k for k, t in enumerate(e) if fold(t.text) in _GEN_ARTICLES]
            if not arts or arts[-1] == 0 or arts[-1] == len(e) - 1:
                continue
            rest = e[arts[-1] + 1:]
            if not all(t.text[:1].isupper() for t in rest):
                continue
            nominative = self._names.places.get(tuple(fold(t.text) for t in rest))
            if nominative is not None and self._made_at(e[arts[-1] - 1].text, nominative):
                continue  # "η Συμφωνία των Πρεσπών": a document named after where it was made
            if nominative is not None:
                out.append((nominative, (rest.start_char, rest.end_char)))
        return out

    def _named_after_heads(self, ents: list[Span]) -> list[tuple[str, tuple[int, int]]]:
        """"στην πόλη Χομς": a capitalised word the model left out, right after a lower-case noun of
        a place's kind in apposition, is that place (in the nominative)."""
        doc = ents[0].doc
        covered = {i for e in ents for i in range(e.start, e.end)}
        out: list[tuple[str, tuple[int, int]]] = []
        toks = list(doc)  # each word made once, read as a head and as the name after one
        for i, tok in enumerate(toks[:-1]):
            nxt = toks[i + 1]
            if not tok.is_lower or fold(tok.text) not in APPOSITION_PLACE_HEADS or nxt.i in covered:
                continue
            if nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper and not self._first_name(nxt.text):
                out.append((place_nominative(nxt.text, hint=self._told_before(doc[nxt.i:nxt.i + 1])),
                            (nxt.idx, nxt.idx + len(nxt.text))))
        return out

    def _as_written_after_neuter(self, ent: Span) -> bool:
        """A one-word name right after "το" or "στο" that ends as a genitive ("-ου", "-ων") and that
        the gazetteer does not know: no neuter nominative so ends, so the name is written as it is
        named (:data:`_NEUTER_ARTICLES`), a foreign name that does not inflect ("στο Παλού") or an
        elliptic genitive ("το Μαξίμου"), never a masculine's genitive ("Παλός", "Μαξίμος")."""
        if len(ent) != 1 or ent.start == 0 or not ent[0].is_alpha or self._known(ent.text):
            return False
        return fold(ent.doc[ent.start - 1].text) in _NEUTER_ARTICLES and fold(ent.text).endswith(_UNMARKED_GENITIVE)

    def _told_before(self, ent: Span) -> tuple[str | None, str | None] | None:
        """The case and gender the word before a place's name tells: its article ("της
        Γκουανγκτσού": a feminine genitive, "στην Γκουανγκτσού": an accusative; a neuter one
        tells nothing), or a noun of the place's kind in the nominative or accusative that it
        stands in apposition to ("στην κινεζική πόλη Γκουανγκτσού", "στο χωριό Μύτικας": the
        name as written, no genitive)."""
        if ent.start == 0:
            return None
        prev = ent.doc[ent.start - 1]
        key = fold(prev.text)
        told = self._names.articles.get(key)
        if told is not None and told != (None, None):
            # "το Μαξίμου": a neuter article before a genitive is an elliptic "το (μέγαρο) Χ"
            return None if told[1] == "n" else told
        if prev.is_lower and key in APPOSITION_PLACE_HEADS and _ending_case(prev.text) == "nom":
            return "nom", None
        return None

    def _compound_parts(self, tok: Token) -> list[tuple[str, tuple[int, int]]]:
        """"της συμφωνίας Τουρκίας-Λιβύης": a hyphenated word whose parts are all known places (and
        that is none itself, as "Βοσνία-Ερζεγοβίνη" is) names each of them, in the nominative."""
        text = tok.text
        if "-" not in text.strip("-") or (fold(text),) in self._names.places:
            return []
        out: list[tuple[str, tuple[int, int]]] = []
        pos = tok.idx
        for part in text.split("-"):
            nom = self._names.places.get((fold(part),))
            if nom is None or len(part) < 3 or not part[:1].isupper() or not part.isalpha():
                return []
            out.append((nom, (pos, pos + len(part))))
            pos += len(part) + 1
        return out if len(out) >= 2 else []

    def _split_lists(self, ents: list[Span]) -> list[Span]:
        """"Νορβηγία Φινλανδία Δανία", "Κόστα Ρίκα Ελβετία": a span that is no known place but is made
        of two and more known places, one after the other and each after the first in the nominative
        (a list without commas), is each of them."""
        from spacy.tokens import Span as SpanType

        out: list[Span] = []
        places = self._names.places
        for ent in ents:
            folded = [fold(t.text) for t in ent]
            if ent.label_ not in PLACE_LABELS or len(ent) < 2 or tuple(folded) in places:
                out.append(ent)
                continue
            parts: list[tuple[int, int]] = []
            k = 0
            while k < len(ent):
                n = next((n for n in range(len(ent) - k, 0, -1)
                          if ent[k].text[:1].isupper() and tuple(folded[k:k + n]) in places), 0)
                if not n:
                    break
                parts.append((k, k + n))
                k += n
            # "Άγιος Ανδρέας Αττικής": a place in the genitive locates the one before it
            listed = all(" ".join(folded[a:b]) == fold(places[tuple(folded[a:b])]) for a, b in parts[1:])
            if k == len(ent) and len(parts) >= 2 and listed:
                out += [SpanType(ent.doc, ent.start + a, ent.start + b, label="GPE") for a, b in parts]
            else:
                out.append(ent)
        return out

    @staticmethod
    def _street_lists(ents: list[Span], streets: set[tuple[int, int]]) -> list[Span]:
        """Each name of a plural street noun's list (:func:`street_lists`) that the model found a
        place or a body in, as a street of its own, its span added to ``streets``; the entities
        inside the list dropped, every other entity as it is."""
        from spacy.tokens import Span as SpanType

        if not ents:
            return ents
        doc = ents[0].doc
        out = list(ents)
        for a, b, parts in street_lists(doc):
            inside = [e for e in out if e.start < b and e.end > a]
            if not inside or any(e.label_ not in PLACE_LABELS | ORG_LABELS for e in inside):
                continue
            out = [e for e in out if not (e.start < b and e.end > a)]
            out += [SpanType(doc, x, y, label="FAC") for x, y in parts]
            streets.update(parts)
        return sorted(out, key=lambda e: e.start)

    def _split_frames(self, ents: list[Span]) -> list[Span]:
        """"στην Αμμουδάρα της Κρήτης": a span that is no known place, a name then a known country,
        region or island in the genitive (see :func:`framed_head`), is two places, the narrower
        named first."""
        from spacy.tokens import Span as SpanType

        out: list[Span] = []
        for ent in ents:
            words = [t.text for t in ent]
            g = framed_head(words, self._names.places, self._kind_word) \
                if ent.label_ in PLACE_LABELS and len(ent) > 2 and not self._known(ent.text) else None
            if g is None:
                out.append(ent)
                continue
            out += [SpanType(ent.doc, ent.start, ent.start + g, label=ent.label_),
                    SpanType(ent.doc, ent.start + g + 1, ent.end, label="GPE")]
        return out

    def _kind_word(self, word: str) -> bool:
        """A word that names a kind of thing, no place's own name: a venue's head ("Μουσείο") or a
        noun the treebank has only as a common word (:attr:`common_forms`), in any of its cases
        ("Κόλπου" as "κόλπο": by the stem); an adjective is no kind ("Αγία Πελαγία")."""
        if self._common_stems is None or self._common_stems[0] is not self.common_forms:
            nouns = frozenset(stem(f) for f, tags in self.common_forms.items() if "NOUN" in tags)
            self._common_stems = (self.common_forms, nouns)
        return self.lex.is_venue(word) or stem(word) in self._common_stems[1]

    def _with_genitive_names(self, ents: list[Span]) -> list[Span]:
        """"στα Στενά του Ορμούζ": a lone capitalised head the gazetteer does not know, then a
        capitalised name in the genitive, is one place; the model's span stops at the head. A
        known place in the genitive is a place of its own ("στη Χώρα της Σερίφου")."""
        from spacy.tokens import Span as SpanType

        out: list[Span] = []
        skip_until = -1
        for ent in ents:
            if ent.start < skip_until:
                continue
            doc, j = ent.doc, ent.end
            if ent.label_ in ("LOC", "FAC") and len(ent) == 1 and ent.text[:1].isupper() and not ent.text.isupper() \
                    and not self._known(ent.text) and j + 1 < len(doc) and fold(doc[j].text) in _GEN_ARTICLES \
                    and doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper() and not self._known(doc[j + 1].text):
                k = j + 1
                while k + 1 < len(doc) and k - j < 3 and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper():
                    k += 1
                ent = SpanType(doc, ent.start, k + 1, label=ent.label_)
                skip_until = k + 1
            out.append(ent)
        return out

    def _with_buildings(self, ents: list[Span]) -> list[Span]:
        """"στο Αμφιθέατρο 1 του κτιρίου ΤΙΣΤ": a venue named by its building, the building's name
        (capitalised or an acronym) in apposition to "του κτιρίου", is one place."""
        from spacy.tokens import Span as SpanType

        out: list[Span] = []
        for ent in ents:
            doc, j = ent.doc, ent.end
            if ent.label_ in PLACE_LABELS and self.lex.is_venue(ent.text) and j + 2 < len(doc) \
                    and fold(doc[j].text) == "του" and fold(doc[j + 1].text) in self.lex.not_place["building_genitive"] \
                    and doc[j + 2].text[:1].isupper() and any(c.isalpha() for c in doc[j + 2].text):
                ent = SpanType(doc, ent.start, j + 3, label=ent.label_)
            out.append(ent)
        return out

    def _town_as_body(self, ent: Span, name: str, sports: bool,
                      positions: dict[str, list[int]] | None = None) -> bool:
        """Whether a one-word name the model gave as a body is a town: "πυρκαγιά στη Ντιζόν",
        "πραγματοποιήθηκαν στο Πίτσμπεργκ". "σε" with a singular article says where; a body is also
        spoken of as who acts or what is done to it ("η Ρεάλ ανακοίνωσε", "κέρδισε τη Ρεάλ"), so a
        name that the text writes only after such a preposition or a genitive article ("ο
        εισαγγελέας της Ντιζόν") is where; after a verb of saying the preposition says whom one
        spoke to ("δήλωσε στο Ρόιτερ"), no place, and in a sentence that names a player or a
        coach it says at which club ("προπονητής στην Αλόα"). Not a listed body, a capitalised common word ("στη
        Βουλή", "στο Ίντερνετ"), a body's head noun ("στο Γυμνάσιο"), an adjective before its noun
        ("στο Πανεπιστημιακό τμήμα"), a name in capitals or Latin letters (a medium: "στο Mega"),
        nor any name in a game report ("κόντρα στη Λίβερπουλ": a club), after "κόντρα" (against a
        side), or in a sentence of a player's transfer or loan ("δανεικός στην Χ": the club he goes to). ``positions`` holds the
        document's words and where they stand, read once for all the names asked about, so that the
        cost stays linear in the document."""
        doc, word = ent.doc, ent.text.strip()
        if sports or len(ent) != 1 or ent.start < 1 or not word.isalpha() or not word[:1].isupper() \
                or not word[1:].islower() or greek_ratio(word) < 1.0:
            return False
        if fold(doc[ent.start - 1].text) not in _SINGULAR_LOCATIVES \
                or ent.start >= 2 and fold(doc[ent.start - 2].text) in _TOLD_VERBS | _AGAINST:
            return False  # "δήλωσε στο Ρόιτερ": whom one spoke to; "κόντρα στη Δανία": a side
        key = fold(word)  # the look-ups first, the sentence's words only for a name that passes them
        if key in self.lex.known_orgs or fold(name) in self.lex.known_orgs or key in self._names.org_heads \
                or word.lower() in self.common_forms or key in _ONLINE:
            return False
        if _ADJECTIVE.search(key) and ent.end < len(doc) and doc[ent.end].is_lower:
            return False
        opening, closing = (ent.sent.start, ent.sent.end) if doc.has_annotation("SENT_START") else (0, len(doc))
        sentence = [fold(t.text) for t in doc[opening:closing]]  # folded once for both tests below
        if any(w in _CLUB_MEMBERS for w in sentence[:ent.start - opening]):
            return False  # a sentence of a player's or a coach's career: the clubs he was at
        if any(w.startswith(_PLAYER_MOVES) for w in sentence):
            return False  # "δανεικός ... να επιστρέψει στην Άντερλεχτ": a transfer, to a club
        if positions is None:
            positions = {}
        if not positions:
            for t in doc:
                positions.setdefault(fold(t.text), []).append(t.i)
        return all(i >= 1 and fold(doc[i - 1].text) in _TOWN_MARKERS for i in positions.get(key, ()))

    def _locative_before(self, ent: Span) -> bool:
        """"στη Λάρνακα", "από τη Γεωργία": the mention says where, after a preposition."""
        doc, i = ent.doc, ent.start
        if self.lex.after_locative(ent):
            return True
        if i >= 2 and fold(doc[i - 1].text) in _GEN_ARTICLES and fold(doc[i - 2].text).startswith("ομαδ"):
            return True  # "η ομάδα του Πειραιά": the town a team is from
        return i >= 2 and fold(doc[i - 1].text) in _ARTICLES and fold(doc[i - 2].text) in _ARTICLE_PREPOSITIONS

    def _venues_of_bodies(self, ents: list[Span]) -> list[tuple[str, tuple[int, int]]]:
        """"στη Μεγάλη Αίθουσα του Πανεπιστημίου Αθηνών": a capitalised venue the model left out,
        named with the body it belongs to in the genitive, is one place."""
        doc = ents[0].doc
        covered = {i for e in ents for i in range(e.start, e.end)}
        out = []
        for ent in ents:
            art = ent.start - 1
            if ent.label_ not in ORG_LABELS or art < 1 or fold(doc[art].text) not in _GEN_ARTICLES:
                continue
            start = art
            before = next((e for e in ents if e.end == art and e.label_ in PLACE_LABELS), None)
            if before is not None:
                start = before.start  # "Αίθουσα Τελετών" seen as a place of its own
            while before is None and start > 0 and art - start < 3 and start - 1 not in covered and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].is_alpha:
                start -= 1
            if start == art:
                continue
            venue = place_nominative(doc[start:art].text)
            if self.lex.is_venue(venue):
                out.append((f"{venue} {doc[art].text} {ent.text.strip()}", (doc[start].idx, ent.end_char)))
        return out

    def _units_missed(self, ents: list[Span]) -> list[tuple[str, tuple[int, int]]]:
        """"Π.Ε. Σποράδων" where the model saw no place: the abbreviation says the next
        capitalised word names one."""
        doc = ents[0].doc
        # a word the model took for something else ("Σποράδων" as NORP) is the unit's place too
        covered = {i for e in ents if e.label_ in PLACE_LABELS for i in range(e.start, e.end)}
        out = []
        for i, tok in enumerate(doc[:-1]):
            # "Π.Ε." or "Π.Ε" + "." (either way the key is the word without its final dots)
            key = fold(tok.text).rstrip(".")
            if key not in self.lex.admin_unit_abbreviations:
                continue
            j = i + 1
            if not tok.text.endswith(".") and doc[j].text == "." and not tok.whitespace_:
                j += 1
            if j >= len(doc):
                continue
            nxt = doc[j]
            if j not in covered and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_upper:
                abbreviation = self.lex.admin_unit_abbreviations[key]
                out.append((f"{abbreviation} {nxt.text}", (tok.idx, nxt.idx + len(nxt.text))))
        return out

    def _known(self, text: str) -> bool:
        """Whether the gazetteer holds the word as a place, in any case form."""
        return (fold(text),) in self._names.places

    def _admin_unit_before(self, ent: Span) -> tuple[str, int] | None:
        """("Π.Ε.", start) when an administrative-unit abbreviation stands right before ``ent``."""
        return self.lex.abbreviation_before(ent, self.lex.admin_unit_abbreviations)
