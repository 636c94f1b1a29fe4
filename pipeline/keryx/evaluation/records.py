"""Score keryx records against the hand-annotated gold set (``keryx evaluate-records``).

The gold set lives in ``tests/data/gold`` as pairs ``NNN.txt`` / ``NNN.json`` (see its
README for the annotation guidelines). Scoring is per document, on *sets* of normalised
values, and the counts are micro-summed over documents:

- ``people``: person names.
- ``person_roles``: (person, role) pairs. A predicted role matches a gold role of the same
  person when the titles are equal, or when one title starts with the other (a bare
  "Δήμαρχος" against "Δήμαρχος Ηρακλείου", either way round) and the organisations agree (same organisation name, or both roles point to
  the ``publisher``). E.g. predicted "Δήμαρχος" + organisation "Δήμος Ηρακλείου" matches
  gold "Δήμαρχος Ηρακλείου" + "Δήμος Ηρακλείου". Titles are compared without Greek
  articles and commas ("Πρόεδρος του ΕΒΕΘ" == "Πρόεδρος ΕΒΕΘ"), and role organisations
  are first mapped through the gold organisations' aliases ("ΚΕΔΕ" == "Κεντρική Ένωση
  Δήμων Ελλάδας").
- ``organisations``: a predicted organisation matches a gold one when its name or any
  alias equals the gold name or any gold alias. Matching is one-to-one, so a record that
  fails to merge "ΚΕΔΕ" into "Κεντρική Ένωση Δήμων Ελλάδας" gets one false positive.
- ``places``: place names.
- ``dates``: (date, date_end) ISO values; the surface text is not compared.
- ``event_dates``, ``event_locations``: the dates and locations of the events.

Names are compared by :func:`norm` (accent-, case- and final-sigma-insensitive, whitespace
collapsed), so a headline form "ΗΡΑΚΛΕΙΟ" equals "Ηράκλειο".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from keryx.lang.el.text import fold

FIELDS: tuple[str, ...] = (
    "people",
    "person_roles",
    "organisations",
    "places",
    "dates",
    "event_dates",
    "event_locations",
)


@dataclass
class PRF:
    """True/false positive and false negative counts with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        # Nothing predicted: perfect only if there was also nothing to find.
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        # Nothing to find: perfect only if nothing spurious was predicted either.
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def norm(s: str | None) -> str:
    """Comparison key for names and titles; "" for missing values."""
    if not s:
        return ""
    return " ".join(fold(s).split())


_ARTICLES = frozenset({"ο", "η", "το", "οι", "τα", "του", "τησ", "των", "τον", "την", "τη", "τουσ", "τισ"})


def title_key(title: str | None) -> str:
    """Role-title key: :func:`norm` without articles and commas, which writers add or drop freely."""
    return " ".join(w for w in norm((title or "").replace(",", " ")).split() if w not in _ARTICLES)


def load_gold(gold_dir: Path) -> list[tuple[Path, dict]]:
    """Return (text path, gold annotation) pairs sorted by file name.

    Only texts that have a sibling ``.json`` are returned; validation of the pairing is
    the job of the gold-set tests, not of evaluation.
    """
    pairs: list[tuple[Path, dict]] = []
    for txt in sorted(Path(gold_dir).glob("*.txt")):
        js = txt.with_suffix(".json")
        if js.is_file():
            pairs.append((txt, json.loads(js.read_text(encoding="utf-8"))))
    return pairs


def _set_prf(pred: set[Hashable], gold: set[Hashable]) -> PRF:
    tp = len(pred & gold)
    return PRF(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


def _match_one_to_one(
    pred: list[Any], gold: list[Any], matches: Callable[[Any, Any], bool]
) -> PRF:
    """Greedy one-to-one matching; each gold item is used at most once."""
    used = [False] * len(gold)
    tp = 0
    for p in pred:
        for i, g in enumerate(gold):
            if not used[i] and matches(p, g):
                used[i] = True
                tp += 1
                break
    return PRF(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


def _names(items: Iterable[dict] | None, key: str = "name") -> set[str]:
    return {n for n in (norm(it.get(key)) for it in items or []) if n}


def _org_keys(org: dict) -> frozenset[str]:
    keys = {norm(org.get("name"))} | {norm(a) for a in org.get("aliases") or []}
    keys.discard("")
    return frozenset(keys)


def _role_tuples(
    people: Iterable[dict] | None, org_canon: dict[str, str]
) -> list[tuple[str, str, str, str]]:
    """Unique (person, title, organisation, organisation_ref) tuples, order kept."""
    seen: dict[tuple[str, str, str, str], None] = {}
    for person in people or []:
        name = norm(person.get("name"))
        for role in person.get("roles") or []:
            title = title_key(role.get("title"))
            if name and title:
                org = norm(role.get("organisation"))
                key = (name, title, org_canon.get(org, org), norm(role.get("organisation_ref")))
                seen[key] = None
    return list(seen)


def _role_matches(p: tuple[str, str, str, str], g: tuple[str, str, str, str]) -> bool:
    if p[0] != g[0]:
        return False
    if p[1] == g[1]:
        return True
    if not (g[1].startswith(p[1] + " ") or p[1].startswith(g[1] + " ")):
        return False
    same_org = bool(p[2]) and p[2] == g[2]
    both_publisher = p[3] == "publisher" and g[3] == "publisher"
    return same_org or both_publisher


def score_record(record: dict, gold: dict) -> dict[str, PRF]:
    """Per-field counts for one keryx record against its gold annotation."""
    scores: dict[str, PRF] = {}
    scores["people"] = _set_prf(_names(record.get("people")), _names(gold.get("people")))
    org_canon = {
        key: norm(org.get("name")) for org in gold.get("organisations") or [] for key in _org_keys(org)
    }
    scores["person_roles"] = _match_one_to_one(
        _role_tuples(record.get("people"), org_canon),
        _role_tuples(gold.get("people"), org_canon),
        _role_matches,
    )
    pred_orgs = list(dict.fromkeys(k for k in map(_org_keys, record.get("organisations") or []) if k))
    gold_orgs = [k for k in map(_org_keys, gold.get("organisations") or []) if k]
    scores["organisations"] = _match_one_to_one(pred_orgs, gold_orgs, lambda p, g: bool(p & g))
    scores["places"] = _set_prf(_names(record.get("places")), _names(gold.get("places")))

    def date_set(items: Iterable[dict] | None) -> set[Hashable]:
        return {(d["date"], d.get("date_end") or None) for d in items or [] if d.get("date")}

    scores["dates"] = _set_prf(date_set(record.get("dates")), date_set(gold.get("dates")))

    def event_dates(items: Iterable[dict] | None) -> set[Hashable]:
        return {e["date"] for e in items or [] if e.get("date")}

    scores["event_dates"] = _set_prf(event_dates(record.get("events")), event_dates(gold.get("events")))
    scores["event_locations"] = _set_prf(
        _names(record.get("events"), "location"), _names(gold.get("events"), "location")
    )
    return scores


def evaluate(records_and_golds: Iterable[tuple[dict, dict]]) -> dict[str, PRF]:
    """Micro-sum :func:`score_record` over documents."""
    total = {f: PRF() for f in FIELDS}
    for record, gold in records_and_golds:
        for field, prf in score_record(record, gold).items():
            total[field] = total[field] + prf
    return total


def evaluate_dir(gold_dir: Path, extract: Callable[[Path], dict]) -> dict[str, PRF]:
    """Run ``extract`` (text path -> record dict) over the gold set and score it."""
    return evaluate((extract(txt), gold) for txt, gold in load_gold(gold_dir))


def report_to_json(scores: dict[str, PRF]) -> dict:
    """JSON-ready report: counts and ratios (4 decimals) per field, plus their micro total."""
    out: dict[str, dict] = {}
    overall = PRF()
    for field, prf in scores.items():
        overall = overall + prf
        out[field] = _prf_json(prf)
    out["all"] = _prf_json(overall)
    return out


def _prf_json(prf: PRF) -> dict:
    return {
        "tp": prf.tp,
        "fp": prf.fp,
        "fn": prf.fn,
        "precision": round(prf.precision, 4),
        "recall": round(prf.recall, 4),
        "f1": round(prf.f1, 4),
    }
