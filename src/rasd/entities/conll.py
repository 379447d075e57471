"""CoNLL reading and writing, and entity-level (CoNLL exact-match) scoring of BIO tag sequences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

LABELS = ("PERS", "LOC", "ORG", "MISC")
TAGS = ("O", *(f"{p}-{label}" for label in LABELS for p in ("B", "I")))


def aqmar_tag(tag: str) -> str:
    """An AQMAR tag (PER, LOC, ORG, MIS0-3, stray "MIS-1") as its ANERcorp tag (MIS* -> MISC)."""
    prefix, _, kind = tag.partition("-")
    if prefix not in ("B", "I"):
        return "O"
    kind = kind.strip("-")
    if kind == "PER":
        return f"{prefix}-PERS"
    if kind in ("LOC", "ORG"):
        return f"{prefix}-{kind}"
    return f"{prefix}-MISC" if kind.startswith("MIS") else "O"


class ConllError(ValueError):
    """Input that is not CoNLL; the message is one line meant for the user."""


@dataclass(frozen=True, slots=True)
class ConllSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...] | None  # the second column when present (training and scoring); None for bare tokens


def read_conll(lines: Iterable[str], *, with_tags: bool = False, source: str = "input") -> Iterator[ConllSentence]:
    """Sentences of a CoNLL stream: the token is the first white-space separated column, a blank line ends a sentence.

    With `with_tags`, the last column is the tag. Other columns are ignored.
    """
    tokens: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if "\x00" in line:
            raise ConllError(f"{source}: line {number} contains NUL bytes; is this a binary file?")
        columns = line.split()
        if not columns:
            if tokens:
                yield ConllSentence(tuple(tokens), tuple(tags) if with_tags else None)
                tokens, tags = [], []
            continue
        tokens.append(columns[0])
        if with_tags:
            if len(columns) < 2:
                raise ConllError(f"{source}: line {number} has no tag column")
            tags.append(columns[-1])
    if tokens:
        yield ConllSentence(tuple(tokens), tuple(tags) if with_tags else None)


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans `(first, last + 1, label)` of BIO tags, CoNLL-style: an I- that continues nothing starts one."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate((*tags, "O")):
        if tag == "O":  # most tags: it only ends the open span
            if start >= 0:
                spans.append((start, i, label))
                start, label = -1, ""
            continue
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, kind
    return spans


@dataclass(slots=True)
class Scores:
    """Entity-level counts per label; exact span and label must match."""

    true_positive: Counter[str]
    predicted: Counter[str]
    gold: Counter[str]

    @classmethod
    def empty(cls) -> Scores:
        return cls(Counter(), Counter(), Counter())

    def add(self, gold: Sequence[str], predicted: Sequence[str]) -> None:
        gold_spans = set(chunks(gold))
        predicted_spans = set(chunks(predicted))
        for _, _, label in gold_spans:
            self.gold[label] += 1
        for _, _, label in predicted_spans:
            self.predicted[label] += 1
        for _, _, label in gold_spans & predicted_spans:
            self.true_positive[label] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 for one label, or micro-averaged over all labels when `label` is None."""
        if label is None:
            tp, pred, gold = (sum(c.values()) for c in (self.true_positive, self.predicted, self.gold))
        else:
            tp, pred, gold = self.true_positive[label], self.predicted[label], self.gold[label]
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1
