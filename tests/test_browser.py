"""The pages in a real browser: headless Chromium (Debian's ``chromium``) opens the seed's view and
the report of a batch over samples/, and we check what a person sees: highlighted entities, the
people cards, the charts, the tables made sortable by the inline script, and no console message.

Skips cleanly where Chromium is missing; ``.ci/run`` installs it.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from keryx.io.batch import run_batch
from keryx.report import render_view

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars")


def chromium(target: str, profile: Path, *extra: str) -> tuple[str, list[str]]:
    """Open ``target`` (a file:// URL); returns the DOM after scripts ran and the console lines."""
    proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                           *extra, target], capture_output=True, text=True, timeout=120)
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return proc.stdout, console


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory, seed_record) -> Path:
    page = tmp_path_factory.mktemp("view") / "seed.html"
    page.write_text(render_view(seed_record), encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def samples_report(tmp_path_factory, extractor) -> Path:
    out = tmp_path_factory.mktemp("samples") / "out"
    run_batch(ROOT / "samples", out, extractor=extractor)
    return out / "report.html"


def test_seed_view_in_chromium_shows_highlights_and_people(seed_page, tmp_path):
    dom, console = chromium(seed_page.as_uri(), tmp_path / "profile", "--dump-dom")
    assert console == []
    tree = HTMLParser(dom)
    marks = tree.css("div.entities mark.entity")
    assert len(marks) >= 20
    assert all("background" in m.attributes.get("style", "") for m in marks)
    persons = [m.text(deep=True) for m in marks if m.attributes["data-label"] == "PERSON"]
    assert any("Σταύρος Τζουλάκης" in p for p in persons) and any("Μιχάλης Χρηστάκης" in p for p in persons)
    cards = [c.text(deep=True) for c in tree.css(".card.person")]
    assert len(cards) == 2
    assert "Δήμαρχος" in cards[0] and "Γενικός Γραμματέας" in cards[1]


def test_seed_view_screenshot_is_drawn(seed_page, tmp_path):
    shot = tmp_path / "seed.png"
    chromium(seed_page.as_uri(), tmp_path / "profile", "--window-size=1200,900", f"--screenshot={shot}")
    assert _png_size(shot) == (1200, 900)
    assert shot.stat().st_size > 40_000  # a blank page is a few kB


def test_samples_report_in_chromium_has_charts_and_sortable_tables(samples_report, tmp_path):
    dom, console = chromium(samples_report.as_uri(), tmp_path / "profile", "--dump-dom")
    assert console == []
    tree = HTMLParser(dom)
    for chart in ("chart-events", "chart-organisations", "chart-people", "chart-publishers"):
        assert tree.css(f"#{chart} svg rect.bar"), chart
    # the inline script ran: every table is sortable, every header has a sort state
    for table in ("events-table", "people-table", "organisations-table", "documents-table"):
        node = tree.css_first(f"#{table}")
        assert "sortable-ready" in node.attributes["class"]
        assert all(th.attributes.get("aria-sort") == "none" for th in node.css("thead th"))
    assert "Σταύρος Τζουλάκης" in tree.css_first("#people-table").text(deep=True)
    assert len(tree.css("#events-table tbody tr")) >= 4


def test_report_sorts_in_the_browser(samples_report, tmp_path):
    url = samples_report.as_uri() + "#sort=people-table:3"  # by mentions, fewest first (the page lists most first)
    dom, console = chromium(url, tmp_path / "profile", "--dump-dom")
    assert console == []
    tree = HTMLParser(dom)
    headers = tree.css("#people-table thead th")
    assert headers[3].attributes["aria-sort"] == "ascending"
    mentions = [int(row.css("td")[3].text()) for row in tree.css("#people-table tbody tr")]
    assert mentions == sorted(mentions) and mentions != sorted(mentions, reverse=True)
