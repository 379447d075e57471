"""The coordinator of a Dask ingest: plan partitions, run them on a cluster, then load the Parquet into the store.

Dask does the distribution, retries and recovery: a task whose worker dies is rescheduled on another worker (up to
`distributed.scheduler.allowed-failures` deaths), and a task that raises is retried once. A partition that still
fails is reported as a skipped input and the run goes on. The output folder doubles as a checkpoint: re-running the
same command after the coordinator itself was stopped runs only the partitions without a `_done` marker.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dask
import duckdb
from distributed import Client, Future, LocalCluster, as_completed

from rasd.ingest.readers import Skipped
from rasd.ingest.runner import IngestStats, input_files
from rasd.scale.parquet import LoadResult, done_reports, load_into_store
from rasd.scale.plan import Partition, Plan, auto_partition_bytes, plan_partitions
from rasd.scale.worker import DONE, PART_TABLES, PartitionReport, PipelineLoader, Settings, part_path, run_partition
from rasd.store import Store

MANIFEST = "manifest.json"
DEFAULT_MEMORY_LIMIT = "2GiB"


class ScaleError(Exception):
    """A Dask ingest that cannot start (the output folder belongs to another run, no workers, ...)."""


@dataclass(frozen=True, slots=True)
class Event:
    """Told to the caller after every partition: how many are done, and this one's report or failure."""

    done: int
    total: int
    partition: Partition
    report: PartitionReport | None
    failure: Skipped | None


@dataclass(slots=True)
class ScaleResult:
    stats: IngestStats
    plan: Plan
    reports: list[PartitionReport] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)
    resumed: int = 0  # partitions finished by an earlier run on the same output folder
    load: LoadResult | None = None
    plan_seconds: float = 0.0  # the coordinator's planning (serial work a bigger cluster does not shorten)
    load_seconds: float = 0.0  # the coordinator's load into the store (serial too)

    def peak_rss_by_worker(self) -> dict[str, int]:
        """Peak resident memory (bytes) of each worker process that ran a partition, by host:pid."""
        peaks: dict[str, int] = {}
        for report in self.reports:
            name = f"{report.host}:{report.pid}"
            peaks[name] = max(peaks.get(name, 0), report.peak_rss)
        return peaks


@contextmanager
def dask_client(
    scheduler: str | None = None,
    workers: int | None = None,
    *,
    dashboard: str | None = ":8787",
    memory_limit: str = DEFAULT_MEMORY_LIMIT,
) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes with one thread each
    (default: one per CPU), closed on exit. `dashboard=None` serves no dashboard."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    count = workers or os.cpu_count() or 1
    # The workers' statistical profiler samples the analysing thread every 10 ms and costs a few percent of CPU;
    # rasd's tasks are profiled with the benchmarks instead.
    with (
        dask.config.set({"distributed.worker.profile.enabled": False}),
        LocalCluster(
            n_workers=count,
            threads_per_worker=1,
            processes=True,
            memory_limit=memory_limit,
            dashboard_address=dashboard,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def ingest_dask(
    paths: Sequence[str | Path],
    client: Client,
    out_dir: Path,
    *,
    settings: Settings,
    store: Store | None = None,
    partition_bytes: int | None = None,
    exclude: Iterable[Path] = (),
    on_plan: Callable[[Plan], None] | None = None,
    on_event: Callable[[Event], None] | None = None,
) -> ScaleResult:
    """Analyse `paths` on the cluster into Parquet under `out_dir`, then (with a read-write `store`) load it."""
    started = time.perf_counter()
    exclude = [*exclude, out_dir]
    threads = sum(client.nthreads().values())
    if threads == 0:
        raise ScaleError("the Dask cluster has no workers")
    if partition_bytes is None:
        total = sum(p.stat().st_size for p in input_files(paths, exclude) if isinstance(p, Path))
        partition_bytes = auto_partition_bytes(total, threads)
    plan = plan_partitions(paths, partition_bytes, exclude)
    plan_seconds = time.perf_counter() - started
    if on_plan:
        on_plan(plan)
    finished = prepare_output(out_dir, plan, settings)
    result = ScaleResult(IngestStats(files=plan.files), plan, resumed=len(finished), plan_seconds=plan_seconds)
    result.reports.extend(finished.values())
    client.register_plugin(PipelineLoader(settings.stages), name=PipelineLoader.name)
    by_key = {}
    token = os.urandom(4).hex()
    for partition in plan.partitions:
        if partition.id not in finished:
            future = client.submit(
                run_partition, partition, str(out_dir), settings, key=f"rasd-{partition.id}-{token}", retries=1
            )
            by_key[future.key] = (future, partition)
    done = len(finished)
    for future in as_completed([f for f, _ in by_key.values()]):
        _, partition = by_key.pop(future.key)
        done += 1
        report: PartitionReport | None = None
        failure: Skipped | None = None
        if future.status == "finished":
            report = future.result()
            result.reports.append(report)
        else:
            error = _failure(future)
            message = " ".join(str(error).split()) or type(error).__name__
            failure = Skipped(partition.describe(), f"partition failed: {type(error).__name__}: {message}", "partition")
            result.failed.append(failure)
        future.release()
        if on_event:
            on_event(Event(done, len(plan.partitions), partition, report, failure))
    loading = time.perf_counter()
    _finish(result, store, out_dir, settings)
    result.load_seconds = time.perf_counter() - loading
    result.stats.seconds = time.perf_counter() - started
    return result


def _failure(future: Future[Any]) -> BaseException:
    """Why a task failed: its exception, or why there is none (cancelled, e.g. when the scheduler lost it)."""
    try:
        error = future.exception()
    except BaseException as reason:  # CancelledError and the like come out of exception() itself
        return reason
    return error if isinstance(error, BaseException) else RuntimeError(f"task ended as {future.status}")


def _finish(result: ScaleResult, store: Store | None, out_dir: Path, settings: Settings) -> None:
    stats = result.stats
    for report in result.reports:
        stats.records += report.records
        stats.errors += report.errors
        stats.reasons.update(report.error_kinds)
    outside = [*result.plan.skipped, *result.failed]
    stats.errors += len(outside)
    stats.reasons.update(s.kind for s in outside)
    unanalysed = sum(r.error_kinds.get("analysis", 0) for r in result.reports)
    partitions = sorted(r.partition for r in result.reports)
    if store is not None:
        result.load = load_into_store(
            store,
            out_dir,
            partitions,
            run_id=settings.run_id,
            records=stats.records,
            unanalysed=unanalysed,
            extra_errors=[(s.origin, s.reason) for s in outside],
        )
        stats.added, stats.duplicates = result.load.added, result.load.duplicates
    else:  # Parquet only: "added" are the distinct articles written
        stats.added = _distinct_articles(out_dir, partitions) if partitions else 0
        stats.duplicates = stats.records - unanalysed - stats.added


def _distinct_articles(out_dir: Path, partitions: list[str]) -> int:
    files = [str(part_path(out_dir, "articles", p)) for p in partitions]
    row = duckdb.execute("SELECT count(DISTINCT article_id) FROM read_parquet(?)", [files]).fetchone()
    return int(row[0]) if row else 0


def _manifest(plan: Plan, settings: Settings) -> dict[str, Any]:
    options = settings.options
    return {
        "version": 1,
        "stages": list(settings.stages),
        "options": {
            "fields": dict(options.fields),
            "encoding": options.encoding,
            "max_bytes": options.max_bytes,
            "max_chars": options.max_chars,
            "require_arabic": options.require_arabic,
        },
        "partitions": [p.to_json() for p in plan.partitions],
    }


def prepare_output(out_dir: Path, plan: Plan, settings: Settings) -> dict[str, PartitionReport]:
    """Create the output folder, or resume the same plan in it; returns the partitions already finished."""
    manifest = _manifest(plan, settings)
    path = out_dir / MANIFEST
    if path.is_file():
        if json.loads(path.read_text(encoding="utf-8")) != manifest:
            raise ScaleError(
                f"{out_dir} holds the output of another ingest (other inputs, options or stages); "
                "choose another --parquet folder or remove it"
            )
        wanted = {p.id for p in plan.partitions}
        return {k: v for k, v in done_reports(out_dir).items() if k in wanted}
    if out_dir.exists() and any(out_dir.iterdir()):
        raise ScaleError(f"{out_dir} is not empty and is not the output of a 'rasd ingest --engine dask' run")
    out_dir.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{MANIFEST}.tmp")
    temporary.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)
    return {}


def remove_output(out_dir: Path) -> None:
    """Delete an output folder written by `ingest_dask` (only its own files and folders)."""
    for name in (*PART_TABLES, DONE):
        shutil.rmtree(out_dir / name, ignore_errors=True)
    (out_dir / MANIFEST).unlink(missing_ok=True)
    if out_dir.is_dir() and not any(out_dir.iterdir()):
        out_dir.rmdir()
