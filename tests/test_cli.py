"""The command line through typer's CliRunner: JSON out, one-line errors, non-zero exits."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from keryx.cli.app import app

from .conftest import SEED

runner = CliRunner()


def test_extract_seed_prints_a_record():
    result = runner.invoke(app, ["extract", str(SEED), "--compact"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema_version"] == "1"
    assert any(e["date"] == "2019-10-04" for e in record["events"])


def test_extract_stdin_and_output_file(tmp_path):
    out = tmp_path / "r.json"
    text = "Ο Υπουργός Εσωτερικών επισκέφθηκε την Κρήτη στις 5 Ιουνίου 2023."
    result = runner.invoke(app, ["extract", "-", "-o", str(out)], input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text("utf-8"))
    assert record["document"]["path"] is None
    assert record["dates"][0]["date"] == "2023-06-05"


def test_missing_file_is_one_line_error():
    result = runner.invoke(app, ["extract", "does/not/exist.txt"])
    assert result.exit_code != 0
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("keryx: error:")
    assert "Traceback" not in result.output


def test_empty_stdin_is_an_error():
    result = runner.invoke(app, ["extract", "-"], input=b"")
    assert result.exit_code != 0
    assert "empty" in result.stderr.lower()


def test_bad_published_date():
    result = runner.invoke(app, ["extract", str(SEED), "--published", "4/10/2019"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_schema_is_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "keryx record"
    assert "people" in schema["properties"]


def test_info_lists_labels_and_pipeline():
    result = runner.invoke(app, ["info"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert {"PERSON", "ORG", "GPE", "DATE", "ROLE"} <= set(info["labels"])
    assert "ner" in info["pipeline"] and "keryx_roles" in info["pipeline"]


def test_help_mentions_every_command():
    result = runner.invoke(app, ["--help"])
    for cmd in ("extract", "batch", "view", "evaluate", "schema", "info", "train"):
        assert cmd in result.stdout
    sub = runner.invoke(app, ["evaluate", "--help"])
    assert sub.exit_code == 0 and "ner" in sub.stdout and "records" in sub.stdout


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("keryx ")


def test_publisher_option_fills_our_organisation():
    result = runner.invoke(app, ["extract", str(SEED), "--compact", "--publisher", "Δήμος Χερσονήσου"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    mayor = next(p for p in record["people"] if p["name"] == "Σταύρος Τζουλάκης")
    assert mayor["roles"][0]["organisation"] == "Δήμος Χερσονήσου"
    assert mayor["roles"][0]["organisation_ref"] == "publisher"
    assert record["organisations"][0]["name"] == "Δήμος Χερσονήσου"
