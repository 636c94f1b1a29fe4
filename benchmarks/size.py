"""Cost per document against its size: time per character and peak memory, by stage.

    python benchmarks/size.py                       # 10k, 100k, 1M, 10M characters
    python benchmarks/size.py --sizes 10000 100000  # some sizes only
    python benchmarks/size.py --oneline             # the same texts without any line break
    python benchmarks/size.py --upto-doc            # reading + pipeline only (no linking/events)

The texts are the project's own samples/ press releases, joined by blank lines and repeated
until the size is reached (cut at a word end), so they read like a very long release. Each
size runs in its own process (a fresh model, its own peak RSS), through the library's real
path (``Extractor.extract_bytes``), best of --repeat runs up to 1M characters (one run for
10M), with the stages timed from inside:

    read+normalise   read_bytes and normalise
    tokenizer        cutting into pieces and tokenising (Extractor._make_doc)
    <component>      each rule component of the pipeline (keryx_dates is date matching)
    networks         the rest of the pipeline: tok2vec, NER and the linguistic layer
    join             joining the pieces of a long text into one Doc
    linking          Linker.link (people, roles, organisations)
    events           EventBuilder.build
    record           the rest: building the record and its JSON

A size that runs past --limit seconds is stopped; the stages it finished are still printed
("stopped in <stage>"). The last lines give the spread of time per character (largest over
smallest, flat means under 2x) and the peak memory of the largest size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)


def build_text(size: int, oneline: bool = False) -> str:
    """The samples/ releases joined by blank lines, repeated to ``size`` characters."""
    base = "\n\n".join(p.read_text("utf-8").strip() for p in sorted((ROOT / "samples").glob("*.txt")))
    if oneline:
        base = " ".join(base.split())
    text = (base + ("  " if oneline else "\n\n")) * (size // (len(base) + 2) + 1)
    cut = text.rfind(" ", 0, size)
    return text[:cut if cut > size // 2 else size]


_CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, {pipeline!r})
sys.path.insert(0, {root!r})
from benchmarks.size import build_text
import keryx.api as api
from keryx.io import ingest, normalise as norm_mod

report = open({report!r}, "a", encoding="utf-8")
stages = {{}}
current = ["setup"]
marks = {{}}
t0 = [time.perf_counter()]

def note(name, seconds):
    stages[name] = stages.get(name, 0.0) + seconds

def timed(name, fn):
    def wrapper(*a, **k):
        prev, current[0] = current[0], name
        t = time.perf_counter()
        marks.setdefault(name, t - t0[0])
        try:
            return fn(*a, **k)
        finally:
            note(name, time.perf_counter() - t)
            current[0] = prev
    return wrapper

text = build_text({size}, {oneline})
data = text.encode("utf-8")
ex = api.Extractor()
ex.extract_text("Ο Δήμαρχος Αθηναίων κ. Κώστας Μπακογιάννης μίλησε στις 5 Μαΐου 2024.")  # warm up
for i, (name, proc) in enumerate(ex.nlp._components):
    if not hasattr(proc, "pipe"):
        ex.nlp._components[i] = (name, timed(name, proc))
api.read_bytes = timed("read+normalise", api.read_bytes)
api.normalise = timed("read+normalise", api.normalise)
ex._make_doc = timed("tokenizer", ex._make_doc)
api._Joiner.add = timed("join", api._Joiner.add)
api._Joiner.doc = timed("join", api._Joiner.doc)
ex.linker.link = timed("linking", ex.linker.link)
ex.events.build = timed("events", ex.events.build)

import threading
def heartbeat():
    while True:
        time.sleep(5)
        report.write(json.dumps({{"partial": dict(stages), "in": current[0], "marks": dict(marks),
                                  "elapsed": time.perf_counter() - t0[0]}}) + "\n"); report.flush()
threading.Thread(target=heartbeat, daemon=True).start()
best = None
for rep in range({reps}):  # best of several for the small sizes: one run of 10k is mostly noise
    marks.clear()
    stages.clear()
    t0[0] = time.perf_counter()
    if {upto_doc}:  # only up to the processed Doc: reading, pieces, pipeline, joining
        prep = ex._prepare(api.read_bytes(data, path="long.txt"), None, None)
        doc = next(ex._pipe_pieces([prep]))
        total = time.perf_counter() - t0[0]
        class rec: entities = doc.ents; people = (); dates = doc.spans.get("dates", [])
    else:
        rec = ex.extract_bytes(data, path="long.txt")
        out = rec.to_json(indent=None)
        total = time.perf_counter() - t0[0]
    if best is None or total < best[0]:
        best = (total, dict(stages))
total, stages = best
report.write(json.dumps({{"done": True, "chars": len(text), "total": total, "stages": stages,
                          "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                          "entities": len(rec.entities), "people": len(rec.people), "dates": len(rec.dates)}}) + "\n")
report.close()
"""


def _vmhwm(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_size(size: int, oneline: bool, limit: float, upto_doc: bool = False, reps: int = 1) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.jsonl"
        code = _CHILD.format(pipeline=str(ROOT / "pipeline"), root=str(ROOT), report=str(report), size=size,
                             oneline=oneline, upto_doc=upto_doc, reps=reps)
        proc = subprocess.Popen([sys.executable, "-c", code])
        t0 = time.time()
        peak = None
        while proc.poll() is None and time.time() - t0 < limit:
            time.sleep(1)
            peak = _vmhwm(proc.pid) or peak
        stopped = proc.poll() is None
        if stopped:
            peak = _vmhwm(proc.pid) or peak
            proc.kill()
            proc.wait()
        lines = [json.loads(x) for x in report.read_text("utf-8").splitlines()] if report.exists() else []
    done = [x for x in lines if x.get("done")]
    if done:
        return done[-1]
    if not stopped:  # it ended without a result: an error (its traceback is above)
        return {"done": False, "failed": proc.returncode, "chars": size, "total": None, "stages": {},
                "in": "setup", "rss_mb": peak}
    last = lines[-1] if lines else {"partial": {}, "in": "setup"}
    stages = dict(last["partial"])
    marks = last.get("marks", {})
    if "linking" in marks:  # the networks' time: all that ran before linking, less the timed stages
        before = [k for k, v in marks.items() if v < marks["linking"] and k != "linking"]
        stages["networks"] = marks["linking"] - sum(stages.get(k, 0.0) for k in before)
        if last["in"] == "linking":
            stages["linking"] = last["elapsed"] - marks["linking"]
    return {"done": False, "chars": size, "total": None, "stages": stages, "in": last["in"],
            "rss_mb": peak, "wall": time.time() - t0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--oneline", action="store_true", help="no line breaks in the texts")
    ap.add_argument("--limit", type=float, default=1800.0, help="seconds allowed per size")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size up to 1M chars (the best is kept)")
    ap.add_argument("--upto-doc", action="store_true",
                    help="stop at the processed Doc (no linking, events, record): the pipeline's own cost")
    args = ap.parse_args()
    results = []
    for size in args.sizes:
        r = run_size(size, args.oneline, args.limit, args.upto_doc, reps=args.repeat if size <= 1_000_000 else 1)
        results.append(r)
        st = r["stages"]
        total = r["total"]
        if total is not None:
            known = sum(v for k, v in st.items())
            nets = total - known
            head = (f"{r['chars']:>11,} chars: {total:8.1f} s = {1e6 * total / r['chars']:7.2f} µs/char, "
                    f"peak RSS {r['rss_mb']:,.0f} MB ({r['entities']} entities, {r['dates']} dates)")
        elif r.get("failed") is not None:
            nets = None
            head = f"{r['chars']:>11,} chars: FAILED (exit {r['failed']})"
        else:
            nets = None
            head = (f"{r['chars']:>11,} chars: STOPPED after {args.limit:.0f} s in stage {r['in']!r}, "
                    f"peak RSS {r['rss_mb'] or 0:,.0f} MB")
        print(head, flush=True)
        parts = [f"{k} {v:.2f}" for k, v in sorted(st.items(), key=lambda kv: -kv[1]) if v >= 0.005]
        if nets is not None:
            parts.insert(0, f"networks {nets:.2f}")
        print("      stages (s): " + ", ".join(parts), flush=True)
        if r["chars"]:
            per = {k: 1e6 * v / r["chars"] for k, v in st.items()}
            print("      µs/char:    " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(per.items(), key=lambda kv: -kv[1])
                                                   if v >= 0.01), flush=True)
    finished = [r for r in results if r["total"] is not None]
    if len(finished) >= 2:
        per = [r["total"] / r["chars"] for r in finished]
        print(f"time per character, largest/smallest over {len(finished)} sizes: {max(per) / min(per):.2f}x "
              f"({'flat' if max(per) / min(per) <= 2 else 'NOT flat'}: the bar is 2x)")
    if finished:
        big = max(finished, key=lambda r: r["chars"])
        print(f"peak RSS at {big['chars']:,} chars: {big['rss_mb']:,.0f} MB (bar: 1,536 MB at 10M)")
    return 0 if len(finished) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
