"""Store and ingest figures: throughput, database size and the dashboard's query latency.

    nice -n 10 python benchmarks/store.py [--full N] [--text N] [--scale N] [--repeat R]

1. Ingest throughput on a stride sample of `../shared/data/news` (all outlets), in one process pinned to one core,
   with the full default pipeline and with the text layer only: the sample written to a JSONL file and ingested by
   the code behind `rasd ingest FILE` (read, hash, skip known articles, analyse, store in batches). Beside each:
   the same documents through the pipeline alone (no store), so the ratio is the analysis' share of the cost (the
   rest is reading, hashing and writing). Before timing, `--warm` OTHER articles of the corpus go through the
   pipeline: models loaded and per-word caches filled as in the middle of a long run, so the timed articles still
   bring words never seen before (names, rare forms), as every new article does. The headline rate is that first
   ingest of the sample; beside it, the same sample ingested again (every word already cached: what this benchmark
   reported until session 12, about a tenth faster) and the pipeline alone on it. Per-stage time for the first
   ingest of the full pipeline, and the cost every run pays once (a run of one article: open the database, migrate,
   record the run, checkpoint, close); the default sample of 1,000 articles counts it once, as a long ingest does
   (until session 20 the sample was 300 articles, of which it took a tenth).
2. DuckDB file size per 1,000 articles after each ingest (checkpointed).
3. Query latency (p50 / p95 over `--repeat` runs) of the read API calls behind the dashboard, on the full-pipeline
   database replicated to `--scale` articles (each copy a new article_id, so the row counts are those of a
   corpus of that size; the annotations per article are the real ones).
HTTP latency under load is measured by benchmarks/api.py.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from _corpus import NEWS, print_table
from rasd.doc import Doc
from rasd.ingest.readers import ReadOptions
from rasd.ingest.runner import ingest
from rasd.io import doc_from_record, remap_fields
from rasd.pipeline import Pipeline, default_stage_names
from rasd.store import Filter, Page, Store

T = TypeVar("T")
TEXT_LAYER = ("normalize", "tokenize", "sentences")


FIELDS = {"published": "date"}  # the corpus' key for the publication date


def sample_lines(count: int) -> list[str]:
    """`count` JSONL article lines spread evenly over the whole corpus (every outlet)."""
    lines = []
    for path in sorted(NEWS.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            lines.extend(fh.readlines())
    step = max(1, len(lines) // count)
    return lines[::step][:count]


def split_warm_up(lines: list[str], warm: int) -> tuple[list[str], list[str]]:
    """`warm` lines spread evenly over `lines` for the untimed warm-up, and the others (disjoint: no article of the
    timed sample has been analysed before it is timed)."""
    step = len(lines) / warm if warm else 0.0
    chosen = {int(i * step) for i in range(warm)}
    return [line for n, line in enumerate(lines) if n in chosen], [
        line for n, line in enumerate(lines) if n not in chosen
    ]


def sample_news(count: int) -> list[dict[str, Any]]:
    """`count` article records spread evenly over the whole corpus (every outlet), with Doc field names."""
    return [remap_fields(json.loads(line), FIELDS) for line in sample_lines(count)]


def fresh_docs(records: list[dict[str, Any]]) -> list[Doc]:
    """New Docs for every run: stages may fill a Doc in place, and each run must start from plain text."""
    return [doc_from_record(record, default_id=f"news-{n}") for n, record in enumerate(records)]


class StageClock:
    """Wraps a pipeline's stage functions to add up the time each takes."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(pipeline.names, 0.0)
        self.stages = pipeline.stages
        self._original = [(s.function, s.batch) for s in pipeline.stages]

    def __enter__(self) -> StageClock:
        for item in self.stages:
            object.__setattr__(item, "function", self._timed(item.name, item.function))
            if item.batch is not None:
                object.__setattr__(item, "batch", self._timed(item.name, item.batch))
        return self

    def __exit__(self, *_: object) -> None:
        for item, (function, batch) in zip(self.stages, self._original, strict=True):
            object.__setattr__(item, "function", function)
            object.__setattr__(item, "batch", batch)

    def _timed(self, name: str, function: Callable[[T], T]) -> Callable[[T], T]:
        def run(argument: T) -> T:
            start = time.perf_counter()
            try:
                return function(argument)
            finally:
                self.seconds[name] += time.perf_counter() - start

        return run


def ingest_file(path: Path, pipeline: Pipeline, db: Path) -> tuple[float, int]:
    """`rasd ingest FILE --db DB` in this process (the store opened as the command opens it); returns the seconds
    and the number of articles added."""
    start = time.perf_counter()
    with Store.open(db, read_only=False, threads=1) as store:
        stats = ingest([path], store, pipeline=pipeline, options=ReadOptions(fields=FIELDS))
        store.cursor().execute("CHECKPOINT")
    return time.perf_counter() - start, stats.added


def analyse_only(docs: list[Doc], pipeline: Pipeline) -> float:
    start = time.perf_counter()
    for _ in pipeline.pipe(docs):
        pass
    return time.perf_counter() - start


def replicate(source: Path, target: Path, articles: int) -> int:
    """Copy `source` and append copies of its rows under new article ids until it holds about `articles`."""
    import shutil

    shutil.copy(source, target)
    con = duckdb.connect(str(target))
    row = con.execute("SELECT count(*) FROM articles").fetchone()
    have = int(row[0]) if row else 0
    copies = max(0, articles // max(have, 1) - 1)
    for table in ("articles", "entities", "timexes", "quotes", "events"):
        con.execute(f"CREATE TEMP TABLE seed_{table} AS SELECT * FROM {table}")
    for copy in range(1, copies + 1):
        suffix = f"~{copy}"
        con.execute("BEGIN")
        for table in ("articles", "entities", "timexes", "quotes", "events"):
            con.execute(
                f"INSERT INTO {table} SELECT * REPLACE (article_id || ? AS article_id) FROM seed_{table}", [suffix]
            )
        con.execute("COMMIT")
    con.execute("CHECKPOINT")
    row = con.execute("SELECT count(*) FROM articles").fetchone()
    con.close()
    return int(row[0]) if row else 0


def latency(store: Store, call: Callable[[], Any], repeat: int) -> list[Any]:
    """p50 and p95 in ms without the store's result cache (DuckDB's own buffers warm), then p50 from the cache."""
    call()
    cold, warm = [], []
    size = 0
    for _ in range(repeat):
        store.clear_cache()
        start = time.perf_counter()
        result = call()
        cold.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        call()
        warm.append((time.perf_counter() - start) * 1000)
        size = len(result.rows) if hasattr(result, "rows") else 1
    cold.sort()
    p95 = cold[min(len(cold) - 1, int(len(cold) * 0.95))]
    return [statistics.median(cold), p95, statistics.median(warm), size]


def dashboard_queries(store: Store) -> dict[str, Callable[[], Any]]:
    top = store.actors(page=Page(limit=1)).rows
    actor = (top[0]["cameo"] or "")[:3] if top else "EGY"
    some = store.articles(page=Page(limit=1)).rows
    article_id = some[0]["article_id"] if some else ""
    return {
        "articles page (50)": lambda: store.articles(page=Page(limit=50)),
        "article reader (1 article, all records)": lambda: store.article(article_id),
        "events page (50)": lambda: store.events(page=Page(limit=50)),
        f"events --actor {actor} --since 2018-01-01": lambda: store.events(
            Filter.parse(actor=actor, since="2018-01-01"), Page(limit=50)
        ),
        "events --text (2 words)": lambda: store.events(Filter.parse(text="وزير الخارجية"), Page(limit=50)),
        "quotes page (50)": lambda: store.quotes(page=Page(limit=50)),
        "entities --label PERS": lambda: store.entities(Filter.parse(label="PERS"), Page(limit=50)),
        "actors (top 50)": lambda: store.actors(page=Page(limit=50)),
        "timeline by month x root code": lambda: store.timeline(interval="month", by="root"),
        "actor network (200 edges)": lambda: store.network(limit=200),
        "event locations": lambda: store.locations(),
        "summary": lambda: store.summary(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", type=int, default=1000, help="articles for the full-pipeline ingest")
    parser.add_argument("--text", type=int, default=2000, help="articles for the text-layer ingest")
    parser.add_argument("--scale", type=int, default=20_000, help="articles in the latency database")
    parser.add_argument("--repeat", type=int, default=20, help="runs per query")
    parser.add_argument("--warm", type=int, default=1000, help="other articles analysed before timing")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the target says
    work = Path(tempfile.mkdtemp(prefix=f"rasd-bench-store-{os.getpid()}-"))
    warm_lines, lines = split_warm_up(sample_lines(max(args.full, args.text) + args.warm), args.warm)
    records = [remap_fields(json.loads(line), FIELDS) for line in lines]
    warm_records = [remap_fields(json.loads(line), FIELDS) for line in warm_lines]

    rows, sizes = [], []
    full_pipeline = Pipeline().prepare_for_many()  # as `rasd ingest` does
    clock_rows: list[list[Any]] = []
    fixed_rows: list[list[Any]] = []
    for label, pipeline, count in [
        (f"full ({', '.join(default_stage_names())})", full_pipeline, args.full),
        ("text layer only", Pipeline(list(TEXT_LAYER)).prepare_for_many(), args.text),
    ]:
        analyse_only(fresh_docs(warm_records), pipeline)  # models loaded, caches filled by other articles
        kind = "full" if pipeline is full_pipeline else "text"
        source = work / f"{kind}.jsonl"
        source.write_text("".join(lines[:count]), encoding="utf-8")
        db = work / f"{kind}.duckdb"
        if pipeline is full_pipeline:
            # what every run pays once whatever its size (open, migrate, run record, checkpoint, close), shown
            # apart: it is a second of a 20,000-article ingest, but a tenth of a 300-article one
            single = work / "single.jsonl"
            single.write_text(warm_lines[0], encoding="utf-8")  # analysed in the warm-up: its words cached
            fixed_rows = [
                [label, 1000 * min(ingest_file(single, pipeline, work / f"single-{n}.duckdb")[0] for n in range(3))]
            ]
            with StageClock(pipeline) as clock:
                seconds, added = ingest_file(source, pipeline, db)
            clock_rows = [[name, 1000 * s / added, s / seconds] for name, s in clock.seconds.items()]
        else:
            seconds, added = ingest_file(source, pipeline, db)
        again, _ = ingest_file(source, pipeline, work / f"{kind}-again.duckdb")
        alone = analyse_only(fresh_docs(records[:count]), pipeline)
        # the rates count the articles stored (a duplicate or an article without Arabic is read, not analysed)
        rows.append(
            [label, added, seconds, added / seconds, added / again, count / alone, (alone * added / count) / again]
        )
        with Store.open(db) as store:
            counts = store.summary()["counts"]
        megabytes = db.stat().st_size / 1e6
        sizes.append([label, count, megabytes, megabytes * 1000 / count, counts["entities"], counts["events"]])

    print_table(
        "ingest throughput, one core (analysis + store, in process; target >= 100 articles/s with the full pipeline)"
        f"; after {len(warm_records)} other articles",
        [
            "pipeline",
            "articles",
            "seconds",
            "articles/s",
            "again (all words cached)",
            "analysis only (again)",
            "analysis share (again)",
        ],
        rows,
    )
    print_table(
        "one run of one article (the cost every run pays once; the rates above include it once)",
        ["pipeline", "ms (best of 3)"],
        fixed_rows,
    )
    print_table(
        "full pipeline: time per stage",
        ["stage", "ms/article", "share of ingest time"],
        clock_rows,
    )
    print_table(
        "database size (DuckDB file after CHECKPOINT)",
        ["pipeline", "articles", "MB", "MB per 1,000 articles", "entity rows", "event rows"],
        sizes,
    )

    scaled = work / "scaled.duckdb"
    articles = replicate(work / "full.duckdb", scaled, args.scale)
    print(f"\nlatency database: {articles:,} articles, {scaled.stat().st_size / 1e6:.1f} MB")
    with Store.open(scaled) as store:
        latencies = [[name, *latency(store, call, args.repeat)] for name, call in dashboard_queries(store).items()]
    print_table(
        f"read API latency on {articles:,} articles ({args.repeat} runs each)",
        ["query", "p50 ms", "p95 ms", "p50 ms from the result cache", "rows"],
        latencies,
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        for leftover in Path(tempfile.gettempdir()).glob(f"rasd-bench-store-{os.getpid()}-*"):
            shutil.rmtree(leftover, ignore_errors=True)
