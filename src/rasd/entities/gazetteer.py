"""Gazetteer matches as tagger features: longest known names over the clitic-stripped stems of a sentence.

The gazetteer (`data/entities/gazetteer.tsv.gz`, built by training/build_ner_gazetteer.py) lists names as
sequences of stems with a label (PERS, LOC, ORG, MISC). Matching on stems lets «وموسكو» and «لموسكو» hit «موسكو».
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import cache

from rasd.entities.features import word_info
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


def gazetteer_tags(words: Sequence[str]) -> list[str]:
    """BIO tags of the longest gazetteer names found left to right in `words` ("O" elsewhere)."""
    entries = load_gazetteer()
    stems = [word_info(w).stem for w in words]
    tags = ["O"] * len(stems)
    i = 0
    while i < len(stems):
        matched = 0
        for names, label in entries.get(stems[i], ()):
            if tuple(stems[i : i + len(names)]) == names:
                matched = len(names)
                tags[i] = "B-" + label
                for j in range(i + 1, i + matched):
                    tags[j] = "I-" + label
                break
        i += matched or 1
    return tags
