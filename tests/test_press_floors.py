"""Floors on the press-paragraph check set (benchmarks/press_*), run on every change.

240 real news paragraphs (80 of them the check half) from ../shared/data/greek_raw/news.txt.xz
(only line numbers and hashes are in the repository) with gold written by hand under the
real-world guide. The figures to report come from ``benchmarks/press.py``; these floors sit a
little under the last round's, on each half. The check half is guarded, never tuned. Skipped where ../shared is absent.
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

# F1 of the last round (benchmarks/press.md) less a margin of a few paragraphs' worth.
FLOORS = {
    "tuning": {"people": 0.84, "person_roles": 0.63, "organisations": 0.74, "places": 0.80, "dates": 0.92},
    "check": {"people": 0.85, "person_roles": 0.60, "organisations": 0.70, "places": 0.73, "dates": 0.85},
}

pytestmark = pytest.mark.skipif(not NEWS.is_file(), reason="no ../shared/data/greek_raw here")


@pytest.fixture(scope="module")
def reports(extractor) -> dict:
    sys.path.insert(0, str(BENCH))
    try:
        from press_sample import INDEX, texts
    finally:
        sys.path.remove(str(BENCH))
    index = json.loads(INDEX.read_text(encoding="utf-8"))
    paragraphs = texts(index)
    out = {}
    for half in FLOORS:
        ids = [e["id"] for e in index if e["half"] == half]
        golds = {i: json.loads((BENCH / "press_gold" / f"{i}.json").read_text(encoding="utf-8")) for i in ids}
        out[half] = evaluate((extractor.extract_text(paragraphs[i]).model_dump(mode="json"), golds[i]) for i in ids)
    return out


@pytest.mark.parametrize("half, field, floor",
                         [(h, f, v) for h, fields in FLOORS.items() for f, v in sorted(fields.items())])
def test_press_floor(reports, half, field, floor):
    assert reports[half].fields[field].f1 >= floor, (half, field, reports[half].fields[field])


def test_every_paragraph_has_gold():
    index = json.loads((BENCH / "press_index.json").read_text(encoding="utf-8"))
    assert len(index) == 240 and sum(e["half"] == "check" for e in index) == 80
    assert all((BENCH / "press_gold" / f"{e['id']}.json").is_file() for e in index)
