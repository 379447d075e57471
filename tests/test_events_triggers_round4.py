"""Predicates added from the error analysis of round 4: addressing thanks («توجه بالشكر إلى») and foiling an attack
(«أحبط محاولة ...», whose target is the one who tried). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_addressing_thanks_to_an_actor_is_praise() -> None:
    text = "وتوجه الرئيس الفرنسي بالشكر إلى الحكومة المغربية على تعاونها."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("المغربية", "LOC", "MARGOV")])
    assert coded(doc, "05") == {("FRAGOV", "MARGOV")}


def test_foiling_an_attempt_fights_those_who_made_it() -> None:
    text = "وتمكنت قوات الجيش النيجيري من إحباط محاولة مسلحي بوكو حرام التسلل إلى القاعدة."
    doc = build(text, [("النيجيري", "LOC", "NGAMIL"), ("بوكو حرام", "ORG", "NGAREB")])
    assert coded(doc, "19") == {("NGAMIL", "NGAREB")}


def test_an_attempt_without_the_foiling_verb_is_no_event() -> None:
    text = "وتحدث قائد الجيش النيجيري عن محاولة مسلحي بوكو حرام التسلل إلى القاعدة."
    doc = build(text, [("النيجيري", "LOC", "NGAMIL"), ("بوكو حرام", "ORG", "NGAREB")])
    assert coded(doc, "19") == set()
