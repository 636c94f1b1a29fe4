"""The ``keryx`` command (typer); see :mod:`keryx.cli.app`."""
from keryx.cli.app import app

__all__ = ["app"]
