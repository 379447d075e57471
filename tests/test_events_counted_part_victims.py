"""A group counted in part («ستة من عناصر الشرطة», «22 من مقاتلي الحركة») opening a clause right before a bare past
verb of harm is its subject, and the verb the unvowelled passive: they were killed, in the attack named after them
if any, by whoever that attack names. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _codes(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, entities))}


def test_a_counted_part_killed_in_a_suicide_attack_is_its_target() -> None:
    text = "وقالت مصادر أمنية إن خمسة من عناصر الشرطة الصومالية قتلوا في هجوم انتحاري قرب العاصمة."
    codes = _codes(text, [("الشرطة الصومالية", "ORG", "SOMCOP")])
    assert ("1831", None, "SOMCOP") in codes


def test_a_counted_part_killed_by_strikes_is_their_target_not_their_agent() -> None:
    text = "وقالت مصادر طبية إن 22 من مقاتلي حركة الشباب قتلوا جراء غارات شنها الجيش الكيني على مواقعهم."
    codes = _codes(text, [("حركة الشباب", "ORG", "SOMREB"), ("الجيش الكيني", "ORG", "KENMIL")])
    assert ("195", "KENMIL", "SOMREB") in codes
    assert not [c for c in codes if c[1] == "SOMREB"]


def test_a_counted_part_after_a_verb_first_passive_is_the_attacks_target() -> None:
    text = "وقتل ستة من عناصر الشرطة الصومالية في هجوم انتحاري قرب العاصمة."
    codes = _codes(text, [("الشرطة الصومالية", "ORG", "SOMCOP")])
    assert ("1831", None, "SOMCOP") in codes


def test_a_counted_part_of_both_sides_of_a_clash_is_no_target_of_an_unknown_attacker() -> None:
    text = "وقتل 19 من عناصر الجيش النيجيري ومقاتلي جماعة بوكو حرام في اشتباكات عنيفة قرب مايدوغوري."
    codes = _codes(text, [("الجيش النيجيري", "ORG", "NGAMIL"), ("جماعة بوكو حرام", "ORG", "NGAREB")])
    assert not [c for c in codes if c[1] is None]
