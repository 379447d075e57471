"""Train the BiLSTM-CRF named-entity tagger with PyTorch and export it for numpy inference (rasd.entities.neural).

    python training/build_ner_embeddings.py         # once (~30 min): word vectors from unlabelled news
    python training/train_ner_neural.py             # ~8-12 min on a free core: 25 epochs (weights averaged from
                                                    # epoch 10, 1,000 name-swapped sentences per epoch), checks numpy
                                                    # == torch on dev, writes src/rasd/data/entities/ner_bilstm.npz
    python training/train_ner_neural.py --no-write --epochs 5 ...   # experiments
    python training/train_ner_neural.py --no-write --holdout-every 10 --epochs 60 --lr-decay 0.96  # epoch chosen
                                                    # on a held-out slice of the training data

Training data: ANERcorp CAMeL train split (CC BY-SA 4.0); with --aqmar, also the AQMAR articles named there
(CC BY-SA 3.0; MIS0-3 -> MISC). With `--holdout-every N`, every N-th block of `--holdout-block` training sentences
is held out of training and chooses the epoch that is written (training stops after `--patience` epochs without a
better held-out score); by default nothing is held out and the last epoch is written. `--lr-decay` multiplies the
learning rate after each epoch (default 1: constant). `--average-from E` (default 10) exports the running mean of the
weights of epochs E, E+1, ... (stochastic weight averaging) instead of the last weights; `--augment N` (default 1000)
adds to each epoch N training sentences whose names are swapped for other training names of the same label;
`--holdout-last N` holds out the last N training sentences (the articles next to dev, carved out as dev is);
`--silver N` also trains on the sentences of N random ANT news articles tagged by the shipped model (distillation
into a smaller `--hidden`; not shipped: see docs/entities.md).
ANERcorp dev (the last 397 sentences of the CAMeL train split) is neither trained on nor used for any choice: its
figures are printed after each epoch and at the end, sentence by sentence and with document consistency, for the
record only.
Seeds are fixed and torch runs on one thread, so the same inputs give the same model. Needs the `train` extra
(torch, pinned); nothing of torch is needed at run time: the model is an .npz of numpy arrays.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import shutil
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from rasd.entities.conll import LABELS, TAGS, ConllSentence, Scores, aqmar_tag, chunks, read_conll
from rasd.entities.consistency import propagate
from rasd.entities.forms import SHAPES, word_form
from rasd.entities.neural import MODEL_FILE, BiLstmCrf, Encoder, char_key, stem_key, word_key
from rasd.resources import data_path

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "ner"
ANT_NEWS = ROOT.parent / "shared" / "data" / "news" / "ant_multisource_v2.1"  # Apache-2.0 (saudinewsnet is not used)
GOLD_IDS = (
    ROOT.parent / "shared" / "data" / "gold_dev" / "articles.jsonl",
    *sorted((ROOT / "benchmarks" / "gold").glob("*.jsonl")),
)
VECTORS = Path(os.environ.get("RASD_NER_VECTORS", ROOT / "build" / "ner"))
SEED = 20260401
DOCUMENT_SIZE = 20
AQMAR_TRAIN = ("Damascus", "Atom", "Real_Madrid", "Linux")  # one per domain; then AQMAR in the benchmark is in-sample


def load(path: Path) -> list[ConllSentence]:
    with path.open(encoding="utf-8") as fh:
        return list(read_conll(fh, with_tags=True, source=str(path)))


def load_aqmar(names: Sequence[str]) -> list[ConllSentence]:
    out = []
    for name in names:
        for sentence in load(NER / "aqmar" / "dev" / f"{name}.txt"):
            assert sentence.tags is not None
            out.append(ConllSentence(sentence.tokens, tuple(aqmar_tag(t) for t in sentence.tags)))
    return out


def silver_sentences(count: int, seed: int) -> list[ConllSentence]:
    """The sentences of `count` random ANT news articles (none of a gold set), as rasd's text layer cuts them, each
    tagged by the shipped model: a smaller network trained on them as well learns to read news as the shipped one
    does (distillation), where the ~4,000 training sentences alone leave it guessing.
    """
    if not count:
        return []
    from rasd.entities.neural import default_model  # the shipped model, before anything is written over it
    from rasd.pipeline import Pipeline, make_doc

    excluded = {
        json.loads(line)["id"] for path in GOLD_IDS for line in path.read_text(encoding="utf-8").splitlines() if line
    }
    articles = [
        record
        for path in sorted(ANT_NEWS.glob("*.jsonl"))
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        if record["id"] not in excluded
    ]
    random.Random(seed).shuffle(articles)
    text_layer = Pipeline(["normalize", "tokenize", "sentences"])
    sentences: list[tuple[str, ...]] = []
    for record in articles[:count]:
        doc = text_layer(make_doc(record["text"], id=str(record["id"])))
        sentences.extend(tuple(t.text for t in tokens) for _, tokens in doc.iter_sentence_tokens() if tokens)
    tags = default_model().tag_sentences(sentences)
    return [ConllSentence(words, tuple(found)) for words, found in zip(sentences, tags, strict=True)]


def split_holdout(
    sentences: Sequence[ConllSentence], every: int, block: int
) -> tuple[list[ConllSentence], list[ConllSentence]]:
    """(training, held out): every `every`-th block of `block` consecutive sentences is held out.

    The corpus has no article boundaries; blocks of ~100 sentences (~8 articles) keep most held-out names out of
    training, as in the dev split (with blocks of 20 the held-out score stopped rising after a dozen epochs while dev
    went on improving: the names of the same articles had been trained on), and spread the slice over all topics.
    """
    train: list[ConllSentence] = []
    held: list[ConllSentence] = []
    for first in range(0, len(sentences), block):
        (held if every and first // block % every == every - 1 else train).extend(sentences[first : first + block])
    return train, held


def swapped_names(sentences: Sequence[ConllSentence], count: int, rng: random.Random) -> list[ConllSentence]:
    """`count` random sentences with names, each name replaced by another name of the same label from the sentences.

    Most names of new text were never seen in training; a name put where another stood makes the network read the
    context and the word's make-up rather than remember the names of the training sentences.
    """
    names: dict[str, list[tuple[str, ...]]] = {}
    with_names = []
    for sentence in sentences:
        assert sentence.tags is not None
        spans = chunks(sentence.tags)
        if spans:
            with_names.append((sentence, spans))
        for first, last, label in spans:
            names.setdefault(label, []).append(sentence.tokens[first:last])
    out = []
    for _ in range(count if with_names else 0):
        sentence, spans = rng.choice(with_names)
        assert sentence.tags is not None
        tokens: list[str] = []
        tags: list[str] = []
        position = 0
        for first, last, label in spans:
            tokens += sentence.tokens[position:first]
            tags += sentence.tags[position:first]
            name = rng.choice(names[label])
            tokens += name
            tags += [f"B-{label}"] + [f"I-{label}"] * (len(name) - 1)
            position = last
        tokens += sentence.tokens[position:]
        tags += sentence.tags[position:]
        out.append(ConllSentence(tuple(tokens), tuple(tags)))
    return out


# -- vocabularies and pretrained vectors -------------------------------------------------------------------------


def pretrained(kind: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    path = VECTORS / f"vectors_{kind}.npz"
    if not path.exists():
        sys.exit(f"{path} missing: run training/build_ner_embeddings.py first")
    with np.load(path) as archive:
        return [str(w) for w in archive["words"]], archive["counts"], archive["vectors"]


def vector_table(kind: str, needed: Counter[str], max_words: int) -> tuple[list[str], np.ndarray]:
    """The most frequent news words (up to `max_words`) plus every training word with a vector; row 0 pad, 1 unknown.

    Vectors are rounded to float16 here, as shipped, so that training sees exactly what inference will.
    """
    words, _, vectors = pretrained(kind)
    keep = [i for i, w in enumerate(words) if i < max_words or w in needed]
    table = np.zeros((len(keep) + 2, vectors.shape[1]), dtype=np.float16)
    table[2:] = vectors[keep].astype(np.float16)
    return [words[i] for i in keep], table


def build_config(train: Sequence[ConllSentence], args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, Any]]:
    forms = [word_form(w) for s in train for w in s.tokens]
    word_list, word_table = vector_table("word", Counter(word_key(f) for f in forms), args.max_words)
    stem_list, stem_table = vector_table(args.stem_vectors, Counter(stem_key(f) for f in forms), args.max_words)
    chars = Counter(c for f in forms for c in char_key(f))
    config = {
        "tags": list(TAGS),
        "gazetteer_tags": list(TAGS),
        "hidden": args.hidden,
        "max_chars": args.max_chars,
        "vocab": {
            "word": word_list,
            "stem": stem_list,
            "prefix": sorted({f.prefixes for f in forms if f.prefixes}),
            "suffix": sorted({f.suffix for f in forms if f.suffix}),
            "char": sorted(c for c, n in chars.items() if n >= 2),
        },
    }
    return config, {"word_emb": word_table, "stem_emb": stem_table}


# -- the network (the computation of rasd.entities.neural.BiLstmCrf) --------------------------------------------


class Network(nn.Module):
    def __init__(self, config: dict[str, Any], tables: dict[str, np.ndarray], args: argparse.Namespace) -> None:
        super().__init__()
        vocab = config["vocab"]
        freeze = not args.tune_embeddings
        self.word_emb = nn.Embedding.from_pretrained(torch.tensor(tables["word_emb"], dtype=torch.float32), freeze)
        self.stem_emb = nn.Embedding.from_pretrained(torch.tensor(tables["stem_emb"], dtype=torch.float32), freeze)
        self.char_emb = nn.Embedding(len(vocab["char"]) + 2, args.char_dim, padding_idx=0)
        self.conv = nn.Conv1d(args.char_dim, args.char_filters, args.char_width, padding=args.char_width // 2)
        self.prefix_emb = nn.Embedding(len(vocab["prefix"]) + 2, args.feature_dim)
        self.suffix_emb = nn.Embedding(len(vocab["suffix"]) + 2, args.feature_dim)
        self.shape_emb = nn.Embedding(len(SHAPES), args.feature_dim)
        self.punct_emb = nn.Embedding(2, args.feature_dim)
        self.gaz_emb = nn.Embedding(len(config["gazetteer_tags"]), args.feature_dim)
        width = self.word_emb.embedding_dim + self.stem_emb.embedding_dim + args.char_filters + 5 * args.feature_dim
        self.dropout = nn.Dropout(args.dropout)
        self.lstm = nn.LSTM(width, args.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * args.hidden, len(config["tags"]))
        tags = len(config["tags"])
        self.transitions = nn.Parameter(torch.zeros(tags, tags))
        self.start = nn.Parameter(torch.zeros(tags))
        self.end = nn.Parameter(torch.zeros(tags))

    def char_features(self, chars: Tensor, lengths: Tensor) -> Tensor:
        convolved = self.conv(self.char_emb(chars).transpose(1, 2)).transpose(1, 2)  # (W, L, F)
        invalid = torch.arange(chars.shape[1])[None, :] >= lengths.clamp(min=1)[:, None]
        return convolved.masked_fill(invalid[:, :, None], float("-inf")).max(dim=1).values

    def emissions(self, batch: Batch) -> Tensor:
        chars = self.char_features(batch.chars, batch.char_lengths)[batch.unique]  # (B, T, F)
        ids = batch.ids
        x = torch.cat(
            [
                self.word_emb(ids[..., 0]),
                self.stem_emb(ids[..., 1]),
                chars,
                self.prefix_emb(ids[..., 2]),
                self.suffix_emb(ids[..., 3]),
                self.shape_emb(ids[..., 4]),
                self.punct_emb(ids[..., 5]),
                self.gaz_emb(batch.gazetteer),
            ],
            dim=-1,
        )
        packed = pack_padded_sequence(self.dropout(x), batch.lengths, batch_first=True, enforce_sorted=False)
        states, _ = pad_packed_sequence(self.lstm(packed)[0], batch_first=True, total_length=x.shape[1])
        return self.out(self.dropout(states))  # type: ignore[no-any-return]

    def loss(self, batch: Batch) -> Tensor:
        """Negative log-likelihood of the gold tag sequences under the linear-chain CRF, summed over the batch."""
        scores = self.emissions(batch)
        tags, mask = batch.tags, batch.mask
        rows = torch.arange(tags.shape[0])
        emitted = scores.gather(2, tags[:, :, None])[:, :, 0] * mask
        moved = self.transitions[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]
        gold = self.start[tags[:, 0]] + emitted.sum(dim=1) + moved.sum(dim=1) + self.end[tags[rows, batch.lengths - 1]]
        alpha = self.start + scores[:, 0]
        for t in range(1, tags.shape[1]):
            forward = torch.logsumexp(alpha[:, :, None] + self.transitions[None] + scores[:, t, None, :], dim=1)
            alpha = torch.where(mask[:, t, None], forward, alpha)
        return (torch.logsumexp(alpha + self.end, dim=1) - gold).sum()

    def decode(self, batch: Batch) -> list[list[int]]:
        scores = self.emissions(batch)
        out = []
        for row, n in enumerate(batch.lengths.tolist()):
            best = self.start + scores[row, 0]
            pointers = []
            for t in range(1, n):
                candidates = best[:, None] + self.transitions
                pointers.append(candidates.argmax(dim=0))
                best = candidates.max(dim=0).values + scores[row, t]
            path = [int((best + self.end).argmax())]
            for pointer in reversed(pointers):
                path.append(int(pointer[path[-1]]))
            out.append(path[::-1])
        return out


@dataclass
class Batch:
    ids: Tensor  # (B, T, 6) word, stem, prefix, suffix, shape, punct
    gazetteer: Tensor  # (B, T)
    unique: Tensor  # (B, T) index into chars
    chars: Tensor  # (W, L)
    char_lengths: Tensor  # (W,)
    lengths: Tensor  # (B,)
    tags: Tensor  # (B, T)
    mask: Tensor  # (B, T) bool


def make_batch(
    encoder: Encoder, sentences: Sequence[ConllSentence], word_dropout: float = 0.0, rng: random.Random | None = None
) -> Batch:
    words = [s.tokens for s in sentences]
    index: dict[str, int] = {}
    for s in words:
        for w in s:
            index.setdefault(w, len(index))
    unique_words = list(index)
    word_ids = encoder.word_ids(unique_words)
    chars, char_lengths = encoder.char_ids(unique_words)
    gazetteer = encoder.gazetteer_ids(words)
    steps = max(map(len, words))
    batch = len(words)
    ids = np.zeros((batch, steps, 6), dtype=np.int64)
    gaz = np.zeros((batch, steps), dtype=np.int64)
    unique = np.zeros((batch, steps), dtype=np.int64)
    tags = np.zeros((batch, steps), dtype=np.int64)
    tag_ids = {t: i for i, t in enumerate(TAGS)}
    position = 0
    for row, sentence in enumerate(sentences):
        n = len(sentence.tokens)
        u = [index[w] for w in sentence.tokens]
        unique[row, :n] = u
        ids[row, :n] = word_ids[u]
        gaz[row, :n] = gazetteer[position : position + n]
        position += n
        if sentence.tags is not None:
            tags[row, :n] = [tag_ids.get(t, 0) for t in sentence.tags]
    if word_dropout and rng is not None:
        drop = np.array([[rng.random() < word_dropout for _ in range(steps)] for _ in range(batch)])
        ids[..., 0][drop] = 1
        ids[..., 1][drop & np.array([[rng.random() < 0.5 for _ in range(steps)] for _ in range(batch)])] = 1
    lengths = np.array([len(w) for w in words])
    return Batch(
        torch.from_numpy(ids),
        torch.from_numpy(gaz),
        torch.from_numpy(unique),
        torch.from_numpy(chars),
        torch.from_numpy(char_lengths),
        torch.from_numpy(lengths),
        torch.from_numpy(tags),
        torch.from_numpy(np.arange(steps)[None, :] < lengths[:, None]),
    )


def batches_of(sentences: Sequence[ConllSentence], size: int) -> list[list[int]]:
    """Indices of the sentences in batches of similar length (less padding)."""
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i].tokens))
    return [order[i : i + size] for i in range(0, len(order), size)]


# -- export and evaluation ----------------------------------------------------------------------------------------


def export(network: Network, config: dict[str, Any], tables: dict[str, np.ndarray], path: Path) -> None:
    lstm = network.lstm

    def array(t: Tensor) -> np.ndarray:
        return t.detach().numpy().astype(np.float32)

    arrays: dict[str, Any] = {
        "config": np.array(json.dumps(config, ensure_ascii=False)),
        "word_emb": tables["word_emb"] if not network.word_emb.weight.requires_grad else array(network.word_emb.weight),
        "stem_emb": tables["stem_emb"] if not network.stem_emb.weight.requires_grad else array(network.stem_emb.weight),
        "char_emb": array(network.char_emb.weight),
        "conv_w": array(network.conv.weight),
        "conv_b": array(network.conv.bias),
        "prefix_emb": array(network.prefix_emb.weight),
        "suffix_emb": array(network.suffix_emb.weight),
        "shape_emb": array(network.shape_emb.weight),
        "punct_emb": array(network.punct_emb.weight),
        "gaz_emb": array(network.gaz_emb.weight),
        "lstm_w_ih": np.stack([array(lstm.weight_ih_l0), array(lstm.weight_ih_l0_reverse)]),
        "lstm_w_hh": np.stack([array(lstm.weight_hh_l0), array(lstm.weight_hh_l0_reverse)]),
        "lstm_b": np.stack(
            [array(lstm.bias_ih_l0 + lstm.bias_hh_l0), array(lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse)]
        ),
        "out_w": array(network.out.weight),
        "out_b": array(network.out.bias),
        "transitions": array(network.transitions),
        "start": array(network.start),
        "end": array(network.end),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)


def evaluate(model: BiLstmCrf, sentences: Sequence[ConllSentence]) -> tuple[Scores, Scores, list[list[str]]]:
    """Scores sentence by sentence and with document consistency (blocks of DOCUMENT_SIZE, as `rasd tag`)."""
    plain, consistent = Scores.empty(), Scores.empty()
    all_tags: list[list[str]] = []
    for first in range(0, len(sentences), DOCUMENT_SIZE):
        block = sentences[first : first + DOCUMENT_SIZE]
        words = [s.tokens for s in block]
        tags = model.tag_sentences(words)
        all_tags.extend(tags)
        for sentence, predicted, propagated in zip(block, tags, propagate(words, tags), strict=True):
            assert sentence.tags is not None
            plain.add(sentence.tags, predicted)
            consistent.add(sentence.tags, propagated)
    return plain, consistent, all_tags


def report(name: str, plain: Scores, consistent: Scores) -> None:
    cells = [f"{label or 'micro'} {consistent.prf(label)[2]:.3f}" for label in (*LABELS, None)]
    print(f"{name}: sentence micro {plain.prf()[2]:.3f} | document: " + "  ".join(cells), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=25, help="at most")
    parser.add_argument("--patience", type=int, default=15, help="epochs without a better held-out F1 before stopping")
    parser.add_argument(
        "--holdout-every", type=int, default=0, help="hold out every n-th block of training sentences (0: none)"
    )
    parser.add_argument("--holdout-block", type=int, default=100, help="sentences per block")
    parser.add_argument(
        "--holdout-last",
        type=int,
        default=0,
        help="hold out the last n training sentences instead (the articles next to dev, carved out as dev is)",
    )
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--lr-decay", type=float, default=1.0, help="learning rate factor per epoch")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--char-dim", type=int, default=32)
    parser.add_argument("--char-filters", type=int, default=64)
    parser.add_argument("--char-width", type=int, default=3)
    parser.add_argument("--max-chars", type=int, default=20)
    parser.add_argument("--feature-dim", type=int, default=8)
    parser.add_argument("--dropout", type=float, default=0.5)
    parser.add_argument("--word-dropout", type=float, default=0.1)
    parser.add_argument("--max-words", type=int, default=50_000)
    parser.add_argument("--tune-embeddings", action="store_true")
    parser.add_argument(
        "--stem-vectors",
        choices=("stem", "word"),
        default="word",
        help="vectors the stems look up (stem: experimental)",
    )
    parser.add_argument("--aqmar", action="store_true", help=f"also train on AQMAR {', '.join(AQMAR_TRAIN)}")
    parser.add_argument(
        "--average-from",
        type=int,
        default=10,
        help="from this epoch on, export the running average of the weights at the end of each epoch (0: off)",
    )
    parser.add_argument(
        "--augment", type=int, default=1000, help="training sentences copied each epoch with their names swapped"
    )
    parser.add_argument(
        "--keep",
        choices=("best", "last"),
        default="best",
        help="with a held-out slice: write the epoch that tags it best, or the last epoch (as without one)",
    )
    parser.add_argument(
        "--silver", type=int, default=0, help="also train on this many news articles tagged by the shipped model"
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--model", type=Path, default=data_path("entities", MODEL_FILE))
    args = parser.parse_args()

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    train, held_out = split_holdout(load(NER / "anercorp_camel" / "train.txt"), args.holdout_every, args.holdout_block)
    if args.holdout_last:
        train, held_out = train[: -args.holdout_last], train[-args.holdout_last :]
    if args.aqmar:
        train += load_aqmar(AQMAR_TRAIN)
    dev = load(NER / "anercorp_camel" / "dev.txt")
    config, tables = build_config(train, args)  # the vocabularies of the gold sentences: silver adds no rows
    gold_train = train
    train = train + silver_sentences(args.silver, args.seed)
    encoder = Encoder(config)
    network = Network(config, tables, args)
    optimizer = torch.optim.Adam([p for p in network.parameters() if p.requires_grad], lr=args.lr)
    schedule = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=args.lr_decay)
    print(
        f"{len(train)} training sentences, {len(held_out)} held out; vocab "
        + ", ".join(f"{k} {len(v)}" for k, v in config["vocab"].items())
    )
    out = args.model if not args.no_write else Path(f"/tmp/rasd_ner_neural_{os.getpid()}.npz")
    latest = Path(f"/tmp/rasd_ner_neural_{os.getpid()}_latest.npz")
    best_score, best_epoch, best_state = -1.0, 0, copy.deepcopy(network.state_dict())
    averaged: dict[str, Tensor] = {}
    averaged_epochs = 0
    started = time.perf_counter()
    sentences, batches = train, batches_of(train, args.batch_size)
    for epoch in range(1, args.epochs + 1):
        network.train()
        if args.augment:
            sentences = train + swapped_names(gold_train, args.augment, rng)
            batches = batches_of(sentences, args.batch_size)
        rng.shuffle(batches)
        total = 0.0
        for indices in batches:
            batch = make_batch(encoder, [sentences[i] for i in indices], args.word_dropout, rng)
            optimizer.zero_grad()
            loss = network.loss(batch)
            loss.backward()  # type: ignore[no-untyped-call]
            nn.utils.clip_grad_norm_(network.parameters(), 5.0)
            optimizer.step()
            total += loss.item()
        schedule.step()
        network.eval()
        if args.average_from and epoch >= args.average_from:
            # Stochastic weight averaging: the mean of the end-of-epoch weights is a flatter, steadier optimum
            # than any one of them (the dev score of single epochs swings by +-0.015).
            averaged_epochs += 1
            current = network.state_dict()
            for name, value in current.items():
                if name not in averaged:
                    averaged[name] = value.detach().clone()
                else:
                    averaged[name] += (value.detach() - averaged[name]) / averaged_epochs
            raw_state = copy.deepcopy(current)
            network.load_state_dict(averaged)
            export(network, config, tables, latest)
            network.load_state_dict(raw_state)
        else:
            export(network, config, tables, latest)
        model = BiLstmCrf(latest)
        score = evaluate(model, held_out)[1].prf()[2] if held_out else float(epoch)
        plain, consistent, _ = evaluate(model, dev)
        mark = ""
        if score > best_score or args.keep == "last":
            best_state = copy.deepcopy(averaged if averaged else network.state_dict())
            best_score, best_epoch, mark = score, epoch, " *"
            shutil.copyfile(latest, out)
        chosen_by = f" held-out {score:.3f}{mark}" if held_out else ""
        report(
            f"epoch {epoch:2} loss {total:9.1f} ({time.perf_counter() - started:.0f}s){chosen_by} dev",
            plain,
            consistent,
        )
        if epoch - best_epoch >= args.patience:
            break
    latest.unlink(missing_ok=True)
    network.load_state_dict(best_state)
    if held_out:
        print(f"kept epoch {best_epoch} (held-out micro F1 {best_score:.3f})")
    model = BiLstmCrf(out)
    plain, consistent, numpy_tags = evaluate(model, dev)
    with torch.no_grad():
        torch_tags = []
        for first in range(0, len(dev), 64):
            block = dev[first : first + 64]
            torch_tags.extend([TAGS[k] for k in path] for path in network.decode(make_batch(encoder, block)))
    differing = sum(a != b for a, b in zip(numpy_tags, torch_tags, strict=True))
    print(f"numpy vs torch on dev: {differing} of {len(dev)} sentences tagged differently")
    for label in (*LABELS, None):
        p, r, f = consistent.prf(label)
        print(f"{label or 'micro':6} P={p:.3f} R={r:.3f} F1={f:.3f}  (by sentence F1={plain.prf(label)[2]:.3f})")
    print(f"model {out} {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
