"""«سيارة ملغومة» (a mined car) is a car bomb as «سيارة مفخخة» is (round 24): the attack it is used in is 1832,
not a mined area. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _codes(text: str, entities: list[tuple[str, str, str | None]]) -> set[str]:
    return {e.cameo for e in events_of(build(text, entities))}


def test_an_attack_with_a_mined_car_is_a_car_bombing() -> None:
    text = "وهاجمت حركة الشباب بسيارة ملغومة قافلة للجيش الصومالي قرب مقديشو."
    entities = [("حركة الشباب", "ORG", "SOMREB"), ("الصومالي", "LOC", "SOMMIL"), ("مقديشو", "LOC", "SOM")]
    assert "1832" in _codes(text, entities)


def test_a_mined_car_attack_noun_is_a_car_bombing() -> None:
    text = "وقتل ثلاثة من رجال الشرطة العراقية في هجوم بسيارة ملغومة شنه تنظيم داعش في الرمادي."
    entities = [("العراقية", "LOC", "IRQCOP"), ("داعش", "ORG", "IMGMUSISI"), ("الرمادي", "LOC", "IRQ")]
    codes = _codes(text, entities)
    assert "1832" in codes and "190" not in codes


def test_a_mine_field_is_no_car_bomb() -> None:
    # «ملغومة» without a vehicle (a mined area): no bombing at all
    text = "وهاجم الجيش اليمني مواقع الحوثيين في منطقة ملغومة قرب تعز."
    entities = [("اليمني", "LOC", "YEMMIL"), ("الحوثيين", "ORG", "YEMREB"), ("تعز", "LOC", "YEM")]
    assert _codes(text, entities) == {"190"}
