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
    cats: frozenset[Cat] = frozenset()

    def get(self, cat: Cat) -> Lex | None:
        for lex in self.readings:
            if lex.cat is cat:
                return lex
        return None

    def has(self, *cats: Cat) -> bool:
        own = self.cats
        return any(cat in own for cat in cats) if own else False

    @property
    def is_punct(self) -> bool:
        return self.kind == "punct"


def _original_offset(token: Token, normal_chars: int) -> int:
    """Original offset inside `token` after its first `normal_chars` normal-form characters."""
    if normal_chars <= 0:
        return token.start
    if len(token.text) == len(token.norm):  # no marks or tatweel: one normal character per written one
        return token.start + normal_chars
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


# word analysis per (normal form, prefixes): the same few thousand words recur in every article
_WORDS: dict[tuple[str, tuple[str, ...]], tuple[str, str, tuple[Lex, ...], frozenset[Cat], bool]] = {}
_WORDS_MAX = 200_000


def _word(token: Token, lexicon: Lexicon) -> tuple[str, str, tuple[Lex, ...], frozenset[Cat], bool]:
    """(outer proclitics, key, readings, categories, may start a phrase) of a word token."""
    cache_key = (token.norm, token.prefixes)
    found = _WORDS.get(cache_key)
    if found is None:
        outer, key = _split_outer(token)
        readings = _readings(lexicon, key, outer, token.norm)
        found = (outer, key, readings, frozenset(lex.cat for lex in readings), key in lexicon.phrases)
        if len(_WORDS) >= _WORDS_MAX:
            _WORDS.clear()
        _WORDS[cache_key] = found
    return found


def scan(tokens: tuple[Token, ...], lexicon: Lexicon, sentence_of: list[int] | None = None) -> list[Item]:
    """Items for `tokens`; `sentence_of[i]` is the sentence index of token i (0 when not given)."""
    items: list[Item] = []
    append = items.append
    count = len(tokens)
    index = 0
    # Item fields are passed positionally: keyword construction costs twice as much, on every token.
    while index < count:
        token = tokens[index]
        sentence = sentence_of[index] if sentence_of else 0
        if token.kind != "word":
            append(_non_word(token, index, sentence))
            index += 1
            continue
        outer, key, readings, cats, may_phrase = _word(token, lexicon)
        if readings and token.text in lexicon.sets["surface_blockers"]:
            readings, cats = (), frozenset()  # «آلان» (a name) is not «الآن»
        start = _original_offset(token, len(outer)) if outer else token.start
        phrase = _match_phrase(tokens, index, key, lexicon) if may_phrase else None
        if phrase is not None:
            last, phrase_readings = phrase
            key = key + " " + " ".join(t.norm for t in tokens[index + 1 : last + 1])
            phrase_cats = frozenset(lex.cat for lex in phrase_readings)
            append(
                Item("word", key, phrase_readings, start, tokens[last].end, token.start, index, last, outer,
                     False, None, 0, None, None, sentence, phrase_cats)
            )  # fmt: skip
            index = last + 1
            continue
        future = "س" in token.prefixes
        append(
            Item("word", key, readings, start, token.end, token.start, index, index, outer,
                 future, None, 0, None, None, sentence, cats)
        )  # fmt: skip
        index += 1
    return items


def _non_word(token: Token, index: int, sentence: int) -> Item:
    norm = token.norm
    item = Item(token.kind, norm, (), token.start, token.end, token.start, index, index, "", False, None, 0, None,
                None, sentence)  # fmt: skip
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
    if not candidates or index + 1 >= len(tokens) or tokens[index + 1].norm not in lexicon.phrase_seconds[key]:
        return None
    for rest, readings in candidates:
        last = index + len(rest)
        if last >= len(tokens):
            continue
        if all(tokens[index + 1 + k].norm == word for k, word in enumerate(rest)):
            return last, readings
    return None
