"""The view page of one record: highlights drawn from the record's offsets, cards, links, any format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from typer.testing import CliRunner

from keryx.cli.app import app
from keryx.report import render_view
from keryx.report.view import layout_spans

from .conftest import SEED

FORMATS = Path(__file__).parent / "data" / "formats"


def _marks(tree: HTMLParser) -> list:
    return tree.css("div.entities mark.entity")


def _mark_text(mark) -> str:
    label = mark.css_first("span.ent-label")
    full = mark.text(deep=True)
    return full[: len(full) - len(label.text(deep=True))] if label else full


def test_seed_view_highlights_entities_and_shows_both_people(seed_record):
    page = render_view(seed_record)
    tree = HTMLParser(page)
    marks = _marks(tree)
    persons = {_mark_text(m).strip() for m in marks if m.attributes["data-label"] == "PERSON"}
    assert {"Σταύρος Τζουλάκης", "Μιχάλης Χρηστάκης"} <= persons
    assert any(m.attributes["data-label"] == "ORG" for m in marks)
    assert any("role" in m.attributes["class"] for m in marks)
    cards = {c.css_first(".name").text(deep=True).strip(): c for c in tree.css(".card.person")}
    assert set(cards) == {"κ. Σταύρος Τζουλάκης", "Δρ Μιχάλης Χρηστάκης"}
    assert "Δήμαρχος" in cards["κ. Σταύρος Τζουλάκης"].text(deep=True)
    assert "Γενικός Γραμματέας" in cards["Δρ Μιχάλης Χρηστάκης"].text(deep=True)
    event = tree.css_first(".card.event")
    assert "conference" in event.text() and "2019-10-04" in event.text() and "Πεδίον Άρεως" in event.text()


def test_every_card_link_points_at_a_mark_holding_its_mention(seed_record):
    tree = HTMLParser(render_view(seed_record))
    marks = {m.attributes["id"]: m for m in _marks(tree)}
    links = tree.css("aside.cards a[href^='#s']")
    assert len(links) >= 10
    for a in links:
        mark = marks[a.attributes["href"][1:]]
        assert mark is not None
    person = tree.css_first(".card.person .mentions a")
    target = marks[person.attributes["href"][1:]]
    assert _mark_text(target).strip() == person.text().strip() == "Σταύρος Τζουλάκης"


def test_page_is_self_contained(seed_record):
    tree = HTMLParser(render_view(seed_record))
    assert not tree.css("script[src], link[href], img[src], iframe")
    assert tree.css_first("style") is not None


def test_role_wins_over_the_place_inside_it(extractor):
    rec = extractor.extract_text("Ο Δήμαρχος Ηρακλείου κ. Βασίλης Λαμπράκης επισκέφθηκε σήμερα το λιμάνι.")
    spans = layout_spans(rec.model_dump(mode="json"))
    role = next(s for s in spans if s.label == "ROLE")
    assert rec.text[role.start:role.end] == "Δήμαρχος Ηρακλείου"
    assert any("Ηρακλείου" in inner for inner in role.inner)
    assert all(not (s.start < o.end and o.start < s.end) for i, s in enumerate(spans) for o in spans[i + 1:])


@pytest.mark.parametrize("name", sorted(p.name for p in FORMATS.iterdir()))
def test_view_of_every_format_draws_the_records_own_text(extractor, name):
    rec = extractor.extract_file(FORMATS / name).model_dump(mode="json")
    tree = HTMLParser(render_view(rec))
    div = tree.css_first("div.entities")
    for mark in _marks(tree):
        start, end = int(mark.attributes["data-start"]), int(mark.attributes["data-end"])
        assert _mark_text(mark).strip() == rec["text"][start:end].strip()
        mark.css_first("span.ent-label").decompose()
    assert "".join(div.text(deep=True).split()) == "".join(rec["text"].split())
    if rec["people"]:
        assert tree.css(".card.person")


@pytest.fixture
def cli(extractor, monkeypatch):
    import keryx.api

    monkeypatch.setattr(keryx.api, "Extractor", lambda *a, **k: extractor)
    return CliRunner()


def test_keryx_view_writes_the_page(cli, tmp_path):
    out = tmp_path / "seed.html"
    result = cli.invoke(app, ["view", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    assert "Σταύρος Τζουλάκης" in out.read_text("utf-8")


def test_keryx_view_reads_a_saved_record(cli, tmp_path, seed_record):
    rec = tmp_path / "rec.json"
    rec.write_text(seed_record.to_json(), encoding="utf-8")
    out = tmp_path / "page.html"
    assert cli.invoke(app, ["view", str(rec), "-o", str(out)]).exit_code == 0
    assert out.read_text("utf-8") == render_view(seed_record)


def test_keryx_view_fails_in_one_line(cli, tmp_path):
    result = cli.invoke(app, ["view", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "file not found" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": "1", "document": {}, "text": "x"}), encoding="utf-8")
    result = cli.invoke(app, ["view", str(bad), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "not a valid keryx record" in result.output
    result = cli.invoke(app, ["view", str(SEED), "--published", "4/10/2019"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = cli.invoke(app, ["view", str(empty), "-o", str(tmp_path / "y.html")])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1


def test_markup_in_a_record_is_shown_as_text(seed_record):
    rec = seed_record.model_dump(mode="json")
    rec["document"]["title"] = "<script>alert(1)</script>"
    rec["people"][0]["name"] = "<img src=x onerror=alert(1)>"
    tree = HTMLParser(render_view(rec))
    assert not tree.css("script, img")
    assert "<script>alert(1)</script>" in tree.css_first("h1").text()


def test_a_long_text_is_drawn_in_pieces_cut_between_spans(seed_record):
    rec = seed_record.model_dump(mode="json")
    n, step = 6, len(rec["text"]) + 1
    rec["text"] = "\n".join([rec["text"]] * n)
    rec["entities"] = [{**e, "start": e["start"] + i * step, "end": e["end"] + i * step}
                       for i in range(n) for e in rec["entities"]]
    for key in ("people", "organisations", "places"):
        for item in rec[key]:
            item["mentions"] = [{"start": m["start"] + i * step, "end": m["end"] + i * step}
                                for i in range(n) for m in item["mentions"]]
    tree = HTMLParser(render_view(rec))
    assert len(tree.css("div.entities")) > 1
    marks = _marks(tree)
    assert len(marks) >= n * 20
    for mark in marks:
        start, end = int(mark.attributes["data-start"]), int(mark.attributes["data-end"])
        assert _mark_text(mark).strip() == rec["text"][start:end].strip()
        mark.css_first("span.ent-label").decompose()
    text = "".join(d.text(deep=True) for d in tree.css("div.entities"))
    assert "".join(text.split()) == "".join(rec["text"].split())
    last = tree.css(".card.person")[0].css(".mentions a")[-1]
    assert int(tree.css_first(last.attributes["href"]).attributes["data-start"]) > (n - 1) * step
