"""A verb right after «الذي/التي» carrying the pronoun for a thing antecedent has that thing as its object."""

from __future__ import annotations

from events_helpers import build, coded


def test_a_thing_resumed_after_a_relative_is_no_actor_named_before() -> None:
    text = "وزار الوفد الأمريكي البرلمان. وتحدث عن التعديلات التي تقترحها الحكومة من أجل تحسين القانون."
    doc = build(
        text, [("الوفد الأمريكي", "ORG", "USAGOV"), ("البرلمان", "ORG", "EGYLEG"), ("الحكومة", "ORG", "EGYGOV")]
    )
    assert ("EGYGOV", "EGYLEG") not in coded(doc, "02")


def test_people_resumed_after_a_relative_are_still_read_back() -> None:
    text = "وأطلقت الشرطة سراح المعارضين الذين اعتقلتهم الحكومة العام الماضي."
    doc = build(text, [("الشرطة", "ORG", "EGYCOP"), ("المعارضين", "ORG", "EGYOPP"), ("الحكومة", "ORG", "EGYGOV")])
    assert ("EGYGOV", "EGYOPP") in coded(doc, "17")


def test_a_judged_act_resumed_after_a_relative_keeps_its_author() -> None:
    text = "وأعلن الرئيس الأمريكي الانسحاب من الاتفاق الذي أدانته الخارجية السورية."
    doc = build(text, [("الرئيس الأمريكي", "PERS", "USAGOV"), ("الخارجية السورية", "ORG", "SYRGOV")])
    assert ("SYRGOV", "USAGOV") in coded(doc, "11")
