"""The ingest loop: files -> articles -> (skip known) -> analyse -> store, in batches that commit atomically.

A batch's articles, their annotations, the skipped records and the run's counters are committed in one DuckDB
transaction, and articles already stored are recognised by their content hash before analysis. So a run killed at
any moment loses at most the uncommitted batch, and re-running the same command stores every article exactly once.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasd.ingest.readers import Article, Item, ReadOptions, Skipped, read_file
from rasd.pipeline import DEFAULT_BATCH_SIZE, Failed, Pipeline
from rasd.store import Provenance, Store, doc_rows
from rasd.store.database import DocRows
from rasd.store.rows import key_of_normal
from rasd.store.schema import analysis_version
from rasd.text.normalize import NormalizedText, normalize

# Articles analysed and committed together. Each commit pays DuckDB's per-statement and per-transaction costs (and a
# sync to disk) once per table: 256 instead of 64 cut the store's share from ~1.8 to ~1.0 ms per article. A slow
# input still commits every BATCH_SECONDS, so a killed run redoes little and progress moves.
BATCH_SIZE = 256
BATCH_SECONDS = 5.0


@dataclass(slots=True)
class IngestStats:
    files: int = 0
    records: int = 0  # articles read
    added: int = 0
    duplicates: int = 0
    reanalysed: int = 0  # stored articles analysed again (`reanalyze`)
    stale: int = 0  # stored articles skipped that another analysis version produced (see `reanalyze`)
    errors: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class Progress:
    """What the caller is told after every batch and file: bytes of input consumed so far, and the totals."""

    bytes_done: int
    stats: IngestStats


def input_files(paths: Sequence[str | Path], exclude: Iterable[Path] = ()) -> Iterator[Path | Skipped]:
    """Files under `paths` (folders recursively, sorted, hidden entries skipped); a missing path is a Skipped."""
    excluded = {p.resolve() for p in exclude}
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            if path.resolve() not in excluded:
                yield path
        elif path.is_dir():
            for folder, subfolders, names in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for name in sorted(names):
                    file = Path(folder) / name
                    if not name.startswith(".") and file.is_file() and file.resolve() not in excluded:
                        yield file
        else:
            yield Skipped(str(path), "no such file or directory", "missing")


def database_files(db: str | Path) -> list[Path]:
    """The store's own files, never to be read as input."""
    base = Path(db)
    return [base, base.with_name(base.name + ".wal")]


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    *,
    pipeline: Pipeline,
    options: ReadOptions | None = None,
    batch_size: int = BATCH_SIZE,
    batch_seconds: float = BATCH_SECONDS,
    exclude: Iterable[Path] = (),
    on_error: Callable[[Skipped], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    on_commit: Callable[[IngestStats], None] | None = None,
    reanalyze: bool = False,
) -> IngestStats:
    """Ingest files and folders into an open (read-write) store; returns the run's figures. An article already
    stored is skipped, unless `reanalyze` and another analysis version (`rasd.store.analysis_version`: another
    rasd, changed code or data, other stages) produced its rows: then it is analysed again and its rows replaced."""
    options = options or ReadOptions()
    stats = IngestStats()
    started = time.perf_counter()
    run_options = {"fields": dict(options.fields), "encoding": options.encoding, "batch_size": batch_size}
    run_id = store.start_run([str(p) for p in paths], pipeline.names, run_options)
    batch = _Batch(store, pipeline, run_id, stats, on_error, on_commit, reanalyze)
    bytes_done = 0
    last_flush = time.monotonic()
    for entry in input_files(paths, exclude):
        if isinstance(entry, Skipped):
            batch.skipped.append(entry)
            continue
        stats.files += 1
        for item in read_file(entry, options):
            batch.add(item)
            if len(batch.articles) >= batch_size or time.monotonic() - last_flush > batch_seconds:
                batch.flush()
                last_flush = time.monotonic()
                if on_progress:
                    on_progress(Progress(bytes_done, stats))
        bytes_done += _size(entry)
        if on_progress:
            on_progress(Progress(bytes_done, stats))
    batch.flush()
    store.finish_run(run_id)
    stats.seconds = time.perf_counter() - started
    if on_progress:
        on_progress(Progress(bytes_done, stats))
    return stats


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _Batch:
    """Items waiting to be analysed and committed together."""

    def __init__(
        self,
        store: Store,
        pipeline: Pipeline,
        run_id: int,
        stats: IngestStats,
        on_error: Callable[[Skipped], None] | None,
        on_commit: Callable[[IngestStats], None] | None,
        reanalyze: bool = False,
    ) -> None:
        self.store, self.pipeline, self.run_id, self.stats = store, pipeline, run_id, stats
        self.on_error, self.on_commit = on_error, on_commit
        self.reanalyze = reanalyze
        self.analysis = analysis_version(pipeline.names)
        self.articles: list[Article] = []
        self.skipped: list[Skipped] = []

    def add(self, item: Item) -> None:
        if isinstance(item, Article):
            self.articles.append(item)
        else:
            self.skipped.append(item)

    def flush(self) -> None:
        if not self.articles and not self.skipped:
            return
        normals = [normalize(a.doc.text) for a in self.articles]
        keys = [key_of_normal(normal) for normal in normals]
        stored = self.store.stored_analyses(keys)
        rows: list[DocRows] = []
        batch_keys: set[str] = set()
        duplicates = stale = 0
        redo: set[str] = set()
        fresh: list[Article] = []
        shares_normal = "normalize" in self.pipeline.names
        for article, key, normal in zip(self.articles, keys, normals, strict=True):
            if key in batch_keys or (key in stored and (stored[key] == self.analysis or not self.reanalyze)):
                duplicates += 1
                stale += key in stored and key not in batch_keys and stored[key] != self.analysis
                continue
            if key in stored:
                redo.add(key)
            batch_keys.add(key)
            fresh.append(article)
            if shares_normal and article.doc.normalized is None:  # the normalize stage keeps it: one pass, not two
                article.doc.normalized = NormalizedText.of(article.doc.text, normal)
        records = len(self.articles)
        self.articles = []
        # Analysed a pipeline batch at a time, each batch's documents let go once their rows are built: the batch
        # holds rows, not hundreds of analysed documents (their tokens and annotations), which the garbage
        # collector's young collections would otherwise walk again and again until the commit.
        while fresh:
            chunk = fresh[:DEFAULT_BATCH_SIZE]
            del fresh[:DEFAULT_BATCH_SIZE]
            for analysed in analyse_many(chunk, self.pipeline, self.run_id):
                if isinstance(analysed, Skipped):
                    self.skipped.append(analysed)
                else:
                    rows.append(analysed)
            del chunk
        added = self.store.write(
            rows,
            run_id=self.run_id,
            records=records,
            duplicates=duplicates,
            errors=[(s.origin, s.reason) for s in self.skipped],
            replace=redo,
        )
        reanalysed = sum(r["articles"][0]["article_id"] in redo for r in rows)
        self.stats.records += records
        self.stats.added += added
        self.stats.reanalysed += reanalysed
        self.stats.stale += stale
        self.stats.duplicates += duplicates + len(rows) - added - reanalysed
        self.stats.errors += len(self.skipped)
        for skipped in self.skipped:  # only after COMMIT, so a killed run does not log what it will redo
            self.stats.reasons[skipped.kind] += 1
            if self.on_error:
                self.on_error(skipped)
        self.skipped = []
        if self.on_commit:
            self.on_commit(self.stats)


def analyse(article: Article, pipeline: Pipeline, run_id: int | None = None) -> DocRows | Skipped:
    """One article's store rows, or why it could not be analysed (one failing article never stops a run)."""
    return analyse_many([article], pipeline, run_id)[0]


def analyse_many(articles: Sequence[Article], pipeline: Pipeline, run_id: int | None = None) -> list[DocRows | Skipped]:
    """`analyse` for each article, in order, through `Pipeline.pipe` (stages with a batch form see them together)."""
    out: list[DocRows | Skipped] = []
    results = pipeline.pipe_results(article.doc for article in articles)
    analysis = analysis_version(pipeline.names)
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, Failed):
            reason = f"analysis failed: {type(result.error).__name__}: {result.error}"
            out.append(Skipped(article.origin, reason, "analysis"))
        else:
            provenance = Provenance(article.origin, article.format, run_id, pipeline.names, analysis=analysis)
            out.append(doc_rows(result, provenance))
    return out
