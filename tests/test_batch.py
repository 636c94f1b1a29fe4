"""Batch: good and bad files together, error records, atomic outputs, and resuming."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from keryx.io.atomic import atomic_write
from keryx.io.batch import run_batch
from keryx.io.tables import TABLES

from .conftest import SEED

GOOD = "Ο Δήμαρχος Λάρισας κ. Απόστολος Καλογιάννης εγκαινίασε στις 12 Μαρτίου 2024 το νέο πάρκο."


@pytest.fixture
def inbox(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    shutil.copy(SEED, d / "seed.txt")
    (d / "sub" / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return d


def _jsonl(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_batch_writes_records_tables_and_errors(inbox, tmp_path, extractor):
    out = tmp_path / "out"
    result = run_batch(inbox, out, extractor=extractor)
    assert (result.processed, result.failed, result.total) == (2, 2, 4)
    records = _jsonl(out / "records.jsonl")
    assert {r["document"]["path"].split("/")[-1] for r in records} == {"seed.txt", "good.txt"}
    errors = {e["path"].split("/")[-1]: e for e in _jsonl(out / "errors.jsonl")}
    assert set(errors) == {"empty.txt", "binary.txt"}
    assert errors["empty.txt"]["error"] == "empty"
    assert errors["binary.txt"]["error"] == "binary"
    assert all(e["message"] for e in errors.values())
    for name in TABLES:
        frame = pd.read_csv(out / f"{name}.csv")
        assert {"document_id", "path"} <= set(frame.columns)
    people = pd.read_csv(out / "people.csv")
    assert "Σταύρος Τζουλάκης" in set(people["name"])


def test_rerun_resumes_and_retries_only_failures(inbox, tmp_path, extractor):
    out = tmp_path / "out"
    run_batch(inbox, out, extractor=extractor)
    (inbox / "sub" / "new.txt").write_text("Η ημερίδα θα γίνει στις 3 Μαΐου 2024 στην Πάτρα.", encoding="utf-8")
    (inbox / "empty.txt").write_text("Η συνεδρίαση του Δημοτικού Συμβουλίου ορίστηκε για την 1η Ιουλίου 2024.",
                                     encoding="utf-8")
    again = run_batch(inbox, out, extractor=extractor)
    assert again.skipped == 2
    assert again.processed == 2
    assert again.failed == 1
    assert len(_jsonl(out / "records.jsonl")) == 4


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "x" / "f.json"
    atomic_write(target, "{}")
    atomic_write(target, '{"a": 1}')
    assert json.loads(target.read_text()) == {"a": 1}
    assert [p.name for p in target.parent.iterdir()] == ["f.json"]


def test_batch_cli_with_two_workers(inbox, tmp_path):
    from typer.testing import CliRunner

    from keryx.cli.app import app

    out = tmp_path / "cli-out"
    result = CliRunner().invoke(app, ["batch", str(inbox), "-o", str(out), "-j", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert len(_jsonl(out / "records.jsonl")) == 2
    assert len(_jsonl(out / "errors.jsonl")) == 2


def test_hostile_corpus_batch_finishes_and_accounts_for_every_file(tmp_path, extractor):
    """Every hostile file ends as a record or an error record; none crashes the pipeline."""
    from pathlib import Path

    hostile = Path(__file__).resolve().parent / "data" / "hostile"
    result = run_batch(hostile, tmp_path / "out", extractor=extractor)
    assert result.total >= 30
    assert result.processed + result.failed == result.total
    errors = _jsonl(tmp_path / "out" / "errors.jsonl")
    assert not [e for e in errors if e["error"] == "internal"], errors
    assert len(_jsonl(tmp_path / "out" / "records.jsonl")) == result.processed
