"""Build `src/rasd/data/actors/place_evidence.tsv.gz`: how often each one-word gazetteer place name is tagged as a name
in running news.

    python training/build_place_evidence.py [--shared ../shared] [--limit N]

The gazetteer holds thousands of towns whose names are also Arabic words («أمور» matters / the Amur, «شرفة» a
balcony / a village, «حصار» a siege / Hisar). The named-entity model sometimes tags such a word, and the actors stage
then placed it in a foreign country. Counting, over the unlabelled news, how often the model tags each of those
words tells the two apart: a word it tags in most of its occurrences is used as a name («منبج», «صعدة»), one it
tags in a small share is a common word that happens to name a place.

For every word key (`rasd.actors.lexicon.word_key`) that is the whole name of a knowledge-base place (kind `place`:
not a country, capital or region), the file lists how many times it was seen in the news as a word, and how many of
those times it was inside an entity of the default `entities` stage. Reads only the Apache-2.0 collection
(`ant_multisource_v2.1`), whose licence allows shipping derived counts. Keys seen fewer than `--min-seen` times are
left out (no evidence either way).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from rasd.actors.kb import knowledge_base
from rasd.actors.lexicon import word_key
from rasd.pipeline import Pipeline, make_doc

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data" / "actors" / "place_evidence.tsv.gz"


def place_keys() -> frozenset[str]:
    """Keys that are the whole name of a gazetteer place and of nothing stronger (a country, capital, region...)."""
    kb = knowledge_base()
    return frozenset(
        key
        for key, entries in kb.entries.items()
        if " " not in key and entries and all(e.kind == "place" for e in entries)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--min-seen", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="articles to read (default: all)")
    args = parser.parse_args()
    keys = place_keys()
    seen: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    pipeline = Pipeline(["normalize", "tokenize", "sentences", "time", "entities"]).prepare_for_many()
    corpus = sorted((args.shared / "data" / "news" / "ant_multisource_v2.1").glob("*.jsonl"))
    texts = [json.loads(line)["text"] for path in corpus for line in path.open(encoding="utf-8")][: args.limit]
    for number, doc in enumerate(pipeline.pipe(make_doc(text) for text in texts)):
        inside = {i for e in doc.entities for i in range(e.start, e.end)}
        for token in doc.tokens:
            if token.kind != "word":
                continue
            key = word_key(token)
            if key in keys:
                seen[key] += 1
                tagged[key] += token.start in inside or token.end - 1 in inside
        if number % 2000 == 0:
            print(f"{number:,} articles", flush=True)
    rows = sorted((key, n, tagged[key]) for key, n in seen.items() if n >= args.min_seen)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("word\tseen\ttagged\n")
        for key, n, t in rows:
            fh.write(f"{key}\t{n}\t{t}\n")
    print(f"wrote {len(rows)} words to {OUT} ({len(keys):,} one-word place names in the knowledge base)")


if __name__ == "__main__":
    main()
