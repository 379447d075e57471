"""`rasd query`, `rasd export` and `rasd sql`: reading a store from the command line."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from rasd.store.database import DEFAULT_DB, Store
from rasd.store.queries import INTERVALS, TIMELINE_GROUPS, Filter, Page, QueryError, Result, to_json_value
from rasd.store.schema import StoreError

# Columns shown by the table format (json and csv give every column).
TABLE_COLUMNS: dict[str, list[str]] = {
    "events": [
        "day",
        "cameo",
        "plover_type",
        "source_actor",
        "target_actor",
        "location_name",
        "modality",
        "evidence_text",
        "doc_id",
    ],
    "quotes": ["day", "speaker_name", "speaker_actor", "kind", "content_text", "doc_id"],
    "entities": ["doc_id", "label", "text", "actor_cameo", "actor_name_en", "actor_role"],
    "actors": ["cameo", "name_ar", "name_en", "country", "mentions", "articles", "as_source", "as_target"],
    "articles": ["day", "doc_id", "source", "title", "n_entities", "n_quotes", "n_events"],
    "timexes": ["doc_id", "text", "type", "value", "mod"],
    "timeline": ["period", "key", "events", "articles"],
    "network": ["source", "target", "events", "articles", "root_codes"],
    "locations": ["name", "country", "lat", "lon", "events", "first_day", "last_day"],
}
_CELL = 70


def _open(db: str, *, sandboxed: bool = False, parquet: str | None = None) -> Store:
    try:
        if parquet:  # the Parquet of 'rasd ingest --engine dask', queried in place
            from rasd.scale.parquet import open_parquet

            return open_parquet(parquet)
        return Store.open(db, read_only=True, sandboxed=sandboxed)
    except (StoreError, FileNotFoundError) as error:
        raise click.ClickException(str(error)) from None


def emit(result: Result, fmt: str, shown: list[str] | None = None) -> None:
    """Print a result as a table (selected columns), a JSON array or CSV (all columns)."""
    if fmt == "json":
        sys.stdout.write(json.dumps(result.jsonable(), ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_csv_cell(row[c]) for c in result.columns])
    else:
        columns = [c for c in shown or result.columns if c in result.columns] or result.columns
        table = Table(show_lines=False, header_style="bold")
        for column in columns:
            table.add_column(column, no_wrap=True, overflow="ellipsis")
        for row in result.rows:
            table.add_row(*(_table_cell(row[c]) for c in columns))
        console = Console(highlight=False, width=None if sys.stdout.isatty() else 250)
        console.print(table)
        if result.total is not None:
            console.print(f"{len(result.rows):,} of {result.total:,} rows")


def _csv_cell(value: Any) -> Any:
    value = to_json_value(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _table_cell(value: Any) -> str:
    value = to_json_value(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    text = ", ".join(map(str, value)) if isinstance(value, list) else " ".join(str(value).split())
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


_FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
_DB = click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file written by 'rasd ingest'.")


@click.command()
@click.argument("what", type=click.Choice(list(TABLE_COLUMNS)))
@_DB
@click.option("--actor", help="CAMEO actor code prefix (EGY, EGYGOV) or an actor key.")
@click.option("--code", help="CAMEO event code prefix (04, 0332).")
@click.option("--since", help="From this date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive.")
@click.option("--until", help="Up to this date, inclusive.")
@click.option("--text", help="Words that must all appear (matched on the normalised text).")
@click.option("--article", help="An article_id or doc_id.")
@click.option("--source", help="The outlet, exactly as stored.")
@click.option("--label", help="Entity label (PERS, ORG, LOC, MISC).")
@click.option("--kind", help="Quote kind (direct, indirect, mixed).")
@click.option("--plover", help="PLOVER event type (e.g. ACCUSE).")
@click.option("--interval", type=click.Choice(INTERVALS), default="month", show_default=True, help="timeline only.")
@click.option("--by", type=click.Choice(list(TIMELINE_GROUPS)), help="timeline only: split counts.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
@click.option(
    "--parquet",
    "parquet_dir",
    type=click.Path(file_okay=False),
    help="Query the Parquet folder of 'rasd ingest --engine dask --parquet DIR' in place instead of --db.",
)
@_FORMAT
def query(
    what: str,
    db: str,
    parquet_dir: str | None,
    interval: str,
    by: str | None,
    limit: int,
    offset: int,
    fmt: str,
    **raw: str | None,
) -> None:
    """List events, quotes, entities, actors, articles or timexes, or aggregate them (timeline, network,
    locations), filtered. WHAT is one of the listed kinds."""
    try:
        where = Filter.parse(**raw)
        page = Page(limit=limit, offset=offset)
        with _open(db, parquet=parquet_dir) as store:
            if what == "timeline":
                result = store.timeline(where, interval=interval, by=by)
            elif what == "network":
                result = store.network(where, limit=limit)
            elif what == "locations":
                result = store.locations(where, limit=limit)
            else:
                result = getattr(store, what)(where, page)
    except QueryError as error:
        raise click.UsageError(str(error)) from None
    emit(result, fmt, TABLE_COLUMNS[what])


@click.command()
@_DB
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["parquet", "csv", "jsonl", "plover"]),
    required=True,
    help="parquet/csv: one file per table in a folder; jsonl: one article per line (output contract); "
    "plover: one PLOVER event record per line.",
)
@click.option(
    "--out", "out", help="Folder (parquet, csv; default rasd-export) or file (jsonl, plover; default stdout)."
)
def export(db: str, fmt: str, out: str | None) -> None:
    """Export the whole store."""
    from rasd.store.export import export_jsonl, export_plover, export_tables

    with _open(db) as store:
        if fmt in ("parquet", "csv"):
            folder = Path(out or "rasd-export")
            if folder.exists() and not folder.is_dir():
                raise click.BadParameter(f"{folder} exists and is not a folder", param_hint="--out")
            written = export_tables(store, folder, fmt)
            click.echo(f"wrote {len(written)} {fmt} files to {folder}/", err=True)
            return
        writer = export_jsonl if fmt == "jsonl" else export_plover
        if out is None:
            count = writer(store, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8") as fh:
                count = writer(store, fh)
        noun = "articles" if fmt == "jsonl" else "events"
        click.echo(f"wrote {count:,} {noun}" + (f" to {out}" if out else ""), err=True)


@click.command()
@click.argument("statement")
@_DB
@click.option("--limit", type=click.IntRange(1), help="At most this many rows.")
@_FORMAT
def sql(statement: str, db: str, limit: int | None, fmt: str) -> None:
    """Run one read-only SQL statement (SELECT ...) on the store. Tables: see docs/store.md."""
    try:
        with _open(db, sandboxed=True) as store:
            result = store.sql(statement, limit)
    except QueryError as error:
        raise click.ClickException(str(error)) from None
    emit(result, fmt)


@click.command()
@_DB
@click.option("--top", default=8, show_default=True, type=click.IntRange(1, 100), help="How many of each to list.")
def summary(db: str, top: int) -> None:
    """What a store holds: counts, dates, the most frequent actors, event codes and speakers, a few quotes."""
    with _open(db) as store:
        facts = store.summary(top)
        quotes = store.quotes(page=Page(limit=min(top, 5)))
    counts = facts["counts"]
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    span = f"{facts['first_day']} to {facts['last_day']}" if facts["first_day"] else "no dates"
    console.print(
        f"[bold]{db}[/]: {counts['articles']:,} articles ({span}), {counts['entities']:,} entity mentions of "
        f"{counts['actors']:,} actors, {counts['timexes']:,} time expressions, {counts['quotes']:,} quotes, "
        f"{counts['events']:,} events, {counts['ingest_runs']:,} ingest runs"
    )
    sections = [
        ("top actors", facts["top_actors"], ["name_ar", "name_en", "cameo", "mentions", "articles", "as_source"]),
        ("top event codes", facts["top_event_codes"], ["cameo", "events"]),
        ("top speakers", facts["top_speakers"], ["speaker", "actor", "quotes"]),
        ("latest quotes", quotes.rows, ["day", "speaker_name", "content_text"]),
    ]
    for title, rows, columns in sections:
        if not rows:
            continue
        table = Table(*columns, title=title, title_justify="left", header_style="bold")
        for row in rows:
            table.add_row(*(_table_cell(row.get(c)) for c in columns))
        console.print(table)
