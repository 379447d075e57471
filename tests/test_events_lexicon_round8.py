"""Predicate senses of the eighth round: coordinating with (050, security coordination 062), discussing with (a
verbal noun, 040), negotiating with a direct object (046), armed conflicts
(190) and lending money (071). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of


def test_security_coordination_is_military_cooperation() -> None:
    text = "وقال المسؤول إن الأردن ينسق مع العراق في المجال الأمني على الحدود."
    doc = build(text, [("الأردن", "LOC", "JOR"), ("العراق", "LOC", "IRQ")])
    events = events_of(doc)
    assert {(e.cameo, *sorted([str(e.source.actor), str(e.target.actor)])) for e in events} >= {("062", "IRQ", "JOR")}


def test_coordinating_with_a_government_is_diplomatic_cooperation() -> None:
    text = "وقالت الخارجية إن الولايات المتحدة نسقت مع الحكومة الأردنية لإعادة المواطنين."
    doc = build(text, [("الولايات المتحدة", "LOC", "USA"), ("الحكومة الأردنية", "ORG", "JORGOV")])
    assert coded(doc, "05") & {("USA", "JORGOV"), ("JORGOV", "USA")}


def test_a_pattern_is_no_coordination() -> None:
    text = "وبنت الحكومة المصرية المدينة الجديدة على نسق العاصمة الفرنسية."
    doc = build(text, [("المصرية", "LOC", "EGYGOV"), ("الفرنسية", "LOC", "FRA")])
    assert not coded_as(events_of(doc), "05")


def test_discussion_with_is_a_consultation() -> None:
    text = "وبدأت فرنسا مناقشة مشروع القرار مع ألمانيا الأسبوع الماضي."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("ألمانيا", "LOC", "DEU")])
    assert coded(doc, "04") & {("FRA", "DEU"), ("DEU", "FRA")}


def test_a_discussion_without_a_partner_is_no_event() -> None:
    text = "وأرجأ البرلمان التونسي مناقشة قانون المالية."
    doc = build(text, [("التونسي", "LOC", "TUNLEG")])
    assert not coded_as(events_of(doc), "04")


def test_negotiating_with_a_direct_object() -> None:
    text = "ويفاوض الرئيس الكولومبي المتمردين منذ عامين في هافانا."
    doc = build(text, [("الكولومبي", "LOC", "COLGOV"), ("المتمردين", "MISC", "COLREB")])
    assert coded(doc, "04") & {("COLGOV", "COLREB"), ("COLREB", "COLGOV")}


def test_an_armed_conflict_between_two_sides_is_fighting() -> None:
    text = "وتشهد ليبيا نزاعا مسلحا بين قوات حفتر وحكومة الوفاق."
    doc = build(text, [("قوات حفتر", "ORG", "LBYMIL"), ("حكومة الوفاق", "ORG", "LBYGOV")])
    assert coded(doc, "19") & {("LBYMIL", "LBYGOV"), ("LBYGOV", "LBYMIL")}


def test_a_legal_dispute_is_no_fighting() -> None:
    text = "ونشب نزاع قانوني بين الشركة الأمريكية والحكومة المصرية."
    doc = build(text, [("الأمريكية", "LOC", "USABUS"), ("المصرية", "LOC", "EGYGOV")])
    assert not coded_as(events_of(doc), "19")


def test_lending_money_is_economic_aid() -> None:
    text = "وأقرض صندوق النقد الدولي مصر 12 مليار دولار."
    doc = build(text, [("صندوق النقد الدولي", "ORG", "IGOIMF"), ("مصر", "LOC", "EGY")])
    assert coded(doc, "071") == {("IGOIMF", "EGY")}
