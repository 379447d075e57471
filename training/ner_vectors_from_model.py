"""Write the word vectors the neural NER tagger needs back out of the shipped model, for retraining without the
~30-minute word2vec step.

    python training/ner_vectors_from_model.py      # writes build/ner/vectors_word.npz from ner_bilstm.npz
    python training/train_ner_neural.py            # then trains as usual (or with --hidden N ... --no-write)

`training/train_ner_neural.py` keeps, from `build/ner/vectors_word.npz`, the first `--max-words` words (the file is
in frequency order) plus every other word or stem the training split needs, and ships those rows (float16) inside
the model. The model's vocabularies are therefore exactly those rows: its first 50,000 word and stem entries are the
same words in the same order, and the rest are training words and stems further down the frequency list. Writing
those 50,000 words first, then the other words and stems, with decreasing counts, gives a vectors file from which
the training script selects the same words with the same vectors: with the default options, retraining on it
reproduced the shipped model bit for bit (session 18). Options that change `--max-words` need the real vectors
(`training/build_ner_embeddings.py`).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from rasd.entities.neural import MODEL_FILE
from rasd.resources import data_path

OUT = Path(__file__).resolve().parents[1] / "build" / "ner"
SHARED_PREFIX = 50_000  # train_ner_neural.py's default --max-words


def main() -> None:
    with np.load(data_path("entities", MODEL_FILE), allow_pickle=False) as archive:
        config = json.loads(str(archive["config"]))
        word_table, stem_table = archive["word_emb"], archive["stem_emb"]
    words, stems = config["vocab"]["word"], config["vocab"]["stem"]
    # rows 0 and 1 of each table are padding and unknown
    if words[:SHARED_PREFIX] != stems[:SHARED_PREFIX] or not np.array_equal(
        word_table[2 : SHARED_PREFIX + 2], stem_table[2 : SHARED_PREFIX + 2]
    ):
        raise SystemExit("the model's word and stem tables do not share their frequent words: rebuild the vectors")
    vectors: dict[str, np.ndarray] = {w: word_table[i + 2] for i, w in enumerate(words)}
    for i, stem in enumerate(stems[SHARED_PREFIX:], start=SHARED_PREFIX + 2):
        if stem in vectors and not np.array_equal(vectors[stem], stem_table[i]):
            raise SystemExit(f"two vectors for {stem!r}: rebuild the vectors")
        vectors.setdefault(stem, stem_table[i])
    frequent = set(words[:SHARED_PREFIX])
    order = words[:SHARED_PREFIX] + [w for w in vectors if w not in frequent]
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez(
        OUT / "vectors_word.npz",
        words=np.array(order),
        counts=np.arange(len(order), 0, -1),
        vectors=np.stack([vectors[w] for w in order]).astype(np.float32),
    )
    print(f"{len(order)} words -> {OUT / 'vectors_word.npz'}")


if __name__ == "__main__":
    main()
