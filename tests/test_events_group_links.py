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
