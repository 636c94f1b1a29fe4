"""Reading real files of every supported format into SourceDocuments."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from keryx.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    TooLargeError,
    UnsupportedFormatError,
)
from keryx.io.ingest import MAX_BYTES, SourceDocument, read_bytes, read_document

FORMATS = Path(__file__).parent / "data" / "formats"
RELEASE_START = "Άνοιξε η πλατφόρμα για το πρόγραμμα «Βοήθεια στο Σπίτι»."


@pytest.mark.parametrize(
    "name, encoding",
    [
        ("cp1253.txt", "windows-1253"),
        ("iso-8859-7.txt", "iso-8859-7"),
        ("utf16.txt", "utf-16"),
        ("utf8-bom.txt", "utf-8-sig"),
        ("mojibake.txt", "utf-8 (repaired mojibake)"),
        ("mojibake-1253.txt", "utf-8 (repaired mojibake)"),
    ],
)
def test_text_encodings_decode_to_the_same_greek(name: str, encoding: str) -> None:
    doc = read_document(FORMATS / name)
    assert doc.format == "txt"
    assert doc.encoding == encoding
    assert doc.text.startswith(RELEASE_START)
    assert "Άνοιξη" in doc.text and "κα Μαρία Νικολάου" in doc.text
    assert doc.title is None and doc.published is None


def test_document_id_is_sha256_of_bytes_and_path_is_kept() -> None:
    path = FORMATS / "cp1253.txt"
    doc = read_document(path)
    assert doc.id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.path == str(path)


def test_html_keeps_title_and_dateline_drops_boilerplate() -> None:
    doc = read_document(FORMATS / "article.html")
    assert doc.format == "html"
    assert doc.title == "Συνάντηση του Δημάρχου με τον Υπουργό Εσωτερικών"
    assert doc.published == "2019-10-04"
    assert doc.text.startswith("Συνάντηση του Δημάρχου με τον Υπουργό Εσωτερικών\n\nΑθήνα, 4 Οκτωβρίου 2019\n\n")
    assert "κ. Γιώργος Παπαδόπουλος συναντήθηκε σήμερα με τον Υπουργό Εσωτερικών" in doc.text
    assert "Περαίας.\nΑκολούθησε" in doc.text  # <br> is a line break
    for boilerplate in ("Αρχική", "cookies", "Αποδοχή", "Σχετικά άρθρα", "Facebook", "δικαιώματα", "Εγγραφή",
                        "tracking", "font-family"):
        assert boilerplate not in doc.text


def test_markdown_text_is_kept_as_is() -> None:
    doc = read_document(FORMATS / "release.md")
    assert doc.format == "md"
    assert doc.text.startswith("# Νέο πρόγραμμα του Δήμου")
    assert "**Δήμαρχος**" in doc.text


def test_docx_paragraphs_and_table() -> None:
    doc = read_document(FORMATS / "release.docx")
    assert doc.format == "docx" and doc.encoding is None
    assert doc.title == "Πρόγραμμα εκδήλωσης"
    assert doc.published is None
    assert doc.text.split("\n\n") == [
        "Πρόγραμμα εκδήλωσης για την Άνοιξη",
        "Ο Δήμος Θερμαϊκού διοργανώνει εκδήλωση στην Περαία.",
        "10:00 | Χαιρετισμός Δημάρχου\n11:00 | Ομιλία της Αντιδημάρχου",
        "Η είσοδος είναι ελεύθερη.",
    ]


def test_pdf_text_layer_in_greek() -> None:
    doc = read_document(FORMATS / "release.pdf")
    assert doc.format == "pdf" and doc.encoding is None and doc.published is None
    assert "Δελτίο Τύπου" in doc.text
    assert "κ. Γιώργος Παπαδόπουλος ανακοίνωσε την ανά-\nπτυξη" in doc.text


def test_eml_with_rfc2047_subject_and_date() -> None:
    raw = (FORMATS / "release.eml").read_bytes()
    assert b"=?utf-8?" in raw
    doc = read_document(FORMATS / "release.eml")
    assert doc.format == "eml"
    assert doc.title == "Δελτίο Τύπου: Συνάντηση του Δημάρχου με τον Υπουργό"
    assert doc.published == "2019-10-04"
    assert doc.text.startswith(RELEASE_START)
    assert "From:" not in doc.text


def test_eml_html_body_goes_through_the_html_extractor() -> None:
    doc = read_document(FORMATS / "html-only.eml")
    assert doc.text == "Ο Δήμαρχος Θερμαϊκού ενημερώνει τους δημότες."
    assert doc.title == "Ανακοίνωση"


@pytest.mark.parametrize(
    "data, path, fmt",
    [
        (b"<!DOCTYPE html><html><body><p>\xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1</p></body></html>", None, "html"),
        (b"From: a@b.gr\nSubject: x\nMIME-Version: 1.0\n\n\xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1", None, "eml"),
        ("Αθήνα, 4 Οκτωβρίου 2019".encode(), "Δελτίο 4.10.2019", "txt"),
        ("# Τίτλος".encode(), "a.markdown", "md"),
    ],
)
def test_format_from_content_and_extension(data: bytes, path: str | None, fmt: str) -> None:
    assert read_bytes(data, path=path).format == fmt


def test_plain_text_with_markdown_marks_is_read_as_markdown() -> None:
    seed = "Το Συνέδριο **«Κοινωνικά Υπεύθυνες Προμήθειες»** της **Ευρωπαϊκής Επιτροπής**.".encode()
    doc = read_bytes(seed, path="seed.txt")
    assert doc.format == "md" and any("Markdown" in w for w in doc.warnings)
    assert read_bytes("Ένα *απλό* κείμενο.".encode(), path="a.txt").format == "txt"


def test_english_text_is_accepted_with_a_warning() -> None:
    doc = read_bytes(b"The Mayor met the Minister in Athens.", path="en.txt")
    assert isinstance(doc, SourceDocument)
    assert any("not Greek" in w for w in doc.warnings)
    greek = read_bytes("Ο Δήμαρχος συναντήθηκε με τον Υπουργό (BSI).".encode())
    assert greek.warnings == []


@pytest.mark.parametrize(
    "data, path, error",
    [
        (b"", None, EmptyInputError),
        (b" \n\t\r\n", "a.txt", EmptyInputError),
        (b"\xef\xbb\xbf  \n", "a.txt", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "photo.txt", BinaryInputError),
        (bytes(range(32)) * 20, "a.txt", BinaryInputError),
        ("Αθήνα".encode(), "a.odt", UnsupportedFormatError),
        ("Αθήνα".encode(), "a.pdf", InputError),
    ],
)
def test_bad_input_raises_clear_errors(data: bytes, path: str | None, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        read_bytes(data, path=path)
    assert str(info.value)


def test_unknown_explicit_format_is_rejected() -> None:
    with pytest.raises(UnsupportedFormatError, match="unknown format"):
        read_bytes(b"abc", fmt="xlsx")


def test_too_large_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(TooLargeError, match="MiB"):
        read_document(big)
    with pytest.raises(TooLargeError):
        read_bytes(b"a" * (MAX_BYTES + 1))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_document(tmp_path)


def test_language_ratio_of_a_large_text_is_sampled_over_all_of_it() -> None:
    from keryx.io.ingest import greek_ratio
    from keryx.lang.el.text import greek_ratio as exact

    small = "Ο Δήμαρχος Θερμαϊκού and the mayor"
    assert greek_ratio(small) == exact(small)
    large = "Ο Δήμαρχος Θερμαϊκού μίλησε. " * 20_000 + "The mayor of Thermaikos spoke. " * 20_000
    assert abs(greek_ratio(large) - exact(large)) < 0.05  # not just the Greek first half
    doc = read_bytes(("The mayor of Thermaikos spoke. " * 20_000 + "Ο Δήμαρχος μίλησε.").encode(), path="en.txt")
    assert any("not Greek" in w for w in doc.warnings)
