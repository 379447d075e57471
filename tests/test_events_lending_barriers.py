"""A verb lends its subject to a verbal noun it governs, not to an act named as one side of a relation («بين») or as a
topic («بشأن», «حول») after another noun: who confirms a link between two attacks did not attack. Sentences written
for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_an_act_inside_a_between_phrase_takes_no_agent_from_the_verb() -> None:
    entities = [("الشرطة الفرنسية", "ORG", "FRACOP"), ("سوسة", "LOC", "TUN")]
    text = "أكدت الشرطة الفرنسية وجود صلة بين الهجوم الإرهابي على سوسة."
    assert not any(e.source.actor == "FRACOP" for e in events_of(build(text, entities)))
