"""Generate the hostile input corpus in tests/data/hostile/ (issue "Every Greek document in, nothing lost").

Each file is something a real user will one day feed keryx by mistake. The committed files stay
small (< 200 KB in all); the 50 MB file and the unreadable file are made by the tests in tmp_path.
Needs fpdf2 for the PDFs. Run: /work/venv/bin/python tests/data/make_hostile.py
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "hostile"
GREEK = ("Ο Δήμαρχος Θερμαϊκού κ. Γιώργος Παπαδόπουλος συναντήθηκε στις 4 Οκτωβρίου 2019 "
         "με τον Υπουργό Εσωτερικών στην Αθήνα.")
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def docx_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def pdf(draw_only: bool = False, user_password: str | None = None) -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    if user_password is not None:
        doc.set_encryption(owner_password="owner-secret", user_password=user_password)
    doc.add_page()
    if draw_only:
        doc.rect(20, 20, 100, 50)
        doc.line(20, 80, 150, 120)
    else:
        doc.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        doc.set_font("DejaVu", size=12)
        doc.cell(0, 8, GREEK[:80])
    return bytes(doc.output())


def files() -> dict[str, bytes]:
    utf8 = GREEK.encode("utf-8")
    return {
        "empty.txt": b"",
        "whitespace-only.txt": b"  \n\t \r\n   \n",
        "bom-only.txt": b"\xef\xbb\xbf",
        "utf16-bom-only.txt": b"\xff\xfe",
        "utf16-whitespace.txt": " \n \n".encode("utf-16"),
        "binary.txt": bytes(range(256)) * 8,
        "png-renamed.txt": PNG_1PX,
        "gzip-renamed.txt": b"\x1f\x8b\x08\x00" + bytes(60),
        "rtf-renamed.txt": b"{\\rtf1\\ansi Hello}",
        "truncated-utf8.txt": (GREEK + " Τέλοσ").encode("utf-8")[:-1],
        "mixed-encodings.txt": utf8 + b"\n" + "Δεύτερη γραμμή σε άλλη κωδικοποίηση.".encode("cp1253") + b"\n" + utf8,
        "surrogate-bytes.txt": b"abc \xed\xa0\x80 def " + "Αθήνα".encode("cp1253"),
        "nul-bytes.txt": utf8 + b"\x00\n" + utf8,
        "control-chars.txt": ("Δελτίο\x1b[31m Τύπου\x07\x08 " + GREEK).encode("utf-8"),
        "crlf.txt": (GREEK + "\r\n\r\n" + GREEK + "\r\n").encode("utf-8"),
        "cr-only.txt": (GREEK + "\r\r" + GREEK).encode("utf-8"),
        "long-single-line.txt": ((GREEK + " ") * 120).encode("utf-8"),
        "utf16-no-bom.txt": GREEK.encode("utf-16-le"),
        "english-only.txt": b"The Mayor of Thermaikos met the Minister of the Interior in Athens on 4 October 2019.",
        "punctuation-only.txt": b"... --- !!! ;;; 123 456",
        "zero-width-and-soft-hyphens.txt": "Δη\u200bμο\u00adσιο\u200d\ufeff έργο του Δή\u00ad\nμου".encode("utf-8"),
        "lookalikes.txt": "Nέο πρόγραμμα του Δημoς Θερμαϊκoύ με την AEIDL και την BSI.".encode(),
        "decomposed-nfd.txt": "Ο Δήμαρχος Θερμαϊκού".encode().decode("utf-8").encode("utf-8").replace(
            "ή".encode(), "η\u0301".encode()),
        "Δελτίο Τύπου 1.txt": utf8,
        "html-in-txt.txt": b"<!DOCTYPE html><html><body><p>" + utf8 + b"</p></body></html>",
        "unsupported.xyz": utf8,
        "deep-nesting.html": b"<html><body>" + b"<div>" * 10000 + utf8 + b"</body></html>",
        "no-body.html": "<html><head><title>Μόνο τίτλος</title></head></html>".encode(),
        "scripts-only.html": b"<html><head><style>p{}</style></head><body><script>var a = 1;</script></body></html>",
        "malformed.html": ("<html><body><p>Ο Δήμαρχος &amp Θερμαϊκού<b><i>κ. Παπαδόπουλος</b></i><p>&#x3a9;&#xFFFFFFF; "
                           "<table><td>κελί</table><<<>>></body>").encode(),
        "broken.md": "# **Τίτλος [χωρίς](κλείσιμο\n\n**Έντονο χωρίς τέλος και *πλάγιο\n\n> > παράθεση\n".encode(),
        "no-body.eml": b"From: press@example.gr\r\nSubject: =?utf-8?b?zpTOtc67z4TOr86/?=\r\nMIME-Version: 1.0\r\n\r\n",
        "bad-charset.eml": (b"From: press@example.gr\r\nSubject: test\r\nDate: not a date\r\n"
                            b"Content-Type: text/plain; charset=x-unknown-greek\r\n\r\n" + GREEK.encode("cp1253")),
        "only-attachment.eml": (b"From: a@example.gr\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                                b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
                                b"Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n"
                                b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--XX--\r\n"),
        "zip-bomb.docx": docx_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\x00" * (50 * 1024 * 1024)}),
        "zip-not-docx.docx": docx_zip({"readme.txt": utf8}),
        "corrupt-zip.docx": b"PK\x03\x04" + bytes(range(200)),
        "text-renamed.docx": utf8,
        "broken-docx.docx": docx_zip({"word/document.xml": b"<not-xml"}),
        "truncated.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog",
        "encrypted.pdf": pdf(user_password="secret"),
        "encrypted-empty-password.pdf": pdf(user_password=""),
        "no-text-layer.pdf": pdf(draw_only=True),
    }


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    total = 0
    for name, data in files().items():
        (OUT / name).write_bytes(data)
        total += len(data)
    print(f"{len(files())} files, {total / 1024:.0f} KB")
