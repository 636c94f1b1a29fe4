"""Cost of a batch's outputs after extraction: tables, cross-document indexes, views, report.html.

    keryx batch FOLDER -o OUT && python benchmarks/report.py OUT

Rewrites OUT's outputs from its records (as every ``keryx batch`` run does at its end) three
times and prints the best, per document. Imports are warmed first: in a batch they are loaded.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(out: Path) -> None:
    import pandas  # noqa: F401
    import spacy.displacy  # noqa: F401

    from keryx.io.tables import write_outputs

    ids = [json.loads(line)["document"]["id"] for line in (out / "records.jsonl").read_text("utf-8").splitlines()]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines() if line.strip()]
    write_outputs(out, ids, errors)  # warm: templates compiled, caches filled
    times = []
    for _ in range(3):
        start = time.perf_counter()
        write_outputs(out, ids, errors)
        times.append(time.perf_counter() - start)
    best = min(times)
    print(f"{len(ids)} documents: outputs (tables, indexes, views, report) best of 3 {best:.2f} s, "
          f"{1000 * best / max(len(ids), 1):.1f} ms per document")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "outputs"))
