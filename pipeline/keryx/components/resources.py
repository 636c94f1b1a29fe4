"""The resource files a rule component is built from, kept with it and saved in the model.

A component reads its lexicons from the package when it is made; ``nlp.to_disk`` writes
those texts into the component's folder of the model and ``spacy.load`` reads them back,
so a saved model keeps the lexicons it was saved with even when a TSV in the package
changes later. A model saved before this existed has no such folder: its components keep
the package's data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from typing_extensions import Self

import keryx.lang.el as lang_el

__all__ = ["ResourceBacked", "ResourceCopy"]


class ResourceCopy:
    """Name → text of the resource files one component uses."""

    def __init__(self, names: Sequence[str]) -> None:
        self.texts: dict[str, str] = {name: lang_el.read_text(name) for name in names}

    def __getitem__(self, name: str) -> str:
        return self.texts[name]

    def to_disk(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, text in self.texts.items():
            (path / name).write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path) -> bool:
        """Read the copies saved in ``path``; True if any differs from the texts held.

        False when the model has none, or holds the same texts as the package (the shipped
        model): then the component need not build its lexicons a second time at load.
        """
        path = Path(path)
        if not path.is_dir():
            return False
        changed = False
        for name in self.texts:
            if (path / name).is_file():
                text = (path / name).read_text(encoding="utf-8")
                if text != self.texts[name]:
                    self.texts[name] = text
                    changed = True
        return changed

    def to_bytes(self) -> bytes:
        import srsly

        data: bytes = srsly.msgpack_dumps(self.texts)
        return data

    def from_bytes(self, data: bytes) -> None:
        import srsly

        texts = srsly.msgpack_loads(data)
        self.texts.update({k: v for k, v in texts.items() if k in self.texts})

    @staticmethod
    def union(*groups: Iterable[str]) -> tuple[str, ...]:
        """Resource names of several lexicons, each once, in order."""
        return tuple(dict.fromkeys(name for group in groups for name in group))


def refresh_model_resources(model_dir: str | Path) -> list[Path]:
    """Write the package's current resource files into a saved model's rule-component folders.

    A saved model keeps the lexicons it was saved with; after editing a resource file (a new
    role in ``roles.tsv``), this puts the edit into the model (then bump the model's version
    in ``meta.json``). Trained weights are not touched. Returns the folders written.

        python -c "from keryx.components.resources import refresh_model_resources as r; r('models/keryx_el')"
    """
    from spacy.util import load_config

    import keryx.components  # noqa: F401  (the component classes below register their factories)
    from keryx.components.dates import DateAnnotator
    from keryx.components.entity_rules import EntityRules
    from keryx.components.roles import RolesComponent
    from keryx.components.sentences import KeryxSentencizer

    by_factory: dict[str, Sequence[str]] = {
        "keryx_sentences": KeryxSentencizer.RESOURCES,
        "keryx_dates": DateAnnotator.RESOURCES,
        "keryx_roles": RolesComponent.RESOURCES,
        "keryx_entity_rules": EntityRules.RESOURCES,
    }
    model_dir = Path(model_dir)
    config = load_config(model_dir / "config.cfg")
    written: list[Path] = []
    for name in config["nlp"]["pipeline"]:
        names = by_factory.get(config["components"][name].get("factory", ""))
        if names is not None:
            ResourceCopy(names).to_disk(model_dir / name)
            written.append(model_dir / name)
    return written


class ResourceBacked:
    """spaCy serialisation for a rule component built from a :class:`ResourceCopy`.

    The component sets ``self.resources`` and defines ``_build()``, which makes its lexicons
    from those texts; saving writes the texts, loading reads them back and rebuilds.
    """

    resources: ResourceCopy

    def _build(self) -> None:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.resources.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        if self.resources.from_disk(path):
            self._build()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.resources.to_bytes()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        self.resources.from_bytes(data)
        self._build()
        return self
