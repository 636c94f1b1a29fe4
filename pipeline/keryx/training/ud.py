"""keryx's linguistic layer: morphology, lemmas and dependencies trained on UD_Greek-GDT.

The UD components (``tok2vec_ud``, ``morphologizer``, ``tagger`` with ``pos_from_tag``,
``trainable_lemmatizer``, ``parser``) are trained as their own spaCy pipeline from
``training/configs/ud.cfg`` and then *sourced* into the shipped pipeline after the NER. They
listen only to ``tok2vec_ud``, never to the NER's ``tok2vec``, so adding them leaves the
NER's predictions untouched. ``tok2vec_ud`` starts from the same ``spacy pretrain`` weights
as the NER's tok2vec. After training, ``lemma_lookup`` (GDT-train lemmas, suffix rules and a
raw-corpus lexicon, see ``LemmaLookup``) is appended.

Multi-word tokens ("στα" = σε + τα) are merged, as spaCy's Greek tokenizer keeps them whole:
the models learn what they will see at run time (lemma "σε ο", merged features).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

from keryx.components.lemma_lookup import LemmaLookup
from keryx.corpora import (
    GDT_DIR,
    SPLITS,
    conllu_docs,
    convert_conllu,
    gdt_file,
    prepare_ud,
)
from keryx.errors import TrainingError

log = logging.getLogger(__name__)

TRAINED_COMPONENTS = ("tok2vec_ud", "morphologizer", "tagger", "pos_from_tag", "trainable_lemmatizer",
                      "parser")
UD_COMPONENTS = (*TRAINED_COMPONENTS, "lemma_lookup")
UD_LISTENERS = ["morphologizer", "tagger", "trainable_lemmatizer", "parser"]

__all__ = ["GDT_DIR", "SPLITS", "conllu_docs", "convert_conllu", "gdt_file", "prepare_ud",
           "TRAINED_COMPONENTS", "UD_COMPONENTS", "UD_LISTENERS", "LemmaLookup",
           "attach_lemma_lookup", "train_ud", "add_ud_components", "add_ud_meta", "install_ud"]


def raw_word_counts(corpus: Path) -> dict[str, int]:
    """Word frequencies of a tokenised raw corpus (``training.build_raw_corpus``'s output)."""
    from collections import Counter

    counts: Counter = Counter()
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            counts.update(line.split())
    return counts


def attach_lemma_lookup(model_dir: Path, train: Path, raw_corpus: Path | None = None) -> int:
    """Add (or rebuild) ``lemma_lookup`` in a trained UD pipeline from the train DocBin.

    With ``raw_corpus`` (lower-cased, tokenised raw text) its words become the lexicon the
    suffix rules check their guesses against; without it only training lemmas are known.
    """
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(model_dir)
    if "lemma_lookup" in nlp.pipe_names:
        nlp.remove_pipe("lemma_lookup")
    lookup: LemmaLookup = nlp.add_pipe("keryx_lemma_lookup", name="lemma_lookup")  # type: ignore[assignment]
    if raw_corpus is not None:
        if not raw_corpus.exists():
            raise TrainingError(f"raw corpus not found: {raw_corpus} (keryx train builds it)")
        n_words = lookup.add_lexicon(raw_word_counts(raw_corpus))
        log.info("lemma lexicon: %d words from %s", n_words, raw_corpus)
    n = lookup.build(DocBin().from_disk(train).get_docs(nlp.vocab))
    nlp.to_disk(model_dir)
    return n


def train_ud(config: Path, corpus_dir: Path, vectors_model: Path | None, output: Path,
             overrides: dict | None = None, raw_corpus: Path | None = None,
             use_last: bool = False) -> Path:
    """Train the UD pipeline with spaCy's own loop, then add the lemma lookup.

    Returns ``model-best`` (best dev checkpoint), or ``model-last`` with ``use_last`` (when dev
    was trained on, see ``prepare_ud(with_dev=True)``).
    """
    from keryx.training.ner import train_spacy

    best = train_spacy(config, corpus_dir, vectors_model, output, overrides, tok2vec="tok2vec_ud")
    if use_last:
        best = output / "model-last"
    n = attach_lemma_lookup(best, corpus_dir / "train.spacy", raw_corpus)
    log.info("lemma lookup: %d (form, UPOS) entries", n)
    return best


def add_ud_components(nlp: Language, ud_model: str | Path | Language, before: str | None = None,
                      replace: bool = False) -> list[str]:
    """Source the UD components from ``ud_model`` (a path or a loaded Language) into ``nlp``.

    They go right after the NER (or before ``before``): ``tok2vec_ud`` must follow any
    component listening to ``upstream = "*"`` (the NER), or it would claim it as a listener.
    Components already there are kept unless ``replace`` (a retrained UD model). Returns the
    names added.
    """
    import spacy

    source = spacy.load(ud_model) if isinstance(ud_model, (str, Path)) else ud_model
    missing = [n for n in UD_COMPONENTS if n not in source.pipe_names]
    if missing:
        raise TrainingError(f"UD model lacks components: {', '.join(missing)}")
    if replace:
        for name in UD_COMPONENTS:
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
    if before is None:
        anchor = "ner" if "ner" in nlp.pipe_names else None
        names = nlp.pipe_names
        before = names[names.index(anchor) + 1] if anchor and names.index(anchor) + 1 < len(names) else None
    added = []
    for name in UD_COMPONENTS:
        if name in nlp.pipe_names:
            continue
        if before is not None:
            nlp.add_pipe(name, source=source, before=before)
        else:
            nlp.add_pipe(name, source=source)
        added.append(name)
    # Reconnect tok2vec_ud to its listeners in the new pipeline (spacy.load does this too).
    nlp._link_components()
    tok2vec_ud: Any = nlp.get_pipe("tok2vec_ud")
    captured = set(tok2vec_ud.listening_components) - set(UD_COMPONENTS)
    if captured:
        for name in added:
            nlp.remove_pipe(name)
        nlp._link_components()
        raise TrainingError(
            f"tok2vec_ud would feed {', '.join(sorted(captured))}: put the UD components after it")
    return added



GDT_SOURCE = {"name": "UD_Greek-GDT 2.17", "url": "https://github.com/UniversalDependencies/UD_Greek-GDT",
              "license": "CC BY-NC-SA 3.0", "author": "Prokopidis, Papageorgiou (ILSP)"}


def add_ud_meta(nlp: Language, scores: dict | None = None) -> None:
    """Record the UD layer in the pipeline's meta: source corpus and GDT test scores."""
    sources = [s for s in nlp.meta.get("sources", []) if s.get("name") != GDT_SOURCE["name"]]
    nlp.meta["sources"] = [*sources, GDT_SOURCE]
    desc = nlp.meta.get("description", "")
    if "UD_Greek-GDT" not in desc:
        nlp.meta["description"] = (desc + " Morphologizer, lemmatizer and dependency parser "
                                   "trained on UD_Greek-GDT.").strip()
    if scores:
        nlp.meta.setdefault("performance", {})["UD_GDT_test"] = {
            k: v for k, v in scores.items() if k in ("pos_acc", "morph_acc", "lemma_acc",
                                                      "dep_uas", "dep_las", "sents_f")}


def install_ud(pipeline_dir: Path, ud_model: Path, output: Path | None = None,
               scores: dict | None = None) -> Path:
    """Add (or replace) the UD layer in a saved keryx pipeline; rewrites it in place by default."""
    import shutil

    from keryx.nlp import load_pipeline

    nlp = load_pipeline(pipeline_dir, linguistic=True)
    add_ud_components(nlp, ud_model, replace=True)
    add_ud_meta(nlp, scores)
    output = output or pipeline_dir
    tmp = output.with_name(output.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    if output.exists():
        shutil.rmtree(output)
    tmp.replace(output)
    return output
