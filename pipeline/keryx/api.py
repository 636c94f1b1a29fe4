"""The library entry point: ``Extractor`` turns documents into keryx records.

The spaCy pipeline is loaded once, when the ``Extractor`` is made, and belongs to it:
nothing is loaded at import time and nothing is shared between extractors.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypedDict, cast

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc

from keryx import __version__
from keryx.dates.dateline import publication_date
from keryx.errors import EmptyInputError, UsageError
from keryx.events.builder import EventBuilder
from keryx.io.ingest import SourceDocument, read_bytes, read_document
from keryx.io.normalise import NormalisedText, normalise
from keryx.lang.el import resources_digest
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


# What _prepare hands to _run_batch: the source, its normalised text, publication date, publisher.
_Prepared = tuple[SourceDocument, NormalisedText, "dt.date | None", "str | None"]


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
        from keryx.nlp import load_pipeline, treebank_common_words

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
        # a one-word bare PERSON that the treebank knows only as a common word is that word ("Όπως")
        self.linker.people.common_forms = treebank_common_words(self.nlp)
        self.linker.places.common_forms = self.linker.people.common_forms
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
            text: str
            if as_tuples:
                text, meta = cast("tuple[str, TextMeta]", item)
            else:
                text = cast(str, item)
            source = read_bytes(text.encode("utf-8"), path=meta.get("path"), fmt="txt")
            prepared.append(self._prepare(source, meta.get("published", published),
                                          meta.get("publisher")))
            if len(prepared) >= batch_size:
                yield from self._run_batch(prepared)
                prepared = []
        if prepared:
            yield from self._run_batch(prepared)

    def extract_source(self, source: SourceDocument, *, published: str | dt.date | None = None,
                       publisher: str | None = None) -> Record:
        return next(self._run_batch([self._prepare(source, published, publisher)]))

    # -- internals ----------------------------------------------------------------------------
    def _prepare(self, source: SourceDocument, published: str | dt.date | None,
                 publisher: str | None) -> _Prepared:
        norm = normalise(source.text, source.format)
        if not norm.text.strip():
            raise EmptyInputError(f"{source.path or 'input'}: no text left after normalisation")
        pub = _published_arg(published) or _parse_published(source.published)
        if pub is None:
            pub = publication_date(norm.text[:DATELINE_CHARS])  # bounded: a text may have no line break
        return source, norm, pub, publisher or self.publisher

    def _run_batch(self, prepared: list[_Prepared]) -> Iterator[Record]:
        if self.stanza:
            docs = []
            for source, norm, pub, publisher in prepared:
                doc = self.stanza.to_spacy(self.nlp, norm.text)
                doc._.published = pub
                doc._.publisher = publisher
                docs.append(doc)
            processed: Iterable = (self.stanza.apply_pipeline(self.nlp, d) for d in docs)
        else:
            processed = self._pipe_pieces(prepared)
        for (source, norm, pub, publisher), doc in zip(prepared, processed):
            yield self._record(source, norm, doc, pub, publisher)

    # -- long texts: bounded cost per document ------------------------------------------------
    def _pipe_pieces(self, prepared: list) -> Iterator[Doc]:
        """One processed Doc per prepared document, the pipeline run over all of them together.

        A text longer than PIECE_CHARS is cut into pieces (at paragraph, line, sentence or word
        ends) that run through the pipeline as documents of their own and are joined back into
        one Doc with the original offsets: the network's memory and every component's cost stay
        those of a short document, and spaCy's max_length is never reached. A run of more than
        MAX_RUN characters without a space is tokenised in parts (spaCy's tokenizer is
        quadratic on such a run).
        """
        ranges = [text_pieces(norm.text) for _, norm, _, _ in prepared]

        def piece_docs() -> Iterator[Doc]:  # made as the pipeline asks for them: memory stays flat
            for (_, norm, pub, publisher), pieces in zip(prepared, ranges):
                for start, end in pieces:
                    doc = self._make_doc(norm.text[start:end])
                    doc._.published = pub
                    doc._.publisher = publisher
                    yield doc

        # Batches of about BATCH_CHARS characters: the networks' memory grows with the batch.
        longest = max((end - start for pieces in ranges for start, end in pieces), default=1)
        n_docs = sum(len(pieces) for pieces in ranges)
        out = self.nlp.pipe(piece_docs(), batch_size=max(1, min(n_docs, 64, BATCH_CHARS // max(longest, 1))))
        for pieces, (_, _, pub, publisher) in zip(ranges, prepared):
            if len(pieces) == 1:
                yield _trim_entities(next(out))
                continue
            joiner = _Joiner(self.nlp.vocab)
            for start, _ in pieces:
                joiner.add(next(out), start)  # each piece is copied out and dropped at once
            yield _trim_entities(joiner.doc(pub, publisher))

    def _make_doc(self, text: str) -> Doc:
        """``nlp.make_doc``, except that runs of more than MAX_RUN non-space characters are
        tokenised MAX_RUN characters at a time (same text, same offsets)."""
        cuts = run_cuts(text)
        if not cuts:
            return self.nlp.make_doc(text)
        from spacy.tokens import Doc

        bounds = [0, *cuts, len(text)]
        return Doc.from_docs([self.nlp.make_doc(text[a:b]) for a, b in zip(bounds, bounds[1:])],
                             ensure_whitespace=False)

    def _record(self, source: SourceDocument, norm: NormalisedText, doc: Doc, pub: dt.date | None,
                publisher: str | None) -> Record:
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
            places=[Place(name=p.name, aliases=list(p.aliases), mentions=[Mention(start=s, end=e) for s, e in p.mentions])
                    for p in linked.places],
            dates=dates,
            events=[
                Event(type=d.type, trigger=d.trigger, name=d.name, date=d.date, date_end=d.date_end,
                      time=d.time, location=d.location,
                      participants=[Participant(name=n, role=r, organisation=o) for n, r, o in d.participants],
                      organisations=d.organisations, start=d.start, end=d.end)
                for d in drafts
            ],
            pipeline=PipelineInfo(version=__version__, engine=cast(Literal["spacy", "stanza"], self.engine),
                                  model=self.model_name, resources=resources_digest()),
            warnings=warnings,
        )

    @staticmethod
    def _entities(doc: Doc, linked: Linked) -> list[Entity]:
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


PIECE_CHARS = 20_000
"""Texts longer than this are processed in pieces of about this size (a long press release
is around 10,000 characters, so almost every document is processed whole)."""
DATELINE_CHARS = 4_000
"""The dateline is looked for in the first lines, never further than this."""
BATCH_CHARS = 30_000
"""About how many characters go through the networks at once."""
MAX_RUN = 500
"""Runs of non-space characters longer than this are tokenised in parts."""
_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


def text_pieces(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) ranges that cover ``text`` exactly, each at most about ``size`` characters.

    A piece ends after a paragraph break if there is one in its second half, else after a line
    break, a sentence end (". ", "; ", "! ", "? "), any space, and only as a last resort inside
    a word; the whitespace at a cut stays with the piece before it. Linear in the text.
    """
    size = size or PIECE_CHARS
    n = len(text)
    if n <= size * 1.5:
        return [(0, n)]
    pieces = []
    start = 0
    while n - start > size * 1.5:
        lo, hi = start + size // 2, start + size
        end = -1
        for sep in ("\n\n", "\n", ". ", "; ", "! ", "? ", "· ", " ", "\t"):
            k = text.rfind(sep, lo, hi)
            if k >= 0:
                end = k + len(sep)
                break
        if end < 0:
            end = hi
        while end < n and text[end].isspace():
            end += 1
        pieces.append((start, end))
        start = end
    pieces.append((start, n))
    return pieces


def run_cuts(text: str) -> list[int]:
    """Offsets at which long runs of non-space characters are cut for the tokenizer."""
    if len(text) <= MAX_RUN:
        return []
    cuts: list[int] = []
    for m in _RUN.finditer(text):
        cuts.extend(range(m.start() + MAX_RUN, m.end(), MAX_RUN))
    return cuts


def _trim_entities(doc: Doc) -> Doc:
    """No entity starts or ends with a whitespace token (the NER sometimes takes the line
    break after a heading in capitals: "ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ\\n")."""
    ents = doc.ents
    if not any(e[0].is_space or e[-1].is_space for e in ents):
        return doc
    from spacy.tokens import Span

    kept = []
    for e in ents:
        start, end = e.start, e.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            kept.append(e if (start, end) == (e.start, e.end)
                        else Span(doc, start, end, label=e.label, kb_id=e.kb_id, span_id=e.id))
    doc.ents = kept
    return doc


class _Joiner:
    """One Doc from consecutive processed pieces of a text, with the original offsets.

    Like ``Doc.from_docs``, but each piece is copied into compact lists as it arrives and then
    dropped, and the token attributes go into one column-major array that ``Doc.from_array``
    reads without a transposed copy: for a 10-million-character text this is the difference
    between holding the text's tokens once and holding them three or four times.
    """

    def __init__(self, vocab) -> None:  # type: ignore[no-untyped-def]
        self.vocab = vocab
        self.orths: list = []  # token texts as string-store ids: 8 bytes a token, not a str object
        self.spaces: list[bool] = []
        self.arrays: list = []
        self.spans: dict[str, list[tuple]] = {}
        self.user_data: dict = {}
        self.notes: list[str] = []

    def add(self, piece, offset: int) -> None:  # type: ignore[no-untyped-def]
        from spacy.attrs import ORTH

        self.orths.append(piece.to_array(ORTH))
        self.spaces.extend(bool(t.whitespace_) for t in piece)
        self.arrays.append(piece.to_array(_join_attrs()))
        for key, value in piece.user_data.items():
            # Span and token extension values are keyed by character offsets; Doc-level ones
            # (start None) are set again on the joined Doc.
            if isinstance(key, tuple) and len(key) == 4 and key[0] == "._." and key[2] is not None:
                kind, name, start, end = key
                self.user_data[(kind, name, start + offset, None if end is None else end + offset)] = value
        for name, group in piece.spans.items():
            self.spans.setdefault(name, []).extend(
                (s.start_char + offset, s.end_char + offset, s.label, s.kb_id, s.id) for s in group)
        for w in piece._.keryx_warnings or []:
            if w not in self.notes:
                self.notes.append(w)

    def doc(self, pub, publisher):  # type: ignore[no-untyped-def]
        from spacy.tokens import Doc

        strings = self.vocab.strings
        words = [strings[h] for part in self.orths for h in part.tolist()]
        self.orths = []
        doc = Doc(self.vocab, words=words, spaces=self.spaces, user_data=self.user_data)
        del words
        self.spaces = []
        attrs = _join_attrs()
        values = numpy.empty((len(doc), len(attrs)), dtype="uint64", order="F")
        row = 0
        self.arrays.reverse()
        while self.arrays:  # copied and freed one piece at a time
            part = self.arrays.pop()
            values[row:row + len(part)] = part
            row += len(part)
        doc.from_array(attrs, values)  # type: ignore[arg-type]  # spaCy's stubs want a list and Ints2d
        del values
        for name, items in self.spans.items():
            group = []
            for start, end, label, kb_id, span_id in items:
                span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)
                if span is not None:  # the pieces' tokens are the joined Doc's: always found
                    group.append(span)
            doc.spans[name] = group
        doc._.published = pub
        doc._.publisher = publisher
        doc._.keryx_warnings = self.notes or None
        return doc


def _join_attrs() -> tuple[int, ...]:
    """The token attributes a joined Doc takes from its pieces (text and spaces come from the words)."""
    from spacy.attrs import LENGTH, ORTH, SPACY
    from spacy.tokens import Doc

    return tuple(a for a in Doc._get_array_attrs() if a not in (LENGTH, SPACY, ORTH))


def _title(text: str) -> str | None:
    """The first line, when it looks like a headline (short, no full stop at the end)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= 200 and not line.endswith("."):
                return line
            return None
    return None
