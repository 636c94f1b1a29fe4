"""How fast can keryx be with a given NER? The nets alone, against the bare tokenizer.

    OPENBLAS_NUM_THREADS=1 python benchmarks/ceiling.py [--model models/keryx_el] [--copies 4]

On the real-world texts (the project's gold texts when ``../shared`` is absent), copied
``--copies`` times, in CPU seconds (best of 3; the machine is shared, so not wall time), it
prints words per CPU second for:

* ``spacy.blank("el")`` tokenising (the yardstick of issue 11's throughput bar);
* the model's tokenizer + tok2vec + ner: no keryx pipeline, at any cost of its other parts,
  can be faster than this;
* the whole spaCy pipeline (rule components included), without reading, linking and writing.

Each is also given as a multiple of the tokenizer's speed, the unit of the bar.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT.parent / "shared" / "data" / "realworld" / "texts"
GOLD = ROOT / "tests" / "data" / "gold"


def cpu_seconds(run: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "keryx_el")
    ap.add_argument("--copies", type=int, default=4)
    args = ap.parse_args()

    import spacy

    from keryx.nlp import load_pipeline

    folder = REALWORLD if REALWORLD.is_dir() else GOLD
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))] * args.copies
    words = sum(len(t.split()) for t in texts)
    blank = spacy.blank("el")
    nlp = load_pipeline(args.model)
    list(nlp.pipe(texts[:5]))
    tokenizer = cpu_seconds(lambda: [blank.make_doc(t) for t in texts])
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        nets = cpu_seconds(lambda: list(nlp.pipe(texts)))
    whole = cpu_seconds(lambda: list(nlp.pipe(texts)))
    print(f"{len(texts)} texts, {words:,} words, model {args.model}")
    for name, seconds in (("bare tokenizer", tokenizer), ("tokenizer + tok2vec + ner", nets),
                          ("whole spaCy pipeline", whole)):
        print(f"{name:28} {words / seconds:>9,.0f} words/CPU s   {tokenizer / seconds:.3f}x tokenizer")


if __name__ == "__main__":
    main()
