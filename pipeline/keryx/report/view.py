"""One document's view page: its text with the entities highlighted, and cards for what was found.

The text is drawn by spaCy's displacy from the record alone (``manual=True``: the record's
``text`` and entity offsets), so a view shows exactly what the record says, for any input
format. displacy draws one layer of spans, so overlapping spans are resolved here: ROLE spans
win (a role such as "Δήμαρχος Ηρακλείου" is marked whole, the place inside it is named in its
tooltip), then the longer entity; mentions and dates the NER did not label are added where
they do not overlap. Every card's mention links to the mark that holds it (``#s<n>``).
"""

from __future__ import annotations

import bisect
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
    starts: list[int] = []  # the chosen spans never overlap, so sorted by start they are sorted by end
    chosen: list[_Span] = []
    for c in candidates:
        i = bisect.bisect_left(starts, c.end)
        clash = []
        j = i - 1
        while j >= 0 and chosen[j].end > c.start:
            clash.append(chosen[j])
            j -= 1
        if not clash:
            starts.insert(i, c.start)
            chosen.insert(i, c)
        elif c.kind == "entity":
            for s in clash:
                if s.kind == "ROLE" and s.start <= c.start and c.end <= s.end:
                    s.inner += (f"{c.label} {record['text'][c.start:c.end]}",)
    for n, s in enumerate(chosen):
        s.anchor = f"s{n}"
    return chosen


def _target(spans: list[_Span], start: int, end: int, starts: list[int] | None = None) -> str | None:
    """The anchor of the drawn span that holds (or overlaps) a mention; ``spans`` in text order."""
    starts = starts if starts is not None else [s.start for s in spans]
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and spans[i].end > start:
        return spans[i].anchor
    if i + 1 < len(spans) and spans[i + 1].start < end:
        return spans[i + 1].anchor
    return None


def label_colors() -> dict[str, str]:
    """displacy's colours for its labels, ours for the labels keryx adds."""
    from spacy.displacy.render import DEFAULT_LABEL_COLORS

    return {**DEFAULT_LABEL_COLORS, **EXTRA_COLORS}


CHUNK = 4000  # characters per displacy call: its renderer grows one string, slow on long texts


def _chunks(text: str, spans: list[_Span]) -> list[tuple[int, int]]:
    """Cut the text at line ends that no span crosses, into pieces of about CHUNK characters."""
    cuts, begin, k = [], 0, 0
    while len(text) - begin > CHUNK:
        cut = text.find("\n", begin + CHUNK)
        while cut >= 0:
            while k < len(spans) and spans[k].end <= cut:
                k += 1
            if k == len(spans) or spans[k].start > cut:
                break
            cut = text.find("\n", spans[k].end)
        if cut < 0:
            break
        cuts.append((begin, cut))
        begin = cut + 1
    cuts.append((begin, len(text)))
    return cuts


def highlighted_text(record: dict, spans: list[_Span]) -> str:
    """The record's text as displacy HTML (entity style), one ``<mark>`` per span.

    A long text is drawn a few thousand characters at a time (cut at line ends), so the cost
    stays linear in its length.
    """
    from spacy import displacy

    text = record["text"]
    ents: list[dict[str, Any]] = []
    for s in spans:
        tip = s.label + (f": {s.canonical}" if s.canonical and s.canonical != text[s.start:s.end] else "")
        if s.inner:
            tip += " (" + "; ".join(s.inner) + ")"
        css = {"ROLE": "role", "TRIGGER": "trigger"}.get(s.label, "ent")
        ents.append({"start": s.start, "end": s.end, "label": s.label,
                     "params": {"anchor": s.anchor, "start": s.start, "end": s.end, "css": css,
                                "tip": html.escape(tip, quote=True)}})
    options = {"template": ENT_TEMPLATE, "colors": label_colors()}
    parts, k = [], 0
    for begin, end in _chunks(text, spans):
        piece = []
        while k < len(ents) and ents[k]["start"] < end:
            piece.append({**ents[k], "start": ents[k]["start"] - begin, "end": ents[k]["end"] - begin})
            k += 1
        parts.append(displacy.render({"text": text[begin:end], "ents": piece, "title": None}, style="ent",
                                     manual=True, page=False, jupyter=False, options=options))
    return "\n".join(parts)


def _mentions(spans: list[_Span], starts: list[int], record: dict, mentions: list[dict]) -> list[dict[str, Any]]:
    text = record["text"]
    return [{"text": text[m["start"]:m["end"]], "start": m["start"], "end": m["end"],
             "anchor": _target(spans, m["start"], m["end"], starts)} for m in mentions]


def view_context(record: dict, *, people_documents: dict[str, int] | None = None) -> dict[str, Any]:
    """Everything the view template draws, computed from the record (a dict, as in JSON)."""
    spans = layout_spans(record)
    starts = [s.start for s in spans]
    people = []
    for p in record["people"]:
        people.append({**p, "mention_links": _mentions(spans, starts, record, p["mentions"]),
                       "batch_documents": (people_documents or {}).get(p.get("id") or "", 0)})
    organisations = [{**o, "mention_links": _mentions(spans, starts, record, o["mentions"])}
                     for o in record["organisations"]]
    places = [{**pl, "mention_links": _mentions(spans, starts, record, pl["mentions"])} for pl in record["places"]]
    dates = [{**d, "anchor": _target(spans, d["start"], d["end"], starts)} for d in record["dates"]]
    events = []
    for ev in record["events"]:
        where = _trigger_offset(record, ev) or (ev["start"], ev["end"])
        events.append({**ev, "anchor": _target(spans, where[0], where[1], starts)})
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
