"""Reproducible training of keryx's own Greek models.

Everything here reads the corpora from a directory given by the caller (by default
``../shared/data``) and writes only into ``training/`` work folders and ``models/``: the
corpora themselves never enter the repository.
"""

from __future__ import annotations

import logging
import lzma
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from keryx.corpora import iob2_to_docs, read_iob2
from keryx.errors import TrainingError

log = logging.getLogger(__name__)

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
TRAINING_DIR = Path(__file__).resolve().parent.parent / "training"

# Roughly spaCy's Greek tokenisation, good enough for vector training: words (with an
# elided apostrophe, as in "κατ'"), numbers, and single punctuation marks.
_RAW_TOKEN = re.compile(r"[^\W\d_]+['’]?|\d+(?:[.,]\d+)*|[^\w\s]")


def convert_iob2(src: Path, dest: Path, sentences_per_doc: int = 1, limit: int | None = None) -> int:
    """Write an IOB2 file as a spaCy DocBin; returns the number of docs."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("el")
    db = DocBin(store_user_data=False)
    n = 0
    for doc in iob2_to_docs(nlp, src, sentences_per_doc, limit):
        db.add(doc)
        n += 1
    dest.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(dest)
    return n


def conllu_text(path: Path) -> Iterator[str]:
    """The raw sentence texts of a CoNLL-U file (its ``# text =`` lines)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# text = "):
                yield line[len("# text = "):].strip()


def tokenise_raw(line: str) -> str:
    return " ".join(_RAW_TOKEN.findall(line.lower()))


class HeldOut:
    """The elNER-18 and UD_Greek-GDT dev and test sentences, to keep them out of raw corpora.

    A line is held out if it shares a run of ``n`` raw tokens (``tokenise_raw``) with one of
    those sentences, or holds a shorter one (of at least ``min_tokens`` tokens) whole. The
    news file, for one, carries GDT's Wikinews/VOA sentences.
    """

    def __init__(self, data_dir: Path, n: int = 8, min_tokens: int = 5):
        self.n = n
        self.grams: set[tuple[str, ...]] = set()
        self.lengths: set[int] = set()
        sents: list[str] = []
        for split in ("dev", "test"):
            for corpus in ("elNER18", "elNER4"):
                path = data_dir / "elner" / corpus / f"{split}.iob2"
                if path.exists():
                    sents.extend(" ".join(t for t, _ in s) for s in read_iob2(path))
            gdt = data_dir / "ud_greek_gdt" / f"el_gdt-ud-{split}.conllu"
            if gdt.exists():
                sents.extend(conllu_text(gdt))
        for sent in sents:
            toks = tuple(_RAW_TOKEN.findall(sent.lower()))
            if len(toks) < min_tokens:
                continue
            k = min(len(toks), n)
            self.lengths.add(k)
            self.grams.update(toks[i:i + k] for i in range(len(toks) - k + 1))
        self.dropped = 0

    def __contains__(self, line: str) -> bool:
        toks = tuple(_RAW_TOKEN.findall(line.lower()))
        for k in self.lengths:
            for i in range(len(toks) - k + 1):
                if toks[i:i + k] in self.grams:
                    self.dropped += 1
                    return True
        return False


def build_raw_corpus(data_dir: Path, dest: Path, books_fraction: float = 0.5, seed: int = 0,
                     news_weight: int = 0, weighted: Path | None = None) -> int:
    """Write lower-cased, tokenised raw Greek text for vector training.

    Uses the Gazette text in full, a seeded sample of the e-books, the news (if present),
    and the *training* splits of elNER and GDT. Lines sharing text with elNER or GDT dev or
    test sentences are dropped (``HeldOut``). ``dest`` holds each line once (the UD lemma
    lexicon counts words in it); ``weighted``, if given, is the floret input: the same lines
    with the news repeated ``news_weight`` times, shuffled with ``seed``. Returns the number
    of tokens written to ``dest``.
    """
    rng = random.Random(seed)
    raw = data_dir / "greek_raw"
    official = raw / "official.txt.xz"
    books = raw / "books.txt.xz"
    news = raw / "news.txt.xz"
    for p in (official, books):
        if not p.exists():
            raise TrainingError(f"raw corpus file missing: {p}")
    held_out = HeldOut(data_dir)

    def xz_lines(p: Path, fraction: float = 1.0) -> Iterator[str]:
        with lzma.open(p, "rt", encoding="utf-8") as fh:
            for line in fh:
                if (fraction >= 1.0 or rng.random() < fraction) and line not in held_out:
                    yield line

    def elner_lines() -> Iterator[str]:
        for sent in read_iob2(data_dir / "elner" / "elNER18" / "train.iob2"):
            yield " ".join(t for t, _ in sent)

    sources: list[tuple[str, Iterable[str], int]] = [
        ("official", xz_lines(official), 1),
        ("books", xz_lines(books, books_fraction), 1),
    ]
    if news.exists() and news_weight > 0:
        sources.append(("news", xz_lines(news), news_weight))
    sources += [
        ("elner-train", elner_lines(), 1),
        ("gdt-train", (l for l in conllu_text(data_dir / "ud_greek_gdt" / "el_gdt-ud-train.conllu")
                       if l not in held_out), 1),
    ]
    dest.parent.mkdir(parents=True, exist_ok=True)
    n_tokens = 0
    lines: list[str] = []
    tmp = dest.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for name, source, weight in sources:
            before, dropped = n_tokens, held_out.dropped
            for line in source:
                toks = tokenise_raw(line)
                if toks:
                    out.write(toks + "\n")
                    n_tokens += toks.count(" ") + 1
                    if weighted is not None:
                        lines.extend([toks] * weight)
            log.info("raw corpus: %s gave %d tokens (x%d for vectors); %d lines held out",
                     name, n_tokens - before, weight, held_out.dropped - dropped)
    tmp.replace(dest)
    if weighted is not None:
        rng.shuffle(lines)
        with weighted.open("w", encoding="utf-8") as out:
            out.writelines(l + "\n" for l in lines)
        log.info("vector corpus: %d lines, %d tokens", len(lines), sum(l.count(" ") + 1 for l in lines))
    return n_tokens


def train_floret(corpus: Path, out_prefix: Path, dim: int = 100, bucket: int = 50000,
                 epoch: int = 5, threads: int = 2, minn: int = 4, maxn: int = 5) -> Path:
    """Train floret (hashed subword) vectors; returns the ``.floret`` text file."""
    import floret

    model = floret.train_unsupervised(
        str(corpus), model="cbow", mode="floret", hashCount=2, bucket=bucket,
        minn=minn, maxn=maxn, dim=dim, epoch=epoch, thread=threads, minCount=5,
        verbose=2,
    )
    out_prefix.parent.mkdir(parents=True, exist_ok=True)
    model.save_floret_vectors(str(out_prefix) + ".floret")
    return Path(str(out_prefix) + ".floret")


def init_vectors(floret_file: Path, out_dir: Path) -> None:
    """Turn a floret file into a spaCy pipeline holding only the vectors (keyed by LOWER)."""
    cmd = [sys.executable, "-m", "spacy", "init", "vectors", "el", str(floret_file), str(out_dir),
           "--mode", "floret", "--attr", "LOWER", "--name", "keryx_el_floret"]
    subprocess.run(cmd, check=True)


def prepare(data_dir: Path, work: Path, sentences_per_doc: int = 10, limit: int | None = None) -> None:
    """Convert the elNER-18 splits to DocBins under ``work``."""
    src = data_dir / "elner" / "elNER18"
    for split in ("train", "dev", "test"):
        n = convert_iob2(src / f"{split}.iob2", work / f"{split}.spacy", sentences_per_doc, limit)
        log.info("%s: %d docs", split, n)


def vectors(data_dir: Path, work: Path, books_fraction: float = 0.5, dim: int = 100,
            bucket: int = 50000, epoch: int = 5, news_weight: int = 0) -> Path:
    """Build the raw corpus, train floret vectors and convert them for spaCy."""
    t0 = time.time()
    corpus = work / "raw.txt"
    # With news, floret reads the lines shuffled, the news repeated; without, raw.txt as it is.
    weighted = work / "raw_weighted.txt" if news_weight > 0 else None
    n = build_raw_corpus(data_dir, corpus, books_fraction, news_weight=news_weight, weighted=weighted)
    log.info("raw corpus: %d tokens in %.0fs", n, time.time() - t0)
    floret_file = train_floret(weighted or corpus, work / "vectors", dim=dim, bucket=bucket, epoch=epoch)
    if weighted is not None:
        weighted.unlink()
    log.info("floret trained in %.0fs", time.time() - t0)
    out = work / "vectors_model"
    if out.exists():
        shutil.rmtree(out)
    init_vectors(floret_file, out)
    return out


def train_spacy(config: Path, corpus_dir: Path, vectors_model: Path | None, output: Path,
                overrides: dict | None = None, tok2vec: str = "tok2vec") -> Path:
    """Run spaCy's own training loop on ``corpus_dir/{train,dev}.spacy``; returns ``model-best``.

    Without vectors, the static-vector input of the ``tok2vec`` component is switched off.
    """
    from spacy.cli.train import train as spacy_train

    settings: dict = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev.spacy"),
    }
    if vectors_model is not None:
        settings["paths.vectors"] = str(vectors_model)
    else:
        settings[f"components.{tok2vec}.model.embed.include_static_vectors"] = False
    settings.update(overrides or {})
    output.mkdir(parents=True, exist_ok=True)
    spacy_train(config, output, overrides=settings, use_gpu=-1)
    best = output / "model-best"
    if not best.exists():
        raise TrainingError(f"training produced no model in {output}")
    return best


def train_ner(config: Path, corpus_dir: Path, vectors_model: Path | None, output: Path,
              overrides: dict | None = None) -> Path:
    """Train the NER pipeline (``training/configs/ner.cfg``); returns ``model-best``."""
    return train_spacy(config, corpus_dir, vectors_model, output, overrides)


# The pretraining mix with the news (``keryx train --pretrain-news``): 4.43 M words, half news.
NEWS_PRETRAIN_MIX = {"official_fraction": 0.1, "books_fraction": 0.04, "news_fraction": 1.0}


def build_pretrain_corpus(data_dir: Path, dest: Path, official_fraction: float = 0.3,
                          books_fraction: float = 0.15, news_fraction: float = 0.0,
                          seed: int = 0) -> int:
    """Write JSONL texts (original case) for ``spacy pretrain``; returns the number of words.

    The elNER-18 and GDT *training* sentences plus seeded samples of the news, the Gazette
    text and the e-books, shuffled with the same seed; raw lines sharing text with elNER or
    GDT dev or test sentences are dropped (``HeldOut``). Case is kept: the tok2vec being
    pretrained sees SHAPE and capitals, unlike the lower-cased vector corpus.
    """
    import json

    rng = random.Random(seed)
    raw = data_dir / "greek_raw"
    held_out = HeldOut(data_dir)
    texts: list[str] = [" ".join(t for t, _ in sent)
                        for sent in read_iob2(data_dir / "elner" / "elNER18" / "train.iob2")]
    texts.extend(l for l in conllu_text(data_dir / "ud_greek_gdt" / "el_gdt-ud-train.conllu")
                 if l not in held_out)
    for name, fraction in (("official.txt.xz", official_fraction), ("books.txt.xz", books_fraction),
                           ("news.txt.xz", news_fraction)):
        path = raw / name
        if fraction <= 0:
            continue
        if not path.exists():
            raise TrainingError(f"raw corpus file missing: {path}")
        with lzma.open(path, "rt", encoding="utf-8") as fh:
            texts.extend(line for line in fh if rng.random() < fraction and line not in held_out)
        log.info("pretraining corpus: %s sampled; %d lines held out so far", name, held_out.dropped)
    rng.shuffle(texts)
    dest.parent.mkdir(parents=True, exist_ok=True)
    n_words = 0
    tmp = dest.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for text in texts:
            text = text.strip()
            if len(text) < 20:  # page numbers, headers, stray fragments
                continue
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            n_words += text.count(" ") + 1
    tmp.replace(dest)
    return n_words


def pretrain_tok2vec(config: Path, corpus: Path, vectors_model: Path | None, output: Path,
                     overrides: dict | None = None) -> Path:
    """Run ``spacy pretrain`` on ``corpus`` with ``config``'s [pretraining]; returns the weights.

    The weights (the tok2vec after one pass over the corpus) go to ``paths.init_tok2vec`` of
    the NER and UD trainings. Took 47 minutes for 6.45 M words on one CPU core (the default
    mix), 35 minutes for the 4.43 M words of ``NEWS_PRETRAIN_MIX``.
    """
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    settings: dict = {"paths.raw_text": str(corpus)}
    if vectors_model is not None:
        settings["paths.vectors"] = str(vectors_model)
    else:
        settings["components.tok2vec.model.embed.include_static_vectors"] = False
    settings.update(overrides or {})
    cfg = load_config(config, overrides=settings, interpolate=False)
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    cfg.to_disk(output / "config.cfg")
    cfg = cfg.interpolate()
    spacy_pretrain(cfg, output, silent=False)
    epochs = cfg["pretraining"]["max_epochs"]
    weights = output / f"model{epochs - 1}.bin"
    if not weights.exists():
        raise TrainingError(f"pretraining wrote no weights to {weights}")
    return weights


def ensure_vectors(data_dir: Path, work: Path, books_fraction: float = 0.5, news_weight: int = 0) -> Path:
    """``work/vectors/vectors_model``, trained first if it is not there yet."""
    model = work / "vectors" / "vectors_model"
    if not model.exists():
        model = vectors(data_dir, work / "vectors", books_fraction=books_fraction,
                        news_weight=news_weight)
    return model


def ensure_pretrained(data_dir: Path, work: Path, vectors_model: Path | None,
                      config: Path = TRAINING_DIR / "configs" / "ner.cfg",
                      limit: int | None = None, news: bool = False) -> Path:
    """``work/pretrain/model0.bin``, pretrained first (``spacy pretrain``) if it is not there.

    ``news``: pretrain on ``NEWS_PRETRAIN_MIX`` instead of the default (Gazette and e-books).
    """
    weights = work / "pretrain" / "model0.bin"
    if weights.exists():
        return weights
    raw = work / "pretrain_corpus" / "raw.jsonl"
    mix: dict[str, float] = NEWS_PRETRAIN_MIX if news else {}
    n = build_pretrain_corpus(data_dir, raw, **mix)  # type: ignore[arg-type]
    log.info("pretraining corpus: %d words", n)
    overrides = {"corpora.pretrain.limit": limit} if limit else {}
    return pretrain_tok2vec(config, raw, vectors_model, work / "pretrain", overrides)
