"""HTTP latency of `rasd serve` (p50/p90/p99, throughput) under bounded concurrent load from a second process.

    python benchmarks/api.py [--db FILE] [--articles 5000] [--pipeline] [--requests 300] [--concurrency 8]

Three processes on loopback: this script, the server (`rasd serve`, one uvicorn worker) and the load generator
(`benchmarks/_http_load.py`, asyncio + httpx with at most `--concurrency` requests in flight). Each of the
dashboard's main requests gets `--requests` timed requests after a warm-up, in three passes: distinct queries (each
request asks another page, start date, edge limit or article, so none is answered from the store's result cache) at
1 request in flight, then at `--concurrency`, then one repeated query per endpoint (cached answers). The baseline,
in the same run, is the same query through the Python read API in this process with the cache emptied (no HTTP,
no JSON): the ratio is what HTTP, validation and serialisation add.

Without `--db` a database is built from the first `--articles` articles of `../shared/data/news` (measurement only;
in a temporary folder unless `--keep PATH`). Their annotations are synthetic by default: entities, dates,
quotations and events placed on real words with a fixed seed, at a density like the gold articles', so the
aggregate queries have realistic work whatever stages the pipeline has today; `--pipeline` runs the real default
pipeline instead. `http_latency(db)` is the entry point for other benchmarks (benchmarks/store.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from _corpus import ROOT, iter_news, print_table, timed
from rasd.api.process import served
from rasd.doc import (
    Actor,
    Cue,
    Doc,
    Entity,
    Event,
    EventDate,
    Location,
    Offsets,
    Participant,
    Plover,
    Quote,
    Speaker,
    Timex,
)
from rasd.pipeline import analyze_doc, make_doc, parse_date
from rasd.store import Filter, Page, Store

_ACTOR_CODES = (
    "EGYGOV EGYMIL ISRGOV ISRMIL PSEGOV PSEREB USAGOV RUSGOV IRNGOV SYRGOV SYRREB SAUGOV TURGOV IGOUNO JORGOV "
    "LBNGOV LBNREB IRQGOV YEMREB QATGOV AREGOV FRAGOV GBRGOV CHNGOV LBYGOV SDNMIL"
)
_EVENT_CODES = "010 013 020 036 040 042 043 051 057 061 071 073 090 100 111 112 120 130 141 173 180 190 193 195"
ACTORS = tuple(_ACTOR_CODES.split())
CAMEO = tuple(_EVENT_CODES.split())
PLACES = (
    ("القاهرة", "EGY", 30.04, 31.24),
    ("غزة", "PSE", 31.50, 34.47),
    ("رام الله", "PSE", 31.90, 35.20),
    ("القدس", "ISR", 31.77, 35.21),
    ("دمشق", "SYR", 33.51, 36.29),
    ("حلب", "SYR", 36.20, 37.16),
    ("بغداد", "IRQ", 33.31, 44.36),
    ("بيروت", "LBN", 33.89, 35.50),
    ("عمان", "JOR", 31.95, 35.93),
    ("الرياض", "SAU", 24.71, 46.68),
    ("صنعاء", "YEM", 15.37, 44.19),
    ("طرابلس", "LBY", 32.89, 13.19),
    ("الخرطوم", "SDN", 15.50, 32.56),
    ("طهران", "IRN", 35.69, 51.39),
    ("موسكو", "RUS", 55.75, 37.62),
    ("واشنطن", "USA", 38.91, -77.04),
    ("نيويورك", "USA", 40.71, -74.01),
    ("أنقرة", "TUR", 39.93, 32.86),
)
_WORD = re.compile(r"[\u0621-\u064a]{2,}")
SAMPLE_TEXT = "أعلن وزير الخارجية أن الوفد سيصل إلى القاهرة غدا لبحث التهدئة. وقال: «سنعمل معا من أجل السلام»."


# ---------------------------------------------------------------- building a database


def synthetic(doc: Doc, rng: random.Random) -> Doc:
    """`doc` with entities, timexes, quotes and events placed on its real words (offsets valid, content random)."""
    words = [m.span() for m in _WORD.finditer(doc.text)]
    if len(words) < 40:
        return doc
    anchor = doc.published or dt.date(2015, 1, 1)
    picks = sorted(rng.sample(range(len(words) - 12), k=min(len(words) - 12, 10)))
    entities = []
    for n, index in enumerate(picks[:8]):
        start, end = words[index][0], words[index + rng.randint(0, 1)][1]
        code = rng.choice(ACTORS)
        actor = Actor(f"bench:{code}:{rng.randint(1, 40)}", doc.text[start:end], None, code[:3], code, code[3:] or None)
        label = rng.choice(("PERS", "ORG", "LOC"))
        entities.append(Entity(f"e{n + 1}", start, end, doc.text[start:end], label, f"e{n + 1}", actor))  # type: ignore[arg-type]
    timexes = []
    for n, index in enumerate(rng.sample(range(len(words)), k=2)):
        start, end = words[index]
        value = (anchor + dt.timedelta(days=rng.randint(-3, 1))).isoformat()
        timexes.append(Timex(f"t{n + 1}", start, end, doc.text[start:end], "DATE", value))
    quotes = []
    for n, index in enumerate(picks[8:10]):
        speaker = rng.choice(entities)
        content = Offsets(words[index + 1][0], words[index + rng.randint(4, 10)][1])
        cue = Cue(*words[index], doc.text[slice(*words[index])], "قال")
        who = Speaker(speaker.start, speaker.end, speaker.text, speaker.text, speaker.id, speaker.actor.cameo)  # type: ignore[union-attr]
        quotes.append(Quote(f"q{n + 1}", rng.choice(("direct", "indirect")), content, cue, who))
    events = []
    for n in range(rng.randint(1, 6)):
        source, target = rng.sample(entities, 2)
        index = rng.randrange(len(words) - 6)
        place = rng.choice(PLACES) if rng.random() < 0.7 else None
        when = timexes[0]
        events.append(
            Event(
                f"v{n + 1}",
                rng.choice(CAMEO),
                Plover(None),
                Participant(source.id, source.actor.cameo, source.text),  # type: ignore[union-attr]
                Participant(target.id, target.actor.cameo, target.text),  # type: ignore[union-attr]
                EventDate(when.value, when.id, "timex"),
                Location(None, place[0], place[1], place[2], place[3]) if place else None,
                Offsets(words[index][0], words[index + rng.randint(2, 5)][1]),
                confidence=round(rng.random(), 2),
            )
        )
    return dataclasses.replace(
        doc,
        entities=tuple(sorted(entities, key=lambda e: e.start)),
        timexes=tuple(timexes),
        quotes=tuple(quotes),
        events=tuple(events),
    )


def build_database(path: Path, articles: int, *, pipeline: bool) -> tuple[int, float]:
    """Store `articles` news articles (synthetic or pipeline annotations); returns (stored, seconds)."""
    rng = random.Random(20240601)
    docs = []
    for record in iter_news(articles):
        published = None
        with suppress(ValueError):
            published = parse_date(str(record.get("date") or record.get("published") or ""))
        doc = make_doc(record["text"], id=str(record["id"]), published=published, source=record.get("source"))
        doc = dataclasses.replace(doc, title=record.get("title"))
        docs.append(analyze_doc(doc) if pipeline else synthetic(doc, rng))
    seconds, _ = timed(lambda: _write(path, docs))
    return len(docs), seconds


def _write(path: Path, docs: list[Doc]) -> None:
    with Store.open(path, read_only=False) as store:
        for start in range(0, len(docs), 500):
            store.add(docs[start : start + 500])


# ---------------------------------------------------------------- the load run


@dataclasses.dataclass(frozen=True)
class Target:
    name: str
    paths: list[str]
    direct: Callable[[Store], Any]
    method: str = "GET"
    body: dict[str, Any] | None = None
    requests: int | None = None


def targets(store: Store, requests: int, variants: range | None) -> list[Target]:
    """The dashboard's main requests, each with the equivalent in-process call. With `variants`, each request of a
    target asks a different query (another page, start date, edge limit, article...), so that no answer comes from
    the store's cache: what a user exploring new filters waits for. Without, every request repeats one query."""
    summary = store.summary(1)
    first, last = summary["first_day"] or dt.date(2015, 1, 1), summary["last_day"] or dt.date.today()
    ids = [r["article_id"] for r in store.articles(Filter(), Page(limit=1000)).rows] or ["none"]
    busiest = store.actors(Filter(), Page(limit=1)).rows
    actor = (busiest[0]["cameo"] or "EGY")[:3] if busiest else "EGY"
    picks = list(variants) if variants is not None else [0]

    def days(n: int) -> str:
        return (first + dt.timedelta(days=n)).isoformat()

    def recent(n: int) -> str:
        return (last - dt.timedelta(days=90 + n)).isoformat()

    def timeline(s: Store) -> Any:
        s.timeline(Filter(), "month")
        return s.timeline(Filter(), "month", "root")

    # `top` has 100 values: 50 distinct ones for each distinct-query pass (20 warm-up + 30 timed requests).
    half = 0 if not picks or picks[0] == 0 else 50
    stats_picks = [half + (i - picks[0]) % 50 + 1 for i in picks]
    return [
        Target("GET /static/app.js", ["/static/app.js"], lambda s: (ROOT / "src/rasd/api/static/app.js").read_bytes()),
        Target(
            "GET /api/stats",
            [f"/api/stats?top={t}" for t in stats_picks],
            lambda s: s.summary(10),
            requests=min(requests, 30) if variants is not None else None,
        ),
        Target(
            "GET /api/articles",
            [f"/api/articles?limit=50&offset={i}" for i in picks],
            lambda s: s.articles(Filter(), Page(limit=50)),
        ),
        Target(
            "GET /api/articles/{id}", [f"/api/articles/{ids[i % len(ids)]}" for i in picks], lambda s: s.article(ids[0])
        ),
        Target(
            "GET /api/events",
            [f"/api/events?limit=50&offset={i}" for i in picks],
            lambda s: s.events(Filter(), Page(limit=50)),
        ),
        Target(
            f"GET /api/events?actor={actor}",
            [f"/api/events?actor={actor}&limit=50&offset={i}" for i in picks],
            lambda s: s.events(Filter.parse(actor=actor), Page(limit=50)),
        ),
        Target(
            "GET /api/events?code=1&since=-90d",
            [f"/api/events?code=1&since={recent(i)}&limit=50" for i in picks],
            lambda s: s.events(Filter.parse(code="1", since=recent(0)), Page(limit=50)),
        ),
        Target(
            "GET /api/timeline?interval=month",
            [f"/api/timeline?interval=month&since={days(i)}" for i in picks],
            timeline,
        ),
        Target(
            "GET /api/network", [f"/api/network?limit={150 + i}" for i in picks], lambda s: s.network(Filter(), 1, 150)
        ),
        Target(
            "GET /api/locations",
            [f"/api/locations?limit={1000 + i}" for i in picks],
            lambda s: s.locations(Filter(), 1000),
        ),
        Target(
            "POST /api/analyze (98 chars)",
            ["/api/analyze"],
            lambda s: analyze_doc(make_doc(SAMPLE_TEXT)),
            method="POST",
            body={"text": SAMPLE_TEXT},
            requests=max(20, requests // 3),
        ),
    ]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = q / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def direct_p50(store: Store, target: Target, repeats: int) -> float:
    """Median time of the in-process call with the store's result cache emptied first: the query's real cost."""
    samples = []
    for _ in range(repeats + 1):
        store.clear_cache()
        start = time.perf_counter()
        target.direct(store)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples[1:])


def http_latency(
    db: Path,
    *,
    requests: int = 300,
    concurrency: int = 8,
    warmup: int = 20,
    direct_repeats: int = 30,
    max_queries: int | None = None,
) -> dict[str, list[list[Any]]]:
    """Tables of rows [endpoint, ok, errors, p50, p90, p99, max, req/s, direct p50, HTTP p50 / direct p50]:
    distinct queries (no cached answer) at 1 request in flight (what one request costs) and at `concurrency`
    (latency with requests queueing for the cores), then one repeated query per endpoint (answers from the cache,
    as when a user comes back to a view)."""
    per_pass = warmup + requests
    with Store.open(db) as store:
        passes = {
            "1 request in flight, distinct queries": (1, targets(store, requests, range(per_pass))),
            f"{concurrency} requests in flight, distinct queries": (
                concurrency,
                targets(store, requests, range(per_pass, 2 * per_pass)),
            ),
            f"{concurrency} requests in flight, one repeated query (cached)": (
                concurrency,
                targets(store, requests, None),
            ),
        }
        direct = {t.name: direct_p50(store, t, direct_repeats) for t in passes[next(iter(passes))][1]}
    tables: dict[str, list[list[Any]]] = {}
    with served(db, options=["--max-queries", str(max_queries)] if max_queries else ()) as base:
        for title, (level, plan_targets) in passes.items():
            results = _load(base, plan_targets, level, requests, warmup)
            tables[title] = [_row(r, direct[r["name"]]) for r in results]
    return tables


def _load(base: str, plan_targets: list[Target], concurrency: int, requests: int, warmup: int) -> list[dict[str, Any]]:
    plan = {
        "base": base,
        "concurrency": concurrency,
        "requests": requests,
        "warmup": warmup,
        "timeout": 900,
        "targets": [
            {"name": t.name, "method": t.method, "paths": t.paths, "body": t.body, "requests": t.requests}
            for t in plan_targets
        ],
    }
    generator = Path(__file__).with_name("_http_load.py")
    done = subprocess.run(
        [sys.executable, str(generator)], input=json.dumps(plan), capture_output=True, text=True, timeout=960
    )
    if done.returncode != 0:
        raise SystemExit(f"load generator failed: {done.stderr}")
    results: list[dict[str, Any]] = json.loads(done.stdout)["targets"]
    return results


def _row(result: dict[str, Any], direct_ms: float) -> list[Any]:
    latencies = result["latencies_ms"]
    p50 = percentile(latencies, 50)
    return [
        result["name"],
        len(latencies),
        sum(result["errors"].values()),
        p50,
        percentile(latencies, 90),
        percentile(latencies, 99),
        max(latencies) if latencies else float("nan"),
        len(latencies) / result["seconds"] if result["seconds"] else 0.0,
        direct_ms,
        p50 / direct_ms if direct_ms else float("nan"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="an existing rasd database (default: build one)")
    parser.add_argument("--articles", type=int, default=5000, help="articles to store when building (default 5000)")
    parser.add_argument("--keep", type=Path, help="build the database at this path (reused when it exists)")
    parser.add_argument("--pipeline", action="store_true", help="annotate with the real pipeline, not synthetic")
    parser.add_argument("--requests", type=int, default=300, help="timed requests per endpoint (default 300)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight at most (default 8)")
    parser.add_argument("--max-queries", type=int, help="the server's --max-queries (default: its own default)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rasd-bench-api-") as scratch:
        if args.db is not None and not args.db.is_file():
            raise SystemExit(f"no such database: {args.db}")
        db = args.db or args.keep or Path(scratch) / "bench.duckdb"
        if not db.exists():
            stored, seconds = build_database(db, args.articles, pipeline=args.pipeline)
            kind = "pipeline" if args.pipeline else "synthetic"
            print(f"built {db.name}: {stored} news articles, {kind} annotations, written in {seconds:.1f} s")
        with Store.open(db) as store:
            counts = store.summary(1)["counts"]
        size_mb = db.stat().st_size / 1e6
        print(
            f"database: {counts['articles']:,} articles, {counts['events']:,} events, {counts['quotes']:,} quotes, "
            f"{counts['entities']:,} entities, {size_mb:.1f} MB"
        )
        tables = http_latency(db, requests=args.requests, concurrency=args.concurrency, max_queries=args.max_queries)
    load = os.getloadavg()[0]
    for title, rows in tables.items():
        print_table(
            f"HTTP latency (ms), {title}, from a second process on loopback; baseline: the same query in-process "
            f"through rasd.store (machine load average {load:.1f} on {os.cpu_count()} cores)",
            ["endpoint", "ok", "errors", "p50", "p90", "p99", "max", "req/s", "direct p50", "HTTP/direct"],
            rows,
        )


if __name__ == "__main__":
    main()
