"""Batch extraction over a folder: parallel (local processes or a Dask cluster), resumable, nothing lost.

Layout of the output folder (see RECORD.md)::

    records/<sha256>.json   one record per input, each written atomically as it is done
    records.jsonl           all records of the inputs seen, one a line
    people.csv organisations.csv places.csv dates.csv events.csv entities.csv
    errors.jsonl            {"path", "error", "message"} per input that failed
    skipped.jsonl           {"path", "reason", "message"} per file found but not read
                            (link out of the folder, symlink loop, FIFO, hidden, duplicate...)
    .keryx.lock             held while a batch writes here; a second batch is refused

A rerun skips every input whose content hash already has a record, so an interrupted batch
resumes where it stopped; files that failed are tried again.

Workers (a local process pool or Dask workers) load the model once and get the documents in
chunks, which they run through the pipeline together (``nlp.pipe``); a document that fails
inside a chunk does not fail its neighbours (the rest of the chunk is redone one by one).
Workers return the records as JSON; only this process writes to the output folder, in the
same way for every backend, so the outputs are the same whichever ran the work.
"""

from __future__ import annotations

import errno
import hashlib
import importlib.util
import json
import os
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keryx.errors import InputError, KeryxError
from keryx.io.atomic import atomic_write
from keryx.io.deadline import Deadline, DocumentTimeoutError
from keryx.io.files import display_path, file_kind, safe_text
from keryx.io.tables import TABLES, write_outputs

if TYPE_CHECKING:
    from keryx.api import Extractor

HASH_LIMIT = 64 * 1024 * 1024
LOCK_NAME = ".keryx.lock"
SKIPPED_NAME = "skipped.jsonl"
DEFAULT_TIMEOUT = 600.0
"""Seconds one document may take (a 20 MiB text, the largest accepted, needs a few minutes)."""
CHUNK_DOCS = 16
"""Documents sent to a worker at once and run through ``nlp.pipe`` together."""
CHUNK_BYTES = 256 * 1024
"""A chunk stops growing at this many input bytes, so one chunk is never one huge batch."""
OUTPUT_NAMES = frozenset({"records", "records.jsonl", "errors.jsonl", SKIPPED_NAME, LOCK_NAME, "views",
                          "report.html", "tables.xlsx"}
                         | {f"{t}.csv" for t in TABLES} | {f"{t}.parquet" for t in TABLES})


@dataclass
class BatchResult:
    processed: int = 0
    skipped: int = 0
    """Inputs whose record was already there (resumed)."""
    failed: int = 0
    total: int = 0
    errors: list[dict] = field(default_factory=list)
    out_dir: Path | None = None
    ignored: list[dict] = field(default_factory=list)
    """Files found but not read, with the reason (the lines of skipped.jsonl)."""


# --------------------------------------------------------------------------- finding the inputs


def _skip(path: Path | str, reason: str, message: str) -> dict:
    return {"path": display_path(path), "reason": reason, "message": safe_text(message)}


def scan_inputs(root: Path, out_dir: Path | None = None,
                follow_links: bool = False) -> tuple[list[Path], list[dict]]:
    """Regular files under ``root`` (sorted) and a skip record for everything else found there.

    Never follows a link out of ``root`` unless ``follow_links``; never enters a folder twice
    (symlink loops); never opens a FIFO, socket or device; leaves out hidden files and the
    output folder (or, when the output folder is ``root`` itself, keryx's own outputs).
    """
    root = Path(root)
    skipped: list[dict] = []
    try:
        st = os.stat(root)
    except OSError as exc:
        raise InputError(f"{display_path(root)}: cannot read the input ({exc.strerror or exc})") from None
    if not stat.S_ISDIR(st.st_mode):
        if stat.S_ISREG(st.st_mode):
            return [root], skipped
        return [], [_skip(root, "special", f"{file_kind(st.st_mode)}, not a regular file")]
    root_real = Path(os.path.realpath(root))
    out_real = Path(os.path.realpath(out_dir)) if out_dir is not None else None
    files: list[Path] = []
    seen_dirs = {(st.st_dev, st.st_ino)}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(_skip(folder, "unreadable", f"cannot list the folder ({exc.strerror or exc})"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if out_real is not None and out_real == root_real and folder == root and _is_output(entry.name):
                continue  # keryx's own outputs, written into the input folder (batch d -o d)
            if entry.name.startswith("."):
                skipped.append(_skip(path, "hidden", "hidden file or folder"))
                continue
            is_link = False
            try:
                is_link = entry.is_symlink()
                target_st = os.stat(path)
            except OSError as exc:
                if is_link and exc.errno == errno.ELOOP:
                    skipped.append(_skip(path, "symlink-loop", "symbolic link loop"))
                elif is_link:
                    skipped.append(_skip(path, "dangling-link", "symbolic link to a missing file"))
                else:
                    skipped.append(_skip(path, "unreadable", f"cannot read ({exc.strerror or exc})"))
                continue
            real = Path(os.path.realpath(path))
            if is_link and not follow_links and not real.is_relative_to(root_real):
                skipped.append(_skip(path, "outside-link",
                                     f"symbolic link out of the input folder (to {display_path(real)}); "
                                     "use --follow-links to read it"))
                continue
            if stat.S_ISDIR(target_st.st_mode):
                if out_real is not None and real == out_real:
                    skipped.append(_skip(path, "output", "the output folder is inside the input folder"))
                    continue
                key = (target_st.st_dev, target_st.st_ino)
                if key in seen_dirs:
                    skipped.append(_skip(path, "symlink-loop", "folder already read (a link loop or a second "
                                                               "link to it)"))
                    continue
                seen_dirs.add(key)
                stack.append(path)
            elif stat.S_ISREG(target_st.st_mode):
                files.append(path)
            else:
                skipped.append(_skip(path, "special", f"{file_kind(target_st.st_mode)}, not a regular file"))
    skipped.sort(key=lambda s: s["path"])
    return sorted(files), skipped


def _is_output(name: str) -> bool:
    """A name keryx writes at the top of an output folder (tables are .csv/.parquet/.xlsx,
    which are not inputs keryx reads anyway)."""
    return name in OUTPUT_NAMES or name.endswith((".csv", ".parquet", ".xlsx"))


def list_inputs(root: Path, out_dir: Path | None = None) -> list[Path]:
    """Every regular file under ``root``, sorted (see :func:`scan_inputs` for what is left out)."""
    return scan_inputs(root, out_dir)[0]


def file_id(path: Path) -> str:
    """sha256 of the file's bytes, streamed (so huge files cost no memory)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --------------------------------------------------------------------------- the work of one chunk

Outcome = tuple[str, str | None, str | None, dict | None]
"""(input path, record id, record JSON, error record): one per document."""


def _error(path: str, exc: BaseException) -> dict:
    shown = display_path(path)
    if isinstance(exc, DocumentTimeoutError) and not str(exc):
        exc = DocumentTimeoutError(f"{shown}: processing took longer than the time limit; it was stopped")
    if isinstance(exc, KeryxError):
        return {"path": shown, "error": exc.code, "message": safe_text(str(exc))}
    return {"path": shown, "error": "internal",
            "message": safe_text(f"{type(exc).__name__}: {exc} (a keryx bug: please report it with this file)")}


MMAP_THRESHOLD = 128 * 1024
"""Bytes from which glibc serves an allocation with its own mmap (glibc's initial value, kept fixed)."""


def release_freed_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``; a no-op elsewhere).

    A chunk's transient buffers (tokens, tensors, tables) are freed when it is done, but glibc
    keeps freed pages that lie below still-live small objects, so a long batch's RSS ratchets up
    to its worst chunk and stays there (about 100 MB over the 301-file throughput corpus, with
    only ~6 MB of it live Python objects). Called between chunks; records are unaffected.
    With :func:`steady_heap` in force little is left for it to hand back (about 2 MB a chunk).
    """
    trim = _libc_function("malloc_trim")
    if trim is not None:
        trim(0)


def steady_heap() -> None:
    """Keep glibc's mmap threshold at 128 KiB for the rest of the process (``mallopt``; a no-op elsewhere).

    glibc serves a block of 128 KiB or more with a mapping of its own, unmapped when freed,
    but each such free raises the threshold to the freed block's size (up to 32 MiB). The
    model's activation arrays for a chunk (thinc's seq2col and maxout outputs, concatenations,
    numpy temporaries: 0.1 to a few MB each, close to 100 MB for 16 documents) are such blocks;
    once the batch's largest chunk so far has freed its arrays, the next chunks' (smaller)
    arrays fall below the raised threshold and are carved out of the main heap, where the
    small objects a chunk leaves alive pin the freed space (throughput corpus, -j 1: the heap
    went from 73 to 153 MB after documents 113-128, the largest chunk, with 55 MB in use,
    and stayed there). Setting the threshold ends the sliding, so those arrays keep their own
    mappings and go back to the system when freed: the heap stays at 26 MB. Records are
    unaffected (the same arithmetic on the same values).
    """
    mallopt = _libc_function("mallopt")
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


_M_MMAP_THRESHOLD = -3
"""glibc's ``M_MMAP_THRESHOLD`` parameter number (malloc.h)."""


_LIBC_ARGS = {"malloc_trim": ("c_size_t",), "mallopt": ("c_int", "c_int")}
"""The glibc functions the batch calls, with the ctypes types of their arguments (both return int)."""


@cache
def _libc_function(name: str) -> Callable[..., int] | None:
    """A function of glibc (``malloc_trim``, ``mallopt``), looked up once; None where the C library
    has none (macOS, Windows, musl without it)."""
    if os.name != "posix":
        return None
    import ctypes
    import ctypes.util

    lib = ctypes.util.find_library("c")
    try:
        fn = getattr(ctypes.CDLL(lib), name, None) if lib else None
    except OSError:
        return None
    if fn is not None:
        fn.argtypes = [getattr(ctypes, t) for t in _LIBC_ARGS[name]]
        fn.restype = ctypes.c_int
    return fn


def extract_chunk(extractor: Extractor, items: list[tuple[str, bytes | None]], timeout: float | None) -> list[Outcome]:
    """Records for a chunk of documents, run through the pipeline together.

    ``items`` are (path, bytes or None to read the file here). Each document is read on its
    own (a bad file is an error record), the readable ones go through ``nlp.pipe`` together
    under a time limit of ``timeout`` per document; if anything fails there, the documents not
    yet done are redone one by one, each with its own limit, so one document's failure or
    hang is its own error record and its neighbours still get theirs.
    """
    from keryx.io.ingest import read_bytes, read_document

    outcomes: dict[str, Outcome] = {}
    prepared = []
    for path, data in items:
        try:
            with Deadline(timeout, display_path(path)):
                source = read_document(path) if data is None else read_bytes(data, path=display_path(path))
                prepared.append((path, extractor._prepare(source, None, None)))
        except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
            outcomes[path] = (path, None, None, _error(path, exc))
    done = 0
    if len(prepared) > 1:
        try:
            limit = timeout * len(prepared) if timeout else None
            with Deadline(limit, "chunk"):
                for (path, _), record in zip(prepared, extractor._run_batch([p for _, p in prepared])):
                    outcomes[path] = (path, record.document.id, record.to_json(indent=None), None)
                    done += 1
        except Exception:  # noqa: BLE001, S110 - redone one by one below, where errors are recorded per file
            pass
    for path, prep in prepared[done:]:
        try:
            with Deadline(timeout, display_path(path)):
                record = next(extractor._run_batch([prep]))
                outcomes[path] = (path, record.document.id, record.to_json(indent=None), None)
        except Exception as exc:  # noqa: BLE001 - one bad document must never stop the batch
            outcomes[path] = (path, None, None, _error(path, exc))
    return [outcomes[path] for path, _ in items]


# One Extractor per worker process (or Dask worker), made on first use: each loads the model once.
_worker_extractors: dict[tuple, Extractor] = {}


def _worker_extractor(settings: tuple) -> Extractor:
    ex = _worker_extractors.get(settings)
    if ex is None:
        from keryx.api import Extractor

        model, publisher, engine = settings
        steady_heap()  # before the model is loaded, in each worker process
        ex = _worker_extractors[settings] = Extractor(model=model, publisher=publisher, engine=engine)
    return ex


def _init_worker(settings: tuple) -> None:
    _worker_extractor(settings)


_worker_lock = threading.Lock()


def _chunk_in_worker(settings: tuple, items: list[tuple[str, bytes | None]], timeout: float | None) -> list[Outcome]:
    # A Dask worker may run several tasks in threads: one model, used by one thread at a time.
    with _worker_lock:
        outcomes = extract_chunk(_worker_extractor(settings), items, timeout)
        release_freed_memory()
        return outcomes


# --------------------------------------------------------------------------- backends


def _chunks(todo: list[Path], workers: int) -> list[list[Path]]:
    """Consecutive inputs in chunks of at most CHUNK_DOCS documents and CHUNK_BYTES bytes,
    small enough that every worker gets several."""
    per = max(1, min(CHUNK_DOCS, -(-len(todo) // max(1, 4 * workers)) if workers > 1 else CHUNK_DOCS))
    chunks: list[list[Path]] = []
    size = 0
    for path in todo:
        try:
            n = path.stat().st_size
        except OSError:
            n = 0
        if not chunks or len(chunks[-1]) >= per or (chunks[-1] and size + n > CHUNK_BYTES):
            chunks.append([])
            size = 0
        chunks[-1].append(path)
        size += n
    return chunks


def _run_serial(extractor: Extractor, chunks: list[list[Path]], timeout: float | None) -> Iterator[list[Outcome]]:
    for chunk in chunks:
        outcomes = extract_chunk(extractor, [(str(p), None) for p in chunk], timeout)
        release_freed_memory()
        yield outcomes


def _run_pool(settings: tuple, chunks: list[list[Path]], jobs: int, timeout: float | None) -> Iterator[list[Outcome]]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        futures = {pool.submit(_chunk_in_worker, settings, [(str(p), None) for p in chunk], timeout): chunk
                   for chunk in chunks}
        for fut in as_completed(futures):
            yield _result_or_errors(fut, futures[fut])


def _result_or_errors(fut: Any, chunk: list[Path]) -> list[Outcome]:
    """A chunk's outcomes, or an error record for each of its documents if its worker died
    (killed for memory, a crash in native code): the batch goes on and writes its tables."""
    try:
        return fut.result()
    except Exception as exc:  # noqa: BLE001 - whatever killed the worker, the files are accounted for
        message = f"the worker processing this file stopped ({type(exc).__name__}: {exc}); rerun to retry"
        return [(str(p), None, None, {"path": display_path(p), "error": "worker",
                                      "message": safe_text(message)}) for p in chunk]


def _read_chunk(chunk: list[Path]) -> tuple[list[tuple[str, bytes | None]], list[Outcome]]:
    """The chunk's bytes, read here (Dask workers on other machines need not see this disk),
    with the same checks and messages as a local read; a file that cannot be read is an
    error outcome here and is not sent."""
    from keryx.io.ingest import read_file_bytes

    items: list[tuple[str, bytes | None]] = []
    errors: list[Outcome] = []
    for p in chunk:
        try:
            items.append((str(p), read_file_bytes(p)))
        except KeryxError as exc:
            errors.append((str(p), None, None, _error(str(p), exc)))
    return items, errors


def _run_dask(settings: tuple, chunks: list[list[Path]], scheduler: str | None, cluster: int | None,
              timeout: float | None) -> Iterator[list[Outcome]]:
    from distributed import Client, LocalCluster, as_completed

    local = None
    try:
        if cluster:
            local = LocalCluster(n_workers=cluster, threads_per_worker=1, processes=True,
                                 dashboard_address=None)
            client = Client(local)
        else:
            try:
                client = Client(scheduler, timeout="20s")
            except OSError as exc:
                raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); "
                                 "start it with `dask scheduler` and check the address") from None
        with client:
            # At most a few chunks in flight per worker thread: bytes are read only as they are needed.
            threads = max(1, sum(client.nthreads().values()))
            pending = iter(chunks)
            ac = as_completed()
            of: dict = {}
            unread: list[Outcome] = []  # files that could not be read here

            def submit(chunk: list[Path]) -> None:
                items, errors = _read_chunk(chunk)
                unread.extend(errors)
                if items:
                    fut = client.submit(_chunk_in_worker, settings, items, timeout, pure=False)
                    of[fut.key] = [Path(p) for p, _ in items]
                    ac.add(fut)

            for chunk in _take(pending, 2 * threads):
                submit(chunk)
            while True:
                if unread:
                    yield unread[:]
                    unread.clear()
                if ac.is_empty():
                    nxt = _take(pending, 1)
                    if not nxt:
                        break
                    submit(nxt[0])
                    continue
                fut = next(ac)
                outcomes = _result_or_errors(fut, of.pop(fut.key))
                fut.release()
                for chunk in _take(pending, 1):
                    submit(chunk)
                yield outcomes
    finally:
        if local is not None:
            local.close()


def _take(it: Iterator, n: int) -> list:
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


# --------------------------------------------------------------------------- the batch


def check_extras(parquet: bool = False, dask: bool = False, excel: bool = False) -> None:
    """Fail before any work when an optional package an option needs is not installed."""
    if parquet and importlib.util.find_spec("pyarrow") is None:
        raise KeryxError("--parquet needs pyarrow, which is not installed: pip install 'keryx[parquet]'")
    if excel and importlib.util.find_spec("openpyxl") is None:
        raise KeryxError("--excel needs openpyxl, which is not installed: pip install 'keryx[excel]'")
    if dask and (importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None):
        raise KeryxError("--scheduler/--cluster need Dask, which is not installed: pip install 'keryx[dask]'")


class OutputLock:
    """An exclusive lock on the output folder (``.keryx.lock``), released when the process ends,
    even by kill -9, so a killed batch never blocks its rerun."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / LOCK_NAME
        self.fd: int | None = None

    def __enter__(self) -> OutputLock:
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise KeryxError(f"another keryx batch is writing into {display_path(self.path.parent)}; "
                             "wait for it to finish or choose another output folder") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock; the empty file may stay
            self.fd = None


def _prepare_output(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "records").mkdir(exist_ok=True)
        probe = out_dir / LOCK_NAME
        probe.touch(exist_ok=True)
    except OSError as exc:
        raise KeryxError(f"cannot write to the output folder {display_path(out_dir)} "
                         f"({exc.strerror or exc}); choose a writable folder with -o") from None


def run_batch(input_dir: Path, out_dir: Path, *, jobs: int = 1, model: str | None = None,
              publisher: str | None = None, parquet: bool = False, excel: bool = False,
              progress: Callable[[int, int], None] | None = None, extractor: Extractor | None = None,
              engine: str = "spacy", timeout: float | None = DEFAULT_TIMEOUT,
              follow_links: bool = False, scheduler: str | None = None,
              cluster: int | None = None) -> BatchResult:
    """Process every file under ``input_dir`` into ``out_dir``; see the module docstring.

    ``scheduler`` (a Dask scheduler address) or ``cluster`` (a number of local Dask worker
    processes) run the work on Dask; otherwise ``jobs`` local processes (1: this process).
    """
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    use_dask = bool(scheduler or cluster)
    check_extras(parquet=parquet, excel=excel, dask=use_dask)
    if not os.path.lexists(input_dir):
        raise InputError(f"input folder not found: {display_path(input_dir)}")
    _prepare_output(out_dir)
    with OutputLock(out_dir):
        return _run_locked(input_dir, out_dir, jobs=jobs, settings=(model, publisher, engine),
                           parquet=parquet, excel=excel, progress=progress, extractor=extractor, timeout=timeout,
                           follow_links=follow_links, scheduler=scheduler, cluster=cluster)


def _run_locked(input_dir: Path, out_dir: Path, *, jobs: int, settings: tuple, parquet: bool, excel: bool,
                progress: Callable[[int, int], None] | None, extractor: Extractor | None,
                timeout: float | None, follow_links: bool, scheduler: str | None,
                cluster: int | None) -> BatchResult:
    steady_heap()  # this process: the model for -j 1, the tables at the end
    inputs, ignored = scan_inputs(input_dir, out_dir, follow_links=follow_links)
    result = BatchResult(out_dir=out_dir)
    ids: dict[str, str] = {}
    first_with: dict[str, Path] = {}
    todo: list[Path] = []
    kept: list[Path] = []
    hashed: list[tuple[Path, str]] = []
    for path in inputs:
        try:
            hashed.append((path, file_id(path)))
        except OSError as exc:
            result.errors.append({"path": display_path(path), "error": "input",
                                  "message": safe_text(f"cannot read {path}: {exc.strerror or exc}")})
            kept.append(path)
    # Of several inputs with the same content one is read: a file before a link to it, then path order.
    for path, fid in sorted(hashed, key=lambda pf: (pf[0].is_symlink(), pf[0])):
        first_with.setdefault(fid, path)
    for path, fid in hashed:
        if first_with[fid] != path:
            ignored.append(_skip(path, "duplicate", f"same content as {display_path(first_with[fid])}"))
            continue
        kept.append(path)
        ids[str(path)] = fid
        if (out_dir / "records" / f"{fid}.json").exists():
            result.skipped += 1
        else:
            todo.append(path)
    kept.sort()
    result.total = len(kept)
    result.ignored = sorted(ignored, key=lambda s: s["path"])
    done = result.skipped + len(result.errors)
    if progress:
        progress(done, len(kept))

    if todo:
        workers = jobs if not (scheduler or cluster) else max(cluster or 0, 2)
        chunks = _chunks(todo, workers)
        if scheduler or cluster:
            runs = _run_dask(settings, chunks, scheduler, cluster, timeout)
        elif jobs <= 1:
            if extractor is None:
                from keryx.api import Extractor

                model, publisher, engine = settings
                extractor = Extractor(model=model, publisher=publisher, engine=engine)
            runs = _run_serial(extractor, chunks, timeout)
        else:
            runs = _run_pool(settings, chunks, jobs, timeout)
        for outcomes in runs:
            for done_path, rid, record_json, err in outcomes:
                if err is None and rid is not None and record_json is not None:
                    atomic_write(out_dir / "records" / f"{rid}.json", record_json)
                    result.processed += 1
                    ids[done_path] = rid
                elif err is not None:
                    ids.pop(done_path, None)
                    result.errors.append(err)
                done += 1
            if progress:
                progress(done, len(kept))

    order = {display_path(p): i for i, p in enumerate(kept)}
    result.errors.sort(key=lambda e: order.get(e["path"], len(order)))
    result.failed = len(result.errors)
    failed_paths = {e["path"] for e in result.errors}
    record_ids = [ids[str(p)] for p in kept if str(p) in ids and display_path(p) not in failed_paths]
    write_outputs(out_dir, record_ids, result.errors, parquet=parquet, excel=excel)
    atomic_write(out_dir / SKIPPED_NAME,
                 "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in result.ignored))
    return result


def iter_jsonl(path: Path) -> Iterable[dict]:
    """The objects of a JSON-lines file (errors.jsonl, skipped.jsonl)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
