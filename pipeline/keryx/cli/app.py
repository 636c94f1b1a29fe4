"""The ``keryx`` command: a thin typer layer over the library.

User mistakes (a missing file, bad input, no model) end with one line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from keryx import __version__
from keryx.errors import KeryxError

app = typer.Typer(
    name="keryx",
    help="keryx (κήρυξ): Greek press releases in, structured JSON event records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_INPUT = 2
EXIT_ERROR = 1


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"keryx {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True,
                                          help="Print the keryx version and exit.")] = False,
) -> None:
    """keryx (κήρυξ): Greek press releases in, structured JSON event records out."""


class Engine(str, Enum):
    spacy = "spacy"
    stanza = "stanza"


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    message = " ".join(message.split())  # one line, whatever the message holds
    typer.echo(f"keryx: error: {message}", err=True)
    raise typer.Exit(code)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        # UTF-8 whatever the locale: the record is JSON, and JSON is UTF-8.
        sys.stdout.flush()
        sys.stdout.buffer.write((text if text.endswith("\n") else text + "\n").encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    from keryx.io.atomic import atomic_write

    atomic_write(output, text if text.endswith("\n") else text + "\n")


ModelOpt = Annotated[Path | None, typer.Option("--model", "-m", help="A keryx/spaCy pipeline folder (default: the shipped model).")]
EngineOpt = Annotated[Engine, typer.Option("--engine", help="NLP engine.")]


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="Input file (.txt, .md, .html, .docx, .pdf, .eml) or - for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the record here instead of stdout.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (resolves relative dates and missing years).")] = None,
    publisher: Annotated[str | None, typer.Option(help='Issuing body, e.g. "Δήμος Χερσονήσου" (fills in "ο Δήμος μας").')] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One-line JSON.")] = False,
    model: ModelOpt = None,
    engine: EngineOpt = Engine.spacy,
) -> None:
    """Extract one record (JSON) from a file or from standard input."""
    from keryx.io.files import display_path, safe_text

    try:
        from keryx.api import Extractor
        from keryx.io.ingest import read_document, read_stream

        if published is not None:
            import datetime as dt

            try:
                dt.date.fromisoformat(published)
            except ValueError:
                _fail(f"--published must be a date as YYYY-MM-DD, got {published!r}", EXIT_INPUT)
        # Read (and refuse a FIFO, a folder, a huge stdin) before the model is loaded.
        source = read_stream(sys.stdin.buffer) if file == "-" else read_document(file)
        ex = Extractor(model=model, engine=engine.value, publisher=publisher)
        record = ex.extract_source(source, published=published)
        _write(record.to_json(indent=None if compact else 2), output)
    except KeryxError as exc:
        _fail(safe_text(str(exc)), EXIT_INPUT)
    except OSError as exc:  # the output cannot be written
        where = display_path(output) if output else "stdout"
        _fail(f"cannot write {where}: {exc.strerror or exc}", EXIT_ERROR)
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(safe_text(f"internal error: {type(exc).__name__}: {exc} (a keryx bug: please report it)"), EXIT_ERROR)


@app.command()
def batch(
    input_dir: Annotated[Path, typer.Argument(help="Folder of documents (searched recursively).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output folder.")] = Path("outputs"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    publisher: Annotated[str | None, typer.Option(help="Issuing body for every document.")] = None,
    parquet: Annotated[bool, typer.Option("--parquet", help="Also write the tables as Parquet (needs pyarrow).")] = False,
    excel: Annotated[bool, typer.Option("--excel", help="Write the CSVs as UTF-8 with a BOM, so Excel shows Greek, and tables.xlsx (needs openpyxl).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0, help="Seconds one document may take before it becomes an error record (0: no limit).")] = 600.0,
    follow_links: Annotated[bool, typer.Option("--follow-links", help="Read symbolic links that point out of the input folder (skipped by default).")] = False,
    allow_failures: Annotated[bool, typer.Option("--allow-failures", help="Exit 0 even when some inputs failed (they are in errors.jsonl).")] = False,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Run on a Dask cluster: the scheduler address, e.g. tcp://10.0.0.5:8786 (needs keryx[dask]).")] = None,
    cluster: Annotated[str | None, typer.Option("--cluster", help="Run on a local Dask cluster: local:N for N worker processes (needs keryx[dask]).")] = None,
    model: ModelOpt = None,
    engine: EngineOpt = Engine.spacy,
) -> None:
    """Process a folder: records.jsonl, CSV tables, errors.jsonl, skipped.jsonl, report.html; a rerun resumes.

    Exits 1 when any input failed (unless --allow-failures), 2 on a usage error.
    """
    import re

    from keryx.io.batch import check_extras, run_batch
    from keryx.io.files import display_path, safe_text

    n_local: int | None = None
    if cluster is not None:
        m = re.fullmatch(r"local:(\d+)", cluster.strip())
        if not m or int(m.group(1)) < 1:
            _fail(f"--cluster must be local:N with N >= 1 worker processes, got {cluster!r}", EXIT_INPUT)
        assert m is not None
        n_local = int(m.group(1))
    if scheduler is not None and n_local is not None:
        _fail("give either --scheduler or --cluster, not both", EXIT_INPUT)
    if scheduler is not None and not re.fullmatch(r"(tcp|tls|ws|wss|inproc|ucx)://\S+", scheduler.strip()):
        _fail(f"--scheduler must be an address like tcp://HOST:8786, got {scheduler!r}", EXIT_INPUT)
    try:
        check_extras(parquet=parquet, excel=excel, dask=scheduler is not None or n_local is not None)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)
    if not input_dir.exists():
        _fail(f"input folder not found: {display_path(input_dir)}", EXIT_INPUT)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    try:
        with Progress(TextColumn("[bold]keryx[/bold] {task.description}"), BarColumn(),
                      MofNCompleteColumn(), TimeRemainingColumn(), console=console,
                      disable=quiet, transient=False) as bar:
            task = bar.add_task("extracting", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            result = run_batch(input_dir, output, jobs=jobs, model=str(model) if model else None,
                               publisher=publisher, parquet=parquet, excel=excel, progress=progress,
                               engine=engine.value, timeout=timeout or None, follow_links=follow_links,
                               scheduler=scheduler, cluster=n_local)
    except KeryxError as exc:
        _fail(safe_text(str(exc)), EXIT_INPUT)
    except OSError as exc:
        where = display_path(exc.filename) if exc.filename else display_path(output)
        _fail(f"cannot write {where}: {exc.strerror or exc}", EXIT_ERROR)
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(safe_text(f"internal error: {type(exc).__name__}: {exc} (a keryx bug: please report it)"), EXIT_ERROR)
    shown = display_path(output)
    console.print(f"{result.processed} processed, {result.skipped} already done, "
                  f"{result.failed} failed, {len(result.ignored)} skipped → {shown}"
                  + (f" (see {shown}/errors.jsonl)" if result.failed else "")
                  + (f" (see {shown}/skipped.jsonl)" if result.ignored else ""),
                  markup=False, highlight=False)
    if result.failed and not allow_failures:
        raise typer.Exit(EXIT_ERROR)


evaluate_app = typer.Typer(name="evaluate", no_args_is_help=True,
                           help="Scores: the NER on an IOB2 file, records against gold records.")
app.add_typer(evaluate_app, name="evaluate")


@evaluate_app.command("ner")
def evaluate(
    file: Annotated[Path, typer.Argument(help="IOB2 file (token TAG per line), e.g. elNER18/test.iob2.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    model: ModelOpt = None,
    engine: EngineOpt = Engine.spacy,
) -> None:
    """NER precision, recall and F1 (micro and per label) on an IOB2 file."""
    from keryx.evaluation.ner import evaluate_ner
    from keryx.nlp import load_pipeline

    try:
        if not file.exists():
            _fail(f"file not found: {file}", EXIT_INPUT)
        if engine is Engine.stanza:
            from keryx.engines.stanza import StanzaEngine

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


@evaluate_app.command("records")
@app.command("evaluate-records", hidden=True)  # the old spelling, kept as an alias
def evaluate_records(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold NNN.json files (GUIDE.md format); texts beside them or in ../texts.")],
    records: Annotated[Path | None, typer.Option("--records", "-r", help="Score this records.jsonl (e.g. from keryx batch) instead of extracting.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    ci: Annotated[int, typer.Option("--ci", metavar="ROUNDS", min=0,
                                    help="Add each F1's 90% bootstrap interval (documents drawn with replacement "
                                         "ROUNDS times, e.g. 1000): how far another set of like texts could move it.")] = 0,
    model: ModelOpt = None,
) -> None:
    """Score records against gold records: people, person-role pairs, organisations, places, dates, events."""
    from keryx.evaluation.records import bootstrap_f1, load_gold, read_records
    from keryx.evaluation.records import evaluate_records as score

    try:
        docs = load_gold(gold_dir)
        if not docs:
            _fail(f"no gold NNN.json files in {gold_dir}", EXIT_INPUT)
        if records is not None:
            if not records.is_file():
                _fail(f"records file not found: {records}", EXIT_INPUT)
            recs = read_records(records)
        else:
            from keryx.api import Extractor

            ex = Extractor(model=model)
            # As a user would run it: the text alone, no date or publisher taken from the gold.
            recs = {d.stem: ex.extract_file(d.text).model_dump(mode="json") for d in docs}
        report = score(docs, recs)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)
    intervals = bootstrap_f1([(recs.get(d.stem), d.gold) for d in docs], rounds=ci) if ci else {}
    if as_json:
        out = report.to_json()
        for name, (lo, hi) in intervals.items():
            out[name]["f1_ci90"] = [round(lo, 3), round(hi, 3)]
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Records vs gold ({report.documents} documents, {report.missing} without a record)")
    for col in ("field", "P", "R", "F1", *(("F1 90% interval",) if intervals else ()), "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for name, prf in report.fields.items():
        band = (f"{intervals[name][0]:.3f}-{intervals[name][1]:.3f}",) if intervals else ()
        table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", *band,
                      str(prf.tp), str(prf.fp), str(prf.fn))
    console = Console()
    console.print(table)
    console.print(f"canonical names exact: {report.canonical_name_exact:.3f}; "
                  f"names with markup: {len(report.markup)}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of a keryx record."""
    from keryx.records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def info(model: ModelOpt = None) -> None:
    """Versions, model, pipeline components, entity labels and scores (reads meta.json only)."""
    import platform
    from importlib.metadata import version

    from keryx.lang.el import resources_digest
    from keryx.nlp import default_model_path, read_model_meta

    path = model or default_model_path()
    try:
        meta, components = read_model_meta(path)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)
    labels = list(meta.get("labels", {}).get("ner", []))
    data = {
        "keryx": __version__,
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "model": {"path": str(path), "name": meta.get("name"), "version": meta.get("version"),
                  "license": meta.get("license")},
        "resources": resources_digest(),
        "pipeline": components,
        "labels": sorted(labels) + ["ROLE"],
        "performance": _rounded(meta.get("performance", {})),
    }
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _rounded(value: object, digits: int = 4) -> object:
    """Scores as stored in meta.json carry 16 digits; people read four."""
    if isinstance(value, float):
        return round(value, digits)
    if isinstance(value, dict):
        return {k: _rounded(v, digits) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v, digits) for v in value]
    return value


@app.command()
def train(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (elner/, ud_greek_gdt/, greek_raw/).")] = Path("../shared/data"),
    output: Annotated[Path, typer.Option("--output", "-o", help="Where the shipped pipeline is written.")] = Path("models/keryx_el"),
    work: Annotated[Path, typer.Option("--work", help="Scratch folder for corpora, vectors and checkpoints.")] = Path("training/work"),
    config: Annotated[Path, typer.Option("--config", help="spaCy training config.")] = Path("training/configs/ner.cfg"),
    max_steps: Annotated[int | None, typer.Option(help="Override training.max_steps.")] = None,
    vectors: Annotated[bool, typer.Option("--vectors/--no-vectors", help="Train floret vectors on the raw corpus first.")] = True,
    books_fraction: Annotated[float, typer.Option(help="Share of the e-book corpus used for vectors.")] = 0.5,
    news_weight: Annotated[int, typer.Option(help="Put greek_raw/news.txt.xz in the vector corpus, repeated this many times (0: left out; 3 gave elNER-18 dev 89.84 with --pretrain-news, below the shipped 90.10).")] = 0,
    pretrain: Annotated[bool, typer.Option("--pretrain/--no-pretrain", help="Start the NER's tok2vec from weights pretrained on raw Greek (spacy pretrain, ~47 min; elNER-18 dev +0.3 F1).")] = True,
    pretrain_news: Annotated[bool, typer.Option("--pretrain-news", help="Pretrain on all the news plus 10 % of the Gazette and 4 % of the e-books (4.43 M words, ~35 min) instead.")] = False,
    limit: Annotated[int | None, typer.Option(help="Use only the first N sentences of each split (smoke tests).")] = None,
) -> None:
    """Retrain the NER model from the shared corpora (fixed seeds) and assemble the shipped pipeline.

    Steps: elNER-18 to DocBins, floret vectors on the raw corpus, tok2vec pretraining, NER
    training (best dev checkpoint), scoring on elNER-18 test, assembly into
    --output. Steps whose output is already in --work are reused.
    """
    import logging

    from keryx.evaluation.ner import evaluate_ner
    from keryx.training import ner as training
    from keryx.training.assemble import assemble

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
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of rewriting --model.")] = None,
    work: Annotated[Path, typer.Option("--work", help="Scratch folder (its vectors/ are reused if there).")] = Path("training/work"),
    config: Annotated[Path, typer.Option("--config", help="spaCy training config.")] = Path("training/configs/ud.cfg"),
    max_steps: Annotated[int | None, typer.Option(help="Override training.max_steps.")] = None,
    limit: Annotated[int | None, typer.Option(help="First N docs of each split (smoke tests).")] = None,
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

    from keryx.training import ud

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        if not ud.gdt_file(data, "train").exists():
            _fail(f"no UD_Greek-GDT under {data}: pass --data PATH/TO/shared/data", EXIT_INPUT)
        corpus = work / "ud" / "corpus"
        ud.prepare_ud(data, corpus, limit=limit, with_dev=with_dev)
        from keryx.training import ner as training

        vectors_model = training.ensure_vectors(data, work)
        overrides: dict = {"training.max_steps": max_steps} if max_steps else {}
        if with_dev:  # dev is training data now: no early stopping on it
            overrides["training.patience"] = 0
        if pretrain:
            overrides["paths.init_tok2vec"] = str(training.ensure_pretrained(data, work, vectors_model))
        best = ud.train_ud(config, corpus, vectors_model, work / "ud", overrides,
                           raw_corpus=work / "vectors" / "raw.txt", use_last=with_dev)
        from keryx.evaluation.ud import evaluate_ud

        scores = evaluate_ud(spacy.load(best), ud.gdt_file(data, "test"))
        ud.install_ud(model, best, output, scores)
        typer.echo(f"UD layer added to {output or model}; GDT test UPOS {100 * scores['pos_acc']:.2f}, "
                   f"lemma {100 * scores['lemma_acc']:.2f}, LAS {100 * scores['dep_las']:.2f}")
    except KeryxError as exc:
        _fail(str(exc), EXIT_ERROR)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
