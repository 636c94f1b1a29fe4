"""Accuracy and speed of keryx's UD layer on UD_Greek-GDT test, with gold tokenisation.

    python benchmarks/ud_gdt.py [--model training/work/ud/model-best] [--data ../shared/data]

The predicted Docs are built from the CoNLL-U tokens (multi-word tokens such as "στα" merged,
as spaCy's Greek tokenizer and the training data have them), so the scores measure tagging,
lemmatisation and parsing only. Prints UPOS, UFeats, lemma accuracy, UAS, LAS, sentence F,
words/s (pipeline only, model loaded) and peak RSS. Works on a bare UD pipeline or a full
keryx pipeline (``models/keryx_el`` once the UD components are sourced into it).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=ROOT / "training" / "work" / "ud" / "model-best")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT))
    import spacy

    from keryx.extensions import register_extensions
    from keryx.nlp import _register_factories
    from keryx.corpora import gdt_file
    from keryx.evaluation.ud import evaluate_ud

    # spacy.load, not load_pipeline: a bare UD model is scored as it is (no keryx_sentences
    # added in front); a full keryx pipeline is scored with its own components.
    register_extensions()
    _register_factories()
    t0 = time.perf_counter()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - t0
    scores = evaluate_ud(nlp, gdt_file(args.data, args.split))
    n_words, secs = scores["words"], scores["seconds"]

    def pct(key: str) -> str:
        v = scores.get(key)
        return "n/a" if v is None else f"{100 * v:.2f}"

    rows = [
        ("model", str(args.model)),
        ("pipeline", ", ".join(nlp.pipe_names)),
        (f"GDT {args.split} sentences / words", f"{scores['sentences']} / {n_words}"),
        ("UPOS", pct("pos_acc")),
        ("UFeats (morph)", pct("morph_acc")),
        ("lemma", pct("lemma_acc")),
        ("UAS", pct("dep_uas")),
        ("LAS", pct("dep_las")),
        ("sentence F", pct("sents_f")),
        ("words/s (1 process)", f"{n_words / secs:,.0f}"),
        ("load s", f"{load_s:.1f}"),
        ("peak RSS MB", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
