"""Build the word clusters the NER tagger uses as features: word2vec on unlabelled news, then k-means.

    python training/build_ner_clusters.py        # writes src/rasd/data/entities/clusters.tsv.gz

Text: the ANT news corpus v2.1 (Apache-2.0; saudinewsnet is non-commercial and NOT used) plus the tokens of the
ANERcorp training split (CC BY-SA 4.0; the dev split is left out). Words are rasd tokens in matching-normal form.
Skip-gram vectors (gensim, one worker, fixed seed: reproducible) are clustered by k-means at several granularities;
a word's cluster ids at each granularity are features, so the tagger generalises from names it saw in training to
names that only occur in the news («a word used like the surnames you know»). Needs the `train` extra (gensim,
scikit-learn); nothing of them is needed at run time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans, MiniBatchKMeans

from rasd.resources import data_path
from rasd.text.normalize import normalize
from rasd.text.tokenize import iter_token_spans

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GRANULARITIES = (64, 256, 1024)
SEED = 20260401


def news_sentences() -> Iterator[list[str]]:
    for path in sorted((SHARED / "news" / "ant_multisource_v2.1").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                for paragraph in text.split("\n"):
                    words = [cluster_key(paragraph[s:e]) for s, e, _ in iter_token_spans(paragraph)]
                    if len(words) > 2:
                        yield words


def anercorp_sentences() -> Iterator[list[str]]:
    words: list[str] = []
    with (SHARED / "ner" / "anercorp_camel" / "train.txt").open(encoding="utf-8") as fh:
        for line in fh:
            columns = line.split()
            if columns:
                words.append(cluster_key(columns[0]))
            elif words:
                yield words
                words = []
    if words:
        yield words


def stable_hash(text: str) -> int:
    """gensim seeds each word's initial vector with this hash; Python's own `hash` changes between runs."""
    return zlib.crc32(text.encode("utf-8"))


def cluster_key(word: str) -> str:
    """The form under which a word's cluster is stored and looked up (see rasd.entities.features)."""
    return normalize(word).lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--out", type=Path, default=data_path("entities", "clusters.tsv.gz"))
    args = parser.parse_args()

    started = time.perf_counter()
    sentences = list(news_sentences()) + list(anercorp_sentences())
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} tokens ({time.perf_counter() - started:.0f}s)")
    model = Word2Vec(
        sentences,
        vector_size=args.dim,
        window=5,
        min_count=args.min_count,
        sg=1,
        negative=10,
        epochs=args.epochs,
        workers=1,
        seed=SEED,
        hashfxn=stable_hash,
    )
    words = list(model.wv.index_to_key)
    vectors = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
    print(f"{len(words)} words embedded ({time.perf_counter() - started:.0f}s)")
    columns = []
    for k in GRANULARITIES:
        if k <= 256:
            km: KMeans | MiniBatchKMeans = KMeans(n_clusters=k, n_init=1, random_state=SEED)
        else:
            km = MiniBatchKMeans(n_clusters=k, n_init=1, random_state=SEED, batch_size=4096)
        columns.append(km.fit_predict(vectors))
        print(f"k={k} done ({time.perf_counter() - started:.0f}s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw, raw as fh:
        fh.write(("word\t" + "\t".join(f"c{k}" for k in GRANULARITIES) + "\n").encode())
        for index, word in enumerate(words):
            if "\t" in word or not word.strip():
                continue
            fh.write((word + "\t" + "\t".join(str(c[index]) for c in columns) + "\n").encode())
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
