"""The Parquet a Dask ingest writes, read through DuckDB: loaded into a store, or queried in place.

Layout of an output folder: `<table>/<partition>.parquet` for the six store tables and `errors`, `_done/<partition>
.json` (a partition's figures, written after its parts: only partitions with one are read) and `manifest.json` (the
plan). Articles are de-duplicated by `article_id` exactly as the single-process ingest does: the first occurrence in
input order (partition id, then row) is kept with all its rows, later ones are counted as duplicates, and articles
already in the store are not added again; an actor's first record is kept.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

from rasd.scale.worker import DONE, ERRORS_TABLE, PartitionReport, part_path
from rasd.store import Store
from rasd.store.database import add_to_run
from rasd.store.rows import TABLES
from rasd.store.schema import migrate

_CHILDREN = ("entities", "timexes", "quotes", "events")


def done_reports(out_dir: Path) -> dict[str, PartitionReport]:
    """The figures of every finished partition in an output folder, by partition id."""
    reports = {}
    for marker in sorted((out_dir / DONE).glob("p*.json")):
        reports[marker.stem] = PartitionReport.from_json(json.loads(marker.read_text(encoding="utf-8")))
    return reports


def _files(out_dir: Path, table: str, partitions: list[str]) -> list[str]:
    return [str(part_path(out_dir, table, p)) for p in partitions]


def _define_winners(con: duckdb.DuckDBPyConnection, out_dir: Path, partitions: list[str], *, view: bool) -> None:
    """`_rasd_winners(article_id, part)`: the partition whose copy of each article is kept."""
    kind = "VIEW" if view else "TEMP TABLE"
    con.execute(
        f"CREATE OR REPLACE {kind} _rasd_winners AS "
        "SELECT article_id, parse_filename(filename, true) AS part FROM read_parquet("
        + _literal(_files(out_dir, "articles", partitions))
        + ", filename = true, file_row_number = true) QUALIFY row_number() OVER (PARTITION BY article_id "
        "ORDER BY filename, file_row_number) = 1"
    )


def _select(table: str) -> str:
    """SQL for the kept rows of `table` from `files` (bound as the statement's parameter); `filename` excluded."""
    if table == "articles":
        return (
            "SELECT a.* EXCLUDE (filename) FROM read_parquet($files, filename = true) a SEMI JOIN _rasd_winners w "
            "ON a.article_id = w.article_id AND parse_filename(a.filename, true) = w.part"
        )
    if table == "actors":
        return (
            "SELECT * EXCLUDE (filename, file_row_number) FROM read_parquet($files, filename = true, "
            "file_row_number = true) QUALIFY row_number() OVER (PARTITION BY actor_key ORDER BY filename, "
            "file_row_number) = 1"
        )
    return (
        "SELECT c.* EXCLUDE (filename) FROM read_parquet($files, filename = true) c SEMI JOIN _rasd_winners w "
        "ON c.article_id = w.article_id AND parse_filename(c.filename, true) = w.part"
    )


@dataclass(frozen=True, slots=True)
class LoadResult:
    added: int
    duplicates: int  # articles read that were not added: repeats in the input or already stored
    errors: int


def load_into_store(
    store: Store,
    out_dir: Path,
    partitions: list[str],
    *,
    run_id: int | None,
    records: int,
    unanalysed: int = 0,
    extra_errors: Sequence[tuple[str, str]] = (),
) -> LoadResult:
    """Insert the finished partitions' rows into an open read-write store in ONE transaction, with the run's
    counters and skipped records: a coordinator killed while loading leaves the store as it was. `records` is the
    articles read, `unanalysed` those among them whose analysis failed (already counted among the errors), and
    `extra_errors` (origin, reason) pairs found outside the partitions (missing paths, failed partitions)."""
    con = store.cursor()
    try:
        con.execute("BEGIN TRANSACTION")
        if partitions:
            _define_winners(con, out_dir, partitions, view=False)
            con.execute("DELETE FROM _rasd_winners WHERE article_id IN (SELECT article_id FROM articles)")
            row = con.execute("SELECT count(*) FROM _rasd_winners").fetchone()
            added = int(row[0]) if row else 0
            for table in (*_CHILDREN, "articles"):
                select = _select(table)
                if table == "articles":  # a resumed run's partitions may have been written under an earlier run id
                    select = f"SELECT * REPLACE ($run_id::INTEGER AS run_id) FROM ({select})"
                    parameters: dict[str, object] = {"files": _files(out_dir, table, partitions), "run_id": run_id}
                else:
                    parameters = {"files": _files(out_dir, table, partitions)}
                con.execute(f"INSERT INTO {table} BY NAME {select}", parameters)
            con.execute(
                f"INSERT OR IGNORE INTO actors BY NAME {_select('actors')}",
                {"files": _files(out_dir, "actors", partitions)},
            )
            errors = _load_errors(con, out_dir, partitions, run_id)
            con.execute("DROP TABLE _rasd_winners")
        else:
            added = errors = 0
        duplicates = records - added - unanalysed
        if run_id is not None:
            add_to_run(
                con,
                run_id,
                records=records,
                added=added,
                duplicates=duplicates,
                errors=extra_errors,
                errors_logged=errors,
            )
        errors += len(extra_errors)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return LoadResult(added, duplicates, errors)


def _load_errors(con: duckdb.DuckDBPyConnection, out_dir: Path, partitions: list[str], run_id: int | None) -> int:
    files = _files(out_dir, ERRORS_TABLE, partitions)
    row = con.execute("SELECT count(*) FROM read_parquet(?)", [files]).fetchone()
    count = int(row[0]) if row else 0
    if run_id is not None and count:
        con.execute(
            "INSERT INTO ingest_errors SELECT ?, origin, reason, ? FROM read_parquet(?)",
            [run_id, dt.datetime.now(), files],
        )
    return count


def open_parquet(out_dir: str | Path) -> Store:
    """A read-only `Store` over a Dask ingest's Parquet output, queried in place through DuckDB (no copy): the
    store tables are views over the finished partitions' parts, de-duplicated as a load would, so every `Store`
    query works on them. `ingest_errors` lists the skipped records."""
    folder = Path(out_dir)
    partitions = sorted(done_reports(folder))
    if not partitions:
        raise FileNotFoundError(f"{folder} holds no finished partitions of a 'rasd ingest --engine dask' run")
    con = duckdb.connect(":memory:")
    try:
        migrate(con)  # the store's exact column types, from its own migrations
        for table in (*TABLES, "ingest_errors"):
            columns = con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position",
                [table],
            ).fetchall()
            con.execute(f"DROP TABLE {table}")
            typed = ", ".join(f'CAST("{name}" AS {kind}) AS "{name}"' for name, kind in columns)
            if table == "ingest_errors":
                source = (
                    "SELECT NULL AS run_id, origin, reason, NULL AS logged_at FROM read_parquet("
                    + _literal(_files(folder, ERRORS_TABLE, partitions))
                    + ")"
                )
            else:
                if table == "articles":
                    _define_winners(con, folder, partitions, view=True)
                source = _select(table).replace("$files", _literal(_files(folder, table, partitions)))
            con.execute(f"CREATE VIEW {table} AS SELECT {typed} FROM ({source})")
    except BaseException:
        con.close()
        raise
    return Store(con, str(folder), read_only=True)


def _literal(files: list[str]) -> str:
    """A list of paths as a SQL literal (views cannot take parameters)."""
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"
