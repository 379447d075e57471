from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from rasd.ingest.readers import (
    Article,
    ReadOptions,
    Skipped,
    arabic_share,
    detect_format,
    html_fragment_text,
    read_file,
)
from rasd.ingest.runner import ingest
from rasd.pipeline import Pipeline
from rasd.store import Store
from rasd.store.schema import analysis_version, tree_digest

RASD = [sys.executable, "-m", "rasd"]
TEXT_LAYER = Pipeline(["normalize", "tokenize", "sentences"])

PARAGRAPHS = [
    "أعلنت وزارة الخارجية المصرية أن الوزير سامح شكري سيزور عمّان الأسبوع المقبل لبحث التعاون الثنائي.",
    "وقال المتحدث باسم الوزارة في بيان إن الزيارة تأتي في إطار التنسيق المستمر بين البلدين.",
    "من جهته، رحب وزير الخارجية الأردني أيمن الصفدي بالزيارة، مؤكدا أهمية العمل العربي المشترك.",
]


def article_text(n: int) -> str:
    """A distinct short Arabic article (written for the tests) for every n."""
    return f"القاهرة - {n} مايو 2024\n" + "\n".join(PARAGRAPHS) + f"\nوأضاف أن الاجتماع رقم {n} سيعقد في القاهرة."


def page(title: str, body: str, extra: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='article:published_time' content='2024-05-02T09:00:00Z'>{extra}</head><body>"
        f"<nav><a href='/'>الرئيسية</a></nav><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in body.split("\n"))
        + "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )


def items(path: Path, options: ReadOptions | None = None) -> list[Article | Skipped]:
    return list(read_file(path, options))


# ---------------------------------------------------------------- formats


def test_format_is_detected_by_content_not_name(tmp_path: Path) -> None:
    assert detect_format(b"WARC/1.1\r\n") == "warc"
    assert detect_format(b'\n{"id": 1, "text": "x"}\n') == "jsonl"
    assert detect_format(b"<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert detect_format(b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert detect_format(b"<!doctype html><html>") == "html"
    assert detect_format("نص عادي".encode()) == "txt"
    assert detect_format(b"\x00\x01\x02binary") is None
    misnamed = tmp_path / "article.json"
    misnamed.write_text(article_text(1), encoding="utf-8")
    [item] = items(misnamed)
    assert isinstance(item, Article) and item.format == "txt" and item.doc.id == "article"


def test_plain_text_and_gzipped_jsonl_with_field_mapping(tmp_path: Path) -> None:
    records = [
        {"uid": f"n{i}", "body": article_text(i), "date": "2024-05-0" + str(i + 1), "outlet": "x"} for i in range(3)
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(data))
    found = items(path, ReadOptions(fields={"text": "body", "id": "uid", "published": "date"}))
    assert all(isinstance(i, Article) for i in found)
    docs = [i.doc for i in found if isinstance(i, Article)]
    assert [d.id for d in docs] == ["n0", "n1", "n2"]
    assert docs[2].published is not None and docs[2].published.isoformat() == "2024-05-03"
    assert docs[0].meta == {"outlet": "x"} and docs[0].text == article_text(0)
    assert [i.origin for i in found] == [f"{path}#line={n}" for n in (1, 2, 3)]


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page("شكري إلى عمّان", "\n".join(PARAGRAPHS)), encoding="utf-8")
    [item] = items(path)
    assert isinstance(item, Article) and item.format == "html"
    assert item.doc.title == "شكري إلى عمّان"
    assert item.doc.published is not None and item.doc.published.isoformat() == "2024-05-02"
    assert PARAGRAPHS[1] in item.doc.text
    assert "الرئيسية" not in item.doc.text and "جميع الحقوق" not in item.doc.text


def test_html_date_comes_from_markup_never_from_a_guess_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "undated.html"
    html = page("خبر", article_text(3)).replace(
        "<meta property='article:published_time' content='2024-05-02T09:00:00Z'>", ""
    )
    path.write_text(html, encoding="utf-8")
    [item] = items(path)
    assert isinstance(item, Article) and item.doc.published is None  # the dateline is left to the pipeline


def warc_bytes(pages: list[tuple[str, str]], *, compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
        )
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://x.test/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
        )
    )
    return buffer.getvalue()


PAGES = [(f"https://news.test/{i}", page(f"خبر {i}", article_text(i))) for i in range(3)]


@pytest.mark.parametrize("compress", [False, True])
def test_warc_responses_become_articles(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(warc_bytes(PAGES, compress=compress))
    found = items(path)
    assert [type(i) for i in found] == [Article] * 3
    docs = [i.doc for i in found if isinstance(i, Article)]
    assert [d.url for d in docs] == [url for url, _ in PAGES]
    assert "رقم 2 " in docs[2].text


@pytest.mark.parametrize("compress", [False, True])
def test_truncated_warc_keeps_complete_records_and_reports_the_cut(tmp_path: Path, compress: bool) -> None:
    data = warc_bytes(PAGES, compress=compress)
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    # Uncompressed: cut inside the third page's record; compressed: cut inside a later gzip member.
    cut = data.index(b"https://news.test/2") + 300 if not compress else int(len(data) * 0.7)
    path.write_bytes(data[:cut])
    found = items(path)
    assert isinstance(found[-1], Skipped) and found[-1].kind == "truncated", found
    assert "truncated" in found[-1].reason
    assert 1 <= sum(isinstance(i, Article) for i in found) <= 2


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>وكالة الاختبار</title>
<item><title>خبر كامل</title><link>https://news.test/full</link><pubDate>Thu, 02 May 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{p0}</p><script>track()</script><p>{p1}</p>]]></content:encoded></item>
<item><title>خبر مرتبط</title><link>pages/linked.html</link><pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate></item>
<item><title>بلا نص</title><link>https://news.test/missing</link></item>
<item><title>ملخص فقط</title><description>{p2}</description><guid>tag:summary</guid></item>
</channel></rss>"""


def test_feed_entries_with_text_or_linked_local_page(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "linked.html").write_text(page("مرتبط", article_text(7)), encoding="utf-8")
    path = tmp_path / "feed.xml"
    path.write_text(RSS.format(p0=PARAGRAPHS[0], p1=PARAGRAPHS[1], p2=PARAGRAPHS[2]), encoding="utf-8")
    full, linked, missing, summary = items(path)
    assert isinstance(full, Article) and full.doc.text == PARAGRAPHS[0] + "\n" + PARAGRAPHS[1]
    assert full.doc.source == "وكالة الاختبار" and full.doc.url == "https://news.test/full"
    assert full.doc.published is not None and full.doc.published.isoformat() == "2024-05-02"
    assert isinstance(linked, Article) and "رقم 7 " in linked.doc.text and linked.doc.title == "خبر مرتبط"
    assert isinstance(missing, Skipped) and missing.kind == "no-text" and missing.origin.endswith("#entry=3")
    assert isinstance(summary, Article) and summary.doc.text == PARAGRAPHS[2] and summary.doc.id == "tag:summary"


def test_fragment_text_keeps_blocks_and_drops_scripts() -> None:
    assert html_fragment_text("<div>أ<p>ب <b>ج</b></p>د<script>x()</script></div>") == "أ\nب ج\nد"


# ---------------------------------------------------------------- the bad-input checklist


def test_bad_files_are_skipped_with_a_reason(tmp_path: Path) -> None:
    cases = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n",
        "image.bin": bytes(range(256)) * 8,
        "latin1.txt": "مرحبا".encode() + b" \xe9t\xe9 " + article_text(1).encode(),
        "scripts.html": b"<html><head><script>var a = 1;</script></head><body><script>load()</script></body></html>",
        "english.txt": b"The foreign ministers met in Cairo on Tuesday to discuss the situation in the region.",
        "broken.gz": b"\x1f\x8b\x08\x00garbage",
        "not-gzip.gz": b"\x1f\x8bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    }
    expected = {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "image.bin": "binary",
        "latin1.txt": "encoding",
        "scripts.html": "no-text",
        "english.txt": "no-arabic",
        "broken.gz": "truncated",
        "not-gzip.gz": "binary",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        [item] = items(tmp_path / name)
        assert isinstance(item, Skipped), name
        assert item.kind == expected[name], (name, item)
        assert "\n" not in item.reason and item.reason


def test_invalid_utf8_message_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes(article_text(1).encode("cp1256"))
    [item] = items(path)
    assert isinstance(item, Skipped) and "not valid UTF-8" in item.reason and "cp1256" in item.reason
    [fixed] = items(path, ReadOptions(encoding="cp1256"))
    assert isinstance(fixed, Article) and fixed.doc.text == article_text(1)


def test_fifty_megabyte_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = (article_text(1) + "\n").encode()
    with path.open("wb") as fh:
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size >= 50_000_000
    [item] = items(path)
    assert isinstance(item, Skipped) and item.kind == "too-large" and "--max-bytes" in item.reason


def test_malformed_jsonl_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": article_text(1)}, ensure_ascii=False).encode(),
        b"{not json",
        b'{"id": "b", "body": "no text"}',
        b'["an", "array"]',
        b'{"id": "c", "text": "\xff\xfe broken"}',
        b'{"id": "d", "text": "' + "نص".encode() + b'", "published": "yesterday"}',
        json.dumps({"id": "e", "text": "   "}).encode(),
        json.dumps({"id": "f", "text": article_text(2)}, ensure_ascii=False).encode(),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines))
    found = items(path)
    kinds = [i.kind if isinstance(i, Skipped) else "ok" for i in found]
    assert kinds == ["ok", "json", "record", "record", "encoding", "record", "empty", "ok"]
    assert found[4].origin.endswith("#line=5")


# ---------------------------------------------------------------- the ingest loop


def test_ingest_is_idempotent_and_counts_everything(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "nested" / ".hidden").mkdir(parents=True)
    for i in range(5):
        (corpus / f"a{i}.txt").write_text(article_text(i), encoding="utf-8")
    (corpus / "nested" / "copy.txt").write_text(article_text(0).replace("\n", "\n\n"), encoding="utf-8")
    (corpus / "nested" / ".hidden" / "x.txt").write_text(article_text(9), encoding="utf-8")
    (corpus / "nested" / "bad.txt").write_bytes(b"\x00\x01")
    db = tmp_path / "s.duckdb"
    with Store.open(db, read_only=False) as store:
        first = ingest([corpus], store, pipeline=TEXT_LAYER, batch_size=2)
        second = ingest([corpus], store, pipeline=TEXT_LAYER)
    assert (first.files, first.records, first.added, first.duplicates, first.errors) == (7, 6, 5, 1, 1)
    assert (second.added, second.duplicates, second.errors) == (0, 6, 1)
    con = duckdb.connect(str(db), read_only=True)
    runs = con.execute("SELECT status, records, added, duplicates, errors FROM ingest_runs ORDER BY run_id").fetchall()
    assert runs == [("finished", 6, 5, 1, 1), ("finished", 6, 0, 6, 1)]
    [(origin, reason)] = con.execute("SELECT DISTINCT origin, reason FROM ingest_errors").fetchall()
    assert origin.endswith("bad.txt") and "binary" in reason
    con.close()


def test_ingest_cli_reports_and_logs_errors(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(article_text(1), encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "bad.jsonl").write_text('{"id": "x", "text": 5}\n{oops\n', encoding="utf-8")
    db, log = tmp_path / "o.duckdb", tmp_path / "errors.tsv"
    args = [*RASD, "ingest", str(corpus), str(tmp_path / "missing"), "--db", str(db), "--errors", str(log)]
    result = subprocess.run([*args, "--stages", "normalize,tokenize,sentences"], capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "1 added" in out and "4 skipped" in out and "malformed JSON line" in out
    logged = [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(kind for _, kind, _ in logged) == ["empty", "json", "missing", "record"]
    assert "Traceback" not in result.stderr.decode()


def test_bad_cli_options_are_usage_errors(tmp_path: Path) -> None:
    for extra, fragment in [(["--field", "body"], "NAME=KEY"), (["--field", "colour=x"], "unknown field")]:
        result = subprocess.run([*RASD, "ingest", str(tmp_path), *extra], capture_output=True, timeout=120)
        assert result.returncode == 2 and fragment in result.stderr.decode()


def test_reingest_keeps_another_analysis_unless_asked_to_reanalyze(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(article_text(i), encoding="utf-8")
    with_time = Pipeline(["normalize", "tokenize", "sentences", "time"])
    db = tmp_path / "s.duckdb"

    def stored() -> tuple[set[str], int, int]:
        with duckdb.connect(str(db), read_only=True) as con:
            analyses = {row[0] for row in con.execute("SELECT analysis FROM articles").fetchall()}
            articles, timexes = con.execute("SELECT count(*), (SELECT count(*) FROM timexes) FROM articles").fetchone()
        return analyses, articles, timexes

    with Store.open(db, read_only=False) as store:
        ingest([corpus], store, pipeline=TEXT_LAYER)
    assert stored() == ({analysis_version(TEXT_LAYER.names)}, 3, 0)
    with Store.open(db, read_only=False) as store:
        kept = ingest([corpus], store, pipeline=with_time)
    assert (kept.added, kept.duplicates, kept.stale, kept.reanalysed) == (0, 3, 3, 0)
    assert stored() == ({analysis_version(TEXT_LAYER.names)}, 3, 0)  # the old analysis stays

    with Store.open(db, read_only=False) as store:
        redone = ingest([corpus], store, pipeline=with_time, reanalyze=True, batch_size=2)
    assert (redone.added, redone.duplicates, redone.stale, redone.reanalysed) == (0, 0, 0, 3)
    analyses, articles, timexes = stored()
    assert analyses == {analysis_version(with_time.names)} and articles == 3 and timexes >= 6  # a date per article
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("SELECT added, duplicates, reanalysed, analysis FROM ingest_runs ORDER BY run_id").fetchall()
    assert runs[-1] == (0, 0, 3, analysis_version(with_time.names))

    with Store.open(db, read_only=False) as store:
        again = ingest([corpus], store, pipeline=with_time, reanalyze=True)
    assert (again.duplicates, again.reanalysed) == (3, 0)  # the same analysis: nothing redone
    assert stored() == (analyses, articles, timexes)


def test_articles_stored_before_analysis_versions_are_reanalysed_and_the_cli_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "one.txt").write_text(article_text(1), encoding="utf-8")
    db = tmp_path / "o.duckdb"
    args = [*RASD, "ingest", str(corpus), "--db", str(db), "--stages", "normalize,tokenize,sentences"]
    assert subprocess.run(args, capture_output=True, timeout=300).returncode == 0
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE articles SET analysis = NULL")  # as schema version 3 left them
    hint = subprocess.run(args, capture_output=True, timeout=300).stdout.decode()
    assert "1 already stored" in hint and "--reanalyze" in hint
    redone = subprocess.run([*args, "--reanalyze"], capture_output=True, timeout=300).stdout.decode()
    assert "1 analysed again" in redone and "0 added" in redone
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*), count(analysis) FROM articles").fetchone() == (1, 1)


def test_the_analysis_digest_follows_sources_and_data_not_builds(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "stage.py").write_text("RULE = 1\n", encoding="utf-8")
    (tmp_path / "data" / "lexicon.json").write_text('{"قال": 1}', encoding="utf-8")
    first = tree_digest(tmp_path)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "stage.cpython-311.pyc").write_bytes(b"\x00")
    (tmp_path / "stage.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    assert tree_digest(tmp_path) == first  # a compiled build of the same sources
    (tmp_path / "data" / "lexicon.json").write_text('{"قال": 2}', encoding="utf-8")
    assert tree_digest(tmp_path) != first


def test_arabic_share_counts_letters_only() -> None:
    # diacritics, digits (Arabic-Indic too), punctuation and spaces are no letters; the tatweel is an Arabic letter
    assert arabic_share("وَصَلَ الوفدُ ٣ ١٢، 45 !") == 1.0
    assert arabic_share("قمة abcd") == pytest.approx(3 / 7)
    assert arabic_share("ســلام ok") == pytest.approx(6 / 8)
    assert arabic_share("1234 ... ٤٥") == 0.0
    assert arabic_share("Ελλάδα") == 0.0
    assert arabic_share("") == 0.0
