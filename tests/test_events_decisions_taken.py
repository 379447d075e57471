"""A past decision to coerce or cut ties («قررت X طرد/حبس/فرض») is the act itself, not an intent CAMEO would read as
a threat (13x); a future decision stays intended (the expulsion's code, modality intent) and a decision on cooperation
keeps its intent code. Sentences written for these
tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _codes(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events_of(build(text, entities))}


def test_a_decided_expulsion_or_detention_is_the_act() -> None:
    entities = [("الحكومة السعودية", "ORG", "SAUGOV"), ("الكندي", "LOC", "CANGOV")]
    assert _codes("وقررت الحكومة السعودية طرد السفير الكندي من الرياض.", entities) == {
        ("161", "SAUGOV", "CANGOV", "asserted")
    }
    entities = [("النيابة المصرية", "ORG", "EGYJUD"), ("المصري", "LOC", "EGYOPP")]
    assert _codes("وقررت النيابة المصرية حبس الناشط المصري أربعة أيام.", entities) == {
        ("173", "EGYJUD", "EGYOPP", "asserted")
    }


def test_a_decision_yet_to_come_or_on_cooperation_stays_an_intent() -> None:
    entities = [("الحكومة السعودية", "ORG", "SAUGOV"), ("الكندي", "LOC", "CANGOV")]
    # a plain plan keeps the act's code, marked intended (cameo_transforms.json plan_kept), not asserted as done
    assert {(c[0], c[3]) for c in _codes("وستقرر الحكومة السعودية طرد السفير الكندي من الرياض.", entities)} == {
        ("161", "intent")
    }
    entities = [("الرئيس الأمريكي", "PERS", "USAGOV"), ("القدس", "LOC", "ISR")]
    assert {c[0] for c in _codes("وقرر الرئيس الأمريكي نقل السفارة الأمريكية إلى القدس.", entities)} == {"032"}
