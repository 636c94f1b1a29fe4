"""Greek linguistic layer from stanza (tokens, lemmas, UPOS, morphology, dependencies).

stanza's Greek models cannot be downloaded here, so keryx ships its own, trained on
UD_Greek-GDT (``training/stanza/train.py``), in ``models/stanza_el``; they are loaded with
``download_method=None`` and never touch the network.  ``to_spacy`` turns stanza's output
into a spaCy ``Doc`` over exactly the same text, so that the keryx spaCy components (NER,
dates, roles) run on stanza's tokens, sentences and parse.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from keryx.errors import ModelError

STANZA_DIR_NAME = "stanza_el"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
# keryx components that stanza's annotation replaces (sentence boundaries).
REPLACED_COMPONENTS = frozenset({"keryx_sentences"})
# spaCy components that assign any of these would overwrite stanza's layer: skipped.
STANZA_OWNS = frozenset({"token.dep", "token.head", "token.is_sent_start", "doc.sents",
                         "token.pos", "token.tag", "token.morph", "token.lemma"})

log = logging.getLogger(__name__)


def default_model_dir() -> Path:
    """``models/stanza_el`` inside the installed ``keryx_models`` package."""
    from keryx.nlp import models_dir

    return models_dir() / STANZA_DIR_NAME


def has_models(model_dir: Path | None = None) -> bool:
    """True when every processor's model file (and the pretrain) is present."""
    d = model_dir or default_model_dir()
    return all((d / f"{name}.pt").exists() for name in (*PROCESSORS, "pretrain"))


@dataclass(frozen=True)
class _Tok:
    """One surface token of stanza's output, with the annotation it gets in spaCy."""

    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    morph: str
    head: int  # index into the token list; itself for a root
    dep: str
    sent_start: bool


class StanzaEngine:
    """A stanza pipeline over keryx's own Greek models, with a converter to spaCy."""

    def __init__(self, model_dir: Path | None = None) -> None:
        try:
            import stanza
        except ImportError as exc:
            raise ModelError(
                "the stanza engine needs the optional stanza dependency: install keryx[stanza]"
            ) from exc
        self.model_dir = Path(model_dir) if model_dir is not None else default_model_dir()
        if not has_models(self.model_dir):
            raise ModelError(
                f"no stanza models in {self.model_dir}: train them with training/stanza/train.py"
            )
        d = self.model_dir
        resources = d / "resources.json"
        if not resources.exists():
            raise ModelError(f"{resources} is missing (it must be shipped with the models)")
        try:
            self.pipeline = stanza.Pipeline(
                lang="el",
                processors=",".join(PROCESSORS),
                dir=str(d),
                resources_filepath=str(resources),
                download_method=None,
                allow_unknown_language=True,
                use_gpu=False,
                logging_level="ERROR",  # "unsupported language: el" is expected: our own models
                tokenize_model_path=str(d / "tokenize.pt"),
                mwt_model_path=str(d / "mwt.pt"),
                pos_model_path=str(d / "pos.pt"),
                pos_pretrain_path=str(d / "pretrain.pt"),
                lemma_model_path=str(d / "lemma.pt"),
                depparse_model_path=str(d / "depparse.pt"),
                depparse_pretrain_path=str(d / "pretrain.pt"),
            )
        except Exception as exc:  # stanza raises many kinds on a broken model dir
            raise ModelError(f"could not load the stanza models in {d}: {exc}") from exc

    def __call__(self, text: str) -> Any:
        """The raw stanza ``Document``."""
        return self.pipeline(text)

    # -- conversion -------------------------------------------------------------------

    def to_spacy(self, nlp: Language, text: str) -> Doc:
        """A spaCy Doc over exactly ``text``: one token per stanza surface token.

        Multi-word tokens ("στο" = "σε" + "το") stay one spaCy token: lemma "σε+ο",
        POS/head/dep of the word that attaches outside the token, morphology merged.
        """
        from spacy.tokens import Doc

        toks = _stanza_tokens(self.pipeline(text)) if text.strip() else []
        built = _layout(text, toks)
        if built is None:
            warnings.warn("stanza output does not cover the text; using spaCy's tokenizer", stacklevel=2)
            doc = nlp.make_doc(text)
            _warn(doc, "stanza output did not cover the text; spaCy tokenizer used")
            doc.user_data["keryx_stanza"] = False
            return doc
        words, spaces, lemmas, pos, tags, morphs, heads, deps = built
        doc = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags,
                  morphs=morphs, heads=heads if words else None, deps=deps if words else None)
        if doc.text != text:  # belt and braces: offsets must stay valid for the record
            warnings.warn("stanza Doc text differs from the input; using spaCy's tokenizer", stacklevel=2)
            doc = nlp.make_doc(text)
            _warn(doc, "stanza Doc text differed from the input; spaCy tokenizer used")
            doc.user_data["keryx_stanza"] = False
            return doc
        doc.user_data["keryx_stanza"] = True
        return doc

    def annotate(self, nlp: Language, text: str) -> Doc:
        """stanza's layer, then keryx's spaCy components (NER, rules) on top of it."""
        return self.apply_pipeline(nlp, self.to_spacy(nlp, text))

    @staticmethod
    def apply_pipeline(nlp: Language, doc: Doc) -> Doc:
        """Run keryx's spaCy components on a Doc from :meth:`to_spacy` (which the caller may
        have given a publication date first), skipping those stanza already did."""
        skip = skipped_components(nlp) if doc.user_data.get("keryx_stanza", False) else set()
        for name, proc in nlp.pipeline:
            if name not in skip:
                doc = proc(doc)
        return doc


def skipped_components(nlp: Language) -> set[str]:
    """Components whose output stanza provides: the sentencizer, spaCy's own UD layer
    (tagger, morphologizer, lemmatizers, parser) and any tok2vec that only feeds those."""
    skip = set(REPLACED_COMPONENTS)
    for name in nlp.pipe_names:
        if STANZA_OWNS & set(nlp.get_pipe_meta(name).assigns):
            skip.add(name)
    for name, proc in nlp.pipeline:
        listeners = getattr(proc, "listener_map", None)
        if listeners and set(listeners) <= skip:
            skip.add(name)
    return skip


def _warn(doc: Doc, message: str) -> None:
    if doc._.keryx_warnings is None:
        doc._.keryx_warnings = []
    doc._.keryx_warnings.append(message)


def _merge_feats(feats: list[str | None]) -> str:
    """Union of the words' UD features, the first word winning a conflict."""
    merged: dict[str, str] = {}
    for f in feats:
        for pair in (f or "").split("|"):
            if "=" in pair:
                k, v = pair.split("=", 1)
                merged.setdefault(k, v)
    return "|".join(f"{k}={merged[k]}" for k in sorted(merged, key=str.lower))


def _stanza_tokens(sdoc: Any) -> list[_Tok]:
    """Flatten stanza's sentences into surface tokens with token-level heads."""
    out: list[_Tok] = []
    for sent in sdoc.sentences:
        base = len(out)
        word_to_tok: dict[int, int] = {}
        for i, tok in enumerate(sent.tokens):
            for w in tok.words:
                word_to_tok[w.id] = base + i
        raw_heads: list[int] = []
        for i, tok in enumerate(sent.tokens):
            ids = {w.id for w in tok.words}
            outside = [w for w in tok.words if w.head not in ids]
            # the word that attaches outside the token (the root word first) speaks for it
            main = next((w for w in outside if w.head == 0), outside[0] if outside else tok.words[0])
            head = base + i if main.head in (0, None) or main.head in ids else word_to_tok[main.head]
            raw_heads.append(head)
            words = tok.words
            multi = len(words) > 1
            out.append(_Tok(
                start=tok.start_char,
                end=tok.end_char,
                lemma="+".join(w.lemma or w.text for w in words),
                pos=(words[0].upos if multi else main.upos) or "X",
                tag="+".join(w.upos or "X" for w in words) if multi else (main.xpos or main.upos or ""),
                morph=_merge_feats([w.feats for w in words]),
                head=head,
                dep=("ROOT" if main.head == 0 else (main.deprel or "dep")),
                sent_start=(i == 0),
            ))
        _break_cycles(out, base, len(out))
    return out


def _break_cycles(toks: list[_Tok], lo: int, hi: int) -> None:
    """Merging words into tokens can close a cycle; re-attach such tokens to the root."""
    roots = [i for i in range(lo, hi) if toks[i].head == i]
    if not roots:  # cannot happen with stanza's trees, but keep spaCy's tree valid
        toks[lo] = _replace(toks[lo], head=lo, dep="ROOT")
        roots = [lo]
    root = roots[0]
    for r in roots[1:]:
        toks[r] = _replace(toks[r], head=root, dep="dep")
    for i in range(lo, hi):
        seen = {i}
        j = toks[i].head
        while j != toks[j].head:
            if j in seen or not lo <= j < hi:
                toks[i] = _replace(toks[i], head=root, dep=toks[i].dep if toks[i].dep != "ROOT" else "dep")
                break
            seen.add(j)
            j = toks[j].head


def _replace(t: _Tok, **kw: Any) -> _Tok:
    from dataclasses import replace

    return replace(t, **kw)


def _layout(text: str, toks: list[_Tok]) -> tuple[list[str], list[bool], list[str], list[str], list[str],
                                                 list[str], list[int], list[str]] | None:
    """spaCy Doc arguments covering ``text``; whitespace gaps become spaces or SPACE tokens.

    Returns None when stanza skipped or overlapped non-whitespace text.
    """
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    morphs: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    index: list[int] = []  # stanza token -> spaCy token
    pending_space: list[int] = []  # whitespace tokens waiting for their head

    def add_space_token(gap: str, head_hint: int | None) -> None:
        words.append(gap)
        spaces.append(False)
        lemmas.append(gap)
        pos.append("SPACE")
        tags.append("_SP")
        morphs.append("")
        deps.append("dep")
        heads.append(-1 if head_hint is None else head_hint)
        if head_hint is None:
            pending_space.append(len(words) - 1)

    def gap(g: str) -> bool:
        if not g:
            return True
        if g.strip():
            return False
        if words and g[0] == " " and not spaces[-1]:
            spaces[-1] = True
            g = g[1:]
        if g:
            add_space_token(g, len(words) - 1 if words else None)
        return True

    pos_in_text = 0
    for t in toks:
        if t.start < pos_in_text or t.end > len(text) or t.end <= t.start:
            return None
        if not gap(text[pos_in_text:t.start]):
            return None
        index.append(len(words))
        words.append(text[t.start:t.end])
        spaces.append(False)
        lemmas.append(t.lemma)
        pos.append(t.pos)
        tags.append(t.tag)
        morphs.append(t.morph)
        deps.append(t.dep)
        heads.append(-2)  # filled below, once all indices are known
        pos_in_text = t.end
    if not gap(text[pos_in_text:]):
        return None
    for k, t in enumerate(toks):
        heads[index[k]] = index[t.head]
    for i in pending_space:  # leading whitespace hangs on the first real token
        heads[i] = index[0] if index else i
    # whitespace tokens attached to a SPACE token or nothing: point at a real token or self
    for i, h in enumerate(heads):
        if h < 0:
            heads[i] = i
    if not index and words:  # whitespace-only text: one self-rooted SPACE token
        heads = list(range(len(words)))
    return words, spaces, lemmas, pos, tags, morphs, heads, deps
