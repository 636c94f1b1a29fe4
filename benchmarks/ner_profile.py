"""Where the CPU time of tok2vec + NER goes, per part, for one or more models (issue 11 item 6).

    python benchmarks/ner_profile.py [--rounds 5] [--data ../shared/data] MODEL [MODEL ...]

Why: a narrower tok2vec only shrinks the parts whose cost grows with its width. This splits the
time on elNER-18 dev (gold tokens, one doc per sentence, batches of 64) into the static-vector
look-up with its projection (for floret: hashing every n-gram of every token), the whole
embedding layer (hash embeddings + static vectors + the mixing layer), the CNN encoder, and the
NER's greedy decoding stepped from Python (as ``keryx_ner`` does). CPU time of this process
(``time.process_time``, one BLAS thread), best of the rounds, models interleaved.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT / "benchmarks"))

PARTS = ("static vectors", "embedding (all)", "encoder", "ner decoding")


def main() -> None:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from keryx.corpora import iob2_to_docs
    from ner_decode import load_ner_only, python_greedy
    from spacy.tokens import Doc

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    nlps = load_ner_only(args.models)
    gold = list(iob2_to_docs(next(iter(nlps.values())), args.data / "elner" / "elNER18" / "dev.iob2", 1))
    words = [[t.text for t in d] for d in gold]
    best: dict[tuple[str, str], float] = {}
    for _ in range(args.rounds):
        for path, nlp in nlps.items():
            docs = [Doc(nlp.vocab, words=w) for w in words]
            embed, encode = nlp.get_pipe("tok2vec").model.layers
            static = [n for n in embed.walk() if n.name == "static_vectors"]
            spent = dict.fromkeys(PARTS, 0.0)
            for i in range(0, len(docs), 64):
                batch = docs[i:i + 64]
                t0 = time.process_time()
                if static:
                    static[0].predict(batch)
                t1 = time.process_time()
                X = embed.predict(batch)
                t2 = time.process_time()
                encode.predict(X)
                t3 = time.process_time()
                spent["static vectors"] += t1 - t0
                spent["embedding (all)"] += t2 - t1
                spent["encoder"] += t3 - t2
            docs = list(nlp.get_pipe("tok2vec").pipe(docs, batch_size=64))
            t0 = time.process_time()
            python_greedy(nlp.get_pipe("ner"), docs)
            spent["ner decoding"] = time.process_time() - t0
            for part, seconds in spent.items():
                best[(path, part)] = min(best.get((path, part), float("inf")), seconds)
    print(f"elNER-18 dev, {sum(map(len, words))} tokens; CPU seconds, best of {args.rounds}")
    for path in args.models:
        total = sum(best[(path, p)] for p in PARTS[1:])
        print(f"  {path}  " + "  ".join(f"{p} {best[(path, p)]:.2f}" for p in PARTS) + f"  total {total:.2f}")


if __name__ == "__main__":
    main()
