"""Batch: good and bad files together, error records, atomic outputs, and resuming."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pandas as pd
import pytest
from keryx.errors import KeryxError
from keryx.io.atomic import atomic_write
from keryx.io.batch import OutputLock, check_extras, run_batch, scan_inputs
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


@pytest.mark.parametrize("durable", [True, False])
def test_atomic_write_leaves_no_temporary_files(tmp_path, durable):
    target = tmp_path / "x" / "f.json"
    atomic_write(target, "{}", durable=durable)
    atomic_write(target, '{"a": 1}', durable=durable)
    assert json.loads(target.read_text()) == {"a": 1}
    assert [p.name for p in target.parent.iterdir()] == ["f.json"]


def test_only_rebuilt_pages_skip_the_sync(monkeypatch, inbox, tmp_path):
    """Records (the data a rerun resumes from) are synced to disk; the views are not."""
    import keryx.io.batch as batch_mod
    import keryx.report.batch as report_mod

    calls: list[tuple[str, bool]] = []

    def spy(path, data, *, durable=True):
        calls.append((path.parent.name, durable))
        atomic_write(path, data, durable=durable)

    monkeypatch.setattr(batch_mod, "atomic_write", spy)
    monkeypatch.setattr(report_mod, "atomic_write", spy)
    run_batch(inbox, tmp_path / "out", jobs=1)
    assert sorted(set(c for c in calls if c[0] in ("records", "views"))) == [("records", True), ("views", False)]
    assert calls.count(("records", True)) == calls.count(("views", False)) == 2


def test_batch_cli_with_two_workers(inbox, tmp_path):
    from keryx.cli.app import app
    from typer.testing import CliRunner

    out = tmp_path / "cli-out"
    result = CliRunner().invoke(app, ["batch", str(inbox), "-o", str(out), "-j", "2", "-q", "--allow-failures"])
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


# --------------------------------------------------------------------------- hostile folders (issue 13)

SECOND = "Η Περιφερειάρχης Κρήτης κα Μαρία Σταυρακάκη υπέγραψε στις 4 Απριλίου 2024 τη σύμβαση."
BAD_NAME = os.fsdecode(b"\xe4\xe5\xeb\xf4\xdf\xef.txt")  # "δελτίο.txt" in Windows-1253: not UTF-8


def _skipped(out):
    return {Path(s["path"]).name: s["reason"] for s in _jsonl(out / "skipped.jsonl")}


@pytest.fixture
def hostile_dir(tmp_path):
    """A folder with every kind of file a real archive holds besides documents."""
    d = tmp_path / "archive"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "sub" / "second.txt").write_text(SECOND, encoding="utf-8")
    (d / "copy.txt").write_text(GOOD, encoding="utf-8")  # same content as good.txt
    (d / ".hidden.txt").write_text(SECOND, encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("Ο Αντιδήμαρχος Πάτρας κ. Νίκος Νικολόπουλος μίλησε στις 2 Ιουνίου 2024.", encoding="utf-8")
    (d / "outside-link.txt").symlink_to(outside)
    (d / "inside-link.txt").symlink_to(d / "sub" / "second.txt")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    (d / "loop-a").symlink_to(d / "loop-b")
    (d / "loop-b").symlink_to(d / "loop-a")
    (d / "sub" / "up").symlink_to(d)  # a folder link back up: a loop for a naive walk
    os.mkfifo(d / "pipe.txt")
    return d


def test_every_file_is_a_record_an_error_or_a_skip_with_its_reason(hostile_dir, tmp_path, extractor):
    out = tmp_path / "out"
    result = run_batch(hostile_dir, out, extractor=extractor)
    assert result.processed == 2 and result.failed == 0
    assert _skipped(out) == {
        ".hidden.txt": "hidden", "good.txt": "duplicate", "inside-link.txt": "duplicate",
        "outside-link.txt": "outside-link", "dangling.txt": "dangling-link",
        "loop-a": "symlink-loop", "loop-b": "symlink-loop", "up": "symlink-loop", "pipe.txt": "special",
    }
    found = {p.name for p in hostile_dir.rglob("*") if not p.is_dir() or p.is_symlink()}
    accounted = {Path(r["document"]["path"]).name for r in _jsonl(out / "records.jsonl")} | set(_skipped(out))
    assert found - {"sub"} == accounted
    assert not any("/etc" in r["text"] or "Νικολόπουλος" in r["text"] for r in _jsonl(out / "records.jsonl"))


def test_follow_links_reads_a_link_out_of_the_folder(hostile_dir, tmp_path, extractor):
    out = tmp_path / "out"
    result = run_batch(hostile_dir, out, extractor=extractor, follow_links=True)
    assert result.processed == 3
    assert any("Νικολόπουλος" in r["text"] for r in _jsonl(out / "records.jsonl"))
    assert "outside-link.txt" not in _skipped(out)


def test_scan_never_opens_a_fifo_or_loops(hostile_dir):
    files, skipped = scan_inputs(hostile_dir)
    assert [p.name for p in files] == ["copy.txt", "good.txt", "inside-link.txt", "second.txt"]
    assert {s["reason"] for s in skipped} >= {"special", "symlink-loop", "dangling-link", "outside-link", "hidden"}


def test_non_utf8_filenames_give_valid_utf8_outputs(tmp_path, extractor):
    d = tmp_path / "in"
    d.mkdir()
    (d / BAD_NAME).write_text(GOOD, encoding="utf-8")
    (d / ("άδειο-" + BAD_NAME)).write_bytes(b"")
    out = tmp_path / "out"
    result = run_batch(d, out, extractor=extractor)
    assert (result.processed, result.failed) == (1, 1)
    for name in ("records.jsonl", "errors.jsonl", "people.csv", "entities.csv"):
        (out / name).read_bytes().decode("utf-8")  # strict: raises on invalid UTF-8
    [record] = _jsonl(out / "records.jsonl")
    assert record["document"]["path"].endswith("\\xe4\\xe5\\xeb\\xf4\\xdf\\xef.txt")
    [error] = _jsonl(out / "errors.jsonl")
    assert error["error"] == "empty" and "\\xe4" in error["path"]
    again = run_batch(d, out, extractor=extractor)  # the rerun works too (it used to fail the same way)
    assert again.skipped == 1


def test_a_second_batch_into_the_same_folder_is_refused(tmp_path, extractor):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(out), pytest.raises(KeryxError, match="another keryx batch is writing"):  # a running batch
        run_batch(d, out, extractor=extractor)
    assert not (out / "records.jsonl").exists()
    assert run_batch(d, out, extractor=extractor).processed == 1  # released: the next one runs


def test_batch_into_its_own_input_folder(tmp_path, extractor):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    first = run_batch(d, d, extractor=extractor)
    assert (first.processed, first.failed, first.total) == (1, 0, 1)
    second = run_batch(d, d, extractor=extractor)  # its own outputs are not inputs
    assert (second.processed, second.skipped, second.failed, second.total) == (0, 1, 0, 1)
    assert len(_jsonl(d / "records.jsonl")) == 1 and _jsonl(d / "skipped.jsonl") == []


def test_output_folder_inside_the_input_folder_is_left_out(tmp_path, extractor):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    run_batch(d, d / "out", extractor=extractor)
    result = run_batch(d, d / "out", extractor=extractor)
    assert (result.total, result.skipped) == (1, 1)
    assert _skipped(d / "out") == {"out": "output"}


def test_outputs_respect_the_umask(tmp_path, extractor):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    old = os.umask(0o022)
    try:
        run_batch(d, tmp_path / "out", extractor=extractor)
    finally:
        os.umask(old)
    out = tmp_path / "out"
    for p in [out / "records.jsonl", out / "errors.jsonl", out / "people.csv", *(out / "records").iterdir()]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p


def test_missing_parquet_extra_is_refused_before_any_work(tmp_path, extractor):
    import importlib.util

    if importlib.util.find_spec("pyarrow") is not None:
        pytest.skip("pyarrow is installed here")
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(KeryxError, match="pip install 'keryx\\[parquet\\]'"):
        run_batch(d, tmp_path / "out", extractor=extractor, parquet=True)
    assert not (tmp_path / "out").exists()
    check_extras(parquet=False)


def test_a_runaway_document_becomes_a_timeout_error_and_its_neighbours_still_finish(tmp_path, extractor):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "b-long.txt").write_text((SECOND + " " + GOOD + "\n\n") * 3000, encoding="utf-8")  # about 550k chars
    (d / "c.txt").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch(d, out, extractor=extractor, timeout=2)
    assert (result.processed, result.failed) == (2, 1)
    [error] = _jsonl(out / "errors.jsonl")
    assert error["error"] == "timeout" and error["path"].endswith("b-long.txt")
    assert "time limit of 2 s" in error["message"]
    assert {Path(r["document"]["path"]).name for r in _jsonl(out / "records.jsonl")} == {"a.txt", "c.txt"}


def _cli(*args, input=None):
    from keryx.cli.app import app
    from typer.testing import CliRunner

    return CliRunner().invoke(app, list(args), input=input)


def test_batch_exits_1_when_an_input_failed_unless_allowed(inbox, tmp_path):
    result = _cli("batch", str(inbox), "-o", str(tmp_path / "o1"), "-q")
    assert result.exit_code == 1
    assert len(_jsonl(tmp_path / "o1" / "records.jsonl")) == 2  # everything else was still done
    assert _cli("batch", str(inbox), "-o", str(tmp_path / "o2"), "-q", "--allow-failures").exit_code == 0


@pytest.mark.parametrize("args", [
    ["batch", "{inbox}", "-o", "/proc/keryx-out", "-q"],
    ["extract", "{inbox}/seed.txt", "-o", "/proc/keryx.json"],
    ["extract", "{inbox}/fifo.txt"],
    ["batch", "{inbox}", "--cluster", "local:two"],
    ["batch", "{inbox}", "--scheduler", "localhost"],
])
def test_cli_errors_are_one_line_and_a_non_zero_exit(inbox, args):
    os.mkfifo(inbox / "fifo.txt")
    result = _cli(*[a.format(inbox=inbox) for a in args])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("keryx: error: "), result.output


def test_extract_stdin_over_the_limit_is_refused(tmp_path):
    from keryx.io.ingest import MAX_BYTES

    result = _cli("extract", "-", input=b"\xce\x91" * (MAX_BYTES // 2 + 10))
    assert result.exit_code == 2
    assert "20 MiB limit" in result.output


def test_extract_of_a_non_utf8_name_prints_valid_utf8_json(tmp_path):
    src = tmp_path / BAD_NAME
    src.write_text(GOOD, encoding="utf-8")
    result = _cli("extract", str(src), "--compact")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout_bytes.decode("utf-8"))
    assert record["document"]["path"].endswith("\\xef.txt")
    target = tmp_path / os.fsdecode(b"\xe5\xee\xe1\xe3\xf9\xe3\xde.json")
    assert _cli("extract", str(src), "-o", str(target)).exit_code == 0
    assert json.loads(target.read_bytes().decode("utf-8"))["document"]["id"] == record["document"]["id"]


# --------------------------------------------------------------------------- Dask (issue 13)


def test_dask_local_cluster_gives_the_same_outputs_as_one_process(tmp_path):
    pytest.importorskip("distributed")
    samples = tmp_path / "samples"
    shutil.copytree(Path(__file__).resolve().parent.parent / "samples", samples)
    (samples / "empty.txt").write_bytes(b"")
    with (samples / "huge.txt").open("wb") as fh:  # over the size limit: refused where it is read
        fh.write(GOOD.encode())
        fh.truncate(21 * 1024 * 1024)
    one = tmp_path / "one"
    dask = tmp_path / "dask"
    assert _cli("batch", str(samples), "-o", str(one), "-q", "-j", "1").exit_code == 1
    result = _cli("batch", str(samples), "-o", str(dask), "-q", "--cluster", "local:2")
    assert result.exit_code == 1, result.output
    # report.html says when it was made; everything else must be the same byte for byte
    names = sorted(p.name for p in one.iterdir() if p.is_file() and not p.name.startswith(".")
                   and p.name != "report.html")
    assert "records.jsonl" in names and "people.csv" in names and "skipped.jsonl" in names
    assert [e["error"] for e in _jsonl(one / "errors.jsonl")] == ["empty", "too_large"]
    for name in names:
        assert (dask / name).read_bytes() == (one / name).read_bytes(), name
    assert sorted(p.name for p in (dask / "records").iterdir()) == sorted(p.name for p in (one / "records").iterdir())
    rerun = _cli("batch", str(samples), "-o", str(dask), "-q", "--cluster", "local:2")
    assert "0 processed, 5 already done, 2 failed" in rerun.output


def test_a_document_that_fails_inside_a_chunk_does_not_fail_its_neighbours(tmp_path, extractor):
    """The chunk runs through nlp.pipe together; when that fails (here: the time limit, hit by
    a 1M-character text), the documents not yet done are redone one by one."""
    from keryx.io.batch import extract_chunk

    paths = [tmp_path / "a.txt", tmp_path / "b-long.txt", tmp_path / "c.txt"]
    paths[0].write_text(GOOD, encoding="utf-8")
    paths[1].write_text((SECOND + " " + GOOD + "\n\n") * 5500, encoding="utf-8")
    paths[2].write_text(SECOND, encoding="utf-8")
    outcomes = extract_chunk(extractor, [(str(p), None) for p in paths], timeout=2)
    assert [Path(o[0]).name for o in outcomes] == ["a.txt", "b-long.txt", "c.txt"]
    (a, _, a_json, a_err), (_, _, b_json, b_err), (_, _, c_json, c_err) = outcomes
    assert a_err is None and c_err is None and b_json is None
    assert b_err["error"] == "timeout"
    assert json.loads(a_json) == json.loads(extractor.extract_file(a).to_json())
    assert json.loads(c_json)["people"][0]["name"] == "Μαρία Σταυρακάκη"


_MMAP_PROBE = """
import ctypes, sys
from keryx.io.batch import steady_heap

class Info(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = Info
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
libc.free(libc.malloc(16 << 20))  # a freed 16 MiB mapping: glibc raises its threshold to 16 MiB
if sys.argv[1] == "steady":
    steady_heap()
before = libc.mallinfo2().hblks
block = libc.malloc(1 << 20)
print(libc.mallinfo2().hblks - before)
libc.free(block)
"""


@pytest.mark.skipif(os.name != "posix" or __import__("platform").libc_ver()[0] != "glibc",
                    reason="glibc's allocator only")
@pytest.mark.parametrize(("mode", "mapped"), [("steady", "1"), ("sliding", "0")])
def test_steady_heap_keeps_large_blocks_in_their_own_mappings(mode, mapped):
    """After steady_heap a 1 MiB block gets its own mapping (returned when freed) even after a
    16 MiB one was freed; glibc's own sliding threshold would put it in the main heap."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    out = subprocess.run([sys.executable, "-c", _MMAP_PROBE, mode], capture_output=True, text=True,
                         env=env, check=True)
    assert out.stdout.strip() == mapped
