"""`rasd ingest PATH...`: read, analyse and store articles, with a progress bar and a report of what was skipped."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from rasd.dictionary_cli import dictionary_options
from rasd.ingest.readers import ReadOptions, Skipped
from rasd.ingest.runner import BATCH_SIZE, IngestStats, database_files, ingest
from rasd.ingest.runner import Progress as IngestProgress
from rasd.pipeline import Pipeline, UnknownStageError
from rasd.scale.cli import dask_options, wants_dask
from rasd.store import DEFAULT_DB, Store

_DOC_FIELDS = ("id", "text", "published", "source", "title", "url")
_SHOWN_ERRORS = 20


class _ArticleRate(TextColumn):
    """Articles stored and articles per second, next to the byte-based bar."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task: Task) -> Text:
        stats: IngestStats | None = task.fields.get("stats")
        if stats is None:
            return Text("")
        elapsed = task.elapsed or 0.0
        rate = stats.records / elapsed if elapsed > 0 else 0.0
        return Text(f"{stats.records:,} articles ({stats.added:,} new, {stats.errors:,} skipped) {rate:,.1f}/s")


def _parse_fields(pairs: tuple[str, ...]) -> dict[str, str]:
    fields = {}
    for pair in pairs:
        name, sep, key = pair.partition("=")
        name, key = name.strip(), key.strip()
        if not sep or not name or not key:
            raise click.BadParameter(f"expected NAME=KEY (e.g. text=body), got {pair!r}", param_hint="--field")
        if name not in _DOC_FIELDS:
            raise click.BadParameter(f"unknown field {name!r}; one of {', '.join(_DOC_FIELDS)}", param_hint="--field")
        fields[name] = key
    return fields


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file (created if missing).")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), help="Append skipped files/records here.")
@click.option("--field", "fields", multiple=True, metavar="NAME=KEY", help="JSONL key for a field: text=body.")
@click.option("--encoding", help="Encoding of text inputs when not UTF-8 (e.g. cp1256).")
@click.option("--stages", help="Comma-separated stage names instead of the default pipeline.")
@click.option(
    "--batch",
    "batch_size",
    default=BATCH_SIZE,
    show_default=True,
    type=click.IntRange(1, 10_000),
    help="Articles per commit.",
)
@click.option(
    "--max-bytes",
    default=10_000_000,
    show_default=True,
    type=click.IntRange(1),
    help="Largest file read as one article.",
)
@click.option("--any-language", is_flag=True, help="Keep articles that are not in Arabic.")
@click.option(
    "--reanalyze",
    is_flag=True,
    help="Analyse again the articles already stored by another analysis (an older rasd, other stages) and replace "
    "their rows.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-record messages.")
@click.option("--verbose", "-v", is_flag=True, help="A line on stderr after every committed batch.")
@dask_options
@dictionary_options
def ingest_command(
    paths: tuple[str, ...],
    db: str,
    errors_path: str | None,
    fields: tuple[str, ...],
    encoding: str | None,
    stages: str | None,
    batch_size: int,
    max_bytes: int,
    any_language: bool,
    reanalyze: bool,
    quiet: bool,
    verbose: bool,
    **engine_options: Any,
) -> None:
    """Analyse and store articles from files and folders (recursively). Formats are recognised by content: plain
    text, JSONL, HTML, WARC/WARC.gz and RSS/Atom feeds. Re-running adds only what is new."""
    try:
        pipeline = Pipeline([s.strip() for s in stages.split(",") if s.strip()] if stages else None)
    except (UnknownStageError, ValueError) as error:
        raise click.UsageError(str(error)) from None
    options = ReadOptions(
        fields=_parse_fields(fields), encoding=encoding, max_bytes=max_bytes, require_arabic=not any_language
    )
    console = Console(stderr=True, highlight=False)
    log: TextIO | None = open(errors_path, "a", encoding="utf-8") if errors_path else None  # noqa: SIM115
    exclude = database_files(db) + ([Path(errors_path)] if errors_path else [])
    if wants_dask(engine_options):
        if reanalyze:
            raise click.UsageError("--reanalyze runs in this process: leave out the Dask options")
        from rasd.scale.cli import ingest_with_dask

        try:
            ingest_with_dask(
                paths,
                db=db,
                pipeline=pipeline,
                options=options,
                log=log,
                quiet=quiet,
                exclude=exclude,
                engine_options=engine_options,
            )
        finally:
            if log:
                log.close()
        return
    pipeline.prepare_for_many()
    total = sum(p.stat().st_size for p in _existing_files(paths))
    shown = 0

    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        TaskProgressColumn(),
        _ArticleRate(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=quiet,
        transient=False,
    )
    task = progress.add_task("ingest", total=total or None, stats=None)

    def on_error(skipped: Skipped) -> None:
        nonlocal shown
        if log:
            log.write(f"{skipped.origin}\t{skipped.kind}\t{skipped.reason}\n")
            log.flush()
        if not quiet and shown < _SHOWN_ERRORS:
            progress.console.print(f"[yellow]skipped[/] {skipped.origin}: {skipped.reason}", markup=True)
        shown += 1

    def on_progress(update: IngestProgress) -> None:
        progress.update(task, completed=update.bytes_done, stats=update.stats)

    def on_commit(stats: IngestStats) -> None:
        if verbose:
            print(f"committed: {stats.records} read, {stats.added} added, {stats.errors} skipped", file=sys.stderr)
            sys.stderr.flush()

    try:
        with Store.open(db, read_only=False, threads=1) as store, progress:
            stats = ingest(
                paths,
                store,
                pipeline=pipeline,
                options=options,
                batch_size=batch_size,
                exclude=exclude,
                on_error=on_error,
                on_progress=on_progress,
                on_commit=on_commit,
                reanalyze=reanalyze,
            )
    finally:
        if log:
            log.close()
    _report(stats, db, console, errors_path, shown)


def _existing_files(paths: tuple[str, ...]) -> list[Path]:
    from rasd.ingest.runner import input_files

    return [p for p in input_files(paths) if isinstance(p, Path)]


def _report(stats: IngestStats, db: str, console: Console, errors_path: str | None, shown: int) -> None:
    rate = stats.records / stats.seconds if stats.seconds else 0.0
    out = Console(file=sys.stdout, highlight=False, soft_wrap=True)
    redone = f"{stats.reanalysed:,} analysed again, " if stats.reanalysed else ""
    out.print(
        f"{stats.files:,} files, {stats.records:,} articles read: {stats.added:,} added, {redone}"
        f"{stats.duplicates:,} already stored, {stats.errors:,} skipped "
        f"({stats.seconds:,.1f} s, {rate:,.1f} articles/s) -> {db}"
    )
    if stats.stale:
        out.print(
            f"{stats.stale:,} of the articles already stored were analysed by another version of the analysis "
            "(an older rasd, other stages or other dictionaries of yours): add --reanalyze to analyse them again"
        )
    if stats.errors:
        table = Table("skipped because", "count", box=None, show_header=True)
        for kind, count in stats.reasons.most_common():
            table.add_row(_KIND_TEXT.get(kind, kind), f"{count:,}")
        out.print(table)
        if errors_path:
            out.print(f"every skipped file/record and its reason: {errors_path}")
        elif shown > _SHOWN_ERRORS:
            out.print("use --errors FILE to log every skipped file/record with its reason")


_KIND_TEXT = {
    "empty": "empty",
    "binary": "binary (not text)",
    "encoding": "invalid encoding",
    "json": "malformed JSON line",
    "record": "bad record (missing text, bad field)",
    "no-text": "no article text",
    "no-arabic": "not Arabic",
    "too-large": "too large",
    "truncated": "truncated/corrupt archive",
    "analysis": "analysis failed",
    "missing": "no such path",
    "unreadable": "unreadable file",
}
