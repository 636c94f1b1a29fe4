"""Readers of the annotated corpora (UD CoNLL-U), shared by training and evaluation."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from keryx.errors import TrainingError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

GDT_DIR = "ud_greek_gdt"
SPLITS = ("train", "dev", "test")

log = logging.getLogger(__name__)


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


def prepare_ud(data_dir: Path, corpus_dir: Path, n_sents: int = 10, limit: int | None = None,
               with_dev: bool = False) -> None:
    """Convert the GDT splits to ``corpus_dir/{train,dev,test}.spacy``.

    With ``with_dev`` the training file holds train *and* dev (for a final model trained a
    fixed number of steps); dev.spacy is still written, but its scores then mean nothing.
    """
    for split in SPLITS:
        n = convert_conllu(gdt_file(data_dir, split), corpus_dir / f"{split}.spacy", n_sents,
                           limit=limit)
        log.info("GDT %s: %d docs", split, n)
    if with_dev:
        import spacy
        from spacy.tokens import DocBin

        vocab = spacy.blank("el").vocab
        merged = DocBin(store_user_data=False)
        for split in ("train", "dev"):
            for doc in DocBin().from_disk(corpus_dir / f"{split}.spacy").get_docs(vocab):
                merged.add(doc)
        merged.to_disk(corpus_dir / "train.spacy")
        log.info("GDT train + dev: %d docs", len(merged))


def read_iob2(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences of (token, IOB2 tag) pairs from an elNER file."""
    if not path.exists():
        raise TrainingError(f"IOB2 file not found: {path}")
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if sentence:
                    yield sentence
                    sentence = []
                continue
            token, _, tag = line.rpartition(" ")
            if not token:
                token, tag = tag, "O"
            sentence.append((token, tag or "O"))
    if sentence:
        yield sentence


# Punctuation that news text writes glued to the word before, and after.
NO_SPACE_BEFORE = frozenset(".,;:!?)»]%·")
NO_SPACE_AFTER = frozenset("(«[")


def detokenise(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A tokenised sentence as running text, with each token's character span, so that a
    benchmark can hand keryx text that reads like news while keeping the gold spans."""
    text = ""
    spans: list[tuple[int, int]] = []
    prev = ""
    for i, w in enumerate(words):
        if i and not (w in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER):
            text += " "
        spans.append((len(text), len(text) + len(w)))
        text += w
        prev = w
    return text, spans


def iob2_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token-index spans (start, end, label) from IOB2 tags; stray I- tags open a span."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate(tags + ["O"]):
        kind, _, lab = tag.partition("-")
        if kind == "B" or kind == "O" or (kind == "I" and lab != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, ""
            if kind in ("B", "I"):
                start, label = i, lab
    return spans


def iob2_to_docs(nlp: Language, path: Path, sentences_per_doc: int = 1,
                 limit: int | None = None) -> Iterator[Doc]:
    """Build gold spaCy Docs (tokens, sentence starts, entities) from an IOB2 file."""
    from spacy.tokens import Doc, Span

    batch: list[list[tuple[str, str]]] = []
    count = 0

    def flush() -> Doc:
        words = [t for sent in batch for t, _ in sent]
        tags = [g for sent in batch for _, g in sent]
        sent_starts: list[bool | int | None] = []
        for sent in batch:
            sent_starts.extend([True] + [False] * (len(sent) - 1))
        doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in iob2_to_spans(tags)]
        return doc

    for sent in read_iob2(path):
        batch.append(sent)
        count += 1
        if len(batch) >= sentences_per_doc:
            yield flush()
            batch = []
        if limit is not None and count >= limit:
            break
    if batch:
        yield flush()
