"""Score keryx records against hand-made gold records (``keryx evaluate-records``).

One gold format serves the whole project: the one of ``../shared/data/realworld/GUIDE.md``.
A gold folder holds ``NNN.json`` files; each text is ``NNN.txt`` beside it or in a sibling
``texts/`` folder (the layout of the real-world development set)::

    {"doc": "NNN", "published": "YYYY-MM-DD" | null,
     "people": [{"name": "...", "roles": ["...", ...]}],
     "organisations": [{"name": "...", "aliases": ["..."]}],
     "places": ["..."], "dates": ["YYYY-MM-DD" | "YYYY-MM"],
     "events": [{"type": "...", "date": ... | null, "location": ... | null, "participants": [...]}]}

The matching follows the rules the project's shared scorer uses, so that the figures printed
here are the figures reported elsewhere:

- names are compared token by token after folding accents, case and final sigma and dropping
  punctuation, most articles, "και" and the honorifics "κ."/"κα"; two tokens match when they are
  equal or share a prefix of at least three letters that leaves at most two letters of the
  shorter token unmatched ("Παπαδόπουλο" ~ "Παπαδόπουλος": Greek inflects the ending);
- ``people``: same number of tokens, every token matched;
- ``person_roles``: (person, role) pairs; the role matches when the token F1 between the gold
  role and the predicted title (or title + organisation) is at least 0.5;
- ``organisations``, ``places``, ``event_locations``: token F1 at least 0.6 between any name
  or alias of the gold item and any of the predicted one;
- ``dates``: the set of ISO values (a predicted range counts both ends); ``event_dates``: the
  set of event dates;
- every match is one to one, greedy, gold items in order.

Counts are micro-summed over documents. Precision is 0 when nothing was predicted and recall
0 when there was nothing to find (as in the shared scorer).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keryx.errors import InputError

FIELDS: tuple[str, ...] = (
    "people",
    "person_roles",
    "organisations",
    "places",
    "dates",
    "event_dates",
    "event_locations",
)
GOLD_KEYS = frozenset({"doc", "published", "people", "organisations", "places", "dates", "events"})


@dataclass
class PRF:
    """True/false positive and false negative counts with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


# --------------------------------------------------------------------------- name matching

# As in the shared scorer, "της" stays: its key is "τησ" after folding, and the scorer's list
# spells it with a final sigma, so it never drops it. Agreeing on the figures matters more.
_STOP = frozenset({"ο", "η", "του", "των", "το", "τον", "την", "και", "κ", "κα"})
_NON_WORD = re.compile(r"[^\w]+")


def norm(s: str | None) -> str:
    """Comparison key: no accents, lower case, final sigma as σ, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFD", s or "")
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower().replace("ς", "σ")
    return _NON_WORD.sub(" ", bare).strip()


def tokens(s: str | None) -> list[str]:
    """The tokens of :func:`norm` without articles, "και" and honorifics, which writers add or drop."""
    return [t for t in norm(s).split() if t not in _STOP]


def token_match(a: str, b: str) -> bool:
    """Equal, or a shared prefix of 3+ letters that leaves at most 2 letters of the shorter unmatched."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 3 and common >= min(len(a), len(b)) - 2


def name_f1(gold: str | None, pred: str | None) -> float:
    """Token F1 between two names; each gold token takes the first unused predicted token it matches."""
    tg, tp = tokens(gold), tokens(pred)
    if not tg or not tp:
        return 0.0
    used: set[int] = set()
    for x in tg:
        j = next((j for j, y in enumerate(tp) if j not in used and token_match(x, y)), None)
        if j is not None:
            used.add(j)
    if not used:
        return 0.0
    p, r = len(used) / len(tp), len(used) / len(tg)
    return 2 * p * r / (p + r)


def same_person(gold: str, pred: str) -> bool:
    return len(tokens(gold)) == len(tokens(pred)) and name_f1(gold, pred) == 1.0


def _all_names(item: str | dict) -> list[str]:
    if isinstance(item, str):
        return [item]
    return [item.get("name") or "", *(item.get("aliases") or [])]


def same_body(gold: str | dict, pred: str | dict) -> bool:
    """Organisations, places and event locations: any name or alias of one ~ any of the other."""
    return any(name_f1(a, b) >= 0.6 for a in _all_names(gold) for b in _all_names(pred))


def same_role(gold: str, pred_forms: Sequence[str]) -> bool:
    return any(name_f1(gold, form) >= 0.5 for form in pred_forms)


def greedy_pairs(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): each gold item takes the first free match."""
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j not in taken and same(g, p):
                taken.add(j)
                pairs.append((i, j))
                break
    return pairs


# --------------------------------------------------------------------------- one document


@dataclass
class FieldResult:
    """Counts for one field of one document, with the items left unmatched on each side."""

    prf: PRF
    missed: list[Any] = field(default_factory=list)   # gold only
    extra: list[Any] = field(default_factory=list)    # record only


@dataclass
class DocumentScore:
    fields: dict[str, FieldResult]
    names_exact: int = 0      # matched people whose name is also exactly the gold name (folded)
    names_matched: int = 0


def _matched(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]) -> FieldResult:
    pairs = greedy_pairs(gold, pred, same)
    gi, pj = {i for i, _ in pairs}, {j for _, j in pairs}
    return FieldResult(
        PRF(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs)),
        missed=[g for i, g in enumerate(gold) if i not in gi],
        extra=[p for j, p in enumerate(pred) if j not in pj],
    )


def _as_set(gold: set[str], pred: set[str]) -> FieldResult:
    tp = len(gold & pred)
    return FieldResult(PRF(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp),
                       missed=sorted(gold - pred), extra=sorted(pred - gold))


def score_document(record: dict, gold: dict) -> DocumentScore:
    """Per-field counts for one keryx record (a ``Record`` as JSON) against its gold file."""
    out: dict[str, FieldResult] = {}
    gold_people = [p["name"] for p in gold.get("people") or []]
    rec_people = record.get("people") or []
    pred_people = [p.get("name") or "" for p in rec_people]
    pairs = greedy_pairs(gold_people, pred_people, same_person)
    out["people"] = _matched(gold_people, pred_people, same_person)
    exact = sum(norm(gold_people[i]) == norm(pred_people[j]) for i, j in pairs)

    gold_roles = [(p["name"], r) for p in gold.get("people") or [] for r in p.get("roles") or []]
    pred_roles = [
        (p.get("name") or "", (r.get("title") or "",
                               " ".join(x for x in (r.get("title"), r.get("organisation")) if x)))
        for p in rec_people for r in p.get("roles") or []
    ]
    out["person_roles"] = _matched(
        gold_roles, pred_roles, lambda g, p: same_person(g[0], p[0]) and same_role(g[1], p[1])
    )
    out["organisations"] = _matched(gold.get("organisations") or [], record.get("organisations") or [], same_body)
    out["places"] = _matched(gold.get("places") or [], record.get("places") or [], same_body)

    pred_dates = {d[k] for d in record.get("dates") or [] for k in ("date", "date_end") if d.get(k)}
    out["dates"] = _as_set(set(gold.get("dates") or []), pred_dates)
    gold_events, pred_events = gold.get("events") or [], record.get("events") or []
    out["event_dates"] = _as_set({e["date"] for e in gold_events if e.get("date")},
                                 {e["date"] for e in pred_events if e.get("date")})
    out["event_locations"] = _matched([e["location"] for e in gold_events if e.get("location")],
                                      [e["location"] for e in pred_events if e.get("location")], same_body)
    return DocumentScore(out, names_exact=exact, names_matched=len(pairs))


def annotation_as_record(gold: dict) -> dict:
    """A GUIDE.md annotation in the shape of a keryx record, so that one annotator can be scored
    against another with the same scorer (``benchmarks/agreement.py``: human agreement)."""
    return {
        "people": [{"name": p.get("name") or "", "roles": [{"title": r} for r in p.get("roles") or []]}
                   for p in gold.get("people") or []],
        "organisations": [o if isinstance(o, dict) else {"name": o, "aliases": []}
                          for o in gold.get("organisations") or []],
        "places": [{"name": p, "aliases": []} if isinstance(p, str) else p for p in gold.get("places") or []],
        "dates": [{"date": d} for d in gold.get("dates") or []],
        "events": [{"date": e.get("date"), "location": e.get("location")} for e in gold.get("events") or []],
    }


# --------------------------------------------------------------------------- markup in names

_MARKUP = re.compile(r"[<>]|&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});|\\[nrtu\"/]|\*\*|\]\(|\[/?\w+\]|^#|\{\{|\}\}")


def markup_names(record: dict) -> list[str]:
    """Names, roles, titles and aliases in a record that carry markup (tags, entities, escapes, markdown)."""
    values: list[str] = []
    for p in record.get("people") or []:
        values.append(p.get("name") or "")
        for r in p.get("roles") or []:
            values += [r.get("title") or "", r.get("organisation") or ""]
    for o in record.get("organisations") or []:
        values += [o.get("name") or "", *(o.get("aliases") or [])]
    values += [n for p in record.get("places") or [] for n in (p.get("name") or "", *(p.get("aliases") or []))]
    for e in record.get("events") or []:
        values += [e.get("location") or "", e.get("name") or ""]
        values += [(p.get("name") if isinstance(p, dict) else p) or "" for p in e.get("participants") or []]
    values.append((record.get("document") or {}).get("title") or "")
    return [v for v in values if v and _MARKUP.search(v)]


# --------------------------------------------------------------------------- gold sets


@dataclass(frozen=True)
class GoldDocument:
    stem: str
    text: Path
    gold: dict


def _text_for(json_path: Path) -> Path | None:
    for folder in (json_path.parent, json_path.parent.parent / "texts"):
        for cand in sorted(folder.glob(json_path.stem + ".*")):
            if cand.suffix != ".json" and cand.is_file():
                return cand
    return None


def check_gold(gold: Any, where: str) -> dict:
    """Raise InputError unless ``gold`` has the GUIDE.md shape; return it."""
    if not isinstance(gold, dict) or set(gold) != GOLD_KEYS:
        keys = sorted(gold) if isinstance(gold, dict) else type(gold).__name__
        raise InputError(f"{where}: not a gold record (keys {keys}; expected {sorted(GOLD_KEYS)})")
    ok = (all(isinstance(p, dict) and isinstance(p.get("name"), str) and isinstance(p.get("roles"), list)
              and all(isinstance(r, str) for r in p["roles"]) for p in gold["people"])
          and all(isinstance(o, dict) and isinstance(o.get("name"), str) for o in gold["organisations"])
          and all(isinstance(x, str) for x in gold["places"])
          and all(isinstance(x, str) for x in gold["dates"])
          and all(isinstance(e, dict) for e in gold["events"]))
    if not ok:
        raise InputError(f"{where}: a gold field has the wrong shape (roles, places and dates are lists of "
                         "strings; see GUIDE.md)")
    return gold


def load_gold(gold_dir: Path, stems: Iterable[str] | None = None) -> list[GoldDocument]:
    """The gold files of ``gold_dir`` (optionally only ``stems``) with their texts, sorted by stem."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: not a folder of gold NNN.json files")
    wanted = set(stems) if stems is not None else None
    docs: list[GoldDocument] = []
    for js in sorted(gold_dir.glob("*.json")):
        if wanted is not None and js.stem not in wanted:
            continue
        try:
            gold = json.loads(js.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise InputError(f"{js}: not valid UTF-8 JSON ({e})") from None
        if not isinstance(gold, dict) or "doc" not in gold:
            continue  # other JSON beside the gold files (e.g. a details file)
        text = _text_for(js)
        if text is None:
            raise InputError(f"{js}: no text {js.stem}.* beside it or in {js.parent.parent / 'texts'}")
        docs.append(GoldDocument(js.stem, text, check_gold(gold, str(js))))
    return docs


def read_records(path: Path) -> dict[str, dict]:
    """records.jsonl (one keryx record a line) keyed by the stem of ``document.path``."""
    out: dict[str, dict] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}: not a JSON record ({e})") from None
            doc_path = (rec.get("document") or {}).get("path")
            if doc_path:
                out[Path(doc_path).stem] = rec
    return out


# --------------------------------------------------------------------------- totals


@dataclass
class Report:
    fields: dict[str, PRF]
    documents: int = 0
    missing: int = 0          # gold documents without a record
    names_exact: int = 0
    names_matched: int = 0
    markup: list[str] = field(default_factory=list)

    @property
    def canonical_name_exact(self) -> float:
        return self.names_exact / self.names_matched if self.names_matched else 0.0

    def to_json(self) -> dict:
        out: dict[str, Any] = {
            f: {"p": round(v.precision, 3), "r": round(v.recall, 3), "f1": round(v.f1, 3),
                "tp": v.tp, "fp": v.fp, "fn": v.fn}
            for f, v in self.fields.items()
        }
        out["canonical_name_exact"] = round(self.canonical_name_exact, 3)
        out["documents"] = self.documents
        out["documents_missing"] = self.missing
        out["names_with_markup"] = len(self.markup)
        return out


def evaluate(pairs: Iterable[tuple[dict | None, dict]]) -> Report:
    """Micro-sum :func:`score_document` over (record or None, gold) pairs."""
    rep = Report({f: PRF() for f in FIELDS})
    for record, gold in pairs:
        rep.documents += 1
        if record is None:
            rep.missing += 1
            record = {}
        s = score_document(record, gold)
        for f, res in s.fields.items():
            rep.fields[f] = rep.fields[f] + res.prf
        rep.names_exact += s.names_exact
        rep.names_matched += s.names_matched
        rep.markup += markup_names(record)
    return rep


def evaluate_records(gold_docs: Sequence[GoldDocument], records: dict[str, dict]) -> Report:
    """Score records keyed by stem (see :func:`read_records`) against a gold set."""
    return evaluate((records.get(g.stem), g.gold) for g in gold_docs)


def bootstrap_f1(pairs: Iterable[tuple[dict | None, dict]], rounds: int = 1000, seed: int = 0,
                 level: float = 0.9) -> dict[str, tuple[float, float]]:
    """Percentile interval of each field's micro F1 over documents drawn with replacement.

    Why: a half of 17 documents moves by whole documents; the interval says how far a figure
    could move on another draw of texts like these, so a gain inside it is not read as one.
    """
    scores = [score_document(record or {}, gold).fields for record, gold in pairs]
    if not scores:
        return {f: (0.0, 0.0) for f in FIELDS}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {f: [] for f in FIELDS}
    for _ in range(rounds):
        sample = [scores[rng.randrange(len(scores))] for _ in scores]
        for f in FIELDS:
            total = PRF()
            for s in sample:
                total = total + s[f].prf
            draws[f].append(total.f1)
    lo_k = int(rounds * (1 - level) / 2)
    hi_k = min(rounds - 1, int(rounds * (1 + level) / 2))
    return {f: (sorted(v)[lo_k], sorted(v)[hi_k]) for f, v in draws.items()}
