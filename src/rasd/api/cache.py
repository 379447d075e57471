"""A small LRU cache for the aggregate endpoints (stats, timeline, network, locations).

Caching is safe because the server holds the database open read-only for its whole life: DuckDB then refuses any
writer, so an answer can never go stale while the server runs. The dashboard asks the same aggregates again as a
user moves between views; the cache makes those answers immediate.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class AnswerCache:
    """At most `entries` answers, least recently used dropped first; `entries=0` turns caching off."""

    def __init__(self, entries: int) -> None:
        self.entries = entries
        self._answers: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        if self.entries <= 0:
            return compute()
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                self.hits += 1
                return self._answers[key]  # type: ignore[return-value]
        answer = compute()  # outside the lock: a slow query must not block cached answers
        with self._lock:
            self.misses += 1
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.entries:
                self._answers.popitem(last=False)
        return answer
