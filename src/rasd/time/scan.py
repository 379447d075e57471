"""Turn the tokens of a document into items the time grammar reads: lexicon readings, numbers, punctuation.

Each item knows where a time expression starting on it begins in the ORIGINAL text: after a conjunction or
preposition glued to the word («وأمس» → «أمس», «للعام» → «لعام»), never inside the article. Multi-word lexicon
entries («كانون الثاني», «أول أمس», «ما يقرب من») become one item.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple, cast, overload

from rasd.doc import Token
from rasd.resources import load_json
from rasd.text.clitics import analyze_clitics
from rasd.text.normalize import normalize
from rasd.time.lexicon import ARTICLE_KEYS, Cat, Lex, Lexicon

# Proclitics a time expression never starts with (they stay outside the span).
_OUTER_PROCLITICS: Final = frozenset("وفبلك")
# The first letters of every proclitic but the article alone (data/text/clitics.json: «و ف ب ل ك س»).
_PROCLITIC_INITIALS: Final = frozenset(
    normalize(p["form"])[0] for p in load_json("text", "clitics.json")["proclitics"] if p["form"] != "ال"
)
_CLOCK_RE: Final = re.compile(r"(\d{1,2})[:.](\d{2})(?::\d{2})?")
_DATE_RE: Final = re.compile(r"(\d{1,4})([/\-.])(\d{1,2})\2(\d{1,4})")


@dataclass(slots=True, init=False)
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

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        kind: str,
        key: str,
        readings: tuple[Lex, ...],
        start: int,
        end: int,
        outer_start: int,
        first_token: int,
        last_token: int,
        proclitics: str = "",
        future_prefix: bool = False,
        number: int | None = None,
        digits: int = 0,
        clock: tuple[int, int] | None = None,
        numdate: tuple[int, int, int, int] | None = None,
        sentence: int = 0,
        cats: frozenset[Cat] = frozenset(),
    ) -> None:
        self.kind = kind
        self.key = key
        self.readings = readings
        self.start = start
        self.end = end
        self.outer_start = outer_start
        self.first_token = first_token
        self.last_token = last_token
        self.proclitics = proclitics
        self.future_prefix = future_prefix
        self.number = number
        self.digits = digits
        self.clock = clock
        self.numdate = numdate
        self.sentence = sentence
        self.cats = cats

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


def _prefixes(token: Token) -> tuple[str, ...]:
    """The proclitics of a word: the tokenizer's analysis, or the same analysis made here for a light token."""
    if token.stem or token.kind != "word":
        return token.prefixes
    return analyze_clitics(token.text).prefixes


def _split_outer(norm: str, prefixes: tuple[str, ...]) -> tuple[str, str]:
    """(outer proclitics, rest) of a word, in normal form, following its clitic analysis."""
    outer = ""
    for part in prefixes:
        if part in _OUTER_PROCLITICS and norm[len(outer) :].startswith(part):
            outer += part
        else:
            break
    rest = norm[len(outer) :]
    if "ال" in prefixes and outer.endswith("ل") and rest.startswith("ل") and not rest.startswith("ال"):
        rest = "ا" + rest  # «للعام» = ل + العام, written with one alef-less ل
    return outer, rest


def _readings(lexicon: Lexicon, key: str, outer: str, norm: str) -> tuple[Lex, ...]:
    found = lexicon.lookup(key)
    if found or not outer:
        return found
    return lexicon.lookup(norm)


# What a word contributes to an item, per written form (the tokenizer gives a written form always the same clitic
# analysis, and its hash is cached by the string): the same few thousand words recur in every article.
class _Word(NamedTuple):
    outer: str  # outer proclitics, normal form
    key: str
    readings: tuple[Lex, ...]
    cats: frozenset[Cat]
    may_phrase: bool
    future: bool
    start_shift: int  # original characters before the key: 0 without outer proclitics
    eager: bool  # may start an expression or a phrase: its item is built by the scan, not on first reading


_NO_CATS: Final[frozenset[Cat]] = frozenset()


# The words that cannot start an item get this until something reads them: their clitic analysis is then made.
_UNREAD: Final = _Word("", "", (), _NO_CATS, False, False, 0, False)


def _may_be_eager(norm: str, keys: frozenset[str]) -> bool:
    """Whether a word could start an item, whatever its clitic analysis says: its key is its normal form less its
    outer proclitics (a run of «وفبلك» letters at its start), or «ا» and that rest after «ل» («للعام»); a word none
    of whose such endings is a lexicon key has no reading, starts no phrase and is no bare article."""
    cut = 0
    while True:
        rest = norm[cut:]
        if rest in keys or (cut and norm[cut - 1] == "ل" and "ا" + rest in keys):
            return True
        if cut + 1 >= len(norm) or norm[cut] not in _OUTER_PROCLITICS:
            return False
        cut += 1


def _word(token: Token, lexicon: Lexicon) -> _Word:
    prefixes = _prefixes(token)
    outer, key = _split_outer(token.norm, prefixes)
    readings = _readings(lexicon, key, outer, token.norm)
    if readings and token.text in lexicon.sets["surface_blockers"]:
        readings = ()  # «آلان» (a name) is not «الآن»
    shift = _original_offset(token, len(outer)) - token.start if outer else 0
    may_phrase = key in lexicon.phrases
    found = _Word(
        outer,
        key,
        readings,
        frozenset(lex.cat for lex in readings) if readings else _NO_CATS,
        may_phrase,
        "س" in prefixes,
        shift,
        bool(readings) or may_phrase or key in ARTICLE_KEYS,
    )
    _remember(token, found)
    return found


def _remember(token: Token, word: _Word) -> None:
    """Keep what the scan made of a word on the word's record (a token built by hand has none: worked out again)."""
    facts = token.facts
    if facts is not None:
        facts.time_word = word


def _known(token: Token) -> _Word | None:
    facts = token.facts
    return None if facts is None else cast(_Word | None, facts.time_word)


class Items(Sequence[Item]):
    """The items of a document, in order. Three words in four of an article start nothing and no rule looks at
    them, so a plain word's item is built the first time something reads it; `eager` lists the positions of all
    other items (numbers, punctuation, words with readings), which the scan built."""

    __slots__ = (
        "_lexicon",
        "_phrase_items",
        "_phrase_shifts",
        "_sentence_of",
        "_tokens",
        "_words",
        "built",
        "eager",
    )

    def __init__(
        self,
        slots: list[Item | None],
        tokens: tuple[Token, ...],
        words: list[_Word | None],
        sentence_of: list[int] | None,
        phrase_items: list[int],
        phrase_shifts: list[int],
        eager: list[int],
        lexicon: Lexicon,
    ) -> None:
        self.built = slots  # None where a plain word's item has not been read yet
        self._tokens = tokens
        self._words = words
        self._sentence_of = sentence_of
        self._phrase_items = phrase_items  # item positions of the multi-word items, ascending
        self._phrase_shifts = phrase_shifts  # tokens absorbed by the phrases up to and including each of them
        self.eager = eager
        self._lexicon = lexicon

    def __len__(self) -> int:
        return len(self.built)

    @overload
    def __getitem__(self, index: int) -> Item: ...

    @overload
    def __getitem__(self, index: slice) -> list[Item]: ...

    def __getitem__(self, index: int | slice) -> Item | list[Item]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self.built)))]
        item = self.built[index]
        if item is None:
            item = self.built[index] = self._plain(index % len(self.built))
        return item

    def _plain(self, position: int) -> Item:
        shifts = self._phrase_shifts
        before = bisect_left(self._phrase_items, position)
        index = position + (shifts[before - 1] if before else 0)
        token = self._tokens[index]
        word = self._words[index]
        assert word is not None  # every word token was read by the scan
        if word is _UNREAD:
            word = self._words[index] = _word(token, self._lexicon)
        sentence = self._sentence_of[index] if self._sentence_of else 0
        return _word_item(token, word, index, sentence)


def _word_item(token: Token, word: _Word, index: int, sentence: int) -> Item:
    """The item of a one-token word (built by the scan for words with readings, on first reading for the others)."""
    return Item("word", word.key, word.readings, token.start + word.start_shift, token.end, token.start, index, index,
                word.outer, word.future, None, 0, None, None, sentence, word.cats)  # fmt: skip


def scan(tokens: tuple[Token, ...], lexicon: Lexicon, sentence_of: list[int] | None = None) -> Items:
    """Items for `tokens`; `sentence_of[i]` is the sentence index of token i (0 when not given)."""
    words: list[_Word | None] = [_known(token) for token in tokens]
    eager_tokens = [index for index, word in enumerate(words) if word is None or word.eager]
    slots: list[Item | None] = []
    eager: list[int] = []
    phrase_items: list[int] = []
    phrase_shifts: list[int] = []
    absorbed = 0  # tokens inside multi-word items so far, beyond their first
    resume = 0  # first token not yet inside an item
    # Item fields are passed positionally: keyword construction costs twice as much.
    for index in eager_tokens:
        if index < resume:
            continue
        token = tokens[index]
        sentence = sentence_of[index] if sentence_of else 0
        if token.kind != "word":
            item = _non_word(token, index, sentence)
        else:
            word = words[index]
            if word is None:
                if not _may_be_eager(token.norm, lexicon.keys):
                    # a word that cannot start with a proclitic other than the article has no outer proclitic
                    # and no future «س»: its key is its normal form, no analysis needed
                    if token.norm[:1] in _PROCLITIC_INITIALS:
                        word = _UNREAD
                    else:
                        word = _Word("", token.norm, (), _NO_CATS, False, False, 0, False)
                    words[index] = word
                    _remember(token, word)
                    continue
                word = words[index] = _word(token, lexicon)
                if not word.eager:
                    continue
            start = token.start + word.start_shift
            phrase = _match_phrase(tokens, index, word.key, lexicon) if word.may_phrase else None
            if phrase is not None:
                last, phrase_readings = phrase
                key = word.key + " " + " ".join(t.norm for t in tokens[index + 1 : last + 1])
                item = Item("word", key, phrase_readings, start, tokens[last].end, token.start, index, last,
                            word.outer, False, None, 0, None, None, sentence,
                            frozenset(lex.cat for lex in phrase_readings))  # fmt: skip
                resume = last + 1
            else:
                item = _word_item(token, word, index, sentence)
        position = index - absorbed
        slots.extend([None] * (position - len(slots)))
        slots.append(item)
        eager.append(position)
        if item.last_token > index:
            absorbed += item.last_token - index
            phrase_items.append(position)
            phrase_shifts.append(absorbed)
    slots.extend([None] * (len(tokens) - absorbed - len(slots)))
    return Items(slots, tokens, words, sentence_of, phrase_items, phrase_shifts, eager, lexicon)


def _non_word(token: Token, index: int, sentence: int) -> Item:
    norm = token.norm
    kind: str = token.kind
    number: int | None = None
    clock: tuple[int, int] | None = None
    numdate: tuple[int, int, int, int] | None = None
    if kind == "number":
        if norm.isdigit():
            number = int(norm)
        else:
            clock = _clock(norm)
    elif kind == "time":
        clock = _clock(norm)
        if clock is not None:
            kind = "clock"
    elif kind == "date":
        numeric = _DATE_RE.fullmatch(norm)
        if numeric:
            kind = "numdate"
            numdate = (int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4)), len(numeric.group(1)))
    digits = len(norm) if number is not None else 0
    return Item(kind, norm, (), token.start, token.end, token.start, index, index, "", False, number, digits, clock,
                numdate, sentence, _NO_CATS)  # fmt: skip


def _clock(norm: str) -> tuple[int, int] | None:
    found = _CLOCK_RE.fullmatch(norm)
    if found and int(found.group(1)) <= 24 and int(found.group(2)) < 60:
        return int(found.group(1)), int(found.group(2))
    return None


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
