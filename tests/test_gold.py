"""The record evaluator (keryx.evaluation.records) and the validity of the gold set it scores against."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from keryx.evaluation.records import PRF, evaluate, load_gold, norm, report_to_json, score_record
from keryx.lang.el.text import fold

GOLD_DIR = Path(__file__).parent / "data" / "gold"

GOLD: dict = {
    "published": "2024-03-12",
    "people": [
        {"name": "Γιάννης Μαρκογιαννάκης",
         "roles": [{"title": "Δήμαρχος Ηρακλείου", "organisation": "Δήμος Ηρακλείου",
                    "organisation_ref": "publisher"}]},
        {"name": "Ελένη Μαυρίδου",
         "roles": [{"title": "Αντιπεριφερειάρχης Ανατολικής Αττικής",
                    "organisation": "Περιφέρεια Αττικής", "organisation_ref": None}]},
    ],
    "organisations": [
        {"name": "Δήμος Ηρακλείου", "aliases": []},
        {"name": "Κεντρική Ένωση Δήμων Ελλάδας", "aliases": ["ΚΕΔΕ"]},
    ],
    "places": [{"name": "Ηράκλειο"}, {"name": "Αθήνα"}],
    "dates": [
        {"text": "12 Μαρτίου 2024", "date": "2024-03-12", "date_end": None, "time": None},
        {"text": "3 έως 5 Μαΐου 2024", "date": "2024-05-03", "date_end": "2024-05-05", "time": None},
    ],
    "events": [
        {"type": "meeting", "date": "2024-03-11", "location": "Αθήνα", "participants": []},
    ],
}


def _record(**overrides: object) -> dict:
    """A keryx-shaped record that reproduces GOLD exactly unless overridden."""
    rec = {
        "people": [
            {"name": "Γιάννης Μαρκογιαννάκης", "honorific": None,
             "roles": [{"title": "Δήμαρχος Ηρακλείου", "organisation": "Δήμος Ηρακλείου",
                        "organisation_ref": "publisher"}], "mentions": []},
            {"name": "Ελένη Μαυρίδου", "honorific": "κα",
             "roles": [{"title": "Αντιπεριφερειάρχης Ανατολικής Αττικής",
                        "organisation": "Περιφέρεια Αττικής", "organisation_ref": None}],
             "mentions": []},
        ],
        "organisations": [
            {"name": "Δήμος Ηρακλείου", "aliases": [], "mentions": []},
            {"name": "Κεντρική Ένωση Δήμων Ελλάδας", "aliases": ["ΚΕΔΕ"], "mentions": []},
        ],
        "places": [{"name": "Ηράκλειο", "mentions": []}, {"name": "Αθήνα", "mentions": []}],
        "dates": [
            {"text": "12 Μαρτίου 2024", "start": 0, "end": 15, "date": "2024-03-12",
             "date_end": None, "time": None},
            {"text": "3 έως 5 Μαΐου", "start": 20, "end": 33, "date": "2024-05-03",
             "date_end": "2024-05-05", "time": None},
        ],
        "events": [
            {"type": "meeting", "trigger": "συνάντηση", "date": "2024-03-11",
             "location": "Αθήνα", "participants": []},
        ],
    }
    rec.update(overrides)
    return rec


def _triples(scores: dict[str, PRF]) -> dict[str, tuple[int, int, int]]:
    return {k: (v.tp, v.fp, v.fn) for k, v in scores.items()}


# ---------------------------------------------------------------- PRF


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f"),
    [
        (0, 0, 0, 1.0, 1.0, 1.0),   # nothing to find, nothing found
        (0, 0, 3, 0.0, 0.0, 0.0),   # nothing predicted but gold exists
        (0, 2, 0, 0.0, 0.0, 0.0),   # spurious predictions, no gold
        (3, 1, 0, 0.75, 1.0, 6 / 7),
        (1, 1, 2, 0.5, 1 / 3, 0.4),
    ],
)
def test_prf_ratios(tp: int, fp: int, fn: int, p: float, r: float, f: float) -> None:
    prf = PRF(tp, fp, fn)
    assert prf.precision == pytest.approx(p)
    assert prf.recall == pytest.approx(r)
    assert prf.f1 == pytest.approx(f)


@pytest.mark.parametrize(
    ("raw", "key"),
    [("ΗΡΑΚΛΕΙΟ", "ηρακλειο"), ("Πεδίον  Άρεως", "πεδιον αρεωσ"), (" Τρίπολης ", "τριπολησ"), (None, "")],
)
def test_norm_folds_accents_case_sigma_and_space(raw: str | None, key: str) -> None:
    assert norm(raw) == key


# ---------------------------------------------------------------- score_record


def test_perfect_record_scores_one_everywhere() -> None:
    scores = score_record(_record(), GOLD)
    assert _triples(scores) == {
        "people": (2, 0, 0), "person_roles": (2, 0, 0), "organisations": (2, 0, 0),
        "places": (2, 0, 0), "dates": (2, 0, 0), "event_dates": (1, 0, 0),
        "event_locations": (1, 0, 0),
    }
    assert all(s.f1 == 1.0 for s in scores.values())


def test_missing_items_lower_recall_only() -> None:
    rec = _record(
        people=_record()["people"][:1],
        places=[{"name": "Ηράκλειο"}],
        dates=[],
        events=[],
    )
    scores = score_record(rec, GOLD)
    assert _triples(scores)["people"] == (1, 0, 1)
    assert scores["people"].precision == 1.0 and scores["people"].recall == 0.5
    assert scores["person_roles"].recall == 0.5
    assert _triples(scores)["dates"] == (0, 0, 2)
    assert scores["dates"].precision == 0.0 and scores["dates"].f1 == 0.0
    assert _triples(scores)["event_dates"] == (0, 0, 1)


def test_extra_items_lower_precision_only() -> None:
    rec = _record(
        places=[{"name": "Ηράκλειο"}, {"name": "Αθήνα"}, {"name": "Κρήτη"}, {"name": "Χανιά"}],
        organisations=_record()["organisations"] + [{"name": "Υπουργείο Εσωτερικών", "aliases": []}],
    )
    scores = score_record(rec, GOLD)
    assert _triples(scores)["places"] == (2, 2, 0)
    assert scores["places"].precision == 0.5
    assert scores["places"].f1 == pytest.approx(2 / 3)
    assert _triples(scores)["organisations"] == (2, 1, 0)


def test_accents_capitals_final_sigma_and_spaces_are_ignored() -> None:
    rec = _record(
        people=[
            {"name": "ΓΙΑΝΝΗΣ  ΜΑΡΚΟΓΙΑΝΝΑΚΗΣ",
             "roles": [{"title": "ΔΗΜΑΡΧΟΣ ΗΡΑΚΛΕΙΟΥ", "organisation": None, "organisation_ref": None}]},
            {"name": "Ελενη Μαυριδου", "roles": []},
        ],
        places=[{"name": "ΗΡΑΚΛΕΙΟ"}, {"name": "αθηνα"}],
    )
    scores = score_record(rec, GOLD)
    assert _triples(scores)["people"] == (2, 0, 0)
    assert _triples(scores)["person_roles"] == (1, 0, 1)
    assert _triples(scores)["places"] == (2, 0, 0)


@pytest.mark.parametrize(
    ("pred_orgs", "expected"),
    [
        ([{"name": "ΚΕΔΕ", "aliases": []}], (1, 0, 1)),                               # acronym as name
        ([{"name": "Κ.Ε.Δ.Ε.", "aliases": ["Κεντρική Ένωση Δήμων Ελλάδος"]}], (0, 1, 2)),  # neither form matches
        ([{"name": "Ένωση Δήμων", "aliases": ["κεδε"]}], (1, 0, 1)),                   # alias vs alias
        ([{"name": "ΚΕΔΕ", "aliases": []},
          {"name": "Κεντρική Ένωση Δήμων Ελλάδας", "aliases": []}], (1, 1, 1)),        # unmerged duplicate
    ],
)
def test_organisation_alias_matching(pred_orgs: list[dict], expected: tuple[int, int, int]) -> None:
    assert _triples(score_record(_record(organisations=pred_orgs), GOLD))["organisations"] == expected


@pytest.mark.parametrize(
    ("role", "matches"),
    [
        ({"title": "Δήμαρχος Ηρακλείου", "organisation": None, "organisation_ref": None}, True),
        ({"title": "Δήμαρχος", "organisation": "Δήμος Ηρακλείου", "organisation_ref": None}, True),
        ({"title": "Δήμαρχος", "organisation": None, "organisation_ref": "publisher"}, True),
        ({"title": "Δήμαρχος", "organisation": None, "organisation_ref": None}, False),
        ({"title": "Δήμαρχος", "organisation": "Δήμος Χανίων", "organisation_ref": None}, False),
        ({"title": "Δήμ", "organisation": "Δήμος Ηρακλείου", "organisation_ref": None}, False),
        ({"title": "Αντιδήμαρχος Ηρακλείου", "organisation": None, "organisation_ref": None}, False),
    ],
)
def test_role_matching_rule(role: dict, matches: bool) -> None:
    rec = _record(people=[{"name": "Γιάννης Μαρκογιαννάκης", "roles": [role]}])
    expected = (1, 0, 1) if matches else (0, 1, 2)
    assert _triples(score_record(rec, GOLD))["person_roles"] == expected


def test_role_titles_ignore_articles_and_org_aliases_resolve() -> None:
    gold = {**GOLD, "people": [
        {"name": "Αθανάσιος Ρεντζιάς", "roles": [
            {"title": "Πρόεδρος του Δημοτικού Συμβουλίου", "organisation": None, "organisation_ref": None},
            {"title": "Πρόεδρος ΚΕΔΕ", "organisation": "Κεντρική Ένωση Δήμων Ελλάδας",
             "organisation_ref": None}]}]}
    rec = _record(people=[{"name": "Αθανάσιος Ρεντζιάς", "roles": [
        {"title": "ΠΡΟΕΔΡΟΣ ΔΗΜΟΤΙΚΟΥ ΣΥΜΒΟΥΛΙΟΥ", "organisation": None, "organisation_ref": None},
        {"title": "Πρόεδρος", "organisation": "ΚΕΔΕ", "organisation_ref": None}]}])
    assert _triples(score_record(rec, gold))["person_roles"] == (2, 0, 0)


def test_dates_compare_iso_values_and_ranges_not_text() -> None:
    rec = _record(dates=[
        {"text": "12/03/2024", "date": "2024-03-12", "date_end": None},
        {"text": "3 Μαΐου", "date": "2024-05-03", "date_end": None},  # range end missed
    ])
    assert _triples(score_record(rec, GOLD))["dates"] == (1, 1, 1)


def test_event_locations_and_dates() -> None:
    rec = _record(events=[
        {"type": "meeting", "date": "2024-03-11", "location": "ΑΘΗΝΑ"},
        {"type": "visit", "date": "2024-03-12", "location": None},
    ])
    scores = _triples(score_record(rec, GOLD))
    assert scores["event_dates"] == (1, 1, 0)
    assert scores["event_locations"] == (1, 0, 0)


def test_evaluate_micro_sums_and_reports() -> None:
    half = _record(places=[{"name": "Ηράκλειο"}])
    scores = evaluate([(_record(), GOLD), (half, GOLD)])
    assert _triples(scores)["places"] == (3, 0, 1)
    assert scores["places"].recall == 0.75
    report = report_to_json(scores)
    assert report["places"] == {"tp": 3, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.75,
                                "f1": round(6 / 7, 4)}
    assert report["all"]["fn"] == 1
    json.dumps(report)  # JSON-serialisable


# ---------------------------------------------------------------- the gold set itself

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
EVENT_TYPES = {"conference", "meeting", "visit", "workshop", "ceremony", "announcement", "deadline",
               "incident", "signing", "session", "competition", "exhibition", "talk", "presentation"}
GOLD_PAIRS = load_gold(GOLD_DIR)


def test_gold_set_pairs_txt_with_json() -> None:
    txts = {p.stem for p in GOLD_DIR.glob("*.txt")}
    jsons = {p.stem for p in GOLD_DIR.glob("*.json")}
    assert txts == jsons
    assert len(txts) >= 29
    assert [p.stem for p, _ in GOLD_PAIRS] == sorted(txts)


@pytest.mark.parametrize(("txt", "gold"), GOLD_PAIRS, ids=[p.stem for p, _ in GOLD_PAIRS])
def test_gold_document_is_valid(txt: Path, gold: dict) -> None:
    text = txt.read_text(encoding="utf-8")
    folded = fold(text)
    assert 120 <= len(text.split()) <= 350
    assert set(gold) == {"published", "people", "organisations", "places", "dates", "events"}
    assert gold["published"] is None or ISO_DAY.match(gold["published"])

    for person in gold["people"]:
        assert set(person) == {"name", "roles"} and len(person["name"].split()) >= 2
        surname = fold(person["name"].split()[-1])
        assert surname[:4] in folded, person["name"]
        for role in person["roles"]:
            assert set(role) == {"title", "organisation", "organisation_ref"} and role["title"]
            assert role["organisation_ref"] in (None, "publisher")

    for org in gold["organisations"]:
        assert set(org) == {"name", "aliases"} and org["name"]
        for alias in org["aliases"]:
            if " " not in alias:  # acronyms appear verbatim; longer aliases may be inflected
                assert fold(alias) in folded, alias
    for place in gold["places"]:
        assert set(place) == {"name"} and place["name"]

    for d in gold["dates"]:
        assert set(d) == {"text", "date", "date_end", "time"}
        assert d["text"] in text, d["text"]
        assert ISO_DAY_OR_MONTH.match(d["date"]), d
        assert d["date_end"] is None or (ISO_DAY_OR_MONTH.match(d["date_end"]) and d["date_end"] > d["date"])
        assert d["time"] is None or HHMM.match(d["time"])
    if gold["published"]:
        assert gold["published"] in {d["date"] for d in gold["dates"]}

    people = {p["name"] for p in gold["people"]}
    places = {p["name"] for p in gold["places"]}
    assert gold["events"], "every release reports at least one event"
    for ev in gold["events"]:
        assert set(ev) == {"type", "date", "location", "participants"}
        assert ev["type"] in EVENT_TYPES
        assert ev["date"] is None or ISO_DAY.match(ev["date"])
        assert ev["location"] is None or ev["location"] in places
        assert set(ev["participants"]) <= people


def test_gold_set_scores_perfectly_against_itself() -> None:
    """Catches gold files whose organisations overlap by alias or whose roles repeat."""
    scores = evaluate((gold, gold) for _, gold in GOLD_PAIRS)
    assert {k: (v.fp, v.fn) for k, v in scores.items()} == {k: (0, 0) for k in scores}
    assert scores["people"].tp > 50 and scores["dates"].tp > 80
