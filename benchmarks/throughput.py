"""End-to-end speed and memory of keryx on documents built from elNER-18 test sentences.

    python benchmarks/throughput.py [--data ../shared/data] [--sentences-per-doc 10] [--docs N]

Prints, for one process (library ``Extractor.pipe``, model already loaded) and for
``keryx batch -j 1`` / ``-j 2`` (whole runs, model loading included): words/s, docs/s and
peak RSS; and the words/s of ``spacy.blank("el")`` tokenisation of the same text, with the
ratio. Each configuration runs in a fresh process so that peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_docs(data: Path, per_doc: int, limit: int | None) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from keryx.corpora import read_iob2

    sents = [" ".join(t for t, _ in s) for s in read_iob2(data / "elner" / "elNER18" / "test.iob2")]
    docs = [" ".join(sents[i:i + per_doc]) for i in range(0, len(sents), per_doc)]
    return docs[:limit] if limit else docs


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def run_library(docs_file: Path) -> dict:
    from keryx import Extractor

    docs = json.loads(docs_file.read_text("utf-8"))
    t0 = time.perf_counter()
    ex = Extractor()
    load = time.perf_counter() - t0
    n_words = sum(len(d.split()) for d in docs)
    t0 = time.perf_counter()
    n = sum(1 for _ in ex.pipe(docs, batch_size=16))
    secs = time.perf_counter() - t0
    return {"config": "library, 1 process", "docs": n, "words": n_words, "seconds": secs,
            "load_seconds": load, "peak_rss_mb": peak_rss_mb()}


def run_tokenizer(docs_file: Path) -> dict:
    import spacy

    docs = json.loads(docs_file.read_text("utf-8"))
    nlp = spacy.blank("el")
    n_words = sum(len(d.split()) for d in docs)
    t0 = time.perf_counter()
    for _ in nlp.pipe(docs):
        pass
    secs = time.perf_counter() - t0
    return {"config": "spacy.blank('el') tokenizer", "docs": len(docs), "words": n_words,
            "seconds": secs, "peak_rss_mb": peak_rss_mb()}


def run_batch_cli(docs_file: Path, jobs: int) -> dict:
    docs = json.loads(docs_file.read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "in"
        inbox.mkdir()
        for i, d in enumerate(docs):
            (inbox / f"{i:05d}.txt").write_text(d, encoding="utf-8")
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "keryx.cli.app", "batch", str(inbox), "-o",
                               str(Path(tmp) / "out"), "-j", str(jobs), "-q"], cwd=ROOT,
                              capture_output=True, text=True)
        secs = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
    return {"config": f"keryx batch -j {jobs} (incl. model load)", "docs": len(docs),
            "words": sum(len(d.split()) for d in docs), "seconds": secs,
            "peak_rss_mb": peak_rss_mb(children=True)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--sentences-per-doc", type=int, default=10)
    ap.add_argument("--docs", type=int, default=None, help="Use only the first N documents.")
    ap.add_argument("--_run", help=argparse.SUPPRESS)
    ap.add_argument("--_docs-file", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._run:
        fn = {"library": run_library, "tokenizer": run_tokenizer,
              "batch1": lambda f: run_batch_cli(f, 1), "batch2": lambda f: run_batch_cli(f, 2)}[args._run]
        print(json.dumps(fn(args._docs_file)))
        return
    docs = build_docs(args.data, args.sentences_per_doc, args.docs)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(docs, fh, ensure_ascii=False)
        docs_file = Path(fh.name)
    rows = []
    for name in ("tokenizer", "library", "batch1", "batch2"):
        out = subprocess.run([sys.executable, __file__, "--_run", name, "--_docs-file", str(docs_file)],
                             capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    docs_file.unlink()
    tok_wps = rows[0]["words"] / rows[0]["seconds"]
    print(f"{len(docs)} documents of {args.sentences_per_doc} elNER-18 test sentences, "
          f"{rows[0]['words']} words\n")
    print(f"{'configuration':42} {'words/s':>10} {'docs/s':>8} {'peak RSS MB':>12} {'tokenizer/x':>12}")
    for r in rows:
        wps = r["words"] / r["seconds"]
        print(f"{r['config']:42} {wps:10.0f} {r['docs'] / r['seconds']:8.2f} {r['peak_rss_mb']:12.0f} "
              f"{tok_wps / wps:12.1f}")
    lib = rows[1]
    print(f"\nmodel load: {lib['load_seconds']:.2f} s")


if __name__ == "__main__":
    main()
