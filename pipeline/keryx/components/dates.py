"""``keryx_dates``: Greek dates and times in ``doc.spans["dates"]``, with ISO values.

The calendar vocabulary (``dates.json``) is saved with the model, so a saved pipeline keeps
reading dates the way it did when it was saved.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from keryx.components.resources import ResourceBacked, ResourceCopy
from keryx.dates.finder import finder_for as _finder
from keryx.dates.lexicon import RESOURCE
from keryx.extensions import doc_text, register_extensions


@Language.factory("keryx_dates")
class DateAnnotator(ResourceBacked):
    """spaCy component: find_dates over doc.text into doc.spans["dates"] with ISO attributes."""

    RESOURCES = (RESOURCE,)

    def __init__(self, nlp: Language, name: str = "keryx_dates") -> None:
        register_extensions()
        self.name = name
        self.resources = ResourceCopy(self.RESOURCES)
        self._build()

    def _build(self) -> None:
        self._finder = _finder(self.resources[RESOURCE])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        warnings: list[str] = []
        for m in self._finder.find(doc_text(doc), doc._.published):
            label = "TIME" if m.date is None and m.time is not None and not m.relative else "DATE"
            span = doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
            if span is None:
                continue
            span._.iso_date = m.date
            span._.iso_date_end = m.date_end
            span._.time = m.time
            span._.year_from = m.year_from
            span._.weekday_fits = m.weekday_fits
            spans.append(span)
            warnings.extend(m.warnings)
        doc.spans["dates"] = spans
        if warnings:
            if doc._.keryx_warnings is None:
                doc._.keryx_warnings = []
            doc._.keryx_warnings.extend(w for w in dict.fromkeys(warnings) if w not in doc._.keryx_warnings)
        return doc
