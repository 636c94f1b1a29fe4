"""keryx on the real-world development set, per half: tune on one, report the other.

    python benchmarks/realworld.py                    # both halves side by side
    python benchmarks/realworld.py --json OUT.json    # also write the figures
    python benchmarks/realworld.py --records-dir D    # also keep D/{tuning,report}.jsonl
    python benchmarks/realworld.py --half tuning      # only the tuning half (while tuning)
    python benchmarks/realworld.py --ci 1000          # also 90% bootstrap intervals of each F1
    python benchmarks/realworld.py --make-split       # (re)write benchmarks/realworld_split.json

The set (../shared/data/realworld: texts/, gold/, GUIDE.md) stays outside the repository;
only the file stems of each half are stored here. The split is stratified by source (the
first field of SOURCES.tsv's source column, up to "@"), shuffled with a fixed seed, and
alternates between halves, so both halves hold news agency items, press releases and the
rest in like proportion. Each text is run as ``keryx batch`` runs it: the file alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from keryx.evaluation.records import FIELDS, bootstrap_f1, evaluate_records, load_gold

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "realworld"
SPLIT = Path(__file__).resolve().parent / "realworld_split.json"
SEED = 20261130
HALVES = ("tuning", "report")


def make_split(real: Path = REAL, seed: int = SEED) -> dict[str, list[str]]:
    """Two halves of the gold stems, stratified by source, from a fixed seed."""
    stems = sorted(p.stem for p in (real / "gold").glob("*.json"))
    source: dict[str, str] = {}
    for line in (real / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 2:
            source[Path(cols[0]).stem] = cols[1].split("@")[0] if cols[1].startswith("github:") else "other"
    groups: dict[str, list[str]] = defaultdict(list)
    for s in stems:
        groups[source.get(s, "other")].append(s)
    rng = random.Random(seed)
    halves: dict[str, list[str]] = {h: [] for h in HALVES}
    turn = 0
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        for s in members:
            halves[HALVES[turn % 2]].append(s)
            turn += 1
    out = {h: sorted(v) for h, v in halves.items()}
    out["seed"] = seed  # type: ignore[assignment]
    return out


def print_intervals(intervals: dict[str, dict[str, tuple[float, float]]], fields: Sequence[str], rounds: int) -> None:
    """One line per field: each half's 90% bootstrap interval of F1."""
    print(f"90% intervals of F1 ({rounds} bootstrap draws of documents, seed 0):")
    for f in fields:
        print(f"  {f:<16}" + "".join(f"{h:>10} {lo:.3f}-{hi:.3f}" for h, (lo, hi) in
                                      ((h, intervals[h][f]) for h in intervals)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--real", type=Path, default=REAL, help="the real-world set (texts/, gold/)")
    ap.add_argument("--make-split", action="store_true")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--ci", type=int, default=0, metavar="ROUNDS",
                    help="also print a 90%% bootstrap interval of each F1 (documents drawn with replacement)")
    ap.add_argument("--records-dir", type=Path, default=None)
    ap.add_argument("--half", choices=HALVES, action="append",
                    help="run only this half (repeatable); tune with --half tuning, leave report unseen")
    args = ap.parse_args()
    if not (args.real / "gold").is_dir():
        sys.exit(f"no real-world set at {args.real} (it lives in ../shared/data/realworld)")
    if args.make_split:
        SPLIT.write_text(json.dumps(make_split(args.real), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SPLIT}")
        return
    split = json.loads(SPLIT.read_text(encoding="utf-8"))

    from keryx import Extractor

    t0 = time.perf_counter()
    ex = Extractor()
    reports = {}
    intervals: dict[str, dict[str, tuple[float, float]]] = {}
    halves = tuple(args.half) if args.half else HALVES
    for half in halves:
        docs = load_gold(args.real / "gold", split[half])
        recs = {}
        for d in docs:
            try:
                recs[d.stem] = ex.extract_file(d.text).model_dump(mode="json")
            except Exception as e:  # noqa: BLE001 - a failing document is scored as missing, and said
                print(f"{d.stem}: {type(e).__name__}: {e}", file=sys.stderr)
        if args.records_dir:
            args.records_dir.mkdir(parents=True, exist_ok=True)
            (args.records_dir / f"{half}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs.values()), encoding="utf-8")
        reports[half] = evaluate_records(docs, recs)
        if args.ci:
            intervals[half] = bootstrap_f1([(recs.get(d.stem), d.gold) for d in docs], rounds=args.ci)
    elapsed = time.perf_counter() - t0

    print(f"{'field':<16}" + "".join(f"{h + f' ({reports[h].documents} docs)':>27}" for h in halves))
    print(f"{'':<16}" + "".join(f"{'P':>9}{'R':>9}{'F1':>9}" for _ in halves))
    for f in FIELDS:
        row = "".join(f"{reports[h].fields[f].precision:9.3f}{reports[h].fields[f].recall:9.3f}"
                      f"{reports[h].fields[f].f1:9.3f}" for h in halves)
        print(f"{f:<16}{row}")
    print(f"{'names w/ markup':<16}" + "".join(f"{len(reports[h].markup):>27}" for h in halves))
    print(f"{'docs missing':<16}" + "".join(f"{reports[h].missing:>27}" for h in halves))
    if intervals:
        print_intervals(intervals, FIELDS, args.ci)
    print(f"({elapsed:.0f} s, model load included)")
    if args.json:
        args.json.write_text(json.dumps({h: reports[h].to_json() | {"markup": reports[h].markup} for h in halves},
                                        ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
