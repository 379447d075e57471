"""Analysed documents as table rows, and back.

`doc_rows(doc)` turns one analysed `Doc` into plain row dicts per table; `rows_to_arrow` stacks many documents' rows
into one Arrow table per table, the unit the writer inserts (and the unit the Dask runner ships between processes).
Record fields are mapped to columns by `COLUMNS`; any field this schema version has no column for (a stage may add
optional fields) lands in the row's `extra` JSON, so nothing an analysis produces is lost, and `article_dict`
rebuilds the JSON output contract from the rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

import pyarrow as pa

from rasd.doc import Actor, Doc, record_to_dict
from rasd.text.normalize import normalize

TABLES = ("articles", "actors", "entities", "timexes", "quotes", "events")
_SPACE = re.compile(r"\s+")
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:$|T)")

# Record field path -> column, per child table. Paths not listed here go to `extra`.
COLUMNS: dict[str, dict[tuple[str, ...], str]] = {
    "entities": {
        ("id",): "entity_id",
        ("start",): "start_char",
        ("end",): "end_char",
        ("text",): "text",
        ("label",): "label",
        ("cluster",): "cluster",
        ("actor", "role"): "actor_role",
    },
    "timexes": {
        ("id",): "timex_id",
        ("start",): "start_char",
        ("end",): "end_char",
        ("text",): "text",
        ("type",): "type",
        ("value",): "value",
        ("mod",): "mod",
        ("anchor",): "anchor",
    },
    "quotes": {
        ("id",): "quote_id",
        ("kind",): "kind",
        ("content", "start"): "content_start",
        ("content", "end"): "content_end",
        ("cue", "start"): "cue_start",
        ("cue", "end"): "cue_end",
        ("cue", "text"): "cue_text",
        ("cue", "lemma"): "cue_lemma",
        ("speaker", "start"): "speaker_start",
        ("speaker", "end"): "speaker_end",
        ("speaker", "text"): "speaker_text",
        ("speaker", "name"): "speaker_name",
        ("speaker", "entity"): "speaker_entity",
        ("speaker", "actor"): "speaker_actor",
        ("speaker", "type"): "speaker_type",
        ("channel",): "channel",
        ("date",): "date",
    },
    "events": {
        ("id",): "event_id",
        ("cameo",): "cameo",
        ("plover", "type"): "plover_type",
        ("plover", "mode"): "plover_mode",
        ("plover", "context"): "plover_context",
        ("source", "entity"): "source_entity",
        ("source", "actor"): "source_actor",
        ("source", "text"): "source_text",
        ("target", "entity"): "target_entity",
        ("target", "actor"): "target_actor",
        ("target", "text"): "target_text",
        ("date", "value"): "date_value",
        ("date", "timex"): "date_timex",
        ("date", "basis"): "date_basis",
        ("location", "entity"): "location_entity",
        ("location", "name"): "location_name",
        ("location", "country"): "location_country",
        ("location", "lat"): "lat",
        ("location", "lon"): "lon",
        ("evidence", "start"): "evidence_start",
        ("evidence", "end"): "evidence_end",
        ("modality",): "modality",
        ("negated",): "negated",
        ("quote",): "quote_id",
        ("confidence",): "confidence",
    },
}
# Nested objects the contract always has (the others are null when absent).
_ALWAYS_OBJECTS = frozenset({"content", "plover", "source", "target", "date", "evidence"})
ACTOR_FIELDS = ("id", "name_ar", "name_en", "country", "cameo", "sector", "role", "kb_source", "lat", "lon")
_ACTOR_COLUMNS = {"id": "kb_id", "name_ar": "name_ar", "name_en": "name_en", "country": "country", "cameo": "cameo"}
_ACTOR_COLUMNS |= {"sector": "sector", "kb_source": "kb_source"}

# Arrow types of every column the writer fills (the DB adds nothing else), so empty batches still have a schema.
_OFFSETS = pa.struct([("start_char", pa.int32()), ("end_char", pa.int32())])
ARROW_TYPES: dict[str, dict[str, pa.DataType]] = {
    "articles": {
        "article_id": pa.string(),
        "doc_id": pa.string(),
        "source": pa.string(),
        "title": pa.string(),
        "url": pa.string(),
        "published": pa.date32(),
        "published_detected": pa.date32(),
        "day": pa.date32(),
        "text": pa.string(),
        "text_norm": pa.string(),
        "chars": pa.int32(),
        "sentences": pa.list_(_OFFSETS),
        "n_entities": pa.int32(),
        "n_timexes": pa.int32(),
        "n_quotes": pa.int32(),
        "n_events": pa.int32(),
        "meta": pa.string(),
        "origin": pa.string(),
        "format": pa.string(),
        "pipeline": pa.list_(pa.string()),
        "run_id": pa.int32(),
        "ingested_at": pa.timestamp("us"),
        "analysis": pa.string(),
    },
    "actors": {
        "actor_key": pa.string(),
        "kb_id": pa.string(),
        "name_ar": pa.string(),
        "name_en": pa.string(),
        "name_norm": pa.string(),
        "country": pa.string(),
        "cameo": pa.string(),
        "sector": pa.string(),
        "kb_source": pa.string(),
    },
    "entities": {
        "article_id": pa.string(),
        "entity_id": pa.string(),
        "start_char": pa.int32(),
        "end_char": pa.int32(),
        "text": pa.string(),
        "text_norm": pa.string(),
        "label": pa.string(),
        "cluster": pa.string(),
        "actor_key": pa.string(),
        "actor_cameo": pa.string(),
        "actor_role": pa.string(),
        "actor_sector": pa.string(),
        "actor_kb_source": pa.string(),
        "actor_lat": pa.float64(),
        "actor_lon": pa.float64(),
        "extra": pa.string(),
    },
    "timexes": {
        "article_id": pa.string(),
        "timex_id": pa.string(),
        "start_char": pa.int32(),
        "end_char": pa.int32(),
        "text": pa.string(),
        "type": pa.string(),
        "value": pa.string(),
        "mod": pa.string(),
        "anchor": pa.string(),
        "extra": pa.string(),
    },
    "quotes": {
        "article_id": pa.string(),
        "quote_id": pa.string(),
        "kind": pa.string(),
        "content_start": pa.int32(),
        "content_end": pa.int32(),
        "content_text": pa.string(),
        "content_norm": pa.string(),
        "cue_start": pa.int32(),
        "cue_end": pa.int32(),
        "cue_text": pa.string(),
        "cue_lemma": pa.string(),
        "speaker_start": pa.int32(),
        "speaker_end": pa.int32(),
        "speaker_text": pa.string(),
        "speaker_name": pa.string(),
        "speaker_entity": pa.string(),
        "speaker_actor": pa.string(),
        "speaker_type": pa.string(),
        "channel": pa.string(),
        "date": pa.string(),
        "day": pa.date32(),
        "extra": pa.string(),
    },
    "events": {
        "article_id": pa.string(),
        "event_id": pa.string(),
        "cameo": pa.string(),
        "root_code": pa.string(),
        "plover_type": pa.string(),
        "plover_mode": pa.string(),
        "plover_context": pa.list_(pa.string()),
        "source_entity": pa.string(),
        "source_actor": pa.string(),
        "source_text": pa.string(),
        "target_entity": pa.string(),
        "target_actor": pa.string(),
        "target_text": pa.string(),
        "date_value": pa.string(),
        "date_timex": pa.string(),
        "date_basis": pa.string(),
        "day": pa.date32(),
        "location_entity": pa.string(),
        "location_name": pa.string(),
        "location_country": pa.string(),
        "lat": pa.float64(),
        "lon": pa.float64(),
        "evidence_start": pa.int32(),
        "evidence_end": pa.int32(),
        "evidence_text": pa.string(),
        "modality": pa.string(),
        "negated": pa.bool_(),
        "quote_id": pa.string(),
        "confidence": pa.float64(),
        "extra": pa.string(),
    },
}


def article_key(text: str) -> str:
    """The article's identity in the store: a hash of its normal form with white space collapsed, so the same
    article with other diacritics, alef forms, digits or line breaks is stored once."""
    return key_of_normal(normalize(text))


def key_of_normal(normal: str) -> str:
    """`article_key` of the text whose normal form is `normal`."""
    canonical = " ".join(normal.split())  # white space runs collapsed, ends trimmed (as `\s+` -> " ", then strip)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def _normal_text(doc: Doc) -> str:
    """`normalize(doc.text)`, taken from the `normalize` stage's output when it ran on this text."""
    normalized = doc.normalized
    if normalized is not None and (normalized.original is doc.text or normalized.original == doc.text):
        return normalized.text
    return normalize(doc.text)


def calendar_day(value: str | None) -> dt.date | None:
    """The first day named by a calendar TIMEX3 value (`2023-03-14`, `2023-03`, `2023`, `2023-03-14T10:00`)."""
    if not value:
        return None
    match = _CALENDAR.match(value)
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def actor_key(actor: Mapping[str, Any]) -> str | None:
    """The kb id, or a stable hash of the record for actors the knowledge base does not know."""
    if actor.get("id"):
        return str(actor["id"])
    identity = {k: actor.get(k) for k in ("name_ar", "name_en", "country", "cameo", "sector")}
    if not any(identity.values()):
        return None
    digest = hashlib.sha256(json.dumps(identity, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    return "anon:" + digest[:16]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where and how an article was read; stored beside it."""

    origin: str | None = None
    format: str | None = None
    run_id: int | None = None
    pipeline: tuple[str, ...] = ()
    ingested_at: dt.datetime = field(default_factory=dt.datetime.now)
    analysis: str | None = None  # `schema.analysis_version` of the pipeline


def doc_rows(doc: Doc, provenance: Provenance | None = None) -> dict[str, list[dict[str, Any]]]:
    """Rows per table for one analysed document (tables without rows map to empty lists)."""
    prov = provenance or Provenance()
    normal = _normal_text(doc)
    key = key_of_normal(normal)
    article_day = doc.anchor_date
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["articles"].append(
        {
            "article_id": key,
            "doc_id": doc.id,
            "source": doc.source,
            "title": doc.title,
            "url": doc.url,
            "published": doc.published,
            "published_detected": doc.published_detected,
            "day": article_day,
            "text": doc.text,
            "text_norm": normal,
            "chars": len(doc.text),
            "sentences": [{"start_char": s.start, "end_char": s.end} for s in doc.sentences],
            "n_entities": len(doc.entities),
            "n_timexes": len(doc.timexes),
            "n_quotes": len(doc.quotes),
            "n_events": len(doc.events),
            "meta": _json_or_none(doc.meta),
            "origin": prov.origin,
            "format": prov.format,
            "pipeline": list(prov.pipeline),
            "run_id": prov.run_id,
            "ingested_at": prov.ingested_at,
            "analysis": prov.analysis,
        }
    )
    normal_forms: dict[str, str] = {}  # entity texts recur: each normalised once per article
    actors: dict[int, tuple[str | None, dict[str, Any]]] = {}  # so do their actors (by identity: no dataclass hash)
    for entity in doc.entities:
        row = _record_row(entity, "entities")
        text = entity.text
        if text not in normal_forms:
            normal_forms[text] = normalize(text)
        akey, actor = _actor_of(entity.actor, actors)
        row.update(
            article_id=key,
            text_norm=normal_forms[text],
            actor_key=akey,
            actor_cameo=actor.get("cameo"),
            actor_sector=actor.get("sector"),
            actor_kb_source=actor.get("kb_source"),
            actor_lat=actor.get("lat"),
            actor_lon=actor.get("lon"),
        )
        rows["entities"].append(row)
        if akey:
            actor_row = {column: actor.get(name) for name, column in _ACTOR_COLUMNS.items()}
            actor_row.update(actor_key=akey, name_norm=normalize(actor["name_ar"]) if actor.get("name_ar") else None)
            rows["actors"].append(actor_row)
    for timex in doc.timexes:
        rows["timexes"].append(_record_row(timex, "timexes") | {"article_id": key})
    for quote in doc.quotes:
        row = _record_row(quote, "quotes")
        content = doc.text[row["content_start"] : row["content_end"]]
        row.update(
            article_id=key,
            content_text=content,
            content_norm=normalize(content),
            day=calendar_day(row.get("date")) or article_day,
        )
        rows["quotes"].append(row)
    for event in doc.events:
        row = _record_row(event, "events")
        row.update(
            article_id=key,
            root_code=str(row["cameo"])[:2],
            evidence_text=doc.text[row["evidence_start"] : row["evidence_end"]],
            day=calendar_day(row.get("date_value")) or article_day,
            plover_context=list(row.get("plover_context") or []),
        )
        rows["events"].append(row)
    return rows


def _actor_of(
    actor: Actor | None, seen: dict[int, tuple[str | None, dict[str, Any]]]
) -> tuple[str | None, dict[str, Any]]:
    """An entity's actor as its store key and JSON record (empty without one), remembered per article by the
    object's identity (the generated `__hash__` of a frozen dataclass runs interpreted). The record is
    `record_to_dict(actor)`, its plain fields read here in compiled code."""
    if actor is None:
        return None, {}
    known = seen.get(id(actor))
    if known is None:
        record: dict[str, Any] = {}
        for name in _ACTOR_FIELD_NAMES:
            value = getattr(actor, name)
            record[name] = value if type(value) in _PLAIN_TYPES else record_to_dict(value)
        known = seen[id(actor)] = (actor_key(record) if record else None, record)
    return known


def rows_to_arrow(rows_per_doc: Iterable[Mapping[str, list[dict[str, Any]]]]) -> dict[str, pa.Table]:
    """One Arrow table per store table from many documents' rows (columns in `ARROW_TYPES` order)."""
    stacked: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    actor_keys: set[Any] = set()
    for rows in rows_per_doc:
        for name in TABLES:
            if name != "actors":
                stacked[name].extend(rows.get(name, ()))
        # an actor recurs with every mention of it, and the store keeps the first row of a key: only that one goes
        for row in rows.get("actors", ()):
            if row.get("actor_key") not in actor_keys:
                actor_keys.add(row.get("actor_key"))
                stacked["actors"].append(row)
    tables = {}
    for name, table_rows in stacked.items():
        types = ARROW_TYPES[name]
        schema = pa.schema([(column, kind) for column, kind in types.items()])
        columns = {column: [row.get(column) for row in table_rows] for column in types}
        tables[name] = pa.Table.from_pydict(columns, schema=schema)
    return tables


# Field paths a child table's rows drop rather than keep in `extra`: an entity's actor has a table of its own.
_DROPPED: dict[str, frozenset[tuple[str, ...]]] = {"entities": frozenset(("actor", f) for f in ACTOR_FIELDS)}


def _paths(table: str) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The field paths a table's records map or drop, and the paths of the objects that hold them."""
    known = frozenset(COLUMNS[table]) | _DROPPED.get(table, frozenset())
    return known, frozenset(path[:depth] for path in known for depth in range(1, len(path)))


_PATHS = {table: _paths(table) for table in COLUMNS}


# What a record field becomes in its table's row: a column, a nested record whose fields are placed in turn, or a
# field of the `extra` JSON.
_COLUMN, _NESTED, _EXTRA = 0, 1, 2
_PLAIN_TYPES = (str, int, float, bool, type(None))
_ACTOR_FIELD_NAMES = tuple(item.name for item in fields(Actor))  # in order, as `record_to_dict` gives them


_Plan = tuple[tuple[str, int, str, tuple[str, ...]], ...]
_PLANS: dict[tuple[str, type, tuple[str, ...]], _Plan | None] = {}


def _record_plan(table: str, kind: type, path: tuple[str, ...]) -> _Plan | None:
    """(field, action, column, field path) for each field of the record class `kind` found at `path` in a table's
    records, dropped fields left out (None when `kind` is no dataclass): the decisions `_walk` takes on a record's
    dict, taken once per class."""
    key = (table, kind, path)
    if key in _PLANS:
        return _PLANS[key]
    plan: _Plan | None = None
    if is_dataclass(kind):
        columns = COLUMNS[table]
        known, parents = _PATHS[table]
        steps = []
        for item in fields(kind):
            here = (*path, item.name)
            if here in columns:
                steps.append((item.name, _COLUMN, columns[here], here))
            elif here in parents:
                steps.append((item.name, _NESTED, "", here))
            elif here not in known:
                steps.append((item.name, _EXTRA, "", here))
        plan = tuple(steps)
    _PLANS[key] = plan
    return plan


def _record_row(record: Any, table: str) -> dict[str, Any]:
    """The table row of one record: its known field paths in their columns, the others (but the dropped paths) in
    the `extra` JSON. The same row as flattening `record_to_dict(record)`, without building that dict."""
    row: dict[str, Any] = dict.fromkeys(COLUMNS[table].values())
    extra: dict[str, Any] = {}
    plan = _record_plan(table, type(record), ())
    if plan is not None:
        _fill(record, plan, table, row, extra)
    else:
        _walk(record_to_dict(record), table, (), row, extra)
    row["extra"] = _json_or_none(extra)
    return row


def _fill(record: Any, plan: _Plan, table: str, row: dict[str, Any], extra_node: dict[str, Any]) -> None:
    for name, action, column, here in plan:
        item = getattr(record, name)
        if action == _COLUMN:
            row[column] = item if type(item) in _PLAIN_TYPES else record_to_dict(item)
        elif action == _EXTRA:
            extra_node[name] = record_to_dict(item)
        elif item is not None:
            child: dict[str, Any] = {}
            nested = _record_plan(table, type(item), here)
            if nested is not None:
                _fill(item, nested, table, row, child)
            else:
                plain = record_to_dict(item)
                if not isinstance(plain, Mapping):
                    extra_node[name] = plain
                    continue
                _walk(plain, table, here, row, child)
            if child:
                extra_node[name] = child


def _walk(
    value: Mapping[str, Any], table: str, path: tuple[str, ...], row: dict[str, Any], extra_node: dict[str, Any]
) -> None:
    """Place a record dict's known field paths in the row's columns; the rest (but the dropped paths) goes to
    `extra_node`."""
    columns = COLUMNS[table]
    known, parents = _PATHS[table]
    for name, item in value.items():
        here = (*path, name)
        if here in columns:
            row[columns[here]] = item
        elif here in known:
            continue
        elif here in parents and isinstance(item, Mapping):
            child: dict[str, Any] = {}
            _walk(item, table, here, row, child)
            if child:
                extra_node[name] = child
        elif not (here in parents and item is None):
            extra_node[name] = item


def _json_or_none(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None


def record_from_row(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON-contract record of one child-table row (the inverse of the mapping in `doc_rows`): nested objects
    whose columns are all null come back as null, and `extra` fields are merged back in."""
    record: dict[str, Any] = {}
    groups: dict[str, dict[str, Any]] = {}
    for path, column in COLUMNS[table].items():
        value = row.get(column)
        if isinstance(value, dt.date):
            value = value.isoformat()
        if len(path) == 1:
            record[path[0]] = value
        else:
            groups.setdefault(path[0], {})[path[1]] = value
    for name, group in groups.items():
        present = any(v is not None and v != [] for v in group.values())
        record[name] = group if present or name in _ALWAYS_OBJECTS else None
    if table == "events":
        record["plover"]["context"] = list(record["plover"]["context"] or [])
    extra = row.get("extra")
    if extra:
        _merge(record, json.loads(extra) if isinstance(extra, str) else extra)
    return record


def _merge(into: dict[str, Any], extra: Mapping[str, Any]) -> None:
    for name, value in extra.items():
        if isinstance(value, Mapping) and isinstance(into.get(name), dict):
            _merge(into[name], value)
        else:
            into[name] = value
