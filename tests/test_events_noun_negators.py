"""A noun negator written with a preposition on it («بعدم», «لعدم») negates the verbal noun after it as «عدم» does.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_a_decision_not_to_arrest_is_no_arrest() -> None:
    entities = [("الحكومة البلجيكية", "ORG", "BELGOV"), ("الأتراك", "LOC", "TURMED")]
    events = events_of(build("وأكدت الحكومة البلجيكية قرارها بعدم اعتقال الصحفيين الأتراك.", entities))
    assert {(e.cameo, e.modality) for e in events} == {("173", "negated")}
