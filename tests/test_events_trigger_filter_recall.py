"""Recall on the trigger and filter side: calls whose called-for act the lexicon reads with little confidence, and
predicates common in news that the lexicon lacked. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_a_call_to_allow_something_stays_an_appeal_whatever_the_confidence_of_allowing() -> None:
    text = "ودعت منظمة الصحة العالمية الحكومة السورية إلى السماح للفرق الطبية بدخول المدينة."
    doc = build(text, [("منظمة الصحة العالمية", "ORG", "IGOUNOWHO"), ("الحكومة السورية", "ORG", "SYRGOV")])
    assert ("IGOUNOWHO", "SYRGOV") in coded(doc, "02")


def test_a_demand_to_allow_something_stays_a_demand() -> None:
    text = "وطالبت اللجنة الدولية للصليب الأحمر السلطات الإثيوبية بالسماح لفرقها بزيارة المعتقلين."
    doc = build(text, [("اللجنة الدولية للصليب الأحمر", "ORG", "NGOHLHIRC"), ("السلطات الإثيوبية", "ORG", "ETHGOV")])
    assert ("NGOHLHIRC", "ETHGOV") in coded(doc, "10")


def test_attributing_an_attack_to_someone_blames_them() -> None:
    text = "ونسبت السلطات الكينية الهجوم إلى حركة الشباب."
    doc = build(text, [("السلطات الكينية", "ORG", "KENGOV"), ("حركة الشباب", "ORG", "SOMREB")])
    assert coded(doc, "112") == {("KENGOV", "SOMREB")}


def test_a_share_or_a_quotation_attributed_is_no_blame() -> None:
    text = (
        "وقالت الوزارة إن الصادرات الكينية بلغت ما نسبته عشرون في المئة. "
        "ونسبت الوكالة إلى الوزير قوله إن الحكومة مستعدة."
    )
    doc = build(text, [("الوزارة", "ORG", "KENGOV"), ("الوكالة", "ORG", "KENMED"), ("الوزير", "PERS", "KENGOV")])
    assert coded(doc, "112") == set()
