"""report.html and the views of a batch: totals, failures, SVG charts, tables, people across documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from keryx.io.batch import run_batch
from keryx.report.batch import _months_between, events_per_month
from keryx.report.charts import hbar_chart, stacked_columns

PEOPLE = Path(__file__).parent / "data" / "people"


@pytest.fixture(scope="module")
def batch(tmp_path_factory, extractor) -> Path:
    root = tmp_path_factory.mktemp("report")
    inbox = root / "in"
    shutil.copytree(PEOPLE, inbox)
    (inbox / "empty.txt").write_bytes(b"")
    out = root / "out"
    run_batch(inbox, out, extractor=extractor)
    return out


@pytest.fixture(scope="module")
def report(batch) -> HTMLParser:
    return HTMLParser((batch / "report.html").read_text("utf-8"))


def test_report_totals_and_failures(report):
    totals = {d.attributes["data-total"]: d.css_first("b").text() for d in report.css(".totals div")}
    assert totals["documents"] == "4" and totals["failures"] == "1"
    failure = report.css_first("table.failures tbody tr").text(deep=True)
    assert "empty.txt" in failure and "empty" in failure


def test_report_has_four_svg_charts_with_bars(report):
    figures = report.css("figure.chart")
    assert [f.attributes["id"] for f in figures] == ["chart-events", "chart-organisations", "chart-people",
                                                     "chart-publishers"]
    for fig in figures:
        assert fig.css("svg rect.bar"), fig.attributes["id"]
    people_chart = report.css_first("#chart-people svg").text(deep=True)
    assert "Γιώργος Πετράκης" in people_chart


def test_report_shows_people_across_documents(report):
    lines = [li.text(deep=True).strip() for li in report.css("#across li")]
    assert "Γιώργος Πετράκης: Δήμαρχος Χερσονήσου, 3 documents, 2019-03 … 2020-11" in lines
    assert "Νίκος Μανωλάκης: Περιφερειάρχης Κρήτης, 2 documents, 2020-11 … 2021-09" in lines


def test_report_tables_link_to_existing_views_and_anchors(batch, report):
    rows = report.css("#events-table tbody tr")
    assert len(rows) >= 4
    for a in report.css("#events-table a, #people-table a, #documents-table a"):
        href = a.attributes["href"]
        page, _, anchor = href.partition("#")
        assert page.startswith("views/") and (batch / page).exists(), href
        if anchor:
            assert HTMLParser((batch / page).read_text("utf-8")).css_first(f"#{anchor}") is not None
    view = HTMLParser((batch / "views" / next(iter(sorted((batch / "views").iterdir()))).name).read_text("utf-8"))
    assert view.css_first("a.back").attributes["href"] == "../report.html"


def test_report_is_self_contained_with_its_script_inline(report):
    assert not report.css("script[src], link[href], img[src], iframe")
    script = report.css_first("script").text()
    assert "sortTable" in script


def test_events_per_month_fills_short_spans_and_types():
    recs = [{"events": [{"date": "2019-03-14", "type": "conference"}, {"date": "2019-05", "type": "meeting"},
                        {"date": None, "type": "visit"}]}]
    months, series = events_per_month(recs)
    assert months == ["2019-03", "2019-04", "2019-05"]
    assert series == {"conference": [1, 0, 0], "meeting": [0, 0, 1]}
    assert _months_between("2019-11", "2020-02") == ["2019-11", "2019-12", "2020-01", "2020-02"]


def test_charts_escape_labels_and_say_when_empty():
    svg = hbar_chart([("Δήμος <Χ> & Υ", 3)], title="t")
    assert "&lt;Χ&gt; &amp; Υ" in svg and "<Χ>" not in svg
    assert "no data" in hbar_chart([], title="t") and "no data" in stacked_columns([], {}, title="t")
