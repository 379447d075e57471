"""Turning raw bytes and JSONL records into Docs, with one-line errors instead of tracebacks."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from rasd.doc import Doc
from rasd.pipeline import make_doc

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DOC_FIELDS = ("id", "text", "published", "source", "title", "url")


class InputError(ValueError):
    """Input that cannot be read as an article; the message is one line meant for the user."""


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Decode article bytes: a BOM wins, then the given encoding, then strict UTF-8. Binary data is refused."""
    if not data:
        raise InputError("empty input")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"input starts with a {name} byte-order mark but is not valid {name}: {error.reason}"
                ) from None
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as error:
            raise InputError(f"input is not valid {encoding} (byte offset {error.start})") from None
    if b"\x00" in data[:65536]:
        raise InputError("input looks binary (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise InputError(
            f"input is not valid UTF-8 (byte 0x{byte:02x} at offset {error.start}); "
            "for Windows-1256 Arabic files pass --encoding cp1256"
        ) from None


def check_article_text(text: str) -> str:
    if not text.strip():
        raise InputError("empty input (only white space)")
    return text


def doc_from_record(record: Any, *, default_id: str) -> Doc:
    """A Doc from one JSONL object: `text` required; `id`, `published`, `source`, `title`, `url` optional; the
    other fields are kept as metadata."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("record has no string field 'text'")
    check_article_text(text)
    published = record.get("published")
    if published is not None and not isinstance(published, str):
        raise InputError("'published' must be a string YYYY-MM-DD")
    try:
        return make_doc(
            text,
            id=str(record.get("id") or default_id),
            published=published or None,
            source=_optional_str(record.get("source")),
            title=_optional_str(record.get("title")),
            url=_optional_str(record.get("url")),
            meta={k: v for k, v in record.items() if k not in _DOC_FIELDS},
        )
    except ValueError as error:
        raise InputError(str(error)) from None


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class RecordError:
    id: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "error": self.error}


def read_jsonl(lines: Iterable[bytes], *, encoding: str | None = None) -> Iterator[Doc | RecordError]:
    """Docs from JSONL lines, in order; a bad line yields a RecordError and the stream goes on."""
    for _, item in read_jsonl_numbered(lines, encoding=encoding):
        yield item


def read_jsonl_numbered(
    lines: Iterable[bytes],
    *,
    encoding: str | None = None,
    fields: Mapping[str, str] | None = None,
    first_line: int = 1,
) -> Iterator[tuple[int, Doc | RecordError]]:
    """Like `read_jsonl`, with each item's line number. `fields` maps Doc field -> input key (e.g.
    `{"text": "body", "published": "date"}`) for inputs that name them differently; `first_line` is the number of
    the first of `lines` (a part of a file that starts further in)."""
    for number, raw in enumerate(lines, start=first_line):
        default_id = f"line-{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode(encoding or "utf-8")
        except (UnicodeDecodeError, LookupError) as error:
            yield number, RecordError(default_id, f"line {number} is not valid {encoding or 'UTF-8'}: {error}")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            message = f"line {number} is not valid JSON: {error.msg} (column {error.colno})"
            yield number, RecordError(default_id, message)
            continue
        if fields and isinstance(record, dict):
            record = remap_fields(record, fields)
        try:
            yield number, doc_from_record(record, default_id=default_id)
        except InputError as error:
            record_id = str(record.get("id")) if isinstance(record, dict) and record.get("id") else default_id
            yield number, RecordError(record_id, f"line {number}: {error}")


def remap_fields(record: dict[str, Any], fields: Mapping[str, str]) -> dict[str, Any]:
    """Rename input keys to Doc field names; the renamed-away keys are not kept twice."""
    out = dict(record)
    for name, key in fields.items():
        if key in record:
            out.pop(key, None)
            out[name] = record[key]
    return out
