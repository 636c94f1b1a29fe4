"""Events: trigger words → typed events with date, time, place, participants and evidence.

A press release usually reports one main event, named several times ("το Συνέδριο",
"του συνεδρίου"); mentions of the same type merge into one event. Its date comes from a
sentence that names it (a neighbouring sentence's date is, on real news, another happening:
"συνελήφθη ... . Κατηγορείται για την επίθεση της 25/2/2018"); its participants are the people of the
sentences that mention it or that say someone took part ("συμμετείχε", "εκπροσώπησε").
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
    from spacy.tokens import Doc, Span


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


# Event types that name a part or a by-product of another event when they share its date.
GENERIC_TYPES = {"event", "talk", "presentation", "announcement", "press conference"}
DEADLINE_WORDS = {"εωσ", "μεχρι", "ωσ", "προθεσμια"}
APPLICATION_STEMS = ("αιτησ", "αιτηση", "υποβολ", "υποβαλ", "εγγραφ", "δηλωση", "δηλωσεισ", "δηλωσουν",
                     "συμμετοχη", "κατατεθ", "καταθεσ", "παρατηρησ")
LOCATIVES = {"στο", "στη", "στην", "στον", "στα", "στισ", "στουσ", "σε", "απο", "εντοσ"}


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
        for tok in doc:
            etype = self.lex.trigger_type(tok.text)
            if etype is None or not tok.is_alpha:
                continue
            si = sent_of_token.get(tok.i, 0)
            if etype not in drafts:
                drafts[etype] = EventDraft(type=etype, trigger=tok.text, start=sents[si].start_char,
                                           end=sents[si].end_char)
                order.append(etype)
            if si not in drafts[etype].sentences:
                drafts[etype].sentences.append(si)
        self._deadline_cues(sents, drafts, order, dates)
        events = [drafts[t] for t in order]
        if not events:
            return []
        dateline = dateline_indices(text, dates)
        date_sent = self._dates_by_sentence(doc, [d for d in dates if id(d) not in dateline], sent_of_token)
        place_sent = self._places_by_sentence(doc, linked, sent_of_token)
        for ev in events:
            self._fill_date(ev, date_sent, sents, text)
            self._fill_location(ev, place_sent, doc, text, sents)
        for ent in doc.ents:
            # "το Συνέδριο BSI": an EVENT entity holding a trigger names that event.
            etype = next((self.lex.trigger_type(t.text) for t in ent if self.lex.trigger_type(t.text)), None)
            if ent.label_ == "EVENT" and etype in drafts and drafts[etype].name is None:
                drafts[etype].name = ent.text
        events = self._select(events)
        self._fill_people(events, doc, linked, sents, sent_of_token)
        self._fill_orgs(events, doc, linked, sent_of_token)
        return events

    def _deadline_cues(self, sents: list[Span], drafts: dict[str, EventDraft], order: list[str],
                       dates: list[DateRecord]) -> None:
        """"Οι αιτήσεις υποβάλλονται έως 31 Μαΐου", "δήλωση συμμετοχής έως αύριο": a deadline
        even without the word "προθεσμία" (a date must follow "έως/μέχρι" closely)."""
        if "deadline" in drafts:
            return
        dated = sorted(d.start for d in dates if d.date)
        for si, sent in enumerate(sents):
            if not any(fold(t.text).startswith(APPLICATION_STEMS) for t in sent):
                continue
            for tok in sent:
                if fold(tok.text) not in {"εωσ", "μεχρι"}:
                    continue
                after = tok.idx + len(tok.text)
                k = bisect_left(dated, after)
                if k < len(dated) and dated[k] - after <= 12:
                    drafts["deadline"] = EventDraft(type="deadline", trigger=tok.text,
                                                    start=sent.start_char, end=sent.end_char,
                                                    sentences=[si])
                    order.append("deadline")
                    return

    @staticmethod
    def _select(events: list[EventDraft]) -> list[EventDraft]:
        """The main (first) event, plus every other event with a date of its own.

        A trigger word with no date of its own, or with the date of an event already kept, is
        usually another mention of that event or a by-the-way ("παρουσίαση", "ανακοίνωση").
        """
        kept = [events[0]]
        for ev in events[1:]:
            if ev.date is None:
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

    @staticmethod
    def _places_by_sentence(doc: Doc, linked: Linked, sent_of_token: dict[int, int]
                            ) -> dict[int, list[tuple[int, str]]]:
        out: dict[int, list[tuple[int, str]]] = {}
        for place in linked.places:
            for start, end in place.mentions:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    out.setdefault(sent_of_token.get(span.start, 0), []).append((start, place.name))
        return out

    def _fill_location(self, ev: EventDraft, place_sent: dict[int, list[tuple[int, str]]], doc: Doc,
                       text: str, sents: list[Span]) -> None:
        """A place named with "σε" ("στο Πεδίον Άρεως") in the evidence sentence, else nearby."""
        evidence = [i for i, s in enumerate(sents) if s.start_char == ev.start]
        order = evidence + ev.sentences + [s + 1 for s in ev.sentences]
        for si in dict.fromkeys(order):
            cands = sorted(place_sent.get(si, []))
            if not cands:
                continue
            located = [c for c in cands if self._after_locative(text, c[0])]
            start, name = located[0] if located else cands[0]
            venue = self._venue_before(doc, start)
            ev.location = f"{venue}, {name}" if venue else name
            return

    @staticmethod
    def _after_locative(text: str, start: int) -> bool:
        before = fold(text[max(0, start - 12):start]).split()
        return bool(before) and before[-1] in LOCATIVES

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
