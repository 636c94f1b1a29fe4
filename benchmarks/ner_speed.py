"""CPU time of tok2vec + NER only, for two or more models, interleaved (issue 11 item 6).

    python benchmarks/ner_speed.py [--rounds 7] [--data ../shared/data] MODEL [MODEL ...]

Why: the fast-NER candidates differ from the shipped model only in ``tok2vec`` and ``ner``, and
this machine is shared, so wall-clock figures swing by ±30 %. This script counts the process's
CPU time (``time.process_time``, one BLAS thread) instead, which other jobs disturb much less.
Each model keeps only ``tok2vec`` + ``ner`` (in a keryx model the NER is ``keryx_ner``, the
Python-stepped greedy decoder). Two inputs: elNER-18 dev with gold tokens (one doc per
sentence) and the real-world press releases (``realworld/texts``, whole files through the
model's own tokenizer). Docs go through in batches of 64; ratios are against the first model.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "pipeline"))


def main() -> None:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from keryx.corpora import iob2_to_docs
    from ner_decode import load_ner_only
    from spacy.tokens import Doc

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    nlps = load_ner_only(args.models)
    first = next(iter(nlps.values()))
    gold = list(iob2_to_docs(first, args.data / "elner" / "elNER18" / "dev.iob2", sentences_per_doc=1))
    inputs = {"elNER-18 dev": [[t.text for t in d] for d in gold]}
    texts_dir = args.data / "realworld" / "texts"
    if texts_dir.exists():
        texts = [p.read_text(encoding="utf-8") for p in sorted(texts_dir.glob("*.txt"))]
        inputs["realworld texts"] = [[t.text for t in first.make_doc(x)] for x in texts]
    for label, words in inputs.items():
        n_words = sum(map(len, words))
        times: dict[str, list[float]] = {p: [] for p in nlps}
        for _ in range(args.rounds):
            for path, nlp in nlps.items():
                docs = [Doc(nlp.vocab, words=w) for w in words]
                t0 = time.process_time()
                for _doc in nlp.pipe(docs, batch_size=64):
                    pass
                times[path].append(time.process_time() - t0)
        base = args.models[0]
        print(f"{label}: {n_words} tokens, {len(words)} docs, {args.rounds} rounds, tok2vec+ner CPU time")
        for path in args.models:
            best, med = min(times[path]), statistics.median(times[path])
            print(f"  {path}  words/s best {n_words / best:7.0f}  median {n_words / med:7.0f}  "
                  f"x{min(times[base]) / best:4.2f} (best)  x{statistics.median(times[base]) / med:4.2f} (median)")


if __name__ == "__main__":
    main()
