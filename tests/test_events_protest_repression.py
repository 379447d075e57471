"""Soldiers or police killing or shooting civilians in the news of protests repress them (CAMEO 175), wherever the
article names the protests; elsewhere the killing stays an assault (1823) or small-arms fire (193). Sentences
written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_killing_in_an_article_about_protests_is_repression() -> None:
    text = "وقتلت القوات الإسرائيلية عشرات الفلسطينيين قرب السياج. وتتواصل المسيرات منذ أسابيع."
    doc = build(text, [("القوات الإسرائيلية", "ORG", "ISRMIL"), ("الفلسطينيين", "LOC", "PSE")])
    assert coded(doc, "175") == {("ISRMIL", "PSE")}
    assert not coded(doc, "18")


def test_a_people_killed_by_its_own_police_is_repression_only_where_the_clause_says_so() -> None:
    # the killing may be what set the marches off: small-arms fire, unless the clause names the protesters
    text = "خرج آلاف المتظاهرين إلى الشوارع. وقتلت الشرطة الكينية ثلاثة مدنيين كينيين بالرصاص."
    doc = build(text, [("الشرطة الكينية", "ORG", "KENCOP"), ("كينيين", "LOC", "KENCVL")])
    assert coded(doc, "19") == {("KENCOP", "KENCVL")} and not coded(doc, "175")
    text = "خرج الآلاف إلى الشوارع. وقتلت الشرطة الكينية ثلاثة مدنيين كينيين من المتظاهرين."
    doc = build(text, [("الشرطة الكينية", "ORG", "KENCOP"), ("كينيين", "LOC", "KENCVL")])
    assert coded(doc, "175") == {("KENCOP", "KENCVL")}


def test_without_protests_or_by_armed_groups_the_killing_keeps_its_code() -> None:
    text = "وقتلت القوات الإسرائيلية عشرات الفلسطينيين قرب السياج."
    doc = build(text, [("القوات الإسرائيلية", "ORG", "ISRMIL"), ("الفلسطينيين", "LOC", "PSE")])
    assert coded(doc, "18") == {("ISRMIL", "PSE")} and not coded(doc, "175")
    text = "قصفت طائرات مسيرة موقعا. وقتلت القوات الإسرائيلية عشرات الفلسطينيين قرب السياج."
    doc = build(text, [("القوات الإسرائيلية", "ORG", "ISRMIL"), ("الفلسطينيين", "LOC", "PSE")])
    assert not coded(doc, "175")  # drones, no marches
    text = "وتتواصل الاحتجاجات في المدينة. وقتل مسلحو تنظيم داعش خمسة مدنيين عراقيين."
    doc = build(text, [("تنظيم داعش", "ORG", "IMGMUSISI"), ("عراقيين", "LOC", "IRQCVL")])
    assert coded(doc, "18") == {("IMGMUSISI", "IRQCVL")} and not coded(doc, "175")
