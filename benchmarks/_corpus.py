"""Shared helpers for benchmarks: locating `../shared`, reading the news corpus, timing, printing tables."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
NEWS = SHARED / "data" / "news"
GOLD_DEV = SHARED / "data" / "gold_dev"


def iter_news(limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Articles of the shared news corpus in a fixed order (all collections, sorted by file name)."""
    count = 0
    for path in sorted(NEWS.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if limit is not None and count >= limit:
                    return
                yield json.loads(line)
                count += 1


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def print_table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    cells = [header] + [[_fmt(v) for v in row] for row in rows]
    widths = [max(len(str(r[i])) for r in cells) for i in range(len(header))]
    print(f"\n{title}")
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)))


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    return str(value)
