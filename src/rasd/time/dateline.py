"""The publication date an article states about itself: a dateline at the top («دمشق – 22 تموز (يوليو) 2021»)
or a footer/byline cue before a full date («نُشر في 22 يوليو 2021», «تاريخ النشر: …», «آخر تحديث: …»)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rasd.text.agencies import starts_with_agency
from rasd.time.grammar import Mention
from rasd.time.lexicon import Lexicon
from rasd.time.resolve import hijri_to_gregorian
from rasd.time.scan import Item

_DATELINE_MAX_WORDS = 6


def full_date(mention: Mention) -> dt.date | None:
    """The day a mention names without any anchor (day, month and year all written), else None."""
    meaning = mention.meaning
    if meaning.kind not in ("date", "time") or None in (meaning.year, meaning.month, meaning.day):
        return None
    assert meaning.year is not None and meaning.month is not None and meaning.day is not None
    if meaning.hijri:
        return hijri_to_gregorian(meaning.year, meaning.month, meaning.day)
    try:
        return dt.date(meaning.year, meaning.month, meaning.day)
    except ValueError:
        return None


def detect_published(items: Sequence[Item], mentions: list[Mention], lexicon: Lexicon) -> dt.date | None:
    """The publication date stated in the text, or None. A cue before a date beats a dateline at the top."""
    dateline: dt.date | None = None
    for mention in mentions:
        day = full_date(mention)
        if day is None:
            continue
        if _after_cue(items, mention.first, lexicon):
            return day
        if dateline is None and _is_dateline(items, mention, lexicon):
            dateline = day
    return dateline


def _after_cue(items: Sequence[Item], first: int, lexicon: Lexicon) -> bool:
    words = [item.proclitics + item.key for item in items[max(0, first - 4) : first] if item.kind != "punct"]
    return any(len(cue) <= len(words) and tuple(words[-len(cue) :]) == cue for cue in lexicon.dateline_cues)


def _is_dateline(items: Sequence[Item], mention: Mention, lexicon: Lexicon) -> bool:
    if items[mention.first].start > lexicon.dateline_max_start:
        return False
    before = items[: mention.first]
    if sum(1 for item in before if item.kind != "punct") > _DATELINE_MAX_WORDS:
        return False
    if not before or any(item.kind == "punct" and item.key in "-–—:(|" for item in before):
        return True  # «دمشق – 22 تموز 2021»
    return _agency_after(items, mention.last + 1)  # «الرباط، 5 يناير 2022 (رويترز) -»


def _agency_after(items: Sequence[Item], index: int) -> bool:
    """A news agency in brackets or slashes at `index` («(رويترز)», «/أ ش أ/»)."""
    if index >= len(items) or items[index].kind != "punct" or items[index].key not in ("(", "/"):
        return False
    return starts_with_agency([item.key.lower() for item in items[index + 1 : index + 8] if item.kind != "punct"])
