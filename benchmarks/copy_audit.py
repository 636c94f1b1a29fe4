"""Find text in the repository that was copied from the shared corpora.

    python benchmarks/copy_audit.py                     # tests/, pipeline/, docs and benchmarks vs news + real-world texts
    python benchmarks/copy_audit.py --words 6 --official # shorter windows, the official corpus too
    python benchmarks/copy_audit.py --diff REV          # only the lines added since REV (a proposal's own lines)

Why: the texts in ../shared stay there (the brief's third rule), and test sentences must be our own
words. In round 23 a helper's tests kept news sentences with the names swapped, and only a manual
grep after the merge found them. This audit runs in the suite (``tests/test_copy_audit.py``) and in
the gate of every proposal, so a copied sentence cannot land unseen.

A hit is a window of ``--words`` consecutive words (case and accents folded, most of them Greek)
that the repository and a corpus share. Windows are hashed once on the repository side; the
corpora are streamed line by line, so the cost is linear in the corpus size.
"""

from __future__ import annotations

import argparse
import lzma
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
NEWS = SHARED / "greek_raw" / "news.txt.xz"
OFFICIAL = SHARED / "greek_raw" / "official.txt.xz"
REALWORLD = SHARED / "realworld" / "texts"
# The shipped samples (the brief's seed release among them) may be quoted by tests: a window they
# hold is ours to use, even where a corpus holds it too (the seed is also a real-world text).
SAMPLES = ROOT / "samples"
# What we write by hand: code, tests, docs. Model data, the resources' tables and the gold folders
# hold lists and annotations (names, places, official titles), not prose, and the samples are the
# seed and our own releases.
SCANNED = ("pipeline/", "tests/", "benchmarks/", "training/", "docs/", "README.md", "CONTRIBUTING.md")
SKIPPED = ("_gold/", "_index.json", "tests/data/gold/", "realworld_split.json", ".tsv")
SUFFIXES = {".py", ".md", ".txt", ".json", ".tsv", ".cfg", ".toml", ".html", ".eml", ".csv"}
_WORD = re.compile(r"[^\W\d_]+")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def fold(word: str) -> str:
    """Lower case without accents, so a copy re-accented or re-capitalised still matches."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def windows(line: str, size: int, min_greek: int) -> Iterator[tuple[str, ...]]:
    """Every run of ``size`` consecutive words of ``line`` holding at least ``min_greek`` Greek words."""
    words = _WORD.findall(line)
    greek = [bool(_GREEK.search(w)) for w in words]
    folded = [fold(w) for w in words]
    count = sum(greek[:size])
    for i in range(len(words) - size + 1):
        if i:
            count += greek[i + size - 1] - greek[i - 1]
        if count >= min_greek:
            yield tuple(folded[i:i + size])


def repo_lines(root: Path = ROOT, since: str | None = None) -> Iterator[tuple[str, int, str]]:
    """(path, line number, line) of the hand-written files; only added lines when ``since`` is given."""
    if since:
        diff = subprocess.run(["git", "-C", str(root), "diff", "-U0", since, "--", *SCANNED],
                              capture_output=True, text=True, check=True).stdout
        path, n = "", 0
        for line in diff.splitlines():
            if line.startswith("+++ "):
                path = line[6:]
            elif line.startswith("@@"):
                hunk = re.search(r"\+(\d+)", line)
                n = int(hunk.group(1)) if hunk else 0
            elif line.startswith("+") and not any(s in path for s in SKIPPED):
                yield path, n, line[1:]
                n += 1
        return
    files = subprocess.run(["git", "-C", str(root), "ls-files", "--", *SCANNED],
                           capture_output=True, text=True, check=True).stdout.split("\n")
    for rel in files:
        if not rel or any(s in rel for s in SKIPPED) or Path(rel).suffix not in SUFFIXES:
            continue
        if rel == "benchmarks/copy_audit.py":
            continue
        try:
            text = (root / rel).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for n, line in enumerate(text.splitlines(), 1):
            yield rel, n, line


def corpus_lines(paths: Iterable[Path]) -> Iterator[str]:
    """The lines of each corpus: .xz streamed, a folder's files read one by one."""
    for path in paths:
        if path.is_dir():
            for f in sorted(path.iterdir()):
                if f.is_file():
                    yield from f.read_text(encoding="utf-8", errors="replace").splitlines()
        elif path.suffix == ".xz":
            with lzma.open(path, "rt", encoding="utf-8", errors="replace") as fh:
                yield from fh
        elif path.is_file():
            yield from path.read_text(encoding="utf-8", errors="replace").splitlines()


def audit(lines: Iterable[tuple[str, int, str]], corpora: Iterable[Path], size: int = 8,
          min_greek: int = 6) -> list[tuple[str, int, str, str]]:
    """The repository lines sharing a window of ``size`` words with a corpus: (path, line, window, corpus)."""
    where: dict[tuple[str, ...], tuple[str, int]] = {}
    for path, n, line in lines:
        for w in windows(line, size, min_greek):
            where.setdefault(w, (path, n))
    for line in corpus_lines([SAMPLES] if SAMPLES.is_dir() else []):
        for w in windows(line, size, 0):
            where.pop(w, None)
    if not where:
        return []
    hits: dict[tuple[str, ...], str] = {}
    for corpus in corpora:
        carry: list[str] = []
        for line in corpus_lines([corpus]):
            # a window may run across a line break of the corpus: keep the last words of the line before
            words = carry + [fold(w) for w in _WORD.findall(line)]
            for i in range(len(words) - size + 1):
                w = tuple(words[i:i + size])
                if w in where and w not in hits:
                    hits[w] = corpus.name
            carry = words[-(size - 1):] if size > 1 else []
    return sorted((*where[w], " ".join(w), c) for w, c in hits.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=8, help="window length in words (default 8)")
    ap.add_argument("--min-greek", type=int, default=None, help="Greek words a window needs (default: words - 2)")
    ap.add_argument("--official", action="store_true", help="also the official corpus (slower)")
    ap.add_argument("--diff", metavar="REV", help="only the lines added since REV")
    args = ap.parse_args()
    corpora = [p for p in (NEWS, REALWORLD) if p.exists()] + ([OFFICIAL] if args.official and OFFICIAL.exists() else [])
    if not corpora:
        sys.exit(f"no corpus under {SHARED}: nothing to audit against")
    min_greek = args.min_greek if args.min_greek is not None else max(1, args.words - 2)
    hits = audit(repo_lines(ROOT, args.diff), corpora, args.words, min_greek)
    for path, n, window, corpus in hits:
        print(f"{path}:{n}: {window}  [{corpus}]")
    print(f"{len(hits)} window(s) of {args.words} words shared with {', '.join(p.name for p in corpora)}",
          file=sys.stderr)
    sys.exit(1 if hits else 0)


if __name__ == "__main__":
    main()
