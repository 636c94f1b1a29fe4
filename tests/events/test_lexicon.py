"""Event lexicon: the dictionary's nouns of happenings are side events; look-alike words are none."""

from __future__ import annotations

import pytest
from keryx.events.lexicon import EventLexicon


@pytest.mark.parametrize(
    "word, etype",
    [
        ("κηδεία", "ceremony"),
        ("εξόδιος", "ceremony"),
        ("δημοπρασία", "auction"),
        ("συνομιλίες", "meeting"),
        ("συλλαλητήριο", "protest"),
        ("διαμαρτυρίες", "protest"),
        ("πρεμιέρα", "premiere"),
        ("εκτόξευση", "launch"),
        ("κατολίσθηση", "incident"),
    ],
)
def test_a_noun_of_a_happening_is_a_side_event(word: str, etype: str) -> None:
    lex = EventLexicon.default()
    assert lex.trigger_type(word) == etype
    assert lex.is_side(word)


@pytest.mark.parametrize("word", ["διαμαρτυρικού", "πρέμιερ", "ναυαγοσωστικό", "κηδεμόνας", "συνομιλητής"])
def test_a_look_alike_word_is_no_event(word: str) -> None:
    assert EventLexicon.default().trigger_type(word) is None


@pytest.mark.parametrize("word", ["συνέδριο", "τελετή", "απεργία"])
def test_the_lexicons_own_words_are_no_side_events(word: str) -> None:
    assert not EventLexicon.default().is_side(word)


def test_a_kidnapping_is_both_a_charge_and_a_side_event() -> None:
    lex = EventLexicon.default()
    assert lex.is_charge("απαγωγή") and lex.is_side("απαγωγή")


@pytest.mark.parametrize("word", ["γυναικοκτονία", "γυναικοκτονίας", "συζυγοκτονία", "παιδοκτονίες",
                                  "βρεφοκτονία", "πατροκτονία", "μητροκτονίας", "αδελφοκτονία"])
def test_a_killing_named_by_its_victim_is_an_incident_and_a_charge(word: str) -> None:
    """The compounds in -κτονία name a killing as "ανθρωποκτονία" does: a happening, or a charge
    ("κατηγορείται για τη γυναικοκτονία"); none is a side event."""
    lex = EventLexicon.default()
    assert lex.trigger_type(word) == "incident"
    assert lex.is_charge(word) and not lex.is_side(word)


@pytest.mark.parametrize("word", ["πρωτολογία", "δευτερολογία", "δευτερολογίας", "τριτολογία"])
def test_a_turn_of_speech_in_a_parliamentary_debate_is_a_talk(word: str) -> None:
    """"στη δευτερολογία του στη Βουλή": the turns of a debate are speeches given at a place."""
    lex = EventLexicon.default()
    assert lex.trigger_type(word) == "talk" and not lex.is_side(word)


@pytest.mark.parametrize("word, etype", [("συνέδριο", "conference"), ("ανθρωποκτονία", "incident"), ("Δήμαρχος", None)])
def test_a_word_asked_again_gets_the_same_type_after_the_memory_is_cleared(
        word: str, etype: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lexicon remembers each word's stem, and forgets all past its limit: the answers stay."""
    import keryx.events.lexicon as module
    from keryx.lang.el import read_text

    # a lexicon of its own: the shared one may already remember every word asked here (other tests ask them too)
    lex = EventLexicon(*(read_text(name) for name in module.RESOURCES))
    assert lex.trigger_type(word) == etype
    assert lex.trigger_type(word) == etype
    monkeypatch.setattr(module, "_STEMS_KEPT", 1)
    assert lex.trigger_type("διάλεξη") == "talk"
    assert len(lex._stems) <= 1
    assert lex.trigger_type(word) == etype


@pytest.mark.parametrize("word", ["σκότωσε", "σκότωσαν", "δολοφόνησε", "δολοφονημένη", "μαχαίρωσαν",
                                  "έγκλημα", "εγκλήματος", "βιασμό", "ξυλοδαρμός"])
def test_a_verb_or_noun_of_a_crime_is_an_incident(word: str) -> None:
    """"Ο 30χρονος σκότωσε τον γείτονά του", "το έγκλημα στη γειτονιά": a crime told happened."""
    assert EventLexicon.default().trigger_type(word) == "incident"


@pytest.mark.parametrize("word", ["έγκλημα", "βιασμού", "ξυλοδαρμό"])
def test_a_crime_s_noun_may_name_a_charge(word: str) -> None:
    """"διώκεται για τον ξυλοδαρμό": the noun after "για" names the charge."""
    assert EventLexicon.default().is_charge(word)


@pytest.mark.parametrize("word", ["εγκληματίας", "εγκληματική", "εγκληματικότητα", "εγκληματολόγος",
                                  "σκοτώσει", "σκοτώσουν", "δολοφονήσει", "μαχαιρώσουν"])
def test_a_criminal_or_a_threat_to_kill_is_no_event(word: str) -> None:
    """A criminal is no crime, and "απείλησε να τον σκοτώσει" tells a threat: a stem of the type
    "-" keeps these words from the shorter stem of the crime."""
    assert EventLexicon.default().trigger_type(word) is None


def test_a_stem_of_no_event_blocks_only_the_words_it_begins() -> None:
    lex = EventLexicon("γιορτ\tfestival\tγιορτή\nγιορτασμ\t-\tγιορτασμός\n", "")
    assert lex.trigger_type("γιορτή") == "festival"
    assert lex.trigger_type("γιορτασμός") is None


@pytest.mark.parametrize(
    "word, etype",
    [
        ("παράσταση", "performance"),
        ("παράστασης", "performance"),
        ("παραστάσεις", "performance"),
        ("δεξίωση", "ceremony"),
        ("εορτασμό", "ceremony"),
        ("εορτασμοί", "ceremony"),
        ("εξαφάνιση", "incident"),
        ("εξαφάνισης", "incident"),
    ],
)
def test_a_staging_a_reception_a_celebration_and_a_disappearance_are_happenings(word: str, etype: str) -> None:
    """"η παράσταση στο θέατρο", "στη δεξίωση στο μέγαρο", "ο εορτασμός στην πλατεία", "η
    εξαφάνιση του παιδιού από την παραλία": nouns that name a happening at a place."""
    lex = EventLexicon.default()
    assert lex.trigger_type(word) == etype and not lex.is_side(word)


@pytest.mark.parametrize("word", ["εξαφανιστεί", "εξαφανίσει", "εξαφανίζονται"])
def test_the_verb_of_disappearing_is_no_event_word(word: str) -> None:
    """"απείλησε να τον εξαφανίσει": the verb's forms tell a wish, a threat or a habit."""
    assert EventLexicon.default().trigger_type(word) is None


@pytest.mark.parametrize("word", ["εργαστηριακές", "εργαστήρια", "εργαστηρίων"])
def test_a_no_event_word_heads_a_name_but_tells_no_happening(word: str) -> None:
    """The plural of the labs still heads a body's name as the event noun does (entity rules)."""
    lex = EventLexicon.default()
    assert lex.trigger_type(word) is None and lex.head_type(word) == "workshop"
