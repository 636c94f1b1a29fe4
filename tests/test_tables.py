"""Batch tables and indexes: the analyst's tables, their types, and people linked across documents.

tests/data/people holds four short releases written for this test: the mayor of Χερσόνησος,
Γιώργος Πετράκης, in three of them (in one also as "ο κ. Πετράκης"), a namesake who is mayor
of Φαιστός in the fourth, the regional governor Νίκος Μανωλάκης in two (once in the
genitive), and the ΚΕΔΕ under its full name in one and as an acronym in another.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from keryx.io.batch import run_batch
from keryx.io.tables import INDEXES, TABLES, link_records, read_table, record_tables
from keryx.records import Person, Record

from .conftest import SHARED_DATA

PEOPLE = Path(__file__).parent / "data" / "people"

OLD_COLUMNS = {  # the columns the tables had before: kept, in this order, before any new one
    "people": ["name", "honorific", "role", "organisation", "organisation_ref", "mentions"],
    "organisations": ["name", "aliases", "mentions"],
    "places": ["name", "mentions"],
    "dates": ["text", "start", "end", "date", "date_end", "time"],
    "events": ["type", "trigger", "name", "date", "date_end", "time", "location", "participants",
               "organisations", "start", "end"],
    "entities": ["label", "text", "canonical", "start", "end"],
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory, extractor) -> Path:
    out = tmp_path_factory.mktemp("people") / "out"
    result = run_batch(PEOPLE, out, extractor=extractor)
    assert result.failed == 0
    return out


def _records(out: Path) -> dict[str, dict]:
    return {Path(json.loads(line)["document"]["path"]).name: json.loads(line)
            for line in (out / "records.jsonl").read_text("utf-8").splitlines()}


def _person(record: dict, name: str) -> dict:
    return next(p for p in record["people"] if p["name"] == name)


def test_same_person_in_several_documents_gets_one_id(batch):
    recs = _records(batch)
    mayor = {_person(recs[f], "Γιώργος Πετράκης")["id"] for f in
             ("01_xersonisos_synedrio.txt", "02_xersonisos_synantisi.txt", "03_kede_imerida.txt")}
    assert len(mayor) == 1 and None not in mayor
    # the same name as mayor of another municipality is another person
    namesake = _person(recs["04_faistos_egkainia.txt"], "Γιώργος Πετράκης")["id"]
    assert namesake not in mayor
    # "Νίκος Μανωλάκης" and "Νίκου Μανωλάκη" (genitive) in two documents: one person
    governor = {_person(recs[f], "Νίκος Μανωλάκης")["id"] for f in
                ("02_xersonisos_synantisi.txt", "04_faistos_egkainia.txt")}
    assert len(governor) == 1
    index = read_table(batch / "people_index.csv").set_index("person_id")
    row = index.loc[mayor.pop()]
    assert row["name"] == "Γιώργος Πετράκης" and row["documents"] == 3
    assert row["titles"] == "Δήμαρχος Χερσονήσου"
    assert (str(row["first_date"].date()), str(row["last_date"].date())) == ("2019-03-14", "2020-11-05")
    assert len(index) == len(set(index.index))


def test_ids_are_stable_when_a_batch_is_run_again(batch, extractor):
    before = {n: (batch / f"{n}.csv").read_bytes() for n in ("people_index", "organisations_index", "participants")}
    again = run_batch(PEOPLE, batch, extractor=extractor)
    assert again.skipped == 4
    assert {n: (batch / f"{n}.csv").read_bytes() for n in before} == before


def test_organisation_by_name_or_acronym_gets_one_id(batch):
    recs = _records(batch)
    kede = {o["id"] for f in ("01_xersonisos_synedrio.txt", "03_kede_imerida.txt")
            for o in recs[f]["organisations"] if "ΚΕΔΕ" in o["aliases"] or o["name"] == "ΚΕΔΕ"}
    assert len(kede) == 1
    orgs = read_table(batch / "organisations_index.csv").set_index("organisation_id")
    assert orgs.loc[kede.pop(), "documents"] == 2
    # a role's organisation carries the organisation's id
    role = _person(recs["01_xersonisos_synedrio.txt"], "Γιώργος Πετράκης")["roles"][0]
    assert orgs.loc[role["organisation_id"], "name"] == "Δήμος Χερσονήσου"


def test_records_in_the_batch_validate_and_participants_carry_person_ids(batch):
    for rec in _records(batch).values():
        Record.model_validate(rec)
        ids = {p["name"]: p["id"] for p in rec["people"]}
        for ev in rec["events"]:
            assert ev["id"].startswith(rec["document"]["id"][:12])
            for part in ev["participants"]:
                assert part["person_id"] == ids.get(part["name"])


def test_tables_load_in_pandas_with_their_types(batch):
    docs = pd.read_csv(batch / "documents.csv")
    assert len(docs) == 4
    assert {"document_id", "path", "title", "published", "publisher", "format", "warnings"} <= set(docs.columns)
    for col in ("n_people", "n_organisations", "n_places", "n_dates", "n_events", "n_warnings"):
        assert pd.api.types.is_integer_dtype(docs[col]), col
    typed = read_table(batch / "documents.csv")
    assert pd.api.types.is_datetime64_any_dtype(typed["published"])
    assert str(typed.set_index("document_id")["published"].min().date()) == "2019-03-14"
    events = read_table(batch / "events.csv")
    assert events["event_id"].is_unique and events["event_id"].notna().all()
    assert pd.api.types.is_integer_dtype(events["start"])
    participants = read_table(batch / "participants.csv")
    assert list(participants.columns[:7]) == ["document_id", "path", "event_id", "person_id", "name", "role",
                                              "organisation"]
    assert set(participants["event_id"]) <= set(events["event_id"])
    # the long table: one row per participant, with the organisation the old string dropped
    row = participants[participants["name"] == "Μαρία Κωνσταντίνου"].iloc[0]
    assert (row["role"], row["organisation"]) == ("Δήμαρχος Ρόδου", "Δήμος Ρόδου")
    for name, cols in OLD_COLUMNS.items():
        frame = pd.read_csv(batch / f"{name}.csv")
        assert list(frame.columns[2:2 + len(cols)]) == cols
    for name in (*TABLES, *INDEXES):
        assert (batch / f"{name}.csv").exists()


def test_excel_writes_utf8_with_bom_and_plain_csv_has_none(tmp_path, extractor):
    plain, excel = tmp_path / "plain", tmp_path / "excel"
    run_batch(PEOPLE, plain, extractor=extractor)
    run_batch(PEOPLE, excel, extractor=extractor, excel=True)
    for name in ("people", "people_index", "documents"):
        assert not (plain / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
        raw = (excel / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert raw[3:] == (plain / f"{name}.csv").read_bytes()
    frame = pd.read_csv(excel / "people.csv", encoding="utf-8-sig")
    assert frame.columns[0] == "document_id"
    assert "Γιώργος Πετράκης" in set(frame["name"])


def test_excel_workbook_has_a_sheet_per_table(tmp_path, extractor):
    pytest.importorskip("openpyxl")
    out = tmp_path / "out"
    run_batch(PEOPLE, out, extractor=extractor, excel=True)
    sheets = pd.read_excel(out / "tables.xlsx", sheet_name=None)
    assert set(sheets) == {*TABLES, *INDEXES}
    index = sheets["people_index"]
    assert "Γιώργος Πετράκης" in set(index["name"])
    assert pd.api.types.is_integer_dtype(index["documents"])


def test_parquet_keeps_the_types(tmp_path, extractor):
    pytest.importorskip("pyarrow")
    out = tmp_path / "out"
    run_batch(PEOPLE, out, extractor=extractor, parquet=True)
    frame = pd.read_parquet(out / "participants.parquet")
    assert set(frame["name"]) >= {"Γιώργος Πετράκης"}
    assert pd.api.types.is_integer_dtype(pd.read_parquet(out / "documents.parquet")["n_people"])


def test_single_document_record_has_no_batch_ids(seed_record):
    text = seed_record.to_json()
    data = json.loads(text)
    assert "id" not in data["people"][0] and "person_id" not in data["events"][0]["participants"][0]
    assert "organisation_id" not in data["people"][0]["roles"][0]
    person = Person(name="Γιώργος Πετράκης", id="P1")
    assert person.model_dump(mode="json")["id"] == "P1"


def test_linking_the_seed_with_itself_under_two_paths_keeps_one_person(seed_record):
    a = seed_record.model_dump(mode="json")
    b = json.loads(json.dumps(a))
    b["document"]["id"] = "0" * 64
    index = link_records([a, b])
    tz = [p for p in index.people if p.name == "Σταύρος Τζουλάκης"]
    assert len(tz) == 1 and len(tz[0].documents) == 2
    tables = record_tables([a, b])
    assert tables["people"]["person_id"].notna().all()


@pytest.mark.corpus
def test_realworld_people_named_in_two_documents_get_one_id(extractor):
    """Two real releases of the shared corpus name the same minister, two others the same party
    leader (once in the genitive as a surname alone)."""
    texts = SHARED_DATA / "realworld" / "texts"
    if not texts.exists():
        pytest.skip("../shared/data/realworld is not here")
    files = ["011.txt", "032.txt", "044.txt", "055.txt"]
    records = [extractor.extract_file(texts / f).model_dump(mode="json") for f in files]
    index = link_records(records)
    minister = [p for p in index.people if p.name == "Άδωνις Γεωργιάδης"]
    assert len(minister) == 1 and len(minister[0].documents) == 2
    leader = [p for p in index.people if "Μιχαλολιάκος" in p.variants]
    assert len(leader) == 1 and len(leader[0].documents) == 2


def test_batch_cli_excel_flag(tmp_path, extractor, monkeypatch):
    import keryx.api
    from typer.testing import CliRunner

    from keryx.cli import app

    monkeypatch.setattr(keryx.api, "Extractor", lambda *a, **k: extractor)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(PEOPLE), "-o", str(out), "--excel", "-q"])
    assert result.exit_code == 0, result.output
    assert (out / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (out / "report.html").exists() and len(list((out / "views").iterdir())) == 4
