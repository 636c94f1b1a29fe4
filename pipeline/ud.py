"""keryx's linguistic layer: morphology, lemmas and dependencies trained on UD_Greek-GDT.

The UD components (``tok2vec_ud``, ``morphologizer``, ``trainable_lemmatizer``, ``parser``)
are trained as their own spaCy pipeline from ``training/configs/ud.cfg`` and then *sourced*
into the shipped pipeline after the NER. They listen only to ``tok2vec_ud``, never to the
NER's ``tok2vec``, so adding them leaves the NER's predictions untouched.

Multi-word tokens ("στα" = σε + τα) are merged, as spaCy's Greek tokenizer keeps them whole:
the models learn what they will see at run time (lemma "σε ο", merged features).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from .errors import TrainingError

log = logging.getLogger(__name__)

UD_COMPONENTS = ("tok2vec_ud", "morphologizer", "trainable_lemmatizer", "parser")
GDT_DIR = "ud_greek_gdt"
SPLITS = ("train", "dev", "test")


def gdt_file(data_dir: Path, split: str) -> Path:
    return data_dir / GDT_DIR / f"el_gdt-ud-{split}.conllu"


def conllu_docs(path: Path, n_sents: int = 10, merge_subtokens: bool = True) -> Iterator:
    """Gold Docs from a CoNLL-U file, via spaCy's own converter (``n_sents`` sentences each)."""
    from spacy.training.converters import conllu_to_docs

    if not path.exists():
        raise TrainingError(f"CoNLL-U file not found: {path}")
    text = path.read_text(encoding="utf-8")
    if not text.strip():
        raise TrainingError(f"CoNLL-U file is empty: {path}")
    yield from conllu_to_docs(text, n_sents=n_sents, merge_subtokens=merge_subtokens,
                              no_print=True)


def convert_conllu(src: Path, dest: Path, n_sents: int = 10, merge_subtokens: bool = True,
                   limit: int | None = None) -> int:
    """Write a CoNLL-U file as a spaCy DocBin; returns the number of docs written."""
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for doc in conllu_docs(src, n_sents, merge_subtokens):
        db.add(doc)
        n += 1
        if limit is not None and n >= limit:
            break
    dest.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(dest)
    return n


def prepare_ud(data_dir: Path, corpus_dir: Path, n_sents: int = 10, limit: int | None = None) -> None:
    """Convert the GDT splits to ``corpus_dir/{train,dev,test}.spacy``."""
    for split in SPLITS:
        n = convert_conllu(gdt_file(data_dir, split), corpus_dir / f"{split}.spacy", n_sents,
                           limit=limit)
        log.info("GDT %s: %d docs", split, n)


def train_ud(config: Path, corpus_dir: Path, vectors_model: Path | None, output: Path,
             overrides: dict | None = None) -> Path:
    """Train the UD pipeline with spaCy's own loop; returns ``model-best``."""
    from spacy.cli.train import train as spacy_train

    settings: dict = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev.spacy"),
    }
    if vectors_model is not None:
        settings["paths.vectors"] = str(vectors_model)
    else:
        settings["components.tok2vec_ud.model.embed.include_static_vectors"] = False
    settings.update(overrides or {})
    output.mkdir(parents=True, exist_ok=True)
    spacy_train(config, output, overrides=settings, use_gpu=-1)
    best = output / "model-best"
    if not best.exists():
        raise TrainingError(f"UD training produced no model in {output}")
    return best


def add_ud_components(nlp, ud_model, before: str | None = None) -> list[str]:
    """Source the UD components from ``ud_model`` (a path or a loaded Language) into ``nlp``.

    They go right after the NER (or before ``before``): ``tok2vec_ud`` must follow any
    component listening to ``upstream = "*"`` (the NER), or it would claim it as a listener.
    """
    import spacy

    source = spacy.load(ud_model) if isinstance(ud_model, (str, Path)) else ud_model
    missing = [n for n in UD_COMPONENTS if n not in source.pipe_names]
    if missing:
        raise TrainingError(f"UD model lacks components: {', '.join(missing)}")
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
    return added
