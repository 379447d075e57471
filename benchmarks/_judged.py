"""Shared helpers of the judged benchmarks (`events_judged.py`, `actors_judged.py`): a seeded draw of articles nobody
annotated, the full pipeline over them, a stable hash sample of what it predicts, and the Wilson interval."""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from _corpus import GOLD_DEV, NEWS, ROOT
from rasd.doc import Doc
from rasd.pipeline import Pipeline, make_doc

GOLD = ROOT / "benchmarks" / "gold"


def excluded_ids() -> set[str]:
    """Articles already annotated (gold_dev and the extra gold): the draw is about articles nobody annotated. The
    judgement files (`*_judged.jsonl`) are not gold: their articles stay in the draw."""
    ids: set[str] = set()
    paths = [*GOLD_DEV.glob("*.jsonl"), *GOLD.glob("*.jsonl")]
    for path in paths:
        if path.name.endswith("_judged.jsonl"):
            continue
        with path.open(encoding="utf-8") as fh:
            ids.update(json.loads(line)["id"] for line in fh if line.strip())
    return ids


def news_files() -> list[Path]:
    """The corpus files, or an error: an empty draw would print a table of nothing judged, as if rasd coded nothing
    (a checkout outside the folder next to ../shared, e.g. a git worktree, needs RASD_SHARED)."""
    paths = sorted(NEWS.rglob("*.jsonl"))
    if not paths:
        raise SystemExit(f"no news corpus under {NEWS} (set RASD_SHARED to the folder that holds data/news)")
    return paths


def draw_articles(seed: int, count: int) -> list[dict[str, Any]]:
    """A seeded uniform sample of `count` articles over every outlet file (one reservoir over the whole corpus)."""
    excluded = excluded_ids()
    rng = random.Random(f"{seed}/articles")
    chosen: list[tuple[float, dict[str, Any]]] = []
    for path in news_files():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                article = json.loads(line)
                if article["id"] in excluded or not article.get("text", "").strip():
                    continue
                article["outlet"] = path.stem
                chosen.append((rng.random(), article))
    chosen.sort(key=lambda pair: pair[0])
    return [article for _, article in chosen[:count]]


def run(articles: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Doc]]:
    """The full default pipeline over the drawn articles, dated by their publication day."""
    pipeline = Pipeline()
    for article in articles:
        published = (article.get("date") or "")[:10] or None
        yield article, pipeline(make_doc(article["text"], id=article["id"], published=published))


def sample_fraction(seed: int, key: Sequence[Any]) -> float:
    """A stable pseudo-random number in [0, 1) for a seed and a key: a key is sampled when it falls under the rate."""
    digest = hashlib.sha1(json.dumps([seed, *key], ensure_ascii=False).encode("utf-8")).hexdigest()
    return int(digest[:12], 16) / 16**12


def wilson(right: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% by default)."""
    if total == 0:
        return (0.0, 0.0)
    p = right / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (centre - half, centre + half)


def precision(right: int, total: int) -> str:
    """`0.624 [0.58, 0.67]`: a proportion with its Wilson interval, `-` when nothing was judged."""
    if total == 0:
        return "-"
    low, high = wilson(right, total)
    return f"{right / total:.3f} [{low:.2f}, {high:.2f}]"


def sentence_of(doc: Doc, start: int, end: int) -> str:
    """The sentence holding a span (through the span's end), or 200 characters either side."""
    for sentence in doc.sentences:
        if sentence.start <= start < sentence.end:
            return doc.text[sentence.start : max(sentence.end, end)]
    return doc.text[max(0, start - 200) : end + 200]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL file, none when it does not exist yet."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def verdict_lines(lines: Iterable[str], columns: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped cells) of a tab-separated verdict file, blank and `#` lines skipped; a line with fewer
    than `columns` cells stops the program."""
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.rstrip("\n").split("\t")]
        if len(cells) < columns:
            raise SystemExit(
                f"verdict line {number}: expected at least {columns} tab-separated columns, got {len(cells)}"
            )
        yield number, cells


def merge_judgements(
    path: Path,
    items: Iterable[dict[str, Any]],
    key: Callable[[dict[str, Any]], Sequence[Any]],
    order: Callable[[dict[str, Any]], Sequence[Any]],
    fields: Sequence[str],
) -> None:
    """Merge verdict records into a judgement file: a new verdict replaces the old one of its key; the file is
    sorted by `order` and keeps `fields`."""
    judged = {tuple(key(r)): r for r in read_jsonl(path)}
    for item in items:
        judged[tuple(key(item))] = item
    ordered = sorted(judged.values(), key=lambda r: tuple(order(r)))
    with path.open("w", encoding="utf-8") as fh:
        for item in ordered:
            fh.write(json.dumps({field: item[field] for field in fields}, ensure_ascii=False) + "\n")
    print(f"{len(ordered)} judgements in {path.relative_to(ROOT)}")


def misplaced(records: Sequence[dict[str, Any]], end_field: str) -> list[str]:
    """What is wrong with where judged records point: articles missing from the corpus, offsets past an article's
    end, articles that are also in a gold set (the draw excludes them). Empty when all is well."""
    wanted = {r["id"] for r in records}
    lengths = article_lengths(wanted)
    problems = [f"{i}: not in the corpus" for i in sorted(wanted - set(lengths))]
    problems += [
        f"{r['id']}: {end_field} {r[end_field]} past the text"
        for r in records
        if r[end_field] > lengths.get(r["id"], 0)
    ]
    problems += [f"{i}: also in a gold set" for i in sorted(wanted & excluded_ids())]
    return problems


def article_lengths(ids: set[str]) -> dict[str, int]:
    """The text length of each of these corpus articles (for checking that judged offsets fall inside them)."""
    lengths: dict[str, int] = {}
    for path in news_files():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                article = json.loads(line)
                if article["id"] in ids:
                    lengths[article["id"]] = len(article["text"])
    return lengths
