"""Draw the release-document set: longer runs of press-release paragraphs, for events.

    python benchmarks/document_sample.py            # (re)write benchmarks/document_index.json
    python benchmarks/document_sample.py --dump D   # also write D/dNNN.txt for annotators (outside the repo)

Why: the release windows (``release_sample.py``) stop at five paragraphs, so a window often holds
the middle of a release and its event is cut off or only mentioned. Events are keryx's weakest
field on real text, and the real-world tuning half holds only 17 texts. This set takes runs of up
to ``MAX_LINES`` consecutive paragraphs (1,500-6,000 characters) from the same press-release block
at the end of ../shared/data/greek_raw/news.txt.xz, so most hold a whole announcement with its
date and place. Runs are drawn with a fixed seed, never overlap the press paragraphs or the release
windows, and alternate between a tuning and a check half. Nothing about keryx's output enters the
choice; only line numbers and hashes are stored, and the text stays in ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import release_sample
from press_sample import _CAPS, dump, read_lines, sha
from press_sample import INDEX as PRESS_INDEX

INDEX = Path(__file__).resolve().parent / "document_index.json"
SEED = 20261202
SIZE = 40
MAX_LINES = 12
MIN_CHARS, MAX_CHARS = 1500, 6000


def window(lines: list[str], start: int) -> list[int]:
    """Up to MAX_LINES lines from ``start``, stopping before MAX_CHARS would be passed."""
    out: list[int] = []
    size = 0
    for n in range(start, min(start + MAX_LINES, len(lines))):
        if out and size + len(lines[n]) + 1 > MAX_CHARS:
            break
        out.append(n)
        size += len(lines[n]) + 1
    return out


def draw(lines: list[str], seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    """Fixed-seed runs in the release block, clear of the other two sets, alternately tuning and check."""
    start = release_sample.START
    if sha(lines[start]) != release_sample.START_SHA:
        raise SystemExit(f"line {start} changed; find the release block again")
    used = {int(e["line"]) for e in json.loads(PRESS_INDEX.read_text(encoding="utf-8"))}
    for e in json.loads(release_sample.INDEX.read_text(encoding="utf-8")):
        used |= {int(n) for n in e["lines"]}
    rng = random.Random(seed)
    starts = list(range(start, len(lines)))
    rng.shuffle(starts)
    taken: set[int] = set()
    chosen: list[list[int]] = []
    for s in starts:
        w = window(lines, s)
        text = "\n".join(lines[n] for n in w)
        if taken & set(w) or used & set(w) or not MIN_CHARS <= len(text) <= MAX_CHARS or not _CAPS.search(text):
            continue
        chosen.append(w)
        taken |= set(range(w[0] - 1, w[-1] + 2))
        if len(chosen) == size:
            break
    halves = {w[0]: ("tuning" if k % 2 == 0 else "check") for k, w in enumerate(chosen)}
    chosen.sort()
    return [{"id": f"d{k:03d}", "lines": w, "sha1": [sha(lines[n]) for n in w], "half": halves[w[0]]}
            for k, w in enumerate(chosen)]


texts = release_sample.texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path, help="write dNNN.txt files here (never inside the repo)")
    args = ap.parse_args()
    lines = read_lines()
    index = draw(lines)
    INDEX.write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    print(f"{len(index)} runs -> {INDEX}")
    if args.dump:
        dump(texts(index, lines), args.dump)


if __name__ == "__main__":
    main()
