"""Ingestion robustness and speed: hostile-corpus tally, normalisation MB/s, per-format times.

    python benchmarks/ingest.py

(a) every file in tests/data/hostile plus generated cases (a 50 MB file, a folder, a missing
    path, a broken link, a file without read permission) through read_document + normalise:
    what happened (error code, warnings or ok), totals, and the number of crashes (any
    exception that is not a KeryxError; it must be 0);
(b) normalise() throughput on 5 MB of the seed press release repeated and on 5 MB full of
    traps (look-alike letters, soft hyphens, NBSP, zero-width spaces, NFD accents, curly
    quotes, PDF hyphenation, CRLF), with the peak memory of a 20 MB input (own process);
(c) read_document + normalise per file of tests/data/formats, median of 5 runs.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from keryx.errors import KeryxError
from keryx.io.ingest import read_document
from keryx.io.normalise import normalise

SEED = ROOT / "samples" / "000_a64c21614b066e79.txt"
DATA = ROOT / "tests" / "data"
MB = 1_000_000


# --------------------------------------------------------------------------- texts


def seed_text(size: int) -> str:
    """The seed press release repeated to ``size`` UTF-8 bytes."""
    base = SEED.read_text("utf-8")
    text = base * (size // len(base.encode()) + 1)
    return text.encode()[:size].decode("utf-8", errors="ignore")


_LOOKALIKE = {"Α": "A", "Ο": "O", "ο": "o", "Κ": "K", "Τ": "T", "ν": "v", "Ε": "\u0415", "Ρ": "P", "α": "a"}


def trap_text(size: int, seed: int = 7) -> str:
    """Words of the seed with a trap in about 40% of them, to ``size`` UTF-8 bytes."""
    rng = random.Random(seed)
    words = SEED.read_text("utf-8").split()
    out: list[str] = []
    n = 0
    while n < size:
        w = rng.choice(words)
        r = rng.random()
        if r < 0.15:
            w = "".join(_LOOKALIKE.get(c, c) if rng.random() < 0.5 else c for c in w)
        elif r < 0.25 and len(w) > 4:
            w = w[: len(w) // 2] + "\u00ad" + w[len(w) // 2:]
        elif r < 0.30 and len(w) > 4:
            w = w[: len(w) // 2] + "-\n" + w[len(w) // 2:]
        elif r < 0.35:
            w = unicodedata.normalize("NFD", w)
        elif r < 0.38:
            w = "\u201c" + w + "\u201d"
        elif r < 0.40:
            w += "\u200b"
        sep = rng.choice([" ", " ", " ", " ", "\u00a0", "  ", "\r\n", " \n"])
        out.append(w + sep)
        n += len(w.encode()) + len(sep.encode())
    return "".join(out).encode()[:size].decode("utf-8", errors="ignore")


# --------------------------------------------------------------------------- (a) hostile corpus


def _outcome(path: Path) -> tuple[str, str]:
    """(kind, detail): kind is "error", "warning", "ok" or "CRASH"."""
    try:
        doc = read_document(path)
        norm = normalise(doc.text, doc.format)
    except KeryxError as e:
        return "error", f"{e.code}: {str(e)[:90]}"
    except Exception as e:  # noqa: BLE001 - counting crashes is the point
        return "CRASH", f"{type(e).__name__}: {e}"
    if not norm.text.strip():
        return "CRASH", "no text left after normalisation and no error"
    if doc.warnings:
        return "warning", f"{doc.format}; " + " / ".join(w[:70] for w in doc.warnings)
    return "ok", f"{doc.format}, {doc.encoding}, {len(norm.text)} chars"


def _generated_cases(tmp: Path) -> list[tuple[str, Path]]:
    big = tmp / "Μεγάλο αρχείο 50MB.txt"
    with big.open("wb") as fh:
        fh.write("Αθήνα ".encode() * 1000)
        fh.truncate(50 * 1024 * 1024)
    folder = tmp / "φάκελος.txt"
    folder.mkdir()
    link = tmp / "broken-link.txt"
    link.symlink_to(tmp / "nowhere.txt")
    locked = tmp / "no-permission.txt"
    locked.write_text("Ο Δήμαρχος Θερμαϊκού.", encoding="utf-8")
    locked.chmod(0)
    return [("50 MB file", big), ("folder", folder), ("missing path", tmp / "λείπει.txt"),
            ("broken symlink", link), ("no read permission" + (" (root reads anyway)" if os.geteuid() == 0 else ""),
                                       locked)]


def hostile_tally() -> int:
    print("(a) hostile corpus: read_document + normalise")
    cases = [(p.name, p) for p in sorted((DATA / "hostile").iterdir())]
    totals: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as d:
        for label, path in cases + _generated_cases(Path(d)):
            kind, detail = _outcome(path)
            totals[kind] = totals.get(kind, 0) + 1
            print(f"  {label[:38]:38} {kind:8} {detail}")
    crashes = totals.get("CRASH", 0)
    print(f"  total {sum(totals.values())}: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())
                                                          if k != "CRASH"))
    print(f"  crashes: {crashes}")
    return crashes


# --------------------------------------------------------------------------- (b) throughput

_MEMORY_PROBE = """
import resource, sys
sys.path.insert(0, {root!r})
from benchmarks.ingest import {kind}_text
from keryx.io.normalise import normalise
text = {kind}_text(20 * 1024 * 1024)
normalise("α")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
normalise(text)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(before // 1024, after // 1024)
"""


def throughput() -> None:
    print("\n(b) normalise() throughput (best of 3)")
    normalise("α\u0301 \U0001F600")  # build the cached tables outside the timing
    for kind, make in (("seed", seed_text), ("trap", trap_text)):
        text = make(5 * MB)
        size = len(text.encode()) / MB
        best = min(_timed(lambda t=text: normalise(t)) for _ in range(3))
        probe = _MEMORY_PROBE.format(root=str(ROOT), kind=kind)
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
        print(f"  {kind:5} {size:.1f} MB, {len(text):,} chars: {best:.2f} s = {size / best:.1f} MB/s; "
              f"20 MiB input: peak RSS {int(out[1])} MiB ({int(out[1]) - int(out[0]):+d} MiB for normalise)")


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


# --------------------------------------------------------------------------- (c) formats


def format_times() -> None:
    print("\n(c) read_document + normalise per format (median of 5)")
    for path in sorted((DATA / "formats").iterdir()):
        doc = read_document(path)  # first run loads the parsers (selectolax, docx, pypdf, chardet)
        runs = [_timed(lambda p=path, f=doc.format: normalise(read_document(p).text, f)) for _ in range(5)]
        print(f"  {path.name:20} {doc.format:5} {path.stat().st_size:7,d} B  {statistics.median(runs) * 1000:7.2f} ms")


def main() -> int:
    crashes = hostile_tally()
    throughput()
    format_times()
    print(f"\npeak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
