"""Charges, investigations and custody undergone with no agent named are by the court, prosecutor or police the
article named before, of the same country as the one who undergoes them (round 29)."""

from __future__ import annotations

from events_helpers import build, coded


def test_accusations_faced_after_a_prosecutor_are_charges() -> None:
    text = "وقالت النيابة العامة الألمانية إنها أنهت تحقيقها في القضية. ويواجه كارل شميت اتهامات بالاحتيال الضريبي."
    doc = build(text, [("النيابة العامة الألمانية", "ORG", "DEUJUD"), ("كارل شميت", "PERS", "DEUBUS")])
    assert coded(doc, "115") == {("DEUJUD", "DEUBUS")}
    assert coded(doc, "112") == set()


def test_investigation_undergone_is_by_the_police_named_before() -> None:
    text = "وأعلنت الشرطة الهولندية توقيف شخصين. وخضع يان دي فريس للتحقيق في قضية رشوة."
    doc = build(text, [("الشرطة الهولندية", "ORG", "NLDCOP"), ("يان دي فريس", "PERS", "NLDLEG")])
    assert coded(doc, "09") == {("NLDCOP", "NLDLEG")}


def test_a_court_of_another_country_is_not_the_accuser() -> None:
    # the court of one country does not bring the accusations a foreigner faces at home; nor does a body accused
    # («الجيش») face charges from the court named before
    text = (
        "وقالت المحكمة البرازيلية إنها أجلت الجلسة. ويواجه خوان بيريز اتهامات بالتشهير. "
        "وأصدرت المحكمة الأرجنتينية حكمها. ويواجه الجيش الأرجنتيني اتهامات بارتكاب انتهاكات. "
        "ويواجه كارلوس رويز اتهامات بالرشوة."
    )
    doc = build(
        text,
        [
            ("المحكمة البرازيلية", "ORG", "BRAJUD"),
            ("خوان بيريز", "PERS", "ARGMED"),
            ("المحكمة الأرجنتينية", "ORG", "ARGJUD"),
            ("الجيش الأرجنتيني", "ORG", "ARGMIL"),
            ("كارلوس رويز", "PERS", "ARGGOV"),
        ],
    )
    assert ("BRAJUD", "ARGMED") not in coded(doc, "115")
    assert ("ARGJUD", "ARGMIL") not in coded(doc, "115")
    assert coded(doc, "115") == {("ARGJUD", "ARGGOV")}
