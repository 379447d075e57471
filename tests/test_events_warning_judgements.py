"""A warning «حذر من أن ...» is a threat only when it threatens: a clause that judges another party's act as harmful
or unlawful criticises that party (111), a clause that only foretells harm with no one warned by name is no event,
and a reprisal, a price, a condition, a demand or the warner's own act keeps the threat (130).
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of


def test_a_warning_that_an_act_breaks_the_law_criticises_its_actor() -> None:
    text = "وحذرت كولومبيا من أن القرار الفنزويلي ينتهك الاتفاقات الموقعة بين البلدين."
    doc = build(text, [("كولومبيا", "LOC", "COL"), ("الفنزويلي", "LOC", "VENGOV")])
    assert coded(doc, "111") == {("COL", "VENGOV")}
    assert not coded_as(events_of(doc), "13")


def test_a_warning_addressed_to_the_actor_whose_acts_it_judges_criticises_it() -> None:
    text = "وحذر وزير الخارجية النرويجي المتمردين الكولومبيين من أن هذه الهجمات تقوض عملية السلام."
    doc = build(text, [("النرويجي", "LOC", "NORGOV"), ("المتمردين الكولومبيين", "MISC", "COLREB")])
    assert coded(doc, "111") == {("NORGOV", "COLREB")}
    assert not coded_as(events_of(doc), "13")


def test_a_gloomy_forecast_is_no_event() -> None:
    text = "وحذرت منظمة الصحة العالمية من أن آلاف اللاجئين السودانيين يعيشون في مخيمات مكتظة."
    doc = build(text, [("منظمة الصحة العالمية", "ORG", "IGOWHO"), ("اللاجئين السودانيين", "MISC", "SDNREF")])
    assert not coded_as(events_of(doc), ("13", "11"))


def test_a_promise_to_respond_keeps_the_threat() -> None:
    text = "وحذرت الحكومة الهندية من أن الرسوم الباكستانية تضر بالتجارة، متوعدة بالرد."
    doc = build(text, [("الحكومة الهندية", "ORG", "INDGOV"), ("الباكستانية", "LOC", "PAKGOV")])
    assert coded_as(events_of(doc), "13")
    assert not coded_as(events_of(doc), "11")


def test_a_price_to_pay_keeps_the_threat() -> None:
    text = "وحذر الرئيس الأذربيجاني من أن أرمينيا ستدفع ثمن أي هجوم على حدوده."
    doc = build(text, [("الأذربيجاني", "LOC", "AZEGOV"), ("أرمينيا", "LOC", "ARM")])
    assert coded(doc, "130") == {("AZEGOV", "ARM")}


def test_a_condition_keeps_the_threat() -> None:
    text = "وحذر المسؤول المغربي من أن صفقة الغاز الجزائرية معرضة للإلغاء ما لم تتراجع الجزائر عن قرارها."
    doc = build(text, [("المغربي", "LOC", "MARGOV"), ("الجزائرية", "LOC", "DZAGOV"), ("الجزائر", "LOC", "DZAGOV")])
    assert coded_as(events_of(doc), "13")
    assert not coded_as(events_of(doc), "11")


def test_a_warning_to_a_named_actor_that_judges_nothing_stays_a_threat() -> None:
    text = "وحذرت الحكومة الكينية الصومال من أن الوقت لم يعد في صالحها."
    doc = build(text, [("الحكومة الكينية", "ORG", "KENGOV"), ("الصومال", "LOC", "SOM")])
    assert coded(doc, "130") == {("KENGOV", "SOM")}


def test_what_a_judged_act_harms_is_not_criticised() -> None:
    text = "وحذرت الحكومة اليابانية من أن الأزمة تهدد الحكومة الإثيوبية."
    doc = build(text, [("الحكومة اليابانية", "ORG", "JPNGOV"), ("الحكومة الإثيوبية", "ORG", "ETHGOV")])
    assert not coded_as(events_of(doc), ("11", "13"))
