"""News agencies as datelines name them («(رويترز)», «(CNN)», «/أ ش أ/»): the list is data/text/news_agencies.json."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from rasd.resources import load_json
from rasd.text.normalize import normalize

_SEPARATORS = re.compile(r"[\s.]+")


def agency_words(name: str) -> tuple[str, ...]:
    """The words of a name as the tokenizer leaves them, normal form, lower case, abbreviation dots dropped."""
    return tuple(word for word in _SEPARATORS.split(normalize(name).lower()) if word)


@cache
def _agencies() -> frozenset[tuple[str, ...]]:
    return frozenset(agency_words(name) for name in load_json("text", "news_agencies.json")["agencies"])


def starts_with_agency(words: Sequence[str]) -> bool:
    """Whether `words` (normal form, lower case, no punctuation) begin with a listed agency's name."""
    return any(tuple(words[: len(agency)]) == agency for agency in _agencies())
