"""Every hostile input gives a SourceDocument or a KeryxError with a message, never a crash."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from keryx.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    KeryxError,
    TooLargeError,
    UnsupportedFormatError,
)
from keryx.io.ingest import (
    CorruptDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    SourceDocument,
    read_document,
)
from keryx.io.normalise import normalise

HOSTILE = Path(__file__).parent / "data" / "hostile"
FILES = sorted(p for p in HOSTILE.iterdir() if p.is_file())

# What each file must give: an error class, or the warning (substring, "" = none needed) of a SourceDocument.
EXPECTED: dict[str, type[KeryxError] | str] = {
    "empty.txt": EmptyInputError,
    "whitespace-only.txt": EmptyInputError,
    "bom-only.txt": EmptyInputError,
    "utf16-bom-only.txt": EmptyInputError,
    "utf16-whitespace.txt": EmptyInputError,
    "binary.txt": BinaryInputError,
    "png-renamed.txt": BinaryInputError,
    "gzip-renamed.txt": BinaryInputError,
    "rtf-renamed.txt": UnsupportedFormatError,
    "truncated-utf8.txt": "truncated",
    "mixed-encodings.txt": "mixed encodings",
    "nul-bytes.txt": "NUL",
    "utf16-no-bom.txt": "",
    "crlf.txt": "",
    "cr-only.txt": "",
    "long-single-line.txt": "",
    "english-only.txt": "not Greek",
    "punctuation-only.txt": "no letters",
    "lookalikes.txt": "",
    "zero-width-and-soft-hyphens.txt": "",
    "decomposed-nfd.txt": "",
    "surrogate-bytes.txt": "",
    "control-chars.txt": "",
    "broken.md": "",
    "Δελτίο Τύπου 1.txt": "",
    "html-in-txt.txt": "HTML",
    "unsupported.xyz": UnsupportedFormatError,
    "deep-nesting.html": "",
    "no-body.html": EmptyInputError,
    "scripts-only.html": EmptyInputError,
    "malformed.html": "",
    "no-body.eml": EmptyInputError,
    "only-attachment.eml": EmptyInputError,
    "bad-charset.eml": "unknown charset",
    "zip-bomb.docx": CorruptDocumentError,
    "zip-not-docx.docx": UnsupportedFormatError,
    "corrupt-zip.docx": CorruptDocumentError,
    "text-renamed.docx": CorruptDocumentError,
    "broken-docx.docx": CorruptDocumentError,
    "truncated.pdf": CorruptDocumentError,
    "encrypted.pdf": EncryptedDocumentError,
    "encrypted-empty-password.pdf": "empty user password",
    "no-text-layer.pdf": NoTextLayerError,
}


def test_corpus_is_big_enough_and_small_on_disk() -> None:
    assert len(FILES) >= 30
    assert sum(p.stat().st_size for p in FILES) < 200 * 1024


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_never_crashes(path: Path) -> None:
    try:
        doc = read_document(path)
        norm = normalise(doc.text, doc.format)
    except KeryxError as e:
        assert str(e).strip(), "error message must say what was wrong"
        assert isinstance(e, InputError)
        outcome: object = e
    else:
        assert isinstance(doc, SourceDocument)
        assert doc.text.strip() and norm.text.strip()
        assert len(doc.id) == 64
        outcome = doc
    expected = EXPECTED.get(path.name)
    if isinstance(expected, type):
        assert isinstance(outcome, expected), f"{path.name}: got {outcome!r}"
    elif isinstance(expected, str):
        assert isinstance(outcome, SourceDocument), f"{path.name}: got {outcome!r}"
        if expected:
            assert any(expected in w for w in outcome.warnings), outcome.warnings


def test_every_file_has_an_expectation() -> None:
    assert {p.name for p in FILES} <= set(EXPECTED)


@pytest.mark.parametrize("name, needle", [
    ("lookalikes.txt", "Νέο πρόγραμμα του Δημος Θερμαϊκού με την AEIDL και την BSI."),
    ("zero-width-and-soft-hyphens.txt", "Δημοσιο έργο του Δήμου"),
    ("crlf.txt", "Αθήνα.\n\nΟ Δήμαρχος"),
    ("decomposed-nfd.txt", "Ο Δήμαρχος Θερμαϊκού"),
    ("deep-nesting.html", "κ. Γιώργος Παπαδόπουλος"),
    ("Δελτίο Τύπου 1.txt", "κ. Γιώργος Παπαδόπουλος"),
])
def test_hostile_text_is_repaired(name: str, needle: str) -> None:
    doc = read_document(HOSTILE / name)
    assert needle in normalise(doc.text, doc.format).text


def test_50mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "Μεγάλο αρχείο.txt"
    with big.open("wb") as fh:
        fh.write("Αθήνα ".encode() * 1000)
        fh.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError, match="50.0 MiB"):
            read_document(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Ο Δήμαρχος Θερμαϊκού.", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.geteuid() != 0:  # root reads anything; the monkeypatch below covers that case
            with pytest.raises(InputError, match="permission"):
                read_document(locked)
    finally:
        locked.chmod(0o644)

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(InputError, match="permission denied"):
        read_document(locked)
