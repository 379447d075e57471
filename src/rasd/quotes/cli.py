"""`rasd quotes`: who said what in an article, as a table for reading or as JSON lines for scripts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import BinaryIO

import click
from rich.console import Console
from rich.table import Table

from rasd.doc import Doc, record_to_dict
from rasd.io import InputError, RecordError, check_article_text, decode_text, read_jsonl
from rasd.pipeline import Pipeline, make_doc, parse_date


@click.command("quotes")
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--published", help="Publication date YYYY-MM-DD (dates statements made «yesterday»).")
@click.option("--jsonl", is_flag=True, help="FILE is JSONL: one {id, text, published, ...} object per line.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True, help="Output."
)
def quotes_command(file: str, published: str | None, jsonl: bool, fmt: str) -> None:
    """List the quotations of an article: speaker, cue, kind, channel, date and the words reported."""
    pipeline = Pipeline()
    stream = sys.stdin.buffer if file == "-" else _open(file)
    console = Console(highlight=False)
    if jsonl:
        for item in read_jsonl(stream):
            if isinstance(item, RecordError):
                click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
                continue
            _emit(pipeline(item), fmt, console)
        return
    text = check_article_text(decode_text(stream.read()))
    try:
        date = parse_date(published) if published else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--published") from None
    doc_id = "stdin" if file == "-" else Path(file).stem
    _emit(pipeline(make_doc(text, id=doc_id, published=date)), fmt, console)


def _open(file: str) -> BinaryIO:
    path = Path(file)
    if not path.is_file():
        raise InputError(f"no such file: {file}")
    return path.open("rb")


def _emit(doc: Doc, fmt: str, console: Console) -> None:
    if fmt == "jsonl":
        for quote in doc.quotes:
            row = record_to_dict(quote)
            row["doc"] = doc.id
            row["content"]["text"] = doc.text[quote.content.start : quote.content.end]
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=f"{doc.id}: {len(doc.quotes)} quotations", title_justify="left", show_lines=True)
    for column in ("id", "speaker", "type", "actor", "cue", "kind", "channel", "date", "said"):
        table.add_column(column, overflow="fold")
    for quote in doc.quotes:
        speaker = quote.speaker
        table.add_row(
            quote.id,
            (speaker.name or speaker.text or "") if speaker else "",
            (speaker.type or "") if speaker else "",
            (speaker.actor or "") if speaker else "",
            quote.cue.text if quote.cue else "",
            quote.kind,
            quote.channel or "",
            quote.date or "",
            doc.text[quote.content.start : quote.content.end],
        )
    console.print(table)
