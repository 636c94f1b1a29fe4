"""Throughput of `keryx batch`: local processes (-j 1, -j 2) against a Dask LocalCluster
(--cluster local:1, local:2), end to end (start-up included), on the same files.

    python benchmarks/cluster.py               # samples + gold texts (+ ../shared real-world texts)
    python benchmarks/cluster.py --copies 4    # each text 4 times (made distinct, see below)

Copies get a different last line ("Αρ. πρωτ. N"), since the batch reads identical files once.
Words are counted as whitespace-separated tokens of the input texts. Each run writes to a fresh
folder; the outputs of all runs are compared byte for byte at the end.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KERYX = [sys.executable, "-c", "import sys; from keryx.cli.app import app; sys.argv[0] = 'keryx'; app()"]
RUNS = {"-j 1": ["-j", "1"], "-j 2": ["-j", "2"], "--cluster local:1": ["--cluster", "local:1"],
        "--cluster local:2": ["--cluster", "local:2"]}


def texts() -> list[Path]:
    files = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))
    real = ROOT.parent / "shared" / "data" / "realworld" / "texts"
    if real.is_dir():
        files += sorted(p for p in real.iterdir() if p.is_file())
    return files


def build(folder: Path, copies: int) -> int:
    words = 0
    for k in range(copies):
        for i, p in enumerate(texts()):
            text = p.read_text("utf-8").rstrip() + f"\n\nΑρ. πρωτ. {k}/{i}\n"
            (folder / f"{k:02d}_{i:03d}{p.suffix}").write_text(text, encoding="utf-8")
            words += len(text.split())
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--runs", nargs="+", default=list(RUNS), choices=list(RUNS))
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "pipeline")}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        words = build(src, args.copies)
        n = len(list(src.iterdir()))
        print(f"{n} documents, {words:,} words")
        outs = {}
        for label in args.runs:
            out = Path(tmp) / label.replace(" ", "_")
            t = time.perf_counter()
            proc = subprocess.run([*KERYX, "batch", str(src), "-o", str(out), "-q", *RUNS[label]], env=env,
                                  capture_output=True, text=True)
            secs = time.perf_counter() - t
            print(f"  {label:18} {secs:7.1f} s  {words / secs:7,.0f} words/s  (exit {proc.returncode})", flush=True)
            outs[label] = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*"))
                           if p.is_file() and not p.name.startswith(".") and p.name != "report.html"}
        first = next(iter(outs.values()))
        print("outputs byte-identical across runs:", all(o == first for o in outs.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
