"""A readable text view of an analysed document, for people (`rasd analyze --format text`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from rasd.doc import Doc, record_to_dict

_STYLES = {
    "PERS": "bold cyan",
    "ORG": "bold magenta",
    "LOC": "bold green",
    "MISC": "bold yellow",
    "TIMEX": "underline blue",
}


def _highlighted(doc: Doc, start: int, end: int) -> Text:
    text = Text(doc.text[start:end])
    for entity in doc.entities:
        if start <= entity.start and entity.end <= end:
            text.stylize(_STYLES.get(entity.label, "bold"), entity.start - start, entity.end - start)
    for timex in doc.timexes:
        if start <= timex.start and timex.end <= end:
            text.stylize(_STYLES["TIMEX"], timex.start - start, timex.end - start)
    return text


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    table = Table(title=title, show_lines=False, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def render_doc(doc: Doc, console: Console) -> None:
    published = doc.published or doc.published_detected
    header = f"{doc.id}  ·  published {published.isoformat() if published else 'unknown'}"
    if doc.title:
        header += f"  ·  {doc.title}"
    lines = [Text(f"[{i}] ").append_text(_highlighted(doc, s.start, s.end)) for i, s in enumerate(doc.sentences, 1)]
    console.print(Panel(Group(*lines), title=header, title_align="left"))
    if doc.entities:
        console.print(
            _table(
                "entities",
                ["id", "text", "label", "cluster", "actor"],
                [
                    [e.id, e.text, e.label, e.cluster, (e.actor.cameo or e.actor.id) if e.actor else None]
                    for e in doc.entities
                ],
            )
        )
    if doc.timexes:
        console.print(
            _table(
                "time expressions",
                ["id", "text", "type", "value", "mod"],
                [[t.id, t.text, t.type, t.value, t.mod] for t in doc.timexes],
            )
        )
    if doc.quotes:
        rows = []
        for q in doc.quotes:
            speaker = q.speaker.name or q.speaker.text if q.speaker else None
            content = doc.text[q.content.start : q.content.end]
            rows.append([q.id, q.kind, speaker, q.cue.text if q.cue else None, content[:120]])
        console.print(_table("quotations", ["id", "kind", "speaker", "cue", "content"], rows))
    if doc.events:
        rows = []
        for e in doc.events:
            record = record_to_dict(e)
            rows.append(
                [
                    e.id,
                    e.cameo,
                    e.source.actor or e.source.text,
                    e.target.actor or e.target.text,
                    e.date.value,
                    e.modality + (" (negated)" if e.negated else ""),
                    doc.text[e.evidence.start : e.evidence.end][:80],
                    record["plover"]["type"],
                ]
            )
        console.print(
            _table("events", ["id", "cameo", "source", "target", "date", "modality", "evidence", "plover"], rows)
        )
