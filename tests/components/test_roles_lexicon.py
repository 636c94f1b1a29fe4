"""Roles lexicon rows for news text: heads of state and sports trades, in every case."""

from __future__ import annotations

import pytest
from keryx.components.roles import RoleLexicon


@pytest.fixture(scope="module")
def lex() -> RoleLexicon:
    return RoleLexicon.load()


@pytest.mark.parametrize("form, masculine", [
    ("μοναρχη", "Μονάρχης"),
    ("ΜΟΝΑΡΧΕΣ", "Μονάρχης"),
    ("πυγμαχου", "Πυγμάχος"),
    ("πυγμαχο", "Πυγμάχος"),
    ("μποξερ", "Μπόξερ"),
    # trades and titles neither listed before nor told by an agent-noun ending
    ("συνηγορου", "Συνήγορος"),
    ("ΣΥΝΗΓΟΡΟΙ", "Συνήγορος"),
    ("βιομηχανων", "Βιομήχανος"),
    ("εμιρη", "Εμίρης"),
    ("σεϊχη", "Σεΐχης"),
    ("ραβινο", "Ραβίνος"),
    ("δεσμοφυλακες", "Δεσμοφύλακας"),
    ("μανατζερ", "Μάνατζερ"),
    ("ατζεντη", "Ατζέντης"),
    # a county's law officer abroad; an agent of a police or intelligence service
    ("σεριφη", "Σερίφης"),
    ("ΣΕΡΙΦΗΔΕΣ", "Σερίφης"),
    ("πρακτορα", "Πράκτορας"),
    ("ειδικου πρακτορα", "Ειδικός Πράκτορας"),
    # the heads of mission of the Vienna Convention (art. 14) beside "Πρέσβης": envoys, nuncios,
    # chargés d'affaires, and the special envoy
    ("απεσταλμενου", "Απεσταλμένος"),
    ("ΑΠΕΣΤΑΛΜΕΝΟΙ", "Απεσταλμένος"),
    ("απεσταλμενη", "Απεσταλμένος"),
    ("ειδικος απεσταλμενος", "Ειδικός Απεσταλμένος"),
    ("ειδικης απεσταλμενης", "Ειδικός Απεσταλμένος"),
    ("νουντσιο", "Νούντσιος"),
    ("επιτετραμμενο", "Επιτετραμμένος"),
    ("επιτετραμμενης", "Επιτετραμμένος"),
])
def test_news_roles_in_every_case(lex: RoleLexicon, form: str, masculine: str) -> None:
    entry = lex.lookup(form)
    assert entry is not None and entry.masculine == masculine


@pytest.mark.parametrize("form, masculine", [
    # team-sport players and positions beside "Σέντερ", "Πασαδόρος" (loan positions keep one form)
    ("στραικερ", "Στράικερ"),
    ("στοπερ", "Στόπερ"),
    ("γκολκιπερ", "Γκολκίπερ"),
    ("πορτιερο", "Πορτιέρο"),
    ("χαφ", "Χαφ"),
    ("εξτρεμ", "Εξτρέμ"),
    ("ρεφερι", "Ρέφερι"),
    ("υδατοσφαιριστη", "Υδατοσφαιριστής"),
    ("υδατοσφαιριστριες", "Υδατοσφαιριστής"),
    ("βολεϊμπολιστα", "Βολεϊμπολίστας"),
    ("χειροσφαιριστες", "Χειροσφαιριστής"),
    ("ποδηλατη", "Ποδηλάτης"),
    ("σκακιστρια", "Σκακιστής"),
    # trades of the stage, the ward, space and the sea; a military rank
    ("δραματουργου", "Δραματουργός"),
    ("ντοκιμαντεριστα", "Ντοκιμαντερίστας"),
    ("σολιστ", "Σολίστ"),
    ("νοσοκομα", "Νοσοκόμος"),
    ("νοσοκομων", "Νοσοκόμος"),
    ("αστροναυτες", "Αστροναύτης"),
    ("κοσμοναυτη", "Κοσμοναύτης"),
    ("καπετανιο", "Καπετάνιος"),
    ("στρατάρχη", "Στρατάρχης"),
])
def test_sports_positions_and_trades_in_every_case(lex: RoleLexicon, form: str, masculine: str) -> None:
    entry = lex.lookup(form)
    assert entry is not None and entry.masculine == masculine


@pytest.mark.parametrize("form, masculine", [
    # a co-chair (parties, councils, boards); monarchs of the East
    ("συμπροεδρου", "Συμπρόεδρος"),
    ("ΣΥΜΠΡΟΕΔΡΟΙ", "Συμπρόεδρος"),
    ("σουλτανο", "Σουλτάνος"),
    ("σουλτανας", "Σουλτάνος"),
    ("χαλιφη", "Χαλίφης"),
    # trades of the stage and the canals; the colloquial feminine of a police officer
    ("μπαλαρινας", "Μπαλαρίνος"),
    ("γονδολιερηδες", "Γονδολιέρης"),
    ("περφορμερ", "Περφόρμερ"),
    ("αστυνομικινα", "Αστυνομικός"),
    ("αστυνομικινες", "Αστυνομικός"),
    # two-word loan positions of football and basketball
    ("σεντερ φορ", "Σέντερ Φορ"),
    ("πλει μεικερ", "Πλέι Μέικερ"),
    ("ποιντ γκαρντ", "Πόιντ Γκαρντ"),
])
def test_titles_of_rulers_and_loan_positions_in_every_case(lex: RoleLexicon, form: str, masculine: str) -> None:
    entry = lex.lookup(form)
    assert entry is not None and entry.masculine == masculine
