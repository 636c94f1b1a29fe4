"""A batch's pages: ``views/<id>.html`` for every document and ``report.html`` over them all.

Called by :func:`keryx.io.tables.write_outputs` after the records are linked across documents,
so the pages show the batch's person and organisation ids. Both are rewritten on every run
(a rerun may add documents that change who appears where); each view costs a few
milliseconds, so the cost stays linear in the number of documents.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keryx.io.atomic import atomic_write
from keryx.report.assets import render
from keryx.report.charts import hbar_chart, stacked_columns
from keryx.report.view import _target, _trigger_offset, layout_spans, render_view

if TYPE_CHECKING:
    from keryx.io.tables import BatchIndex

TOP = 12
MAX_TYPES = 7
MAX_CONTIGUOUS_MONTHS = 48


def view_path(doc_id: str) -> str:
    """A document's view, relative to the batch folder."""
    return f"views/{doc_id}.html"


def write_views(out_dir: Path, records: list[dict], index: BatchIndex | None = None) -> dict[str, str]:
    """Write each record's view page; returns event id → link to the event's trigger in its view."""
    people_documents = {p.id: len(p.documents) for p in index.people} if index else {}
    links: dict[str, str] = {}
    for r in records:
        doc_id = r["document"]["id"]
        page, target = render_view(r, back_link="../report.html", people_documents=people_documents), \
            out_dir / view_path(doc_id)
        if not (target.exists() and target.read_text("utf-8") == page):  # a rerun rewrites only what changed
            atomic_write(target, page, durable=False)  # rebuilt from the records on every run
        spans = layout_spans(r)
        starts = [s.start for s in spans]
        for n, ev in enumerate(r["events"]):
            where = _trigger_offset(r, ev) or (ev["start"], ev["end"])
            anchor = _target(spans, where[0], where[1], starts)
            links[ev.get("id") or f"{doc_id[:12]}-e{n + 1}"] = view_path(doc_id) + (f"#{anchor}" if anchor else "")
    return links


def _month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def events_per_month(records: list[dict]) -> tuple[list[str], dict[str, list[int]]]:
    """Months (contiguous when the span is short) and, per event type, the events in each."""
    counts: Counter = Counter()
    types: Counter = Counter()
    for r in records:
        for ev in r["events"]:
            month = _month(ev.get("date"))
            if month:
                counts[(month, ev["type"])] += 1
                types[ev["type"]] += 1
    if not counts:
        return [], {}
    present = sorted({m for m, _ in counts})
    months = present
    if len(_months_between(present[0], present[-1])) <= MAX_CONTIGUOUS_MONTHS:
        months = _months_between(present[0], present[-1])
    kept = [t for t, _ in types.most_common(MAX_TYPES)]
    series: dict[str, list[int]] = {t: [counts[(m, t)] for m in months] for t in kept}
    other = [sum(c for (m2, t), c in counts.items() if m2 == m and t not in kept) for m in months]
    if any(other):
        series["other"] = other
    return months, series


def _span_text(first: str | None, last: str | None) -> str:
    a, b = _month(first) or first, _month(last) or last
    if not a:
        return "date unknown"
    return a if a == b else f"{a} … {b}"


def report_context(records: list[dict], errors: list[dict], frames: dict, index: BatchIndex,
                   event_links: dict[str, str]) -> dict[str, Any]:
    """What report.html shows, from the linked records, the tables and the index."""
    from keryx.io.tables import person_roles_over_time, record_publisher

    people: list[dict[str, Any]] = []
    for p in index.people:
        roles = person_roles_over_time(p)
        titles = list(dict.fromkeys(r["title"] for r in roles))
        first, last = min((d for d in p.documents.values() if d), default=None), \
            max((d for d in p.documents.values() if d), default=None)
        people.append({
            "id": p.id, "name": p.name, "titles": titles, "roles": roles, "documents": len(p.documents),
            "document_links": [view_path(d) for d in sorted(p.documents, key=lambda d: p.documents[d] or "")],
            "first": first, "last": last, "span": _span_text(first, last), "mentions": p.mentions,
            "variants": sorted(p.variants - {p.name}),
        })
    people.sort(key=lambda p: (-p["documents"], -p["mentions"], p["name"]))
    namesakes = Counter(p["name"] for p in people)
    for row in people:  # two people of one name: tell them apart by their first role
        row["label"] = row["name"] + (f" ({row['titles'][0]})"
                                      if namesakes[row["name"]] > 1 and row["titles"] else "")
    across = [row for row in people if row["documents"] > 1]
    orgs = sorted(index.organisations, key=lambda o: (-len(o.documents), -o.mentions, o.name))

    events = []
    for r in records:
        for ev in r["events"]:
            events.append({**ev, "document": r["document"], "link": event_links.get(ev.get("id") or "", ""),
                           "view": view_path(r["document"]["id"])})
    events.sort(key=lambda e: (e["date"] or "9999", e["type"]))
    publishers = Counter(record_publisher(r) or "(unknown)" for r in records)
    months, series = events_per_month(records)
    documents = []
    for r in records:
        d = r["document"]
        documents.append({**d, "view": view_path(d["id"]), "publisher": record_publisher(r),
                          **{k: len(r[k]) for k in ("people", "organisations", "places", "dates", "events")},
                          "warnings": r["warnings"]})
    charts = {
        "events_per_month": stacked_columns(months, series, title="Events per month, by type"),
        "top_organisations": hbar_chart([(o.name, len(o.documents)) for o in orgs[:TOP]],
                                        title="Top organisations (documents)", unit=" documents"),
        "top_people": hbar_chart([(p["label"], p["documents"]) for p in people[:TOP]],
                                 title="Top people (documents)", unit=" documents"),
        "publishers": hbar_chart(publishers.most_common(TOP), title="Documents per publisher", unit=" documents"),
    }
    totals = {
        "documents": len(records), "failures": len(errors), "people": len(index.people),
        "organisations": len(index.organisations), "events": sum(len(r["events"]) for r in records),
        "places": len({pl["name"] for r in records for pl in r["places"]}),
    }
    error_kinds = Counter(e.get("error", "?") for e in errors)
    tables = sorted(n for n in frames)
    return {"totals": totals, "errors": errors, "error_kinds": error_kinds, "charts": charts,
            "people": people, "across": across, "organisations": orgs, "events": events,
            "documents": documents, "tables": tables, "months": months,
            "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "version": records[0]["pipeline"]["version"] if records else ""}


def write_report(out_dir: Path, records: list[dict], errors: list[dict], frames: dict,
                 index: BatchIndex) -> Path:
    """Write the views and ``report.html``; returns the report's path."""
    links = write_views(out_dir, records, index)
    context = report_context(records, errors, frames, index, links)
    path = out_dir / "report.html"
    atomic_write(path, render("report.html.j2", **context))
    return path
