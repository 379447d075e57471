"""Gazetteer matches as tagger features: longest known names over the clitic-stripped stems of a sentence.

The gazetteer (`data/entities/gazetteer.tsv.gz`, built by training/build_ner_gazetteer.py) lists names as
sequences of stems with a label (PERS, LOC, ORG, MISC). Matching on stems lets «وموسكو» and «لموسكو» hit «موسكو».
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import cache

from rasd.entities.forms import word_form
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


@cache
def _names_by_length() -> dict[str, tuple[tuple[int, dict[tuple[str, ...], str]], ...]]:
    """First stem -> (length, {stems of a name: label}) longest first, each name with the label of its first entry
    in `load_gazetteer`'s order: one lookup per length instead of comparing every name that starts with the stem."""
    index: dict[str, tuple[tuple[int, dict[tuple[str, ...], str]], ...]] = {}
    for first, candidates in load_gazetteer().items():
        by_length: dict[int, dict[tuple[str, ...], str]] = {}
        for names, label in candidates:
            by_length.setdefault(len(names), {}).setdefault(names, label)
        index[first] = tuple(sorted(by_length.items(), key=lambda item: -item[0]))
    return index


def gazetteer_matches(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """The longest gazetteer names found left to right in `words`, as (first word, words, label)."""
    gazetteer = _names_by_length()
    stems = [word_form(w).stem for w in words]
    found: list[tuple[int, int, str]] = []
    free = 0  # the first word not inside a name already matched
    for i in [i for i, stem in enumerate(stems) if stem in gazetteer]:  # few words start a known name
        if i < free:
            continue
        for length, names in gazetteer[stems[i]]:
            label = names.get(tuple(stems[i : i + length]))
            if label is not None:
                free = i + length
                found.append((i, length, label))
                break
    return found


def gazetteer_tags(words: Sequence[str]) -> list[str]:
    """BIO tags of the longest gazetteer names found left to right in `words` ("O" elsewhere)."""
    tags = ["O"] * len(words)
    for first, length, label in gazetteer_matches(words):
        tags[first] = "B-" + label
        for j in range(first + 1, first + length):
            tags[j] = "I-" + label
    return tags
