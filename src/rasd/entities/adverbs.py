"""Adverbs and accusative adjectives read as names: «نوويا» (in nuclear terms), «تلفزيونيا», «دستوريا».

An Arabic relational adjective («نووي», «تلفزيوني») with the accusative ending «ـاً» is an adverb or an indefinite
adjective. The tagger reads some of them as names: «نوويا» as a place (a district of Uganda is spelt so), «جمهوريا»
as a person. After tagging, a one-word entity that ends in «يا» is dropped when the news knows both the adjective
(«نووي») and its feminine («نووية») and writes the feminine more often than the word itself: a country or a name
ending in «يا» («سوريا», «كوريا», «ماريا») is written far more often than any feminine adjective that shares its
letters. Gentilics («فلسطينيا», «سعوديا») are left as tagged: the actors stage reads them as the country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from rasd.actors.kb import knowledge_base
from rasd.caches import remember, word_cache
from rasd.entities.conll import chunks
from rasd.text.clitics import load_word_frequencies
from rasd.text.normalize import devocalize

MIN_ADJECTIVE: Final = 20  # the adjective and its feminine seen at least this often in the news

_ADVERBS: dict[str, bool] = {}
_ADVERBS_LIMIT = 100_000
word_cache(_ADVERBS.clear)


def is_adverb(word: str) -> bool:
    """Whether the written word is a relational adjective with the accusative «ـاً» (remembered per word)."""
    found = _ADVERBS.get(word)
    if found is None:
        found = remember(_ADVERBS, word, _is_adverb(word), _ADVERBS_LIMIT)
    return found


def _is_adverb(word: str) -> bool:
    text = devocalize(word)
    if not text.endswith("يا") or len(text) < 5:
        return False
    adjective = text[:-1]
    frequencies = load_word_frequencies()
    feminine = frequencies.get(adjective + "ة", 0)
    if frequencies.get(adjective, 0) < MIN_ADJECTIVE or feminine < MIN_ADJECTIVE:
        return False
    if frequencies.get(text, 0) >= feminine:
        return False
    return knowledge_base().find_demonym(adjective) is None


def drop_adverbs(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """`tags` without the one-word entities that are adverbs or accusative adjectives («نوويا»)."""
    out = list(tags)
    for first, last, _label in chunks(out):
        if last - first == 1 and is_adverb(words[first]):
            out[first] = "O"
    return out
