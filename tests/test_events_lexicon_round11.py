"""Word families of the eleventh round: the agencies' «دان» for «أدان», «استهجن», raids («داهم», «مداهمة»), a
treaty «الموقعة بين» two states, stabbing and ramming attacks and putting someone in jail — and the readings they
must not take (a person named Dan, a signed contract with no parties). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of


def test_dan_is_a_condemnation_like_adan() -> None:
    text = "ودان وزير الخارجية الكويتي الاعتداء على السفارة البحرينية."
    doc = build(text, [("الكويتي", "LOC", "KWTGOV"), ("البحرينية", "LOC", "BHRGOV")])
    assert coded(doc, "111") & {("KWTGOV", "BHRGOV")}


def test_a_man_named_dan_condemns_nothing() -> None:
    text = "وحذر مدير المخابرات الأمريكية دان فلوريس من هجمات إلكترونية."
    doc = build(text, [("الأمريكية", "LOC", "USAGOV"), ("دان فلوريس", "PERS", "USAGOV")])
    assert not coded_as(events_of(doc), "111")


def test_denouncing_with_istahjana() -> None:
    text = "واستهجنت وزارة الخارجية القطرية تصريحات الوزير الإيراني."
    doc = build(text, [("وزارة الخارجية القطرية", "ORG", "QATGOV"), ("الإيراني", "LOC", "IRNGOV")])
    assert coded(doc, "111") & {("QATGOV", "IRNGOV")}


def test_a_police_raid_is_coded_as_a_search_to_arrest() -> None:
    text = "وداهمت الشرطة التونسية منزل المعارض الليبي في صفاقس."
    doc = build(text, [("الشرطة التونسية", "ORG", "TUNCOP"), ("المعارض الليبي", "MISC", "LBYOPP")])
    assert coded(doc, "173") & {("TUNCOP", "LBYOPP")}


def test_a_treaty_signed_between_two_states() -> None:
    text = "وتنص المعاهدة الموقعة بين الأردن وإسرائيل على ترسيم الحدود."
    doc = build(text, [("الأردن", "LOC", "JOR"), ("إسرائيل", "LOC", "ISR")])
    assert coded(doc, "057") & {("JOR", "ISR"), ("ISR", "JOR")}


def test_a_site_with_no_treaty_is_no_signing() -> None:
    text = "وزار الوزير موقع الحفريات في البتراء."
    doc = build(text, [])
    assert not coded_as(events_of(doc), "057")


def test_stabbing_and_ramming_attacks_are_assaults() -> None:
    text = "ونفذ تنظيم داعش عملية طعن ضد جنود فرنسيين في باريس."
    doc = build(text, [("تنظيم داعش", "ORG", "IMGMUSISI"), ("فرنسيين", "MISC", "FRAMIL")])
    assert coded(doc, "180") & {("IMGMUSISI", "FRAMIL")}


def test_putting_a_journalist_in_jail_is_a_detention() -> None:
    text = "وأودعت السلطات المصرية الصحفي السجن بعد التحقيق معه."
    doc = build(text, [("السلطات المصرية", "ORG", "EGYGOV"), ("الصحفي", "MISC", "EGYMED")])
    assert coded_as(events_of(doc), "173")
