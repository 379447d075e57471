"""A foreigner held, tried or questioned abroad keeps his own country: the gentilic of the holding body («السلطات
التركية») is not the detainee's nationality. Sentences written for these tests."""

from __future__ import annotations

from actors_helpers import actor_codes

_codes = actor_codes


def test_the_holding_bodys_gentilic_is_not_the_detainees_nationality() -> None:
    codes = _codes("واعتقلت السلطات التركية جون سميث في مطار إسطنبول الأسبوع الماضي.")
    assert codes.get("التركية") == "TURGOV"
    assert codes.get("جون سميث") is None


def test_a_detainee_named_earlier_keeps_his_own_country() -> None:
    codes = _codes("ودعت واشنطن إلى الإفراج عن القس الأمريكي جون سميث. واحتجزت الشرطة التركية سميث منذ عامين في إزمير.")
    assert codes.get("جون سميث") == "USAREL"
    assert codes.get("سميث") == "USAREL"
