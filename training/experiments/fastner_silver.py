"""Silver NER data for distilling the shipped NER into a smaller one.

    python training/experiments/fastner_silver.py TEACHER OUT.spacy [--data ../shared/data] [--words 700000] [--heldout]

A seeded sample of news paragraphs (greek_raw/news.txt.xz), minus every paragraph sharing a
10-word sequence with elNER-18 dev or test (with --heldout: every line that
``keryx.training.ner.HeldOut`` drops, i.e. an 8-token run shared with elNER-18/elNER-4/GDT dev
or test, as well), labelled by the teacher's tok2vec + ner (no rule components). Put OUT.spacy next to a copy of the elNER-18 train.spacy and give that folder as
paths.train: spaCy reads every .spacy file in it.
"""

from __future__ import annotations

import argparse
import lzma
import random
from pathlib import Path


def main() -> None:
    import spacy
    from spacy.tokens import DocBin

    from keryx.corpora import read_iob2

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("teacher", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared" / "data")
    ap.add_argument("--words", type=int, default=700000)
    ap.add_argument("--heldout", action="store_true", help="also drop the lines keryx's HeldOut drops")
    args = ap.parse_args()
    held_out = None
    if args.heldout:
        from keryx.training.ner import HeldOut

        held_out = HeldOut(args.data)
    held: set[tuple[str, ...]] = set()
    for split in ("dev", "test"):
        for sent in read_iob2(args.data / "elner" / "elNER18" / f"{split}.iob2"):
            w = [t.lower() for t, _ in sent]
            held.update(tuple(w[i:i + 10]) for i in range(max(0, len(w) - 9)))
    nlp = spacy.load(args.teacher)
    for name in list(nlp.pipe_names):
        if name not in ("tok2vec", "ner"):
            nlp.remove_pipe(name)
    with lzma.open(args.data / "greek_raw" / "news.txt.xz", "rt", encoding="utf-8") as fh:
        lines = [line.strip() for line in fh if line.strip()]
    random.Random(0).shuffle(lines)
    docs, n_words, dropped = [], 0, 0
    for line in lines:
        doc = nlp.make_doc(line)
        w = [t.lower_ for t in doc if not t.is_space]
        if any(tuple(w[i:i + 10]) in held for i in range(max(0, len(w) - 9))) or (
                held_out is not None and line in held_out):
            dropped += 1
            continue
        if not 8 <= len(doc) <= 400:
            continue
        docs.append(doc)
        n_words += len(doc)
        if n_words >= args.words:
            break
    db = DocBin(store_user_data=False)
    for doc in nlp.pipe(docs, batch_size=32):
        db.add(doc)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.out)
    print(f"{len(docs)} paragraphs, {n_words} tokens -> {args.out} ({dropped} dropped: overlap with dev/test)")


if __name__ == "__main__":
    main()
