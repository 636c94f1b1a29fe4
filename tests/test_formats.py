"""Every supported format and encoding, end to end: through the library and through ``keryx extract``.

The CLI tests reuse the session's Extractor (patched into ``keryx.api``) so that each
command does not load the model again; everything else in the command runs for real.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from keryx.cli.app import app

DATA = Path(__file__).parent / "data"
FORMATS = DATA / "formats"
HOSTILE = DATA / "hostile"

RELEASE_WORDS = ("Παπαδόπουλος", "Θερμαϊκού", "Νικολάου")
HTML_BOILERPLATE = ("Αρχική", "Ανακοινώσεις", "cookies", "Αποδοχή", "Σχετικά άρθρα", "Facebook", "δικαιώματα",
                    "Εγγραφή", "tracking", "font-family")

# name -> (format, encoding, Greek words that must be in the text, words that must not, title)
CASES: dict[str, tuple[str, str | None, tuple[str, ...], tuple[str, ...], str | None]] = {
    "cp1253.txt": ("txt", "windows-1253", RELEASE_WORDS, (), None),
    "iso-8859-7.txt": ("txt", "iso-8859-7", RELEASE_WORDS, (), None),
    "utf16.txt": ("txt", "utf-16", RELEASE_WORDS, (), None),
    "utf8-bom.txt": ("txt", "utf-8-sig", RELEASE_WORDS, ("\ufeff",), None),
    "mojibake.txt": ("txt", "utf-8 (repaired mojibake)", RELEASE_WORDS, ("Î", "Ï"), None),
    "mojibake-1253.txt": ("txt", "utf-8 (repaired mojibake)", RELEASE_WORDS, ("Ξ", "Ο\u0086"), None),
    "release.md": ("md", "utf-8", ("Δήμαρχος κ. Γιώργος Παπαδόπουλος ανακοίνωσε το πρόγραμμα.",),
                   ("**", "](", "https://", "# "), "Νέο πρόγραμμα του Δήμου"),
    "article.html": ("html", "utf-8", ("Αθήνα, 4 Οκτωβρίου 2019", "κ. Γιώργος Παπαδόπουλος συναντήθηκε",
                                       "Περαίας.\nΑκολούθησε"), HTML_BOILERPLATE,
                     "Συνάντηση του Δημάρχου με τον Υπουργό Εσωτερικών"),
    "release.eml": ("eml", "utf-8", RELEASE_WORDS, ("=CE", "Subject:", "press@thermaikos.gr"),
                    "Δελτίο Τύπου: Συνάντηση του Δημάρχου με τον Υπουργό"),
    "html-only.eml": ("eml", "utf-8", ("Ο Δήμαρχος Θερμαϊκού ενημερώνει τους δημότες.",), ("Μενού", "<p>"),
                      "Ανακοίνωση"),
    "release.docx": ("docx", None, ("Ο Δήμος Θερμαϊκού διοργανώνει εκδήλωση στην Περαία.",
                                    "10:00 | Χαιρετισμός Δημάρχου\n11:00 | Ομιλία της Αντιδημάρχου"), (),
                     "Πρόγραμμα εκδήλωσης"),
    # The PDF's "ανά-\nπτυξη" line break is joined by normalisation.
    "release.pdf": ("pdf", None, ("Δελτίο Τύπου", "κ. Γιώργος Παπαδόπουλος ανακοίνωσε την ανάπτυξη νέων δράσεων"),
                    ("ανά-",), "Δελτίο Τύπου"),
}
PUBLISHED = {"article.html": "2019-10-04", "release.eml": "2019-10-04", "html-only.eml": "2019-10-04"}


def test_every_format_file_has_a_case() -> None:
    assert {p.name for p in FORMATS.iterdir()} == set(CASES)


def _check(name: str, document: dict[str, Any], text: str, dates: list[dict[str, Any]]) -> None:
    fmt, encoding, present, absent, title = CASES[name]
    assert document["format"] == fmt
    assert document["encoding"] == encoding
    for needle in present:
        assert needle in text, f"{name}: {needle!r} missing from {text[:200]!r}"
    for needle in absent:
        assert needle not in text, f"{name}: {needle!r} should have been removed"
    if title is not None:
        assert document["title"] == title
    if name in PUBLISHED:
        assert document["published"] == PUBLISHED[name] or PUBLISHED[name] in {d["date"] for d in dates}


@pytest.mark.parametrize("name", sorted(CASES))
def test_library_extracts_each_format(extractor, name: str) -> None:
    record = extractor.extract_file(FORMATS / name)
    data = record.model_dump()
    _check(name, data["document"], record.text, data["dates"])
    assert record.document.path == str(FORMATS / name)


@pytest.fixture
def cli(monkeypatch, extractor) -> CliRunner:
    """``keryx`` with the session's model instead of loading it for every command."""
    monkeypatch.setattr("keryx.api.Extractor", lambda **kwargs: extractor)
    return CliRunner()


@pytest.mark.parametrize("name", sorted(CASES))
def test_cli_extracts_each_format(cli: CliRunner, name: str) -> None:
    result = cli.invoke(app, ["extract", str(FORMATS / name), "--compact"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    _check(name, record["document"], record["text"], record["dates"])


def test_html_dateline_gives_the_publication_date_without_metadata(extractor, tmp_path: Path) -> None:
    html = (FORMATS / "article.html").read_text("utf-8")
    html = html.replace('<meta property="article:published_time" content="2019-10-04T09:30:00+03:00">', "")
    assert "published_time" not in html
    page = tmp_path / "σελίδα.html"
    page.write_text(html, encoding="utf-8")
    record = extractor.extract_file(page)
    assert record.document.published == "2019-10-04"
    assert "Αθήνα, 4 Οκτωβρίου 2019" in record.text


@pytest.mark.parametrize("name, says", [
    ("no-text-layer.pdf", "OCR"),
    ("encrypted.pdf", "password"),
])
def test_unreadable_pdf_is_a_one_line_error(cli: CliRunner, name: str, says: str) -> None:
    result = cli.invoke(app, ["extract", str(HOSTILE / name)])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("keryx: error: ") and name in lines[0] and says in lines[0]
    assert "Traceback" not in result.output
