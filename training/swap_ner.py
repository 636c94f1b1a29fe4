"""Put a fine-tuned tok2vec + ner into a keryx pipeline, leaving every other part as it is.

    python training/swap_ner.py TRAINED [--into models/keryx_el] [--data ../shared/data]

TRAINED is a spaCy tok2vec + ner pipeline trained from the shipped one (``training/indomain.py``,
``training/configs/ner_indomain.cfg``). Only ``tok2vec/`` and ``ner/`` are copied: the vectors,
the UD layer, the rule components and their resource copies stay byte-identical. The two
components' settings must equal the target's (same architecture and labels), else nothing is
written. ``--data`` also scores elNER-18 dev and test into meta.json (``performance``).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("tok2vec", "ner")


def _section(cfg, name: str) -> dict:
    sec = dict(cfg["components"][name])
    sec.pop("factory", None)  # "ner" when trained, keryx_ner (same weights) when shipped
    sec.pop("source", None)
    return sec


def swap(trained: Path, into: Path) -> None:
    """Copy ``trained``'s tok2vec and ner weights into the pipeline at ``into`` (checked first)."""
    from spacy.util import load_config

    new, old = load_config(trained / "config.cfg", interpolate=True), load_config(into / "config.cfg", interpolate=True)
    for part in PARTS:
        if _section(new, part) != _section(old, part):
            raise SystemExit(f"{part}: settings differ between {trained} and {into}; not swapping")
    if (trained / "ner" / "moves").read_bytes() != (into / "ner" / "moves").read_bytes():
        raise SystemExit("ner: the label set differs; not swapping")
    for part in PARTS:
        for f in (trained / part).iterdir():
            shutil.copyfile(f, into / part / f.name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trained", type=Path)
    ap.add_argument("--into", type=Path, default=ROOT / "models" / "keryx_el")
    ap.add_argument("--data", type=Path, default=None, help="score elNER-18 dev and test into meta.json")
    args = ap.parse_args()
    swap(args.trained, args.into)
    print(f"{args.into}: tok2vec and ner from {args.trained}")
    if args.data:
        from keryx.evaluation.ner import evaluate_ner
        from keryx.nlp import load_pipeline

        nlp = load_pipeline(args.into)
        elner = args.data / "elner" / "elNER18"
        test, dev = evaluate_ner(nlp, elner / "test.iob2"), evaluate_ner(nlp, elner / "dev.iob2")
        meta_path = args.into / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta.setdefault("performance", {}).update(
            {"elNER18_test": test["micro"], "elNER18_test_per_label": test["per_label"], "elNER18_dev": dev["micro"]})
        meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"elNER-18 dev F1 {100 * dev['micro']['f1']:.2f}, test F1 {100 * test['micro']['f1']:.2f}")


if __name__ == "__main__":
    main()
