"""Clubs named after their city: «فاز ليون الفرنسي», «أمام روما الإيطالي», «من تورينو الإيطالي».

Arabic makes a city feminine («ليون الفرنسية») and a club masculine (it stands for «نادي»/«فريق»). After tagging,
a place entity of one or two words that is a city of the gazetteer (not a country or region), followed by the
masculine gentilic of that city's own country, is the club and becomes ORG; the gentilic stays untagged, as in
ANERcorp. A masculine gentilic may also belong to a noun before the city («ميناء جدة السعودي», «متحف باردو
التونسي», «خام تكساس الأميركي»), so the entity must follow punctuation, another entity («مانشستر يونايتد وليون
الفرنسي»), or a function word that is not a locative («أمام», «ضد», «من», «على»; after «في», «إلى» a place is
meant more often than a club).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.actors.kb import knowledge_base, name_key
from rasd.actors.lexicon import is_function_word, written_key
from rasd.entities.conll import chunks
from rasd.entities.forms import word_form
from rasd.entities.places import is_place_context
from rasd.text.normalize import devocalize


def _club_position(words: Sequence[str], tags: Sequence[str], first: int) -> bool:
    """Whether what stands before the entity at `first` lets a gentilic after it describe the entity itself."""
    if first == 0:
        return True
    previous = words[first - 1]
    if word_form(previous).shape == "punct" or tags[first - 1] != "O":
        return True
    return is_function_word(written_key(previous)) and not is_place_context(previous)


def mark_city_clubs(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """`tags` with each city followed by the masculine gentilic of its country relabelled ORG (the club)."""
    out = list(tags)
    if "B-LOC" not in out:
        return out
    kb = knowledge_base()
    for first, last, label in chunks(out):
        if label != "LOC" or last - first > 2 or last >= len(words) or out[last] != "O":
            continue
        gentilic = devocalize(words[last])
        if not gentilic.startswith("ال") or not gentilic.endswith("ي"):
            continue
        demonym = kb.find_demonym(gentilic)
        if demonym is None or demonym.country is None:
            continue
        entries = kb.lookup_key(name_key(" ".join(words[first:last])))
        if any(e.kind not in ("place", "capital") for e in entries):
            continue  # a country, region or organisation so named
        if not any(e.country == demonym.country for e in entries):
            continue
        if _club_position(words, out, first):
            out[first:last] = ["B-ORG", *["I-ORG"] * (last - first - 1)]
    return out
