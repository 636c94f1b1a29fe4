"""Entity repairs after the statistical NER, as a spaCy component (``keryx_entity_rules``).

Headlines in capitals carry no accents, a shape elNER's newswire hardly has, so the model
tags half of "ΣΥΝΑΝΤΗΣΗ ΤΟΥ ΔΗΜΑΡΧΟΥ ΜΕ ΤΟΝ ΥΠΟΥΡΓΟ" as organisations: on an all-capitals
line an entity is kept only when the body of the text names it too. Role words are not
organisations ("Υφυπουργός Υγείας"), and an organisation stops before a role word or a
title that introduces a person ("Πανεπιστήμιο Πατρών Δρ ...").

elNER's newswire rarely has long European body names, so the model often splits
"Ευρωπαϊκή Ένωση Πληροφόρησης για την Τοπική Ανάπτυξη (AEIDL)" in two or stops before
"για την Κοινωνική Οικονομία (REVES)". A name that ends right before a parenthesised
acronym is the full name of that acronym: extend the organisation up to the parenthesis.
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import accumulate, pairwise
from pathlib import Path

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from keryx.components.resources import ResourceBacked, ResourceCopy
from keryx.components.roles import LINKING_RESOURCE as LINKING
from keryx.components.roles import RESOURCE as ROLES
from keryx.components.roles import RoleLexicon
from keryx.dates.lexicon import RESOURCE as DATES
from keryx.components.lemma_lookup import plain_word, saved_common_forms, saved_lexicon
from keryx.dates.lexicon import DateLexicon
from keryx.events.lexicon import RESOURCES as EVENT_RESOURCES
from keryx.events.lexicon import EventLexicon
from keryx.extensions import doc_text
from keryx.lang.el import parse_tsv
from keryx.lang.el.grammar import (
    age_word,
    article_case_numbers,
    article_forms,
    club_adjective_endings,
    genitive_endings,
    indefinite_articles,
    masculine_plural_endings,
    name_link_words,
    relational_adjective_endings,
)
from keryx.lang.el.text import FOLDED_ORDINAL, fold, greek_ratio, lone_antepenult_accent
from keryx.linking.lexicon import MIXED_SHORT_NAME, names_where, sports_report
from keryx.linking.names import NameLexicon
from keryx.linking.names.inflection import _looks_adjective as _looks_modifier
from keryx.linking.names.inflection import word_forms
from keryx.linking.names.lexicon import (
    ORGANISATIONS,
    foreign_first_name,
    court_names_from,
    known_organisations_from,
)
from keryx.linking.names.lexicon import RESOURCES as NAME_RESOURCES
from keryx.linking.organisations import singular_forms as _singular_forms

# the words that may join a name's capitalised words ("Υπουργείο Παιδείας και Θρησκευμάτων", "Bank of
# Greece") but never end it
_NAME_LINKS = name_link_words()
_INSIDE_CUT = article_forms(lambda a: "acc" in a.cases, contracted=True) | {fold(w) for w in ("σε", "από", "με")}
_TRAILING = _NAME_LINKS | {","}

# administrative units that are places more often than bodies ("Κοινότητα Λιτοχώρου")
_PLACE_UNITS = frozenset({"κοινοτητα", "κοινοτητασ", "ενοτητα", "ενοτητασ"})
_GENITIVE_ARTICLES = frozenset({"του", "τησ", "των"})
# the labels the model gives a role's genitive complement it ran into the holder's name
_COMPLEMENT_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PERSON"})
# the labels the model gives a name apposed to a role that it took for a thing
_APPOSED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
# a year written in full after a name ("Biennale 2018"): an edition of an event
_YEAR = re.compile(r"(?:19|20)\d\d")
# the accented vowels of lower-case Greek (the tonos; a diaeresis alone, "σκαϊ", is no accent)
_TONOS = frozenset("άέήίόύώΐΰ")
_OPEN_QUOTES = frozenset({"«", "“", '"', "'", "‘", "„"})
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
_GENITIVE = genitive_endings()
# the same with the third declension's ("Περιβάλλοντος", "Κράτους"): what may end a Greek word in the
# genitive, a field a body serves; a word that ends otherwise ("Κορνέλ", "Κολούμπια") is a proper name
_ANY_GENITIVE = genitive_endings(third_declension=True)
_ACRONYM = re.compile(r"^[A-ZΑ-ΩΆΈΉΊΌΎΏ][A-ZΑ-ΩΆΈΉΊΌΎΏ0-9.&-]{1,14}$")
# a listed name of one capital letter and a number ("G20", "G-7"): the forums of states named by their count
_LETTER_NUMBER = re.compile(r"[A-ZΑ-Ω]-?[0-9]{1,3}")


def _relabel(doc: Doc, ents: list[Span], test: Callable[[Span], bool], label: str) -> None:
    """The entities that pass ``test`` take ``label`` (same boundaries); ``doc.ents`` is reset only
    when one changed."""
    out = [Span(doc, e.start, e.end, label=label) if test(e) else e for e in ents]
    if any(a is not b for a, b in zip(out, ents, strict=True)):
        doc.ents = out



def _overlay(doc: Doc, ents: Iterable[Span], new: list[Span]) -> None:
    """The new spans replace every entity they overlap; the others stay. One place for the idiom
    every rule below ends with, so that what "replace" means cannot drift between rules."""
    if new:
        kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)]
        doc.ents = filter_spans(kept + new)

# the characters that are lower case but no letter (a combining iota, "ⅰ", "ⓐ"): not counted as letters
_CASED_NON_LETTERS = re.compile("[\u0345\u2170-\u217f\u24d0-\u24e9]")


class _CapsLines:
    """Character ranges of lines written in capitals (at least two words of letters), found once
    per document; a span's line is found by bisection."""

    def __init__(self, text: str) -> None:
        ranges: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            # a quick refusal, with C-level counts: a line needs nine capitals for each lower-case
            # letter (0.9 of its letters); one with fewer than eight can never pass the test below
            if sum(map(str.isupper, line)) < 8 * (sum(map(str.islower, line)) - len(_CASED_NON_LETTERS.findall(line))):
                pos += len(line) + 1
                continue
            letters = [c for c in line if c.isalpha()]
            words = [w for w in line.split() if any(c.isalpha() for c in w)]
            # "ΤΟΥ 2ου ΓΥΜΝΑΣΙΟΥ": ordinal endings are the only lower-case letters allowed.
            if len(words) >= 2 and letters and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
                ranges.append((pos, pos + len(line)))
            pos += len(line) + 1
        self.shouting = sum(b - a for a, b in ranges) > 0.5 * len(text)
        if self.shouting:
            ranges = []  # a text all in capitals: there is no body to check headlines against
        self.ranges = ranges
        self._starts = [a for a, _ in ranges]

    def contains(self, span: Span) -> bool:
        """Whether the span lies inside one capitals line."""
        k = bisect_right(self._starts, span.start_char) - 1
        return k >= 0 and span.end_char <= self.ranges[k][1]


_ADDRESS = re.compile(r"@|://|\bwww\.", re.IGNORECASE)
# two sentences glued by a comma inside one token ("Ιούλιο.,«Πιστεύω", "Ποδόσφαιρο,Ποδόσφαιρο"):
# text whose paragraphs were joined with commas; no name holds such a token
_GLUED = re.compile(r"[^\W\d_][.!?;»”]*,[«“\"]?[^\W\d_]")


def _is_complement(tok: Token, folded: str) -> bool:
    """A lower-case noun or adjective in the genitive, no article ("μόδας", "επιδημιολογίας")."""
    return tok.is_lower and folded.endswith(_GENITIVE) and folded not in _GEN_ARTICLES


_AGE = age_word()  # "45χρονος", "38χρονη" (folded)


def _is_name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


@Language.factory("keryx_entity_rules")
class EntityRules(ResourceBacked):
    """Extend or join ORG entities up to a following "(ACRONYM)"."""

    RESOURCES = ResourceCopy.union((ROLES,), NAME_RESOURCES, (ORGANISATIONS,), EVENT_RESOURCES, (DATES,), (LINKING,))

    def __init__(self, nlp: Language, name: str = "keryx_entity_rules", max_gap: int = 8) -> None:
        self.max_gap = max_gap
        self._nlp = nlp  # its lemma_lookup's word list, read at run time (loaded after this component is made)
        # the lemma_lookup folder of the model, whose word list is read where the pipeline runs without
        # that component (``keryx.nlp.load_pipeline`` sets it)
        self.word_list: Path | None = None
        # the treebank's common-word forms (:meth:`_treebank_common`), read on first use
        self._common_forms: Mapping[str, frozenset[str]] = {}
        self.resources = ResourceCopy(self.RESOURCES)
        self._build()

    def _build(self) -> None:
        """The lexicons from the resource texts this component holds (package or model copy)."""
        res = self.resources
        self.roles = RoleLexicon.from_text(res[ROLES])
        names = NameLexicon.from_texts(*(res[n] for n in NAME_RESOURCES))
        self.places = names.places
        # "Ρουμαν-ία", "Βέλγ-ιο": the stems of the one-word countries in -ία and -ιο, which an adjective
        # of the country in -ικός shares ("ρουμαν-ική", "βελγ-ικό")
        self.country_stems = frozenset(
            fold(row[0])[:-2] for row in parse_tsv(res["places.tsv"])
            if len(row) > 2 and row[2].strip() == "country" and " " not in row[0] and fold(row[0]).endswith(("ια", "ιο")))
        self.first_names = names.first_names
        # the endings of Greek surnames in the nominative ("Παπαδόπουλος", "Γεωργιάδης", "Αβδελιώδης"), folded
        self.surname_endings = names.surname_like_endings
        self.org_heads = names.org_heads
        self.venue_heads = frozenset(k for k in names.place_heads if k not in names.org_heads)
        self.body_heads = names.body_heads
        self.seat_heads = names.seat_heads
        self.media_nouns = names.media_nouns
        self.unit_heads = names.unit_heads
        self.body_head_firsts = frozenset(k[0] for k in names.body_heads)
        self.body_head_len = max((len(k) for k in names.body_heads), default=1)
        self.place_firsts = frozenset(k[0] for k in self.places)
        self.honorifics = frozenset(names.honorifics)
        self.known_orgs = frozenset(known_organisations_from(res[ORGANISATIONS]))
        self.courts = [_singular_forms(name) for name in court_names_from(res[ORGANISATIONS])]
        courts = set(court_names_from(res[ORGANISATIONS]))
        known_names = {n for row in parse_tsv(res[ORGANISATIONS]) if row[0] not in courts
                       for n in [row[0], *(row[1].split(";") if len(row) > 1 else [])] if n.strip()}
        # many-word names inflect their leading words; one-word names count only as acronyms
        self.known_phrases = [_singular_forms(n) for n in known_names if len(n.split()) > 1]
        # municipalities, regional units, regions: a body when named in full after its head,
        # which news style may write in lower case ("ο δήμος Παύλου Μελά")
        self.unit_phrases = [_singular_forms(v) for n in names.units for v in _written_forms(n)]
        self.unit_firsts = frozenset(f for forms in self.unit_phrases for f in forms[0])
        self.known_phrases += self.unit_phrases
        # the same names without their head: what "ο δήμαρχος Παύλου Μελά" is mayor of
        self.unit_tails = frozenset(tuple(fold(w) for w in v[len(h):].split()) for n in names.units
                                    for v in _written_forms(n) for h in _UNIT_NAME_HEADS if v.startswith(h))
        self.unit_tail_len = max((len(k) for k in self.unit_tails), default=0)
        # (two letters at least, or a letter and a number, "G20": one letter alone is a paper's "«Κ»" or a grade)
        acronyms = [n for n in known_names if len(n.split()) == 1 and _ACRONYM.match(n)
                    and (sum(c.isalpha() for c in n) >= 2 or _LETTER_NUMBER.fullmatch(n))]
        # one-word names that are no acronym ("Λιμενικό", "Κομισιόν", "ΤτΕ"): in any singular form,
        # capitalised, and not at a sentence start where any word is capitalised
        self.known_words = frozenset(f for n in known_names if len(n.split()) == 1 and not _ACRONYM.match(n)
                                     and sum(c.isalpha() for c in n) >= 3 for f in _singular_forms(n)[0])
        # "Γ.Ε.ΜΗ." before a word: the tokenizer splits the last dot off ("Γ.Ε.ΜΗ", ".")
        self.known_acronyms = frozenset(acronyms + [n[:-1] for n in acronyms if n.endswith(".") and "." in n[:-1]])
        # one-word names abbreviated with inner dots ("Εφ.Συν."), as listed: the tokenizer cuts a
        # mixed-case one at its dots ("Εφ", ".", "Συν", "."), which :meth:`_dotted_at` joins again;
        # matched in their own letter case ("24 Μαΐου ε.ε.", the current year, is not "Ε.Ε.")
        self.known_dotted = frozenset(n.strip() for n in known_names if len(n.split()) == 1 and "." in n.strip("."))
        # the one-word names of clubs ("τον Πανιώνιο"): no first name, so a club's also where the
        # model saw a person in that one word
        self.club_words = frozenset(f for row in parse_tsv(res[ORGANISATIONS]) if len(row) > 2 and row[2].strip() == "club"
                                    for n in [row[0], *(row[1].split(";") if len(row) > 1 else [])]
                                    if n.strip() and len(n.split()) == 1 and not _ACRONYM.match(n)
                                    for f in _singular_forms(n)[0] if f not in self.first_names)
        # the first names that name a listed club, alone or before its town ("Άρης Θεσσαλονίκης",
        # "Ηρακλής Θεσσαλονίκης", "Θρασύβουλος"), in their singular cases: in a game report such a
        # name alone is the club (_first_name_clubs)
        club_firsts = {fold(n.split()[0]) for row in parse_tsv(res[ORGANISATIONS]) if len(row) > 2 and row[2].strip() == "club"
                       for n in [row[0], *(row[1].split(";") if len(row) > 1 else [])] if n.strip()}
        self.first_name_clubs = frozenset(f for f, entries in self.first_names.items()
                                          if any(fold(x.nominative) in club_firsts and any(s.endswith("_sg") for s in x.slots)
                                                 for x in entries))
        self.known_firsts = frozenset(f for forms in self.known_phrases for f in forms[0])
        # seats of government ("Λευκός Οίκος", "Κρεμλίνο"), per word their singular forms: named after
        # a preposition of place they say where, and are left to the model
        self.seat_forms = [_singular_forms(n) for row in parse_tsv(res[ORGANISATIONS])
                           if len(row) > 2 and row[2].strip() == "seat"
                           for n in [row[0], *(row[1].split(";") if len(row) > 1 else [])] if n.strip()]
        # the phrases by their first two words: a "Δήμος" is checked against its own few, not all
        self.known_starts = _by_start(self.known_phrases)
        self.unit_starts = _by_start(self.unit_phrases)
        self.court_firsts = frozenset(f for forms in self.courts for f in forms[0])
        self.events = EventLexicon.from_texts(*(res[n] for n in EVENT_RESOURCES))
        dates = DateLexicon.from_text(res[DATES])
        self.calendar = dates.calendar_words
        # every form of a month ("Μάιο", "Απρίλης"), less those a first name shares ("Ιούλιο", "Αύγουστος")
        self.month_forms = frozenset(dates.months) - frozenset(self.first_names)
        self.relative_days = frozenset(dates.rel_days)  # "χθες", "σήμερα": adverbs, no nouns
        self.place_len = max((len(k) for k in self.places), default=1)
        # the abbreviated legal forms of companies ("ΑΕ", "Α.Ε.", "ΕΠΕ", "ΙΚΕ"), folded, dots dropped;
        # not "ΕΕ", the European Union's acronym as well
        linking = json.loads(res[LINKING])
        self.sport_stems = tuple(fold(w) for w in linking["sports_stems"])
        forms = linking["legal_forms"]
        self.legal_abbreviations = frozenset(fold(a) for abbrs in forms.values() for a in abbrs) - {"εε"}
        self.aim_prepositions = frozenset(fold(w) for w in linking["aim_prepositions"])
        # "Με πληροφορίες από", "Πηγή:": the words after them name where the news came from
        self.source_formulas = tuple(tuple(fold(w) for w in f.split()) for f in linking["source_formulas"])
        # the words a formula may start with: asked of every token, most of which start none
        # (None: an empty formula, which starts anywhere)
        self._formula_starts = frozenset(f[0] for f in self.source_formulas) if all(self.source_formulas) else None
        # "Mail on Sunday", "Corriere della Sera": the lower-case words inside Latin-script names, as
        # written; those of a surname ("von", "da") a person's name goes on across as well
        particles = linking["latin_name_particles"]
        self.latin_particles = frozenset(w for lang, words in particles.items() for w in words)
        self.latin_person_particles = frozenset(particles["person"])
        self.latin_conjunctions = frozenset(particles["conjunctions"])
        # "Inc", "LLP", "GmbH": the legal forms of companies abroad, matched as written
        self.latin_legal_forms = frozenset(linking["latin_legal_forms"])
        # the words that make a Latin-script name a body's, as written, less those of laws, prizes and
        # plans, of events and competitions, and of venues, which are places ("Kennedy Center")
        self.latin_body_words = frozenset(linking["latin_body_words"]) - frozenset(linking["latin_thing_heads"]) \
            - _LATIN_NOT_BODY_HEADS
        # "ανέδειξε η «Εφ.Συν.»", "η «Αυγή» αναφέρει": verbs with which news cites a medium or a body
        self.source_verbs = frozenset(fold(w) for w in linking["source_verbs"])
        # "μιλάει στο «Π»", "δήλωσε στην «Εφ.Συν.»": verbs that say whom one spoke to, where words appeared
        self.told_verbs = self.source_verbs | frozenset(fold(w) for w in linking["told_verbs"])
        self.told_prepositions = frozenset(fold(w) for w in linking["told_prepositions"])  # "στην", "στο"
        # "της Μονακό", "την Έγκερ": the feminine article a club abroad takes, by case
        self.club_articles = {group: frozenset(fold(w) for w in words)
                              for group, words in linking["club_articles"].items()}
        self.team_nouns = _noun_forms(*((w, g) for w, g in linking["team_nouns"]))
        # "ΑΟ", "ΓΣ", "ΠΑΕ": the forms a Greek club writes before its name, in capitals and without dots
        self.club_forms = frozenset(linking["club_forms"])
        # "ο θεσμός AnnexM", "στο εμπορικό κέντρο Cosmopolis": no body's Latin-script name after these
        self.latin_other_senses = frozenset(f for w in linking["latin_name_other_senses"] for f in _singular_forms(w)[0])
        self.venue_phrases = [_singular_forms(w) for w in linking["venue_heads"] if greek_ratio(w) > 0]
        # "στο Κρεμλίνο", "εντός του Λευκού Οίκου"; "από το", "προς τον": where a seat of government is named
        self.locative = frozenset(fold(w) for w in linking["locative_prepositions"])
        self.motion = frozenset(fold(w) for w in linking["motion_prepositions"])
        self.publisher_labels = frozenset(fold(w) for w in linking["publisher_labels"])
        # "οι μετοχές", "οι δείκτες", "ο κλάδος": the nouns a market report lists its changes under
        stems = linking["market_clause_stems"]
        self.share_stems = tuple(fold(w) for w in stems["shares"])
        self.market_stems = self.share_stems + tuple(fold(w) for w in stems["indices"])
        # a game report's words around a team ("ο προπονητής του Πανιωνίου", "η Ξάνθη νίκησε"), and
        # companies' nouns ("ο όμιλος Χ", "η θυγατρική της Χ"): linking.json "game_report", "company_nouns"
        game = linking["game_report"]
        self.club_members = _grouped_forms(game["club_members"])
        self.fans = _grouped_forms(game["fans"])
        self.team_owners = self.club_members | self.fans | _grouped_forms(game["club_belongings"])
        self.game_nouns = _grouped_forms(game["games"])
        self.defeats = _grouped_forms(game["defeats"])
        self.win_verbs, self.lose_verbs, self.side_verbs = (
            frozenset(fold(w) for w in game[k]) for k in ("win_verbs", "lose_verbs", "side_verbs"))
        companies = linking["company_nouns"]
        self.company_nouns = _grouped_forms(companies["companies"])
        self.spinoffs = _grouped_forms(companies["spinoffs"])
        # "της εταιρείας Λυκόφως", "η ΜΚΟ «Χ»": nouns and acronyms of a body's kind before its name
        kinds = linking["apposed_kinds"]
        self.apposed_kinds = _grouped_forms({g: kinds[g] for g in ("m", "f", "n") if g in kinds})
        self.kind_acronyms = frozenset(kinds["acronyms"])
        # "στην εθνική Νορβηγίας": the national team (linking.json "national_team"), any singular case
        self.national = frozenset(f for n in linking["national_team"] for forms in _singular_forms(n) for f in forms)
        # "οι Δημοκρατικοί", "των Εργατικών": the plural forms of the party adjectives (linking.json
        # "party_adjectives"), which name a party after a plural article; and that article's forms
        self.party_plurals = frozenset(f for w in linking["party_adjectives"] for slot, forms in word_forms(w, "m").items()
                                       if slot.endswith("_pl") for f in forms)
        # "ο Δημοκρατικός κυβερνήτης", "το Δημοκρατικό κόμμα": their singular forms (masculine and neuter)
        self.party_singulars = frozenset(f for w in linking["party_adjectives"] for slot, forms in word_forms(w, "m").items()
                                         if slot.endswith("_sg") and slot != "voc_sg" for f in forms)
        self.plural_articles = frozenset(fold(w) for w in linking["plural_articles"])
        self.party_noun = fold(linking["party_noun"])  # "κομμα": "κόμμα", "Κόμματος" start with it
        # "η Βουλή", "της Γερουσίας": the heads that alone name the one body of their kind, in their singular cases
        self.sole_bodies = frozenset(f for w in linking["sole_body_heads"] for f in _singular_forms(w)[0])
        # "του Ιδρύματος Ωνάση": the heads that take a person's name as the body's own, in their singular cases
        self.eponymous_heads = frozenset(f for w in linking["eponymous_body_heads"] for f in _singular_forms(w)[0])
        # "Αλληγορίας", "Λογικής": the genitives of the feminine nouns in accented -ία/-εία (inflection.json
        # "action_noun_endings") and of the feminine of the adjectives in -ικός, which name fields
        inflection = json.loads(res["inflection.json"])
        self.feminine_genitives = tuple(fold(e) + "σ" for e in inflection["action_noun_endings"] if e.endswith(("ία", "εία"))) \
            + tuple(e for e in relational_adjective_endings("f") if e.endswith("σ"))
        self.invariant_surname_endings = tuple(fold(e) for e in inflection["masc_invariant_surname_endings"])

    def _is_honorific(self, text: str) -> bool:
        """"κ.", "της κας": a word that introduces a person; "ΚΑΣ" in capitals is an acronym."""
        return fold(text) in self.honorifics and not (text.isupper() and 3 <= len(text) <= 4 and "." not in text)

    def __call__(self, doc: Doc) -> Doc:
        folded = [fold(t.text) for t in doc]  # once per document, for the lexicon look-ups
        caps = _CapsLines(doc_text(doc))
        doc.ents = filter_spans(self._quoted(doc, folded, self._clean(doc, folded, caps)))
        self._role_qualifiers(doc, folded)
        self._names_after_complements(doc, folded)
        self._words_in_capitals(doc, folded)
        self._gazetteer(doc, folded, caps)
        self._court_names(doc, folded)
        self._known_names(doc, folded, caps)
        self._party_plurals(doc, folded)
        self._sole_bodies(doc, folded)
        self._eponymous_bodies(doc, folded)
        self._slashed_owners(doc, folded)
        self._clubs_with_towns(doc)
        self._introduced_bodies(doc, folded)
        self._apposed_names(doc, folded)
        self._bodies_of_origin(doc, folded)
        self._media_titles(doc, folded)
        self._publisher_credits(doc, folded)
        self._venue_owners(doc, folded)
        self._seat_in_genitive(doc, folded)
        self._lower_case_units(doc, folded)
        self._lower_case_bodies(doc, folded)
        self._units_of_bodies(doc, folded)
        self._lower_case_fields(doc, folded)
        self._organs_of_bodies(doc, folded)
        folded = self._joined_fixtures(doc, folded)
        self._first_name_clubs(doc, folded)
        self._match_results(doc)
        folded = self._standings(doc, folded)
        self._fixtures(doc, folded)
        folded = self._glued_club_forms(doc, folded)
        self._club_form_names(doc, folded, caps)
        self._clubs_after_members(doc, folded)
        self._team_cues(doc, folded)
        self._clubs_by_grammar(doc, folded)
        self._clubs_after_roles(doc, folded)
        self._company_cues(doc, folded, caps)
        self._legal_form_names(doc, folded)
        self._latin_legal_form_names(doc)
        self._share_moves(doc, folded)
        self._numbered_bodies(doc, folded)
        self._quoted_after_head(doc, folded)
        self._slashed_heads(doc, folded)
        self._untagged_units(doc, folded, caps)
        self._extend_all(doc)
        self._named_before_acronym(doc, folded)
        self._aim_complements(doc, folded, caps)
        self._seat_after_own_name(doc, folded)
        self._acronym_runs(doc)
        self._other_script_in_parentheses(doc)
        self._latin_bodies(doc)
        self._announcing_things(doc, folded)
        self._latin_after_feminine_article(doc, folded)
        self._people_named_alike(doc, folded)
        self._latin_particle_names(doc)
        self._aged_names(doc, folded)
        self._names_before_apposed_roles(doc, folded)
        return doc

    def _treebank_common(self, low: str) -> frozenset[str] | None:
        """The UPOS tags with which the treebank (the ``lemma_lookup`` table, GDT train) holds the
        lower-case form ``low``, where it holds it only as a common word; None otherwise."""
        if not self._common_forms:  # read once, from the loaded table or the model's saved one
            if self._nlp is not None:
                from keryx.nlp import treebank_common_words

                self._common_forms = treebank_common_words(self._nlp)
            elif self.word_list is not None:
                self._common_forms = saved_common_forms(str(self.word_list))
        return self._common_forms.get(low)

    def _field_genitive(self, doc: Doc, folded: list[str], i: int) -> bool:
        """Whether the capitalised word ``i`` is a common noun in the genitive, a field or subject
        ("καθηγητής Λογικής", "λέκτορας Αλληγορίας"), not a name: the treebank holds the form only as
        a noun or adjective, or it is the genitive of a feminine noun in accented -ία/-εία or of the
        feminine of an adjective in -ικός whose nominative the word list knows ("αλληγορία",
        "λογική"). An ending alone says nothing ("Λογικής" and "Παπαδάκης" end alike); a given
        name ("Μαρίας"), a known place, or a surname of the invariant genitive shape ("Γεωργίου")
        stays."""
        tok, f = doc[i], folded[i]
        if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and greek_ratio(tok.text) > 0) \
                or self._given_name(doc, folded, i) or (f,) in self.places or f.endswith(self.invariant_surname_endings):
            return False
        tags = self._treebank_common(tok.text.lower())
        if tags is not None and tags & {"NOUN", "ADJ"} and tags <= {"NOUN", "ADJ"} and f.endswith(_GENITIVE):
            return True
        if not f.endswith(self.feminine_genitives):
            return False
        low = tok.text.lower()
        return any(c in _TONOS for c in low[-4:]) and self._accented(plain_word(low[:-1]))

    def _role_qualifiers(self, doc: Doc, folded: list[str]) -> None:
        """"αντιπρόεδρος της Εταιρείας και καθηγητής Λογικής": one capitalised word that the model
        took for a person right after a role (the roles lexicon's) and that is a common noun in the
        genitive (:meth:`_field_genitive`) is the role's qualifier, the field it serves, not the
        holder: a holder's name agrees with the role, and a role's genitive complement is its own."""
        ents = list(doc.ents)
        keep = [e for e in ents if not (e.label_ == "PERSON" and len(e) == 1 and e.start > 0
                                        and self._role_ends_at(folded, e.start)
                                        and self._field_genitive(doc, folded, e.start))]
        if len(keep) < len(ents):
            doc.ents = keep

    def _accented(self, key: str) -> bool:
        """Whether lower-case running text writes the word with the accent-free lower-case ``key``
        (five letters or more) with an accent: the pipeline's ``lemma_lookup`` word list, or that
        of its folder in the model, read once and only when a word in capitals asks."""
        nlp = self._nlp
        if nlp is not None and "lemma_lookup" in nlp.pipe_names:
            lexicon = getattr(nlp.get_pipe("lemma_lookup"), "lexicon", None) or {}
            return any(c in _TONOS for c in lexicon.get(key, ""))
        return self.word_list is not None and key in accented_words(str(self.word_list))

    def _words_in_capitals(self, doc: Doc, folded: list[str]) -> None:
        """"ΚΙΝΔΥΝΕΥΕΤΕ, ΠΑΡΤΕ ΤΟ ΕΙΔΗΣΗ", "έχουν ΑΠΟΔΕΔΕΙΓΜΕΝΑ ίδια διοίκηση": one word in capitals
        (five letters or more) that lower-case text writes with an accent is a Greek word set in
        capitals for emphasis, no acronym: a Greek word of two syllables or more carries a written
        accent, an acronym read as a word ("ΣΥΡΙΖΑ", "ΝΑΤΟ", "ΑΣΕΠ") none. Listed bodies, body
        heads, places, words the text also writes as a body's name in lower case or after a body
        noun ("η ομάδα ΘΕΑΜΑ": a word chosen as a name) and a complement after a lower-case genitive
        article ("του ΑΡΚΤΟΥΡΟΥ"), or in a list with a name in capitals that is no word, stay. Only the model's entities are checked: a later rule that
        finds a body by its own cue ("ΕΘΝΙΚΗ: 0,26 ευρώ" in a list of shares) keeps it."""
        if self.word_list is None and (self._nlp is None or "lemma_lookup" not in self._nlp.pipe_names):
            return  # no word list to tell a word from an acronym
        ents = list(doc.ents)
        # a body's name in lower-case text, or one a body noun introduces ("η ομάδα ΘΕΑΜΑ")
        named = {fold(e.text) for e in ents if e.label_ == "ORG" and (not e.text.isupper() or (
            e.start > 0 and doc[e.start - 1].is_lower and (
                self._body_noun(doc, folded, e.start - 1) or folded[e.start - 1] in self.media_nouns
                or folded[e.start - 1] in self.team_nouns)))}

        def emphasis(e: Span) -> bool:
            text = e.text
            if e.label_ != "ORG" or len(e) != 1 or not text.isalpha() or not text.isupper() or len(text) < 5 \
                    or greek_ratio(text) < 1.0:
                return False
            key = fold(text)
            if key in self.known_orgs or key in self.org_heads or key in named or (key,) in self.places \
                    or key in self.known_firsts:
                return False  # (a listed body's first word may stand for it: "ΕΘΝΙΚΗ" for the bank)
            if e.start > 0 and doc[e.start - 1].is_lower and folded[e.start - 1] in _GENITIVE_ARTICLES:
                return False  # "του Κέντρου του ΑΡΚΤΟΥΡΟΥ": a complement, the owner's name
            return self._accented(plain_word(text))

        words_set = {k for k, e in enumerate(ents) if emphasis(e)}

        def in_list(k: int) -> bool:
            """"στην περιοχή ΚΑΛΑΣ, ΑΣΤΙΓΚΑΣ": joined by a comma or "και" to a name in capitals
            that is no word, one of a list of names."""
            for j in (k - 1, k + 1):
                if 0 <= j < len(ents) and j not in words_set and ents[j].text.isupper() \
                        and abs((ents[j].start - ents[k].end) if j > k else (ents[k].start - ents[j].end)) == 1:
                    between = ents[k].end if j > k else ents[j].end
                    if folded[between] in (",", "και"):
                        return True
            return False

        dropped = {k for k in words_set if not in_list(k)}
        if dropped:
            doc.ents = [e for k, e in enumerate(ents) if k not in dropped]

    # -- places from the gazetteer ------------------------------------------------------------
    def _place_at(self, doc: Doc, folded: list[str], i: int) -> int:
        """Length of the longest gazetteer place starting at token i (capitalised), or 0."""
        if folded[i] not in self.place_firsts or not doc[i].text[:1].isupper():
            return 0  # (the set first: most words start no place, and it needs no token)
        best = 0
        for n in range(1, min(self.place_len, len(doc) - i) + 1):
            if tuple(folded[i:i + n]) in self.places:
                best = n
        return best

    def _gazetteer(self, doc: Doc, folded: list[str], caps: _CapsLines) -> None:
        """Known places: relabel a mis-typed entity ("Πεδίον Άρεως" as ORG), join one the model cut
        in pieces or took in part ("Δημοκρατίας" ORG + "της Κορέας" GPE, "Κράτος του" + "Ισραήλ"
        GPE: the gazetteer's longest name is one place), add missed ones."""
        ents = list(doc.ents)
        starts = {e.start: e for e in ents}
        out: list[Span] = []
        used: set[int] = set()  # the entities a gazetteer place took the place of
        i = 0
        while i < len(doc):
            n = self._place_at(doc, folded, i)
            inside = [k for k, e in enumerate(ents) if e.start < i + n and i < e.end] if n else []
            if not n or any(ents[k].start < i or ents[k].end > i + n or ents[k].label_ not in _PLACE_AS
                            for k in inside):
                i += 1
                continue
            span = Span(doc, i, i + n, label="GPE")
            ent = starts.get(i)
            if ent is not None and len(ent) == n:
                if ent.label_ != "GPE":  # (a place the model saw stays as it is)
                    used.add(inside[0])
                    out.append(Span(doc, i, i + n, label="LOC" if ent.label_ in ("FAC", "LOC") else "GPE"))
            elif inside or (not caps.contains(span) and (n > 1 or len(doc[i].text) > 3)):
                used.update(inside)
                out.append(span)
            i += n
        doc.ents = filter_spans(out + [e for k, e in enumerate(ents) if k not in used])

    # -- names in quotation marks ------------------------------------------------------------
    def _quoted(self, doc: Doc, folded: list[str], ents: list[Span]) -> list[Span]:
        """An organisation in quotation marks is a body only when its own words or the noun
        before the quotes say so ("ο σύλλογος «Αλληλεγγύη»"); after a venue noun it is a place
        ("στον χώρο «Φαβέλα»"); otherwise a title, a slogan or a category («Περιστατικά Βίας»)."""
        out: list[Span] = []
        for ent in ents:
            i = ent.start
            if ent.label_ != "ORG" or i == 0 or doc[i - 1].text not in _OPEN_QUOTES \
                    or fold(ent.text) in self.known_orgs:
                out.append(ent)
                continue
            before = folded[i - 2] if i >= 2 else ""
            if before in self.venue_heads:
                out.append(Span(doc, ent.start, ent.end, label="FAC"))
            elif (i >= 2 and self._body_noun(doc, folded, i - 2)) or any(folded[k] in self.org_heads for k in range(ent.start, ent.end)):
                out.append(ent)
        return out

    def _body_noun(self, doc: Doc, folded: list[str], i: int) -> bool:
        """"εταιρεία", "σύλλογος": a noun that names a kind of body (not a programme, a prize or
        an event, which the head lexicon also holds for their inflection)."""
        return folded[i] in self.org_heads and not folded[i].startswith(_NOT_BODY_STEMS) \
            and not self.events.head_type(doc[i].text)

    # -- bodies the sentence itself introduces ----------------------------------------------
    def _introduced_bodies(self, doc: Doc, folded: list[str]) -> None:
        """Names the wording marks as a body: "η εταιρεία «Χ»" (a body noun before the quotes),
        "Με πληροφορίες από Χ" and "Πηγή: Χ" (a source), "— Χ (@χ)" (the account of an embedded
        post, when its name is one word and no person's)."""
        new: list[Span] = []
        n = len(doc)
        for i, tok in enumerate(doc):
            if tok.text in _QUOTE_PAIRS and i > 0:
                close = _QUOTE_PAIRS[tok.text]
                j = next((k for k in range(i + 1, min(n, i + 9)) if doc[k].text == close), None)
                if j is not None and j > i + 1 and doc[i + 1].text[:1].isupper() \
                        and (self._introducing_noun(doc, folded, i) or self._latin_after_feminine(doc, folded, i, j)
                             or folded[i + 1] in self.media_nouns  # "η «Εφημερίδα των Συντακτών»"
                             or self._body_apposition(doc, folded, j) or self._cited_source(doc, folded, i, j)
                             or self._told_to_medium(doc, folded, i, j)):
                    new.append(Span(doc, i + 1, j, label="ORG"))
                continue
            if tok.is_lower and folded[i] in self.media_nouns and i + 1 < n:
                # "η εφημερίδα Καθημερινή", "το περιοδικό Science": the name needs no quotes; after the
                # noun's complement only a Latin-script one ("του οίκου μόδας Gucci", not "πρακτορείο
                # διανομής Τύπου", where the capital is the complement's)
                first = i + 2 if i + 2 < n and _is_complement(doc[i + 1], folded[i + 1]) \
                    and greek_ratio(doc[i + 2].text) < 0.5 else i + 1
                end = first
                while end < min(n, first + 4) and _is_name_word(doc[end]) and not doc[end].is_punct \
                        and not (end > first and doc[end].is_sent_start):
                    end += 1
                if end > first and not self._role_holder_after_medium(doc, folded, i, end):
                    new.append(Span(doc, first, end, label="ORG"))
                continue
            if tok.is_lower and i + 1 < n and self._body_noun(doc, folded, i):
                latin = self._latin_after_body_noun(doc, folded, i)
                # (what the model took for a place, a venue or an event stays so: "στο εμπορικό
                # κέντρο Cosmopolis", "η επιχείρηση Resolute Support")
                if latin and not any(e.label_ not in _COMPANY_AS and e.start < latin[1] and latin[0] < e.end
                                     for e in doc.ents):
                    new.append(Span(doc, latin[0], latin[1], label="ORG"))
                    continue
            k = self._after_formula(folded, i)
            if k is not None:
                new.extend(Span(doc, a, b, label="ORG") for a, b in self._cited_sources(doc, k))
            if tok.text in ("—", "–") and i + 3 < n and doc[i + 2].text == "(" and doc[i + 3].text.startswith("@") \
                    and not doc[i + 1].is_space and ("_" in doc[i + 1].text or any(c.isdigit() for c in doc[i + 1].text)):
                new.append(Span(doc, i + 1, i + 2, label="ORG"))
        if new:
            ents = list(doc.ents)
            new = [x for x in new if not any(e.label_ in ("ORG", "PERSON") and e.start < x.end and x.start < e.end
                                             and not (x.start <= e.start and e.end <= x.end and e.label_ != "ORG"
                                                      and self._introduced_name(doc, folded, x))
                                             for e in ents)]
            kept = [e for e in ents if not any(e.start < x.end and x.start < e.end for x in new)]
            doc.ents = filter_spans(kept + new)

    def _apposed_names(self, doc: Doc, folded: list[str]) -> None:
        """"της εταιρείας Λυκόφως", "η ομάδα Σίντνεϊ Γουέιβς", "της ΜΚΟ Γαλάζια Θάλασσα": a name right
        after a noun of a body's kind in lower case, or its acronym (linking.json "apposed_kinds"),
        stands in apposition to it and names that body, where the model, seeing a name with no head,
        took it for a person or a place. Not a name whose first word ends as a genitive ("η ομάδα
        Αθηνών", "ο σύλλογος Ρένας Δούρου"): that is the noun's complement, a seat or an owner; nor
        a full name that opens with a given name ("ο ιδρυτής της εταιρείας Έρικ Χ", "η επικεφαλής
        της ομάδας Ζάρα Χ"): that is the person a role noun before names."""
        ents = list(doc.ents)
        new = [Span(doc, e.start, e.end, label="ORG") for e in ents
               if e.label_ in ("PERSON", "GPE", "LOC") and e.start > 0 and doc[e.start].text[:1].isupper()
               and ((doc[e.start - 1].is_lower and folded[e.start - 1] in self.apposed_kinds)
                    or doc[e.start - 1].text in self.kind_acronyms)
               and not folded[e.start].endswith(_GENITIVE_NAME_ENDINGS)
               and not (e.label_ == "PERSON" and len(e) > 1 and self._given_name(doc, folded, e.start))]
        _overlay(doc, ents, new)

    def _bodies_of_origin(self, doc: Doc, folded: list[str]) -> None:
        """"η ρουμανική Ποταϊσα Τούρντα", "της τουρκικής Σαμπάχ": Greek gives a person's origin by a
        noun ("ο Ρουμάνος Χ", "η Τουρκάλα Χ"), never by an adjective in -ικός, which goes with a thing;
        so such an adjective of a country in lower case right before a name the model took for a
        person goes with a body's name (a club, a paper, a company). In a report of a game it does
        so before a place too ("η σερβική Βοϊβοντίνα θα υποδεχτεί"), but not after "σε", where the
        place is where the game is ("στην ισπανική Βαλένθια")."""
        ents = list(doc.ents)
        sport: bool | None = None
        new: list[Span] = []
        for e in ents:
            i = e.start - 1
            if e.label_ not in ("PERSON", "GPE", "LOC") or i < 0 or not self._origin_adjective(doc, folded, i):
                continue
            if e.label_ != "PERSON":
                if i > 0 and folded[i - 1] in self.locative:
                    continue
                if sport is None:
                    sport = sports_report(doc, self.sport_stems)
                if not sport:
                    continue
            new.append(Span(doc, e.start, e.end, label="ORG"))
        _overlay(doc, ents, new)

    def _origin_adjective(self, doc: Doc, folded: list[str], i: int) -> bool:
        """"ρουμανική", "της σερβικής", "βελγικό": a lower-case adjective in -ικός (inflection.json
        "adjective_endings" "relational") on the stem of a country of the gazetteer named in -ία or
        -ιο ("Ρουμαν-ία", "Βέλγ-ιο"); not one of a compass point ("κεντρική")."""
        if not doc[i].is_lower:
            return False
        word = folded[i]
        return any(word.endswith(e) and word[:-len(e)] in self.country_stems for e in _RELATIONAL_ENDINGS)

    def _media_titles(self, doc: Doc, folded: list[str]) -> None:
        """"την ιστοσελίδα Το Καλάθι της Γειτονιάς", "η εφημερίδα Τα Νέα": after a media noun in lower
        case, a title that starts with a capitalised article runs over its capitalised words and
        one genitive complement ("της Πανδώρας"); the whole title names the medium, whatever the
        model made of its pieces (a word taken for a body, another for a person)."""
        n = len(doc)
        ents = list(doc.ents)
        new: list[Span] = []
        for i in range(n - 2):
            j = i + 1
            if folded[i] not in self.media_nouns or not doc[i].is_lower or folded[j] not in _TITLE_ARTICLES \
                    or not doc[j].text[:1].isupper() or doc[j].is_sent_start:
                continue
            end = j + 1
            while end < n and end - j < 4 and _is_name_word(doc[end]) and doc[end].is_alpha:
                end += 1
            if end == j + 1:
                continue
            if end + 1 < n and folded[end] in _GEN_ARTICLES and _is_name_word(doc[end + 1]) and doc[end + 1].is_alpha:
                end += 2
                while end < n and end - j < 7 and _is_name_word(doc[end]) and doc[end].is_alpha:
                    end += 1
            if all(e.end <= j or e.start >= end or (j <= e.start and e.end <= end) for e in ents):
                new.append(Span(doc, j, end, label="ORG"))
        _overlay(doc, ents, new)

    def _publisher_credits(self, doc: Doc, folded: list[str]) -> None:
        """"Μετάφραση: Χ Εκδόσεις: Κέδρος Σελ.: 200": in a book's credit line, the capitalised words
        after the publisher's label and its colon (linking.json "publisher_labels"), up to the next
        label or a lower-case word, name the publishing house, a body; the label alone names none."""
        n = len(doc)
        ents = list(doc.ents)
        new: list[Span] = []
        for i in range(n - 2):
            if folded[i] not in self.publisher_labels or doc[i + 1].text != ":":
                continue
            start = end = i + 2
            while end < n and end - start < 4 and _is_name_word(doc[end]) and not doc[end].is_sent_start \
                    and not (end > start and (doc[end].text.endswith(".")
                                              or (end + 1 < n and doc[end + 1].text in (":", ".")))):
                end += 1
            if end > start:
                new.append(Span(doc, start, end, label="ORG"))
        if new:
            labels = {n.start - 2 for n in new}
            ents = [e for e in ents if not (len(e) == 1 and e.start in labels)]
            doc.ents = filter_spans(ents)
        _overlay(doc, ents, new)

    def _after_formula(self, folded: list[str], i: int) -> int | None:
        """Index after a source formula that starts at token i, or None."""
        if self._formula_starts is not None and folded[i] not in self._formula_starts:
            return None
        for formula in self.source_formulas:
            if tuple(folded[i:i + len(formula)]) == formula:
                return i + len(formula)
        return None

    @staticmethod
    def _cited_sources(doc: Doc, k: int) -> list[tuple[int, int]]:
        """The names a source formula lists from token k on ("Με πληροφορίες από kritinews, portalnews,
        ΑΠΕ-ΜΠΕ/AFP"): each runs over at most four name words, the first may be a site's name in small
        Latin letters, a genitive complement may follow ("Φάρος της Ηπείρου"), and a comma, a slash
        or "και" before a further name word goes on to the next;
        a capitalised word that starts a sentence ends the list (a line with no full stop before
        the next story)."""
        n, out = len(doc), []
        while k < n and _source_word(doc[k], True):
            end = k + 1
            while end < min(n, k + 4) and _source_word(doc[end], False) and not doc[end].is_sent_start \
                    and not (doc[end - 1].text.islower() and doc[end].text[:1].isupper()):
                end += 1
            if end + 1 < n and fold(doc[end].text) in _GEN_ARTICLES and _is_name_word(doc[end + 1]) \
                    and doc[end + 1].is_alpha:
                end += 2  # "από kritinews και Φάρο της Ηπείρου": a title with its genitive complement
            out.append((k, end))
            if end + 1 < n and doc[end].text in _SOURCE_LINKS and not doc[end + 1].is_sent_start:
                k = end + 1
            else:
                break
        return out

    def _role_holder_after_medium(self, doc: Doc, folded: list[str], i: int, end: int) -> bool:
        """"ο αρχισυντάκτης της εφημερίδας Τζον Χ": after a role and the genitive of a media noun at
        ``i``, a run of two or more names that opens with a given name (any of the first-name lists,
        or the public list by its sound) is the person who holds the role, not the paper's title:
        the role wants its holder, and the medium is already its complement."""
        first = i + 1
        return end - first >= 2 and i >= 2 and folded[i - 1] in _GENITIVE_ARTICLES \
            and self._role_ends_at(folded, i - 1) and self._given_name(doc, folded, first)

    def _body_apposition(self, doc: Doc, folded: list[str], close: int) -> bool:
        """"την «Υγεία», τεχνοβλαστό του ...", "«Αλληλεγγύη», σύλλογος ...": a lower-case body or
        company noun in apposition right after the quotes says what the quoted name names; so does
        a media noun, also after its article ("«Χ», η εφημερίδα που ...")."""
        k = close + 2
        if k + 1 < len(doc) and doc[close + 1].text == "," and folded[k] in _ARTICLES and doc[k + 1].is_lower \
                and folded[k + 1] in self.media_nouns:
            return True  # "ο «Ταχυδρόμος», η εφημερίδα που ...", "το «Πανόραμα», το περιοδικό της ..."
        return k < len(doc) and doc[close + 1].text == "," and doc[k].is_lower \
            and (folded[k] in self.company_nouns or folded[k] in self.spinoffs or self._body_noun(doc, folded, k)
                 or folded[k] in self.media_nouns)

    def _cited_source(self, doc: Doc, folded: list[str], i: int, j: int) -> bool:
        """Whether the name in the quotes from i to j is a source the text cites: the subject of a
        verb of reporting right after it ("η «Αυγή» αναφέρει"), or a name after such a verb or after
        "σύμφωνα με", over articles, adjectives and other cited names ("ανέδειξε η «Εφ.Συν.»",
        "σύμφωνα με τη νορβηγική «Μόργκενλυς» και το «Fjord Review»"). News quotes the names of
        papers and sites this way; a title or a slogan in quotes is no verb's subject. Not a one-letter
        abbreviation («Κ», «Ν»), which stands for a paper the reader must know."""
        if sum(c.isalpha() for c in doc[i + 1:j].text) < 2:
            return False
        # the name takes an article ("ανέδειξε η «Χ»"); what a verb quotes bare is its words ("έγραψε «...»")
        before = i - 2 if i >= 2 and doc[i - 1].is_lower and _looks_modifier(folded[i - 1]) else i - 1
        if before < 0 or folded[before] not in _ARTICLES:
            return False
        if j + 1 < len(doc) and folded[j + 1] in self.source_verbs and i > 0 and folded[i - 1] in _TITLE_ARTICLES:
            return True
        k, steps = i - 1, 0
        while k >= 0 and steps < 12:
            steps += 1
            if folded[k] in _ARTICLES or folded[k] in ("και", ",") or (doc[k].is_lower and _looks_modifier(folded[k])
                                                                     and folded[k] not in self.source_verbs):
                k -= 1
            elif doc[k].text in _QUOTE_PAIRS.values() and doc[k].text != '"':
                opener = next((m for m in range(k - 1, max(-1, k - 10), -1) if _QUOTE_PAIRS.get(doc[m].text) == doc[k].text), None)
                if opener is None:
                    return False
                k = opener - 1
            else:
                break
        return k > 0 and (folded[k] in self.source_verbs or (folded[k] == "με" and folded[k - 1] == "συμφωνα"))

    def _told_to_medium(self, doc: Doc, folded: list[str], i: int, j: int) -> bool:
        """Whether the name in the quotes from i to j is the medium a person spoke to or where words
        appeared: right after a verb of speaking or publishing and "στην", "στον", "στο" ("μιλάει στο
        «Π»", "δήλωσε στην «Εφ.Συν.»", "Μιλώντας στον «Θέμα 104,6»", "δημοσιεύθηκε στην «Κ»"); one
        spoke to no title, and a one-letter name there is a paper's short name."""
        return i >= 2 and folded[i - 1] in self.told_prepositions and folded[i - 2] in self.told_verbs \
            and any(c.isalpha() for c in doc[i + 1:j].text)

    def _introducing_noun(self, doc: Doc, folded: list[str], i: int) -> bool:
        """Whether a body or media noun in lower case stands before the quotes at i, right before
        them or before a genitive complement ("το περιοδικό επιδημιολογίας «Χ»")."""
        k = i - 1
        while k > 0 and i - k <= 3 and (folded[k] == "και" or _is_complement(doc[k], folded[k])) \
                and folded[k] not in self.media_nouns and not self._body_noun(doc, folded, k):
            k -= 1
        return (doc[k].is_lower and (folded[k] in self.media_nouns or self._body_noun(doc, folded, k))) \
            or doc[k].text in self.kind_acronyms  # "της ΜΚΟ «Γαλάζια Θάλασσα»"

    @staticmethod
    def _latin_after_feminine(doc: Doc, folded: list[str], i: int, j: int) -> bool:
        """"της «Emirates»", "η «Grant Thornton»": a Latin-script name in quotes after a feminine
        article is a company or a newspaper (the article agrees with "εταιρεία", "εφημερίδα")."""
        return i > 0 and folded[i - 1] in _FEMININE_SG_ARTICLES and greek_ratio(doc[i + 1:j].text) < 0.5

    def _introduced_name(self, doc: Doc, folded: list[str], span: Span) -> bool:
        """Whether the wording itself makes ``span`` a body (a media noun or quotes before it, or
        a body noun before a name in Latin script)."""
        i = span.start - 1
        if i >= 0 and (folded[i] in self.media_nouns or doc[i].text in _QUOTE_PAIRS):
            return True
        k = i
        # (over the noun's complements, not over the noun itself in the genitive: "μέλη της
        # οργάνωσης Χ", "ερευνητές της ομάδας Χ")
        while k > 0 and span.start - k <= 3 and _is_complement(doc[k], folded[k]) and not self._body_noun(doc, folded, k):
            k -= 1
        return k >= 0 and doc[k].is_lower and self._body_noun(doc, folded, k) \
            and self._latin_after_body_noun(doc, folded, k) == (span.start, span.end)

    def _latin_after_body_noun(self, doc: Doc, folded: list[str], i: int) -> tuple[int, int] | None:
        """"του ακροδεξιού κόμματος Mi Hazánk", "της εταιρείας λογισμικού Confinity", "της ΜΚΟ Χ":
        the capitalised words in Latin script right after a body noun in lower case (over at most
        three genitive complements of the noun) are the body's own name, which Greek text gives as
        written abroad; not one with digits (a model: "το δίκτυο 5G")."""
        n = len(doc)
        if folded[i] in self.latin_other_senses or any(
                len(forms) <= i + 1 and all(folded[i + 1 - len(forms) + k] in forms[k] for k in range(len(forms)))
                for forms in self.venue_phrases):
            return None
        first = i + 1
        while first < min(n, i + 4) and _is_complement(doc[first], folded[first]):
            first += 1
        end = first
        while end < min(n, first + 4) and _is_name_word(doc[end]) and doc[end].is_alpha \
                and greek_ratio(doc[end].text) == 0 and not (end > first and doc[end].is_sent_start):
            end += 1
        if end == first or sum(c.isalpha() for c in doc[first:end].text) < 3 \
                or (end < n and (doc[end].like_num or doc[end].text[:1].isdigit())):
            return None
        return first, end

    # -- well-known bodies the model missed -------------------------------------------------
    def _known_names(self, doc: Doc, folded: list[str], caps: _CapsLines) -> None:
        """Bodies of ``organisations.tsv`` (ministries, universities, authorities ...) named in
        full or by their acronym, and local-government bodies by their official name (places.tsv),
        where the model saw no organisation, or only part of one ("Δήμου Κορδελιού | - Ευόσμου"),
        or a person ("ο δήμος | Παύλου Μελά")."""
        ents = list(doc.ents)
        new: list[Span] = []
        words = [t.text for t in doc]  # once: the loop reads each word several times
        i = 0
        while i < len(doc):
            n = 0
            text = words[i]
            # "στον ΣΚΑΪ." at a sentence's end: the tokenizer keeps the dot on a word in capitals
            bare = text[:-1] if text.endswith(".") and text.count(".") == 1 and text[:-1].isupper() else ""
            if i + 2 < len(doc) and words[i + 1] in ("-", "–", "—") \
                    and f"{text}-{words[i + 2].rstrip('.')}" in self.known_acronyms:
                n = 3  # "ΑΠΕ – ΜΠΕ": a listed compound acronym written with a spaced dash
            elif text in self.known_acronyms or (len(bare) > 1 and (bare in self.known_acronyms or fold(bare) in self.known_words)):
                n = 1
            elif folded[i] in self.known_words and self._lone_name_at(doc, i) \
                    and (folded[i] in self.club_words
                         or not any(e.start <= i < e.end and e.label_ == "PERSON" for e in ents)):
                n = 1  # (a surname as well, "Μπλούμπεργκ": the model's person stays; a club's name is none)
            elif folded[i] in self.known_firsts and (words[i][:1].isupper() or (
                    folded[i] in self.unit_firsts and i + 1 < len(doc) and words[i + 1][:1].isupper())):
                lower = not words[i][:1].isupper()
                starts = self.unit_starts if lower else self.known_starts
                for forms in starts.get((folded[i], folded[i + 1]), ()) if i + 1 < len(doc) else ():
                    m = len(forms)
                    if m > n and i + m <= len(doc) and all(folded[i + k] in forms[k] for k in range(m)):
                        n = m
                if n and lower and i > 0 and folded[i - 1] in _INSIDE_CUT and tuple(folded[i + 1:i + n]) in self.places:
                    n = 0  # "στην περιφέρεια Κρήτης" says where: the place stays a place
            if not n:
                n = self._dotted_at(doc, i)
            if not n:
                i += 1
                continue
            if self._seat_located(doc, folded, i, n):
                i += n
                continue  # "στον Λευκό Οίκο": the building, where; the model's label stays
            span = Span(doc, i, i + n, label="ORG")
            inside = any(e.start <= i and i + n <= e.end for e in ents if e.label_ == "ORG")
            crossing = any(e.start < i + n and i < e.end and not (i <= e.start and e.end <= i + n) for e in ents)
            if not inside and not crossing and not caps.contains(span):
                new.append(span)
            i += n
        _overlay(doc, ents, new)

    def _dotted_at(self, doc: Doc, i: int) -> int:
        """The number of tokens from ``i``, written with no space between them, that make a listed
        name abbreviated with inner dots ("η «Εφ.Συν.»"), the longest; 0 where none does."""
        if not doc[i].text[:1].isalpha() or doc[i].whitespace_:
            return 0
        written, n = doc[i].text, 0
        for k in range(i + 1, min(len(doc), i + 8)):
            written += doc[k].text
            if written in self.known_dotted:
                n = k - i + 1
            if doc[k].whitespace_:
                break
        return n

    def _party_plurals(self, doc: Doc, folded: list[str]) -> None:
        """"οι Δημοκρατικοί", "των Εργατικών": a party adjective capitalised in the plural right after a
        plural article names its party, the noun "Κόμμα" understood (the model calls it a group of
        people). Not before a word that agrees with it as its noun ("οι Δημοκρατικοί γερουσιαστές",
        "τους Δημοκρατικούς κυβερνήτες", "των Εργατικών Κατοικιών"): there it only qualifies that
        noun. In the singular alone it names a member ("ο Δημοκρατικός κυβερνήτης", "τον Δημοκρατικό
        Τζο Μπάιντεν"), no body, unless "κόμμα" follows it ("το Δημοκρατικό κόμμα")."""
        ents = list(doc.ents)
        new: list[Span] = []
        dropped: set[int] = set()
        for k, e in enumerate(ents):
            if len(e) == 1 and e.label_ in ("ORG", "NORP") and folded[e.start] in self.party_singulars \
                    and e.text[:1].isupper() and not e.text.isupper():
                if e.end < len(doc) and folded[e.end].startswith(self.party_noun):
                    new.append(Span(doc, e.start, e.end + 1, label="ORG"))  # "το Δημοκρατικό κόμμα"
                else:
                    dropped.add(k)  # "ο Δημοκρατικός κυβερνήτης", "τον Δημοκρατικό Τζο Μπάιντεν": a member
        if dropped:
            ents = [e for k, e in enumerate(ents) if k not in dropped]
            doc.ents = ents
        for i in range(1, len(doc)):
            text = doc[i].text
            if folded[i] not in self.party_plurals or not text[:1].isupper() or text.isupper() \
                    or folded[i - 1] not in self.plural_articles:
                continue
            after = doc[i + 1].text if i + 1 < len(doc) else ""
            if after.isalpha() and folded[i + 1] not in _ARTICLES and folded[i + 1] not in self.relative_days \
                    and folded[i + 1].endswith(_AGREEING_PLURALS):
                continue  # "οι Δημοκρατικοί βουλευτές", "των Εργατικών Κατοικιών": an adjective before its noun
            if any(e.start <= i < e.end and (e.label_ != "NORP" or len(e) > 1) for e in ents):
                continue  # part of a longer name the model or a rule found
            new.append(Span(doc, i, i + 1, label="ORG"))
        _overlay(doc, ents, new)

    def _sole_bodies(self, doc: Doc, folded: list[str]) -> None:
        """"στη Γερουσία", "της Εθνοσυνέλευσης": a capitalised head that alone names the one body of
        its kind (linking.json "sole_body_heads") is that body, where the model saw none or took the
        word for a place or a group; not a word inside a longer name ("Γερουσία των ΗΠΑ" stays whole)."""
        ents = list(doc.ents)
        new: list[Span] = []
        for i, tok in enumerate(doc):
            text = tok.text
            if folded[i] not in self.sole_bodies or not text[:1].isupper() or not text[1:].islower():
                continue
            if any(e.start <= i < e.end and (len(e) > 1 or e.label_ == "ORG") for e in ents):
                continue
            new.append(Span(doc, i, i + 1, label="ORG"))
        _overlay(doc, ents, new)

    def _eponymous_bodies(self, doc: Doc, folded: list[str]) -> None:
        """"του Ινστιτούτου Ρόμπερτ Κοχ", "το Ίδρυμα Σταύρος Νιάρχος": a capitalised head of a body
        named after a person (linking.json "eponymous_body_heads"), right before a name the model
        took for a person, with nothing between, is the body's head and the name its own: one body,
        no person. Not a head inside a longer name, nor a head in capitals (a heading)."""
        ents = list(doc.ents)
        new: list[Span] = []
        for e in ents:
            h = e.start - 1
            if e.label_ != "PERSON" or h < 0 or len(e) > 3 or folded[h] not in self.eponymous_heads:
                continue
            head = doc[h].text
            if not (head[:1].isupper() and head[1:].islower()) or not all(_is_name_word(t) for t in e):
                continue
            if any(o.start <= h < o.end for o in ents):
                continue
            new.append(Span(doc, h, e.end, label="ORG"))
        _overlay(doc, ents, new)

    def _slashed_owners(self, doc: Doc, folded: list[str]) -> None:
        """"το εμβόλιο των Pfizer/BioNTech": two Latin-script names joined by a slash after the
        genitive plural article are the two makers or owners of the thing before them, two bodies
        (the model may take one for the product). Not a name that goes on past the pair."""
        ents = list(doc.ents)
        new: list[Span] = []
        for i in range(1, len(doc) - 2):
            if folded[i - 1] not in _GEN_PLURAL_ARTICLES or doc[i + 1].text != "/" \
                    or not (_latin_word(doc[i]) and _latin_word(doc[i + 2])):
                continue
            if i + 3 < len(doc) and (_latin_word(doc[i + 3]) or doc[i + 3].text == "/"):
                continue  # "των Pfizer/BioNTech Group", a third name: not a pair
            if any(e.start < i + 3 and i < e.end and (e.start < i or e.end > i + 3) for e in ents):
                continue  # inside a longer name the model saw
            new += [Span(doc, i, i + 1, label="ORG"), Span(doc, i + 2, i + 3, label="ORG")]
        _overlay(doc, ents, new)

    def _clubs_with_towns(self, doc: Doc) -> None:
        """"τη Μακάμπι Τελ Αβίβ", "οι Λος Άντζελες Λέικερς": in a game report a club's name and the
        town it is named with, side by side with nothing between them, are one name (the model
        splits off the town as a place). Not a place in the genitive before a club, which qualifies
        the words before it ("ο κυπελλούχος Ελλάδας ΠΑΟΚ")."""
        ents = list(doc.ents)
        pairs = [(a, b) for a, b in pairwise(ents) if a.end == b.start and {a.label_, b.label_} == {"ORG", "GPE"}
                 and not doc[b.start].is_sent_start and "\n" not in doc[a.start:b.end].text
                 and not (a.label_ == "GPE" and fold(a[-1].text).endswith(_GENITIVE))]
        if not pairs or not sports_report(doc, self.sport_stems):
            return
        new = [Span(doc, a.start, b.end, label="ORG") for a, b in pairs]
        kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)]
        doc.ents = filter_spans(kept + new)

    def _seat_located(self, doc: Doc, folded: list[str], i: int, n: int) -> bool:
        """Whether the listed name at i..i+n is a seat of government after a preposition of place
        ("στο Κρεμλίνο", "στους χώρους του Λευκού Οίκου", "από τον Λευκό Οίκο"): the linking's test."""
        if not any(len(f) == n and all(folded[i + k] in f[k] for k in range(n)) for f in self.seat_forms):
            return False
        return names_where(folded[max(0, i - 3):i], i >= 2 and doc[i - 2].is_lower, self.locative, self.motion)

    @staticmethod
    def _lone_name_at(doc: Doc, i: int) -> bool:
        """Whether a one-word body name at i stands as a name of its own: capitalised (or in mixed
        case, "ΤτΕ"), not where every word is capitalised (a sentence start, after a colon or
        quotes) and not the first word of a longer capitalised name ("Πυροσβεστική Υπηρεσία Χ")."""
        text = doc[i].text
        if not text[:1].isupper() and not any(c.isupper() for c in text[1:]):
            return False
        mixed = any(c.isupper() for c in text[1:]) and not text.isupper()
        start = i == 0 or doc[i].is_sent_start or doc[i - 1].text in (":", "«", "“", '"', ".", "\n") \
            or doc[i - 1].is_space
        after = doc[i + 1].text if i + 1 < len(doc) else ""
        return (mixed or not start) and not (after[:1].isupper() and after.isalpha())

    # -- a body and its seat -----------------------------------------------------------------
    def _venue_owners(self, doc: Doc, folded: list[str]) -> None:
        """"στο Αμφιθέατρο 2 του Τμήματος Ιστορίας", "στην Αίθουσα Τελετών του Πανεπιστημίου Χ": a
        venue named by its kind (linking.json "venue_heads") and then, after a genitive article, a
        body's name (a body head in the singular) is a room or a building of that body; the model
        often tags the whole as one place. The owner is a body mentioned in its own right: the
        place keeps its words up to the article (linking joins the two back into the place's name),
        the body's words become an organisation. Not an owner that is itself a venue ("του Θεάτρου
        Τέχνης"), which names a building."""
        ents = list(doc.ents)
        new: list[Span] = []
        for ent in ents:
            if ent.label_ not in ("FAC", "LOC") or len(ent) < 3 or not self._venue_first(folded, ent):
                continue
            for k in range(ent.start + 1, ent.end - 1):
                if folded[k] not in _GEN_SG_ARTICLES:
                    continue
                owner = doc[k + 1:ent.end]
                if doc[k + 1].text[:1].isupper() and self._headed(folded, owner, strict=True) \
                        and not self._venue_first(folded, owner):
                    new += [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label="ORG")]
                break
        if new:
            kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)]
            doc.ents = filter_spans(kept + new)

    def _venue_first(self, folded: list[str], span: Span) -> bool:
        """Whether a span starts with a venue's kind ("Αίθουσα", "Πολιτιστικό Κέντρο"), after one
        word at most ("Μεγάλη Αίθουσα", "Κεντρική Αίθουσα")."""
        for i in (span.start, span.start + 1):
            if any(i + len(forms) <= span.end and all(folded[i + j] in forms[j] for j in range(len(forms)))
                   for forms in self.venue_phrases):
                return True
        return False

    def _seat_in_genitive(self, doc: Doc, folded: list[str]) -> None:
        """"Μικτό Ορκωτό Δικαστήριο της Άμφισσας", "Συμβούλιο της Ευρώπης": a body named with
        a place in the genitive after its head noun is one name; the place is part of it."""
        ents = [self._place_of_venue(doc, folded, e) for e in doc.ents]
        ends = {e.end: e for e in ents}
        covered = {i for e in ents for i in range(e.start, e.end)}
        new: list[Span] = []
        for b in ents:
            art = b.start - 1
            if b.label_ not in ("GPE", "LOC") or len(b) > 2 or art < 1 or folded[art] not in _GEN_SG_ARTICLES:
                continue
            a = ends.get(art)
            if a is not None and a.label_ == "ORG" and self._headed(folded, a):
                new.append(Span(doc, a.start, b.end, label="ORG"))
            elif a is None and art - 1 not in covered and doc[art - 1].text[:1].isupper() \
                    and self._headed(folded, doc[art - 1:art]):
                # "του Συμβουλίου της Ευρώπης": a capitalised head noun the model left out
                start = art - 1
                if start > 0 and start - 1 not in covered and doc[start - 1].text[:1].isupper() \
                        and _looks_modifier(folded[start - 1]):
                    start -= 1
                new.append(Span(doc, start, b.end, label="ORG"))
        kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)]
        doc.ents = filter_spans(kept + new)

    def _seat_after_own_name(self, doc: Doc, folded: list[str]) -> None:
        """"το Πανεπιστήμιο Otago της Νέας Ζηλανδίας", "το Ινστιτούτο Παστέρ της Γαλλίας": a body
        named by its head noun and a proper name of its own is named in full before the article;
        the place in the genitive after it says where the body is, its seat, a place of its own
        (as the University of Otago is in New Zealand). Where the words after the head end in a Greek
        genitive ("Υπουργείο Εξωτερικών της Κίνας", "Ινστιτούτο Χημείας της Νίκαιας") they say
        what the body serves and the place tells which one of its kind it is, part of the name,
        as where no word stands between ("Συμβούλιο της Ευρώπης"); so is the place after a name
        that is a place itself ("Πανεπιστήμιο Καλιφόρνια του Λος Άντζελες"), and after a second
        head noun, the name's own head ("Δημοτικό Συμβούλιο του Μπέρμιγχαμ")."""
        ents = list(doc.ents)
        new: list[Span] = []
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            head = next((h for h in range(ent.start, min(ent.end, ent.start + 3)) if folded[h] in self.org_heads), None)
            if head is None:
                continue
            art = next((k for k in range(head + 1, ent.end) if not _is_name_word(doc[k])), None)
            if art is None or art == head + 1 or folded[art] not in _GENITIVE_ARTICLES or not doc[art].is_lower:
                continue
            last = doc[art - 1]
            if not last.is_alpha or (greek_ratio(last.text) > 0 and folded[art - 1].endswith(_ANY_GENITIVE)) \
                    or any(self._place_at(doc, folded, j) or folded[j] in self.org_heads for j in range(head + 1, art)):
                continue  # (a head after the first is the name's own: "Δημοτικό Συμβούλιο του Μπέρμιγχαμ")
            if art + 1 + self._place_at(doc, folded, art + 1) != ent.end or art + 1 == ent.end:
                continue
            if self._known_phrase(folded[ent.start:ent.end]):
                continue  # a listed body's name is whole
            new += [Span(doc, ent.start, art, label="ORG"), Span(doc, art + 1, ent.end, label="GPE")]
        _overlay(doc, ents, new)

    def _lower_case_units(self, doc: Doc, folded: list[str]) -> None:
        """"ο δήμος Πειραιά", "η περιφέρεια Κρήτης": news style writes the head of a local
        authority in lower case, and the model then sees only the place; the head noun and
        its seat right after it (a place, in the genitive) name the authority."""
        new: list[Span] = []
        for ent in doc.ents:
            i = ent.start - 1
            # "στην περιφέρεια Αττικής" says where: the place stays a place
            if ent.label_ == "GPE" and len(ent) <= 3 and i >= 0 and folded[i] in _UNIT_HEADS \
                    and doc[i].text[:1].islower() and not (i > 0 and folded[i - 1] in _INSIDE_CUT):
                new.append(Span(doc, i, ent.end, label="ORG"))
        if new:
            kept = [e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in new)]
            doc.ents = filter_spans(kept + new)

    def _body_head_at(self, folded: list[str], i: int) -> int:
        """Length of the longest lower-case body head ("υπουργείο", "αστυνομικής διεύθυνσης")
        starting at token i, or 0."""
        if folded[i] not in self.body_head_firsts:
            return 0
        return max((n for n in range(1, min(self.body_head_len, len(folded) - i) + 1)
                    if tuple(folded[i:i + n]) in self.body_heads), default=0)

    def _lower_case_bodies(self, doc: Doc, folded: list[str]) -> None:
        """"το υπουργείο Υγείας", "στο νοσοκομείο Ρεθύμνου", "οι φυλακές Κορυδαλλού": news writes
        the head of a public body in lower case, and the model then sees a place or nothing; the
        head and the proper name right after it (its seat, its field, its own name) are one body."""
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        sents = doc.has_annotation("SENT_START")
        n = len(doc)
        new: list[Span] = []
        i = 0
        while i < n:
            m = self._body_head_at(folded, i)
            j = i + m
            own = at.get(i)
            if not m or j >= n or not doc[i].text[:1].islower() or (own is not None and own.label_ == "ORG" and (own.start < i or own.end > j)) \
                    or (sents and doc[j].is_sent_start):
                i += 1
                continue  # no head, or one inside a name the model found ("Γενική Αστυνομική Διεύθυνση Αττικής")
            nxt = at.get(j)
            end = 0
            seat = at.get(j + 1) if nxt is None and folded[j] in _GEN_ARTICLES else None
            if seat is not None and seat.start == j + 1 and self.body_heads[tuple(folded[i:j])] in self.seat_heads:
                # "η πρεσβεία της Ιταλίας": the seat stays a place, of which the organisations make
                # the body; a one-word "surname" there ("την εισαγγελία του Σαλφόρντ") is a town the
                # model did not know, and the body's name the only sure reading of it
                if seat.label_ == "PERSON" and len(seat) == 1:
                    new.append(Span(doc, i, seat.end, label="ORG"))
                i = seat.end
                continue
            if nxt is not None:
                # the name, or the head's last words and the name ("γενικού [νοσοκομείου Χανίων]")
                if i <= nxt.start <= j and nxt.label_ in ("GPE", "LOC", "ORG", "FAC", "NORP"):
                    end = nxt.end
            elif _is_name_word(doc[j]) and doc[j].is_alpha and folded[j] not in self.first_names \
                    and not self._role_len(folded, j) and not self._is_honorific(doc[j].text):
                end = j + 1
                while end < min(n, j + 6) and end not in at and not (sents and doc[end].is_sent_start) \
                        and not self._role_len(folded, end) and not self._is_honorific(doc[end].text):
                    if _is_name_word(doc[end]) and doc[end].is_alpha:
                        end += 1
                    elif folded[end] == "και" and end + 1 < n and end + 1 not in at and _is_name_word(doc[end + 1]):
                        end += 2  # "υπουργείο Παιδείας και Θρησκευμάτων"
                    else:
                        break
            if end:
                new.append(Span(doc, i, end, label="ORG"))
                i = end
            else:
                i += 1
        _overlay(doc, ents, new)

    def _units_of_bodies(self, doc: Doc, folded: list[str]) -> None:
        """"του Εργαστηρίου Εφαρμοσμένης Γεωφυσικής του ΑΠΘ", "του τμήματος Αστροφυσικής του ΑΠΘ":
        a unit head (capitalised or not) and its field, in capitals, right before a body in the
        genitive name a unit of that body; the model often tags only the body. A field may be two
        joined by "και" ("της επιτροπής Οικονομικών και Νομισματικών Υποθέσεων της Ευρωβουλής")."""
        ents = list(doc.ents)
        covered = {k for e in ents for k in range(e.start, e.end)}
        ends = {e.end: e for e in ents}
        new: list[Span] = []
        for body in ents:
            art = body.start - 1
            if body.label_ != "ORG" or art < 2 or folded[art] not in _GEN_SG_ARTICLES:
                continue
            before = ends.get(art)
            if before is not None and before.label_ in ("EVENT", "FAC", "PRODUCT", "WORK_OF_ART") \
                    and folded[before.start] in self.unit_heads and len(before) >= 2:
                # "του Εργαστηρίου Εφαρμοσμένης Γεωφυσικής του ΑΠΘ": a laboratory of a body, no workshop
                new.append(Span(doc, before.start, before.end, label="ORG"))
                continue
            start = art
            while start > 0 and art - start < 6 and start - 1 not in covered and not doc[start - 1].is_sent_start:
                if _is_name_word(doc[start - 1]) and doc[start - 1].is_alpha:
                    start -= 1
                elif folded[start - 1] == "και" and start < art and start > 1 and start - 2 not in covered \
                        and _is_name_word(doc[start - 2]) and doc[start - 2].is_alpha:
                    start -= 2  # "επιτροπής Οικονομικών και Νομισματικών Υποθέσεων": two fields
                else:
                    break
            if start == art:
                continue
            if doc[start].text[:1].isupper() and (
                    (folded[start] in self.unit_heads and art - start >= 2)
                    or (folded[start + 1] in self.unit_heads and _looks_modifier(folded[start]))):
                # "Εργαστηρίου Εφαρμοσμένης Γεωφυσικής", "Τεχνικής Υπηρεσίας"
                new.append(Span(doc, start, art, label="ORG"))
            elif start > 0 and start - 1 not in covered and doc[start - 1].is_lower \
                    and folded[start - 1] in self.unit_heads and not self.events.head_type(doc[start - 1].text):
                # (in lower case "εργαστήριο" is as often a workshop, an event)
                new.append(Span(doc, start - 1, art, label="ORG"))  # "τμήματος Αστροφυσικής"
        _overlay(doc, ents, new)

    def _lower_case_fields(self, doc: Doc, folded: list[str]) -> None:
        """"του τμήματος Αυστραλιανής Τροπικής Βοτανολογίας", "το τμήμα Εγκλημάτων κατά Ζωής":
        news writes a unit's head in lower case before its field, capitalised and in the genitive
        (inflection.json "unit_heads"); head and field name the unit, whatever follows, where the
        model saw no name there. Fields may be joined by "και" or "κατά" ("Υγείας και Ανθρώπινων
        Υπηρεσιών", "Εγκλημάτων κατά Ζωής"). The head must follow an article: after an adjective
        ("η μεγαλύτερη σχολή Μαγειρικής", "η γενική διεύθυνση Υγείας") it names a kind, or the
        adjective opens the name. Not a head that is also an event noun ("εργαστήριο", a workshop
        as often as a laboratory)."""
        ents = list(doc.ents)
        covered = {k for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        n = len(doc)
        for i in range(n - 1):
            if not doc[i].is_lower or folded[i] not in self.unit_heads or i in covered or i + 1 in covered \
                    or i < 1 or folded[i - 1] not in _ANY_ARTICLES or self.events.head_type(doc[i].text):
                continue
            nxt = doc[i + 1]
            if not (nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper and folded[i + 1].endswith(_GENITIVE)):
                continue
            end = i + 2
            while end < n and end - i <= 7 and end not in covered:
                if doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_upper:
                    end += 1
                elif folded[end] in ("και", "κατα") and end + 1 < n and end + 1 not in covered \
                        and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() and not doc[end + 1].is_upper:
                    end += 2
                else:
                    break
            new.append(Span(doc, i, end, label="ORG"))
        if new:
            doc.ents = filter_spans(ents + new)

    def _organs_of_bodies(self, doc: Doc, folded: list[str]) -> None:
        """"Η Σύγκλητος του Ιονίου Πανεπιστημίου", "το Προεδρείο της Ομοσπονδίας": a capitalised
        body head (with one capitalised modifier at most) the model left out, right before a body
        in the genitive, names an organ or a unit of that body; linking joins the two into one
        name and drops the organs every body has ("Διοικητικό Συμβούλιο")."""
        ents = list(doc.ents)
        covered = {k for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        for body in ents:
            art = body.start - 1
            head = art - 1
            if body.label_ != "ORG" or head < 0 or folded[art] not in _GEN_SG_ARTICLES or head in covered \
                    or not doc[head].text[:1].isupper() or not doc[head].is_alpha or doc[head].text.isupper():
                continue
            start = head
            if start > 0 and start - 1 not in covered and doc[start - 1].text[:1].isupper() \
                    and not doc[start - 1].is_sent_start and _looks_modifier(folded[start - 1]):
                start -= 1  # "Διαρκής Επιτροπή"
            if not (self._body_noun(doc, folded, head) or (start < head and self._organ_named_like_meeting(folded, head))):
                continue
            new.append(Span(doc, start, head + 1, label="ORG"))
        if new:
            doc.ents = filter_spans(ents + new)

    def _organ_named_like_meeting(self, folded: list[str], head: int) -> bool:
        """"η Γενική Συνέλευση του ΟΗΕ", "της Κοινοβουλευτικής Συνέλευσης του ΟΑΣΕ": a body head that also names a meeting (events.tsv) names an organ when it stands in the
        singular after a capitalised modifier and before a body in the genitive, as the organs
        :meth:`_organs_of_bodies` finds do; alone ("η συνέλευση", "στο εργαστήριο") it stays the
        meeting, and a programme or a prize stays no body."""
        word = folded[head]
        return word in self.org_heads and not word.startswith(_NOT_BODY_STEMS) \
            and any(slot.endswith("_sg") for entry in self.org_heads[word] for slot in entry.slots)

    def _match_results(self, doc: Doc) -> None:
        """"Ηρακλής - Κομοτηνή 3-0": the two names on either side of a dash before a score are
        teams, clubs named after their town ("Κομοτηνή") or a person ("Απόλλων") included."""
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        n = len(doc)
        for i, tok in enumerate(doc):
            if _SCORE.match(tok.text) or tok.is_digit and len(tok.text) <= 3 and i + 2 < n and doc[i + 1].text in _DASHES \
                    and doc[i + 2].is_digit and len(doc[i + 2].text) <= 3:
                score = i
            else:
                continue
            if score in at:
                continue  # "2-3 ώρες": a duration, a quantity
            right = self._team_before(doc, at, score)
            if right is None or right.start < 2 or doc[right.start - 1].text not in _DASHES:
                continue
            left = self._team_before(doc, at, right.start - 1)
            if left is None:
                continue
            new += [Span(doc, x.start, x.end, label="ORG") for x in (left, right) if x.label_ != "ORG"]
        _overlay(doc, ents, new)

    def _joined_fixtures(self, doc: Doc, folded: list[str]) -> list[str]:
        """"Ποσειδώνας-Κεραυνός 73-68", "Ερυθρός Αετός-Λευκός Πύργος 93-63": a results line often
        writes the dash between the two teams with no spaces, and the tokenizer keeps the two names
        one word, which no rule can tag in part. Before a score, such a word of two capitalised
        halves is split at the dash and each side is a team: the right one runs over the
        capitalised words up to the score, the left one back to where the model's entity over the
        word starts (or is the left half alone). Returns the folded words of the new tokens."""
        n = len(doc)
        found: list[tuple[int, int, int, int]] = []  # (word, its dash's offset, first left word, score)
        for s in range(2, n):
            if not _SCORE.match(doc[s].text):
                continue
            j = s - 1
            while j > 0 and s - j <= 2 and _JOINED_SIDES.match(doc[j].text) is None \
                    and doc[j].is_alpha and doc[j].text[:1].isupper():
                j -= 1
            m = _JOINED_SIDES.match(doc[j].text)
            if m is None or not (m.group(1)[:1].isupper() and m.group(2)[:1].isupper()) \
                    or doc[j].ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
                continue
            first = j
            if doc[j].ent_type_ and not doc[j].ent_iob_ == "B":
                first = next(e.start for e in doc.ents if e.start <= j < e.end)
            if any(not (doc[k].is_alpha and doc[k].text[:1].isupper()) for k in range(first, j)):
                first = j
            found.append((j, m.end(1), first, s))
        if not found:
            return folded
        split = {j for j, _, _, _ in found}
        starts = _sentence_starts(doc, {j: 2 for j in split})
        with doc.retokenize() as retok:
            for j, cut, _, _ in found:
                word = doc[j]
                parts = [word.text[:cut], word.text[cut], word.text[cut + 1:]]
                # (the right side takes the word's place in the parse; the left side and the dash hang on it)
                head = word.head if word.head.i not in split else (word, 2)
                retok.split(word, parts, heads=[(word, 2), (word, 2), head],
                            attrs={"DEP": ["nmod", "punct", word.dep_ or "dep"]})
        # (a split recounts the sentences from the parse: keep ours; spaCy's stubs want Ints2d)
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]
        ents = list(doc.ents)
        new: list[Span] = []
        for shift, (j, _, first, s) in enumerate(found):
            j, s = j + 2 * shift, s + 2 * (shift + 1)  # (each earlier split added two tokens)
            first = first + 2 * shift
            new += [Span(doc, first, j + 1, label="ORG"), Span(doc, j + 2, s, label="ORG")]
        kept = [e for e in ents if not any(e.start < x.end and x.start < e.end for x in new)]
        doc.ents = filter_spans(kept + new)
        return [fold(t.text) for t in doc]

    def _standings(self, doc: Doc, folded: list[str]) -> list[str]:
        """"1. Ποσειδώνας 40 2. Κεραυνός 38 3. Λαμπηδόνα 30": in a report of games, three or more rows
        numbered one after another, each a name of up to three capitalised words and then its
        figures, are a table of teams, clubs named after their town or a person included. Not a
        table where a row's name is a person the model gives a first name or two words (scorers),
        nor one with no row the model already took for a body. A row number written onto its name
        ("5.Αετός") is split off first. Returns the folded words of the new tokens."""
        if not sports_report(doc, self.sport_stems):
            return folded
        glued = [t for t in doc if _GLUED_ROW.match(t.text)]
        if glued and sum(1 for t in doc if _ROW_NUMBER.match(t.text)) >= 2:
            at = {t.i for t in glued}
            starts = _sentence_starts(doc, {i: 1 for i in at})
            with doc.retokenize() as retok:
                for t in glued:
                    cut = len(_GLUED_ROW.match(t.text).group(1))  # type: ignore[union-attr]
                    retok.split(t, [t.text[:cut], t.text[cut:]], heads=[(t, 1), t.head if t.head.i not in at else (t, 1)],
                                attrs={"DEP": ["nummod", t.dep_ or "dep"]})
            doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # spaCy's stubs want Ints2d
            folded = [fold(t.text) for t in doc]
        n = len(doc)
        rows: list[tuple[int, int, int]] = []  # (number, first word, end of the name)
        for i in range(n - 2):
            m = _ROW_NUMBER.match(doc[i].text)
            if m is None:
                continue
            end = i + 1
            while end < n and end - i <= 3 and doc[end].is_alpha and doc[end].text[:1].isupper():
                end += 1
            if end > i + 1 and end < n and (doc[end].like_num or _SIGNED_CHANGE.match(doc[end].text) is None
                                            and doc[end].text[:1].isdigit()):
                rows.append((int(m.group(1)), i + 1, end))
        tables: list[list[tuple[int, int, int]]] = []
        for row in rows:
            if tables and row[0] == tables[-1][-1][0] + 1 and row[1] - tables[-1][-1][2] <= 8:
                tables[-1].append(row)
            else:
                tables.append([row])
        ents = list(doc.ents)
        new: list[Span] = []
        for table in tables:
            if len(table) < 3:
                continue
            spans = [doc[a:b] for _, a, b in table]
            over = [[e for e in ents if e.start < x.end and x.start < e.end] for x in spans]
            if not any(e.label_ == "ORG" for es in over for e in es) or any(
                    e.label_ == "PERSON" and (len(e) > 1 or fold(e[0].text) in self.first_names)
                    for es in over for e in es):
                continue
            new += [Span(doc, x.start, x.end, label="ORG") for x in spans]
        _overlay(doc, ents, new)
        return folded

    def _fixtures(self, doc: Doc, folded: list[str]) -> None:
        """"η αναμέτρηση Αταλάντα – Μπάρι", "στο Πανιώνιος – Άρης", "στο ζευγάρι Χ (Αυστρία) - Ψ
        (Πολωνία)": in a report of games, two names joined by a dash after a word for a game
        or a neuter article (the game's: "το ματς") are its two sides, a fixture, even with no score;
        a place named so is a club named after its town."""
        ents = list(doc.ents)
        if len(ents) < 2 or not sports_report(doc, self.sport_stems):
            return
        starts = {e.start: k for k, e in enumerate(ents)}
        sides: set[int] = set()
        for k, left in enumerate(ents):
            if left.label_ not in _SIDE_LABELS or len(left) > 3 or left.start == 0:
                continue
            j = left.end
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
                j += 3  # "Χ (Αυστρία)": the country of a club abroad
            if j >= len(doc) or doc[j].text not in _DASHES or j + 1 not in starts:
                continue
            r = starts[j + 1]
            right = ents[r]
            before = folded[left.start - 1]
            if right.label_ not in _SIDE_LABELS or len(right) > 3 or (left.label_ == "ORG" and right.label_ == "ORG") \
                    or not (before in self.game_nouns or before in _GAME_ARTICLES) \
                    or not all(x.label_ in ("ORG", "NORP") or self._team_candidate(doc, folded, x) for x in (left, right)):
                continue
            sides.update((k, r))
        if sides:
            doc.ents = [Span(doc, e.start, e.end, label="ORG") if k in sides else e for k, e in enumerate(ents)]

    def _first_name_clubs(self, doc: Doc, folded: list[str]) -> None:
        """"ΑΕΚ - Άρης 2-1", "η ΑΕΚ υποδέχεται τον Άρη", "κέρδισε τον Ηρακλή": a report of a game
        names its people by surname or in full, never by a first name alone, so there a first name
        alone that names a listed club ("Άρης Θεσσαλονίκης", organisations.tsv "club") is the club,
        whatever the model read (a person, a place, nothing). Not where a capitalised word follows
        (a person's surname, or the club's town, which the known names take), nor where the text
        gives a person that first name ("ο Άρης Παπαδόπουλος")."""
        if not self.first_name_clubs or not any(f in self.first_name_clubs for f in folded) \
                or not sports_report(doc, self.sport_stems):
            return
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        def nominatives(f: str) -> set[str]:
            return {fold(x.nominative) for x in self.first_names.get(f, ())}

        given = {n for e in ents if e.label_ == "PERSON" and len(e) > 1 for n in nominatives(folded[e.start])}
        new: list[Span] = []
        for i, tok in enumerate(doc):
            if folded[i] not in self.first_name_clubs or nominatives(folded[i]) & given or not tok.text[:1].isupper() \
                    or tok.text.isupper() or (i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()):
                continue
            e = at.get(i)
            if e is None or (len(e) == 1 and e.label_ != "ORG"):
                new.append(Span(doc, i, i + 1, label="ORG"))
        _overlay(doc, ents, new)

    def _club_form_at(self, doc: Doc, i: int) -> int:
        """The index after a club's form at token ``i`` ("ΑΟ", "Γ.Σ." or "Γ.Σ" and the period the
        tokenizer split off), or ``i`` where none stands there."""
        text = doc[i].text
        if not text.isupper() or text.replace(".", "") not in self.club_forms \
                or ("." in text and not re.fullmatch(r"(?:\w\.)+\w\.?", text)):
            return i
        if not text.endswith(".") and "." in text and i + 1 < len(doc) and doc[i + 1].text == "." \
                and not doc[i].whitespace_:
            return i + 2
        return i + 1

    def _glued_club_forms(self, doc: Doc, folded: list[str]) -> list[str]:
        """"Μ.Γ.Σ.Εθνικός", "Γ.Α.Σ.Παμβοχαϊκός": a club's dotted form of three letters or more
        written onto the name after it is split off, so the club is named by its form and words
        ("_club_form_names"). Two letters are not split: a person's two initials on a surname look
        the same ("Κ.Α.Παπαδόπουλος", "Α.Σ.Νικολάου"), and no one writes three. Returns the folded
        words of the new tokens."""
        if not _GLUED_FORM_IN_TEXT.search(doc_text(doc)):
            return folded  # no word of the text can match: no pass over the words
        glued = [(t, len(m.group(1))) for t in doc if (m := _GLUED_FORM.match(t.text))
                 and m.group(1).replace(".", "") in self.club_forms and t.text[len(m.group(1)):].istitle()]
        if not glued:
            return folded
        at = {t.i for t, _ in glued}
        starts = _sentence_starts(doc, {i: 1 for i in at})
        with doc.retokenize() as retok:
            for t, cut in glued:
                # (the name takes the word's place in the parse; the form hangs on it)
                retok.split(t, [t.text[:cut], t.text[cut:]], heads=[(t, 1), t.head if t.head.i not in at else (t, 1)],
                            attrs={"DEP": ["compound", t.dep_ or "dep"]})
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # spaCy's stubs want Ints2d
        return [fold(t.text) for t in doc]

    def _club_form_names(self, doc: Doc, folded: list[str], caps: _CapsLines) -> None:
        """"ο ΑΟ Παλαιού Φαλήρου", "του Α.Ο. Αγίου Στεφάνου", "η ΚΑΕ Ολυμπιακός", "του ΓΣ
        «Δωδεκάνησος»": the short form of a Greek club (Αθλητικός Όμιλος, Γυμναστικός Σύλλογος,
        ΠΑΕ: linking.json "club_forms") before up to three capitalised words names that club, form
        included, whatever the model made of the words (a place, a person, nothing) or of the form's
        period (a sentence's end). A form after a capitalised word closes a name ("Παναθηναϊκός
        Α.Ο."), and so does one a hyphen joins to the word before ("ΣΥΡΙΖΑ-Π.Σ.": one compound
        name); a first name ends it ("του ΤΑΑ Γιάννης Χ": the person who speaks for the club), but
        one a listed club bears; a line or a text in capitals has no names to tell ("ΑΣ ΜΗΝ ..."), nor
        does a list of games that glues a name to the other side's with a dash ("ΑΠΣ Ναυάρχου
        Βότση-ΑΓΣ Άρτεμις": where the first name ends is not told)."""
        if caps.shouting:
            return
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        i = 0
        while i < len(doc):
            j = self._club_form_at(doc, i)
            if j == i or (i > 0 and _is_name_word(doc[i - 1]) and doc[i - 1].is_alpha
                          and folded[i - 1] not in _ANY_ARTICLES) \
                    or (i > 1 and doc[i - 1].text in _DASHES and not doc[i - 2].whitespace_
                        and not doc[i - 1].whitespace_):
                i += 1
                continue
            while j < len(doc) and (k := self._club_form_at(doc, j)) > j:
                j = k  # "ΠΑΕ Α.Ο. Κορίνθου", "ΤΑΑ ΜΓΣ Αστραπή"
            quoted = j < len(doc) and doc[j].text == "«"
            end = start = j + quoted
            while end < len(doc) and end - start < 3 and doc[end].is_alpha and _is_name_word(doc[end]) \
                    and folded[end] not in _ANY_ARTICLES and folded[end] not in _NAME_LINKS:
                if folded[end] in self.first_names and end + 1 < len(doc) and _is_name_word(doc[end + 1]) \
                        and doc[end + 1].is_alpha and not (end == start and folded[end] in self.first_name_clubs):
                    break  # a person's first name and surname
                end += 1
            if end < len(doc) and _JOINED_NAMES.match(doc[end].text):
                # "ΑΠΣ Ναυάρχου Βότση-ΑΓΣ Άρτεμις": a list of games joins the name to the other
                # side's with a dash and no space, so where the name ends is not told
                i = j
                continue
            if quoted and end < len(doc) and doc[end].text == "»":
                end += 1
            elif end > start and end < len(doc) and doc[end].text.replace(".", "") in self.club_forms \
                    and doc[end].text.isupper():
                end += 1  # "της ΠΑΕ Κεραυνός Α.Ο.": the form written after the name as well
            span = Span(doc, i, end, label="ORG")
            if end == start or caps.contains(span) \
                    or any(e.start < i or e.end > end or (e.label_ == "ORG" and e.start == i and e.end == end)
                           for e in {at[k] for k in range(i, end) if k in at}):
                i = j
                continue
            new.append(span)
            i = end
        _overlay(doc, ents, new)

    def _clubs_after_members(self, doc: Doc, folded: list[str]) -> None:
        """"ως παίκτη στην Κλάιντ", "προπονητής στον Πανιώνιο": a club member's noun and "σε" with its
        article before a one-word name the model took for a person: one plays or coaches at a club,
        never at a person, so the name is the club's (the team cues then take the names listed
        with it: "στην Κλάιντ, Χάρτλπουλ και Φόλκερκ")."""
        _relabel(doc, list(doc.ents), lambda e: e.start >= 2 and folded[e.start - 1] in _PLACE_ARTICLES
                 and folded[e.start - 2] in self.club_members and self._team_candidate(doc, folded, e)
                 and e.label_ == "PERSON", "ORG")

    def _team_cues(self, doc: Doc, folded: list[str]) -> None:
        """"νίκησε 2-0 τη Σουηδία", "κόντρα στη Δανία", "στο ματς με την Ξάνθη", "ο προπονητής του
        Πανιωνίου", "η Κροατία προκρίθηκε": in a sentence about a game (a score or a word of sport
        in it), a name the model took for a place, or for a person when it is one word and no first
        name, is a team where the wording makes it one side of the game; so is a place or a
        capitalised word joined by "και" or a comma to a team or a body, and, in the document's
        other sentences about a game, a name of the same stem as a team so found (not after "σε":
        "στη Λάρισα" says where)."""
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        sport = [s for s in sents if any(_SCORE.match(doc[k].text) or folded[k].startswith(self.sport_stems)
                                         for k in range(s.start, s.end))]
        if not sport:
            return
        ents = self._club_and_town(doc, folded, list(doc.ents), sport)
        teams: set[int] = set()  # indices in ents
        for sent in sport:
            a, b = sent.start, sent.end
            scored = any(_SCORE.match(doc[k].text) for k in range(a, b))
            inside = [k for k, e in enumerate(ents) if a <= e.start and e.end <= b]
            for k in inside:
                e = ents[k]
                if not self._team_candidate(doc, folded, e):
                    continue
                if e.label_ == "PERSON":
                    # a player or a coach wins and loses games too: only a team has players
                    cue = (e.start >= a + 2 and folded[e.start - 1] in _GEN_SG_ARTICLES and folded[e.start - 2] in self.team_owners) \
                        or (len(folded[e.start]) >= 7 and folded[e.start].endswith(_CLUB_ADJECTIVES))
                else:
                    cue = self._team_cue_before(doc, folded, e.start, a, scored) or self._team_cue_after(folded, e.end, b, scored)
                if cue:
                    teams.add(k)
            # a list of sides: "ΠΑΟΚ και Ξάνθη", "Μακάμπι, ΤΣΣΚΑ Μόσχας και Μπαρτσελόνα"
            changed = True
            while changed:
                changed = False
                for x, y in pairwise(inside):
                    ex, ey = ents[x], ents[y]
                    if ey.start - ex.end != 1 or folded[ex.end] not in ("και", ","):
                        continue
                    for k, other in ((x, y), (y, x)):
                        if (other in teams or ents[other].label_ == "ORG") and k not in teams \
                                and ents[k].label_ != "ORG" and self._team_candidate(doc, folded, ents[k]):
                            teams.add(k)
                            changed = True
        # in a report of games the rest of the text speaks of the same games: "οι οπαδοί της Χ" (fans
        # are a club's, never a town's) in any sentence
        if sports_report(doc, self.sport_stems):
            teams.update(k for k, e in enumerate(ents) if e.label_ in ("GPE", "LOC") and e.start >= 2
                         and folded[e.start - 1] in _GEN_SG_ARTICLES and folded[e.start - 2] in self.fans
                         and self._team_candidate(doc, folded, e))
        stems = {_name_stem(folded[ents[k].start]) for k in teams}
        for sent in sport:
            for k, e in enumerate(ents):
                if k not in teams and sent.start <= e.start and e.end <= sent.end and e.label_ in ("GPE", "LOC", "PERSON") \
                        and _name_stem(folded[e.start]) in stems and len(e) <= 3 \
                        and not (e.start > 0 and folded[e.start - 1] in _PLACE_ARTICLES | {"σε"}):
                    teams.add(k)
        if not teams:
            if ents != list(doc.ents):
                doc.ents = ents
            return
        out = []
        for k, e in enumerate(ents):
            if k not in teams:
                out.append(e)
                continue
            start = e.start
            if start > 0 and folded[start - 1] in self.national and doc[start - 1].is_lower:
                start -= 1  # "στην εθνική Σουηδίας"
            out.append(Span(doc, start, e.end, label="ORG"))
        doc.ents = filter_spans(out)

    def _clubs_by_grammar(self, doc: Doc, folded: list[str]) -> None:
        """A foreign club's name in its Greek form. "των Μπουλς", "τους Λέικερς": a group's name the
        model took for a nationality that ends in a consonant and "ς", an English plural no Greek
        word of a people has ("Γάλλοι", "Αμερικανών"), names a team or a band. "στην β' ομάδα της
        Μονακό", "της ουγγρικής Έγκερ": in a report of a game, a one-word name after a feminine
        article (and at most one feminine adjective) whose ending no feminine noun has in that case
        is no town, which is neuter ("το Μονακό"), but a club abroad, which takes the gender of
        "ομάδα"; a place after "σε" says where ("στη Λεμεσό"); a name the model took for a person,
        in up to three words ("τη Σέφιλντ Γιουνάιτεντ", "η Τουλούζ"), is a club only in a text that
        speaks of teams ("ομάδα", "συμπαίκτες": a woman is called "η Τζόνσον" too, and a report of
        a game of singles names its player "η Κέρμπερ"), and never when a word of it is a first
        name (a woman's, Greek or foreign, when it starts the name) or the text gives it in another
        person's full name."""
        ents = list(doc.ents)
        clubs: set[int] = {k for k, e in enumerate(ents) if e.label_ == "NORP" and _ENGLISH_PLURAL.search(folded[e.end - 1])
                           and doc[e.end - 1].text[:1].isupper()}
        if any(e.label_ in ("GPE", "LOC") and len(e) == 1 or e.label_ == "PERSON" and len(e) <= 3 for e in ents) \
                and sports_report(doc, self.sport_stems):
            full = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
            teams = any(f in self.team_nouns for f in folded)  # the text speaks of teams
            for k, e in enumerate(ents):
                i = e.start
                words = range(i, e.end)
                if e.label_ not in ("GPE", "LOC", "PERSON") or len(e) > (3 if e.label_ == "PERSON" else 1) or i == 0 \
                        or not all(doc[t].is_alpha and doc[t].text[:1].isupper() and not doc[t].text.isupper()
                                   and greek_ratio(doc[t].text) == 1 and folded[t] not in self.first_names for t in words):
                    continue
                # a word of the name in another name the text gives a person ("Αμιάν" in "Ζαν Αμιάν"), or
                # a woman's given name before a surname ("η Βιολέτα Ντράγκοβα")
                if any(x.start != i and folded[x.start] != folded[i] and folded[t] in folded[x.start:x.end]
                       for x in full for t in words) or len(e) > 1 and (
                        (g := foreign_first_name(doc[i].text)) is not None and g.gender in ("f", "u")):
                    continue
                j = i - 1
                if j > 0 and doc[j].is_lower and _looks_modifier(folded[j]) and folded[j].endswith(("η", "ησ", "α", "ασ")):
                    j -= 1  # "της ουγγρικής Έγκερ"
                last = folded[e.end - 1][-1]
                if folded[j] in self.club_articles["genitive"]:
                    odd = last in _NOT_FEMININE_ENDS or last == "ο"
                elif folded[j] in self.club_articles["other"] \
                        or (folded[j] in self.club_articles["locative"] and e.label_ == "PERSON"):
                    odd = last in _NOT_FEMININE_ENDS
                else:
                    odd = False
                if not odd:
                    continue
                # (not any word of sport: "ο αγώνας με την Κέρμπερ" in a report of a tennis match)
                if e.label_ != "PERSON" or teams:
                    clubs.add(k)
        if clubs:
            doc.ents = [Span(doc, e.start, e.end, label="ORG") if k in clubs else e for k, e in enumerate(ents)]

    def _clubs_after_roles(self, doc: Doc, folded: list[str]) -> None:
        """"ο πρόεδρος της Τουλούζ", "ο αθλητικός διευθυντής της Χάμαρμπι", "ο πρώην προπονητής της
        Αλόα Αθλέτικ": in a report of a game, a name the model took for a person (up to three words)
        right after a role of the roles lexicon (a club's officers and members) and the feminine
        genitive article, with at most one feminine adjective between ("της σουηδικής Χ"), is the
        body the role is held in: a club abroad, which takes the gender of "ομάδα", when its last
        word ends as no feminine noun does in the genitive (a consonant but "ς", "-ι", "-ε", "-ο";
        or an English plural, "της Λιντς"). A woman's surname may end so ("ο προπονητής της
        Κέρμπερ"): never a name with a known first name, nor one whose words the text gives in a
        person's full name. The masculine genitive may be a person ("ο σύμβουλος του Χ"): left to
        the team cues. Run before the role matcher, which then takes the club into the role."""
        ents = list(doc.ents)
        if not any(e.label_ == "PERSON" for e in ents) or not sports_report(doc, self.sport_stems):
            return
        named: dict[str, set[int]] = {}  # a word's stem -> the starts of the full names holding it
        for e in ents:
            if e.label_ == "PERSON" and len(e) > 1:
                for t in range(e.start, e.end):
                    named.setdefault(_name_stem(folded[t]), set()).add(e.start)
        clubs: set[int] = set()
        for k, e in enumerate(ents):
            if e.label_ != "PERSON" or len(e) > 3 or e.start < 2:
                continue
            j = e.start - 1
            if doc[j].is_lower and _looks_modifier(folded[j]) and folded[j].endswith(("ησ", "ασ")):
                j -= 1  # "της σουηδικής Χ"
            if j < 1 or folded[j] not in self.club_articles["genitive"] or not doc[j].is_lower \
                    or not self._role_ends_at(folded, j):
                continue
            words = range(e.start, e.end)
            if not all(doc[t].is_alpha and doc[t].text[:1].isupper() and not doc[t].text.isupper()
                       and greek_ratio(doc[t].text) == 1 for t in words):
                continue
            if any(folded[t] in self.first_names or named.get(_name_stem(folded[t]), set()) - {e.start}
                   for t in words):
                continue
            last = folded[e.end - 1]
            if last[-1] in _NOT_FEMININE_ENDS or last[-1] == "ο" or _ENGLISH_PLURAL.search(last):
                clubs.add(k)
        if clubs:
            doc.ents = [Span(doc, e.start, e.end, label="ORG") if k in clubs else e for k, e in enumerate(ents)]

    def _company_cues(self, doc: Doc, folded: list[str], caps: _CapsLines) -> None:
        """"η Samsung", "τη Forthnet", "την Hellas Sat": a Latin-script name after a feminine
        article is a company (the article agrees with "εταιρεία") where the model saw a product, a
        work, nothing, or a person in one word ("της Deloitte" too after a noun, not after an adjective,
        where "της" is a possessive: "το σημερινό της X"); "ο όμιλος Χ", "η θυγατρική της Χ", "οι
        μετοχές της Χ": a name right after a company noun, or owned by one, is a company too."""
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        n = len(doc)
        new: list[Span] = []
        i = 0
        while i < n - 1:
            j = i + 1
            if folded[i] in self.company_nouns and doc[i].is_lower:
                if folded[j] in _GEN_SG_ARTICLES:
                    j += 1  # "η θυγατρική της Χ"
                latin_only = False
            elif (folded[i] in _FEMININE_NOM_ACC_ARTICLES or (folded[i] == "τησ" and i > 0 and not self._possessive_at(doc, folded, i))) \
                    and not doc[i].text[1:].isupper():
                # (not "της" after an adjective, a possessive: "το σημερινό της X"; after a noun the
                # article of a genitive: "η έκθεση της Deloitte", "το εμβόλιο της Pfizer")
                latin_only = True
            else:
                i += 1
                continue
            end = j
            while end < min(n, j + 3) and doc[end].text[:1].isupper() and any(c.isalpha() for c in doc[end].text) \
                    and not doc[end].is_punct and (not latin_only or greek_ratio(doc[end].text) < 0.5) \
                    and not (end > j and doc[end].is_sent_start):
                end += 1
            # (a name with digits is a model or a disease: "η Covid-19"; one before a year an edition
            # of an event: "στο πλαίσιο της Biennale 2018")
            if end == j or sum(c.isalpha() for c in doc[j:end].text) < 2 or folded[j] in self.first_names \
                    or any(c.isdigit() for c in doc[j:end].text) \
                    or (latin_only and greek_ratio(doc[j:end].text) > 0) \
                    or (latin_only and end < n and _YEAR.fullmatch(doc[end].text) is not None):
                i += 1
                continue
            own = {id(at[k]): at[k] for k in range(j, end) if k in at}
            if own:
                e = next(iter(own.values()))
                # the model's span must be the name itself, of a kind a company is taken for
                if len(own) > 1 or e.start != j or e.end > end or e.label_ not in _COMPANY_AS \
                        or (e.label_ == "PERSON" and len(e) > 1):
                    i += 1
                    continue
                end = e.end
            span = Span(doc, j, end, label="ORG")
            if not caps.contains(span):  # a headline in capitals: checked against the body elsewhere
                new.append(span)
            i = end
        _overlay(doc, ents, new)

    def _legal_form_names(self, doc: Doc, folded: list[str]) -> None:
        """"η Μαυρίδης ΑΕ", "Αφοί Καραμπέτσου Α.Ε.": capitalised words before a company's legal
        form in capitals name a company, whatever the model took them for (a person, a place)."""
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        for i, tok in enumerate(doc):
            if i == 0 or not tok.text[:1].isupper() or tok.text[1:].islower() \
                    or folded[i].replace(".", "") not in self.legal_abbreviations:
                continue
            own = at.get(i)
            if own is not None and own.label_ == "ORG" and len(own) > 1:
                continue  # "Τεχνική Βορείου ΕΠΕ": the model's name holds the form
            if own is not None and own.start < i:
                start = own.start  # "Μαυρίδης ΑΕ" tagged a person as a whole
            else:
                # back over capitalised words, and over the names the model tagged as something
                # else than a body ("Λιβανός Μελέτες ΙΚΕ", a place and a word)
                start = i
                while start > 0 and i - start < 4 and not doc[start].is_sent_start:
                    prev = at.get(start - 1)
                    if prev is not None and prev.label_ in _COMPANY_AS | {"GPE", "LOC"} and i - prev.start <= 4:
                        start = prev.start
                    elif prev is None and _is_name_word(doc[start - 1]) and doc[start - 1].is_alpha \
                            and folded[start - 1] not in _ARTICLES:
                        start -= 1
                    else:
                        break
            if start == i:
                continue
            new.append(Span(doc, start, i + 1, label="ORG"))
        _overlay(doc, ents, new)

    def _latin_legal_form_names(self, doc: Doc) -> None:
        """"White & Case LLP", "Uber Technologies Inc", "eBay Inc": Latin-script words, each with a
        capital, before a company's legal form written after them (linking.json "latin_legal_forms")
        are one company's name, the form its last word, whatever the model made of its pieces (the
        first word alone, a product, nothing); "&", "and", "of" may join them."""
        text = doc_text(doc)
        if not any(form in text for form in self.latin_legal_forms):
            return  # no word can be a legal form: no pass over the words
        new: list[Span] = []
        for i, tok in enumerate(doc):
            if i == 0 or tok.text not in self.latin_legal_forms:
                continue
            start = i
            while start > 0 and i - start < 5 and not doc[start].is_sent_start and doc[start - 1].whitespace_:
                word = doc[start - 1].text
                if (word in _LATIN_JOINS and start < i) or (
                        word.isalnum() and greek_ratio(word) == 0 and any(c.isupper() for c in word)
                        and not word.isdigit()):
                    start -= 1
                else:
                    break
            while start < i and doc[start].text in _LATIN_JOINS:
                start += 1
            if start < i:
                new.append(Span(doc, start, i + 1, label="ORG"))
        if new:
            kept = [e for e in doc.ents if not any(e.start < x.end and x.start < e.end for x in new)]
            doc.ents = filter_spans(kept + new)

    def _share_moves(self, doc: Doc, folded: list[str]) -> None:
        """"οι μετοχές της Ορεινής (+2,31% στα 4,05 ευρώ)", "κέρδισαν οι μετοχές: Ζέφυρος +8,12%,
        Υφαντήρια Λευκάδας -6,40%": in a market report a name given with its signed change in per cent,
        in a clause about shares, is a listed company, whatever the model took it for (a place, a
        person, nothing); in a clause about indices ("οι δείκτες των Ναυτιλιακών (+0,84%), των
        Χημικών (+2,15%)") it is a sector, no body."""
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        sectors: set[int] = set()
        for i, tok in enumerate(doc):
            if not _SIGNED_CHANGE.match(tok.text) or i == 0:
                continue
            j = i - 1 if doc[i - 1].text == "(" else i
            start = j
            while start > 0 and j - start < 3 and not doc[start].is_sent_start and _is_name_word(doc[start - 1]) \
                    and folded[start - 1] not in _ARTICLES:
                start -= 1
            own = at.get(j - 1)
            if own is not None and own.end == j and own.start < start and j - own.start <= 3:
                start = own.start  # "Coca Cola HBC" as the model found it
            if start == j:
                continue
            clause = next((f for f in reversed(folded[max(0, start - 40):start]) if f.startswith(self.market_stems)), "")
            if clause.startswith(self.share_stems):
                new.append(Span(doc, start, j, label="ORG"))
            elif clause:
                sectors.update(k for k, e in enumerate(ents) if e.label_ == "ORG" and e.start == start and e.end == j)
        if new or sectors:
            kept = [e for k, e in enumerate(ents) if k not in sectors
                    and not any(e.start < x.end and x.start < e.end for x in new)]
            doc.ents = filter_spans(kept + new)

    @staticmethod
    def _club_and_town(doc: Doc, folded: list[str], ents: list[Span], sport: list[Span]) -> list[Span]:
        """"Μακάμπι Τελ Αβίβ", "Εθνικός Αλεξανδρούπολης": in a sentence about a game, a body the
        model found right before a place in its name (with capitalised words between that it left
        out) is a club named with its town; the place belongs to the name."""
        starts = {e.start: k for k, e in enumerate(ents)}
        out: list[Span] = []
        skip: set[int] = set()
        for k, e in enumerate(ents):
            if k in skip:
                continue
            if e.label_ == "ORG" and any(s.start <= e.start and e.end <= s.end for s in sport):
                j = e.end
                while j < len(doc) and j not in starts and j - e.end < 2 and _is_name_word(doc[j]) and doc[j].is_alpha:
                    j += 1
                nxt = starts.get(j)
                if nxt is not None and ents[nxt].label_ == "GPE" and len(ents[nxt]) <= 2 \
                        and bool(doc[e.end - 1].whitespace_) and not any(doc[t].is_sent_start for t in range(e.end, j + 1)):
                    out.append(Span(doc, e.start, ents[nxt].end, label="ORG"))
                    skip.add(nxt)
                    continue
            out.append(e)
        return out

    def _team_candidate(self, doc: Doc, folded: list[str], ent: Span) -> bool:
        """A place, or a one-word name that is no first name: what a team is often taken for."""
        if ent.label_ in ("GPE", "LOC"):
            return len(ent) <= 3 and not any(f in self.org_heads for f in folded[ent.start:ent.end])
        return ent.label_ == "PERSON" and len(ent) == 1 and folded[ent.start] not in self.first_names \
            and doc[ent.start].text[:1].isupper()

    def _team_cue_before(self, doc: Doc, folded: list[str], i: int, a: int, scored: bool) -> bool:
        """Whether the words before token i make the name there one side of a game."""
        if i - 1 >= a and folded[i - 1] in self.national and doc[i - 1].is_lower:
            return True  # "στην εθνική Νορβηγίας"
        j = i - 1
        if j >= a and folded[j] in _SIDE_ARTICLES:
            j -= 1
        if j < a:
            return False
        w = folded[j]
        prev = folded[j - 1] if j - 1 >= a else ""
        if w in _PLACE_ARTICLES:  # "κόντρα στη Δανία", "απέναντι στον Άρη"
            return prev in ("κοντρα", "απεναντι")
        if w in _GEN_SG_ARTICLES:  # "ο προπονητής του Πανιωνίου", "1-0 επί της Ελβετίας"
            return prev in self.team_owners or (prev == "επι" and scored)
        if w == "με":  # "στο ματς με την Ξάνθη", "αγώνες με Φοίνικα και Εθνικό"
            return prev in self.game_nouns or (scored and j - 1 >= a and bool(_SCORE.match(doc[j - 1].text)))
        if w == "απο":  # "η ήττα από το Μεξικό", "έχανε 3-0 από τη Σουηδία"
            return prev in self.defeats or (scored and (prev in self.lose_verbs or (
                bool(_SCORE.match(doc[j - 1].text)) and j - 2 >= a and folded[j - 2] in self.lose_verbs)))
        if folded[i - 1] in _SIDE_ARTICLES and scored:  # "νίκησε 2-0 τη Σουηδία", "νικώντας την Κροατία"
            k = j - 1 if _SCORE.match(doc[j].text) else j
            return k >= a and folded[k] in self.win_verbs
        return False

    def _team_cue_after(self, folded: list[str], end: int, b: int, scored: bool) -> bool:
        """Whether the verb after a name makes it a side of a game ("η Κροατία προκρίθηκε")."""
        if end + 1 < b and folded[end] == "," and folded[end + 1] == "που":
            end += 2  # "ο Πανιώνιος, που νικά ..."
        if end >= b:
            return False
        w = folded[end]
        return w in self.side_verbs or (scored and (w in self.win_verbs or w in self.lose_verbs))

    @staticmethod
    def _team_before(doc: Doc, at: dict[int, Span], end: int) -> Span | None:
        """The name the model found that ends right before ``end`` (a bare word stays as it is:
        its nominative is not to be guessed here)."""
        ent = at.get(end - 1)
        return ent if ent is not None and ent.end == end and ent.label_ in ("ORG", "GPE", "LOC", "PERSON", "NORP") \
            else None

    def _place_of_venue(self, doc: Doc, folded: list[str], ent: Span) -> Span:
        """"στην κεντρική πλατεία της Δίβρης": a one-word name with no body head after a venue
        noun (square, harbour, beach) in the genitive is where the venue is, a place."""
        i = ent.start
        if ent.label_ == "ORG" and len(ent) == 1 and i >= 2 and folded[i - 1] in _GEN_SG_ARTICLES \
                and doc[i - 2].text[:1].islower() and folded[i - 2] in self.venue_heads \
                and folded[i] not in self.org_heads and fold(ent.text) not in self.known_orgs \
                and not ent.text.isupper():
            return Span(doc, ent.start, ent.end, label="GPE")
        return ent

    def _headed(self, folded: list[str], ent: Span, strict: bool = False) -> bool:
        """Whether a span starts with a body head noun in the singular among its first words
        ("Μικτό Ορκωτό Δικαστήριο"); ``strict``: after modifiers only ("Εθνικό Κέντρο ...")."""
        for i in range(ent.start, min(ent.end, ent.start + (3 if strict else 4))):
            if any(any(s.endswith("_sg") for s in e.slots) for e in self.org_heads.get(folded[i], ())):
                return True
            if strict and not _looks_modifier(folded[i]):
                return False
        return False

    # -- courts and prosecution offices -----------------------------------------------------
    def _court_at(self, doc: Doc, folded: list[str], i: int) -> int:
        """Length of the court kind starting at token i ("εισαγγελίας πρωτοδικών"), or 0; a
        one-word kind ("Πρωτοδικείο") counts only when capitalised, a plural never."""
        if folded[i] not in self.court_firsts:
            return 0
        best = 0
        for forms in self.courts:
            n = len(forms)
            if n > best and i + n <= len(doc) and all(folded[i + k] in forms[k] for k in range(n)) \
                    and (n > 1 or doc[i].text[:1].isupper()):
                best = n
        if best and i + best < len(doc) and doc[i + best].text[:1].isupper() \
                and (folded[i + best],) in self.places:
            best += 1  # "Πρωτοδικείο Αθηνών": the seat, in the genitive, belongs to the name
        return best

    def _court_names(self, doc: Doc, folded: list[str]) -> None:
        """Courts and prosecution offices the model missed or took for a place."""
        ents = list(doc.ents)
        new: list[Span] = []
        i = 0
        while i < len(doc):
            n = self._court_at(doc, folded, i)
            if not n:
                i += 1
                continue
            inside = any(e.start <= i and i + n <= e.end and e.label_ == "ORG" for e in ents)
            if not inside:
                new.append(Span(doc, i, i + n, label="ORG"))
            i += n
        _overlay(doc, ents, new)

    # -- headlines, role words and titles -------------------------------------------------
    def _role_len(self, folded: list[str], i: int) -> int:
        """Length of the longest role-lexicon match starting at token i (0 if none)."""
        if folded[i] not in self.roles.first_tokens:
            return 0
        best = 0
        for n in range(1, min(self.roles.max_len, len(folded) - i) + 1):
            if tuple(folded[i:i + n]) in self.roles.forms:
                best = n
        return best

    def _clean(self, doc: Doc, folded: list[str], caps: _CapsLines) -> list[Span]:
        body = {fold(e.text): e.label_ for e in doc.ents if not caps.contains(e)}
        out: list[Span] = []
        for ent in doc.ents:
            if caps.contains(ent):
                label = body.get(fold(ent.text))
                if label is None:
                    continue
                ent = Span(doc, ent.start, ent.end, label=label)
            if ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP") and self._role_len(folded, ent.start):
                continue
            if ent.label_ == "PERSON":
                person = self._person_without_rank(doc, folded, ent)
                if person is None:
                    continue
                ent = person
            if ent.label_ in _APPOSED_LABELS and self._apposed_name(doc, folded, ent):
                ent = Span(doc, ent.start, ent.end, label="PERSON")  # "τον αστυνομικό George Χ"
            holder = self._holder_in_complement(doc, folded, ent)
            if holder is not None:
                # "ο πρόεδρος του Εθνικού Συμβουλίου Πέτρος Χ": the body stays, the name is a person
                out.append(Span(doc, holder, ent.end, label="PERSON"))
                if ent.label_ == "PERSON":
                    continue  # "ο εκπρόσωπος του Κρεμλίνου Ιβάν Χ": the model's label was the name's
                ent = Span(doc, ent.start, holder, label=ent.label_)
            if self._is_honorific(ent.text):
                continue
            if _ADDRESS.search(ent.text):
                continue  # an e-mail address or a link names no person, body or place
            if ent.label_ not in ("DATE", "TIME") and any(fold(t.text) in self.calendar for t in ent):
                continue  # "ΔΕΥΤΕΡΑ 7 ΙΟΥΝΙΟΥ 2021" is a date, whatever the model says
            if ent.label_ == "PERSON" and len(ent) == 1 and folded[ent.start] in self.month_forms:
                continue  # "τον Μάϊο", "ο Απρίλης": a month named alone is no one
            if sum(c.isalpha() for c in ent.text) < 2:
                continue  # "Α'"
            if ent.label_ == "PERSON" and fold(ent[0].text).endswith("ων"):
                continue  # "Πλημμελημάτων Ηρακλείου": a genitive plural never starts a name
            if ent.label_ == "ORG" and fold(ent[0].text).endswith("ων") and fold(ent.text) not in self.known_orgs:
                continue  # "Κοινωνικών Επιχειρήσεων": a plural common noun phrase, not a body
            if ent.label_ in ("ORG", "FAC") and self.events.head_type(ent[0].text) and not self._unit_of_body(folded, ent) \
                    and not self._body_head_at(folded, ent.start):
                # "Συνέδριο BSI"; not a listed body's head that shares an event noun's stem
                # ("Τροχαίας Λάρισας", the traffic police, not "τροχαίο", a road accident)
                ent = Span(doc, ent.start, ent.end, label="EVENT")
            seams = list(_GLUED.finditer(ent.text)) if ent.label_ == "ORG" else []
            if seams:
                # "Κρητικών.,«Η ΠΑΕ ΟΦΗ": after a sentence's end the name that follows the seam
                # stays; "Ιούλιο.,«Πιστεύω" and a list of tags ("Ποδόσφαιρο,Ποδόσφαιρο") go
                seam_end = ent.start_char + seams[-1].end()
                after = [t.i for t in ent if t.idx >= seam_end]
                if not after or not any(c in ".!?;»”" for c in seams[-1].group()) or not _is_name_word(doc[after[0]]):
                    continue
                ent = Span(doc, after[0], ent.end, label="ORG")
            if ent.label_ in ("ORG", "GPE", "LOC", "FAC") and ")" in ent.text \
                    and ent.text.count("(") < ent.text.count(")"):
                rest = self._after_bracket(doc, folded, ent)  # "(του υπουργείου) Παιδείας της Χιλής"
                if rest is None:
                    continue
                ent = rest
            if ent.label_ == "ORG" and self._name_and_surname(doc, folded, ent):
                ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Δήμος Αβδελιώδης": a first name, no municipality
            people = self._coordinated_people(doc, folded, ent) if ent.label_ == "ORG" else None
            if people:
                out.extend(people)  # "τους Πέτρο Αλεξίου και Ελένη Μαυρίδη": two people, no body
                continue
            if ent.label_ in ("PERSON", "GPE", "LOC") and fold(ent.text) in self.known_orgs:
                ent = Span(doc, ent.start, ent.end, label="ORG")  # "ΕΛΓΟ-ΔΗΜΗΤΡΑ"
            elif ent.label_ in ("PERSON", "GPE", "NORP") and self._headed(folded, ent, strict=True) \
                    and folded[ent.start] not in _PLACE_UNITS \
                    and not (ent.label_ == "PERSON" and folded[ent.start] in self.first_names):  # "Σταύρος"
                ent = Span(doc, ent.start, ent.end, label="ORG")  # "του Δήμου Αθηναίων" as a place
            end = ent.end
            if ent.label_ == "ORG":
                # "Δήμος οικονομικού έτους", "Δήμος στην Κεντρική Ένωση": an organisation name has
                # no lower-case content words and no "στην" inside.
                for i in range(ent.start + 1, ent.end):
                    t = doc[i]
                    f = fold(t.text)
                    if f in _INSIDE_CUT or (t.is_alpha and t.text[:1].islower() and f not in _NAME_LINKS):
                        end = i
                        break
            if ent.label_ in ("ORG", "FAC"):
                for i in range(ent.start + 1, end):
                    # "Σύλλογο Εθελοντών Αιμοδοτών": a genitive plural is the body's complement, no
                    # role that introduces a person
                    n_role = 0 if folded[i].endswith("ων") else self._role_len(folded, i)
                    if self._is_honorific(doc[i].text) or n_role:
                        end = i
                        # "Πανεπιστήμιο Μακεδονίας Καθηγητής Δημοσθένης Καρράς": the rest is a person.
                        j = i + max(n_role, 1)
                        while j < ent.end and self._is_honorific(doc[j].text):
                            j += 1
                        rest = doc[j:ent.end]
                        if 1 <= len(rest) <= 3 and all(_is_name_word(t) for t in rest):
                            out.append(Span(doc, j, ent.end, label="PERSON"))
                        break
            if ent.label_ == "ORG":
                cut = self._person_inside(doc, folded, ent.start, end)
                if cut is not None:
                    # "της Νομικής Σχολής Σπυρίδωνα Βλαχόπουλο": a first name in a case other
                    # than the nominative is a person the sentence names after the body.
                    out.append(Span(doc, cut, end, label="PERSON"))
                    end = cut
                elif ent.start > 0 and self._is_honorific(doc[ent.start - 1].text) and len(ent) <= 3 \
                        and all(_is_name_word(t) for t in ent) and fold(ent.text) not in self.known_orgs:
                    out.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "οι κκ Διαμάντη"
                    continue
            while end > ent.start + 1 and fold(doc[end - 1].text) in _TRAILING:
                end -= 1
            if end > ent.start and sum(c.isalpha() for c in doc[ent.start:end].text) >= 2:
                out.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
        return out

    def _names_after_complements(self, doc: Doc, folded: list[str]) -> None:
        """"η κυβερνήτρια της Πολιτείας Μαρία Χ": a given name (the lexicon's, or the public
        list's) and one to three capitalised words that the model left untagged right after a
        body or place that is a role's genitive complement (see :meth:`_complement_of_role`) are
        the holder's name, in apposition to the role."""
        ents = list(doc.ents)
        tagged = {k for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        for e in ents:
            i = e.end
            if e.label_ not in _COMPLEMENT_LABELS or e.label_ == "PERSON" or i >= len(doc) or i in tagged \
                    or not (doc[i].is_alpha and doc[i].text[:1].isupper()) \
                    or not self._given_name(doc, folded, i) or not self._complement_of_role(doc, folded, e.start):
                continue
            end = i + 1
            while end < len(doc) and end - i <= 3 and end not in tagged and doc[end].is_alpha \
                    and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
                end += 1
            if end - i >= 2 and tuple(folded[i:end]) not in self.places:
                new.append(Span(doc, i, end, label="PERSON"))
        if new:
            doc.ents = filter_spans(ents + new)

    def _given_name(self, doc: Doc, folded: list[str], i: int) -> bool:
        """Whether token ``i`` is a given name: the first-name lexicon's, or the public list's."""
        return folded[i] in self.first_names or foreign_first_name(doc[i].text) is not None

    def _complement_of_role(self, doc: Doc, folded: list[str], start: int) -> bool:
        """Whether the span at ``start`` opens a role's genitive complement: a genitive article
        right before it, and a role (and at most three lower-case genitives or articles) before
        that ("ο εκπρόσωπος του γραφείου του Χ")."""
        if start < 2 or folded[start - 1] not in _GENITIVE_ARTICLES:
            return False
        j = start - 1
        while not self._role_ends_at(folded, j):
            if start - j > 3 or j < 1 or not (folded[j - 1] in _GENITIVE_ARTICLES
                                              or _is_complement(doc[j - 1], folded[j - 1])):
                return False
            j -= 1
        return True

    def _apposed_name(self, doc: Doc, folded: list[str], ent: Span) -> bool:
        """"τον αστυνομικό George Χ", "η καθηγήτρια, Carol Χ": a
        span right after a role (and a comma), that opens with a given name (the lexicon's, or
        the public list's) and is two to four capitalised words, is the name apposed to the role,
        a person, whatever the model took it for. A body named after a person comes after an
        article ("της Ρόμπερτ Μπος"), never right after a role noun."""
        if not 2 <= len(ent) <= 4 or not all(_is_name_word(t) for t in ent) or fold(ent.text) in self.known_orgs:
            return False
        if not doc[ent.start].is_alpha:
            return False
        comma = ent.start >= 1 and doc[ent.start - 1].text == ","
        k = ent.start - 1 if comma else ent.start
        if self._given_name(doc, folded, ent.start) and self._role_ends_at(folded, k):
            return True
        return comma and self._after_complement_of_role(doc, folded, k) and self._plain_name(doc, folded, ent)

    def _after_complement_of_role(self, doc: Doc, folded: list[str], k: int) -> bool:
        """Whether a role's genitive complement of one to four words (:meth:`_complement_of_role`)
        ends right before token ``k``: "τον πρωθυπουργό της Αλγερίας", "η εκπρόσωπος του υπουργείου"."""
        for s in range(k - 1, max(0, k - 5), -1):
            if not doc[s].is_alpha:
                return False
            if self._complement_of_role(doc, folded, s):
                return True
        return False

    def _plain_name(self, doc: Doc, folded: list[str], ent: Span) -> bool:
        """Two or three capitalised words, none in capitals, a known place, a body's head or a
        role, and no known body: what a person's name looks like when its given name is one no
        list holds ("Αμπντελμαλέκ Σελάλ")."""
        return (len(ent) <= 3 and fold(ent.text) not in self.known_orgs and not any(
            not t.is_alpha or t.is_upper or (folded[t.i],) in self.places or folded[t.i] in self.org_heads
            or folded[t.i] in self.venue_heads or self._role_len(folded, t.i) for t in ent))

    def _holder_in_complement(self, doc: Doc, folded: list[str], ent: Span) -> int | None:
        """Where the holder's name begins in a span that the model ran from a role's genitive
        complement into the name after it ("ο πρόεδρος του Εθνικού Συμβουλίου Πέτρος Χ", "ο
        εκπρόσωπος του Κρεμλίνου Ιβάν Χ"). Greek sets the holder's name in apposition right after
        the role's complement, so a given name (the lexicon's, or the public list's), then one to
        three capitalised words closing the span, is the person the role names, not part of the
        body or place. The span must open a role's complement (:meth:`_complement_of_role`).
        None when the complement is a bare body head, which takes a person's name as its own
        ("του Ιδρύματος Σταύρος Χ"), or when the words are a known place."""
        if ent.label_ not in _COMPLEMENT_LABELS or len(ent) < 3 \
                or not self._complement_of_role(doc, folded, ent.start):
            return None
        for i in range(ent.start + 1, ent.end - 1):
            if not (doc[i].is_alpha and doc[i].text[:1].isupper()):
                continue
            if not self._given_name(doc, folded, i) and not self._place_before_name(folded, ent.start, i):
                continue
            rest = doc[i + 1:ent.end]
            if len(rest) > 3 or not all(_is_name_word(t) and t.is_alpha for t in rest):
                return None
            if (i - ent.start == 1 and folded[ent.start] in self.org_heads) \
                    or tuple(folded[i:ent.end]) in self.places or folded[i - 1] in self.first_names:
                return None
            return i
        return None

    def _place_before_name(self, folded: list[str], start: int, i: int) -> bool:
        """Whether the words from ``start`` to ``i`` are a known place that goes no further: "ο
        φοιτητής της Φλόριντα Όστιν Χ" is a student of the place, and the name comes after it."""
        return tuple(folded[start:i]) in self.places and tuple(folded[start:i + 1]) not in self.places \
            and folded[i] not in self.org_heads and self._role_len(folded, i) == 0

    def _name_and_surname(self, doc: Doc, folded: list[str], ent: Span) -> bool:
        """"Δήμος Αβδελιώδης", "Δήμος Σταυρόπουλος": a body head that is also a first name in the
        nominative, then one word with a surname's ending that is no place, names a person (a
        municipality takes its seat in the genitive, "Δήμος Χανίων")."""
        if len(ent) != 2 or not doc[ent.end - 1].text[:1].isupper() or (folded[ent.end - 1],) in self.places:
            return False
        first = self.first_names.get(folded[ent.start], ())
        return any("nom_sg" in e.slots for e in first) and folded[ent.end - 1].endswith(self.surname_endings)

    def _after_bracket(self, doc: Doc, folded: list[str], ent: Span) -> Span | None:
        """"της Εθνικής Επιτροπής (του υπουργείου) Παιδείας της Χιλής", "Γιάνσεν (Ολλανδία)-Μάρτιν Λόπεθ":
        a span that closes a bracket it did not open began inside the bracket, so no name runs
        across it; what follows the bracket stays only where it begins with a body's or a place's
        head of its own (a bracket glued inside a word leaves nothing)."""
        close = max(k for k in range(ent.start, ent.end) if ")" in doc[k].text)
        if doc[close].text != ")" or close + 1 >= ent.end:
            return None
        k = close + 1
        if not (doc[k].text[:1].isupper() and (folded[k] in self.org_heads or folded[k] in self.venue_heads)):
            return None
        return Span(doc, k, ent.end, label=ent.label_)

    def _coordinated_people(self, doc: Doc, folded: list[str], ent: Span) -> list[Span]:
        """"Πέτρο Αλεξίου και Ελένη Μαυρίδη", "Μαρία Χ, Γιώργο Ψ και Νίκο Ω": names joined by
        "και" or commas, each a first name (in any case) and one or two more capitalised words, none
        a body's head, the whole no known body, are people listed, no body's name ("Λιβανό" may be
        a form of "Λίβανος" as well: a place's form does not stop it). Empty otherwise."""
        if fold(ent.text) in self.known_orgs or not any(folded[i] == "και" for i in range(ent.start, ent.end)):
            return []
        parts: list[tuple[int, int]] = []
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or folded[i] in ("και", ","):
                parts.append((start, i))
                start = i + 1
        if len(parts) < 2:
            return []
        for a, b in parts:
            if not 2 <= b - a <= 3 or folded[a] not in self.first_names or not doc[a].text[:1].isupper():
                return []
            if not all(doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_upper
                       and folded[k] not in self.org_heads for k in range(a + 1, b)):
                return []
        return [Span(doc, a, b, label="PERSON") for a, b in parts]

    def _unit_of_body(self, folded: list[str], ent: Span) -> bool:
        """"Εργαστήριο Εφαρμοσμένης Ακουστικής του Πανεπιστημίου Πατρών": a unit head that is
        also an event noun ("εργαστήριο", a laboratory or a workshop), with a body named after it in
        the genitive, is the body's unit."""
        return folded[ent.start] in self.unit_heads and any(
            folded[k] in _GEN_SG_ARTICLES and any(folded[j] in self.org_heads for j in range(k + 1, min(k + 4, ent.end)))
            for k in range(ent.start + 1, ent.end - 1))

    def _person_inside(self, doc: Doc, folded: list[str], start: int, end: int) -> int | None:
        """Where a person's name begins inside an organisation span, or None."""
        for i in range(start + 2, end - 1):
            entries = self.first_names.get(folded[i], ())
            if not entries or any("nom_sg" in e.slots for e in entries) or folded[i].endswith("ων") \
                    or folded[i] in self.org_heads or (folded[i + 1],) in self.places:
                continue  # "Ένωσης Δήμων Αττικής": a plural noun, a head, a place are no first names
            if _is_name_word(doc[i]) and _is_name_word(doc[i + 1]) and end - i <= 3:
                return i
        return None

    def _person_without_rank(self, doc: Doc, folded: list[str], ent: Span) -> Span | None:
        """"Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης" → "Ιωάννης Μαυράκης"; None when nothing is left."""
        start = ent.start
        while start < ent.end:
            n = self._role_len(folded, start)
            if n:
                start += n
            elif self._is_honorific(doc[start].text) or (
                    "." in doc[start].text and doc[start].text.replace(".", "").isupper()):
                start += 1  # titles and abbreviations such as "Λ.Σ."
            else:
                break
        if start < ent.end and self._after_local_role(folded, start):
            # "ο δήμαρχος Παύλου Μελά": the municipality the role is of, not a person; one word
            # that is also a first name stays a name ("τον σύμβουλο Αριστοτέλη Παπαδόπουλο")
            start += max((k for k in range(1, min(self.unit_tail_len, ent.end - start) + 1)
                          if tuple(folded[start:start + k]) in self.unit_tails
                          and (k > 1 or folded[start] not in self.first_names)), default=0)
        if start >= ent.end:
            return None
        if (start == ent.start and ent.end - start >= 3 and self._role_ends_at(folded, start)
                and folded[start] not in self.first_names and folded[start + 1] in self.first_names
                and self._complement_word(doc, folded, start)):
            # "ο δήμαρχος Μαραθώνα Ηλίας Ψινάκης": after a role, a word that is no first name
            # before one that is belongs to the role ("Δήμαρχος Μαραθώνα"), not to the name.
            start += 1
        return ent if start == ent.start else Span(doc, start, ent.end, label="PERSON")

    def _complement_word(self, doc: Doc, folded: list[str], i: int) -> bool:
        """Whether word ``i`` can be a role's complement: a known place, an acronym, or a word
        with a genitive's ending ("Μαραθώνα", "Σητείας", "ΚΕΔΕ"). A word that has none of these
        is a given name the lexicon lacks ("ο πρόεδρος Αντρές Μανουέλ Λόπες"): Greek puts the
        complement in the genitive, and a foreign given name keeps no Greek genitive ending."""
        return (folded[i],) in self.places or doc[i].text.isupper() or folded[i].endswith(_ANY_GENITIVE)

    def _after_local_role(self, folded: list[str], end: int) -> bool:
        """Whether a role of local government ("δήμαρχος", "αντιπεριφερειάρχης") ends right before ``end``."""
        return any(self._role_len(folded, i) == end - i and any(folded[j].startswith(_LOCAL_ROLE_STEMS)
                                                               for j in range(i, end))
                   for i in range(max(0, end - self.roles.max_len), end))

    def _role_ends_at(self, folded: list[str], end: int) -> bool:
        """Whether a role-lexicon phrase ends right before token ``end``."""
        return any(self._role_len(folded, i) == end - i for i in range(max(0, end - self.roles.max_len), end))


    # -- names that end before "(ACRONYM)" --------------------------------------------------
    def _latin_bodies(self, doc: Doc) -> None:
        """"European Food Safety Authority", "Tony Blair Institute for ...": an English (or other
        Latin-script) name with a body head word is an organisation, whatever label the model,
        trained on Greek newswire, gave it (an event, a work, a person)."""
        def latin_body(ent: Span) -> bool:
            words = [t.text for t in ent if t.is_alpha]
            return ent.label_ not in ("ORG", "GPE", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") and len(words) >= 2 \
                and greek_ratio(ent.text) < 0.5 and any(w.lower() in _LATIN_HEADS or w in self.latin_body_words
                                                        for w in words) \
                and all(w[:1].isupper() or fold(w) in _NAME_LINKS for w in words)

        _relabel(doc, list(doc.ents), latin_body, "ORG")

    def _announcing_things(self, doc: Doc, folded: list[str]) -> None:
        """"Το Twitter ανακοίνωσε", "η Samsung αναφέρει": a name the model took for a product or a
        work, with an article before it, as the subject of a verb of announcing or reporting right
        after it is the company or body that speaks; a thing announces nothing."""
        n = len(doc)
        _relabel(doc, list(doc.ents), lambda e: e.label_ in ("PRODUCT", "WORK_OF_ART") and e.start > 0
                 and folded[e.start - 1] in _TITLE_ARTICLES and e.end < n and folded[e.end] in self.source_verbs
                 and doc[e.start].text[:1].isupper(), "ORG")

    def _possessive_at(self, doc: Doc, folded: list[str], i: int) -> bool:
        """Whether "της" at i may be the weak possessive of the word before it ("το σημερινό της
        X"), not the article of a genitive: after a word that looks like an adjective, unless that
        word is a noun accented once on its third syllable from the end, which before the pronoun
        would take a second accent ("το εμβόλιο της Pfizer" is the article, "το εμβόλιό της" the
        pronoun). Spelling counts "-ιο" as two syllables where speech may join them ("καινούργιο"):
        a word whose masculine in "-ος" running text writes is an adjective, and stays a possessive's."""
        if i == 0 or not _looks_modifier(folded[i - 1]):
            return False
        word = doc[i - 1].text
        if not lone_antepenult_accent(word):
            return True
        stem = plain_word(word)
        return not stem.endswith(("ο", "α", "η")) or self._accented(stem[:-1] + "ος")

    def _latin_after_feminine_article(self, doc: Doc, folded: list[str]) -> None:
        """"της Qualcomm", "η Credit Suisse", "της G20": Greek gives a foreign company's name,
        indeclinable, the article of the noun it stands for ("η εταιρεία", "η τράπεζα", "η
        εφημερίδα"), so capitalised Latin-script words after a feminine singular article name a
        body, whatever the model, trained on Greek newswire, made of them. This takes what
        ``_company_cues`` leaves: an event, a building, a person of two words, a name with
        digits, a company the model joined to the person after it. A woman is also "η": a run
        that starts with a woman's or a unisex given name of the public list
        (``foreign_first_names.tsv``, read from the package) or an honorific, or is listed among
        people, stays a person, and a surname the text gives a person elsewhere is hers. A name
        the model took for a place (GPE, LOC) is a body too ("της Ookla", "η Caritas"): Greek
        writes a foreign place in its own letters ("της Τζόρτζια"), a company's name it leaves in
        Latin script; but what stands after "στη(ν)" stays where, unless the model took it for a
        thing."""
        n = len(doc)
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        surnames: dict[str, set[int]] = {}
        for e in ents:
            if e.label_ == "PERSON" and len(e) > 1:
                surnames.setdefault(doc[e.end - 1].text, set()).add(e.start)
        new: list[Span] = []
        for i in range(n - 1):
            if folded[i] not in _FEMININE_ARTICLES or doc[i].text[1:].isupper() \
                    or (folded[i] == "τησ" and self._possessive_at(doc, folded, i)):
                continue  # (not "ΤΗΣ" of a heading, nor the possessive "το σημερινό της X")
            end = _latin_run_end(doc, i + 1)
            if sum(c.isalnum() for c in doc[i + 1:end].text) < 2 \
                    or (end < n and (doc[end].like_num or doc[end].text[:1].isdigit())) \
                    or (end < n and not doc[end - 1].whitespace_ and doc[end].text[:1].isalpha()):
                continue  # (a model: "Pro 12"; a word cut inside, "Sö|derberg")
            first, last = at.get(i + 1), at.get(end - 1)
            # (after "στη(ν)" a name the model left untagged or took for a person, a place or a building
            # is as often where something happens: "στη Marbella"; after "η", "της", "τη(ν)" a place in
            # Latin script is a company's name, which Greek leaves unwritten in its own letters, where a
            # foreign place takes a Greek form: "της Ookla", "η Caritas")
            labels = _THING_LABELS - {"FAC"} if folded[i] in _PLACE_ARTICLES else _THING_LABELS | _LATIN_PLACE_AS
            if (first is None and folded[i] in _PLACE_ARTICLES) \
                    or (first is not None and (first.start != i + 1 or first.label_ not in labels)):
                continue
            if any(k in at and at[k] is not first for k in range(i + 1, end)):
                continue
            # (a woman, whatever the model made of her name: "η Cecilia X" taken for a work)
            if (g := foreign_first_name(doc[i + 1].text)) is not None and g.gender in ("f", "u") \
                    or folded[i + 1] in self.first_names or surnames.get(doc[end - 1].text, set()) - {i + 1} \
                    or any(self._is_honorific(t.text) for t in doc[i + 1:end]) \
                    or _listed_with_people(doc, folded, at, i, end):
                continue
            if last is not None and last is first and last.end > end and last.label_ == "PERSON" \
                    and all(_is_name_word(t) for t in doc[end:last.end]):
                new.append(Span(doc, end, last.end, label="PERSON"))  # "της Chevron Μάικ Γουίρθ"
            new.append(Span(doc, i + 1, end, label="ORG"))
        if new:
            kept = [e for e in ents if not any(e.start < m.end and m.start < e.end for m in new)]
            doc.ents = filter_spans(new + kept)

    def _aged_names(self, doc: Doc, folded: list[str]) -> None:
        """"η 28χρονη Ρέα Χ", "της 27χρονης Rodríguez": an age epithet written with digits
        (role_grammar.json "age_ending") qualifies a person, never a body, so one to four
        capitalised words right after it that the model took for a body are a person's name. A
        place's label changes only on a given name the gazetteer does not know as a place ("η
        48χρονη Νεκταρία"); a known body's name stays ("ο 100χρονος Χ": a club's age)."""
        ents = list(doc.ents)
        out: list[Span] = []
        for e in ents:
            if e.label_ in ("ORG", "GPE", "LOC") and e.start > 0 and _AGE.fullmatch(folded[e.start - 1]) \
                    and len(e) <= 4 and all(_is_name_word(t) and not t.text.isupper() for t in e) \
                    and fold(e.text) not in self.known_orgs and e.text not in self.known_orgs \
                    and (e.label_ == "ORG" or (self._given_name(doc, folded, e.start)
                                               and tuple(folded[e.start:e.end]) not in self.places)):
                out.append(Span(doc, e.start, e.end, label="PERSON"))
            else:
                out.append(e)
        if out != ents:
            doc.ents = out

    def _names_before_apposed_roles(self, doc: Doc, folded: list[str]) -> None:
        """"της Safra Χ, της διευθύνουσας συμβούλου της Oracle", "του Tim Χ, του διευθύνοντος
        συμβούλου": a role apposed after a comma, with an article of the name's own case, says
        who the name is, so a span opening with a given name (the lexicon's, or the public
        list's), or all in Latin script (a foreign name the list lacks), that the model took for
        a body is that person. Apposition agrees in case: an
        article of another case after the comma opens a new clause ("της Χ Αυγής, η πρόεδρος
        ..."), and so does a role followed by a name of its own ("η πρόεδρος Μαρία Χ")."""
        n = len(doc)
        ents = list(doc.ents)
        out: list[Span] = []
        for e in ents:
            out.append(e)
            if e.label_ != "ORG" or not 2 <= len(e) <= 4 or e.end + 2 >= n or doc[e.end].text != "," \
                    or not all(_is_name_word(t) and t.is_alpha and not t.text.isupper() for t in e) \
                    or fold(e.text) in self.known_orgs \
                    or not (self._given_name(doc, folded, e.start) or all(_latin_word(t) for t in e)):
                continue
            after = _ARTICLE_CASES.get(folded[e.end + 1])
            before = next((_ARTICLE_CASES[folded[k]] for k in (e.start - 1, e.start - 2)
                           if k >= 0 and folded[k] in _ARTICLE_CASES), None)
            if after is None or before is None or not after & before:
                continue
            k = e.end + 2
            while k < min(n, e.end + 4) and doc[k].is_lower and not self._role_len(folded, k):
                k += 1  # "του νέου προέδρου": a modifier before the role
            m = self._role_len(folded, k) if k < n else 0
            if m and not (k + m < n and _is_name_word(doc[k + m]) and doc[k + m].is_alpha):
                out[-1] = Span(doc, e.start, e.end, label="PERSON")
        if out != ents:
            doc.ents = out

    def _latin_particle_names(self, doc: Doc) -> None:
        """"Mail | on Sunday", "Welt | am Sonntag", "Claudio | von Planta": names in Latin script keep
        their languages' lower-case function words inside them (linking.json "latin_name_particles"),
        which the model, trained on Greek, and the rules that take capitalised Latin words stop at.
        A body's or a person's name all in Latin script, followed in its sentence by at most two
        such words and then capitalised Latin-script words, goes on to the end of those words
        (of a person, across a surname's particle only: "Smith and Jones" are two). What it takes
        in may be no other entity but a piece of the same name with the same label ("Corriere | della
        | Sera" as two bodies), never a person or a place the particle joins to a body, nor anything
        across a conjunction, which may join two bodies."""
        n = len(doc)
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        grown: dict[Span, int] = {}
        for e in ents:
            if e.label_ not in ("ORG", "PERSON") or not all(
                    _latin_word(t) or not t.is_alpha for t in e) or not _latin_word(doc[e.end - 1]):
                continue
            allowed = self.latin_person_particles if e.label_ == "PERSON" else self.latin_particles
            end = e.end
            while True:
                k = end
                while k < min(n, end + 2) and doc[k].text in allowed and doc[k - 1].whitespace_ \
                        and not doc[k].is_sent_start:
                    k += 1
                if k == end or k >= n or doc[k].is_sent_start or not _latin_word(doc[k]):
                    break
                last = k
                while last < n and _latin_word(doc[last]) and not doc[last].is_sent_start:
                    last += 1
                joined = any(doc[k2].text in self.latin_conjunctions for k2 in range(end, k))
                if any(k2 in at and at[k2] is not e and (joined or not (
                        at[k2].start >= end and at[k2].end <= last and at[k2].label_ == e.label_))
                       for k2 in range(end, last)):
                    break
                end = last
            if end > e.end:
                grown[e] = end
        if grown:
            new = [Span(doc, e.start, grown[e], label=e.label_) for e in grown]
            kept = [e for e in ents if e not in grown and not any(e.start < m.end and m.start < e.end for m in new)]
            doc.ents = filter_spans(new + kept)

    def _people_named_alike(self, doc: Doc, folded: list[str]) -> None:
        """"ο κ. Συρίγος" in one sentence, "Συρίγος" taken for a body in another: the model reads one
        name two ways in one text. A short name (up to three capitalised words, no body word, no
        acronym, no listed body) whose last word is the surname of a person the text names in full
        (or after a title) is that person; not after a feminine article, where a company may carry
        its founder's name ("η Χ", "της Χ")."""
        ents = list(doc.ents)
        # (a person of one word in Greek script, or after a title: a Latin word alone is as often
        # a product or a project the model took for a person, "ο EastMed")
        surnames = {_name_stem(folded[e.end - 1]) for e in ents
                    if e.label_ == "PERSON" and doc[e.end - 1].is_alpha and len(folded[e.end - 1]) > 3
                    and (len(e) > 1 or greek_ratio(e.text) == 1.0
                         or (e.start > 0 and self._is_honorific(doc[e.start - 1].text)))}
        if not surnames:
            return
        _relabel(doc, ents, lambda e: e.label_ == "ORG" and len(e) <= 3
                 and _name_stem(folded[e.end - 1]) in surnames and self._person_like(doc, folded, e), "PERSON")

    def _person_like(self, doc: Doc, folded: list[str], ent: Span) -> bool:
        """Whether a span could be a person's name: capitalised words, none a body head, an
        acronym, a club or a listed body, none abbreviated ("Αγ. Συρίγος" names the person in a
        form the full name does not match)."""
        if ent.start > 0 and folded[ent.start - 1] in _FEMININE_SG_ARTICLES:
            return False
        if fold(ent.text) in self.known_orgs or any(folded[k] in self.club_words or folded[k] in self.known_words
                                                    for k in range(ent.start, ent.end)):
            return False
        for k in range(ent.start, ent.end):
            t = doc[k]
            word = t.text
            if not word[:1].isupper() or not word.isalpha() or (len(word) > 1 and word.isupper()) \
                    or folded[k] in self.org_heads:
                return False
        return True

    def _acronym_runs(self, doc: Doc) -> None:
        """"την Social Economy Europe (SEE)": capitalised words before "(ACRONYM)" name a body."""
        ents = list(doc.ents)
        covered = {i for e in ents for i in range(e.start, e.end) if e.label_ != "ORG" or len(e) > 1}
        new: list[Span] = []
        for i, tok in enumerate(doc):
            if tok.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or not _ACRONYM.match(doc[i + 1].text):
                continue
            j = i
            while j > 0 and i - j < 10 and (_is_name_word(doc[j - 1]) or fold(doc[j - 1].text) in _NAME_LINKS - {"-", "–"}):
                j -= 1
            while j < i and not _is_name_word(doc[j]):
                j += 1
            if i - j >= 2 and not any(k in covered for k in range(j, i)):
                new.append(Span(doc, j, i, label="ORG"))
        if new:
            doc.ents = filter_spans(new + [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)])

    @staticmethod
    def _other_script_in_parentheses(doc: Doc) -> None:
        """"του Ευρωπαϊκού Κέντρου Διαστημικών Ερευνών (ESRC)", "της Οικονομικής Σχολής του Μιλάνου
        (Bocconi)": a Latin-script name alone in parentheses right after a body's
        Greek name is that body's name in its own language or its acronym, not a place, though the
        model, which knows the words as a city's or a state's, tags them so. A Greek name there
        ("(Γερμανία)", "(Κυπριακής Δημοκρατίας)") says where or what else, and stays."""
        ents = list(doc.ents)
        bodies = {e.end for e in ents if e.label_ == "ORG" and greek_ratio(e.text) >= 0.5}

        def translated(e: Span) -> bool:
            return e.label_ in ("GPE", "LOC", "FAC") and e.start - 1 in bodies and doc[e.start - 1].text == "(" \
                and e.end < len(doc) and doc[e.end].text == ")" and greek_ratio(e.text) < 0.5

        _relabel(doc, ents, translated, "ORG")

    def _untagged_units(self, doc: Doc, folded: list[str], caps: _CapsLines) -> None:
        """"του Τμήματος Τουρισμού", "στη Σχολή Επιστημών Υγείας": a capitalised unit head and the
        capitalised field after it in the genitive name a department, which the model, trained on
        newswire, often leaves untagged."""
        ents = list(doc.ents)
        covered = {k for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        n = len(doc)
        i = 0
        while i < n - 1:
            if i in covered or folded[i] not in self.unit_heads or not doc[i].text[:1].isupper() or doc[i].text.isupper() \
                    or not (doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha and folded[i + 1].endswith(_GENITIVE)):
                i += 1
                continue
            end = i + 1
            while end < n and end - i <= 6 and end not in covered and (
                    (doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].text.isupper())
                    or (folded[end] in ("και", "&") and end + 1 < n and doc[end + 1].text[:1].isupper())):
                end += 1
            span = Span(doc, i, end, label="ORG")
            if not caps.contains(span) and not any(e.start < end and i < e.end for e in ents):
                new.append(span)
            i = end
        if new:
            doc.ents = filter_spans(ents + new)

    def _slashed_heads(self, doc: Doc, folded: list[str]) -> None:
        """"στη Δ/νση Οικονομικών Υπηρεσιών": the administrative abbreviation of
        "Διεύθυνση" (three tokens, "Δ", "/", "νση") and the capitalised words after it name a
        department; the model, which never saw the abbreviation, tags none of it."""
        ents = list(doc.ents)
        new: list[Span] = []
        n = len(doc)
        for i in range(n - 3):
            if folded[i] not in ("δ", "υποδ") or doc[i + 1].text != "/" or folded[i + 2] not in ("νση", "νσησ") \
                    or doc[i].whitespace_ or doc[i + 1].whitespace_ or not doc[i].text[:1].isupper():
                continue
            end = i + 3
            while end < n and (doc[end].is_alpha and doc[end].text[:1].isupper() or folded[end] in ("και", "τησ", "του", "των", "&")):
                end += 1
            while end > i + 3 and folded[end - 1] in ("και", "τησ", "του", "των", "&"):
                end -= 1
            if end > i + 3 and not any(e.start < end and i < e.end and (e.start < i or e.end > end) for e in ents):
                new.append(Span(doc, i, end, label="ORG"))
        _overlay(doc, ents, new)

    def _quoted_after_head(self, doc: Doc, folded: list[str]) -> None:
        """"στον Φιλολογικό Σύλλογο «Παρνασσός»", "η Ομάδα «Πλάνη»", "στο Κέντρο Πολιτισμού
        «Ελληνικός Κόσμος»": a capitalised body head, with the adjectives before it or its
        complements after it, and the name in quotes right after it are one name; the model tags
        the two apart or the quoted name alone."""
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        n = len(doc)
        for i in range(1, n - 2):
            close = _QUOTE_PAIRS.get(doc[i].text)
            head = i - 1
            if close is None or not doc[head].text[:1].isupper():
                continue
            own = at.get(head)
            # "στο Κέντρο Πολιτισμού «Ελληνικός Κόσμος»": the head may open a name that ends at the quote
            named = own is not None and own.label_ in ("ORG", "FAC") and own.end == i and own.start < head \
                and self._body_noun(doc, folded, own.start)
            if not (named or self._body_noun(doc, folded, head)):
                continue
            j = next((k for k in range(i + 1, min(n, i + 8)) if doc[k].text == close), None)
            if j is None or j == i + 1 or not _is_name_word(doc[i + 1]) or any(doc[k].is_sent_start for k in range(i + 1, j)):
                continue
            start = own.start if own is not None and own.label_ in ("ORG", "FAC") and own.end == i else head
            while start == head and start > 0 and doc[start - 1].text[:1].isupper() and _looks_modifier(doc[start - 1].text) \
                    and not doc[start - 1].is_sent_start and start - 1 not in at:
                start -= 1  # "Φιλολογικό Σύλλογο" the model did not tag
            inside = [e for e in ents if e.start < j + 1 and start < e.end]
            if any(e.start < start or e.end > j + 1 or e.label_ not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART")
                   for e in inside):
                continue
            new.append(Span(doc, start, j + 1, label="ORG"))
        _overlay(doc, ents, new)

    def _numbered_bodies(self, doc: Doc, folded: list[str]) -> None:
        """"του 7ου Αστυνομικού Τμήματος", "το 2ο Γυμνάσιο Καβάλας": an ordinal in digits before
        capitalised words with a body head numbers that body; the model, which saw few such
        names, tags the ordinal alone or the head alone. Only where it tagged a piece of the name
        as a body or a person, and never across an entity that reaches beyond the name."""
        ents = list(doc.ents)
        new: list[Span] = []
        n = len(doc)
        for i in range(n - 1):
            if not FOLDED_ORDINAL.fullmatch(folded[i]):
                continue
            j, last_head = i + 1, None
            while j < n and j - i <= 4 and doc[j].is_alpha and _is_name_word(doc[j]):
                if folded[j] in self.org_heads:
                    last_head = j
                j += 1
            if last_head is None:
                continue
            end = last_head + 1
            end += self._place_at(doc, folded, end) if end < n else 0  # its seat: "... Γυμνασίου Καβάλας"
            inside = [e for e in ents if e.start < end and i < e.end]
            if any(e.label_ in ("ORG", "PERSON") for e in inside) \
                    and not any(e.start < i or e.end > end for e in inside):
                new.append(Span(doc, i, end, label="ORG"))
        _overlay(doc, ents, new)

    def _extend_all(self, doc: Doc) -> None:
        ents = list(doc.ents)
        new: list[Span] = []
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            end = self._extend_to_acronym(doc, ent)
            if end is not None and end > ent.end:
                new.append(Span(doc, ent.start, end, label="ORG"))
        _overlay(doc, ents, new)

    def _named_before_acronym(self, doc: Doc, folded: list[str]) -> None:
        """"της Ομάδας των Είκοσι (G20)", "το Κέντρο Μελέτης Σεισμών (ΚΜΣ)": an acronym in
        parentheses (or a short name in mixed case, "(HILab)") defines the name right before it; where the model saw no body there, a
        capitalised body head noun (inflection.json "organisation_heads") and the capitalised
        words and joining words after it, up to the parenthesis, are that body's name; the head
        alone is none ("το Υπουργείο (ΥΠΕΞ)")."""
        ents = list(doc.ents)
        at = {k: e for e in ents for k in range(e.start, e.end)}
        new: list[Span] = []
        for p in range(1, len(doc) - 2):
            if doc[p].text != "(" or doc[p + 2].text != ")" \
                    or not (_ACRONYM.match(doc[p + 1].text) or MIXED_SHORT_NAME.match(doc[p + 1].text)):
                continue
            if p - 1 in at and at[p - 1].label_ == "ORG":
                continue
            start = None
            k = p - 1
            while k >= 0 and p - k <= self.max_gap:
                tok = doc[k]
                e = at.get(k)
                if e is not None and e.label_ not in ("GPE", "LOC", "NORP", "CARDINAL"):
                    break
                if tok.text[:1].isupper() and tok.is_alpha and not tok.is_upper:
                    if folded[k] in self.org_heads:
                        start = k
                elif folded[k] not in _NAME_LINKS or (folded[k] in _ANY_ARTICLES and folded[k] not in _GEN_ARTICLES):
                    break  # "η Ένωση Χ και το Κέντρο Ψ (ΚΨ)": an article in another case opens another name
                if tok.is_sent_start:
                    break
                k -= 1
            if start is None or start == p - 1 or folded[p - 1] in _NAME_LINKS:
                continue
            if any(e.start < start < e.end for e in ents):
                continue  # a name the model saw runs into the head: not this one's
            new.append(Span(doc, start, p, label="ORG"))
        _overlay(doc, ents, new)

    def _aim_complements(self, doc: Doc, folded: list[str], caps: _CapsLines) -> None:
        """"το Εθνικό Κέντρο για την Υποστήριξη των Ηλικιωμένων", "η Υπηρεσία κατά της
        Λαθρεμπορίας": a body's name may go on after «για» or «κατά» (linking.json "aim_prepositions")
        with the capitalised words of its aim, which the model, trained on shorter names, leaves out.
        A name its head noun opens (not an acronym, not a listed body) takes them in when they are
        Greek words with a capital (joined by «και» and the articles) that name no place, person,
        body, day or feast of their own ("μήνυμα του Οργανισμού για το Πάσχα"): "η Ευρωπαϊκή Επιτροπή για την Ελλάδα", "η Επιτροπή Ανταγωνισμού για την
        Aegean" say what the body speaks of. Not in a line in capitals or a heading (a line that ends
        in no punctuation: "Ανακοίνωση Γραφείου Χ για την Στέγαση"), where words take capitals by style."""
        ents = list(doc.ents)
        new: list[Span] = []
        for ent in ents:
            if ent.label_ != "ORG" or ent.text.isupper() or caps.contains(ent) or self._in_heading(doc, ent) \
                    or not (folded[ent.start] in self.org_heads or (len(ent) > 1 and folded[ent.start + 1] in self.org_heads)):
                continue
            words = folded[ent.start:ent.end]
            if self._known_phrase(words) or (len(words) == 1 and words[0] in self.known_words):
                continue  # a listed body's name is whole
            # the aim may have begun inside the model's span ("... για την Υποστήριξη | και τη Φροντίδα")
            i = ent.end if any(w in self.aim_prepositions for w in words[1:]) else ent.end + 1
            if i == ent.end + 1 and not (ent.end < len(doc) and folded[ent.end] in self.aim_prepositions):
                continue
            end = self._aim_end(doc, folded, i)
            if end > max(i, ent.end):
                new.append(Span(doc, ent.start, end, label="ORG"))
        _overlay(doc, ents, new)

    def _known_phrase(self, words: list[str]) -> bool:
        """Whether folded words are the whole of a listed body's many-word name, in a singular form:
        checked against the names that open with the same two words (``known_starts``), not all
        ``known_phrases`` (every name there has two words or more)."""
        return len(words) > 1 and any(
            len(forms) == len(words) and all(w in f for w, f in zip(words, forms, strict=True))
            for forms in self.known_starts.get((words[0], words[1]), ()))

    @staticmethod
    def _in_heading(doc: Doc, ent: Span) -> bool:
        """Whether the span stands in a line that ends in no punctuation: a heading or a title."""
        text = doc_text(doc)
        end = text.find("\n", ent.end_char)
        line = text[ent.end_char:end if end >= 0 else len(text)].rstrip()
        return not line or line[-1].isalnum()

    def _aim_end(self, doc: Doc, folded: list[str], i: int) -> int:
        """Where the capitalised words of a body's aim that start at token ``i`` end (``i`` if none
        or if the first names a place, a person, a body or a day or feast):
        Greek words with a capital, joined by the conjunction and articles, none a place, a person,
        a listed body or a body's head noun, no acronym; up to ``max_gap`` tokens."""
        end, j, limit = i, i, min(len(doc), i + self.max_gap)
        while j < limit:
            tok, key = doc[j], folded[j]
            if key in _NAME_LINKS and key not in self.aim_prepositions and tok.is_alpha and tok.is_lower:
                j += 1
                continue
            if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and greek_ratio(tok.text) == 1.0):
                break
            if tok.ent_type_ in ("PERSON", "GPE", "NORP", "EVENT", "DATE") or (key,) in self.places \
                    or key in self.org_heads or key in self.known_words or key in self.calendar:
                # what the body speaks of ("για την Ελλάδα"), or the seat after its aim ("κατά της
                # Διαφθοράς | της Ρουμανίας"): the aim, if any, ends before it
                return end if end > i and folded[end] in _NAME_LINKS else i
            j += 1
            end = j
        return end

    def _extend_to_acronym(self, doc: Doc, ent: Span) -> int | None:
        """Token index where the extended name ends (the "(" of an acronym), or None."""
        i = ent.end
        limit = min(len(doc), ent.end + self.max_gap)
        saw_name = False
        saw_and = False
        while i < limit:
            tok = doc[i]
            if saw_and and tok.ent_iob_ == "B" and tok.ent_type_ == "ORG":
                return None  # "X και το Ευρωπαϊκό Δίκτυο ... (ENSIE)": the acronym is the other's
            if tok.text == "(":
                if saw_name and i + 2 < len(doc) and doc[i + 2].text == ")" and _ACRONYM.match(doc[i + 1].text):
                    return i
                return None
            if fold(tok.text) in _NAME_LINKS:
                saw_and = saw_and or fold(tok.text) in {"και", "and", "&"}
                i += 1
                continue
            if _is_name_word(tok) and tok.ent_type_ in ("", "ORG", "GPE", "LOC"):
                saw_name = True
                i += 1
                continue
            return None
        return None


class SortedWords:
    """A fixed set of words in little memory: their UTF-8 bytes sorted into one ``bytes``, with a
    table of where each ends, found by bisection. Exact like a ``frozenset`` of the strings, at a
    sixth of its size (190,000 words: 4.5 MB, not 26 MB)."""

    __slots__ = ("_blob", "_ends")

    def __init__(self, words: Iterable[str]) -> None:
        encoded = sorted(w.encode("utf-8") for w in words)
        self._blob = b"".join(encoded)
        # word i is _blob[_ends[i]:_ends[i + 1]] (the running sum in C, not a Python loop over 190,000 words)
        self._ends = array("I" if len(self._blob) < 2**32 else "Q", accumulate(map(len, encoded), initial=0))

    def __len__(self) -> int:
        return len(self._ends) - 1

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key, blob, ends = word.encode("utf-8"), self._blob, self._ends
        lo, hi = 0, len(ends) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if blob[ends[mid]:ends[mid + 1]] < key:
                lo = mid + 1
            else:
                hi = mid
        return lo < len(ends) - 1 and blob[ends[lo]:ends[lo + 1]] == key


@lru_cache(maxsize=4)
def accented_words(folder: str) -> SortedWords:
    """The accent-free keys (five letters or more) of a saved ``lemma_lookup``'s word list whose
    usual spelling carries an accent: only the keys, read a block of pairs at a time and kept as
    sorted bytes. A batch process holds them for its life: a frozenset of the strings took 26 MB,
    and reading the whole file for it (``srsly.read_gzip_json``: 27 MB of JSON, rules and all)
    left the heap 40-70 MB larger; this takes 4.5 MB, and about 5 MB while it is read."""
    return SortedWords(k for k, v in saved_lexicon(folder) if len(k) >= 5 and not _TONOS.isdisjoint(v))


def _by_start(phrases: list[tuple[frozenset[str], ...]]) -> dict[tuple[str, str], list[tuple[frozenset[str], ...]]]:
    """Many-word phrases by each pair of forms their first two words may take."""
    table: dict[tuple[str, str], list[tuple[frozenset[str], ...]]] = {}
    for forms in phrases:
        for a in forms[0]:
            for b in forms[1]:
                table.setdefault((a, b), []).append(forms)
    return table


def _written_forms(name: str) -> list[str]:
    """The ways a double name is written: "Κορδελιού - Ευόσμου", with an en dash, or joined
    ("Κορδελιού-Ευόσμου", one token); a comma stands apart as its own token."""
    name = name.replace(",", " ,")
    if " - " not in name:
        return [name]
    return [name, name.replace(" - ", " – "), name.replace(" - ", "-")]


# head words of bodies named in English and a few other Latin-script languages
_LATIN_HEADS = frozenset({
    "university", "universität", "université", "universidad", "università", "institute", "institut", "instituto",
    "istituto", "college", "academy", "association", "society", "foundation", "fund", "agency", "authority",
    "council", "commission", "committee", "bureau", "ministry", "organisation", "organization", "federation",
    "union", "alliance", "bank", "corporation", "company", "inc", "ltd", "llc", "plc", "gmbh",
    "holdings", "hospital", "clinic", "laboratory", "laboratories", "observatory", "trust",
})

# Latin-script words of a body's name that also end the names of events, competitions and venues, and
# the plural of a performing group, which names a contest's class ("Mixed Youth Choirs"), no one body
_LATIN_NOT_BODY_HEADS = frozenset({"Festival", "League", "Museum", "Center", "Centre", "Theatre", "Theater", "Hotel",
                                   "Hotels", "Resort", "Choirs"})

# heads of the official names of local authorities (places.tsv), and the stems of the words of
# their roles ("δήμαρχος", "αντιπεριφερειάρχης", "δημοτικός σύμβουλος"), folded
_UNIT_NAME_HEADS = ("Δήμος ", "Περιφέρεια ", "Περιφερειακή Ενότητα ")
_LOCAL_ROLE_STEMS = ("δημαρχ", "αντιδημαρχ", "περιφερειαρχ", "αντιπεριφερειαρχ", "δημοτικ", "περιφερειακ")

# singular forms of the heads of local authorities ("ο δήμος", "της περιφέρειας")
_UNIT_HEADS = frozenset(x for word, gender in (("δήμος", "m"), ("περιφέρεια", "f"))
                        for slot, xs in word_forms(word, gender).items() if slot.endswith("_sg") for x in xs)

# head nouns of programmes, projects, prizes, contests, plans and registers: no kind of body
_NOT_BODY_STEMS = ("προγραμμ", "βραβει", "διαγωνισμ", "φεστιβαλ", "συνεδρι", "σχεδι", "φορουμ", "forum",
                   "εργο", "εργου", "χορο", "μητρω")

# "Με πληροφορίες από", "Πηγή:": the words after them name where the news came from
# what joins the names a source formula lists ("από kritinews, portalnews και ΑΠΕ-ΜΠΕ/AFP")
_SOURCE_LINKS = frozenset({",", "/", "και", "&"})
# "Site: Μία ακόμη ...": the indefinite article opens a sentence glued to the formula, no source's name
_INDEFINITE = indefinite_articles()


# the articles a title may start with ("Το Βήμα", "Τα Νέα"), and the genitive ones of a complement
_TITLE_ARTICLES = article_forms(lambda a: "nom" in a.cases)
# every form of the definite article, folded
_ARTICLES = article_forms()
# the folded endings of the plural nouns a masculine plural adjective agrees with ("βουλευτές",
# "πολιτικοί", "γερουσιαστών", "κυβερνήτες", "ψηφοφόρους"; inflection.json "masculine_plural_endings")
_AGREEING_PLURALS = masculine_plural_endings()
_ANY_ARTICLES = article_forms(contracted=None)  # "Η", "Στον": bare and fused with "σε"
# the feminine singular article, bare and fused with «σε» ("η", "της", "στην")
_FEMININE_ARTICLES = article_forms(lambda a: a.gender == "f" and a.number == "sg", contracted=None)
_FEMININE_SG_ARTICLES = article_forms(lambda a: a.gender == "f" and a.number == "sg")  # "η", "της", "την", "τη"
_FEMININE_NOM_ACC_ARTICLES = article_forms(lambda a: a.gender == "f" and a.number == "sg" and "gen" not in a.cases)
_GEN_SG_ARTICLES = article_forms(lambda a: "gen" in a.cases and a.number == "sg")  # "του", "της"
# what the model makes of a foreign company's name that is no person and no place
_THING_LABELS = frozenset({"EVENT", "PRODUCT", "FAC", "WORK_OF_ART"})
# what the model makes of a foreign company's name after "η", "της", "τη(ν)": a person or a place
_LATIN_PLACE_AS = frozenset({"PERSON", "GPE", "LOC"})
_GEN_ARTICLES = article_forms(lambda a: "gen" in a.cases)
# folded endings of a Greek name in the genitive ("Αθηνών", "Δούρου", "Ρένας", "Κρήτης", "Πόλεως", and the
# third declension's "Άργους" but not its "-ος", which nominatives share): after a noun of a body's kind such
# a name is the noun's complement, not its name
_GENITIVE_NAME_ENDINGS = _GENITIVE + tuple(e for e in _ANY_GENITIVE if e.endswith("ουσ"))
_GEN_PLURAL_ARTICLES = article_forms(lambda a: "gen" in a.cases and a.number == "pl")  # "των"
_ARTICLE_CASES = article_case_numbers()  # "της": genitive singular; "τους": accusative plural
# the words that may join the Latin-script words of a company's name ("White & Case LLP")
_LATIN_JOINS = frozenset({"&", "and", "of", "und", "et"})
# a match result ("3-0", "2:1") and the dashes between the two teams
_SCORE = re.compile(r"^\d{1,3}[-–:]\d{1,3}$")
# a share's or an index's change in a market report ("+9,86%", "-0,84%", "+10%.")
_SIGNED_CHANGE = re.compile(r"^[+-]\d{1,3}(?:,\d{1,2})?%\.?$")
_DASHES = frozenset({"-", "–", "—"})
# two capitalised names joined by a dash with no spaces, one token ("Ποσειδώνας-Κεραυνός"), in a results line
_JOINED_SIDES = re.compile(r"^([^\W\d_]+)[-–]([^\W\d_]\w*)$")
# the number of a table's row ("3."), and one written onto the row's name ("5.Αετός")
_ROW_NUMBER = re.compile(r"^(\d{1,2})\.$")
# a dotted form of three capitals or more written onto a capitalised word ("Γ.Α.Σ.Παμβοχαϊκός")
_GLUED_FORM = re.compile(r"^((?:[^\W\d_]\.){3,})[^\W\d_][^\W\d_]*$")
# what any word that _GLUED_FORM matches holds: searched once in the whole text first
_GLUED_FORM_IN_TEXT = re.compile(r"(?:[^\W\d_]\.){3,}[^\W\d_]")
# two words a dash joins with no space, the second capitalised ("Βότση-ΑΓΣ", "Αιγάλεω-ΑΣΠ")
_JOINED_NAMES = re.compile(r"^[^\W\d_]+[-–—][^\W\d_a-zα-ωά-ώ]\w*$")
_GLUED_ROW = re.compile(r"^(\d{1,2}\.)(?=[^\W\d_])\w+$")
# what the model takes one side of a game for, and the neuter articles of "το ματς" before a fixture
_SIDE_LABELS = frozenset({"ORG", "GPE", "LOC", "PERSON", "NORP"})
# (the neuter singular's, and the genitive it shares with the masculine: "το", "του", "στο", "στου")
_GAME_ARTICLES = article_forms(lambda a: a.number == "sg" and (a.gender == "n" or ("gen" in a.cases and a.gender != "f")),
                               contracted=None)


def _noun_forms(*words: tuple[str, str]) -> frozenset[str]:
    """Every folded case form of the given (nominative, gender) nouns."""
    return frozenset(x for word, gender in words for xs in word_forms(word, gender).values() for x in xs)


def _grouped_forms(groups: dict[str, list[str]]) -> frozenset[str]:
    """Folded forms of nouns given by gender ("m", "f", "n": every case generated), plus the
    forms listed as they are matched ("words", "forms": loanwords, chosen cases)."""
    fixed = frozenset(fold(w) for key in ("words", "forms") for w in groups.get(key, ()))
    return fixed | _noun_forms(*((w, g) for g, words in groups.items() if g in ("m", "f", "n") for w in words))




def _name_stem(folded: str) -> str:
    """A one-word name without its case ending ("λαρισασ", "λαρισα" -> "λαρισ")."""
    return re.sub(r"(ουσ|ου|οσ|οι|ων|εων|εισ|εσ|ησ|ασ|η|ο|α|ε|ι|σ)$", "", folded) or folded


# endings of the adjectives clubs are named by ("Πανιώνιος", "Παμβοχαϊκός", "Ολυμπιακού"), which no
# person's name of one word has (inflection.json "adjective_endings")
_CLUB_ADJECTIVES = club_adjective_endings()
# "-ικός", "-ικής": the singular endings of the relational adjectives ("ρουμανική", "του γαλλικού")
_RELATIONAL_ENDINGS = relational_adjective_endings()


_SIDE_ARTICLES = article_forms(lambda a: "gen" not in a.cases)
_PLACE_ARTICLES = article_forms(lambda a: "acc" in a.cases, contracted=True)
# what the model takes a company's name for
_COMPANY_AS = frozenset({"PRODUCT", "WORK_OF_ART", "NORP", "PERSON"})
# what the model takes a gazetteer place for, besides a place (GPE)
_PLACE_AS = frozenset({"GPE", "ORG", "PERSON", "FAC", "LOC", "NORP"})
# the last letters, folded, no feminine noun ends with in any case: a consonant but "σ", "ι", "ε"
_NOT_FEMININE_ENDS = frozenset("βγδζθκλμνξπρτφχψιε")
# an English plural in Greek letters ("Μπουλς", "Λέικερς"): a consonant and "ς", no Greek word's ending
_ENGLISH_PLURAL = re.compile(r"[βγδζθκλμνξπρτφχψ]σ$")


def _listed_with_people(doc: Doc, folded: list[str], at: dict[int, Span], i: int, end: int) -> bool:
    """"οι Χ, η Anna Berg, ο Τζον Σμιθ": a name whose article stands at ``i`` coordinated (a
    comma or "και" and an article) with a person's name is one of a list of people."""
    n = len(doc)
    after = end + 2 < n and folded[end] in (",", "και") and folded[end + 1] in _ARTICLES \
        and (e := at.get(end + 2)) is not None and e.label_ == "PERSON"
    before = i >= 2 and folded[i - 1] in (",", "και") and (e := at.get(i - 2)) is not None and e.label_ == "PERSON"
    return after or before


def _latin_word(tok: Token) -> bool:
    """A capitalised word in Latin script ("Sunday", "Sera"), letters only."""
    return tok.is_alpha and tok.text[:1].isupper() and greek_ratio(tok.text) == 0


def _latin_run_end(doc: Doc, i: int, most: int = 5) -> int:
    """The end of the capitalised Latin-script words from ``i`` (at most ``most``, within one
    sentence, joined by "&"/"of"...): letters only, or one word of capitals and digits alone ("G20")."""
    n, end = len(doc), i
    while end < min(n, i + most) and (end == i or not doc[end].is_sent_start):
        t = doc[end]
        if (t.is_alpha and greek_ratio(t.text) == 0 and t.text[:1].isupper()) or (end > i and t.text in _LATIN_JOINS):
            end += 1
        else:
            break
    while end > i and doc[end - 1].text in _LATIN_JOINS:
        end -= 1
    if end == i and i < n and re.fullmatch(r"[A-Z]+\d+", doc[i].text) and (i + 1 == n or not (
            doc[i + 1].text[:1].isdigit() or (doc[i + 1].text[:1].isupper() and greek_ratio(doc[i + 1].text) == 0))):
        return i + 1
    return end


def _sentence_starts(doc: Doc, added: dict[int, int]) -> numpy.ndarray:
    """The Doc's sentence starts as they will stand once the tokens at the keys of ``added`` are
    split into that many more: a split token keeps its own start, its new pieces start nothing."""
    old = doc.to_array([SENT_START]).astype("int64")  # (1 a start, -1 none, 0 unknown)
    out: list[int] = []
    for i, value in enumerate(old.tolist()):
        out.append(value)
        out.extend([-1] * added.get(i, 0))
    return numpy.asarray(out, dtype="int64").astype("uint64")


def _source_word(tok: Token, first: bool) -> bool:
    """A word of a name a source formula lists: capitalised ("Reuters", "ΑΠΕ-ΜΠΕ"), with a dot
    ("in.gr"), or, as the first word, a site's name in small Latin letters ("kritinews", "tempo24");
    never the indefinite article, which opens a sentence ("Site: Μία ακόμη απώλεια")."""
    if tok.is_space or tok.is_punct or fold(tok.text) in _INDEFINITE:
        return False
    text = tok.text
    return text[:1].isupper() or "." in text \
        or (first and text.isascii() and text.isalnum() and any(c.isalpha() for c in text) and len(text) > 1)
