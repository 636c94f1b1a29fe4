"""The record evaluator (keryx.evaluation.records) and the gold sets it scores against.

One gold format (../shared/data/realworld/GUIDE.md) for the project's own set in
tests/data/gold and the real-world development set in ../shared; the figures must be the
shared scorer's figures on the same records.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from keryx.errors import InputError
from keryx.evaluation.records import (
    GOLD_KEYS,
    PRF,
    annotation_as_record,
    bootstrap_f1,
    evaluate,
    evaluate_records,
    load_gold,
    markup_names,
    name_f1,
    norm,
    read_records,
    same_person,
    score_document,
    token_match,
)
from keryx.lang.el.text import fold

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data" / "gold"
REAL = ROOT.parent / "shared" / "data" / "realworld"
SCORER = ROOT.parent / "shared" / "tools" / "score_records.py"

GOLD: dict = {
    "doc": "900",
    "published": "2024-03-12",
    "people": [
        {"name": "Γιάννης Μαρκογιαννάκης", "roles": ["Δήμαρχος Ηρακλείου"]},
        {"name": "Ελένη Μαυρίδου", "roles": ["Αντιπεριφερειάρχης Ανατολικής Αττικής", "Καθηγήτρια"]},
    ],
    "organisations": [
        {"name": "Δήμος Ηρακλείου", "aliases": []},
        {"name": "Κεντρική Ένωση Δήμων Ελλάδας", "aliases": ["ΚΕΔΕ"]},
    ],
    "places": ["Ηράκλειο", "Αθήνα"],
    "dates": ["2024-03-12", "2024-05-03", "2024-05-05"],
    "events": [{"type": "meeting", "date": "2024-03-11", "location": "Αθήνα", "participants": []}],
}


def _record(**overrides: object) -> dict:
    """A keryx-shaped record that reproduces GOLD exactly unless overridden."""
    rec = {
        "document": {"path": "in/900.txt", "title": "Συνάντηση στην Αθήνα"},
        "people": [
            {"name": "Γιάννης Μαρκογιαννάκης", "honorific": None,
             "roles": [{"title": "Δήμαρχος", "organisation": "Δήμος Ηρακλείου", "organisation_ref": None}]},
            {"name": "Ελένη Μαυρίδου", "honorific": "κα",
             "roles": [{"title": "Αντιπεριφερειάρχης Ανατολικής Αττικής", "organisation": None,
                        "organisation_ref": None},
                       {"title": "Καθηγήτρια", "organisation": None, "organisation_ref": None}]},
        ],
        "organisations": [
            {"name": "Δήμος Ηρακλείου", "aliases": []},
            {"name": "Κεντρική Ένωση Δήμων Ελλάδας", "aliases": ["ΚΕΔΕ"]},
        ],
        "places": [{"name": "Ηράκλειο"}, {"name": "Αθήνα"}],
        "dates": [
            {"text": "12 Μαρτίου 2024", "date": "2024-03-12", "date_end": None},
            {"text": "3 έως 5 Μαΐου", "date": "2024-05-03", "date_end": "2024-05-05"},
        ],
        "events": [{"type": "meeting", "date": "2024-03-11", "location": "Αθήνα", "participants": []}],
    }
    rec.update(overrides)
    return rec


def _triples(record: dict, gold: dict = GOLD) -> dict[str, tuple[int, int, int]]:
    return {k: (v.prf.tp, v.prf.fp, v.prf.fn) for k, v in score_document(record, gold).fields.items()}


# ---------------------------------------------------------------- matching rules


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f"),
    [(0, 0, 0, 0.0, 0.0, 0.0), (0, 0, 3, 0.0, 0.0, 0.0), (3, 1, 0, 0.75, 1.0, 6 / 7), (1, 1, 2, 0.5, 1 / 3, 0.4)],
)
def test_prf_ratios(tp: int, fp: int, fn: int, p: float, r: float, f: float) -> None:
    prf = PRF(tp, fp, fn)
    assert (prf.precision, prf.recall, prf.f1) == (pytest.approx(p), pytest.approx(r), pytest.approx(f))


@pytest.mark.parametrize(
    ("raw", "key"),
    [("ΗΡΑΚΛΕΙΟ", "ηρακλειο"), ("Πεδίον  Άρεως", "πεδιον αρεωσ"), (" Τρίπολης, ", "τριπολησ"),
     ("Κ.Ε.Δ.Ε.", "κ ε δ ε"), (None, "")],
)
def test_norm_folds_accents_case_sigma_and_punctuation(raw: str | None, key: str) -> None:
    assert norm(raw) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("παπαδοπουλοσ", "παπαδοπουλο", True), ("μαρκογιαννακησ", "μαρκογιαννακη", True),
     ("ηρακλειο", "ηρακλειου", True), ("αθηνα", "αθηνων", True), ("αθηνα", "αθλητησ", False),
     ("παπαδοπουλοσ", "παπαδακησ", False), ("εε", "εε", True), ("εε", "εεσ", False),
     ("δημοσ", "δημαρχοσ", True)],  # lenient by design: 3 shared letters, 2 left of the shorter
)
def test_token_match_tolerates_greek_endings(a: str, b: str, same: bool) -> None:
    assert token_match(a, b) is same


def test_people_match_inflected_and_capitals_but_not_partial_names() -> None:
    assert same_person("Γιάννης Μαρκογιαννάκης", "ΓΙΑΝΝΗ ΜΑΡΚΟΓΙΑΝΝΑΚΗ")
    assert same_person("Ελένη Μαυρίδου", "κα Ελένη Μαυρίδου")        # honorific dropped
    assert not same_person("Ελένη Μαυρίδου", "Μαυρίδου")             # surname only
    assert not same_person("Ελένη Μαυρίδου", "Ελένη Μαυρίδου Αθηνών")  # one token too many
    assert name_f1("Κεντρική Ένωση Δήμων Ελλάδας", "Ένωση Δήμων") == pytest.approx(2 / 3)


def test_perfect_record_scores_one_everywhere() -> None:
    assert _triples(_record()) == {
        "people": (2, 0, 0), "person_roles": (3, 0, 0), "organisations": (2, 0, 0), "places": (2, 0, 0),
        "dates": (3, 0, 0), "event_dates": (1, 0, 0), "event_locations": (1, 0, 0),
    }


def test_role_matches_title_or_title_with_organisation() -> None:
    bare = _record(people=[{"name": "Γιάννης Μαρκογιαννάκης",
                            "roles": [{"title": "Δήμαρχος", "organisation": None}]}])
    # "Δήμαρχος" alone against "Δήμαρχος Ηρακλείου": token F1 2/3, above the 0.5 bar
    assert _triples(bare)["person_roles"] == (1, 0, 2)
    wrong = _record(people=[{"name": "Γιάννης Μαρκογιαννάκης",
                             "roles": [{"title": "Αντιδήμαρχος Χανίων", "organisation": None}]}])
    assert _triples(wrong)["person_roles"] == (0, 1, 3)
    other_person = _record(people=[{"name": "Ελένη Μαυρίδου",
                                    "roles": [{"title": "Δήμαρχος Ηρακλείου", "organisation": None}]}])
    assert _triples(other_person)["person_roles"] == (0, 1, 3)


@pytest.mark.parametrize(
    ("pred_orgs", "expected"),
    [
        ([{"name": "ΚΕΔΕ", "aliases": []}], (1, 0, 1)),                                   # acronym alias
        ([{"name": "Κεντρικής Ένωσης Δήμων Ελλάδος", "aliases": []}], (1, 0, 1)),          # inflected
        ([{"name": "ΚΕΔΕ", "aliases": []}, {"name": "Κεντρική Ένωση Δήμων Ελλάδας", "aliases": []}],
         (1, 1, 1)),                                                                      # unmerged duplicate
        ([{"name": "Δήμος Χανίων", "aliases": []}], (0, 1, 2)),
    ],
)
def test_organisation_matching_is_one_to_one(pred_orgs: list[dict], expected: tuple[int, int, int]) -> None:
    assert _triples(_record(organisations=pred_orgs))["organisations"] == expected


def test_dates_count_both_ends_of_a_range_and_events_their_start() -> None:
    rec = _record(dates=[{"date": "2024-03-12"}, {"date": "2024-05-03", "date_end": None}],
                  events=[{"date": "2024-03-11", "location": "ΑΘΗΝΑ"}, {"date": "2024-03-12", "location": None}])
    t = _triples(rec)
    assert t["dates"] == (2, 0, 1)
    assert t["event_dates"] == (1, 1, 0) and t["event_locations"] == (1, 0, 0)


def test_missing_record_counts_all_gold_as_missed() -> None:
    rep = evaluate([(None, GOLD), (_record(), GOLD)])
    assert rep.missing == 1 and rep.documents == 2
    assert (rep.fields["people"].tp, rep.fields["people"].fn) == (2, 2)
    assert rep.to_json()["people"] == {"p": 1.0, "r": 0.5, "f1": 0.667, "tp": 2, "fp": 0, "fn": 2}


def test_bootstrap_interval_spans_the_documents_and_repeats_with_its_seed() -> None:
    # a perfect record and a missing one: a draw may hold either only, so people F1 runs 0..1
    pairs = [(_record(), GOLD), (None, GOLD)]
    ci = bootstrap_f1(pairs, rounds=400, seed=3)
    assert ci["people"][0] == 0.0 and ci["people"][1] == 1.0
    assert ci == bootstrap_f1(pairs, rounds=400, seed=3)
    # every document perfect: no draw can move the figure
    assert bootstrap_f1([(_record(), GOLD)] * 3, rounds=50)["places"] == (1.0, 1.0)


@pytest.mark.parametrize(
    "name",
    ['σε:</p', 'center;">ος', 'href="https://x.gr">Εθνικού Κέντρου</a', "Δήμος&nbsp;Πατρέων",
     "Ιωάννα\\nΠαππά", "**Νίκος Βλάχος**", "[Πανεπιστήμιο Πατρών](https://upatras.gr)", "&#913;θήνα"],
)
def test_markup_in_names_is_counted(name: str) -> None:
    assert markup_names(_record(places=[{"name": name}, {"name": "Αθήνα"}])) == [name]


def test_clean_record_has_no_markup_names() -> None:
    assert markup_names(_record()) == []


# ---------------------------------------------------------------- gold sets on disk


def _check_guide_shape(gold: dict, text: str) -> None:
    folded = fold(text)
    assert set(gold) == GOLD_KEYS
    assert gold["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"])
    for person in gold["people"]:
        assert set(person) == {"name", "roles"} and person["name"].strip()
        assert all(isinstance(r, str) and r.strip() for r in person["roles"])
    for org in gold["organisations"]:
        assert set(org) == {"name", "aliases"} and org["name"].strip()
    assert all(isinstance(p, str) and p.strip() for p in gold["places"])
    assert all(re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d) for d in gold["dates"])
    for ev in gold["events"]:
        assert set(ev) == {"type", "date", "location", "participants"}
        assert ev["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", ev["date"])
    people = {p["name"] for p in gold["people"]}
    assert all(p in people for ev in gold["events"] for p in ev["participants"])
    assert folded  # every gold file has its text


SELF = load_gold(GOLD_DIR)


def test_self_gold_pairs_every_text_with_a_guide_file() -> None:
    assert {p.stem for p in GOLD_DIR.glob("*.txt")} == {d.stem for d in SELF}
    assert len(SELF) >= 29


@pytest.mark.parametrize("doc", SELF, ids=[d.stem for d in SELF])
def test_self_gold_document_is_valid(doc) -> None:
    text = doc.text.read_text(encoding="utf-8")
    _check_guide_shape(doc.gold, text)
    assert doc.gold["doc"] == doc.stem and 120 <= len(text.split()) <= 350
    folded = fold(text)
    for person in doc.gold["people"]:
        assert fold(person["name"].split()[-1])[:4] in folded, person["name"]
    for org in doc.gold["organisations"]:
        for alias in org["aliases"]:
            if " " not in alias:  # acronyms appear verbatim; longer aliases may be inflected
                assert fold(alias) in folded, alias
    if doc.gold["published"]:
        assert doc.gold["published"] in doc.gold["dates"]
    assert doc.gold["events"], "every release reports at least one event"
    assert all(ev["location"] is None or ev["location"] in doc.gold["places"] for ev in doc.gold["events"])


def test_self_gold_details_agree_with_the_gold() -> None:
    """gold_details.json keeps what GUIDE.md has no field for: date surfaces, ranges, times, role bodies."""
    details = json.loads((GOLD_DIR.parent / "gold_details.json").read_text(encoding="utf-8"))
    assert set(details) == {d.stem for d in SELF}
    for doc in SELF:
        text = doc.text.read_text(encoding="utf-8")
        det = details[doc.stem]
        ends = {v for d in det["dates"] for v in (d["date"], d["date_end"]) if v}
        assert ends == set(doc.gold["dates"])
        assert all(d["text"] in text for d in det["dates"])
        assert all(d["time"] is None or re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", d["time"]) for d in det["dates"])
        roles = {(p["name"], r) for p in doc.gold["people"] for r in p["roles"]}
        assert {(r["person"], r["title"]) for r in det["roles"]} <= roles
        assert all(r["organisation_ref"] in (None, "publisher") for r in det["roles"])


def test_self_gold_scores_perfectly_against_itself() -> None:
    """Catches gold files whose organisations overlap by alias or whose roles repeat."""
    records = [(_as_record(d.gold), d.gold) for d in SELF]
    rep = evaluate(records)
    assert {k: (v.fp, v.fn) for k, v in rep.fields.items()} == {k: (0, 0) for k in rep.fields}
    assert rep.fields["people"].tp > 50 and rep.fields["dates"].tp > 80


def _as_record(gold: dict, path: str = "") -> dict:
    """A keryx-shaped record that says exactly what ``gold`` says."""
    return {
        "document": {"path": path or f"{gold['doc']}.txt", "title": None},
        "people": [{"name": p["name"], "roles": [{"title": r, "organisation": None} for r in p["roles"]]}
                   for p in gold["people"]],
        "organisations": [dict(o) for o in gold["organisations"]],
        "places": [{"name": p} for p in gold["places"]],
        "dates": [{"date": d, "date_end": None} for d in gold["dates"]],
        "events": [dict(e) for e in gold["events"]],
    }


def test_load_gold_rejects_the_old_shape(tmp_path: Path) -> None:
    (tmp_path / "001.txt").write_text("Ο Δήμαρχος Πατρέων μίλησε.", encoding="utf-8")
    bad = {**GOLD, "doc": "001", "places": [{"name": "Πάτρα"}]}
    (tmp_path / "001.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="wrong shape"):
        load_gold(tmp_path)


def test_load_gold_finds_texts_in_a_sibling_texts_folder(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "900.txt").write_text("Συνάντηση στην Αθήνα.", encoding="utf-8")
    (tmp_path / "gold" / "900.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (docs,) = load_gold(tmp_path / "gold")
    assert docs.text == tmp_path / "texts" / "900.txt"


# ---------------------------------------------------------------- agreement with the shared scorer


def _perturbed(gold: dict, k: int) -> dict:
    """A plausible imperfect record: inflected or shortened names, lost roles, extra and missing items."""
    rec = _as_record(copy.deepcopy(gold))
    for i, p in enumerate(rec["people"]):
        words = p["name"].split()
        if (i + k) % 3 == 0:
            p["name"] = " ".join(w[:-1] if len(w) > 4 else w for w in words)  # genitive-like ending cut
        elif (i + k) % 3 == 1 and len(words) > 1:
            p["name"] = words[-1]
        if (i + k) % 2:
            p["roles"] = [{"title": r["title"].split()[0], "organisation": "Δήμος"} for r in p["roles"]]
    rec["organisations"] = [o for i, o in enumerate(rec["organisations"]) if (i + k) % 4] + [
        {"name": o["aliases"][0], "aliases": []} for o in rec["organisations"] if o["aliases"]]
    rec["organisations"].append({"name": "Ένωση Πολιτών Πελοποννήσου", "aliases": ["ΕΠΠ"]})
    rec["places"] = [{"name": p["name"].upper()} for i, p in enumerate(rec["places"]) if (i + k) % 3]
    rec["places"].append({"name": "Κέντρο της Πάτρας"})
    rec["dates"] = rec["dates"][k % 2:] + [{"date": "2020-01-01", "date_end": "2020-01-03"}]
    rec["events"] = [{**e, "location": (e["location"] or "Λάρισα") + " πόλη"} for e in rec["events"]]
    return rec


@pytest.mark.parametrize("gold_dir", [GOLD_DIR, REAL / "gold"], ids=["self", "realworld"])
def test_figures_agree_with_the_shared_scorer(gold_dir: Path, tmp_path: Path) -> None:
    if not SCORER.is_file() or not gold_dir.is_dir():
        pytest.skip("../shared is not here (the shared scorer and real-world set live there)")
    docs = load_gold(gold_dir)
    for k in range(3):
        lines = [json.dumps(_perturbed(d.gold, k + n) | {"document": {"path": f"x/{d.stem}.txt"}},
                            ensure_ascii=False) for n, d in enumerate(docs) if n % 5 != k]
        path = tmp_path / f"records{k}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ours = evaluate_records(docs, read_records(path)).to_json()
        out = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(path), "--json"],
                             capture_output=True, text=True, check=True)
        theirs = json.loads(out.stdout)
        assert {f: ours[f] for f in theirs} == theirs
        assert ours["documents_missing"] > 0 and 0 < ours["people"]["f1"] < 1


@pytest.mark.skipif(not (REAL / "gold").is_dir(), reason="../shared/data/realworld is not here")
def test_realworld_gold_has_the_guide_shape() -> None:
    docs = load_gold(REAL / "gold")
    assert len(docs) >= 30
    for d in docs:
        _check_guide_shape(d.gold, d.text.read_text(encoding="utf-8"))


def test_cli_scores_a_records_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from keryx.cli.app import app

    (tmp_path / "gold").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "900.txt").write_text("Συνάντηση στην Αθήνα.", encoding="utf-8")
    (tmp_path / "gold" / "900.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    rec = _record(places=[{"name": "Αθήνα"}, {"name": "Πάτρα"}])
    (tmp_path / "r.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate-records", str(tmp_path / "gold"), "-r", str(tmp_path / "r.jsonl"),
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["places"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert data["people"]["f1"] == 1.0 and data["names_with_markup"] == 0
    # one document: every bootstrap draw is that document, so the interval is the figure itself
    banded = CliRunner().invoke(app, ["evaluate", "records", str(tmp_path / "gold"), "-r", str(tmp_path / "r.jsonl"),
                                      "--json", "--ci", "50"])
    assert json.loads(banded.stdout)["places"]["f1_ci90"] == [0.5, 0.5], banded.output
    table = CliRunner().invoke(app, ["evaluate", "records", str(tmp_path / "gold"), "-r", str(tmp_path / "r.jsonl"),
                                     "--ci", "50"])
    assert table.exit_code == 0 and "90% interval" in table.output
    bad = CliRunner().invoke(app, ["evaluate-records", str(tmp_path / "nowhere")])
    assert bad.exit_code == 2 and "not a folder" in bad.output


_ANNOTATION = {
    "doc": "x", "published": "2024-05-06",
    "people": [{"name": "Ελένη Μαυρίδου", "roles": ["Αντιδήμαρχος Πολιτισμού"]}, {"name": "Νίκος Ζαχαρίου", "roles": []}],
    "organisations": [{"name": "Δήμος Καλαμάτας", "aliases": []}], "places": ["Καλαμάτα"],
    "dates": ["2024-05-06", "2024-05-10"],
    "events": [{"type": "ceremony", "date": "2024-05-10", "location": "Καλαμάτα", "participants": []}],
}


def test_an_annotation_scored_against_itself_agrees_everywhere() -> None:
    s = score_document(annotation_as_record(_ANNOTATION), _ANNOTATION)
    assert all(r.prf.f1 == 1.0 for r in s.fields.values())


@pytest.mark.parametrize("change, field", [
    (lambda g: g["people"][0].update(roles=["Δήμαρχος"]), "person_roles"),
    (lambda g: g.update(places=["Σπάρτη"]), "places"),
    (lambda g: g["events"][0].update(date="2024-05-11"), "event_dates"),
])
def test_a_second_annotation_that_differs_loses_on_that_field(change, field: str) -> None:
    other = copy.deepcopy(_ANNOTATION)
    change(other)
    s = score_document(annotation_as_record(other), _ANNOTATION)
    assert s.fields[field].prf.f1 < 1.0 and all(r.prf.f1 == 1.0 for f, r in s.fields.items() if f != field)
