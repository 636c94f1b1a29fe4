"""Reading documents: bytes in, decoded plain text plus metadata out.

Every failure a user can cause (empty file, image renamed .txt, password-protected PDF...)
becomes a KeryxError with a message that says what was wrong and what to do about it.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from keryx.errors import (
    BinaryInputError,
    CorruptDocumentError,
    EmptyInputError,
    EncodingError,
    EncryptedDocumentError,
    InputError,
    NoTextLayerError,
    TooLargeError,
    UnsupportedFormatError,
)
from keryx.io.files import display_path, require_regular
from keryx.lang.el.text import greek_ratio as _full_greek_ratio

MAX_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED = 100 * 1024 * 1024  # total inflated size allowed inside a .docx
MAX_DOCX_XML = 24 * 1024 * 1024  # inflated XML inside a .docx (parsing costs about 10x this in memory)
MAX_COMPRESSION_RATIO = 100
GREEK_MIN_RATIO = 0.5

FORMATS = ("txt", "md", "html", "docx", "pdf", "eml")
_EXTENSIONS = {
    ".txt": "txt", ".text": "txt", "": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx", ".pdf": "pdf", ".eml": "eml",
}
_BINARY_MAGIC: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Microsoft Office file (.doc/.xls); save it as .docx",
    b"{\\rtf": "an RTF document; save it as .docx or .txt",
}
_EMAIL_HEADERS = ("from", "to", "subject", "date", "mime-version", "received", "return-path",
                  "message-id", "content-type", "cc", "reply-to", "delivered-to", "x-mailer")
_EMAIL_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]")
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class SourceDocument:
    id: str
    path: str | None
    format: str
    encoding: str | None
    text: str
    title: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- entry points


def read_document(path: str | Path) -> SourceDocument:
    """Read a file from disk; the size is checked before reading so huge files cost nothing.

    FIFOs, sockets and devices are refused before they are opened (reading a FIFO can block
    for ever); the path in the record and in messages is :func:`display_path` (valid UTF-8).
    """
    return read_bytes(read_file_bytes(path), path=display_path(path))


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES, or the InputError saying why not."""
    p = Path(path)
    shown = display_path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"{shown}: file not found; check the path") from None
    except OSError as e:
        raise InputError(f"{shown}: cannot access the file ({e.strerror or e}); check the path and permissions") from None
    require_regular(p, st)
    _check_size(st.st_size, shown)
    try:
        with p.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"{shown}: permission denied; make the file readable (chmod +r) and retry") from None
    except OSError as e:
        raise InputError(f"{shown}: cannot read the file ({e.strerror or e})") from None


def read_stream(stream: BinaryIO, name: str = "<stdin>") -> SourceDocument:
    """Read a stream (standard input) up to the size limit: a larger input is refused as soon as
    it passes the limit, without reading the rest."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise TooLargeError(f"{name}: the input is over the {MAX_BYTES // 1024 // 1024} MiB limit; "
                            "a press release is much smaller: split it or check that it is the right one")
    return read_bytes(data, path=None)


def read_bytes(data: bytes, path: str | None = None, fmt: str | None = None) -> SourceDocument:
    """Decode ``data`` (the content of ``path``, if known) into a SourceDocument."""
    name = path or "<input>"
    _check_size(len(data), name)
    if not data.strip():
        raise EmptyInputError(f"{name}: the file is empty or contains only whitespace; nothing to extract")
    doc_id = hashlib.sha256(data).hexdigest()
    if fmt is not None and fmt not in FORMATS:
        raise UnsupportedFormatError(f"{name}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    fmt = fmt or _detect_binary_format(data, path, name)
    warnings: list[str] = []
    title: str | None = None
    published: str | None = None
    encoding: str | None = None

    if fmt == "pdf":
        text = _pdf_text(data, name, warnings)
    elif fmt == "docx":
        text, title = _docx_text(data, name, warnings)
    else:
        text, encoding = decode_text(data, name, warnings)
        if fmt is None:
            fmt = _detect_text_format(text, path, name, warnings)
        if fmt in ("txt", "md"):  # HTML, feeds, front matter, JSON escapes by content (io/markup.py)
            from keryx.io.markup import unwrap

            text, fmt, title, published = unwrap(text, fmt, warnings)
        elif fmt == "html":
            text, title, published = html_to_text(text, warnings)
        elif fmt == "eml":
            text, title, published = _eml_text(data, name, warnings)

    if not text.strip():
        what = {"html": "the HTML page has no body text", "eml": "the e-mail has no text body",
                "docx": "the Word document has no text", "pdf": "the PDF has no text"}.get(fmt, "the file has no text")
        raise EmptyInputError(f"{name}: {what}; nothing to extract")
    _language_warning(text, warnings)
    return SourceDocument(id=doc_id, path=path, format=fmt, encoding=encoding, text=text,
                          title=title or None, published=published, warnings=warnings)


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise TooLargeError(
            f"{name}: the file is {size / 1024 / 1024:.1f} MiB, above the {MAX_BYTES // 1024 // 1024} MiB limit; "
            "a press release is much smaller: split the file or check that it is the right one"
        )


def _language_warning(text: str, warnings: list[str]) -> None:
    if not any(c.isalpha() for c in text):
        warnings.append("text contains no letters; nothing for entity extraction to find")
        return
    ratio = greek_ratio(text)
    if ratio < GREEK_MIN_RATIO:
        warnings.append(f"text is not Greek (only {ratio:.0%} of letters are Greek); extraction is tuned for Greek "
                        "and results will be poor")


_RATIO_SAMPLE = 256 * 1024


def greek_ratio(text: str) -> float:
    """Share of Greek letters, from at most 256K chars spread over the text (exact below that).

    Counting every letter of a 20 MB file in Python takes seconds; a decision about the
    whole document's language does not need more than a well-spread sample.
    """
    if len(text) <= _RATIO_SAMPLE:
        return _full_greek_ratio(text)
    chunk = _RATIO_SAMPLE // 16
    step = (len(text) - chunk) // 15
    return _full_greek_ratio("".join(text[k * step:k * step + chunk] for k in range(16)))


# --------------------------------------------------------------------------- format detection


def _detect_binary_format(data: bytes, path: str | None, name: str) -> str | None:
    """Formats recognisable from the bytes alone; None means 'text, decide after decoding'."""
    head = data[:8]
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise CorruptDocumentError(f"{name}: looks like a ZIP/.docx file but it is damaged; "
                                       "open and re-save it in Word or LibreOffice") from None
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            raise UnsupportedFormatError(f"{name}: OpenDocument (.odt) files are not supported; save it as .docx")
        raise UnsupportedFormatError(f"{name}: a ZIP archive, not a Word document; unpack it and give the files")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            if "RTF" in what or "Office" in what:
                raise UnsupportedFormatError(f"{name}: {what}")
            raise BinaryInputError(f"{name}: the file is {what}, not text; give the text of the press release "
                                   "(for a scanned image run OCR first)")
    ext = _ext(path)
    if ext in (".pdf", ".docx"):
        raise CorruptDocumentError(f"{name}: the extension says {ext} but the content is not a valid {ext[1:].upper()} "
                                   "file; it may be damaged or renamed")
    if path and ext not in _EXTENSIONS:
        raise UnsupportedFormatError(f"{name}: unsupported file type {ext!r}; supported: .txt .md .html .docx .pdf "
                                     ".eml (rename plain text to .txt)")
    return None


def _detect_text_format(text: str, path: str | None, name: str, warnings: list[str]) -> str:
    ext_fmt = _EXTENSIONS.get(_ext(path), "txt")
    if ext_fmt in ("html", "eml"):
        return ext_fmt
    if _HTML_START.match(text[:4096]):
        if _ext(path):
            warnings.append(f"content is HTML although the extension says {ext_fmt}; read as HTML")
        return "html"
    if _looks_like_email(text, strict=bool(_ext(path))):
        if _ext(path):
            warnings.append(f"content is an e-mail message although the extension says {ext_fmt}; read as e-mail")
        return "eml"
    if ext_fmt == "txt" and _looks_like_markdown(text):
        warnings.append("plain text carries Markdown markup (**bold**, # headings, [links](...)); read as Markdown")
        return "md"
    return ext_fmt


_MD_MARKS = re.compile(r"\*\*(?=\S)[^\n]+?(?<=\S)\*\*|^#{1,6} \S|\[[^\]\n]+\]\(https?://[^)\s]+\)", re.MULTILINE)


def _looks_like_markdown(text: str) -> bool:
    """Two or more unmistakable Markdown marks: press-release .txt files are often Markdown exports."""
    return len(_MD_MARKS.findall(text, 0, 200_000)) >= 2


def _ext(path: str | None) -> str:
    """The file extension, lower case; "" when the suffix is not an extension ("Δελτίο 4.10.2019")."""
    suffix = Path(path).suffix.lower() if path else ""
    return suffix if re.fullmatch(r"\.[a-z][a-z0-9]{0,7}", suffix) else ""


_EMAIL_STRUCTURE = frozenset({"mime-version", "received", "return-path", "message-id", "content-type",
                              "delivered-to", "content-transfer-encoding"})


def _looks_like_email(text: str, strict: bool = False) -> bool:
    """A raw e-mail message: a block of headers at the very top.

    ``strict`` (the file has a .txt/.md extension): From/To/Subject/Date lines alone are how
    many press releases begin, so it also takes a header only a real message carries
    (MIME-Version, Received, Message-ID, Content-Type...).
    """
    lines = text.lstrip("\ufeff")[:8192].split("\n", 40)[:40]
    if not lines or not _EMAIL_HEADER_LINE.match(lines[0]):
        return False
    known = set()
    for line in lines:
        line = line.rstrip("\r")
        if not line:
            break
        m = _EMAIL_HEADER_LINE.match(line)
        if m:
            known.add(m.group(1).lower())
        elif not line[:1].isspace():
            return False
    known &= set(_EMAIL_HEADERS)
    if strict and not known & _EMAIL_STRUCTURE:
        return False
    return len(known) >= 2 and bool(known & {"from", "subject", "mime-version", "received", "return-path"})


# --------------------------------------------------------------------------- text decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = frozenset(range(0x09)) | {0x0B, 0x0E, 0x0F} | frozenset(range(0x10, 0x1B)) | frozenset(
    range(0x1C, 0x20))


def decode_text(data: bytes, name: str = "<input>", warnings: list[str] | None = None) -> tuple[str, str]:
    """Decode bytes to text: BOM, then strict UTF-8 (with mojibake repair), then chardet."""
    warnings = warnings if warnings is not None else []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise EncodingError(f"{name}: starts with a {enc.upper()} byte-order mark but is not valid {enc.upper()}; "
                                    "re-save the file as UTF-8") from None
            text = text.lstrip("\ufeff")
            if not text.strip():
                raise EmptyInputError(f"{name}: the file holds only a byte-order mark and whitespace; "
                                      "nothing to extract")
            return _check_decoded(text, name, warnings), enc
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        try:
            return _check_decoded(data.decode(utf16), name, warnings), utf16
        except UnicodeDecodeError:
            pass
    _reject_binary(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        damaged = _decode_damaged_utf8(data, e, name, warnings)
        if damaged is not None:
            return _check_decoded(damaged, name, warnings), "utf-8"
    else:
        repaired = _repair_mojibake(text)
        if repaired is not None:
            warnings.append("repaired mojibake (UTF-8 text that had been decoded with a wrong code page)")
            return _check_decoded(repaired, name, warnings), "utf-8 (repaired mojibake)"
        return _check_decoded(text, name, warnings), "utf-8"
    return _decode_legacy(data, name, warnings)


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: every other byte is a high byte from very few values (00 Latin, 03 Greek...)."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    high = {0x00, 0x03, 0x1F, 0x20}
    odd = sum(1 for b in sample[1::2] if b in high) / (len(sample) // 2)
    even = sum(1 for b in sample[0::2] if b in high) / (len(sample) // 2)
    if odd > 0.9 and even < 0.5 and 0x00 in sample[1::2]:
        return "utf-16-le"
    if even > 0.9 and odd < 0.5 and 0x00 in sample[0::2]:
        return "utf-16-be"
    return None


def _reject_binary(data: bytes, name: str) -> None:
    sample = data[:65536]
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    if controls / len(sample) > 0.05:
        raise BinaryInputError(f"{name}: the file is binary data, not text ({controls} control bytes in the first "
                               f"{len(sample)}); give a .txt/.html/.docx/.pdf press release")


def _decode_damaged_utf8(data: bytes, err: UnicodeDecodeError, name: str, warnings: list[str]) -> str | None:
    """Truncated UTF-8 or UTF-8 with a few legacy-encoded bytes: keep the UTF-8, say what was repaired."""
    if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
        warnings.append("the file ends in the middle of a UTF-8 character (truncated?); the incomplete bytes "
                        "were dropped")
        try:
            return data[:err.start].decode("utf-8")
        except UnicodeDecodeError:
            return None
    # Mixed encodings: mostly valid multi-byte UTF-8 plus a few Greek single-byte characters.
    good = data.decode("utf-8", errors="ignore")
    multibyte = sum(1 for c in good if ord(c) > 0x7F)
    bad = len(data) - len(good.encode("utf-8"))
    if multibyte >= 10 and bad <= multibyte:
        text = data.decode("utf-8", errors="keryx-greek-fallback")
        warnings.append(f"mixed encodings: {bad} bytes were not valid UTF-8 and were read as Windows-1253")
        return text
    return None


def _greek_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    chunk = err.object[err.start:err.end]
    return bytes(chunk).decode("windows-1253", errors="replace"), err.end


codecs.register_error("keryx-greek-fallback", _greek_fallback)


def _decode_legacy(data: bytes, name: str, warnings: list[str]) -> tuple[str, str]:
    import chardet

    guess = chardet.detect(data[:262144])
    enc = (guess.get("encoding") or "").lower()
    candidates = [enc] if enc else []
    # chardet separates the two Greek code pages well; keep both as fallbacks for short texts.
    candidates += [e for e in ("windows-1253", "iso-8859-7") if e not in candidates]
    for cand in candidates:
        try:
            text = data.decode(cand)
        except (UnicodeDecodeError, LookupError):
            continue
        if cand == enc and greek_ratio(text) < GREEK_MIN_RATIO:
            # A Latin code page guess for bytes that read as Greek in cp1253 is most likely wrong.
            try:
                greek = data.decode("windows-1253")
                if greek_ratio(greek) > 0.8 and _plausible_greek(greek):
                    warnings.append(f"encoding guessed as {cand} but the text reads as Greek in windows-1253; used that")
                    return _check_decoded(greek, name, warnings), "windows-1253"
            except UnicodeDecodeError:
                pass
        if cand != enc:
            warnings.append(f"encoding could not be detected reliably; decoded as {cand}")
        return _check_decoded(text, name, warnings), _canonical_encoding(cand)
    raise EncodingError(f"{name}: the text encoding could not be recognised; re-save the file as UTF-8")


_GREEK_FUNCTION_WORDS = frozenset(["και", "του", "της", "την", "των", "στο", "στην", "για", "από", "με", "το", "τον", "που", "οι", "η", "ο"])


def _plausible_greek(text: str) -> bool:
    """Random high bytes read as cp1253 give Greek letters but almost never Greek function words."""
    words = re.findall(r"[\u0370-\u03ff]+", text)
    return sum(1 for w in words if w.lower() in _GREEK_FUNCTION_WORDS) >= 2


def _canonical_encoding(enc: str) -> str:
    try:
        name = codecs.lookup(enc).name
    except LookupError:
        return enc
    return {"cp1253": "windows-1253", "cp1252": "windows-1252", "iso8859-7": "iso-8859-7",
            "iso8859-1": "iso-8859-1", "latin-1": "iso-8859-1"}.get(name, name)


def _repair_mojibake(text: str) -> str | None:
    """Undo UTF-8 that went through Windows-1252/1253 once; only when the result is clearly better Greek."""
    if text.isascii() or not _MOJIBAKE_MARKS.search(text, 0, 100_000):
        return None
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return None
    if greek_ratio(fixed) > greek_ratio(text) + 0.2 or _mojibake_score(fixed) * 2 < _mojibake_score(text):
        return fixed
    return None


_MOJIBAKE_MARKS = re.compile(r"[ÎÏ][\u0080-\u00ff\u2018-\u203a\u0152-\u0192]|Ξ[\u0080-\u03ff]|Ο[\u0080-\u00ff]|Γ[ƒ‚„…†‡ˆ‰‹Œ]")


def _mojibake_score(text: str) -> int:
    return len(_MOJIBAKE_MARKS.findall(text))


def _check_decoded(text: str, name: str, warnings: list[str]) -> str:
    """After decoding: NUL bytes and stray controls are dropped with a warning, unless it is binary."""
    if "\x00" in text:
        nul = text.count("\x00")
        if nul / len(text) > 0.01:
            raise BinaryInputError(f"{name}: the file contains {nul} NUL characters; it is binary data, not text")
        text = text.replace("\x00", "")
        warnings.append(f"removed {nul} NUL characters from the text")
    if not text.strip():
        raise EmptyInputError(f"{name}: the file contains only whitespace; nothing to extract")
    return text


# --------------------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "section", "article", "main", "blockquote", "pre", "figure", "figcaption", "address", "hr", "center", "details", "summary", "caption"])
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "button",
              "select", "input", "textarea", "object", "embed", "canvas", "audio", "video", "map", "dialog",
              "menu", "head")
_BOILERPLATE_WORDS = frozenset(
    ["cookie", "cookies", "consent", "gdpr", "cc-banner", "cookiebar", "newsletter", "breadcrumb", "breadcrumbs", "sidebar", "share", "sharing", "social", "navbar", "nav", "menu", "navigation", "skip-link", "related", "comments", "pagination", "tags"])
_BOILERPLATE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "dialog")
_PARA = "\ue000"
_LINE = "\ue001"
_CELL = "\ue002"
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
                   "dc.date.issued", "dcterms.date", "dcterms.issued", "pubdate", "publish-date",
                   "publication_date", "sailthru.date", "parsely-pub-date")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def html_to_text(html: str, warnings: list[str] | None = None) -> tuple[str, str | None, str | None]:
    """Main text of a web page (paragraphs separated by blank lines), its title and publication date."""
    from selectolax.lexbor import LexborHTMLParser

    warnings = warnings if warnings is not None else []
    try:
        tree = LexborHTMLParser(html)
    except Exception as e:  # noqa: BLE001 - selectolax raises plain exceptions on parser failure
        raise CorruptDocumentError(f"HTML could not be parsed ({e}); check the file") from None
    published = _html_published(tree)
    title_node = tree.css_first("title")
    page_title = _clean_inline(title_node.text()) if title_node is not None else ""
    og = tree.css_first('meta[property="og:title"]')
    og_title = _clean_inline(og.attributes.get("content") or "") if og else ""

    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    root = _main_node(tree)
    keep = _ancestor_ids(root)
    # <header>/<footer> are boilerplate at page level, but an article's own header holds title and dateline.
    for tag in ("header", "footer"):
        for node in tree.css(tag):
            if (tag == "footer" or not _inside(node, ("article", "main"))) and node.mem_id not in keep:
                node.decompose()
    for node in tree.css("[class], [id], [role], [aria-hidden]"):
        if node.parent is None:
            continue
        if node.mem_id in keep:
            continue
        words = set(re.split(r"[\s_]+", ((node.attributes.get("class") or "") + " " + (node.attributes.get("id") or ""))
                             .lower()))
        words |= {w for word in list(words) for w in word.split("-")}
        if (words & _BOILERPLATE_WORDS or (node.attributes.get("role") or "").lower() in _BOILERPLATE_ROLES
                or (node.attributes.get("aria-hidden") or "").lower() == "true"):
            node.decompose()

    root = _main_node(tree) or tree.body or tree.root
    if root is None:
        return "", page_title or og_title or None, published
    h1 = root.css_first("h1")
    outer_h1 = None
    if h1 is None:
        outer_h1 = tree.css_first("h1")
    title = (_clean_inline(h1.text()) if h1 else "") or (_clean_inline(outer_h1.text()) if outer_h1 else "") \
        or og_title or page_title

    _mark_blocks(root)
    text = _flatten(root.text(deep=True, separator=""))
    if outer_h1 is not None and title and title not in text[:2000]:
        text = title + "\n\n" + text
    return text, title or None, published


def _ancestor_ids(node) -> set[int]:  # type: ignore[no-untyped-def]
    """Ids of ``node`` and its ancestors: removing any of them would remove the main text."""
    ids = set()
    while node is not None:
        ids.add(node.mem_id)
        node = node.parent
    return ids


def _inside(node, tags: tuple[str, ...]) -> bool:  # type: ignore[no-untyped-def]
    p = node.parent
    while p is not None:
        if p.tag in tags:
            return True
        p = p.parent
    return False


def _main_node(tree):  # type: ignore[no-untyped-def]
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda n: len(n.text(deep=True)))
    for sel in ("main", '[role="main"]', "#content", ".content", "#main", ".post", ".entry-content"):
        node = tree.css_first(sel)
        if node is not None and len(node.text(deep=True).strip()) > 50:
            return node
    return None


def _mark_blocks(root) -> None:  # type: ignore[no-untyped-def]
    """Put private-use markers around blocks, so the flat text keeps paragraph structure."""
    for node in root.css("br"):
        node.insert_before(_LINE)
    for node in root.css("td, th"):
        node.insert_after(_CELL)
    for node in root.css(",".join(sorted(_BLOCK_TAGS))):
        node.insert_before(_PARA)
        node.insert_after(_PARA)


def _flatten(raw: str) -> str:
    text = re.sub(r"\s+", " ", raw)
    text = re.sub(r" *" + _CELL + r"[ " + _CELL + r"]*(?=" + _PARA + r"|$)", "", text)
    text = re.sub(r" *" + _CELL + r"[ " + _CELL + "]*", " | ", text)
    text = re.sub(r" *" + _LINE + " *", "\n", text)
    text = re.sub(r" *" + _PARA + r"[ \n" + _PARA + r"]*", "\n\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _clean_inline(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _html_published(tree) -> str | None:  # type: ignore[no-untyped-def]
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _PUBLISHED_META:
            iso = _iso_from(attrs.get("content") or "")
            if iso:
                return iso
    node = tree.css_first('[itemprop="datePublished"]')
    if node is not None:
        return _iso_from(node.attributes.get("datetime") or node.attributes.get("content") or node.text())
    return None


def _iso_from(value: str) -> str | None:
    m = _ISO_DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------------- e-mail


def _eml_text(data: bytes, name: str, warnings: list[str]) -> tuple[str, str | None, str | None]:
    import email
    from email import policy
    from email.utils import parsedate_to_datetime

    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        msg = email.message_from_bytes(data, policy=policy.default)
        subject = _header_text(str(msg.get("subject") or "")).strip() or None
    except Exception as e:  # noqa: BLE001 - the email package raises assorted errors on malformed headers
        raise CorruptDocumentError(f"{name}: the e-mail could not be parsed ({e})") from None
    published = None
    raw_date = msg.get("date")
    if raw_date:
        try:
            dt = parsedate_to_datetime(str(raw_date))
            published = dt.date().isoformat() if isinstance(dt, datetime) else None
        except (TypeError, ValueError, IndexError):
            warnings.append(f"could not parse the e-mail Date header {str(raw_date)!r}")
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
    except Exception:  # noqa: BLE001 - third-party parser errors become KeryxErrors
        body = None
    if body is None:
        raise EmptyInputError(f"{name}: the e-mail has no text or HTML body (only attachments?); "
                              "save the attachment and process it instead")
    try:
        if body.get_content_maintype() == "text" and body.get_content_charset() is None:
            # No declared charset: the email package would read it as ASCII and turn every
            # Greek byte into U+FFFD; detect it as for a plain file instead.
            payload = body.get_payload(decode=True)
            payload = payload if isinstance(payload, bytes) else b""
            content = decode_text(payload, name, warnings)[0] if payload.strip() else ""
        else:
            content = body.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = body.get_payload(decode=True)
        content, _ = decode_text(payload if isinstance(payload, bytes) else b"", name, warnings)
        warnings.append("the e-mail body declared an unknown charset; its encoding was detected instead")
    if isinstance(content, bytes):
        content, _ = decode_text(content, name, warnings)
    if body.get_content_type() == "text/html":
        content, _, _ = html_to_text(content, warnings)
    attachments = [str(p.get_filename()) for p in msg.iter_attachments() if p.get_filename()]
    if attachments:
        warnings.append(f"e-mail attachments were not read: {', '.join(attachments)}")
    return content.replace("\r\n", "\n"), subject, published


def _header_text(value: str) -> str:
    """A header as text: raw 8-bit bytes (no RFC 2047 encoding) arrive as surrogates, which are
    decoded here like a plain file rather than written out as invalid UTF-8."""
    if not any("\udc80" <= c <= "\udcff" for c in value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    try:
        return decode_text(raw, "<header>", [])[0]
    except InputError:
        return raw.decode("utf-8", "replace")


# --------------------------------------------------------------------------- DOCX


def _check_docx_inflation(data: bytes, name: str) -> None:
    """Inflate every part once, counting the real bytes (never trusting the sizes the ZIP
    declares) and stopping as soon as a limit is passed: a zip bomb costs at most the limit.

    The XML parts are what python-docx parses, at about ten times their size in memory, so
    they have the tighter limit; pictures and other parts count towards the total.
    """
    def bomb(what: str) -> CorruptDocumentError:
        return CorruptDocumentError(f"{name}: the .docx unpacks to more than {what}; refusing a possible zip "
                                    "bomb; re-save the document or give its text")

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = xml = 0
            for info in zf.infolist():
                is_xml = info.filename.endswith((".xml", ".rels"))
                if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO \
                        and info.file_size > MAX_BYTES:
                    raise bomb(f"{info.file_size / 1024 / 1024:.0f} MiB in one part "
                               f"(compression ratio {info.file_size / info.compress_size:.0f}:1)")
                with zf.open(info) as fh:
                    while block := fh.read(1 << 20):
                        total += len(block)
                        xml += len(block) if is_xml else 0
                        if xml > MAX_DOCX_XML:
                            raise bomb(f"{MAX_DOCX_XML // 1024 // 1024} MiB of XML")
                        if total > MAX_UNCOMPRESSED:
                            raise bomb(f"{MAX_UNCOMPRESSED // 1024 // 1024} MiB")
    except CorruptDocumentError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError,
            RuntimeError) as e:
        raise CorruptDocumentError(f"{name}: the .docx file is damaged ({type(e).__name__}: {e}); "
                                   "re-save it in Word") from None


def _docx_text(data: bytes, name: str, warnings: list[str]) -> tuple[str, str | None]:
    _check_docx_inflation(data, name)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises KeyError, ValueError, lxml errors on broken packages
        raise CorruptDocumentError(f"{name}: the Word document could not be read ({type(e).__name__}: {e}); "
                                   "open and re-save it in Word or LibreOffice") from None
    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, document).text.strip())
        elif tag == "tbl":
            rows = []
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = " ".join(cell.text.split())
                    if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                        cells.append(t)
                if cells:
                    rows.append(" | ".join(cells))
            blocks.append("\n".join(rows))
    text = "\n\n".join(b for b in blocks if b)
    title = (document.core_properties.title or "").strip() or None
    return text, title


# --------------------------------------------------------------------------- PDF


def _pdf_text(data: bytes, name: str, warnings: list[str]) -> str:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (DependencyError, NotImplementedError) as e:
                raise EncryptedDocumentError(f"{name}: the PDF is encrypted with a method that needs an extra library "
                                             f"({e}); remove the protection and retry") from None
            if not ok:
                raise EncryptedDocumentError(f"{name}: the PDF is password-protected; remove the password "
                                             "(e.g. qpdf --decrypt) and retry")
            warnings.append("the PDF is encrypted with an empty user password; read anyway")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
    except (EncryptedDocumentError, InputError):
        raise
    except FileNotDecryptedError:
        raise EncryptedDocumentError(f"{name}: the PDF is password-protected; remove the password and retry") from None
    except Exception as e:  # noqa: BLE001 - pypdf raises many exception types on malformed files
        raise CorruptDocumentError(f"{name}: the PDF could not be read ({type(e).__name__}: {e}); "
                                   "it may be damaged") from None
    if not any(pages):
        raise NoTextLayerError(f"{name}: the PDF has no text layer (a scanned image?); run OCR first "
                               "(e.g. ocrmypdf --language ell) and retry")
    if sum(1 for p in pages if not p) > 0:
        warnings.append(f"{sum(1 for p in pages if not p)} of {len(pages)} PDF pages have no text layer")
    return "\n\n".join(p for p in pages if p)
