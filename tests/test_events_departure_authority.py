"""An agentless deportation or expulsion from a country is done by that country's state (round 28)."""

from __future__ import annotations

from events_helpers import build, coded


def test_deportation_from_a_country_is_by_its_police() -> None:
    text = "وذكر التقرير أنه تم ترحيل مئات العمال الإثيوبيين من السعودية خلال الصيف."
    doc = build(text, [("الإثيوبيين", "LOC", "ETHLAB"), ("السعودية", "LOC", "SAU")])
    assert coded(doc, "174") == {("SAUCOP", "ETHLAB")}


def test_diplomats_expelled_from_a_country_by_its_state() -> None:
    text = "وجاء القرار بعد طرد الدبلوماسيين الكوبيين من كندا في الربيع."
    doc = build(text, [("الكوبيين", "LOC", "CUBGOV"), ("كندا", "LOC", "CAN")])
    assert coded(doc, "161") == {("CANGOV", "CUBGOV")}


def test_people_after_from_are_the_deported_not_the_deporting_state() -> None:
    # «من» after a quantifier names the ones deported; the country after the second «من» deports them
    text = "وتم ترحيل عدد من الصوماليين من كينيا الأسبوع الماضي."
    doc = build(text, [("الصوماليين", "LOC", "SOM"), ("كينيا", "LOC", "KEN")])
    assert coded(doc, "174") == {("KENCOP", "SOM")}
