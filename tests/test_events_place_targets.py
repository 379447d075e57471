"""Assaults by no one named fall on the country of the place they happen in, on sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_bomb_exploding_in_a_town_targets_its_country() -> None:
    text = "وانفجرت عبوة ناسفة في سوق مزدحم بمدينة مومباسا صباح الاثنين."
    events = events_of(build(text, [("مومباسا", "LOC", "KEN")]))
    assert [(e.cameo[:3], e.source.actor, e.target.actor) for e in events] == [("183", None, "KEN")]


def test_victims_of_a_bombing_in_a_town() -> None:
    text = "وأصيب عشرون شخصا في تفجير انتحاري في مدينة كويتا أمس."
    events = events_of(build(text, [("كويتا", "LOC", "PAK")]))
    assert any(e.cameo == "1831" and e.source.actor is None and e.target.actor == "PAK" for e in events)


def test_a_foiled_or_claimed_bombing_is_not_one_by_no_one() -> None:
    foiled = "وأحبطت الشرطة تفجيرا انتحاريا في مدينة مومباسا."
    assert not [e for e in events_of(build(foiled, [("مومباسا", "LOC", "KEN")])) if e.source.actor is None]
    claimed = "وتبنت حركة الشباب تفجيرا انتحاريا في مدينة مومباسا."
    doc = build(claimed, [("حركة الشباب", "ORG", "SOMREB"), ("مومباسا", "LOC", "KEN")])
    assert not [e for e in events_of(doc) if e.source.actor is None]


def test_a_possible_explosion_is_no_event() -> None:
    text = "وقد تنفجر عبوة ناسفة في مومباسا."
    assert not events_of(build(text, [("مومباسا", "LOC", "KEN")]))
