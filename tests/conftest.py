"""Shared fixtures: the extractor is loaded once per test session (it owns the model)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

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


# The NER's mistake a rule repairs, made on purpose: a rule's test then does not depend on whether
# the shipped model happens to make that mistake (a retrained NER may not).
_MISTAKES: list[tuple[str, str]] = []


@Language.component("keryx_test_ner_mistake")
def _ner_mistake(doc: Doc) -> Doc:
    """Tag every occurrence of the texts in ``_MISTAKES`` with their label, as a NER that made that mistake would
    (label "O": leave it untagged, as a NER that missed it would)."""
    for tagged, label in _MISTAKES:
        start = doc.text.find(tagged)
        while start >= 0:
            span = doc.char_span(start, start + len(tagged), label=label, alignment_mode="expand")
            if span is not None:
                doc.ents = sorted([e for e in doc.ents if e.end <= span.start or e.start >= span.end]
                                  + ([span] if label != "O" else []), key=lambda e: e.start)
            start = doc.text.find(tagged, start + 1)
    return doc


@pytest.fixture(scope="session")
def mistaken() -> Callable[..., AbstractContextManager]:
    """An extractor whose NER is made to tag a given text with a given label (``None``: no mistake)."""
    from keryx import Extractor

    ex = Extractor()
    ex.nlp.add_pipe("keryx_test_ner_mistake", after="ner")

    @contextmanager
    def making(tagged: str | None, label: str = "ORG") -> Iterator[Extractor]:
        _MISTAKES[:] = [(tagged, label)] if tagged else []
        try:
            yield ex
        finally:
            _MISTAKES.clear()

    return making
