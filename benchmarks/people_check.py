"""keryx's record people against hand-annotated PERSON spans of real Greek news (elNER-18 dev).

    python benchmarks/people_check.py                  # figures, false-people kinds, missed roles
    python benchmarks/people_check.py --show 40        # list more cases
    python benchmarks/people_check.py --json OUT.json  # also write the figures

Why: the real-world tuning half is small and fitted; elNER-18 (../shared/data/elner, Greek
news, hand-annotated) is a larger real check of how general the people rules are. Only the dev
split is read (test stays for the NER figure). Sentences are joined into pseudo-documents of
``--sents`` sentences (tokens detokenised lightly, offsets kept) and each one is run through the
Extractor as a plain text.

People precision: a record person is right when one of its mentions overlaps a gold PERSON
span; otherwise it is false, and its kind is the gold label its mentions overlap most (ORG,
GPE, ... or O for nothing). Recall: the share of gold PERSON spans that a record person's
mention overlaps.

Role proxy (roles on real news): a gold PERSON span directly preceded by a role word
(«ο υπουργός Υγείας Χ», «η πρόεδρος της Βουλής Χ», "President X"), or followed by ", role",
should get a role; the figure is the share of such spans whose record person has one. The role
words below are a generic list of Greek/English office nouns, independent of keryx's lexicon,
so that the proxy also sees roles the lexicon lacks.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from keryx.corpora import detokenise, iob2_to_spans, read_iob2
from keryx.lang.el.text import fold

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "elner" / "elNER18" / "dev.iob2"

# Folded prefixes of office nouns (both genders share the stem); checked against folded tokens.
ROLE_STEMS = (
    "υπουργ", "υφυπουργ", "πρωθυπουργ", "αντιπροεδρ", "προεδρ", "εκπροσωπ", "αρχηγ", "γραμματε",
    "υφυπουργ", "διευθυντ", "δημαρχ", "αντιδημαρχ", "περιφερειαρχ", "αντιπεριφερειαρχ", "βουλευτ",
    "ευρωβουλευτ", "συμβουλ", "διοικητ", "υποδιοικητ", "επικεφαλ", "προπονητ", "καγκελαρ", "πρεσβ",
    "εισαγγελ", "δικαστ", "αρχιεπισκοπ", "μητροπολιτ", "επιτροπ", "ηγετ", "ηγετιδ", "στρατηγ",
    "ταξιαρχ", "αντιστρατηγ", "ναυαρχ", "πτεραρχ", "συνταγματαρχ", "αστυνομικ", "διευθυνων",
    "ιδρυτ", "προεδρευ", "βασιλια", "βασιλισσ", "βασιλε", "πριγκιπ", "πατριαρχ", "επισκοπ", "υποψηφ",
    "κυβερνητικ", "συντονιστ", "αντιπρυτ", "πρυτ", "καθηγητ", "δημοσιογραφ", "αναλυτ", "οικονομολογ",
    "ερευνητ", "γιατρ", "ιατρ", "δικηγορ", "συνηγορ", "διαπραγματευτ", "επιθεωρητ", "σκηνοθετ",
    "συγγραφε", "ηθοποι", "τραγουδιστ", "παικτ", "ποδοσφαιριστ", "αθλητ", "μπασκετμπολιστ",
    "επιχειρηματ", "εφοπλιστ", "τραπεζιτ", "μελος", "στελεχ", "αρμοδ", "αναπληρωτ",
    "president", "minister", "prime", "secretary", "ceo", "chairman", "director", "spokes",
    "governor", "senator", "chancellor", "chief", "head", "leader", "mayor", "general", "judge",
)
# Nouns of the same stems that name an office, a body or a term, not a holder.
NOT_ROLE_PREFIXES = ("προεδρι", "υπουργει", "υπουργι", "πρεσβει", "δικαστηρ", "επιτροπη", "επιτροπεσ",
                     "δημαρχει", "γραμματει", "βουλευτικ", "headquarter")
_EXACT_ROLES = frozenset({"παπασ", "παπα"})
_ARTICLES = frozenset({"ο", "η", "του", "της", "τον", "την", "οι", "των", "τους", "τις", "the",
                       "κ", "κα", "κος"})
_STOP_PUNCT = frozenset(".;!?:·\"")
_GENITIVE = ("σ", "ου", "ων")


def is_role_word(tok: str) -> bool:
    f = fold(tok)
    if f in _EXACT_ROLES:
        return True
    return (len(f) >= 3 and any(f.startswith(s) for s in ROLE_STEMS)
            and not any(f.startswith(s) for s in NOT_ROLE_PREFIXES))


def drawn_dev() -> frozenset[int]:
    """Dev sentences drawn into the sentence set (its decision batches), which this check leaves out."""
    index = Path(__file__).resolve().parent / "sentence_index.json"
    if not index.exists():
        return frozenset()
    return frozenset(int(e["sentence"]) for e in json.loads(index.read_text(encoding="utf-8"))
                     if e.get("split") == "dev")


def load(path: Path, sents: int, skip: frozenset[int] = frozenset()) -> list[dict]:
    """Pseudo-documents: text, gold spans (start, end, label) and token offsets; sentence numbers in
    ``skip`` (0-based) are left out."""
    docs: list[dict] = []
    cur: dict = {"text": "", "spans": [], "toks": []}
    kept = (sent for k, sent in enumerate(read_iob2(path)) if k not in skip)
    for n, sent in enumerate(kept, 1):
        words = [w for w, _ in sent]
        tags = [t for _, t in sent]
        text = cur["text"]
        if text:
            text += "\n"
        sent_text, spans = detokenise(words)
        offs = [(len(text) + a, len(text) + b) for a, b in spans]
        text += sent_text
        cur["text"] = text
        base = len(cur["toks"])
        cur["toks"].extend((s, e, w) for (s, e), w in zip(offs, words))
        for a, b, lab in iob2_to_spans(tags):
            cur["spans"].append((offs[a][0], offs[b - 1][1], lab, base + a, base + b))
        if n % sents == 0:
            docs.append(cur)
            cur = {"text": "", "spans": [], "toks": []}
    if cur["text"]:
        docs.append(cur)
    return docs


def role_context(doc: dict, span: tuple) -> str | None:
    """The role words right before (≤5 tokens, articles allowed) or after (", role") a span."""
    toks = doc["toks"]
    a, b = span[3], span[4]
    # before: walk left over articles, capitalised words and genitives to the role word
    j = a - 1
    seen: list[str] = []
    while j >= 0 and a - j <= 6:
        w = toks[j][2]
        seen.insert(0, w)
        if is_role_word(w):
            return " ".join(seen)
        f = fold(w)
        if not (f in _ARTICLES or w[:1].isupper() or f.endswith(_GENITIVE)):
            break
        j -= 1
    # after: ", role ..."
    if b < len(toks) and toks[b][2] == ",":
        after = [t[2] for t in toks[b + 1:b + 4]]
        for k, w in enumerate(after):
            if w in _STOP_PUNCT or w == ",":
                break
            if is_role_word(w):
                return ", " + " ".join(after[:k + 1])
            if fold(w) not in _ARTICLES:
                break
    return None


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--sents", type=int, default=20, help="sentences per pseudo-document")
    ap.add_argument("--show", type=int, default=25, help="cases listed per kind")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    if not args.dev.exists():
        sys.exit(f"no elNER-18 dev file at {args.dev} (it lives in ../shared/data/elner)")
    from keryx import Extractor
    from keryx.io.normalise import normalise
    from keryx.records import Mention

    docs = load(args.dev, args.sents, drawn_dev() if args.dev == DEV else frozenset())
    t0 = time.perf_counter()
    ex = Extractor()
    n_pred = n_right = 0
    gold_total = gold_found = 0
    false_kinds: Counter[str] = Counter()
    false_names: Counter[tuple[str, str]] = Counter()
    false_where: dict[tuple[str, str], str] = {}
    role_total = role_given = role_noperson = 0
    missed_roles: list[str] = []
    misaligned = 0
    for doc in docs:
        rec = ex.extract_text(doc["text"])
        norm = normalise(doc["text"])  # the record's offsets index the normalised text
        if rec.text != norm.text:
            misaligned += 1
            continue
        gold = doc["spans"]
        gold_p = [s for s in gold if s[2] == "PERSON"]
        by_span: dict[int, object] = {}
        for person in rec.people:
            n_pred += 1
            hit = False
            labels: Counter[str] = Counter()
            for m in (Mention(start=a, end=b) for a, b in
                      (norm.to_source(m.start, m.end) for m in person.mentions)):
                for k, s in enumerate(gold_p):
                    if overlap(m.start, m.end, s[0], s[1]):
                        hit = True
                        by_span[k] = person
                for s in gold:
                    if s[2] != "PERSON":
                        ov = overlap(m.start, m.end, s[0], s[1])
                        if ov:
                            labels[s[2]] += ov
            if hit:
                n_right += 1
            else:
                kind = labels.most_common(1)[0][0] if labels else "O"
                false_kinds[kind] += 1
                false_names[(kind, person.name)] += 1
                if person.mentions:
                    a0, b0 = norm.to_source(person.mentions[0].start, person.mentions[0].end)
                    false_where[(kind, person.name)] = doc["text"][max(0, a0 - 50):b0 + 30].replace("\n", " ")
        gold_total += len(gold_p)
        gold_found += len(by_span)
        for k, s in enumerate(gold_p):
            ctx = role_context(doc, s)
            if ctx is None:
                continue
            role_total += 1
            person = by_span.get(k)
            if person is not None and person.roles:  # type: ignore[attr-defined]
                role_given += 1
                continue
            if person is None:
                role_noperson += 1
            lo = max(0, s[0] - 60)
            snippet = doc["text"][lo:s[1] + 40].replace("\n", " ")
            state = "no person" if person is None else f"person {person.name!r}, no role"  # type: ignore[attr-defined]
            missed_roles.append(f"[{ctx}] {doc['text'][s[0]:s[1]]} — {state}: …{snippet}…")
    elapsed = time.perf_counter() - t0
    p = n_right / n_pred if n_pred else 0.0
    r = gold_found / gold_total if gold_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    rp = role_given / role_total if role_total else 0.0
    print(f"elNER-18 dev: {len(docs)} pseudo-documents of {args.sents} sentences"
          + (f" ({misaligned} skipped: text changed by normalisation)" if misaligned else ""))
    print(f"people     precision {p:.3f} ({n_right}/{n_pred})  recall {r:.3f} ({gold_found}/{gold_total}) "
          f"F1 {f:.3f}")
    print(f"role proxy {rp:.3f} ({role_given}/{role_total} role-adjacent gold PERSON spans get a role; "
          f"{role_noperson} not found as people)")
    print("false people by gold kind: " + ", ".join(f"{k} {v}" for k, v in false_kinds.most_common()))
    print(f"\nfalse people (kind, name), most frequent first (top {args.show}):")
    for (kind, name), c in false_names.most_common(args.show):
        print(f"  {c:3d}  {kind:<12} {name}  …{false_where.get((kind, name), '')}…")
    print(f"\nrole-adjacent gold PERSON spans without a record role (first {args.show} of {len(missed_roles)}):")
    for line in missed_roles[:args.show]:
        print("  " + line)
    print(f"\n({elapsed:.0f} s, model load included)")
    if args.json:
        args.json.write_text(json.dumps({
            "people": {"precision": p, "recall": r, "f1": f, "predicted": n_pred, "right": n_right,
                       "gold": gold_total, "found": gold_found},
            "role_proxy": {"share": rp, "given": role_given, "total": role_total, "no_person": role_noperson},
            "false_kinds": dict(false_kinds)}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
