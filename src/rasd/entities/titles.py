"""Titles of works: a quoted phrase after «بعنوان» or a noun such as «برنامج», «فيلم», «كتاب» is MISC.

ANERcorp tags the titles of programmes, films, books and songs MISC («برنامج « الناس وأنا »»); the network finds few
of them, as a title is made of ordinary words. After tagging, a phrase of up to `MAX_WORDS` words between quotation
marks right after one of the nouns of data/entities/work_nouns.txt becomes MISC when the tagger left it untagged or
read it as one organisation or MISC entity (a programme read as a channel); a quoted phrase holding a person or a
place is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Final

from rasd.entities.conll import chunks
from rasd.entities.forms import WordForm, word_forms
from rasd.resources import data_path

MAX_WORDS: Final = 6
_QUOTES: Final = frozenset("\"«»“”'‘’")


@cache
def work_nouns() -> frozenset[str]:
    with data_path("entities", "work_nouns.txt").open(encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def _is_quote(word: str) -> bool:
    return bool(word) and all(char in _QUOTES for char in word)


def _is_work_noun(form: WordForm, nouns: frozenset[str]) -> bool:
    return form.shape == "ar" and not form.edge_punct and form.stem in nouns and "ال" not in form.prefixes


def mark_titles(words: Sequence[str], tags: Sequence[str], forms: Sequence[WordForm] | None = None) -> list[str]:
    """`tags` with quoted titles after a work noun tagged MISC (`forms`: the words' `word_forms`, when the caller
    has them)."""
    out = list(tags)
    if forms is None:
        forms = word_forms(words)
    nouns = work_nouns()
    for i in range(len(words) - 2):
        if not _is_work_noun(forms[i], nouns):
            continue
        first = i + 1
        if not _is_quote(words[first]):
            continue
        while first < len(words) and _is_quote(words[first]):
            first += 1
        last = first
        while last < len(words) and last - first <= MAX_WORDS and not _is_quote(words[last]):
            last += 1
        if last == first or last >= len(words) or last - first > MAX_WORDS or not _is_quote(words[last]):
            continue
        if forms[first].shape == "punct" or forms[last - 1].shape == "punct":
            continue  # «فيلم"، مشيرا إلى "»: the quotation mark after the noun closed a phrase
        span = out[first:last]
        entities = list(chunks(span))
        untagged = not entities
        one_entity = len(entities) == 1 and entities[0][:2] == (0, last - first) and entities[0][2] in ("ORG", "MISC")
        if untagged or one_entity:
            out[first:last] = ["B-MISC", *["I-MISC"] * (last - first - 1)]
    return out
