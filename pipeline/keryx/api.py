"""The library entry point: ``Extractor`` turns documents into keryx records.

The spaCy pipeline is loaded once, when the ``Extractor`` is made, and belongs to it:
nothing is loaded at import time and nothing is shared between extractors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypedDict

from keryx import __version__
from keryx.dates.dateline import publication_date
from keryx.errors import EmptyInputError, UsageError
from keryx.events.builder import EventBuilder
from keryx.io.ingest import SourceDocument, read_bytes, read_document
from keryx.io.normalise import NormalisedText, normalise
from keryx.lang.el.text import greek_ratio
from keryx.linking.linker import Linked, Linker
from keryx.records import (
    DateRecord,
    DocumentInfo,
    Entity,
    Event,
    Mention,
    Organisation,
    Participant,
    Person,
    PipelineInfo,
    Place,
    Record,
    Role,
)

ENGINES = ("spacy", "stanza")


class TextMeta(TypedDict, total=False):
    """Per-text metadata for ``Extractor.pipe(..., as_tuples=True)``."""

    published: str | dt.date | None
    publisher: str | None
    path: str | None


def _parse_published(value: str | dt.date | None) -> dt.date | None:
    """A date found in the document's own metadata; unreadable ones are ignored."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _published_arg(value: str | dt.date | None) -> dt.date | None:
    """The caller's ``published``: a mistake there is an error, never silently dropped."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise UsageError(f"published must be a date as YYYY-MM-DD, got {value!r}") from None


class Extractor:
    """Greek press release → :class:`~pipeline.records.Record`.

    >>> ex = Extractor()                       # loads the shipped model once
    >>> rec = ex.extract_text("Ο Δήμαρχος ...", published="2019-10-05")
    >>> rec.people[0].name
    """

    def __init__(self, model: str | Path | None = None, engine: str = "spacy",
                 publisher: str | None = None, *, linguistic: bool = False) -> None:
        """``linguistic=True`` also runs the UD layer (lemmas, morphology, syntax on each Doc)."""
        from keryx.nlp import load_pipeline

        if engine not in ENGINES:
            raise UsageError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
        self.engine = engine
        self.nlp = load_pipeline(model, linguistic=linguistic)
        # stanza gives tokens, lemmas, morphology and dependencies; keryx's NER and rules
        # still run on top (pipeline.stanza_engine). Optional: pip install keryx[stanza].
        self.stanza = None
        if engine == "stanza":
            from keryx.engines.stanza import StanzaEngine

            self.stanza = StanzaEngine()
        self.publisher = publisher
        self.linker = Linker()
        self.events = EventBuilder()
        meta = self.nlp.meta
        self.model_name = f"{meta.get('lang', 'el')}_{meta.get('name', 'keryx')}-{meta.get('version', '0')}"
        if self.stanza is not None:
            self.model_name += " + stanza_el (tokens, lemmas, morphology, syntax)"

    # -- public API -------------------------------------------------------------------------
    def extract_text(self, text: str, *, published: str | dt.date | None = None,
                     publisher: str | None = None, path: str | None = None,
                     fmt: str = "txt") -> Record:
        """Extract a record from text already in memory (treated as a UTF-8 document)."""
        source = read_bytes(text.encode("utf-8"), path=path, fmt=fmt)
        return self.extract_source(source, published=published, publisher=publisher)

    def extract_file(self, path: str | Path, *, published: str | dt.date | None = None,
                     publisher: str | None = None) -> Record:
        return self.extract_source(read_document(path), published=published, publisher=publisher)

    def extract_bytes(self, data: bytes, *, path: str | None = None, fmt: str | None = None,
                      published: str | dt.date | None = None, publisher: str | None = None) -> Record:
        return self.extract_source(read_bytes(data, path=path, fmt=fmt), published=published,
                                   publisher=publisher)

    def pipe(self, texts: Iterable[str] | Iterable[tuple[str, TextMeta]], *, batch_size: int = 16,
             published: str | dt.date | None = None, as_tuples: bool = False) -> Iterator[Record]:
        """Stream records for many texts, batching the NER for speed.

        Like ``nlp.pipe``: with ``as_tuples=True`` each item is ``(text, meta)``, where
        ``meta`` may give that text's ``published``, ``publisher`` and ``path``.
        """
        prepared = []
        for item in texts:
            meta: TextMeta = {}
            if as_tuples:
                text, meta = item  # type: ignore[misc]
            else:
                text = item  # type: ignore[assignment]
            source = read_bytes(text.encode("utf-8"), path=meta.get("path"), fmt="txt")
            prepared.append(self._prepare(source, meta.get("published", published),
                                          meta.get("publisher")))
            if len(prepared) >= batch_size:
                yield from self._run_batch(prepared)
                prepared = []
        if prepared:
            yield from self._run_batch(prepared)

    def extract_source(self, source: SourceDocument, *, published=None, publisher=None) -> Record:
        return next(self._run_batch([self._prepare(source, published, publisher)]))

    # -- internals ----------------------------------------------------------------------------
    def _prepare(self, source: SourceDocument, published, publisher):
        norm = normalise(source.text, source.format)
        if not norm.text.strip():
            raise EmptyInputError(f"{source.path or 'input'}: no text left after normalisation")
        pub = _published_arg(published) or _parse_published(source.published)
        if pub is None:
            pub = publication_date(norm.text)
        return source, norm, pub, publisher or self.publisher

    def _run_batch(self, prepared) -> Iterator[Record]:
        docs = []
        for source, norm, pub, publisher in prepared:
            doc = self.stanza.to_spacy(self.nlp, norm.text) if self.stanza else self.nlp.make_doc(norm.text)
            doc._.published = pub
            doc._.publisher = publisher
            docs.append(doc)
        if self.stanza:
            processed = (self.stanza.apply_pipeline(self.nlp, d) for d in docs)
        else:
            processed = self.nlp.pipe(docs)
        for (source, norm, pub, publisher), doc in zip(prepared, processed):
            yield self._record(source, norm, doc, pub, publisher)

    def _record(self, source: SourceDocument, norm: NormalisedText, doc, pub, publisher) -> Record:
        warnings = list(source.warnings)
        if greek_ratio(norm.text) < 0.5 and not any("Greek" in w for w in warnings):
            warnings.append("text is mostly not Greek: names, roles and dates may be missed")
        if publisher is None:
            publisher = self.linker.detect_publisher(doc)
        linked = self.linker.link(doc, publisher=publisher)
        date_spans = list(doc.spans.get("dates", []))
        dates = [
            DateRecord(text=s.text, start=s.start_char, end=s.end_char, date=s._.iso_date,
                       date_end=s._.iso_date_end, time=s._.time)
            for s in date_spans
        ]
        drafts = self.events.build(doc, linked, dates)
        warnings.extend(doc._.keryx_warnings or [])
        return Record(
            document=DocumentInfo(id=source.id, path=source.path, format=source.format,
                                  encoding=source.encoding, title=source.title or _title(norm.text),
                                  published=pub.isoformat() if pub else None),
            text=norm.text,
            entities=self._entities(doc, linked),
            people=[
                Person(name=p.name, honorific=p.honorific,
                       roles=[Role(title=r.title, organisation=r.organisation,
                                   organisation_ref=r.organisation_ref) for r in p.roles],
                       mentions=[Mention(start=s, end=e) for s, e in p.mentions])
                for p in linked.people
            ],
            organisations=[
                Organisation(name=o.name, aliases=o.aliases,
                             mentions=[Mention(start=s, end=e) for s, e in o.mentions])
                for o in linked.organisations
            ],
            places=[Place(name=p.name, mentions=[Mention(start=s, end=e) for s, e in p.mentions])
                    for p in linked.places],
            dates=dates,
            events=[
                Event(type=d.type, trigger=d.trigger, name=d.name, date=d.date, date_end=d.date_end,
                      time=d.time, location=d.location,
                      participants=[Participant(name=n, role=r, organisation=o) for n, r, o in d.participants],
                      organisations=d.organisations, start=d.start, end=d.end)
                for d in drafts
            ],
            pipeline=PipelineInfo(version=__version__, engine=self.engine, model=self.model_name),
            warnings=warnings,
        )

    @staticmethod
    def _entities(doc, linked: Linked) -> list[Entity]:
        canon: dict[tuple[int, int], str] = {}
        for p in linked.people:
            for s, e in p.mentions:
                canon[(s, e)] = p.name
        for key, person in linked.person_of_span.items():
            canon.setdefault(key, person.name)
        for o in linked.organisations:
            for s, e in o.mentions:
                canon[(s, e)] = o.name
        for pl in linked.places:
            for s, e in pl.mentions:
                canon[(s, e)] = pl.name
        out = [
            Entity(label=e.label_, text=e.text, canonical=canon.get((e.start_char, e.end_char), e.text),
                   start=e.start_char, end=e.end_char)
            for e in doc.ents
        ]
        out += [
            Entity(label="ROLE", text=s.text, canonical=s._.role_title or s.text,
                   start=s.start_char, end=s.end_char)
            for s in doc.spans.get("roles", [])
        ]
        out.sort(key=lambda e: (e.start, e.end))
        return out


def _title(text: str) -> str | None:
    """The first line, when it looks like a headline (short, no full stop at the end)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= 200 and not line.endswith("."):
                return line
            return None
    return None
