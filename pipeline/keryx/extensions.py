"""Custom spaCy attributes, declared once, idempotently, before any pipeline is built."""

from __future__ import annotations

import weakref

from keryx._torchless import hide_torch_from_thinc

hide_torch_from_thinc()  # before anything imports spaCy (and so thinc)

from spacy.tokens import Doc, Span, Token


def register_extensions() -> None:
    """Declare keryx's Doc/Span/Token extensions (safe to call many times)."""
    doc_ext = {
        "published": None,    # datetime.date of publication, if known (for relative dates)
        "publisher": None,    # canonical name of the issuing organisation, if known
        "keryx_warnings": None,  # list[str], created lazily
    }
    span_ext = {
        "canonical": None,    # nominative / normal form of a name or role
        "iso_date": None,     # date spans: "YYYY-MM-DD" or "YYYY-MM"
        "iso_date_end": None,
        "time": None,         # "HH:MM"
        "year_from": None,    # date spans: "paragraph" when the year is only the paragraph's
        "weekday_fits": False,  # date spans: a year-less day's written weekday falls on the year it took
        "role_title": None,   # role spans: nominative title with qualifier
        "role_plural": None,  # role spans: True for a plural form ("οι βουλευτές", "των Εισαγγελέων")
        "role_gender": None,  # role spans: "f" when the form itself is feminine ("Καθηγήτρια")
        "role_cases": None,   # role spans: the cases the form can be in ({"gen", "acc"} for "βουλευτή")
        "organisation_ref": None,  # "publisher" when the role's organisation is "ours"
        "event_type": None,   # event trigger spans
    }
    for name, default in doc_ext.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in span_ext.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Token.has_extension("fold"):
        from keryx.lang.el.text import fold

        Token.set_extension("fold", getter=lambda t: fold(t.text))


_last_text: tuple[weakref.ref[Doc], str] | None = None  # the last Doc read (weakly: it may go) and its text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each read (a whole pass
    over the Doc), and the rules read it a dozen times a document. A Doc's text never changes
    (retokenising keeps it), so the last Doc's is kept, by a weak reference that lets the Doc go."""
    global _last_text
    last = _last_text
    if last is not None and last[0]() is doc:
        return last[1]
    text = doc.text
    _last_text = (weakref.ref(doc), text)
    return text
