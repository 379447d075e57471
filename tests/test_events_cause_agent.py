"""Victims counted before an unvowelled past verb of harm («أن 200 مسلح قتلوا في عملية للجيش»): the verb is the
passive («قُتلوا»), the counted people its target, and the actor who owns the violent act they died in (with «ل»,
as its genitive or its country adjective) its agent; a counted subject with only places and times after the verb
is no killer of the place. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_the_owner_of_the_operation_killed_the_counted_fighters() -> None:
    events = _events("وأفادت مصادر ميدانية أن 150 مسلح حوثي قتلوا في عملية للجيش اليمني شرق مدينة الحديدة.")
    assert ("19", "YEMMIL", "YEMREB") in events
    assert not any(source == "YEMREB" for _, source, _ in events)  # the dead are not the killers


def test_the_owner_with_lam_of_an_unlisted_act_noun_is_the_agent() -> None:
    events = _events("وقالت المصادر إن 80 مسلحا من الحوثيين قتلوا في عمليات للجيش في محافظة الجوف.")
    assert ("19", "YEMMIL", "YEMREB") in events


def test_the_country_adjective_of_the_raid_is_the_agent() -> None:
    events = _events("وأكد ناشطون أن سبعة مدنيين قتلوا بغارات جوية سورية على ريف حماة.")
    assert any(root == "19" and source == "SYRMIL" for root, source, _ in events)


def test_a_place_the_act_hit_is_no_agent() -> None:
    # «قصف للمناطق الباكستانية»: after an act noun «ل» on a place noun marks what was shelled
    events = _events("وذكر مسؤولون أن خمسة مدنيين قتلوا في قصف للمناطق الباكستانية من الإقليم.")
    assert not any(source == "PAK" for _, source, _ in events)


def test_counted_dead_do_not_kill_the_place_they_died_in() -> None:
    events = _events("وقالت الشرطة إن أربعة أشخاص على الأقل قتلوا في جنوب شرق تركيا، الأحد.")
    assert not any(target == "TUR" for _, _, target in events)
    assert not any(source is not None and source.endswith("CVL") for _, source, _ in events)


def test_counted_dead_with_an_agent_phrase_after_the_place() -> None:
    events = _events("وقال الجيش إن 25 مسلحا قتلوا في شمال سيناء على يد قوات الأمن المصرية.")
    assert any(root == "19" and target == "EGYREB" for root, _, target in events)
    assert not any(source == "EGYREB" for _, source, _ in events)


def test_counted_killers_with_their_object_stay_active() -> None:
    events = _events("وأفادت الشرطة أن مسلحين قتلوا ثلاثة جنود أفغان في هجوم على حاجز بولاية قندوز.")
    assert ("19", "AFGREB", "AFGMIL") in events


def test_the_doer_of_the_raids_named_after_a_verb_of_carrying_out() -> None:
    events = _events("وأكد المرصد أن تسعة مدنيين على الأقل قتلوا الأحد بغارات جوية شنها الطيران الروسي على ريف إدلب.")
    killed = {target for root, source, target in events if root == "19" and source == "RUSMIL"}
    assert any((target or "").endswith("CVL") for target in killed)


def test_members_counted_of_a_body_are_the_victims_not_the_attackers() -> None:
    events = _events("وذكرت مصادر محلية أن 60 عنصرا من الحوثيين قتلوا بسلسلة غارات نفذتها طائرات التحالف في حجة.")
    assert not any(source == "YEMREB" for _, source, _ in events)


def test_the_wounded_counted_after_the_dead_do_not_make_the_verb_active() -> None:
    text = "وقال مسؤول عراقي إن 5 أشخاص على الأقل قتلوا في مواجهات وأصيب أكثر من 50 آخرين بينهم 30 مدنيا و 12 شرطيا."
    events = _events(text)
    assert not any(root in ("18", "19") and (source or "").endswith("CVL") for root, source, _ in events)
