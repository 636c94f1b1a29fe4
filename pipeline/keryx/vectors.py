"""Floret vectors with a per-process cache of the vectors already built.

spaCy's floret ``Vectors.get_batch`` rebuilds every word's vector from its character n-gram
hashes on every call, for every batch: about a seventh of the NER's time, and a part that a
narrower network does not shrink (``benchmarks/ner_profile.py``). A word's floret vector
depends on its string alone, so it can be kept: the same numbers, built once per word.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy
from spacy.vectors import Mode, Vectors

#: Words kept before the cache starts over (100-dimensional rows: about 25 MB at most).
MAX_CACHED = 65536


class CachedFloretVectors(Vectors):
    """spaCy's floret ``Vectors`` whose ``get_batch`` builds each word's row once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._row_of: dict[int, int] = {}
        # the rows built so far are the first len(_row_of) of _rows, which doubles when full: a
        # batch's new rows are copied once, not the whole table again with each batch
        self._rows = numpy.zeros((0, self.data.shape[1]), dtype=self.data.dtype)

    @classmethod
    def from_vectors(cls, vectors: Vectors) -> CachedFloretVectors:
        """The same table and hashing settings, sharing the weights (no copy)."""
        return cls(strings=vectors.strings, data=vectors.data, mode=Mode.floret,
                   minn=vectors.minn, maxn=vectors.maxn, hash_count=vectors.hash_count,
                   hash_seed=vectors.hash_seed, bow=vectors.bow, eow=vectors.eow, attr=vectors.attr)

    def get_batch(self, keys: Iterable[Any]) -> Any:
        if self.mode != Mode.floret:
            return super().get_batch(keys)
        ids = [k if isinstance(k, int) else self.strings.as_int(k) for k in
               (keys.tolist() if isinstance(keys, numpy.ndarray) else keys)]
        row_of = self._row_of
        new = list(dict.fromkeys(k for k in ids if k not in row_of))
        if new:
            if len(row_of) + len(new) > MAX_CACHED:  # bounded memory: start over
                row_of.clear()
                new = list(dict.fromkeys(ids))
            built = numpy.asarray(super().get_batch(numpy.asarray(new, dtype="uint64")))
            start = len(row_of)
            if start + len(new) > len(self._rows):
                grown = numpy.zeros((max(start + len(new), min(2 * len(self._rows), MAX_CACHED), 1024), self._rows.shape[1]),
                                    dtype=self._rows.dtype)
                grown[:start] = self._rows[:start]
                self._rows = grown
            self._rows[start:start + len(new)] = built
            row_of.update((k, start + i) for i, k in enumerate(new))
        return numpy.ascontiguousarray(self._rows[[row_of[k] for k in ids]])


def cache_floret_rows(vocab: Any) -> bool:
    """Swap a vocab's floret vectors for the cached kind; True if it did."""
    vectors = vocab.vectors
    if isinstance(vectors, CachedFloretVectors) or not isinstance(vectors, Vectors) \
            or vectors.mode != Mode.floret:
        return False
    vocab.vectors = CachedFloretVectors.from_vectors(vectors)
    return True
