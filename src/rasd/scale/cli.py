"""`rasd ingest --engine dask`: the options it adds to `rasd ingest`, and the run with a progress bar over partitions.

Dask is imported only when the engine is used, so `rasd ingest` without it starts as fast as before.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from rasd.ingest.readers import ReadOptions, Skipped
from rasd.pipeline import Pipeline

if TYPE_CHECKING:
    from rasd.scale.runner import ScaleResult

F = TypeVar("F", bound=Callable[..., Any])
_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9}
_UNITS |= {"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30}


def parse_size(text: str) -> int:
    """`64MB`, `512k`, `1GiB`, `1000000` -> bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", text.lower())
    if not match or match.group(2) not in _UNITS:
        raise click.BadParameter(f"expected a size such as 64MB or 512k, got {text!r}", param_hint="--partition-size")
    return max(1, int(float(match.group(1)) * _UNITS[match.group(2)]))


def dask_options(command: F) -> F:
    """The options `rasd ingest` takes for running on a Dask cluster."""
    options = [
        click.option(
            "--engine",
            type=click.Choice(["local", "dask"]),
            default="local",
            show_default=True,
            help="local: this process; dask: partitions analysed on a Dask cluster, written as Parquet, then loaded.",
        ),
        click.option("--scheduler", metavar="ADDRESS", help="dask: join the cluster at tcp://HOST:8786."),
        click.option(
            "--workers",
            type=click.IntRange(1),
            help="dask: start a local cluster of N worker processes (default: one per CPU).",
        ),
        click.option(
            "--parquet",
            "parquet_dir",
            type=click.Path(file_okay=False),
            help="dask: folder for the Parquet parts, kept (default: DB.dask-parts, removed once loaded). Re-running "
            "the same command resumes an interrupted run from it.",
        ),
        click.option(
            "--no-load",
            is_flag=True,
            help="dask: leave the results as Parquet (rasd query --parquet DIR queries them in place).",
        ),
        click.option("--partition-size", metavar="SIZE", help="dask: bytes per partition (default: automatic)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def wants_dask(engine_options: dict[str, Any]) -> bool:
    """Whether `rasd ingest` runs on Dask (removes `engine` from the options); Dask-only options without it are a
    usage error rather than silently ignored."""
    if engine_options.pop("engine") == "dask":
        return True
    given = [name for name, value in engine_options.items() if value]
    if given:
        flags = ", ".join("--" + name.replace("_dir", "").replace("_", "-") for name in given)
        raise click.UsageError(f"{flags} only apply with --engine dask")
    return False


class _Articles(TextColumn):
    def __init__(self) -> None:
        super().__init__("")

    def render(self, task: Task) -> Text:
        articles = int(task.fields.get("articles", 0))
        errors = int(task.fields.get("errors", 0))
        elapsed = task.elapsed or 0.0
        rate = articles / elapsed if elapsed > 0 else 0.0
        return Text(f"partitions, {articles:,} articles ({errors:,} skipped) {rate:,.1f}/s")


def ingest_with_dask(
    paths: Sequence[str],
    *,
    db: str,
    pipeline: Pipeline,
    options: ReadOptions,
    log: TextIO | None,
    quiet: bool,
    exclude: Sequence[Path],
    engine_options: dict[str, Any],
) -> None:
    """Run `rasd ingest --engine dask` and print the same report as the single-process ingest."""
    from rasd.ingest.cli import _report
    from rasd.scale.runner import Event, ScaleError, dask_client, ingest_dask, remove_output
    from rasd.scale.worker import Settings
    from rasd.store import Store

    scheduler, workers = engine_options.get("scheduler"), engine_options.get("workers")
    if scheduler and workers:
        raise click.UsageError("give either --scheduler (an existing cluster) or --workers (a local one), not both")
    no_load = bool(engine_options.get("no_load"))
    chosen = engine_options.get("parquet_dir")
    if no_load and not chosen:
        raise click.UsageError("--no-load needs --parquet DIR (where the results stay)")
    out_dir = Path(chosen) if chosen else Path(db).with_name(Path(db).name + ".dask-parts")
    size = engine_options.get("partition_size")
    partition_bytes = parse_size(size) if size else None
    console = Console(stderr=True, highlight=False)
    shown = 0

    def show(skipped: Skipped) -> None:
        nonlocal shown
        if not quiet and shown < 20:
            console.print(f"[yellow]skipped[/] {skipped.origin}: {skipped.reason}", markup=True)
        shown += 1

    progress = Progress(
        TextColumn("[bold]ingest (dask)"),
        BarColumn(),
        MofNCompleteColumn(),
        _Articles(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=quiet,
    )
    task = progress.add_task("partitions", total=None, articles=0, errors=0)

    def on_event(event: Event) -> None:
        fields = progress.tasks[0].fields
        if event.report:
            fields["articles"] = fields.get("articles", 0) + event.report.records
            fields["errors"] = fields.get("errors", 0) + event.report.errors
            for skipped in event.report.error_sample:
                show(skipped)
        if event.failure:
            fields["errors"] = fields.get("errors", 0) + 1
            show(event.failure)
        progress.update(task, completed=event.done, total=event.total)

    store = Store.open(db, read_only=False) if not no_load else None
    try:
        run_id = None
        if store is not None:
            run_options = {"fields": dict(options.fields), "encoding": options.encoding, "engine": "dask"}
            run_id = store.start_run(list(paths), pipeline.names, run_options)
        settings = Settings(pipeline.names, options, run_id)
        with dask_client(scheduler, workers) as client:
            if not quiet:
                link = client.dashboard_link
                served = importlib.util.find_spec("bokeh") is not None
                note = "" if served else " (not served: install bokeh, e.g. pip install 'rasd[dashboard]')"
                console.print(f"Dask dashboard: {link}{note}")
            with progress:
                result = ingest_dask(
                    paths,
                    client,
                    out_dir,
                    settings=settings,
                    store=store,
                    partition_bytes=partition_bytes,
                    exclude=exclude,
                    on_plan=lambda plan: progress.update(task, total=len(plan.partitions)),
                    on_event=on_event,
                )
        if store is not None and run_id is not None:
            store.finish_run(run_id)
    except ScaleError as error:
        raise click.ClickException(str(error)) from None
    finally:
        if store is not None:
            store.close()
    for skipped in result.plan.skipped:
        show(skipped)
    if log:
        _log_errors(result, out_dir, log)
    if not quiet:
        _print_workers(result, console)
    if not chosen and store is not None:
        remove_output(out_dir)
    _report(result.stats, str(out_dir) if no_load else db, console, log.name if log else None, shown)


def _log_errors(result: ScaleResult, out_dir: Path, log: TextIO) -> None:
    """Every skipped record of the run, as the single-process ingest logs them."""
    import pyarrow.parquet as pq

    from rasd.scale.worker import ERRORS_TABLE, part_path

    for skipped in [*result.plan.skipped, *result.failed]:
        log.write(f"{skipped.origin}\t{skipped.kind}\t{skipped.reason}\n")
    for report in sorted(result.reports, key=lambda r: r.partition):
        if report.errors:
            table = pq.read_table(part_path(out_dir, ERRORS_TABLE, report.partition))
            for origin, kind, reason in zip(
                *(table.column(c).to_pylist() for c in ("origin", "kind", "reason")), strict=True
            ):
                log.write(f"{origin}\t{kind}\t{reason}\n")
    log.flush()


def _print_workers(result: ScaleResult, console: Console) -> None:
    peaks = result.peak_rss_by_worker()
    if peaks:
        largest = max(peaks.values()) / (1 << 20)
        console.print(
            f"{len(result.plan.partitions):,} partitions ({result.resumed:,} from an earlier run) on "
            f"{len(peaks)} worker processes; peak memory per worker {largest:,.0f} MiB"
        )
