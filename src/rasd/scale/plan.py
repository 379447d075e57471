"""Cutting the input into partitions: the unit of work a Dask task reads, analyses and writes as Parquet.

Small files are grouped (in input order) until a group holds about `target_bytes`; an uncompressed JSONL file or a
WARC file (plain, or gzipped record by record as crawlers write them) larger than that is cut into byte ranges that
start at record boundaries. The planner reads such a file once, sequentially, to find the boundaries and to count the
lines/records in front of each cut, so a record's origin (`#line=N`, `#record=N`) is the same as in a single-process
ingest. Partition ids sort in input order: the first occurrence of an article in input order is the one kept.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rasd.ingest.readers import Skipped, Span, sniff_format
from rasd.ingest.runner import input_files

MIB = 1 << 20
_CHUNK = 8 * MIB
_GZIP_MAGIC = b"\x1f\x8b"
_MAX_FILES = 5_000  # whole files in one partition: bounds a task's duration and its error list


@dataclass(frozen=True, slots=True)
class Partition:
    """Whole `files`, or the `span` of the single file in `files`; `size` is the bytes to read."""

    id: str
    files: tuple[str, ...]
    size: int
    span: Span | None = None

    def describe(self) -> str:
        if self.span is not None:
            return f"{self.files[0]}[{self.span.start}:{self.span.end}]"
        if len(self.files) == 1:
            return self.files[0]
        return f"{len(self.files)} files from {self.files[0]}"

    def to_json(self) -> dict[str, object]:
        span = self.span
        return {
            "id": self.id,
            "files": list(self.files),
            "size": self.size,
            "span": [span.start, span.end, span.before] if span else None,
        }


@dataclass(frozen=True, slots=True)
class Plan:
    partitions: tuple[Partition, ...]
    skipped: tuple[Skipped, ...]  # paths that do not exist
    files: int
    bytes: int


def partition_id(number: int) -> str:
    return f"p{number:08d}"


def plan_partitions(paths: Sequence[str | Path], target_bytes: int, exclude: Iterable[Path] = ()) -> Plan:
    """Partitions of the files and folders in `paths`, in input order."""
    if target_bytes < 1:
        raise ValueError("the partition size must be positive")
    partitions: list[Partition] = []
    skipped: list[Skipped] = []
    group: list[str] = []
    group_bytes = files = total = 0

    def close_group() -> None:
        nonlocal group, group_bytes
        if group:
            partitions.append(Partition(partition_id(len(partitions)), tuple(group), group_bytes))
        group, group_bytes = [], 0

    for entry in input_files(paths, exclude):
        if isinstance(entry, Skipped):
            skipped.append(entry)
            continue
        size = _size(entry)
        files += 1
        total += size
        spans = list(split_file(entry, target_bytes)) if size > target_bytes else []
        if len(spans) > 1:
            close_group()
            for span in spans:
                number = len(partitions)
                partitions.append(Partition(partition_id(number), (str(entry),), span.end - span.start, span))
            continue
        group.append(str(entry))
        group_bytes += size
        if group_bytes >= target_bytes or len(group) >= _MAX_FILES:
            close_group()
    close_group()
    return Plan(tuple(partitions), tuple(skipped), files, total)


def auto_partition_bytes(total_bytes: int, threads: int) -> int:
    """About four partitions per worker thread (so a slow or restarted worker does not hold up the end), each
    between 1 MiB and 128 MiB."""
    return max(MIB, min(128 * MIB, total_bytes // max(1, 4 * threads) + 1))


def split_file(path: Path, target_bytes: int) -> Iterator[Span]:
    """Record-aligned byte ranges of a large uncompressed JSONL or WARC file; one span covering the whole file for
    any other format (or a file that cannot be cut, e.g. one gzip stream)."""
    size = _size(path)
    try:
        kind, compressed = sniff_format(path)
    except (OSError, zlib.error):
        kind, compressed = None, False
    if kind == "jsonl" and not compressed:
        yield from _split_lines(path, size, target_bytes)
    elif kind == "warc":
        yield from _split_warc(path, size, target_bytes, compressed)
    else:
        yield Span(0, size, 0)


def _split_lines(path: Path, size: int, target_bytes: int) -> Iterator[Span]:
    start = lines = start_lines = 0
    with path.open("rb") as fh:
        base = 0
        while chunk := fh.read(_CHUNK):
            scan = 0
            while True:
                wanted = max(start + target_bytes - 1 - base, scan)  # the cut follows the first newline from here
                newline = chunk.find(b"\n", wanted) if wanted < len(chunk) else -1
                if newline < 0:
                    lines += chunk.count(b"\n", scan)
                    break
                lines += chunk.count(b"\n", scan, newline + 1)
                cut = base + newline + 1
                if cut < size:
                    yield Span(start, cut, start_lines)
                    start, start_lines = cut, lines
                scan = newline + 1
            base += len(chunk)
    if start < size:
        yield Span(start, size, start_lines)


def _split_warc(path: Path, size: int, target_bytes: int, compressed: bool) -> Iterator[Span]:
    from warcio.archiveiterator import ArchiveIterator

    start = start_records = 0
    with path.open("rb") as fh, path.open("rb") as probe:
        records = ArchiveIterator(fh)
        number = 0
        try:
            for _ in records:
                offset = records.get_record_offset()
                if offset >= start + target_bytes and offset > start and _record_starts_at(probe, offset, compressed):
                    yield Span(start, offset, start_records)
                    start, start_records = offset, number
                number += 1
        except Exception:  # a corrupt or cut archive: the rest is one span, whose reader reports the damage
            pass
    yield Span(start, size, start_records)


def _record_starts_at(fh: io.BufferedReader, offset: int, compressed: bool) -> bool:
    """Whether a WARC record can be read from `offset` on its own: a gzip member holding a WARC header, or a plain
    header (a WARC.gz written as one gzip stream has no such offsets and stays whole)."""
    fh.seek(offset)
    head: bytes = fh.read(1 << 16 if compressed else 8)
    if not compressed:
        return head.startswith(b"WARC/")
    if not head.startswith(_GZIP_MAGIC):
        return False
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
