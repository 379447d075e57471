"""Exports of a store: Parquet or CSV tables, JSONL in the output contract, PLOVER event records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from rasd.store.database import Store
from rasd.store.queries import iter_article_documents, to_json_value

EXPORTED_TABLES = ("articles", "actors", "entities", "timexes", "quotes", "events", "ingest_runs", "ingest_errors")
_BATCH_ROWS = 50_000


def export_tables(store: Store, out_dir: Path, fmt: str) -> list[Path]:
    """One file per table (`articles.parquet`, ...) in `out_dir`; CSV cells hold JSON for list and struct columns."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown table format {fmt!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    con = store.cursor()
    for table in EXPORTED_TABLES:
        path = out_dir / f"{table}.{fmt}"
        select = _select(con, table, json_nested=fmt == "csv")
        reader = con.sql(select).to_arrow_reader(_BATCH_ROWS)
        if fmt == "parquet":
            with pq.ParquetWriter(path, reader.schema, compression="zstd") as writer:
                for batch in reader:
                    writer.write_batch(batch)
        else:
            with pa_csv.CSVWriter(path, reader.schema) as csv_writer:
                for batch in reader:
                    csv_writer.write_batch(batch)
        written.append(path)
    return written


def _select(con: duckdb.DuckDBPyConnection, table: str, *, json_nested: bool) -> str:
    """All columns but the normalised search copies (`*_norm`), nested ones as JSON text if asked."""
    columns = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    parts = []
    for name, kind in columns:
        if name.endswith("_norm"):
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        nested = kind.endswith("[]") or kind.startswith(("STRUCT", "MAP"))
        parts.append(f"CAST(to_json({quoted}) AS VARCHAR) AS {quoted}" if nested and json_nested else quoted)
    return f"SELECT {', '.join(parts)} FROM {table}"


def export_jsonl(store: Store, out: TextIO) -> int:
    """One JSON object per article in the output contract (docs/schema.md), plus its `article_id`."""
    count = 0
    for doc in iter_article_documents(store.cursor()):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        count += 1
    return count


def export_plover(store: Store, out: TextIO) -> int:
    """One PLOVER event record per line, with the field names of PLOVER's gold-standard records (`id, date,
    source[{actorText, code, sector}], target[...], event, mode, context, eventText, text, language`) plus the
    CAMEO code, location, modality and provenance."""
    count = 0
    for record in plover_records(store.cursor()):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def plover_records(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    cursor = con.execute(
        "SELECT e.*, a.doc_id, a.source AS publication, a.url, a.text AS article_text, a.sentences "
        "FROM events e JOIN articles a USING (article_id) ORDER BY e.day NULLS LAST, e.article_id, e.evidence_start"
    )
    columns = [d[0] for d in cursor.description or []]
    while rows := cursor.fetchmany(1000):
        for values in rows:
            row = dict(zip(columns, values, strict=True))
            yield _plover(row)


def _plover(row: dict[str, Any]) -> dict[str, Any]:
    start, end = _sentence_around(row["sentences"] or [], row["evidence_start"], row["evidence_end"])
    text = row["article_text"][start:end] if end > start else row["evidence_text"]
    record: dict[str, Any] = {
        "id": f"{row['article_id']}-{row['event_id']}",
        "date": to_json_value(row["day"]),
        "source": _plover_actors(row["source_actor"], row["source_text"]),
        "target": _plover_actors(row["target_actor"], row["target_text"]),
        "event": row["plover_type"],
        "mode": row["plover_mode"],
        "context": ", ".join(row["plover_context"] or []) or None,
        "eventText": row["evidence_text"],
        "text": text.strip(),
        "language": "ar",
        "cameo": row["cameo"],
        "modality": row["modality"],
        "negated": row["negated"],
        "confidence": row["confidence"],
        "dateBasis": row["date_basis"],
        "location": None,
        "storyId": row["doc_id"],
        "articleId": row["article_id"],
        "publication": row["publication"],
        "url": row["url"],
    }
    if row["location_name"] or row["lat"] is not None:
        record["location"] = {
            "placeName": row["location_name"],
            "countryCode": row["location_country"],
            "lat": row["lat"],
            "lon": row["lon"],
        }
    return record


def _plover_actors(code: str | None, text: str | None) -> list[dict[str, Any]]:
    if not code and not text:
        return []
    # CAMEO actor codes are 3-letter blocks: the first names the country or organisation, the rest the sector.
    return [{"actorText": text, "code": code[:3] if code else None, "sector": (code[3:] or None) if code else None}]


def _sentence_around(sentences: list[dict[str, int]], start: int, end: int) -> tuple[int, int]:
    """The span of the sentences the evidence lies in."""
    inside = [s for s in sentences if s["start_char"] < end and s["end_char"] > start]
    if not inside:
        return 0, 0
    return min(s["start_char"] for s in inside), max(s["end_char"] for s in inside)
