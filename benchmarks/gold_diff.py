"""Show, per gold document, what keryx got wrong: missed (gold only) and extra (record only).

    python benchmarks/gold_diff.py [tests/data/gold] [--field organisations] [--doc 005]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from keryx import Extractor
from keryx.evaluation.records import load_gold, norm


def _names(items, key="name"):
    return {norm(x[key] if isinstance(x, dict) else x): (x[key] if isinstance(x, dict) else x) for x in items or []}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", nargs="?", default="tests/data/gold", type=Path)
    ap.add_argument("--field", default=None)
    ap.add_argument("--doc", default=None)
    args = ap.parse_args()
    ex = Extractor()
    for txt, gold in load_gold(args.gold_dir):
        if args.doc and args.doc not in txt.name:
            continue
        rec = ex.extract_file(txt, published=gold.get("published")).model_dump(mode="json")
        out = []
        for field in ("people", "organisations", "places"):
            if args.field and args.field != field:
                continue
            g, p = _names(gold.get(field)), _names(rec[field])
            if field == "organisations":
                for o in rec[field]:
                    for a in o["aliases"]:
                        p.setdefault(norm(a), a)
                for o in gold.get(field) or []:
                    for a in o.get("aliases", []):
                        g.setdefault(norm(a), a)
            miss = [g[k] for k in g if k not in p]
            extra = [p[k] for k in p if k not in g]
            if miss or extra:
                out.append(f"  {field}: missed {miss} extra {extra}")
        if not args.field or args.field == "person_roles":
            from keryx.evaluation.records import _org_keys, _role_matches, _role_tuples

            canon = {k: norm(o.get("name")) for o in gold.get("organisations") or [] for k in _org_keys(o)}
            pr, gr = _role_tuples(rec["people"], canon), _role_tuples(gold.get("people"), canon)
            extra = [p for p in pr if not any(_role_matches(p, g) for g in gr)]
            miss = [g for g in gr if not any(_role_matches(p, g) for p in pr)]
            if miss or extra:
                out.append(f"  roles: missed {miss}\n         extra {extra}")
        if not args.field or args.field == "events":
            ge = [(e["type"], e.get("date"), e.get("location")) for e in gold.get("events", [])]
            pe = [(e["type"], e["date"], e["location"]) for e in rec["events"]]
            if ge != pe:
                out.append(f"  events: gold {ge}\n          got  {pe}")
        if out:
            print(txt.name)
            print("\n".join(out))


if __name__ == "__main__":
    main()
