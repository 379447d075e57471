"""An accusation whose accused names no actor («واتهمت فرنسا الطرفين بخرق الهدنة») is active: the noun between
the subject and the charge is the accused, so the subject stays the accuser and is never read as the accused of an
unvowelled passive. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of

Spec = tuple[str, str, str | None]


def test_an_accused_that_names_no_actor_keeps_the_accuser_as_source() -> None:
    doc = build("واتهمت البرازيل الطرفين بخرق الهدنة في الإقليم.", [("البرازيل", "LOC", "BRA")])
    assert all(e.target.actor != "BRA" for e in events_of(doc))  # Brazil accused; it was not accused


def test_a_subject_followed_by_the_charge_is_still_the_accused_of_a_passive() -> None:
    text = "واتهم وزير المالية الكولومبي بالفساد."
    doc = build(text, [("وزير المالية الكولومبي", "PERS", "COLGOV")])
    events = [(e.cameo[:3], e.source.actor, e.target.actor) for e in events_of(doc)]
    assert ("112", None, "COLGOV") in events
