"""Markup recognised by content (keryx.io.markup): a .txt or stdin that holds HTML, a feed,
front matter or JSON escapes reads like the .html/.md file it really is, and no name in the
record carries a tag, an entity or an escape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keryx.evaluation.records import markup_names
from keryx.io.ingest import read_bytes, read_document
from keryx.io.markup import detect, unwrap

BODY = ("Ο Δήμαρχος Πατρέων κ. Κωνσταντίνος Πελετίδης και η Πρύτανις του Πανεπιστημίου Πατρών, "
        "Καθηγήτρια Χριστίνα Μαρκοπούλου, υπέγραψαν την Τρίτη 14 Μαΐου 2024 μνημόνιο συνεργασίας "
        "στο Δημαρχείο της Πάτρας.")
SECOND = "Η Ερευνήτρια Αναστασία Κουτσογιάννη, Υπεύθυνη Διαγωνισμού, παρουσίασε το πρόγραμμα."

HTML_FRAGMENT = (
    '<div class="entry-content"><p style="text-align: center;"><strong>ΔΕΛΤΙΟ ΤΥΠΟΥ</strong></p>\n'
    f'<p>{BODY.replace("Πανεπιστημίου Πατρών", "<a href=&quot;https://www.upatras.gr&quot;>Πανεπιστημίου Πατρών</a>")}'
    "&nbsp;</p>\n"
    f"<p>{SECOND}</p></div>"
).replace("&quot;", '"')

WORDPRESS = f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Δήμος Πατρέων</title>
<item>
  <title>Μνημόνιο συνεργασίας Δήμου και Πανεπιστημίου</title>
  <pubDate>Tue, 14 May 2024 09:30:00 +0000</pubDate>
  <wp:post_date><![CDATA[2024-05-14 12:30:00]]></wp:post_date>
  <content:encoded><![CDATA[<!-- wp:paragraph --><p>{BODY}</p><!-- /wp:paragraph -->
<!-- wp:paragraph --><p>{SECOND}</p><!-- /wp:paragraph -->]]></content:encoded>
</item></channel></rss>
"""

RSS_ESCAPED = f"""<rss version="2.0"><channel><item><title>Μνημόνιο</title>
<description>&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;{SECOND}&lt;/p&gt;</description></item></channel></rss>"""

FRONT_MATTER = f"""---
title: 'Μνημόνιο συνεργασίας με το Πανεπιστήμιο Πατρών'
newsdate: '2024-05-14'
published: false
tags:
  - press-releases
---
**{BODY}**

[Δείτε το πρόγραμμα](https://www.patras.gr/programma)

{SECOND}
"""

JSON_STRING = json.dumps(BODY + "\n\n" + SECOND)            # "...\u039f..." is not used: ensure_ascii
JSON_API = json.dumps({"id": 5531, "date": "2024-05-14T12:30:00",
                       "title": {"rendered": "Μνημόνιο συνεργασίας"},
                       "content": {"rendered": f"<p>{BODY}</p>\n<p>{SECOND}</p>"}})

JSX = f"""import React from "react";

export default function Announcement() {{
  return (
    <section className="news">
      <h1>Μνημόνιο συνεργασίας</h1>
      <p>{BODY}</p>
      {{/* signature */}}
      <p className="second">{SECOND}</p>
    </section>
  );
}}
"""

CASES = {
    "html fragment": (HTML_FRAGMENT, "html"),
    "wordpress export": (WORDPRESS, "feed"),
    "rss with escaped html": (RSS_ESCAPED, "feed"),
    "front matter + markdown": (FRONT_MATTER, "front matter"),
    "json string": (JSON_STRING, "json"),
    "json api object": (JSON_API, "json"),
    "jsx component": (JSX, "jsx"),
}


@pytest.mark.parametrize(("raw", "kind"), CASES.values(), ids=CASES.keys())
def test_layers_are_detected_by_content(raw: str, kind: str) -> None:
    assert detect(raw) == kind


@pytest.mark.parametrize(("raw", "kind"), CASES.values(), ids=CASES.keys())
def test_unwrapped_text_is_clean_and_complete(raw: str, kind: str) -> None:
    out = unwrap(raw)
    assert detect(out.text) is None
    for tail in ("Κωνσταντίνος Πελετίδης", "Χριστίνα Μαρκοπούλου", "Αναστασία Κουτσογιάννη"):
        assert tail in out.text
    if out.fmt != "md":
        for mark in ("<", ">", "&nbsp;", "&lt;", "\\n", "className", "**"):
            assert mark not in out.text, mark


@pytest.mark.parametrize(
    "plain",
    [BODY, "Θερμοκρασία < 5 βαθμών & βροχή > 20 χιλιοστά στη Φλώρινα.",
     "Αρχείο C:\\new\\users\\tmp\\ρυθμίσεις.txt του Δήμου.",
     "Ο Σύλλογος «Φίλοι του Δάσους» & οι εθελοντές <<καθάρισαν>> το άλσος.",
     "---\nΑνακοίνωση χωρίς επικεφαλίδα: σήμερα στις 10:00 συνεδριάζει το Δημοτικό Συμβούλιο."],
)
def test_plain_text_is_left_alone(plain: str) -> None:
    assert detect(plain) is None
    assert unwrap(plain) == (plain, "txt", None, None)


def test_front_matter_gives_title_date_and_markdown() -> None:
    out = unwrap(FRONT_MATTER)
    assert out.fmt == "md" and out.published == "2024-05-14"
    assert out.title == "Μνημόνιο συνεργασίας με το Πανεπιστήμιο Πατρών"
    assert out.text.startswith(out.title + "\n\n2024-05-14\n\n**Ο Δήμαρχος")
    assert "newsdate" not in out.text and "press-releases" not in out.text


def test_feeds_and_json_give_the_publication_date() -> None:
    assert unwrap(WORDPRESS).published == "2024-05-14"
    assert unwrap(JSON_API).published == "2024-05-14"
    assert unwrap(JSON_API).title == "Μνημόνιο συνεργασίας"


@pytest.mark.parametrize(("raw", "kind"), CASES.values(), ids=CASES.keys())
def test_ingest_reads_markup_saved_as_txt_and_stdin(raw: str, kind: str, tmp_path: Path) -> None:
    path = tmp_path / "deltio.txt"
    path.write_text(raw, encoding="utf-8")
    from_file = read_document(path)
    from_stdin = read_bytes(raw.encode("utf-8"))
    assert from_file.text == from_stdin.text
    assert from_file.format == ("txt" if raw is JSON_STRING else "md" if kind == "front matter" else "html")
    assert any("read as text by content" in w for w in from_file.warnings)
    assert "Χριστίνα Μαρκοπούλου" in from_file.text


@pytest.mark.parametrize(("raw", "kind"), CASES.values(), ids=CASES.keys())
def test_records_from_markup_have_clean_names_and_offsets(extractor, raw: str, kind: str, tmp_path: Path) -> None:
    path = tmp_path / "deltio.txt"
    path.write_text(raw, encoding="utf-8")
    rec = extractor.extract_file(path).model_dump(mode="json")
    assert markup_names(rec) == []
    names = {p["name"] for p in rec["people"]}
    assert {"Κωνσταντίνος Πελετίδης", "Χριστίνα Μαρκοπούλου"} <= names, names
    for person in rec["people"]:
        for m in person["mentions"]:
            surface = rec["text"][m["start"]:m["end"]]
            assert "<" not in surface and "&" not in surface and surface.split()[-1][:5] in person["name"]
    assert "2024-05-14" in {d["date"] for d in rec["dates"]}


def test_cli_stdin_with_a_wordpress_export() -> None:
    from typer.testing import CliRunner

    from keryx.cli.app import app

    result = CliRunner().invoke(app, ["extract", "-", "--compact"], input=WORDPRESS.encode("utf-8"))
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    assert rec["document"]["format"] == "html" and rec["document"]["published"] == "2024-05-14"
    assert markup_names(rec) == []
    assert "Χριστίνα Μαρκοπούλου" in {p["name"] for p in rec["people"]}
