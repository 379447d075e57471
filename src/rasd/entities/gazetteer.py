"""Gazetteer matches as tagger features: longest known names over the clitic-stripped stems of a sentence.

The gazetteer (`data/entities/gazetteer.tsv.gz`, built by training/build_ner_gazetteer.py) lists names as
sequences of stems with a label (PERS, LOC, ORG, MISC). Matching on stems lets «وموسكو» and «لموسكو» hit «موسكو».
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import cache
from typing import cast

from rasd.entities.forms import WordForm, word_forms
from rasd.resources import data_path

Gazetteer = dict[str, list[tuple[tuple[str, ...], str]]]


@cache
def load_gazetteer() -> Gazetteer:
    """First stem -> [(stems of the whole name, label)], longest names first."""
    path = data_path("entities", "gazetteer.tsv.gz")
    entries: Gazetteer = {}
    if not path.exists():
        return entries
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            name, _, label = line.rstrip("\n").partition("\t")
            stems = tuple(name.split(" "))
            if stems and label:
                entries.setdefault(stems[0], []).append((stems, label))
    for candidates in entries.values():
        candidates.sort(key=lambda item: -len(item[0]))
    return entries


# first stem -> (the names of two or more stems: (length, {stems: label}) longest first; the label of the one-stem
# name, or None)
_Entry = tuple[tuple[tuple[int, dict[tuple[str, ...], str]], ...], str | None]
_Index = dict[str, _Entry]


@cache
def _names_by_length() -> _Index:
    """First stem -> (length, {stems of a name: label}) longest first for the names of two or more stems, and the
    label of the one-stem name (or None), each name with the label of its first entry in `load_gazetteer`'s order:
    one lookup per length instead of comparing every name that starts with the stem, and none for a single stem."""
    index: _Index = {}
    for first, candidates in load_gazetteer().items():
        by_length: dict[int, dict[tuple[str, ...], str]] = {}
        for names, label in candidates:
            by_length.setdefault(len(names), {}).setdefault(names, label)
        single = by_length.pop(1, {}).get((first,))
        index[first] = (tuple(sorted(by_length.items(), key=lambda item: -item[0])), single)
    return index


def gazetteer_matches(words: Sequence[str], forms: Sequence[WordForm] | None = None) -> list[tuple[int, int, str]]:
    """The longest gazetteer names found left to right in `words`, as (first word, words, label); `forms`: the words'
    `word_forms`, when the caller has them."""
    gazetteer = _names_by_length()
    if forms is None:
        forms = word_forms(words)
    stems = [form.stem for form in forms]
    found: list[tuple[int, int, str]] = []
    free = 0  # the first word not inside a name already matched
    for i, form in enumerate(forms):
        if not form.gazetteer_read:  # remembered on the form: every word is asked, few start a known name
            form.gazetteer_entry = gazetteer.get(form.stem)
            form.gazetteer_read = True
        entry = cast(_Entry | None, form.gazetteer_entry)
        if entry is None or i < free:
            continue
        longer, single = entry
        for length, names in longer:
            label = names.get(tuple(stems[i : i + length]))
            if label is not None:
                free = i + length
                found.append((i, length, label))
                break
        else:
            if single is not None:
                free = i + 1
                found.append((i, 1, single))
    return found


def gazetteer_tags(words: Sequence[str]) -> list[str]:
    """BIO tags of the longest gazetteer names found left to right in `words` ("O" elsewhere)."""
    tags = ["O"] * len(words)
    for first, length, label in gazetteer_matches(words):
        tags[first] = "B-" + label
        for j in range(first + 1, first + length):
            tags[j] = "I-" + label
    return tags
