"""Clitic analysis for lexicon lookup: proclitics (و ف ب ل ك س ال and their combinations), pronoun enclitics, bare stem.

The clitic inventory is data (`data/text/clitics.json`). Which segmentation wins is decided by evidence from a
frequency lexicon built from unlabelled news (`data/text/word_freq.tsv.gz`, see `training/build_word_freq.py`):
a candidate stem is supported by how often it occurs in the corpus with *other* clitics or bare. A word whose first
letter belongs to it («وزير», «بريطانيا») is seen with its own article and prepositions («الوزير», «لبريطانيا»)
while the stem left after wrongly stripping («زير») is not, so the whole word wins. Function words whose letters
look like clitics are listed in `data/text/protected_words.json`.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache, lru_cache
from math import log2
from typing import Any

from rasd.resources import data_path, load_json
from rasd.text.normalize import devocalize, normalize


@dataclass(frozen=True, slots=True)
class CliticAnalysis:
    prefixes: tuple[str, ...]
    stem: str  # in matching-normal form
    suffixes: tuple[str, ...]
    surface_stem: str  # the stem as written (devocalised, hamza and ta marbuta kept)


@dataclass(frozen=True, slots=True)
class _Proclitic:
    form: str
    parts: tuple[str, ...]
    next_letters: str


class CliticAnalyzer:
    def __init__(self, spec: dict[str, Any], frequencies: dict[str, int], protected: frozenset[str]) -> None:
        self._proclitics = sorted(
            (_Proclitic(p["form"], tuple(p["parts"]), p.get("next", "")) for p in spec["proclitics"]),
            key=lambda p: -len(p.form),
        )
        self._enclitics = sorted((e["form"] for e in spec["enclitics"]), key=len, reverse=True)
        self._restore = [(r["from"], r["to"]) for r in spec["restore"]]
        self._min_stem = int(spec["min_stem"])
        self._min_support = int(spec["min_support"])
        self._min_ratio = float(spec["min_ratio"])
        self._frequencies = frequencies
        self._protected = protected
        self.analyze = lru_cache(maxsize=300_000)(self._analyze)
        self._support_terms = lru_cache(maxsize=300_000)(self._terms_of)
        # where the analysed word itself sits among a stem's support terms: position 0 bare, 1 + i behind proclitic i
        positions: dict[str, list[int]] = {"": [0]}
        for index, proclitic in enumerate(self._proclitics):
            positions.setdefault(proclitic.form, []).append(index + 1)
        self._positions_of_form = {form: frozenset(found) for form, found in positions.items()}

    def support(self, stem: str, excluding: str = "") -> float:
        """Corpus evidence that `stem` is a word: how often, and behind how many different proclitics, it occurs.

        Log counts reward diversity: one frequent look-alike («بلد» for a stem «لد») weighs less than a stem seen
        bare, with the article and with prepositions. The analysed word itself (`excluding`) is no evidence.
        """
        terms = self._support_terms(stem)
        if not excluding.endswith(stem):
            return sum(terms)
        skipped = self._positions_of_form.get(excluding[: len(excluding) - len(stem)], ())
        return sum(term for position, term in enumerate(terms) if position not in skipped)

    def _terms_of(self, stem: str) -> tuple[float, ...]:
        """log(1 + count) of the stem bare, then behind each proclitic in turn (memoised: stems recur across words)."""
        freq = self._frequencies.get
        return (log2(1 + freq(stem, 0)), *(log2(1 + freq(p.form + stem, 0)) for p in self._proclitics))

    def is_attested(self, stem: str, word: str) -> bool:
        """A stem must occur as a word of its own, bare or with the article, before anything is stripped to reach it.

        It must also not be much rarer than the word analysed: «لد» (seen only as a place name) cannot explain
        the frequent «ولد», while «أضاف» explains «وأضاف».
        """
        freq = self._frequencies.get
        seen = freq(stem, 0) + freq("ال" + stem, 0)
        return seen >= max(self._min_support, self._min_ratio * freq(word, 0))

    def _candidates(self, word: str) -> list[tuple[_Proclitic | None, str, str | None]]:
        out: list[tuple[_Proclitic | None, str, str | None]] = [(None, word, None)]
        heads: list[tuple[_Proclitic | None, str]] = [(None, word)]
        for candidate in self._proclitics:
            if word.startswith(candidate.form):
                rest = word[len(candidate.form) :]
                if len(rest) >= self._min_stem and (not candidate.next_letters or rest[0] in candidate.next_letters):
                    heads.append((candidate, rest))
                    out.append((candidate, rest, None))
        for proclitic, rest in heads:
            for enclitic in self._enclitics:
                if rest.endswith(enclitic) and len(rest) - len(enclitic) >= self._min_stem:
                    body = rest[: -len(enclitic)]
                    out.append((proclitic, body, enclitic))
                    for written, restored in self._restore:
                        if body.endswith(written):
                            out.append((proclitic, body[: -len(written)] + restored, enclitic))
        return out

    def _analyze(self, word: str) -> CliticAnalysis:
        light = devocalize(word)
        if light in self._protected or normalize(light) in self._protected:
            return CliticAnalysis((), normalize(light), (), light)
        best: tuple[_Proclitic | None, str, str | None] = (None, light, None)
        best_score = self.support(light, excluding=light)
        for proclitic, stem, enclitic in self._candidates(light)[1:]:
            if stem in self._protected:
                score = best_score + 1.0
            elif self.is_attested(stem, light):
                score = self.support(stem, excluding=light)
            else:
                continue
            if score > best_score:
                best, best_score = (proclitic, stem, enclitic), score
        proclitic, stem, enclitic = best
        return CliticAnalysis(
            prefixes=proclitic.parts if proclitic else (),
            stem=normalize(stem),
            suffixes=(enclitic,) if enclitic else (),
            surface_stem=stem,
        )


@cache
def load_word_frequencies() -> dict[str, int]:
    frequencies: dict[str, int] = {}
    with gzip.open(data_path("text", "word_freq.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition("\t")
            if count:
                frequencies[word] = int(count)
    return frequencies


@cache
def default_analyzer() -> CliticAnalyzer:
    protected = frozenset(load_json("text", "protected_words.json")["words"])
    protected |= frozenset(normalize(w) for w in protected)
    return CliticAnalyzer(load_json("text", "clitics.json"), load_word_frequencies(), protected)


def analyze_clitics(word: str) -> CliticAnalysis:
    """Segment one Arabic word into proclitics, stem and enclitic."""
    return default_analyzer().analyze(word)
