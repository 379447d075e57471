"""Acts on a place's land, homes or hosted events with no one named as acted on (grammar `placed_targets`), on
sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _pairs(text: str, specs: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, specs))}


def test_settlements_built_in_a_place_fall_on_its_people() -> None:
    text = "وصادقت الحكومة الإسرائيلية على خطط لبناء 1500 وحدة استيطانية في الضفة الغربية."
    specs = [("الإسرائيلية", "LOC", "ISRGOV"), ("الضفة الغربية", "LOC", "PSE")]
    assert any(source == "ISRGOV" and target == "PSE" for _c, source, target in _pairs(text, specs))


def test_homes_demolished_in_a_place_fall_on_its_people() -> None:
    text = "وهدمت السلطات الإسرائيلية صباح اليوم ثلاثة منازل في القدس الشرقية."
    specs = [("الإسرائيلية", "LOC", "ISRGOV"), ("القدس الشرقية", "LOC", "PSE")]
    assert ("1712", "ISRGOV", "PSE") in _pairs(text, specs)


def test_a_boycotted_conference_falls_on_its_host_government() -> None:
    text = "وأعلنت هولندا مقاطعة مؤتمر الاستثمار الذي يعقد في الرياض."
    specs = [("هولندا", "LOC", "NLD"), ("الرياض", "LOC", "SAU")]
    assert any(c.startswith("16") and s == "NLD" and t == "SAUGOV" for c, s, t in _pairs(text, specs))


def test_a_boycott_naming_no_hosted_event_takes_no_place() -> None:
    # goods boycotted in a country are no act against that country's government
    text = "وأعلن ناشطون مقاطعة البضائع في الكويت."
    specs = [("الكويت", "LOC", "KWT")]
    assert not any(t == "KWTGOV" for _c, _s, t in _pairs(text, specs))


def test_a_place_in_another_clause_is_not_the_target() -> None:
    text = "وهدمت السلطات الإسرائيلية منازل، فيما تظاهر السكان في نابلس."
    specs = [("الإسرائيلية", "LOC", "ISRGOV"), ("نابلس", "LOC", "PSE")]
    assert not any(c == "1712" and t == "PSE" for c, _s, t in _pairs(text, specs))
