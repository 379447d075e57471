"""Mediation is done by a third party for the two sides after «بين» (lexicon: «وساطة» takes its target after «بين»
only): the sides are its targets, not parties mediating each other. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _events(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, entities))}


def test_the_mediator_named_after_the_noun_mediates_for_both_sides() -> None:
    entities = [("النرويج", "LOC", "NOR"), ("الحكومة الكولومبية", "ORG", "COLGOV"), ("فنزويلا", "LOC", "VEN")]
    text = "وتواصلت وساطة النرويج بين الحكومة الكولومبية وفنزويلا طوال الصيف."
    assert _events(text, entities) == {("045", "NOR", "COLGOV"), ("045", "NOR", "VEN")}


def test_the_sides_of_a_mediation_do_not_mediate_each_other() -> None:
    entities = [("الحكومة الكولومبية", "ORG", "COLGOV"), ("المتمردين", "ORG", "COLREB")]
    text = "وقال المتحدث إن الوساطة بين الحكومة الكولومبية والمتمردين لم تتوقف."
    assert not any(source in ("COLGOV", "COLREB") for _, source, _ in _events(text, entities))
