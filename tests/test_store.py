from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import duckdb
import jsonschema
import pytest

from annotated import TEXT, annotated_doc
from rasd.doc import Doc
from rasd.store import Filter, Page, Provenance, QueryError, Store, StoreError, article_key, schema_version
from rasd.store.rows import calendar_day, doc_rows
from rasd.store.schema import migrations


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "test.duckdb"
    with Store.open(path, read_only=False) as store:
        store.add([annotated_doc()], Provenance(origin="moscow.txt", format="txt"))
        other = dataclasses.replace(
            annotated_doc("cairo-1", TEXT.replace("موسكو", "القاهرة")), published=dt.date(2023, 5, 1), events=()
        )
        store.add([other])
    return path


def test_round_trip_gives_back_the_json_contract(db: Path, schema: dict) -> None:
    doc = annotated_doc()
    with Store.open(db) as store:
        stored = store.article("moscow-1")
    assert stored is not None
    assert stored.pop("article_id") == article_key(doc.text)
    assert stored == doc.to_dict()
    jsonschema.validate(stored, schema)


def test_reingesting_adds_nothing_and_variants_of_a_text_are_the_same_article(db: Path) -> None:
    vocalised = annotated_doc("again").text.replace("اتهم", "اتَّهَمَ").replace("\n", "\n\n  ")
    with Store.open(db, read_only=False) as store:
        assert store.add([annotated_doc("again")]) == 0
        assert store.add([dataclasses.replace(annotated_doc("again"), text=vocalised)]) == 0
        counts = store.summary()["counts"]
    assert counts["articles"] == 2 and counts["events"] == 2 and counts["quotes"] == 2
    assert counts["actors"] == 3  # shared between the two articles


def test_unknown_record_fields_are_kept_in_extra(tmp_path: Path) -> None:
    @dataclasses.dataclass(frozen=True)
    class RicherTimex:
        id: str
        start: int
        end: int
        text: str
        type: str
        value: str
        mod: str | None = None
        anchor: str | None = None
        calendar: str = "hijri"

    doc = annotated_doc()
    doc = dataclasses.replace(doc, timexes=(RicherTimex("t1", 9, 21, doc.text[9:21], "DATE", "2023-04-02"),))  # type: ignore[arg-type]
    with Store.open(tmp_path / "x.duckdb", read_only=False) as store:
        store.add([doc])
        stored = store.article(doc.id)
    assert stored is not None and stored["timexes"][0]["calendar"] == "hijri"


def test_unknown_fields_of_nested_records_are_kept_in_extra_beside_their_columns(tmp_path: Path) -> None:
    @dataclasses.dataclass(frozen=True)
    class ScoredCue:
        start: int
        end: int
        text: str
        lemma: str
        score: float = 0.75

    doc = annotated_doc()
    quote = doc.quotes[0]
    assert quote.cue is not None
    cue = ScoredCue(quote.cue.start, quote.cue.end, quote.cue.text, quote.cue.lemma)
    doc = dataclasses.replace(doc, quotes=(dataclasses.replace(quote, cue=cue),))  # type: ignore[arg-type]
    row = doc_rows(doc)["quotes"][0]
    assert (row["cue_start"], row["cue_lemma"]) == (cue.start, cue.lemma)
    assert json.loads(row["extra"]) == {"cue": {"score": 0.75}}
    with Store.open(tmp_path / "x.duckdb", read_only=False) as store:
        store.add([doc])
        stored = store.article(doc.id)
    assert stored is not None and stored["quotes"][0]["cue"] == dataclasses.asdict(cue)


def test_filters(db: Path) -> None:
    with Store.open(db) as store:
        assert store.events().total == 2
        assert [r["cameo"] for r in store.events(Filter.parse(code="11")).rows] == ["112"]
        assert [r["cameo"] for r in store.events(Filter.parse(actor="igo")).rows] == ["0331"]
        assert store.events(Filter.parse(actor="USA")).total == 1
        assert store.events(Filter.parse(since="2023-04-03")).total == 1
        assert store.events(Filter.parse(until="2023-04-02")).total == 1
        assert store.events(Filter.parse(text="أوكرانيا")).total == 2
        assert store.events(Filter.parse(text="اوكرانيا  غزة")).total == 0
        assert store.quotes(Filter.parse(actor="RUS")).total == 2
        assert store.quotes(Filter.parse(since="2023-05")).total == 0  # the quote's own date is 2023-04-02
        assert store.quotes(Filter.parse(text="تهديد")).total == 2
        assert store.entities(Filter.parse(label="pers", text="لافروف")).total == 4
        assert store.articles(Filter.parse(code="0331")).total == 1
        assert store.articles(Filter.parse(text="القاهرة")).total == 1
        assert store.timexes(Filter.parse(article="cairo-1")).total == 2
        page = store.entities(page=Page(limit=3, offset=8))
        assert page.total == 10 and len(page.rows) == 2


def test_aggregates(db: Path) -> None:
    with Store.open(db) as store:
        actors = {r["actor_key"]: r for r in store.actors().rows}
        lavrov = actors["kb:lavrov"]
        assert lavrov["mentions"] == 4 and lavrov["articles"] == 2 and lavrov["cameo_codes"] == ["RUSDIP", "RUSGOV"]
        assert lavrov["as_source"] == 1 and actors["kb:guterres"]["as_source"] == 1
        assert [r["actor_key"] for r in store.actors(Filter.parse(actor="RUSDIP")).rows] == ["kb:lavrov"]
        [usa] = [r for r in actors.values() if r["cameo"] == "USA"]
        assert usa["as_target"] == 1 and usa["actor_key"].startswith("anon:")
        assert store.actors(Filter.parse(text="غوتيريش")).rows[0]["cameo"] == "IGOUNO"
        assert store.timeline(interval="day").rows == [
            {"period": dt.date(2023, 4, 2), "events": 1, "articles": 1},
            {"period": dt.date(2023, 4, 3), "events": 1, "articles": 1},
        ]
        by_root = store.timeline(interval="month", by="root").rows
        assert [(r["key"], r["events"]) for r in by_root] == [("03", 1), ("11", 1)]
        assert store.network().rows == [
            {"source": "RUSGOV", "target": "USA", "events": 1, "articles": 1, "root_codes": ["11"]}
        ]
        [place] = store.locations().rows
        assert place["name"] == "موسكو" and place["lat"] == pytest.approx(55.75)
        summary = store.summary()
        assert summary["top_speakers"][0]["speaker"] == "سيرغي لافروف"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ({"code": "04'; DROP TABLE events; --"}, "CAMEO event code"),
        ({"since": "2023-13-01"}, "since must be a date"),
        ({"since": "2023-05-01", "until": "2023-01-01"}, "is after"),
        ({"text": "x " * 20}, "too many words"),
        ({"actor": "A" * 500}, "too long"),
        ({"actor": "RUS\x00"}, "control characters"),
    ],
)
def test_bad_filter_values_are_refused(raw: dict[str, str], fragment: str) -> None:
    with pytest.raises(QueryError, match=fragment):
        Filter.parse(**raw)


@pytest.mark.parametrize(
    "hostile",
    ["' OR 1=1 --", "RUSGOV'; DROP TABLE events; --", '") UNION SELECT text FROM articles --', "%", "_", "\\"],
)
def test_injection_strings_are_just_values(db: Path, hostile: str) -> None:
    with Store.open(db) as store:
        assert store.events(Filter.parse(actor=hostile)).total == 0
        assert store.articles(Filter.parse(article=hostile, source=hostile)).total == 0
        assert store.quotes(Filter.parse(text=hostile)).total == 0
        assert store.entities(Filter.parse(label=hostile[:10])).total == 0
        assert store.events(Filter.parse(plover=hostile)).total == 0
        assert store.article(hostile) is None
        assert store.summary()["counts"]["events"] == 2


def test_unsupported_filters_and_paging_are_refused(db: Path) -> None:
    with Store.open(db) as store:
        with pytest.raises(QueryError, match="quotes cannot be filtered by code"):
            store.quotes(Filter.parse(code="04"))
        with pytest.raises(QueryError, match="interval"):
            store.timeline(interval="hour")
        with pytest.raises(QueryError, match="by must be"):
            store.timeline(by="cameo; DROP")
    with pytest.raises(QueryError, match="limit"):
        Page(limit=0)


def test_user_sql_is_read_only(db: Path) -> None:
    with Store.open(db, sandboxed=True) as store:
        assert store.sql("SELECT count(*) AS n FROM events").rows == [{"n": 2}]
        assert store.sql("SELECT 1 AS a, 2 AS a").columns == ["a", "a_2"]
        for statement, fragment in [
            ("DELETE FROM events", "DELETE statements are not allowed"),
            ("DROP TABLE events", "DROP statements are not allowed"),
            ("COPY events TO 'out.csv'", "COPY statements"),
            ("ATTACH 'other.duckdb'", "ATTACH statements"),
            ("SELECT 1; DELETE FROM events", "exactly one"),
            ("SELECT * FROM read_csv('/etc/passwd')", "disabled by configuration"),
            ("SELEC 1", "syntax error"),
        ]:
            with pytest.raises(QueryError, match=fragment):
                store.sql(statement)
        assert store.sql("SELECT count(*) AS n FROM events").rows == [{"n": 2}]


def test_read_only_open_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "missing.duckdb")
    foreign = tmp_path / "foreign.duckdb"
    duckdb.connect(str(foreign)).execute("CREATE TABLE t (a INTEGER)").close()
    with pytest.raises(StoreError, match="not a rasd store"):
        Store.open(foreign)
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(StoreError, match="empty"):
        Store.open(empty)
    text_file = tmp_path / "notes.duckdb"
    text_file.write_text("not a database")
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(text_file)


def test_schema_versions_are_checked(db: Path) -> None:
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_migrations VALUES (?, 'future', now(), 'x')", [schema_version() + 1])
    con.close()
    with pytest.raises(StoreError, match="newer than this rasd"):
        Store.open(db)
    with pytest.raises(StoreError, match="newer than this rasd"):
        Store.open(db, read_only=False)


def _database_at_version(path: Path, version: int) -> duckdb.DuckDBPyConnection:
    """A database as an older rasd left it: the first `version` migrations applied and recorded, still open."""
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
        "applied_at TIMESTAMP NOT NULL, rasd_version VARCHAR NOT NULL)"
    )
    for migration in migrations()[:version]:
        con.execute(migration.sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now(), 'old')", [migration.version, migration.name])
    return con


def test_a_version_1_database_is_migrated_by_a_writer_and_refused_by_readers(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    con = _database_at_version(path, 1)
    con.execute("INSERT INTO actors (actor_key, cameo, sector) VALUES ('kb:x', 'EGYGOV', 'GOV')")
    con.execute(
        "INSERT INTO entities (article_id, entity_id, start_char, end_char, text, text_norm, label, actor_key) "
        "VALUES ('a', 'e1', 0, 3, 'مصر', 'مصر', 'LOC', 'kb:x')"
    )
    con.close()
    with pytest.raises(StoreError, match="older than this rasd"):
        Store.open(path)
    with Store.open(path, read_only=False):
        pass
    with Store.open(path) as store:
        assert store.sql("SELECT max(version) AS v FROM schema_migrations").rows == [{"v": schema_version()}]
        assert store.sql("SELECT actor_sector FROM entities").rows == [{"actor_sector": "GOV"}]


def test_coordinates_kept_in_extra_before_version_5_move_to_their_columns(tmp_path: Path) -> None:
    path = tmp_path / "v4.duckdb"
    con = _database_at_version(path, 4)
    con.execute("INSERT INTO actors (actor_key, kb_id, country, cameo) VALUES ('EGY', 'EGY', 'EGY', 'EGY')")
    con.execute(
        "INSERT INTO entities (article_id, entity_id, start_char, end_char, text, text_norm, label, actor_key, extra) "
        """VALUES ('a', 'e1', 0, 3, 'مصر', 'مصر', 'LOC', 'EGY', '{"actor": {"lat": 27.0, "lon": 30.0}}'), """
        """('a', 'e2', 9, 15, 'المصري', 'المصري', 'LOC', 'EGY', '{"actor": {"lat": null, "lon": null}}')"""
    )
    con.close()
    with Store.open(path, read_only=False):
        pass
    with Store.open(path) as store:
        rows = store.sql("SELECT entity_id, actor_lat, actor_lon FROM entities ORDER BY entity_id").rows
    assert rows == [
        {"entity_id": "e1", "actor_lat": 27.0, "actor_lon": 30.0},
        {"entity_id": "e2", "actor_lat": None, "actor_lon": None},
    ]


def test_calendar_day() -> None:
    assert calendar_day("2023-04-02") == dt.date(2023, 4, 2)
    assert calendar_day("2023-04") == dt.date(2023, 4, 1)
    assert calendar_day("2023-04-02T10:30") == dt.date(2023, 4, 2)
    assert calendar_day("2023-W14") is None and calendar_day("PAST_REF") is None and calendar_day("2023-02-30") is None


def test_plain_doc_without_annotations(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.duckdb", read_only=False) as store:
        assert store.add([Doc(text="نص بلا تحليل.", id="plain")]) == 1
        stored = store.article("plain")
        assert stored is not None and stored["entities"] == [] and stored["published"] is None
        assert json.dumps(store.articles().jsonable(), ensure_ascii=False)


def test_read_only_results_are_cached_as_private_copies(db: Path) -> None:
    with Store.open(db) as store:
        first = store.events(Filter.parse(code="1"))
        first.rows[0]["cameo"] = "changed by the caller"
        second = store.events(Filter.parse(code="1"))
        assert second.rows[0]["cameo"] == "112" and second == store.events(Filter.parse(code="1"))
        summary = store.summary()
        summary["counts"].clear()
        assert store.summary()["counts"]["events"] == 2
        store.clear_cache()
        assert store.events(Filter.parse(code="1")) == second
    with Store.open(db, read_only=False) as writer:  # a writer never caches: its data changes
        before = writer.articles().total
        writer.add([annotated_doc("third", TEXT.replace("موسكو", "بيروت"))])
        assert writer.articles().total == before + 1
