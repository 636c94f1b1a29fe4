"""Draw the press-release window set from the news corpus (../shared/data/greek_raw/news.txt.xz).

    python benchmarks/release_sample.py            # (re)write benchmarks/release_index.json
    python benchmarks/release_sample.py --dump D   # also write D/rNNN.txt for annotators (outside the repo)

Why: the press-paragraph set has no events (a paragraph is not a report) and is mostly news,
while keryx reads announcements. The corpus ends with the press releases its SOURCE.md lists
last (NGO Faros, the trade confederation ESEE, the Ionian University). A window of up to
``MAX_LINES`` consecutive paragraphs there reads like a short release, so it can carry gold for
events as well as for people, roles, bodies, places and dates, under
../shared/data/realworld/GUIDE.md.

Windows are drawn with a fixed seed, do not overlap each other or the press-paragraph set, and
alternate between a tuning and a check half. A second batch of ``SECOND_SIZE`` windows (``r060``
on), drawn later with its own seed and kept clear of the first batch and of the document runs,
was annotated blind and scored with unchanged code before anything was tuned on it. A window
is eligible when it is 400-2000 characters long and holds two capitalised Greek words in a
row; nothing about keryx's own lexicons or output enters the choice. Only line numbers and hashes are stored here; the text
stays in ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from press_sample import _CAPS, NEWS, dump, read_lines, sha
from press_sample import INDEX as PRESS_INDEX

INDEX = Path(__file__).resolve().parent / "release_index.json"
SEED = 20261201
SIZE = 60
# A second batch, drawn later with its own seed, clear of the first batch and of the document runs
# (document_sample.py), so the first 60 windows keep their ids and gold.
SECOND_SEED, SECOND_SIZE = 20261203, 40
MAX_LINES = 5
MIN_CHARS, MAX_CHARS = 400, 2000
# First line of the press-release block (0-based), found by reading the corpus; its hash guards it.
START, START_SHA = 38360, "4f6e701af9ecc5b5"


def window(lines: list[str], start: int, max_lines: int = MAX_LINES, max_chars: int = MAX_CHARS) -> list[int]:
    """Up to ``max_lines`` lines from ``start``, stopping before ``max_chars`` would be passed."""
    out: list[int] = []
    size = 0
    for n in range(start, min(start + max_lines, len(lines))):
        if out and size + len(lines[n]) + 1 > max_chars:
            break
        out.append(n)
        size += len(lines[n]) + 1
    return out


def draw(lines: list[str], seed: int = SEED, size: int = SIZE, *, max_lines: int = MAX_LINES,
         chars: tuple[int, int] = (MIN_CHARS, MAX_CHARS), avoid: set[int] | None = None,
         prefix: str = "r") -> list[dict[str, object]]:
    """Fixed-seed, non-overlapping windows in the release block, alternately tuning and check.

    Windows never touch the press paragraphs, nor the lines in ``avoid`` (another set's).
    """
    if sha(lines[START]) != START_SHA:
        raise SystemExit(f"line {START} of {NEWS.name} changed; find the release block again")
    used = {int(e["line"]) for e in json.loads(PRESS_INDEX.read_text(encoding="utf-8"))} | (avoid or set())
    rng = random.Random(seed)
    starts = list(range(START, len(lines)))
    rng.shuffle(starts)
    taken: set[int] = set()
    chosen: list[list[int]] = []
    for s in starts:
        w = window(lines, s, max_lines, chars[1])
        text = "\n".join(lines[n] for n in w)
        if taken & set(w) or used & set(w) or not chars[0] <= len(text) <= chars[1] or not _CAPS.search(text):
            continue
        chosen.append(w)
        taken |= set(range(w[0] - 1, w[-1] + 2))  # keep a line between windows
        if len(chosen) == size:
            break
    halves = {w[0]: ("tuning" if k % 2 == 0 else "check") for k, w in enumerate(chosen)}
    chosen.sort()
    return [{"id": f"{prefix}{k:03d}", "lines": w, "sha1": [sha(lines[n]) for n in w], "half": halves[w[0]]}
            for k, w in enumerate(chosen)]


def draw_all(lines: list[str]) -> list[dict[str, object]]:
    """Both batches: the first draw unchanged, then ``SECOND_SIZE`` windows numbered after it."""
    import document_sample  # late: document_sample imports this module

    first = draw(lines)
    runs = json.loads(document_sample.INDEX.read_text(encoding="utf-8"))
    near = {int(n) + d for e in first + runs for n in e["lines"] for d in (-1, 0, 1)}  # type: ignore[union-attr]
    second = draw(lines, SECOND_SEED, SECOND_SIZE, avoid=near)
    for k, e in enumerate(second):
        e["id"] = f"r{len(first) + k:03d}"
    return first + second


def texts(index: list[dict[str, object]], lines: list[str] | None = None) -> dict[str, str]:
    """The text of each window (its lines joined by newlines), checked against the stored hashes."""
    lines = lines if lines is not None else read_lines()
    out = {}
    for e in index:
        ns = [int(n) for n in e["lines"]]  # type: ignore[union-attr]
        if [sha(lines[n]) for n in ns] != e["sha1"]:
            raise SystemExit(f"{e['id']}: lines {ns[0]}-{ns[-1]} of {NEWS.name} changed; redraw the set")
        out[str(e["id"])] = "\n".join(lines[n] for n in ns)
    return out


def write(index: list[dict[str, object]], path: Path, lines: list[str], folder: Path | None) -> None:
    """Store the index (line numbers and hashes only) and, for annotators, dump the texts outside the repo."""
    path.write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    print(f"{len(index)} windows -> {path}")
    if folder:
        dump(texts(index, lines), folder)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path, help="write rNNN.txt files here (never inside the repo)")
    args = ap.parse_args()
    lines = read_lines()
    write(draw_all(lines), INDEX, lines, args.dump)


if __name__ == "__main__":
    main()
