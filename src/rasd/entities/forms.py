"""What the taggers read off one written word, independent of its context: normal form, shape, clitics, stem.

Computed once per distinct word (cached), shared by the neural tagger, the CRF features, the gazetteer matcher
and the document-consistency step, so a word is analysed only once whichever of them asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from rasd.caches import remember, word_cache
from rasd.text.clitics import analyze_clitics
from rasd.text.normalize import normalize

_ARABIC_WORD: Final = re.compile(r"^[\u0620-\u064a\u066e-\u06d3\u06d5\u064b-\u065f\u0670\u0640]+$")
_EDGE_PUNCT: Final = re.compile(r"^[^\w]+|[^\w]+$")
_LATIN: Final = re.compile(r"[A-Za-z]")
_DIGIT: Final = re.compile(r"\d")

SHAPES: Final = ("ar", "digit", "alnum", "Lat", "lat", "punct", "other")


class WordForm:
    """The word's analysis (the first seven attributes, never changed once made), and what the marking steps worked
    out for the word, filled by each the first time it reads the word: every word of every sentence is asked, and
    an attribute read costs far less than a lookup by the word in a table of its own."""

    norm: str  # matching-normal form of the whole token
    shape: str  # one of SHAPES, of the token without edge punctuation
    edge_punct: bool  # punctuation glued to the word («(موسكو», «بوتين،»)
    prefixes: str  # proclitics joined by "+" («و+ب+ال»), "" when none
    suffix: str  # the enclitic pronoun, "" when none
    stem: str  # matching-normal form without clitics (the norm for non-Arabic words)
    latin_lower: str  # lower-cased Latin word, "" for other shapes
    place: object  # rasd.entities.places: the place name the word may start, None until read
    descriptor: object  # rasd.entities.org_context: is it a descriptor noun («نادي»), None until read
    may_start_org: object  # rasd.entities.known_orgs: may a listed organisation name start here, None until read
    gazetteer_read: bool  # rasd.entities.gazetteer: `gazetteer_entry` is filled
    gazetteer_entry: object  # the gazetteer names whose first stem is the word's

    def __init__(
        self,
        norm: str,
        shape: str,
        edge_punct: bool,
        prefixes: str,
        suffix: str,
        stem: str,
        latin_lower: str,
    ) -> None:
        self.norm = norm
        self.shape = shape
        self.edge_punct = edge_punct
        self.prefixes = prefixes
        self.suffix = suffix
        self.stem = stem
        self.latin_lower = latin_lower
        self.place = None
        self.descriptor = None
        self.may_start_org = None
        self.gazetteer_read = False
        self.gazetteer_entry = None


def _shape(word: str) -> str:
    if _ARABIC_WORD.match(word):
        return "ar"
    if _DIGIT.search(word):
        return "digit" if not _LATIN.search(word) else "alnum"
    if _LATIN.search(word):
        return "Lat" if word[:1].isupper() else "lat"
    if not any(c.isalnum() for c in word):
        return "punct"
    return "other"


# per distinct word, in a plain dict: a compiled caller then looks a word up without calling through a
# `functools.cache` wrapper (a generic call that packs its argument in a tuple)
_FORMS: dict[str, WordForm] = {}
_FORMS_LIMIT = 200_000
word_cache(_FORMS.clear)


def word_form(word: str) -> WordForm:
    found = _FORMS.get(word)
    if found is None:
        found = remember(_FORMS, word, _word_form(word), _FORMS_LIMIT)
    return found


def word_forms(words: Sequence[str]) -> list[WordForm]:
    """`word_form` of each word of a sentence: computed once and handed to every decoding step that reads them."""
    forms = _FORMS
    out: list[WordForm] = []
    for word in words:
        found = forms.get(word)
        if found is None:
            found = remember(forms, word, _word_form(word), _FORMS_LIMIT)
        out.append(found)
    return out


def _word_form(word: str) -> WordForm:
    norm = normalize(word)
    core = _EDGE_PUNCT.sub("", word)
    shape = _shape(core) if core else "punct"
    prefixes = suffix = latin = ""
    stem = norm
    if shape == "ar":
        analysis = analyze_clitics(core)
        stem = analysis.stem
        prefixes = "+".join(analysis.prefixes)
        suffix = analysis.suffixes[0] if analysis.suffixes else ""
    elif shape in ("Lat", "lat", "alnum"):
        latin = core.lower()
    return WordForm(norm, shape, core != word, prefixes, suffix, stem, latin)
