"""Cutting inputs into partitions: record-aligned byte ranges whose records, read one range at a time, are exactly
the records of a whole-file read, with the same origins."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

from rasd.ingest.readers import Article, Skipped, Span, read_file
from rasd.scale.cli import parse_size
from rasd.scale.plan import auto_partition_bytes, plan_partitions, split_file
from test_ingest import article_text, page, warc_bytes


def jsonl_lines(count: int) -> list[str]:
    lines = []
    for i in range(count):
        if i % 7 == 3:
            lines.append("{not json")  # a malformed line inside some span
        elif i % 11 == 5:
            lines.append("")  # blank lines are skipped but still counted
        else:
            record = {"id": f"r{i}", "text": article_text(i) * (1 + i % 3)}
            lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def summary(items: list[Article | Skipped]) -> list[tuple[str, str]]:
    return [(i.origin, i.doc.text if isinstance(i, Article) else i.reason) for i in items]


def test_jsonl_spans_start_at_lines_and_read_like_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(jsonl_lines(60)), encoding="utf-8")  # no newline after the last line
    data = path.read_bytes()
    spans = list(split_file(path, 2_000))
    assert len(spans) > 5
    assert spans[0].start == 0 and spans[-1].end == len(data)
    for span, following in itertools.pairwise(spans):
        assert span.end == following.start and data[span.start - 1 : span.start] in (b"", b"\n")
        assert following.before == data[: following.start].count(b"\n")
        assert span.end - span.start >= 2_000
    whole = list(read_file(path))
    parts = [item for span in spans for item in read_file(path, span=span)]
    assert summary(parts) == summary(whole)
    assert any(isinstance(i, Skipped) and "#line=4" in i.origin for i in parts)


@pytest.mark.parametrize("compress", [False, True])
def test_warc_spans_start_at_records_and_read_like_the_whole_file(tmp_path: Path, compress: bool) -> None:
    pages = [(f"https://news.test/{i}", page(f"خبر {i}", article_text(i))) for i in range(12)]
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(warc_bytes(pages, compress=compress))
    spans = list(split_file(path, 3_000 if not compress else 1_500))
    assert len(spans) > 3
    assert spans[-1].end == path.stat().st_size
    whole = list(read_file(path))
    parts = [item for span in spans for item in read_file(path, span=span)]
    assert summary(parts) == summary(whole)
    assert len(whole) == 12 and all(isinstance(i, Article) for i in whole)


def test_one_gzip_stream_and_other_formats_stay_whole(tmp_path: Path) -> None:
    stream = tmp_path / "dump.jsonl.gz"
    stream.write_bytes(gzip.compress("\n".join(jsonl_lines(40)).encode()))
    assert list(split_file(stream, 100)) == [Span(0, stream.stat().st_size, 0)]
    text = tmp_path / "story.txt"
    text.write_text(article_text(1) * 30, encoding="utf-8")
    assert list(split_file(text, 100)) == [Span(0, text.stat().st_size, 0)]
    with pytest.raises(ValueError, match="only uncompressed JSONL and WARC"):
        list(read_file(stream, span=Span(0, 10, 0)))


def test_plan_groups_small_files_and_keeps_input_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a", "b", "d", "e"):
        (corpus / f"{name}.txt").write_text(article_text(ord(name)), encoding="utf-8")
    (corpus / "c.jsonl").write_text("\n".join(jsonl_lines(30)) + "\n", encoding="utf-8")
    plan = plan_partitions([corpus, tmp_path / "nowhere"], 1_500)
    order = [Path(f).name for p in plan.partitions for f in p.files]
    assert order[:2] == ["a.txt", "b.txt"] and order[-2:] == ["d.txt", "e.txt"]
    big = [p for p in plan.partitions if p.span is not None]
    assert len(big) > 3 and all(p.files == (str(corpus / "c.jsonl"),) for p in big)
    assert [p.id for p in plan.partitions] == sorted(p.id for p in plan.partitions)
    assert plan.files == 5 and [s.kind for s in plan.skipped] == ["missing"]


def test_partition_sizes() -> None:
    assert parse_size("64MB") == 64_000_000 and parse_size("1MiB") == 1 << 20 and parse_size("512k") == 512_000
    assert auto_partition_bytes(10**12, 16) == 128 << 20  # a large corpus: capped partitions
    assert auto_partition_bytes(400 << 20, 2) == (400 << 20) // 8 + 1  # about four per worker thread
    assert auto_partition_bytes(1000, 2) == 1 << 20
