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

from rasd.caches import word_cache_of
from rasd.resources import data_path, load_json
from rasd.text.normalize import devocalize, normalize


@dataclass(frozen=True, slots=True, init=False)
class CliticAnalysis:
    prefixes: tuple[str, ...]
    stem: str  # in matching-normal form
    suffixes: tuple[str, ...]
    surface_stem: str  # the stem as written (devocalised, hamza and ta marbuta kept)

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        prefixes: tuple[str, ...],
        stem: str,
        suffixes: tuple[str, ...],
        surface_stem: str,
    ) -> None:
        object.__setattr__(self, "prefixes", prefixes)
        object.__setattr__(self, "stem", stem)
        object.__setattr__(self, "suffixes", suffixes)
        object.__setattr__(self, "surface_stem", surface_stem)


_HAMZA_ALIFS = ("أ", "إ")
_HAMZA_STEM = 3  # letters of a stem read through a dropped hamza, at least
_ARTICLE_FORMS = ("ال", "لل")
_HAMZA_RATIO = 10  # how much more often the hamzated spelling must be written than the bare one


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
        word_cache_of(self, "forget_words")
        # where the analysed word itself sits among a stem's support terms: position 0 bare, 1 + i behind proclitic i
        positions: dict[str, list[int]] = {"": [0]}
        for index, proclitic in enumerate(self._proclitics):
            positions.setdefault(proclitic.form, []).append(index + 1)
        self._positions_of_form = {form: frozenset(found) for form, found in positions.items()}
        # proclitics by form, each list in the order of `self._proclitics`, tried longest form first
        self._proclitics_of_form: dict[str, list[_Proclitic]] = {}
        for proclitic in self._proclitics:
            self._proclitics_of_form.setdefault(proclitic.form, []).append(proclitic)
        self._proclitic_lengths = sorted({len(form) for form in self._proclitics_of_form}, reverse=True)
        self._enclitic_set = frozenset(self._enclitics)
        self._enclitic_lengths = sorted({len(form) for form in self._enclitics if form}, reverse=True)
        self._support_index = _support_index(frequencies, positions)

    def forget_words(self) -> None:
        self.analyze.cache_clear()

    def support(self, stem: str, excluding: str = "") -> float:
        """Corpus evidence that `stem` is a word: how often, and behind how many different proclitics, it occurs.

        Log counts reward diversity: one frequent look-alike («بلد» for a stem «لد») weighs less than a stem seen
        bare, with the article and with prepositions. The analysed word itself (`excluding`) is no evidence.
        """
        entries = self._support_index.get(stem, ())
        if not excluding.endswith(stem):
            return sum((term for _, term in entries), 0.0)
        skipped = self._positions_of_form.get(excluding[: len(excluding) - len(stem)], ())
        return sum((term for position, term in entries if position not in skipped), 0.0)

    def attestation_needed(self, word: str) -> float:
        """How often a stem must occur as a word of its own, bare or with the article, before anything is stripped
        from `word` to reach it. It must also not be much rarer than the word analysed: «لد» (seen only as a place
        name) cannot explain the frequent «ولد», while «أضاف» explains «وأضاف»."""
        return max(self._min_support, self._min_ratio * self._frequencies.get(word, 0))

    def _candidates(self, word: str) -> list[tuple[_Proclitic | None, str, str | None]]:
        out: list[tuple[_Proclitic | None, str, str | None]] = [(None, word, None)]
        heads: list[tuple[_Proclitic | None, str]] = [(None, word)]
        min_stem = self._min_stem
        for length in self._proclitic_lengths:  # longest first, as `self._proclitics` is ordered
            if len(word) - length < min_stem:
                continue
            rest = word[length:]
            for candidate in self._proclitics_of_form.get(word[:length], ()):
                if not candidate.next_letters or rest[0] in candidate.next_letters:
                    heads.append((candidate, rest))
                    out.append((candidate, rest, None))
        # every head ends as the word does, so the enclitics it may carry are read once, longest first
        enclitics = self._enclitic_set
        endings = [(length, word[-length:]) for length in self._enclitic_lengths if word[-length:] in enclitics]
        if not endings:
            return out
        for proclitic, rest in heads:
            for length, enclitic in endings:
                if len(rest) - length >= min_stem:
                    body = rest[:-length]
                    out.append((proclitic, body, enclitic))
                    for written, restored in self._restore:
                        if body.endswith(written):
                            out.append((proclitic, body[: -len(written)] + restored, enclitic))
        return out

    def _analyze(self, word: str) -> CliticAnalysis:
        light = devocalize(word)
        protected = self._protected
        if light in protected or normalize(light) in protected:
            return CliticAnalysis((), normalize(light), (), light)
        hamzated = self._hamza_spelling(light)
        if hamzated is not None:
            found = self.analyze(hamzated)
            if found.prefixes:
                surface = found.surface_stem
                if surface[:1] in _HAMZA_ALIFS:
                    surface = "ا" + surface[1:]  # the stem as written here, without its hamza
                return CliticAnalysis(found.prefixes, found.stem, found.suffixes, surface)
        return self._segment(light)

    def _hamza_spelling(self, light: str) -> str | None:
        """«واطلقوا», «واعلن», «لاعلان»: a word written with a bare alif after a proclitic where the corpus far more
        often writes the hamza («وأطلقوا», «لإعلان»; outlets that drop it are few): the hamzated spelling, analysed in
        its place. Not where the bare spelling is the usual one («وافق», «واحد», «كان»: the alif is the word's own),
        nor before a stem of two letters («بان»)."""
        freq = self._frequencies.get
        own = freq(light, 0)
        best: tuple[int, str] | None = None
        for length in self._proclitic_lengths:
            if len(light) - length < _HAMZA_STEM or light[length : length + 1] != "ا":
                continue
            proclitic = light[:length]
            if proclitic not in self._proclitics_of_form or proclitic.endswith(_ARTICLE_FORMS):
                continue  # «الاوروبي»: a noun with the article is left as it was read (names are matched so)
            if light[length : length + 2] == "ال":
                continue
            for alif in _HAMZA_ALIFS:
                spelled = light[:length] + alif + light[length + 1 :]
                count = freq(spelled, 0)
                if count >= self._min_support and count > _HAMZA_RATIO * own and (best is None or count > best[0]):
                    best = (count, spelled)
        return best[1] if best is not None else None

    def _segment(self, light: str) -> CliticAnalysis:
        protected = self._protected
        best: tuple[_Proclitic | None, str, str | None] = (None, light, None)
        best_score = self.support(light, excluding=light)
        freq = self._frequencies.get
        needed = self.attestation_needed(light)
        for candidate in self._candidates(light)[1:]:
            stem = candidate[1]
            if stem in protected:
                score = best_score + 1.0
            elif freq(stem, 0) + freq("ال" + stem, 0) >= needed:
                score = self.support(stem, excluding=light)
            else:
                continue
            if score > best_score:
                best, best_score = candidate, score
        proclitic, stem, enclitic = best
        return CliticAnalysis(
            prefixes=proclitic.parts if proclitic else (),
            stem=normalize(stem),
            suffixes=(enclitic,) if enclitic else (),
            surface_stem=stem,
        )


def _support_index(
    frequencies: dict[str, int], positions_of_form: dict[str, list[int]]
) -> dict[str, tuple[tuple[int, float], ...]]:
    """For every stem the corpus attests, its non-zero support terms log2(1 + count) as (position, term), positions
    ascending (bare 0, behind proclitic i at 1 + i): built once so that a new word costs one lookup per candidate stem,
    not one per proclitic. Summing only the non-zero terms in position order gives the same floats as summing all."""
    found: dict[str, list[tuple[int, float]]] = {}
    add = found.setdefault
    positions_of = {form: tuple(sorted(found)) for form, found in positions_of_form.items() if form}.get
    lengths = sorted({len(form) for form in positions_of_form if form})
    for word, count in frequencies.items():
        if count <= 0:
            continue
        term = log2(1 + count)
        add(word, []).append((0, term))
        for length in lengths:
            positions = positions_of(word[:length])
            if positions is not None:
                entries = add(word[length:], [])
                for position in positions:
                    entries.append((position, term))
    # tuples of numbers: the garbage collector stops tracking them, where 100,000 lists would be walked by every
    # full collection for the life of the process
    return {stem: tuple(sorted(entries)) if len(entries) > 1 else tuple(entries) for stem, entries in found.items()}


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
