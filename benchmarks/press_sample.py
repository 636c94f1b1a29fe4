"""Draw the press-paragraph check set from the news corpus (../shared/data/greek_raw/news.txt.xz).

    python benchmarks/press_sample.py            # (re)write benchmarks/press_index.json
    python benchmarks/press_sample.py --dump D   # also write D/pNNN.txt for annotators (outside the repo)

Why: the real-world tuning half is 17 texts, too few to tell a general rule from a fitted one.
This draws paragraphs of real Greek news that nobody here wrote, with a fixed seed, for
hand-made gold in the format of ../shared/data/realworld/GUIDE.md (people with roles,
organisations, places, dates; no events, since a paragraph is not a whole report). Only line
numbers and a hash of each line are stored here; the text stays in ../shared.

A second draw (another seed, ``EXTRA`` paragraphs, all in the tuning half) was added when the
first tuning half had been worked through; the check half is the first draw's and never changes.

A paragraph is eligible when it is 250-1200 characters long and holds two capitalised Greek
words in a row (a name, a body or a place), so that it has something to annotate; nothing
about keryx's own lexicons or output enters the choice.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "greek_raw" / "news.txt.xz"
INDEX = Path(__file__).resolve().parent / "press_index.json"
SEED = 20261130
SIZE = 160
EXTRA = 80  # a second draw (seed + 1), all tuning: more real text to find kinds in
_CAPS = re.compile(r"\b[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+ [Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+")


def sha(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:16]


def read_lines(path: Path = NEWS) -> list[str]:
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh]


def draw(lines: list[str], seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    """Fixed-seed sample of eligible lines, split alternately into a tuning and a check half."""
    eligible = [i for i, t in enumerate(lines) if 250 <= len(t) <= 1200 and _CAPS.search(t)]
    rng = random.Random(seed)
    chosen = sorted(rng.sample(eligible, size))
    order = list(chosen)
    rng.shuffle(order)
    half = {n: ("tuning" if k % 2 == 0 else "check") for k, n in enumerate(order)}
    return [{"id": f"p{k:03d}", "line": n, "sha1": sha(lines[n]), "half": half[n]} for k, n in enumerate(chosen)]


def extend(lines: list[str], index: list[dict[str, object]], seed: int = SEED + 1,
           size: int = EXTRA) -> list[dict[str, object]]:
    """More tuning paragraphs, drawn with another seed from the lines not yet chosen: the check
    half stays as it was, so its figures stay comparable."""
    taken = {int(e["line"]) for e in index}  # type: ignore[arg-type]
    eligible = [i for i, t in enumerate(lines) if 250 <= len(t) <= 1200 and _CAPS.search(t) and i not in taken]
    chosen = sorted(random.Random(seed).sample(eligible, size))
    start = len(index)
    return [{"id": f"p{start + k:03d}", "line": n, "sha1": sha(lines[n]), "half": "tuning"}
            for k, n in enumerate(chosen)]


def texts(index: list[dict[str, object]], lines: list[str] | None = None) -> dict[str, str]:
    """The paragraph of each index entry, checked against its stored hash."""
    lines = lines if lines is not None else read_lines()
    out = {}
    for e in index:
        t = lines[int(e["line"])]  # type: ignore[arg-type]
        if sha(t) != e["sha1"]:
            raise SystemExit(f"{e['id']}: line {e['line']} of {NEWS.name} changed; redraw the set")
        out[str(e["id"])] = t
    return out


def dump(by_id: dict[str, str], folder: Path) -> None:
    """Write each text to ``folder/ID.txt`` for the annotators (a folder outside the repo)."""
    folder.mkdir(parents=True, exist_ok=True)
    for k, t in by_id.items():
        (folder / f"{k}.txt").write_text(t + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path, help="write pNNN.txt files here (never inside the repo)")
    args = ap.parse_args()
    lines = read_lines()
    index = draw(lines)
    index += extend(lines, index)
    INDEX.write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    print(f"{len(index)} paragraphs -> {INDEX}")
    if args.dump:
        dump(texts(index, lines), args.dump)


if __name__ == "__main__":
    main()
