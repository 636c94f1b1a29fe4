"""Greek language facts: the one loader for every resource file in ``data/``.

Each fact (honorifics, months, roles, municipalities, ...) is written once, in one file
here; code reads it through :func:`read_text`, :func:`read_json` or :func:`read_tsv` and
never re-lists it. ``tests/lang/test_resources.py`` checks that no fact is written twice.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from keryx.lang.el.text import fold, greek_ratio, is_greek_char, strip_accents

__all__ = [
    "fold",
    "greek_ratio",
    "is_greek_char",
    "parse_lines",
    "parse_tsv",
    "read_json",
    "read_lines",
    "read_text",
    "read_tsv",
    "resource_names",
    "resources_digest",
    "strip_accents",
]

_PACKAGE = "keryx.lang.el.data"


@cache  # resources are read-only package data: read each once per process
def read_text(name: str) -> str:
    """The text of one resource file (UTF-8)."""
    return resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def read_json(name: str) -> Any:
    """A JSON resource, parsed anew (callers may keep and change their copy)."""
    return json.loads(read_text(name))


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a TSV resource, cells stripped; blank lines and ``#`` comments skipped."""
    return parse_tsv(read_text(name))


def read_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a text resource."""
    return parse_lines(read_text(name))


def parse_tsv(text: str) -> list[list[str]]:
    """:func:`read_tsv` on text already read (a model's own copy of a resource)."""
    return [[c.strip() for c in line.split("\t")] for line in parse_lines(text)]


def parse_lines(text: str) -> list[str]:
    """:func:`read_lines` on text already read."""
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def resource_names() -> list[str]:
    """Every resource file shipped with the package."""
    return sorted(p.name for p in resources.files(_PACKAGE).iterdir()
                  if p.name.endswith((".tsv", ".json", ".txt")))


@lru_cache(maxsize=1)
def resources_digest() -> str:
    """A short digest of every resource file's name and text.

    Records depend on the rules' data as much as on the model's weights: the digest goes into
    each record's ``pipeline.resources`` so that anyone caching records can tell when a lexicon
    or gazetteer changed, even where the keryx and model versions did not.
    """
    h = hashlib.sha256()
    for name in resource_names():
        h.update(name.encode("utf-8") + b"\0" + read_text(name).encode("utf-8") + b"\0")
    return h.hexdigest()[:12]
