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


def test_the_visitor_is_named_after_done_by() -> None:
    text = "وكان رئيس البيرو ونظيره التشيلي قد وقعا الاتفاق خلال زيارة إلى البيرو قام بها الرئيس التشيلي."
    specs = [("رئيس البيرو", "PERS", "PERGOV"), ("البيرو", "LOC", "PER", 2), ("الرئيس التشيلي", "PERS", "CHLGOV")]
    visits = [e for e in events_of(build(text, specs)) if e.cameo.startswith("04")]
    assert [(e.source.actor, e.target.actor) for e in visits] == [("CHLGOV", "PER")]


def test_a_visit_with_its_visitor_in_the_genitive_is_unchanged() -> None:
    text = "ووقع الوزيران الاتفاق خلال زيارة وزير الخارجية التشيلي إلى البيرو في مايو."
    specs = [("وزير الخارجية التشيلي", "PERS", "CHLGOV"), ("البيرو", "LOC", "PER")]
    visits = [e for e in events_of(build(text, specs)) if e.cameo.startswith("04")]
    assert [(e.source.actor, e.target.actor) for e in visits] == [("CHLGOV", "PER")]


def test_an_act_denied_through_a_copula_is_the_denial() -> None:
    text = "ونفى المتحدث أن تكون القوات الكينية تستهدف المدنيين في عملياتها."
    specs = [("المتحدث", "PERS", "KENMIL"), ("القوات الكينية", "ORG", "KENMIL"), ("المدنيين", "PERS", "KENCVL")]
    events = events_of(build(text, specs))
    assert not [e for e in events if e.cameo.startswith(("18", "19"))]
    assert [e.cameo[:2] for e in events] == ["01"]
