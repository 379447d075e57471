"""Names that mean one armed party only in the news of one theatre (data/actors/theatre_names.json).

«التحالف» and «المقاومة» are common nouns (an alliance, resistance); in an article about the war in Yemen they are
the Saudi-led coalition and the pro-government resistance forces, and the tagger seldom marks them. Once the
article's other mentions show the theatre, the bare definite heads (with the adjectives that are still part of
the name) become mentions of those parties.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasd.actors.kb import KbEntry, name_key
from rasd.resources import load_json


@dataclass(frozen=True)
class TheatreActor:
    entry: KbEntry
    heads: frozenset[str]
    adjectives: frozenset[str]
    needs_adjective: bool = False  # «القوات» alone is any forces; «القوات المشتركة» is the party
    not_after: frozenset[str] = frozenset()  # «مقاومة الاحتلال»: what is resisted, not who acts


@dataclass(frozen=True)
class Theatre:
    countries: frozenset[str]
    min_mentions: int
    actors: tuple[TheatreActor, ...]


@dataclass(frozen=True)
class TheatreNames:
    open_words: frozenset[str]
    other_names: frozenset[str]
    theatres: tuple[Theatre, ...]


@cache
def theatre_names() -> TheatreNames:
    raw = load_json("actors", "theatre_names.json")
    theatres = []
    for theatre in raw["theatres"]:
        actors = []
        for actor in theatre["actors"]:
            code = actor["cameo"]
            entry = KbEntry(
                actor["id"],
                "org",
                actor["heads"][0],
                actor["name_en"],
                code[:3],
                code,
                sector=code[3:6] or None,
                scannable=False,
                source="rasd_curated",
            )
            actors.append(
                TheatreActor(
                    entry,
                    frozenset(name_key(word) for word in actor["heads"]),
                    frozenset(name_key(word) for word in actor["adjectives"]),
                    bool(actor.get("needs_adjective", False)),
                    frozenset(name_key(word) for word in actor.get("not_after", ())),
                )
            )
        theatres.append(Theatre(frozenset(theatre["countries"]), int(theatre["min_mentions"]), tuple(actors)))
    return TheatreNames(
        frozenset(name_key(word) for word in raw["open_words"]),
        frozenset(name_key(word) for word in raw["other_names"]),
        tuple(theatres),
    )


_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يتين")


def names_another(bare: str) -> bool:
    """A definite word after a theatre name that makes it another body («الدولي», «الفلسطينية», «الحاكم»), not
    the party: a relational adjective (nisba) or one of the listed words."""
    return bare.endswith(_NISBA_ENDINGS) or bare in theatre_names().other_names


def active_theatres(entry_lists: Sequence[tuple[KbEntry, ...]]) -> list[Theatre]:
    """The theatres the article's mentions (their knowledge-base entries) show."""
    found = []
    for theatre in theatre_names().theatres:
        count = sum(
            1
            for entries in entry_lists
            if any((e.country or (e.cameo or "")[:3]) in theatre.countries for e in entries)
        )
        if count >= theatre.min_mentions:
            found.append(theatre)
    return found
