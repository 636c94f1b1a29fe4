"""The ``keryx`` command: a thin typer layer over the library.

User mistakes (a missing file, bad input, no model) end with one line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import KeryxError

app = typer.Typer(
    name="keryx",
    help="keryx (κήρυξ): Greek press releases in, structured JSON event records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_INPUT = 2
EXIT_ERROR = 1


class Engine(str, Enum):
    spacy = "spacy"
    stanza = "stanza"


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    typer.echo(f"keryx: error: {message}", err=True)
    raise typer.Exit(code)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from .batch import atomic_write

    atomic_write(output, text if text.endswith("\n") else text + "\n")


ModelOpt = Annotated[Optional[Path], typer.Option("--model", "-m", help="A keryx/spaCy pipeline folder (default: the shipped model).")]
EngineOpt = Annotated[Engine, typer.Option("--engine", help="NLP engine.")]


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="Input file (.txt, .md, .html, .docx, .pdf, .eml) or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the record here instead of stdout.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD (resolves relative dates and missing years).")] = None,
    publisher: Annotated[Optional[str], typer.Option(help='Issuing body, e.g. "Δήμος Χερσονήσου" (fills in "ο Δήμος μας").')] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One-line JSON.")] = False,
    model: ModelOpt = None,
    engine: EngineOpt = Engine.spacy,
) -> None:
    """Extract one record (JSON) from a file or from standard input."""
    try:
        from .extractor import Extractor

        if published is not None:
            import datetime as dt

            try:
                dt.date.fromisoformat(published)
            except ValueError:
                _fail(f"--published must be a date as YYYY-MM-DD, got {published!r}", EXIT_INPUT)
        ex = Extractor(model=model, engine=engine.value, publisher=publisher)
        if file == "-":
            data = sys.stdin.buffer.read()
            record = ex.extract_bytes(data, path=None, published=published)
        else:
            record = ex.extract_file(file, published=published)
        _write(record.to_json(indent=None if compact else 2), output)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)


@app.command()
def batch(
    input_dir: Annotated[Path, typer.Argument(help="Folder of documents (searched recursively).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output folder.")] = Path("outputs"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    publisher: Annotated[Optional[str], typer.Option(help="Issuing body for every document.")] = None,
    parquet: Annotated[bool, typer.Option("--parquet", help="Also write the tables as Parquet (needs pyarrow).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    model: ModelOpt = None,
    engine: EngineOpt = Engine.spacy,
) -> None:
    """Process a folder: records.jsonl, CSV tables and errors.jsonl; a rerun resumes."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .batch import run_batch

    if not input_dir.exists():
        _fail(f"input folder not found: {input_dir}", EXIT_INPUT)
    console = Console(stderr=True)
    try:
        with Progress(TextColumn("[bold]keryx[/bold] {task.description}"), BarColumn(),
                      MofNCompleteColumn(), TimeRemainingColumn(), console=console,
                      disable=quiet, transient=False) as bar:
            task = bar.add_task("extracting", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            result = run_batch(input_dir, output, jobs=jobs, model=str(model) if model else None,
                               publisher=publisher, parquet=parquet, progress=progress,
                               engine=engine.value)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)
    console.print(f"{result.processed} processed, {result.skipped} already done, "
                  f"{result.failed} failed → {output}" + (f" (see {output / 'errors.jsonl'})" if result.failed else ""))


@app.command()
def evaluate(
    file: Annotated[Path, typer.Argument(help="IOB2 file (token TAG per line), e.g. elNER18/test.iob2.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    model: ModelOpt = None,
    engine: EngineOpt = Engine.spacy,
) -> None:
    """NER precision, recall and F1 (micro and per label) on an IOB2 file."""
    from .evaluate import evaluate_ner
    from .nlp import load_pipeline

    try:
        if not file.exists():
            _fail(f"file not found: {file}", EXIT_INPUT)
        if engine is Engine.stanza:
            from .stanza_engine import StanzaEngine

            StanzaEngine()  # fails clearly when the stanza extra or its models are missing
            typer.echo("keryx: both engines use keryx's own NER; with the gold tokens of an IOB2 "
                       "file the figures are the same (stanza changes tokens, lemmas and syntax)", err=True)
        scores = evaluate_ner(load_pipeline(model), file)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)
    if as_json:
        typer.echo(json.dumps({"micro": scores["micro"], "per_label": scores["per_label"]}, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"NER on {file.name} ({scores['sentences']} sentences, {scores['words']} words)")
    for col in ("label", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for label, v in scores["per_label"].items():
        table.add_row(label, *(f"{100 * v[k]:.2f}" for k in ("precision", "recall", "f1")))
    m = scores["micro"]
    table.add_row("[bold]micro[/bold]", *(f"[bold]{100 * m[k]:.2f}[/bold]" for k in ("precision", "recall", "f1")))
    Console().print(table)


@app.command("evaluate-records")
def evaluate_records(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NNN.txt + NNN.json gold pairs.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    model: ModelOpt = None,
) -> None:
    """Score extracted records against gold records (people, roles, organisations, dates, events)."""
    from .extractor import Extractor
    from .gold import evaluate as evaluate_gold
    from .gold import load_gold, report_to_json

    try:
        pairs = load_gold(gold_dir)
        if not pairs:
            _fail(f"no gold pairs (NNN.txt + NNN.json) in {gold_dir}", EXIT_INPUT)
        ex = Extractor(model=model)
        scored = []
        for txt, gold in pairs:
            rec = ex.extract_file(txt, published=gold.get("published"))
            scored.append((rec.model_dump(mode="json"), gold))
        scores = evaluate_gold(scored)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)
    report = report_to_json(scores)
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Records vs gold ({len(pairs)} documents)")
    for col in ("field", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for name, prf in scores.items():
        table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                      str(prf.tp), str(prf.fp), str(prf.fn))
    Console().print(table)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a keryx record."""
    from .records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def info(model: ModelOpt = None) -> None:
    """Versions, model, pipeline components and entity labels."""
    import platform

    import spacy

    from .nlp import default_model_path, load_pipeline

    try:
        nlp = load_pipeline(model)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)
    labels = list(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else []
    data = {
        "keryx": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": {"path": str(model or default_model_path()), "name": nlp.meta.get("name"),
                  "version": nlp.meta.get("version"), "license": nlp.meta.get("license")},
        "pipeline": nlp.pipe_names,
        "labels": sorted(labels) + ["ROLE"],
        "performance": nlp.meta.get("performance", {}),
    }
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


@app.command()
def train(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (elner/, ud_greek_gdt/, greek_raw/).")] = Path("../shared/data"),
    output: Annotated[Path, typer.Option("--output", "-o", help="Where the shipped pipeline is written.")] = Path("models/keryx_el"),
    work: Annotated[Path, typer.Option("--work", help="Scratch folder for corpora, vectors and checkpoints.")] = Path("training/work"),
    config: Annotated[Path, typer.Option("--config", help="spaCy training config.")] = Path("training/configs/ner.cfg"),
    max_steps: Annotated[Optional[int], typer.Option(help="Override training.max_steps.")] = None,
    vectors: Annotated[bool, typer.Option("--vectors/--no-vectors", help="Train floret vectors on the raw corpus first.")] = True,
    books_fraction: Annotated[float, typer.Option(help="Share of the e-book corpus used for vectors.")] = 0.5,
    news_weight: Annotated[int, typer.Option(help="Put greek_raw/news.txt.xz in the vector corpus, repeated this many times (0: left out; 3 gave elNER-18 dev 89.84 with --pretrain-news, below the shipped 90.10).")] = 0,
    pretrain: Annotated[bool, typer.Option("--pretrain/--no-pretrain", help="Start the NER's tok2vec from weights pretrained on raw Greek (spacy pretrain, ~47 min; elNER-18 dev +0.3 F1).")] = True,
    pretrain_news: Annotated[bool, typer.Option("--pretrain-news", help="Pretrain on all the news plus 10 % of the Gazette and 4 % of the e-books (4.43 M words, ~35 min) instead.")] = False,
    limit: Annotated[Optional[int], typer.Option(help="Use only the first N sentences of each split (smoke tests).")] = None,
) -> None:
    """Retrain the NER model from the shared corpora (fixed seeds) and assemble the shipped pipeline.

    Steps: elNER-18 to DocBins, floret vectors on the raw corpus, tok2vec pretraining, NER
    training (best dev checkpoint), scoring on elNER-18 test, assembly into
    --output. Steps whose output is already in --work are reused.
    """
    import logging

    from . import training
    from .evaluate import evaluate_ner
    from .nlp import assemble

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        if not (data / "elner" / "elNER18").exists():
            _fail(f"no elNER-18 corpus under {data}: pass --data PATH/TO/shared/data", EXIT_INPUT)
        corpus = work / "corpus"
        training.prepare(data, corpus, 10, limit)
        vectors_model = training.ensure_vectors(data, work, books_fraction, news_weight) if vectors else None
        overrides: dict = {"training.max_steps": max_steps} if max_steps else {}
        if pretrain:
            weights = training.ensure_pretrained(data, work, vectors_model, config, limit, news=pretrain_news)
            overrides["paths.init_tok2vec"] = str(weights)
        best = training.train_ner(config, corpus, vectors_model, work / "ner", overrides)
        import spacy

        test = data / "elner" / "elNER18" / "test.iob2"
        scores = evaluate_ner(spacy.load(best), test)
        ud_best = work / "ud" / "model-best"
        assemble(best, output, __version__, {"elNER18_test": scores["micro"],
                                              "elNER18_test_per_label": scores["per_label"]},
                 ud_model=ud_best if ud_best.exists() else None)
        typer.echo(f"model written to {output}; elNER-18 test micro-F1 {100 * scores['micro']['f1']:.2f}")
    except KeryxError as exc:
        _fail(str(exc), EXIT_ERROR)


@app.command("train-ud")
def train_ud(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (ud_greek_gdt/).")] = Path("../shared/data"),
    model: Annotated[Path, typer.Option("--model", "-m", help="keryx pipeline to add the UD layer to.")] = Path("models/keryx_el"),
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of rewriting --model.")] = None,
    work: Annotated[Path, typer.Option("--work", help="Scratch folder (its vectors/ are reused if there).")] = Path("training/work"),
    config: Annotated[Path, typer.Option("--config", help="spaCy training config.")] = Path("training/configs/ud.cfg"),
    max_steps: Annotated[Optional[int], typer.Option(help="Override training.max_steps.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="First N docs of each split (smoke tests).")] = None,
    pretrain: Annotated[bool, typer.Option("--pretrain/--no-pretrain", help="Start tok2vec_ud from the pretrained weights in --work (pretrained first if missing, ~47 min).")] = True,
    with_dev: Annotated[bool, typer.Option("--with-dev/--train-only", help="Train on GDT train+dev for --max-steps and keep the last checkpoint (the shipped layer), or on train alone keeping the best dev checkpoint.")] = True,
) -> None:
    """Train morphology, lemmas and dependencies on UD_Greek-GDT and add them to the pipeline.

    Reuses from --work what is there (building it from --data if missing): the floret
    vectors and raw corpus (vectors/), whose words check the lemma suffix rules, and the
    pretrained tok2vec weights (pretrain/model0.bin).
    """
    import logging

    import spacy

    from . import ud

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        if not ud.gdt_file(data, "train").exists():
            _fail(f"no UD_Greek-GDT under {data}: pass --data PATH/TO/shared/data", EXIT_INPUT)
        corpus = work / "ud" / "corpus"
        ud.prepare_ud(data, corpus, limit=limit, with_dev=with_dev)
        from . import training

        vectors_model = training.ensure_vectors(data, work)
        overrides: dict = {"training.max_steps": max_steps} if max_steps else {}
        if with_dev:  # dev is training data now: no early stopping on it
            overrides["training.patience"] = 0
        if pretrain:
            overrides["paths.init_tok2vec"] = str(training.ensure_pretrained(data, work, vectors_model))
        best = ud.train_ud(config, corpus, vectors_model, work / "ud", overrides,
                           raw_corpus=work / "vectors" / "raw.txt", use_last=with_dev)
        scores = ud.evaluate_ud(spacy.load(best), ud.gdt_file(data, "test"))
        ud.install_ud(model, best, output, scores)
        typer.echo(f"UD layer added to {output or model}; GDT test UPOS {100 * scores['pos_acc']:.2f}, "
                   f"lemma {100 * scores['lemma_acc']:.2f}, LAS {100 * scores['dep_las']:.2f}")
    except KeryxError as exc:
        _fail(str(exc), EXIT_ERROR)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
