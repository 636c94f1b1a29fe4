"""Accuracy and speed of keryx's models: one table per engine.

    python benchmarks/ner.py [--data ../shared/data] [--engine spacy|stanza|all]

For each engine: elNER-18 and elNER-4 test micro P/R/F1 and per-label F1 (gold
tokenisation, exact spans; elNER-4 scores our 18 labels mapped onto its 4), UPOS,
morphology, lemma accuracy, UAS and LAS on UD_Greek-GDT test, NER words/s in one process
(best and median of 3 timings), and peak RSS. Each engine runs in a fresh process so that its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEED_RUNS = 3
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ud_scores(engine: str, data: Path, nlp) -> dict:
    """GDT test scores (fractions) of the engine's linguistic layer, or why there are none."""
    conllu = data / "ud_greek_gdt" / "el_gdt-ud-test.conllu"
    try:
        if engine == "spacy":
            if "morphologizer" not in nlp.pipe_names:
                return {"unavailable": "the shipped pipeline has no UD layer"}
            from keryx.evaluation.ud import evaluate_ud

            s = evaluate_ud(nlp, conllu)
            return {"upos": s["pos_acc"], "morph": s["morph_acc"], "lemma": s["lemma_acc"],
                    "uas": s["dep_uas"], "las": s["dep_las"]}
        from benchmarks.stanza_gdt import score_shipped  # type: ignore[import-not-found]

        return score_shipped(conllu)
    except (ImportError, FileNotFoundError, AttributeError) as exc:
        return {"unavailable": str(exc)}


def run_engine(engine: str, data: Path) -> dict:
    from keryx.evaluation.ner import evaluate_ner
    from keryx.nlp import load_pipeline

    nlp = load_pipeline(linguistic=True)
    out: dict = {"engine": engine, "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"}
    for name in ("elNER18", "elNER4"):
        scores = evaluate_ner(nlp, data / "elner" / name / "test.iob2")
        out[name] = {"micro": scores["micro"], "per_label": scores["per_label"]}
        if name == "elNER18":
            # Speed on a shared machine is noisy: time the NER a few more times, keep the best
            # and the median (the scores are the same each time).
            speeds = [scores["words_per_second"]] + [
                evaluate_ner(nlp, data / "elner" / name / "test.iob2")["words_per_second"]
                for _ in range(SPEED_RUNS - 1)]
            out["ner_words_per_second"] = max(speeds)
            out["ner_words_per_second_median"] = sorted(speeds)[len(speeds) // 2]
    out["ud"] = _ud_scores(engine, data, nlp)
    out["peak_rss_mb"] = _rss_mb()
    return out


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{100 * x:5.2f}"


def print_table(rows: list[dict]) -> None:
    for r in rows:
        print(f"\n== engine {r['engine']} ({r['model']}) ==")
        for name in ("elNER18", "elNER4"):
            m = r[name]["micro"]
            print(f"{name:8} micro  P {_fmt(m['precision'])}  R {_fmt(m['recall'])}  F1 {_fmt(m['f1'])}")
            labels = "  ".join(f"{lab} {_fmt(v['f1'])}" for lab, v in r[name]["per_label"].items())
            print(f"{'':8} per-label F1: {labels}")
        ud = r.get("ud") or {}
        if "unavailable" in ud or not ud:
            print(f"GDT test: no UD layer for this engine ({ud.get('unavailable', 'not trained')})")
        else:
            print("GDT test: " + "  ".join(f"{k} {_fmt(ud.get(k))}" for k in ("upos", "morph", "lemma", "uas", "las")))
        print(f"NER words/s (1 process, best of {SPEED_RUNS}): {r['ner_words_per_second']:.0f} "
              f"(median {r.get('ner_words_per_second_median', r['ner_words_per_second']):.0f})   "
              f"peak RSS: {r['peak_rss_mb']:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--engine", default="all", choices=["spacy", "stanza", "all"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--_run", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._run:
        print(json.dumps(run_engine(args._run, args.data)))
        return
    engines = ["spacy", "stanza"] if args.engine == "all" else [args.engine]
    rows = []
    for engine in engines:
        if engine == "stanza":
            try:
                import stanza  # noqa: F401
            except ImportError:
                print("stanza is not installed (pip install -e '.[stanza]'): skipping that engine")
                continue
        proc = subprocess.run([sys.executable, __file__, "--_run", engine, "--data", str(args.data)],
                              capture_output=True, text=True, cwd=ROOT)
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print_table(rows)


if __name__ == "__main__":
    main()
