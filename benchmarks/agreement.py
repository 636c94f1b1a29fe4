"""How far do two annotators agree on the real-world set? A ceiling for keryx's figures.

    python benchmarks/agreement.py --second DIR [--ci 1000] [--json OUT.json]

DIR holds a second, independent annotation of ``../shared/data/realworld/texts`` (one
``NNN.json`` per text, GUIDE.md's format), made by team annotators who saw neither the
reference gold nor keryx's output. Each second annotation is read as a record
(``annotation_as_record``) and scored against the reference gold with keryx's copy of the shared
scorer (``keryx.evaluation.records``), per half of ``realworld_split.json``; keryx's own records are scored beside it on the same
documents. A field where two careful annotators agree at 0.8 cannot be asked of keryx at 0.9:
what the texts leave open (which events are "main", which titles are roles, whether a venue is a
place or a body) bounds every system. Only stems and figures are printed; no text or gold
leaves ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from keryx.evaluation.records import FIELDS, annotation_as_record, bootstrap_f1, evaluate, load_gold
from realworld import HALVES, REAL, SPLIT  # the set and its halves, as realworld.py reads them


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--second", type=Path, required=True, help="the second annotation (NNN.json files)")
    ap.add_argument("--real", type=Path, default=REAL)
    ap.add_argument("--ci", type=int, default=0, metavar="ROUNDS", help="also 90%% bootstrap intervals")
    ap.add_argument("--no-keryx", action="store_true", help="score only the second annotation")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    if not (args.real / "gold").is_dir():
        sys.exit(f"no real-world set at {args.real} (it lives in ../shared/data/realworld)")
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    ex = None
    if not args.no_keryx:
        from keryx import Extractor

        ex = Extractor()
    out: dict[str, dict] = {}
    for half in HALVES:
        docs = [d for d in load_gold(args.real / "gold", split[half]) if (args.second / f"{d.stem}.json").is_file()]
        second = {d.stem: annotation_as_record(json.loads((args.second / f"{d.stem}.json").read_text(encoding="utf-8")))
                  for d in docs}
        rows = {"annotator": [(second[d.stem], d.gold) for d in docs]}
        if ex is not None:
            rows["keryx"] = [(ex.extract_file(d.text).model_dump(mode="json"), d.gold) for d in docs]
        out[half] = {"documents": len(docs)}
        print(f"{half} half: {len(docs)} documents with a second annotation")
        print(f"  {'field':<16}" + "".join(f"{who:>24}" for who in rows))
        reports = {who: evaluate(pairs) for who, pairs in rows.items()}
        cis = {who: bootstrap_f1(pairs, rounds=args.ci) for who, pairs in rows.items()} if args.ci else {}
        for f in FIELDS:
            cells = []
            for who in rows:
                f1 = reports[who].fields[f].f1
                ci = f" ({cis[who][f][0]:.2f}-{cis[who][f][1]:.2f})" if cis else ""
                cells.append(f"{f1:.3f}{ci}")
                out[half].setdefault(who, {})[f] = {"f1": round(f1, 3)} | (
                    {"ci90": [round(x, 3) for x in cis[who][f]]} if cis else {})
            print(f"  {f:<16}" + "".join(f"{c:>24}" for c in cells))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
