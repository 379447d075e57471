"""The named-entity taggers: the neural BiLSTM-CRF (default, numpy inference) and the feature CRF (baseline).

Both tag a sentence of words with ANERcorp BIO tags (B-/I- PERS LOC ORG MISC, O), and a document's sentences
followed by the document-consistency step. Each model is loaded once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import pycrfsuite

from rasd.entities.adverbs import drop_adverbs
from rasd.entities.clubs import mark_city_clubs
from rasd.entities.consistency import propagate
from rasd.entities.features import sentence_features
from rasd.entities.forms import WordForm, word_forms
from rasd.entities.gazetteer import gazetteer_tags
from rasd.entities.homographs import drop_bare_heads, mark_homographs, mark_quoted_orgs
from rasd.entities.known_orgs import mark_known_orgs
from rasd.entities.neural import default_model
from rasd.entities.org_context import mark_described_orgs
from rasd.entities.places import load_place_data, mark_document_places, mark_places
from rasd.entities.titles import mark_titles
from rasd.resources import data_path


class Tagger(Protocol):
    def tag(self, words: Sequence[str]) -> list[str]: ...

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]: ...

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[list[str]]]: ...


def _mark_orgs(words: Sequence[str], tags: Sequence[str], forms: Sequence[WordForm]) -> list[str]:
    """Organisation names the tagger missed: after a descriptor noun («نادي», «صحيفة»), and listed ones; names
    that are also common nouns («الجزيرة») only where the context shows the organisation. `forms`: the words'
    `word_forms`, computed once for all the steps."""
    tags = drop_bare_heads(words, drop_adverbs(words, tags), forms)
    tags = mark_known_orgs(words, mark_described_orgs(words, tags, forms), forms)
    tags = mark_city_clubs(words, mark_quoted_orgs(words, mark_homographs(words, tags, forms)))
    return mark_titles(words, tags, forms)


class NeuralTagger:
    """The BiLSTM-CRF of `rasd.entities.neural`: all sentences of a document are computed as one batch."""

    def tag(self, words: Sequence[str]) -> list[str]:
        forms = word_forms(words)
        tags = default_model().tag_sentences([words], [forms])[0]
        return mark_places(words, _mark_orgs(words, tags, forms), forms=forms)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag the sentences, mark names after descriptor nouns («نادي», «صحيفة») ORG, then make the document
        consistent (names found once are tagged where repeated)."""
        return self.tag_documents([sentences])[0]

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[list[str]]]:
        """`tag_document` for each document, the sentences of all of them computed together (fuller batches)."""
        flat = [words for sentences in documents for words in sentences]
        flat_forms = [word_forms(words) for words in flat]  # read by the network's gazetteer and every step after it
        tags = iter(default_model().tag_sentences(flat, flat_forms))
        out = []
        first = 0
        for sentences in documents:
            forms = flat_forms[first : first + len(sentences)]
            first += len(sentences)
            marked = [_mark_orgs(words, next(tags), f) for words, f in zip(sentences, forms, strict=True)]
            out.append(mark_document_places(sentences, propagate(sentences, marked, forms), forms))
        return out


class CrfTagger:
    """The feature CRF (python-crfsuite) of `rasd.entities.features`, kept as the baseline of the benchmark."""

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
        return propagate(sentences, [self.tag(words) for words in sentences])

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]) -> list[list[list[str]]]:
        return [self.tag_document(sentences) for sentences in documents]


@cache
def default_tagger() -> Tagger:
    load_place_data()  # the decoding steps' data, loaded with the model rather than on the first document
    return NeuralTagger()


@cache
def crf_tagger() -> CrfTagger:
    return CrfTagger(data_path("entities", "ner.crfsuite"))
