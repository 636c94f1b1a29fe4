"""Corpora and vectors for the fast-NER runs of branch fastner2 (training/configs/ner_fast2.cfg).

    python training/experiments/fastner2_prep.py [--data ../shared/data] [--work training/work/fastner2]

Writes WORK/corpus/{train,dev}.spacy (elNER-18, 10 sentences per doc, as ``keryx train``) and
WORK/vectors_model: a blank Greek pipeline holding models/keryx_el's floret vectors, so that the
small NER reads exactly the vectors of the shipped model and of its UD layer.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UD = ["tok2vec_ud", "morphologizer", "tagger", "pos_from_tag", "trainable_lemmatizer", "parser", "lemma_lookup"]


def main() -> None:
    import spacy

    from keryx.training.ner import convert_iob2

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=ROOT / "training" / "work" / "fastner2")
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "keryx_el")
    args = ap.parse_args()
    src = args.data / "elner" / "elNER18"
    for split in ("train", "dev"):
        n = convert_iob2(src / f"{split}.iob2", args.work / "corpus" / f"{split}.spacy", 10)
        print(f"{split}: {n} docs")
    shipped = spacy.load(args.model, exclude=UD)
    nlp = spacy.blank("el")
    nlp.vocab.vectors = shipped.vocab.vectors
    nlp.to_disk(args.work / "vectors_model")
    print(f"vectors {nlp.vocab.vectors.mode} {nlp.vocab.vectors.shape} -> {args.work / 'vectors_model'}")


if __name__ == "__main__":
    main()
