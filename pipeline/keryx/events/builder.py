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

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from keryx.dates.dateline import dateline_indices
from keryx.events.lexicon import EventLexicon
from keryx.lang.el.text import fold
from keryx.linking.model import Linked
from keryx.records import DateRecord

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Span, Token


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


# Event types that name a part or a by-product of another event when they share its date.
GENERIC_TYPES = {"event", "talk", "presentation", "announcement", "press conference"}
DEADLINE_WORDS = {"εωσ", "μεχρι", "ωσ", "προθεσμια"}
APPLICATION_STEMS = ("αιτησ", "αιτηση", "υποβολ", "υποβαλ", "εγγραφ", "δηλωση", "δηλωσεισ", "δηλωσουν",
                     "συμμετοχη", "κατατεθ", "καταθεσ", "παρατηρησ")
# Folded prepositions + articles that open a phrase of place ("στη Λάρισα", "σε ξενοδοχείο ...").
LOCATIVE_ARTICLES = frozenset({"στο", "στη", "στην", "στον", "στα", "στισ", "στουσ", "σε"})
GENITIVE_ARTICLES = frozenset({"του", "τησ", "των"})
PLACE_ENT_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A venue's name is often tagged EVENT ("Μεγάλη Αίθουσα"); an event's own name opens with a
# trigger word and is told apart by that.
NAME_OF_PLACE_LABELS = PLACE_ENT_LABELS | {"EVENT"}
# Folded adverbs of direction that take a genitive of place ("νότια της Γαύδου").
DIRECTIONS = frozenset({"βορεια", "νοτια", "ανατολικα", "δυτικα", "βορειοανατολικα", "βορειοδυτικα",
                        "νοτιοανατολικα", "νοτιοδυτικα"})

# Folded stems of the nouns that name a street or square before its name ("οδό Ακαδημίας").
STREET_NOUNS = ("οδο", "οδου", "λεωφορ", "πλατει", "παροδ", "πεζοδρομ", "αγυια", "λεωφ")

RELATIVES = frozenset({"που", "οπου"})


def _cap(t: Token) -> bool:
    """A word written with a capital and in lower case after it ("Λαμία", not "ΛΑΜΙΑ", not "Α")."""
    return t.is_alpha and len(t.text) > 1 and t.text[0].isupper() and not t.text.isupper()


def _common(t: Token) -> bool:
    """A word that says nothing by its case: lower case, or all capitals (a headline)."""
    return t.is_alpha and (t.text.islower() or t.text.isupper())


class PlaceIndex:
    """The linked places by the offsets of their mentions."""

    def __init__(self, linked: Linked) -> None:
        self._by_start: dict[int, str] = {}
        self._spans: list[tuple[int, int, str]] = []
        for place in linked.places:
            for start, end in place.mentions:
                self._by_start.setdefault(start, place.name)
                self._spans.append((start, end, place.name))
        self._spans.sort()

    def at(self, start: int) -> str | None:
        """The place whose mention starts at ``start``."""
        return self._by_start.get(start)

    def within(self, start: int, end: int) -> str | None:
        """The first place mentioned inside [start, end)."""
        k = bisect_left(self._spans, (start, -1, ""))
        if k < len(self._spans) and self._spans[k][1] <= end:
            return self._spans[k][2]
        return None


class EventBuilder:
    """Owns the event lexicon; ``build(doc, linked, dates)`` gives the document's events."""

    def __init__(self, lexicon: EventLexicon | None = None) -> None:
        self.lex = lexicon or EventLexicon.default()

    def build(self, doc: Doc, linked: Linked, dates: list[DateRecord]) -> list[EventDraft]:
        text = doc.text  # built from the tokens on every read: once per document
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        sent_of_token: dict[int, int] = {}
        for i, s in enumerate(sents):
            for t in range(s.start, s.end):
                sent_of_token[t] = i
        drafts: dict[str, EventDraft] = {}
        order: list[str] = []
        clauses = {i: self._aside_clauses(s) for i, s in enumerate(sents)}
        for tok in doc:
            etype = self.lex.trigger_type(tok.text)
            if etype is None or not tok.is_alpha:
                continue
            si = sent_of_token.get(tok.i, 0)
            clause = next((c for c in clauses[si] if c[0] <= tok.i < c[1]), None)
            if clause is not None and etype not in drafts:
                # "η σύλληψη του άνδρα, που χθες (28/4) είχε κάνει ληστεία στην οδό Χ": the clause
                # tells another happening, with its own day and place. A word of a type already
                # met ("... της πυρκαγιάς") names that event again, as everywhere else.
                key = f"{etype}@{clause[0]}"
                if key not in drafts:
                    drafts[key] = EventDraft(type=etype, trigger=tok.text, start=doc[clause[0]].idx,
                                             end=sents[si].end_char, sentences=[si], clause=clause)
                    order.append(key)
                continue
            if etype not in drafts:
                drafts[etype] = EventDraft(type=etype, trigger=tok.text, start=sents[si].start_char,
                                           end=sents[si].end_char)
                order.append(etype)
            if si not in drafts[etype].sentences:
                drafts[etype].sentences.append(si)
        self._deadline_cues(sents, drafts, order, dates)
        events = [drafts[t] for t in order]
        dateline = dateline_indices(text, dates)
        if not events:
            release = self._release(doc, dates, dateline)
            return [release] if release else []
        date_sent = self._dates_by_sentence(doc, [d for d in dates if id(d) not in dateline], sent_of_token)
        places = PlaceIndex(linked)
        outside = self._outside_clauses(doc, date_sent, clauses, drafts)
        for ev in events:
            if ev.clause is not None:
                self._fill_clause(ev, doc, date_sent.get(ev.sentences[0], []), places, text)
                continue
            self._fill_date(ev, outside, sents, text)
            self._fill_location(ev, places, doc, text, sents)
        for ent in doc.ents:
            # "το Συνέδριο BSI": an EVENT entity holding a trigger names that event.
            etype = next((self.lex.trigger_type(t.text) for t in ent if self.lex.trigger_type(t.text)), None)
            if ent.label_ == "EVENT" and etype in drafts and drafts[etype].name is None:
                drafts[etype].name = ent.text
        events = self._select(events)
        self._fill_people(events, doc, linked, sents, sent_of_token)
        self._fill_orgs(events, doc, linked, sent_of_token)
        return events

    @staticmethod
    def _release(doc: Doc, dates: list[DateRecord], dateline: set[int]) -> EventDraft | None:
        """A dated text that names no event and no other day is itself the event: a statement,
        an appeal, a notice, published on its date (the gold guide's "announcement"). A text
        that names another day ("χθες", "στις 31 Μαΐου") reports something that happened or
        will happen then, under a word the lexicon lacks: no guess. Its evidence is the
        mention that dates it (the dateline or a header date), else the first sentence."""
        pub = doc._.published if doc.has_extension("published") else None
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

    def _aside_clauses(self, sent: Span) -> list[tuple[int, int]]:
        """Relative clauses after an event word that hang on another noun ("η σύλληψη του
        89χρονου, που χθες επιτέθηκε ..."), as document token spans: each runs to the next
        relative word or the end of the sentence. One that hangs on an event word ("η ημερίδα
        που θα γίνει ...") tells of that event and is no aside."""
        toks = list(sent)
        trig = next((i for i, t in enumerate(toks) if t.is_alpha and self.lex.trigger_type(t.text)), -1)
        if trig < 0:
            return []
        starts = []
        for k in range(trig + 1, len(toks)):
            if fold(toks[k].text) in RELATIVES:
                ante = next((t for t in reversed(toks[:k]) if t.is_alpha), None)
                if ante is not None and self.lex.trigger_type(ante.text) is None:
                    starts.append(k)
        ends = [k for k in range(trig + 1, len(toks)) if fold(toks[k].text) in RELATIVES]
        out = []
        for k in starts:
            end = next((e for e in ends if e > k), len(toks))
            out.append((toks[k].i, toks[0].i + end if end < len(toks) else sent.end))
        return out

    @staticmethod
    def _outside_clauses(doc: Doc, date_sent: dict[int, list[DateRecord]],
                         clauses: dict[int, list[tuple[int, int]]],
                         drafts: dict[str, EventDraft]) -> dict[int, list[DateRecord]]:
        """The dates of each sentence less those inside a clause that tells its own happening."""
        told = {ev.clause for ev in drafts.values() if ev.clause is not None}
        if not told:
            return date_sent
        out: dict[int, list[DateRecord]] = {}
        for si, ds in date_sent.items():
            spans = [doc[a:b] for a, b in clauses.get(si, []) if (a, b) in told]
            out[si] = [d for d in ds if not any(c.start_char <= d.start < c.end_char for c in spans)]
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
        if named is not None and any(d.date for d in dates
                                     for si in named.sentences
                                     if sents[si].start_char <= d.start < sents[si].end_char):
            return
        dated = sorted(d.start for d in dates if d.date)
        for si, sent in enumerate(sents):
            if not any(fold(t.text).startswith(APPLICATION_STEMS) for t in sent):
                continue
            ranges = [d for d in dates if d.date_end and sent.start_char <= d.start < sent.end_char]
            for tok in sent:
                if fold(tok.text) not in {"εωσ", "μεχρι"}:
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
        generic one ("ομιλία", "εκδήλωση") with only a place, which is mostly its subject.
        """
        kept = [events[0]]
        for ev in events[1:]:
            if ev.date is None:
                if ev.location is not None and ev.type not in GENERIC_TYPES \
                        and all(k.location != ev.location for k in kept):
                    kept.append(ev)
                continue
            if any(k.date == ev.date for k in kept):
                continue  # "τα εγκαίνια της έκθεσης" on the exhibition's day: the same happening
            kept.append(ev)
        return kept

    def _fill_date(self, ev: EventDraft, date_sent: dict[int, list[DateRecord]], sents: list[Span],
                   text: str) -> None:
        """The date of the first sentence that names the event and holds a date.

        The sentence that gave the date becomes the event's evidence span. A neighbouring
        sentence's date is not borrowed: measured on the real-world tuning half and the own
        gold, it was right nowhere and wrong on real news (another happening's date).
        """
        for si in ev.sentences:
            cands = [d for d in date_sent.get(si, []) if d.date]
            if not cands:
                continue
            d = self._best_date(ev, cands, text)
            ev.date, ev.date_end, ev.time = d.date, d.date_end, d.time
            if ev.type == "deadline" and d.date_end and DEADLINE_WORDS & set(fold(d.text).split()):
                ev.date, ev.date_end = d.date_end, None  # a window's deadline is its last day
            ev.start, ev.end = sents[si].start_char, sents[si].end_char
            return

    @staticmethod
    def _best_date(ev: EventDraft, cands: list[DateRecord], text: str) -> DateRecord:
        """Deadlines take the date after "έως/μέχρι"; other events the first full date."""
        if ev.type == "deadline":
            for d in cands:
                before = fold(text[max(0, d.start - 25):d.start]).split()
                if any(w in DEADLINE_WORDS for w in before[-3:]):
                    return d
        full = [d for d in cands if d.date and len(d.date) == 10]
        return (full or cands)[0]

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
        the event happens, so it is not taken.
        """
        evidence = [i for i, s in enumerate(sents) if s.start_char == ev.start]
        for si in dict.fromkeys(evidence + ev.sentences):
            loc = self._locative_place(sents[si], places, doc, text, ev.type)
            if loc is not None:
                ev.location = loc
                return

    def _locative_place(self, sent: Span, places: PlaceIndex, doc: Doc, text: str, etype: str) -> str | None:
        """The first locative phrase of a sentence that names a place or a venue.

        "στο Πόρτο Ράφτη" (a known place: its nominative), "στη Μεγάλη Αίθουσα του ..." (a
        capitalised name that is no body or person: a venue, as written), "στα εργοτάξια της
        Ραφήνας", "νότια της Γαύδου" (a common noun or a direction whose genitive is a place:
        that place), "στην οδό Ακαδημίας" (a common noun that names what follows: both),
        "στο Εφετείο Λαμίας" (a body: the place in its name).

        A relative clause after the event's word that hangs on another noun ("η σύλληψη του
        89χρονου, που χθες επιτέθηκε στο Πρωτοδικείο") tells where something else happened:
        its places are skipped; one that hangs on an event word ("ημερίδας που θα γίνει στη
        Δίβρη") is kept.
        """
        toks = list(sent)
        n = len(toks)
        trig = next((i for i, t in enumerate(toks) if self.lex.trigger_type(t.text) == etype), -1)
        aside = False
        for k, tok in enumerate(toks[:-1]):
            f = fold(tok.text)
            if f in RELATIVES:
                ante = next((t for t in reversed(toks[:k]) if t.is_alpha), None)
                aside = trig >= 0 and k > trig and (ante is None or self.lex.trigger_type(ante.text) is None)
                continue
            if aside or tok.ent_iob_ == "I":
                # inside a name ("Εργαστήριο Πληροφορικής στις Ανθρωπιστικές Επιστήμες"): the
                # preposition belongs to the name and opens no phrase of place
                continue
            if f in DIRECTIONS and fold(toks[k + 1].text) in GENITIVE_ARTICLES:
                j = k + 1
            elif f in LOCATIVE_ARTICLES:
                j = k + 1
                named = self._named_at(toks, j, places, doc, text)
                if named is not None:
                    if named:
                        return named
                    continue  # a body or a person: not a place
            else:
                continue
            m = j
            while m < n and m - j < 8 and _common(toks[m]):
                if fold(toks[m].text) in GENITIVE_ARTICLES and m + 1 < n:
                    place = places.at(toks[m + 1].idx)
                    if place is not None:
                        return place
                m += 1
            if m == j + 1 and m < n and fold(toks[j].text) not in GENITIVE_ARTICLES:
                # "στην οδό Ακαδημίας": a street, as written; "στο χωριό Μύτικας": the place
                if _cap(toks[m]) and fold(toks[j].text).startswith(STREET_NOUNS):
                    last = toks[self._capitalised_run(toks, m) - 1]
                    return text[toks[j].idx:last.idx + len(last.text)]
                place = places.at(toks[m].idx)
                if place is not None:
                    return place
        return None

    def _named_at(self, toks: list[Token], j: int, places: PlaceIndex, doc: Doc, text: str) -> str | None:
        """What a capitalised name right after a locative is: a place's name, a venue as written,
        "" for a body or person (no place), None when no capitalised name starts there."""
        place = places.at(toks[j].idx)
        if place is not None:
            venue = self._venue_before(doc, toks[j].idx)
            return f"{venue}, {place}" if venue else place
        if not _cap(toks[j]):
            return None
        if self.lex.trigger_type(toks[j].text) is not None:
            return ""  # "στο Συνέδριο BSI": an event's name, not a place
        b = self._capitalised_run(toks, j)
        first, last = toks[j], toks[b - 1]
        start, end = first.idx, last.idx + len(last.text)
        if first.ent_type_ and first.ent_type_ not in NAME_OF_PLACE_LABELS:
            inside = places.within(start, end) if first.ent_type_ == "ORG" else None
            return inside or ""
        return text[start:end]

    @staticmethod
    def _capitalised_run(toks: list[Token], j: int) -> int:
        """The end of the capitalised name that starts at j ("Αίθουσα του Πανεπιστημίου Αθηνών")."""
        b = j + 1
        while b < len(toks):
            if _cap(toks[b]):
                b += 1
            elif fold(toks[b].text) in GENITIVE_ARTICLES and b + 1 < len(toks) and _cap(toks[b + 1]):
                b += 2
            else:
                break
        return b

    @staticmethod
    def _venue_before(doc: Doc, place_start: int) -> str | None:
        """"στην έδρα της Περιφερειακής Ένωσης Δήμων Αττικής στο Πεδίον Άρεως" → the venue part."""
        span = doc.char_span(place_start, place_start + 1, alignment_mode="expand")
        if span is None:
            return None
        i = span.start - 1
        if i >= 0 and fold(doc[i].text) in {"στο", "στη", "στην", "στον", "στα", "στις", "στους"}:
            for ent in doc.ents:
                if ent.label_ in ("ORG", "FAC") and 0 < i - ent.end + 1 <= 1 and ent.end <= i + 1:
                    head = doc[max(ent.sent.start, ent.start - 3):ent.start]
                    words = [t.text for t in head if fold(t.text) not in {"στην", "στη", "στο", "της", "του"}]
                    if words and fold(words[-1]) in {"εδρα", "αιθουσα", "γραφεια", "χωρο", "κτιριο"}:
                        return f"{words[-1]} {doc[ent.start - 1].text} {ent.text}" if doc[ent.start - 1].text in {"της", "του"} else f"{words[-1]} {ent.text}"
        return None

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
