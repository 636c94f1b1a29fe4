"""Score the shipped stanza models (models/stanza_el) on UD_Greek-GDT test, end to end.

    python benchmarks/stanza_gdt.py [--data ../shared/data] [--model-dir models/stanza_el]

The raw text of each GDT test document (its sentences' ``# text`` joined by spaces) goes
through the whole pipeline (tokenize, mwt, pos, lemma, depparse), so every score includes
the errors of the earlier stages; the output is scored with the CoNLL 2018 evaluation
script that stanza bundles (F1 over aligned words).  Prints one table: Tokens, Sentences,
Words, UPOS, UFeats, Lemmas, UAS, LAS, words/s (pipeline only, model loaded) and peak RSS.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")


def read_documents(conllu: Path) -> list[str]:
    """The raw text of each document: its sentences' ``# text`` lines, space-joined."""
    docs: list[list[str]] = []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            docs.append([])
        elif line.startswith("# text = "):
            if not docs:
                docs.append([])
            docs[-1].append(line[len("# text = "):])
    return [" ".join(d) for d in docs if d]


def run(gold: Path, model_dir: Path | None = None) -> tuple[dict, int, float, float]:
    """Raw GDT text through the shipped stanza models; CoNLL 2018 scores, words, seconds, load."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch

    torch.set_num_threads(1)
    sys.path.insert(0, str(ROOT))
    from stanza.models.common.utils import ud_scores

    from keryx.engines.stanza import StanzaEngine

    docs = read_documents(gold)
    t0 = time.perf_counter()
    engine = StanzaEngine(model_dir)
    load_s = time.perf_counter() - t0
    out = io.StringIO()
    n_words = 0
    t0 = time.perf_counter()
    for text in docs:
        sdoc = engine(text)
        n_words += sum(len(s.words) for s in sdoc.sentences)
        out.write(format(sdoc, "C") + "\n\n")
    run_s = time.perf_counter() - t0
    return ud_scores(str(gold), io.StringIO(out.getvalue())), n_words, run_s, load_s


def score_shipped(gold: Path) -> dict:
    """Fractions for benchmarks/ner.py's table: upos, morph, lemma, uas, las."""
    scores, *_ = run(gold)
    return {"upos": scores["UPOS"].f1, "morph": scores["UFeats"].f1, "lemma": scores["Lemmas"].f1,
            "uas": scores["UAS"].f1, "las": scores["LAS"].f1}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--model-dir", type=Path, default=None)
    ap.add_argument("--split", default="test", choices=("dev", "test"))
    args = ap.parse_args(argv)
    gold = args.data / "ud_greek_gdt" / f"el_gdt-ud-{args.split}.conllu"
    scores, n_words, run_s, load_s = run(gold, args.model_dir)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_docs = len(read_documents(gold))
    print(f"stanza_el on GDT {args.split}: {n_docs} documents, {n_words} words, raw text in "
          f"(CPU, 1 thread; model load {load_s:.1f} s)")
    header = [*METRICS, "words/s", "peak RSS MB"]
    row = [f"{100 * scores[m].f1:.2f}" for m in METRICS] + [f"{n_words / run_s:.0f}", f"{rss:.0f}"]
    widths = [max(len(h), len(v)) for h, v in zip(header, row)]
    print("| " + " | ".join(h.rjust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    print("| " + " | ".join(v.rjust(w) for v, w in zip(row, widths)) + " |")


if __name__ == "__main__":
    main()
