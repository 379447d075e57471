"""Killing between armed actors is fighting (CAMEO 19), killing the unarmed stays an assault (1823); a counted
people noun («عشرات الفلسطينيين», «17 فلسطينيا») is people, not the sector of an earlier title. Sentences written for
these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of
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


def test_killing_combatants_is_military_force_whoever_reports_the_killer() -> None:
    # the killer is coded as the government, no armed sector: the armed victims alone make it fighting (190)
    text = "وأعلنت الحكومة الأفغانية قتل قائد تنظيم داعش في ولاية ننكرهار."
    doc = build(text, [("الحكومة الأفغانية", "ORG", "AFGGOV"), ("تنظيم داعش", "ORG", "IMGMUSISI")])
    assert coded(doc, "190") == {("AFGGOV", "IMGMUSISI")}
    assert not coded(doc, "18")
    text = "وأعلنت الحكومة الأفغانية قتل خمسة مدنيين أفغان في ولاية ننكرهار."
    doc = build(text, [("الحكومة الأفغانية", "ORG", "AFGGOV"), ("أفغان", "LOC", "AFGCVL")])
    assert not coded(doc, "19")


def test_roads_cut_by_armed_forces_are_a_blockade_not_a_roadblock() -> None:
    text = "وقطعت القوات العراقية طرق إمداد مسلحي تنظيم داعش قرب الموصل."
    doc = build(text, [("القوات العراقية", "ORG", "IRQMIL"), ("تنظيم داعش", "ORG", "IMGMUSISI")])
    assert {(e.cameo, e.source.actor, e.target.actor) for e in events_of(doc)} == {("191", "IRQMIL", "IMGMUSISI")}
    text = "وقطع المحتجون الأردنيون الطرق المؤدية إلى مقر الحكومة الأردنية."
    doc = build(text, [("الأردنيون", "LOC", "JORCVL"), ("الحكومة الأردنية", "ORG", "JORGOV")])
    assert {e.cameo for e in events_of(doc)} == {"144"}


def test_cutting_the_road_before_someone_is_no_roadblock() -> None:
    # «قطع الطريق أمام/على» forestalls a move or waylays a person: neither a roadblock nor a blockade
    text = "وقطعت القوات السورية الطريق أمام محاولات المعارضة السورية للتقدم."
    doc = build(text, [("القوات السورية", "ORG", "SYRMIL"), ("المعارضة السورية", "ORG", "SYROPP")])
    assert not [e for e in events_of(doc) if e.cameo.startswith(("144", "191"))]
