"""Peak memory of one analysing process when every word it reads is new: the worst case for the per-word caches.

rasd keeps per-word results (clitic analyses with the record of what each stage made of the word, the entity
tagger's word forms and input projections) in bounded caches, so a worker's memory must level off whatever the
corpus. A replicated corpus cannot show that (after one pass every word is known), so here each news article is
rewritten with every Arabic word made unique (a letter code appended, which keeps it a plausible unknown word), and
the full pipeline runs over them in this process. The resident set size is printed as the articles go by, beside
how full each cache is.

    python benchmarks/memory.py                 # 6,000 articles, about 1.6 million distinct words
    python benchmarks/memory.py --articles 500  # a quick look
    python benchmarks/memory.py --budget 1250   # as a Dask worker: per-word caches emptied above 1,250 MiB
    python benchmarks/memory.py --real --budget 1  # what emptying costs on real text: emptied every 2,000 articles
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import time
from collections.abc import Iterator
from typing import Any

from _corpus import iter_news, print_table
from rasd.pipeline import Pipeline, make_doc
from rasd.scale.worker import keep_within_budget

_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
LIMIT_MIB = 1536


def unique_words(text: str, counter: Iterator[int]) -> str:
    """`text` with a distinct letter code appended to every Arabic word."""

    def code(found: re.Match[str]) -> str:
        n = next(counter)
        suffix = ""
        while True:
            n, digit = divmod(n, len(_LETTERS))
            suffix += _LETTERS[digit]
            if not n:
                break
        return found.group(0) + suffix

    return _ARABIC_WORD.sub(code, text)


def resident_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / (1 << 20)


def cache_fill() -> dict[str, str]:
    """How full the largest per-word caches are (entries / bound)."""
    from rasd.entities import forms
    from rasd.entities.neural import PROJECTION_CACHE, default_model
    from rasd.text import stages

    fills = {
        # each analysis carries the word's record, where the stages keep what they worked out for it
        "tokenizer analyses and word records": (len(stages._ANALYSES), stages._ANALYSES_LIMIT),
        "tokenizer chunks": (len(stages._CHUNKS), stages._CHUNKS_LIMIT),
        "entity word forms": (len(forms._FORMS), forms._FORMS_LIMIT),
        "NER projections": (len(default_model()._projections), PROJECTION_CACHE),
    }
    return {name: f"{have:,} / {bound:,}" for name, (have, bound) in fills.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=6000)
    parser.add_argument("--every", type=int, default=1000, help="print the resident size every N articles")
    parser.add_argument("--real", action="store_true", help="the articles as they are (words recur): the cost side")
    parser.add_argument(
        "--budget", type=int, default=0, help="MiB: empty the per-word caches above it, as Dask workers do (0: never)"
    )
    args = parser.parse_args()
    pipeline = Pipeline()
    counter = iter(range(10**12))
    rows: list[list[Any]] = []
    started = time.process_time()
    words = forgotten = 0
    for n, record in enumerate(iter_news(limit=args.articles), 1):
        text = record["text"] if args.real else unique_words(record["text"], counter)
        words += len(_ARABIC_WORD.findall(record["text"]))
        pipeline(make_doc(text, id=str(n)))
        if args.budget and keep_within_budget(1, args.budget << 20):
            forgotten += 1
        if n % args.every == 0 or n == args.articles:
            gc.collect()
            rows.append([n, f"{words:,}", f"{resident_mib():,.0f}", f"{time.process_time() - started:,.0f}"])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print_table(
        "Full pipeline (resident memory as the articles go by)",
        ["articles", "words read (each new unless --real)", "RSS MiB", "CPU s"],
        rows,
    )
    budget = f"budget {args.budget:,} MiB, caches emptied {forgotten} times" if args.budget else "no budget"
    print(f"\npeak RSS {peak:,.0f} MiB (limit {LIMIT_MIB:,} MiB per worker; {budget}); caches: {cache_fill()}")


if __name__ == "__main__":
    main()
