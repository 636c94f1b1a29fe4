"""The batch outputs built from the per-document records: records.jsonl, errors.jsonl, tables."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from keryx.io.atomic import atomic_write

TABLES = ("people", "organisations", "places", "dates", "events", "entities")


def _load_records(out_dir: Path, record_ids: Iterable[str]) -> list[dict]:
    seen, records = set(), []
    for rid in record_ids:
        if rid in seen:
            continue
        seen.add(rid)
        p = out_dir / "records" / f"{rid}.json"
        if p.exists():
            records.append(json.loads(p.read_text("utf-8")))
    return records


def write_outputs(out_dir: Path, record_ids: list[str], errors: list[dict], parquet: bool = False) -> None:
    records = _load_records(out_dir, record_ids)
    atomic_write(out_dir / "records.jsonl",
                 "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    atomic_write(out_dir / "errors.jsonl",
                 "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    for name, frame in record_tables(records).items():
        atomic_write(out_dir / f"{name}.csv", frame.to_csv(index=False))
        if parquet:
            import io

            buf = io.BytesIO()
            frame.to_parquet(buf, index=False)
            atomic_write(out_dir / f"{name}.parquet", buf.getvalue())


def record_tables(records: list[dict]) -> dict:
    """Flatten records into pandas tables, one row per fact, each with the document id and path."""
    import pandas as pd

    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for r in records:
        base = {"document_id": r["document"]["id"], "path": r["document"]["path"]}
        for p in r["people"]:
            roles = p["roles"] or [{"title": None, "organisation": None, "organisation_ref": None}]
            for role in roles:
                rows["people"].append({**base, "name": p["name"], "honorific": p["honorific"],
                                       "role": role["title"], "organisation": role["organisation"],
                                       "organisation_ref": role["organisation_ref"],
                                       "mentions": len(p["mentions"])})
        for o in r["organisations"]:
            rows["organisations"].append({**base, "name": o["name"], "aliases": "|".join(o["aliases"]),
                                          "mentions": len(o["mentions"])})
        for pl in r["places"]:
            rows["places"].append({**base, "name": pl["name"], "mentions": len(pl["mentions"])})
        for d in r["dates"]:
            rows["dates"].append({**base, **d})
        for ev in r["events"]:
            rows["events"].append({
                **base, "type": ev["type"], "trigger": ev["trigger"], "name": ev["name"],
                "date": ev["date"], "date_end": ev["date_end"], "time": ev["time"],
                "location": ev["location"],
                "participants": "; ".join(p["name"] + (f" ({p['role']})" if p["role"] else "")
                                          for p in ev["participants"]),
                "organisations": "; ".join(ev["organisations"]), "start": ev["start"], "end": ev["end"],
            })
        for e in r["entities"]:
            rows["entities"].append({**base, **e})
    columns = {
        "people": ["name", "honorific", "role", "organisation", "organisation_ref", "mentions"],
        "organisations": ["name", "aliases", "mentions"],
        "places": ["name", "mentions"],
        "dates": ["text", "start", "end", "date", "date_end", "time"],
        "events": ["type", "trigger", "name", "date", "date_end", "time", "location", "participants",
                   "organisations", "start", "end"],
        "entities": ["label", "text", "canonical", "start", "end"],
    }
    return {name: pd.DataFrame(rows[name], columns=["document_id", "path", *columns[name]])
            for name in TABLES}
