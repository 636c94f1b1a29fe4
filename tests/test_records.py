"""The record shape is a contract (RECORD.md): these tests pin its field names."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from keryx.records import DocumentInfo, PipelineInfo, Record, json_schema

RECORD_MD_TOP = ["schema_version", "document", "text", "entities", "people", "organisations",
                 "places", "dates", "events", "pipeline", "warnings"]


def _minimal() -> Record:
    return Record(document=DocumentInfo(id="ab" * 32, path="x.txt", format="txt", encoding="utf-8"),
                  text="Ο Δήμαρχος", pipeline=PipelineInfo(version="0", model="m"))


def test_top_level_fields_in_record_md_order():
    data = json.loads(_minimal().to_json())
    assert list(data) == RECORD_MD_TOP
    assert data["schema_version"] == "1"


def test_json_keeps_greek_readable():
    assert "Ο Δήμαρχος" in _minimal().to_json()


def test_schema_lists_required_nested_fields():
    schema = json_schema()
    defs = schema["$defs"]
    assert set(defs["Person"]["properties"]) >= {"name", "honorific", "roles", "mentions"}
    assert set(defs["Role"]["properties"]) >= {"title", "organisation", "organisation_ref"}
    assert set(defs["Event"]["properties"]) >= {"type", "trigger", "name", "date", "date_end", "time",
                                                "location", "participants", "organisations", "start", "end"}
    assert set(defs["DateRecord"]["properties"]) == {"text", "start", "end", "date", "date_end", "time"}


@pytest.mark.parametrize("bad", [{"organisation_ref": "someone"}, {"unknown_field": 1}])
def test_role_rejects_values_outside_the_contract(bad):
    from keryx.records import Role

    with pytest.raises(ValidationError):
        Role(title="Δήμαρχος", **bad)
