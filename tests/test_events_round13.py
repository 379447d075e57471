"""Round 13 (precision): a verbal noun right after a verb that lends it its subject is read as the noun, so a
future on that verb makes the act an intent; sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_support_after_a_future_continuation_is_intent() -> None:
    text = "وقال الوزير إن كندا ستواصل دعم الحكومة الأوكرانية."
    specs = [("الوزير", "PERS", "CANGOV"), ("كندا", "LOC", "CAN"), ("الحكومة الأوكرانية", "ORG", "UKRGOV")]
    assert [(e.cameo[:2], e.source.actor, e.target.actor, e.modality) for e in events_of(build(text, specs))] == [
        ("03", "CAN", "UKRGOV", "intent")
    ]


def test_support_after_a_present_continuation_is_done() -> None:
    text = "وتواصل كندا دعم الحكومة الأوكرانية."
    specs = [("كندا", "LOC", "CAN"), ("الحكومة الأوكرانية", "ORG", "UKRGOV")]
    assert [(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events_of(build(text, specs))] == [
        ("051", "CAN", "UKRGOV", "asserted")
    ]


def test_a_past_verb_of_support_is_still_a_verb() -> None:
    text = "ودعم البرلمان البرتغالي الحكومة الأوكرانية."
    specs = [("البرلمان البرتغالي", "ORG", "PRTLEG"), ("الحكومة الأوكرانية", "ORG", "UKRGOV")]
    assert [(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events_of(build(text, specs))] == [
        ("051", "PRTLEG", "UKRGOV", "asserted")
    ]
