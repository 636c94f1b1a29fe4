"""Organisation recall and precision of keryx's records on real Greek news (elNER-18 dev).

    python benchmarks/org_recall.py                     # dev split, 20 sentences a document
    python benchmarks/org_recall.py --misses 40         # also list 40 missed spans
    python benchmarks/org_recall.py --extras 40         # and 40 organisations with no gold

A general check of the organisation layer on text keryx was not tuned on: the elNER-18
sentences (hand-annotated ORG spans; ../shared/data/elner/elNER18, outside the repository)
are joined into pseudo-documents, run through the Extractor as ``keryx batch`` runs a file,
and each gold ORG span counts as found when a record organisation has a mention overlapping
it by at least half of the shorter of the two. A record organisation mention is correct
(precision proxy) when it overlaps a gold ORG span; overlaps with another gold entity kind
(GPE, PERSON, ...) are counted apart, since elNER's ORG/GPE line (governments, "Ρωσίας" as
ORG) is not keryx's. Use the test split only for a final figure, never while tuning; the
train split (``--split train --limit N``) is what keryx's NER learnt from, so its figures are
optimistic and serve only to see whether a linking rule fires at all on more text.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from people_check import drawn_dev

from keryx.corpora import iob2_to_spans, read_iob2

ROOT = Path(__file__).resolve().parent.parent
ELNER = ROOT.parent / "shared" / "data" / "elner" / "elNER18"

_NO_SPACE_BEFORE = frozenset(",.;:!?)]»·…%")
_NO_SPACE_AFTER = frozenset("([«")

Span = tuple[int, int, str]  # character start, end, label


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A sentence as running text ("(ΑΠΕ)", "«Χ»", "λέει, ότι") with each token's offsets."""
    out: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for k, tok in enumerate(tokens):
        if k and not (tok in _NO_SPACE_BEFORE or tokens[k - 1] in _NO_SPACE_AFTER):
            out.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
    return "".join(out), offsets


def pseudo_documents(path: Path, size: int, skip: frozenset[int] = frozenset()) -> list[tuple[str, list[Span]]]:
    """``size`` sentences a document, one a line, with the gold spans in character offsets; sentence
    numbers in ``skip`` (0-based) are left out."""
    docs: list[tuple[str, list[Span]]] = []
    lines: list[str] = []
    spans: list[Span] = []
    pos = 0
    for k, sent in enumerate(read_iob2(path)):
        if k in skip:
            continue
        tokens = [t for t, _ in sent]
        text, offs = detokenise(tokens)
        for a, b, label in iob2_to_spans([tag for _, tag in sent]):
            spans.append((pos + offs[a][0], pos + offs[b - 1][1], label))
        lines.append(text)
        pos += len(text) + 1
        if len(lines) == size:
            docs.append(("\n".join(lines) + "\n", spans))
            lines, spans, pos = [], [], 0
    if lines:
        docs.append(("\n".join(lines) + "\n", spans))
    return [_normalised(text, spans) for text, spans in docs]


def _normalised(text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """The text as keryx's normaliser gives it (quotes, spaces), spans moved to match."""
    from bisect import bisect_left, bisect_right

    from keryx.io.normalise import normalise

    norm = normalise(text)
    starts = list(norm.offsets[:-1])
    out = []
    for a, b, label in spans:
        i, j = bisect_left(starts, a), bisect_right(starts, b - 1)
        if i < j:
            out.append((i, j, label))
    return norm.text, out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlap of at least half the shorter span."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= min(a[1] - a[0], b[1] - b[0])


def _kind(text: str) -> str:
    """A coarse shape of a missed span, to see which kinds of names are lost."""
    words = text.split()
    if len(words) == 1 and sum(c.isupper() for c in text) >= 2 and text.replace(".", "").isupper():
        return "acronym"
    if sum(c.isascii() and c.isalpha() for c in text) > 0.5 * sum(c.isalpha() for c in text):
        return "latin"
    if words[0][:1].islower():
        return "lower-case head"
    return f"{min(len(words), 4)}{'+' if len(words) >= 4 else ''} word(s)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("dev", "test", "train"))
    ap.add_argument("--data", type=Path, default=ELNER)
    ap.add_argument("--size", type=int, default=20, help="sentences per pseudo-document")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--misses", type=int, default=25)
    ap.add_argument("--extras", type=int, default=25)
    args = ap.parse_args()
    path = args.data / f"{args.split}.iob2"
    if not path.exists():
        sys.exit(f"elNER-18 not found: {path}")
    from keryx.api import Extractor

    skip = drawn_dev() if args.split == "dev" else frozenset()  # the sentence set's dev batches
    docs = pseudo_documents(path, args.size, skip)[: args.limit]
    ex = Extractor()
    t0 = time.perf_counter()
    records = list(ex.pipe([d for d, _ in docs]))
    secs = time.perf_counter() - t0

    n_gold = found = 0
    n_pred = correct = other_kind = 0
    misses: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    extras: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    shifted = 0
    for (text, gold), rec in zip(docs, records):
        if rec.text != text:
            shifted += 1  # normalisation moved offsets: skip rather than mis-score
            continue
        org_gold = [(a, b) for a, b, lab in gold if lab == "ORG"]
        other_gold = [(a, b) for a, b, lab in gold if lab != "ORG"]
        mentions = [((m.start, m.end), o.name) for o in rec.organisations for m in o.mentions]
        for g in org_gold:
            n_gold += 1
            if any(_overlap(g, m) for m, _ in mentions):
                found += 1
            else:
                span = text[g[0]:g[1]]
                ner = next((e.label for e in rec.entities if e.label != "ROLE" and _overlap(g, (e.start, e.end))), None)
                why = "NER: none" if ner is None else f"NER: {ner}" + (", linking dropped it" if ner == "ORG" else "")
                misses[f"{span}  [{why}]"] += 1
                kinds[_kind(span)] += 1
                causes[why] += 1
        for m, name in mentions:
            n_pred += 1
            if any(_overlap(m, g) for g in org_gold):
                correct += 1
            elif any(_overlap(m, g) for g in other_gold):
                other_kind += 1
                extras[f"{text[m[0]:m[1]]} -> {name} [other gold kind]"] += 1
            else:
                extras[f"{text[m[0]:m[1]]} -> {name}"] += 1
    rec_ = found / n_gold if n_gold else 0.0
    prec = correct / n_pred if n_pred else 0.0
    f1 = 2 * rec_ * prec / (rec_ + prec) if rec_ + prec else 0.0
    print(f"elNER-18 {args.split}: {len(docs)} documents of {args.size} sentences, {secs:.0f} s"
          + (f" ({shifted} skipped: text changed by normalisation)" if shifted else ""))
    print(f"gold ORG spans {n_gold}, found as a record organisation {found}: recall {rec_:.3f}")
    print(f"record organisation mentions {n_pred}: on a gold ORG {correct} (precision {prec:.3f}), "
          f"on another gold kind {other_kind}, on no gold entity {n_pred - correct - other_kind}")
    print(f"F1 {f1:.3f}")
    print("\nmissed gold spans by what the entity layer made of them:")
    for k, n in causes.most_common():
        print(f"  {n:5d}  {k}")
    print("\nmissed gold spans by shape:")
    for k, n in kinds.most_common():
        print(f"  {n:5d}  {k}")
    if args.misses:
        print(f"\nmost frequent misses (of {sum(misses.values())}):")
        for span, n in misses.most_common(args.misses):
            print(f"  {n:3d}  {span}")
    if args.extras:
        print(f"\nmost frequent organisation mentions with no gold ORG (of {sum(extras.values())}):")
        for span, n in extras.most_common(args.extras):
            print(f"  {n:3d}  {span}")


if __name__ == "__main__":
    main()
