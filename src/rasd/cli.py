"""The `rasd` command line: a thin layer over the Python API."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

import click
from rich.console import Console

from rasd.dictionary_cli import dictionary_options
from rasd.doc import Doc
from rasd.io import InputError, RecordError, check_article_text, decode_text, read_jsonl
from rasd.pipeline import Pipeline, UnknownStageError, make_doc, parse_date


def _open_input(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path} is a directory, not a file")
    if not file.exists():
        raise InputError(f"no such file: {path}")
    return file.open("rb")


def _build_pipeline(stages: str | None) -> Pipeline:
    try:
        return Pipeline([s.strip() for s in stages.split(",") if s.strip()] if stages else None)
    except (UnknownStageError, ValueError) as error:
        raise click.UsageError(str(error)) from None


def _write_json(obj: Any, *, pretty: bool) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None) + "\n")


# Subcommands defined elsewhere, imported only when used: name -> "module:attribute". Each capability adds a line.
LAZY_COMMANDS: dict[str, str] = {
    "ingest": "rasd.ingest.cli:ingest_command",
    "query": "rasd.store.cli:query",
    "export": "rasd.store.cli:export",
    "sql": "rasd.store.cli:sql",
    "summary": "rasd.store.cli:summary",
    "serve": "rasd.api.cli:serve",
    "tag": "rasd.entities.cli:tag",
    "quotes": "rasd.quotes.cli:quotes_command",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS:
            module, _, attribute = LAZY_COMMANDS[cmd_name].partition(":")
            command = getattr(importlib.import_module(module), attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rasd")
def cli() -> None:
    """rasd (رصد): Arabic news in, structured event data out."""


@cli.command()
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--published", help="Publication date YYYY-MM-DD (anchors relative dates).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text", "plover", "csv"]),
    default="json",
    show_default=True,
    help="Output format: json (the output contract), text, or the events only as PLOVER JSON lines or CSV rows.",
)
@click.option("--jsonl", is_flag=True, help="FILE is JSONL: one {id, text, published, ...} object per line.")
@click.option("--tokens", "with_tokens", is_flag=True, help="Include tokens (with clitic analysis) in JSON output.")
@click.option("--id", "doc_id", help="Document id for a single text (default: the file name).")
@click.option("--title", help="Title of a single text.")
@click.option("--encoding", help="Input encoding when not UTF-8 (e.g. cp1256); a byte-order mark always wins.")
@click.option("--stages", help="Comma-separated stage names instead of the default pipeline.")
@dictionary_options
def analyze(
    file: str,
    published: str | None,
    fmt: str,
    jsonl: bool,
    with_tokens: bool,
    doc_id: str | None,
    title: str | None,
    encoding: str | None,
    stages: str | None,
) -> None:
    """Analyse an article (or a JSONL stream of articles) and print entities, dates, quotes and events."""
    pipeline = _build_pipeline(stages)
    console = Console(highlight=False, soft_wrap=False)
    events_out = _event_writer(fmt)
    stream = _open_input(file)
    if jsonl:
        pipeline.prepare_for_many()
        failures = 0
        for item in read_jsonl(stream, encoding=encoding):
            if isinstance(item, RecordError):
                failures += 1
                _write_json(item.to_dict(), pretty=False)
                continue
            result = _run_one(pipeline, item)
            if isinstance(result, RecordError):
                failures += 1
                _write_json(result.to_dict(), pretty=False)
            elif fmt == "json":
                _write_json(result.to_dict(with_tokens=with_tokens), pretty=False)
            elif events_out is not None:
                events_out.write(result)
            else:
                _render(result, console)
            sys.stdout.flush()
        if failures:
            click.echo(f"rasd: {failures} document(s) failed; see their 'error' lines", err=True)
        return
    text = check_article_text(decode_text(stream.read(), encoding))
    try:
        date = parse_date(published) if published else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--published") from None
    default_id = "stdin" if file == "-" else Path(file).stem
    doc = pipeline(make_doc(text, id=doc_id or default_id, published=date, title=title))
    if fmt == "json":
        _write_json(doc.to_dict(with_tokens=with_tokens), pretty=True)
    elif events_out is not None:
        events_out.write(doc)
    else:
        _render(doc, console)


def _event_writer(fmt: str) -> Any:
    """For --format plover|csv: the events exporter (rasd.events.export), else None."""
    if fmt not in ("plover", "csv"):
        return None
    from rasd.events.export import EventWriter

    return EventWriter(fmt, sys.stdout)


def _run_one(pipeline: Pipeline, doc: Doc) -> Doc | RecordError:
    try:
        return pipeline(doc)
    except Exception as error:  # one failing document must not stop the stream
        return RecordError(doc.id, f"analysis failed: {type(error).__name__}: {error}")


def _render(doc: Doc, console: Console) -> None:
    from rasd.render import render_doc

    render_doc(doc, console)


def main(argv: list[str] | None = None) -> None:
    """Entry point: every failure becomes a one-line message and a non-zero exit, never a traceback."""
    try:
        cli.main(args=argv, prog_name="rasd", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("rasd: aborted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        message = " ".join(error.format_message().split())
        click.echo(f"rasd: error: {message} (see 'rasd --help')", err=True)
        sys.exit(error.exit_code)
    except InputError as error:
        click.echo(f"rasd: error: {error}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:
        click.echo(f"rasd: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(70)
