"""Floors on the press-release window set (benchmarks/release_*), run on every change.

60 windows of up to five consecutive paragraphs of real press releases (NGO Faros, ESEE, the
Ionian University) from ../shared/data/greek_raw/news.txt.xz (only line numbers and hashes are
in the repository), with gold written by hand under the real-world guide, events included.
The figures to report come from ``benchmarks/press.py --set releases``; these floors sit a little
under the last round's, on each half. The check half is guarded, never tuned. Skipped where
../shared is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from keryx.evaluation.records import evaluate

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
NEWS = ROOT.parent / "shared" / "data" / "greek_raw" / "news.txt.xz"

# F1 of the last round (benchmarks/press.md) less a margin of a window or two.
FLOORS = {
    "tuning": {"people": 0.90, "person_roles": 0.80, "organisations": 0.65, "places": 0.72, "dates": 0.70,
               "event_dates": 0.70, "event_locations": 0.50},
    "check": {"people": 0.78, "person_roles": 0.65, "organisations": 0.60, "places": 0.85, "dates": 0.80,
              "event_dates": 0.25, "event_locations": 0.30},
}

pytestmark = pytest.mark.skipif(not NEWS.is_file(), reason="no ../shared/data/greek_raw here")


@pytest.fixture(scope="module")
def reports(extractor) -> dict:
    sys.path.insert(0, str(BENCH))
    try:
        from release_sample import INDEX, texts
    finally:
        sys.path.remove(str(BENCH))
    index = json.loads(INDEX.read_text(encoding="utf-8"))
    windows = texts(index)
    out = {}
    for half in FLOORS:
        ids = [e["id"] for e in index if e["half"] == half]
        golds = {i: json.loads((BENCH / "release_gold" / f"{i}.json").read_text(encoding="utf-8")) for i in ids}
        out[half] = evaluate((extractor.extract_text(windows[i]).model_dump(mode="json"), golds[i]) for i in ids)
    return out


@pytest.mark.parametrize("half, field, floor",
                         [(h, f, v) for h, fields in FLOORS.items() for f, v in sorted(fields.items())])
def test_release_floor(reports, half, field, floor):
    assert reports[half].fields[field].f1 >= floor, (half, field, reports[half].fields[field])


def test_every_window_has_gold():
    index = json.loads((BENCH / "release_index.json").read_text(encoding="utf-8"))
    assert len(index) == 60 and sum(e["half"] == "check" for e in index) == 30
    assert all((BENCH / "release_gold" / f"{e['id']}.json").is_file() for e in index)
    assert all(len(e["lines"]) == len(e["sha1"]) for e in index)
