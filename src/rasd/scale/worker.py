"""What a Dask worker runs: read one partition lazily, analyse its articles, write one Parquet part per table.

Models, lexicons and the knowledge base are loaded once per worker process: `worker_pipeline` is cached per
process, and the `PipelineLoader` plugin builds (and warms) it when a worker starts, so a restarted worker is ready
before its first task. A partition is read record by record and written in row groups of `row_group` articles, so a
task's memory does not grow with the partition. Parts are written to temporary files and renamed into place, and a
partition's `_done` marker is written last: a task retried after its worker died overwrites its own parts, and a
partition without a marker is never loaded.
"""

from __future__ import annotations

import json
import os
import resource
import socket
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

import psutil
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Worker, WorkerPlugin

from rasd.caches import forget_words
from rasd.ingest.readers import Article, Item, ReadOptions, Skipped, read_file
from rasd.ingest.runner import analyse_many
from rasd.pipeline import DEFAULT_BATCH_SIZE, Pipeline
from rasd.scale.plan import Partition
from rasd.store import article_key, rows_to_arrow
from rasd.store.database import DocRows
from rasd.store.rows import ARROW_TYPES, TABLES

ERRORS_TABLE = "errors"
PART_TABLES = (*TABLES, ERRORS_TABLE)
DONE = "_done"
ERROR_SCHEMA = pa.schema([("origin", pa.string()), ("kind", pa.string()), ("reason", pa.string())])
_SAMPLE = 20  # skipped records a report carries back for display; all of them are in the errors part
_pipelines_built = 0
# Models, lexicons and the knowledge base are loaded once; the per-word caches grow on top of them up to their
# bounds (1.3 GiB resident with all of them full: benchmarks/memory.py), and a worker adds Dask's runtime and a
# Parquet row group. Emptied above this, a worker stays under 1.5 GB (10^9 bytes, as Dask counts) with room for a batch.
DEFAULT_MEMORY_BUDGET = 1250 << 20
# Articles analysed between two emptyings at least: if emptying cannot bring the process under the budget (memory
# the allocator keeps), the caches are not thrown away after every batch.
_FORGET_EVERY = 2000
_since_forgotten = 0


@dataclass(frozen=True, slots=True)
class Settings:
    stages: tuple[str, ...]
    options: ReadOptions = field(default_factory=ReadOptions)
    run_id: int | None = None
    row_group: int = 1000  # articles per Parquet row group (bounds a task's memory)
    # resident bytes above which the per-word caches are emptied (`rasd.caches`): what keeps a worker's memory flat
    memory_budget: int = DEFAULT_MEMORY_BUDGET


@dataclass(frozen=True, slots=True)
class PartitionReport:
    partition: str
    records: int  # articles read
    written: int  # distinct articles analysed and written
    duplicates: int  # repeats of an article earlier in the same partition
    errors: int
    error_kinds: dict[str, int]
    error_sample: tuple[Skipped, ...]
    seconds: float
    cpu_seconds: float
    pid: int
    host: str
    peak_rss: int  # bytes: the worker process's high-water mark when the task ended
    pipelines_built: int  # by this worker process so far (1: models loaded once per process)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["error_sample"] = [asdict(s) for s in self.error_sample]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PartitionReport:
        sample = tuple(Skipped(**s) for s in data.pop("error_sample"))
        return cls(error_sample=sample, **data)


@cache
def worker_pipeline(stages: tuple[str, ...]) -> Pipeline:
    """The pipeline of this process, built and warmed up once."""
    global _pipelines_built
    pipeline = Pipeline(stages).prepare_for_many()
    _pipelines_built += 1
    return pipeline


def pipelines_built() -> int:
    return _pipelines_built


class PipelineLoader(WorkerPlugin):
    """Dask worker plugin: load the pipeline when a worker process starts (or restarts)."""

    name = "rasd-pipeline"

    def __init__(self, stages: tuple[str, ...]) -> None:
        self.stages = stages

    def setup(self, worker: Worker) -> None:
        worker_pipeline(self.stages)


def part_path(out_dir: Path, table: str, partition: str) -> Path:
    return out_dir / table / f"{partition}.parquet"


def keep_within_budget(analysed: int, budget: int) -> bool:
    """Count `analysed` articles; empty the per-word caches when this process holds more than `budget` bytes (and
    has analysed `_FORGET_EVERY` articles since it last did). True when it did."""
    global _since_forgotten
    _since_forgotten += analysed
    if _since_forgotten < _FORGET_EVERY or _this_process().memory_info().rss <= budget:
        return False
    forget_words()
    _since_forgotten = 0
    return True


def peak_resident_bytes() -> int:
    """This process's own high-water resident size.

    Not `ru_maxrss`: Linux carries into it the size of the process that forked this one before the exec that
    started it, so a worker spawned by a coordinator holding 2.6 GiB reported 2.6 GiB from its first task. The
    kernel's VmHWM starts afresh at exec; `ru_maxrss` is the fallback where /proc is missing (in bytes on macOS)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


@cache
def _this_process() -> psutil.Process:
    return psutil.Process()


def done_path(out_dir: Path, partition: str) -> Path:
    return out_dir / DONE / f"{partition}.json"


def run_partition(partition: Partition, out_dir: str, settings: Settings) -> PartitionReport:
    """Read, analyse and write one partition; returns its figures. Bad records are counted, logged in the errors
    part and skipped; an exception here means the partition as a whole could not be read."""
    started, cpu_started = time.perf_counter(), time.process_time()
    pipeline = worker_pipeline(settings.stages)
    out = Path(out_dir)
    records = written = duplicates = 0
    kinds: Counter[str] = Counter()
    sample: list[Skipped] = []
    seen: set[str] = set()
    with _PartWriter(out, partition.id) as writer:
        batch: list[DocRows] = []
        skipped: list[Skipped] = []
        pending: list[Article] = []  # analysed DEFAULT_BATCH_SIZE at a time (`Pipeline.pipe`)

        def flush() -> None:
            writer.write(batch, skipped)
            batch.clear()
            skipped.clear()

        def take(result: DocRows | Skipped) -> None:
            nonlocal written
            if isinstance(result, Skipped):
                skipped.append(result)
                kinds[result.kind] += 1
                if len(sample) < _SAMPLE:
                    sample.append(result)
            else:
                batch.append(result)
                written += 1
            if len(batch) >= settings.row_group or len(skipped) >= settings.row_group:
                flush()

        def analyse_pending() -> None:
            for result in analyse_many(pending, pipeline, settings.run_id):
                take(result)
            keep_within_budget(len(pending), settings.memory_budget)
            pending.clear()

        for item in _items(partition, settings.options):
            if isinstance(item, Article):
                records += 1
                key = article_key(item.doc.text)
                if key in seen:
                    duplicates += 1
                    continue
                seen.add(key)
                pending.append(item)
                if len(pending) >= DEFAULT_BATCH_SIZE:
                    analyse_pending()
            else:
                take(item)
        analyse_pending()
        flush()
        report = PartitionReport(
            partition=partition.id,
            records=records,
            written=written,
            duplicates=duplicates,
            errors=sum(kinds.values()),
            error_kinds=dict(kinds),
            error_sample=tuple(sample),
            seconds=time.perf_counter() - started,
            cpu_seconds=time.process_time() - cpu_started,
            pid=os.getpid(),
            host=socket.gethostname(),
            peak_rss=peak_resident_bytes(),
            pipelines_built=pipelines_built(),
        )
        writer.commit(report)
    return report


class PartitionError(Exception):
    """A partition that cannot be read as planned (its file changed or vanished)."""


def _items(partition: Partition, options: ReadOptions) -> Iterator[Item]:
    span = partition.span
    for name in partition.files:
        path = Path(name)
        if span is not None:
            size = path.stat().st_size
            if size < span.end:
                raise PartitionError(f"{name} is {size:,} bytes, shorter than when it was planned (changed?)")
        yield from read_file(path, options, span)


class _PartWriter:
    """One Parquet file per table for a partition, written under temporary names and renamed on `commit`."""

    def __init__(self, out_dir: Path, partition: str) -> None:
        self.out_dir, self.partition = out_dir, partition
        self.token = uuid.uuid4().hex[:12]
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.actor_keys: set[str] = set()  # an actor's first record in the partition is kept, as the store does
        for table in PART_TABLES:
            schema = ERROR_SCHEMA if table == ERRORS_TABLE else pa.schema(list(ARROW_TYPES[table].items()))
            temporary = self._temporary(table)
            temporary.parent.mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(temporary, schema, compression="zstd")

    def _temporary(self, table: str) -> Path:
        final = part_path(self.out_dir, table, self.partition)
        return final.with_name(f".{final.name}.{self.token}.tmp")

    def write(self, rows: list[DocRows], skipped: list[Skipped]) -> None:
        if rows:
            tables = rows_to_arrow(rows)
            actors = tables["actors"]
            if actors.num_rows:
                keep = []
                for index, key in enumerate(actors.column("actor_key").to_pylist()):
                    if key not in self.actor_keys:
                        self.actor_keys.add(key)
                        keep.append(index)
                tables["actors"] = actors.take(keep)
            for name, table in tables.items():
                if table.num_rows:
                    self.writers[name].write_table(table)
        if skipped:
            columns = {
                "origin": [s.origin for s in skipped],
                "kind": [s.kind for s in skipped],
                "reason": [s.reason for s in skipped],
            }
            self.writers[ERRORS_TABLE].write_table(pa.Table.from_pydict(columns, schema=ERROR_SCHEMA))

    def commit(self, report: PartitionReport) -> None:
        for writer in self.writers.values():
            writer.close()
        for table in PART_TABLES:
            os.replace(self._temporary(table), part_path(self.out_dir, table, self.partition))
        marker = done_path(self.out_dir, self.partition)
        marker.parent.mkdir(parents=True, exist_ok=True)
        temporary = marker.with_name(f".{marker.name}.{self.token}.tmp")
        temporary.write_text(json.dumps(report.to_json(), ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, marker)
        self.writers = {}

    def __enter__(self) -> _PartWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if not self.writers:
            return
        for table, writer in self.writers.items():  # failed before commit: leave nothing behind
            try:
                writer.close()
            finally:
                self._temporary(table).unlink(missing_ok=True)
