"""The batch outputs built from the per-document records.

``write_outputs`` writes, from the records of a batch: ``records.jsonl`` (the records with the
batch's ids), ``errors.jsonl``, the analyst tables (:data:`TABLES`, one row per fact, each with
the document id and path), the cross-document indexes (:data:`INDEXES`), a view page per
document (``views/<id>.html``) and ``report.html``.

People and organisations are linked across documents here, not in the extractor: a person's
id only means something within a batch. :func:`link_records` gives

* one id per person: the same canonical name (accent-, case- and final-sigma-folded) and
  compatible roles (never the head of two different organisations under the same exclusive
  title, e.g. Δήμαρχος of two municipalities); a surname alone or "Σ. Τζουλάκης" joins the one
  full name it can only mean;
* one id per organisation: the same name or alias (acronym) in any document;
* one id per event (``<document id[:12]>-e<n>``).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keryx.io.atomic import atomic_write
from keryx.lang.el.text import fold

TABLES = ("documents", "people", "organisations", "places", "dates", "events", "participants", "entities")
INDEXES = ("people_index", "organisations_index")

# Titles one holds at one organisation at a time: the same name as Δήμαρχος of two
# different municipalities is two people.
EXCLUSIVE_TITLES = frozenset(fold(t) for t in (
    "Δήμαρχος", "Περιφερειάρχης", "Αντιπεριφερειάρχης", "Πρύτανης", "Αντιδήμαρχος", "Αντιπρύτανης"))
# The heads that make an organisation in a header or signature the publisher (as api.py does).
PUBLISHER_HEADS = frozenset(("δημοσ", "περιφερεια", "υπουργειο", "πανεπιστημιο"))

# Column types: the CSVs are read back with these (``read_table``); Parquet keeps them itself.
INT_COLUMNS = {"start", "end", "mentions", "documents", "characters", "participants_count"}
DATE_COLUMNS = {"published", "document_date", "first_date", "last_date"}


def _key(name: str) -> str:
    """The comparison key of a name: folded, single-spaced, no dots or quotes."""
    return " ".join(re.sub(r"[«»\"'.,·]", " ", fold(name)).split())


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def document_date(record: dict) -> str | None:
    """The date a document speaks for: its publication date, else its first event's, else its first date."""
    if record["document"].get("published"):
        return record["document"]["published"]
    for ev in record.get("events", []):
        if ev.get("date"):
            return ev["date"]
    dates = sorted(d["date"] for d in record.get("dates", []) if d.get("date"))
    return dates[0] if dates else None


def record_publisher(record: dict) -> str | None:
    """The issuing body: the organisation that roles marked "publisher" name, else a Δήμος/
    Περιφέρεια/Υπουργείο/Πανεπιστήμιο on a short line of the header or signature (the
    extractor's rule, less the sentences of a short release)."""
    for p in record.get("people", []):
        for role in p.get("roles", []):
            if role.get("organisation_ref") == "publisher" and role.get("organisation"):
                return role["organisation"]
    text = record.get("text", "")
    lines = text.splitlines()
    head_end = len("\n".join(lines[:3]))
    tail_start = len(text) - len("\n".join(lines[-4:]))

    def on_short_line(pos: int) -> bool:  # a header or a signature, not a sentence
        line = text[text.rfind("\n", 0, pos) + 1:].split("\n", 1)[0]
        return len(line.split()) <= 10

    for org in record.get("organisations", []):
        words = org["name"].split()
        if len(words) >= 2 and fold(words[0]) in PUBLISHER_HEADS and any(
                (m["start"] <= head_end or m["start"] >= tail_start) and on_short_line(m["start"])
                for m in org.get("mentions", [])):
            return org["name"]
    return None


# --- linking across documents -------------------------------------------------------------

@dataclass
class PersonEntry:
    """One person of the batch: the documents' people that are the same person."""

    id: str = ""
    names: Counter = field(default_factory=Counter)
    variants: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    # (title, organisation) -> dates and documents where the person held it
    roles: dict[tuple[str, str | None], list[tuple[str | None, str]]] = field(default_factory=dict)
    documents: dict[str, str | None] = field(default_factory=dict)  # document id -> its date
    mentions: int = 0

    @property
    def name(self) -> str:
        return _canonical(self.names)

    def exclusive(self) -> dict[str, set[str]]:
        """Exclusive title head -> the organisations (folded) held under it."""
        out: dict[str, set[str]] = defaultdict(set)
        for title, org in self.roles:
            head = fold(title.split()[0]) if title else ""
            if head in EXCLUSIVE_TITLES and org:
                out[head].add(_key(org))
        return out

    def compatible(self, other: PersonEntry) -> bool:
        mine, theirs = self.exclusive(), other.exclusive()
        return all(mine[h] & orgs for h, orgs in theirs.items() if h in mine)


@dataclass
class OrganisationEntry:
    """One organisation of the batch, over every document that names it (or an alias of it)."""

    id: str = ""
    names: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    variants: set[str] = field(default_factory=set)
    documents: dict[str, str | None] = field(default_factory=dict)
    people: dict[tuple[str, str], set[str | None]] = field(default_factory=dict)  # (person id, title) -> dates
    mentions: int = 0

    @property
    def name(self) -> str:
        return _canonical(self.names)


def _canonical(names: Counter) -> str:
    """The most frequent form; ties go to the longer, then the alphabetically first."""
    return sorted(names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


@dataclass
class BatchIndex:
    people: list[PersonEntry]
    organisations: list[OrganisationEntry]
    org_by_key: dict[str, OrganisationEntry]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _organisations(records: list[dict]) -> tuple[list[OrganisationEntry], dict[str, OrganisationEntry]]:
    """Organisations merged by name or alias; role organisations (e.g. the publisher) count too."""
    uf = _UnionFind()
    occurrences: list[tuple[str, str, list[str], list[str], dict]] = []  # key, name, aliases, surfaces, record
    for r in records:
        for o in r["organisations"]:
            keys = [k for k in (_key(o["name"]), *(_key(a) for a in o["aliases"])) if k]
            for k in keys[1:]:
                uf.union(keys[0], k)
            if keys:
                surfaces = [r["text"][m["start"]:m["end"]] for m in o["mentions"]]
                occurrences.append((keys[0], o["name"], o["aliases"], surfaces, r))
        for p in r["people"]:
            for role in p["roles"]:
                if role.get("organisation") and _key(role["organisation"]):
                    occurrences.append((_key(role["organisation"]), role["organisation"], [], [], r))
    groups: dict[str, OrganisationEntry] = {}
    for key, name, aliases, surfaces, r in occurrences:
        entry = groups.setdefault(uf.find(key), OrganisationEntry())
        entry.names[name] += 1
        entry.aliases.update(aliases)
        entry.variants.update([name, *aliases, *surfaces])
        entry.documents.setdefault(r["document"]["id"], document_date(r))
        entry.mentions += len(surfaces)
    entries = sorted(groups.values(), key=lambda e: _key(e.name))
    used: set[str] = set()
    for e in entries:
        e.id = _unique_id("O", _key(e.name), used)
    by_key = {k: groups[uf.find(k)] for k in list(uf.parent)}
    return entries, by_key


def _unique_id(prefix: str, key: str, used: set[str]) -> str:
    base = f"{prefix}{_short_hash(key)}"
    uid, n = base, 2
    while uid in used:
        uid, n = f"{base}-{n}", n + 1
    used.add(uid)
    return uid


def _is_short_form(key: str) -> bool:
    """A surname alone ("τζουλακησ") or initials and a surname ("σ τζουλακησ")."""
    words = key.split()
    return len(words) == 1 or all(len(w) == 1 for w in words[:-1])


_CASE_ENDINGS = ("ου", "οσ", "ησ", "ασ", "ων", "ο", "η", "α")


def _stem(word: str) -> str:
    """A folded surname without its case ending: Μιχαλολιάκος/-ου/-ο, Πετράκης/-η share one stem."""
    for ending in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _people(records: list[dict]) -> tuple[list[PersonEntry], dict[tuple[str, int], PersonEntry]]:
    """People merged across documents; returns the entries and (document id, person index) -> entry."""
    by_name: dict[str, list[PersonEntry]] = defaultdict(list)
    assigned: dict[tuple[str, int], PersonEntry] = {}
    short: list[tuple[str, int, dict, dict]] = []
    for r in records:
        for i, p in enumerate(r["people"]):
            key = _key(p["name"])
            if _is_short_form(key):
                short.append((key, i, p, r))
                continue
            candidate = _person_entry(p, r)
            for entry in by_name[key]:
                if entry.compatible(candidate):
                    _absorb(entry, candidate)
                    break
            else:
                entry = candidate
                by_name[key].append(entry)
            assigned[(r["document"]["id"], i)] = entry
    by_surname: dict[str, list[tuple[str, PersonEntry]]] = defaultdict(list)  # surname stem -> full names
    for full, entries in by_name.items():
        by_surname[_stem(full.split()[-1])].extend((full, e) for e in entries)
    short_groups: dict[str, list[PersonEntry]] = defaultdict(list)
    for key, i, p, r in short:  # a surname alone joins the one full name it can mean
        words = key.split()
        stem = _stem(words[-1])
        candidate = _person_entry(p, r)
        matches = [e for full, e in by_surname.get(stem, [])
                   if all(fw.startswith(w) for w, fw in zip(words[:-1], full.split())) and e.compatible(candidate)]
        if len(matches) == 1:
            _absorb(matches[0], candidate, keep_names=False)
            entry = matches[0]
        else:  # otherwise it joins the same short form (in any case ending) seen before
            group = short_groups[" ".join([*words[:-1], stem])]
            found = next((e for e in group if e.compatible(candidate)), None)
            if found is None:
                entry = candidate
                group.append(entry)
            else:
                entry = found
                _absorb(entry, candidate)
        assigned[(r["document"]["id"], i)] = entry
    entries = sorted({id(e): e for e in assigned.values()}.values(), key=lambda e: (_key(e.name), min(e.documents)))
    used: set[str] = set()
    for e in entries:
        e.id = _unique_id("P", _key(e.name), used)
    return entries, assigned


def _person_entry(p: dict, r: dict) -> PersonEntry:
    doc_id, date = r["document"]["id"], document_date(r)
    e = PersonEntry()
    e.names[p["name"]] += 1
    e.variants.add(p["name"])
    e.variants.update(r["text"][m["start"]:m["end"]] for m in p["mentions"])
    if p.get("honorific"):
        e.honorifics.add(p["honorific"])
    for role in p["roles"]:
        e.roles.setdefault((role["title"], role.get("organisation")), []).append((date, doc_id))
    e.documents[doc_id] = date
    e.mentions = len(p["mentions"])
    return e


def _absorb(entry: PersonEntry, other: PersonEntry, keep_names: bool = True) -> None:
    if keep_names:
        entry.names.update(other.names)
    entry.variants |= other.variants
    entry.honorifics |= other.honorifics
    for k, v in other.roles.items():
        entry.roles.setdefault(k, []).extend(v)
    entry.documents.update(other.documents)
    entry.mentions += other.mentions


def link_records(records: list[dict]) -> BatchIndex:
    """Give the records (in place) the batch's person, organisation and event ids."""
    orgs, org_by_key = _organisations(records)
    people, assigned = _people(records)

    def org_id(name: str | None) -> str | None:
        entry = org_by_key.get(_key(name)) if name else None
        return entry.id if entry else None

    for r in records:
        doc_id = r["document"]["id"]
        person_by_name: dict[str, PersonEntry] = {}
        for i, p in enumerate(r["people"]):
            entry = assigned[(doc_id, i)]
            p["id"] = entry.id
            person_by_name.setdefault(_key(p["name"]), entry)
            for role in p["roles"]:
                role["organisation_id"] = org_id(role.get("organisation"))
                oid = role["organisation_id"]
                if oid:
                    org_entry = org_by_key[_key(role["organisation"])]
                    org_entry.people.setdefault((entry.id, role["title"]), set()).add(document_date(r))
        for o in r["organisations"]:
            o["id"] = org_id(o["name"])
        for n, ev in enumerate(r["events"]):
            ev["id"] = f"{doc_id[:12]}-e{n + 1}"
            for part in ev["participants"]:
                known = person_by_name.get(_key(part["name"]))
                part["person_id"] = known.id if known else None
                part["organisation_id"] = org_id(part.get("organisation"))
    return BatchIndex(people=people, organisations=orgs, org_by_key=org_by_key)


def _span(dates: Iterable[str | None]) -> tuple[str | None, str | None]:
    known = sorted(d for d in dates if d)
    return (known[0], known[-1]) if known else (None, None)


def person_roles_over_time(entry: PersonEntry) -> list[dict]:
    """Each role the person held, with where and when: sorted by first date."""
    out = []
    for (title, org), seen in entry.roles.items():
        first, last = _span(d for d, _ in seen)
        out.append({"title": title, "organisation": org, "first": first, "last": last,
                    "documents": len({doc for _, doc in seen})})
    return sorted(out, key=lambda x: (x["first"] or "9999", x["title"]))


def _fmt_role(role: dict) -> str:
    text = role["title"] + (f" — {role['organisation']}" if role["organisation"] else "")
    if role["first"]:
        text += f" [{role['first']}" + (f" … {role['last']}" if role["last"] != role["first"] else "") + "]"
    return text


def index_tables(index: BatchIndex) -> dict:
    """people_index and organisations_index as pandas frames."""
    import pandas as pd

    people_rows = []
    for e in index.people:
        first, last = _span(e.documents.values())
        roles = person_roles_over_time(e)
        people_rows.append({
            "person_id": e.id, "name": e.name, "honorific": "|".join(sorted(e.honorifics)) or None,
            "variants": "|".join(sorted(e.variants)), "roles": "; ".join(_fmt_role(r) for r in roles) or None,
            "titles": "|".join(dict.fromkeys(r["title"] for r in roles)) or None,
            "documents": len(e.documents), "mentions": e.mentions,
            "first_date": first, "last_date": last, "document_ids": "|".join(sorted(e.documents)),
        })
    org_rows = []
    names = {e.id: e.name for e in index.people}
    for o in index.organisations:
        first, last = _span(o.documents.values())
        held = sorted(((pid, title, *_span(ds)) for (pid, title), ds in o.people.items()),
                      key=lambda x: (x[2] or "9999", x[1]))
        org_rows.append({
            "organisation_id": o.id, "name": o.name, "aliases": "|".join(sorted(o.aliases)) or None,
            "variants": "|".join(sorted(o.variants)),
            "roles": "; ".join(f"{title}: {names.get(pid, pid)}" + (f" [{a} … {b}]" if a and b != a else f" [{a}]" if a else "")
                               for pid, title, a, b in held) or None,
            "documents": len(o.documents), "mentions": o.mentions,
            "first_date": first, "last_date": last, "document_ids": "|".join(sorted(o.documents)),
        })
    return {
        "people_index": _frame(pd, people_rows, ["person_id", "name", "honorific", "variants", "roles", "titles",
                                                 "documents", "mentions", "first_date", "last_date", "document_ids"]),
        "organisations_index": _frame(pd, org_rows, ["organisation_id", "name", "aliases", "variants", "roles",
                                                     "documents", "mentions", "first_date", "last_date",
                                                     "document_ids"]),
    }


# --- tables --------------------------------------------------------------------------------

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


def _is_int_column(name: str) -> bool:
    """Counts and offsets: ``start``, ``end``, ``mentions``, ``n_people``, ..."""
    return name in INT_COLUMNS or name.startswith("n_")


def _frame(pd: Any, rows: list[dict], columns: list[str]) -> Any:
    """A frame with the column types analysts expect: nullable ints, strings, never float ids."""
    frame = pd.DataFrame(rows, columns=columns)
    for col in columns:
        if _is_int_column(col):
            frame[col] = frame[col].astype("Int64")
        elif frame[col].dtype == object:
            frame[col] = frame[col].astype("string")
    return frame


def record_tables(records: list[dict]) -> dict:
    """Flatten records into pandas tables, one row per fact, each with the document id and path.

    When the records carry the batch's ids (:func:`link_records`), the tables carry them too.
    """
    import pandas as pd

    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for r in records:
        doc = r["document"]
        base = {"document_id": doc["id"], "path": doc["path"]}
        rows["documents"].append({
            **base, "title": doc.get("title"), "published": doc.get("published"),
            "document_date": document_date(r), "publisher": record_publisher(r), "format": doc.get("format"),
            "encoding": doc.get("encoding"), "characters": len(r["text"]),
            **{f"n_{k}": len(r[k]) for k in ("entities", "people", "organisations", "places", "dates", "events")},
            "n_participants": sum(len(ev["participants"]) for ev in r["events"]),
            "n_warnings": len(r["warnings"]), "warnings": " | ".join(r["warnings"]) or None,
        })
        for p in r["people"]:
            roles = p["roles"] or [{"title": None, "organisation": None, "organisation_ref": None}]
            for role in roles:
                rows["people"].append({**base, "name": p["name"], "honorific": p["honorific"],
                                       "role": role["title"], "organisation": role["organisation"],
                                       "organisation_ref": role["organisation_ref"],
                                       "mentions": len(p["mentions"]), "person_id": p.get("id"),
                                       "organisation_id": role.get("organisation_id")})
        for o in r["organisations"]:
            rows["organisations"].append({**base, "name": o["name"], "aliases": "|".join(o["aliases"]),
                                          "mentions": len(o["mentions"]), "organisation_id": o.get("id")})
        for pl in r["places"]:
            rows["places"].append({**base, "name": pl["name"], "mentions": len(pl["mentions"])})
        for d in r["dates"]:
            rows["dates"].append({**base, **d})
        for n, ev in enumerate(r["events"]):
            event_id = ev.get("id") or f"{doc['id'][:12]}-e{n + 1}"
            rows["events"].append({
                **base, "type": ev["type"], "trigger": ev["trigger"], "name": ev["name"],
                "date": ev["date"], "date_end": ev["date_end"], "time": ev["time"],
                "location": ev["location"],
                "participants": "; ".join(p["name"] + (f" ({p['role']})" if p["role"] else "")
                                          for p in ev["participants"]),
                "organisations": "; ".join(ev["organisations"]), "start": ev["start"], "end": ev["end"],
                "event_id": event_id, "participants_count": len(ev["participants"]),
            })
            for p in ev["participants"]:
                rows["participants"].append({
                    **base, "event_id": event_id, "person_id": p.get("person_id"), "name": p["name"],
                    "role": p["role"], "organisation": p["organisation"],
                    "organisation_id": p.get("organisation_id"), "event_type": ev["type"], "date": ev["date"],
                })
        for e in r["entities"]:
            rows["entities"].append({**base, **e})
    columns = {
        "documents": ["title", "published", "document_date", "publisher", "format", "encoding", "characters",
                      "n_entities", "n_people", "n_organisations", "n_places", "n_dates", "n_events",
                      "n_participants", "n_warnings", "warnings"],
        "people": ["name", "honorific", "role", "organisation", "organisation_ref", "mentions", "person_id",
                   "organisation_id"],
        "organisations": ["name", "aliases", "mentions", "organisation_id"],
        "places": ["name", "mentions"],
        "dates": ["text", "start", "end", "date", "date_end", "time"],
        "events": ["type", "trigger", "name", "date", "date_end", "time", "location", "participants",
                   "organisations", "start", "end", "event_id", "participants_count"],
        "participants": ["event_id", "person_id", "name", "role", "organisation", "organisation_id",
                         "event_type", "date"],
        "entities": ["label", "text", "canonical", "start", "end"],
    }
    return {name: _frame(pd, rows[name], ["document_id", "path", *columns[name]]) for name in TABLES}


def read_table(path: str | Path) -> Any:
    """Read a table written by a batch (CSV, with or without BOM, or Parquet) with its types:
    counts and offsets as integers, ids and names as strings, full dates as datetimes."""
    import pandas as pd

    path = Path(path)
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype="string", keep_default_na=False, na_values=[""])
    for col in frame.columns:
        if _is_int_column(col):
            frame[col] = frame[col].astype("Int64")
        elif col in DATE_COLUMNS:
            parsed = pd.to_datetime(frame[col], format="%Y-%m-%d", errors="coerce")
            if parsed.notna().sum() == frame[col].notna().sum():  # only when every date is a full date
                frame[col] = parsed
    return frame


def write_workbook(path: Path, frames: dict) -> bool:
    """All tables in one .xlsx (a sheet each), written atomically; False without openpyxl."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    import pandas as pd

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        for name, frame in frames.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
    atomic_write(path, buf.getvalue())
    return True


def write_outputs(out_dir: Path, record_ids: list[str], errors: list[dict], parquet: bool = False,
                  excel: bool = False, report: bool = True) -> None:
    """Every batch output. ``excel`` writes the CSVs as UTF-8 with a BOM (Excel then reads the
    Greek) and, where openpyxl is installed (the ``excel`` extra), ``tables.xlsx`` with one sheet
    per table: a workbook opens the same under any locale's list separator."""
    records = _load_records(out_dir, record_ids)
    index = link_records(records)
    atomic_write(out_dir / "records.jsonl",
                 "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    atomic_write(out_dir / "errors.jsonl",
                 "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    frames = {**record_tables(records), **index_tables(index)}
    for name, frame in frames.items():
        text = frame.to_csv(index=False)
        atomic_write(out_dir / f"{name}.csv", ("\ufeff" + text).encode("utf-8") if excel else text)
        if parquet:
            buf = io.BytesIO()
            frame.to_parquet(buf, index=False)
            atomic_write(out_dir / f"{name}.parquet", buf.getvalue())
    if excel:
        write_workbook(out_dir / "tables.xlsx", frames)
    if report:
        from keryx.report.batch import write_report

        write_report(out_dir, records, errors, frames, index)
