"""Markup recognised by content, whatever the file is called.

Press releases reach keryx as whatever the sender had: a page saved as ``.txt``, a fragment
of a CMS body, a WordPress or RSS export, a Markdown file with YAML front matter, a string
copied out of a JSON API with its ``\\n`` and ``\\u03b1`` escapes, a React component. Read as
plain text, tags and escapes become words and end up in names (``σε:</p``, ``center;">ος``).

:func:`unwrap` looks at the decoded text of a ``txt`` or ``md`` input and turns it into the
text an ``.html`` or ``.md`` file gives: HTML goes through the same ``html_to_text``, Markdown
keeps ``fmt="md"`` so that normalisation removes its marks with the offset map kept. Layers
are peeled one after the other (a JSON string holding HTML, an RSS item holding escaped
HTML), a few rounds at most. Plain text comes back unchanged: every test here asks for
several unmistakable marks, never one stray ``<`` or ``&``.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from email.utils import parsedate_to_datetime
from typing import NamedTuple

_ROUNDS = 4

# HTML tags that press-release bodies use; a "<" before a word outside this list is not enough.
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|hr|b|i|u|em|strong|small|sup|sub|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th"
    r"|img|figure|figcaption|section|article|header|footer|main|blockquote|center|font|iframe|script|style"
    r"|html|body|head|meta|link|title|nav|aside|time|abbr|cite|q|pre|code|label|button|form|input|svg|path"
    r"|picture|source|video|audio|caption|wbr|ins|del|mark)\b[^<>]{0,2000}?/?>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|div|span|a|br|strong|em|b|i|h[1-6]|li|ul|ol|img|figure|table|tr|td)\b",
                          re.IGNORECASE)
_FEED = re.compile(r"<(?:rss|feed|channel|rdf:RDF)\b|<wp:(?:author|post_id|post_date)\b|xmlns:wp=", re.IGNORECASE)
_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.MULTILINE)
_JSON_ESCAPE = re.compile(r"\\(?:[nrt\"/\\]|u[0-9a-fA-F]{4})")
_JSX = re.compile(r"\bclassName=|^\s*(?:import\s.+\sfrom\s|export\s+default\b)|\bReact\b|<>|</>", re.MULTILINE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

_TITLE_KEYS = ("title", "headline", "name", "subject")
_BODY_KEYS = ("content", "body", "text", "article", "articlebody", "description", "summary", "excerpt", "rendered")
_DATE_KEYS = ("date", "published", "datepublished", "newsdate", "pubdate", "created", "date_gmt", "post_date",
              "publish_date", "published_at", "created_at")


class Unwrapped(NamedTuple):
    text: str
    fmt: str                # "txt", "md" or "html" (already converted: do not convert again)
    title: str | None = None
    published: str | None = None


def unwrap(text: str, fmt: str = "txt", warnings: list[str] | None = None) -> Unwrapped:
    """Peel the markup layers off ``text`` (the decoded content of a txt/md input)."""
    warnings = warnings if warnings is not None else []
    title: str | None = None
    published: str | None = None
    seen: list[str] = []
    for _ in range(_ROUNDS):
        kind = detect(text)
        if kind is None:
            break
        seen.append(kind)
        if kind == "json":
            text, t, p = _from_json(text)
        elif kind == "feed":
            text, t, p = _from_feed(text)
        elif kind == "front matter":
            text, t, p = _from_front_matter(text)
            fmt = "md"
        elif kind == "jsx":
            text, t, p = _from_jsx(text), None, None
        elif kind == "html":
            text, t, p = _from_html(text, warnings)
            fmt = "html"
        else:  # entities only
            text, t, p = html.unescape(text), None, None
        title, published = title or t, published or p
    if seen:
        warnings.append(f"content holds {' > '.join(dict.fromkeys(seen))} markup; read as text by content, "
                        "whatever the extension")
    if fmt == "html" and detect(text) is None and _looks_like_markdown(text):
        fmt = "md"  # a CMS body written in Markdown inside an HTML or JSON shell
    return Unwrapped(text, fmt, title, published)


def detect(text: str) -> str | None:
    """The outermost markup layer of ``text``, or None for plain text (or plain Markdown)."""
    head = text[:200_000]
    stripped = head.lstrip("\ufeff \t\r\n")
    lead = stripped[:1]
    escapes = len(_JSON_ESCAPE.findall(head, 0, 20_000)) >= 2 and not _plain_backslashes(head)
    if lead and (lead in "{[\"" and escapes or lead in "{[" and _is_json(text)):
        return "json"
    if _FEED.search(head, 0, 5000) and _ITEM.search(head):
        return "feed"
    if _FRONT_MATTER.match(head):
        return "front matter"
    tags = len(_HTML_TAG.findall(head))
    if tags >= 2 and _JSX.search(head):
        return "jsx"
    if tags >= 2 or (tags and len(_ENTITY.findall(head)) >= 2):
        return "html"
    if len(_ESCAPED_TAG.findall(head)) >= 2:
        return "entities"  # escaped HTML: unescape, then the next round sees the tags
    if len(_JSON_ESCAPE.findall(head)) >= 3 and not _plain_backslashes(head):
        return "json"
    if len(_ENTITY.findall(head)) >= 2:
        return "entities"
    return None


# --------------------------------------------------------------------------- layers


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _plain_backslashes(text: str) -> bool:
    """Windows paths and the like: backslashes that are not JSON escapes outnumber those that are."""
    return len(re.findall(r"\\", text)) > 2 * len(_JSON_ESCAPE.findall(text))


def _from_json(text: str) -> tuple[str, str | None, str | None]:
    """A JSON document, a JSON string literal, or bare JSON-escaped text."""
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if value is None:
        body = text.strip()
        if len(body) >= 2 and body[0] == body[-1] == '"':
            body = body[1:-1]
        return _unescape_json(body), None, None
    if isinstance(value, str):
        return value, None, None
    title = _first_by_key(value, _TITLE_KEYS)
    published = _iso(_first_by_key(value, _DATE_KEYS) or "")
    bodies = _strings_by_key(value, _BODY_KEYS)
    if not bodies:  # no known key: the long strings, in document order
        bodies = [s for s in _all_strings(value) if len(s) >= 80 or "\n" in s]
    body = "\n\n".join(dict.fromkeys(b.strip() for b in bodies if b.strip()))
    if title and _fold(title) not in _fold(body[:2000]):
        body = f"{title}\n\n{body}" if body else title
    return body, title, published


def _unescape_json(s: str) -> str:
    def one(m: re.Match[str]) -> str:
        e = m.group(0)
        if e[1] == "u":
            return chr(int(e[2:], 16))
        return {"n": "\n", "r": "", "t": "\t", '"': '"', "/": "/", "\\": "\\"}[e[1]]

    out = _JSON_ESCAPE.sub(one, s)
    try:  # surrogate pairs from \\ud83d\\ude00-style escapes
        return out.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return out


def _first_by_key(value: object, keys: tuple[str, ...]) -> str | None:
    found = _strings_by_key(value, keys, first=True)
    return found[0].strip() if found else None


def _strings_by_key(value: object, keys: tuple[str, ...], first: bool = False) -> list[str]:
    """Strings under the given keys (case-insensitive), in key priority then document order."""
    hits: dict[str, list[str]] = {k: [] for k in keys}

    def walk(v: object, key: str | None) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                kk = str(k).lower()
                if kk == "rendered" and key in hits:  # WordPress REST: {"title": {"rendered": "..."}}
                    kk = key
                walk(x, kk)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)
        elif isinstance(v, str) and key in hits and v.strip():
            hits[key].append(v)

    walk(value, None)
    out = [s for k in keys for s in hits[k]]
    return out[:1] if first else out


def _all_strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for x in value.values() for s in _all_strings(x)]
    if isinstance(value, list):
        return [s for x in value for s in _all_strings(x)]
    return [value] if isinstance(value, str) else []


def _from_feed(text: str) -> tuple[str, str | None, str | None]:
    """RSS/Atom/WordPress export: each item's title, date and body (CDATA or escaped HTML)."""
    parts: list[str] = []
    title = published = None
    for m in _ITEM.finditer(text):
        item = m.group(2)
        t = _xml_field(item, ("title",))
        d = _xml_field(item, ("pubDate", "wp:post_date", "published", "updated", "dc:date"))
        body = _xml_field(item, ("content:encoded", "content", "description", "summary", "excerpt:encoded"))
        title, published = title or t, published or _iso(d or "")
        block = "\n\n".join(x for x in (t and f"<h1>{html.escape(t)}</h1>", d and f"<p>{html.escape(d)}</p>", body)
                              if x)
        if block:
            parts.append(f"<article>{block}</article>")
    return "\n".join(parts), title, published


def _xml_field(item: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        m = re.search(rf"<{re.escape(name)}\b[^>]*>(.*?)</{re.escape(name)}\s*>", item, re.IGNORECASE | re.DOTALL)
        if m:
            raw = m.group(1).strip()
            cdata = _CDATA.findall(raw)
            value = "".join(cdata) if cdata else html.unescape(raw)
            if value.strip():
                return value.strip()
    return None


def _from_front_matter(text: str) -> tuple[str, str | None, str | None]:
    """YAML/TOML front matter: its title heads the body, its date is the publication date."""
    m = _FRONT_MATTER.match(text)
    assert m is not None
    fields: dict[str, str] = {}
    for k, v in _FM_LINE.findall(m.group(2)):
        fields.setdefault(k.lower(), v.strip().strip("'\""))
    title = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), None)
    stamp = next((fields[k] for k in _DATE_KEYS if _iso(fields.get(k, ""))), None)
    body = text[m.end():].lstrip("\r\n")
    # The header a reader sees: the title and the date as written (a dated document keeps its date).
    head = [x for x in (title if title and _fold(title) not in _fold(body[:1000]) else None, stamp) if x]
    if head:
        body = "\n\n".join([*head, body])
    return body, title, _iso(stamp or "")


def _from_jsx(text: str) -> str:
    """A React/JSX component: the markup it returns, without code and {expressions}."""
    first = re.search(r"^[ \t]*<[A-Za-z>]", text, re.MULTILINE)
    last = max((m.end() for m in re.finditer(r">[ \t]*$", text, re.MULTILINE)), default=len(text))
    body = text[first.start():last] if first else text
    body = re.sub(r"\{\s*/\*.*?\*/\s*\}", "", body, flags=re.DOTALL)
    body = re.sub(r"\{\s*(['\"`])(.*?)\1\s*\}", r"\2", body)  # {" "} and {'text'}
    body = re.sub(r"\{[^{}]*\}", "", body)
    return re.sub(r"\bclassName=", "class=", body)


def _from_html(text: str, warnings: list[str]) -> tuple[str, str | None, str | None]:
    from keryx.io.ingest import html_to_text

    return html_to_text(text, warnings)


def _looks_like_markdown(text: str) -> bool:
    marks = re.findall(r"\*\*(?=\S)[^\n]+?(?<=\S)\*\*|^#{1,6} \S|\[[^\]\n]+\]\([^)\s]+\)", text[:200_000], re.MULTILINE)
    return len(marks) >= 2


def _iso(value: str) -> str | None:
    """A day from an ISO stamp ("2020-05-08", "2026-04-29T11:44:06+00:00") or an RFC 822 date."""
    value = (value or "").strip()
    m = _ISO.search(value)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        if value:
            return parsedate_to_datetime(value).date().isoformat()
    except (ValueError, TypeError, IndexError):
        return None
    return None


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())
