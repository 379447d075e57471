"""The per-word caches of the stages, emptied together when a long-running process must give memory back.

Every stage remembers what it worked out for a written word (clitic analyses, readings, name keys, input
projections) in a bounded cache, because the same few thousand words recur in every article. Each bound alone is
modest; together and full they are most of a process's memory above its models. `forget_words()` empties them
all and keeps the models, lexicons and knowledge base: the next articles only pay again for their first words.

What a stage works out for the word of a token is kept on the word's shared record (`rasd.text.words`), which
goes with the tokenizer's analyses and is emptied with them; the caches here hold what is keyed otherwise (a
span's name key, a chunk of text, a word of the entity tagger). A cache registers how to empty itself: a
module-level one with `word_cache(clear)`, one held by an object with `word_cache_of(owner, "method")` (held
weakly: a discarded owner is not kept alive by the registry).

A pure function of words is memoised with `@per_word(limit)`: an unbounded `functools.cache`, which
`trim_word_caches()` (run by the pipeline after each batch of documents) empties once it holds more than `limit`
entries. A hit is then one dict lookup in C; a bounded `lru_cache` also relinks its recency list on every hit, a
few more memory reads that cost 80-130 ns a call on a busy machine, on thousands of calls per article.
"""

from __future__ import annotations

import functools
import gc
import weakref
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

_CLEARERS: list[Callable[[], object]] = []
_OWNED: list[tuple[weakref.ref[object], str]] = []
_LIMITED: list[tuple[Sized, int]] = []
_F = TypeVar("_F", bound=Callable[..., Any])
_K = TypeVar("_K")
_V = TypeVar("_V")


class Sized(Protocol):
    """A `functools.cache` wrapper as `trim_word_caches` sees it."""

    def cache_info(self) -> functools._CacheInfo: ...

    def cache_clear(self) -> None: ...


def remember(cache: dict[_K, _V], key: _K, value: _V, limit: int) -> _V:
    """Put `value` in a plain-dict word cache, emptied first when it holds `limit` entries; returns `value`.

    The miss path of the hot per-word caches, which look a word up with `cache.get` inline (a C call in the compiled
    build) and come here only for a word they have not seen."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value


def per_word(limit: int) -> Callable[[_F], _F]:
    """Memoise a pure function of words (see the module docstring); `forget_words()` empties it too."""

    def wrap(function: _F) -> _F:
        cached = functools.cache(function)
        limited(cached, limit)
        return cached  # type: ignore[return-value]

    return wrap


def limited(cached: Sized, limit: int) -> None:
    """Register a `functools.cache` wrapper to be emptied when it holds more than `limit` entries."""
    _LIMITED.append((cached, limit))
    _CLEARERS.append(cached.cache_clear)


def trim_word_caches() -> None:
    """Empty the `per_word` caches grown past their limit (cheap: a size check each)."""
    for cached, limit in _LIMITED:
        if cached.cache_info().currsize > limit:
            cached.cache_clear()


def word_cache(clear: Callable[[], object]) -> None:
    """Register a module-level per-word cache by its emptying callable (`dict.clear`, an lru_cache's `cache_clear`)."""
    _CLEARERS.append(clear)


def word_cache_of(owner: object, method: str) -> None:
    """Register the per-word caches of `owner`: `getattr(owner, method)()` empties them while the owner lives."""
    try:
        _OWNED.append((weakref.ref(owner), method))
    except TypeError:  # a class compiled by mypyc (`make fast`) takes no weak references: keep the owner alive
        _CLEARERS.append(getattr(owner, method))


def forget_words() -> int:
    """Empty every registered per-word cache, then collect; returns how many caches were emptied."""
    emptied = 0
    for clear in _CLEARERS:
        clear()
        emptied += 1
    alive = []
    for ref, method in _OWNED:
        owner = ref()
        if owner is not None:
            getattr(owner, method)()
            emptied += 1
            alive.append((ref, method))
    _OWNED[:] = alive
    gc.collect()
    return emptied
