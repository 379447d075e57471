"""Predicate senses of the ninth round: homographs and figurative objects that state no political event —
receiving or hosting migrants and refugees (no host visit, 043), facing a price fall (no fight, 190), achieving two
aims (no inquiry, 090), police or an army massing (no demonstration, 141) and statements that target someone (no
attack, 190); talks on a ceasefire (no ceasefire, 0871), easing fears (no de-escalation, 087) and a strong critic (no
criticism, 111). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of


def test_receiving_migrants_is_no_host_visit() -> None:
    text = "وتستقبل تركيا المهاجرين السوريين على أراضيها."
    doc = build(text, [("تركيا", "LOC", "TUR"), ("السوريين", "MISC", "SYRCVL")])
    assert not coded_as(events_of(doc), "043")


def test_readiness_to_receive_migrants_is_no_intent_to_meet() -> None:
    text = "وأعلنت إسبانيا استعدادها لاستقبال المهاجرين الأفارقة في موانئها."
    doc = build(text, [("إسبانيا", "LOC", "ESP"), ("الأفارقة", "MISC", "AFRCVL")])
    assert not coded_as(events_of(doc), "03")


def test_a_state_receiving_refugees_is_no_host_visit_but_a_minister_is() -> None:
    text = "واستقبلت ألمانيا اللاجئين السوريين العام الماضي."
    doc = build(text, [("ألمانيا", "LOC", "DEU"), ("السوريين", "MISC", "SYRCVL")])
    assert not coded_as(events_of(doc), "043")
    text = "واستقبل الرئيس المصري وزير الخارجية الأردني في القاهرة."
    doc = build(text, [("المصري", "LOC", "EGYGOV"), ("الأردني", "LOC", "JORGOV")])
    assert coded(doc, "043") & {("EGYGOV", "JORGOV")}


def test_facing_a_price_fall_is_no_fight() -> None:
    text = "وخفضت الكويت والبحرين دعم الوقود لمواجهة انخفاض أسعار النفط."
    doc = build(text, [("الكويت", "LOC", "KWT"), ("البحرين", "LOC", "BHR")])
    assert not coded_as(events_of(doc), "19")


def test_achieving_two_aims_is_no_inquiry() -> None:
    text = "وتحقق روسيا هدفين من وجودها العسكري في سوريا."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("سوريا", "LOC", "SYR")])
    assert not coded_as(events_of(doc), "09")


def test_police_massing_is_no_demonstration() -> None:
    text = "واحتشد أفراد من الشرطة الألمانية لمنع المحتجين من دخول المحطة."
    doc = build(text, [("الشرطة الألمانية", "ORG", "DEUCOP"), ("المحتجين", "MISC", "DEUCVL")])
    assert not coded_as(events_of(doc), "14")


def test_statements_targeting_candidates_are_no_attack() -> None:
    text = "وتستهدف تصريحات رئيس الوزراء البريطاني المرشحين المنافسين."
    doc = build(text, [("البريطاني", "LOC", "GBRGOV"), ("المرشحين المنافسين", "MISC", "GBROPP")])
    assert not coded_as(events_of(doc), "19")
    text = "واستهدف الجيش السوري مواقع المعارضة في إدلب."
    doc = build(text, [("الجيش السوري", "ORG", "SYRMIL"), ("المعارضة", "ORG", "SYROPP")])
    assert coded(doc, "19") & {("SYRMIL", "SYROPP")}


def test_failed_ceasefire_talks_are_no_ceasefire() -> None:
    text = "وفشلت مفاوضات وقف إطلاق النار بين روسيا وتركيا في أستانا."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("تركيا", "LOC", "TUR")])
    assert not coded_as(events_of(doc), "087")
    text = "وأعلنت روسيا وتركيا وقف إطلاق النار في إدلب."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("تركيا", "LOC", "TUR")])
    assert coded(doc, "0871") & {("RUS", "TUR"), ("TUR", "RUS")}


def test_easing_fears_is_no_de_escalation() -> None:
    text = "وسعت واشنطن إلى تهدئة مخاوف الحكومة اليابانية من الصواريخ."
    doc = build(text, [("واشنطن", "LOC", "USA"), ("اليابانية", "LOC", "JPNGOV")])
    assert not coded_as(events_of(doc), "03")
    assert not coded_as(events_of(doc), "087")


def test_an_army_massing_on_a_border_is_no_demonstration() -> None:
    text = "واحتشد الجيش الإسرائيلي على حدود غزة."
    doc = build(text, [("الجيش الإسرائيلي", "ORG", "ISRMIL"), ("غزة", "LOC", "PSE")])
    assert not coded_as(events_of(doc), "14")
    text = "واحتشد المتظاهرون المغاربة أمام البرلمان احتجاجا على الغلاء."
    doc = build(text, [("المغاربة", "MISC", "MARCVL")])
    assert coded_as(events_of(doc), "141")


def test_hosting_refugees_is_no_host_visit() -> None:
    text = "وتتحمل الأردن تكلفة عالية لاستضافة اللاجئين السوريين منذ سنوات."
    doc = build(text, [("الأردن", "LOC", "JOR"), ("السوريين", "MISC", "SYRREF")])
    assert not coded_as(events_of(doc), "043")


def test_a_strong_critic_is_no_criticism() -> None:
    text = "ويعد الرئيس الأمريكي منتقدا قويا للاتفاق مع إيران."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("إيران", "LOC", "IRN")])
    assert not coded_as(events_of(doc), "11")
    text = "وغادر الوزير البريطاني القاعة منتقدا سياسة روسيا."
    doc = build(text, [("البريطاني", "LOC", "GBRGOV"), ("روسيا", "LOC", "RUS")])
    assert coded(doc, "111") & {("GBRGOV", "RUS")}
