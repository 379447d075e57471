"""The versioned store schema: numbered SQL migrations under `data/store/migrations/`, applied in order.

Each migration runs in its own transaction together with its row in `schema_migrations`, so a database is always at
exactly one version even if the process dies mid-upgrade. Read-only openers never migrate: they refuse a database
whose version differs from the code's, with a message saying what to do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.machinery import EXTENSION_SUFFIXES
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import duckdb

import rasd
from rasd.actors.user import actor_files_digest
from rasd.events.user import predicate_files_digest
from rasd.resources import data_path

_MIGRATION_FILE = re.compile(r"^(\d{4})_(\w+)\.sql$")


class StoreError(RuntimeError):
    """A database that cannot be used as a rasd store; the message is one line meant for the user."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations() -> tuple[Migration, ...]:
    found = []
    for path in sorted(data_path("store", "migrations").iterdir()):
        match = _MIGRATION_FILE.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), path.read_text(encoding="utf-8")))
    numbers = [m.version for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise StoreError(f"store migrations must be numbered 1..n without gaps, found {numbers}")
    return tuple(found)


def schema_version() -> int:
    """The schema version this code reads and writes."""
    return len(migrations())


@cache
def rasd_version() -> str:
    """The installed rasd's version (looked up once: the lookup reads package metadata from disk)."""
    try:
        return version("rasd")
    except PackageNotFoundError:  # running from a source tree without an install
        return "unknown"


def analysis_version(stages: Sequence[str]) -> str:
    """What analysed an article: the rasd version, the stage names and a digest of rasd's code and data, so that a
    changed rule, lexicon or model gives another version (`rasd ingest --reanalyze` redoes the articles stored by
    another one). The pure-Python and the compiled build of one tree give the same output and the same version.
    Your own dictionaries (rasd.actors.user, rasd.events.user) add a digest of their contents."""
    version = f"{rasd_version()} {package_digest()} {','.join(stages)}"
    for kind, digest in (("actors", actor_files_digest()), ("predicates", predicate_files_digest())):
        if digest is not None:
            version += f" {kind}:{digest}"
    return version


@cache
def package_digest() -> str:
    """`tree_digest` of the installed rasd package (about 25 MB, read once per process)."""
    return tree_digest(Path(rasd.__file__).parent)


def tree_digest(root: Path) -> str:
    """SHA-256 (first 16 hex digits) of every file under `root` by path and content, compiled extensions and
    bytecode left out: for a package, its Python sources and data files."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.name.endswith((".pyc", *EXTENSION_SUFFIXES)):
            continue
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version of the opened database: 0 for an empty one."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?",
        ["schema_migrations"],
    ).fetchone()
    if not exists or not exists[0]:
        tables = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'").fetchone()
        if tables and tables[0]:
            raise StoreError("this DuckDB file has tables but is not a rasd store (no schema_migrations table)")
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Bring a writable database up to `schema_version()`; returns the versions applied."""
    have = current_version(con)
    target = schema_version()
    if have > target:
        raise StoreError(f"database schema version {have} is newer than this rasd ({target}); upgrade rasd")
    applied = []
    for migration in migrations()[have:]:
        con.execute("BEGIN TRANSACTION")
        try:
            if migration.version == 1:
                con.execute(
                    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                    "applied_at TIMESTAMP NOT NULL, rasd_version VARCHAR NOT NULL)"
                )
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?, ?)",
                [migration.version, migration.name, dt.datetime.now(), rasd_version()],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied


def check_version(con: duckdb.DuckDBPyConnection) -> None:
    """For read-only openers: the database must be exactly at the code's schema version."""
    have, target = current_version(con), schema_version()
    if have == 0:
        raise StoreError("the database is empty: ingest articles first (rasd ingest PATH --db FILE)")
    if have < target:
        raise StoreError(
            f"database schema version {have} is older than this rasd ({target}); "
            "run any 'rasd ingest' on it (it upgrades the schema) and retry"
        )
    if have > target:
        raise StoreError(f"database schema version {have} is newer than this rasd ({target}); upgrade rasd")
