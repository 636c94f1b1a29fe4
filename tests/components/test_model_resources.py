"""The shipped model is self-contained: its rule components carry the lexicons they were saved
with, ``spacy.load`` alone gives keryx's output, and editing a package TSV later changes
nothing in a saved model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keryx.lang.el as lang_el
import pytest
import spacy
from keryx.nlp import complete_pipeline
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "keryx_el"
RULES = {
    "keryx_sentences": ["segment.json", "honorifics.tsv"],
    "keryx_dates": ["dates.json"],
    "keryx_roles": ["roles.tsv", "role_grammar.json", "linking.json", "inflection.json", "first_names.tsv",
                    "places.tsv", "honorifics.tsv", "first_names_learned.tsv"],
    "keryx_entity_rules": ["roles.tsv", "inflection.json", "first_names.tsv", "places.tsv", "honorifics.tsv",
                           "first_names_learned.tsv", "organisations.tsv", "events.tsv", "participation.txt",
                           "dates.json", "linking.json"],
}
TEXT = ("Ηράκλειο, 4 Οκτωβρίου 2019\n\nΟ Δήμαρχος Ηρακλείου κ. Βασίλης Λαμπρινός εγκαινίασε την Τρίτη "
        "8 Οκτωβρίου 2019 στις 10:30 την έκθεση στο Πολιτιστικό Κέντρο.")


def _summary(doc: spacy.tokens.Doc) -> dict[str, list[list[object]]]:
    return {
        "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
        "roles": [[s.start_char, s.end_char, s._.role_title] for s in doc.spans.get("roles", [])],
        "dates": [[s.start_char, s.end_char, s._.iso_date, s._.time] for s in doc.spans.get("dates", [])],
    }


def test_shipped_model_holds_its_rule_resources() -> None:
    for component, files in RULES.items():
        assert sorted(p.name for p in (MODEL / component).iterdir()) == sorted(files), component


def test_spacy_load_in_a_fresh_interpreter_gives_keryx_output(tmp_path: Path, extractor) -> None:
    """No keryx import before spacy.load (entry points), another cwd, the same docs and records."""
    script = f"""
import json, sys, spacy
assert "keryx" not in sys.modules
nlp = spacy.load({str(MODEL)!r})
doc = nlp({TEXT!r})
out = {{"ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
        "roles": [[s.start_char, s.end_char, s._.role_title] for s in doc.spans.get("roles", [])],
        "dates": [[s.start_char, s.end_char, s._.iso_date, s._.time] for s in doc.spans.get("dates", [])]}}
from keryx import Extractor
record = Extractor(model={str(MODEL)!r}).extract_text({TEXT!r}, published="2019-10-04")
print(json.dumps({{"doc": out, "record": json.loads(record.to_json())}}))
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "pipeline"), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    from keryx import Extractor

    here = Extractor(model=MODEL)
    doc = here.nlp(TEXT)
    assert got["doc"] == _summary(doc)
    assert got["doc"]["roles"] and got["doc"]["dates"]
    assert got["record"] == json.loads(here.extract_text(TEXT, published="2019-10-04").to_json())


def _rule_pipeline() -> Language:
    nlp = spacy.blank("el")
    complete_pipeline(nlp)  # keryx_sentences, entity rules, dates, roles from the package data
    return nlp


def _roles(nlp: Language) -> list[str]:
    doc = nlp("Ο Δήμαρχος Ηρακλείου μίλησε στους κατοίκους.")
    return [s._.role_title for s in doc.spans["roles"]]


def test_editing_a_package_tsv_does_not_change_a_saved_model(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = _rule_pipeline()
    assert _roles(nlp) == ["Δήμαρχος Ηρακλείου"]
    nlp.to_disk(tmp_path / "model")
    for component, files in RULES.items():
        assert sorted(p.name for p in (tmp_path / "model" / component).iterdir()) == sorted(files)

    # Someone edits roles.tsv in the package: "Δήμαρχος" is gone.
    original = lang_el.read_text
    edited = "\n".join(line for line in original("roles.tsv").splitlines() if not line.startswith("Δήμαρχος\t"))
    monkeypatch.setattr(lang_el, "read_text", lambda name: edited if name == "roles.tsv" else original(name))

    assert _roles(_rule_pipeline()) == []  # a pipeline built now sees the edit ...
    assert _roles(spacy.load(tmp_path / "model")) == ["Δήμαρχος Ηρακλείου"]  # ... the saved one does not


def test_a_model_without_saved_resources_uses_the_package(tmp_path: Path) -> None:
    """Models saved before the rule components kept their data still load."""
    nlp = _rule_pipeline()
    nlp.to_disk(tmp_path / "model")
    for component in RULES:
        for f in (tmp_path / "model" / component).iterdir():
            f.unlink()
        (tmp_path / "model" / component).rmdir()
    assert _roles(spacy.load(tmp_path / "model")) == ["Δήμαρχος Ηρακλείου"]


def test_rule_components_round_trip_through_bytes() -> None:
    nlp = _rule_pipeline()
    other = _rule_pipeline().from_bytes(nlp.to_bytes())
    assert _roles(other) == _roles(nlp)


def test_shipped_model_matches_the_package_resources() -> None:
    """A resource file edited in the package must reach the shipped model on purpose:
    run keryx.components.resources.refresh_model_resources("models/keryx_el") and bump its version."""
    stale = [f"{component}/{name}" for component, files in RULES.items() for name in files
             if (MODEL / component / name).read_text(encoding="utf-8") != lang_el.read_text(name)]
    assert not stale, f"models/keryx_el is older than the package data: {stale}"


def test_refresh_puts_a_package_edit_into_a_saved_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from keryx.components.resources import refresh_model_resources

    _rule_pipeline().to_disk(tmp_path / "model")
    original = lang_el.read_text
    edited = "\n".join(line for line in original("roles.tsv").splitlines() if not line.startswith("Δήμαρχος\t"))
    monkeypatch.setattr(lang_el, "read_text", lambda name: edited if name == "roles.tsv" else original(name))
    written = refresh_model_resources(tmp_path / "model")
    assert sorted(p.name for p in written) == sorted(RULES)
    assert _roles(spacy.load(tmp_path / "model")) == []


def _honorific_split(nlp: Language) -> list[str]:
    return [s.text for s in nlp("Μίλησε ο Πρόεδρος κ.\nΝίκος Ιωάννου στο συνέδριο.").sents]


def test_editing_package_honorifics_does_not_change_a_saved_splitter(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentence splitter's honorifics (honorifics.tsv's "abbr" rows) travel with the model too."""
    nlp = _rule_pipeline()
    assert len(_honorific_split(nlp)) == 1
    nlp.to_disk(tmp_path / "model")

    original = lang_el.read_text
    edited = "\n".join(line.removesuffix("\tabbr") for line in original("honorifics.tsv").splitlines())
    monkeypatch.setattr(lang_el, "read_text", lambda name: edited if name == "honorifics.tsv" else original(name))

    assert len(_honorific_split(_rule_pipeline())) == 2  # a pipeline built now sees the edit ...
    assert len(_honorific_split(spacy.load(tmp_path / "model"))) == 1  # ... the saved one does not
