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
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from keryx.errors import InputError, KeryxError

TABLES = ("people", "organisations", "places", "dates", "events", "entities")
HASH_LIMIT = 64 * 1024 * 1024


@dataclass
class BatchResult:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    total: int = 0
    errors: list[dict] = field(default_factory=list)
    out_dir: Path | None = None


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write via a temporary file in the same folder and ``os.replace``: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
              publisher: str | None = None, parquet: bool = False,
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
    write_outputs(out_dir, record_ids, result.errors, parquet=parquet)
    return result


def _load_records(out_dir: Path, record_ids: Iterable[str]) -> list[dict]:
    seen, records = set(), []
    for rid in record_ids:
        if rid in seen:
            continue
        seen.add(rid)
        p = out_dir / "records" / f"{rid}.json"
        if p.exists():
            records.append(json.loads(p.read_text("utf-8")))
    return records


def write_outputs(out_dir: Path, record_ids: list[str], errors: list[dict], parquet: bool = False) -> None:
    records = _load_records(out_dir, record_ids)
    atomic_write(out_dir / "records.jsonl",
                 "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    atomic_write(out_dir / "errors.jsonl",
                 "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    for name, frame in record_tables(records).items():
        atomic_write(out_dir / f"{name}.csv", frame.to_csv(index=False))
        if parquet:
            import io

            buf = io.BytesIO()
            frame.to_parquet(buf, index=False)
            atomic_write(out_dir / f"{name}.parquet", buf.getvalue())


def record_tables(records: list[dict]) -> dict:
    """Flatten records into pandas tables, one row per fact, each with the document id and path."""
    import pandas as pd

    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for r in records:
        base = {"document_id": r["document"]["id"], "path": r["document"]["path"]}
        for p in r["people"]:
            roles = p["roles"] or [{"title": None, "organisation": None, "organisation_ref": None}]
            for role in roles:
                rows["people"].append({**base, "name": p["name"], "honorific": p["honorific"],
                                       "role": role["title"], "organisation": role["organisation"],
                                       "organisation_ref": role["organisation_ref"],
                                       "mentions": len(p["mentions"])})
        for o in r["organisations"]:
            rows["organisations"].append({**base, "name": o["name"], "aliases": "|".join(o["aliases"]),
                                          "mentions": len(o["mentions"])})
        for pl in r["places"]:
            rows["places"].append({**base, "name": pl["name"], "mentions": len(pl["mentions"])})
        for d in r["dates"]:
            rows["dates"].append({**base, **d})
        for ev in r["events"]:
            rows["events"].append({
                **base, "type": ev["type"], "trigger": ev["trigger"], "name": ev["name"],
                "date": ev["date"], "date_end": ev["date_end"], "time": ev["time"],
                "location": ev["location"],
                "participants": "; ".join(p["name"] + (f" ({p['role']})" if p["role"] else "")
                                          for p in ev["participants"]),
                "organisations": "; ".join(ev["organisations"]), "start": ev["start"], "end": ev["end"],
            })
        for e in r["entities"]:
            rows["entities"].append({**base, **e})
    columns = {
        "people": ["name", "honorific", "role", "organisation", "organisation_ref", "mentions"],
        "organisations": ["name", "aliases", "mentions"],
        "places": ["name", "mentions"],
        "dates": ["text", "start", "end", "date", "date_end", "time"],
        "events": ["type", "trigger", "name", "date", "date_end", "time", "location", "participants",
                   "organisations", "start", "end"],
        "entities": ["label", "text", "canonical", "start", "end"],
    }
    return {name: pd.DataFrame(rows[name], columns=["document_id", "path", *columns[name]])
            for name in TABLES}
