"""Event vocabulary: trigger stems with their event type, and participation verbs."""

from __future__ import annotations

from functools import lru_cache

from keryx.lang.el import parse_lines, parse_tsv, read_text
from keryx.lang.el.text import fold

__all__ = ["EventLexicon", "RESOURCES", "NO_EVENT"]

NO_EVENT = "-"  # the type of a stem that names no happening, though a shorter stem's word does
RESOURCES = ("events.tsv", "participation.txt")
_STEMS_KEPT = 50_000  # words whose trigger stem an EventLexicon remembers at most


class EventLexicon:
    """Trigger stems (``events.tsv``) and participation verbs (``participation.txt``), by prefix.

    A word's type is that of its longest stem: looked up by the word's own prefixes in a
    dictionary, longest first, instead of trying every stem on every word. A stem of the type
    ``-`` keeps the words it begins from a shorter stem's type ("εγκληματίας", a criminal, is
    no "έγκλημα", a crime).
    """

    def __init__(self, events_tsv: str, participation_txt: str) -> None:
        rows = parse_tsv(events_tsv)
        stems = parse_lines(participation_txt)
        self.triggers: dict[str, str] = {}
        for row in rows:
            self.triggers.setdefault(row[0], row[1])  # the first line of a stem wins
        flags = {row[0]: set(row[3].split(",")) if len(row) > 3 else set() for row in rows}
        self.charges: frozenset[str] = frozenset(s for s, f in flags.items() if "charge" in f)
        self.side: frozenset[str] = frozenset(s for s, f in flags.items() if "side" in f)
        self.no_event: frozenset[str] = frozenset(s for s, f in flags.items() if "no_event" in f)
        self._max_trigger = max((len(s) for s in self.triggers), default=0)
        self._stems: dict[str, str | None] = {}  # word -> its trigger stem: the builder asks of each word often
        self.participation: frozenset[str] = frozenset(stems)
        self._max_participation = max((len(s) for s in self.participation), default=0)

    def trigger_type(self, word: str) -> str | None:
        stem = self._stem(word)
        if stem in self.no_event:
            return None  # "εργαστηριακές εξετάσεις", "τα εργαστήρια του ινστιτούτου": no happening told
        return self.head_type(word)

    def head_type(self, word: str) -> str | None:
        """The type of the event noun the word is of, told or not: a name's head ("Εργαστήρια
        του Ινστιτούτου") behaves as the event noun's head does, though the plural tells no workshop."""
        stem = self._stem(word)
        etype = self.triggers[stem] if stem is not None else None
        return None if etype == NO_EVENT else etype

    def is_charge(self, word: str) -> bool:
        """A crime's noun ("δολοφονία", "ληστεία"): it may name a charge rather than a happening."""
        return self._stem(word) in self.charges

    def is_side(self, word: str) -> bool:
        """A noun of the dictionary list of happenings ("κηδεία", "δημοπρασία", "συνομιλίες"): it
        names an event of its own, but not the one a news text is about (see the builder)."""
        return self._stem(word) in self.side

    def _stem(self, word: str) -> str | None:
        """The word's longest trigger stem (remembered: the builder asks again and again of a text's
        words; forgotten past 50,000 words, so that a long batch holds no growing table)."""
        try:
            return self._stems[word]
        except KeyError:
            pass
        if len(self._stems) >= _STEMS_KEPT:
            self._stems.clear()
        found = self._stems[word] = self._longest_stem(word)
        return found

    def _longest_stem(self, word: str) -> str | None:
        f = fold(word)
        if len(f) < 4:
            return None
        for n in range(min(len(f), self._max_trigger), 0, -1):
            if f[:n] in self.triggers:
                return f[:n]
        return None

    def is_participation(self, word: str) -> bool:
        f = fold(word)
        return any(f[:n] in self.participation for n in range(min(len(f), self._max_participation), -1, -1))

    @staticmethod
    @lru_cache(maxsize=4)
    def from_texts(events_tsv: str, participation_txt: str) -> EventLexicon:
        """From the texts of :data:`RESOURCES` (the package's or a model's copies), once per content."""
        return EventLexicon(events_tsv, participation_txt)

    @staticmethod
    def default() -> EventLexicon:
        """The packaged lexicon, built once per process."""
        return EventLexicon.from_texts(*(read_text(name) for name in RESOURCES))
