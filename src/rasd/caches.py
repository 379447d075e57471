"""The per-word caches of the stages, emptied together when a long-running process must give memory back.

Every stage remembers what it worked out for a written word (clitic analyses, readings, name keys, input
projections) in a bounded cache, because the same few thousand words recur in every article. Each bound alone is
modest; together and full they are most of a process's memory above its models. `forget_words()` empties them
all and keeps the models, lexicons and knowledge base: the next articles only pay again for their first words.

A cache registers how to empty itself: a module-level one with `word_cache(clear)`, one held by an object with
`word_cache_of(owner, "method")` (held weakly: a discarded owner is not kept alive by the registry).
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

_CLEARERS: list[Callable[[], object]] = []
_OWNED: list[tuple[weakref.ref[object], str]] = []


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
