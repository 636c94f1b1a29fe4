"""In-domain NER training data from the team's hand gold (issue 10, round 9: ner9).

    python training/indomain.py [--out training/work/indomain] [--holdout 4] [--repeat K] [--show N]

Why: the NER learnt only elNER-18 (news of 2000-2010); it never saw announcements or this decade's
news. The team wrote gold (GUIDE.md: names in the nominative, no character spans) for the TUNING
halves of four sets drawn from ``greek_raw/news.txt.xz``: press paragraphs, press-release windows,
release documents and news articles. This script *projects* that gold onto the texts, as spaCy
``Doc`` objects with entity spans, so the NER can be fine-tuned on them:

1. the shipped NER labels each line (silver spans of all 18 labels);
2. every gold person, body (name or alias) and place is looked for in the line, inflected forms
   included (accent-, case- and final-sigma-folded words that share a stem: "Αθήνα" ~ "Αθηνών",
   "Παπαδόπουλος" ~ "Παπαδόπουλου"; a person also by the surname alone, the names reversed, or
   one name word); a match becomes PERSON / ORG / a place label (the model's GPE, LOC or FAC where
   it gave one there, else GPE), longest first;
3. silver PERSON / ORG / place spans that match no gold item become O (the gold is meant to be
   complete for these kinds), or *missing* (unknown to the loss) when some word of theirs looks
   like a gold item's word; the other labels (dates, numbers, NORP...) are kept as silver;
4. words that look like a gold item never found in the document are set missing too.

Only the tuning halves are read (``HALF`` is fixed): never a check half, never the real-world
texts. Nothing of the texts enters the repository; the DocBins go to ``training/work`` (ignored).
``--holdout N`` keeps every N-th document of each set for an in-domain dev (0: train on all).
``--repeat K`` also writes ``train_K/``: elNER-18 train plus the in-domain docs K times, a corpus
folder for ``spacy train`` (see training/README.md).

    python training/indomain.py --score NER_MODEL ...     # NER F1 on the in-domain dev and elNER-18 dev
    python training/indomain.py --records PIPELINE ...    # record scores on the held-out documents
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
HALF = "tuning"  # fixed: the check halves and the real-world texts are never trained on
SETS = {  # name: (sampler module, gold folder)
    "press": ("press_sample", "press_gold"),
    "releases": ("release_sample", "release_gold"),
    "documents": ("document_sample", "document_gold"),
    "articles": ("article_sample", "article_gold"),
}
KINDS = ("people", "organisations", "places")
LABEL = {"people": "PERSON", "organisations": "ORG", "places": "GPE"}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GOLD_KINDS = frozenset({"PERSON", "ORG"}) | PLACE_LABELS
# article and preposition+article forms: inside a name they may change with its case
# ("Τράπεζα της Ελλάδος" ~ "Τράπεζας της Ελλάδος", "Μέγαρο του ..." ~ "Μεγάρου του ...")
_ARTICLES = frozenset("ο η το του της των τον την τη τους τις τα οι".split())


def fold(s: str) -> str:
    from keryx.lang.el.text import fold as _fold

    return _fold(s)


def _prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


# Greek nominal endings (folded: no accents, final sigma as σ) a name may take in its cases and
# numbers: "Γιώργ-ος/-ου/-ο/-ε", "Ένωσ-η/-ης", "Αθήν-α/-ών", "Ίδρυμ-α/-ατος", "Κασσελάκ-ης/-η"
ENDINGS = frozenset(
    ["", *"α ασ ε εσ η ησ ι ια ιασ ιεσ ιο ιοσ ιου ιων ο οσ ου ουσ οι ων εωσ εων εισ ατοσ ατα ατων".split()]
)


def _ending(s: str) -> bool:
    return s in ENDINGS


def word_match(gold: str, text: str) -> bool:
    """Could ``text`` be an inflected form of the gold word? Both folded.

    Greek names inflect by their ending: the two words must split into one stem of at least
    three letters (and half the longer word) and two nominal endings ("Αθήν-α" ~ "Αθην-ών",
    "Γιώργ-ος" ~ "Γιώργ-ου"; not "Μπόρ-ις" ~ "Μπορ-εί", nor "Αθήν-α" ~ "Αθην-αίων").
    """
    if gold == text:
        return True
    if gold in _ARTICLES and text in _ARTICLES:
        return True
    if not (gold.isalpha() and text.isalpha()):
        return False
    p = _prefix(gold, text)
    long_ = max(len(gold), len(text))
    for k in range(p, 2, -1):
        if k < 0.5 * long_:
            break
        if _ending(gold[k:]) and _ending(text[k:]):
            return True
    return False


@dataclass
class Item:
    """One gold entity: its kind, the word sequences that name it, and how they rank."""

    kind: str
    name: str
    variants: list[tuple[list[str], list[bool], int]] = field(default_factory=list)  # words, capital?, rank
    found: bool = False


def gold_items(gold: dict, tokenize) -> list[Item]:
    """The gold people, bodies and places with the word sequences a text may name them by."""
    items: list[Item] = []

    def words(s: str) -> tuple[list[str], list[bool]]:
        toks = [t.text for t in tokenize(s) if not t.is_space]
        return [fold(t) for t in toks], [t[:1].isupper() for t in toks]

    for p in gold.get("people", []):
        it = Item("people", p["name"])
        w, c = words(p["name"])
        if not w:
            continue
        it.variants.append((w, c, 3))
        if len(w) >= 2:
            it.variants.append((w[::-1], c[::-1], 3))  # "Παπαδόπουλος Γιώργος" (lists, registers)
            it.variants.append(([w[0], w[-1]], [c[0], c[-1]], 2))  # middle name left out
            for i in range(len(w)):  # one name word: the surname on its own, or the first name
                if w[i].isalpha() and len(w[i]) >= 3:
                    it.variants.append(([w[i]], [c[i]], 1))
        items.append(it)
    for o in gold.get("organisations", []):
        it = Item("organisations", o["name"])
        for name in [o["name"], *o.get("aliases", [])]:
            w, c = words(name)
            if w:
                it.variants.append((w, c, 3))
        items.append(it)
    for name in gold.get("places", []):
        it = Item("places", name)
        w, c = words(name)
        if w:
            it.variants.append((w, c, 3))
        items.append(it)
    return items


def _capital_ok(gold_caps: Sequence[bool], toks: Sequence) -> bool:
    """Some word the gold capitalises is capitalised in the text too.

    News writes "το υπουργείο Υγείας" for "Υπουργείο Υγείας"; a name wholly in lower case
    ("μπορεί" for "Μπόρις") is not that name.
    """
    if not any(gold_caps):
        return True
    return any(gc and t.text[:1].isupper() for gc, t in zip(gold_caps, toks))


def find_matches(doc, items: Iterable[Item]) -> list[tuple[int, int, Item, int]]:
    """Every (start, end, item, rank) where a variant of a gold item matches the doc's words."""
    folded = [fold(t.text) for t in doc]
    out = []
    for it in items:
        for words, caps, rank in it.variants:
            n = len(words)
            for i in range(len(doc) - n + 1):
                if all(word_match(words[k], folded[i + k]) for k in range(n)) \
                        and _capital_ok(caps, doc[i:i + n]):
                    out.append((i, i + n, it, rank))
    return out


@dataclass
class Stats:
    found: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    silver: Counter = field(default_factory=Counter)  # what happened to each silver span
    labels: Counter = field(default_factory=Counter)  # projected gold spans by label
    missing_tokens: int = 0
    docs: int = 0
    tokens: int = 0

    def lines(self) -> list[str]:
        out = [f"{self.docs} lines, {self.tokens} tokens"]
        for k in KINDS:
            f, m = self.found[k], self.missed[k]
            out.append(f"  gold {k:<14} found {f:4d}  not found {m:4d}  ({f / max(1, f + m):.1%})")
        out.append("  projected spans: " + ", ".join(f"{k} {v}" for k, v in sorted(self.labels.items())))
        out.append("  silver spans: " + ", ".join(f"{k} {v}" for k, v in sorted(self.silver.items())))
        out.append(f"  tokens set missing: {self.missing_tokens}")
        return out


def project(docs: list, gold: dict, tokenize, stats: Stats | None = None, unmatched: str = "outside",
            unmatched_places: str | None = None) -> list:
    """Give each silver-labelled line of one gold document its projected entities (in place).

    ``docs`` are the document's lines run through the NER; returns the same docs with ``ents``
    rewritten and unsure tokens set missing. ``unmatched="missing"`` sets every silver person,
    body or place that matches no gold item missing instead of O (a variant: no O signal).
    ``unmatched_places`` overrides that for silver GPE/LOC/FAC spans alone: "keep" keeps them as
    the model labelled them, since the gold lists the places of the record's sense, not every
    place a line names (a country in passing is still a GPE); None follows ``unmatched``.
    """
    stats = stats if stats is not None else Stats()
    items = gold_items(gold, tokenize)
    per_doc = []
    for doc in docs:
        cands = find_matches(doc, items)
        # longest first, then the fuller variant, then bodies/places before a person's single word
        cands.sort(key=lambda c: (-(c[1] - c[0]), -c[3], c[0]))
        taken = [False] * len(doc)
        chosen = []
        for s, e, it, rank in cands:
            if any(taken[s:e]):
                continue
            for k in range(s, e):
                taken[k] = True
            chosen.append((s, e, it))
            it.found = True
        per_doc.append((chosen, taken))
    unfound = [it for it in items if not it.found]
    for it in items:
        (stats.found if it.found else stats.missed)[it.kind] += 1
    gold_words = {w for it in items for words, _, _ in it.variants for w in words if w.isalpha() and len(w) >= 3}
    unfound_words = {w for it in unfound for words, _, _ in it.variants for w in words if w.isalpha() and len(w) >= 3}
    from spacy.tokens import Span

    for doc, (chosen, taken) in zip(docs, per_doc):
        stats.docs += 1
        stats.tokens += len(doc)
        ents, missing = [], []
        silver = list(doc.ents)
        for s, e, it in chosen:
            label = LABEL[it.kind]
            if it.kind == "places":  # keep the model's kind of place where it saw one here
                over = [x.label_ for x in silver if x.start < e and s < x.end and x.label_ in PLACE_LABELS]
                label = over[0] if over else "GPE"
            ents.append(Span(doc, s, e, label=label))
            stats.labels[label] += 1
        for x in silver:
            if any(taken[x.start:x.end]):
                stats.silver["replaced by gold"] += 1
                continue
            if x.label_ not in GOLD_KINDS:
                ents.append(Span(doc, x.start, x.end, label=x.label_))
                stats.silver[f"kept {x.label_}"] += 1
                continue
            mode = unmatched_places if unmatched_places and x.label_ in PLACE_LABELS else unmatched
            if mode == "missing" or any(word_match(g, fold(t.text)) for t in x for g in gold_words):
                missing.append(Span(doc, x.start, x.end))
                stats.silver["unsure -> missing"] += 1
            elif mode == "keep":
                ents.append(Span(doc, x.start, x.end, label=x.label_))
                stats.silver[f"unmatched {x.label_} kept"] += 1
            else:
                stats.silver[f"{x.label_} -> O"] += 1
        busy = [False] * len(doc)
        for sp in ents + missing:
            for k in range(sp.start, sp.end):
                busy[k] = True
        for t in doc:  # a word like an unfound gold item's: it may be that item, left unknown
            if not busy[t.i] and t.text[:1].isupper() and any(word_match(g, fold(t.text)) for g in unfound_words):
                missing.append(Span(doc, t.i, t.i + 1))
                stats.missing_tokens += 1
        doc.set_ents(ents, missing=missing, default="outside")
    return docs


def _sampler(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    import importlib

    return importlib.import_module(name)


def tuning_documents(sets: Sequence[str] = tuple(SETS)) -> list[tuple[str, str, str, dict]]:
    """(set, id, text, gold) of every TUNING-half document that has gold, in index order."""
    out = []
    for s in sets:
        mod_name, gold_dir = SETS[s]
        sampler = _sampler(mod_name)
        index = json.loads(sampler.INDEX.read_text(encoding="utf-8"))
        index = [e for e in index if e["half"] == HALF and (BENCH / gold_dir / f"{e['id']}.json").is_file()]
        texts = sampler.texts(index)
        for e in index:
            gold = json.loads((BENCH / gold_dir / f"{e['id']}.json").read_text(encoding="utf-8"))
            out.append((s, str(e["id"]), texts[str(e["id"])], gold))
    return out


def lines_of(text: str) -> list[str]:
    """The text as keryx reads it (normalised), one non-empty line each."""
    from keryx.io.normalise import normalise

    return [ln for ln in normalise(text, "txt").text.split("\n") if ln.strip()]


def build(nlp, documents: Sequence[tuple[str, str, str, dict]], stats: Stats,
          unmatched: str = "outside", unmatched_places: str | None = None) -> list[tuple[str, str, list]]:
    """Project every document; returns (set, id, docs) with the NER's silver spans rewritten."""
    out = []
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for s, i, text, gold in documents:
            docs = list(nlp.pipe(lines_of(text)))
            project(docs, gold, nlp.tokenizer, stats, unmatched, unmatched_places)
            out.append((s, i, docs))
    return out


def show(docs: list) -> str:
    """The line with its projected entities in brackets, missing tokens marked '?' (for eyes only)."""
    parts = []
    for doc in docs:
        words = []
        for t in doc:
            if t.ent_iob == 0:
                words.append(t.text + "?")
            elif t.ent_iob_ == "B":
                words.append(f"[{t.ent_type_} {t.text}")
            else:
                words.append(t.text)
            if t.ent_type_ and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I"):
                words[-1] += "]"
        parts.append(" ".join(words))
    return "\n".join(parts)


def held_out(documents: Sequence[tuple[str, str, str, dict]], every: int) -> list[tuple[str, str, str, dict]]:
    """Every ``every``-th document of each set, the ones ``main`` keeps out of training."""
    seen: Counter = Counter()
    out = []
    for d in documents:
        seen[d[0]] += 1
        if every > 0 and seen[d[0]] % every == 0:
            out.append(d)
    return out


def score_ner(model: Path, folder: Path, elner_dev: Path) -> str:
    """NER F1 (all labels, then PERSON/ORG/GPE/LOC/FAC) on the in-domain dev and on elNER-18 dev."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model)
    out = [str(model)]
    for name, path in (("in-domain dev", folder / "indomain_dev.spacy"), ("elNER-18 dev", elner_dev)):
        exs = [Example(nlp.make_doc(d.text), d) for d in DocBin().from_disk(path).get_docs(nlp.vocab)]
        s = nlp.evaluate(exs)
        per = s["ents_per_type"]
        out.append(f"{name} F {100 * s['ents_f']:.2f}"
                   + "".join(f" {k} {100 * per[k]['f']:.1f}" for k in ("PERSON", "ORG", "GPE", "LOC", "FAC") if k in per))
    return " | ".join(out)


def score_records(pipeline: Path, every: int) -> str:
    """Record scores (people, pairs, bodies, places) of a full pipeline on the held-out documents."""
    from keryx import Extractor
    from keryx.evaluation.records import evaluate

    docs = held_out(tuning_documents(), every)
    ex = Extractor(model=pipeline)
    pairs = [(s, ex.extract_text(t).model_dump(mode="json"), g) for s, _, t, g in docs]
    fields = ("people", "person_roles", "organisations", "places")
    r = evaluate((p, g) for _, p, g in pairs)
    lines = [f"{pipeline}: {len(docs)} held-out documents " + " ".join(
        f"{f} {r.fields[f].precision:.3f}/{r.fields[f].recall:.3f}/{r.fields[f].f1:.3f}" for f in fields)]
    total = 0.0
    for name in SETS:  # per set (P/R/F1), and the sum of people + organisations + places F1 over the sets
        part = [(p, g) for s, p, g in pairs if s == name]
        if not part:
            continue
        rs = evaluate(part)
        total += sum(rs.fields[f].f1 for f in KINDS)
        lines.append(f"  {name:9s} {len(part):3d} docs " + " ".join(
            f"{f} {rs.fields[f].precision:.3f}/{rs.fields[f].recall:.3f}/{rs.fields[f].f1:.3f}" for f in fields))
    lines.append(f"  sum of people + organisations + places F1 over the sets: {total:.3f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "work" / "indomain")
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "keryx_el")
    ap.add_argument("--holdout", type=int, default=4, help="every N-th document of each set is dev (0: none)")
    ap.add_argument("--repeat", type=int, action="append", default=[], help="write train_K/ (elNER train + K copies)")
    ap.add_argument("--elner-train", type=Path, default=ROOT / "training" / "work" / "train.spacy")
    ap.add_argument("--unmatched", choices=("outside", "missing"), default="outside",
                    help="silver PERSON/ORG/place spans no gold item matches: O (default) or missing")
    ap.add_argument("--unmatched-places", choices=("outside", "missing", "keep"), default=None,
                    help="silver GPE/LOC/FAC spans no gold item matches: as --unmatched (default), or kept")
    ap.add_argument("--show", type=int, default=0, help="print N projected documents (terminal only)")
    ap.add_argument("--score", type=Path, nargs="+", default=None, help="score tok2vec+ner models, build nothing")
    ap.add_argument("--elner-dev", type=Path, default=ROOT / "training" / "work" / "dev.spacy")
    ap.add_argument("--records", type=Path, nargs="+", default=None, help="record scores of pipelines, build nothing")
    args = ap.parse_args()
    if args.score or args.records:
        for m in args.score or []:
            print(score_ner(m, args.out, args.elner_dev), flush=True)
        for m in args.records or []:
            print(score_records(m, args.holdout), flush=True)
        return
    from spacy.tokens import DocBin

    from keryx.nlp import load_pipeline

    nlp = load_pipeline(args.model)
    stats = Stats()
    built = build(nlp, tuning_documents(), stats, args.unmatched, args.unmatched_places)
    print("\n".join(stats.lines()))
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    counts: Counter = Counter()
    held_ids = {(s, i) for s, i, _, _ in held_out([(s, i, "", {}) for s, i, _ in built], args.holdout)}
    for s, i, docs in built:
        held = (s, i) in held_ids
        for d in docs:
            (dev if held else train).add(d)
        counts["dev docs" if held else "train docs"] += 1
    args.out.mkdir(parents=True, exist_ok=True)
    train.to_disk(args.out / "indomain_train.spacy")
    dev.to_disk(args.out / "indomain_dev.spacy")
    print(f"{counts['train docs']} train documents ({len(train)} lines), {counts['dev docs']} dev documents "
          f"({len(dev)} lines) -> {args.out}")
    for k in args.repeat:
        folder = args.out / f"train_{k}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        shutil.copy(args.elner_train, folder / "elner_train.spacy")
        rep = DocBin(store_user_data=False)
        for _ in range(k):
            for d in train.get_docs(nlp.vocab):
                rep.add(d)
        rep.to_disk(folder / "indomain_x.spacy")
        print(f"train_{k}: elNER-18 train + {k} x {len(train)} in-domain lines")
    for s, i, docs in built[:: max(1, len(built) // args.show)] if args.show else []:
        print(f"== {s} {i}\n{show(docs)}")


if __name__ == "__main__":
    main()
