"""Learn the word and stem vectors of the neural NER tagger from unlabelled news (word2vec skip-gram, here).

    python training/build_ner_embeddings.py               # writes build/ner/vectors_word.npz (not shipped as such)
    python training/build_ner_embeddings.py --kind stem   # vectors of clitic-stripped stems (experimental)

Text: the ANT news corpus v2.1 (Apache-2.0; saudinewsnet is non-commercial and NOT used) plus the tokens of the
ANERcorp training split (CC BY-SA 4.0; the dev split is left out), as rasd tokens. Two vocabularies: the word in
matching-normal form (lower-cased Latin), and (experimental) its clitic-stripped stem («وبالقاهرة» -> «قاهره»),
which pools the evidence of a name over all the prepositions and conjunctions written on it. One gensim worker,
fixed seed and stable word hash: the same inputs give the same vectors. `training/train_ner_neural.py` then keeps
the vectors of the words it needs and ships them inside the model file.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from build_ner_clusters import anercorp_sentences, cluster_key, news_sentences, skipgram
from rasd.entities.forms import word_form

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "ner"


def stem_key(word: str) -> str:
    return word_form(word).stem.lower()


KEYS: dict[str, Callable[[str], str]] = {"word": cluster_key, "stem": stem_key}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--kind", choices=sorted(KEYS), action="append")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for kind in args.kind or ["word"]:
        started = time.perf_counter()
        key = KEYS[kind]
        sentences = list(news_sentences(key)) + list(anercorp_sentences(key))
        print(f"{kind}: {len(sentences)} sentences, {sum(map(len, sentences))} tokens")
        model = skipgram(sentences, args.dim, args.epochs, args.min_count)
        words = np.array(model.wv.index_to_key)
        counts = np.array([model.wv.get_vecattr(w, "count") for w in model.wv.index_to_key], dtype=np.int64)
        out = OUT / f"vectors_{kind}.npz"
        np.savez(out, words=words, counts=counts, vectors=model.wv.vectors.astype(np.float32))
        print(f"{kind}: {len(words)} vectors -> {out} ({time.perf_counter() - started:.0f}s)")


if __name__ == "__main__":
    main()
