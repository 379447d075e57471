"""Precision on arbitrary news: an unvowelled verb of harm followed by a counted subject is the passive even when
some of those counted («بينهم») or a place after a preposition follow; the victims are not the killers. A state a
place lies next to («المتاخمة لـ», «الحدودي مع») is no target. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_some_of_the_counted_victims_are_no_object_of_an_active_verb() -> None:
    events = _events("وقتل 30 سودانيا بينهم طبيبان برصاص قوات الدعم السريع في مدينة الفاشر أمس.")
    assert ("19", "SDNMIL", "SDN") in events  # the agent after «برصاص», the counted victims
    assert not any(source == "SDN" for _, source, _ in events)


def test_a_named_subject_with_a_place_after_a_preposition_stays_active() -> None:
    events = _events("وسيطرت قوات الجيش السوداني، الأحد، على جسر الحلفايا قرب الحدود مع إثيوبيا.")
    assert any(source == "SDNMIL" for _, source, _ in events)


def test_a_state_a_place_lies_next_to_is_no_target() -> None:
    events = _events("وسيطر الجيش السوداني على بلدة القلابات المتاخمة لإثيوبيا بعد معارك عنيفة.")
    assert not any(target == "ETH" for _, _, target in events)
    events = _events("وقصفت طائرات حربية سودانية قرى قرب المعبر الحدودي مع تشاد.")
    assert not any(target == "TCD" for _, _, target in events)
