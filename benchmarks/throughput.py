"""End-to-end speed and memory of keryx on press-release text, against the bare tokenizer.

    python benchmarks/throughput.py [--copies 8] [--repeats 2] [--jobs 1 2]

The corpus is real press-release and news text: the real-world development set
(``../shared/data/realworld/texts``, when present) copied ``--copies`` times, plus the
project's own gold releases (``tests/data/gold``) once. Each copy differs by trailing
newlines only, so every file has its own content hash and is really processed.

Printed, each configuration in a fresh process:

* ``spacy.blank("el")`` tokenising the same texts (the yardstick: the cost of reading Greek at
  all), and ``keryx batch -j N`` over the same files, start-up and model loading included.
  The two are run interleaved, ``--repeats`` times, and the best of each is kept, because
  timings on a shared 2-core machine drift. Words are counted once, the same way for both
  (whitespace-separated words of the input files), so the ratio is a ratio of times.
* ``keryx extract`` of the seed, ``keryx info`` and ``keryx --help``: cold start (wall time).
* Peak RSS: of one ``keryx extract``; of a whole ``keryx batch -j N`` (the sum over its
  processes, sampled every 50 ms).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT.parent / "shared" / "data" / "realworld" / "texts"
GOLD = ROOT / "tests" / "data" / "gold"
SEED = ROOT / "samples" / "000_a64c21614b066e79.txt"
KERYX = [sys.executable, "-m", "keryx"]


def build_corpus(dest: Path, copies: int) -> int:
    """Write the benchmark files into ``dest``; returns the number of words."""
    sources = sorted(GOLD.glob("*.txt"))
    real = sorted(REALWORLD.glob("*.txt")) if REALWORLD.is_dir() else []
    words = 0
    for copy in range(copies if real else 1):
        for src in real + (sources if copy == 0 else []):
            text = src.read_text(encoding="utf-8")
            (dest / f"{src.parent.name}_{src.stem}_{copy}.txt").write_text(
                text + "\n" * copy, encoding="utf-8")
            words += len(text.split())
    return words


def measure(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, summed over the process tree) of one command."""
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    secs = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
    return secs, peak / 2**20


TOKENIZE = """
import sys, time
from pathlib import Path
t0 = time.perf_counter()
import spacy
nlp = spacy.blank("el")
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
t1 = time.perf_counter()
n = sum(len(d) for d in nlp.pipe(texts))
print(time.perf_counter() - t1, n)
"""


def tokenizer_seconds(inbox: Path) -> float:
    """Seconds ``spacy.blank('el')`` needs to tokenise the files (reading them excluded)."""
    out = subprocess.run([sys.executable, "-c", TOKENIZE, str(inbox)], capture_output=True,
                         text=True, check=True)
    return float(out.stdout.split()[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=8, help="Copies of the real-world set.")
    ap.add_argument("--repeats", type=int, default=2, help="Interleaved runs; the best is kept.")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="keryx-throughput-"))
    try:
        inbox = tmp / "in"
        inbox.mkdir()
        words = build_corpus(inbox, args.copies)
        n_files = len(list(inbox.glob("*.txt")))
        tok: list[float] = []
        batch: dict[int, list[tuple[float, float]]] = {j: [] for j in args.jobs}
        for _ in range(args.repeats):
            for jobs in args.jobs:
                tok.append(tokenizer_seconds(inbox))
                out = tmp / f"out{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                batch[jobs].append(measure([*KERYX, "batch", str(inbox), "-o", str(out), "-j", str(jobs), "-q"]))
        cold = {name: min(measure([*KERYX, *cmd]) for _ in range(args.repeats))
                for name, cmd in (("extract seed", ["extract", str(SEED)]), ("info", ["info"]),
                                  ("--help", ["--help"]))}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    tok_wps = words / min(tok)
    result = {
        "files": n_files, "words": words,
        "tokenizer_words_per_s": round(tok_wps),
        "batch": {j: {"seconds": round(min(s for s, _ in runs), 2),
                      "words_per_s": round(words / min(s for s, _ in runs)),
                      "ratio_to_tokenizer": round(words / min(s for s, _ in runs) / tok_wps, 3),
                      "peak_rss_mb_all_processes": round(max(m for _, m in runs))}
                  for j, runs in batch.items()},
        "cold_start": {k: {"seconds": round(s, 2), "peak_rss_mb": round(m)} for k, (s, m) in cold.items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{n_files} files, {words:,} words (real-world set x{args.copies} + project gold); "
          f"best of {args.repeats} interleaved runs\n")
    print(f"spacy.blank('el') tokenizer: {tok_wps:,.0f} words/s\n")
    print(f"{'configuration':34} {'seconds':>8} {'words/s':>9} {'x tokenizer':>12} {'peak RSS MB':>12}")
    for j, r in result["batch"].items():
        print(f"{'keryx batch -j ' + str(j) + ' (with start-up)':34} {r['seconds']:8.2f} "
              f"{r['words_per_s']:9,} {r['ratio_to_tokenizer']:12.3f} {r['peak_rss_mb_all_processes']:12}")
    print()
    for k, r in result["cold_start"].items():
        print(f"cold {'keryx ' + k:28} {r['seconds']:6.2f} s {r['peak_rss_mb']:8} MB")


if __name__ == "__main__":
    main()
