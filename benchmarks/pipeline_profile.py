"""Per-stage time of the default pipeline, article by article, and how each stage grows with input size.

    nice -n 10 python benchmarks/pipeline_profile.py --input SAMPLE.jsonl [--per-article TIMES.jsonl] [--slowest 20]
    nice -n 10 python benchmarks/pipeline_profile.py --scaling [--sizes 1,2,4,8,16]

`--input` runs every stage of the default pipeline on each article (a `{id, text, published, ...}` JSONL such as
`rasd analyze --jsonl` reads), timing each stage callable on its own in CPU time (`time.process_time`: the two
cores here are shared, and wall time mostly measures the neighbours), and prints the slowest articles with the stage
responsible (the slowest candidates re-timed twice, best kept, so a cold cache is not an outlier), then per-stage
totals and percentiles per outlet. A stage that raises or passes `--limit` seconds is reported with the article id.

`--scaling` feeds inputs of growing size in several shapes (many paragraphs, one paragraph, one sentence without a
full stop, lists of names, runs of dates, chains of quotations; all built from sentences written for rasd in
benchmarks/adversarial.py) and prints each stage's time per size with the growth exponent between the two largest
sizes: about 1 is linear; 2 is quadratic. A stage is flagged when its exponent is above 1.3 and its time at the
largest size is above 50 ms.
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import print_table
from adversarial import PARAGRAPH, SENTENCES, one_paragraph
from rasd.doc import Doc
from rasd.io import InputError, doc_from_record
from rasd.pipeline import Pipeline, make_doc


class StageTimeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise StageTimeout("stage time limit reached")


def run_timed(pipeline: Pipeline, doc: Doc, limit: float = 0.0) -> tuple[dict[str, float], str | None]:
    """Seconds per stage, and the failing stage's error (the stages after it do not run). With `limit`, a stage
    that runs longer than `limit` seconds is stopped and reported (SIGALRM: the main thread of a Unix process)."""
    times: dict[str, float] = {}
    previous = signal.signal(signal.SIGALRM, _alarm) if limit else None
    try:
        for item in pipeline.stages:
            start = time.process_time()
            if limit:
                signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                doc = item.function(doc)
            except Exception as error:  # a failure is a finding, not the end of the run
                times[item.name] = time.process_time() - start
                return times, f"{item.name}: {type(error).__name__}: {error}"
            finally:
                if limit:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            times[item.name] = time.process_time() - start
    finally:
        if previous is not None:
            signal.signal(signal.SIGALRM, previous)
    return times, None


def read_records(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def profile_articles(pipeline: Pipeline, path: str, per_article: str | None, slowest: int, limit: float) -> None:
    rows: list[dict[str, Any]] = []
    out = open(per_article, "w", encoding="utf-8") if per_article else None  # noqa: SIM115
    for record in read_records(path):
        try:
            doc = doc_from_record(record, default_id="?")
        except InputError:
            continue  # refused inputs are the checker's business (a clear error line), not a timing
        times, error = run_timed(pipeline, doc, limit)
        outlet = str(record.get("outlet") or record.get("source") or "?")
        row = {"id": doc.id, "outlet": outlet, "chars": len(doc.text), "times": times, "error": error}
        row["total"] = sum(times.values())
        rows.append(row)
        if out is not None:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if out is not None:
        out.close()
    names = list(pipeline.names)
    rows.sort(key=lambda r: -r["total"])
    _confirm(pipeline, path, rows[: 3 * slowest], limit)
    rows.sort(key=lambda r: -r["total"])
    table = []
    for row in rows[:slowest]:
        worst = max(row["times"], key=row["times"].get)
        ms = [1000 * row["times"].get(n, 0.0) for n in names]
        table.append([row["id"][-40:], row["outlet"], row["chars"], 1000 * row["total"], worst, *ms])
    print_table(f"{slowest} slowest articles (ms)", ["article", "outlet", "chars", "total", "worst", *names], table)
    by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_outlet[row["outlet"]].append(row)
    summary = []
    for outlet, items in sorted(by_outlet.items()):
        totals = sorted(1000 * r["total"] for r in items)
        chars = sum(r["chars"] for r in items)
        summary.append(
            [outlet, len(items), chars // len(items), statistics.median(totals), _pct(totals, 0.99), totals[-1]]
            + [1000 * sum(r["times"].get(n, 0.0) for r in items) / len(items) for n in names]
        )
    all_totals = sorted(1000 * r["total"] for r in rows)
    summary.append(
        ["ALL", len(rows), sum(r["chars"] for r in rows) // max(len(rows), 1)]
        + [statistics.median(all_totals), _pct(all_totals, 0.99), all_totals[-1]]
        + [1000 * sum(r["times"].get(n, 0.0) for r in rows) / max(len(rows), 1) for n in names]
    )
    header = ["outlet", "articles", "mean chars", "p50 ms", "p99 ms", "max ms", *[f"{n} ms" for n in names]]
    print_table("Per outlet: total per article (p50/p99/max) and mean ms per stage", header, summary)
    share = [[n, 1000 * sum(r["times"].get(n, 0.0) for r in rows), 0.0] for n in names]
    grand = sum(s[1] for s in share) or 1.0
    for item in share:
        item[2] = 100 * item[1] / grand
    print_table("Per stage over all articles", ["stage", "total ms", "% of time"], share)
    errors = [r for r in rows if r["error"]]
    if errors:
        print_table("Stage failures", ["article", "error"], [[r["id"], r["error"][:150]] for r in errors])


def _confirm(pipeline: Pipeline, path: str, candidates: list[dict[str, Any]], limit: float, runs: int = 2) -> None:
    """Re-time the slowest candidates (caches warm now) and keep each stage's best: a slow first run that was
    only a cold cache or a busy machine does not stay in the table."""
    wanted = {row["id"]: row for row in candidates}
    for record in read_records(path):
        row = wanted.get(str(record.get("id")))
        if row is None or row["error"]:
            continue
        for _ in range(runs):
            times, _error = run_timed(pipeline, doc_from_record(record, default_id="?"), limit)
            row["times"] = {n: min(t, times.get(n, t)) for n, t in row["times"].items()}
        row["total"] = sum(row["times"].values())


def _pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, math.ceil(q * len(values)) - 1)]


# ---------------------------------------------------------------------- scaling
def _shapes() -> dict[str, Callable[[int], str]]:
    countries = ["مصر", "السعودية", "الأردن", "لبنان", "سوريا", "العراق", "اليمن", "ليبيا", "تونس", "الجزائر"]
    return {
        "paragraphs (\\n\\n)": lambda n: "\n\n".join([PARAGRAPH] * n),
        "one paragraph": lambda n: " ".join([PARAGRAPH] * n),
        "one sentence, no stops": lambda n: one_paragraph(180 * n),
        "list of countries": lambda n: "، ".join(countries * (10 * n)) + ".",
        "run of dates": lambda n: "في " + " و".join(["12 مارس 2018 الساعة العاشرة صباحا"] * (10 * n)) + ".",
        "chained reported speech": lambda n: " ".join(["قال الوزير إن الوضع مستقر، وأضاف أن"] * (10 * n)) + " انتهى.",
        "quotation marks run": lambda n: " ".join(["«" + s + "»" for s in SENTENCES] * n),
        "people coordinated": lambda n: "واجتمع " + " و".join(["الرئيس المصري عبد الفتاح السيسي"] * (10 * n)) + ".",
    }


def profile_scaling(pipeline: Pipeline, sizes: list[int], repeat: int, limit: float) -> list[list[Any]]:
    names = list(pipeline.names)
    rows: list[list[Any]] = []
    flagged: list[list[Any]] = []
    for shape, build in _shapes().items():
        per_size: list[dict[str, float]] = []
        lengths: list[int] = []
        for size in sizes:
            text = build(size)
            lengths.append(len(text))
            best: dict[str, float] = {}
            for _ in range(repeat):  # the best of `repeat` runs: other processes share these cores
                times, error = run_timed(pipeline, make_doc(text, published="2018-03-15"), limit)
                if error:
                    print(f"{shape} x{size}: {error}", file=sys.stderr)
                best = {n: min(best.get(n, math.inf), t) for n, t in times.items()}
            per_size.append(best)
        for name in names:
            ms = [1000 * p.get(name, 0.0) for p in per_size]
            exponent = _exponent(lengths[-2], lengths[-1], ms[-2], ms[-1])
            row = [shape, name, lengths[-1], *ms, exponent]
            rows.append(row)
            if exponent > 1.3 and ms[-1] > 50:
                flagged.append([shape, name, lengths[-1], ms[-1], exponent])
    header = ["shape", "stage", "chars (largest)", *[f"x{s} ms" for s in sizes], "exponent"]
    print_table("Stage time by input size (best of runs)", header, rows)
    print_table(
        "Super-linear (exponent > 1.3, > 50 ms at the largest size)", ["shape", "stage", "chars", "ms", "exp"], flagged
    )
    return flagged


def _exponent(n1: int, n2: int, t1: float, t2: float) -> float:
    if t1 <= 0.05 or t2 <= 0.05 or n1 == n2:  # below timer noise
        return 0.0
    return math.log(t2 / t1) / math.log(n2 / n1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", help="JSONL of articles {id, text, published, ...}")
    parser.add_argument("--per-article", help="write each article's per-stage seconds to this JSONL")
    parser.add_argument("--slowest", type=int, default=20)
    parser.add_argument("--scaling", action="store_true", help="growth of each stage with input size")
    parser.add_argument("--sizes", default="1,2,4,8,16", help="multipliers of the base input for --scaling")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--limit", type=float, default=120.0, help="seconds a stage may take on one article")
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    pipeline(make_doc(PARAGRAPH, published="2018-03-15"))  # load every model and lexicon before timing
    if args.input:
        profile_articles(pipeline, args.input, args.per_article, args.slowest, args.limit)
    if args.scaling:
        profile_scaling(pipeline, [int(s) for s in args.sizes.split(",")], args.repeat, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
