from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest

from annotated import annotated_doc
from rasd.pipeline import analyze_doc, make_doc
from rasd.store import Provenance, Store

RASD = [sys.executable, "-m", "rasd"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    with Store.open(path, read_only=False) as store:
        store.add([annotated_doc()], Provenance(origin="moscow.txt", format="txt"))
    return path


def rasd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RASD, *args], capture_output=True, text=True, timeout=120)


def test_query_events_as_json_csv_and_table(db: Path) -> None:
    as_json = rasd("query", "events", "--db", str(db), "--actor", "RUS", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    [event] = json.loads(as_json.stdout)
    assert event["cameo"] == "112" and event["target_actor"] == "USA" and event["day"] == "2023-04-02"
    as_csv = rasd("query", "events", "--db", str(db), "--code", "03", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["cameo"] for r in rows] == ["0331"] and json.loads(rows[0]["plover_context"]) == []
    table = rasd("query", "quotes", "--db", str(db), "--text", "تهديد")
    assert table.returncode == 0 and "لن نقبل" in table.stdout and "1 of 1 rows" in table.stdout
    timeline = rasd("query", "timeline", "--db", str(db), "--interval", "day", "--by", "root", "--format", "json")
    assert [(r["period"], r["key"]) for r in json.loads(timeline.stdout)] == [
        ("2023-04-02", "11"),
        ("2023-04-03", "03"),
    ]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["events", "--code", "1'; DROP TABLE events;--"], "CAMEO event code"),
        (["events", "--since", "yesterday"], "since must be a date"),
        (["quotes", "--code", "04"], "quotes cannot be filtered by code"),
        (["actors", "--limit", "0"], "limit"),
    ],
)
def test_query_errors_are_one_line(db: Path, args: list[str], fragment: str) -> None:
    result = rasd("query", *args, "--db", str(db))
    assert result.returncode == 2
    assert fragment in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_query_injection_strings_match_nothing(db: Path) -> None:
    for hostile in ["' OR '1'='1", "RUS%", 'x"); DROP TABLE events; --']:
        result = rasd("query", "events", "--db", str(db), "--actor", hostile, "--text", hostile, "--format", "json")
        assert result.returncode == 0 and json.loads(result.stdout) == []
    assert json.loads(rasd("query", "events", "--db", str(db), "--format", "json").stdout)[0]["cameo"]


def test_sql_is_read_only(db: Path) -> None:
    ok = rasd("sql", "SELECT cameo, source_actor FROM events ORDER BY cameo", "--db", str(db), "--format", "csv")
    assert ok.returncode == 0 and ok.stdout.splitlines() == ["cameo,source_actor", "0331,IGOUNO", "112,RUSGOV"]
    for statement in ["DELETE FROM events", "CREATE TABLE x (a INT)", "INSTALL httpfs", "COPY events TO 'x.csv'"]:
        refused = rasd("sql", statement, "--db", str(db))
        assert refused.returncode == 1 and "read-only" in refused.stderr, refused.stderr
    assert rasd("sql", "SELECT count(*) AS n FROM events", "--db", str(db), "--format", "json").stdout.count('"n": 2')


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = rasd("query", "events", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1 and "no such database" in result.stderr and "Traceback" not in result.stderr


def test_exports(db: Path, tmp_path: Path, schema: dict) -> None:
    parquet = rasd("export", "--format", "parquet", "--db", str(db), "--out", str(tmp_path / "pq"))
    assert parquet.returncode == 0, parquet.stderr
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert events.num_rows == 2 and "text_norm" not in pq.read_table(tmp_path / "pq" / "articles.parquet").column_names
    assert rasd("export", "--format", "csv", "--db", str(db), "--out", str(tmp_path / "csv")).returncode == 0
    with (tmp_path / "csv" / "entities.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 5
    jsonl = rasd("export", "--format", "jsonl", "--db", str(db))
    [doc] = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert doc.pop("article_id") and doc == annotated_doc().to_dict()
    jsonschema.validate(doc, schema)
    out = tmp_path / "events.plover.jsonl"
    assert rasd("export", "--format", "plover", "--db", str(db), "--out", str(out)).returncode == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    accuse = records[0]
    assert accuse["event"] == "ACCUSE" and accuse["source"] == [
        {"actorText": "سيرغي لافروف", "code": "RUS", "sector": "GOV"}
    ]
    assert accuse["location"]["placeName"] == "موسكو" and accuse["text"].startswith("اتهم")
    assert records[1]["target"] == [{"actorText": "الطرفين", "code": None, "sector": None}]


def test_summary_lists_counts_actors_and_quotes(db: Path) -> None:
    result = rasd("summary", "--db", str(db), "--top", "3")
    assert result.returncode == 0, result.stderr
    assert "1 articles (2023-04-02 to 2023-04-02)" in result.stdout
    assert "2 events" in result.stdout and "Sergey Lavrov" in result.stdout and "لن نقبل" in result.stdout


def test_demo_examples_ingest_with_the_default_pipeline(tmp_path: Path) -> None:
    examples = sorted((Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "examples").glob("*.txt"))
    assert len(examples) >= 4
    db = tmp_path / "demo.duckdb"
    result = rasd("ingest", *map(str, examples), "--db", str(db), "-q")
    assert result.returncode == 0 and f"{len(examples)} added" in result.stdout, result.stdout + result.stderr
    again = rasd("ingest", *map(str, examples), "--db", str(db), "-q")
    assert f"0 added, {len(examples)} already stored" in again.stdout
    with Store.open(db) as store:
        articles = store.articles().rows
        assert len(articles) == len(examples) and all(a["day"] is not None for a in articles)  # datelines found
        # What the store gives back is exactly what the pipeline produced, whatever the stages on main add.
        for path in examples:
            expected = analyze_doc(make_doc(path.read_text(encoding="utf-8"), id=path.stem)).to_dict()
            stored = store.article(path.stem)
            assert stored is not None and stored.pop("article_id")
            assert stored == expected
