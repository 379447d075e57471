"""Document-level label consistency: a name tagged once in a document is tagged wherever else it occurs untagged.

News names a company, club or person fully once and then repeats the bare name; the tagger, which sees one
sentence at a time, misses some of the repeats. Matching is on clitic-stripped stems, so «لنيسان» repeats
«نيسان». Only untagged stretches change, and only for names of at least `MIN_STEM` letters that the tagger
found more often as an entity than the document leaves them untagged elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.entities.conll import chunks
from rasd.entities.forms import WordForm, word_forms

MIN_STEM = 3


def propagate(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    forms: Sequence[Sequence[WordForm]] | None = None,
) -> list[list[str]]:
    """Tags of a document's sentences with the names found elsewhere in it filled in where left untagged (`forms`:
    the sentences' `word_forms`, when the caller has them)."""
    if forms is None:
        forms = [word_forms(words) for words in sentences]
    stems = [[form.stem for form in sentence] for sentence in forms]
    labels: dict[tuple[str, ...], dict[str, int]] = {}  # label counts per name (plain dicts: no Counter per chunk)
    for sentence_stems, sentence_tags in zip(stems, tags, strict=True):
        for first, last, label in chunks(sentence_tags):
            key = tuple(sentence_stems[first:last])
            if sum(map(len, key)) >= MIN_STEM:
                counts = labels.get(key)
                if counts is None:
                    labels[key] = {label: 1}
                else:
                    counts[label] = counts.get(label, 0) + 1
    out = [list(t) for t in tags]
    if not labels:
        return out
    longest = max(map(len, labels))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(labels, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    for sentence_stems, sentence_tags in zip(stems, out, strict=True):
        i = 0
        while i < len(sentence_stems):
            step = 1
            if sentence_tags[i] == "O":
                for key in by_first.get(sentence_stems[i], ()):
                    n = len(key)
                    if n <= longest and tuple(sentence_stems[i : i + n]) == key:
                        if all(t == "O" for t in sentence_tags[i : i + n]) and _next_free(sentence_tags, i + n):
                            label = _commonest(labels[key])
                            sentence_tags[i : i + n] = [f"B-{label}", *[f"I-{label}"] * (n - 1)]
                            step = n
                        break
            i += step
    return out


def _commonest(counts: dict[str, int]) -> str:
    """The label counted most, the first counted among equals (as `Counter.most_common(1)`)."""
    best, most = "", 0
    for label, count in counts.items():
        if count > most:
            best, most = label, count
    return best


def _next_free(tags: Sequence[str], position: int) -> bool:
    """A filled-in name must not run into an entity that continues right after it."""
    return position >= len(tags) or not tags[position].startswith("I-")
