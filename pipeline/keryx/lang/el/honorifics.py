"""Honorifics ("κ.", "της κας", "Δρ"): one table, ``data/honorifics.tsv``, for every stage.

Linking reads the canonical form a record shows, name inflection the case and gender a form
tells, the role and entity rules which words introduce a person.
"""

from __future__ import annotations

from dataclasses import dataclass

from keryx.lang.el import parse_tsv, read_text
from keryx.lang.el.text import fold

__all__ = ["MADAM", "MESSRS", "MISTER", "Honorific", "abbreviations", "parse_honorifics", "read_honorifics",
           "splitter_abbreviations", "RESOURCE"]

RESOURCE = "honorifics.tsv"

# The canonical honorifics (the table's second column) of «κύριος», «κυρία» and their plural «κύριοι»:
# keys into the table, whose rows hold every form written for them.
MISTER, MADAM, MESSRS = "κ.", "κα", "κ.κ."


@dataclass(frozen=True)
class Honorific:
    form: str
    key: str  # folded form
    canonical: str
    case: str | None  # "nom"/"gen"/"acc"
    gender: str | None  # "m"/"f"
    abbreviation: bool = False  # the fifth column's "abbr": the sentence splitter keeps it whole


def parse_honorifics(text: str) -> tuple[Honorific, ...]:
    """The rows of an honorifics table given as text (the package's or a model's copy)."""
    out = []
    for row in parse_tsv(text):
        form, canonical, case, gender, splitter = (row + ["-", "-", "-"])[:5]
        out.append(Honorific(form, fold(form), canonical, None if case == "-" else case,
                             None if gender == "-" else gender, splitter == "abbr"))
    return tuple(out)


def read_honorifics() -> tuple[Honorific, ...]:
    """The packaged honorifics table."""
    return parse_honorifics(read_text(RESOURCE))


def abbreviations(rows: tuple[Honorific, ...], canonicals: tuple[str, ...] = (MISTER, MADAM, MESSRS)) -> tuple[str, ...]:
    """The forms of ``canonicals`` that the table writes with a full stop ("κ.", "κα.", "κας.", "κ.κ.",
    "κκ."), as it writes them, in its order: the abbreviations whose period is no sentence's end."""
    return tuple(h.form for h in rows if h.canonical in canonicals and h.form.endswith("."))


def splitter_abbreviations(rows: tuple[Honorific, ...]) -> tuple[str, ...]:
    """The forms the table marks "abbr" ("κ.", "κα", "κ.κ.", "Δρ.", ...), as written, in its order: the
    sentence splitter keeps each as one token and ends no sentence after it (it adds the capitalised
    form of one written in lower case)."""
    return tuple(h.form for h in rows if h.abbreviation)
