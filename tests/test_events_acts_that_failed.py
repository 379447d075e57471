"""A verb of success or failure that takes its act after a preposition («نجح في», «فشل في») has an act written right
after it as its subject: the act happened (and failed), and the verb lends it neither its negation nor an agent.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _events(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events_of(build(text, entities))}


def test_failed_talks_took_place() -> None:
    entities = [("الحكومة الأردنية", "ORG", "JORGOV"), ("النقابات", "ORG", "JORLAB")]
    text = "وفشلت المفاوضات بين الحكومة الأردنية والنقابات في التوصل إلى اتفاق."
    assert ("046", "JORGOV", "JORLAB", "asserted") in _events(text, entities)


def test_an_act_that_would_have_succeeded_has_no_agent_from_the_speaker() -> None:
    entities = [("الرئيس اللبناني", "PERS", "LBNGOV"), ("قائد الجيش", "PERS", "LBNMIL")]
    text = 'وأكد الرئيس اللبناني أنه "لو نجحت عملية اغتيال قائد الجيش، لدخلت البلاد في فوضى شاملة".'
    assert not any(source == "LBNGOV" for _, source, _, _ in _events(text, entities))


def test_failing_to_do_an_act_still_negates_it() -> None:
    entities = [("الحكومة الأردنية", "ORG", "JORGOV"), ("النقابات", "ORG", "JORLAB")]
    text = "وفشلت الحكومة الأردنية في التفاوض مع النقابات."
    assert {modality for *_, modality in _events(text, entities)} == {"negated"}
