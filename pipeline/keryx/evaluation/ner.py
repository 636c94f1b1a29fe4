"""NER evaluation on IOB2 files with gold tokenisation (exact-span micro and per-label P/R/F1)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

from keryx.corpora import iob2_to_docs
from keryx.errors import InputError

# elNER-4 (PERSON, ORG, LOC, MISC) is elNER-18 with coarser labels; these are the
# correspondences measured on the aligned dev splits. Labels mapped to None have no
# elNER-4 counterpart and are dropped from the predictions.
ELNER18_TO_4: dict[str, str | None] = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
    "EVENT": "MISC", "WORK_OF_ART": "MISC", "NORP": "MISC",
}
ELNER4_LABELS = {"PERSON", "ORG", "LOC", "MISC"}


def evaluate_ner(nlp: Language, path: Path, batch_size: int = 64, label_map: dict | None = None) -> dict:
    """Score ``nlp``'s entities against an IOB2 file.

    The gold tokens are given to the model as they are, so tokenisation differences never
    count as errors: this is the standard elNER setting. Returns fractions in [0, 1].
    """
    from spacy.training import Example

    path = Path(path)
    if not path.exists():
        raise InputError(f"evaluation file not found: {path}")
    gold_docs = list(iob2_to_docs(nlp, path, sentences_per_doc=1))
    if not gold_docs:
        raise InputError(f"no sentences in {path}: is it an IOB2 file (token TAG per line)?")
    from spacy.tokens import Doc

    preds = (Doc(nlp.vocab, words=[t.text for t in d], spaces=[t.whitespace_ == " " for t in d])
             for d in gold_docs)
    ner_only = [name for name in nlp.pipe_names if name not in ("tok2vec", "ner")]
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=ner_only):
        predicted = list(nlp.pipe(preds, batch_size=batch_size))
    seconds = time.perf_counter() - t0
    gold_labels = {e.label_ for d in gold_docs for e in d.ents}
    if label_map is None and gold_labels and gold_labels <= ELNER4_LABELS:
        label_map = ELNER18_TO_4  # an elNER-4 file: score our 18 labels mapped onto its 4
    if label_map is not None:
        from spacy.tokens import Span

        for doc in predicted:
            doc.ents = [Span(doc, e.start, e.end, label=label_map[e.label_])
                        for e in doc.ents if label_map.get(e.label_)]
    examples = [Example(p, g) for p, g in zip(predicted, gold_docs)]
    from spacy.scorer import Scorer

    scores = Scorer.score_spans(examples, "ents")
    n_words = sum(len(d) for d in gold_docs)
    per_label = {
        label: {"precision": v["p"], "recall": v["r"], "f1": v["f"]}
        for label, v in sorted((scores.get("ents_per_type") or {}).items())
    }
    return {
        "micro": {"precision": scores["ents_p"], "recall": scores["ents_r"], "f1": scores["ents_f"]},
        "per_label": per_label,
        "sentences": len(gold_docs),
        "words": n_words,
        "words_per_second": n_words / seconds if seconds else None,
    }
