"""Build `src/rasd/data/text/word_freq.tsv.gz`: devocalised Arabic word frequencies from unlabelled news.

Reads only the Apache-2.0 collection (`ant_multisource_v2.1`), the one whose licence allows shipping derived
artifacts. Usage: python training/build_word_freq.py [--shared ../shared] [--min-count 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from rasd.text.normalize import devocalize
from rasd.text.tokenize import iter_token_spans

OUT = Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "text" / "word_freq.tsv.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    corpus = sorted((args.shared / "data" / "news" / "ant_multisource_v2.1").glob("*.jsonl"))
    for path in corpus:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                counts.update(devocalize(text[s:e]) for s, e, kind in iter_token_spans(text) if kind == "word")
    kept = sorted(((w, c) for w, c in counts.items() if c >= args.min_count), key=lambda x: (-x[1], x[0]))
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write("".join(f"{w}\t{c}\n" for w, c in kept).encode("utf-8"))
    print(f"{len(kept)} words (of {len(counts)}) with count >= {args.min_count} -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
