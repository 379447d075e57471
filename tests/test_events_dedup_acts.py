"""De-duplication tells the acts of one root apart: the root's unspecified act told again in other words is one event
under its most specific telling, but two distinct acts of one root by the same parties (a siege and a shelling, an
air strike and an artillery barrage) are two events. Sentences written for these
tests; the repeated mentions are made one entity, as coreference would."""

from __future__ import annotations

import dataclasses

from events_helpers import build, events_of

_PARTIES = [
    ("قوات الحكومة", "ORG", "SYRMIL"),
    ("قوات الحكومة", "ORG", "SYRMIL", 2),
    ("بلدة الزيتون", "LOC", "SYR"),
    ("بلدة الزيتون", "LOC", "SYR", 2),
]


def _force_codes(text: str) -> list[str]:
    doc = build(text, _PARTIES)
    entities = list(doc.entities)
    for second, first in ((1, "e1"), (3, "e3")):  # the second mention of each party is the same entity
        entities[second] = dataclasses.replace(entities[second], cluster=first)
    doc.entities = tuple(entities)
    return sorted(e.cameo for e in events_of(doc) if e.cameo.startswith("19"))


def test_a_siege_and_a_shelling_of_one_town_are_two_events() -> None:
    text = "فرضت قوات الحكومة حصارا على بلدة الزيتون. وقصفت قوات الحكومة بلدة الزيتون بالمدفعية."
    assert _force_codes(text) == ["191", "194"]


def test_an_air_strike_and_an_artillery_barrage_are_two_events() -> None:
    text = "قصفت قوات الحكومة بلدة الزيتون بالطائرات. وقصفت قوات الحكومة بلدة الزيتون بالمدفعية."
    assert _force_codes(text) == ["194", "195"]


def test_an_attack_told_again_as_an_air_strike_stays_one_event() -> None:
    text = "هاجمت قوات الحكومة بلدة الزيتون. وقصفت قوات الحكومة بلدة الزيتون بالطائرات."
    assert _force_codes(text) == ["195"]


def _strikes(text: str, parties: list[tuple[str, str, str | None] | tuple[str, str, str | None, int]]) -> set[str]:
    doc = build(text, parties)
    return {f"{e.source.actor}>{e.target.actor}" for e in events_of(doc) if e.cameo.startswith("19")}


def test_an_act_of_a_country_told_again_with_its_sector_is_one_event_by_the_sector() -> None:
    text = "قصفت إسرائيل قطاع غزة بالطائرات. وقصف الجيش الإسرائيلي قطاع غزة بالطائرات."
    parties = [
        ("إسرائيل", "LOC", "ISR"),
        ("الجيش الإسرائيلي", "ORG", "ISRMIL"),
        ("قطاع غزة", "LOC", "PSE"),
        ("قطاع غزة", "LOC", "PSE", 2),
    ]
    assert _strikes(text, parties) == {"ISRMIL>PSE"}


def test_the_country_and_its_sector_acting_on_different_targets_are_two_events() -> None:
    text = "قصفت إسرائيل قطاع غزة بالطائرات. وقصف الجيش الإسرائيلي جنوب لبنان بالطائرات."
    parties = [
        ("إسرائيل", "LOC", "ISR"),
        ("الجيش الإسرائيلي", "ORG", "ISRMIL"),
        ("قطاع غزة", "LOC", "PSE"),
        ("لبنان", "LOC", "LBN"),
    ]
    assert _strikes(text, parties) == {"ISR>PSE", "ISRMIL>LBN"}
