"""Polarity and modality of a predicate: negation, future and intent, conditionals, reported claims.

Cues are read before the predicate (and before the verbs it depends on: «لم يتمكن من الاتفاق», «ستقوم بصد») and,
for nouns, just after it («اللقاء المقرر», «الهجوم المزعوم»). The cue words are data (`grammar.json`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rasd.events.lexicon import Grammar, norm_word
from rasd.events.matcher import TokenView
from rasd.resources import load_json

MODALITIES = ("asserted", "intent", "conditional", "reported_claim", "negated")


@dataclass(frozen=True, slots=True, init=False)
class Modality:
    negated: bool = False
    future: bool = False
    intent: bool = False
    conditional: bool = False
    claim: bool = False

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        negated: bool = False,
        future: bool = False,
        intent: bool = False,
        conditional: bool = False,
        claim: bool = False,
    ) -> None:
        object.__setattr__(self, "negated", negated)
        object.__setattr__(self, "future", future)
        object.__setattr__(self, "intent", intent)
        object.__setattr__(self, "conditional", conditional)
        object.__setattr__(self, "claim", claim)

    @property
    def label(self) -> str:
        if self.negated:
            return "negated"
        if self.conditional:
            return "conditional"
        if self.intent or self.future:
            return "intent"
        if self.claim:
            return "reported_claim"
        return "asserted"

    @property
    def unrealised(self) -> bool:
        """Intended, promised, planned or conditional: CAMEO codes the intent, not the action."""
        return self.future or self.intent or self.conditional

    def merge(self, other: Modality) -> Modality:
        return Modality(
            self.negated or other.negated,
            self.future or other.future,
            self.intent or other.intent,
            self.conditional or other.conditional,
            self.claim or other.claim,
        )


# how many words may stand between an intent cue and the «أن» it governs («قررت الحكومة أن»)
_CUE_TO_COMPLEMENT = 2


def _intent_before_complement(
    views: Sequence[TokenView], position: int, floor: int, sentence_floor: int, grammar: Grammar
) -> bool:
    """«من المقرر أن يزور», «يتوقع أن تنقل»: an intent cue right before the «أن» that opens the predicate's clause
    governs it. Causal «لأن» is no complementizer of intent («قررت ... لأن المسلحين هاجموا»)."""
    words = _words_before(views, position, sentence_floor, grammar.windows["intent"])
    for index, word in enumerate(words):
        if word.index < floor - 1:
            break
        if word.forms & grammar.complementizers and not word.norm.startswith("ل"):
            cues = words[index + 1 : index + 2 + _CUE_TO_COMPLEMENT]
            return any(cue.forms & grammar.intent_before for cue in cues)
    return False


def _words_before(views: Sequence[TokenView], position: int, floor: int, count: int) -> list[TokenView]:
    out: list[TokenView] = []
    index = position - 1
    while index >= floor and len(out) < count:
        view = views[index]
        if view.is_word:
            if view.norm == "و":
                index -= 1
                continue
            out.append(view)
        elif view.token.text not in "\"«»“”'":
            break
        index -= 1
    return out


def _negated_at(
    views: Sequence[TokenView], position: int, floor: int, grammar: Grammar, *, verb: bool
) -> tuple[bool, bool]:
    """(negated, future) from the particles right before `position`."""
    before = _words_before(views, position, floor, grammar.windows["negation"])
    if free_relative_before(views, position, grammar):
        return False, False
    for distance, view in enumerate(before):
        core = view.norm if view.norm in grammar.strong_negation | grammar.weak_negation else _core(view)
        if core[:1] in _NEGATOR_PREPOSITIONS and core[1:] in grammar.nominal_negation:
            core = core[1:]  # «بعدم تسليح», «لعدم التزام»: a preposition on the noun negator
        if core in grammar.relative_negators:
            continue  # «ما» before a verb is mostly 'what' in news prose («إعمار ما هدمه», «، ما أجبر»)
        if core in grammar.strong_negation or (core in grammar.weak_negation and distance == 0):
            following = views[view.index + 1] if view.index + 1 < len(views) else None
            if following is not None and following.norm in grammar.not_negation_before:
                continue
            if following is not None and _continuing(views, following.index, position, grammar):
                # «لم تكف عن مطالبة», «لن نتوقف عن دعم»: the stopping is denied, the act goes on (or will)
                return False, core in grammar.future_negation
            if verb and core in grammar.nominal_negation and (following is None or following.norm != "أن"):
                continue  # «دون» negates a noun, or a verb through «أن»; «أطفال دون الخامسة ترعاهم» is not negated
            return True, core in grammar.future_negation
    return False, False


_NEGATOR_PREPOSITIONS = frozenset({"ب", "ل"})


_CEASING_LINKS = frozenset({"عن", "في"})


def _continuing(views: Sequence[TokenView], verb: int, position: int, grammar: Grammar) -> bool:
    """A verb of ceasing or hesitating (grammar `negation.continuing`) at `verb` that governs the act at `position`
    through «عن»/«في» («لم تكف عن مطالبة», «لن يتردد في الرد») or as its subject («لم تتوقف الغارات»); not one
    that stops at a place or a stage («لن تتوقف عند تحرير عدن»: the liberation is done)."""
    view = views[verb]
    if verb >= position or not (
        view.norm in grammar.continuing_after_negation or _core(view) in grammar.continuing_after_negation
    ):
        return False
    # («لم تتوقف الغارات»: the act stopping is the verb's subject, right after it)
    return verb + 1 == position or any(v.is_word and v.norm in _CEASING_LINKS for v in views[verb + 1 : position])


def free_relative_before(views: Sequence[TokenView], position: int, grammar: Grammar) -> bool:
    """«على ما تطلبه», «وهو ما تنفيه», «مما يعني»: «ما» means 'what', the verb after it describes its object."""
    before = _words_before(views, position, 0, 2)
    if not before:
        return False
    if before[0].norm in grammar.free_relative_fused:
        return True
    return before[0].norm == "ما" and len(before) > 1 and before[1].norm in grammar.free_relative_after


def _core(view: TokenView) -> str:
    """The word without a leading conjunction («ولم» → «لم»)."""
    return view.norm[1:] if view.norm[:1] in ("و", "ف") and len(view.norm) > 2 else view.norm


_MAY = frozenset({"قد", "وقد"})


def conditional_word(views: Sequence[TokenView], word: TokenView, grammar: Grammar) -> bool:
    """A word that opens a condition: «إذا», «لو», «طالما»; not «عما إذا» (whether) nor «لطالما» (has long)."""
    return (
        bool(word.forms & grammar.conditional_before)
        and word.norm not in grammar.not_conditional
        and not _whether(views, word.index, grammar)
    )


def _qualifies_noun_before(views: Sequence[TokenView], word: TokenView, grammar: Grammar) -> bool:
    """«التحالف المزمع», «القمة المرتقبة»: a definite adjective of intent right after a definite noun qualifies that
    noun and says nothing of a predicate after it («يواجه الاتفاق المرتقب تلك العقوبات»); «من المقرر أن» does."""
    if word.norm not in grammar.intent_after or word.index == 0:
        return False
    noun = views[word.index - 1]
    return noun.is_word and "ال" in noun.proclitics and _core(noun) not in grammar.intent_before


def _opens_condition(views: Sequence[TokenView], word: TokenView, grammar: Grammar) -> bool:
    """«في حال», «وفي حالة»: the second word of a phrase that opens a condition as «إذا» does."""
    if word.index == 0:
        return False
    return (_core(views[word.index - 1]), word.norm) in _pairs(grammar.conditional_openers)


@cache
def _pairs(phrases: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str]]:
    return frozenset((phrase[0], phrase[1]) for phrase in phrases if len(phrase) == 2)


def _whether(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """«عما إذا», «ما إذا»: whether, an indirect question about what is reported, no condition."""
    previous = views[index - 1] if index > 0 else None
    return previous is not None and previous.norm in grammar.whether


def modality_at(
    views: Sequence[TokenView],
    positions: Iterable[int],
    trigger_end: int,
    floor: int,
    sentence_floor: int,
    grammar: Grammar,
    *,
    is_noun: bool,
    present: bool = False,
) -> Modality:
    """The modality of a predicate at `positions` (its head and the heads of the verbs it depends on). «قد» right
    before a present verb (`present`) says it may happen («قد تشن هجمات»): a possibility, read as a future."""
    negated = future = intent = conditional = claim = False
    heads = list(positions)
    for index, position in enumerate(heads):
        # the predicate's own verb when its tense is known, a verb it depends on when its prefix says present
        # («قد يشن هجمات»; «ت» and «ن» open past forms too: «قد تمكن» had managed, «قد نجحت» had succeeded)
        is_present = present if index == 0 else views[position].token.stem.startswith("ي")
        before_head = _words_before(views, position, floor, 1)
        if is_present and before_head and before_head[0].forms & _MAY:
            future = True
    for position in heads:
        view = views[position]
        is_negated, negated_future = _negated_at(views, position, floor, grammar, verb=not is_noun)
        negated |= is_negated
        future |= negated_future
        if any("س" in split.proclitics for split in view.splits[:1]) or "س" in view.token.prefixes:
            future = True
        before = _words_before(views, position, floor, grammar.windows["intent"])
        for distance, word in enumerate(before):
            if _core(word) in grammar.relative_negators:
                break  # «إعادة ما دمرته X»: the relative clause after «ما» is no act the words before it intend
            if distance < grammar.windows["future"] and (word.norm in grammar.future_particles):
                future = True
            if word.forms & grammar.intent_before and not _qualifies_noun_before(views, word, grammar):
                intent = True
        intent = intent or _intent_before_complement(views, position, floor, sentence_floor, grammar)
        for word in _words_before(views, position, floor, grammar.windows["claim"]):
            if word.forms & grammar.claim_before:
                claim = True
        for word in _words_before(views, position, sentence_floor, grammar.windows["conditional"]):
            if conditional_word(views, word, grammar) or _opens_condition(views, word, grammar):
                conditional = True
    if is_noun:
        after = [v for v in views[trigger_end : trigger_end + 4] if v.is_word][:2]
        if any(v.forms & grammar.intent_after for v in after):
            intent = True
        if any(v.forms & grammar.claim_after for v in after):
            claim = True
    start = min(heads, default=trigger_end)
    if _has_phrase(views, sentence_floor, start, grammar.conditional_phrases):
        conditional = True
    return Modality(negated, future, intent, conditional, claim)


@cache
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases if phrase)


def _has_phrase(views: Sequence[TokenView], start: int, end: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    firsts = _first_words(phrases)
    words = [v for v in views[start:end] if v.is_word]
    for index, word in enumerate(words):
        if not (word.forms & firsts or _core(word) in firsts):
            continue
        for phrase in phrases:
            if all(
                index + k < len(words) and (w in words[index + k].forms or w == _core(words[index + k]))
                for k, w in enumerate(phrase)
            ):
                return True
    return False


@cache
def _conditions_after() -> tuple[tuple[str, ...], ...]:
    phrases = load_json("events", "grammar.json")["conditional_cues"]["after"]
    return tuple(tuple(norm_word(word) for word in phrase.split()) for phrase in phrases)


def condition_after(views: Sequence[TokenView], start: int) -> bool:
    """«ستعيد فرض العقوبات ما لم يصلحوا الاتفاق»: a condition set after an intended act, in its sentence."""
    return _has_phrase(views, start, len(views), _conditions_after())
