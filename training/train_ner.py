"""Train the CRF named-entity tagger on ANERcorp (CAMeL train split, our dev carved out) and report dev figures.

    python training/train_ner.py                       # train on train.txt, score on dev.txt, write the model
    python training/train_ner.py --no-write            # only measure (for experiments)

Reads ../shared/data/ner/anercorp_camel/{train,dev}.txt. The dev split is never used for training. CRFsuite's
L-BFGS training is deterministic for a given feature set, so the same inputs give the same model.
Requires the word clusters and gazetteer to be built first (build_ner_clusters.py, build_ner_gazetteer.py); when
they are absent the features simply lack them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pycrfsuite

from rasd.entities.conll import LABELS, ConllSentence, Scores, read_conll
from rasd.entities.features import sentence_features
from rasd.entities.gazetteer import gazetteer_tags
from rasd.resources import data_path

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "ner"


def load(path: Path) -> list[ConllSentence]:
    with path.open(encoding="utf-8") as fh:
        return list(read_conll(fh, with_tags=True, source=str(path)))


def items(sentence: ConllSentence, use_gazetteer: bool) -> list[list[str]]:
    gaz = gazetteer_tags(sentence.tokens) if use_gazetteer else None
    return sentence_features(sentence.tokens, gaz)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--c1", type=float, default=0.2)
    parser.add_argument("--c2", type=float, default=0.001)
    parser.add_argument("--max-iterations", type=int, default=150)
    parser.add_argument("--no-gazetteer", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--model", type=Path, default=data_path("entities", "ner.crfsuite"))
    args = parser.parse_args()

    train = load(NER / "anercorp_camel" / "train.txt")
    dev = load(NER / "anercorp_camel" / "dev.txt")
    use_gazetteer = not args.no_gazetteer

    trainer = pycrfsuite.Trainer(verbose=False)
    started = time.perf_counter()
    for sentence in train:
        assert sentence.tags is not None
        trainer.append(items(sentence, use_gazetteer), list(sentence.tags))
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iterations,
            "feature.possible_transitions": True,
        }
    )
    model = args.model if not args.no_write else Path(f"/tmp/rasd_ner_experiment_{os.getpid()}.crfsuite")
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))
    print(f"trained on {len(train)} sentences in {time.perf_counter() - started:.0f}s -> {model}", file=sys.stderr)

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    scores = Scores.empty()
    for sentence in dev:
        assert sentence.tags is not None
        scores.add(sentence.tags, tagger.tag(items(sentence, use_gazetteer)))
    for label in (*LABELS, None):
        p, r, f = scores.prf(label)
        print(f"{label or 'micro':6} P={p:.3f} R={r:.3f} F1={f:.3f}  gold={scores.gold[label] if label else ''}")
    print(f"model size {model.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
