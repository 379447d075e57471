"""Text-layer throughput on the shared news corpus, side by side with a plain str.split/regex baseline.

    python benchmarks/text_layer.py [--limit N]

The baseline splits sentences with one regex and tokens with str.split (no offsets kept, no normal forms, no
clitics); rasd runs its `normalize`, `tokenize` and `sentences` stages and builds the full token records.
The ratio is the figure to watch: both run in the same process on the same texts.
"""

from __future__ import annotations

import argparse
import re

from _corpus import iter_news, print_table, timed
from rasd import Pipeline
from rasd.pipeline import make_doc

_BASELINE_SENTENCE = re.compile(r"(?<=[.!?؟])\s+|\n+")


def baseline(texts: list[str]) -> int:
    tokens = 0
    for text in texts:
        for sentence in _BASELINE_SENTENCE.split(text):
            tokens += len(sentence.split())
    return tokens


def rasd_text_layer(texts: list[str]) -> int:
    pipeline = Pipeline(["normalize", "tokenize", "sentences"])
    tokens = 0
    for text in texts:
        tokens += len(pipeline(make_doc(text)).tokens)
    return tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="number of articles (default: all)")
    args = parser.parse_args()
    texts = [a["text"] for a in iter_news(args.limit)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rasd_text_layer(texts[:50])  # load lexicons before timing
    base_seconds, base_tokens = timed(lambda: baseline(texts))
    rasd_seconds, rasd_tokens = timed(lambda: rasd_text_layer(texts))
    rows = [
        ["str.split + regex", base_seconds, megabytes / base_seconds, len(texts) / base_seconds, base_tokens],
        ["rasd text layer", rasd_seconds, megabytes / rasd_seconds, len(texts) / rasd_seconds, rasd_tokens],
    ]
    print_table(
        f"text layer on {len(texts):,} articles ({megabytes:.1f} MB UTF-8)",
        ["system", "seconds", "MB/s", "articles/s", "tokens"],
        rows,
    )
    ratio = base_seconds / rasd_seconds
    print(f"\nrasd / baseline speed ratio: {ratio:.3f} (rasd is {1 / ratio:.1f}x slower)")


if __name__ == "__main__":
    main()
