"""Draw the news-passage set: runs of news paragraphs that no article or press paragraph holds.

    python benchmarks/passage_sample.py            # (re)write benchmarks/passage_index.json
    python benchmarks/passage_sample.py --dump D   # also write D/nNNN.txt for annotators (outside the repo)

Why: every rule since round 31 was decided on a fresh batch of whole news articles annotated
blind before it was scored, but the news part of the corpus holds only 3502 articles by
``article_sample.py``'s definition, and round 39 drew the last of them. About 13,900 lines of the
news part (4.5 million characters) belong to no article and no press paragraph: bodies past an
article's size limit, runs of short items without a headline of their own, long reports. A window
of up to ``MAX_LINES`` consecutive such lines (800-4,000 characters, at least three lines, two
capitalised Greek words in a row) reads like a news article without its headline, the kind of text
the real-world report half holds most. Windows are drawn with a fixed seed, never touch an article
or a press paragraph, keep a line clear of each other, alternate between a tuning and a check half,
and are numbered in corpus order within each batch of ``SIZE`` draws, so a larger draw keeps the ids
(and gold) of a smaller one. Nothing about keryx's lexicons or output enters the choice; only line
numbers and hashes are stored, and the text stays in ../shared.

The pool is finite: round 49's draw (``BATCHES = 20``, 800 asked) found 739 windows, so n720-n738 is
the last batch and a larger ``BATCHES`` adds nothing; a fresh decision set must come from elsewhere.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import article_sample
import release_sample
from press_sample import _CAPS, sha
from press_sample import INDEX as PRESS_INDEX

INDEX = Path(__file__).resolve().parent / "passage_index.json"
SEED = 20261205
SIZE = article_sample.SIZE
BATCHES = 20  # batches of 40 drawn on; each is annotated after the one before (1-2 in round 40, 3-4 in round 41, 5-6 in round 42, 7-8 in round 43, 9-10 in round 44, 11-12 in round 45, 13-14 in round 46, 15-16 in round 47, 17-18 in round 48, 19-20 in round 49)
MAX_LINES = 8
MIN_LINES = 3
MIN_CHARS, MAX_CHARS = 800, 4000


def used_lines() -> set[int]:
    """The lines another news set already holds: the press paragraphs and every article."""
    used = {int(e["line"]) for e in json.loads(PRESS_INDEX.read_text(encoding="utf-8"))}
    for e in json.loads(article_sample.INDEX.read_text(encoding="utf-8")):
        used.update(int(n) for n in e["lines"])
    return used


def draw(lines: list[str], seed: int = SEED, size: int = SIZE * BATCHES) -> list[dict[str, object]]:
    """Fixed-seed, non-overlapping passages from the news part, alternately tuning and check."""
    end = release_sample.START
    if sha(lines[end]) != release_sample.START_SHA:
        raise SystemExit("the press-release block moved; find it again")
    used = used_lines()
    starts = [n for n in range(end) if n not in used]
    rng = random.Random(seed)
    rng.shuffle(starts)
    taken: set[int] = set()
    chosen: list[list[int]] = []
    for s in starts:
        w = release_sample.window(lines, s, min(MAX_LINES, end - s), MAX_CHARS)
        text = "\n".join(lines[n] for n in w)
        if (len(w) < MIN_LINES or taken & set(w) or used & set(w)
                or not MIN_CHARS <= len(text) <= MAX_CHARS or not _CAPS.search(text)):
            continue
        chosen.append(w)
        taken |= set(range(w[0] - 1, w[-1] + 2))  # keep a line between passages
        if len(chosen) == size:
            break
    return article_sample.numbered(chosen, lines, "n")


texts = release_sample.texts


def main() -> None:
    article_sample.cli(__doc__ or "", draw, INDEX, "n")


if __name__ == "__main__":
    main()
