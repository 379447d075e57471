"""`Store`: one DuckDB file holding analysed articles. Open it read-only to query, read-write to ingest.

DuckDB allows either one read-write process or any number of read-only processes on a file at a time. A `Store`
may be shared by threads: every call runs on its own cursor. A read-only store caches query results (the data
cannot change while it is open); `clear_cache()` empties the cache.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from rasd.doc import Doc
from rasd.store import queries
from rasd.store.queries import Filter, Page
from rasd.store.rows import TABLES, Provenance, doc_rows, rows_to_arrow
from rasd.store.schema import StoreError, analysis_version, check_version, migrate, rasd_version

DEFAULT_DB = "rasd.duckdb"
_CACHE_ENTRIES = 512
T = TypeVar("T")
DocRows = Mapping[str, list[dict[str, Any]]]


class Store:
    """A rasd event database. Use `Store.open(path)`; close it (or use `with`) to release DuckDB's file lock."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._cache_lock = threading.Lock()

    # ---------------------------------------------------------------- opening

    @classmethod
    def open(
        cls, path: str | Path = DEFAULT_DB, *, read_only: bool = True, sandboxed: bool = False, threads: int = 0
    ) -> Store:
        """Open (read-write: create and migrate) a store. `sandboxed` also forbids file and network access from SQL
        (for running SQL typed by a user). `threads` caps DuckDB's threads (0: its default, one per core); ingest
        passes 1: its inserts are small batches between analyses, where more threads only add hand-offs (on one
        core a fifth more CPU time per insert)."""
        location = str(path)
        if read_only and location != ":memory:" and not Path(location).is_file():
            raise StoreError(f"no such database: {location} (create it with 'rasd ingest PATH --db {location}')")
        config: dict[str, str | bool | int | float | list[str]] = {"enable_external_access": False} if sandboxed else {}
        if threads:
            config["threads"] = threads
        try:
            con = duckdb.connect(location, read_only=read_only, config=config)
        except duckdb.IOException as error:
            raise StoreError(_lock_message(location, error)) from None
        except duckdb.Error as error:
            raise StoreError(f"cannot open {location} as a DuckDB database: {_first_line(error)}") from None
        try:
            if read_only:
                check_version(con)
            else:
                migrate(con)
                _close_interrupted_runs(con)
        except BaseException:
            con.close()
            raise
        return cls(con, location, read_only=read_only)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for one caller (DuckDB connections are not shared across threads)."""
        return self._con.cursor()

    # ---------------------------------------------------------------- writing

    def start_run(self, inputs: Sequence[str], pipeline: Sequence[str], options: Mapping[str, Any]) -> int:
        row = self._con.execute(
            "INSERT INTO ingest_runs (started_at, status, rasd_version, pipeline, inputs, options, analysis) "
            "VALUES (?, 'running', ?, ?, ?, ?, ?) RETURNING run_id",
            [
                dt.datetime.now(),
                rasd_version(),
                list(pipeline),
                list(inputs),
                json.dumps(dict(options)),
                analysis_version(pipeline),
            ],
        ).fetchone()
        assert row is not None
        return int(row[0])

    def finish_run(self, run_id: int, status: str = "finished") -> None:
        self._con.execute(
            "UPDATE ingest_runs SET finished_at = ?, status = ? WHERE run_id = ?", [dt.datetime.now(), status, run_id]
        )

    def known_articles(self, keys: Iterable[str]) -> set[str]:
        """The article ids among `keys` that are already stored."""
        return set(self.stored_analyses(keys))

    def stored_analyses(self, keys: Iterable[str]) -> dict[str, str | None]:
        """The article ids among `keys` that are already stored, each with the `analysis_version` that produced its
        rows (None for articles stored before schema version 4)."""
        wanted = list(set(keys))
        if not wanted:
            return {}
        found = self._con.execute(
            "SELECT article_id, analysis FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
        )
        return dict(found.fetchall())

    def write(
        self,
        rows_per_doc: Sequence[DocRows],
        *,
        run_id: int | None = None,
        records: int = 0,
        duplicates: int = 0,
        errors: Sequence[tuple[str, str]] = (),
        replace: Collection[str] = (),
    ) -> int:
        """Store documents' rows and the run's progress in ONE transaction; returns how many articles were new.

        Articles already stored (same `article_id`) are skipped with all their rows, so writing the same documents
        twice, or after a crash anywhere before COMMIT, stores each article exactly once; but the stored rows of the
        articles in `replace` (analysed again: `rasd ingest --reanalyze`) give way to the new ones. `records`
        (articles read), `duplicates` (found by the caller before analysis, on top of those found here) and `errors`
        ((origin, reason) pairs) are added to the run's counters in the same transaction.
        """
        stored = self.known_articles(r["articles"][0]["article_id"] for r in rows_per_doc)
        seen = stored - set(replace)
        fresh = []
        for rows in rows_per_doc:
            key = rows["articles"][0]["article_id"]
            if key not in seen:
                seen.add(key)
                fresh.append(rows)
        replaced = [r["articles"][0]["article_id"] for r in fresh if r["articles"][0]["article_id"] in stored]
        tables = rows_to_arrow(fresh)
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            if replaced:
                for name in TABLES:
                    if name != "actors":  # shared between articles: kept
                        con.execute(f"DELETE FROM {name} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [replaced])
            for name in TABLES:
                self._insert(name, tables[name])
            if run_id is not None:
                add_to_run(
                    con,
                    run_id,
                    records=records,
                    added=len(fresh) - len(replaced),
                    duplicates=duplicates + len(rows_per_doc) - len(fresh),
                    errors=errors,
                    reanalysed=len(replaced),
                )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return len(fresh) - len(replaced)

    def add(self, docs: Iterable[Doc], provenance: Provenance | None = None) -> int:
        """Store analysed documents (one transaction); returns how many were new."""
        return self.write([doc_rows(doc, provenance) for doc in docs])

    def _insert(self, name: str, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        # DuckDB reads the Arrow table from this local variable by its name (a replacement scan): a third of the
        # cost of registering it as a view and dropping the view again, per table and batch.
        _rasd_batch_rows = table
        # Actors are shared between articles: the first record seen for a key is kept.
        verb = "INSERT OR IGNORE" if name == "actors" else "INSERT"
        self._con.execute(f"{verb} INTO {name} BY NAME SELECT * FROM _rasd_batch_rows")

    # ---------------------------------------------------------------- reading (see queries.py for the SQL)

    def summary(self, top: int = 10) -> dict[str, Any]:
        return self._cached(("summary", top), lambda: queries.summary(self.cursor(), top))

    def articles(self, where: Filter | None = None, page: Page | None = None) -> queries.Result:
        where, page = where or Filter(), page or Page()
        return self._cached(("articles", where, page), lambda: queries.articles(self.cursor(), where, page))

    def article(self, article: str) -> dict[str, Any] | None:
        """One article in the JSON output contract (text + all annotations), by article_id or doc_id."""
        return self._cached(("article", article), lambda: queries.article(self.cursor(), article))

    def events(self, where: Filter | None = None, page: Page | None = None) -> queries.Result:
        where, page = where or Filter(), page or Page()
        return self._cached(("events", where, page), lambda: queries.events(self.cursor(), where, page))

    def quotes(self, where: Filter | None = None, page: Page | None = None) -> queries.Result:
        where, page = where or Filter(), page or Page()
        return self._cached(("quotes", where, page), lambda: queries.quotes(self.cursor(), where, page))

    def entities(self, where: Filter | None = None, page: Page | None = None) -> queries.Result:
        where, page = where or Filter(), page or Page()
        return self._cached(("entities", where, page), lambda: queries.entities(self.cursor(), where, page))

    def timexes(self, where: Filter | None = None, page: Page | None = None) -> queries.Result:
        where, page = where or Filter(), page or Page()
        return self._cached(("timexes", where, page), lambda: queries.timexes(self.cursor(), where, page))

    def actors(self, where: Filter | None = None, page: Page | None = None) -> queries.Result:
        where, page = where or Filter(), page or Page()
        return self._cached(("actors", where, page), lambda: queries.actors(self.cursor(), where, page))

    def timeline(self, where: Filter | None = None, interval: str = "month", by: str | None = None) -> queries.Result:
        where = where or Filter()
        key = ("timeline", where, interval, by)
        return self._cached(key, lambda: queries.timeline(self.cursor(), where, interval, by))

    def network(self, where: Filter | None = None, min_events: int = 1, limit: int = 200) -> queries.Result:
        where = where or Filter()
        key = ("network", where, min_events, limit)
        return self._cached(key, lambda: queries.network(self.cursor(), where, min_events, limit))

    def locations(self, where: Filter | None = None, limit: int = 1000) -> queries.Result:
        where = where or Filter()
        return self._cached(("locations", where, limit), lambda: queries.locations(self.cursor(), where, limit))

    def clear_cache(self) -> None:
        with self._cache_lock:
            self._cache.clear()

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """Results of a read-only store are cached: while it is open read-only, DuckDB's file lock keeps every
        writer out, so the data cannot change. Callers get their own copy."""
        if not self.read_only:
            return compute()
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return copy.deepcopy(self._cache[key])  # type: ignore[no-any-return]
        value = compute()
        with self._cache_lock:
            self._cache[key] = value
            while len(self._cache) > _CACHE_ENTRIES:
                self._cache.popitem(last=False)
        return copy.deepcopy(value)

    def sql(self, statement: str, limit: int | None = None) -> queries.Result:
        """Run one read-only SQL statement (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN, SUMMARIZE)."""
        return queries.run_sql(self.cursor(), statement, limit)


def add_to_run(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    *,
    records: int,
    added: int,
    duplicates: int,
    errors: Sequence[tuple[str, str]] = (),
    errors_logged: int = 0,
    reanalysed: int = 0,
) -> None:
    """Add to a run's counters and log its skipped (origin, reason) records, inside the caller's transaction.
    `errors_logged` counts skipped records the caller inserted into `ingest_errors` itself."""
    con.execute(
        "UPDATE ingest_runs SET records = records + ?, added = added + ?, duplicates = duplicates + ?, "
        "errors = errors + ?, reanalysed = reanalysed + ? WHERE run_id = ?",
        [records, added, duplicates, len(errors) + errors_logged, reanalysed, run_id],
    )
    if errors:
        now = dt.datetime.now()
        con.executemany(
            "INSERT INTO ingest_errors VALUES (?, ?, ?, ?)",
            [[run_id, origin, reason, now] for origin, reason in errors],
        )


def _close_interrupted_runs(con: duckdb.DuckDBPyConnection) -> None:
    # We hold DuckDB's write lock, so no other process is ingesting: any run still 'running' was killed.
    con.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'")


def _lock_message(location: str, error: Exception) -> str:
    text = _first_line(error)
    if "lock" in text.lower():
        return f"{location} is in use by another process (DuckDB allows one writer or many readers): {text}"
    return f"cannot open {location}: {text}"


def _first_line(error: Exception) -> str:
    return " ".join(str(error).split())
