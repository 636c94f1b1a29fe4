"""Draw the news-article set: whole articles (headline and body) from the news corpus.

    python benchmarks/article_sample.py            # (re)write benchmarks/article_index.json
    python benchmarks/article_sample.py --dump D   # also write D/aNNN.txt for annotators (outside the repo)

Why: the real-world report half is mostly news articles (news agency, Kathimerini, Efsyn/Lifo/
Newsit, local news) read whole, with a headline. The press-paragraph set holds single
paragraphs (no events) and the release sets hold one trade confederation's and two NGOs'
announcements, so none of them steers the rules on the kind of text that the report half holds.
This set takes whole articles from the news part of ../shared/data/greek_raw/news.txt.xz (every
line before the press-release block): a headline line (at most 200 characters, no closing
full stop, question or exclamation mark) followed by at least two body paragraphs, up to
``MAX_LINES`` lines and 800-6,000 characters, cut at the next headline. Articles are drawn with a
fixed seed, never touch the press paragraphs, and alternate between a tuning and a check half.
Nothing about keryx's lexicons or output enters the choice; only line numbers and hashes are
stored, and the text stays in ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import release_sample
from press_sample import INDEX as PRESS_INDEX
from press_sample import read_lines, sha

INDEX = Path(__file__).resolve().parent / "article_index.json"
SEED = 20261203
SIZE = 40
BATCHES = 88  # batches of 40 drawn on; each was annotated after the one before (87-88 in round 39: the last 62 of the 3502 articles the news part holds)
MAX_LINES = 12
MIN_CHARS, MAX_CHARS = 800, 6000
_CLOSED = re.compile(r"[.!;;…]\s*$")


def headline(line: str) -> bool:
    """A short line that does not close like a sentence."""
    return 15 <= len(line) <= 200 and not _CLOSED.search(line)


def article(lines: list[str], start: int, end: int) -> list[int]:
    """The headline at ``start`` and its body, up to the next headline or ``end``."""
    out = [start]
    size = len(lines[start])
    for n in range(start + 1, min(start + MAX_LINES, end)):
        if headline(lines[n]) or size + len(lines[n]) + 1 > MAX_CHARS:
            break
        out.append(n)
        size += len(lines[n]) + 1
    return out


def draw(lines: list[str], seed: int = SEED, size: int = SIZE * BATCHES) -> list[dict[str, object]]:
    """Fixed-seed, non-overlapping whole articles from the news part, alternately tuning and check."""
    end = release_sample.START
    if sha(lines[end]) != release_sample.START_SHA:
        raise SystemExit("the press-release block moved; find it again")
    used = {int(e["line"]) for e in json.loads(PRESS_INDEX.read_text(encoding="utf-8"))}
    starts = [n for n in range(end) if headline(lines[n])]
    rng = random.Random(seed)
    rng.shuffle(starts)
    taken: set[int] = set()
    chosen: list[list[int]] = []
    for s in starts:
        a = article(lines, s, end)
        text = "\n".join(lines[n] for n in a)
        if len(a) < 3 or taken & set(a) or used & set(a) or not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        chosen.append(a)
        taken |= set(a)
        if len(chosen) == size:
            break
    return numbered(chosen, lines, "a")


def numbered(chosen: list[list[int]], lines: list[str], prefix: str) -> list[dict[str, object]]:
    """Index entries for runs in draw order: halves alternate by draw order, and ids run in corpus
    order within each batch of ``SIZE`` draws, so a larger draw keeps the ids (and gold) of a smaller one."""
    halves = {a[0]: ("tuning" if k % 2 == 0 else "check") for k, a in enumerate(chosen)}
    batches = [sorted(chosen[b:b + SIZE]) for b in range(0, len(chosen), SIZE)]
    ordered = [a for batch in batches for a in batch]
    return [{"id": f"{prefix}{k:03d}", "lines": a, "sha1": [sha(lines[n]) for n in a], "half": halves[a[0]]}
            for k, a in enumerate(ordered)]


texts = release_sample.texts


def cli(doc: str, draw_index: Callable[[list[str]], list[dict[str, object]]], index: Path, prefix: str) -> None:
    """The command line of a news sampler: (re)write its index and, for annotators, dump the texts."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--dump", type=Path, help=f"write {prefix}NNN.txt files here (never inside the repo)")
    args = ap.parse_args()
    lines = read_lines()
    release_sample.write(draw_index(lines), index, lines, args.dump)


def main() -> None:
    cli(__doc__ or "", draw, INDEX, "a")


if __name__ == "__main__":
    main()
