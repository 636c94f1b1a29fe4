"""The whole pipeline against the hand-made gold records, with the floors the project promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from keryx.evaluation.records import evaluate, load_gold

GOLD = Path(__file__).resolve().parent / "data" / "gold"
FLOORS = {"people": 0.95, "person_roles": 0.90, "dates": 0.95, "organisations": 0.85, "places": 0.85}


@pytest.fixture(scope="module")
def scores(extractor):
    pairs = load_gold(GOLD)
    assert len(pairs) >= 26
    return evaluate(
        (extractor.extract_file(txt, published=gold.get("published")).model_dump(mode="json"), gold)
        for txt, gold in pairs
    )


@pytest.mark.parametrize("field, floor", sorted(FLOORS.items()))
def test_field_f1_floor(scores, field, floor):
    assert scores[field].f1 >= floor, (field, scores[field])


def test_events_are_dated(scores):
    # Event dates have no promised floor yet; this guards against a collapse.
    assert scores["event_dates"].precision >= 0.7
