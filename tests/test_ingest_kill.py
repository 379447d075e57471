"""A real `rasd ingest` process killed with SIGKILL at several moments, then re-run: every article ends up stored
exactly once, each with all of its annotation rows."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from test_ingest import article_text

RASD = [sys.executable, "-m", "rasd", "ingest"]
ARTICLES = 160


def make_corpus(root: Path) -> None:
    root.mkdir()
    with (root / "wire.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(ARTICLES - 10):
            fh.write(json.dumps({"id": f"w{i}", "text": article_text(i), "published": "2024-05-02"}) + "\n")
    for i in range(ARTICLES - 10, ARTICLES):
        (root / f"story{i}.txt").write_text(article_text(i), encoding="utf-8")
    (root / "wire-again.jsonl").write_text(  # duplicates of stored articles, in the same run
        "".join(json.dumps({"id": f"again{i}", "text": article_text(i)}) + "\n" for i in range(0, 40, 3)),
        encoding="utf-8",
    )


def run(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*RASD, str(corpus), "--db", str(db), "--batch", "4", "-q", "--verbose"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def kill_after(corpus: Path, db: Path, commits: int, delay: float) -> int:
    """Start an ingest, let it commit `commits` batches, wait `delay` s more, SIGKILL it; its return code."""
    process = run(corpus, db)
    assert process.stderr is not None
    seen = 0
    while seen < commits:
        line = process.stderr.readline()
        if not line:
            break
        seen += line.startswith(b"committed:")
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    return process.wait(timeout=60)


def table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = {}
        for table in ("articles", "entities", "timexes", "quotes", "events", "actors"):
            row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
            counts[table] = int(row[0]) if row else -1
        return counts
    finally:
        con.close()


def stored_articles(db: Path) -> int:
    """Articles in a database a killed run left behind (it may not even have created the tables)."""
    if not db.exists():
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        exists = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'").fetchone()
        row = con.execute("SELECT count(*) FROM articles").fetchone() if exists == (1,) else (0,)
        return int(row[0]) if row else 0
    finally:
        con.close()


def test_sigkill_at_any_moment_then_rerun_stores_every_article_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus)

    reference = tmp_path / "reference.duckdb"
    assert run(corpus, reference).wait(timeout=600) == 0

    db = tmp_path / "killed.duckdb"
    # Kill points: while starting (before the schema exists), right after a commit, and at growing delays after
    # one, so that kills land while reading, analysing, writing and committing. Each run redoes what is missing.
    plans = [(0, 0.4), (0, 1.5), (1, 0.0), (2, 0.005), (1, 0.02), (3, 0.05), (2, 0.1), (4, 0.2)]
    stored_after_kill = []
    for commits, delay in plans:
        assert kill_after(corpus, db, commits, delay) == -signal.SIGKILL
        stored_after_kill.append(stored_articles(db))
    assert stored_after_kill == sorted(stored_after_kill)
    assert 0 < stored_after_kill[-1] < ARTICLES, stored_after_kill

    final = run(corpus, db)
    _, err = final.communicate(timeout=600)
    assert final.returncode == 0, err.decode()

    assert table_counts(db) == table_counts(reference)
    assert table_counts(db)["articles"] == ARTICLES
    con = duckdb.connect(str(db), read_only=True)
    try:
        mismatched = con.execute(
            """SELECT count(*) FROM articles a WHERE
               n_entities <> (SELECT count(*) FROM entities x WHERE x.article_id = a.article_id)
            OR n_timexes <> (SELECT count(*) FROM timexes x WHERE x.article_id = a.article_id)
            OR n_quotes <> (SELECT count(*) FROM quotes x WHERE x.article_id = a.article_id)
            OR n_events <> (SELECT count(*) FROM events x WHERE x.article_id = a.article_id)"""
        ).fetchone()
        assert mismatched == (0,)
        statuses = [row[0] for row in con.execute("SELECT status FROM ingest_runs ORDER BY run_id").fetchall()]
        assert statuses[-1] == "finished" and "running" not in statuses
        assert statuses.count("interrupted") >= 5  # killed runs are marked by the next writer
        ref = duckdb.connect(str(reference), read_only=True)
        reference_ids = {r[0] for r in ref.execute("SELECT article_id FROM articles").fetchall()}
        ref.close()
        assert {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()} == reference_ids
    finally:
        con.close()
