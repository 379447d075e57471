"""Turn the tokens of a document into items the time grammar reads: lexicon readings, numbers, punctuation.

Each item knows where a time expression starting on it begins in the ORIGINAL text: after a conjunction or
preposition glued to the word («وأمس» → «أمس», «للعام» → «لعام»), never inside the article. Multi-word lexicon
entries («كانون الثاني», «أول أمس», «ما يقرب من») become one item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from rasd.doc import Token
from rasd.text.normalize import normalize
from rasd.time.lexicon import Cat, Lex, Lexicon

# Proclitics a time expression never starts with (they stay outside the span).
_OUTER_PROCLITICS: Final = frozenset("وفبلك")
_CLOCK_RE: Final = re.compile(r"(\d{1,2})[:.](\d{2})(?::\d{2})?")
_DATE_RE: Final = re.compile(r"(\d{1,4})([/\-.])(\d{1,2})\2(\d{1,4})")


@dataclass(slots=True)
class Item:
    """One token (or a phrase of several) as the grammar sees it."""

    kind: str  # word, number, clock, numdate, punct, latin, other
    key: str  # normal form without outer proclitics («لعام» → «العام»)
    readings: tuple[Lex, ...]
    start: int  # original offset where a time expression starting here would begin
    end: int
    outer_start: int  # original offset of the whole token, proclitics included
    first_token: int
    last_token: int
    proclitics: str = ""  # outer proclitics in normal form, e.g. "و", "ب"
    future_prefix: bool = False  # the word carries the future marker «س»
    number: int | None = None  # value of a digit token
    digits: int = 0  # how many digits it was written with
    clock: tuple[int, int] | None = None
    numdate: tuple[int, int, int, int] | None = None  # (first, second, third, digits of the first part)
    sentence: int = 0

    def get(self, cat: Cat) -> Lex | None:
        for lex in self.readings:
            if lex.cat is cat:
                return lex
        return None

    def has(self, *cats: Cat) -> bool:
        return any(lex.cat in cats for lex in self.readings)

    @property
    def is_punct(self) -> bool:
        return self.kind == "punct"


def _original_offset(token: Token, normal_chars: int) -> int:
    """Original offset inside `token` after its first `normal_chars` normal-form characters."""
    if normal_chars <= 0:
        return token.start
    seen = 0
    for index, char in enumerate(token.text):
        seen += len(normalize(char))
        if seen >= normal_chars:
            return token.start + index + 1
    return token.end


def _split_outer(token: Token) -> tuple[str, str]:
    """(outer proclitics, rest) of a word, in normal form, following the tokenizer's clitic analysis."""
    norm = token.norm
    outer = ""
    for part in token.prefixes:
        if part in _OUTER_PROCLITICS and norm[len(outer) :].startswith(part):
            outer += part
        else:
            break
    rest = norm[len(outer) :]
    if "ال" in token.prefixes and outer.endswith("ل") and rest.startswith("ل") and not rest.startswith("ال"):
        rest = "ا" + rest  # «للعام» = ل + العام, written with one alef-less ل
    return outer, rest


def _readings(lexicon: Lexicon, key: str, outer: str, norm: str) -> tuple[Lex, ...]:
    found = lexicon.lookup(key)
    if found or not outer:
        return found
    return lexicon.lookup(norm)


def scan(tokens: tuple[Token, ...], lexicon: Lexicon, sentence_of: list[int] | None = None) -> list[Item]:
    """Items for `tokens`; `sentence_of[i]` is the sentence index of token i (0 when not given)."""
    items: list[Item] = []
    count = len(tokens)
    index = 0
    while index < count:
        token = tokens[index]
        sentence = sentence_of[index] if sentence_of else 0
        if token.kind == "word":
            outer, key = _split_outer(token)
            phrase = _match_phrase(tokens, index, key, lexicon)
            start = _original_offset(token, len(outer))
            if phrase is not None:
                last, readings = phrase
                items.append(
                    Item(
                        "word",
                        key + " " + " ".join(t.norm for t in tokens[index + 1 : last + 1]),
                        readings,
                        start,
                        tokens[last].end,
                        token.start,
                        index,
                        last,
                        outer,
                        sentence=sentence,
                    )
                )
                index = last + 1
                continue
            item = Item(
                "word",
                key,
                _readings(lexicon, key, outer, token.norm),
                start,
                token.end,
                token.start,
                index,
                index,
                outer,
                future_prefix="س" in token.prefixes,
                sentence=sentence,
            )
        else:
            item = _non_word(token, index, sentence)
        items.append(item)
        index += 1
    return items


def _non_word(token: Token, index: int, sentence: int) -> Item:
    norm = token.norm
    item = Item(token.kind, norm, (), token.start, token.end, token.start, index, index, sentence=sentence)
    if token.kind == "number":
        if norm.isdigit():
            item.number = int(norm)
            item.digits = len(norm)
        else:
            clock = _CLOCK_RE.fullmatch(norm)
            if clock and int(clock.group(1)) <= 24 and int(clock.group(2)) < 60:
                item.clock = (int(clock.group(1)), int(clock.group(2)))
    elif token.kind == "time":
        clock = _CLOCK_RE.fullmatch(norm)
        if clock and int(clock.group(1)) <= 24 and int(clock.group(2)) < 60:
            item.kind = "clock"
            item.clock = (int(clock.group(1)), int(clock.group(2)))
    elif token.kind == "date":
        numeric = _DATE_RE.fullmatch(norm)
        if numeric:
            item.kind = "numdate"
            item.numdate = (int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4)), len(numeric.group(1)))
    return item


def _match_phrase(
    tokens: tuple[Token, ...], index: int, key: str, lexicon: Lexicon
) -> tuple[int, tuple[Lex, ...]] | None:
    candidates = lexicon.phrases.get(key)
    if not candidates:
        return None
    for rest, readings in candidates:
        last = index + len(rest)
        if last >= len(tokens):
            continue
        if all(tokens[index + 1 + k].norm == word for k, word in enumerate(rest)):
            return last, readings
    return None
