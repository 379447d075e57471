"""The tense of the clause around a time expression, from cheap surface cues.

A clause speaks of the future when a verb in it carries the future proclitic «س» (the tokenizer's clitic
analysis: «سيلتقي», «ستجرى») or a future cue word stands in it («سوف», «يعتزم», «من المقرر», «اللقاء المرتقب»),
unless a past auxiliary stands right before that verb («كان سيزور»). The clause is cut at punctuation and at
complementizers: in «قال الأحد إن الوفد سيزور القاهرة» the future belongs to the reported clause, not to «الأحد».
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.time.lexicon import Lexicon
from rasd.time.scan import Item

BEFORE = 20  # items looked at before the expression, at most
AFTER = 8  # and after it


def _boundary(item: Item, lexicon: Lexicon) -> bool:
    if item.kind == "punct":
        return item.key not in ("/", "(", ")", "-", "«", "»", '"')
    boundaries = lexicon.sets["clause_boundaries"]
    return item.key in boundaries or (item.proclitics + item.key) in boundaries


def _future_cue(items: Sequence[Item], index: int, lexicon: Lexicon) -> bool:
    item = items[index]
    previous = items[index - 1].key if index > 0 else ""
    if item.future_prefix or item.key in lexicon.future_cues:
        return previous not in lexicon.past_overrides
    if item.key in lexicon.sets["future_after_min"]:
        return previous == "من" or (index > 0 and items[index - 1].proclitics + previous == "من")
    return False


def is_future(items: Sequence[Item], first: int, last: int, lexicon: Lexicon) -> bool:
    sentence = items[first].sentence
    if first > 0 and items[first - 1].key in ("منذ", "مذ"):
        return False  # «منذ أبريل»: since a past month
    past_verbs = lexicon.sets["past_clause_verbs"]
    index = first - 1
    while index >= max(0, first - BEFORE):
        item = items[index]
        if item.sentence != sentence:
            break
        if _boundary(item, lexicon):
            # «من المتوقع أن … الخميس», «يعتزم أن …»: the cue governs the clause it introduces
            return index > 0 and item.key in ("ان", "أن") and _future_cue(items, index - 1, lexicon)
        if _future_cue(items, index, lexicon):
            return True
        if not item.future_prefix and (item.key in past_verbs or item.proclitics + item.key in past_verbs):
            return False  # «أعلن الجيش الأحد عن عملية ستنطلق»: the day of a past act, not of what follows it
        index -= 1
    index = last + 1
    while index < min(len(items), last + 1 + AFTER):
        item = items[index]
        if item.sentence != sentence or _boundary(item, lexicon):
            break
        if _future_cue(items, index, lexicon):
            return True
        index += 1
    return False
