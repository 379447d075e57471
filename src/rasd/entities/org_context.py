"""Organisation names introduced by a descriptor noun: «نادي الوحدة», «بنادي الغرافة», «صحيفة هآرتس».

A noun such as «نادي» or «صحيفة» in the construct state (no article, no enclitic pronoun) says that the name after
it is an organisation. The tagger often reads such a name as a place or a person («نادي قطر») or leaves a definite
club name untagged («فريق الشمال»). After tagging, the entity right after the descriptor becomes ORG, and a single
untagged definite word there becomes an ORG name, unless another untagged definite word follows (then it is more
likely a common noun phrase: «شركة السيارات الألمانية»). The descriptors are in data/entities/org_descriptors.txt.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import cast

from rasd.actors.kb import knowledge_base, name_key
from rasd.entities.forms import WordForm, word_forms
from rasd.resources import data_path

# Relative pronouns and adverbs that are written with the article but never start a name.
_DEFINITE_FUNCTION_WORDS = frozenset(
    {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "الي", "الا", "الان", "اليوم", "الاول"}
)


@cache
def _descriptor_lines() -> tuple[tuple[str, ...], ...]:
    with data_path("entities", "org_descriptors.txt").open(encoding="utf-8") as fh:
        return tuple(tuple(line.strip().split("\t")) for line in fh if line.strip() and not line.startswith("#"))


@cache
def org_descriptors() -> frozenset[str]:
    """Descriptor nouns, in matching-normal form (stems)."""
    return frozenset(fields[0] for fields in _descriptor_lines())


@cache
def _not_before_places() -> frozenset[str]:
    """Descriptors after which a known place is a place: «قناة السويس» is the canal, not a channel (a channel named
    after a city, «قناة دبي», is then read as the city)."""
    return frozenset(fields[0] for fields in _descriptor_lines() if "noplace" in fields[1:])


def _is_known_place(words: Sequence[str]) -> bool:
    entries = knowledge_base().lookup_key(name_key(" ".join(words)))
    return bool(entries) and all(e.kind in ("country", "capital", "region", "place") for e in entries)


def _is_descriptor(form: WordForm) -> bool:
    return (
        form.stem in org_descriptors()
        and "ال" not in form.prefixes.split("+")
        and not form.suffix
        and not form.edge_punct
    )


def _descriptor_word(form: WordForm) -> bool:
    """`_is_descriptor` of a word, remembered on its form: few words are descriptors, and every word is asked."""
    known = form.descriptor
    if known is None:
        form.descriptor = found = _is_descriptor(form)
        return found
    return cast(bool, known)


def _is_definite_word(form: WordForm) -> bool:
    return (
        form.shape == "ar"
        and (form.norm.startswith("ال") or form.prefixes.endswith("ال"))
        and form.norm not in _DEFINITE_FUNCTION_WORDS
    )


def mark_described_orgs(
    words: Sequence[str], tags: Sequence[str], forms: Sequence[WordForm] | None = None
) -> list[str]:
    """`tags` with the name after each descriptor noun labelled (or, if a lone definite word, tagged) ORG.
    `forms`: the words' `word_forms`, when the caller has them."""
    out = list(tags)
    if forms is None:
        forms = word_forms(words)
    descriptors = [i for i in range(len(words) - 1) if _descriptor_word(forms[i])]
    if not descriptors:
        return out
    for i in descriptors:
        if out[i] != "O":
            continue
        name = i + 1
        if out[name].startswith("B-"):
            end = name + 1
            while end < len(out) and out[end].startswith("I-"):
                end += 1
            if forms[i].stem in _not_before_places() and _is_known_place(words[name:end]):
                out[name:end] = ["B-LOC", *["I-LOC"] * (end - name - 1)]  # the canal, however the tagger read it
                continue
            out[name:end] = ["B-ORG", *["I-ORG"] * (end - name - 1)]
        elif out[name] == "O" and _is_definite_word(forms[name]) and not forms[name].edge_punct:
            after = name + 1
            if after == len(out) or (not out[after].startswith("I-") and not _untagged_definite(forms, out, after)):
                out[name] = "B-ORG"
    return out


def _untagged_definite(forms: Sequence[WordForm], tags: Sequence[str], position: int) -> bool:
    return tags[position] == "O" and _is_definite_word(forms[position])
