"""The package's templates and static files, read once and inlined into each page (no CDN)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from pathlib import Path

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def static(name: str) -> str:
    """A file from ``static/`` (CSS or JavaScript), to be inlined."""
    return (HERE / "static" / name).read_text("utf-8")


@lru_cache(maxsize=1)
def environment() -> Any:
    """The jinja2 environment over ``templates/`` (jinja2 comes with spaCy), autoescaping HTML."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                             autoescape=jinja2.select_autoescape(["html", "j2"]),
                             trim_blocks=True, lstrip_blocks=True)
    env.globals["static"] = static
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
