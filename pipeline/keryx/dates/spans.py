"""Non-overlapping choice among candidate spans, in linear time.

Candidates are short (a date or a time), so a byte per character of text marks what is
taken and an overlap test reads only the candidate's own characters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

__all__ = ["Coverage", "select_longest"]


class _Span(Protocol):
    fs: int
    fe: int


S = TypeVar("S", bound=_Span)


class Coverage:
    """Which characters of a text are already inside a chosen span."""

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length + 1)

    def overlaps(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


def select_longest(spans: Iterable[S], length: int) -> list[S]:
    """Longest spans first (then ``prio`` when the spans have one, then leftmost); drop overlaps."""
    cover = Coverage(length)
    chosen: list[S] = []
    for s in sorted(spans, key=lambda c: (c.fs - c.fe, getattr(c, "prio", 0), c.fs)):
        if not cover.overlaps(s.fs, s.fe):
            chosen.append(s)
            cover.add(s.fs, s.fe)
    return chosen
