"""Every hostile input gives a SourceDocument or a KeryxError with a message, never a crash."""

from __future__ import annotations

import itertools
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


# --------------------------------------------------------------------------- issue 13: files the tests make


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "δελτίο.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    reader = threading.Thread(target=lambda: _catch(outcome, read_document, fifo), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("read_document blocked on a FIFO")
    assert isinstance(outcome[0], InputError) and "named pipe" in str(outcome[0])


def _catch(outcome: list, fn, *args) -> None:  # type: ignore[no-untyped-def]
    try:
        fn(*args)
    except BaseException as e:  # noqa: BLE001 - the test inspects it
        outcome.append(e)


def test_a_non_utf8_filename_is_carried_as_valid_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xc4\xe5\xeb\xf4\xdf\xef.txt")  # "Δελτίο.txt" in Windows-1253
    (tmp_path / name).write_text("Ο Δήμαρχος Θερμαϊκού κ. Γιώργος Παπαδόπουλος μίλησε.", encoding="utf-8")
    doc = read_document(tmp_path / name)
    assert doc.path is not None and doc.path.endswith("\\xc4\\xe5\\xeb\\xf4\\xdf\\xef.txt")
    doc.path.encode("utf-8")  # strict
    empty = tmp_path / os.fsdecode(b"\xe1\xe4\xe5\xe9\xef.txt")
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError) as err:
        read_document(empty)
    str(err.value).encode("utf-8")


GREEK_BODY = "Ο Δήμαρχος Χερσονήσου κ. Γιάννης Σταυρακάκης ανακοίνωσε ότι η γιορτή θα γίνει στις 5 Ιουλίου."


@pytest.mark.parametrize("encoding", ["windows-1253", "iso-8859-7", "utf-8"])
def test_email_without_charset_is_detected_like_a_plain_file(tmp_path: Path, encoding: str) -> None:
    raw = (b"From: press@hersonissos.gr\nTo: news@example.gr\nSubject: Gioti\nMIME-Version: 1.0\n"
           b"Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n" + GREEK_BODY.encode(encoding))
    path = tmp_path / "release.eml"
    path.write_bytes(raw)
    doc = read_document(path)
    assert doc.format == "eml"
    assert "\ufffd" not in doc.text
    assert "Ο Δήμαρχος Χερσονήσου κ. Γιάννης Σταυρακάκης" in doc.text


def test_eight_bit_subject_without_encoding_is_decoded(tmp_path: Path) -> None:
    raw = ("From: press@hersonissos.gr\nSubject: Γιορτή κρασιού\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + GREEK_BODY).encode("utf-8")
    path = tmp_path / "release.eml"
    path.write_bytes(raw)
    doc = read_document(path)
    assert doc.title == "Γιορτή κρασιού"


def test_a_txt_starting_with_from_and_subject_stays_text(tmp_path: Path) -> None:
    text = ("From: Γραφείο Τύπου Δήμου Χερσονήσου\nSubject: Γιορτή κρασιού στις Γούβες\n"
            "Date: 3 Ιουλίου 2024\n\n" + GREEK_BODY + "\n")
    path = tmp_path / "δελτίο.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "txt"
    assert doc.text == text
    assert not any("e-mail" in w for w in doc.warnings)
    raw = tmp_path / "message.txt"  # a real message saved as .txt is still read as one
    raw.write_bytes(("From: press@hersonissos.gr\nSubject: Γιορτή\nMIME-Version: 1.0\n"
                     "Content-Type: text/plain; charset=utf-8\n\n" + GREEK_BODY).encode("utf-8"))
    assert read_document(raw).format == "eml"


def _docx_with(document_xml: bytes) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"/>')
        zf.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def test_docx_bomb_under_the_declared_ratio_is_refused_on_its_real_size(tmp_path: Path) -> None:
    para = "<w:p><w:r><w:t>Ο Δήμαρχος Θερμαϊκού ενημερώνει τους δημότες.</w:t></w:r></w:p>".encode()
    body = para * (40 * 1024 * 1024 // len(para))  # 40 MiB of XML, a few hundred KiB zipped
    path = tmp_path / "bomb.docx"
    path.write_bytes(_docx_with(b"<w:document><w:body>" + body + b"</w:body></w:document>"))
    assert path.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(CorruptDocumentError, match="zip bomb"):
            read_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024  # read as a stream, never held whole


def test_stdin_is_refused_as_soon_as_it_passes_the_limit() -> None:
    import io

    from keryx.io.ingest import MAX_BYTES, read_stream

    stream = io.BytesIO(b"\xce\x91" * (MAX_BYTES // 2 + 5 * 1024 * 1024))
    with pytest.raises(TooLargeError, match="20 MiB limit"):
        read_stream(stream)
    assert stream.tell() == MAX_BYTES + 1
    assert read_stream(io.BytesIO("Ο Δήμαρχος μίλησε.".encode())).text == "Ο Δήμαρχος μίλησε."


# --------------------------------------------------------------------------- long texts (issue 13)


def test_text_pieces_cover_the_text_and_cut_at_paragraphs() -> None:
    from keryx.api import text_pieces

    para = "Ο Δήμαρχος Θερμαϊκού κ. Γιώργος Παπαδόπουλος μίλησε στις 4 Οκτωβρίου 2019. " * 5
    text = "\n\n".join([para] * 400)
    pieces = text_pieces(text, size=5000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(e - s <= 5000 * 1.5 for s, e in pieces)
    assert all(text[s:e].endswith("\n\n") for s, e in pieces[:-1])
    unbroken = "α" * 20_000  # no space at all: cut anyway
    assert [e - s for s, e in text_pieces(unbroken, size=5000)][:3] == [5000, 5000, 5000]


def test_a_text_in_pieces_keeps_offsets_and_never_reaches_max_length(extractor, monkeypatch) -> None:
    from keryx import api

    paras = [
        "Ο Δήμαρχος Θερμαϊκού κ. Γιώργος Παπαδόπουλος εγκαινίασε στις 4 Οκτωβρίου 2019 το νέο σχολείο.",
        "Η Περιφερειάρχης Κρήτης κα Μαρία Σταυρακάκη υπέγραψε στις 12 Μαρτίου 2024 τη σύμβαση στο Ηράκλειο.",
        "Ο Αντιδήμαρχος Πάτρας κ. Νίκος Νικολόπουλος θα μιλήσει στην ημερίδα στις 3 Μαΐου 2024.",
    ]
    text = "\n\n".join(paras * 12)
    whole = extractor.extract_text(text)
    monkeypatch.setattr(api, "PIECE_CHARS", 400)
    monkeypatch.setattr(extractor.nlp, "max_length", 1000)  # the whole text is over it; no piece is
    pieced = extractor.extract_text(text)
    assert pieced.text == text
    for e in pieced.entities:
        assert text[e.start:e.end] == e.text
    assert {(e.label, e.start, e.end) for e in pieced.entities} == {(e.label, e.start, e.end) for e in whole.entities}
    assert [d.date for d in pieced.dates] == [d.date for d in whole.dates]
    assert {p.name for p in pieced.people} == {p.name for p in whole.people}


def test_a_long_unbroken_string_is_tokenised_in_parts(extractor) -> None:
    text = "Ο Δήμαρχος Θερμαϊκού κ. Γιώργος Παπαδόπουλος μίλησε. " + "&" * 20_000 + " Τέλος."
    doc = extractor._make_doc(text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= 500
    record = extractor.extract_text(text)
    assert record.text == text and "Γιώργος Παπαδόπουλος" in {p.name for p in record.people}


def test_entities_never_start_or_end_with_whitespace(extractor) -> None:
    from keryx.api import _trim_entities
    from spacy.tokens import Span

    doc = extractor.nlp.make_doc("ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ\nΔΙΕΥΘΥΝΣΗ ΑΣΤΥΝΟΜΙΑΣ ΗΡΑΚΛΕΙΟΥ\n\nΣυνελήφθη ένας άνδρας.")
    doc.ents = [Span(doc, 0, 3, label="ORG")]  # "ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ\n", as the NER gives it
    assert doc.ents[0].text.endswith("\n")
    assert [e.text for e in _trim_entities(doc).ents] == ["ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ"]
    record = extractor.extract_text("ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ\nΓΕΝΙΚΗ ΠΕΡΙΦΕΡΕΙΑΚΗ ΑΣΤΥΝΟΜΙΚΗ ΔΙΕΥΘΥΝΣΗ ΚΡΗΤΗΣ\n\n"
                                    "Ηράκλειο, 3 Μαΐου 2024\n\nΣυνελήφθη χθες στο Ηράκλειο ένας 40χρονος.")
    assert record.entities
    assert all(e.text == e.text.strip() for e in record.entities)
