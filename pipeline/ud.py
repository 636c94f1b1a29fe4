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
import re
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .errors import TrainingError
from .text import strip_accents

log = logging.getLogger(__name__)

TRAINED_COMPONENTS = ("tok2vec_ud", "morphologizer", "tagger", "pos_from_tag", "trainable_lemmatizer",
                      "parser")
UD_COMPONENTS = (*TRAINED_COMPONENTS, "lemma_lookup")
UD_LISTENERS = ["morphologizer", "tagger", "trainable_lemmatizer", "parser"]
# Proper nouns and foreign words keep their capitals in GDT lemmas; everything else is lower.
_CASED_POS = frozenset({"PROPN", "X"})
_GREEK_WORD = re.compile(r"[α-ωάέήίόύώϊϋΐΰς]+")
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


# Open word classes whose unseen forms the suffix rules lemmatise; closed classes are all in
# the GDT-train table or keep the edit tree's answer.
_OPEN_POS = frozenset({"NOUN", "ADJ", "VERB", "AUX", "PROPN"})
# Morphological features that decide an inflectional ending (not e.g. Foreign or Abbr).
_RULE_FEATS = ("Case", "Number", "Gender", "VerbForm", "Mood", "Tense", "Aspect", "Voice",
               "Person", "Degree")
_RULE_CONTEXT = 3  # characters of unchanged stem kept in a rule's suffix key


def _rule_feats(morph: str) -> str:
    return "|".join(f for f in morph.split("|") if f.split("=", 1)[0] in _RULE_FEATS)


def _plain(s: str) -> str:
    """Lower case without accents: the space in which Greek suffix rules are learnt."""
    return strip_accents(s.lower())


class LemmaLookup:
    """Lemmas from GDT train, suffix rules and a word list, after the edit-tree lemmatizer.

    Three steps, first match wins:

    1. **Table**: a form seen in GDT train (by lower-cased form and UPOS) takes its most
       frequent training lemma. Edit trees do not generalise across capitals ("Υπουργού").
    2. **Suffix rules + lexicon** for unseen open-class words: rules "ending → lemma ending",
       learnt from GDT train in accent-free lower case and keyed by UPOS and the predicted
       morphology (Case=Gen|Number=Plur: "-σεων" → "-ση"), propose lemmas, most frequent
       rule and longest matching suffix first. The first one that is a real word, looked up
       in a word list from our raw Greek corpus (accent-free → its usual accented spelling),
       wins. That handles the stress shifts edit trees miss ("κυβερνήσεων" → "κυβέρνηση").
    3. Otherwise the edit tree's lemma stays; capitalised common words are lower-cased.

    Acronyms in capitals ("ΕΑΜ") are their own lemma. Together: +2.6 (table) and about +2.4
    (rules) lemma points on GDT test.
    """

    def __init__(self, name: str = "lemma_lookup") -> None:
        self.name = name
        self.table: dict[str, str] = {}
        # "UPOS\tfeats\tsuffix" -> [[strip, add, count], ...] most frequent first
        self.rules: dict[str, list[list]] = {}
        self.lexicon: dict[str, str] = {}  # accent-free word -> accented spelling
        self._max_suffix = 0

    @staticmethod
    def key(form: str, pos: str) -> str:
        return f"{form.lower()}\t{pos}"

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            lemma = self.table.get(self.key(tok.text, tok.pos_))
            if lemma is not None:
                tok.lemma_ = lemma
                continue
            text, pos = tok.text, tok.pos_
            if len(text) > 1 and text.isupper() and pos in ("PROPN", "NOUN", "X"):
                tok.lemma_ = text
                continue
            guess = self.apply_rules(text, pos, str(tok.morph)) if pos in _OPEN_POS else None
            if guess is not None:
                tok.lemma_ = guess
            elif pos not in _CASED_POS and tok.lemma_[:1].isupper():
                tok.lemma_ = tok.lemma_.lower()
        return doc

    def apply_rules(self, form: str, pos: str, morph: str) -> str | None:
        """The best suffix-rule lemma of ``form`` that the lexicon knows, or None."""
        if not self.rules or not self.lexicon:
            return None
        plain = _plain(form)
        for feats in (_rule_feats(morph), ""):
            for n in range(min(len(plain), self._max_suffix), -1, -1):
                for strip, add, _count in self.rules.get(f"{pos}\t{feats}\t{plain[len(plain) - n:]}", ()):
                    if not plain.endswith(strip):
                        continue
                    word = self.lexicon.get(plain[:len(plain) - len(strip)] + add)
                    if word is not None:
                        if pos == "PROPN" and form[:1].isupper():
                            word = word[:1].upper() + word[1:]
                        return word
        return None

    def build(self, docs) -> int:
        """Fill the table and the suffix rules from gold Docs; returns the table's size."""
        from collections import Counter, defaultdict

        counts: dict[str, Counter] = defaultdict(Counter)
        rules: dict[str, Counter] = defaultdict(Counter)
        lemmas: set[str] = set()
        for doc in docs:
            for tok in doc:
                if not (tok.lemma_ and tok.pos_):
                    continue
                counts[self.key(tok.text, tok.pos_)][tok.lemma_] += 1
                if tok.pos_ not in _OPEN_POS:
                    continue
                form, lemma = _plain(tok.text), _plain(tok.lemma_)
                lemmas.add(tok.lemma_.lower())
                p = 0
                while p < min(len(form), len(lemma)) and form[p] == lemma[p]:
                    p += 1
                change = (form[p:], lemma[p:])
                feats = _rule_feats(str(tok.morph))
                for extra in range(_RULE_CONTEXT + 1):
                    n = len(change[0]) + extra
                    if n > len(form):
                        break
                    suffix = form[len(form) - n:]
                    rules[f"{tok.pos_}\t{feats}\t{suffix}"][change] += 1
                    rules[f"{tok.pos_}\t\t{suffix}"][change] += 1
        self.table = {k: c.most_common(1)[0][0] for k, c in sorted(counts.items())}
        self.rules = {k: [[s, a, n] for (s, a), n in c.most_common()] for k, c in sorted(rules.items())}
        # Training lemmas are words even where the raw corpus never has them.
        for lemma in sorted(lemmas):
            self.lexicon.setdefault(_plain(lemma), lemma)
        self._index()
        return len(self.table)

    def add_lexicon(self, counts, min_count: int = 2) -> int:
        """Add words from a raw-corpus frequency table (word -> count); returns the size.

        Each accent-free spelling maps to its most frequent accented form, so a rule's
        accent-free output ("κυβερνηση") is turned back into the real word ("κυβέρνηση").
        """
        best: dict[str, tuple[int, str]] = {}
        for word, n in counts.items():
            if n < min_count or not _GREEK_WORD.fullmatch(word):
                continue
            plain = _plain(word)
            if plain not in best or best[plain] < (n, word):
                best[plain] = (n, word)
        for plain, (_n, word) in sorted(best.items()):
            self.lexicon.setdefault(plain, word)
        return len(self.lexicon)

    def _index(self) -> None:
        self._max_suffix = max((len(k.rsplit("\t", 1)[1]) for k in self.rules), default=0)

    def initialize(self, get_examples=None, nlp=None) -> None:
        if get_examples is not None:
            self.build(eg.reference for eg in get_examples())

    def _data(self) -> dict:
        # The lexicon stores only words whose spelling differs from the key (the accented
        # ones); an accent-free word maps to itself.
        lexicon = {k: v for k, v in self.lexicon.items() if k != v}
        same = sorted(k for k, v in self.lexicon.items() if k == v)
        return {"table": self.table, "rules": self.rules, "lexicon": lexicon, "plain": same}

    def _load(self, data: dict) -> LemmaLookup:
        if "table" not in data:  # the first format: the table alone
            data = {"table": data}
        self.table = data["table"]
        self.rules = data.get("rules", {})
        self.lexicon = dict(data.get("lexicon", {}))
        self.lexicon.update((w, w) for w in data.get("plain", ()))
        self._index()
        return self

    def to_bytes(self, exclude=()) -> bytes:
        import srsly  # type: ignore[import-untyped]

        return srsly.msgpack_dumps(self._data())

    def from_bytes(self, data: bytes, exclude=()) -> LemmaLookup:
        import srsly  # type: ignore[import-untyped]

        return self._load(srsly.msgpack_loads(data))

    def to_disk(self, path, exclude=()) -> None:
        import srsly  # type: ignore[import-untyped]

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = self._data()
        srsly.write_gzip_json(path / "table.json.gz", data.pop("table"))
        srsly.write_gzip_json(path / "rules.json.gz", data)

    def from_disk(self, path, exclude=()) -> LemmaLookup:
        import srsly  # type: ignore[import-untyped]

        path = Path(path)
        data = {"table": srsly.read_gzip_json(path / "table.json.gz")}
        if (path / "rules.json.gz").exists():
            data.update(srsly.read_gzip_json(path / "rules.json.gz"))
        return self._load(data)


@Language.factory("keryx_lemma_lookup", assigns=["token.lemma"], requires=["token.pos"])
def make_lemma_lookup(nlp: Language, name: str) -> LemmaLookup:
    return LemmaLookup(name)


@Language.component("keryx_pos_from_tag", assigns=["token.pos"], requires=["token.tag"])
def pos_from_tag(doc: Doc) -> Doc:
    """UPOS from the tagger, which predicts UPOS alone (GDT's XPOS is the UPOS; "ADP_DET"
    marks merged "στη"), instead of the morphologizer's joint UPOS+features label."""
    for tok in doc:
        tag = tok.tag_
        if tag:
            tok.pos_ = tag.split("_", 1)[0]
    return doc


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
    from .training import train_spacy

    best = train_spacy(config, corpus_dir, vectors_model, output, overrides, tok2vec="tok2vec_ud")
    if use_last:
        best = output / "model-last"
    n = attach_lemma_lookup(best, corpus_dir / "train.spacy", raw_corpus)
    log.info("lemma lookup: %d (form, UPOS) entries", n)
    return best


def add_ud_components(nlp, ud_model, before: str | None = None, replace: bool = False) -> list[str]:
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
    captured = set(nlp.get_pipe("tok2vec_ud").listening_components) - set(UD_COMPONENTS)
    if captured:
        for name in added:
            nlp.remove_pipe(name)
        nlp._link_components()
        raise TrainingError(
            f"tok2vec_ud would feed {', '.join(sorted(captured))}: put the UD components after it")
    return added


def evaluate_ud(nlp, conllu: Path) -> dict:
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


GDT_SOURCE = {"name": "UD_Greek-GDT 2.17", "url": "https://github.com/UniversalDependencies/UD_Greek-GDT",
              "license": "CC BY-NC-SA 3.0", "author": "Prokopidis, Papageorgiou (ILSP)"}


def add_ud_meta(nlp, scores: dict | None = None) -> None:
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

    from .nlp import load_pipeline

    nlp = load_pipeline(pipeline_dir)
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
