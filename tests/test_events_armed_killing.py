"""Killing between armed actors is fighting (CAMEO 19), killing the unarmed stays an assault (1823); a counted
people noun («عشرات الفلسطينيين», «17 فلسطينيا») is people, not the sector of an earlier title. Sentences written for
these tests."""

from __future__ import annotations

from events_helpers import build, coded
from rasd.pipeline import analyze


def test_soldiers_killing_militants_is_military_force() -> None:
    text = "وقتلت قوات الأمن العراقية سبعة من مسلحي تنظيم داعش في الأنبار."
    doc = build(text, [("قوات الأمن العراقية", "ORG", "IRQCOP"), ("تنظيم داعش", "ORG", "IMGMUSISI")])
    assert coded(doc, "19") == {("IRQCOP", "IMGMUSISI")}
    assert not coded(doc, "18")


def test_killing_civilians_stays_an_assault() -> None:
    text = "وقتل مسلحو تنظيم داعش خمسة مدنيين عراقيين في الأنبار."
    doc = build(text, [("تنظيم داعش", "ORG", "IMGMUSISI"), ("عراقيين", "LOC", "IRQCVL")])
    assert coded(doc, "18") == {("IMGMUSISI", "IRQCVL")}


def test_counted_people_take_no_sector_from_an_earlier_title() -> None:
    doc = analyze("وقتلت القوات الإسرائيلية عشرات الفلسطينيين قرب السياج.", published="2021-07-22")
    people = [e for e in doc.entities if e.text == "الفلسطينيين"]
    assert people and all(e.actor is not None and e.actor.cameo == "PSE" for e in people)
    assert {(e.source.actor, e.target.actor) for e in doc.events} == {("ISRMIL", "PSE")}


def test_support_one_armed_force_gives_another_is_military_aid() -> None:
    text = "وتقدمت القوات الحكومية اليمنية في الحديدة بإسناد من قوات التحالف العربي."
    doc = build(text, [("القوات الحكومية اليمنية", "ORG", "YEMMIL"), ("قوات التحالف العربي", "ORG", "SAUMIL")])
    assert ("SAUMIL", "YEMMIL") in coded(doc, "072")
    text = "وأعلنت الحكومة البريطانية دعمها للجيش السعودي."
    doc = build(text, [("الحكومة البريطانية", "ORG", "GBRGOV"), ("للجيش السعودي", "ORG", "SAUMIL")])
    assert coded(doc, "051") == {("GBRGOV", "SAUMIL")}


def test_soldiers_killed_in_an_ambush_are_its_target() -> None:
    for text in (
        "وقتل ثلاثة جنود أفغان في كمين نصبه مسلحو حركة طالبان.",
        "وقتل ثلاثة جنود أفغان في هجوم شنه مسلحو حركة طالبان.",
    ):
        doc = build(text, [("حركة طالبان", "ORG", "AFGINS"), ("أفغان", "LOC", "AFGMIL")])
        assert coded(doc, "19") == {("AFGINS", "AFGMIL")}, text


def test_a_district_named_before_its_town_is_a_place_not_a_judiciary() -> None:
    doc = analyze("وسيطر مسلحو تنظيم داعش على قضاء سنجار في محافظة نينوى.", published="2015-08-10")
    assert {(e.source.actor, e.target.actor) for e in doc.events if e.cameo.startswith("19")} == {("IMGMUSISI", "IRQ")}
