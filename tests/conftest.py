"""Shared fixtures: the extractor is loaded once per test session (it owns the model)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "samples" / "000_a64c21614b066e79.txt"


@pytest.fixture(scope="session")
def extractor():
    from keryx import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def seed_record(extractor):
    return extractor.extract_file(SEED)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The corpora folder; tests that need it skip cleanly in a user's clone."""
    if not (SHARED_DATA / "elner" / "elNER18" / "test.iob2").exists():
        pytest.skip("../shared/data is not here (only CI and developers have the corpora)")
    return SHARED_DATA
