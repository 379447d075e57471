"""Statements coded by content: «قال X إن مقترحات Y غير مقبولة» is X criticising Y (111), not a bare «قال».

CAMEO codes a comment when the comment itself is the event (criticise, accuse, praise, a pessimistic comment).
Reporting verbs carry no such meaning, so the coder reads the quotation: a phrase of `data/events/statements.json`
in its content codes the statement, from the speaker to the first actor the content names. Quotations whose content
names no actor, or only the speaker, code nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rasd.doc import Doc, Quote
from rasd.events.lexicon import norm_word
from rasd.events.matcher import TokenView
from rasd.resources import load_json


@dataclass(frozen=True, slots=True)
class StatementClass:
    cameo: str
    phrases: tuple[tuple[str, ...], ...]
    negated_cameo: str | None = None  # what the phrase says when negated («لا أدلة على تورط X»: defending X)


@dataclass(frozen=True, slots=True)
class Statement:
    """What a quotation's content says (a CAMEO code) and the words [start, end) of the content that say it."""

    cameo: str
    start: int
    end: int


@cache
def statement_classes() -> tuple[StatementClass, ...]:
    return _classes(load_json("events", "statements.json")["classes"])


@cache
def described_classes() -> tuple[StatementClass, ...]:
    """Judgements that are statements only when said of a described object (statements.json `described_object`)."""
    return _classes(load_json("events", "statements.json")["described_object"]["classes"])


def _classes(items: list[dict[str, Any]]) -> tuple[StatementClass, ...]:
    return tuple(
        StatementClass(
            item["cameo"],
            tuple(tuple(norm_word(w) for w in p.split()) for p in item["phrases"]),
            item.get("negated_cameo"),
        )
        for item in items
    )


def content_views(views: Sequence[TokenView], quote: Quote) -> list[TokenView]:
    start, end = quote.content.start, quote.content.end
    # the tokens are in text order: a sentence that starts after the content or ends before it has none of it
    if not views or views[0].token.end > end or views[-1].token.start < start:
        return []
    return [v for v in views if start <= v.token.start and v.token.end <= end]


def statement_code(
    words: Sequence[TokenView], negations: frozenset[str], classes: tuple[StatementClass, ...] | None = None
) -> Statement | None:
    """What the content says that CAMEO codes as a comment, or None when it says nothing of the kind. A phrase
    negated just before it («لا يحمل أدلة على تورط») says its class's negated code, if any, else nothing. The first
    class of the data file (or of `classes`) with a phrase in the content wins, wherever in the content it stands;
    positions are indexes into `words`."""
    norms = [v.norm for v in words if v.is_word]
    stems = [v.token.stem for v in words if v.is_word]
    places = [i for i, v in enumerate(words) if v.is_word]
    classes = statement_classes() if classes is None else classes
    starting = _phrases_by_first_word(classes)
    best: tuple[int, Statement] | None = None
    for index, (norm, stem) in enumerate(zip(norms, stems, strict=True)):
        candidates = starting.get(norm, ()) if norm == stem else (*starting.get(norm, ()), *starting.get(stem, ()))
        for rank, phrase in candidates:
            if best is not None and rank >= best[0]:
                continue
            end = index + len(phrase)
            if tuple(norms[index:end]) != phrase and tuple(stems[index:end]) != phrase:
                continue
            negated = bool(negations & set(norms[max(0, index - _NEGATION_REACH) : index]))
            code = classes[rank].negated_cameo if negated else classes[rank].cameo
            if code is not None:
                best = (rank, Statement(code, places[index], places[end - 1] + 1))
    return best[1] if best is not None else None


@cache
def _phrases_by_first_word(classes: tuple[StatementClass, ...]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """(class rank, phrase) by the phrase's first word: one look-up per word of the content, not one per phrase."""
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for rank, item in enumerate(classes):
        for phrase in item.phrases:
            found.setdefault(phrase[0], []).append((rank, phrase))
    return {word: tuple(entries) for word, entries in found.items()}


_NEGATION_REACH = 4


@cache
def _attribution_cues() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "statements.json")["attribution_cues"])


def speaking_quotes(doc: Doc) -> list[Quote]:
    """Quotations with a speaker that has an actor code and a reporting cue that is not a mere attribution of
    the words to a source («وفقا لـ», «بحسب»)."""
    attributions = _attribution_cues()
    out = []
    for quote in doc.quotes:
        if quote.cue is None or quote.speaker is None or not quote.speaker.actor:
            continue
        cue_words = {norm_word(w) for w in (quote.cue.text + " " + quote.cue.lemma).split()}
        if not cue_words & attributions:
            out.append(quote)
    return out


@cache
def _described_object() -> tuple[frozenset[str], int]:
    raw = load_json("events", "statements.json")["described_object"]
    return frozenset(norm_word(w) for w in raw["words"]), int(raw["reach"])


def described_object(views: Sequence[TokenView], quote: Quote, words: Sequence[TokenView]) -> tuple[int, int] | None:
    """«وصفت X تصريحات Y بأنها غير مقبولة»: the content after «بأنها» judges the object written between the cue and
    it, which the pronoun resumes. Returns the object's words [start, end) as indexes into `views`, or None when the
    content does not open after such a word, or the cue is not in the sentence, too far or behind punctuation."""
    if quote.cue is None or not words:
        return None
    resuming, reach = _described_object()
    before = next((v for v in reversed(views[: words[0].index]) if v.is_word), None)
    if before is None or before.norm not in resuming:
        return None
    cue = next((v.index for v in views if v.token.start >= quote.cue.start), None)
    if cue is None or views[cue].token.start >= quote.cue.end or not cue < before.index <= cue + reach:
        return None
    if any(not v.is_word for v in views[cue + 1 : before.index]):
        return None  # a comma or a quotation mark: the object of another clause, or quoted words of their own
    return cue + 1, before.index


def described_code(words: Sequence[TokenView], negations: frozenset[str]) -> Statement | None:
    """«بأنه "كارثي"», «بأنها خطوة تاريخية»: a judgement of `described_classes` written first in the content (after
    one head noun of `described_object.heads` at most), the predicate said of the described object; elsewhere in the
    content such words describe something else."""
    places = [i for i, v in enumerate(words) if v.is_word]
    if not places:
        return None
    starts = places[:2] if words[places[0]].norm in _described_heads() else places[:1]
    longest = max(len(phrase) for item in described_classes() for phrase in item.phrases)
    for start in starts:
        window = words[start:]
        window = window[: [i for i, v in enumerate(window) if v.is_word][:longest][-1] + 1]
        statement = statement_code(window, negations, described_classes())
        if statement is not None and statement.start == 0:
            return Statement(statement.cameo, start, start + statement.end)
    return None


@cache
def _described_heads() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "statements.json")["described_object"]["heads"])


@cache
def considered_classes() -> tuple[StatementClass, ...]:
    """Judgements said of an object with no «أن» between (statements.json `considered_object`)."""
    return _classes(load_json("events", "statements.json")["considered_object"]["classes"])


@cache
def considering_verbs() -> tuple[frozenset[str], int]:
    """The verbs of considering that take an object and its judgement («اعتبر X تصريحات Y استفزازية»), and how many
    words the object may have."""
    raw = load_json("events", "statements.json")["considered_object"]
    return frozenset(norm_word(w) for w in raw["verbs"]), int(raw["reach"])


def judgement_at(views: Sequence[TokenView], index: int, negations: frozenset[str]) -> Statement | None:
    """The judgement of `considered_classes` written from word `index` on, with its end as an index into `views`."""
    longest = max(len(phrase) for item in considered_classes() for phrase in item.phrases)
    window = [v for v in views[index : index + longest] if v.is_word]
    if not window or window[0].index != index:
        return None
    statement = statement_code(window, negations, considered_classes())
    if statement is None or statement.start != 0:
        return None
    return Statement(statement.cameo, index, window[statement.end - 1].index + 1)
