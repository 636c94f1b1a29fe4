"""The linking lexicon's tests of a text: a game report, a name's head."""

from __future__ import annotations

import pytest
import spacy
from keryx.linking.lexicon import LinkingLexicon, _has_head, sports_report
from spacy.tokens import Doc, Span

GAME = ("Ο Άρης νίκησε με 2-1 τον Παναιτωλικό στο γήπεδο της Τούμπας. "
        "Ο προπονητής δήλωσε ότι οι παίκτες έδωσαν τα πάντα.")
COUNCIL = "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό του 2024 με 21 ψήφους υπέρ και 3 κατά."


@pytest.mark.parametrize("text, report", [
    (GAME, True),  # a score and two words of a game report (γήπεδο, προπονητής, παίκτες)
    (COUNCIL, False),
    ("Ο προπονητής μίλησε στους γονείς.", False),  # one word, no score: three are needed
    ("Ολυμπιακός - Άρης 3-0\nΠΑΟΚ - Λαμία 1-1\n", True),  # two result lines
])
def test_a_game_report_is_told_by_its_score_and_words(text: str, report: bool) -> None:
    doc = spacy.blank("el")(text)
    assert sports_report(doc, LinkingLexicon.default().sports_stems) is report


def test_words_inside_a_persons_name_do_not_count() -> None:
    """"Σουτ" or "Κορνέρ" may be a surname: the words of a PERSON entity are no game words."""
    doc = spacy.blank("el")("Η Μαρία Σουτ μίλησε με 2-1 ψήφους στο γήπεδο.")
    sports = LinkingLexicon.default().sports_stems
    assert sports_report(doc, sports)
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    assert not sports_report(doc, sports)



def test_the_game_words_follow_a_split_token() -> None:
    """What the test reads from the words is kept on the Doc, and read again once a word is split
    ("γήπεδο/προπονητής" is no word; its two halves are two game words)."""
    doc = Doc(spacy.blank("el").vocab, words=["Έληξε", "2-1", "στο", "γήπεδο/προπονητής", "."],
              spaces=[True, True, True, False, False])
    sports = LinkingLexicon.default().sports_stems
    assert not sports_report(doc, sports)
    with doc.retokenize() as retok:
        word = doc[3]
        retok.split(word, ["γήπεδο", "/", "προπονητής"], heads=[(word, 0), (word, 0), (word, 0)])
    assert sports_report(doc, sports)

@pytest.mark.parametrize("name, heads, first, found", [
    ("Δημοτικό Θέατρο Καβάλας", ["θεατρο"], 3, True),
    ("Θεάτρου Καβάλας", ["θεατρο"], 1, True),  # another case of the head
    ("Οδού Ερμού", ["οδοσ"], 1, True),  # a short head: its own stem only
    ("Οδηγός Πόλης", ["οδοσ"], 1, False),
    ("Ολυμπιακός Πειραιά", ["ολυμπιαδα"], 1, False),
    ("Ολυμπιάδες Νέων", ["ολυμπιαδα"], 1, True),
    ("Κέντρο Υγείας Μοιρών", ["κεντρο υγειασ"], 1, True),  # a head of two words
    ("Δημοτικό Κέντρο Υγείας", ["κεντρο υγειασ"], 1, False),  # only the first word is asked
    ("Δημοτικό Κέντρο Υγείας", ["κεντρο υγειασ"], 3, True),
])
def test_a_name_has_a_head_by_its_first_words(name: str, heads: list[str], first: int, found: bool) -> None:
    assert _has_head(name, heads, first) is found
