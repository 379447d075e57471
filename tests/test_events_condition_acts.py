"""An act in the past or present right after a condition word is the condition, not a threat: «في حال اندلعت
مواجهة بين X وY», «إذا قصفت X منشآتها». Only a threat word, or an act said to come, is a conditional threat.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import pipeline_codes as _events


def test_a_war_that_might_break_out_is_no_threat() -> None:
    text = "وتسأل الصحف اللبنانية عن دور الحزب في حال اندلعت مواجهة شاملة بين طهران وتل أبيب."
    assert _events(text) == set()


def test_the_condition_of_a_threat_is_not_coded_the_threat_is() -> None:
    text = "وقالت إيران إنها ستهاجم إسرائيل إذا قصفت منشآتها النووية."
    assert _events(text) == {("138", "IRN", "ISR")}
