"""Every Greek resource file loads, and each fact is written once.

A fact is a folded word in a role ("κας" is an honorific, "μαιου" a month form, "δημοσ" a
publisher head). The same fact twice in one file, or in two files, fails: two copies drift
apart. A resource file this test does not know fails too, so a new file gets its facts here.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from keryx.lang.el import parse_lines, parse_tsv, read_text, resource_names
from keryx.lang.el.honorifics import parse_honorifics
from keryx.lang.el.text import fold

Fact = tuple[str, str]  # (role, folded word)


def _json(name: str) -> Any:
    """Parse, failing on a key written twice in one object (json.loads keeps the last silently)."""

    def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = Counter(k for k, _ in pairs)
        repeated = [k for k, n in keys.items() if n > 1]
        assert not repeated, f"{name}: keys written twice: {repeated}"
        return dict(pairs)

    return json.loads(read_text(name), object_pairs_hook=no_repeats)


def _words(role: str, words: list[str]) -> Iterator[Fact]:
    return ((role, fold(w)) for w in words)


def _dates() -> Iterator[Fact]:
    d = _json("dates.json")
    for m in d["months"]:
        yield from _words("month", [m["name"], m["genitive"], *m["forms"]])
        yield from _words("month abbreviation", m["abbreviations"])
    for w in d["weekdays"]:
        yield from _words("weekday", [w["name"], *w["forms"]])
        yield from _words("weekday abbreviation", w["abbreviations"])
    yield from _words("relative day", list(d["relative_days"]))
    yield from _words("relative next/last", d["relative_next"] + d["relative_last"])
    yield from _words("relative unit", d["relative_week_units"] + d["relative_month_units"])
    yield from _words("ordinal suffix", d["ordinal_suffixes"])
    yield from _words("year frame", d["year_frames"])


def _linking() -> Iterator[Fact]:
    d = _json("linking.json")
    heads = d["publisher_heads"]
    yield from _words("publisher possessive", d["publisher_possessive"])
    yield from _words("publisher head", heads["named_in_signature"] + heads["others"])
    yield from _words("gap word", d["gap_words"])
    yield from _words("role → organisation kind", list(d["role_org_kind"]))
    yield from _words("generic organisation", d["generic_orgs"])
    yield from _words("venue head", d["venue_heads"])
    yield from _words("role → organisation head", list(d["role_org_from_qualifier"]))
    yield from _words("no organisation head", d["not_organisation_heads"])
    yield from _words("no organisation head", list(d["not_organisation_nouns"]))
    yield from _words("field of knowledge", list(d["field_nouns"]))
    yield from _words("field of public policy", list(d["policy_field_nouns"]))
    yield from _words("no organisation name", d["not_organisation_names"])
    yield from _words("common-noun abbreviation", d["common_abbreviations"])
    # a legal form's abbreviation names no body either: one list with the others
    yield from _words("common-noun abbreviation", [a for abbrs in d["legal_forms"].values() for a in abbrs])
    yield from _words("legal form", list(d["legal_forms"]))
    yield from _words("programme", d["programmes"])
    yield from _words("latin weekday", d["latin_days"])
    yield from _words("latin colour", d["latin_colours"])
    yield from _words("administrative unit", d["administrative_units"])
    yield from _words("locative preposition", d["locative_prepositions"])
    yield from _words("body abbreviation", d["org_unit_abbreviations"])
    yield from _words("role prefix", d["role_prefixes"])
    yield from _words("role preposition", d["role_prepositions"])
    yield from _words("predicate verb", d["predicate_verbs"])
    yield from _words("latin body word", d["latin_body_words"])
    yield from _words("portrayal word", [w for words in d["portrayal"].values() for w in words])
    yield from _words("sacred name", d["sacred_names"])
    yield from _words("saint's title", d["saint_titles"])
    yield from _words("see title", d["see_titles"])
    yield from _words("negative indefinite", d["negative_indefinites"])
    yield from _words("predicate word", d["predicate_words"])
    yield from _words("relative", d["relatives"])
    yield from _words("post-nominal degree", [w.replace(".", "") for w in d["post_nominals"]])
    yield from _words("apposition stop", d["apposition_stops"])
    yield from _words("name particle", d["name_particles"])
    yield from _words("venue that is also a body", d["venue_bodies"])
    yield from _words("body named after its building", d["building_bodies"])
    yield from _words("background noun", d["background_nouns"])
    yield from _words("league ending", d["league_endings"])
    yield from _words("plural article", d["plural_articles"])
    yield from _words("preposition before a name", d["name_prepositions"])
    yield from _words("preposition of a body's aim", d["aim_prepositions"])
    yield from _words("function word", [w for words in d["function_words"].values() for w in words])
    yield from _words("name link", [w for words in d["name_links"].values() for w in words])
    for kind, words in d["latin_name_particles"].items():  # (one word in several languages, each its own fact)
        yield from _words(f"Latin name particle ({kind})", words)
    yield from _words("facility word", d["facility_words"])
    yield from _words("naming noun", [w for words in d["naming_nouns"].values() for w in words])
    yield from _words("thing noun", [w for words in d["thing_nouns"].values() for w in words])
    yield from _words("press noun", d["press_nouns"])
    yield from _words("national team", d["national_team"])
    yield from _words("preposition of a medium told", d["told_prepositions"])
    yield from _words("newspaper title said in quotes", [w for title, forms in d["quoted_newspapers"].items() for w in (title, *forms)])
    yield from _words("body noun of another sense", d["latin_name_other_senses"])
    for group, words in d["club_articles"].items():
        yield from _words(f"feminine article of a club ({group})", words)
    yield from _words("team noun", [w for w, _ in d["team_nouns"]])
    yield from _words("acronym another listed body shares", list(d["shared_acronyms"]))
    yield from _words("line-up head", d["line_up_heads"])
    for group, stems in d["market_clause_stems"].items():
        yield from _words(f"market clause stem ({group})", stems)
    for group, words in d["role_phrase_prepositions"].items():
        yield from _words(f"preposition of a role's phrase ({group})", words)
    for group, forms in d["game_report"].items():
        words = [w for ws in forms.values() for w in ws] if isinstance(forms, dict) else forms
        yield from _words(f"game report word ({group})", words)
    yield from _words("possessive clitic", d["possessive_clitics"])
    yield from _words("speaker clitic", d["speaker_clitics"])
    yield from _words("role a body holds", d["body_roles"])
    for group, words in d["role_linking"].items():
        if group.startswith("_"):
            continue  # a note
        # a phrase list (service status) is a list of word lists: each phrase is one fact
        yield from _words(f"role linking word ({group})", [" ".join(w) if isinstance(w, list) else w for w in words])
    for group, words in d["verb_particles"].items():
        yield from _words(f"verb particle ({group})", words)
    for group, forms in d["company_nouns"].items():
        yield from _words(f"company noun ({group})", [w for ws in forms.values() for w in ws])


def _inflection() -> Iterator[Fact]:
    d = _json("inflection.json")
    yield from _words("article", list(d["articles"]))
    # place heads include the organisation heads: one "head noun" role for both lists
    for group in (d["organisation_heads"], d["place_heads"]):
        for gender, words in group.items():
            yield from (("head noun", f"{fold(w)}/{gender}") for w in words)
    yield from _words("plain adjective", d["plain_adjectives"])
    for gender, words in d["lower_case_body_heads"].items():
        yield from (("lower-case body head", f"{fold(w)}/{gender}") for w in words)
    for gender, pairs in d["lower_case_body_heads_plural"].items():
        yield from (("lower-case body head", f"{fold(pl)}/{gender}") for _, pl in pairs)
    for gender, words in d["unit_heads"].items():
        yield from (("unit head", f"{fold(w)}/{gender}") for w in words)
    for gender, words in d["list_body_heads"].items():
        yield from (("list body head", f"{fold(w)}/{gender}") for w in words)
    for gender, words in d["media_nouns"].items():
        yield from (("media noun", f"{fold(w)}/{gender}") for w in words)
    yield from _words("invariant surname ending", d["masc_invariant_surname_endings"])
    # accented: the accent tells a surname's "-άκος" from an adjective's "-ακός"
    surnames = d["surname_endings"]
    yield from (("surname ending", w) for nom, forms in surnames["only_surnames"].items() for w in (nom, *forms))
    yield from (("surname ending", w) for w in surnames["shared"])
    yield from _words("accent shift", list(d["masc_gen_accent_shift"]))
    yield from _words("genitive ending", [e for endings in d["genitive_endings"].values() for e in endings])
    yield from _words("neuter noun ending", d["neuter_noun_endings"])
    yield from _words("action noun ending", d["action_noun_endings"])
    adjectives = d["adjective_endings"]
    for gender, endings in adjectives["relational"].items():
        yield from (("relational adjective ending", f"{fold(e)}/{gender}") for e in endings)
    yield from _words("club adjective ending", adjectives["club"])
    yield from _words("event name adjective ending", adjectives["event_name"])
    yield from _words("origin adjective ending", adjectives["origin"])
    cases = d["adjective_case_endings"]
    # one role for the case groups: an ending in two of them would be one test twice
    yield from _words("adjective case ending", [e for kind in ("nominative_accusative", "genitive", "feminine_in_as",
                                                               "plural_in_oi") for e in cases[kind]])
    for gender, endings in cases["nominative"].items():
        yield from (("adjective nominative ending", f"{fold(e)}/{gender}") for e in endings)
    yield from _words("adjective stem ending", cases["stems"])
    for gender, by_case in cases["agreement"].items():
        yield from (("agreeing ending", f"{fold(e)}/{case}/{gender}") for case, es in by_case.items() for e in es)
    yield from _words("genitive final", d["genitive_finals"])
    yield from _words("masculine plural ending", d["masculine_plural_endings"])
    # accented: "ές" -> "ής" and "ες" -> "ης" are two rules
    yield from (("plural to singular", f"{pl}/{sg}/{gender}") for pl, sg, gender in d["plural_to_singular"])
    yield from (("oblique to nominative", f"{old}/{new}/{case}/{gender}") for case, by_gender in d["oblique_to_nominative"].items()
                for gender, rules in by_gender.items() for old, new in rules)


def _segment() -> Iterator[Fact]:
    d = _json("segment.json")  # the tokenizer is case-sensitive: exact forms, not folded
    yield from (("abbreviation", w) for w in d["abbreviations"])
    yield from (("may end a sentence", w) for w in d["may_end_sentence"])
    yield from (("continuation word", w) for w in d["continuation_words"])


def _normalise() -> Iterator[Fact]:
    d = _json("normalise.json")
    for table in ("newlines", "replace", "lookalikes"):
        yield from (("character " + table, k) for k in d[table])


def _tsv_first_column(role: str, name: str, with_gender: bool = False) -> Iterator[Fact]:
    for row in parse_tsv(read_text(name)):
        key = fold(row[0].replace("|", " "))
        yield role, f"{key}/{row[1]}" if with_gender else key


def _organisations() -> Iterator[Fact]:
    for row in parse_tsv(read_text("organisations.tsv")):
        names = [row[0], *(row[1].split(";") if len(row) > 1 else [])]
        yield from _words("organisation name or alias", [n.strip() for n in names if n.strip()])


def _roles() -> Iterator[Fact]:
    """Roles, and the rows of the other kinds the file holds (English title heads, abbreviations)."""
    kinds = {"english-head": "English title head", "abbreviation": "abbreviated word"}
    for row in parse_tsv(read_text("roles.tsv")):
        kind = kinds.get(row[2] if len(row) > 2 else "", "role")
        yield kind, fold(row[0].replace("|", " "))


def _role_grammar() -> Iterator[Fact]:
    d = _json("role_grammar.json")
    yield from (("agent-noun suffix", fold(w)) for w in d["agent_suffixes"])
    for group, words in d["not_roles"].items():
        yield from _words(f"not a role ({group})", words)
    yield from _words("nationality noun", d["nationality"])
    yield from _words("adjective left out of a role", d["drop_adjectives"])
    yield from _words("adjective of an epithet", d["epithet_adjectives"])
    yield from _words("age ending", [d["age_ending"]])
    yield from _words("indefinite article", list(d["indefinite_articles"]))
    yield from (("English function word", w.casefold()) for w in d["english_function_words"])
    yield from _words("'headed by' (preposition, role)", d["group_head"])
    yield from _words("partitive preposition", d["partitive"])
    yield from _words("role that also names a bond", d["relation_roles"])
    yield from _words("preposition before a credit noun", d["credit_prepositions"])
    yield from _words("postpositive connective", d["postpositive_connectives"])
    yield from _words("'chief' before a role noun", d["attributive_heads"])
    yield from _words("deputy before a role noun", [w for pair in d["deputy_heads"] for w in pair])
    yield from _words("noun of holding an office", list(d["office_holding_nouns"]))
    yield from _words("adjectival role", [d["adjective_role_ending"], *d["adjectival_roles"]["endings"],
                                          *d["adjectival_roles"]["words"]])


def _hypocoristics() -> Iterator[Fact]:
    for row in parse_tsv(read_text("hypocoristics.tsv")):
        yield "formal first name", fold(row[0])
        yield from (("everyday first name", fold(v)) for v in row[1].split(";") if v.strip())


FACTS = {
    "dates.json": _dates,
    "linking.json": _linking,
    "inflection.json": _inflection,
    "segment.json": _segment,
    "normalise.json": _normalise,
    "honorifics.tsv": lambda: (("honorific", h.key) for h in parse_honorifics(read_text("honorifics.tsv"))),
    "roles.tsv": lambda: _roles(),
    "hypocoristics.tsv": lambda: _hypocoristics(),
    "role_grammar.json": _role_grammar,
    "places.tsv": lambda: _tsv_first_column("place", "places.tsv", with_gender=True),
    "first_names.tsv": lambda: _tsv_first_column("first name", "first_names.tsv", with_gender=True),
    "first_names_learned.tsv": lambda: _tsv_first_column("first name", "first_names_learned.tsv", with_gender=True),
    # as written: the list tells "José" from "Jose" (written by training/foreign_first_names.py)
    "foreign_first_names.tsv": lambda: (("foreign given name", row[0]) for row in parse_tsv(read_text("foreign_first_names.tsv"))),
    "organisations.tsv": _organisations,
    "events.tsv": lambda: _tsv_first_column("event trigger stem", "events.tsv"),
    "events.json": lambda: _events_json(),
    "participation.txt": lambda: (("participation stem", fold(w)) for w in parse_lines(read_text("participation.txt"))),
}


def _events_json() -> Iterator[Fact]:
    d = _json("events.json")
    for key, words in d.items():
        if key.startswith("_"):
            continue
        if isinstance(words, dict):
            # a word mapped to a word, to words, or to a number (the day an adjective names)
            words = [w for k, v in words.items()
                     for w in ([k, v] if isinstance(v, str) else [k] if isinstance(v, int) else v)]
        yield from _words(f"event builder word ({key})", words)


def test_every_resource_file_is_known() -> None:
    assert set(resource_names()) == set(FACTS)


@pytest.mark.parametrize("name", sorted(FACTS))
def test_no_fact_twice_in_one_file(name: str) -> None:
    counts = Counter(FACTS[name]())
    assert counts, f"{name} holds no facts"
    twice = sorted(f for f, n in counts.items() if n > 1)
    assert not twice, f"{name}: written twice: {twice}"


def _in_two_files(facts_by_file: dict[str, set[Fact]]) -> dict[str, list[str]]:
    where: dict[Fact, list[str]] = {}
    for name, facts in facts_by_file.items():
        for fact in facts:
            where.setdefault(fact, []).append(name)
    return {f"{role}: {word}": sorted(files) for (role, word), files in where.items() if len(files) > 1}


def test_no_fact_in_two_files() -> None:
    assert _in_two_files({name: set(facts()) for name, facts in FACTS.items()}) == {}


def test_a_fact_copied_into_another_file_is_found() -> None:
    """What the check above guards against: an honorific listed in a second file."""
    facts = {name: set(f()) for name, f in FACTS.items()}
    facts["linking.json"].add(("honorific", fold("κας")))
    assert _in_two_files(facts) == {"honorific: κασ": ["honorifics.tsv", "linking.json"]}


# Every key of every JSON resource, so that a new key (say "honorifics" in linking.json again)
# must be given its role above, where the checks see it.
JSON_KEYS = {
    "dates.json": {"_comment", "months", "weekdays", "relative_days", "relative_next", "relative_last", "_ordinal_suffixes",
                   "relative_week_units", "relative_month_units", "ordinal_suffixes", "_year_frames",
                   "year_frames"},
    "linking.json": {"_not_place", "not_place", "_facade_adverbs", "facade_adverbs", "_seat_dwellers", "seat_dwellers", "_publisher_labels", "publisher_labels", "_party_adjectives", "party_adjectives", "_party_noun", "party_noun", "_work_nouns", "work_nouns", "publisher_possessive", "publisher_heads", "gap_words", "role_org_kind", "generic_orgs",
                     "venue_heads", "role_org_from_qualifier", "_admin_unit_abbreviations",
                     "admin_unit_abbreviations", "_not_organisation_heads", "not_organisation_heads",
                     "_common_abbreviations", "common_abbreviations", "_administrative_units",
                     "administrative_units", "locative_prepositions", "_org_unit_abbreviations",
                     "org_unit_abbreviations", "_role_prefixes", "role_prefixes", "_role_prepositions",
                     "role_prepositions", "_predicate_verbs", "predicate_verbs", "_predicate_words",
                     "predicate_words", "_relatives", "relatives", "_post_nominals", "post_nominals",
                     "_apposition_stops", "apposition_stops", "_name_particles", "name_particles",
                     "_venue_bodies", "venue_bodies", "_building_bodies", "building_bodies", "_latin_body_words", "latin_body_words", "_latin_legal_forms", "latin_legal_forms",
                     "_not_organisation_terms", "not_organisation_terms", "_edition_heads", "edition_heads",
                     "_legal_forms", "legal_forms", "_programmes", "programmes", "_latin_days", "latin_days",
                     "_latin_colours", "latin_colours",
                     "_latin_thing_heads", "latin_thing_heads", "_latin_model_grades", "latin_model_grades", "_latin_place_heads", "latin_place_heads",
                     "_not_organisation_nouns", "not_organisation_nouns", "_field_nouns", "field_nouns", "_policy_field_nouns", "policy_field_nouns",
                     "_not_organisation_names",
                     "not_organisation_names", "_sports_stems", "sports_stems", "_source_verbs", "source_verbs",
                     "_told_verbs", "told_verbs", "_motion_prepositions", "motion_prepositions",
                     "_background_nouns", "background_nouns", "_league_endings", "league_endings",
                     "_plural_articles", "plural_articles", "_name_prepositions", "name_prepositions",
                     "_aim_prepositions", "aim_prepositions", "_source_formulas", "source_formulas",
                     "_latin_name_particles", "latin_name_particles",
                     "_function_words", "function_words", "_name_links", "name_links", "_facility_words", "facility_words",
                     "_naming_nouns", "naming_nouns", "_thing_nouns", "thing_nouns", "_press_nouns", "press_nouns",
                     "_national_team", "national_team", "_told_prepositions", "told_prepositions", "_quoted_newspapers", "quoted_newspapers",
                     "_market_clause_stems", "market_clause_stems", "_role_phrase_prepositions",
                     "role_phrase_prepositions", "_game_report", "game_report", "_company_nouns", "_apposed_kinds", "apposed_kinds",
                     "company_nouns", "_verb_particles", "verb_particles", "_possessive_clitics",
                     "possessive_clitics", "_speaker_clitics", "speaker_clitics", "_role_linking", "role_linking", "_currency_codes", "currency_codes", "_latin_name_other_senses",
                     "latin_name_other_senses", "_club_articles", "club_articles", "_team_nouns", "team_nouns",
                     "_club_forms", "club_forms", "_shared_acronyms", "shared_acronyms",
                     "_line_up_heads", "line_up_heads",
                     "_perfect_predicate_verbs", "perfect_predicate_verbs", "perfect_auxiliaries",
                     "_gendered_relatives", "gendered_relatives", "_body_roles", "body_roles",
                     "_predicate_adverbs", "predicate_adverbs", "_sole_body_heads", "sole_body_heads", "_eponymous_body_heads", "eponymous_body_heads",
                     "_portrayal", "portrayal", "_sacred_names", "sacred_names", "_saint_titles", "saint_titles",
                     "_see_titles", "see_titles", "_ia_demonym_endings", "ia_demonym_endings",
                     "_negative_indefinites", "negative_indefinites", "_demonym_endings", "demonym_endings",
                     "_some_indefinites", "some_indefinites", "_recent_common_nouns", "recent_common_nouns",
                     "_place_named_documents", "place_named_documents", "_cup_nouns", "cup_nouns"},
    "inflection.json": {"_comment", "articles", "organisation_heads", "_place_heads", "place_heads",
                        "_plain_adjectives", "plain_adjectives", "masc_invariant_surname_endings",
                        "masc_gen_accent_shift", "_lower_case_body_heads", "lower_case_body_heads",
                        "lower_case_body_heads_plural", "_seat_heads", "seat_heads", "_list_body_heads", "list_body_heads",
                        "_media_nouns", "media_nouns",
                        "_unit_heads", "unit_heads",
                        "_surname_endings", "surname_endings", "_woman_name_endings", "woman_name_endings", "_place_kind_nouns",
                        "place_kind_nouns", "_neuter_noun_endings", "neuter_noun_endings", "_action_noun_endings", "action_noun_endings", "_genitive_endings",
                        "genitive_endings", "_finite_verb_endings", "finite_verb_endings",
                        "_present_endings", "present_endings", "_second_plural_and_first_endings", "second_plural_and_first_endings",
                        "_nominative_ending_genders", "nominative_ending_genders",
                        "_adjective_endings", "adjective_endings", "_adjective_case_endings", "adjective_case_endings",
                        "_oxytone_masculine_case_endings", "oxytone_masculine_case_endings",
                        "_genitive_finals", "genitive_finals", "_masculine_plural_endings", "masculine_plural_endings",
                        "_plural_to_singular", "plural_to_singular", "_oblique_to_nominative", "oblique_to_nominative"},
    "events.json": {"_acts", "_application_stems", "_buildings", "_cleft", "cleft_when", "_comment", "_copulas", "_day_adjectives", "_deadline", "_directions", "_frame_back", "_happening_stems", "_in_force", "_incidents", "_interview", "_issue_words", "_measures", "_not_verbs", "_numbering", "_online", "_start_forms", "_street_stems", "_took_place_forms", "_until_now", "_bounds", "bounds", "_times_of_day", "times_of_day", "_habit", "habit", "_birth_stems", "birth_stems", "_happening_verbs", "happening_verbs", "_premises_bodies", "premises_bodies", "_apposed_place_openers", "apposed_place_openers", "_beside_place", "beside_place", "_perfect_target", "perfect_target", "_scheduled", "scheduled", "_request_stems", "request_stems", "acts", "application_stems", "buildings", "copulas", "day_adjectives", "deadline", "directions", "frame_back", "happening_stems", "in_force", "incident_nouns", "interview", "issue_words", "measures", "not_verbs", "numbering", "occurred_stems", "online", "start_forms", "street_stems", "_square_stems", "square_stems", "_street_plurals", "street_plurals", "took_place_forms", "until_now", "_info_words", "info_words", "_agent_nouns", "agent_nouns", "_residence_stems", "residence_stems", "_conveying_stems", "conveying_stems", "_object_clitics", "object_clitics"},
    "segment.json": {"_comment", "abbreviations", "may_end_sentence", "continuation_words"},
    "normalise.json": {"_comment", "newlines", "replace", "lookalikes", "nfc_composing_starters", "_glued_words",
                       "glued_words"},
    "role_grammar.json": {"_comment", "_agent_suffixes", "agent_suffixes", "_not_roles", "not_roles", "_nationality",
                          "nationality", "_drop_adjectives", "drop_adjectives", "_epithet_adjectives",
                          "epithet_adjectives", "age_ending",
                          "_indefinite_articles", "indefinite_articles", "_indefinite_neuter", "indefinite_neuter", "_credits", "credits",
                          "_english_function_words", "english_function_words", "_group_head", "group_head", "_partitive", "partitive",
                          "_governing_nouns", "governing_nouns", "_relation_roles", "relation_roles",
                          "_credit_prepositions", "credit_prepositions", "_postpositive_connectives", "postpositive_connectives",
                          "_adjective_role_ending",
                          "adjective_role_ending", "_adjectival_roles", "adjectival_roles", "_attributive_heads", "attributive_heads", "_deputy_heads",
                          "deputy_heads", "_office_holding_nouns", "office_holding_nouns", "_kin_groups", "kin_groups"},
}


@pytest.mark.parametrize("name", sorted(JSON_KEYS))
def test_json_resources_hold_only_known_keys(name: str) -> None:
    assert set(_json(name)) == JSON_KEYS[name]


def test_list_body_heads_are_one_word_each() -> None:
    # a plural head shares one noun among the listed names: the list holds single nouns
    heads = _json("inflection.json")["list_body_heads"]
    assert set(heads) <= {"m", "f", "n"}
    assert all(" " not in w and w[:1].isupper() for words in heads.values() for w in words)


def test_segment_abbreviations_are_not_honorifics() -> None:
    """The splitter reads the honorifics it keeps whole from honorifics.tsv ("abbr"): segment.json
    lists none of the table's forms again."""
    honorifics = {h.key for h in parse_honorifics(read_text("honorifics.tsv"))}
    segment = {fold(w) for w in _json("segment.json")["abbreviations"]}
    assert not segment & honorifics, segment & honorifics


def test_gap_words_are_not_honorifics() -> None:
    """Linking accepts honorifics between a role and a name already: listing one as a gap word repeats it."""
    honorifics = {h.key for h in parse_honorifics(read_text("honorifics.tsv"))}
    gap = {w for _, w in _words("gap word", _json("linking.json")["gap_words"])}
    assert not gap & honorifics, gap & honorifics


def test_lexicons_read_the_shared_facts() -> None:
    """The stages that used to keep their own copies read the one table."""
    from keryx.dates.lexicon import DateLexicon
    from keryx.linking.lexicon import LinkingLexicon
    from keryx.linking.names import NameLexicon

    assert LinkingLexicon.default().honorifics[fold("κας")] == "κα"
    assert NameLexicon.default().honorifics[fold("κας")] == ("gen", "f")
    assert {fold("Τρίτη"), fold("Μαΐου"), fold("ΜΑΪΟΣ")} <= DateLexicon.default().calendar_words
    assert fold("Τρίτης") not in DateLexicon.default().calendar_words
    assert fold("Δήμος") in LinkingLexicon.default().signature_heads


def test_resources_digest_covers_every_file() -> None:
    """The digest in records changes with any resource file: recompute it from the files on disk."""
    import hashlib
    from pathlib import Path

    from keryx.lang import el
    from keryx.lang.el import resource_names, resources_digest

    folder = Path(el.__file__).parent / "data"
    h = hashlib.sha256()
    for name in resource_names():
        h.update(name.encode("utf-8") + b"\0" + (folder / name).read_bytes() + b"\0")
    assert resources_digest() == h.hexdigest()[:12]
    assert len(resource_names()) >= 10


# The closed word lists that rules read from linking.json (written there once, never in code):
# (module, constant, a folded word the key gives it)
READ_FROM_EVENTS = [
    ("UNTIL", "εωσ"), ("DEADLINE_WORDS", "προθεσμια"), ("IN_FORCE_WORDS", "ισχυσουν"), ("FRAME_BACK", "σε αυτο το πλαισιο"),
    ("ISSUE_WORDS", "εκδοσεωσ"), ("MEASURES", "ρυθμισεισ"), ("APPLICATION_STEMS", "υποβολ"), ("DIRECTIONS", "νοτια"),
    ("STREET_NOUNS", "λεωφορ"), ("BUILDINGS", "κτιριου"), ("HAPPENING_STEMS", "πραγματοποι"), ("INCIDENT_NOUNS", "συμβαν"),
    ("OCCURRED_STEMS", "σημειωθ"), ("ONLINE", "διαδικτυου"), ("NOT_VERBS", "ωστε"), ("COPULAS", "υπαρχουν"), ("CLEFT_WHEN", "οταν"),
    ("NUMBERING", "πρωτοκολλου"), ("ACTS", "κυα"), ("DAY_ADJECTIVES", "σημεριν"), ("UNTIL_NOW", "τωρα"),
    ("BOUND_WORDS", "μετα"), ("TIMES_OF_DAY", "βραδυ"), ("HABIT", "καθε"), ("IMPERFECT_ENDINGS", "ουσε"), ("BIRTH_STEMS", "γεννηθηκ"),
    ("SCHEDULED", "αναμενεται"),
]


@pytest.mark.parametrize(("name", "word"), READ_FROM_EVENTS)
def test_event_builder_reads_its_word_lists_from_events_json(name: str, word: str) -> None:
    from keryx.events import builder

    assert word in getattr(builder, name)


READ_FROM_LINKING = [
    ("keryx.events.builder", "BACKGROUND_NOUNS", "πανδημιασ"),
    ("keryx.events.builder", "LEAGUE_ENDINGS", "λιγκασ"),
    ("keryx.events.builder", "NEGATIONS", "μην"),
    ("keryx.linking.people", "_PLURAL_ARTICLES", "στουσ"),
    ("keryx.linking.people", "_PREPOSITIONS", "εναντιον"),
    ("keryx.linking.people", "_FACILITY_WORDS", "στρατοπεδο"),
    ("keryx.linking.organisations", "_NAMING_NOUNS", "τσιπ"),
    ("keryx.linking.organisations", "_THING_NOUNS", "σκαφοσ"),
    ("keryx.linking.organisations", "_PRESS_NOUNS", "δελτιο"),
    ("keryx.linking.organisations", "_NATIONAL_TEAM", "εθνικη"),
    ("keryx.linking.organisations", "_VERB_PARTICLES", "ασ"),
    ("keryx.linking.roles", "_NEGATIONS", "μην"),
    ("keryx.linking.roles", "_VERB_PARTICLES", "θα"),
    ("keryx.events.builder", "VERB_PARTICLES", "να"),
]


@pytest.mark.parametrize(("module", "name", "word"), READ_FROM_LINKING)
def test_rules_read_their_word_lists(module: str, name: str, word: str) -> None:
    import importlib

    assert word in getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("word", ["τησ", "στησ", "στουσ", "μια", "υπερ", "οπωσ", "επισησ", "κοσ"])
def test_function_words_are_the_union_of_their_groups(word: str) -> None:
    """Articles (inflection.json, "role_prepositions"), prepositions, short honorifics and the
    "function_words" groups: one set, each word listed once in the data."""
    from keryx.linking.people import _FUNCTION_WORDS

    assert word in _FUNCTION_WORDS


@pytest.mark.parametrize(("pipe", "attribute", "key"), [
    ("keryx_entity_rules", "told_prepositions", "told_prepositions"),
    ("keryx_entity_rules", "locative", "locative_prepositions"),
    ("keryx_entity_rules", "motion", "motion_prepositions"),
    ("keryx_roles", "phrase_prepositions", "role_phrase_prepositions"),
])
def test_rule_components_read_their_closed_classes_from_linking(nlp, pipe: str, attribute: str,  # type: ignore[no-untyped-def]
                                                               key: str) -> None:
    """The prepositions the rule components test are linking.json's, not a copy in code."""
    words = _json("linking.json")[key]
    if isinstance(words, dict):
        words = [w for group in words.values() for w in group]
    assert getattr(nlp.get_pipe(pipe), attribute) == frozenset(fold(w) for w in words)


def test_market_clause_stems_and_role_place_prepositions_are_read_from_linking(nlp) -> None:  # type: ignore[no-untyped-def]
    from keryx.linking.lexicon import LinkingLexicon

    d = _json("linking.json")
    rules = nlp.get_pipe("keryx_entity_rules")
    assert rules.share_stems == tuple(fold(w) for w in d["market_clause_stems"]["shares"])
    assert set(rules.market_stems) == {fold(w) for group in d["market_clause_stems"].values() for w in group}
    assert LinkingLexicon.default().role_place_prepositions == {
        fold(w) for w in d["role_phrase_prepositions"]["place"]}
    # the role's phrase of purpose ("η υπεύθυνη για την Ευρώπη") is the only one besides those of place
    assert nlp.get_pipe("keryx_roles").phrase_prepositions - LinkingLexicon.default().role_place_prepositions == {
        fold(w) for w in d["role_phrase_prepositions"]["purpose"]}


@pytest.mark.parametrize(("attribute", "word"), [
    ("club_members", "προπονητη"),  # every case generated: "του προπονητή"
    ("team_owners", "γηπεδου"),  # the members and the belongings
    ("team_owners", "σκορερ"),  # a loanword, as written
    ("game_nouns", "αναμετρησησ"),
    ("defeats", "ηττα"),
    ("win_verbs", "απεκλεισε"),
    ("lose_verbs", "ηττηθηκε"),
    ("side_verbs", "προκριθηκε"),
    ("company_nouns", "θυγατρικησ"),
    ("spinoffs", "spin-off"),
    ("national", "εθνικησ"),  # linking.json "national_team", in the genitive
])
def test_entity_rules_read_game_and_company_words_from_linking(nlp, attribute: str,  # type: ignore[no-untyped-def]
                                                               word: str) -> None:
    assert word in getattr(nlp.get_pipe("keryx_entity_rules"), attribute)


def test_english_function_words_are_read_from_role_grammar(nlp) -> None:  # type: ignore[no-untyped-def]
    words = _json("role_grammar.json")["english_function_words"]
    assert nlp.get_pipe("keryx_roles").open_roles.g.english_function_words == {w.casefold() for w in words}


def test_currency_codes_are_three_latin_capitals() -> None:
    # ISO 4217 writes every code as three Latin capitals, each once
    codes = _json("linking.json")["currency_codes"]
    assert len(codes) == len(set(codes)) and all(len(c) == 3 and c.isascii() and c.isupper() for c in codes)
    assert {"EUR", "USD", "GBP"} <= set(codes)


def test_see_titles_are_church_roles() -> None:
    """A bishop's title before his see (linking.json "see_titles") is a church role of roles.tsv."""
    church = {row[0] for row in parse_tsv(read_text("roles.tsv")) if len(row) > 2 and row[2] == "church"}
    assert set(_json("linking.json")["see_titles"]) <= church
