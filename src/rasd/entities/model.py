"""The trained CRF tagger (python-crfsuite), loaded once per process from `data/entities/ner.crfsuite`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pycrfsuite

from rasd.entities.consistency import propagate
from rasd.entities.features import sentence_features
from rasd.entities.gazetteer import gazetteer_tags
from rasd.resources import data_path


class EntityTagger:
    """Tags a sentence of words with ANERcorp BIO tags (B-/I- PERS LOC ORG MISC, O)."""

    def __init__(self, model: Path) -> None:
        if not model.exists():
            raise FileNotFoundError(f"NER model not found at {model}; rebuild it with training/train_ner.py")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        tags: list[str] = self._tagger.tag(sentence_features(words, gazetteer_tags(words)))
        return tags

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag each sentence, then make the document consistent (names found once are tagged where repeated)."""
        return propagate(sentences, [self.tag(words) for words in sentences])


@cache
def default_tagger() -> EntityTagger:
    return EntityTagger(data_path("entities", "ner.crfsuite"))
