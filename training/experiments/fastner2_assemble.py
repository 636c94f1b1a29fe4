"""Assemble a fast-NER candidate into a full keryx pipeline, next to (never over) models/keryx_el.

    python training/experiments/fastner2_assemble.py NER_MODEL OUT [--data ../shared/data]

NER_MODEL is a trained tok2vec + ner pipeline (training/configs/ner_fast2*.cfg; it must hold the
shipped floret vectors, which the UD layer reads too). The UD layer and lemma_lookup are sourced
from models/keryx_el unchanged, the rule components are added and the NER gets keryx_ner's
Python decoder, as ``keryx train`` does (``keryx.training.assemble``). elNER-18 dev and test
scores go into meta.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    import spacy

    from keryx import __version__
    from keryx.evaluation.ner import evaluate_ner
    from keryx.training.assemble import assemble

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_model", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--shipped", type=Path, default=ROOT / "models" / "keryx_el")
    args = ap.parse_args()
    if args.out.resolve() == args.shipped.resolve():
        raise SystemExit("refusing to write over the shipped model")
    elner = args.data / "elner" / "elNER18"
    ner = spacy.load(args.ner_model)
    test = evaluate_ner(ner, elner / "test.iob2")
    dev = evaluate_ner(ner, elner / "dev.iob2")
    shipped_meta = json.loads((args.shipped / "meta.json").read_text(encoding="utf-8"))
    assemble(args.ner_model, args.out, __version__,
             {"elNER18_test": test["micro"], "elNER18_test_per_label": test["per_label"],
              "elNER18_dev": dev["micro"]},
             ud_model=args.shipped, ud_scores=shipped_meta.get("performance", {}).get("UD_GDT_test"))
    meta_path = args.out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["description"] = ("keryx Greek pipeline: a small NER (tok2vec width 96, depth 3) distilled from the "
                           "0.2.0 NER on teacher-labelled news plus elNER-18 train, then fine-tuned on "
                           "elNER-18 train; floret vectors; rule components for dates and roles. "
                           "Morphologizer, lemmatizer and dependency parser trained on UD_Greek-GDT.")
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"{args.out}: elNER-18 dev F1 {100 * dev['micro']['f1']:.2f}, test F1 {100 * test['micro']['f1']:.2f}")


if __name__ == "__main__":
    main()
