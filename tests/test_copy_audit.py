"""benchmarks/copy_audit.py: the windows it compares, and the repository shares none with the corpora.

The sentences here are written for these tests; the corpus of the unit tests is a file in tmp_path.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _load() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        import copy_audit
    finally:
        sys.path.remove(str(BENCH))
    return copy_audit


ca = _load()

# an invented sentence of 14 words, all Greek
STORY = "Η μικρή βάρκα του γείτονα γύρισε στο λιμάνι λίγο πριν από τη μεγάλη καταιγίδα."


@pytest.mark.parametrize(("word", "folded"), [
    ("Καταιγίδα", "καταιγιδα"),
    ("ΛΙΜΑΝΙ", "λιμανι"),
    ("βάρκας", "βαρκασ"),  # the final sigma folds to the medial one
    ("Προϊόν", "προιον"),  # accent and diaeresis go
    ("Harbour", "harbour"),
])
def test_fold_drops_case_and_accents(word: str, folded: str) -> None:
    assert ca.fold(word) == folded


@pytest.mark.parametrize(("line", "size", "min_greek", "expected"), [
    ("Ένα, δύο: τρία!", 2, 2, [("ενα", "δυο"), ("δυο", "τρια")]),
    # digits and punctuation are no words
    ("Στις 12 Μαΐου ο Νίκος.", 3, 3, [("στισ", "μαιου", "ο"), ("μαιου", "ο", "νικοσ")]),
    # a window needs its share of Greek words
    ("alpha beta γάμμα", 2, 2, []),
    ("alpha beta γάμμα", 2, 1, [("beta", "γαμμα")]),
    ("alpha beta", 2, 0, [("alpha", "beta")]),
    # a line shorter than a window has none
    ("Μόνο τρεις λέξεις", 4, 0, []),
])
def test_windows(line: str, size: int, min_greek: int, expected: list[tuple[str, ...]]) -> None:
    assert list(ca.windows(line, size, min_greek)) == expected


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny corpus holding STORY broken over two lines, and an empty samples folder."""
    samples = tmp_path / "samples"
    samples.mkdir()
    monkeypatch.setattr(ca, "SAMPLES", samples)
    path = tmp_path / "corpus.txt"
    path.write_text("Πρώτη γραμμή χωρίς σημασία.\n" + STORY.replace(" στο λιμάνι", "\nστο λιμάνι") + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("line", "found"), [
    # 8 words of STORY in a row, one of them across the corpus's line break
    ('    text = "Είπε ότι η μικρή βάρκα του γείτονα γύρισε στο λιμάνι χθες."', True),
    # the same re-cased and without accents
    ("# Η ΜΙΚΡΗ ΒΑΡΚΑ ΤΟΥ ΓΕΙΤΟΝΑ ΓΥΡΙΣΕ ΣΤΟ ΛΙΜΑΝΙ", True),
    # reworded: no 8 words in a row are the corpus's
    ('    text = "Η μικρή βάρκα του ψαρά επέστρεψε στο λιμάνι λίγο πριν από την καταιγίδα."', False),
    ("Η μικρή βάρκα του γείτονα γύρισε στο", False),  # 7 words only
])
def test_audit_finds_a_planted_window(corpus: Path, line: str, found: bool) -> None:
    hits = ca.audit([("tests/test_x.py", 3, line)], [corpus])
    assert bool(hits) is found
    if found:
        assert hits[0][:2] == ("tests/test_x.py", 3) and hits[0][3] == "corpus.txt"


def test_audit_allows_a_window_the_samples_hold(corpus: Path) -> None:
    line = "Η μικρή βάρκα του γείτονα γύρισε στο λιμάνι."
    assert ca.audit([("tests/test_x.py", 1, line)], [corpus])
    (ca.SAMPLES / "001_ours.txt").write_text("Παλιό δελτίο.\n" + STORY + "\n", encoding="utf-8")
    assert ca.audit([("tests/test_x.py", 1, line)], [corpus]) == []


def test_the_repository_shares_no_window_with_the_corpora() -> None:
    if not ca.SHARED.is_dir():
        pytest.skip("../shared/data is not here (only CI and developers have the corpora)")
    corpora = [p for p in (ca.NEWS, ca.REALWORLD) if p.exists()]
    if len(corpora) < 2:
        pytest.skip("the news corpus or the real-world texts are not under ../shared/data")
    hits = ca.audit(ca.repo_lines(ca.ROOT), corpora)
    assert hits == [], "\n".join(f"{path}:{n}: {window} [{c}]" for path, n, window, c in hits)
