"""Round 28: a definite group noun stands for the group the article named earlier with the same noun."""

from __future__ import annotations

from events_helpers import build, coded, events_of


def test_member_of_committee_with_lam_initial_head() -> None:
    # «باللجنة»: the clitic analysis leaves the article on the stem of a word opening with «ل»
    text = (
        "وزعت اللجنة الدولية للصليب الأحمر أدوية في المدينة. "
        "وكان موظف باللجنة يحمل الجنسية الفرنسية قد قُتل على أيدي مسلحين مجهولين قرب المستشفى."
    )
    doc = build(
        text,
        [("اللجنة الدولية للصليب الأحمر", "ORG", "NGOHLHIRC"), ("الفرنسية", "LOC", "FRA")],
    )
    assert any(target == "NGOHLHIRC" for _source, target in coded(doc, "18"))


def test_definite_militia_noun_takes_the_named_militia() -> None:
    text = (
        "أعلنت السلطات السعودية أن ميليشيات الحوثي أطلقت صاروخا على مدينة جازان. "
        "وقال متحدث عسكري إن الميليشيات هاجمت مواقع الجيش السعودي على الحدود."
    )
    doc = build(
        text,
        [
            ("السلطات السعودية", "ORG", "SAUGOV"),
            ("ميليشيات الحوثي", "ORG", "YEMREB"),
            ("جازان", "LOC", "SAU"),
            ("الجيش السعودي", "ORG", "SAUMIL"),
        ],
    )
    attacks = [e for e in events_of(doc) if doc.text[e.evidence.start : e.evidence.end] == "هاجمت"]
    assert [e.source.actor for e in attacks] == ["YEMREB"]


def test_members_from_a_body_stand_for_it() -> None:
    text = "وقتل عشرون عنصرا من حركة الشباب في غارات شنتها طائرات أمريكية على مواقع قرب مدينة جلب."
    doc = build(text, [("حركة الشباب", "ORG", "SOMREB"), ("أمريكية", "LOC", "USA"), ("جلب", "LOC", "SOM")])
    assert ("USA", "SOMREB") in coded(doc, "19")


def test_resistance_named_with_its_adjective_is_found_again() -> None:
    text = (
        "تقدمت المقاومة اليمنية نحو مدينة الحديدة بدعم من التحالف. "
        "وقال قائد ميداني إن المقاومة هاجمت مواقع الحوثيين جنوب المدينة."
    )
    doc = build(
        text,
        [
            ("المقاومة اليمنية", "ORG", "YEMMIL"),
            ("الحديدة", "LOC", "YEM"),
            ("التحالف", "ORG", "SAUMIL"),
            ("الحوثيين", "ORG", "YEMREB"),
        ],
    )
    attacks = [e for e in events_of(doc) if doc.text[e.evidence.start : e.evidence.end] == "هاجمت"]
    assert [e.source.actor for e in attacks] == ["YEMMIL"]
