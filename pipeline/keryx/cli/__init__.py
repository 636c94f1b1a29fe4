"""The ``keryx`` command (typer); see :mod:`keryx.cli.app`."""
from keryx.cli import view as _view  # noqa: F401  (registers ``keryx view``)
from keryx.cli.app import app

__all__ = ["app"]
