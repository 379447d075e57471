"""The Dask engine on a real two-worker LocalCluster: one worker SIGKILLed mid-run and one partition whose file
changed after planning, yet the store ends up with every article exactly once, the same rows and counters as a
single-process ingest, models loaded once per worker process, and the failed partition reported and skipped."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from rasd.ingest.runner import database_files, ingest
from rasd.pipeline import Pipeline
from rasd.scale.parquet import open_parquet
from rasd.scale.plan import Plan
from rasd.scale.runner import Event, ScaleError, dask_client, ingest_dask, prepare_output
from rasd.scale.worker import Settings
from rasd.store import Store
from test_ingest import article_text

ARTICLES = 150
PIPELINE = Pipeline()  # the full default pipeline, as `rasd ingest --engine dask` runs it


def make_corpus(root: Path) -> None:
    root.mkdir()
    with (root / "wire.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(ARTICLES):
            fh.write(json.dumps({"id": f"w{i}", "text": article_text(i), "published": "2024-05-02"}) + "\n")
            if i % 50 == 7:
                fh.write("{malformed\n")
    for i in range(ARTICLES, ARTICLES + 6):
        (root / f"story{i}.txt").write_text(article_text(i), encoding="utf-8")
    # Repeats of earlier articles (other ids, other line breaks): stored once, counted as duplicates.
    again = "".join(
        json.dumps({"id": f"again{i}", "text": article_text(i).replace("\n", "\n\n")}) + "\n" for i in (3, 90)
    )
    (root / "zz-again.jsonl").write_text(again, encoding="utf-8")
    cut = gzip.compress(b"".join(json.dumps({"text": article_text(i)}).encode() + b"\n" for i in range(900, 910)))
    (root / "cut.jsonl.gz").write_bytes(cut[: len(cut) // 2])  # a truncated archive: its records are reported


def rows(db: Path | Store, sql: str) -> list[tuple[Any, ...]]:
    if isinstance(db, Store):
        return [tuple(r.values()) for r in db.sql(sql).rows]
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


CONTENT = {
    "articles": "SELECT article_id, doc_id, origin, format, n_entities, n_timexes, sentences FROM articles",
    "entities": "SELECT article_id, entity_id, start_char, end_char, label, actor_key, actor_role FROM entities",
    "timexes": "SELECT article_id, timex_id, start_char, end_char, value FROM timexes",
    "quotes": "SELECT article_id, quote_id, kind, content_start, content_end, speaker_actor FROM quotes",
    "events": "SELECT article_id, event_id, cameo, source_actor, target_actor, evidence_start FROM events",
    "actors": "SELECT * FROM actors",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scale") / "corpus"
    make_corpus(root)
    return root


@pytest.fixture(scope="module")
def reference(corpus: Path) -> Path:
    """The same corpus through the single-process ingest."""
    db = corpus.parent / "reference.duckdb"
    with Store.open(db, read_only=False) as store:
        ingest([corpus], store, pipeline=PIPELINE, exclude=database_files(db))
    return db


def test_killed_worker_and_bad_partition_still_store_every_article_once(corpus: Path, reference: Path) -> None:
    work = corpus.parent / "dask"
    work.mkdir()
    late = work / "late.jsonl"  # planned, then cut short before its partitions run: they fail and are skipped
    late.write_text("".join(json.dumps({"text": article_text(5000 + i)}) + "\n" for i in range(40)), encoding="utf-8")
    db = work / "dask.duckdb"
    killed: dict[str, Any] = {}

    with dask_client(workers=2, dashboard=None) as client:

        def on_plan(plan: Plan) -> None:
            late.write_bytes(b"")

        def on_event(event: Event) -> None:
            if killed or event.report is None:
                return
            # SIGKILL the process of a worker that has partitions in flight, while most are still to run.
            busy = {address: keys for address, keys in client.processing().items() if keys}
            if not busy:
                return
            pids = client.run(os.getpid)
            address = sorted(busy)[0]
            killed.update(pid=pids[address], in_flight=len(busy[address]), remaining=event.total - event.done)
            os.kill(pids[address], signal.SIGKILL)

        with Store.open(db, read_only=False) as store:
            run_id = store.start_run([str(corpus), str(late)], PIPELINE.names, {})
            result = ingest_dask(
                [corpus, late],
                client,
                work / "parts",
                settings=Settings(PIPELINE.names, run_id=run_id),
                store=store,
                partition_bytes=6_000,
                on_plan=on_plan,
                on_event=on_event,
            )
            store.finish_run(run_id)

    assert killed and killed["in_flight"] >= 1 and killed["remaining"] >= 4, killed
    pids = {r.pid for r in result.reports}
    # Models and knowledge base loaded once per worker process, however many partitions it ran.
    assert all(r.pipelines_built == 1 for r in result.reports)
    assert len(result.reports) > 2 * len(pids)
    assert all(0 < r.peak_rss < 1_500 << 20 for r in result.reports)

    # Every article exactly once, with the same rows as the single-process ingest.
    for sql in CONTENT.values():
        assert sorted(rows(db, sql), key=repr) == sorted(rows(reference, sql), key=repr)
    [(total, distinct)] = rows(db, "SELECT count(*), count(DISTINCT article_id) FROM articles")
    assert total == distinct == ARTICLES + 6

    # The same counters; the failed partitions of the shortened file are reported as skipped inputs.
    failed = [s for s in result.failed if s.origin.startswith(str(late))]
    assert failed and all("shorter than when it was planned" in s.reason for s in failed)
    assert len(result.failed) == len(failed)
    counters = "SELECT records, added, duplicates, errors FROM ingest_runs"
    [(records, added, duplicates, errors)] = rows(reference, counters)
    assert rows(db, counters) == [(records, added, duplicates, errors + len(failed))]
    assert (added, duplicates) == (ARTICLES + 6, 2)
    reference_errors = rows(reference, "SELECT origin, reason FROM ingest_errors ORDER BY origin")
    dask_errors = rows(db, "SELECT origin, reason FROM ingest_errors ORDER BY origin")
    assert [e for e in dask_errors if not e[0].startswith(str(late))] == reference_errors
    assert any("cut.jsonl.gz" in origin for origin, _ in reference_errors)

    # The Parquet queried in place gives the same store as the one loaded.
    with open_parquet(work / "parts") as parquet:
        for sql in CONTENT.values():
            assert sorted(rows(parquet, sql), key=repr) == sorted(rows(db, sql), key=repr)
        assert parquet.summary()["counts"]["articles"] == ARTICLES + 6
        with Store.open(db) as loaded:
            assert parquet.article("w17") == loaded.article("w17")


def test_cli_dask_engine_then_resume_and_reuse_checks(corpus: Path, reference: Path, tmp_path: Path) -> None:
    db, parts, log = tmp_path / "cli.duckdb", tmp_path / "parts", tmp_path / "errors.tsv"
    command = [sys.executable, "-m", "rasd", "ingest", str(corpus), "--engine", "dask", "--workers", "1"]
    command += ["--db", str(db), "--parquet", str(parts), "--partition-size", "20k", "--errors", str(log)]
    first = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "Dask dashboard: http" in first.stderr and "partitions" in first.stderr
    assert f"{ARTICLES + 6} added, 2 already stored" in first.stdout
    assert sorted(rows(db, CONTENT["entities"]), key=repr) == sorted(rows(reference, CONTENT["entities"]), key=repr)
    logged = [line.split("\t")[1] for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(set(logged)) == ["json", "truncated"]

    # The kept Parquet queried in place from the command line.
    query = [sys.executable, "-m", "rasd", "query", "articles", "--parquet", str(parts), "--format", "json"]
    listed = subprocess.run([*query, "--limit", "1000"], capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == ARTICLES + 6

    # The same command again resumes from the finished partitions: nothing is analysed or added twice.
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "0 added" in again.stdout and "from an earlier run" in again.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(ARTICLES + 6,)]

    # Another input into the same Parquet folder is refused; Dask options without the engine are usage errors.
    other = subprocess.run([*command[:4], str(tmp_path), *command[4:]], capture_output=True, text=True, timeout=300)
    assert other.returncode == 1 and "holds the output of another ingest" in other.stderr
    misuse = subprocess.run([*command[:5], "--workers", "2"], capture_output=True, text=True, timeout=60)
    assert misuse.returncode == 2 and "--workers only apply with --engine dask" in misuse.stderr
    with pytest.raises(ScaleError, match="not empty"):
        prepare_output(tmp_path, Plan((), (), 0, 0), Settings(PIPELINE.names))
