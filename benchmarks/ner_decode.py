"""NER words/s with spaCy's own greedy decoder vs the same decoder driven from Python.

    python benchmarks/ner_decode.py [--data ../shared/data] [--split dev] [--rounds 3] MODEL [MODEL ...]

Why: in the spaCy 3.8 wheels the NER's transition loop runs without the GIL, but the compiled
state accessors (``StateC::B_`` and friends, called for every action of every token) take and
drop the GIL on each call; ``perf`` shows about three quarters of the ``ner`` component's time
in ``take_gil``/``drop_gil``/mutexes. Driving the same steps from Python (``model.predict`` on
the unfinished states, then ``transition_states``) keeps the GIL held, so those calls are cheap.
The scores and the argmax are the same, so the entities should be identical: this script
checks that on every sentence and prints the count.

Each model keeps only ``tok2vec`` + ``ner``; the text is elNER-18 with gold tokens, one doc
per sentence, batches of 64 (as ``keryx.evaluation.ner``); models and modes run interleaved,
best and median of the rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "pipeline"))


def python_greedy(ner, docs: list, batch_size: int = 64) -> list:
    """Annotate ``docs`` (already through ``tok2vec``) with ``ner``, stepping from Python."""
    for i in range(0, len(docs), batch_size):
        batch = docs[i:i + batch_size]
        states = ner.moves.init_batch(batch)
        if not any(len(doc) for doc in batch):  # as Parser.predict: nothing to step through
            ner.set_annotations(batch, states)
            continue
        step_model = ner.model.predict(batch)
        todo = [s for s in states if not s.is_final()]
        while todo:
            todo = ner.transition_states(todo, step_model.predict(todo))
        step_model.clear_memory()
        ner.set_annotations(batch, states)
    return docs


def load_ner_only(paths: list[str]) -> dict:
    """Each model with only ``tok2vec`` + ``ner``, its nets set up as keryx runs them."""
    import spacy
    from keryx.nlp import _register_factories, use_numpy_blas
    from keryx.vectors import cache_floret_rows

    _register_factories()
    nlps = {}
    for path in paths:
        nlp = spacy.load(path)
        for name in list(nlp.pipe_names):
            if name not in ("tok2vec", "ner"):
                nlp.remove_pipe(name)
        use_numpy_blas(nlp)
        cache_floret_rows(nlp.vocab)
        nlps[path] = nlp
    return nlps


def main() -> None:
    from keryx.corpora import iob2_to_docs
    from spacy.tokens import Doc

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    nlps = load_ner_only(args.models)
    first = next(iter(nlps.values()))
    gold = list(iob2_to_docs(first, args.data / "elner" / "elNER18" / f"{args.split}.iob2", sentences_per_doc=1))
    words = [[t.text for t in d] for d in gold]
    spaces = [[t.whitespace_ == " " for t in d] for d in gold]
    n_words = sum(map(len, words))

    speeds: dict[tuple[str, str], list[float]] = {}
    ner_share: dict[tuple[str, str], list[float]] = {}
    same: dict[str, int] = {}
    for _ in range(args.rounds):
        for path, nlp in nlps.items():
            outputs = {}
            for mode in ("spacy", "python"):
                docs = [Doc(nlp.vocab, words=w, spaces=s) for w, s in zip(words, spaces)]
                t0 = time.perf_counter()
                docs = list(nlp.get_pipe("tok2vec").pipe(docs, batch_size=64))
                t1 = time.perf_counter()
                if mode == "spacy":
                    docs = list(nlp.get_pipe("ner").pipe(docs, batch_size=64))
                else:
                    docs = python_greedy(nlp.get_pipe("ner"), docs)
                t2 = time.perf_counter()
                speeds.setdefault((path, mode), []).append(n_words / (t2 - t0))
                ner_share.setdefault((path, mode), []).append((t2 - t1) / (t2 - t0))
                outputs[mode] = [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]
            same[path] = sum(a == b for a, b in zip(outputs["spacy"], outputs["python"]))
    base = statistics.median(speeds[(args.models[0], "spacy")])
    print(f"elNER-18 {args.split}: {n_words} words, {len(gold)} sentences, {args.rounds} rounds; "
          f"ratios against {args.models[0]} with spaCy's decoder (medians)")
    for path in args.models:
        for mode in ("spacy", "python"):
            s = speeds[(path, mode)]
            print(f"{path}  decoder={mode:6}  words/s best {max(s):7.0f}  median {statistics.median(s):7.0f}  "
                  f"x{statistics.median(s) / base:4.2f}  ner share {statistics.median(ner_share[(path, mode)]):.2f}")
        print(f"{path}  identical entities, python vs spacy decoder: {same[path]}/{len(gold)} sentences")


if __name__ == "__main__":
    main()
