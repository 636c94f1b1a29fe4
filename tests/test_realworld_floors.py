"""Floors on the real-world development set (../shared/data/realworld), run on every change.

The figures to report come from ``benchmarks/realworld.py``; these floors sit a little under
the figures of the last round on each half, so a change that loses real-world ground fails
here rather than in the next report. The report half is only guarded, never tuned: a floor
there is set from the figure as found, and a change that trips it is looked at as a
regression, not fitted to the half. Skipped where ../shared is absent (a user's clone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keryx.evaluation.records import evaluate_records, load_gold

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "realworld"
SPLIT = ROOT / "benchmarks" / "realworld_split.json"

# F1 of the last round (benchmarks/realworld.md) less a margin of about one document's worth.
FLOORS = {
    "tuning": {"people": 0.95, "person_roles": 0.95, "organisations": 0.93, "places": 0.96,
               "dates": 0.95, "event_dates": 0.92, "event_locations": 0.70},
    "report": {"people": 0.85, "person_roles": 0.58, "organisations": 0.68, "places": 0.80,
               "dates": 0.90, "event_dates": 0.38, "event_locations": 0.50},
}

pytestmark = pytest.mark.skipif(not (REAL / "gold").is_dir(), reason="no ../shared/data/realworld here")


@pytest.fixture(scope="module")
def reports(extractor) -> dict:
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    out = {}
    for half in FLOORS:
        docs = load_gold(REAL / "gold", split[half])
        # As `keryx batch` reads them: the file alone, no publication date from the gold.
        records = {d.stem: extractor.extract_file(d.text).model_dump(mode="json") for d in docs}
        out[half] = evaluate_records(docs, records)
    return out


@pytest.mark.parametrize("half, field, floor",
                         [(h, f, v) for h, fields in FLOORS.items() for f, v in sorted(fields.items())])
def test_real_world_floor(reports, half, field, floor):
    assert reports[half].fields[field].f1 >= floor, (half, field, reports[half].fields[field])


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_no_real_world_name_carries_markup(reports, half):
    assert reports[half].markup == []
    assert reports[half].missing == 0
