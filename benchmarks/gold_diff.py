"""Show, per gold document, what keryx got wrong: missed (gold only) and extra (record only).

    python benchmarks/gold_diff.py [GOLD_DIR] [--field organisations] [--doc 005] [--records R.jsonl]
    python benchmarks/gold_diff.py ../shared/data/realworld/gold --split tuning

The matching is the evaluator's (keryx.evaluation.records), so what is listed here is exactly
what the figures of ``keryx evaluate-records`` count.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from keryx.evaluation.records import FIELDS, load_gold, markup_names, read_records, score_document

SPLIT = Path(__file__).resolve().parent / "realworld_split.json"


def _show(item: object) -> str:
    if isinstance(item, dict):
        return item.get("name") or json.dumps(item, ensure_ascii=False)
    if isinstance(item, tuple):
        name, role = item
        return f"{name}: {role if isinstance(role, str) else role[1]}"
    return str(item)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", nargs="?", default="tests/data/gold", type=Path)
    ap.add_argument("--field", choices=FIELDS, default=None)
    ap.add_argument("--doc", default=None)
    ap.add_argument("--records", type=Path, default=None, help="score this records.jsonl instead of extracting")
    ap.add_argument("--split", choices=("tuning", "report"), default=None,
                    help="only the documents of one half of benchmarks/realworld_split.json")
    args = ap.parse_args()
    stems = json.loads(SPLIT.read_text(encoding="utf-8"))[args.split] if args.split else None
    docs = [d for d in load_gold(args.gold_dir, stems) if not args.doc or args.doc == d.stem]
    if args.records:
        records = read_records(args.records)
    else:
        from keryx import Extractor

        ex = Extractor()
        records = {d.stem: ex.extract_file(d.text).model_dump(mode="json") for d in docs}
    for d in docs:
        rec = records.get(d.stem, {})
        result = score_document(rec, d.gold)
        out = []
        for field, res in result.fields.items():
            if args.field and field != args.field or not (res.missed or res.extra):
                continue
            out.append(f"  {field}: missed {[_show(x) for x in res.missed]}\n"
                       f"  {' ' * len(field)}  extra  {[_show(x) for x in res.extra]}")
        markup = markup_names(rec)
        if markup:
            out.append(f"  markup in names: {markup}")
        if out:
            print(d.stem)
            print("\n".join(out))


if __name__ == "__main__":
    main()
