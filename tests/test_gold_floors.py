"""The whole pipeline against the project's own gold records: regression floors, not the headline.

The self-written releases were written for keryx and its rules were tuned on them; the
real-world figures (benchmarks/realworld.py) are the ones to report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from keryx.evaluation.records import (
    evaluate_records,
    load_gold,
    norm,
    read_records,
    same_person,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold"
DETAILS = ROOT / "tests" / "data" / "gold_details.json"
SCORER = ROOT.parent / "shared" / "tools" / "score_records.py"
FLOORS = {"people": 0.97, "person_roles": 0.94, "dates": 0.96, "organisations": 0.90, "places": 0.94,
          "event_dates": 0.85, "event_locations": 0.64}


@pytest.fixture(scope="module")
def records(extractor) -> dict[str, dict]:
    docs = load_gold(GOLD)
    assert len(docs) >= 29
    # As a user runs it: the file alone, no publication date taken from the gold.
    return {d.stem: extractor.extract_file(d.text).model_dump(mode="json") for d in docs}


@pytest.fixture(scope="module")
def report(records):
    return evaluate_records(load_gold(GOLD), records)


@pytest.mark.parametrize("field, floor", sorted(FLOORS.items()))
def test_field_f1_floor(report, field, floor):
    assert report.fields[field].f1 >= floor, (field, report.fields[field])


def test_events_are_dated(report):
    # Event dates have no promised floor yet; this guards against a collapse.
    assert report.fields["event_dates"].precision >= 0.8


def test_no_name_carries_markup(report):
    assert report.markup == []


def test_role_organisations_are_resolved(records):
    """Δήμαρχος Χανίων -> Δήμος Χανίων, "του Δήμου μας" -> the publisher (kept in gold_details.json)."""
    details = json.loads(DETAILS.read_text(encoding="utf-8"))
    hit = total = 0
    for stem, det in details.items():
        for g in det["roles"]:
            if not g["organisation"] and g["organisation_ref"] != "publisher":
                continue
            total += 1
            roles = [r for p in records[stem]["people"] if same_person(g["person"], p["name"]) for r in p["roles"]]
            hit += any(
                (g["organisation"] and norm(r["organisation"]) == norm(g["organisation"]))
                or (g["organisation_ref"] == "publisher" and r["organisation_ref"] == "publisher")
                for r in roles
            )
    assert total >= 40 and hit / total >= 0.5, (hit, total)  # 31 of 55 when written


def test_same_figures_as_the_shared_scorer(records, report, tmp_path):
    if not SCORER.is_file():
        pytest.skip("../shared/tools/score_records.py is not here")
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records.values()), encoding="utf-8")
    assert evaluate_records(load_gold(GOLD), read_records(path)).to_json() == report.to_json()
    out = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(path), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    assert {k: report.to_json()[k] for k in theirs} == theirs
