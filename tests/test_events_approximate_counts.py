"""Victims counted approximately («ما لا يقل عن», «أكثر من», «نحو»), a participle after a second main clause, and
an act with no agent told again beside the one that names it. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of, summary


def test_soldiers_counted_at_least_after_the_verb_are_its_victims() -> None:
    text = "وقتل ما لا يقل عن ستة جنود ماليين في هجوم انتحاري صباح اليوم."
    doc = build(text, [("ماليين", "LOC", "MLIMIL")])
    assert ("1831", None, "MLIMIL") in summary(events_of(doc))


def test_civilians_counted_more_than_are_the_victims_of_the_strike() -> None:
    text = "وقتل أكثر من عشرين مدنيا يمنيا في غارة جوية على صعدة."
    doc = build(text, [("يمنيا", "LOC", "YEMCVL"), ("صعدة", "LOC", "YEM")])
    assert ("195", None, "YEMCVL") in summary(events_of(doc))


def test_a_part_counted_about_is_a_victim_too() -> None:
    text = "وقتل نحو ستة من رجال الشرطة النيجيرية في هجوم انتحاري."
    doc = build(text, [("النيجيرية", "LOC", "NGACOP")])
    assert ("1831", None, "NGACOP") in summary(events_of(doc))


def test_an_approximate_count_after_a_preposition_keeps_it() -> None:
    text = "وشنت الطائرات الإسرائيلية غارات على أكثر من 50 هدفا إيرانيا في سوريا."
    doc = build(text, [("الإسرائيلية", "LOC", "ISRMIL"), ("إيرانيا", "LOC", "IRNMIL"), ("سوريا", "LOC", "SYR")])
    assert ("195", "ISRMIL", "IRNMIL") in summary(events_of(doc))


def test_a_participle_takes_the_subject_of_the_clause_opened_last() -> None:
    text = "وفر مليون ليبي من البلاد، وقالت الحكومة التونسية إن كثيرا منهم عادوا، داعية اللاجئين إلى العودة."
    doc = build(text, [("ليبي", "LOC", "LBY"), ("التونسية", "LOC", "TUNGOV"), ("اللاجئين", "ORG", "LBYREF")])
    assert ("020", "TUNGOV", "LBYREF") in summary(events_of(doc))


def test_a_killing_with_no_agent_beside_the_attack_that_names_one_is_one_event() -> None:
    text = "لقي ما لا يقل عن ثلاثين جنديا أفغانيا مصرعهم في هجمات شنها مسلحون من حركة طالبان غربي البلاد."
    doc = build(text, [("أفغانيا", "LOC", "AFGMIL"), ("حركة طالبان", "ORG", "AFGINS")])
    events = [e for e in events_of(doc) if e.target.actor == "AFGMIL"]
    assert len(events) == 1 and events[0].cameo == "190" and events[0].source.actor is not None
