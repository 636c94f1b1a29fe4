"""Which BLAS should the nets use: thinc's bundled BLIS or numpy's (OpenBLAS in the wheels)?

    OPENBLAS_NUM_THREADS=1 python benchmarks/blas.py [--model models/keryx_el] [--repeats 3]

Prints, for each backend, the time of one matrix product of the shipped tok2vec's shape and
the CPU seconds of the whole pipeline over the real-world texts (the project's gold texts
when ``../shared`` is absent), best of ``--repeats`` interleaved runs, and whether the entities
are identical. CPU seconds, not wall time, because the machine this runs on is shared. Run it
with one BLAS thread to compare the libraries, not the thread counts.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT.parent / "shared" / "data" / "realworld" / "texts"
GOLD = ROOT / "tests" / "data" / "gold"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "keryx_el")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()

    import numpy
    from thinc.api import NumpyOps

    from keryx.nlp import load_pipeline

    rng = numpy.random.default_rng(0)
    x = rng.random((40000, 384), dtype=numpy.float32)
    w = rng.random((384, 384), dtype=numpy.float32)
    for use_blis in (True, False):
        ops = NumpyOps(use_blis=use_blis)
        ops.gemm(x, w, trans2=True)
        t0 = time.perf_counter()
        for _ in range(5):
            ops.gemm(x, w, trans2=True)
        print(f"gemm 40000x384 @ 384x384, {'BLIS' if use_blis else 'numpy'}: "
              f"{(time.perf_counter() - t0) / 5 * 1000:.1f} ms")

    folder = REALWORLD if REALWORLD.is_dir() else GOLD
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    pipes = {}
    for name, use_blis in (("BLIS", True), ("numpy", False)):
        nlp = load_pipeline(args.model)  # loads with numpy's BLAS
        ops = NumpyOps(use_blis=use_blis)
        for _, proc in nlp.pipeline:
            model = getattr(proc, "model", None)
            if model is not None:
                for layer in model.walk():
                    layer.ops = ops
        list(nlp.pipe(texts[:3]))
        pipes[name] = nlp
    best = {name: float("inf") for name in pipes}
    ents = {}
    for _ in range(args.repeats):
        for name, nlp in pipes.items():
            t0 = time.process_time()
            docs = list(nlp.pipe(texts))
            best[name] = min(best[name], time.process_time() - t0)
            ents[name] = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs]
    for name, seconds in best.items():
        print(f"pipeline, {name}: {seconds:.2f} CPU s for {words:,} words ({words / seconds:,.0f} words/CPU s)")
    print("entities identical:", ents["BLIS"] == ents["numpy"])


if __name__ == "__main__":
    main()
