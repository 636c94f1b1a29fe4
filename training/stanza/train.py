"""Train the Greek stanza models (tokenize, mwt, pos, lemma, depparse) on UD_Greek-GDT.

Uses stanza's own data-preparation and training scripts (``stanza.utils.datasets.prepare_*``
and ``stanza.utils.training.run_*``) so the shipped models are ordinary stanza models that
``stanza.Pipeline(..., download_method=None)`` loads.  Stanza's Greek models cannot be
downloaded here, so everything, including the word-vector pretrain, is built locally.

Usage (from the repository root)::

    OMP_NUM_THREADS=1 nice -n 10 /work/venv/bin/python training/stanza/train.py

The budget is a 2-core CPU shared with other work: one thread, one processor at a time,
step counts chosen so that the whole run stays within ~45 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TREEBANK = "UD_Greek-GDT"
SHORT = "el_gdt"
SEED = 1234
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")

# Small models: the shipped total must stay under 45 MB and train on one CPU thread.
TRAIN_ARGS: dict[str, list[str]] = {
    "tokenize": ["--steps", "1000", "--eval_steps", "200", "--batch_size", "16", "--max_seqlen", "300"],
    "mwt": ["--num_epoch", "15", "--decay_epoch", "10"],
    "pos": [
        "--max_steps", "1500", "--eval_interval", "250", "--fix_eval_interval", "--batch_size", "32",
        "--hidden_dim", "100", "--char_hidden_dim", "100", "--char_emb_dim", "50",
        "--word_emb_dim", "50", "--deep_biaff_hidden_dim", "100",
        "--composite_deep_biaff_hidden_dim", "50",
    ],
    "lemma": ["--num_epoch", "8", "--decay_epoch", "5", "--batch_size", "100", "--hidden_dim", "100"],
    "depparse": [
        "--max_steps", "300", "--eval_interval", "100", "--batch_size", "2500",
        "--hidden_dim", "150", "--char_hidden_dim", "100", "--char_emb_dim", "50",
        "--word_emb_dim", "50", "--deep_biaff_hidden_dim", "200", "--deep_biaff_output_dim", "100",
        "--num_layers", "2",
    ],
}
MODULES = {
    "tokenize": "run_tokenizer",
    "mwt": "run_mwt",
    "pos": "run_pos",
    "lemma": "run_lemma",
    "depparse": "run_depparse",
}
PREPARE = {
    "tokenize": "prepare_tokenizer_treebank",
    "mwt": "prepare_mwt_treebank",
    "pos": "prepare_pos_treebank",
    "lemma": "prepare_lemma_treebank",
    "depparse": "prepare_depparse_treebank",
}


def layout(data: Path, work: Path) -> dict[str, str]:
    """Lay out GDT as UDBASE/UD_Greek-GDT and return the environment stanza's scripts read."""
    gdt = data / "ud_greek_gdt"
    udbase = work / "extern_data" / "ud2"
    tb_dir = udbase / TREEBANK
    tb_dir.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        src = gdt / f"{SHORT}-ud-{split}.conllu"
        if not src.exists():
            raise SystemExit(f"missing {src}")
        dst = tb_dir / src.name
        if dst.is_symlink() or dst.exists():
            dst.unlink()
        dst.symlink_to(src.resolve())
    env = dict(os.environ)
    env.update(
        UDBASE=str(udbase),
        DATA_ROOT=str(work / "data"),
        WORDVEC_DIR=str(work / "extern_data" / "wordvec"),
        STANZA_RESOURCES_DIR=str(work / "stanza_resources"),
        OMP_NUM_THREADS="1",
        MKL_NUM_THREADS="1",
        PYTHONHASHSEED="0",
        PYTHONUNBUFFERED="1",
    )
    return env


def training_words(data: Path, limit: int) -> list[str]:
    """Most frequent lowercased words of the TRAINING splits only (GDT train, elNER train)."""
    counts: Counter[str] = Counter()
    with open(data / "ud_greek_gdt" / f"{SHORT}-ud-train.conllu", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                counts[cols[1].lower()] += 1
    elner = data / "elner" / "elNER4" / "train.iob2"
    if elner.exists():
        with open(elner, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 2:
                    counts[parts[0].lower()] += 1
    return [w for w, _ in counts.most_common() if w.strip() and " " not in w][:limit]


def build_pretrain(data: Path, vectors: Path, work: Path, out: Path, size: int) -> Path:
    """Write a word2vec text file from the floret vectors and convert it to a stanza .pt."""
    import spacy
    from stanza.models.common.pretrain import Pretrain

    target = out / "pretrain.pt"
    if target.exists():
        return target
    nlp = spacy.load(vectors)
    words = training_words(data, size)
    width = nlp.vocab.vectors.shape[1]
    txt = work / "el_floret_small.vec"
    with open(txt, "w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {width}\n")
        for word in words:
            vec = nlp.vocab.get_vector(word)
            fh.write(word + " " + " ".join(f"{x:.5f}" for x in vec) + "\n")
    pt = Pretrain(str(target), str(txt), max_vocab=-1)
    pt.load()
    print(f"pretrain: {len(words)} words x {width} dims -> {target}", flush=True)
    return target


def run(cmd: list[str], env: dict[str, str], log: Path) -> float:
    """Run one stanza script (at the parent's low priority), log its output, return seconds."""
    print("$ " + " ".join(cmd), flush=True)
    start = time.monotonic()
    with open(log, "a", encoding="utf-8") as fh:
        proc = subprocess.Popen(
            cmd, env=env, cwd=env["KERYX_STANZA_WORK"], stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            fh.write(line)
            fh.flush()
            if any(k in line for k in ("UPOS", "Tokens", "UAS", "Words", "Lemma", "Finished", "Error", "error")):
                sys.stdout.write("  " + line)
        rc = proc.wait()
    if rc:
        raise SystemExit(f"command failed ({rc}); see {log}")
    return time.monotonic() - start


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"),
                    help="folder holding ud_greek_gdt/ and elner/ (relative paths: to the repo root)")
    ap.add_argument("--vectors", type=Path, default=Path("training/vectors/vectors_model"),
                    help="spaCy floret vectors pipeline used for the pretrain")
    ap.add_argument("--work", type=Path, default=Path("/tmp/keryx-stanza-work"),
                    help="scratch folder for prepared data, checkpoints and logs (not shipped)")
    ap.add_argument("--out", type=Path, default=Path("models/stanza_el"))
    ap.add_argument("--only", default=",".join(PROCESSORS), help="comma-separated processors to train")
    ap.add_argument("--pretrain-size", type=int, default=30000)
    ap.add_argument("--force", action="store_true", help="retrain processors whose model already exists")
    args = ap.parse_args(argv)
    os.nice(10)  # children inherit it: training must not starve the machine's other work

    data, vectors, work, out = (p if p.is_absolute() else (REPO / p).resolve()
                                for p in (args.data, args.vectors, args.work, args.out))
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    env = layout(data, work)
    env["KERYX_STANZA_WORK"] = str(work)
    saved = work / "saved_models"
    timings_file = work / "timings.json"
    timings: dict[str, float] = json.loads(timings_file.read_text()) if timings_file.exists() else {}

    start = time.monotonic()
    existed = (out / "pretrain.pt").exists()
    pretrain = build_pretrain(data, vectors, work, out, args.pretrain_size)
    if not existed:
        timings["pretrain"] = round(time.monotonic() - start, 1)
    py = sys.executable
    for proc in [p for p in PROCESSORS if p in args.only.split(",")]:
        model = out / f"{proc}.pt"
        if model.exists() and not args.force:
            print(f"{proc}: {model} exists, skipping (use --force)", flush=True)
            continue
        log = work / f"{proc}.log"
        log.unlink(missing_ok=True)
        prep = [py, "-m", f"stanza.utils.datasets.{PREPARE[proc]}", TREEBANK]
        if proc in ("lemma", "depparse"):
            # retag with our own tagger so lemma/depparse train on predicted tags, as at run time
            prep += ["--predicted", "--tagger_model", str(out / "pos.pt"),
                     "--wordvec_pretrain_file", str(pretrain), "--no_charlm"]
        elapsed = run(prep, env, log)
        cmd = [py, "-m", f"stanza.utils.training.{MODULES[proc]}", TREEBANK, "--force",
               "--save_dir", str(saved), "--save_name", f"{proc}.pt", "--seed", str(SEED)]
        if proc in ("tokenize", "pos", "lemma", "depparse"):
            cmd.append("--no_charlm")
        if proc in ("pos", "depparse"):
            cmd += ["--wordvec_pretrain_file", str(pretrain)]
        cmd += TRAIN_ARGS[proc]
        elapsed += run(cmd, env, log)
        shutil.copyfile(saved / f"{proc}.pt", model)
        timings[proc] = round(elapsed, 1)
        timings_file.write_text(json.dumps(timings, indent=2))
        print(f"{proc}: {elapsed / 60:.1f} min -> {model}", flush=True)
    print(json.dumps(timings, indent=2))


if __name__ == "__main__":
    main()
