"""A verb right after «الذي/التي» on an act noun with its agent has the act as subject: the agent acts, and the
phrase after the verb is what it acts on («الغارات الإسرائيلية التي استهدفت مواقع للجيش السوري»)."""

from __future__ import annotations

from events_helpers import build, coded

_ENTITIES = [
    ("الخارجية التركية", "ORG", "TURGOV"),
    ("الإسرائيلية", "LOC", "ISR"),
    ("السوري", "LOC", "SYRMIL"),
    ("دمشق", "LOC", "SYR"),
]


def _force(text: str) -> set[tuple[str | None, str | None]]:
    return coded(build(text, _ENTITIES), "19")


def test_the_acts_agent_is_the_source_and_the_phrase_after_the_verb_the_target() -> None:
    pairs = _force("وأدانت الخارجية التركية الغارات الإسرائيلية التي استهدفت مواقع للجيش السوري قرب دمشق.")
    assert ("ISR", "SYRMIL") in pairs
    assert not any(source == "SYRMIL" for source, _ in pairs)


def test_a_comma_may_stand_before_the_relative_pronoun() -> None:
    pairs = _force("وأدانت الخارجية التركية الغارات الإسرائيلية، التي استهدفت مواقع للجيش السوري قرب دمشق.")
    assert ("ISR", "SYRMIL") in pairs


def test_an_antecedent_resumed_by_a_pronoun_after_the_verb_is_no_subject() -> None:
    # «التي قصف فيها الجيش السوري»: the strikes are where the army shelled, the army is the subject
    pairs = _force("وأدانت الخارجية التركية الغارات الإسرائيلية التي قصف فيها الجيش السوري مواقع قرب دمشق.")
    assert ("ISR", "SYRMIL") not in pairs


def test_an_act_with_its_agent_in_construct() -> None:
    text = "وأدانت الحكومة اليمنية هجمات الحوثيين التي استهدفت مواقع للجيش اليمني في مأرب."
    doc = build(text, [("اليمنية", "LOC", "YEMGOV"), ("الحوثيين", "ORG", "YEMREB"), ("اليمني", "LOC", "YEMMIL")])
    assert ("YEMREB", "YEMMIL") in coded(doc, "19")


def test_an_agent_lent_by_a_judging_verb_does_not_act() -> None:
    # Turkey condemns the attack: it is no agent of the verb in the relative clause on it
    text = "أعربت تركيا عن استنكارها الشديد للهجوم الإرهابي الذي استهدف مسجد قوات الأمن السعودية في أبها."
    doc = build(text, [("تركيا", "LOC", "TUR"), ("السعودية", "LOC", "SAUCOP"), ("أبها", "LOC", "SAU")])
    assert not any(source == "TUR" for source, _ in coded(doc, "19"))
