"""Organisations known by name: after tagging, a listed name the tagger left untagged or read as another label
becomes ORG («بنفيكا», «دينامو كييف», «أودي», «إيساف»).

The list (data/entities/known_orgs.txt) holds names that are seldom anything else: clubs, companies, agencies,
parties. A name matches whole words; its first word may carry proclitics («لبنفيكا», «وأودي»). Only a span that
is all untagged, or is exactly one entity of another label, is relabelled: an entity reaching beyond the name
(«تشلسي الإنجليزي» as ORG) is the tagger's better reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import cast

from rasd.entities.forms import WordForm, word_form, word_forms
from rasd.resources import data_path

_GLUED = frozenset("وبلفك")


def _keys(form: WordForm) -> set[str]:
    """The forms under which a word may stand for the first word of a name."""
    keys = {form.norm, form.stem}
    if form.norm[:1] in _GLUED:
        keys.add(form.norm[1:])
    return keys


@cache
def known_org_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Listed names as tuples of normal-form words, by the forms of their first word, longest first."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    with data_path("entities", "known_orgs.txt").open(encoding="utf-8") as fh:
        for line in fh:
            name = line.strip()
            if not name or name.startswith("#"):
                continue
            words = tuple(word_form(word).norm for word in name.split())
            first = word_form(name.split()[0])
            for key in {first.norm, first.stem}:
                by_first.setdefault(key, set()).add(words)
    return {key: tuple(sorted(names, key=len, reverse=True)) for key, names in by_first.items()}


def _may_start_name(form: WordForm) -> bool:
    """Whether a listed name may start at this word (an Arabic word one of whose forms begins one), remembered on
    its form: most words begin none, and every word is asked."""
    known = form.may_start_org
    if known is None:
        names = known_org_names()
        form.may_start_org = found = form.shape == "ar" and any(key in names for key in _keys(form))
        return found
    return cast(bool, known)


def _name_at(forms: Sequence[WordForm], i: int) -> int | None:
    """End of the longest listed name starting at word i, or None."""
    names = known_org_names()
    for key in _keys(forms[i]):
        for words in names.get(key, ()):
            end = i + len(words)
            if end <= len(forms) and all(forms[i + k].norm == words[k] for k in range(1, len(words))):
                return end
    return None


def mark_known_orgs(words: Sequence[str], tags: Sequence[str], forms: Sequence[WordForm] | None = None) -> list[str]:
    """`tags` with every listed organisation name tagged ORG where the tagger missed or mislabelled it. `forms`: the
    words' `word_forms`, when the caller has them."""
    out = list(tags)
    if forms is None:
        forms = word_forms(words)
    starts = [i for i, form in enumerate(forms) if _may_start_name(form)]
    if not starts:
        return out
    free = 0  # the first word after the last name marked
    for i in starts:
        end = _name_at(forms, i) if i >= free else None
        if end is None:
            continue
        span = out[i:end]
        untagged = all(tag == "O" for tag in span)
        one_entity = (
            span[0].startswith("B-")
            and all(tag == "I-" + span[0][2:] for tag in span[1:])
            and (end == len(out) or not out[end].startswith("I-"))
        )
        if (untagged or one_entity) and span[0] != "B-ORG":
            out[i:end] = ["B-ORG", *["I-ORG"] * (end - i - 1)]
        free = end
    return out
