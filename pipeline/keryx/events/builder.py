"""Events: trigger words → typed events with date, time, place, participants and evidence.

A press release usually reports one main event, named several times ("το Συνέδριο",
"του συνεδρίου"); mentions of the same type merge into one event. Its date comes from a
sentence that names it (a neighbouring sentence's date is, on real news, another happening:
"συνελήφθη ... . Κατηγορείται για την επίθεση της 25/2/2018"), its place from a locative
phrase there ("στη Μεγάλη Αίθουσα ...", "στα δικαστήρια της Θεσσαλονίκης"); its participants
are the people of the sentences that mention it or that say someone took part ("συμμετείχε",
"εκπροσώπησε").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import timedelta
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from keryx.dates.dateline import dateline_indices
from keryx.dates.lexicon import DateLexicon
from keryx.dates.patterns import FULL_NUMERIC_DATE
from keryx.dates.rules.day_month import THIS_YEAR
from keryx.dates.rules.english_date import MONTHS as ENGLISH_MONTHS
from keryx.events.lexicon import EventLexicon
from keryx.extensions import doc_text
from keryx.lang.el import read_json, read_tsv
from keryx.lang.el.grammar import (
    adjective_case_endings,
    article_forms,
    event_name_adjective_endings,
    finite_verb_endings,
    indefinite_articles,
    present_endings,
)
from keryx.lang.el.text import fold, greek_ratio
from keryx.linking.model import Linked
from keryx.linking.names.inflection import phrase_text
from keryx.linking.organisations import singular_forms
from keryx.linking.places import APPOSITION_PLACE_HEADS, LOCATIVE_ARTICLES, framed_head, quoted_venue, street_noun
from keryx.records import DateRecord

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from datetime import date

    from spacy.tokens import Doc, Span, Token

    from keryx.linking.names.lexicon import NameLexicon


@dataclass
class EventDraft:
    type: str
    trigger: str
    start: int
    end: int
    sentences: list[int] = field(default_factory=list)
    date: str | None = None
    date_end: str | None = None
    time: str | None = None
    location: str | None = None
    name: str | None = None
    participants: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    # A happening told in a relative clause on another noun: its token span in the document
    clause: tuple[int, int] | None = None
    # The sentence that placed it says that it takes place ("Η συναυλία θα πραγματοποιηθεί στη Χ")
    placed_by_verb: bool = False
    # The issue of an act, dated by its reference: a document's, with no place of its own
    issue: bool = False
    # Held online ("μέσω τηλεδιάσκεψης"): no place
    online: bool = False
    # Named only by nouns of the dictionary list of happenings ("side" in events.tsv): another event
    # of the text, never its main one, placed by no country
    side: bool = False
    # Told only by a verb of taking place and its subject ("σημειώθηκαν συμπλοκές στη Χ"), or
    # by the clause of a cleft's focused day ("Ήταν 3 Μαΐου όταν ..."): a sentence that tells
    # a happening, no mention in passing
    by_verb: bool = False
    # A press conference whose sentence says where it is given ("σε συνέντευξη Τύπου στην Ουάσινγκτον",
    # "της συνέντευξης Τύπου που παραχώρησε στον Λευκό Οίκο"): where reported words were said
    given_at: bool = False
    # Its sentence's verb of taking place says where it took place ("Η συναυλία θα γίνει στο
    # λιμάνι Χ"): a happening told there, not a mention in passing
    told_at: bool = False
    # A sentence that names it dates only another clause's happening (see EventBuilder._other_clause)
    other_dated: bool = False


_EVENTS = read_json("events.json")  # the builder's closed word lists, parsed once
_LINKING = read_json("linking.json")  # parsed once for the module's word lists

# Event types that name a part or a by-product of another event when they share its date.
GENERIC_TYPES = {"event", "talk", "presentation", "announcement", "press conference"}
# Types of speech acts: what they quote is another happening.
SPEECH_TYPES = frozenset({"announcement", "press conference"})
UNTIL = frozenset(fold(w) for w in _EVENTS["deadline"]["until"])
DEADLINE_WORDS = UNTIL | {fold(w) for w in _EVENTS["deadline"]["nouns"]}
# Coming into force: "θα ισχύσουν από", "ισχύει από", "σε ισχύ από" (not "ισχυρός", strong).
IN_FORCE = "in force"
IN_FORCE_WORDS = frozenset(fold(w) for w in _EVENTS["in_force"])
# Folded openings that point back at the frame of the sentence before ("Σε αυτό το πλαίσιο").
FRAME_BACK = tuple(fold(w) for w in _EVENTS["frame_back"])
# Folded forms of "έκδοση" (the issue of an act) and of its publication ("δημοσιεύτηκε
# (37593/9.4.2020)"), whose reference date is the issue's day.
ISSUE_WORDS = frozenset(fold(w) for w in _EVENTS["issue_words"])
# Folded plural nouns for rules that a heading names with the period they apply ("Μέτρα ... από").
MEASURES = frozenset(fold(w) for w in _EVENTS["measures"])
APPLICATION_STEMS = tuple(fold(w) for w in _EVENTS["application_stems"])
GENITIVE_ARTICLES = article_forms(lambda a: "gen" in a.cases)
# Folded adverbs of the relative day ("σήμερα", "απόψε", "χθες"): right before a phrase of place
# they say when and where something happens ("συναντήθηκε σήμερα στο Χ").
RELATIVE_DAYS = frozenset(DateLexicon.default().rel_days)
# Folded words that name a day by the day of writing or the week: the relative adverbs and the
# weekdays' names and genitives ("χθες", "Δευτέρα", "Δευτέρας"). A full date in brackets right
# after one glosses it ("χθες (28.11.2021)", "της περασμένης Δευτέρας (12/7/2021)").
GLOSSED_DAY_WORDS = RELATIVE_DAYS | frozenset(DateLexicon.default().weekdays)
# The word right before an opening bracket that stands just before a date.
_WORD_BRACKET = re.compile(r"(\w+)\s*\(\s*$")
# How many words after "συνέντευξη" may stand before the phrase of place that says where it is
# given: "Τύπου", a relative "που", its verb and an adverb ("Τύπου που παραχωρεί καθημερινά στον Χ").
GIVEN_AT_GAP = 5
# How many words of the time of day may stand between such an adverb and the phrase of place
# ("σήμερα το πρωί στο Χ").
DAY_PLACE_GAP = 2
PLACE_ENT_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A venue's name is often tagged EVENT ("Μεγάλη Αίθουσα"); an event's own name opens with a
# trigger word and is told apart by that.
NAME_OF_PLACE_LABELS = PLACE_ENT_LABELS | {"EVENT"}
# How finely a kind of place (places.tsv) places a happening: a continent or sea, a country,
# a region, an island, a town; a linked place the gazetteer lacks is mostly a small one.
# Every kind places.tsv uses: a state (of a federation) ranks as a region, a world city as a city,
# a world region (UN M49: "Λατινική Αμερική", "Μέση Ανατολή") or an area of member states ("Ευρωζώνη") as a continent.
PLACE_KIND_RANKS = {"continent": 0, "world region": 0, "member-state area": 0, "sea": 0, "country": 1, "formal state": 1, "territory": 1,
                    "decentralised administration": 2, "region": 2, "state": 2, "prefecture": 2,
                    "regional unit": 2, "area": 2, "mountain": 2, "river": 2, "lake": 2, "island": 3,
                    "city": 4, "world city": 4, "capital": 4, "town": 4, "municipality": 4, "village": 4,
                    "place": 4, "road": 4}
COARSE_RANK = 2
FINEST_RANK = 4
# A country (or a continent, a sea) is what a lead's phrase of place mostly describes ("Επιστήμονες
# στη Δανία ανακάλυψαν", "επέστρεψε στην Ελλάδα", "για έκδοση στη Γαλλία"), not where the news happens.
COUNTRY_RANK = 1
# Folded heads of bodies named after the building they sit in ("Βουλή", "Εφετείο", "Υπουργείο"):
# after a locative the name is where a happening takes place.
PREMISES_BODY_HEADS = tuple(tuple(fold(w).split()) for w in _EVENTS["premises_bodies"])


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, int]:
    """The rank of every known place's name and other forms, folded (the gazetteer's places,
    not its rows of local-government bodies)."""
    out: dict[str, int] = {}
    for row in read_tsv("places.tsv"):
        if len(row) < 3 or row[2] not in PLACE_KIND_RANKS:
            continue
        for name in [row[0], *(row[3].split(";") if len(row) > 3 else [])]:
            out.setdefault(fold(phrase_text(name)), PLACE_KIND_RANKS[row[2]])
    return out


def _place_rank(name: str) -> int | None:
    """How finely a place's name places a happening; None for a name the gazetteer lacks. A
    continent's, a sea's or a world region's part named by its point of the compass ("Ανατολική
    Μεσόγειος", "Δυτική Μεσόγειος") is as coarse as the whole."""
    rank = _place_kinds().get(fold(name))
    first, _, rest = name.partition(" ")
    if rank is None and rest and fold(first).startswith(COMPASS_STEMS) and _place_kinds().get(fold(rest)) == 0:
        return 0
    return rank


# Folded adverbs of direction that take a genitive of place ("νότια της Γαύδου").
DIRECTIONS = frozenset(fold(w) for w in _EVENTS["directions"])
# Folded words that, after a comma, tell where the place before the comma lies ("Χ, κοντά στη Ψ",
# "Χ, προάστιο του Ψ"), with the points of the compass ("Χ, νότια της Ψ").
BESIDE_PLACE = frozenset(fold(w) for w in _EVENTS["beside_place"]) | DIRECTIONS
# Folded articles of the accusative, which "από" takes ("έξω από το Παρίσι").
ACCUSATIVE_ARTICLES = article_forms(lambda a: "acc" in a.cases)
# Their stems, which open the adjectives of the points of the compass ("Νότια", "Ανατολική").
COMPASS_STEMS = tuple(sorted({d[:-1] for d in DIRECTIONS}))

# Folded stems of the nouns that name a street or square before its name ("οδό Ακαδημίας").
STREET_NOUNS = tuple(fold(w) for key in ("street_stems", "square_stems") for w in _EVENTS[key])
# Those of a square ("πλατεία"): a venue of its own, not placed by the town written after it.
SQUARE_NOUNS = tuple(fold(w) for w in _EVENTS["square_stems"])

RELATIVES = frozenset({"που", "οπου"})
# Folded "ότι", "πως": after a verb or noun of saying they open what is said (linking.json's list).
COMPLEMENTIZERS = frozenset(fold(w) for w in _LINKING["role_linking"]["complementizers"])
NEGATIONS = frozenset(fold(w) for w in _LINKING["verb_particles"]["negations"])
# Folded singular forms of the one-word Greek heads of a venue's name (linking.json "venue_heads":
# "θέατρο", "Πινακοθήκη", "ξενοδοχείο"), but those of a street or square, which the street rule reads.
VENUE_HEAD_FORMS = frozenset(f for w in _LINKING["venue_heads"] if len(w.split()) == 1 and greek_ratio(w) > 0
                             for f in singular_forms(w)[0] if not f.startswith(STREET_NOUNS))
# Folded genitives of "building", with the nominative: "του κτιρίου «Γαληνός»" names a building.
BUILDINGS = {fold(k): v for k, v in _EVENTS["buildings"].items()}
QUOTES_OPEN = frozenset({"«", "“", '"'})
QUOTES_CLOSE = frozenset({"»", "”", '"'})
# Folded stems of the verbs that say a happening takes place: "πραγματοποιήθηκε",
# "θα διεξαχθεί", "έγινε", "γίνεται", "έλαβε/λαμβάνει χώρα", and a deadline's "λήγει/έληξε".
_HAPPENING = _EVENTS["happening_stems"]
HAPPENING_STEMS = tuple(fold(w) for kind in ("takes_place", "with_noun", "ends") for w in _HAPPENING[kind])
# Folded forms of a deadline's "λήγει/λήγουν/έληξε": the present and the aorist, told as fact.
ENDS = frozenset(fold(w) for w in _HAPPENING["ends"])
# How many characters may stand between such a form and its day (" στις ", " την ").
ENDS_GAP = 7
# Folded singular forms of the nouns that point at a happening as such ("το περιστατικό", "το
# συμβάν"), and stems of the verbs that say that one occurred ("σημειώθηκε", "συνέβη", "εξελίχθηκε").
INCIDENT_NOUNS = frozenset(fold(w) for w in _EVENTS["incident_nouns"])
INFO_WORDS = frozenset(fold(w) for w in _EVENTS["info_words"])
# Folded stem of "συνέντευξη" and the words after it that make it a press conference ("Τύπου").
INTERVIEW_STEM = fold(_EVENTS["interview"]["stem"])
PRESS_WORDS = frozenset(fold(w) for w in _EVENTS["interview"]["press"])
OCCURRED_STEMS = tuple(fold(w) for w in _EVENTS["occurred_stems"])
# Folded prepositions besides "σε" that open a phrase of place set beside an earlier one (see
# :meth:`EventBuilder._place_past_relative`).
APPOSED_PLACE_OPENERS = frozenset(fold(w) for w in _EVENTS["apposed_place_openers"])
# Stems of the verbs that tell that a happening took or takes place (no deadline's "λήγει"), and
# those of "λαμβάνω" that do so only with "χώρα" ("έλαβε χώρα"; "έλαβε" alone is "received").
TOOK_PLACE_STEMS = tuple(fold(w) for kind in ("takes_place", "with_noun") for w in _HAPPENING[kind]) + OCCURRED_STEMS
WITH_PLACE_STEMS = tuple(fold(w) for w in _HAPPENING["with_noun"])
WITH_PLACE_NOUN = fold(_HAPPENING["noun"])
NO_HAPPENING_AFTER = tuple(fold(w) for w in _HAPPENING["not_after"])  # "έγινε γνωστό": became known
# Folded stems of the intransitive and passive forms whose subject is a happening ("διεξήχθη ο
# αγώνας", "η πορεία πραγματοποιήθηκε"), of "λαμβάνω" with "χώρα", of the copular "γίνομαι" (whose
# subject is a happening only where no predicate follows: "έγινε δεκτός" is none), and of the
# nouns of a change in a measure ("σημειώθηκε άνοδος"), which such a verb records and no happening.
_TOOK = _EVENTS["took_place_forms"]
IMPERFECTIVE_FORMS = tuple(fold(w) for w in _TOOK["imperfective"])
TOOK_PLACE_FORMS = tuple(fold(w) for w in _TOOK["verb"]) + IMPERFECTIVE_FORMS
BECOME_FORMS = tuple(w for w in TOOK_PLACE_FORMS if w.startswith(("εγιν", "γιν")))
# "ξεκινούν οι εξετάσεις τη Δευτέρα": a verb of beginning with a happening for subject dates it
START_IMPERFECTIVE = frozenset(fold(w) for w in _EVENTS["start_forms"]["imperfective"])
START_FORMS = frozenset(fold(w) for w in _EVENTS["start_forms"]["perfective"]) | START_IMPERFECTIVE
OBJECT_ARTICLES = article_forms(lambda a: a.cases == {"acc"})  # "ξεκίνησε την προετοιμασία": a doer's object
CHANGE_NOUNS = tuple(fold(w) for w in _TOOK["changes"])
SUBJUNCTIVE = frozenset(fold(w) for w in _LINKING["verb_particles"]["subjunctive"])
FUTURE = frozenset(fold(w) for w in _LINKING["verb_particles"]["future"])
RELATIVE_PRONOUN = fold(_TOOK["relative_pronoun"])
CONDITIONALS = frozenset(fold(w) for w in _TOOK["conditionals"])
NOT_SUBJECTS = frozenset(fold(w) for w in _TOOK["indefinite_pronouns"])
AUXILIARIES = frozenset(fold(w) for w in _LINKING["perfect_auxiliaries"])  # a happening is a third person
# The past forms of the auxiliary ("είχε", "είχαν"): with them the perfect becomes the pluperfect.
PLUPERFECT_AUXILIARIES = frozenset(a for a in AUXILIARIES if a.startswith("ειχ"))
# Words before an application verb that set no limit with its "έως/μέχρι": a negation ("δεν
# υποβάλουν"), a perfect's auxiliary ("έχουν υποβληθεί", done by that day: a condition).
UNSET_LIMIT = NEGATIONS | AUXILIARIES
ALSO = fold(_TOOK["also"])
COMPARATIVES = frozenset(fold(w) for w in _TOOK["comparatives"])


def _compared(toks: list[Token], k: int) -> bool:
    """Whether the verb at k opens a clause of comparison: "όπως" before it, with only "και", a
    particle or an auxiliary between ("όπως συνέβη και στην Ουάσινγκτον", "όπως είχε γίνει στο Χ").
    Such a clause tells a like happening elsewhere or before; its phrase of place is not the
    sentence's happening's place, nor does it tell a happening of the text's own."""
    m = k - 1
    while m >= 0 and (fold(toks[m].text) in VERB_PARTICLES | AUXILIARIES or fold(toks[m].text) == ALSO):
        m -= 1
    return m >= 0 and fold(toks[m].text) in COMPARATIVES
NOMINATIVE_ARTICLES = article_forms(lambda a: "nom" in a.cases) | indefinite_articles()
PREPOSITIONS = frozenset(fold(w) for w in _LINKING["motion_prepositions"] + _LINKING["locative_prepositions"]
                         + _TOOK["prepositions"])
# Folded endings of words that are no name of a place, though capitalised in a body's or a
# programme's name: abstract nouns ("Διοίκηση", "Εκπαίδευση", "Προγραμματισμό") and plural
# adjectives ("Εθνικά και Ευρωπαϊκά Προγράμματα").
NOT_A_NAME_ENDINGS = ("ηση", "ωση", "ευση", "ιση", "αξη", "ηξη", "υξη", "ψη", "σμοσ", "σμο", "σμου",
                      "ικα", "ικεσ", "ικουσ", "ικων")


# Folded endings of the adjectives that open an event's name ("Οικονομικό", "Διεθνές", "Ετήσιο").
ADJECTIVE_ENDINGS = event_name_adjective_endings()


# Folded case endings of adjectives before a noun ("τεχνική σύσκεψη", "νέα συνάντηση", "έκτακτο συμβούλιο").
ADJECTIVE_CASE_ENDINGS = adjective_case_endings()


# A headline: the text's first line, short, with no closing stop (a sentence ends in one).
HEADLINE_MAX_WORDS = 30
KICKER_DASHES = re.compile(r"\s[-–—]\s")


def _headline(text: str) -> tuple[int, int] | None:
    """The offsets of the headline, the first line when it reads as one, else None."""
    nl = text.find("\n")
    if nl <= 0 or not text[nl:].strip():
        return None
    line = text[:nl].rstrip()
    words = line.split()
    if not words or len(words) > HEADLINE_MAX_WORDS or line[-1] in ".:;·":
        return None
    return len(line) - len(line.lstrip()), len(line)


LEAD_LINES = 4
STOPS = (".", "!", "…", ";")
# A full stop closing a sentence of some length inside a line, another sentence following it.
_WHOLE_SENTENCE_INSIDE = re.compile(r"\w{3,}[.!;]\s+[«\"(]?[Α-ΩΆΈΉΊΌΎΏA-Z]")


def _lead_start(text: str, after: int) -> int:
    """Where the lead opens: the first of the next few lines that ends as a sentence does,
    past a subtitle, a date or a byline ("Παραμένουν υψηλά τα κρούσματα", "Γιώργος Π."), or one
    that holds a whole sentence and is cut short after it (a subtitle holds none); else the first
    line after the headline."""
    pos = after
    first = None
    for _ in range(LEAD_LINES):
        while pos < len(text) and text[pos] in "\n\r \t":
            pos += 1
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        first = pos if first is None else first
        line = text[pos:end].rstrip().rstrip("»”\"'")
        if line.endswith(STOPS) or _WHOLE_SENTENCE_INSIDE.search(line):
            return pos  # a line cut short after a whole sentence is the lead still, no subtitle
        pos = end
    return first if first is not None else after


def _kicker_place(text: str, head: tuple[int, int], places: PlaceIndex) -> str | None:
    """"Κορωνοϊός - Ιταλία: Μείωση ...", "Κιλκίς: Συνελήφθη ...": a place that alone makes up
    a part of the headline's kicker (what comes before its colon) is where the news happens."""
    colon = text.find(":", head[0], head[1])
    if colon <= head[0]:
        return None
    a = head[0]
    for cut in [*(m.start() for m in KICKER_DASHES.finditer(text, head[0], colon)), colon]:
        part = text[a:cut]
        start = a + len(part) - len(part.lstrip())
        end = a + len(part.rstrip())
        place = places.exact(start, end) if end > start else None
        if place is not None:
            return place
        a = cut + 1
        while a < colon and text[a] in " -–—":
            a += 1
    return None


def _opening_date(text: str, sents: list[Span], head: tuple[int, int], date_sent: dict[int, list[DateRecord]],
                  lead: Span | None, at: int | None) -> DateRecord | None:
    """The day a news article's opening gives its happening: a full date of the headline, else
    one of the lead sentence when that tells a happening (see :func:`_acts`), the date no limit
    in either ("έως τις 20 Οκτωβρίου"; a headline's "Μέχρι 6.1.2019" ends a run of days), else
    one of the sentence that follows the lead in its own paragraph, which goes on telling the
    same news ("Οι ψαράδες του νησιού διαμαρτυρήθηκαν για τις τιμές. Έκλεισαν το λιμάνι την
    Τρίτη 4 Μαρτίου 2025 με τις βάρκες τους"), unless that sentence tells what had happened
    before it (see :func:`_before_the_news`)."""
    head_sents = [i for i, s in enumerate(sents) if s.start_char < head[1]]
    date = next((d for i in head_sents for d in date_sent.get(i, [])
                 if d.date and len(d.date) == 10 and d.start < head[1] and not _after_until(text, d)), None)
    if date is None and lead is not None and at is not None and _acts(lead):
        date = next((d for d in date_sent.get(at, []) if d.date and len(d.date) == 10
                     and lead.start_char <= d.start < lead.end_char
                     and not _after_until(text, d)), None)
        if date is None and not any(d.start >= lead.start_char for d in date_sent.get(at, [])):
            # (a lead with a day of its own, a limit or one of no known year, says when, or that it cannot)
            date = _next_in_paragraph(text, sents, lead, at, date_sent)
    return date


def _next_in_paragraph(text: str, sents: list[Span], lead: Span, at: int,
                       date_sent: dict[int, list[DateRecord]]) -> DateRecord | None:
    """The full date of the sentence after the lead, in the lead's own paragraph (no line
    break between them: the splitter may run the headline into the lead's sentence), when
    that sentence tells a happening and the date is no limit and stands outside quotes."""
    if at + 1 >= len(sents):
        return None
    nxt = sents[at + 1]
    if "\n" in text[lead.start_char:nxt.start_char] or not _acts(nxt) or _before_the_news(nxt):
        return None
    # a quote tells its own happenings ("Ακολουθεί η ανακοίνωση: «Από τις 3 Μαρτίου ...»")
    quoted = [(a + nxt.start_char, b + nxt.start_char) for a, b in _quoted(nxt.text)]
    return next((d for d in date_sent.get(at + 1, []) if d.date and len(d.date) == 10
                 and not any(a <= d.start < b for a, b in quoted)
                 and not _after_until(text, d)), None)


def _before_the_news(sent: Span) -> bool:
    """Whether a sentence tells in the pluperfect ("είχε/είχαν" before the verb) what had happened
    before the news: the background of a lead, not its happening ("Είχε προηγηθεί ο αγώνας της
    5ης Μαΐου")."""
    return any(fold(t.text) in PLUPERFECT_AUXILIARIES for t in sent)


# Folded conjunctions that open a subordinate clause of time or cause ("όταν", "ενώ", "αφού").
CLAUSE_OPENERS = frozenset(fold(w) for w in _LINKING["role_linking"]["clause_openers"])
# How many words (an adverb: "είχε ήδη ανακοινώσει") may stand between the auxiliary and the verb.
PLUPERFECT_GAP = 1
# the words that open a clause, which bound a date's own clause (see _told_before)
_CLAUSE_BOUNDS = RELATIVES | COMPLEMENTIZERS | CLAUSE_OPENERS


def _verbs(toks: list[Token]) -> list[tuple[int, bool]]:
    """The finite verbs of a sentence as (position, pluperfect), one per verb: the pluperfect's
    auxiliary and the verb's form in -ει after it ("είχαν ψηφίσει", "είχε ήδη οριστεί") are one,
    and a verb after "να" ("είχε οριστεί να γίνει") depends on the verb before it."""
    out: list[tuple[int, bool]] = []
    skip: set[int] = set()
    for m, t in enumerate(toks):
        if m in skip or not _finite(t) or fold(t.text) in VERB_PARTICLES:
            continue
        if m and fold(toks[m - 1].text) in SUBJUNCTIVE:
            continue
        form = None
        if fold(t.text) in PLUPERFECT_AUXILIARIES:
            words = [k for k in range(m + 1, min(len(toks), m + 3 + PLUPERFECT_GAP)) if toks[k].is_alpha]
            form = next((k for k in words[:PLUPERFECT_GAP + 1] if fold(toks[k].text).endswith("ει")), None)
        if form is not None:
            skip.add(form)
        out.append((m, form is not None))
    return out


def _told_before(sent: Span, d: DateRecord) -> bool:
    """Whether the verb a date goes with is in the pluperfect ("είχε/είχαν" and the verb's form
    in -ει): Greek tells in it what had happened before the time of the narrative, the background
    of the news ("οι βουλευτές που είχαν ψηφίσει ... στην ψηφοφορία της 19ης Οκτωβρίου", "Ωστόσο,
    τον Ιούνιο του 2020, έκρηξη σε κλινική ... είχε στοιχίσει τη ζωή ..."), not the day of a
    happening it reports. The date goes with the nearest verb of its own clause (between the
    words that open clauses: a relative word, "ότι", "όταν", "αφού", ";"), else, in a clause
    with none ("τον Ιούνιο του 2020, ..."), with the sentence's main verb: the first that opens
    no subordinate clause (a clause's first verb is its own: "έκρηξη που προκλήθηκε ... είχε
    στοιχίσει"). "Η συνεδρίαση έγινε στις 5 Μαΐου, αφού είχε αναβληθεί" keeps its day."""
    toks = [t for t in sent if not t.is_space]
    verb = _date_verb(toks, next((m for m, t in enumerate(toks) if t.idx >= d.start), len(toks)))
    return verb is not None and verb[1]


# The present forms of the auxiliary ("έχει", "έχουν"): with them the perfect.
PRESENT_AUXILIARIES = AUXILIARIES - PLUPERFECT_AUXILIARIES
# The word before a day that makes it a target set for a happening ("έχει οριστεί για τις 10 Ιανουαρίου").
TARGET = fold(_EVENTS["perfect_target"])
# "που" and the nominatives of "ο οποίος": a relative word that may be its clause's subject.
SUBJECT_RELATIVES = frozenset(fold(w) for w in _TOOK["subject_relatives"])


def _perfect(toks: list[Token], m: int) -> bool:
    """Whether the verb at ``toks[m]`` is in the present perfect: "έχει/έχουν" and the verb's form
    in -ει, at most an adverb between ("έχει νικήσει", "έχει ήδη καταργηθεί"), read from either word."""
    f = fold(toks[m].text)
    if f in PRESENT_AUXILIARIES:
        words = [k for k in range(m + 1, min(len(toks), m + 3 + PLUPERFECT_GAP)) if toks[k].is_alpha]
        return any(fold(toks[k].text).endswith("ει") for k in words[:PLUPERFECT_GAP + 1])
    if not f.endswith("ει"):
        return False
    words = [k for k in range(m - 1, max(-1, m - 3 - PLUPERFECT_GAP), -1) if toks[k].is_alpha]
    return any(fold(toks[k].text) in PRESENT_AUXILIARIES for k in words[:PLUPERFECT_GAP + 1])


def _told_as_state(toks: list[Token], j: int, text: str, d: DateRecord) -> bool:
    """Whether the verb a day goes with (see :func:`_date_verb`) is in the present perfect: Greek
    tells in it a past happening as a state of now or a record ("Μία φορά έχει νικήσει τον Χ, στις
    11-05-2019", "Έχει καταργηθεί από 24-11-2011 ο κανονισμός"), where news tells the happening it
    reports in the aorist ("νίκησε στις ..."): the day is the background of the news. A day after
    "για" is none of the verb's: a target the perfect has set ("η δίκη έχει οριστεί για τις 10
    Ιανουαρίου"), the day the happening is to take place."""
    verb = _date_verb(toks, j)
    return verb is not None and _perfect(toks, verb[0]) and TARGET not in _words_before(text, d)[-2:]


def _relative_subject(t: Token) -> bool:
    """A relative word that can be its clause's subject: "που" or a nominative of "ο οποίος"."""
    return fold(t.text) in SUBJECT_RELATIVES


def _opens_clause(t: Token) -> bool:
    """A word that opens a clause: a relative word, "ότι", "όταν", "αφού", ";" (see :func:`_told_before`)."""
    f = fold(t.text)
    return f in _CLAUSE_BOUNDS or f.startswith(RELATIVE_PRONOUN) or t.text in ";:·"


def _clause_openers(toks: list[Token]) -> list[int]:
    """The positions of the words that open a clause (see :func:`_opens_clause`)."""
    return [m for m, t in enumerate(toks) if _opens_clause(t)]


def _date_clause(toks: list[Token], j: int, openers: list[int] | None = None) -> tuple[int, int]:
    """The bounds (exclusive) of the clause of the word at j: the words that open clauses
    before and after it (see :func:`_told_before`); ``openers`` where the caller has them."""
    bounds = _clause_openers(toks) if openers is None else openers
    return max((m for m in bounds if m < j), default=-1), min((m for m in bounds if m > j), default=len(toks))


def _date_verb(toks: list[Token], j: int) -> tuple[int, bool] | None:
    """The verb a date at ``toks[j]`` goes with, as (position, pluperfect): the nearest verb of
    its own clause, else the sentence's main verb (see :func:`_told_before`); None when there is none."""
    openers = _clause_openers(toks)
    lo, hi = _date_clause(toks, j, openers)
    verbs = dict(_verbs(toks))
    own = [m for m in verbs if lo < m < hi]
    if own:
        m = min(own, key=lambda m: abs(m - j))
        return m, verbs[m]
    opened = set(openers)
    pending = False
    for m in range(len(toks)):
        if m in opened:
            pending = True
        elif m in verbs:
            if not pending:
                return m, verbs[m]
            pending = False
    return None


def _year_fixed(years: set[str], d: DateRecord) -> bool:
    """Whether the text fixes a day's year: the day writes it ("4 Μαρτίου 2025", "4/3/25"), or
    it is the one year the whole text writes (``years``: the text's written years, read once). A year the date rules took off the text's other
    dates where it writes several ("9 Φεβρουαρίου" before "24 Μαρτίου 2015" and "το 2014") may
    be another day's, and a verb is no firm evidence of which."""
    year = (d.date or "")[:4]
    if not year:
        return False
    return _writes_year(d.text, year) or years == {year}


def _writes_year(surface: str, year: str) -> bool:
    """Whether a date as written holds its year: "4 Μαρτίου 2025", or "4/3/25" with two digits."""
    return year in surface or re.search(r"\d[./-]" + year[2:] + r"(?!\d)", surface) is not None


# A year as written anywhere, a numeric date's too ("23.4.2026").
_ANY_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A year written right after a day, outside its span ("15 Απριλίου το 1912", "3 Μαΐου, του 2019"), folded.
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:το|του)\s+((?:1[89]|20)\d\d)(?!\d)")


def _posted_date(date_sent: dict[int, list[DateRecord]], head: tuple[int, int]) -> DateRecord | None:
    """The day of the post a news article embeds: a full date of the body written in English
    ("... pic.twitter.com/… April 17, 2020"). Greek news writes its own dates in Greek; an
    English one closes a quoted post (a tweet, an Instagram caption), the source the article
    reports from, and the day it was posted is the day the news was told."""
    return next((d for i in sorted(date_sent) for d in date_sent[i]
                 if d.start >= head[1] and d.date and len(d.date) == 10 and _ENGLISH_MONTH.search(d.text)), None)


_ENGLISH_MONTH = re.compile(r"(?i)(?<![a-z])(?:" + "|".join(ENGLISH_MONTHS) + r")(?![a-z])")


# Folded forms of the nouns of a lasting state of things that a text names as its background
# (linking.json "background_nouns"): a phrase of place on one ("ο πόλεμος στο Ιράν") tells where
# that state is, not where the event is.
BACKGROUND_NOUNS = frozenset(fold(w) for w in _LINKING["background_nouns"])


def _finer(place: str, than: str) -> bool:
    """Whether ``place`` places a happening more finely than the known place ``than``: a known
    place of a finer kind, or one the gazetteer lacks (a venue, a street, mostly a small place)."""
    coarse = _place_rank(than)
    rank = _place_rank(place)
    return place != than and coarse is not None and (rank if rank is not None else FINEST_RANK + 1) > coarse


def _on_background(toks: list[Token], k: int) -> bool:
    """Whether the phrase of place opening at k hangs on a noun of :data:`BACKGROUND_NOUNS`, right
    before it or before its genitive ("της επιδημίας του Covid-19 στην Κίνα"): no comma, no verb,
    at most three words between."""
    for b in range(k - 1, max(-1, k - 5), -1):
        t = toks[b]
        if fold(t.text) in BACKGROUND_NOUNS:
            return True
        if not (t.is_alpha or t.text[:1].isalnum()) or _finite(t) or fold(t.text) in LOCATIVE_ARTICLES:
            return False
    return False


# The most words a phrase of place and the gap after it may take while the next phrase still
# stands back to back with it ("στο χωριό Άνω Μερά της Μυκόνου στον δήμο Μυκόνου").
RUN_GAP = 8


def _place_runs(toks: list[Token], found: list[tuple[int, str]], words: set[int]
                ) -> list[list[tuple[int, str]]]:
    """The phrases of place of a sentence grouped into runs standing back to back: no comma or
    other mark, no verb, no relative word and no event word between one and the next, so that
    the later one names where the earlier one lies ("στην πλατεία Χ στην οδό Υ")."""
    runs: list[list[tuple[int, str]]] = []
    for k, p in found:
        if runs:
            last = runs[-1][-1][0]
            gap = toks[last + 1:k]
            if k - last <= RUN_GAP and not words.intersection(range(last + 1, k)) and all(
                    (t.is_alpha or t.text[:1].isalnum()) and not _finite(t) and fold(t.text) not in RELATIVES
                    for t in gap):
                runs[-1].append((k, p))
                continue
        runs.append([(k, p)])
    return runs


# Folded endings of a sports league's name ("Superleague", "Volley League", "Ευρωλίγκα"; linking.json
# "league_endings").
LEAGUE_ENDINGS = tuple(fold(w) for w in _LINKING["league_endings"])


def _league(name: str) -> bool:
    """Whether a name is a sports league's ("στη Superleague", "στο Champions League"): a
    competition, no venue, though the model may tag it a place."""
    return any(fold(w).endswith(LEAGUE_ENDINGS) for w in name.split())


def _quoted_name(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The offsets of a capitalised name in the quotes that open at j («Μπερναμπέου», «Ελληνικός
    Κόσμος»), at most five words, or None."""
    close = next((c for c in range(j + 1, min(len(toks), j + 7)) if toks[c].text in QUOTES_CLOSE), None)
    if close is None or close == j + 1 or not _cap(toks[j + 1]):
        return None
    last = toks[close - 1]
    return toks[j + 1].idx, last.idx + len(last.text)


# Folded names of the Internet, written with a capital but no place ("στο Διαδίκτυο").
ONLINE = frozenset(fold(w) for w in _EVENTS["online"])


def _published(doc: Doc) -> date | None:
    """The publication date the caller gave the document, when the extension is set at all."""
    return doc._.published if doc.has_extension("published") else None


def _interview(t: Token) -> bool:
    """"συνέντευξή", not "συνέντευξη Τύπου" (a press conference, held at a place)."""
    after = t.doc[t.i + 1].text if t.i + 1 < len(t.doc) else ""
    return fold(t.text).startswith(INTERVIEW_STEM) and fold(after) not in PRESS_WORDS


def _cap(t: Token) -> bool:
    """A word written with a capital and in lower case after it ("Λαμία", not "ΛΑΜΙΑ", not "Α")."""
    return t.is_alpha and len(t.text) > 1 and t.text[0].isupper() and not t.text.isupper()


def _named_word(t: Token) -> bool:
    """A word of a name: capitalised ("Εκάτη") or in capitals ("RADAR"), not one letter."""
    return _cap(t) or t.is_alpha and len(t.text) > 1 and t.text.isupper()


def _common(t: Token) -> bool:
    """A word that says nothing by its case: lower case, or all capitals (a headline)."""
    return t.is_alpha and (t.text.islower() or t.text.isupper())


# Folded endings of finite verb forms, every kind (inflection.json): "παρουσίασαν", "θα διεξαχθεί",
# "πραγματοποιήθηκε", "ανακοινώνουμε", "διεξάγεται", "συνελήφθη".
FINITE_ENDINGS = finite_verb_endings()
# Folded words that end like a verb and are none: adverbs and conjunctions.
NOT_VERBS = frozenset(fold(w) for w in _EVENTS["not_verbs"])
# Folded nouns of the doer built on an event word's stem ("παρουσιαστής"): a person, no event word.
AGENT_NOUNS = frozenset(fold(w) for w in _EVENTS["agent_nouns"])
# Words that open a verb phrase (a future or subjunctive particle, a negation) and "είναι",
# the one common verb form that ends otherwise.
VERB_PARTICLES = frozenset(fold(w) for kind in ("negations", "future", "subjunctive")
                           for w in _LINKING["verb_particles"][kind]) | {"ειναι"}
CLOSING = frozenset({";", "·", ":", "!"})
BRACKETS = {")": "(", "»": "«", "”": "“", "]": "["}


# Folded stems of the adjectives of the relative day ("σημερινή", "χθεσινή", "αυριανή") and the day
# each names, counted from the day of writing; tried longest first ("χθεσινοβραδινή" before "χθεσινή").
DAY_ADJECTIVES = {fold(k): int(v) for k, v in _EVENTS["day_adjectives"].items()}
_DAY_STEMS = sorted(DAY_ADJECTIVES, key=len, reverse=True)
# How many words an adjective of the day may stand before the event word ("τη χθεσινή πρώτη
# συνεδρίαση", "τη σημερινή έκτακτη γενική συνέλευση").
DAY_ADJECTIVE_REACH = 3


def day_adjective(tok: Token) -> int | None:
    """The day (from the day of writing) an adjective of the relative day names, else None."""
    f = fold(tok.text)
    return next((DAY_ADJECTIVES[s] for s in _DAY_STEMS if f.startswith(s)), None) if tok.is_alpha else None


# Folded forms of "to be": a sentence whose only verb they are states, and tells no happening.
COPULAS = frozenset(fold(w) for w in _EVENTS["copulas"])
# The word that opens a cleft's clause after its focused date ("Ήταν 3 Μαΐου 2015 όταν ...").
CLEFT_WHEN = frozenset(fold(w) for w in _EVENTS["cleft_when"])
# How many words of the time of day may stand between the copula and the date ("Ήταν νωρίς το
# απόγευμα της 3ης Μαΐου 2015 όταν").
CLEFT_REACH = 5
# Folded "κάθε" ("κάθε Τρίτη γίνεται ..."), and the endings of the imperfect no other form of a
# verb has ("φορούσε", "γινόταν"): a clause with either tells a habit or a state, not a happening.
HABIT = frozenset(fold(w) for w in _EVENTS["habit"]["words"])
IMPERFECT_ENDINGS = tuple(fold(w) for w in _EVENTS["habit"]["imperfect_endings"])
# Folded stems of the verbs of dwelling in their imperfect and present ("διέμενε", "μένουν").
RESIDENCE_STEMS = tuple(fold(w) for w in _EVENTS["residence_stems"])
# Folded stems of the verbs of taking or sending to a place ("οδηγήθηκε", "θα μεταφερθούν",
# "έστειλαν"): the phrase of place after one is the goal of the motion, not where a happening is.
CONVEYING_STEMS = tuple(fold(w) for w in _EVENTS["conveying_stems"])
# How many words may stand between such a verb and its phrase of place ("έστειλαν δύο επιστολές στο").
CONVEYING_REACH = 6
# Folded words whose clause tells no happening at its date (see EventBuilder._verb_dated): a copula,
# "είχε/είχαν", "να", a negation, "κάθε".
NOT_TOLD = COPULAS | PLUPERFECT_AUXILIARIES | SUBJUNCTIVE | NEGATIONS | HABIT
# Folded verbs that set a happening ahead with "να" as "θα" does ("αναμένεται να κυκλοφορήσει").
SCHEDULED = frozenset(fold(w) for w in _EVENTS["scheduled"])
# Folded stems of the verbs of asking ("ζήτησαν", "αιτήθηκε"): what they ask for has not happened.
REQUEST_STEMS = tuple(fold(w) for w in _EVENTS["request_stems"])
# How many words may stand between a verb of asking and the event word it asks for ("ζήτησε την
# άμεση σύγκληση"): an article and adjectives.
REQUEST_REACH = 3
# Folded stems of "γεννιέμαι" ("γεννήθηκε", "γεννιέται"): a day of birth told in the body is a
# life's background (a profile's, an obituary's), not a happening the text reports.
BIRTH_STEMS = tuple(fold(w) for w in _EVENTS["birth_stems"])
# Folded stems of the verbs that name a happening of a type ("υπεγράφη": a signing), by tense:
# the past forms tell one as they stand, the future ones after "θα" (see EventBuilder._happening_verbs).
HAPPENING_PAST = {fold(w): etype for w, etype in _EVENTS["happening_verbs"]["past"].items()}
HAPPENING_FUTURE = {fold(w): etype for w, etype in _EVENTS["happening_verbs"]["future"].items()}
# Folded endings of the present and the subjunctive, which no past form has ("σκοτώσει" shares
# the stem of "σκότωσε"): a word ending so is no past form of a happening verb.
NOT_PAST_ENDINGS = present_endings()


def _states(t: Token) -> bool:
    """Whether a verb tells a state, not a happening: a copula ("ήταν"), the imperfect ("βρισκόταν")
    or a verb of dwelling in its imperfect or present ("όπου διέμενε", "όπου μένουν"). A clause
    whose verbs all state frames the time of the happening it hangs on."""
    f = fold(t.text)
    return f in COPULAS or f.endswith(IMPERFECT_ENDINGS) or f.startswith(RESIDENCE_STEMS)


def _conveyed_to(toks: list[Token], k: int) -> bool:
    """Whether the phrase of place opened at k is the goal of a verb of taking or sending a few
    words before it, in its clause ("οδηγήθηκε στο Αστυνομικό Τμήμα", "έστειλαν επιστολή στο
    υπουργείο", "η μεταγωγή του στις φυλακές"): where someone or something was taken, not where
    the happening the sentence tells took place. Another verb or a punctuation mark between ends
    the search: "μεταφέρθηκε και νοσηλεύεται στο νοσοκομείο" places its stay."""
    for m in range(k - 1, max(-1, k - 1 - CONVEYING_REACH), -1):
        t = toks[m]
        if not t.is_alpha:
            return False
        if fold(t.text).startswith(CONVEYING_STEMS):
            return True
        if _finite(t):
            return False
    return False


def _present_only(sent: Span) -> bool:
    """Whether every finite verb of a sentence is in the present (no past ending, no future
    particle, no perfect auxiliary): such a sentence tells what holds or recurs, no single
    happening ("στη χώρα σημειώνεται κάθε μήνα μία επίθεση")."""
    verbs = [t for t in sent if t.is_alpha and _finite(t) and fold(t.text) not in VERB_PARTICLES]
    if not verbs or any(fold(t.text) in FUTURE or fold(t.text) in AUXILIARIES for t in sent):
        return False
    return all(fold(t.text).endswith(NOT_PAST_ENDINGS) for t in verbs)


def _state_clause(toks: list[Token], lo: int, hi: int) -> bool:
    """Whether the relative clause opened at ``lo`` (up to ``hi``) has verbs, every one a state
    (see :func:`_states`): "η κατασκήνωση όπου διέμενε το παιδί στις 6 Ιουλίου"."""
    verbs = [m for m, _ in _verbs(toks) if lo < m < hi]
    return lo >= 0 and _relative(toks[lo]) and bool(verbs) and all(_states(toks[m]) for m in verbs)


def _relative(t: Token) -> bool:
    """A relative word ("που", "όπου", "ο οποίος"), which opens a clause on a noun."""
    f = fold(t.text)
    return f in RELATIVES or f.startswith(RELATIVE_PRONOUN)


def _asks(t: Token) -> bool:
    """A verb of asking ("ζήτησαν", "ζητήθηκε", "ζητώντας"), finite or the gerund, by its stem
    (events.json "request_stems"); a noun of the stem ("ζήτημα", "ζήτηση") has no verb's ending."""
    f = fold(t.text)
    return f.startswith(REQUEST_STEMS) and (_finite_shape(t, f) or f.endswith(("ωντασ", "οντασ")))


def _acts(sent: Span) -> bool:
    """Whether a sentence holds a finite verb other than the copula ("η Ελλάδα στις 25
    Νοεμβρίου ήταν πρώτη" states; "συνελήφθη στις 25 Νοεμβρίου" tells a happening): only then
    does its date date a happening."""
    return any(_finite(t) and fold(t.text) not in COPULAS | VERB_PARTICLES for t in sent)


def _finite(t: Token) -> bool:
    """A word that by its form is a finite verb or opens a verb phrase (surface only: the
    pipeline has no part-of-speech layer)."""
    f = fold(t.text)
    return f in VERB_PARTICLES or t.text.islower() and _finite_shape(t, f)


def _verb_form(t: Token) -> bool:
    """A word that by its form is a finite verb, capitalised too (a sentence's first word,
    "Συνελήφθη ..."), and no particle (see :func:`_finite`)."""
    f = fold(t.text)
    return f not in VERB_PARTICLES and _finite_shape(t, f)


def _finite_shape(t: Token, f: str) -> bool:
    """The ending of a finite verb on a word of letters (``f`` its folded form), no adverb or
    loanword that merely ends so (events.json "not_verbs")."""
    return t.is_alpha and len(f) > 3 and f not in NOT_VERBS and f.endswith(FINITE_ENDINGS)


# How many words may stand between a finite verb of happening and its phrase of place: a subject
# or an adverb of time ("δολοφονήθηκε χθες το βράδυ στη Χ").
VERB_PLACE_GAP = 6
# Folded weak object pronouns ("τον σκότωσαν"): the verb after one tells of someone already told.
OBJECT_CLITICS = frozenset(fold(w) for w in _EVENTS["object_clitics"])
# Marks that end the stretch of one clause between an event word and its day.
CLAUSE_MARKS = frozenset({",", "(", ")"}) | CLOSING


def _announced(ev: EventDraft, sents: list[Span], date_sent: dict[int, list[DateRecord]]) -> bool:
    """Whether the one sentence that names a dated event tells it ahead, as an announcement
    tells a happening: a background mention is told in a past tense ("η συνεδρίαση έγινε στις
    4 Μαρτίου"), a coming happening in the future, which Greek makes with "θα" before the verb
    ("οι προτάσεις θα συζητηθούν σε συνεδρίαση την Τρίτη 9 Ιουνίου"). The event word and its
    full day must stand in one clause (no comma, bracket, relative word or "ότι" between them)
    whose one finite verb, there or right before the word, follows "θα": "στη συνεδρίαση είπε
    ότι θα μιλήσει στους κατοίκους την Τρίτη" dates no session, nor does "η συνεδρίαση έγινε
    πέρσι, ενώ θα ακολουθήσει ψηφοφορία την Τρίτη" (another clause's future)."""
    if ev.date is None or len(ev.date) < 10 or len(set(ev.sentences)) != 1:
        return False
    si = ev.sentences[0]
    day = next((d for d in date_sent.get(si, []) if d.date == ev.date), None)
    toks = list(sents[si])
    k = next((m for m, t in enumerate(toks) if t.text == ev.trigger), None)
    if day is None or k is None:
        return False
    j = next((m for m, t in enumerate(toks) if t.idx >= day.start), len(toks))
    a, b = min(k, j), max(k, j)

    def bound(t: Token) -> bool:
        f = fold(t.text)
        return t.text in CLAUSE_MARKS or f in RELATIVES | COMPLEMENTIZERS or f.startswith(RELATIVE_PRONOUN)

    def verb(m: int) -> bool:
        return _finite(toks[m]) and fold(toks[m].text) not in VERB_PARTICLES

    if any(bound(t) for t in toks[a:b]):
        return False
    lo = a
    while lo > 0 and not bound(toks[lo - 1]) and not any(verb(m) for m in range(lo, b)):
        lo -= 1  # the clause's verb before the word: "θα εξεταστούν από τους δημάρχους σε σύσκεψη"
    verbs = [m for m in range(lo, b) if verb(m)]
    return len(verbs) == 1 and verbs[0] > 0 and fold(toks[verbs[0] - 1].text) in FUTURE


def _by_day(events: list[EventDraft]) -> list[EventDraft]:
    """The events with their dates as days only: one dated by a month alone ("τον Δεκέμβριο
    του 2019", "στα μέσα του Απριλίου 2020") goes undated. News tells the happening it reports
    by its day (or "χθες", "σήμερα"); a month with its year names a happening in passing, as
    the story's background ("Συνελήφθη τον Δεκέμβριο του 2019", "Από τον Απρίλιο του 2022,
    όταν ..."), a count over it ("τον Ιανουάριο σημειώθηκαν 788 ατυχήματα") or a plan's
    horizon ("προσδιορίστηκαν για τον Ιούλιο του 2019"), not the day of an event. (Round 39,
    articles tuning half: of 14 events dated by a month, 11 were wrong.)"""
    for ev in events:
        if ev.date is not None and len(ev.date) < 10:
            ev.date = ev.date_end = ev.time = None
    return events


def _beside(gap: str) -> bool:
    """Whether the words between two places' names set the first beside the second after a comma
    (see :data:`BESIDE_PLACE`): ", κοντά στη", ", προάστιο του", ", έξω από το", ", νότια της"."""
    if not gap.startswith(",") or "," in gap[1:]:
        return False
    words = [fold(w) for w in gap[1:].split()]
    if len(words) < 2:
        return False
    *head, last = words
    if head[-1] == "απο" and last in ACCUSATIVE_ARTICLES:
        head = head[:-1] if " ".join(head) not in BESIDE_PLACE else head
    elif last not in GENITIVE_ARTICLES and last not in LOCATIVE_ARTICLES:
        return False
    return " ".join(head) in BESIDE_PLACE


def _placed_within(events: list[EventDraft], places: "PlaceIndex") -> None:
    """An event placed by a place that the text also names as holding a finer one ("στη Σ.
    Αραβία" in the headline, "στο Ριάντ της Σαουδικής Αραβίας" in the body) takes that finer
    place (see :meth:`PlaceIndex.inside`): the text itself says where inside it, and a happening
    is placed as finely as the text places it."""
    for ev in events:
        if ev.location is not None:
            ev.location = places.inside(ev.location) or ev.location


def _spanned(ev: EventDraft) -> bool:
    """Whether an event is dated by a span of whole days, first and last ("η κλήρωση θα γίνει
    από τις 3 έως τις 9 Οκτωβρίου", "οι αγώνες θα διεξαχθούν το διάστημα 20-22 Μαρτίου"): a
    text gives such a span for a happening it reports or announces, whose days it sets out, and
    names one in passing by a single day, month or year ("η απεργία του 1985"). The event is
    dated by the span's first day (see :meth:`EventBuilder._fill_date`)."""
    return ev.date is not None and len(ev.date) == 10 and ev.date_end is not None and len(ev.date_end) == 10 \
        and ev.date_end > ev.date


def clause_end(toks: list[Token], k: int) -> int:
    """Where the relative clause opened by ``toks[k]`` ("που", "όπου") ends, as a token index.

    Grammar: a relative clause has one finite verb; after it, a comma followed by another
    finite verb starts the clause it hangs in ("Το Φεστιβάλ, που θα διεξαχθεί τον Ιούλιο,
    παρουσίασαν χθες ..."). It also ends at the next relative word, at closing punctuation
    (";", "·", ":") or at a bracket or quote that closes one opened before it; else at the
    sentence's end. Commas before its verb stay inside ("που χθες, Τρίτη, επιτέθηκε").
    """
    opened: list[str] = []
    verb = False
    n = len(toks)
    for m in range(k + 1, n):
        t = toks[m].text
        f = fold(t)
        if f in RELATIVES or t in CLOSING:
            return m
        if t in BRACKETS:
            if not opened:
                return m
            if opened[-1] == BRACKETS[t]:
                opened.pop()
            continue
        if t in BRACKETS.values():
            opened.append(t)
            continue
        if opened:
            continue
        if t == "," and verb:
            nxt = toks[m + 1] if m + 1 < n else None
            if nxt is not None and _finite(nxt):
                return m
        if not verb and _finite(toks[m]):
            verb = True
    return n


# Folded articles before the attributive "από" of an act's date ("της από 8-9-2021 εισήγησης"),
# bare or fused with "σε" ("στην από 8-9-2021 εισήγηση").
ARTICLES = article_forms()
# Folded articles, bare or fused with "σε": a word that opens a noun phrase.
PHRASE_ARTICLES = ARTICLES | LOCATIVE_ARTICLES
ATTRIBUTIVE_ARTICLES = article_forms(contracted=None)
# Folded abbreviations and words that number an act ("υπ' αριθμ. 1234/5-6-2020", "αρ. πρωτ.").
NUMBERING = frozenset(fold(w) for w in _EVENTS["numbering"])
# Folded names of acts that a date right after identifies ("ΠΝΠ 30-3-2020", "ΚΥΑ 12/5/2020",
# "απόφαση 3-5-2020"): with an article between ("η απόφαση της 3ης Μαΐου") the date is the act's day.
ACTS = frozenset(fold(w) for w in _EVENTS["acts"])


def event_dates(doc: Doc, dates: list[DateRecord]) -> list[DateRecord]:
    """The dates as the events may read them: one whose year is only a paragraph's guess
    (:func:`keryx.dates.resolve.year_from_paragraph`), or rests on one, comes without its value.

    The record keeps that date, but an event needs firmer evidence than a year the
    paragraph writes somewhere before the day: the day names a timetable, a postponed
    meeting, a past season as often as the happening told ("Το πρόγραμμα 2025 ορίζει ότι
    το μάθημα θα εξεταστεί στις 18/6" tells no event of its own). Such a date stays, for
    the events, what it was without the paragraph's year: a day of no known year, unless its
    own sentence writes that year before it as a name's (see :func:`_named_year`).
    """
    weak = {s.start_char for s in doc.spans.get("dates", [])
            if s._.year_from == "paragraph" and not _named_year(s)}
    weak |= _borrowed_years(doc)
    weak |= _recalled_history(doc)
    if not weak:
        return dates
    return [d.model_copy(update={"date": None, "date_end": None}) if d.start in weak else d for d in dates]


def _borrowed_years(doc: Doc) -> set[int]:
    """A lone day written without its year, in a text with no publication date that writes several
    years: the date rules give it the year the text's other dates make likeliest, and the record
    keeps that, but the text itself leaves open which of its years the day falls in ("στις 9
    Φεβρουαρίου" beside "24 Μαρτίου 2015" and "το 2014"), so it dates no event by itself. A written
    weekday that falls on the year taken vouches for it, as does the year written right after the day
    ("15 Απριλίου το 1912"), or "ε.ε." / "του τρέχοντος έτους" when the text's dates name one year;
    the start offsets of the others."""
    if doc._.published is not None:
        return set()
    text = doc_text(doc)
    if len(set(_ANY_YEAR.findall(text))) < 2:
        return set()
    out: set[int] = set()
    for s in doc.spans.get("dates", []):
        iso = s._.iso_date
        if not iso or len(iso) != 10 or s._.iso_date_end or s._.weekday_fits:
            continue
        if _writes_year(s.text, iso[:4]):
            continue  # "4 Μαρτίου 2025", "4/3/25": the day writes its year
        after = fold(text[s.end_char:s.end_char + 40])
        written = _YEAR_AFTER.match(after)
        if THIS_YEAR.match(after) or (written is not None and written.group(1) == iso[:4]):
            continue  # "14 Ιουνίου ε.ε.": the year of writing; "15 Απριλίου το 1912": the year, written after the day
        out.add(s.start_char)
    return out


# How many years before the latest year a text's dates write a day must lie to be history it recalls.
HISTORY_GAP = 10


def _recalled_history(doc: Doc) -> set[int]:
    """"Στις 12 Αυγούστου 1981 η εταιρεία παρουσίασε ..." in a text whose other dates fall in 2012:
    a day a decade or more before the latest year the text's own dates (or its publication) write
    is history the report recalls as background, not the happening it reports, which lies near
    the time of writing. A text with no later date (an anniversary piece, a history) keeps its old
    days: nothing shows it was written later. The start offsets of such days."""
    spans = [s for s in doc.spans.get("dates", []) if s._.iso_date]
    years = [int(iso[:4]) for s in spans for iso in (s._.iso_date, s._.iso_date_end) if iso]
    pub = _published(doc)
    if pub is not None:
        years.append(pub.year)
    if not years:
        return set()
    latest = max(years)
    return {s.start_char for s in spans if int(s._.iso_date[:4]) <= latest - HISTORY_GAP}


def _named_year(span: Span) -> bool:
    """"Το Φεστιβάλ Λευκάδας 2019 θα γίνει από 5 έως 9 Αυγούστου", "η Γιορτή Κρασιού 2024
    αναβάλλεται, αντί για τις 4 Μαΐου": a name that carries the year of its edition, written in the
    day's own sentence before it, says which year the happening it names falls in: the sentence
    itself, not a guess off its paragraph, gives the day its year. A year after a common noun
    ("το πρόγραμμα 2025 ορίζει ... στις 18/6") names a plan, not a happening."""
    iso = span._.iso_date
    if not iso or not span.doc.has_annotation("SENT_START"):
        return False
    toks = span.doc[span.sent.start:span.start]
    return any(t.text == iso[:4] and k > 0 and toks[k - 1].is_alpha and toks[k - 1].text[:1].isupper()
               for k, t in enumerate(toks))


# A letter run straight into a full numeric date ("…19χρονου05.12.2018Η"): a stamp glued to the
# text around it (the shape :mod:`keryx.dates.rules.numeric_date` reads after a letter).
_GLUED_STAMP = re.compile(r"[^\W\d_]" + FULL_NUMERIC_DATE)


def in_reference(text: str, d: DateRecord) -> bool:
    """A date that identifies an act, not the day of a happening: glued to its number
    ("απόφαση 43083/3-5-2020", "ΚΥΑ 2650/10.4.2020"), after a numbering word ("υπ' αριθμ.")
    or the act's name ("ΠΝΠ 30-3-2020"), or the attributive "από" after an article, bare or
    fused with "σε" ("της από 8-9-2021 εισήγησης", "στην από 8-9-2021 εισήγηση"). A date glued
    to the word before it is a copied web page's stamp of a linked story ("…η ομολογία του
    19χρονου05.12.2018Η τοπική…"), which dates no happening the text tells."""
    if _GLUED_STAMP.search(text, max(0, d.start - 1), d.end):
        return True  # the span may have grown to the whole token the words and digits make
    number = d.text.split("/", 1)[0]
    if "/" in d.text and number.isdigit() and len(number) >= 3 and not (d.date or "").startswith(number):
        return True  # "43083/3-5-2020" read as one date; not "2020/5/3"
    before = text[max(0, d.start - 30):d.start]
    if before[-1:] in {"/", "-"} or before[-1:].isdigit():
        return True
    words = [w for w in fold(before).replace(".", " ").replace("’", " ").replace("'", " ").split()
             if any(c.isalpha() for c in w)]
    if len(words) >= 2 and words[-1] == "απο" and words[-2] in ATTRIBUTIVE_ARTICLES:
        return True
    return bool(set(words[-2:]) & NUMBERING) or bool(words) and words[-1] in ACTS


_EDGE_MARKS = re.compile(r"^\W+|\W+$")  # brackets, quotes and stops at either end of a word


def _words_before(text: str, d: DateRecord) -> list[str]:
    """The last three words before a date, folded, each without the marks glued to it: a word
    after an opening bracket or quote is that word still ("(μέχρι 12-5-2016)")."""
    return [_EDGE_MARKS.sub("", w) for w in fold(text[max(0, d.start - 25):d.start]).split()[-3:]]


def _after_until(text: str, d: DateRecord) -> bool:
    """Whether "έως/μέχρι" stands among the three words before the date: the date ends a span
    or sets a limit ("έως τις 20 Οκτωβρίου"), and tells no day a happening took place."""
    return bool(UNTIL & set(_words_before(text, d)))


def _limit_cue(text: str, d: DateRecord) -> bool:
    """Whether "έως/μέχρι" (a deadline word) stands among the three words before the date."""
    return any(w in DEADLINE_WORDS for w in _words_before(text, d))


def _from_date(text: str, d: DateRecord) -> bool:
    """A date introduced by "από" ("από τη Δευτέρα 7 Ιουνίου", "από 14 έως 24 Μαΐου")."""
    return fold(d.text).startswith("απο ") or "απο" in fold(text[max(0, d.start - 25):d.start]).split()[-3:]


# Folded words for the present that close a span opened by "από" ("... έως σήμερα", "μέχρι τώρα").
UNTIL_NOW = frozenset(fold(w) for w in _EVENTS["until_now"])
# How far after a date its span's "έως σήμερα" may stand ("την Πέμπτη 12 Μαρτίου, έως σήμερα").
UNTIL_NOW_REACH = 4


def _until_now(text: str, d: DateRecord) -> bool:
    """"Από την έναρξη του μέτρου, στις 12 Μαρτίου, έως σήμερα, έχουν συλληφθεί 40 άτομα": a date
    opening a span that runs to the time of writing starts a period over which a tally runs, not
    the day of one happening. The "έως σήμερα" after the date marks it as the span's start,
    whether "από" stands right before it or opens the phrase ("Από την έναρξη ..., στις 12 Μαρτίου")."""
    after = [w for w in fold(text[d.end:d.end + 40]).replace(",", " ").split()[:UNTIL_NOW_REACH] if w != "και"]
    return any(w in UNTIL and n in UNTIL_NOW for w, n in zip(after, after[1:]))  # "έως (και) σήμερα"


# Folded words among the three before a date that make it a bound of a time ("μετά την 1η
# Μαρτίου", "πριν από τις 5 Μαΐου").
BOUND_WORDS = frozenset(fold(w) for w in _EVENTS["bounds"])


def _bound(text: str, d: DateRecord) -> bool:
    """Whether a date bounds a time rather than dates a happening: it ends a span or sets a limit
    ("έως/μέχρι", see :func:`_after_until`), is the time before or after which something holds
    ("μετά την 01.01.2021", "πριν τις 5 Μαΐου"), or opens a span, closed or open ("από τις 3
    Μαρτίου", "από 1/3 και μετά", "από ... έως σήμερα": see :func:`_from_date`)."""
    return _after_until(text, d) or bool(BOUND_WORDS & set(_words_before(text, d))) or _from_date(text, d) \
        or _until_now(text, d)


# Folded nouns of a time of the day ("το βράδυ της Τρίτης"): a genitive date on one is a verb's time.
TIMES_OF_DAY = frozenset(fold(w) for w in _EVENTS["times_of_day"])


def _attributive(text: str, d: DateRecord) -> bool:
    """Whether a date in the genitive hangs on a noun ("οι εκπομπές της 6ης Νοεμβρίου", "η πράξη
    της 30ης Μαρτίου 2020"): Greek gives a verb's time in the accusative ("την Τρίτη", "στις 5
    Μαΐου"), and a genitive date tells which of its noun's kind is meant. On a noun of the time of
    the day ("το βράδυ της Τρίτης (3/12)") it is the verb's time still."""
    words = _words_before(text, d)
    if fold(d.text).split()[0] in GENITIVE_ARTICLES:
        noun = words[-1:]
    elif words[-1:] and words[-1] in GENITIVE_ARTICLES:
        noun = words[-2:-1]
    else:
        return False
    return bool(noun) and noun[0].isalpha() and noun[0] not in TIMES_OF_DAY


def _covered(toks: list[Token], ranges: list[tuple[int, int]]) -> set[int]:
    """The positions in ``toks`` of the tokens that start inside one of ``ranges`` (character
    offsets, sorted by start): one sweep over both, where a test of every range for each token
    would make a long sentence's cost quadratic."""
    out: set[int] = set()
    j, reach = 0, -1  # the furthest end of the ranges that start at or before the token
    for k, t in enumerate(toks):
        while j < len(ranges) and ranges[j][0] <= t.idx:
            reach = max(reach, ranges[j][1])
            j += 1
        if t.idx < reach:
            out.add(k)
    return out


_GUILLEMETS = re.compile("[«»]")


def _quoted(text: str) -> list[tuple[int, int]]:
    """The character ranges inside «...» (the outer pair where quotes nest)."""
    out: list[tuple[int, int]] = []
    depth, start = 0, 0
    for m in _GUILLEMETS.finditer(text):  # (the quote marks only, found in C: asked of whole texts)
        k, c = m.start(), m.group()
        if c == "«":
            if depth == 0:
                start = k
            depth += 1
        elif c == "»" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, k))
    return out


def _cited(doc: Doc, tok: Token) -> bool:
    """Whether an event word heads the source that "σύμφωνα με" cites ("σύμφωνα με την ανακοίνωση
    του δήμου", "σύμφωνα με ανακοίνωση"): the words are the text's source, not a happening of it."""
    before = [fold(t.text) for t in doc[max(0, tok.i - 4):tok.i]]
    if "με" not in before:
        return False
    k = len(before) - 1 - before[::-1].index("με")
    return k > 0 and before[k - 1] == "συμφωνα" and all(w in ARTICLES for w in before[k + 1:])


# Folded endings of the genitive of crime nouns ("της δολοφονίας", "του εμπρησμού", "της έκρηξης",
# "των πυροβολισμών").
GENITIVE_ENDINGS = ("ιασ", "ιων", "ου", "ων", "ησ", "εωσ")


def _charged(doc: Doc, tok: Token) -> bool:
    """Whether a crime's noun names a charge or a case, not a happening the text tells: after "για"
    ("κατηγορείται για τη δολοφονία", "συνελήφθη για ληστεία", "κατηγορίες για απαγωγή και
    δολοφονία") or in the genitive ("τα κακουργήματα της ανθρωποκτονίας", "η δίκη της δολοφονίας").
    The happening itself is the subject or object of a verb: "Η δολοφονία διαπράχθηκε στις ..."."""
    before = [fold(t.text) for t in doc[max(0, tok.i - 4):tok.i] if t.is_alpha]
    return ("για" in before or fold(tok.text).endswith(GENITIVE_ENDINGS)) and not _told_taking_place(doc, tok)


# How many words a crime's noun phrase may run on before the relative clause on it ("της
# ανθρωποκτονίας 27χρονου ημεδαπού, που ...").
CHARGE_PHRASE_REACH = 6


def _told_taking_place(doc: Doc, tok: Token) -> bool:
    """Whether a relative clause on a crime's noun says that the crime took place: "η υπόθεση
    ανθρωποκτονίας 27χρονου, που έλαβε χώρα τη νύχτα της 22ας Απριλίου", "για τη ληστεία που
    σημειώθηκε χθες". A relative word that can be its clause's subject ("που", "η οποία") opens
    the clause within the noun's phrase (no verb, bracket or stop between), and its verb, right
    after it, is one whose subject is a happening that takes place (see ``took_place_forms``;
    "έλαβε" only with "χώρα", and no copular "έγινε"): a charge or a case is named, a crime the
    clause tells with its day and place."""
    sent = tok.sent
    for k in range(tok.i + 1, min(sent.end - 1, tok.i + 2 + CHARGE_PHRASE_REACH)):
        t = doc[k]
        if _relative_subject(t):
            f = fold(doc[k + 1].text)
            after = fold(doc[k + 2].text) if k + 2 < sent.end else ""
            if f.startswith(WITH_PLACE_STEMS):
                return after == WITH_PLACE_NOUN
            return f.startswith(TOOK_PLACE_FORMS + OCCURRED_STEMS) and not f.startswith(BECOME_FORMS)
        if not (t.text.isalnum() or t.text == ",") or _finite(t):
            return False
    return False


def _paragraph_starts(text: str) -> list[int]:
    """The offset at which each line of the text starts: a paragraph of a news page."""
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def _paragraph_of(starts: list[int], at: int) -> int:
    return bisect_right(starts, at) - 1


def _names_by_paragraph(linked: Linked, starts: list[int]) -> dict[int, set[str]]:
    """The folded names of the people (with their surnames) and the bodies each paragraph
    mentions: who a report is about, which it goes on naming while it tells one story."""
    out: dict[int, set[str]] = {}
    for person in linked.people:
        keys = {fold(person.name)} | ({fold(person.name.split()[-1])} if person.name.split() else set())
        for start, _ in person.mentions:
            out.setdefault(_paragraph_of(starts, start), set()).update(keys)
    for org in linked.organisations:
        for start, _ in org.mentions:
            out.setdefault(_paragraph_of(starts, start), set()).add(fold(org.name))
    return out


def _bracketed(sents: list[Span]) -> set[int]:
    """The document indices of the tokens inside round brackets closed in their sentence."""
    out: set[int] = set()
    if not sents or "(" not in doc_text(sents[0].doc):
        return out  # no bracket opens in the text: no pass over the words
    for sent in sents:
        opened: list[int] = []
        for t in sent:
            if t.text == "(":
                opened.append(t.i)
            elif t.text == ")" and opened:
                out.update(range(opened.pop() + 1, t.i))
    return out


def _premises_body(name: str) -> bool:
    """Whether a body is named after the building it sits in: a head of events.json
    "premises_bodies" ("Βουλή", "Τριμελές Εφετείο Κακουργημάτων", "Υπουργείο Υγείας") as whole words,
    in the nominative, among the name's first three words (not "Ολομέλεια της Βουλής")."""
    words = fold(name).split()
    return any(tuple(words[i:i + len(head)]) == head for head in PREMISES_BODY_HEADS for i in range(min(3, len(words))))


class PlaceIndex:
    """The linked places by the offsets of their mentions.

    A mention written as one of the place's other names ("στις ΗΠΑ" for the Ηνωμένες Πολιτείες)
    is given by that name: an event's place is the name the text writes at the event, which a
    reader (and a scorer that matches by words) knows it by; another mention keeps the place's
    name, its nominative.
    """

    def __init__(self, linked: Linked, text: str = "") -> None:
        self._by_start: dict[int, str] = {}
        self._spans: list[tuple[int, int, str]] = []
        for place in linked.places:
            aliases = {fold(a): a for a in place.aliases}
            for start, end in place.mentions:
                name = aliases.get(fold(text[start:end]), place.name) if aliases else place.name
                self._by_start.setdefault(start, name)
                self._spans.append((start, end, name))
        self._spans.sort()
        # every name a mention is given by (an alias as written, the nominative) -> its place's own name
        self._place_of = {name: place.name for place in linked.places
                          for name in [place.name, *place.aliases]}
        self._place_of.update({name: self._place_of.get(name, name) for _, _, name in self._spans})
        self._text = text
        self._premises: dict[int, str] = {}
        for org in linked.organisations:
            if _premises_body(org.name):
                for start, _ in org.mentions:
                    self._premises.setdefault(start, org.name)

    def at(self, start: int) -> str | None:
        """The place whose mention starts at ``start``."""
        return self._by_start.get(start)

    def premises(self, start: int) -> str | None:
        """The body named after its building (see :func:`_premises_body`) whose mention starts at ``start``."""
        return self._premises.get(start)

    def exact(self, start: int, end: int) -> str | None:
        """The place whose mention is exactly [start, end)."""
        k = bisect_left(self._spans, (start, -1, ""))
        while k < len(self._spans) and self._spans[k][0] == start:
            if self._spans[k][1] == end:
                return self._spans[k][2]
            k += 1
        return None

    def names(self) -> set[str]:
        return {name for _, _, name in self._spans}

    def between(self, start: int, end: int) -> list[tuple[int, str]]:
        """The places mentioned inside [start, end), in order, each with its mention's start."""
        k = bisect_left(self._spans, (start, -1, ""))
        out = []
        while k < len(self._spans) and self._spans[k][0] < end:
            if self._spans[k][1] <= end:
                out.append((self._spans[k][0], self._spans[k][2]))
            k += 1
        return out

    def inside(self, name: str) -> str | None:
        """The first place that the text names as lying within the place ``name``: a place's
        name with ``name`` right after it in the genitive ("στο Ριάντ της Σαουδικής Αραβίας",
        "στο Πάνορμο Ρεθύμνου", "Πύργο Διρού της Μάνης", or one name linked whole: "στην Πυλαία
        Θεσσαλονίκης"), or in a phrase of place with no comma between, the first place the finer
        ("στο Ακρωτήριο Κανάβεραλ στη Φλόριντα"), or after a comma and a word that tells where
        it lies (see :func:`_beside`: "στο Χ, προάστιο του Παρισιού"), or None. Greek names the
        town and then the region, island or country it belongs to, as an address is written; without the
        genitive's article the second name must be written inflected (no genitive is "Αθήνα
        Θεσσαλονίκη", a list), and a comma before the phrase of place lists places ("στην Αθήνα,
        στη Θεσσαλονίκη")."""
        own = self._place_of.get(name, name)
        text = self._text
        for a2, b2, n2 in self._spans:
            if self._place_of.get(n2, n2) != own:
                continue
            k = bisect_left(self._spans, (a2, -1, ""))
            for a1, b1, n1 in reversed(self._spans[max(0, k - 3):k]):
                if self._place_of.get(n1, n1) == own:
                    continue
                first = fold(n1.split()[0])
                if any(fold(w) in GENITIVE_ARTICLES for w in n1.split()) \
                        or first.startswith(STREET_NOUNS) and not first.startswith(SQUARE_NOUNS):
                    # "στο Αμφιθέατρο της Νομικής Σχολής στην Κομοτηνή", "στην οδό Ερμού στην Αθήνα":
                    # a body's room or a street is placed by its town (see :meth:`EventBuilder._street_town`)
                    break
                gap = text[b1:a2] if b1 <= a2 else None
                whole = b1 == b2  # "Πυλαία Θεσσαλονίκης": the genitive inside the name linked
                words = gap.split() if gap is not None else []
                one = fold(words[0]) if len(words) == 1 else ""
                if whole or gap is not None and gap[:1].isspace() and (
                        not words and fold(text[a2:b2]) not in {fold(name), fold(own)}
                        or one in GENITIVE_ARTICLES
                        or one in LOCATIVE_ARTICLES and one != "σε" and _finer(self._place_of.get(n1, n1), own)) \
                        or gap is not None and _beside(gap):
                    return n1
                break
        return None

    def within(self, start: int, end: int) -> str | None:
        """The first place mentioned inside [start, end)."""
        k = bisect_left(self._spans, (start, -1, ""))
        if k < len(self._spans) and self._spans[k][1] <= end:
            return self._spans[k][2]
        return None


class EventBuilder:
    """Owns the event lexicon; ``build(doc, linked, dates)`` gives the document's events."""

    def __init__(self, lexicon: EventLexicon | None = None, names: NameLexicon | None = None) -> None:
        self.lex = lexicon or EventLexicon.default()
        self._names = names

    def build(self, doc: Doc, linked: Linked, dates: list[DateRecord]) -> list[EventDraft]:
        text = doc_text(doc)
        dates = event_dates(doc, dates)
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        sent_of_token: dict[int, int] = {}
        for i, s in enumerate(sents):
            for t in range(s.start, s.end):
                sent_of_token[t] = i
        drafts: dict[str, EventDraft] = {}
        order: list[str] = []
        clauses = {i: self._clauses(s) for i, s in enumerate(sents)}
        asides = {i: [(a, b) for a, b, ante in cs if ante is None] for i, cs in clauses.items()}
        bracketed = _bracketed(sents)
        places = PlaceIndex(linked, text)
        paragraph = _paragraph_starts(text)
        names_in = _names_by_paragraph(linked, paragraph)
        active: dict[str, str] = {}  # each type's draft that its next mention joins
        located: dict[tuple[int, str], str | None] = {}  # each sentence's place for a type, read once
        for tok in doc:
            etype = self.lex.trigger_type(tok.text) or self._seasonal_sales(doc, tok) or self._told_incident(doc, tok)
            if etype is None or not tok.is_alpha or fold(tok.text) in AGENT_NOUNS:
                continue  # "ο παρουσιαστής της εκπομπής": the presenter, no presentation
            si = sent_of_token.get(tok.i, 0)
            if tok.i in bracketed:
                continue  # "(πριν τις βουλευτικές εκλογές)": an aside names another happening in passing
            if _cited(doc, tok):
                continue  # "σύμφωνα με την ανακοίνωση": a source cited, not a happening told
            if self.lex.is_charge(tok.text) and _charged(doc, tok):
                continue  # "κατηγορείται για τη δολοφονία": a charge, a happening told elsewhere
            clause = next((c for c in asides[si] if c[0] <= tok.i < c[1]), None)
            if clause is not None and etype not in drafts:
                # "η σύλληψη του άνδρα, που χθες (28/4) είχε κάνει ληστεία στην οδό Χ": the clause
                # tells another happening, with its own day and place. A word of a type already
                # met ("... της πυρκαγιάς") names that event again, as everywhere else.
                key = f"{etype}@{clause[0]}"
                if key not in drafts:
                    last = doc[clause[1] - 1]
                    drafts[key] = EventDraft(type=etype, trigger=tok.text, start=doc[clause[0]].idx,
                                             end=last.idx + len(last.text), sentences=[si], clause=clause)
                    order.append(key)
                continue
            side = self.lex.is_side(tok.text)
            key = active.get(etype, etype)
            if key in drafts and not self._in_aside_clause(sents[si], tok) and self._new_happening(
                    drafts[key], sents, si, paragraph, names_in, places, doc, text, etype, located):
                # "... συνελήφθη στο Χ. | Σε σπίτι στο Ψ εντοπίστηκε ...": a paragraph of other
                # people and bodies that places its own happening of the type tells another one
                key = f"{etype}#{si}"
                active[etype] = key
                drafts[key] = EventDraft(type=etype, trigger=tok.text, start=sents[si].start_char,
                                         end=sents[si].end_char, side=side)
                order.append(key)
                drafts[key].sentences.append(si)
                continue
            if key != etype:
                if not side:
                    drafts[key].side = False
                if si not in drafts[key].sentences:
                    drafts[key].sentences.append(si)
                continue
            if etype not in drafts:
                drafts[etype] = EventDraft(type=etype, trigger=tok.text, start=sents[si].start_char,
                                           end=sents[si].end_char, side=side)
                order.append(etype)
            elif not side:
                drafts[etype].side = False
            if si not in drafts[etype].sentences:
                drafts[etype].sentences.append(si)
        self._deadline_cues(sents, drafts, order, dates)
        self._in_force_cue(sents, drafts, order, dates)
        self._issue_cue(sents, drafts, order, dates)
        # A noun of the dictionary list names a happening beside the one the text is about (the
        # funeral after an accident, the talks during a war): the lexicon's own words come first.
        events = [drafts[t] for t in order if not drafts[t].side] + [drafts[t] for t in order if drafts[t].side]
        dateline = dateline_indices(text, dates)
        date_sent = self._dates_by_sentence(
            doc, [d for d in dates if id(d) not in dateline and not in_reference(text, d)], sent_of_token)
        lines = [d for d in dates if id(d) in dateline]
        if not events:
            news = self._news_event(doc, text, sents, places, date_sent, [], lines)
            if news is None:
                # no event word and no news event: a sentence that says something took place
                told = self._verb_told(doc, text, sents, places, date_sent)
                if told:
                    news = told[0]
            if news is None:
                release = self._release(doc, dates, dateline)
                if release is not None:
                    return [release]
                news = self._framed_news(doc, text, sents, places)
            if news is None:
                news = self._venue_news(events, doc, text, sents, places)
            events = [news] if news is not None else []
            if not lines and (news is None or news.date is None):
                dated = self._verb_dated(text, sents, date_sent)
                events += [dated] if dated is not None else []
            events += self._happening_verbs(events, text, sents, date_sent)
            events += self._glossed_days(events, text, sents, date_sent)
            if events:
                self._fill_people(events, doc, linked, sents, sent_of_token)
                self._fill_orgs(events, doc, linked, sent_of_token)
            _placed_within(events, places)
            return _by_day(events)
        outside = self._clause_dates(doc, sents, date_sent, clauses, drafts)
        for ev in events:
            if ev.clause is not None:
                self._fill_clause(ev, doc, date_sent.get(ev.sentences[0], []), places, text)
                continue
            if ev.date is None:  # an act's issue is dated by its reference already
                self._fill_date(ev, outside, sents, text)
        events = self._split_redated(events, outside, sents, text)
        for ev in events:
            if ev.clause is None and not ev.issue:
                self._fill_location(ev, places, doc, text, sents)
        events = self._split_replaced(events, outside, sents, places, doc, text)
        self._in_that_frame(events, sents)
        for ev in events:
            if ev.location is None and ev.clause is None and not ev.online:
                ev.location = self._named_place(ev, sents)
        for ent in doc.ents:
            # "το Συνέδριο BSI": an EVENT entity holding a trigger names that event.
            etype = next((self.lex.trigger_type(t.text) for t in ent if self.lex.trigger_type(t.text)), None)
            if ent.label_ == "EVENT" and etype in drafts and drafts[etype].name is None:
                drafts[etype].name = ent.text
        # ... nor does such an event keep the headline's news event out
        news = self._news_event(doc, text, sents, places, date_sent, [e for e in events if not e.side], lines)
        if news is not None:
            events.insert(0, news)
        self._from_opening(events, doc, text, sents, places, date_sent, lines)
        if not lines:
            self._country_in_head(events, text, places)
        for ev in events:
            rank = _place_rank(ev.location) if ev.side and ev.location is not None else None
            if rank is not None and rank <= COUNTRY_RANK:
                # "οι συνομιλίες των δύο κομμάτων στην Ιταλία", "η δημοπρασία στην Ελβετία": a happening named
                # beside the news is placed by a country only as the frame of the report, however
                # the place was found (its sentence, the body's "took place at"): no place of its own
                ev.location = None
        events += self._verb_told(doc, text, sents, places, date_sent)
        for ev in events:
            ev.given_at = ev.location is not None and self._given_at(ev, sents, places)
        events = self._select(events)
        self._cleft_dated(events, text, sents, date_sent)
        if not lines and all(ev.date is None for ev in events):
            dated = self._verb_dated(text, sents, date_sent)
            if dated is not None:
                events.append(dated)
        if not lines:
            events = self._not_in_passing(events, text, sents, date_sent)
        events += self._placed_mentions(events, doc, text, sents, places, news=not lines)
        events += self._headline_items(events, doc, text, places)
        events += self._listed_venues(events, doc, sents, places, sent_of_token)
        events += self._happening_verbs(events, text, sents, date_sent)
        events += self._glossed_days(events, text, sents, date_sent)
        self._fill_people(events, doc, linked, sents, sent_of_token)
        self._fill_orgs(events, doc, linked, sent_of_token)
        if all(ev.date is None and ev.location is None for ev in events):
            # event words that say neither when nor where ("σε συνεντεύξεις του"): the dated
            # text is still itself an announcement, as one without such words
            release = self._release(doc, dates, dateline)
            if release is not None:
                events.append(release)
        self._place_by_day(events, text, sents, places)
        framed = self._place_by_frame(events, doc, text, sents, places) \
            or self._venue_news(events, doc, text, sents, places)
        if framed is not None:
            self._fill_people([framed], doc, linked, sents, sent_of_token)
            self._fill_orgs([framed], doc, linked, sent_of_token)
        _placed_within(events, places)
        return _by_day(events)

    def _in_aside_clause(self, sent: Span, tok: Token) -> bool:
        """Whether the token is the verb of a relative clause on a noun that names no happening
        ("το Μουσείο, που εγκαινιάστηκε πέρσι στο Κάστρο", "η φοιτήτρια, η οποία συνελήφθη πέρσι
        στην Πάτρα"): it tells of someone or something of the story, a background, not another
        happening the page reports. A relative clause has one finite verb, its first after the
        relative word: a later one is the main clause's ("Σε σπίτι που είχε νοικιάσει συνελήφθη")."""
        if not _finite(tok):
            return False
        toks = list(sent)
        k = tok.i - sent.start
        j = max((j for j in range(k) if _relative(toks[j])), default=-1)
        return (j >= 0 and k < clause_end(toks, j) and not any(_finite(t) for t in toks[j + 1:k])
                and self._antecedent(toks, j) is None)

    def _new_happening(self, draft: EventDraft, sents: list[Span], si: int, starts: list[int],
                       names_in: dict[int, set[str]], places: PlaceIndex, doc: Doc, text: str, etype: str,
                       located: dict[tuple[int, str], str | None]) -> bool:
        """Whether a mention of the draft's type in sentence si tells another happening of that
        type: its sentence places it (a phrase of place finer than a country), in a paragraph
        that names people or bodies, none of whom the draft's paragraphs (or the paragraph right
        before) name. A report goes on naming who it is about; a paragraph about others, with a
        place of its own, is another story of the page ("... συνελήφθη στο Χ." then "Σε σπίτι
        στο Ψ εντοπίστηκε νεκρός ..."), which one event for the type would merge and place once."""
        here = _paragraph_of(starts, sents[si].start_char)
        theirs = {_paragraph_of(starts, sents[i].start_char) for i in draft.sentences}
        mine = names_in.get(here)
        if here in theirs or not mine:
            return False
        seen = set().union(*(names_in.get(p, set()) for p in theirs | {here - 1}))
        if not seen or mine & seen:
            return False

        def place_of(i: int) -> str | None:  # a draft's sentences are asked again at each new mention
            if (i, etype) not in located:
                located[(i, etype)] = self._locative_place(sents[i], places, doc, text, etype)
            return located[(i, etype)]

        loc = place_of(si)
        rank = _place_rank(loc) if loc is not None else None
        if loc is None or rank is not None and rank <= COUNTRY_RANK:
            return False
        # the draft placed already, elsewhere: a draft with no place of its own takes this one
        return any(h is not None and h != loc for h in map(place_of, draft.sentences))

    @staticmethod
    def _cleft_dated(events: list[EventDraft], text: str, sents: list[Span],
                     date_sent: dict[int, list[DateRecord]]) -> None:
        """"Ήταν 3 Μαΐου 2015 όταν η πρώτη βάρκα έφτασε στο νησί", "Ήταν το απόγευμα της 3ης
        Μαΐου 2015 όταν βρέθηκε ...": a cleft puts the day of the happening its "όταν" clause
        tells in focus; a narrative uses it for the happening it is about, not for a date in
        passing. The copula opens the sentence, at most a few words of the time of day stand
        before the date (a whole day with its year, no span), and "όταν" follows it. The clause's
        happening is an event of its own (an event word of the clause would have dated its event
        by this sentence already), unless an event holds that day already. (Round 32, tuning
        halves: both such clefts with a whole day are gold's events; one with a month only is not.)"""
        for si, sent in enumerate(sents):
            toks = [t for t in sent if not t.is_space]
            if len(toks) < 4 or fold(toks[0].text) not in COPULAS:
                continue
            opens = toks[0].idx + len(toks[0].text)
            day = min((d for d in date_sent.get(si, []) if d.start >= opens), key=lambda d: d.start, default=None)
            if day is None or not day.date or len(day.date) != 10 or day.date_end \
                    or len(text[opens:day.start].split()) > CLEFT_REACH:
                continue
            after = next((t for t in toks if t.idx >= day.end and t.text != ","), None)
            if after is None or fold(after.text) not in CLEFT_WHEN:
                continue
            if any(ev.date == day.date for ev in events):
                return
            verb = next((t for t in toks if t.idx > after.idx and _finite(t) and fold(t.text) not in VERB_PARTICLES),
                        after)
            events.append(EventDraft(type="other", trigger=verb.text, start=sent.start_char, end=sent.end_char,
                                     sentences=[si], date=day.date, time=day.time, by_verb=True))
            return

    def _verb_dated(self, text: str, sents: list[Span], date_sent: dict[int, list[DateRecord]]
                    ) -> EventDraft | None:
        """The happening of a text whose event words date nothing and that has no dateline: the
        first whole day of a sentence with no event word is the time of the verb it goes with (see
        :func:`_date_verb`), which tells the happening under a word the lexicon lacks ("Οι αγρότες
        έκλεισαν την εθνική οδό την Τρίτη 4 Μαρτίου 2025"). A day that is no happening's time is
        passed over: a span's (it has an end), a bound's (see :func:`_bound`), a noun's (see
        :func:`_attributive`), one inside a quote (its speaker's happenings), an English one (a
        quoted post's, see :func:`_posted_date`), and one whose clause states (a copula: "ήταν",
        "είναι"), wishes or plans ("να", before the verb or after it: "θέλει να", "σχεδιάζει να";
        but a verb that sets the happening for the day, "αναμένεται/πρόκειται να", tells it ahead
        as "θα" does: see ``SCHEDULED``), denies
        ("δεν", "μην"), tells a birth (a life's background: "γεννήθηκε στις 4 Μαρτίου 1941"), a
        habit or a state that went on ("κάθε", the imperfect: "φορούσε") or
        the background ("είχε/είχαν": the pluperfect, see :func:`_told_before`, read also where the
        auxiliary opens the sentence with a capital; or "had", a state), or describes a noun (a relative
        clause, see :meth:`_in_relative`: what it tells is said of the noun in passing, "ο άνθρωπος
        που στις 3 Μαΐου δήλωνε ...")."""
        quoted = _quoted(text)
        years = set(_ANY_YEAR.findall(text))
        for si, sent in enumerate(sents):
            days = sorted((d for d in date_sent.get(si, []) if d.date and len(d.date) == 10 and not d.date_end),
                          key=lambda d: d.start)
            toks = [t for t in sent if not t.is_space]
            if not days or any(t.is_alpha and self.lex.trigger_type(t.text) for t in toks):
                continue
            for d in days:
                if any(a <= d.start < b for a, b in quoted) or _ENGLISH_MONTH.search(d.text) or _bound(text, d) \
                        or _attributive(text, d) or not _year_fixed(years, d):
                    continue
                j = next((m for m, t in enumerate(toks) if t.idx >= d.start), len(toks))
                verb = _date_verb(toks, j)
                if verb is None or verb[1]:
                    continue
                if _told_as_state(toks, j, text, d):
                    continue  # "έχει νικήσει ... στις 11-05-2019": the perfect's record, no happening told
                m = verb[0]
                lo, hi = _date_clause(toks, j)
                words = {fold(t.text) for t in toks[lo + 1:hi]} | {fold(toks[m].text)}
                after = fold(toks[m + 1].text) if m + 1 < len(toks) else ""
                if after in SUBJUNCTIVE and fold(toks[m].text) in SCHEDULED:
                    # "αναμένεται να κυκλοφορήσει στις 17 Δεκεμβρίου": the "να" tells what is due, as "θα"
                    words, after = words - SUBJUNCTIVE, ""
                if words & NOT_TOLD or after in SUBJUNCTIVE or fold(toks[m].text).endswith(IMPERFECT_ENDINGS) \
                        or fold(toks[m].text).startswith(BIRTH_STEMS) or self._in_relative(toks, j):
                    continue
                return EventDraft(type="other", trigger=toks[m].text, start=sent.start_char,
                                  end=sent.end_char, sentences=[si], date=d.date, time=d.time, by_verb=True)
        return None

    @staticmethod
    def _happening_verbs(events: list[EventDraft], text: str, sents: list[Span],
                         date_sent: dict[int, list[DateRecord]]) -> list[EventDraft]:
        """Happenings that a verb names by itself, with a whole day (its year written) in the
        verb's clause: "η σύμβαση που υπεγράφη στις 28 Ιανουαρίου 2026" (a signing), "το φιλμ
        προβλήθηκε στις 30 Μαρτίου 1974" (a screening), "εξαφανίστηκε στις 3 Μαΐου 2007" (a
        disappearance), "επιτέθηκε/έκαψε/πέθανε στις 9.5.2009" (an attack, an arson, a death: a
        narrative of crimes tells each on its day beside the trial it reports). Such a verb tells
        its happening in a relative clause too and beside the text's other events, which the verbs
        of :meth:`_verb_dated` do not. The verb is in the past, or in the future after "θα" (see
        ``happening_verbs``), with no "να", negation or perfect auxiliary before it, nor an ending
        of the present or the subjunctive ("θα τους σκοτώσει" shares the stem of "σκότωσε"), and
        the day is of its own clause (see :func:`_date_clause`).
        A day an event holds already, a span's, a bound's, a noun's, an English one and a quoted
        one are passed over; an event of no type that the same verb dates already (see
        :meth:`_verb_dated`) takes the verb's type."""
        quoted = _quoted(text)
        years = set(_ANY_YEAR.findall(text))
        held: set[str | None] = {ev.date for ev in events if ev.date}
        out: list[EventDraft] = []
        for si, sent in enumerate(sents):
            days = [d for d in date_sent.get(si, []) if d.date and len(d.date) == 10 and not d.date_end]
            if not days:
                continue
            toks = [t for t in sent if not t.is_space]
            openers = _clause_openers(toks)
            for m, t in enumerate(toks):
                if not t.is_alpha or not t.text.islower():
                    continue
                f = fold(t.text)
                before = fold(toks[m - 1].text) if m else ""
                # after "θα" a form is no past, whatever its stem ("θα πεθάνει", "θα σκοτώσει")
                etype = None if before in FUTURE or f.endswith(NOT_PAST_ENDINGS) \
                    else next((e for s, e in HAPPENING_PAST.items() if f.startswith(s)), None)
                if etype is None and before in FUTURE:
                    etype = next((e for s, e in HAPPENING_FUTURE.items() if f.startswith(s)), None)
                if etype is None or before in SUBJUNCTIVE | NEGATIONS | AUXILIARIES \
                        or m > 1 and fold(toks[m - 2].text) in PLUPERFECT_AUXILIARIES:
                    continue
                lo, hi = _date_clause(toks, m, openers)
                for d in sorted(days, key=lambda d: d.start):
                    if any(a <= d.start < b for a, b in quoted) or _ENGLISH_MONTH.search(d.text) \
                            or _bound(text, d) or _attributive(text, d) or not _year_fixed(years, d):
                        continue
                    j = next((k for k, u in enumerate(toks) if u.idx >= d.start), len(toks))
                    if not lo < j < hi and not (j > hi and (own := _date_clause(toks, j, openers))[0] == hi
                                                and _state_clause(toks, *own)):
                        # another clause's day: its own verb's; but a relative clause right after
                        # the verb's that only states ("εξαφανίστηκε από την κατασκήνωση
                        # όπου διέμενε στις 6 Ιουλίου 2016") frames the verb's happening with its day
                        continue
                    if d.date in held:
                        for ev in events:
                            if ev.date == d.date and ev.type == "other" and ev.by_verb and ev.trigger == t.text:
                                ev.type = etype
                        break
                    out.append(EventDraft(type=etype, trigger=t.text, start=sent.start_char, end=sent.end_char,
                                          sentences=[si], date=d.date, time=d.time, by_verb=True))
                    held.add(d.date)
                    break
        return out

    @staticmethod
    def _glossed_days(events: list[EventDraft], text: str, sents: list[Span],
                      date_sent: dict[int, list[DateRecord]]) -> list[EventDraft]:
        """Happenings whose day the writer glosses: a day said by the day of writing or by its
        weekday, with the full date in brackets right after ("ο δράστης πήγε χθες (28.11.2021)
        στο τμήμα", "το βράδυ της περασμένης Δευτέρας (12/7/2021)"). News writes the bracket to
        pin the day of the happening it tells, so the clause's verb names a happening on that
        day, whatever the word (the event lexicon may lack it). The bracket writes the date in
        full, its year too: a bare "(19/4)" takes its year from a guess, and news writes it as
        often for a fixture or a broadcast in passing. A day an event holds already, a span's, a
        bound's and a quoted one are passed over. (Round 47, passages tuning: all 9 such
        glosses with a year date gold's events, 5 of them no event of the base's.)"""
        quoted = _quoted(text)
        held: set[str | None] = {ev.date for ev in events if ev.date}
        out: list[EventDraft] = []
        for si, sent in enumerate(sents):
            for d in sorted(date_sent.get(si, []), key=lambda d: d.start):
                if not d.date or len(d.date) != 10 or d.date_end or d.date in held \
                        or not text[d.end:d.end + 2].lstrip().startswith(")"):
                    continue
                word = _WORD_BRACKET.search(text[max(sent.start_char, d.start - 40):d.start])
                if word is None or fold(word.group(1)) not in GLOSSED_DAY_WORDS:
                    continue
                if any(a <= d.start < b for a, b in quoted) or _bound(text, d) or not _writes_year(d.text, d.date[:4]):
                    continue
                toks = [t for t in sent if not t.is_space]
                j = next((m for m, t in enumerate(toks) if t.idx >= d.start), len(toks))
                verb = _date_verb(toks, j)
                if verb is None or verb[1]:
                    continue  # no verb tells it, or the pluperfect's background
                out.append(EventDraft(type="other", trigger=toks[verb[0]].text, start=sent.start_char,
                                      end=sent.end_char, sentences=[si], date=d.date, time=d.time, by_verb=True))
                held.add(d.date)
        return out

    @staticmethod
    def _in_relative(toks: list[Token], j: int) -> bool:
        """Whether ``toks[j]`` stands in a relative clause: after a relative word, before the
        clause's end (see :func:`clause_end`)."""
        k = next((m for m in range(j - 1, -1, -1) if fold(toks[m].text) in RELATIVES
                  or fold(toks[m].text).startswith(RELATIVE_PRONOUN)), None)
        return k is not None and j < clause_end(toks, k)

    def _place_by_day(self, events: list[EventDraft], text: str, sents: list[Span], places: PlaceIndex) -> None:
        """When no event of the text holds a place, an adverb of the relative day right before a
        phrase of a known place ("θα συναντηθεί σήμερα στο Χ", "παρουσιάζει απόψε στο Μέγαρο Χ",
        "εκτελέστηκε χθες, στην πόλη Χ") tells where the text's happening takes place: Greek puts
        the when and the where of a happening side by side after its verb, while a place that is
        the topic ("τα κρούσματα στη χώρα Χ") stands with no day on it. The first such phrase
        places the event of its sentence, else the main event. A country is left out: "σήμερα
        στη χώρα Χ" is as often how things stand there now. (Round 31, articles tuning: of the
        texts whose events hold no place, 7 of the 8 such places are gold's, the eighth a
        district of gold's venue.)"""
        cands = [ev for ev in events if ev.clause is None and not ev.online and not ev.issue]
        if not cands or any(ev.location for ev in events):
            return
        for si, sent in enumerate(sents):
            toks = list(sent)
            for k, tok in enumerate(toks):
                if fold(tok.text) not in RELATIVE_DAYS:
                    continue
                place = self._day_place(toks, k, places)
                if place is None:
                    continue
                ev = next((e for e in cands if si in e.sentences), cands[0])
                ev.location = place
                return

    @staticmethod
    def _day_place(toks: list[Token], k: int, places: PlaceIndex) -> str | None:
        """The known place (no country) of the phrase of place right after the adverb of the day
        at k: at most a comma or a few words of the time of day between ("το πρωί"), no verb."""
        j = k + 1
        if j < len(toks) and toks[j].text == ",":
            j += 1
        gap = 0
        while j < len(toks) and fold(toks[j].text) not in LOCATIVE_ARTICLES:
            if gap == DAY_PLACE_GAP or not toks[j].is_alpha or toks[j].pos_ in ("VERB", "AUX") or _cap(toks[j]):
                return None
            j, gap = j + 1, gap + 1
        for t in toks[j + 1:j + 3]:
            place = places.at(t.idx)
            if place is not None:
                rank = _place_rank(place)
                return place if rank is None or rank > COUNTRY_RANK else None
            if _cap(t):
                return None
        return None

    def _given_at(self, ev: EventDraft, sents: list[Span], places: PlaceIndex) -> bool:
        """Whether a sentence of a press conference says that it is given at its place: the words
        "συνέντευξη Τύπου", then at most a relative "που" with its verb and an adverb ("που
        παραχώρησε καθημερινά"), then the phrase of place naming it ("στον Λευκό Οίκο"). What
        stands after "για" or another noun is the conference's subject ("συνέντευξη Τύπου για την
        κατάσταση στη Χ"), no venue. (Round 34, articles tuning: the gold places each of the six
        such press conferences the body names once at that place.)"""
        if ev.type != "press conference" or ev.clause is not None:
            return False
        for si in ev.sentences:
            toks = list(sents[si])
            for k, tok in enumerate(toks[:-2]):
                if self.lex.trigger_type(tok.text) != ev.type or fold(toks[k + 1].text) not in PRESS_WORDS:
                    continue
                m = k + 2
                if m < len(toks) and fold(toks[m].text) in RELATIVES:
                    m += 1
                    while m < len(toks) and m - k <= GIVEN_AT_GAP and toks[m].is_alpha and toks[m].text.islower() \
                            and fold(toks[m].text) not in LOCATIVE_ARTICLES:
                        m += 1
                if m + 1 < len(toks) and fold(toks[m].text) in LOCATIVE_ARTICLES \
                        and places.at(toks[m + 1].idx) == ev.location:
                    return True
        return False

    def _place_by_frame(self, events: list[EventDraft], doc: Doc, text: str, sents: list[Span],
                        places: PlaceIndex) -> EventDraft | None:
        """When still no event of a news article holds a place, the place its headline and its lead
        agree on (see :meth:`_framed_news`) places the event its opening names, else a news event
        of its own, added first and returned (for its participants). An opening event held online,
        or an act's issue, takes no place: nothing is added then."""
        if any(ev.location for ev in events):
            return None
        framed = self._framed_news(doc, text, sents, places)
        if framed is None:
            return None
        opening = set(framed.sentences)
        named = [ev for ev in events if ev.clause is None and not ev.side and set(ev.sentences) & opening]
        if named:
            if not (named[0].online or named[0].issue):
                named[0].location = framed.location
            return None
        events.insert(0, framed)
        return framed

    def _venue_news(self, events: list[EventDraft], doc: Doc, text: str, sents: list[Span],
                    places: PlaceIndex) -> EventDraft | None:
        """When still no event of the text holds a place, the venue its headline names (see
        :meth:`_headline_venue`: "«Η Κυρά της θάλασσας» στο θέατρο Εκάτη") places the event its
        opening names, else a news event of its own, added first and returned (for its
        participants), as :meth:`_place_by_frame` does. An event that holds a place already (a
        body's "πρεμιέρα ... στο θέατρο Χ") tells the happening the headline announces."""
        head = _headline(text)
        if head is None or any(ev.location for ev in events):
            return None
        venue = self._headline_venue(doc, head, places, text)
        if venue is None:
            return None
        body = _lead_start(text, head[1])
        opening = {i for i, s in enumerate(sents) if s.start_char < head[1] or s.start_char <= body < s.end_char}
        named = [ev for ev in events if ev.clause is None and not ev.side and set(ev.sentences) & opening]
        if named:
            if not (named[0].online or named[0].issue):
                named[0].location = venue
            return None
        first = min(opening)
        news = EventDraft(type="other", trigger=text[head[0]:head[1]], start=sents[first].start_char,
                          end=sents[first].end_char, sentences=sorted(opening), location=venue)
        events.insert(0, news)
        return news

    def _framed_news(self, doc: Doc, text: str, sents: list[Span], places: PlaceIndex) -> EventDraft | None:
        """A news article's happening placed where its headline and its lead agree: the first known
        place of a phrase of place in the lead's paragraph (see :func:`_lead_start`), when a phrase
        of place of the headline names it too ("Ρεκόρ κρουσμάτων στη Χ" / "Τα κρούσματα στη Χ
        αυξήθηκαν ..."). A place of the lead alone is mostly where its subject is or comes from,
        and one of the headline alone its topic (see :meth:`_news_event`, which takes neither when
        it is a country); the place both put the news in is the frame the text reports from. A
        headline's place in another case is what the news is about ("Αιχμές κατά της Χ",
        "επικρίνει τη Χ"), not where. Only the last resort, when no sentence places a happening:
        a finer place of the text is its place."""
        head = _headline(text)
        if head is None:
            return None
        body = _lead_start(text, head[1])
        stop = text.find("\n", body)
        stop = len(text) if stop < 0 else stop
        names = places.names()
        span = doc.char_span(head[0], head[1], alignment_mode="expand")
        if span is None:
            return None
        toks = list(span)
        named = {name for k, name in self._locative_places(span, places, doc, text, "")
                 if name in names and not _on_background(toks, k)}
        head_sents = {i for i, s in enumerate(sents) if s.start_char < head[1]}
        for si, sent in enumerate(sents):
            if sent.end_char <= body or sent.start_char >= stop:
                continue
            toks = list(sent)
            for k, name in self._locative_places(sent, places, doc, text, ""):
                if toks[k].idx < body or name not in names or _on_background(toks, k):
                    continue
                if name not in named:
                    return None  # the lead's first place is not the headline's
                return EventDraft(type="other", trigger=text[head[0]:head[1]], start=sent.start_char,
                                  end=sent.end_char, sentences=sorted(head_sents | {si}), location=name)
        return None

    def _news_event(self, doc: Doc, text: str, sents: list[Span], places: PlaceIndex,
                    date_sent: dict[int, list[DateRecord]], events: list[EventDraft],
                    dateline: list[DateRecord]) -> EventDraft | None:
        """The happening a news article reports, when no event word of its headline or lead
        tells it (see :func:`_lead_start`): located where the headline's kicker says
        ("Κορωνοϊός - Ιταλία: ...", "Κιλκίς: ...") or, failing that, where the lead's first phrase
        of place says ("... σε αγρότες στο Κιλκίς"), dated by a full date of the headline, else
        of the lead. Only a known place is taken (a venue as written is too often another noun),
        and no street or square of a news article's lead (a dated release's is kept),
        and a country of the lead only as the headline names a town in it (a lead's country is
        mostly where its subject is or comes from: "Επιστήμονες στη Δανία ανακάλυψαν ...");
        a place of the headline's own phrase is its subject ("Ρεκόρ ζέστης στη Σικελία") and is
        not taken. An event word of the headline or lead tells the news itself: it takes the
        kicker's place when it has none. An event of the body that holds a place already, or the
        lead's, tells the happening: no news event then."""
        head = _headline(text)
        if head is None or any(head[0] <= d.start < head[1] for d in dateline):
            return None  # "Καλαμάτα, 10 Ιουνίου 2025": a dateline, no headline
        body = _lead_start(text, head[1])
        at = next((i for i, s in enumerate(sents) if s.start_char <= body < s.end_char), None)
        if at is None:
            return None
        # the splitter may run the headline on into the lead: the lead is the body's part
        lead = doc.char_span(body, sents[at].end_char, alignment_mode="expand")
        head_sents = [i for i, s in enumerate(sents) if s.start_char < head[1]]
        if not head_sents:
            return None
        opening = sorted(set(head_sents) | {at})
        loc, where = None, None
        kick = _kicker_place(text, head, places)
        if kick is not None:
            kick = self._within_kicker(kick, doc, head, lead, places, text)
            loc, where = kick, head_sents[0]
        elif lead is not None:
            found = self._locative_place(lead, places, doc, text, "")
            rank = _place_rank(found) if found is not None else None
            if found is not None and rank is not None and rank <= COUNTRY_RANK:
                # "Επιστήμονες στη Δανία ανακάλυψαν ...": a country of the lead places the news only
                # as the headline places it more finely ("Ιράν" in the lead, "Τεχεράνη" in the headline)
                found = self._finer_head_place(found, text, places)
            if found is not None and found in places.names() and (dateline or not street_noun(found.split()[0])):
                # (no street or square of a news article: its lead's street says where a thing stands,
                # "το ξενοδοχείο που βρίσκεται στην οδό Χ", not where news happens; a dated release's
                # opening street is where its measure applies, "ρυθμίσεις στη Λεωφόρο Χ")
                loc, where = found, at
        if loc is None:
            found = self._headline_verb_place(doc, head, places, text) or self._fronted_place(doc, head, places, text)
            if found is not None:
                loc, where = found, head_sents[0]
        date = _opening_date(text, sents, head, date_sent, lead, at) or _posted_date(date_sent, head)
        if loc is None and date is None:
            return None
        if events and any(si in opening for si in events[0].sentences):
            # an event word of the opening tells the news; its own sentences were searched for
            # its place already, with its clauses told apart: only the kicker adds one
            main = events[0]
            if main.location is None and kick is not None:
                main.location = kick
            return None
        if events and (events[0].location is not None or any(e.location == loc for e in events if loc)):
            return None  # an event word of the body tells the happening there
        si = where if where is not None else head_sents[0]
        return EventDraft(type="other", trigger=text[head[0]:head[1]], start=sents[si].start_char,
                          end=sents[si].end_char, sentences=opening, location=loc,
                          date=date.date if date else None, date_end=date.date_end if date else None,
                          time=date.time if date else None)

    def _from_opening(self, events: list[EventDraft], doc: Doc, text: str, sents: list[Span], places: PlaceIndex,
                      date_sent: dict[int, list[DateRecord]], dateline: list[DateRecord]) -> None:
        """A news article's main happening that its own sentences do not date takes the day its
        opening gives, as a news event takes it (see :func:`_opening_date`), unless another event
        of the text holds that date already ("... τίθεται σε ισχύ από 7 Ιουνίου": that event's own);
        chosen by 5-fold cross-validation on the tuning articles among simple whole-document
        defaults (round 16). It takes the place a sentence of the body says it took place at (see
        :meth:`_took_place_at`) when it has none or only a coarser one (a country, a region): the
        body tells where the happening was as finely as the text knows it. The headline's
        fronted phrase of place, once taken here too, places the news event only (see
        :meth:`_news_event`): here it changed no tuning text (round 17)."""
        main = events[0]
        head = _headline(text)
        if head is None or main.clause is not None or main.issue or any(head[0] <= d.start < head[1] for d in dateline):
            return
        if not main.online:
            told = self._took_place_at(doc, text, sents, places, head, main.type)
            if told is not None and (main.location is None or _finer(told, main.location)):
                main.location = told
        if main.date is None and not main.other_dated:
            body = _lead_start(text, head[1])
            at = next((i for i, s in enumerate(sents) if s.start_char <= body < s.end_char), None)
            lead = doc.char_span(body, sents[at].end_char, alignment_mode="expand") if at is not None else None
            date = _opening_date(text, sents, head, date_sent, lead, at) or _posted_date(date_sent, head)
            if date is not None and all(ev.date != date.date for ev in events[1:]):
                main.date, main.date_end, main.time = date.date, date.date_end, date.time

    def _took_place_at(self, doc: Doc, text: str, sents: list[Span], places: PlaceIndex,
                       head: tuple[int, int], etype: str) -> str | None:
        """The known place where a sentence of the body says that the main happening, or the
        happening it was part of, took place: the sentence names the event by its own word (any
        event word for a news event that has none) and holds a verb of taking place with a
        phrase of place on it ("Η συνάντηση έγινε στο πλαίσιο του Χ που έγινε στην Αθήνα", "...
        σε παρέμβασή του στο Συμβούλιο Υπουργών που πραγματοποιείται στην Κόρδοβα"). The phrase
        follows the verb within its clause (no relative word, "ότι", other finite verb or ";" between),
        outside quotes; "έγινε γνωστό" (became known) tells no happening. The first such
        sentence of the body counts; see :meth:`_from_opening` for when it is taken."""
        names = places.names()
        for sent in sents:
            if sent.start_char < head[1]:
                continue
            toks = list(sent)
            if not any(t.is_alpha and (self.lex.trigger_type(t.text) == etype
                                       or etype == "other" and self.lex.trigger_type(t.text)) for t in toks):
                continue
            quoted = [(a + sent.start_char, b + sent.start_char) for a, b in _quoted(sent.text)]
            for k, t in enumerate(toks):
                f = fold(t.text)
                if not t.is_alpha or not t.text.islower() or not f.startswith(TOOK_PLACE_STEMS) \
                        or any(a <= t.idx < b for a, b in quoted):
                    continue
                after = fold(toks[k + 1].text) if k + 1 < len(toks) else ""
                if f.startswith(WITH_PLACE_STEMS) and after != WITH_PLACE_NOUN or after.startswith(NO_HAPPENING_AFTER):
                    continue
                stop = next((m for m in range(k + 1, len(toks))
                             if fold(toks[m].text) in RELATIVES | COMPLEMENTIZERS or toks[m].text in ";:·"
                             or _finite(toks[m]) and fold(toks[m].text) not in VERB_PARTICLES), len(toks))
                for j, name in self._locative_places(sent, places, doc, text, ""):
                    if k < j < stop and name in names and not _on_background(toks, j):
                        return name
        return None

    def _verb_told(self, doc: Doc, text: str, sents: list[Span], places: PlaceIndex,
                   date_sent: dict[int, list[DateRecord]]) -> list[EventDraft]:
        """Happenings that a sentence tells only by a verb of taking place, with no event word of
        the lexicon: "Συμπλοκές σημειώθηκαν χθες στο λιμάνι", "διεξήχθη ο ημιτελικός
        στη Βέροια", "Η γιορτή θα λάβει χώρα στο Ναύπλιο". Such a verb's subject is the happening
        (a noun the lexicon lacks, an event's name, a pronoun): the nominative phrase right before
        it in its clause or right after it. None where the verb has no such subject, where it is
        a person ("έγινε δεκτός"), a change in a measure ("σημειώθηκε άνοδος"), or where "γίνομαι"
        takes a predicate ("έγινε γνωστό", "γίνεται λόγος"). Date and place come from the verb's
        own clause (see :meth:`_verb_clause`); one without either is no event of the record. A
        verb of beginning ("ξεκινούν οι εξετάσεις στις 2 Ιουνίου") dates the happening it begins,
        and tells one only with a day: its place alone may be where a journey sets off from."""
        out: list[EventDraft] = []
        for si, sent in enumerate(sents):
            toks = list(sent)
            if any(t.is_alpha and self.lex.trigger_type(t.text) for t in toks):
                continue  # an event word of the lexicon tells it: the builder's own path
            # One sweep each, so that the sentence's cost stays linear whatever its verbs and quotes
            quoted = _covered(toks, [(a + sent.start_char, b + sent.start_char) for a, b in _quoted(sent.text)])
            dates = sorted((d for d in date_sent.get(si, []) if d.date), key=lambda d: d.start)
            dated = _covered(toks, sorted((d.start, d.end) for d in date_sent.get(si, [])))
            starts = [d.start for d in dates]
            bounds: list[int] | None = None
            for k, t in enumerate(toks):
                lower = t.text.islower() if k else t.text[1:].islower()  # "Διεξήχθη η ...": it opens the sentence
                if not t.is_alpha or not lower or k in quoted:
                    continue
                if not self._says_took_place(toks, k, dated):
                    continue
                if bounds is None:
                    bounds = self._clause_bounds(toks)
                start, stop = self._verb_clause(toks, k, bounds)
                if any(fold(u.text) in CONDITIONALS for u in toks[start:k]):
                    continue  # "αν ... έχει πραγματοποιηθεί": a condition, no happening told
                span = doc[toks[start].i:toks[stop - 1].i + 1]
                ds = [d for d in dates[bisect_left(starts, span.start_char):bisect_left(starts, span.end_char)]
                      if not _after_until(text, d)
                      and not _until_now(text, d)]
                # the noun a relative "που" stands for is the subject only where the clause dates it
                if not self._happening_subject(toks, k, start, stop, antecedent=bool(ds)):
                    continue
                if not ds and (fold(t.text).startswith(IMPERFECTIVE_FORMS) or fold(t.text) in START_FORMS):
                    # "συμβαίνουν συχνά στα στενά": a present with no day tells a habit; a beginning
                    # without its day tells none ("ξεκίνησε από την Αθήνα": a journey's start)
                    continue
                # Greek puts the verb's phrase of place after it; one before it hangs on a noun
                # ("η βλάβη στο δίκτυο της Χ σημειώθηκε ... στην Υ")
                loc = self._locative_place(doc[t.i:toks[stop - 1].i + 1], places, doc, text, "")
                if loc is None:
                    loc = self._place_past_relative(toks, k, stop, places, doc, text)
                rank = _place_rank(loc) if loc is not None else None
                if rank is not None and rank <= COUNTRY_RANK:
                    loc = None  # "στην Πορτογαλία θα γίνει η πρεμιέρα": a country frames, not places
                if not ds and loc is None:
                    continue
                ev = EventDraft(type="other", trigger=t.text, start=sent.start_char, end=sent.end_char,
                                sentences=[si], location=loc, placed_by_verb=loc is not None, by_verb=True)
                if ds:
                    d = ds[0]
                    ev.date, ev.date_end, ev.time = d.date, d.date_end, d.time
                out.append(ev)
                break
        return out

    def _place_past_relative(self, toks: list[Token], k: int, stop: int, places: PlaceIndex, doc: Doc,
                              text: str) -> str | None:
        """The place of a phrase of place set, after a comma, beside the verb's own phrase of place
        that a relative clause of place cuts off: "συνέβη στο διαμέρισμα όπου ζούσε, στη
        Θεσσαλονίκη", "έγινε στο σπίτι που έμενε, επί της οδού Χ, στη Λάρισα". The verb's clause ends
        at the relative word; its phrase ("στο διαμέρισμα") names no place, and the relative clause
        says only what the noun is. The phrases after that clause's comma stand in the case of the
        verb's phrase, beside it: they say where that noun is, so where the happening was. The
        relative clause ends at its first comma after its verb; each apposed phrase opens with a
        locative ("στη", "σε") or another preposition of place ("επί"); the run ends at the first
        piece that does not, or at a bound of a clause (see :meth:`_clause_bounds`)."""
        n = len(toks)
        if stop >= n or fold(toks[stop].text) not in RELATIVES \
                or not any(fold(u.text) in LOCATIVE_ARTICLES for u in toks[k + 1:stop]):
            return None
        comma = None
        verb = False
        for m in range(stop + 1, n):
            f = fold(toks[m].text)
            if f in RELATIVES | COMPLEMENTIZERS or toks[m].text in ";:·" or toks[m].text in CLOSING:
                return None
            if toks[m].text == ",":
                if verb:
                    comma = m
                    break
                continue
            verb = verb or _finite(toks[m]) and f not in VERB_PARTICLES
        if comma is None:
            return None
        end = comma
        while end + 1 < n and fold(toks[end + 1].text) in LOCATIVE_ARTICLES | APPOSED_PLACE_OPENERS:
            m = end + 1
            while m < n and toks[m].text != "," and not (
                    _finite(toks[m]) and fold(toks[m].text) not in VERB_PARTICLES
                    or fold(toks[m].text) in RELATIVES | COMPLEMENTIZERS or toks[m].text in ";:·"):
                m += 1
            end = m
            if m >= n or toks[m].text != ",":
                break
        if end == comma:
            return None
        loc = self._locative_place(doc[toks[comma + 1].i:toks[end - 1].i + 1], places, doc, text, "")
        rank = _place_rank(loc) if loc is not None else None
        return None if rank is not None and rank <= COUNTRY_RANK else loc

    @staticmethod
    def _says_took_place(toks: list[Token], k: int, dated: set[int]) -> bool:
        """Whether ``toks[k]`` is a form of a verb of taking place used so: "έλαβε" only with
        "χώρα"; "γίνομαι" only with no predicate after it (a phrase of place or time, a date, a
        nominative subject, or the clause's end follows: "έγινε στην Αθήνα", "θα γίνει απόψε",
        "έγινε η κλήρωση"); none before "ότι" ("να σημειωθεί ότι") or "γνωστό". A verb of
        beginning ("ξεκινούν", "άρχισε") counts used intransitively (see ``start_forms``)."""
        f = fold(toks[k].text)
        before = fold(toks[k - 1].text) if k else ""
        if _compared(toks, k):
            return False  # "όπως έγινε στο Χ": a like happening, compared
        if before in SUBJUNCTIVE or before in FUTURE and (f.startswith(IMPERFECTIVE_FORMS) or f in START_IMPERFECTIVE):
            return False  # "ζητούν να διεξαχθεί", "θα γίνεται": wished or habitual, no happening told
        after = toks[k + 1] if k + 1 < len(toks) else None
        fa = fold(after.text) if after is not None else ""
        if f in START_FORMS:
            # "άρχισε να γράφει": a phase verb before another; "ξεκίνησε την προετοιμασία": a doer
            # begins something (an object that is no date: "ξεκινούν την Τρίτη 4 Ιουνίου" is the day)
            return fa not in SUBJUNCTIVE | COMPLEMENTIZERS and not (
                fa in OBJECT_ARTICLES and k + 1 not in dated and k + 2 not in dated)
        if f.startswith(WITH_PLACE_STEMS):
            return fa == WITH_PLACE_NOUN
        if not f.startswith(TOOK_PLACE_FORMS) or fa.startswith(NO_HAPPENING_AFTER) or fa in COMPLEMENTIZERS:
            return False
        if f.startswith(BECOME_FORMS) and after is not None and after.is_alpha:
            told = k + 1 in dated
            return told or fa in PHRASE_ARTICLES or fa in PREPOSITIONS
        return True

    @staticmethod
    def _clause_bounds(toks: list[Token]) -> list[int]:
        """The sentence's token indices that bound a clause, in order: a relative word, "ότι", a
        finite verb or a closing mark (found once per sentence, see :meth:`_verb_clause`)."""
        def bound(m: int) -> bool:
            f = fold(toks[m].text)
            return f in RELATIVES | COMPLEMENTIZERS or f.startswith(RELATIVE_PRONOUN) or toks[m].text in ";:·" \
                or _finite(toks[m]) and f not in VERB_PARTICLES
        return [m for m in range(len(toks)) if bound(m)]

    @staticmethod
    def _verb_clause(toks: list[Token], k: int, bounds: list[int]) -> tuple[int, int]:
        """The verb's clause as token indices of the sentence: from after the last bound (see
        :meth:`_clause_bounds`) before it to the first one after it."""
        first = k - 1 if k and fold(toks[k - 1].text) in AUXILIARIES else k  # "έχει πραγματοποιηθεί": one verb
        b = bisect_left(bounds, first)
        start = bounds[b - 1] + 1 if b else 0
        a = bisect_left(bounds, k + 1)
        stop = bounds[a] if a < len(bounds) else len(toks)
        return start, stop

    @staticmethod
    def _happening_subject(toks: list[Token], k: int, start: int, stop: int, antecedent: bool = False) -> bool:
        """Whether the verb at k has a subject that can be a happening: a nominative phrase (an
        article and its noun, or a noun opening the clause) right before it, or right after it
        (an article and noun, or a bare lower-case noun: "σημειώθηκαν συμπλοκές"); not a person's
        name, not a noun of a change in a measure. With ``antecedent``, also the noun before a
        relative "που"/"ο οποίος" that opens the verb's clause ("Η τραγωδία, που διαδραματίσθηκε
        στις 24 Ιουλίου 2010"): the relative word is the subject and stands for that noun."""
        words: list[Token] = []
        m = k - 1
        while m >= start and (fold(toks[m].text) in VERB_PARTICLES or not toks[m].is_alpha and toks[m].text != ","):
            m -= 1
        if m >= start and toks[m].is_alpha:
            a = next((j for j in range(m, max(start - 1, m - 5), -1) if fold(toks[j].text) in NOMINATIVE_ARTICLES), None)
            if a is not None:
                words = toks[a + 1:m + 1]
            elif start == 0 and toks[0].is_alpha and fold(toks[0].text) not in PHRASE_ARTICLES | PREPOSITIONS \
                    and "," not in (u.text for u in toks[:m]):
                words = toks[:m + 1]  # "Δενδροφύτευση στο άλσος πραγματοποιήθηκε": a bare noun opens it
        if not words and antecedent and start == k and start >= 2 and _relative_subject(toks[start - 1]):
            # "Η σύγκρουση, που διαδραματίσθηκε τον Μάρτιο": "που" is the verb's subject,
            # and stands for the noun before it, whatever that noun's case
            m = start - 2
            if fold(toks[start - 1].text).startswith(RELATIVE_PRONOUN):
                m -= 1  # the article of "η οποία"
            if m >= 0 and toks[m].text == ",":
                m -= 1
            if m >= 0 and toks[m].is_alpha and toks[m].text.islower():
                words = [toks[m]]
        if not words and k + 1 < stop and not fold(toks[k].text).startswith(BECOME_FORMS):
            # "Πρώτο θέμα έγινε η απόφαση": after "γίνομαι" a subject may follow its predicate
            n = k + 1
            if fold(toks[n].text) == ALSO:
                return False  # "πραγματοποιήθηκε και δεύτερη επιθεώρηση": a part of the operation told before
            if fold(toks[n].text) in NOMINATIVE_ARTICLES and n + 1 < stop:
                words = toks[n + 1:min(stop, n + 4)]
            elif toks[n].is_alpha and toks[n].text.islower() and fold(toks[n].text) not in PHRASE_ARTICLES | PREPOSITIONS:
                words = [toks[n]]
        if not words:
            return False
        # Greek puts the adjective before its noun: a lower-case common noun that ends the phrase
        # heads it ("Αιματηρό επεισόδιο σημειώθηκε"), whatever a capitalised first word was taken for
        head = words[-1]
        common = head.is_alpha and head.text.islower() and head.ent_type_ != "PERSON" and not _finite(head)
        return not any(w.ent_type_ == "PERSON" and not common or fold(w.text).startswith(CHANGE_NOUNS)
                       or fold(w.text) in NOT_SUBJECTS for w in words)

    def _within_kicker(self, kick: str, doc: Doc, head: tuple[int, int], lead: Span | None,
                       places: PlaceIndex, text: str) -> str:
        """A coarse place that makes up the kicker (a country, a region: "Συρία: Επίθεση στη
        Χομς", "Ιταλία: Σε καραντίνα κωμόπολη ...") is the frame of the news, not its place: a
        known place of a finer kind (see :func:`_finer`) that a phrase of place of the headline
        after the colon names ("στη Χομς"), else the lead's first (see :meth:`_locative_place`),
        places the happening inside that frame, as :meth:`_locative_place` lets a coarse place
        give way to a finer one. A kicker finer than a region (an island, a town) is the place
        itself, and so is a coarse one that neither names a finer place beside."""
        rank = _place_rank(kick)
        if rank is None or rank > COARSE_RANK:
            return kick
        names = places.names()
        colon = text.find(":", head[0], head[1])
        rest = doc.char_span(colon + 1, head[1], alignment_mode="expand") if colon >= 0 else None
        if rest is not None:
            toks = list(rest)
            for k, name in self._locative_places(rest, places, doc, text, ""):
                if name in names and _finer(name, kick) and not _on_background(toks, k):
                    return name
        found = self._locative_place(lead, places, doc, text, "") if lead is not None else None
        if found is not None and found in names and _finer(found, kick):
            return found
        return kick

    def _fronted_place(self, doc: Doc, head: tuple[int, int], places: PlaceIndex, text: str) -> str | None:
        """The known place of a phrase of place that opens the headline or the part of it after
        the kicker's colon or dash (see :meth:`_news_event`), or None."""
        span = doc.char_span(head[0], head[1], alignment_mode="expand")
        if span is None:
            return None
        toks = list(span)
        names = places.names()
        for k, name in self._locative_places(span, places, doc, text, ""):
            if name not in names or _on_background(toks, k):
                continue
            before = text[head[0]:toks[k].idx]
            cut = max(before.rfind(":"), before.rfind(" - "), before.rfind(" – "))
            if not before[cut + 1:].strip(" «\"'-–—"):
                return name
        return None

    def _headline_venue(self, doc: Doc, head: tuple[int, int], places: PlaceIndex, text: str) -> str | None:
        """The venue that a phrase of place of the headline names by its head noun ("«Η Κυρά της
        θάλασσας» στο θέατρο Εκάτη", "... στην Αίθουσα Χ"; see :meth:`_venue_at`), or None. A
        venue is built for happenings: a headline that sets something in one announces it held
        there (a play, a concert, a talk), where a town or a country of the headline's own phrase
        is mostly its topic. A linked place headed by a venue's noun is taken by its name. A street's name (no venue: where a thing stands) and a name inside
        quotes (a title) are passed over."""
        span = doc.char_span(head[0], head[1], alignment_mode="expand")
        if span is None:
            return None
        toks = list(span)
        quoted = False
        for k, tok in enumerate(toks[:-1]):
            if tok.text in ("«", "»"):
                quoted = tok.text == "«"
            if quoted or fold(tok.text) not in LOCATIVE_ARTICLES or street_noun(toks[k + 1].text):
                continue
            known = places.at(toks[k + 1].idx)
            if known is not None and fold(toks[k + 1].text) in VENUE_HEAD_FORMS:
                return known  # "στην Αίθουσα Σκαλκώτα": a linked place headed by a venue's noun
            venue = self._venue_at(toks, k + 1, places, text)
            if venue is not None:
                return venue
        return None

    def _headline_verb_place(self, doc: Doc, head: tuple[int, int], places: PlaceIndex, text: str) -> str | None:
        """The linked place of the first phrase of place that follows the headline's main verb ("Ζητούν
        απόσυρση ρυθμίσεων στην Ευρώπη", "Νίκησε ... και πέρασε στον τελικό του Άμπου Ντάμπι"): the
        adverbial of what the headline says happened. A phrase before the verb belongs to its subject
        ("Οι πάγοι στη Γροιλανδία λιώνουν"), one in a headline with no verb is its topic ("Ρεκόρ
        ζέστης στη Σικελία"), and a verb inside a relative clause is not the headline's ("Καταδίκη ...
        που ξέχασαν τρίχρονο ... στην Παλλήνη")."""
        span = doc.char_span(head[0], head[1], alignment_mode="expand")
        if span is None:
            return None
        toks = list(span)
        verb = None
        for k, t in enumerate(toks):
            f = fold(t.text)
            if f in RELATIVES or f.startswith("οποι"):
                return None
            opens = k == 0 or toks[k - 1].text in (":", "–", "-", "—")
            if t.is_alpha and (t.text.islower() or opens and t.text[1:].islower()) and len(f) > 3 \
                    and f not in NOT_VERBS and f.endswith(FINITE_ENDINGS):
                verb = k
                break
        if verb is None:
            return None
        for k, name in self._locative_places(span, places, doc, text, ""):
            if k > verb and not _on_background(toks, k) and name in places.names():
                return name
        return None

    def _country_in_head(self, events: list[EventDraft], text: str, places: PlaceIndex) -> None:
        """A news article's happening that the body places only by a country (or a continent, a
        sea: "οι πυρκαγιές στις ΗΠΑ") takes the finer place its headline names after the kicker
        ("Οι υπουργοί στο πλημμυρισμένο Τορόντο", "Κορωνοϊός - Ισπανία: ... κοντά στη
        Σεβίλλη"): the headline names where the news happens as finely as the text knows it, and a
        country is only its frame (see :meth:`_finer_head_place`, :meth:`_within_kicker`). The
        kicker itself is read by :func:`_kicker_place`; a happening named beside the news (a
        side event) keeps its own sentence's place. (Round 38, articles tuning: 11 texts changed, 4
        bettered, 1 worsened, 6 even.)"""
        for ev in events:
            where = ev.location
            rank = _place_rank(where) if where is not None else None
            if ev.side or ev.clause is not None or where is None or rank is None or rank > COUNTRY_RANK:
                continue
            finer = self._finer_head_place(where, text, places, after_kicker=True)
            if finer is not None:
                ev.location = finer

    @staticmethod
    def _finer_head_place(coarse: str, text: str, places: PlaceIndex, after_kicker: bool = False) -> str | None:
        """The first linked place of a finer kind than a region that the headline names outside
        quotes, other than ``coarse`` (a town, or a place the gazetteer lacks, mostly a small one),
        or None (see :meth:`_news_event`); with ``after_kicker``, only after the kicker's colon."""
        head = _headline(text)
        if head is None:
            return None
        colon = text.find(":", head[0], head[1]) if after_kicker else -1
        quoted = _quoted(text[:head[1]])
        for at, name in places.between(*head):
            finer = _place_rank(name)
            if any(a <= at < b for a, b in quoted) or at < colon:
                continue  # "«Βόμβα» από την Οξφόρδη": a word in quotes is no place named
            if name != coarse and (finer is None or finer > COARSE_RANK):
                return name
        return None

    # At most this many words between an event word and the phrase of place that hangs on it
    # ("διαμαρτυρία στην πλατεία", "συντριβή ελικοπτέρου στο Χ", "επίσκεψης του υπουργού στη Χ").
    OWN_PLACE_GAP = 4

    def _placed_mentions(self, events: list[EventDraft], doc: Doc, text: str, sents: list[Span],
                         places: PlaceIndex, news: bool) -> list[EventDraft]:
        """Mentions of the body that place a happening of their own: an event word with a phrase of
        place right on it ("οργανώνουν διαμαρτυρία στην πλατεία", "κατά την επίσκεψή της στη
        Μόσχα", "σε συντριβή ελικοπτέρου στο Χ"), at most three words and no punctuation or verb
        between, naming a known place finer than a region that no event holds; not a generic word
        ("ομιλία για τα έργα στον Βόλο": the place is its subject, see :meth:`_select`). Mentions of
        one type merge into one event placed by its first sentence; such a phrase is another
        happening's place (round 29, tuning halves: 3 of the 4 places this adds are gold's). A country there is mostly the frame
        of the report ("ναυάγιο στην Ιταλία"), as for a side event (see ``side`` in events.tsv), and a
        region mostly the frame of the happenings in its towns ("της περιοδείας στην ανατολική
        Μακεδονία ... βρέθηκε στην Καβάλα"); a word in brackets names a happening in passing.
        The headline is left to the news event (see :meth:`_news_event`); no date is taken: a
        date of such a sentence is mostly the main event's. In a news article (``news``: no
        dateline) a body sentence after the lead names such a happening in passing (see
        :meth:`_not_in_passing`: "θυμήθηκε τη μεγάλη πυρκαγιά στον Βόλο") unless it says that it
        takes place ("πραγματοποιείται σύσκεψη στο Δημαρχείο")."""
        head = _headline(text)
        body_from = head[1] if head is not None else 0
        lead = _lead_start(text, body_from) if head is not None and news else None
        names = places.names()
        generic = GENERIC_TYPES | {None}
        bracketed = _bracketed(sents)
        held = {ev.location for ev in events if ev.location}
        out: list[EventDraft] = []
        for si, sent in enumerate(sents):
            if sent.start_char < body_from:
                continue
            toks = list(sent)
            if lead is not None and not sent.start_char <= lead < sent.end_char \
                    and not any(fold(t.text).startswith(HAPPENING_STEMS) for t in toks):
                continue
            words = [k for k, t in enumerate(toks)
                     if t.is_alpha and self.lex.trigger_type(t.text) not in generic and t.i not in bracketed
                     and not _cited(doc, t) and not (self.lex.is_charge(t.text) and _charged(doc, t))]
            if not words:
                continue
            for k, name in self._locative_places(sent, places, doc, text, ""):
                if name in held or name not in names or _on_background(toks, k):
                    continue
                rank = _place_rank(name)
                if rank is not None and rank <= COARSE_RANK:
                    continue
                trig = next((w for w in reversed(words) if w < k), None)
                between = toks[trig + 1:k] if trig is not None else []
                if trig is None or len(between) > self.OWN_PLACE_GAP - 1 \
                        or any(not t.text[:1].isalnum() or _finite(t) for t in between):
                    continue
                word = toks[trig]
                etype = self.lex.trigger_type(word.text)
                assert etype is not None
                held.add(name)
                out.append(EventDraft(type=etype, trigger=word.text, start=sent.start_char, end=sent.end_char,
                                      sentences=[si], location=name, side=True))
        return out

    # A list of headlines ("Γυναικοκτονία στη Ρόδο: ...", "Κρήτη: ...") is at least this many items
    LIST_ITEMS = 2
    # An item's head before its colon: at most this many words, the last ones its place
    ITEM_HEAD_WORDS = 5
    # Titles of a list joined onto the line before, each in its quotes ('... στον εισαγγελέα." " Ρόδος: ...')
    _JOINED_TITLE = re.compile(r'["»]\s+["«]\s*')

    def _headline_items(self, events: list[EventDraft], doc: Doc, text: str, places: PlaceIndex) -> list[EventDraft]:
        """The items of a list of headlines (the "read also" titles a news page prints under its
        story): each title is one happening of its own, told by a head that names its place
        before a colon ("Ληστεία στη Λάρισα: Στον ανακριτή οι δύο", "Ρόδος: Συνελήφθη
        ..."), the place alone or a noun of at most three words with its phrase of place. A
        text that has two or more such lines after its own headline lists them (a title joined
        onto the headline's line in its quotes, as scraped pages run them together, is one of
        them: 'Με πληροφορίες από ..." " Ρόδος: ...'); a single one is
        the text's own kicker or a speaker's words ("Ο βουλευτής πρόσθεσε: ..."). In such a
        list a title with no head is placed by its first phrase of place (see
        :meth:`_title_place`). A place an
        event already holds, or an earlier item, is not added again. The type is that of the
        item's first event word (see events.tsv), else "other"; no date is taken: a title
        seldom dates its happening."""
        segments: list[tuple[int, int]] = []
        first = text.find("\n")
        if first < 0:
            return []
        for line in re.finditer(r"[^\n]+", text):
            start = line.start()
            joins = list(self._JOINED_TITLE.finditer(line.group()))
            cuts = [start] + [start + m.end() for m in joins]
            ends = [start + m.start() + 1 for m in joins] + [line.end()]
            # the first line is the text's own headline, but a title joined onto it in its quotes
            # ('... Reuters" " Βρετανία: ...') is an item of the list as those of the lines below
            segments += list(zip(cuts, ends))[start < first:]
        items: list[tuple[int, int, str]] = []
        others: list[tuple[int, int]] = []
        for a, b in segments:
            found = self._item_place(doc, text, a, places)
            if found is not None:
                items.append(found)
            else:
                others.append((a, b))
        if len(items) < self.LIST_ITEMS:
            return []
        # the list's other titles, with no head: the first place a phrase of place names
        items += [t for a, b in others if (t := self._title_place(text, a, b, places)) is not None]
        items.sort()
        held = {ev.location for ev in events if ev.location}
        out: list[EventDraft] = []
        for a, b, name in items:
            if name in held:
                continue
            held.add(name)
            span = doc.char_span(a, b, alignment_mode="expand")
            trig = next((t for t in span or [] if t.is_alpha and self.lex.trigger_type(t.text)), None)
            etype = self.lex.trigger_type(trig.text) if trig is not None else None
            colon = text.find(": ", a, b)
            head = text[a:colon if colon > a else b].strip(' \t"«»')  # the item's head, or a headless title whole
            out.append(EventDraft(type=etype or "other", trigger=trig.text if trig is not None else head,
                                  start=a, end=b, location=name, side=True))
        return out

    # A title of a list is at most this many words
    TITLE_WORDS = 25

    @staticmethod
    def _title_place(text: str, a: int, b: int, places: PlaceIndex) -> tuple[int, int, str] | None:
        """The place of a title of a list of headlines (see :meth:`_headline_items`) that has no
        head before a colon ("Ελεύθερος ο οδηγός που παρέσυρε πεζό στο Χ"):
        the first linked place after a locative article ("στο", "στη"). A title is one line with
        no full stop: a line of sentences is the text's own, not a title."""
        seg = text[a:b].strip(' \t"«»')
        if not seg or len(seg.split()) > EventBuilder.TITLE_WORDS or seg[-1] in ".;!…:" \
                or _WHOLE_SENTENCE_INSIDE.search(seg):
            return None
        for at, name in places.between(a, b):
            before = text[a:at].split()
            if before and fold(before[-1]) in LOCATIVE_ARTICLES:
                return a, b, name
        return None

    def _item_place(self, doc: Doc, text: str, a: int, places: PlaceIndex) -> tuple[int, int, str] | None:
        """The head's place of a headline item starting at ``a`` (see :meth:`_headline_items`),
        with the item's offsets, or None."""
        while a < len(text) and text[a] in " \t\"«'":
            a += 1
        end = text.find("\n", a)
        end = len(text) if end < 0 else end
        colon = text.find(": ", a, end)
        if colon <= a:
            return None
        head = text[a:colon]
        if len(head.split()) > self.ITEM_HEAD_WORDS or any(c in head for c in ".!?;«»\"()"):
            return None
        name = places.exact(a, colon)
        if name is None:
            span = doc.char_span(a, colon, alignment_mode="expand")
            if span is None:
                return None
            toks = list(span)
            for k, t in enumerate(toks[1:4], start=1):
                if fold(t.text) in LOCATIVE_ARTICLES and t.idx + len(t.text) < colon:
                    at = toks[k + 1].idx if k + 1 < len(toks) else colon
                    name = places.exact(at, colon)
                    if name is not None and not any(_finite(w) for w in toks[:k]):
                        break
                    name = None
        if name is None:
            return None
        stop = text.find('"', colon, end)
        return a, stop if stop > 0 else end, name

    # A venue after "Info" is at most this many words
    VENUE_WORDS = 6

    def _listed_venues(self, events: list[EventDraft], doc: Doc, sents: list[Span], places: PlaceIndex,
                       sent_of_token: dict[int, int]) -> list[EventDraft]:
        """The venues of a listing's practical lines ("Info: Σταυρός του Νότου, Φραντζή 35, ώρα
        έναρξης ...", "INFO Γκαλερί Χ - Κανάρη 1"): the culture press closes each item of its
        listings (a concert, a play, an exhibition) with the word "Info" (events.json
        "info_words") and the venue's name, capitalised or in quotes, before its address. Each
        venue is the place of the happening that item tells: one event each, typed by the last
        event word before it in its sentence or the one before (see events.tsv), else "other";
        a venue an event already holds is not added again. A linked place there is named as
        the places name it."""
        held = {ev.location for ev in events if ev.location}
        out: list[EventDraft] = []
        for tok in doc:
            if fold(tok.text) not in INFO_WORDS or tok.i + 1 >= len(doc):
                continue
            j = tok.i + 1 + (doc[tok.i + 1].text == ":")
            found = self._venue_after(doc, j, places)
            if found is None or found in held:
                continue
            held.add(found)
            si = sent_of_token.get(tok.i, 0)
            words = [t for s in sents[max(0, si - 1):si + 1] for t in s if t.i < tok.i and t.is_alpha]
            trig = next((t for t in reversed(words) if self.lex.trigger_type(t.text)), None)
            etype = self.lex.trigger_type(trig.text) if trig is not None else None
            out.append(EventDraft(type=etype or "other", trigger=trig.text if trig is not None else tok.text,
                                  start=sents[si].start_char, end=sents[si].end_char, sentences=[si],
                                  location=found, side=True))
        return out

    def _venue_after(self, doc: Doc, j: int, places: PlaceIndex) -> str | None:
        """The venue's name that starts at token j, as written: a quoted name, or a run of words
        that begin with a capital (in capitals, too: "ΟΑΚΑ"), a genitive article joining two of
        them ("Σταυρός του Νότου"), up to the first punctuation. Not an article or "Έως" (a
        listing's dates: "Έως 14 Φεβρουαρίου"), nor a label before a colon ("Σενάριο: ...",
        the credits)."""
        if j >= len(doc):
            return None
        toks = list(doc[j:j + self.VENUE_WORDS + 2])
        if toks[0].text in QUOTES_OPEN:
            quoted = _quoted_name(toks, 0)
            return places.at(quoted[0]) or doc.text[quoted[0]:quoted[1]] if quoted is not None else None

        def word(t: Token) -> bool:
            return t.text[:1].isupper() and (t.is_alpha or t.text.isalnum())

        if not (word(toks[0]) and toks[0].is_alpha) or fold(toks[0].text) in ARTICLES | UNTIL:
            return None
        end = self._capitalised_run(toks, 0, word, self.VENUE_WORDS)
        if end < len(toks) and toks[end].text == ":":
            return None
        return doc.text[toks[0].idx:toks[end - 1].idx + len(toks[end - 1].text)]

    @staticmethod
    def _not_in_passing(events: list[EventDraft], text: str, sents: list[Span],
                        date_sent: dict[int, list[DateRecord]]) -> list[EventDraft]:
        """A news article (a headline, no dateline) lists its main happenings, not those it names
        in passing: an event other than the main one that one sentence of the body names, outside
        the headline and the lead ("το βιβλίο θυμίζει την απεργία ... στη Λάρισα, το 1985"; "Η
        διαμάχη άρχισε ..., όταν η εταιρεία γνωστοποίησε ..."), is background. A dated
        deadline is none: it is the limit the text sets its readers ("η προθεσμία λήγει τη Δευτέρα
        22 Φεβρουαρίου"), nor is the day a rule takes effect from ("ο νέος κανονισμός ισχύει από
        1.3.2021"): the text sets it its readers too; nor is a happening a sentence says took
        place (see :meth:`_verb_told`): that sentence tells it, it does not name it in passing;
        nor one it announces for a day
        (see :func:`_announced`); nor one its sentence dates by a span of days (see :func:`_spanned`);
        nor a press conference its sentence places (see :meth:`_given_at`): the text reports words
        said there ("είπε η υπουργός σε συνέντευξη Τύπου στο Ελσίνκι"); nor an undated event its
        sentence's verb of taking place places (see :meth:`_told_place`: "Το συλλαλητήριο
        πραγματοποιήθηκε στην πλατεία Χ"): that sentence tells it, as a sentence that only says it
        took place does; with a single past day it is recalled ("Η κλήρωση έγινε στις 3 Μαρτίου στο Χ")."""
        head = _headline(text)
        if head is None or len(events) < 2:
            return events
        body = _lead_start(text, head[1])
        opening = {i for i, s in enumerate(sents) if s.start_char < head[1] or s.start_char <= body < s.end_char}
        return [events[0]] + [ev for ev in events[1:] if len(set(ev.sentences)) > 1
                              or set(ev.sentences) & opening or ev.type in ("deadline", IN_FORCE) and ev.date
                              or ev.by_verb or ev.given_at or ev.told_at and ev.date is None
                              or _announced(ev, sents, date_sent) or _spanned(ev)]

    @staticmethod
    def _seasonal_sales(doc: Doc, tok: Token) -> str | None:
        """"οι χειμερινές/θερινές εκπτώσεις": the seasonal sales, a period the law sets (ν.
        4177/2013), are an event; "έκπτωση 15%", a discount, is none."""
        if fold(tok.text) not in ("εκπτωσεισ", "εκπτωσεων") or tok.i == 0:
            return None
        return "sales" if fold(doc[tok.i - 1].text).startswith(("χειμεριν", "θεριν")) else None

    @staticmethod
    def _told_incident(doc: Doc, tok: Token) -> str | None:
        """"Το περιστατικό σημειώθηκε τη Δευτέρα", "ένα περιστατικό που έλαβε χώρα ένα βράδυ του
        Μαρτίου σε κουρείο": the singular "περιστατικό/συμβάν" that a verb of taking place follows
        closely, in its clause, names the happening the text tells (an incident); "τα περιστατικά
        κορωνοϊού" (cases) and "το περιστατικό έδειξε" name none."""
        if fold(tok.text) not in INCIDENT_NOUNS:
            return None
        for t in doc[tok.i + 1:tok.i + 4]:
            f = fold(t.text)
            if not t.is_alpha:
                return None
            if f.startswith(HAPPENING_STEMS + OCCURRED_STEMS):
                return "incident"
        return None

    @staticmethod
    def _release(doc: Doc, dates: list[DateRecord], dateline: set[int]) -> EventDraft | None:
        """A dated text that names no event and no other day is itself the event: a statement,
        an appeal, a notice, published on its date (the gold guide's "announcement"). A text
        that names another day ("χθες", "στις 31 Μαΐου") reports something that happened or
        will happen then, under a word the lexicon lacks: no guess. Its evidence is the
        mention that dates it (the dateline or a header date), else the first sentence."""
        pub = _published(doc)
        if pub is None:
            return None
        iso = pub.isoformat()
        if any(d.date and len(d.date) == 10 and d.date != iso for d in dates):
            return None
        mention = next((d for d in dates if id(d) in dateline and d.date == iso), None) \
            or next((d for d in dates if d.date == iso), None)
        if mention is not None:
            trigger, start, end = mention.text, mention.start, mention.end
        else:
            first = next(iter(doc.sents), doc[:]) if doc.has_annotation("SENT_START") else doc[:]
            trigger, start, end = first.text, first.start_char, first.end_char
        return EventDraft(type="announcement", trigger=trigger, start=start, end=end, date=iso)

    def _clauses(self, sent: Span) -> list[tuple[int, int, str | None]]:
        """The relative clauses after the sentence's first event word, as document token spans
        (see :func:`clause_end`) with the event type of the noun they hang on, None for another
        noun: "η σύλληψη του 89χρονου, που χθες επιτέθηκε ..." tells an aside; "η ημερίδα που θα
        γίνει ...", "το Φεστιβάλ Φιλίππων, που θα διεξαχθεί ..." tell of that event."""
        toks = list(sent)
        trig = next((i for i, t in enumerate(toks) if t.is_alpha and self.lex.trigger_type(t.text)), -1)
        if trig < 0:
            return []
        return [(toks[k].i, toks[0].i + clause_end(toks, k), self._antecedent(toks, k))
                for k in range(trig + 1, len(toks)) if fold(toks[k].text) in RELATIVES]

    def _antecedent(self, toks: list[Token], k: int) -> str | None:
        """The event type of the noun a relative word at k hangs on, None when it is no event
        word (see :meth:`_named_antecedent`, :meth:`_happening_antecedent`)."""
        return self._named_antecedent(toks, k) or self._happening_antecedent(toks, k)

    def _happening_antecedent(self, toks: list[Token], k: int) -> str | None:
        """The event type of the nearest event word before a relative clause whose verb is one of
        taking place ("η συνάντηση των ηγεσιών των δύο κομμάτων, που θα πραγματοποιηθεί σήμερα στο
        Χ"): only a happening takes place, so the clause hangs on the happening named before it,
        past the genitives of its participants, unless a finite verb, a stop or another relative
        word stands between (then the clause's happening is another's), or a phrase of place (the
        clause may hang on the place: "η δολοφονία στη Νάουσα, που έγινε χθες" is read as before).
        Only a common noun: an event's own name ("το Συνέδριο των Ιωαννίνων, που") is read by
        :meth:`_named_antecedent`. "έγινε γνωστό" (became
        known) takes place nowhere. (Round 53, tuning halves: 3 event-place facts changed, 2 right, 1 lost.)"""
        m = k + 1
        while m < len(toks) and m - k <= 3 and (fold(toks[m].text) in VERB_PARTICLES or not toks[m].is_alpha
                                                 or toks[m].text.islower() and not _finite(toks[m])):
            if toks[m].text in ",;:·":
                return None
            m += 1
        if m >= len(toks) or not toks[m].text.islower() or not fold(toks[m].text).startswith(TOOK_PLACE_STEMS):
            return None
        after = fold(toks[m + 1].text) if m + 1 < len(toks) else ""
        if after.startswith(NO_HAPPENING_AFTER) or fold(toks[m].text).startswith(WITH_PLACE_STEMS) and after != WITH_PLACE_NOUN:
            return None
        for j in range(k - 1, -1, -1):
            t = toks[j]
            if t.text in ";:·" or fold(t.text) in RELATIVES or fold(t.text) in LOCATIVE_ARTICLES:
                return None
            if t.is_alpha and self.lex.trigger_type(t.text) is not None:
                return self.lex.trigger_type(t.text) if t.text.islower() else None
            if _finite(t) and fold(t.text) not in VERB_PARTICLES:
                return None
        return None

    def _named_antecedent(self, toks: list[Token], k: int) -> str | None:
        """The event type of the noun a relative word at k hangs on, None when it is no event
        word. An event's own name may stand between: capitalised words, a number, a quoted or
        bracketed title ("το Συνέδριο BSI, που", "η ημερίδα «Ψηφιακή Ελλάδα», που"); an article
        brings in another noun ("η σύλληψη του Νίκου Π., που": the man)."""
        openers = {v: key for key, v in BRACKETS.items()}
        j = k - 1
        if j >= 0 and toks[j].text == ",":
            j -= 1
        for _ in range(8):
            if j < 0:
                return None
            t = toks[j]
            if t.text in BRACKETS:
                opener = BRACKETS[t.text]
                j = next((m for m in range(j - 1, -1, -1) if toks[m].text == opener), -1) - 1
                continue
            if t.text in openers:
                return None
            if t.is_alpha:
                etype = self.lex.trigger_type(t.text)
                if etype is not None:
                    return etype
                if fold(t.text) in GENITIVE_ARTICLES or not (_cap(t) or t.text.isupper()):
                    return None
            elif not t.like_num:
                return None
            j -= 1
        return None

    def _clause_dates(self, doc: Doc, sents: list[Span], date_sent: dict[int, list[DateRecord]],
                      clauses: dict[int, list[tuple[int, int, str | None]]],
                      drafts: dict[str, EventDraft]) -> dict[tuple[int, str], list[DateRecord]]:
        """Per (sentence, event type) the dates it may take, best first.

        A clause on another noun that tells its own happening gives nothing; one on another
        event's word ("Το πρόγραμμα του Φεστιβάλ, που θα διεξαχθεί ..., παρουσίασαν χθες")
        gives its dates only when the sentence holds no other (the concert "στο πλαίσιο της
        ημερίδας που θα γίνει στις 6/4" is on that day). A clause on the event's own word
        dates it before the clause it hangs in when that one tells another event (the
        festival's days, not the presentation's "χθες").
        """
        told = {ev.clause for ev in drafts.values() if ev.clause is not None}
        out: dict[tuple[int, str], list[DateRecord]] = {}
        types = {ev.type for ev in drafts.values() if ev.clause is None}
        for si, ds in date_sent.items():
            spans = [(doc[a:b], (a, b), ante) for a, b, ante in clauses.get(si, [])]
            inside = {t for a, b, _ in clauses.get(si, []) for t in range(a, b)}
            in_main = {self.lex.trigger_type(t.text) for t in sents[si] if t.is_alpha and t.i not in inside}
            for etype in types:
                own: list[DateRecord] = []
                main: list[DateRecord] = []
                other: list[DateRecord] = []
                for d in ds:
                    c = next((c for c in spans if c[0].start_char <= d.start < c[0].end_char), None)
                    if c is None or (c[2] is None and c[1] not in told):
                        main.append(d)
                    elif c[2] == etype:
                        own.append(d)
                    elif c[2] is not None:
                        other.append(d)
                if own and in_main - {None, etype}:
                    out[(si, etype)] = own
                else:
                    out[(si, etype)] = sorted(own + main, key=lambda d: d.start) or other
        return out

    def _fill_clause(self, ev: EventDraft, doc: Doc, dates: list[DateRecord], places: PlaceIndex,
                     text: str) -> None:
        """Date and place of a happening told in a relative clause, from the clause alone."""
        assert ev.clause is not None
        span = doc[ev.clause[0]:ev.clause[1]]
        inside = [d for d in dates if d.date and span.start_char <= d.start < span.end_char]
        if inside:
            d = self._best_date(ev, inside, text)
            ev.date, ev.date_end, ev.time = d.date, d.date_end, d.time
        ev.location = self._locative_place(span, places, doc, text, ev.type)

    def _deadline_cues(self, sents: list[Span], drafts: dict[str, EventDraft], order: list[str],
                       dates: list[DateRecord]) -> None:
        """"Οι αιτήσεις υποβάλλονται έως 31 Μαΐου", "δήλωση συμμετοχής έως αύριο": a deadline
        even without the word "προθεσμία" (a date must follow "έως/μέχρι" closely). A deadline
        already named without a date ("ΝΕΑ ΠΡΟΘΕΣΜΙΑ" in a headline) takes the sentence too."""
        named = drafts.get("deadline")
        text = doc_text(sents[0].doc) if sents else ""
        # a named deadline is dated already only by a limit ("έως/μέχρι" + date) in its sentences:
        # another day there ("υπολογίζονται επί της 17ης Νοεμβρίου") is not its limit
        if named is not None and any(d.date and _limit_cue(text, d) for d in dates
                                     for si in named.sentences
                                     if sents[si].start_char <= d.start < sents[si].end_char):
            return
        dated = sorted(d.start for d in dates if d.date)
        for si, sent in enumerate(sents):
            ends = self._ends_on(sent, dated)
            if ends is not None:
                if named is not None:
                    named.sentences.append(si)
                    return
                drafts["deadline"] = EventDraft(type="deadline", trigger=ends.text, start=sent.start_char,
                                                end=sent.end_char, sentences=[si])
                order.append("deadline")
                return
            if not any(fold(t.text).startswith(APPLICATION_STEMS) for t in sent):
                continue
            ranges = [d for d in dates if d.date_end and sent.start_char <= d.start < sent.end_char]
            for tok in sent:
                if fold(tok.text) not in {"εωσ", "μεχρι"} or not self._applies_to(sent, tok):
                    continue
                after = tok.idx + len(tok.text)
                k = bisect_left(dated, after)
                # "έως 31 Μαΐου", or the end of a window "από 16-2-2017 έως και 10-3-2017"
                if k < len(dated) and dated[k] - after <= 12 or any(
                        d.start < tok.idx < d.end and self._applied_for(sent, d) for d in ranges):
                    if named is not None:
                        named.sentences.append(si)
                        return
                    drafts["deadline"] = EventDraft(type="deadline", trigger=tok.text,
                                                    start=sent.start_char, end=sent.end_char,
                                                    sentences=[si])
                    order.append("deadline")
                    return

    @staticmethod
    def _ends_on(sent: Span, dated: list[int]) -> Token | None:
        """"Η προθεσμία λήγει στις 20 Οκτωβρίου", "η υποχρέωση λήγει την Τρίτη 4 Μαρτίου": a period
        or a duty whose end is told on a day, as fact (the present "λήγει/λήγουν" or the aorist
        "έληξε"), is a deadline even without the word "προθεσμία"; the day follows the verb at
        once (an article or "στις" between). Not after "είχε" (the pluperfect: a past end, the
        background of a new one), "θα" or "να" (a plan) or "δεν", nor in a relative clause ("οι
        αποσπάσεις που λήγουν την 28η Ιουνίου παρατείνονται έως ..."): said of a noun in passing,
        while the main clause tells the limit. The verb that tells it, or None."""
        toks = [t for t in sent if not t.is_space]
        for m, t in enumerate(toks):
            if fold(t.text) not in ENDS:
                continue
            before = fold(toks[m - 1].text) if m else ""
            if before in PLUPERFECT_AUXILIARIES | FUTURE | SUBJUNCTIVE | NEGATIONS \
                    or EventBuilder._in_relative(toks, m):
                continue
            after = t.idx + len(t.text)
            k = bisect_left(dated, after)
            if k < len(dated) and dated[k] < sent.end_char and dated[k] - after <= ENDS_GAP:
                return t
        return None

    @staticmethod
    def _applies_to(sent: Span, until: Token) -> bool:
        """An application word in the clause of "έως/μέχρι": before it ("οι αιτήσεις υποβάλλονται
        έως", "να υποβάλλουν αίτηση μέχρι"), not across a comma and a finite verb ("όσες δεν
        καταθέσουν ..., υποχρεούνται να επιστρέψουν ... μέχρι": the limit of another duty) or a
        relative word ("οι οποίες μέχρι 2-11-2022 είχαν υποβάλει"); or, when "έως/μέχρι" opens the
        sentence's clause, after it ("Μέχρι τις 31/10 οι επιχειρήσεις υποχρεούνται να υποβάλουν
        δήλωση"). A negated word ("δεν καταθέσουν") applies for nothing, nor does a perfect
        ("αν οι άδειες έχουν κατατεθεί έως τις 5/3"): it tells what was done by that day,
        a condition, where a limit is set in the present, the subjunctive or the future."""
        toks = list(sent)
        at = until.i - sent.start

        def applies(k: int) -> bool:
            return not (k > 0 and fold(toks[k - 1].text) in UNSET_LIMIT)

        for k in range(at - 1, -1, -1):
            f = fold(toks[k].text)
            if f in RELATIVES or f.startswith("οποι") or toks[k].text in CLOSING:
                return False
            if toks[k].text == "," and k + 1 < len(toks) and _finite(toks[k + 1]):
                return False
            if f.startswith(APPLICATION_STEMS):
                return applies(k)
        for k in range(at + 1, len(toks)):
            f = fold(toks[k].text)
            if f in RELATIVES or f.startswith("οποι") or toks[k].text in CLOSING:
                return False
            if f.startswith(APPLICATION_STEMS):
                return applies(k)
        return False

    @staticmethod
    def _in_force_cue(sents: list[Span], drafts: dict[str, EventDraft], order: list[str],
                      dates: list[DateRecord]) -> None:
        """"Οι ρυθμίσεις θα ισχύσουν από τη Δευτέρα 7 Ιουνίου", "σε ισχύ από τις 26 Ιανουαρίου":
        rules that come into force on a day are an event of the text (a measure, a regulation)
        even without an event word: the first such sentence, dated by its "από"."""
        if IN_FORCE in drafts:
            return
        for si, sent in enumerate(sents):
            verbs = [t for t in sent if fold(t.text) in IN_FORCE_WORDS]
            if not verbs and fold(sent[0].text) in MEASURES and not any(_finite(t) for t in sent):
                # a heading "Μέτρα προστασίας ... από 7 έως 14 Δεκεμβρίου": the measures' period
                verbs = [sent[0]]
            if not verbs:
                continue
            after = verbs[0].idx
            if any(d.date and after < d.start < sent.end_char and _from_date(doc_text(sent.doc), d) for d in dates):
                drafts[IN_FORCE] = EventDraft(type=IN_FORCE, trigger=verbs[0].text, start=sent.start_char,
                                              end=sent.end_char, sentences=[si])
                order.append(IN_FORCE)
                return

    @staticmethod
    def _issue_cue(sents: list[Span], drafts: dict[str, EventDraft], order: list[str],
                   dates: list[DateRecord]) -> None:
        """"προχώρησε στην έκδοση της υπ' αριθμ. 3727/21-6-2024 εγκυκλίου": the date that
        identifies an act is the day it was issued, so the issue the text reports is dated by
        it (an announcement), though a reference dates no other event. An announcement named
        otherwise in the text ("με ανακοίνωσή τους") is another happening: the issue is one more."""
        key = "announcement" if "announcement" not in drafts else "announcement@issue"
        for si, sent in enumerate(sents):
            issue = [t for t in sent if fold(t.text) in ISSUE_WORDS]
            if not issue:
                continue
            text = doc_text(sent.doc)
            for d in dates:
                # by offsets: "υπ' αριθμ." may end a sentence for the splitter
                if not (d.date and len(d.date) == 10 and any(0 < d.start - t.idx <= 40 for t in issue)
                        and in_reference(text, d)):
                    continue
                word = next(t for t in issue if 0 < d.start - t.idx <= 40)
                drafts[key] = EventDraft(type="announcement", trigger=word.text, start=sent.start_char,
                                         end=sent.end_char, sentences=[si], date=d.date, issue=True)
                order.append(key)
                return

    @staticmethod
    def _applied_for(sent: Span, window: DateRecord) -> bool:
        """"Οι αιτήσεις υποβάλλονται από 7 έως 31 Μαΐου": the window is the applications' when
        a word for them comes shortly before it with no relative clause between ("εγγραφές για
        τις κατασκηνώσεις, που θα λειτουργήσουν από ... έως ..." dates the camps)."""
        before = [t for t in sent if t.idx < window.start][-15:]
        for t in reversed(before):
            f = fold(t.text)
            if f in RELATIVES:
                return False
            if f.startswith(APPLICATION_STEMS):
                return True
        return False

    @staticmethod
    def _select(events: list[EventDraft]) -> list[EventDraft]:
        """The main (first) event, plus every other event with a date or a place of its own.

        A trigger word with neither, or with the date of an event already kept, is usually
        another mention of that event or a by-the-way ("παρουσίαση", "ανακοίνωση"); so is a
        generic one ("ομιλία", "εκδήλωση") with only a place, which is mostly its subject, but a
        press conference its sentence says was given there (see :meth:`_given_at`) and one its
        sentence's verb of taking place places ("η εκδήλωση θα πραγματοποιηθεί στο Χ"). One
        with only the place of a kept event is another mention of it, unless its own sentence says
        that it takes place there ("Η συναυλία θα πραγματοποιηθεί στην πλατεία της Χ"), and says
        it of that word, not of the kept event's in the same sentence ("κατά την ομιλία του στην
        Συνέλευση, που πραγματοποιήθηκε ...": one happening).
        """
        kept = [events[0]]
        for ev in events[1:]:
            if ev.date is None:
                if ev.location is not None and (ev.type not in GENERIC_TYPES or ev.given_at or ev.told_at) and (
                        all(k.location != ev.location for k in kept) or ev.placed_by_verb and all(
                            k.start != ev.start for k in kept if k.location == ev.location)):
                    kept.append(ev)
                continue
            if any(k.date == ev.date and (k.location == ev.location or ev.location is None
                                          or k.location is None) for k in kept):
                continue  # "τα εγκαίνια της έκθεσης" on the exhibition's day: the same happening
            if len(ev.date) < 10 and ev.location is None:
                # "ο διαγωνισμός αναμένεται να προκηρυχθεί τον Ιούνιο", "τον κύκλο που διοργανώνει
                # από τον Ιανουάριο": a side event with only a month or a year and no place is a
                # plan or a background, not a happening the text reports
                continue
            kept.append(ev)
        return kept

    def _fill_date(self, ev: EventDraft, date_sent: dict[tuple[int, str], list[DateRecord]],
                   sents: list[Span], text: str) -> None:
        """The date of the first sentence that names the event and holds a date.

        The sentence that gave the date becomes the event's evidence span. A neighbouring
        sentence's date is not borrowed: measured on the real-world tuning half and the own
        gold, it was right nowhere and wrong on real news (another happening's date).
        """
        order = list(ev.sentences)
        if ev.type == "deadline":
            # a deadline is dated by its limit ("το αργότερο μέχρι τις 20 Οκτωβρίου"): a sentence
            # with a date after "έως/μέχρι" comes before one that only names the deadline with
            # another day ("οι προθεσμίες υπολογίζονται επί της 17ης Νοεμβρίου")
            order = sorted(ev.sentences, key=lambda si: not any(
                d.date and _limit_cue(text, d) for d in date_sent.get((si, ev.type), [])))
        quoted = _quoted(text) if ev.type in SPEECH_TYPES else []
        for si in order:
            if si != ev.sentences[0] and ev.type != "deadline" and self._told_by_verb(sents[si], ev.type) \
                    and self._told_by_verb(sents[ev.sentences[0]], ev.type):
                continue
            day = self._day_told(sents[si], ev.type)
            if day is not None:
                # "Στη σημερινή συνεδρίαση ... η απουσία τους την 31/8": the adjective tells the
                # event's day; another date of the sentence is another happening's
                pub = _published(sents[si].doc)
                if pub is not None:
                    ev.date, ev.date_end, ev.time = (pub + timedelta(days=day)).isoformat(), None, None
                    ev.start, ev.end = sents[si].start_char, sents[si].end_char
                return
            cands = [d for d in date_sent.get((si, ev.type), []) if d.date]
            if ev.type in SPEECH_TYPES:
                cands = self._not_said(cands, quoted)
            if ev.type != "deadline":
                # "θα διαρκέσει έως τις 20 Οκτωβρίου", "πρέπει να ολοκληρωθούν έως τις 30/9": an
                # end or a limit, not the day the event takes place
                cands = [d for d in cands if not _after_until(text, d) and not _until_now(text, d)]
                # "τον Ιούνιο του 2020, έκρηξη σε κλινική ... είχε στοιχίσει": a day told in the
                # pluperfect is the background of the news, another happening's; when it is all the
                # sentence dates, the event's word there names that happening, not the event
                told = [d for d in cands if _told_before(sents[si], d) or self._perfect_record(sents[si], d, text)]
                if told and len(told) == len(cands):
                    if len(ev.sentences) == 1:
                        return
                    ev.sentences.remove(si)
                    if ev.start == sents[si].start_char:
                        ev.start, ev.end = sents[ev.sentences[0]].start_char, sents[ev.sentences[0]].end_char
                    continue
                cands = [d for d in cands if not any(d is t for t in told)]
                asked = self._asked_clause(sents[si], ev.type)
                if asked is not None:
                    cands = [d for d in cands if not asked[0] <= d.start < asked[1]]
                other = [d for d in cands if self._other_clause(sents[si], ev.type, d)]
                if other:
                    # "συνελήφθη με ένταλμα που εκδόθηκε στις 11/7": the sentence that tells the
                    # event dates another happening; the text's opening is no evidence of its day
                    ev.other_dated = True
                cands = [d for d in cands if not any(d is o for o in other)]
            if not cands:
                continue
            cands = self._own_dates(ev.type, sents[si], cands)
            d = self._best_date(ev, cands, text)
            ev.date, ev.date_end, ev.time = d.date, d.date_end, d.time
            if ev.type == "deadline" and d.date_end and DEADLINE_WORDS & set(fold(d.text).split()):
                ev.date, ev.date_end = d.date_end, None  # a window's deadline is its last day
            ev.start, ev.end = sents[si].start_char, sents[si].end_char
            if len(d.date or "") < 10 and not d.date_end:
                self._refine_date(ev, order[order.index(si) + 1:], date_sent, sents, text)
            return

    def _perfect_record(self, sent: Span, d: DateRecord, text: str) -> bool:
        """Whether a day goes with a verb in the present perfect (see :func:`_told_as_state`) and
        no event word stands between them: one there takes the day itself ("έχει προχωρήσει σε
        συλλήψεις για τη δολοφονία ..., τον Απρίλιο του 2025": Greek puts a happening's day after
        its noun), which is then no day of the perfect's."""
        toks = [t for t in sent if not t.is_space]
        j = next((m for m, t in enumerate(toks) if t.idx >= d.start), len(toks))
        if not _told_as_state(toks, j, text, d):
            return False
        verb = _date_verb(toks, j)
        assert verb is not None
        a, b = sorted((verb[0], j))
        return not any(t.is_alpha and self.lex.trigger_type(t.text) for t in toks[a + 1:b])

    def _other_clause(self, sent: Span, etype: str, d: DateRecord) -> bool:
        """Whether a date belongs to the verb of a relative clause after the verb that names the
        event: "συνελήφθη με ένταλμα που εκδόθηκε στις 11/7", "ανακοίνωσε τα αποτελέσματα του
        έτους που έληξε στις 31 Μαρτίου". Greek puts a verb's time in its own clause (see
        :func:`_date_clause`), and a relative clause tells of its noun in passing (see
        :meth:`_in_relative`): a date there, with a verb of its own, dates that verb's happening.
        A clause that only states (a copula) or tells a state in the imperfect ("μπροστά στην
        κόρη της, που την Κυριακή βρισκόταν εκεί") frames the event's own time. Only where the
        sentence names the event by finite verbs alone (the learned aorist "συνελήφθη" too) up to
        the date's clause: a noun ("η σύλληψη που έγινε στις 11/7") takes its date from the clause
        about it, but a relative clause tells of a noun before it, and an event word after it
        ("..., που κατηγορείται για την ανθρωποκτονία") is none it could be about."""
        toks = [t for t in sent if not t.is_space]
        openers = _clause_openers(toks)
        j = next((m for m, t in enumerate(toks) if t.idx >= d.start), len(toks))
        lo, hi = _date_clause(toks, j, openers)
        words = [m for m, t in enumerate(toks[:hi]) if t.is_alpha and self.lex.trigger_type(t.text) == etype]
        if not words or not all(_verb_form(toks[m]) for m in words):
            return False
        if any(lo < m < hi for m in words) or lo < min(words) or not self._relative_word(toks[lo]):
            return False
        return any(lo < m < hi and not _states(toks[m]) for m, _ in _verbs(toks))

    def _asked_clause(self, sent: Span, etype: str) -> tuple[int, int] | None:
        """The character span of the clause of a verb of asking whose object names every word of
        the type in the sentence ("ζητήσαμε συνάντηση με την Υπουργό στις 24 Οκτωβρίου", "ζήτησε
        την άμεση σύγκληση του συμβουλίου"): what is asked for has not taken place, so a date of
        that clause is the day of the asking, not of the happening. None when some word of the type
        is no such object (the sentence may tell the happening itself)."""
        toks = [t for t in sent if not t.is_space]
        words = [m for m, t in enumerate(toks) if t.is_alpha and self.lex.trigger_type(t.text) == etype]
        if not words:
            return None
        verbs: list[int] = []
        for m in words:
            v = next((b for b in range(m - 1, max(-1, m - 1 - REQUEST_REACH), -1) if _asks(toks[b])), None)
            if v is None or any(not toks[b].is_alpha or _finite(toks[b]) for b in range(v + 1, m)):
                return None
            verbs.append(v)
        openers = _clause_openers(toks)
        lo, hi = _date_clause(toks, verbs[0], openers)
        start = toks[lo].idx if lo >= 0 else sent.start_char
        end = toks[hi].idx if hi < len(toks) else sent.end_char
        return start, end

    @staticmethod
    def _relative_word(t: Token) -> bool:
        """A relative word ("που", "ο οποίος", "όπου"), which opens a clause on a noun."""
        return _relative(t)

    def _day_told(self, sent: Span, etype: str) -> int | None:
        """The day an adjective of the relative day gives a word of the event's type in the
        sentence ("η σημερινή συνεδρίαση", "τη χθεσινή έκτακτη συνάντηση"): Greek puts it before
        the noun, in the noun phrase, with at most other adjectives between (lower-case words,
        no punctuation, no verb). None when no such adjective modifies one."""
        toks = list(sent)
        for k, t in enumerate(toks):
            if not t.is_alpha or self.lex.trigger_type(t.text) != etype:
                continue
            for b in range(k - 1, max(-1, k - 1 - DAY_ADJECTIVE_REACH), -1):
                day = day_adjective(toks[b])
                if day is not None:
                    return day
                if not (toks[b].is_alpha and toks[b].text.islower()) or _finite(toks[b]) \
                        or fold(toks[b].text) in PHRASE_ARTICLES:
                    break
        return None

    def _own_dates(self, etype: str, sent: Span, cands: list[DateRecord]) -> list[DateRecord]:
        """"κατά τη συνεδρίασή του της 14ης Ιουνίου αποφάσισε τη διεξαγωγή των αρχαιρεσιών την
        Κυριακή 1 Δεκεμβρίου": in a sentence that names events of several types, a date that
        follows an event word belongs to that word (Greek puts an event's date right after it);
        an event takes the dates that follow its own words, or that no event word precedes, when
        there are any."""
        words = [(t.idx, self.lex.trigger_type(t.text)) for t in sent if t.is_alpha and self.lex.trigger_type(t.text)]
        if len({w for _, w in words}) < 2:
            return cands

        def owner(d: DateRecord) -> str | None:
            return next((w for at, w in reversed(words) if at < d.start), None)

        own = [d for d in cands if owner(d) in (etype, None)]
        return own or cands

    def _refine_date(self, ev: EventDraft, later: list[int], date_sent: dict[tuple[int, str], list[DateRecord]],
                     sents: list[Span], text: str) -> None:
        """"για τη δολοφονία ..., τον Απρίλιο του 2025 ... . Η δολοφονία διαπράχθηκε στις 24
        Απριλίου του 2025": an event dated first by its month or year only takes the full day that
        a later sentence naming it gives within that month or year: the same happening, told
        more exactly (a day outside it is another one's)."""
        assert ev.date is not None
        for si in later:
            full = [d for d in date_sent.get((si, ev.type), []) if d.date and len(d.date) == 10
                    and d.date.startswith(ev.date) and not d.date_end
                    and not _after_until(text, d)]
            if full:
                ev.date, ev.time = full[0].date, full[0].time
                ev.start, ev.end = sents[si].start_char, sents[si].end_char
                return

    def _told_by_verb(self, sent: Span, etype: str) -> bool:
        """Whether a sentence names a happening of the type only by finite verbs ("το Twitter
        ανακοίνωσε στις 30 Οκτωβρίου"). A verb states a happening of its own, with its own
        subject, where a noun ("η ανακοίνωση") points back at one named before: when both the
        event's first sentence and a later one state it by a verb ("Η Google ανακοίνωσε ότι ...
        το Twitter ανακοίνωσε στις 30 Οκτωβρίου"), the later one's date is another happening's.
        A headline's word ("ΠΑΡΟΥΣΙΑΣΤΗΚΕ", "ΠΑΡΟΥΣΙΑΣΗ") states nothing: its body tells it."""
        words = [t for t in sent if t.is_alpha and self.lex.trigger_type(t.text) == etype]
        return bool(words) and all(_finite(t) and fold(t.text) not in VERB_PARTICLES for t in words)

    @staticmethod
    def _not_said(cands: list[DateRecord], quoted: list[tuple[int, int]]) -> list[DateRecord]:
        """A speech act's dates, less those inside a quotation ("Ακολουθεί η ανακοίνωση: «... ήδη
        από τις 27 Φεβρουαρίου ...»"): the quoted words tell their own happenings, not the day
        they were said."""
        return [d for d in cands if not any(a <= d.start < b for a, b in quoted)]

    def _split_redated(self, events: list[EventDraft], date_sent: dict[tuple[int, str], list[DateRecord]],
                       sents: list[Span], text: str) -> list[EventDraft]:
        """Another sentence with a full date of its own other than an event's (first) day, that
        says that a happening of the event's type takes place (the event word nearest the verb) ("έγινε", "θα πραγματοποιηθεί", "έλαβε
        χώρα", "λήγει") tells another happening of that type ("Τα εργαστήρια ξεκινούν στις 8
        Οκτωβρίου. ... Στις 10 Οκτωβρίου έγινε η ημερίδα υποδοχής"): it becomes an event. A
        date that ends, repeats or recalls the event ("θα διαρκέσει έως", "θα επαναληφθεί")
        has no such verb."""
        out: list[EventDraft] = []
        for ev in events:
            out.append(ev)
            if ev.clause is not None or ev.date is None:
                continue
            first = ev.date
            for si in list(ev.sentences):
                if sents[si].start_char == ev.start:
                    continue
                cands = [d for d in date_sent.get((si, ev.type), []) if d.date and len(d.date) == 10]
                verbs = [t.i for t in sents[si] if fold(t.text).startswith(HAPPENING_STEMS)]
                words = [t for t in sents[si] if t.is_alpha and self.lex.trigger_type(t.text)]
                if not cands or not words:
                    continue
                word: Token | None
                if verbs:
                    # the event word next to the verb is what takes place ("θα πραγματοποιήσει
                    # ομιλία" "στο πλαίσιο της έκθεσης": the talk)
                    word = min(words, key=lambda t: min(abs(t.i - v) for v in verbs))
                else:
                    # "Στις 20 Μαρτίου θα ακολουθήσει τεχνική σύσκεψη": a noun without an article
                    # brings in a new happening; "η σύσκεψη" points back at the one told
                    word = next((t for t in words if self.lex.trigger_type(t.text) == ev.type
                                 and self._indefinite(t)), None)
                if word is None or self.lex.trigger_type(word.text) != ev.type:
                    continue
                new = EventDraft(type=ev.type, trigger=word.text, start=sents[si].start_char,
                                 end=sents[si].end_char, sentences=[si])
                self._fill_date(new, date_sent, sents, text)
                if new.date is None or new.date == first or any(
                        e.type == ev.type and e.date == new.date for e in out):
                    continue
                ev.sentences.remove(si)
                out.append(new)
        return out

    def _split_replaced(self, events: list[EventDraft], date_sent: dict[tuple[int, str], list[DateRecord]],
                        sents: list[Span], places: PlaceIndex, doc: Doc, text: str) -> list[EventDraft]:
        """Another sentence that brings in a happening of the event's type by a word with no
        article and says where it took place ("Νέα γυναικοκτονία σημειώθηκε χθες στη Ρόδο",
        "Αιματηρό επεισόδιο σημειώθηκε στην Ανάβυσσο"), at a place other than the event's, tells
        another happening of that type: Greek brings in a new referent without the article and
        points back at one told with it ("η γυναικοκτονία"). A finite verb of the type with its
        own phrase of place ("ένας 30χρονος δολοφονήθηκε χθες στη Ρόδο", see
        :meth:`_verb_trigger_place`) tells one as well. It becomes an event, placed by its
        verb (see :meth:`_told_place`) and dated by its own sentence."""
        out: list[EventDraft] = []
        for ev in events:
            out.append(ev)
            if ev.clause is not None or ev.issue or ev.online or ev.location is None:
                continue
            for si in list(ev.sentences):
                if sents[si].start_char == ev.start or si == ev.sentences[0]:
                    continue
                loc = self._told_place(sents[si], places, doc, text, ev.type) if any(
                    t.is_alpha and self.lex.trigger_type(t.text) == ev.type and self._indefinite(t)
                    for t in sents[si]) else None
                if loc is None:
                    loc = self._verb_trigger_place(sents[si], places, doc, text, ev.type)
                if loc is None or any(e.type == ev.type and e.location is not None
                                      and fold(loc) == fold(e.location) for e in out):
                    continue
                new = EventDraft(type=ev.type, trigger=ev.trigger, start=sents[si].start_char,
                                 end=sents[si].end_char, sentences=[si], location=loc,
                                 placed_by_verb=True, told_at=True)
                self._fill_date(new, date_sent, sents, text)
                new.start, new.end = sents[si].start_char, sents[si].end_char
                ev.sentences.remove(si)
                out.append(new)
        return out

    def _verb_trigger_place(self, sent: Span, places: PlaceIndex, doc: Doc, text: str, etype: str) -> str | None:
        """The place of the phrase of place that follows a finite verb of the event's type in its
        own clause, no comma or other verb between: "ένας 30χρονος δολοφονήθηκε χθες στη Χ",
        "Συνελήφθη στην Υ ...". A finite verb tells a happening as a fact of its own sentence (a
        noun may point back at one told before), so the phrase of place on it places that
        happening (see :meth:`_split_replaced`). Not one that goes on with a story told: a verb
        after a weak object pronoun ("τον σκότωσαν στη Χ": someone already told of) or in a
        relative clause ("η οποία δολοφονήθηκε στη Ρόδο": about a person named, a happening
        before). Nor a street or a country: a street places the same happening more finely, a
        country frames the report."""
        toks = list(sent)
        quoted = _covered(toks, [(a + sent.start_char, b + sent.start_char) for a, b in _quoted(sent.text)])
        verbs = [k for k, t in enumerate(toks) if k not in quoted and _verb_form(t)
                 and self.lex.trigger_type(t.text) == etype and not self._continues(toks, k)]
        if not verbs:
            return None
        for j, place in self._locative_places(sent, places, doc, text, etype):
            k = next((v for v in reversed(verbs) if v < j), None)
            if k is None or j - k > VERB_PLACE_GAP or _on_background(toks, j):
                continue
            rank = _place_rank(place)
            if rank is not None and rank <= COUNTRY_RANK or fold(place.split()[0]).startswith(STREET_NOUNS):
                continue
            if any(t.text in CLAUSE_MARKS or _finite(t) and fold(t.text) not in VERB_PARTICLES
                   for t in toks[k + 1:j]):
                continue
            return place
        return None

    @staticmethod
    def _continues(toks: list[Token], k: int) -> bool:
        """Whether the verb at k goes on with a story told: a weak object pronoun right before
        it ("τον σκότωσαν", "να τη δολοφόνησε"), or a relative word whose clause it is the verb
        of ("η οποία δολοφονήθηκε", "που σκότωσε"), no other verb or comma between."""
        if k > 0 and fold(toks[k - 1].text) in OBJECT_CLITICS:
            return True
        for m in range(k - 1, -1, -1):
            t = toks[m]
            if _relative(t):
                return True
            if t.text in CLAUSE_MARKS or _finite(t) and fold(t.text) not in VERB_PARTICLES:
                return False
        return False

    @staticmethod
    def _indefinite(tok: Token) -> bool:
        """Whether a noun stands without an article: only adjectives ("τεχνική", "νέα") or "σε"
        between it and the word before them, which is no article nor an article with "σε"."""
        doc = tok.doc
        k = tok.i - 1
        while k >= 0 and tok.i - k <= 3 and doc[k].is_alpha and doc[k].text.islower() \
                and fold(doc[k].text).endswith(ADJECTIVE_CASE_ENDINGS) \
                and fold(doc[k].text) not in PHRASE_ARTICLES:
            k -= 1
        if k < 0 or doc[k].is_sent_start and not doc[k].is_alpha:
            return True
        if not doc[k].is_alpha:
            return False  # "η πρώτη μετ’ αναβολή συνεδρίαση": no telling
        f = fold(doc[k].text)
        return f not in ARTICLES and (f not in LOCATIVE_ARTICLES or f == "σε") and f not in GENITIVE_ARTICLES

    @staticmethod
    def _best_date(ev: EventDraft, cands: list[DateRecord], text: str) -> DateRecord:
        """Deadlines take the date after "έως/μέχρι"; other events the first full date."""
        if ev.type == IN_FORCE:
            since = [d for d in cands if _from_date(text, d)]
            if since:
                return since[0]
        if ev.type == "deadline":
            for d in cands:
                if _limit_cue(text, d):
                    return d
        full = [d for d in cands if d.date and len(d.date) == 10]
        return (full or cands)[0]

    @staticmethod
    def _in_that_frame(events: list[EventDraft], sents: list[Span]) -> None:
        """"Σε αυτό το πλαίσιο, ... διοργάνωσε μια σειρά εκδηλώσεων": a sentence that opens by
        pointing back at the frame of the sentence before tells of events inside it; an event it
        gives no place takes the place of the event named there."""
        starts = {s.start_char: i for i, s in enumerate(sents)}
        for ev in events:
            si = starts.get(ev.start)
            if ev.location is not None or ev.clause is not None or ev.online or not si:
                continue
            opening = " ".join(fold(t.text) for t in sents[si][:4] if t.is_alpha)
            if not opening.startswith(FRAME_BACK):
                continue
            # the event named last before it, a few sentences back at most (its paragraph)
            named = [(max(j for j in e.sentences if j < si), e) for e in events
                     if e is not ev and e.location and e.clause is None and any(j < si for j in e.sentences)]
            if named:
                j, frame = max(named, key=lambda x: x[0])
                if si - j <= 3:
                    ev.location = frame.location

    def _named_place(self, ev: EventDraft, sents: list[Span]) -> str | None:
        """"το 22ο Φεστιβάλ Ντοκιμαντέρ Θεσσαλονίκης", "του Οικονομικού Φόρουμ των Δελφών": an
        event's name that ends in the genitive of a known place names where it is held (Greek
        names a recurring event after its town); the place, in the nominative (see
        :meth:`_town_of_name`)."""
        for si in ev.sentences:
            toks = list(sents[si])
            for k, tok in enumerate(toks):
                if not _cap(tok) or self.lex.trigger_type(tok.text) != ev.type or not self._heads_name(tok):
                    continue
                place = self._town_of_name(toks, k)
                if place is not None:
                    return place
        return None

    def _town_of_name(self, toks: list[Token], k: int) -> str | None:
        """The known place in the genitive that closes the capitalised name the event word at k
        heads ("Φεστιβάλ Ντοκιμαντέρ Θεσσαλονίκης", "Φόρουμ των Δελφών"), in the nominative, or
        None. The place must follow the event word's own words, with one genitive article at most
        and only right before it: in "Συνέλευση του Συμβουλίου της Ευρώπης" the place is a body's."""
        names = self._lexicon()
        end = self._capitalised_run(toks, k) - 1
        if end == k or any(fold(t.text) in GENITIVE_ARTICLES for t in toks[k + 1:end - 1]):
            return None
        f = fold(toks[end].text)
        place = names.places.get((f,))
        return place if place is not None and fold(place) != f else None

    def _lexicon(self) -> NameLexicon:
        """The name lexicon (the gazetteer's forms), loaded on first use."""
        if self._names is None:
            from keryx.linking.names.lexicon import NameLexicon

            self._names = NameLexicon.load()
        return self._names

    def _event_name_at(self, toks: list[Token], j: int) -> str | None:
        """What an event's name that starts at j places ("στο 11ο Διεθνές Οικονομικό Συνέδριο των
        Δελφών", "στο Φεστιβάλ Αθηνών"): the town it is named after (see :meth:`_town_of_name`), ""
        when it names none ("στη Γενική Συνέλευση του ΟΗΕ": a happening, no venue), None when no
        event's name starts there. The name is an event word, capitalised, that heads it, after
        an ordinal and capitalised adjectives at most."""
        k = j
        while k < len(toks) and k - j < 4 and (toks[k].text[:1].isdigit() or _cap(toks[k]) and fold(
                toks[k].text).endswith(ADJECTIVE_ENDINGS) and self.lex.trigger_type(toks[k].text) is None):
            k += 1
        if k >= len(toks) or not _cap(toks[k]) or self.lex.trigger_type(toks[k].text) is None \
                or not self._heads_name(toks[k]):
            return None
        return self._town_of_name(toks, k) or ""

    def _heads_name(self, tok: Token) -> bool:
        """Whether an event word heads the name it stands in: "22ο Φεστιβάλ ...", "Οικονομικού
        Φόρουμ ..." (a number or adjectives before it), not "Διεύθυνσης Τροχαίας Αττικής" (a
        body) nor "Διευθυντής Τροχαίας Αττικής" (a role)."""
        if self._is_role(tok.doc, tok):
            return False
        if not tok.ent_type_:
            return True
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return ent is None or all(t.like_num or t.text[:1].isdigit() or fold(t.text).endswith(ADJECTIVE_ENDINGS)
                                  for t in tok.doc[ent.start:tok.i])

    @staticmethod
    def _dates_by_sentence(doc: Doc, dates: list[DateRecord], sent_of_token: dict[int, int]
                           ) -> dict[int, list[DateRecord]]:
        out: dict[int, list[DateRecord]] = {}
        for d in dates:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                out.setdefault(sent_of_token.get(span.start, 0), []).append(d)
        return out

    def _fill_location(self, ev: EventDraft, places: PlaceIndex, doc: Doc, text: str,
                       sents: list[Span]) -> None:
        """The place of a locative phrase ("στο Πόρτο Ράφτη", "στη Μεγάλη Αίθουσα του ...") in a
        sentence that names the event: the evidence sentence first, then the others in order.

        A place named without a locative ("ο Υπουργός Οικονομικών της Ελλάδας") is not where
        the event happens, so it is not taken. A verb of taking place whose clause names the
        event places it by its own phrase of place before the sentence's first one (see
        :meth:`_told_place`).
        """
        evidence = [i for i, s in enumerate(sents) if s.start_char == ev.start]
        if any(self._online(sents[si], ev.type) for si in dict.fromkeys(evidence + ev.sentences)):
            ev.online = True  # "ομιλία ..., που πραγματοποιήθηκε μέσω τηλεδιάσκεψης": no place
            return
        coarse: int | None = None
        for si in dict.fromkeys(evidence + ev.sentences):
            # a clause on the event's own word tells its place; the clause it hangs in is about
            # something else ("Το πρόγραμμα του Φεστιβάλ, που θα γίνει ..., παρουσίασαν στο Χ")
            if self._interviews_only(sents[si], ev.type):
                continue  # "σε συνέντευξή του στην εφημερίδα": given to a medium, at no place
            own = [doc[a:b] for a, b, ante in self._clauses(sents[si]) if ante == ev.type]
            told = None if own else self._told_place(sents[si], places, doc, text, ev.type)
            if told is None and not own and self._verb_only(sents[si], ev.type):
                # "οι εκπρόσωποι συναντήθηκαν με ...": a verb with no noun of its type takes its
                # phrase of place after it; one before it frames the sentence or hangs on a noun
                loc = self._verb_trigger_place(sents[si], places, doc, text, ev.type)
            else:
                loc = told or self._locative_place(own[0] if own else sents[si], places, doc, text, ev.type)
            if loc is None:
                continue
            rank = _place_rank(loc)
            if rank is not None and rank <= COUNTRY_RANK and si not in evidence and _present_only(sents[si]):
                # "στην Ελλάδα κάθε μήνα σημειώνεται μία γυναικοκτονία": another sentence that
                # names happenings of the type by a country in the present tense only tells of
                # them there at large, not where this one took place
                continue
            if coarse is not None:
                # a later sentence that names the event places it more finely: "Χιλιάδες διαδηλωτές
                # στη Λευκορωσία ... οι διαδηλωτές ... έκαναν πορεία στο κέντρο του Μινσκ"; not one that
                # names it only in a genitive ("η εκδήλωση ... στο Ελληνικό Περίπτερο της έκθεσης":
                # a part of its grounds, where something else happens)
                if loc in places.names() and (rank if rank is not None else FINEST_RANK) > coarse \
                        and not self._only_genitive(sents[si], ev.type):
                    ev.location, ev.told_at = loc, ev.told_at or told is not None
                    ev.placed_by_verb = told is not None or any(
                        fold(t.text).startswith(HAPPENING_STEMS) for t in sents[si])
                    return
                continue
            ev.location, ev.told_at = loc, told is not None
            ev.placed_by_verb = told is not None or any(fold(t.text).startswith(HAPPENING_STEMS) for t in sents[si])
            if rank is None or rank > COUNTRY_RANK:
                return
            coarse = rank  # a continent, a sea or a country: a later sentence may say where in it

    def _verb_only(self, sent: Span, etype: str) -> bool:
        """Whether the sentence names a meeting only by finite verbs ("συναντήθηκαν"), no noun of
        the type: such a verb's phrase of place follows it (see :meth:`_verb_trigger_place`)."""
        words = [t for t in sent if t.is_alpha and self.lex.trigger_type(t.text) == etype]
        return etype == "meeting" and bool(words) and all(_finite(t) for t in words)

    def _told_place(self, sent: Span, places: PlaceIndex, doc: Doc, text: str, etype: str) -> str | None:
        """The place of the phrase of place that a verb of taking place takes, in the clause that
        names the event by its own word: "Στον Βόλο η συναυλία θα γίνει στο λιμάνι Χ" (the
        harbour, not the town the sentence opens with). The verb's phrase after it says
        where the happening its clause names took place; a phrase before it in the clause frames the
        report. A phrase of an earlier clause, with a verb of its own, keeps the sentence's first
        place first. Such an event is told, not named in passing (see :meth:`_not_in_passing`,
        :meth:`_select`). (Round 36, articles tuning: 7 event places changed, all to or from gold's.)"""
        toks = list(sent)
        quoted = _covered(toks, [(a + sent.start_char, b + sent.start_char) for a, b in _quoted(sent.text)])
        bounds: list[int] | None = None
        found: list[tuple[int, str]] | None = None
        for k, t in enumerate(toks):
            f = fold(t.text)
            if not t.is_alpha or not t.text[1:].islower() or k in quoted or not f.startswith(TOOK_PLACE_STEMS) \
                    or _compared(toks, k):
                continue
            after = fold(toks[k + 1].text) if k + 1 < len(toks) else ""
            if f.startswith(WITH_PLACE_STEMS) and after != WITH_PLACE_NOUN or after.startswith(NO_HAPPENING_AFTER) \
                    or after in COMPLEMENTIZERS:
                continue
            if bounds is None:
                bounds = self._clause_bounds(toks)
                found = [(j, p) for j, p in self._locative_places(sent, places, doc, text, etype)
                         if not _on_background(toks, j)]
            assert found is not None
            start, stop = self._verb_clause(toks, k, bounds)
            if not any(u.is_alpha and self.lex.trigger_type(u.text) == etype for u in toks[start:stop]):
                continue
            place = next((p for j, p in found if k < j < stop), None)
            if place is not None:
                # a phrase of an earlier clause has a verb of its own: "Στο Χ ξέσπασαν διαδηλώσεις,
                # ενώ διαμαρτυρίες σημειώθηκαν και στο Υ" tells two places, the first one first
                return place if all(j >= start for j, _ in found) else None
        return None

    def _only_genitive(self, sent: Span, etype: str) -> bool:
        """Whether every word of the sentence that names an event of the type follows a genitive
        article ("της έκθεσης"): the sentence tells of something of the event, not of it."""
        doc = sent.doc
        words = [t for t in sent if t.is_alpha and self.lex.trigger_type(t.text) == etype]
        return bool(words) and all(t.i > 0 and fold(doc[t.i - 1].text) in GENITIVE_ARTICLES for t in words)

    def _interviews_only(self, sent: Span, etype: str) -> bool:
        """Whether every word of the sentence that names an event of the type is an interview ("σε
        συνέντευξή του στην εφημερίδα", not "συνέντευξη Τύπου"): one is given to a medium, at no place
        (the tuning gold places none of its 28 interviews); the sentence's places are what is said."""
        words = [t for t in sent if t.is_alpha and self.lex.trigger_type(t.text) == etype]
        return bool(words) and all(_interview(t) for t in words)

    def _online(self, sent: Span, etype: str) -> bool:
        """Whether the sentence holds the event online: "μέσω τηλεδιάσκεψης" (by video call), or
        "διαδικτυακή" before the event's word ("διαδικτυακή ημερίδα"), or "διαδικτυακά" after a verb
        of taking place ("θα πραγματοποιηθεί διαδικτυακά"). A venue named beside it in the text is
        then what is talked about, not where: "την παραβατικότητα στην Ανατολική Μεσόγειο
        καυτηρίασε ... κατά την ομιλία του ..., που πραγματοποιήθηκε μέσω τηλεδιάσκεψης"."""
        toks = list(sent)
        for k, t in enumerate(toks):
            f = fold(t.text)
            if f.startswith("τηλεδιασκεψ") and k > 0 and fold(toks[k - 1].text) in ("μεσω", "με"):
                return True
            if f.startswith("διαδικτυακ") and k + 1 < len(toks) and self.lex.trigger_type(toks[k + 1].text) == etype:
                return True
            if f == "διαδικτυακα" and any(fold(u.text).startswith(HAPPENING_STEMS) for u in toks[max(0, k - 3):k]):
                return True
        return False

    def _locative_place(self, sent: Span, places: PlaceIndex, doc: Doc, text: str, etype: str) -> str | None:
        """The place of the sentence's first locative phrase (see :meth:`_locative_places`), or a
        finer one that a later phrase names: "Στο πλαίσιο της περιοδείας στην ανατολική
        Μακεδονία, ... βρέθηκε στην Καβάλα" (a region, then a town in it: the town). A happening
        is placed as finely as the text places it; a known coarse place (a continent, a sea, a
        country, a region) first gives way to a later known or linked place of a finer kind.
        One that hangs on the event's own word (see :meth:`_on_event_word`: "σε συνεδρίαση ...
        στο Λουξεμβούργο") gives way only to a phrase on a verb ("Στο πλαίσιο της περιοδείας
        στην ανατολική Μακεδονία, ... βρέθηκε στην Καβάλα"), not to one on another noun
        ("ανησυχίες για τα νέα έργα στη Δυτική Όχθη")."""
        visited = self._visited(sent, places) if etype == "visit" else None
        if visited is not None:
            return visited
        toks = list(sent)
        found = [(k, p) for k, p in self._locative_places(sent, places, doc, text, etype)
                 if not _on_background(toks, k)]
        if not found:
            return None
        at, first = found[0]
        rank = _place_rank(first)
        if rank is not None and rank <= COARSE_RANK:
            names = places.names()
            own = self._on_event_word(sent, at, etype)
            for k, later in found[1:]:
                r = _place_rank(later)
                if later in names and (r if r is not None else FINEST_RANK) > rank and (
                        not own or k > 0 and _finite(toks[k - 1])):
                    return later
            return first
        head = _headline(text)
        if head is not None and sent.start_char < head[1]:
            return first  # a headline's first place frames the story ("… στα Σκόπια ενόψει …")
        return self._nearest_trigger(toks, found, etype)

    def _nearest_trigger(self, toks: list[Token], found: list[tuple[int, str]], etype: str) -> str:
        """Of several phrases of place finer than a region, the one nearest the event's own word:
        "Οι κάτοικοι στην Καλαμάτα έμαθαν για τη σύλληψη στην Τρίπολη" (where the people live, then
        where the arrest was). A phrase of place mostly hangs on the word next to it, so the one
        that places a happening stands by the word that tells it; ties go to the first. Phrases
        standing back to back (see :func:`_place_runs`: "στην περιοχή Χ της Υ στην κομητεία Ζ")
        name one place, each inside the next: the run is measured as one, and its first phrase,
        the finest, places the event as before. A coarse first phrase is settled before (see
        :meth:`_locative_place`)."""
        words = [i for i, t in enumerate(toks) if t.is_alpha and self.lex.trigger_type(t.text) == etype]
        runs = [[kp for kp in run if _place_rank(kp[1]) is None or (_place_rank(kp[1]) or 0) > COARSE_RANK]
                for run in _place_runs(toks, found, set(words))]
        runs = [run for run in runs if run]
        if len(runs) < 2 or not words:
            return runs[0][0][1]

        def distance(run: list[tuple[int, str]]) -> int:
            lo, hi = run[0][0], run[-1][0]
            return min(0 if lo <= i <= hi else min(abs(lo - i), abs(hi - i)) for i in words)

        return min(runs, key=distance)[0][1]

    def _visited(self, sent: Span, places: PlaceIndex) -> str | None:
        """The place a verb of visiting takes as its object: "επισκέφθηκε χθες την Καβάλα", "Τις
        πληγείσες περιοχές της Αρχαίας Ολυμπίας επισκέφθηκε ..." ("επισκέπτομαι" is transitive: what
        is visited is no locative phrase). Its object stands next to it, after or before, within
        its clause: no comma or other verb between."""
        toks = list(sent)
        for k, tok in enumerate(toks):
            if not (_finite(tok) and self.lex.trigger_type(tok.text) == "visit"):
                continue
            for step in (1, -1):
                m = k + step
                while 0 <= m < len(toks) and abs(m - k) <= 8:
                    t = toks[m]
                    if t.text in ",;:·" or t is not tok and _finite(t) and fold(t.text) not in VERB_PARTICLES \
                            or fold(t.text) in LOCATIVE_ARTICLES:
                        break
                    place = places.at(t.idx)
                    if place is not None:
                        return place
                    m += step
        return None

    def _on_event_word(self, sent: Span, at: int, etype: str) -> bool:
        """Whether the phrase of place at ``at`` hangs on the event's own word, a few words before
        it with no comma or verb between ("σε συνεδρίαση των υπουργών ... στο Λουξεμβούργο"):
        then it is that happening's place, however coarse."""
        toks = list(sent)
        trig = next((i for i in range(at - 1, max(-1, at - 11), -1)
                     if self.lex.trigger_type(toks[i].text) == etype), None) if etype else None
        return trig is not None and not any(t.text == "," or _finite(t) for t in toks[trig + 1:at])

    def _locative_places(self, sent: Span, places: PlaceIndex, doc: Doc, text: str, etype: str
                         ) -> Iterator[tuple[int, str]]:
        """The locative phrases of a sentence that name a place or a venue, in order, each with
        the index in the sentence of the word that opens it.

        "στο Πόρτο Ράφτη" (a known place: its nominative), "στη Μεγάλη Αίθουσα του ..." (a
        capitalised name that is no body or person: a venue, as written), "στα εργοτάξια της
        Ραφήνας", "νότια της Γαύδου" (a common noun or a direction whose genitive is a place:
        that place), "στην οδό Ακαδημίας" (a common noun that names what follows: both; the town
        after it when the street is written with one: "στην οδό Ακαδημίας, στην Αθήνα"),
        "στο Εφετείο Λαμίας" (a body: the place in its name), "στη Βουλή" on the event's word or verb (a
        body named after its premises: that body, see :meth:`_premises_of_event`).

        A relative clause after the event's word that hangs on another noun ("η σύλληψη του
        89χρονου, που χθες επιτέθηκε στο Πρωτοδικείο") tells where something else happened:
        its places are skipped; one that hangs on an event word ("ημερίδας που θα γίνει στη
        Δίβρη") is kept.
        """
        toks = list(sent)
        n = len(toks)
        trig = next((i for i, t in enumerate(toks) if self.lex.trigger_type(t.text) == etype), -1)
        aside_until = -1
        quoted = False
        for k, tok in enumerate(toks[:-1]):
            f = fold(tok.text)
            if tok.text in ("«", "»"):
                quoted = tok.text == "«"
                continue
            if quoted:
                continue  # a title ("«Εισαγωγή στον Προγραμματισμό»") names no place
            if etype in SPEECH_TYPES and 0 <= trig < k and f in COMPLEMENTIZERS:
                # "ανακοίνωσε ότι ... κρούσματα στην Κίνα": what is said, not where it was said
                break
            if f in COMPARATIVES and self._compares_happening(toks, k):
                # "διαδηλωτές στο Χ, όπως συνέβη και στην Υ": a like happening elsewhere
                aside_until = clause_end(toks, k)
                continue
            if f in RELATIVES:
                if trig >= 0 and k > trig and self._antecedent(toks, k) is None:
                    aside_until = clause_end(toks, k)
                else:
                    aside_until = -1
                continue
            if k < aside_until or tok.ent_iob_ == "I":
                # inside a name ("Εργαστήριο Πληροφορικής στις Ανθρωπιστικές Επιστήμες"): the
                # preposition belongs to the name and opens no phrase of place
                continue
            if f in DIRECTIONS and fold(toks[k + 1].text) in GENITIVE_ARTICLES:
                j = k + 1
            elif f in LOCATIVE_ARTICLES:
                if _conveyed_to(toks, k):
                    continue  # "οδηγήθηκε στο Τμήμα", "θα μεταφερθούν στις φυλακές": a goal, no place
                j = k + 1
                town = self._event_name_at(toks, j)
                if town:
                    # "στο Οικονομικό Φόρουμ των Δελφών": the town an event is named after is
                    # where it is held
                    yield k, town
                    continue
                # an event's name without its town is no venue by itself (a building may follow it)
                named = "" if town == "" else self._named_at(toks, j, places, doc, text)
                venue = self._venue_at(toks, j, places, text) if not named and town != "" else None
                if venue is not None:
                    # "στο θέατρο Εκάτη", "στην Πινακοθήκη του Δήμου Χ" (a body to the model): a venue
                    yield k, venue
                    continue
                if named and etype in SPEECH_TYPES and toks[j].text in QUOTES_OPEN:
                    # "δήλωσε στην «Κ»", "Δείτε την Ανακοίνωση στο «Γραμματεία»": a name in quotes
                    # beside a statement is the medium or the section it appears in, no venue
                    continue
                body = places.premises(toks[j].idx) if named == "" else None
                if body is not None and self._premises_of_event(toks, k, etype):
                    # "η χθεσινή ομιλία του στη Βουλή", "σύσκεψη που πραγματοποιήθηκε στο Υπουργείο":
                    # a body named after its building is where the happening is (the guide: courts,
                    # the Parliament, a ministry where something happened are places)
                    yield k, body
                    continue
                if named is not None:
                    building = self._building_after(toks, j, text)
                    if building is not None:
                        # "στο Αμφιθέατρο 1 του κτιρίου Χ": the room in the building, as written;
                        # "στο Εργαστήριο του κτιρίου «Γαληνός»": the building
                        yield k, (text[toks[j].idx:building[0]] if named else building[1])
                        continue
                    if named:
                        # "στην οδό Γραβιάς, στη Θεσσαλονίκη" (a linked street): the town it is in
                        town = self._street_town(toks, j, self._capitalised_run(toks, j + 1), places) \
                            if fold(toks[j].text).startswith(STREET_NOUNS) and j + 1 < n and _cap(toks[j + 1]) else None
                        yield k, town or self._place_after_room(toks, j, places) or named
                    continue  # a body or a person: not a place
            else:
                continue
            m = j
            genitive = None
            while m < n and m - j < 8 and _common(toks[m]):
                if fold(toks[m].text) in GENITIVE_ARTICLES and m + 1 < n:
                    genitive = places.at(toks[m + 1].idx)
                    if genitive is None:
                        # "στη διάρκεια του 3ου Φεστιβάλ Βιβλίου της Κοζάνης": the town of an event's name
                        genitive = self._event_name_at(toks, m + 1) or None
                    if genitive is None and m + 2 < n and toks[m + 1].text.islower() and _cap(toks[m + 2]):
                        # "στο λιμάνι του νησιού Σαν Μιγκέλ", "της πόλης Χομς": a common noun
                        # that names the kind of place before the place's name
                        genitive = places.at(toks[m + 2].idx)
                    if genitive is not None:
                        break
                m += 1
            if genitive is not None and m + 2 < n and fold(toks[m + 1].text).startswith(STREET_NOUNS) \
                    and _cap(toks[m + 2]):
                # "στο διαμέρισμα της οδού Χ στη Δάφνη": the town the street is in
                genitive = self._street_town(toks, m + 1, self._capitalised_run(toks, m + 2), places) or genitive
            if genitive is not None:
                # "στην πρωτεύουσα της πολιτείας Όρεγκον, το Σέιλεμ": a place set beside the
                # phrase in its case names its head noun itself, more finely than the genitive
                yield k, self._apposed_place(toks, m + 1, places) or genitive
                continue
            if j + 1 < m <= j + 3 and m < n and fold(toks[m - 1].text) in APPOSITION_PLACE_HEADS and _cap(toks[m]) \
                    and not any(fold(t.text) in PHRASE_ARTICLES for t in toks[j:m - 1]):
                # "στην κινεζική πόλη Γκουανγκτσού": adjectives before the kind's noun, its name after it
                place = places.at(toks[m].idx)
                if place is not None:
                    yield k, place
                    continue
            if m == j + 1 and m < n and fold(toks[j].text) not in GENITIVE_ARTICLES:
                # "στην οδό Ακαδημίας": a street, as written; "στο χωριό Μύτικας": the place
                if _cap(toks[m]) and fold(toks[j].text).startswith(STREET_NOUNS):
                    b = self._capitalised_run(toks, m)
                    last = toks[b - 1]
                    # "στην οδό Γραβιάς, στη Θεσσαλονίκη": the town the street is in
                    yield k, self._street_town(toks, j, b, places) or text[toks[j].idx:last.idx + len(last.text)]
                    continue
                place = places.at(toks[m].idx)
                if place is not None:
                    yield k, place

    @staticmethod
    def _compares_happening(toks: list[Token], k: int) -> bool:
        """Whether the comparative at k opens a clause whose verb is one of taking place ("όπως
        συνέβη και στην Ουάσινγκτον"; see :func:`_compared`), not a list of examples ("χώρες
        όπως η Ιταλία")."""
        m = k + 1
        while m < len(toks) and fold(toks[m].text) in VERB_PARTICLES | AUXILIARIES:
            m += 1
        return m < len(toks) and toks[m].is_alpha and fold(toks[m].text).startswith(TOOK_PLACE_STEMS) \
            and _compared(toks, m)

    def _premises_of_event(self, toks: list[Token], at: int, etype: str) -> bool:
        """Whether the locative at ``at`` hangs on the event's own word or on a verb of taking
        place, a few words before it with no comma between ("την ομιλία του στη Βουλή", "σύσκεψη
        που πραγματοποιήθηκε σήμερα στο Υπουργείο"): a body's building is the happening's place
        only there; elsewhere in the sentence the body is what is told of ("διαβιβάστηκε στη
        Βουλή μήνυση")."""
        for i in range(at - 1, max(-1, at - 11), -1):
            t = toks[i]
            if t.text in ",;:·":
                return False
            if t.is_alpha and (etype and self.lex.trigger_type(t.text) == etype or t.text.islower()
                               and fold(t.text).startswith(TOOK_PLACE_STEMS)):
                return True
            if _finite(t) and fold(t.text) not in VERB_PARTICLES:
                return False
        return False

    @staticmethod
    def _street_town(toks: list[Token], a: int, b: int, places: PlaceIndex) -> str | None:
        """The linked place of a phrase of place right after a street's name that ends at b
        ("στην οδό Γραβιάς, στη Θεσσαλονίκη", "στην οδό Μόσχας 12 στο Ροδίνι"), or None.

        A street is written with the town or the quarter it is in, as an address is; a street's
        name alone names no place a reader knows (most towns have an "οδός Μόσχας"), so the
        happening is placed by that town. A street named alone stays the place (see
        :meth:`_locative_places`), whether the linker knows it as a place or not, and so does a
        street in a genitive ("στο διαμέρισμα της οδού Χ στη Δάφνη"). On the tuning articles the
        gold placed each of the three street-then-town happenings at the town. A square (``a``, the
        index of the street's noun, names one: events.json "square_stems") is no address but open
        ground where people gather, a venue in its own right: "συγκέντρωση στην πλατεία Χ στη
        Μυτιλήνη" keeps the square (round 53, tuning halves: one place changed, to the gold's)."""
        if fold(toks[a].text).startswith(SQUARE_NOUNS):
            return None  # "στην πλατεία Χ στη Μυτιλήνη": a square is a venue, where people gather
        m = b
        if m < len(toks) and toks[m].like_num:
            m += 1  # the street's number
        if m < len(toks) and toks[m].text == ",":
            m += 1
        if m + 1 < len(toks) and fold(toks[m].text) in LOCATIVE_ARTICLES:
            return places.at(toks[m + 1].idx)
        return None

    @staticmethod
    def _apposed_place(toks: list[Token], j: int, places: PlaceIndex) -> str | None:
        """The place in apposition after the genitive name that starts at j: a comma, an article
        other than a genitive one (the head's case) and a linked place ("..., το Σέιλεμ"), with
        only the genitive's words before the comma (capitalised, or a kind of place: "της πολιτείας
        Ουάσινγκτον"); None otherwise."""
        m = j
        while m < len(toks) and m - j < 5 and toks[m].text != ",":
            if not (_cap(toks[m]) or fold(toks[m].text) in APPOSITION_PLACE_HEADS or toks[m].text.isupper()):
                return None
            m += 1
        article = fold(toks[m + 1].text) if m + 1 < len(toks) else ""
        if m + 2 >= len(toks) or toks[m].text != "," or article not in ARTICLES or article in GENITIVE_ARTICLES:
            return None
        return places.at(toks[m + 2].idx)

    def _named_at(self, toks: list[Token], j: int, places: PlaceIndex, doc: Doc, text: str) -> str | None:
        """What a capitalised name right after a locative is: a place's name, a venue as written,
        "" for a body or person (no place), None when no capitalised name starts there."""
        place = places.at(toks[j].idx)
        if place is not None:
            return "" if _league(place) else place
        if toks[j].text in QUOTES_OPEN:
            # "στο «Μπερναμπέου»", "στο «Ζόναρς»": a stadium's, a club's name in quotes, its noun
            # understood; a lower-case word in quotes ("σε «λουκέτα»") is none
            quoted = _quoted_name(toks, j)
            return text[quoted[0]:quoted[1]] if quoted else None
        if not _cap(toks[j]):
            return None
        if self.lex.trigger_type(toks[j].text) is not None:
            return ""  # "στο Συνέδριο BSI": an event's name, not a place
        b = self._capitalised_run(toks, j)
        g = framed_head([t.text for t in toks[j:b]], self._lexicon().places, lambda w: fold(w) in VENUE_HEAD_FORMS)
        if g is not None:
            b = j + g  # "στο Γκογιάνγκ της Νότιας Κορέας": the town, its country framing it
        first, last = toks[j], toks[b - 1]
        start, end = first.idx, last.idx + len(last.text)
        organ_of = self._premises_of_organ(toks, j, b, places)
        if organ_of is not None:
            return organ_of
        if b == j + 1 and len(first.text) <= 3 and b < len(toks) and toks[b].text == ".":
            return ""  # "στο Τμ. Πληροφορικής": an abbreviated word, a body's name cut short
        if first.ent_type_ and first.ent_type_ not in NAME_OF_PLACE_LABELS:
            inside = places.within(start, end) if first.ent_type_ == "ORG" else None
            return inside or ""
        if fold(first.text) in ONLINE:
            return ""  # "στο Διαδίκτυο": online, no place
        if _league(text[start:end]):
            return ""  # "στη Superleague", "στο Champions League": a competition, no venue
        if not first.ent_type_ and (self._is_role(doc, first) or fold(first.text).endswith(NOT_A_NAME_ENDINGS)):
            return ""  # "στον Δήμαρχο", "στη Διοίκηση", "σε Εθνικά ... Προγράμματα": no venue
        return text[start:end]

    @staticmethod
    def _premises_of_organ(toks: list[Token], j: int, b: int, places: PlaceIndex) -> str | None:
        """The body named after its building whose organ the capitalised name toks[j:b] names in
        the genitive ("στην Ολομέλεια της Βουλής", "στην Επιτροπή Θεσμών της Βουλής"): an organ
        of a parliament or a court sits in its building, which is the place (the gold guide names
        the Parliament, never its plenary). A name headed by a venue's noun ("Αίθουσα ... της
        Βουλής") is a room of its own and is left as written."""
        if fold(toks[j].text) in VENUE_HEAD_FORMS:
            return None
        for m in range(j + 1, b - 1):
            if fold(toks[m].text) in GENITIVE_ARTICLES:
                body = places.premises(toks[m + 1].idx)
                if body is not None:
                    return body
        return None

    @staticmethod
    def _venue_at(toks: list[Token], j: int, places: PlaceIndex, text: str) -> str | None:
        """A venue named by its head noun and its name after a locative, as written: "στο θέατρο
        Εκάτη", "στο ξενοδοχείο «Αστέρας»", "στην Πινακοθήκη του Δήμου Χ". The head (linking.json
        "venue_heads") says that what follows names a building or grounds, where a happening takes
        place, however the model tagged the name (a body, a person: "στην Πινακοθήκη" after a
        locative is the gallery, not its staff). A name follows the head right away, capitalised,
        in capitals or in quotes, or, after a capitalised head, in the genitive ("του Δήμου Χ");
        None otherwise, and for a known place (read as one)."""
        n = len(toks)
        if j + 1 < n and toks[j].text.islower() and (quoted := quoted_venue(toks[j].doc, toks[j + 1].i)) is not None:
            # "στον κινηματογράφο «Αστέρια»": the venue, named as in the places (the name in quotes)
            doc = toks[j].doc
            return places.at(doc[quoted[0]].idx) or text[doc[quoted[0]].idx:doc[quoted[1] - 1].idx + len(doc[quoted[1] - 1].text)]
        if j + 1 >= n or fold(toks[j].text) not in VENUE_HEAD_FORMS or places.at(toks[j].idx) is not None:
            return None
        if toks[j + 1].text in QUOTES_OPEN:
            close = next((c for c in range(j + 2, min(n, j + 8)) if toks[c].text in QUOTES_CLOSE), None)
            if close is None or _quoted_name(toks, j + 1) is None:
                return None
            end = close
        elif toks[j].text[:1].isupper() and not _named_word(toks[j + 1]):
            end = EventBuilder._capitalised_run(toks, j) - 1  # "Πινακοθήκη του Δήμου Χ"
            if end == j:
                return None
        else:
            end = j + 1
            while end + 1 < n and _named_word(toks[end + 1]):
                end += 1
            if not _named_word(toks[j + 1]):
                return None
        return text[toks[j].idx:toks[end].idx + len(toks[end].text)]

    def _place_after_room(self, toks: list[Token], j: int, places: PlaceIndex) -> str | None:
        """"στο Αμφιθέατρο της Ιατρικής Σχολής στις Βούτες": a room named after a body, no named
        venue, followed by a phrase of a known place: that place (the gold guide's places are
        named places and venues)."""
        b = self._capitalised_run(toks, j)
        if not any(fold(t.text) in GENITIVE_ARTICLES for t in toks[j:b]):
            return None
        if b + 1 < len(toks) and fold(toks[b].text) in LOCATIVE_ARTICLES:
            return places.at(toks[b + 1].idx)
        return None

    @staticmethod
    def _is_role(doc: Doc, tok: Token) -> bool:
        return "roles" in doc.spans and any(s.start <= tok.i < s.end for s in doc.spans["roles"])

    @staticmethod
    def _building_after(toks: list[Token], j: int, text: str) -> tuple[int, str] | None:
        """A building named after the capitalised name at j ("Αμφιθέατρο 1 του κτιρίου
        ΤΙΣΤ-ΤΑΒΜ", "Εργαστήριο του κτιρίου «Γαληνός»"): the end offset of its name and
        the building in the nominative, or None."""
        n = len(toks)
        m = j + 1
        while m < n and m - j < 6 and (_cap(toks[m]) or toks[m].text.isupper() or toks[m].like_num):
            m += 1
        if m + 2 >= n or fold(toks[m].text) != "του" or fold(toks[m + 1].text) not in BUILDINGS:
            return None
        b = m + 2
        if toks[b].text in QUOTES_OPEN:
            close = next((c for c in range(b + 1, min(n, b + 8)) if toks[c].text in QUOTES_CLOSE), None)
            if close is None or close == b + 1:
                return None
            name = text[toks[b + 1].idx:toks[close - 1].idx + len(toks[close - 1].text)]
            end = toks[close].idx + len(toks[close].text)
        elif _cap(toks[b]) or (toks[b].text.isupper() and len(toks[b].text) > 1):
            e = b + 1
            while e < n and e - b < 4 and (_cap(toks[e]) or toks[e].text.isupper() and len(toks[e].text) > 1):
                e += 1
            name = text[toks[b].idx:toks[e - 1].idx + len(toks[e - 1].text)]
            end = toks[e - 1].idx + len(toks[e - 1].text)
        else:
            return None
        return end, f"{BUILDINGS[fold(toks[m + 1].text)]} {name}"

    @staticmethod
    def _capitalised_run(toks: list[Token], j: int, cap: Callable[[Token], bool] = _cap,
                         limit: int | None = None) -> int:
        """The end of the capitalised name that starts at j ("Αίθουσα του Πανεπιστημίου Αθηνών"),
        a genitive article joining two capitalised words; ``cap`` says what counts as one, and no
        word starts at or past ``limit``."""
        b = j + 1
        stop = len(toks) if limit is None else min(len(toks), limit)
        while b < stop:
            if cap(toks[b]):
                b += 1
            elif fold(toks[b].text) in GENITIVE_ARTICLES and b + 1 < len(toks) and cap(toks[b + 1]):
                b += 2
            else:
                break
        return b

    def _fill_people(self, events: list[EventDraft], doc: Doc, linked: Linked, sents: list[Span],
                     sent_of_token: dict[int, int]) -> None:
        acting = {i for i, s in enumerate(sents) if any(self.lex.is_participation(t.text) for t in s)}
        main = events[0]
        for person in linked.people:
            for start, _ in person.mentions:
                span = doc.char_span(start, start + 1, alignment_mode="expand")
                si = sent_of_token.get(span.start, 0) if span is not None else 0
                targets = [ev for ev in events if si in ev.sentences]
                if not targets and si in acting:
                    targets = [main]
                for ev in targets:
                    if any(p[0] == person.name for p in ev.participants):
                        continue
                    role = person.roles[0] if person.roles else None
                    ev.participants.append((person.name, role.title if role else None,
                                            role.organisation if role else None))

    @staticmethod
    def _fill_orgs(events: list[EventDraft], doc: Doc, linked: Linked, sent_of_token: dict[int, int]) -> None:
        for org in linked.organisations:
            for start, _ in org.mentions:
                span = doc.char_span(start, start + 1, alignment_mode="expand")
                si = sent_of_token.get(span.start, 0) if span is not None else 0
                for ev in events:
                    if si in ev.sentences and org.name not in ev.organisations:
                        ev.organisations.append(org.name)
