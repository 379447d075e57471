"""Features of the NER tagger: clitic-aware word features, word clusters, gazetteer matches, and a context window.

A token's own features depend only on its written form, so they are computed once per distinct word and cached;
the context window then reuses the neighbours' cached features under a position prefix. This keeps feature
extraction cheap enough for tens of thousands of tokens a second on one core.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

from rasd.caches import per_word
from rasd.entities.forms import word_form
from rasd.resources import data_path


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the tagger knows about one written word, independent of its context."""

    own: tuple[str, ...]  # features used for the word itself
    context: tuple[str, ...]  # the smaller set repeated for neighbours
    stem: str  # matching-normal form without clitics (gazetteer key)


@cache
def load_clusters() -> dict[str, tuple[str, ...]]:
    """Word -> cluster ids at several granularities (built by training/build_ner_clusters.py)."""
    path = data_path("entities", "clusters.tsv.gz")
    clusters: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return clusters
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        names = header[1:]
        for line in fh:
            word, *ids = line.rstrip("\n").split("\t")
            clusters[word] = tuple(f"{name}={value}" for name, value in zip(names, ids, strict=True))
    return clusters


@per_word(200_000)
def word_info(word: str) -> WordInfo:
    form = word_form(word)
    norm, stem, shape = form.norm, form.stem, form.shape
    own = [f"w={norm}", f"shape={shape}"]
    if form.edge_punct:
        own.append("edgepunct")
    if shape == "ar":
        if form.prefixes:
            own.append("pre=" + form.prefixes)
        if form.suffix:
            own.append("suf=" + form.suffix)
        own.append(f"stem={stem}")
        for n in (1, 2, 3):
            if len(stem) > n:
                own.append(f"s{n}={stem[:n]}")
                own.append(f"e{n}={stem[-n:]}")
        own.append(f"len={min(len(stem), 8)}")
    elif form.latin_lower:
        own.append(f"lower={form.latin_lower}")
    clusters = load_clusters()
    cluster_ids = clusters.get(norm.lower()) or (clusters.get(stem) if stem != norm else None) or ()
    own.extend(cluster_ids)
    if not cluster_ids and shape == "ar":
        own.append("nocluster")
    context = [f"w={norm}", f"stem={stem}", *cluster_ids[:2]]
    return WordInfo(tuple(own), tuple(context), stem)


_WINDOW: Final = (-2, -1, 1, 2)


def sentence_features(words: Sequence[str], gazetteer_tags: Sequence[str] | None = None) -> list[list[str]]:
    """CRF items for one sentence: each token's own features plus its neighbours' under position prefixes."""
    infos = [word_info(w) for w in words]
    n = len(infos)
    out: list[list[str]] = []
    for i, info in enumerate(infos):
        feats = ["bias", *info.own]
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        for offset in _WINDOW:
            j = i + offset
            if 0 <= j < n:
                feats.extend(f"{offset}:{f}" for f in infos[j].context)
        if i > 0:
            feats.append(f"bi-1={infos[i - 1].stem}|{info.stem}")
        if i + 1 < n:
            feats.append(f"bi+1={info.stem}|{infos[i + 1].stem}")
        if gazetteer_tags is not None:
            tag = gazetteer_tags[i]
            if tag != "O":
                feats.append(f"gaz={tag}")
                feats.append(f"gazl={tag[2:]}")
            for offset in (-1, 1):
                j = i + offset
                if 0 <= j < n and gazetteer_tags[j] != "O":
                    feats.append(f"{offset}:gaz={gazetteer_tags[j]}")
        out.append(feats)
    return out
