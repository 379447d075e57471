"""Reading articles out of files whose format is recognised by their content, not their name.

`read_file(path, options)` yields, in file order, an `Article` (a `Doc` ready for analysis, with where it came
from) or a `Skipped` (what could not be used, and why) for every record of the file: plain text, JSONL, HTML
(main text and metadata by trafilatura), WARC / WARC.gz (warcio) and RSS/Atom feeds (feedparser). Nothing here
touches the store, so a parallel runner can map it over files.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import logging
import re
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlparse

from rasd.doc import Doc
from rasd.io import InputError, RecordError, decode_text, read_jsonl_numbered
from rasd.pipeline import make_doc

Format = Literal["warc", "jsonl", "feed", "html", "txt"]
_HEAD = 4096
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs. `fields` maps Doc field -> input key for JSONL (`{"text": "body"}`); `max_bytes` caps a
    file read whole as one article (text, HTML); `max_chars` caps one article; `require_arabic` skips articles
    whose letters are almost all non-Arabic."""

    fields: Mapping[str, str] = field(default_factory=dict)
    encoding: str | None = None
    max_bytes: int = 10_000_000
    max_chars: int = 1_000_000
    require_arabic: bool = True
    min_arabic_share: float = 0.3


@dataclass(frozen=True, slots=True)
class Article:
    doc: Doc
    origin: str  # path, plus #line=N / #record=N / #entry=N inside multi-record files
    format: Format


@dataclass(frozen=True, slots=True)
class Skipped:
    origin: str
    reason: str
    kind: str  # short class of the reason, for counting: empty, binary, encoding, json, record, no-text, ...


Item = Article | Skipped


@dataclass(frozen=True, slots=True)
class Span:
    """A part of one uncompressed JSONL or (per-record gzipped) WARC file that a parallel runner reads on its own:
    bytes [start, end), where `start` is the first byte of a record, and `before` the number of lines (JSONL) or
    records (WARC) in front of it, so that origins (`#line=N`, `#record=N`) are those of a whole-file read."""

    start: int
    end: int
    before: int


class _Skip(Exception):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


# ---------------------------------------------------------------- detection


def detect_format(head: bytes) -> Format | None:
    """The format of a file from its first bytes (already gunzipped unless it is a WARC); None for binary."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if _looks_binary(head):
        return None
    lower = stripped[:_HEAD].lower()
    if stripped.startswith(b"{"):
        return "jsonl"
    if lower.startswith(b"<"):
        if b"<rss" in lower or b"<feed" in lower or b"<rdf:rdf" in lower:
            return "feed"
        return "html"
    return "txt"


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM is text
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head[:1024] if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head[:1024]) // 20)


def _gunzip_head(path: Path) -> bytes:
    """The first decompressed bytes of a gzip file, as far as they go (a cut file still shows its format)."""
    with path.open("rb") as fh:
        raw = fh.read(1 << 16)
    return zlib.decompressobj(wbits=31).decompress(raw, _HEAD)


def sniff_format(path: Path) -> tuple[Format | None, bool]:
    """A file's format by content (None: binary or empty) and whether it is gzipped; raises OSError/zlib.error."""
    with path.open("rb") as fh:
        head = fh.read(_HEAD)
    compressed = head.startswith(_GZIP_MAGIC)
    inner = _gunzip_head(path) if compressed else head
    return (detect_format(inner) if inner else None), compressed


# ---------------------------------------------------------------- entry point


def read_file(path: Path, options: ReadOptions | None = None, span: Span | None = None) -> Iterator[Item]:
    """Every article (or reason for skipping) in one file, or in the `span` of it (JSONL and WARC only). Never
    raises for bad content."""
    options = options or ReadOptions()
    origin = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
        if not head:
            yield Skipped(origin, "empty file", "empty")
            return
        compressed = head.startswith(_GZIP_MAGIC)
        inner = head
        if compressed:
            try:
                inner = _gunzip_head(path)
            except zlib.error as error:
                yield Skipped(origin, f"corrupt gzip file: {error}", "binary")
                return
            if not inner:
                yield Skipped(origin, "gzip file with no readable content (truncated?)", "truncated")
                return
        kind = detect_format(inner)
        if kind is None:
            yield Skipped(origin, "binary file (not text, JSONL, HTML, WARC or a feed)", "binary")
            return
        if span is not None and not (kind == "warc" or (kind == "jsonl" and not compressed)):
            raise ValueError(f"{origin}: only uncompressed JSONL and WARC files can be read in parts, not {kind}")
        if kind == "warc":
            yield from _read_warc(path, options, span)
        elif kind == "jsonl":
            yield from _read_jsonl(path, compressed, options, span)
        else:
            data = _read_whole(path, compressed, options)
            if kind == "feed":
                yield from _read_feed(path, data, options)
            elif kind == "html":
                yield _checked(lambda: _html_doc(data, path.stem, options), origin, "html", options)
            else:
                yield _checked(lambda: _text_doc(data, path.stem, options), origin, "txt", options)
    except _Skip as skip:
        yield Skipped(origin, skip.reason, skip.kind)
    except OSError as error:
        yield Skipped(origin, f"cannot read file: {error.strerror or error}", "unreadable")


def _read_whole(path: Path, compressed: bool, options: ReadOptions) -> bytes:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise _Skip("too-large", f"file is {size / 1e6:.1f} MB, over the {_limit(options.max_bytes)} (--max-bytes)")
    if not compressed:
        return path.read_bytes()
    with gzip.open(path, "rb") as fh:
        try:
            data = fh.read(options.max_bytes + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise _Skip("truncated", f"truncated or corrupt gzip data: {error}") from None
    if len(data) > options.max_bytes:
        raise _Skip("too-large", f"uncompressed content is over the {_limit(options.max_bytes)} (--max-bytes)")
    return data


def _limit(max_bytes: int) -> str:
    return f"{max_bytes / 1e6:g} MB limit for one article file"


def _checked(build: Callable[[], Doc], origin: str, kind: Format, options: ReadOptions) -> Item:
    try:
        doc = build()
        _check_article(doc.text, options)
    except _Skip as skip:
        return Skipped(origin, skip.reason, skip.kind)
    except InputError as error:
        return Skipped(origin, str(error), _input_error_kind(str(error)))
    return Article(doc, origin, kind)


def _input_error_kind(message: str) -> str:
    needles = (("not valid JSON", "json"), ("empty", "empty"), ("binary", "binary"), ("not valid", "encoding"))
    for needle, kind in needles:
        if needle in message:
            return kind
    return "record"


def _check_article(text: str, options: ReadOptions) -> None:
    if not text.strip():
        raise _Skip("empty", "no text (only white space)")
    if len(text) > options.max_chars:
        raise _Skip("too-large", f"article has {len(text):,} characters, over the {options.max_chars:,} limit")
    if options.require_arabic:
        share = arabic_share(text)
        if share < options.min_arabic_share:
            raise _Skip("no-arabic", f"not Arabic: {share:.0%} of its letters are Arabic (--any-language keeps it)")


def arabic_share(text: str) -> float:
    """Share of Arabic-script letters among all letters (0 when there are no letters)."""
    # two regex passes instead of a loop over characters: a quarter of a millisecond per article at ingest
    letters = _NOT_LETTER.sub("", text[:20_000])
    if not letters:
        return 0.0
    return len(_NOT_ARABIC_SCRIPT.sub("", letters)) / len(letters)


_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_ARABIC_SCRIPT = re.compile(r"[^\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]+")


# ---------------------------------------------------------------- plain text


def _text_doc(data: bytes, default_id: str, options: ReadOptions) -> Doc:
    return make_doc(decode_text(data, options.encoding), id=default_id)


# ---------------------------------------------------------------- JSONL


def _read_jsonl(path: Path, compressed: bool, options: ReadOptions, span: Span | None = None) -> Iterator[Item]:
    origin = str(path)
    with _open_binary(path, compressed) as fh:
        lines = _Lines(fh, span)
        numbered = read_jsonl_numbered(
            lines, encoding=options.encoding, fields=options.fields, first_line=span.before + 1 if span else 1
        )
        for number, item in numbered:
            where = f"{origin}#line={number}"
            if isinstance(item, RecordError):
                reason = item.error.removeprefix(f"line {number}: ")
                yield Skipped(where, reason, _input_error_kind(reason))
                continue
            try:
                _check_article(item.text, options)
            except _Skip as skip:
                yield Skipped(where, skip.reason, skip.kind)
                continue
            yield Article(item, where, "jsonl")
        if lines.failure:
            yield Skipped(origin, f"stopped reading: {lines.failure}", "truncated")


def _open_binary(path: Path, compressed: bool) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if compressed else path.open("rb")


class _Lines:
    """Lines of a binary stream (those starting in `span`, if given); a read error (truncated gzip) ends the
    iteration and is kept in `failure`."""

    def __init__(self, stream: io.BufferedIOBase, span: Span | None = None) -> None:
        self._stream = stream
        self._span = span
        self.failure: str | None = None

    def __iter__(self) -> Iterator[bytes]:
        try:
            if self._span is None:
                yield from self._stream
                return
            self._stream.seek(self._span.start)
            position = self._span.start
            while position < self._span.end:
                line = self._stream.readline()
                if not line:
                    return
                position += len(line)
                yield line
        except (OSError, EOFError, zlib.error) as error:
            self.failure = f"truncated or corrupt data: {error}"


# ---------------------------------------------------------------- HTML


@dataclass(frozen=True, slots=True)
class _Page:
    text: str
    title: str | None
    url: str | None
    published: dt.date | None
    source: str | None


# Dates from the page's markup only (meta tags, <time>, structured data): htmldate's search of the free text guesses
# (a year alone becomes January 1st), and a wrong publication date would override the dateline the pipeline reads.
_PAGE_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def extract_page(html: bytes | str, url: str | None = None) -> _Page | None:
    """Main text and metadata of an HTML page (trafilatura); None when the page has no article text."""
    import trafilatura  # slow import: only when HTML is met

    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_PAGE_DATE_SEARCH
        )
    except Exception:  # trafilatura raises assorted errors on broken markup; treat as no article
        return None
    if found is None:
        return None
    page: dict[str, Any] = found if isinstance(found, dict) else found.as_dict()
    text = page.get("text") or ""
    if not text.strip():
        return None
    published = None
    if page.get("date"):
        try:
            published = dt.date.fromisoformat(str(page["date"])[:10])
        except ValueError:
            published = None
    source = page.get("sitename") or page.get("hostname") or None
    return _Page(text, page.get("title") or None, page.get("url") or url, published, source)


def _html_doc(data: bytes, default_id: str, options: ReadOptions, url: str | None = None) -> Doc:
    if options.encoding:
        html: bytes | str = decode_text(data, options.encoding)
    else:
        html = data
    page = extract_page(html, url)
    if page is None:
        raise _Skip("no-text", "HTML page without article text")
    return make_doc(
        page.text, id=default_id, published=page.published, source=page.source, title=page.title, url=page.url
    )


# ---------------------------------------------------------------- WARC


def _read_warc(path: Path, options: ReadOptions, span: Span | None = None) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    origin = str(path)
    number = span.before if span else 0
    with path.open("rb") as fh:
        compressed = fh.read(2) == _GZIP_MAGIC
        fh.seek(span.start if span else 0)
        try:
            records = ArchiveIterator(fh)
            for record in records:
                number += 1
                where = f"{origin}#record={number}"
                item = _warc_item(record, where, path.stem, number, options)
                while record.raw_stream.read(65536):  # drain, so that a short record shows in `limit`
                    pass
                if record.raw_stream.limit > 0:
                    declared = record.rec_headers.get_header("Content-Length")
                    yield Skipped(
                        where,
                        f"truncated WARC: record ends {record.raw_stream.limit} bytes short of {declared}",
                        "truncated",
                    )
                    return
                if item is not None:
                    yield item
                # The span's last record ends at its end (its file offset is known once it has been read).
                if span is not None and records.get_record_offset() + records.get_record_length() >= span.end:
                    break
        except Exception as error:  # warcio raises assorted types (even AttributeError) on a cut header
            message = " ".join(str(error).split()) or type(error).__name__
            yield Skipped(f"{origin}#record={number + 1}", f"truncated or corrupt WARC: {message}", "truncated")
            return
    if compressed:
        failure = _gzip_failure(path, span)
        if failure:
            yield Skipped(f"{origin}#record={number + 1}", f"truncated or corrupt WARC.gz: {failure}", "truncated")


def _gzip_failure(path: Path, span: Span | None = None) -> str | None:
    """Why a gzip file (or the members in `span`) cannot be read to its end (warcio stops silently at a cut gzip
    member), or None."""
    try:
        with path.open("rb") as raw:
            stream = raw if span is None else io.BufferedReader(_Window(raw, span.start, span.end))
            with gzip.open(stream, "rb") as fh:
                while fh.read(1 << 20):
                    pass
    except (OSError, EOFError, zlib.error) as error:
        return str(error)
    return None


class _Window(io.RawIOBase):
    """Bytes [start, end) of an open binary file, as a stream of their own."""

    def __init__(self, raw: io.BufferedIOBase, start: int, end: int) -> None:
        raw.seek(start)
        self._raw, self._left = raw, end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)[: self._left]
        count = self._raw.readinto(view) if len(view) else 0
        self._left -= count
        return count


def _warc_item(record: Any, where: str, stem: str, number: int, options: ReadOptions) -> Item | None:
    """An article from a `response`/`resource` record with an HTML or plain-text payload; None for other records
    (requests, metadata, images, scripts), which are not articles and not errors."""
    if record.rec_type not in ("response", "resource", "conversion"):
        return None
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    content_type = content_type.lower()
    url = record.rec_headers.get_header("WARC-Target-URI")
    doc_id = url or f"{stem}-{number}"
    if "html" in content_type:
        data = record.content_stream().read()
        return _checked(lambda: _html_doc(data, doc_id, options, url=url), where, "warc", options)
    if content_type.startswith("text/plain"):
        data = record.content_stream().read()
        return _checked(
            lambda: make_doc(decode_text(data, options.encoding), id=doc_id, url=url), where, "warc", options
        )
    return None


# ---------------------------------------------------------------- feeds


def _read_feed(path: Path, data: bytes, options: ReadOptions) -> Iterator[Item]:
    import feedparser

    origin = str(path)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else ""
        yield Skipped(origin, f"feed without entries{problem}", "no-text")
        return
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#entry={number}"
        yield _checked(lambda e=entry: _entry_doc(e, path, source, options), where, "feed", options)  # type: ignore[misc]


def _entry_doc(entry: Any, feed_path: Path, source: str | None, options: ReadOptions) -> Doc:
    link = entry.get("link")
    doc_id = entry.get("id") or link or f"{feed_path.stem}-entry"
    published = _entry_date(entry)
    title = entry.get("title") or None
    text = ""
    for content in entry.get("content") or []:
        text = html_fragment_text(content.get("value") or "")
        if text.strip():
            break
    page = None
    if not text.strip():
        local = _local_file(link, feed_path)
        if local is not None:
            data = local.read_bytes()
            if len(data) > options.max_bytes:
                raise _Skip("too-large", f"linked page {local} is over the {_limit(options.max_bytes)}")
            page = extract_page(data)
            text = page.text if page else ""
    if not text.strip():
        text = html_fragment_text(entry.get("summary") or "")
    if not text.strip():
        raise _Skip("no-text", "feed entry without text (no content, summary or linked local HTML file)")
    return make_doc(
        text,
        id=str(doc_id),
        published=published or (page.published if page else None),
        source=source,
        title=title,
        url=link if link and urlparse(link).scheme in ("http", "https") else None,
    )


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _local_file(link: str | None, feed_path: Path) -> Path | None:
    """The HTML file a feed entry links to, when it is a local path or file: URL that exists."""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme not in ("", "file"):
        return None
    candidate = Path(unquote(parsed.path))
    if not candidate.is_absolute():
        candidate = feed_path.parent / candidate
    return candidate if candidate.is_file() else None


_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"})


def html_fragment_text(fragment: str) -> str:
    """Readable text of an HTML fragment (feed content): scripts and styles dropped, one line per block."""
    if "<" not in fragment:
        return fragment.strip()
    from lxml import html as lxml_html
    from lxml_html_clean import Cleaner

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
        root = Cleaner(scripts=True, javascript=True, style=True, comments=True).clean_html(root)
    except Exception:  # lxml raises several error types on broken fragments
        return ""
    buffer = io.StringIO()
    _write_text(root, buffer)
    lines = (" ".join(line.split()) for line in buffer.getvalue().splitlines())
    return "\n".join(line for line in lines if line)


def _write_text(element: Any, buffer: io.StringIO) -> None:
    block = element.tag in _BLOCK_TAGS
    if block:
        buffer.write("\n")
    buffer.write(element.text or "")
    for child in element:
        _write_text(child, buffer)
    if block:
        buffer.write("\n")
    buffer.write(element.tail or "")
