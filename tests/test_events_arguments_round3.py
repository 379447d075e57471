"""Argument finding, third round: counted groups, members across a number, dates set off by commas, pronoun
owners of targets, objects judged through the relative clause that names their author. Sentences written for
these tests."""

from __future__ import annotations

from events_helpers import build, events_of, summary


def test_a_counted_group_after_a_verbal_noun_is_its_patient() -> None:
    text = "وأعلنت الشرطة الكينية اعتقال 4 من أعضاء حركة الشباب قرب الحدود."
    doc = build(text, [("الشرطة الكينية", "ORG", "KENCOP"), ("حركة الشباب", "ORG", "SOMREB")])
    assert ("173", "KENCOP", "SOMREB") in summary(events_of(doc))


def test_a_counted_group_after_a_verb_is_its_object_not_its_subject() -> None:
    text = "وقتل 12 من عناصر الجماعة المسلحة الموالية لإيران في غارة جوية."
    doc = build(text, [("الجماعة المسلحة", "ORG", "IRQREB"), ("لإيران", "LOC", "IRN")])
    events = events_of(doc)
    assert not [e for e in events if e.source.actor == "IRQREB" and e.target.actor == "IRN"]


def test_members_counted_before_the_body_they_belong_to() -> None:
    text = "وحث الرئيس الإيطالي شركاءه الـ 26 في الاتحاد الأوروبي على استقبال اللاجئين."
    doc = build(text, [("الإيطالي", "LOC", "ITAGOV"), ("الاتحاد الأوروبي", "ORG", "IGOEUR")])
    assert any(e.source.actor == "ITAGOV" and e.target.actor == "IGOEUR" for e in events_of(doc))


def test_a_date_set_off_by_commas_does_not_cut_the_verb_from_its_object() -> None:
    text = "وحث الرئيس الإيطالي، الخميس، شركاءه في الاتحاد الأوروبي على استقبال اللاجئين."
    doc = build(
        text,
        [("الإيطالي", "LOC", "ITAGOV"), ("الاتحاد الأوروبي", "ORG", "IGOEUR")],
        timexes=[("الخميس", "2021-07-22")],
    )
    assert any(e.source.actor == "ITAGOV" and e.target.actor == "IGOEUR" for e in events_of(doc))
