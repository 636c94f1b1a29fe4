"""``keryx view``: one document as a self-contained HTML page (entities highlighted, cards beside)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from keryx.cli.app import EXIT_INPUT, Engine, EngineOpt, ModelOpt, _fail, app
from keryx.errors import KeryxError


def _record_file(path: Path) -> dict | None:
    """A keryx record saved as JSON (``keryx extract -o``, ``records/<id>.json``), else None."""
    if path.suffix.lower() != ".json":
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if isinstance(data, dict) and "schema_version" in data and "document" in data and "text" in data:
        from keryx.records import Record

        return Record.model_validate(data).model_dump(mode="json")
    return None


@app.command()
def view(
    file: Annotated[Path, typer.Argument(help="A document (.txt, .md, .html, .docx, .pdf, .eml) or a saved record (.json).")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The HTML page to write (default: FILE's name + .keryx.html, here).")] = None,
    open_page: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    publisher: Annotated[Optional[str], typer.Option(help="Issuing body, e.g. \"Δήμος Χερσονήσου\".")] = None,
    model: ModelOpt = None,
    engine: EngineOpt = Engine.spacy,
) -> None:
    """Write one document's record as an HTML page: the text with its entities highlighted, and cards."""
    from keryx.io.atomic import atomic_write
    from keryx.report import render_view

    if not file.exists():
        _fail(f"file not found: {file}", EXIT_INPUT)
    if published is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"--published must be a date as YYYY-MM-DD, got {published!r}", EXIT_INPUT)
    try:
        record: Any = _record_file(file)
        if record is None:
            from keryx.api import Extractor

            ex = Extractor(model=model, engine=engine.value, publisher=publisher)
            record = ex.extract_file(file, published=published)
    except KeryxError as exc:
        _fail(str(exc), EXIT_INPUT)
    except ValueError as exc:  # a .json that looks like a record but is not a valid one
        _fail(f"{file} is not a valid keryx record: {str(exc).splitlines()[0]}", EXIT_INPUT)
    target = output or Path(f"{file.stem}.keryx.html")
    atomic_write(target, render_view(record))
    typer.echo(str(target))
    if open_page:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())
