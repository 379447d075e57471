"""«شهد» lends its subject to the act it names only when that subject is a place, whose people act there («شهدت
مدينة X احتجاجات»); a person or body said to witness an act («البلاد التي تشهد احتجاجات» read back to the president
of the clause before) did not do it. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _events(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, entities))}


def test_a_place_that_witnesses_protests_lends_its_people() -> None:
    entities = [("مدينة البصرة", "LOC", "IRQ")]
    assert _events("شهدت مدينة البصرة احتجاجات واسعة على انقطاع الكهرباء.", entities) == {("141", "IRQ", None)}


def test_who_witnesses_protests_does_not_protest() -> None:
    entities = [("الرئيس الفنزويلي", "PERS", "VENGOV")]
    text = "ودعا الرئيس الفنزويلي إلى الحوار في البلاد التي تشهد منذ شهرين موجة احتجاجات ضد الغلاء."
    assert not any(cameo.startswith("14") for cameo, _, _ in _events(text, entities))
