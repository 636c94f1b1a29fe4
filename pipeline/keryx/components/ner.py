"""``keryx_ner``: spaCy's entity recognizer with its greedy decoder stepped from Python.

The weights, the transition system and the serialised form are spaCy's own ``ner``; only
``predict`` differs. In the spaCy 3.8 wheels the compiled greedy loop runs without the GIL,
but the state accessors it calls for every action of every token take and release the GIL
each time; ``perf`` put about three quarters of the ``ner`` step there. Driving the same
steps from Python (scores for the unfinished states, then ``transition_states``) keeps the
GIL held: the same argmax on the same scores, so the same entities, and the NER (tok2vec
included) about 1.4x faster (``benchmarks/ner_decode.py`` checks both on elNER-18 dev).
Beam search, which keryx does not use, stays spaCy's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from spacy.tokens import Doc
from thinc.api import Model

from keryx._torchless import hide_torch_from_thinc

hide_torch_from_thinc()

__all__ = ["KeryxEntityRecognizer", "make_keryx_ner"]


class KeryxEntityRecognizer(EntityRecognizer):
    """spaCy's ``EntityRecognizer`` with the greedy decoder driven from Python."""

    def predict(self, docs: Iterable[Doc] | Doc) -> Any:
        batch = [docs] if isinstance(docs, Doc) else list(docs)
        if self.cfg.get("beam_width", 1) != 1 or not any(len(doc) for doc in batch):
            return super().predict(batch)
        self._ensure_labels_are_added(batch)
        states = self.moves.init_batch(batch)
        step_model = self.model.predict(batch)
        todo = [s for s in states if not s.is_final()]
        while todo:
            todo = self.transition_states(todo, step_model.predict(todo))
        step_model.clear_memory()
        return states


@Language.factory(
    "keryx_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={
        "moves": None,
        "update_with_oracle_cut_size": 100,
        "model": DEFAULT_NER_MODEL,  # spaCy's own default: keryx_ner differs only in predict
        "incorrect_spans_key": None,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_keryx_ner(nlp: Language, name: str, model: Model, moves: Any, update_with_oracle_cut_size: int,
                   incorrect_spans_key: str | None, scorer: Callable | None) -> KeryxEntityRecognizer:
    return KeryxEntityRecognizer(nlp.vocab, model, name=name, moves=moves,
                                 update_with_oracle_cut_size=update_with_oracle_cut_size,
                                 incorrect_spans_key=incorrect_spans_key, scorer=scorer)


def use_python_decoder(config_path: Any) -> bool:
    """Point a saved pipeline's ``ner`` at ``keryx_ner`` (same weights); True if it changed."""
    from pathlib import Path

    path = Path(config_path)
    text = path.read_text(encoding="utf-8")
    new = text.replace('[components.ner]\nfactory = "ner"\n', '[components.ner]\nfactory = "keryx_ner"\n')
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text
