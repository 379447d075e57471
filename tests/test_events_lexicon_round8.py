"""Predicate senses of the eighth round: coordinating with (050, security coordination 062), discussing with (a
verbal noun, 040), negotiating with a direct object (046), armed conflicts
(190) and lending money (071). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of
from rasd.pipeline import analyze


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


def test_de_escalation_zones_are_named_places_not_an_event() -> None:
    zone = "وحددت الأردن وروسيا والولايات المتحدة منطقة لخفض التصعيد في جنوب سوريا."
    entities = [
        ("الأردن", "LOC", "JOR"),
        ("روسيا", "LOC", "RUS"),
        ("الولايات المتحدة", "LOC", "USA"),
        ("سوريا", "LOC", "SYR"),
    ]
    assert not coded_as(events_of(build(zone, entities)), "087")
    agreed = "واتفقت روسيا وتركيا على خفض التصعيد في إدلب."
    doc = build(agreed, [("روسيا", "LOC", "RUS"), ("تركيا", "LOC", "TUR")])
    assert coded(doc, "03") & {("RUS", "TUR"), ("TUR", "RUS")}


def test_a_ceasefire_monitoring_mission_is_no_ceasefire() -> None:
    text = "ومدد مجلس الأمن عمل بعثة مراقبة وقف إطلاق النار بين المغرب وجبهة البوليساريو."
    doc = build(
        text, [("مجلس الأمن", "ORG", "IGOUNO"), ("المغرب", "LOC", "MAR"), ("جبهة البوليساريو", "ORG", "MARREB")]
    )
    assert not coded_as(events_of(doc), "087")


def test_trade_relations_are_economic_cooperation() -> None:
    text = "ونجحت قطر في إقامة علاقات تجارية جديدة مع سلطنة عمان."
    doc = build(text, [("قطر", "LOC", "QAT"), ("سلطنة عمان", "LOC", "OMN")])
    assert coded(doc, "061") == {("QAT", "OMN")}
    assert not coded_as(events_of(doc), "05")


def test_cooperation_on_security_matters_is_military_cooperation() -> None:
    text = "وقالت الحكومة إن مصر تتعاون مع الأردن في قضايا أمنية كثيرة."
    doc = build(text, [("مصر", "LOC", "EGY"), ("الأردن", "LOC", "JOR")])
    assert coded(doc, "062") & {("EGY", "JOR"), ("JOR", "EGY")}


def test_attacks_with_bombs_are_bombings() -> None:
    text = "وشن مسلحون هجمات بقنابل على مراكز الشرطة العراقية."
    doc = build(text, [("الشرطة العراقية", "ORG", "IRQCOP")])
    assert coded(doc, "183") == {(None, "IRQCOP")}


def test_chemical_weapons_in_either_spelling() -> None:
    text = "وقالت فرنسا إن النظام السوري شن هجوما بالأسلحة الكيمياوية على دوما."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("النظام السوري", "ORG", "SYRGOV"), ("دوما", "LOC", "SYR")])
    assert coded(doc, "2041") == {("SYRGOV", "SYR")}


def test_soldiers_killing_protesters_is_violent_repression() -> None:
    text = "وقتلت القوات الإسرائيلية عشرات المحتجين الفلسطينيين على حدود غزة."
    doc = build(text, [("القوات الإسرائيلية", "ORG", "ISRMIL"), ("الفلسطينيين", "LOC", "PSECVL")])
    assert coded(doc, "175") == {("ISRMIL", "PSECVL")}
    text = "وقتلت القوات الإسرائيلية ثلاثة مسلحين فلسطينيين في غارة على غزة."
    doc = build(text, [("القوات الإسرائيلية", "ORG", "ISRMIL"), ("فلسطينيين", "LOC", "PSEREB")])
    assert not coded_as(events_of(doc), "175")


def test_violating_airspace_is_a_show_of_military_power() -> None:
    text = "وجدد الطيران الإسرائيلي انتهاكه لسيادة الأجواء اللبنانية."
    doc = build(text, [("الإسرائيلي", "LOC", "ISRMIL"), ("اللبنانية", "LOC", "LBN")])
    assert coded(doc, "150") == {("ISRMIL", "LBN")}
    text = "وانتهكت طائرات روسية المجال الجوي التركي."
    doc = build(text, [("روسية", "LOC", "RUSMIL"), ("التركي", "LOC", "TUR")])
    assert coded(doc, "150") == {("RUSMIL", "TUR")}


def test_violating_international_law_stays_a_violation_of_norms() -> None:
    text = "وقالت الحكومة إن إسرائيل انتهكت القانون الدولي في غزة."
    doc = build(text, [("إسرائيل", "LOC", "ISR"), ("غزة", "LOC", "PSE")])
    assert not coded_as(events_of(doc), "15")


def test_an_exchange_of_gunfire_is_small_arms_and_of_shelling_artillery() -> None:
    gunfire = "وتبادل الجيش الهندي والجيش الباكستاني إطلاق النار على الحدود."
    doc = build(gunfire, [("الجيش الهندي", "ORG", "INDMIL"), ("الجيش الباكستاني", "ORG", "PAKMIL")])
    assert {e.cameo for e in events_of(doc)} == {"193"}
    shelling = "وتبادل الجيش الهندي والجيش الباكستاني القصف على الحدود."
    doc = build(shelling, [("الجيش الهندي", "ORG", "INDMIL"), ("الجيش الباكستاني", "ORG", "PAKMIL")])
    assert {e.cameo for e in events_of(doc)} == {"194"}
    artillery = "وتبادلت القوات الهندية والباكستانية إطلاق نيران المدفعية في كشمير."
    doc = build(artillery, [("الهندية", "LOC", "INDMIL"), ("والباكستانية", "LOC", "PAKMIL")])
    assert {e.cameo for e in events_of(doc)} == {"194"}


def test_a_crowd_of_supporters_is_no_massing_of_forces() -> None:
    events = analyze("وحشد أردوغان آلاف المؤيدين في تجمع انتخابي ضد المعارضة.", published="2018-06-01").events
    assert not [e for e in events if e.cameo.startswith("154")]
    events = analyze("وحشد الجيش التركي آلاف الجنود على الحدود مع سوريا.", published="2018-06-01").events
    assert ("154", "TURMIL", "SYR") in {(e.cameo, e.source.actor, e.target.actor) for e in events}
