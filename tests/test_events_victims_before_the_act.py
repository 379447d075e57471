"""Victims written before a bare past verb of harm and the act they died in, across a companion passive («قتلوا
وأصيب عدد آخر في هجوم شنه X»), and members of a body counted before it («13 عنصرا من تنظيم X قتلوا جراء قصف»).
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of, summary


def test_victims_before_a_companion_passive_and_the_attack_do_not_kill_its_authors() -> None:
    text = "وذكر شهود أن ثلاثة جنود أتراك قتلوا وأصيب عدد آخر في هجوم شنه مقاتلو حزب العمال الكردستاني."
    doc = build(text, [("أتراك", "LOC", "TURMIL"), ("حزب العمال الكردستاني", "ORG", "TURREB")])
    events = events_of(doc)
    assert not [e for e in events if e.source.actor == "TURMIL"]
    assert ("190", "TURREB", "TURMIL") in summary(events)


def test_victims_and_the_wounded_before_a_strike_are_its_targets() -> None:
    text = "وقال مسؤولون إن عشرات المدنيين اليمنيين قتلوا وجرحوا في غارة جوية على حفل زفاف."
    doc = build(text, [("اليمنيين", "LOC", "YEMCVL")])
    events = events_of(doc)
    assert ("195", None, "YEMCVL") in summary(events)
    assert not [e for e in events if e.source.actor == "YEMCVL"]


def test_members_of_a_body_counted_before_the_verb_are_killed_not_killers() -> None:
    text = "وقال المرصد إن 13 عنصرا من تنظيم داعش قتلوا جراء قصف للطيران الحربي على مواقعهم في الحسكة."
    doc = build(text, [("تنظيم داعش", "ORG", "IMGMUSISI"), ("الحربي", "LOC", "SYRMIL"), ("الحسكة", "LOC", "SYR")])
    assert not [e for e in events_of(doc) if e.source.actor == "IMGMUSISI"]


def test_a_coordinated_group_counted_in_part_before_the_verb_is_its_victim() -> None:
    text = "وقالت مصادر إن ستة من رجال الجيش والشرطة قتلوا في هجوم انتحاري."
    doc = build(text, [("الجيش", "ORG", "IRQMIL"), ("والشرطة", "ORG", "IRQCOP")])
    assert {("1831", None, "IRQMIL"), ("1831", None, "IRQCOP")} <= summary(events_of(doc))
