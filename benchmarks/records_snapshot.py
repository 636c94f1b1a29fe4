"""Records of a fixed set of texts, one JSON line each, to check that a change keeps output.

    python benchmarks/records_snapshot.py OUT.jsonl      # samples/, tests/data/gold, real-world texts
    cmp BEFORE.jsonl AFTER.jsonl                         # byte-identical, or the change shows

A refactoring (the move to ``import keryx``, the dates registry, the linking resolvers, the
self-contained model, the NER decoder) must leave this file byte-identical. The digest of the
rules' data (``pipeline.resources``) is left out: it changes with any resource edit by design. The real-world
texts are read from ``../shared`` when it is there and are never copied anywhere.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT.parent / "shared" / "data" / "realworld" / "texts"


def inputs() -> list[Path]:
    files = sorted((ROOT / "samples").glob("*")) + sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))
    return files + (sorted(REALWORLD.glob("*")) if REALWORLD.is_dir() else [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", type=Path)
    args = ap.parse_args()
    from keryx import Extractor

    ex = Extractor()
    files = inputs()
    with args.output.open("w", encoding="utf-8") as fh:
        for path in files:
            data = ex.extract_file(path).model_dump(mode="json")
            data["pipeline"].pop("resources", None)
            fh.write(json.dumps(data, ensure_ascii=False) + "\n")
    print(f"{len(files)} records → {args.output}")


if __name__ == "__main__":
    main()
