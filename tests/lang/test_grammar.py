"""The grammar facts read from the resources (the article paradigm, age, finite-verb and genitive endings), and the one test of "says where" before a name."""

from __future__ import annotations

import pytest

from keryx.lang.el.grammar import (
    article_case_numbers,
    article_forms,
    name_link_words,
    nominative_genders,
    oxytone_masculine_case_endings,
    prepositions,
)
from keryx.lang.el.text import fold
from keryx.linking.lexicon import names_where


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@pytest.mark.parametrize(("where", "contracted", "expected"), [
    (lambda a: "gen" in a.cases, False, ("του", "της", "των")),
    (lambda a: "nom" in a.cases, False, ("ο", "η", "το", "οι", "τα")),
    # the neuter nominative is its accusative too
    (lambda a: "acc" in a.cases, False, ("τον", "την", "τη", "το", "τους", "τις", "τα")),
    (lambda a: a.gender == "f", False, ("η", "της", "την", "τη", "τις")),
    (lambda a: a.number == "sg" and a.gender != "n", False, ("ο", "η", "του", "της", "τον", "την", "τη")),
    # «σε» fuses with the accusative article: "στο", "στην", "στους"
    (lambda a: "acc" in a.cases, True, ("στον", "στην", "στη", "στο", "στους", "στις", "στα")),
    # and, in set phrases, with the genitive: "στου Ψυρρή", "στης Κυράς"
    (lambda a: a.number == "sg", True, ("στον", "στην", "στη", "στο", "στου", "στης")),
    (lambda a: a.gender == "n", None, ("το", "τα", "στο", "στα")),
])
def test_article_forms(where, contracted, expected) -> None:
    assert article_forms(where, contracted=contracted) == _folded(*expected)


@pytest.mark.parametrize(("article", "expected"), [
    ("της", {("gen", "sg")}),
    ("τους", {("acc", "pl")}),
    # the neuter's nominative is its accusative; "τα" is plural
    ("το", {("nom", "sg"), ("acc", "sg")}),
    ("τα", {("nom", "pl"), ("acc", "pl")}),
])
def test_article_case_numbers(article: str, expected: set[tuple[str, str]]) -> None:
    """Apposition agrees in case and number: the pairs each bare article can stand for."""
    assert article_case_numbers()[fold(article)] == expected
    assert "στην" not in article_case_numbers()  # only bare forms


def test_prepositions_are_no_articles() -> None:
    every = article_forms(contracted=None)
    assert not every & _folded("από", "για", "με", "σε", "προς")
    assert prepositions() == _folded("από", "για", "με", "σε", "προς")


@pytest.mark.parametrize(("word", "links"), [
    # "Υπουργείο Παιδείας και Θρησκευμάτων", "Ίδρυμα για την Έρευνα", "Ένωση Δήμων στην Κρήτη"
    ("και", True), ("της", True), ("των", True), ("την", True), ("τους", True), ("στην", True), ("για", True),
    ("από", True),
    # "Bank of Greece", "Banque de France", "Haus der Kunst", "Marks & Spencer"
    ("of", True), ("de", True), ("der", True), ("&", True), ("–", True),
    # a nominative article starts a new phrase; a content word is part of no link
    ("ο", False), ("οι", False), ("Δήμος", False), ("ότι", False), (",", False),
    # a possessive is a word of the name: "Save Our Ship", SOS
    ("our", False),
])
def test_name_link_words(word: str, links: bool) -> None:
    assert (fold(word) in name_link_words()) is links


_LOCATIVE = _folded("σε", "στον", "στην", "στη", "στο", "στους", "στις", "στα", "εντός")
_MOTION = _folded("από", "προς", "μέχρι")


@pytest.mark.parametrize(("before", "noun_lower", "expected"), [
    ("η σύσκεψη έγινε στο", False, True),  # "στο Κρεμλίνο"
    ("μίλησε για τον", False, False),  # "για" says about whom, not where
    ("συνάντηση στους χώρους του", True, True),  # "στους χώρους του Κρεμλίνου"
    ("στους Χώρους του", False, False),  # a capitalised word between is a name, not a noun of place
    ("έφυγε από τον", False, True),  # "από τον Λευκό Οίκο"
    ("σχόλια από του", False, False),  # motion takes the accusative
    ("ανακοίνωσε ο", False, False),  # "ανακοίνωσε ο Λευκός Οίκος": the government
    ("πηγές του", True, False),  # "πηγές του Κρεμλίνου"
])
def test_names_where(before: str, noun_lower: bool, expected: bool) -> None:
    words = [fold(w) for w in before.split()][-3:]
    assert names_where(words, noun_lower, _LOCATIVE, _MOTION) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("45χρονος", True), ("38χρονη", True), ("7χρονου", True),
    ("χρονος", False), ("2019", False), ("1500χρονη", False),
])
def test_age_word(word: str, expected: bool) -> None:
    from keryx.lang.el.grammar import age_word

    assert (age_word().fullmatch(fold(word)) is not None) is expected


@pytest.mark.parametrize(("word", "kinds", "expected"), [
    ("δηλώνει", {}, True), ("μίλησαν", {}, True), ("συμφώνησε", {}, True), ("βρέθηκε", {}, True), ("λένε", {}, True),
    ("ανακοινωνόταν", {}, True), ("διεξάγεται", {}, True), ("συνελήφθη", {}, True), ("ερχόμαστε", {}, True),
    ("πρόεδρος", {}, False), ("Δήμου", {}, False), ("μιλώντας", {}, False), ("λάθη", {}, False),
    ("διεξάγεται", {"passive_present": False}, False), ("θεωρούνται", {"passive_present": False}, False),
    ("συνελήφθη", {"learned_aorist": False}, False), ("βρέθηκε", {"passive_present": False, "learned_aorist": False}, True),
])
def test_finite_verb_endings(word: str, kinds: dict[str, bool], expected: bool) -> None:
    from keryx.lang.el.grammar import finite_verb_endings

    assert fold(word).endswith(finite_verb_endings(**kinds)) is expected


@pytest.mark.parametrize(("word", "kinds", "expected"), [
    ("Τουρισμού", {}, True), ("Παιδείας", {}, True), ("Αττικής", {}, True), ("πόλεως", {}, True), ("Δήμων", {}, True),
    ("Περιβάλλοντος", {}, False), ("Περιβάλλοντος", {"third_declension": True}, True),
    ("Κράτους", {"third_declension": True}, True),
    # without the masculine and neuter singular: what cannot follow "του"
    ("Υγείας", {"masculine_neuter_singular": False}, True), ("Τουρισμού", {"masculine_neuter_singular": False}, False),
    ("Κορνέλ", {"third_declension": True}, False), ("Πρόεδρος", {}, False),
])
def test_genitive_endings(word: str, kinds: dict[str, bool], expected: bool) -> None:
    from keryx.lang.el.grammar import genitive_endings

    assert fold(word).endswith(genitive_endings(**kinds)) is expected


@pytest.mark.parametrize("word, genders", [
    ("Λίνδος", {"m", "f", "n"}),  # "η Λίνδος", "ο Πύργος", "το Άργος": the ending allows all three
    ("Βραχνός", {"m", "f", "n"}),
    ("Καρυές", {"mp", "fp"}),  # "οι Σέρρες", "οι Ταξιάρχες"
    ("Κάμποι", {"mp"}),
    ("Ξεροχώρι", {"n"}),
    ("Λιθαρό", {"n"}),
    ("Ψηλή", {"f"}),
    ("Κερασιά", {"f", "n", "np"}),  # "η Κερασιά", "το Ρίζωμα", "τα Μάλια"
    ("Λάλας", set()),  # -ας: nothing told
    ("Μαραθών", set()),
])
def test_nominative_genders(word: str, genders: set[str]) -> None:
    assert nominative_genders(word) == genders


# The adjective endings each module tested before they were read from inflection.json (and role_grammar.json),
# as the modules wrote them: the accessors give the same sets, so the rules behave as before.
@pytest.mark.parametrize(("accessor", "kwargs", "expected"), [
    ("relational_adjective_endings", {}, {"ικοσ", "ικη", "ικο", "ικου", "ικησ"}),
    ("club_adjective_endings", {}, {"ικοσ", "ικου", "ικο", "ωνιοσ", "ωνιου", "ωνιο"}),
    ("event_name_adjective_endings", {}, {"ικο", "ικου", "ικη", "ικησ", "ικοσ", "ικα", "ικων", "ιοσ", "ιο", "ιου",
                                          "ια", "ιασ", "εσ", "ουσ", "νησ"}),
    ("adjective_case_endings", {}, {"η", "ησ", "ο", "οσ", "ου", "α", "ασ", "εσ", "ων", "οι", "ουσ"}),
    ("adjective_case_endings", {"feminine_in_as": False, "plural_in_oi": False},
     {"οσ", "ησ", "η", "α", "ο", "ου", "ων", "ουσ", "εσ"}),
    ("adjective_case_endings", {"nominative_accusative": False, "plural_in_oi": False}, {"ησ", "ασ", "ου", "ων"}),
    ("adjective_stem_endings", {}, {"ικ", "ακ", "ιν", "ιαν", "αι", "ιστ", "τικ", "ειακ", "ωτ", "ιο", "ι"}),
    ("adjectival_roles", {}, {"ικοσ", "ακοσ", "υπευθυνοσ", "υποψηφιοσ", "διαγωνιοσ", "γεροντασ"}),
])
def test_adjective_endings_are_read_from_the_resources(accessor: str, kwargs: dict[str, bool], expected: set[str]) -> None:
    from keryx.lang.el import grammar

    endings = getattr(grammar, accessor)(**kwargs)
    assert isinstance(endings, tuple) and len(endings) == len(expected) and set(endings) == expected


def test_adjective_endings_by_gender_and_case() -> None:
    from keryx.lang.el.grammar import adjective_agreement_endings, adjective_nominative_endings, relational_adjective_endings

    assert relational_adjective_endings("m")[0] == "ικοσ" and relational_adjective_endings("f")[0] == "ικη"
    assert dict(adjective_nominative_endings()) == {"m": ("οσ", "ησ"), "f": ("η", "α"), "n": ("ο", "εσ")}
    assert {k: set(v) for k, v in adjective_agreement_endings().items()} == {
        ("nom", "m"): {"οσ", "ησ"}, ("gen", "m"): {"ου", "η", "ουσ"}, ("acc", "m"): {"ο", "η"},
        ("nom", "f"): {"η", "α", "ησ"}, ("gen", "f"): {"ησ", "ασ", "ουσ"}, ("acc", "f"): {"η", "α"}}


@pytest.mark.parametrize(("word", "accessor", "kwargs", "expected"), [
    ("Ιστορικού", "relational_adjective_endings", {}, True),  # "του Ιστορικού Αρχείου"
    ("τεχνικές", "relational_adjective_endings", {}, False),  # the plural: not in the singular list
    ("Πανθεσσαλονίκειος", "club_adjective_endings", {}, False),
    ("Μακεδονικού", "club_adjective_endings", {}, True),
    ("Ετήσια", "event_name_adjective_endings", {}, True),  # "Ετήσια Συνέλευση"
    ("Διεθνής", "event_name_adjective_endings", {}, True),
    ("Συνέλευσης", "event_name_adjective_endings", {}, False),  # a bare -ης: a feminine genitive
    ("νέας", "adjective_case_endings", {"feminine_in_as": False, "plural_in_oi": False}, False),
    ("νέας", "adjective_case_endings", {"nominative_accusative": False, "plural_in_oi": False}, True),
])
def test_adjective_endings_on_words(word: str, accessor: str, kwargs: dict[str, bool], expected: bool) -> None:
    from keryx.lang.el import grammar

    assert fold(word).endswith(getattr(grammar, accessor)(**kwargs)) is expected


# Each module's constant is the accessor's tuple: the endings are written in the resources only.
@pytest.mark.parametrize(("module", "name", "accessor", "kwargs"), [
    ("keryx.linking.lexicon", "_RELATIONAL_ENDINGS", "relational_adjective_endings", {}),
    ("keryx.events.builder", "ADJECTIVE_ENDINGS", "event_name_adjective_endings", {}),
    ("keryx.events.builder", "ADJECTIVE_CASE_ENDINGS", "adjective_case_endings", {}),
    ("keryx.components.roles", "_ADJECTIVE_ROLE_ENDINGS", "adjectival_roles", {}),
    ("keryx.components.entity_rules", "_CLUB_ADJECTIVES", "club_adjective_endings", {}),
    ("keryx.components.role_phrases", "_ADJ_ENDINGS", "adjective_agreement_endings", {}),
    ("keryx.linking.roles", "_ADJECTIVE_ENDINGS", "adjective_case_endings", {"feminine_in_as": False, "plural_in_oi": False}),
    ("keryx.linking.roles", "_ADJECTIVE_GENITIVE_ENDINGS", "adjective_case_endings",
     {"nominative_accusative": False, "plural_in_oi": False}),
    ("keryx.linking.names.inflection", "_ADJ_ENDINGS", "adjective_case_endings", {}),
    ("keryx.linking.names.inflection", "_ADJ_NOM_ENDINGS", "adjective_nominative_endings", {}),
    ("keryx.linking.names.inflection", "_ADJ_STEMS", "adjective_stem_endings", {}),
])
def test_modules_read_the_adjective_endings(module: str, name: str, accessor: str, kwargs: dict[str, bool]) -> None:
    import importlib

    from keryx.lang.el import grammar

    assert getattr(importlib.import_module(module), name) == getattr(grammar, accessor)(**kwargs)


@pytest.mark.parametrize("nominative, form", [
    ("κορονοϊός", "κορονοϊού"), ("κορονοϊός", "τους κορονοϊούς"), ("ουρανός", "τον ουρανό"), ("δρόμος", None),
])
def test_the_case_forms_of_an_oxytone_masculine_come_from_its_ending(nominative: str, form: str | None) -> None:
    endings = oxytone_masculine_case_endings()
    forms = {nominative[:-2] + e for e in endings} if nominative.endswith(endings[0]) else set()
    assert endings[0] == "ός" and (form is None and not forms or form is not None and form.split()[-1] in forms)


@pytest.mark.parametrize(("kinds", "word", "expected"), [
    (("feminine_singular",), "Ασφάλειας", True), (("feminine_singular",), "της πόλεως", True),
    (("feminine_singular",), "Λιμένος", False), (("feminine_singular",), "Τουρισμού", False),
    # the singular's in a vowel or -ως: "του ταμία", "του βουλευτή", "του Άδωνι", "της Ηχώς"
    (("vowel_singular",), "ταμία", True), (("vowel_singular",), "βουλευτή", True), (("vowel_singular",), "Άδωνι", True),
    (("vowel_singular",), "Ηχώς", True), (("vowel_singular",), "Δήμου", False),
    (("plural", "masculine_neuter_singular"), "Νομών", True), (("plural", "masculine_neuter_singular"), "Αρχής", False),
])
def test_genitive_endings_of(kinds: tuple[str, ...], word: str, expected: bool) -> None:
    from keryx.lang.el.grammar import genitive_endings_of

    assert fold(word.split()[-1]).endswith(genitive_endings_of(*kinds)) is expected


def test_genitive_endings_of_keeps_the_kinds_order() -> None:
    from keryx.lang.el.grammar import genitive_endings_of

    assert genitive_endings_of("feminine_singular") == ("ησ", "ασ", "εωσ")
    assert genitive_endings_of("plural", "masculine_neuter_singular") == ("ων", "ου")


@pytest.mark.parametrize(("word", "expected"), [
    ("Ιδρύματος", True), ("Νομού", True), ("ερευνητών", True), ("Βουλής", True),
    # a masculine genitive in a vowel and a nominative in -α show no genitive by their ending
    ("ταμία", False), ("Επιτροπή", False), ("Πανεπιστήμιο", False),
])
def test_genitive_finals(word: str, expected: bool) -> None:
    from keryx.lang.el.grammar import genitive_finals

    assert fold(word).endswith(genitive_finals()) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("δικαστές", True), ("φαρμακοποιοί", True), ("εισαγγελείς", True), ("δικαστών", True), ("ταξιτζήδες", True),
    ("φαρμακοποιούς", True), ("δικαστής", False), ("φαρμακοποιό", False), ("ιερέα", False),
])
def test_masculine_plural_endings(word: str, expected: bool) -> None:
    from keryx.lang.el.grammar import masculine_plural_endings

    assert fold(word).endswith(masculine_plural_endings()) is expected


@pytest.mark.parametrize(("plural", "singular", "gender"), [
    ("δικαστές", "δικαστής", "m"), ("γεωπόνους", "γεωπόνος", "m"), ("φαρμακοποιοί", "φαρμακοποιός", "m"),
    ("ιερείς", "ιερέας", "m"), ("νοσηλεύτριες", "νοσηλεύτρια", "f"),
])
def test_plural_to_singular(plural: str, singular: str, gender: str) -> None:
    """Among the candidates of the rules of its gender is the singular (the paradigm picks it)."""
    from keryx.lang.el.grammar import plural_to_singular

    got = [plural[: -len(old)] + new for old, new, g in plural_to_singular() if g == gender and plural.endswith(old)]
    assert singular in got


@pytest.mark.parametrize(("case", "gender", "oblique", "nominative"), [
    ("gen", "m", "του δικαστή", "δικαστής"), ("gen", "m", "του ιερέως", "ιερέας"), ("gen", "m", "του γεωπόνου", "γεωπόνος"),
    ("acc", "m", "τον ιερέα", "ιερέας"), ("acc", "m", "τον γεωπόνο", "γεωπόνος"),
    ("gen", "f", "της νοσηλεύτριας", "νοσηλεύτρια"), ("gen", "f", "της φαρμακοποιού", "φαρμακοποιός"),
    ("gen", "f", "της αρχής", "αρχή"), ("acc", "f", "την οδηγό", "οδηγός"),
])
def test_oblique_to_nominative(case: str, gender: str, oblique: str, nominative: str) -> None:
    from keryx.lang.el.grammar import oblique_to_nominative

    word = oblique.split()[-1]
    got = [word[: -len(old)] + new for old, new in oblique_to_nominative()[(case, gender)] if word.endswith(old)]
    assert nominative in got
    assert set(oblique_to_nominative()) == {("gen", "m"), ("acc", "m"), ("gen", "f"), ("acc", "f")}


# Each module's table is the accessor's, as the module wrote it before: the facts are written in the resources only.
@pytest.mark.parametrize(("module", "name", "expected"), [
    ("keryx.components.role_phrases", "_PLURAL_TO_SINGULAR", (
        ("ές", "ής", "m"), ("ες", "ης", "m"), ("ές", "άς", "m"), ("ες", "ας", "m"), ("οί", "ός", "m"), ("οι", "ος", "m"),
        ("ούς", "ός", "m"), ("ους", "ος", "m"), ("είς", "έας", "m"), ("ες", "α", "f"), ("ές", "ά", "f"))),
    ("keryx.components.role_phrases", "_TO_NOMINATIVE", {
        ("gen", "m"): (("ού", "ός"), ("ου", "ος"), ("έα", "έας"), ("έως", "έας"), ("ή", "ής"), ("η", "ης"),
                       ("ά", "άς"), ("α", "ας")),
        ("acc", "m"): (("ό", "ός"), ("ο", "ος"), ("έα", "έας"), ("ή", "ής"), ("η", "ης"), ("ά", "άς"), ("α", "ας")),
        ("gen", "f"): (("ού", "ός"), ("ου", "ος"), ("ας", "α"), ("άς", "ά"), ("ής", "ή"), ("ης", "η"), ("εως", "η")),
        ("acc", "f"): (("ό", "ός"), ("ο", "ος"))}),
    ("keryx.components.role_phrases", "_GENITIVE_FINALS", ("σ", "ου", "ων")),
    ("keryx.linking.roles", "_GENITIVE_ENDINGS", ("σ", "ου", "ων")),
    ("keryx.linking.names.lexicon", "_GENITIVE_ENDINGS", ("σ", "ου", "ων")),
    ("keryx.linking.places", "_GENITIVE_ENDINGS", ("σ", "ου", "ων")),
    ("keryx.components.roles", "_GENITIVE_ENDINGS", ("ησ", "ασ", "εωσ", "ων", "ου", "α", "η", "ι", "ω", "ωσ", "ουσ")),
    ("keryx.linking.names.organisations", "_FEM_GEN", ("ησ", "ασ", "εωσ")),
    ("keryx.components.entity_rules", "_AGREEING_PLURALS", ("οι", "εσ", "εισ", "ων", "ουσ")),
    ("keryx.components.entity_rules", "_FEMININE_SG_ARTICLES", frozenset({"η", "τησ", "την", "τη"})),
    ("keryx.components.entity_rules", "_FEMININE_NOM_ACC_ARTICLES", frozenset({"η", "την", "τη"})),
    ("keryx.components.entity_rules", "_GEN_SG_ARTICLES", frozenset({"του", "τησ"})),
    ("keryx.linking.names.people", "_DECLINED_O", ("οσ", "ου", "ε")),
    ("keryx.linking.organisations", "_SINGULAR_SETS", (("οσ", "ου", "ο", "ε"), ("η", "ησ"), ("α", "ασ"))),
])
def test_modules_read_the_inflection_tables(module: str, name: str, expected: object) -> None:
    import importlib

    got = getattr(importlib.import_module(module), name)
    assert (dict(got) if isinstance(expected, dict) else got) == expected


def test_one_word_ending_pattern_is_built_from_the_paradigms() -> None:
    from keryx.linking.organisations import _ONE_WORD_ENDING

    assert _ONE_WORD_ENDING.pattern == "(οσ|ου|ο|ε|ησ|η|ασ|α)$"


@pytest.mark.parametrize(("word", "expected"), [
    ("Πατρινού", True),  # -ινός, its accent on the suffix
    ("Σενεγαλέζοι", True),
    ("Χιώτες", True),
    ("Κινέζικης", True),  # -ικος: the accent may stand before the suffix
    ("Μαρίνου", False),  # -ίνος: the accent before the suffix, a name's
])
def test_origin_adjective_endings(word: str, expected: bool) -> None:
    from keryx.linking.people import PeopleResolver, _ORIGIN_ADJECTIVE_ENDINGS

    assert PeopleResolver._ends_accented(word, _ORIGIN_ADJECTIVE_ENDINGS) is expected
