"""Batch extraction over a folder: parallel, resumable, nothing lost.

Layout of the output folder (see RECORD.md)::

    records/<sha256>.json   one record per input, each written atomically as it is done
    records.jsonl           all records of the inputs seen, one a line
    people.csv organisations.csv places.csv dates.csv events.csv entities.csv
    errors.jsonl            {"path", "error", "message"} per input that failed

A rerun skips every input whose content hash already has a record, so an interrupted batch
resumes where it stopped; files that failed are tried again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from keryx.errors import InputError, KeryxError
from keryx.io.atomic import atomic_write
from keryx.io.tables import write_outputs

HASH_LIMIT = 64 * 1024 * 1024


@dataclass
class BatchResult:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    total: int = 0
    errors: list[dict] = field(default_factory=list)
    out_dir: Path | None = None


def list_inputs(root: Path, out_dir: Path | None = None) -> list[Path]:
    """Every regular file under ``root``, sorted, skipping hidden files and the output folder."""
    if root.is_file():
        return [root]
    out_resolved = out_dir.resolve() if out_dir else None
    files = []
    for p in root.rglob("*"):
        if any(part.startswith(".") for part in p.relative_to(root).parts):
            continue
        if out_resolved and out_resolved in p.resolve().parents:
            continue
        if p.is_file():
            files.append(p)
    return sorted(files)


def file_id(path: Path) -> str:
    """sha256 of the file's bytes, streamed (so huge files cost no memory)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# One Extractor per worker process, made by the pool initializer: each process owns its model.
_worker_extractor = None


def _init_worker(model: str | None, publisher: str | None, engine: str = "spacy") -> None:
    global _worker_extractor
    from keryx.api import Extractor

    _worker_extractor = Extractor(model=model, publisher=publisher, engine=engine)


def _error(path: Path, exc: BaseException) -> dict:
    if isinstance(exc, KeryxError):
        return {"path": str(path), "error": exc.code, "message": str(exc)}
    return {"path": str(path), "error": "internal",
            "message": f"{type(exc).__name__}: {exc} (a keryx bug: please report it with this file)"}


def _process(extractor, path: Path, out_dir: Path) -> tuple[str, str | None, dict | None]:
    try:
        record = extractor.extract_file(path)
        atomic_write(out_dir / "records" / f"{record.document.id}.json", record.to_json(indent=None))
        return str(path), record.document.id, None
    except Exception as exc:  # one bad file must never stop the batch
        return str(path), None, _error(path, exc)


def _process_in_worker(path: str, out_dir: str):
    return _process(_worker_extractor, Path(path), Path(out_dir))


def run_batch(input_dir: Path, out_dir: Path, *, jobs: int = 1, model: str | None = None,
              publisher: str | None = None, parquet: bool = False, excel: bool = False,
              progress: Callable[[int, int], None] | None = None, extractor=None,
              engine: str = "spacy") -> BatchResult:
    """Process every file under ``input_dir`` into ``out_dir``; see the module docstring."""
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    if not input_dir.exists():
        raise InputError(f"input folder not found: {input_dir}")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "records").mkdir(exist_ok=True)
    inputs = list_inputs(input_dir, out_dir)
    result = BatchResult(total=len(inputs), out_dir=out_dir)
    ids: dict[str, str] = {}
    todo: list[Path] = []
    for path in inputs:
        try:
            fid = file_id(path)
        except OSError as exc:
            result.errors.append({"path": str(path), "error": "input",
                                  "message": f"cannot read {path}: {exc.strerror or exc}"})
            continue
        ids[str(path)] = fid
        if (out_dir / "records" / f"{fid}.json").exists():
            result.skipped += 1
        else:
            todo.append(path)
    done = result.skipped + len(result.errors)
    if progress:
        progress(done, len(inputs))

    def collect(item):
        nonlocal done
        path, fid, err = item
        if err is None:
            result.processed += 1
            ids[path] = fid
        else:
            result.errors.append(err)
        done += 1
        if progress:
            progress(done, len(inputs))

    if todo and jobs <= 1:
        if extractor is None:
            from keryx.api import Extractor

            extractor = Extractor(model=model, publisher=publisher, engine=engine)
        for path in todo:
            collect(_process(extractor, path, out_dir))
    elif todo:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                 initargs=(model, publisher, engine)) as pool:
            futures = [pool.submit(_process_in_worker, str(p), str(out_dir)) for p in todo]
            for fut in as_completed(futures):
                collect(fut.result())
    result.failed = len(result.errors)
    failed_paths = {e["path"] for e in result.errors}
    record_ids = [ids[str(p)] for p in inputs if str(p) in ids and str(p) not in failed_paths]
    write_outputs(out_dir, record_ids, result.errors, parquet=parquet, excel=excel)
    return result
