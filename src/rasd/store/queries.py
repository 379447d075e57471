"""The read API's SQL: list/filter queries, aggregates for the dashboard, and read-only user SQL.

Every value from a caller travels as a bound parameter; only fixed column names and keywords chosen from closed
sets are spliced into the SQL text. Invalid filter values raise `QueryError` with a one-line message (the HTTP API
answers it with a 400).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import duckdb

from rasd.store.rows import record_from_row
from rasd.text.normalize import normalize


class QueryError(ValueError):
    """A query parameter that cannot be used; the message is one line meant for the user."""


_EVENT_CODE = re.compile(r"^\d{1,4}$")
_MAX_TEXT = 200
_MAX_WORDS = 12
MAX_LIMIT = 10_000
INTERVALS = ("day", "week", "month", "year")
TIMELINE_GROUPS = {"root": "root_code", "plover": "plover_type", "modality": "modality"}


def _date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dt.date.fromisoformat(text + "-01")
        return dt.date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}") from None


def _clean(value: str | None, name: str, max_length: int = 100) -> str | None:
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if len(text) > max_length:
        raise QueryError(f"{name} is too long ({len(text)} characters; at most {max_length})")
    if any(ord(c) < 32 for c in text):
        raise QueryError(f"{name} contains control characters")
    return text


@dataclass(frozen=True, slots=True)
class Filter:
    """What to select. Every field is optional; each query uses the fields that make sense for it (see
    docs/store.md) and refuses the others with a QueryError, so a filter is never silently ignored.

    `actor`: a CAMEO actor code prefix (`EGY`, `EGYGOV`) or an exact kb id; `code`: a CAMEO event code prefix
    (`04`, `0332`); `since`/`until`: inclusive dates; `text`: words that must all appear (matched on the normal form);
    `article`: an article_id or doc_id; `source`: the outlet; `label`: an entity label; `kind`: a quote kind;
    `plover`: a PLOVER event type.
    """

    actor: str | None = None
    code: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    article: str | None = None
    source: str | None = None
    label: str | None = None
    kind: str | None = None
    plover: str | None = None

    @classmethod
    def parse(
        cls,
        *,
        actor: str | None = None,
        code: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        text: str | None = None,
        article: str | None = None,
        source: str | None = None,
        label: str | None = None,
        kind: str | None = None,
        plover: str | None = None,
    ) -> Filter:
        """A validated filter from raw (e.g. command-line or URL) values; raises QueryError."""
        code = _clean(code, "code", 100)
        if code is not None and not _EVENT_CODE.match(code):
            raise QueryError(f"code must be a CAMEO event code prefix (1-4 digits, e.g. 04 or 0332), got {code!r}")
        start, end = _date(since, "since"), _date(until, "until")
        if start and end and start > end:
            raise QueryError(f"since ({start}) is after until ({end})")
        words = _clean(text, "text", _MAX_TEXT)
        if words is not None and len(words.split()) > _MAX_WORDS:
            raise QueryError(f"text has too many words (at most {_MAX_WORDS})")
        label_value = _clean(label, "label", 10)
        kind_value = _clean(kind, "kind", 20)
        actor_value = _clean(actor, "actor")
        return cls(
            actor=actor_value,
            code=code,
            since=start,
            until=end,
            text=words,
            article=_clean(article, "article", 200),
            source=_clean(source, "source", 200),
            label=label_value.upper() if label_value else None,
            kind=kind_value.lower() if kind_value else None,
            plover=_clean(plover, "plover", 50),
        )

    def used(self) -> set[str]:
        return {name for name in self.__slots__ if getattr(self, name) is not None}

    def words(self) -> list[str]:
        return [w for w in (normalize(word) for word in (self.text or "").split()) if w]


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")


@dataclass(frozen=True, slots=True)
class Page:
    limit: int = 100
    offset: int = 0

    def __post_init__(self) -> None:
        _check_limit(self.limit)
        if self.offset < 0:
            raise QueryError(f"offset must be 0 or more, got {self.offset}")


@dataclass(frozen=True, slots=True)
class Result:
    """Rows as dicts (column -> Python value: str, int, float, bool, datetime.date, list, None); `total` is the
    number of rows matching before paging (None when the query does not page)."""

    columns: list[str]
    rows: list[dict[str, Any]]
    total: int | None = None

    def jsonable(self) -> list[dict[str, Any]]:
        return [{k: to_json_value(v) for k, v in row.items()} for row in self.rows]


def to_json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json_value(v) for k, v in value.items()}
    return value


@dataclass(slots=True)
class _Where:
    """WHERE clauses with their parameters, in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _check(where: Filter, allowed: set[str], what: str) -> None:
    unsupported = sorted(where.used() - allowed)
    if unsupported:
        raise QueryError(
            f"{what} cannot be filtered by {', '.join(unsupported)} (allowed: {', '.join(sorted(allowed))})"
        )


def _common(where: Filter, out: _Where, day: str, text_column: str | None) -> None:
    """Filters shared by every query: article, source, dates, words."""
    if where.article:
        out.add("(a.article_id = ? OR a.doc_id = ?)", where.article, where.article)
    if where.source:
        out.add("a.source = ?", where.source)
    if where.since:
        out.add(f"{day} >= ?", where.since)
    if where.until:
        out.add(f"{day} <= ?", where.until)
    if text_column:
        for word in where.words():
            out.add(f"contains({text_column}, ?)", word)


def _actor_match(column: str, where: Filter, out: _Where) -> None:
    if where.actor:
        out.add(f"starts_with({column}, ?)", where.actor.upper())


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> tuple[list[str], list[dict[str, Any]]]:
    cursor = con.execute(sql, params)
    columns = [d[0] for d in cursor.description or []]
    return columns, [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _paged(con: duckdb.DuckDBPyConnection, select: str, rest: str, order: str, out: _Where, page: Page) -> Result:
    count = con.execute(f"SELECT count(*) {rest}{out.sql()}", out.params).fetchone()
    columns, rows = _fetch(
        con, f"{select} {rest}{out.sql()} ORDER BY {order} LIMIT ? OFFSET ?", [*out.params, page.limit, page.offset]
    )
    return Result(columns, rows, int(count[0]) if count else 0)


_ARTICLE_META = "a.doc_id, a.source, a.title, a.published"


def _event_filter(where: Filter, what: str) -> _Where:
    _check(where, {"article", "source", "since", "until", "text", "actor", "code", "plover"}, what)
    out = _Where()
    _common(where, out, "e.day", "a.text_norm")
    if where.actor:
        actor = where.actor.upper()
        out.add("(starts_with(e.source_actor, ?) OR starts_with(e.target_actor, ?))", actor, actor)
    if where.code:
        out.add("starts_with(e.cameo, ?)", where.code)
    if where.plover:
        out.add("e.plover_type = ?", where.plover)
    return out


_EVENTS_FROM = "FROM events e JOIN articles a USING (article_id)"


# ---------------------------------------------------------------- list queries


def articles(con: duckdb.DuckDBPyConnection, where: Filter, page: Page) -> Result:
    _check(where, {"article", "source", "since", "until", "text", "actor", "code"}, "articles")
    out = _Where()
    _common(where, out, "a.day", "a.text_norm")
    if where.actor:
        out.add(
            "EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.article_id "
            "AND (starts_with(n.actor_cameo, ?) OR n.actor_key = ?))",
            where.actor.upper(),
            where.actor,
        )
    if where.code:
        out.add(
            "EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.article_id AND starts_with(e.cameo, ?))", where.code
        )
    select = (
        "SELECT a.article_id, a.doc_id, a.source, a.title, a.url, a.published, a.published_detected, a.day, "
        "a.chars, a.n_entities, a.n_timexes, a.n_quotes, a.n_events, a.origin, a.format, a.ingested_at"
    )
    return _paged(con, select, "FROM articles a", "a.day DESC NULLS LAST, a.article_id", out, page)


def events(con: duckdb.DuckDBPyConnection, where: Filter, page: Page) -> Result:
    out = _event_filter(where, "events")
    select = f"SELECT e.* EXCLUDE (extra), e.extra, {_ARTICLE_META}"
    return _paged(con, select, _EVENTS_FROM, "e.day DESC NULLS LAST, e.article_id, e.evidence_start", out, page)


def quotes(con: duckdb.DuckDBPyConnection, where: Filter, page: Page) -> Result:
    _check(where, {"article", "source", "since", "until", "text", "actor", "kind"}, "quotes")
    out = _Where()
    _common(where, out, "q.day", None)
    for word in where.words():
        out.add("(contains(q.content_norm, ?) OR contains(coalesce(q.speaker_name, ''), ?))", word, word)
    _actor_match("q.speaker_actor", where, out)
    if where.kind:
        out.add("q.kind = ?", where.kind)
    select = f"SELECT q.* EXCLUDE (content_norm, extra), q.extra, {_ARTICLE_META}"
    rest = "FROM quotes q JOIN articles a USING (article_id)"
    return _paged(con, select, rest, "q.day DESC NULLS LAST, q.article_id, q.content_start", out, page)


def entities(con: duckdb.DuckDBPyConnection, where: Filter, page: Page) -> Result:
    _check(where, {"article", "source", "since", "until", "text", "actor", "label"}, "entities")
    out = _Where()
    _common(where, out, "a.day", "n.text_norm")
    if where.actor:
        out.add("(starts_with(n.actor_cameo, ?) OR n.actor_key = ?)", where.actor.upper(), where.actor)
    if where.label:
        out.add("n.label = ?", where.label)
    select = (
        "SELECT n.* EXCLUDE (text_norm, extra), n.extra, r.kb_id AS actor_id, r.name_ar AS actor_name_ar, "
        f"r.name_en AS actor_name_en, r.country AS actor_country, {_ARTICLE_META}"
    )
    rest = "FROM entities n JOIN articles a USING (article_id) LEFT JOIN actors r USING (actor_key)"
    return _paged(con, select, rest, "a.day DESC NULLS LAST, n.article_id, n.start_char", out, page)


def timexes(con: duckdb.DuckDBPyConnection, where: Filter, page: Page) -> Result:
    _check(where, {"article", "source", "since", "until", "text"}, "timexes")
    out = _Where()
    _common(where, out, "a.day", "a.text_norm")
    select = f"SELECT t.* EXCLUDE (extra), t.extra, {_ARTICLE_META}"
    rest = "FROM timexes t JOIN articles a USING (article_id)"
    return _paged(con, select, rest, "a.day DESC NULLS LAST, t.article_id, t.start_char", out, page)


def actors(con: duckdb.DuckDBPyConnection, where: Filter, page: Page) -> Result:
    """Actors with their mention and article counts and how often they are an event's source or target. An actor's
    CAMEO code can differ between mentions (a country acting through its government...): `cameo` is its most
    frequent code among the selected mentions, `cameo_codes` all of them; `actor` filters on the mention's code."""
    _check(where, {"article", "source", "since", "until", "text", "actor"}, "actors")
    out = _Where()
    _common(where, out, "a.day", None)
    for word in where.words():
        out.add("(contains(coalesce(r.name_norm, ''), ?) OR contains(n.text_norm, ?))", word, word)
    if where.actor:
        out.add("(starts_with(n.actor_cameo, ?) OR r.actor_key = ?)", where.actor.upper(), where.actor)
    rest = "FROM entities n JOIN articles a USING (article_id) JOIN actors r USING (actor_key)"
    sql = f"""
        WITH mentions AS (
            SELECT n.article_id, n.entity_id, n.actor_cameo AS mention_cameo, n.actor_sector AS mention_sector, r.*
            {rest}{out.sql()}
        ),
        roles AS (
            SELECT m.actor_key,
                   count(*) FILTER (WHERE e.source_entity = m.entity_id) AS as_source,
                   count(*) FILTER (WHERE e.target_entity = m.entity_id) AS as_target
            FROM mentions m JOIN events e ON e.article_id = m.article_id
                 AND (e.source_entity = m.entity_id OR e.target_entity = m.entity_id)
            GROUP BY m.actor_key
        )
        SELECT m.actor_key, any_value(m.kb_id) AS kb_id, any_value(m.name_ar) AS name_ar,
               any_value(m.name_en) AS name_en, any_value(m.country) AS country,
               coalesce(mode(m.mention_cameo), any_value(m.cameo)) AS cameo,
               list(DISTINCT m.mention_cameo ORDER BY m.mention_cameo) FILTER (WHERE m.mention_cameo IS NOT NULL)
                   AS cameo_codes,
               mode(m.mention_sector) AS sector, count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
               coalesce(any_value(roles.as_source), 0) AS as_source,
               coalesce(any_value(roles.as_target), 0) AS as_target,
               count(*) OVER () AS _total
        FROM mentions m LEFT JOIN roles USING (actor_key)
        GROUP BY m.actor_key
        ORDER BY mentions DESC, m.actor_key
        LIMIT ? OFFSET ?
    """
    columns, rows = _fetch(con, sql, [*out.params, page.limit, page.offset])
    total = rows[0]["_total"] if rows else _count_groups(con, rest, out)
    for row in rows:
        del row["_total"]
    return Result([c for c in columns if c != "_total"], rows, int(total))


def _count_groups(con: duckdb.DuckDBPyConnection, rest: str, out: _Where) -> int:
    row = con.execute(f"SELECT count(DISTINCT r.actor_key) {rest}{out.sql()}", out.params).fetchone()
    return int(row[0]) if row else 0


# ---------------------------------------------------------------- aggregates for the dashboard


def timeline(con: duckdb.DuckDBPyConnection, where: Filter, interval: str, by: str | None) -> Result:
    """Events per period (`interval` day|week|month|year), optionally split by root code, PLOVER type or modality."""
    if interval not in INTERVALS:
        raise QueryError(f"interval must be one of {', '.join(INTERVALS)}, got {interval!r}")
    if by is not None and by not in TIMELINE_GROUPS:
        raise QueryError(f"by must be one of {', '.join(TIMELINE_GROUPS)}, got {by!r}")
    out = _event_filter(where, "timeline")
    out.add("e.day IS NOT NULL")
    group = f", e.{TIMELINE_GROUPS[by]} AS key" if by else ""
    sql = (
        f"SELECT CAST(date_trunc('{interval}', e.day) AS DATE) AS period{group}, count(*) AS events, "
        f"count(DISTINCT e.article_id) AS articles {_EVENTS_FROM}{out.sql()} "
        f"GROUP BY ALL ORDER BY ALL"
    )
    columns, rows = _fetch(con, sql, out.params)
    return Result(columns, rows)


def network(con: duckdb.DuckDBPyConnection, where: Filter, min_events: int, limit: int) -> Result:
    """Who acts on whom: one edge per (source actor code, target actor code) with its event count."""
    if min_events < 1:
        raise QueryError(f"min_events must be 1 or more, got {min_events}")
    _check_limit(limit)
    out = _event_filter(where, "network")
    out.add("e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL")
    sql = (
        "SELECT e.source_actor AS source, e.target_actor AS target, count(*) AS events, "
        "count(DISTINCT e.article_id) AS articles, list(DISTINCT e.root_code ORDER BY e.root_code) AS root_codes "
        f"{_EVENTS_FROM}{out.sql()} GROUP BY ALL HAVING count(*) >= ? ORDER BY events DESC, source, target LIMIT ?"
    )
    columns, rows = _fetch(con, sql, [*out.params, min_events, limit])
    return Result(columns, rows)


def locations(con: duckdb.DuckDBPyConnection, where: Filter, limit: int) -> Result:
    """Event locations with coordinates and their event counts."""
    _check_limit(limit)
    out = _event_filter(where, "locations")
    out.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    sql = (
        "SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon, count(*) AS events, "
        "min(e.day) AS first_day, max(e.day) AS last_day, list(DISTINCT e.root_code ORDER BY e.root_code) AS "
        f"root_codes {_EVENTS_FROM}{out.sql()} GROUP BY ALL ORDER BY events DESC, name LIMIT ?"
    )
    columns, rows = _fetch(con, sql, [*out.params, limit])
    return Result(columns, rows)


def summary(con: duckdb.DuckDBPyConnection, top: int) -> dict[str, Any]:
    """Counts per table, the date range and the most frequent actors, event codes and speakers."""
    counts = {}
    for table in ("articles", "entities", "actors", "timexes", "quotes", "events", "ingest_runs"):
        row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        counts[table] = int(row[0]) if row else 0
    span = con.execute("SELECT min(day), max(day) FROM articles").fetchone()
    return {
        "counts": counts,
        "first_day": span[0] if span else None,
        "last_day": span[1] if span else None,
        "top_actors": actors(con, Filter(), Page(limit=top)).rows,
        "top_event_codes": _fetch(
            con,
            "SELECT cameo, count(*) AS events FROM events GROUP BY cameo ORDER BY events DESC, cameo LIMIT ?",
            [top],
        )[1],
        "top_speakers": _fetch(
            con,
            "SELECT coalesce(speaker_name, speaker_text) AS speaker, any_value(speaker_actor) AS actor, "
            "count(*) AS quotes FROM quotes WHERE coalesce(speaker_name, speaker_text) IS NOT NULL "
            "GROUP BY 1 ORDER BY quotes DESC, speaker LIMIT ?",
            [top],
        )[1],
    }


# ---------------------------------------------------------------- one article, in the JSON output contract


def article(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any] | None:
    found = con.execute(
        "SELECT article_id FROM articles WHERE article_id = ? OR doc_id = ? "
        "ORDER BY (article_id = ?) DESC, ingested_at LIMIT 1",
        [key, key, key],
    ).fetchone()
    return article_documents(con, [found[0]])[0] if found else None


def iter_article_documents(con: duckdb.DuckDBPyConnection, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every stored article in the JSON output contract, in ingest order, fetched `batch` articles at a time."""
    ids = [row[0] for row in con.execute("SELECT article_id FROM articles ORDER BY ingested_at, article_id").fetchall()]
    for start in range(0, len(ids), batch):
        yield from article_documents(con, ids[start : start + batch])


def article_documents(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> list[dict[str, Any]]:
    """Articles (by article_id, in the given order) in the JSON output contract, plus their `article_id`."""
    _, heads = _fetch(
        con,
        "SELECT article_id, doc_id, published, published_detected, source, title, url, text, sentences, meta "
        "FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [article_ids],
    )
    docs: dict[str, dict[str, Any]] = {}
    for head in heads:
        docs[head["article_id"]] = {
            "id": head["doc_id"],
            "article_id": head["article_id"],
            "published": to_json_value(head["published"]),
            "published_detected": to_json_value(head["published_detected"]),
            "source": head["source"],
            "title": head["title"],
            "url": head["url"],
            "text": head["text"],
            "sentences": [{"start": s["start_char"], "end": s["end_char"]} for s in head["sentences"] or []],
            "entities": [],
            "timexes": [],
            "quotes": [],
            "events": [],
        }
        if head["meta"]:
            docs[head["article_id"]]["meta"] = json.loads(head["meta"])
    _, entity_rows = _fetch(
        con,
        "SELECT n.*, r.kb_id, r.name_ar, r.name_en, r.country FROM entities n "
        "LEFT JOIN actors r USING (actor_key) WHERE n.article_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY n.article_id, n.start_char, n.end_char",
        [article_ids],
    )
    for entity_row in entity_rows:
        docs[entity_row["article_id"]]["entities"].append(_entity_record(entity_row))
    for table, order in (("timexes", "start_char"), ("quotes", "content_start"), ("events", "evidence_start")):
        _, table_rows = _fetch(
            con,
            f"SELECT * FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, {order}",
            [article_ids],
        )
        for table_row in table_rows:
            docs[table_row["article_id"]][table].append(record_from_row(table, table_row))
    return [docs[key] for key in article_ids if key in docs]


def _entity_record(row: dict[str, Any]) -> dict[str, Any]:
    record = record_from_row("entities", row)
    # Actor fields without a column (added by later stages) come back from the row's `extra`.
    actor_extra = record["actor"] if isinstance(record.get("actor"), dict) else {}
    if row["actor_key"] is None and row["actor_role"] is None:
        record["actor"] = None
    else:
        record["actor"] = actor_extra | {
            "id": row["kb_id"],
            "name_ar": row["name_ar"],
            "name_en": row["name_en"],
            "country": row["country"],
            "cameo": row["actor_cameo"],
            "sector": row["actor_sector"],
            "role": row["actor_role"],
            "kb_source": row["actor_kb_source"],
            "lat": row["actor_lat"],
            "lon": row["actor_lon"],
        }
    return record


# ---------------------------------------------------------------- user SQL

_READ_ONLY_STATEMENTS = {"SELECT", "EXPLAIN"}


def run_sql(con: duckdb.DuckDBPyConnection, statement: str, limit: int | None) -> Result:
    """One read-only statement. Writes, DDL, COPY, ATTACH, SET, PRAGMA, INSTALL/LOAD are refused up front;
    the database is also opened read-only, so nothing can change it even if a statement slipped through."""
    try:
        parsed = duckdb.extract_statements(statement)
    except duckdb.Error as error:
        raise QueryError(f"SQL error: {' '.join(str(error).split())}") from None
    if len(parsed) != 1:
        raise QueryError(f"give exactly one SQL statement (got {len(parsed)})")
    kind = parsed[0].type.name
    if kind not in _READ_ONLY_STATEMENTS:
        raise QueryError(f"rasd sql is read-only: {kind} statements are not allowed (use SELECT)")
    try:
        cursor = con.execute(statement)
        columns = _unique([d[0] for d in cursor.description or []])
        fetched = cursor.fetchall() if limit is None else cursor.fetchmany(limit)
    except duckdb.Error as error:
        raise QueryError(f"SQL error: {' '.join(str(error).split())}") from None
    return Result(columns, [dict(zip(columns, row, strict=True)) for row in fetched])


def _unique(names: list[str]) -> list[str]:
    """Column names made unique (`a`, `a_2`) so that rows can be dicts."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out
