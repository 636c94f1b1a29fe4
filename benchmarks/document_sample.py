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
from pathlib import Path

import release_sample

INDEX = Path(__file__).resolve().parent / "document_index.json"
SEED = 20261202
SIZE = 40
MAX_LINES = 12
MIN_CHARS, MAX_CHARS = 1500, 6000


def draw(lines: list[str], seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    """The release sampler's draw with longer runs, clear of the release windows' lines."""
    windows = json.loads(release_sample.INDEX.read_text(encoding="utf-8"))[:release_sample.SIZE]
    avoid = {int(n) for e in windows for n in e["lines"]}
    return release_sample.draw(lines, seed, size, max_lines=MAX_LINES, chars=(MIN_CHARS, MAX_CHARS),
                               avoid=avoid, prefix="d")


texts = release_sample.texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path, help="write dNNN.txt files here (never inside the repo)")
    args = ap.parse_args()
    lines = release_sample.read_lines()
    release_sample.write(draw(lines), INDEX, lines, args.dump)


if __name__ == "__main__":
    main()
