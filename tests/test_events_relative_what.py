"""«ما» before a verb is the relative 'what' far more often than a negator in news prose: the act after it is not
negated, and the words before «ما» lend it no intent. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_habitual_what_does_not_negate_an_accusation() -> None:
    entities = [("سوريا", "LOC", "SYR"), ("إسرائيل", "LOC", "ISR")]
    events = events_of(build("وعادة ما تتهم سوريا إسرائيل بقصف مطاراتها.", entities))
    assert {(e.cameo[:3], e.source.actor, e.target.actor, e.modality) for e in events} == {
        ("112", "SYR", "ISR", "asserted")
    }


def test_what_a_militia_destroyed_is_no_negated_act_nor_an_intended_one() -> None:
    entities = [("الرئيس اليمني", "PER", "YEMGOV"), ("جماعة الحوثي", "ORG", "YEMREB"), ("عدن", "LOC", "YEM")]
    events = events_of(build("وتعهد الرئيس اليمني بإعادة ما دمرته جماعة الحوثي في عدن.", entities))
    assert [(e.cameo[:2], e.source.actor, e.modality) for e in events] == [("17", "YEMREB", "asserted")]
