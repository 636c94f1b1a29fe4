"""Greek tokenisation special cases and rule-based sentence boundaries."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from keryx.components.sentences import customise_tokenizer, load_resources, segment_resources
from keryx.lang.el import read_text
from keryx.lang.el.honorifics import read_honorifics, splitter_abbreviations


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("el")
    customise_tokenizer(nlp)
    nlp.add_pipe("keryx_sentences")
    return nlp


def sents(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    "abbr", ["κ.", "κα", "κκ.", "κ.κ.", "Δρ.", "Δρ", "π.χ.", "τηλ.", "αρ.", "ν.", "χλμ.", "π.μ.", "μ.μ.",
             "κλπ.", "κ.λπ.", "βλ.", "σελ.", "Α.Ε.", "Ο.Τ.Α.", "Π.χ.", "Κ."],
)
def test_abbreviation_is_one_token(nlp: Language, abbr: str) -> None:
    doc = nlp.make_doc(f"Είπε ο {abbr} Παπαδόπουλος, {abbr}")
    assert [t.text for t in doc].count(abbr) == 2


def test_abbreviation_inside_punctuation(nlp: Language) -> None:
    assert [t.text for t in nlp.make_doc("(π.χ. ο Δρ.)")] == ["(", "π.χ.", "ο", "Δρ.", ")"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ο Δήμαρχος κ. Γ. Παπαδόπουλος συναντήθηκε με τον Δρ. Νίκο Ιωάννου. Η συνάντηση ήταν θετική.",
         ["Ο Δήμαρχος κ. Γ. Παπαδόπουλος συναντήθηκε με τον Δρ. Νίκο Ιωάννου.", "Η συνάντηση ήταν θετική."]),
        ("Η εκδήλωση έγινε στις 4.10.2019 με 1.500 συμμετέχοντες. Τι αποφασίστηκε; Πολλά!",
         ["Η εκδήλωση έγινε στις 4.10.2019 με 1.500 συμμετέχοντες.", "Τι αποφασίστηκε;", "Πολλά!"]),
        ("Συζητήθηκαν θέματα, π.χ. η ύδρευση· η συνάντηση ολοκληρώθηκε. Ακολούθησε δείπνο.",
         ["Συζητήθηκαν θέματα, π.χ. η ύδρευση· η συνάντηση ολοκληρώθηκε.", "Ακολούθησε δείπνο."]),
        ("Η έναρξη θα γίνει στις 7 μ.μ. Η είσοδος είναι ελεύθερη.",
         ["Η έναρξη θα γίνει στις 7 μ.μ.", "Η είσοδος είναι ελεύθερη."]),
        ("Παρέστησαν οι κκ. Ιωάννου και Νικολάου, η κα Μαρία Νικολάου κ.λπ. και άλλοι.",
         ["Παρέστησαν οι κκ. Ιωάννου και Νικολάου, η κα Μαρία Νικολάου κ.λπ. και άλλοι."]),
        ("Δήλωσε: «Θα το ολοκληρώσουμε.» Μετά αποχώρησε.",
         ["Δήλωσε: «Θα το ολοκληρώσουμε.»", "Μετά αποχώρησε."]),
        ("Κράτη μέλη της ΕΕ. Το έργο βάσει του ν. 4412/2016 συνεχίζεται… Και μετά;",
         ["Κράτη μέλη της ΕΕ.", "Το έργο βάσει του ν. 4412/2016 συνεχίζεται…", "Και μετά;"]),
        ("Και τότε... είπε ότι θα έρθει.", ["Και τότε... είπε ότι θα έρθει."]),
        # an abbreviated first name ("Βιργ.", "Νικ.") is no sentence end; a short word that ends one is
        ("Εκθέτουν οι Βιργ. Μαρινιά και Νικ. Παπαγεωργίου. Η είσοδος είναι ελεύθερη.",
         ["Εκθέτουν οι Βιργ. Μαρινιά και Νικ. Παπαγεωργίου.", "Η είσοδος είναι ελεύθερη."]),
        ("Ταξίδεψε στο Ιράκ. Μετά πήγε στη Ρώμη. Εκεί έμεινε.",
         ["Ταξίδεψε στο Ιράκ.", "Μετά πήγε στη Ρώμη.", "Εκεί έμεινε."]),
        # "ε.α." (εν αποστρατεία) after a rank: the name after it is in the same sentence
        ("Μίλησε ο σμήναρχος ε.α. Κώστας Ρήγας στους μαθητές.",
         ["Μίλησε ο σμήναρχος ε.α. Κώστας Ρήγας στους μαθητές."]),
    ],
)
def test_sentences(nlp: Language, text: str, expected: list[str]) -> None:
    assert sents(nlp, text) == expected


def test_headline_dateline_and_paragraphs(nlp: Language) -> None:
    text = ("ΣΥΝΑΝΤΗΣΗ ΤΟΥ ΔΗΜΑΡΧΟΥ ΜΕ ΤΟΝ ΥΠΟΥΡΓΟ\n\nΑθήνα, 4 Οκτωβρίου 2019\n\n"
            "Ο Δήμαρχος ενημέρωσε τον Υπουργό για τα έργα\nΠρόγραμμα:\n10:00 Έναρξη")
    assert sents(nlp, text) == ["ΣΥΝΑΝΤΗΣΗ ΤΟΥ ΔΗΜΑΡΧΟΥ ΜΕ ΤΟΝ ΥΠΟΥΡΓΟ", "Αθήνα, 4 Οκτωβρίου 2019",
                                "Ο Δήμαρχος ενημέρωσε τον Υπουργό για τα έργα", "Πρόγραμμα:", "10:00 Έναρξη"]


def test_hard_wrapped_lines_continue(nlp: Language) -> None:
    text = "Ο Δήμαρχος ανακοίνωσε την\nανάπτυξη του έργου στον\nΔήμο Θερμαϊκού, με τη\nστήριξη της Περιφέρειας."
    assert sents(nlp, text) == [text]


def test_existing_sentence_starts_are_kept(nlp: Language) -> None:
    doc = nlp.make_doc("Ο κ. Ιωάννου ήρθε. Η κα Νικολάου έφυγε.")
    doc[2].is_sent_start = True  # set by an earlier component: must survive
    doc[5].is_sent_start = False
    doc = nlp.get_pipe("keryx_sentences")(doc)
    assert doc[2].is_sent_start is True
    assert doc[5].is_sent_start is False
    assert all(t.is_sent_start is not None for t in doc)


def test_whitespace_tokens_stay_with_the_previous_sentence(nlp: Language) -> None:
    doc = nlp("Τίτλος\n\nΚείμενο.")
    assert [s.text for s in doc.sents] == ["Τίτλος\n\n", "Κείμενο."]


def test_resources_include_capitalised_forms() -> None:
    res = load_resources()
    assert {"π.χ.", "Π.χ.", "κ.", "Κ.", "Δρ."} <= res.abbreviations
    assert "κλπ." in res.may_end_sentence and "κ." not in res.may_end_sentence


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Ωραία!Τα παιδιά", ["Ωραία", "!", "Τα", "παιδιά"]),
        ("Γιατί;Ο Γιάννης", ["Γιατί", ";", "Ο", "Γιάννης"]),
        ("ΠΑΟΚ 0-3,Ηρακλής", ["ΠΑΟΚ", "0-3", ",", "Ηρακλής"]),
        ("με 3,5% και 1,2", ["με", "3,5%", "και", "1,2"]),  # a decimal comma stays
        # a mark glued to a bracket or a quote inside a word
        ("ο Νίκος Μαρίνο,(και ο γιος", ["ο", "Νίκος", "Μαρίνο", ",", "(", "και", "ο", "γιος"]),
        ("είπε:«Θα έρθω", ["είπε", ":", "«", "Θα", "έρθω"]),
        ("Γιατί;(γέλια)", ["Γιατί", ";", "(", "γέλια", ")"]),
        ("τα εξής:(α) ένα", ["τα", "εξής", ":", "(", "α", ")", "ένα"]),  # no ":(" emoticon
        ("το 2020),και φέτος", ["το", "2020", ")", ",", "και", "φέτος"]),
        ("ο γιος»,ο πατέρας", ["ο", "γιος", "»", ",", "ο", "πατέρας"]),
        ("το «Α»,«Β» και", ["το", "«", "Α", "»", ",", "«", "Β", "»", "και"]),
        # paragraphs joined with commas: the period and the marks come apart
        ("δήλωσε:,«Ευχαριστώ", ["δήλωσε", ":", ",", "«", "Ευχαριστώ"]),
        ("τελείωσε.,Ο προπονητής", ["τελείωσε", ".", ",", "Ο", "προπονητής"]),
        ("τελείωσε».,Ο προπονητής", ["τελείωσε", "»", ".", ",", "Ο", "προπονητής"]),
        # abbreviations keep their periods
        ("(π.χ.,«ναι»)", ["(", "π.χ.", ",", "«", "ναι", "»", ")"]),
        ("κλπ.,«ναι", ["κλπ.", ",", "«", "ναι"]),
        ("η Α.Ε.,η οποία", ["η", "Α.Ε.", ",", "η", "οποία"]),
        ("στις 10:30,η ομάδα", ["στις", "10:30", ",", "η", "ομάδα"]),
    ],
)
def test_glued_punctuation_is_split(nlp: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize(
    "text, tokens",
    [
        # a dash closing or opening an aside, glued to the word it touches, is a token of its own
        ("για τη Μαρία Κωστοπούλου– είπε", ["για", "τη", "Μαρία", "Κωστοπούλου", "–", "είπε"]),
        ("μας είπε –η υπουργός– ότι", ["μας", "είπε", "–", "η", "υπουργός", "–", "ότι"]),
        ("από το 2019– και", ["από", "το", "2019", "–", "και"]),
        ("τον Πέτρο–, και", ["τον", "Πέτρο", "–", ",", "και"]),
        # a dash standing alone, and a score, stay as they are
        ("αυτό – και", ["αυτό", "–", "και"]),
        ("έληξε 2–1 χθες", ["έληξε", "2–1", "χθες"]),
    ],
)
def test_glued_dash_is_split_at_a_words_edge(nlp: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


# The honorifics the splitter keeps whole come from honorifics.tsv (its "abbr" column), not segment.json.
_SPLITTER_HONORIFICS = splitter_abbreviations(read_honorifics())
_WITH_PERIOD = sorted({f for a in _SPLITTER_HONORIFICS for f in (a, a[:1].upper() + a[1:]) if a.endswith(".")})


def test_splitter_honorifics_are_the_marked_rows() -> None:
    """Every honorific of the table written with a period is marked, so none ends a sentence before the
    name it introduces («της κας. Νικολάου», «ο π. Ιωάννης», «Dr. Smith»)."""
    assert _SPLITTER_HONORIFICS == ("κ.", "κα", "κα.", "κας.", "κ.κ.", "κκ.", "Δρ", "Δρ.", "Dr.", "Δρα", "καθ.", "π.")
    res = load_resources()
    assert {"κ.", "Κ.", "κα", "Κα", "Κα.", "Κκ.", "Κ.κ.", "Δρα", "καθ.", "Καθ.", "κας.", "Κας.", "Dr.", "π.", "Π."
            } <= res.abbreviations
    assert "δρα" not in res.abbreviations  # «δρα» is also a verb
    periods = [r.form for r in read_honorifics() if r.form.endswith(".")]
    assert set(periods) <= set(_SPLITTER_HONORIFICS)
    assert not set(_SPLITTER_HONORIFICS) & res.may_end_sentence


def test_segment_resources_join_both_files() -> None:
    without = segment_resources(read_text("segment.json"), "")
    assert "κ." not in without.abbreviations and "π.χ." in without.abbreviations
    assert "κ." in segment_resources(read_text("segment.json"), "κ.\tκ.\tnom\tm\tabbr\n").abbreviations


@pytest.mark.parametrize("abbr", _WITH_PERIOD)
@pytest.mark.parametrize(
    "template",
    [
        "Στην εκδήλωση μίλησε ο Αντιδήμαρχος {} Αντώνης Καραγιάννης για το νέο έργο.",
        "Το βιβλίο παρουσίασε χθες {} Ελένη Σταματίου στο δημοτικό θέατρο.",
        "Συναντήθηκαν με τον {} Βαγγέλη Ρούσσο και συζήτησαν για το λιμάνι.",
    ],
)
def test_honorific_with_a_period_is_one_token_and_no_sentence_end(nlp: Language, abbr: str, template: str) -> None:
    text = template.format(abbr)
    doc = nlp(text)
    assert [t.text for t in doc].count(abbr) == 1
    assert sents(nlp, text) == [text]


@pytest.mark.parametrize("abbr", sorted(set(_SPLITTER_HONORIFICS) - {"κ.κ.", "κκ."}))
def test_line_ending_in_an_honorific_goes_on(nlp: Language, abbr: str) -> None:
    """Hard-wrapped text: «ο Πρόεδρος κ.⏎Γιώργος ...» is one sentence."""
    text = f"Χαιρετισμό απηύθυνε ο Πρόεδρος του Συλλόγου {abbr}\nΓιώργος Λαμπράκης και ευχαρίστησε τους εθελοντές."
    assert sents(nlp, text) == [text]
