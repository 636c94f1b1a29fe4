"""One document's view page: its text with the entities highlighted, and cards for what was found.

The text is drawn by spaCy's displacy from the record alone (``manual=True``: the record's
``text`` and entity offsets), so a view shows exactly what the record says, for any input
format. displacy draws one layer of spans, so overlapping spans are resolved here: ROLE spans
win (a role such as "Δήμαρχος Ηρακλείου" is marked whole, the place inside it is named in its
tooltip), then the longer entity; mentions and dates the NER did not label are added where
they do not overlap. Every card's mention links to the mark that holds it (``#s<n>``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from keryx.report.assets import render

# displacy's own colours for its labels; ours for the labels keryx adds.
EXTRA_COLORS = {"ROLE": "#fde68a", "TRIGGER": "#e9d5ff", "TIME": "#bfe1d9", "FAC": "#ddd", "LAW": "#ffd8b1",
                "PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "LOC": "#ff9561", "DATE": "#bfe1d9"}

ENT_TEMPLATE = (
    '<mark class="entity {css}" id="{anchor}" data-label="{label}" data-start="{start}" data-end="{end}" '
    'title="{tip}" style="background: {bg}; padding: 0.3em 0.45em; margin: 0 0.15em; line-height: 1; '
    'border-radius: 0.35em;">{text}<span class="ent-label">{label}{kb_link}</span></mark>'
)

PRIORITY = {"ROLE": 0, "entity": 1, "mention": 2, "date": 2, "trigger": 3}


@dataclass
class _Span:
    start: int
    end: int
    label: str
    kind: str
    canonical: str | None = None
    anchor: str = ""
    inner: tuple[str, ...] = ()


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _trigger_offset(record: dict, ev: dict) -> tuple[int, int] | None:
    """Where an event's trigger word is, within the event's span."""
    text = record["text"]
    if not ev.get("trigger"):
        return None
    pos = text.find(ev["trigger"], ev["start"], max(ev["end"], ev["start"] + len(ev["trigger"])))
    if pos < 0:
        pos = text.lower().find(ev["trigger"].lower(), ev["start"], ev["end"])
    return (pos, pos + len(ev["trigger"])) if pos >= 0 else None


def layout_spans(record: dict) -> list[_Span]:
    """The non-overlapping spans displacy draws, in text order, each with an anchor id."""
    text_len = len(record["text"])
    candidates: list[_Span] = []
    for e in record["entities"]:
        kind = "ROLE" if e["label"] == "ROLE" else "entity"
        candidates.append(_Span(e["start"], e["end"], e["label"], kind, e.get("canonical")))
    for key, label in (("people", "PERSON"), ("organisations", "ORG"), ("places", "GPE")):
        for item in record[key]:
            for m in item["mentions"]:
                candidates.append(_Span(m["start"], m["end"], label, "mention", item["name"]))
    for d in record["dates"]:
        label = "DATE" if d.get("date") else "TIME"
        candidates.append(_Span(d["start"], d["end"], label, "date", d.get("date") or d.get("time")))
    for ev in record["events"]:
        where = _trigger_offset(record, ev)
        if where:
            candidates.append(_Span(*where, "TRIGGER", "trigger", ev["type"]))
    candidates = [c for c in candidates if 0 <= c.start < c.end <= text_len]
    candidates.sort(key=lambda c: (PRIORITY[c.kind], -(c.end - c.start), c.start))
    chosen: list[_Span] = []
    for c in candidates:
        clash = [s for s in chosen if _overlaps(s.start, s.end, c.start, c.end)]
        if not clash:
            chosen.append(c)
        elif c.kind == "entity":
            for s in clash:
                if s.kind == "ROLE" and s.start <= c.start and c.end <= s.end:
                    s.inner += (f"{c.label} {record['text'][c.start:c.end]}",)
    chosen.sort(key=lambda s: (s.start, s.end))
    for n, s in enumerate(chosen):
        s.anchor = f"s{n}"
    return chosen


def _target(spans: list[_Span], start: int, end: int) -> str | None:
    """The anchor of the drawn span that holds (or overlaps) a mention."""
    for s in spans:
        if s.start <= start < s.end:
            return s.anchor
    for s in spans:
        if _overlaps(s.start, s.end, start, end):
            return s.anchor
    return None


def label_colors() -> dict[str, str]:
    """displacy's colours for its labels, ours for the labels keryx adds."""
    from spacy.displacy.render import DEFAULT_LABEL_COLORS

    return {**DEFAULT_LABEL_COLORS, **EXTRA_COLORS}


def highlighted_text(record: dict, spans: list[_Span]) -> str:
    """The record's text as displacy HTML (entity style), one ``<mark>`` per span."""
    from spacy import displacy

    text = record["text"]
    ents = []
    for s in spans:
        tip = s.label + (f": {s.canonical}" if s.canonical and s.canonical != text[s.start:s.end] else "")
        if s.inner:
            tip += " (" + "; ".join(s.inner) + ")"
        css = {"ROLE": "role", "TRIGGER": "trigger"}.get(s.label, "ent")
        ents.append({"start": s.start, "end": s.end, "label": s.label,
                     "params": {"anchor": s.anchor, "start": s.start, "end": s.end, "css": css,
                                "tip": html.escape(tip, quote=True)}})
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, page=False,
                           jupyter=False, options={"template": ENT_TEMPLATE, "colors": label_colors()})


def _mentions(spans: list[_Span], record: dict, mentions: list[dict]) -> list[dict[str, Any]]:
    text = record["text"]
    return [{"text": text[m["start"]:m["end"]], "start": m["start"], "end": m["end"],
             "anchor": _target(spans, m["start"], m["end"])} for m in mentions]


def view_context(record: dict, *, people_documents: dict[str, int] | None = None) -> dict[str, Any]:
    """Everything the view template draws, computed from the record (a dict, as in JSON)."""
    spans = layout_spans(record)
    people = []
    for p in record["people"]:
        people.append({**p, "mention_links": _mentions(spans, record, p["mentions"]),
                       "batch_documents": (people_documents or {}).get(p.get("id") or "", 0)})
    organisations = [{**o, "mention_links": _mentions(spans, record, o["mentions"])}
                     for o in record["organisations"]]
    places = [{**pl, "mention_links": _mentions(spans, record, pl["mentions"])} for pl in record["places"]]
    dates = [{**d, "anchor": _target(spans, d["start"], d["end"])} for d in record["dates"]]
    events = []
    for ev in record["events"]:
        where = _trigger_offset(record, ev) or (ev["start"], ev["end"])
        events.append({**ev, "anchor": _target(spans, *where)})
    labels = sorted({s.label for s in spans})
    return {
        "record": record, "doc": record["document"], "text_html": highlighted_text(record, spans),
        "people": people, "organisations": organisations, "places": places, "dates": dates,
        "events": events, "labels": [(lab, label_colors().get(lab, "#ddd")) for lab in labels],
        "counts": {k: len(record[k]) for k in ("entities", "people", "organisations", "places", "dates",
                                               "events")},
    }


def render_view(record: Any, *, back_link: str | None = None,
                people_documents: dict[str, int] | None = None) -> str:
    """A self-contained HTML page for one record (a :class:`~keryx.records.Record` or its dict).

    ``back_link`` adds a link back to a batch report; ``people_documents`` (person id → number
    of documents in the batch) adds "in N documents" to the people cards.
    """
    if hasattr(record, "model_dump"):
        record = record.model_dump(mode="json")
    return render("view.html.j2", back_link=back_link, **view_context(record, people_documents=people_documents))
