"""Known places the tagger left untagged: «وصل الوفد إلى أبها», «غارات على ريف حماة».

The network misses many towns that ANERcorp never named (Saudi, Syrian and Yemeni towns above all), though the
place gazetteer of the knowledge base knows them. After tagging, an untagged word or run of up to three words that
is the whole name of a known place becomes LOC when the context says a place is meant:
- the word before it is a preposition, a direction or a place noun in the construct state («في», «قرب», «شمال»,
  «مدينة», «محافظة»; data/entities/place_context.txt), or the name carries a «ب» («بأبها»);
- or it is coordinated with a place just before it («إدلب وحماة»).
The gazetteer holds many towns named like ordinary words, so a name is left alone when
- its article differs from the gazetteer's («باحة المسجد» is not «الباحة», «وادي» is not «الوادي»);
- it is a one-word name that is a common word of ANERcorp («أمام», «حجة»: `rasd.actors.lexicon.is_common_word`),
  a word of person names («صالح»), a place name the news mostly uses otherwise («صور», «الخبر»:
  `is_common_place_word`), a name the entity model never tagged in the news, or a noun the news writes with a
  possessive pronoun («سوره», «مساكنهم»: place names take none);
- a definite word follows that is not a relational adjective (a construct: «هالة الشمس», «بركة السلطان»), or an
  indefinite relational adjective («بسور داخلي»);
- it is spelt otherwise than the gazetteer's name but for hamza and ta marbuta («مأوى» is not «ماوي»);
- the document tags the same word as a person or an organisation;
- a town (not a country, capital or region) has fewer than `MIN_POPULATION` inhabitants («نوويا»).
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import cache
from typing import Final, cast

from rasd.actors.kb import knowledge_base, name_key, strip_article
from rasd.actors.lexicon import (
    is_common_place_word,
    is_common_word,
    is_function_word,
    is_person_word,
    written_key,
)
from rasd.entities.conll import chunks
from rasd.entities.forms import WordForm, word_form, word_forms
from rasd.resources import data_path
from rasd.text.clitics import load_word_frequencies
from rasd.text.normalize import devocalize

MIN_POPULATION: Final = 50_000
MAX_WORDS: Final = 3
_GEO_KINDS: Final = frozenset({"country", "capital", "region", "place"})
_CONJUNCTIONS: Final = frozenset("وف")
_PRONOUNS: Final = ("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم")  # not «ي»: «طائفي» is an adjective
_NISBA: Final = ("ي", "يه", "ية", "يين", "يون", "يات", "يتين", "يان")


@cache
def place_context() -> frozenset[str]:
    with data_path("entities", "place_context.txt").open(encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


@cache
def _tagged_in_news() -> dict[str, int]:
    """One-word gazetteer place names -> times the entity model tagged them in the news (place_evidence)."""
    found: dict[str, int] = {}
    with gzip.open(data_path("actors", "place_evidence.tsv.gz"), "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            word, _seen, tagged = line.rstrip("\n").split("\t")
            found[word] = int(tagged)
    return found


def _readings(word: str) -> tuple[tuple[str, str], ...]:
    """(glued letters, rest) readings of a word's normal form: as written, and without a leading «و», «ف», «ب» or
    «ل» (one or two of them: «وبحلب»)."""
    norm = word_form(word).norm
    out = [("", norm)]
    if len(norm) > 3 and norm[0] in "وفبل":
        out.append((norm[0], norm[1:]))
        if len(norm) > 4 and norm[0] in _CONJUNCTIONS and norm[1] in "بل":
            out.append((norm[:2], norm[2:]))
    return tuple(out)


def is_place_context(word: str) -> bool:
    """Whether the word is one after which a place is named («في», «قرب», «شمال», «مدينة»; a «و» may lead)."""
    form = word_form(word)
    if form.shape != "ar" or form.edge_punct:
        return False
    words = place_context()
    norm = form.norm
    return norm in words or (norm[:1] in _CONJUNCTIONS and norm[1:] in words)


@cache
def _multiword_keys(position: int) -> frozenset[str]:
    """The keys at word `position` of the gazetteer's place names of two or more words: the first words
    («خميس» of «خميس مشيط») and the second words (a window whose second word is none of them names no place)."""
    kb = knowledge_base()
    return frozenset(
        key.split(" ")[position]
        for key, entries in kb.entries.items()
        if " " in key and any(e.kind in _GEO_KINDS for e in entries)
    )


def _multiword_starts() -> frozenset[str]:
    return _multiword_keys(0)


def _second_words() -> frozenset[str]:
    return _multiword_keys(1)


@cache
def _first_words() -> frozenset[str]:
    """First-word keys of every place name of the gazetteer: a cheap test that most words fail."""
    kb = knowledge_base()
    return frozenset(
        key.split(" ")[0] for key, entries in kb.entries.items() if any(e.kind in _GEO_KINDS for e in entries)
    )


_NOTHING: Final[tuple[str | None, bool]] = (None, False)
_Place = tuple[str | None, bool]  # glued letters of the one-word place it names or None, may start a longer one


def _word_place(word: str, form: WordForm) -> _Place:
    """What a word may be the start of, remembered on its form (every word of every sentence is asked): the glued
    letters before the one-word place it names (or None), and whether some reading of it is the first word of a
    place name of two or more words. Most words begin no place name at all, which one set lookup shows."""
    known = form.place
    if known is not None:
        return cast(_Place, known)
    found: _Place = _NOTHING
    if form.shape == "ar":
        firsts = _first_words()
        readings = [rest for _, rest in _readings(word)]
        if any(strip_article(rest) in firsts or rest in firsts for rest in readings):
            starts = _multiword_starts()
            found = (_place_of([word], 0, 1), any(name_key(rest) in starts for rest in readings))
    form.place = found
    return found


def _definite(text: str) -> bool:
    return text.startswith(("ال", "أل", "إل", "آل"))


def _spelling(words: Sequence[str]) -> tuple[str, ...]:
    """The words as written but for vowel marks, hamza, ta marbuta and the article («مأوى» is not «ماوي»)."""
    return tuple(written_key(w) for w in words)


def _takes_pronouns(bare: str) -> bool:
    """Whether the news writes the word with a possessive pronoun («سوره», «مساكنهم»): a noun, not a place name."""
    frequencies = load_word_frequencies()
    base = bare[:-1] + "ت" if bare.endswith("ة") else bare[:-1] + "ا" if bare.endswith("ى") else bare
    return sum(frequencies.get(base + pronoun, 0) for pronoun in _PRONOUNS) >= 3


def _one_word_common(key: str, bare: str) -> bool:
    if is_function_word(key) or is_common_word(key) or is_common_place_word(key) or is_person_word(key):
        return True
    tagged = _tagged_in_news().get(key)
    return tagged == 0 or _takes_pronouns(bare)


def _place_of(words: Sequence[str], i: int, length: int) -> str | None:
    """The glued letters before the place named by words[i:i+length], or None when they name no place (or a
    name that is also an ordinary word)."""
    kb = knowledge_base()
    frequencies = load_word_frequencies()
    rest_words = [word_form(w).norm for w in words[i + 1 : i + length]]
    if any(word_form(w).shape != "ar" or word_form(w).edge_punct for w in words[i + 1 : i + length]):
        return None
    written = devocalize(words[i])
    for glued, first in _readings(words[i]):
        key = name_key(" ".join([first, *rest_words]))
        if not key:
            continue
        entries = kb.lookup_key(key)
        if not entries or any(e.kind not in _GEO_KINDS for e in entries):
            continue  # also a person or an organisation: the tagger's reading stands
        text = written[len(glued) :]
        spelling = _spelling([text, *(devocalize(w) for w in words[i + 1 : i + length])])
        places = [
            e
            for e in entries
            if (e.kind != "place" or e.population >= MIN_POPULATION)
            and _definite(devocalize(e.name_ar)) == _definite(text)
            and _spelling(e.name_ar.split()) == spelling
        ]
        if not places:
            continue
        if length == 1 and _one_word_common(key, text[2:] if _definite(text) else text):
            continue
        if length > 1 and all(is_common_word(part) or is_function_word(part) for part in key.split()):
            continue  # «العالم العربي»: a region named with ordinary words
        if glued and frequencies.get(text, 0) < 2 * max(frequencies.get(written, 0), 1):
            continue  # «بواسطة» is a word of its own more often than «ب» + a town «واسطة»
        return glued
    return None


def _common_noun_follows(words: Sequence[str], tags: Sequence[str], after: int) -> bool:
    """Whether the word at `after` shows the word before it to be a common noun: the genitive of a construct
    («هالة الشمس»: a definite word or an entity that is not a relational adjective, as in «أبها الدولي»), or an
    indefinite relational adjective («بسور داخلي»: a place name is definite; «شمالي» is a direction)."""
    if after >= len(words):
        return False
    form = word_form(words[after])
    if form.shape != "ar" or form.edge_punct or form.prefixes.replace("ال", "").strip("+"):
        return False
    definite = "ال" in form.prefixes.split("+")
    nisba = devocalize(words[after]).endswith(_NISBA)  # as written: «إحدى» is no adjective
    if not definite and tags[after] == "O":
        return nisba and not is_place_context(words[after])
    return not nisba


def mark_places(
    words: Sequence[str],
    tags: Sequence[str],
    other_names: frozenset[str] = frozenset(),
    forms: Sequence[WordForm] | None = None,
) -> list[str]:
    """`tags` with known places in a place context tagged LOC where the tagger left them untagged. `other_names`:
    stems the document tags as a person or an organisation, which are not made places; `forms`: the words'
    `word_forms`, when the caller has them."""
    out = list(tags)
    if forms is None:
        forms = word_forms(words)
    places = [_word_place(word, forms[i]) if out[i] == "O" else _NOTHING for i, word in enumerate(words)]
    starts = [i for i, (glued, longer) in enumerate(places) if longer or glued is not None]
    if not starts:
        return out
    free = 0
    for i in starts:
        if i < free or out[i] != "O" or forms[i].edge_punct or forms[i].stem in other_names:
            continue
        longer = places[i][1] and i + 1 < len(words) and name_key(words[i + 1]) in _second_words()
        longest = min(MAX_WORDS, len(words) - i) if longer else 1
        for length in range(longest, 0, -1):
            if any(tag != "O" for tag in out[i : i + length]):
                continue
            if i + length < len(out) and out[i + length].startswith("I-"):
                continue
            glued = _place_of(words, i, length) if length > 1 else places[i][0]
            if glued is None:
                continue
            previous = out[i - 1] if i > 0 else "O"
            in_context = (
                "ب" in glued
                or (i > 0 and is_place_context(words[i - 1]))
                or (glued[:1] in _CONJUNCTIONS and previous.endswith("-LOC"))
            )
            if in_context and not (length == 1 and _common_noun_follows(words, out, i + 1)):
                out[i : i + length] = ["B-LOC", *["I-LOC"] * (length - 1)]
                free = i + length
            break
    return out


def load_place_data() -> None:
    """Load what the step reads (the knowledge base, the lexicon's evidence, word frequencies) now, so that the
    first document does not pay for it."""
    _first_words()
    _multiword_starts()
    _second_words()
    _tagged_in_news()
    place_context()
    load_word_frequencies()
    is_common_word("")
    is_common_place_word("")
    is_person_word("")


def mark_document_places(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    forms: Sequence[Sequence[WordForm]] | None = None,
) -> list[list[str]]:
    """`mark_places` over a document's sentences, leaving alone the words it tags as persons or organisations
    (`forms`: the sentences' `word_forms`, when the caller has them)."""
    if forms is None:
        forms = [word_forms(words) for words in sentences]
    others = {
        sentence[k].stem
        for sentence, sentence_tags in zip(forms, tags, strict=True)
        for first, last, label in chunks(sentence_tags)
        if label in ("PERS", "ORG")
        for k in range(first, last)
    }
    frozen = frozenset(others)
    return [mark_places(words, t, frozen, f) for words, t, f in zip(sentences, tags, forms, strict=True)]
