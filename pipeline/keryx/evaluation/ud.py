"""Scores of the linguistic layer on UD_Greek-GDT (gold tokens)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

from keryx.corpora import conllu_docs


def evaluate_ud(nlp: Language, conllu: Path) -> dict:
    """UPOS/UFeats/lemma accuracy, UAS/LAS and sentence F on a CoNLL-U file, gold tokens.

    The predicted Docs are built from the CoNLL-U tokens so that only tagging, lemmatising
    and parsing are scored. Returns fractions plus ``words`` and ``seconds`` (pipeline time).
    """
    import time

    from spacy.scorer import Scorer
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    # The converter builds Docs on a vocab of its own: move them to the pipeline's strings.
    gold = list(DocBin(docs=conllu_docs(conllu, n_sents=1)).get_docs(nlp.vocab))
    preds = [Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
             for g in gold]
    t0 = time.perf_counter()
    done = list(nlp.pipe(preds, batch_size=64))
    seconds = time.perf_counter() - t0
    scores = Scorer(nlp).score([Example(p, g) for p, g in zip(done, gold)])
    keys = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    out = {k: scores.get(k) for k in keys}
    out.update(sentences=len(gold), words=sum(len(d) for d in preds), seconds=seconds)
    return out
