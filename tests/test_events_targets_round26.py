"""Targets of the twenty-sixth round: digits counting the victims after a verbal noun of harm («مقتل 30 مسلحا من
تنظيم X») no longer hide the victims, who are the target of the act they died in; a place after a word of nearness or
a part of a place that follows the act's adjective («غارة جوية شمال X») is where it was, not its genitive agent.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, pipeline_codes


def test_victims_counted_in_digits_are_the_target_of_the_strike_they_died_in() -> None:
    text = "مقتل 30 مسلحا من حركة الشباب في غارة جوية على معسكر للتدريب."
    doc = build(text, [("حركة الشباب", "ORG", "SOMREB")])
    assert (None, "SOMREB") in coded(doc, "19")


def test_victims_counted_in_digits_by_a_member_noun() -> None:
    text = "وأفادت مصادر محلية بمقتل 12 عنصرا من تنظيم داعش بقصف مدفعي."
    doc = build(text, [("تنظيم داعش", "ORG", "IMGMUSISI")])
    assert (None, "IMGMUSISI") in coded(doc, "19")


def test_a_place_north_of_a_town_after_the_strike_adjective_is_no_agent() -> None:
    text = "وقتل أربعة مدنيين في غارة جوية شمال إدلب أمس."
    doc = build(text, [("إدلب", "LOC", "SYR")])
    assert all(source != "SYR" for source, _ in coded(doc, "19"))


def test_a_place_near_a_town_after_the_strike_adjective_is_no_agent() -> None:
    text = "مقتل 8 عناصر من حركة طالبان بقصف جوي قرب مدينة قندوز."
    doc = build(text, [("حركة طالبان", "ORG", "AFGINS"), ("قندوز", "LOC", "AFG")])
    assert (None, "AFGINS") in coded(doc, "19")
    assert all(source != "AFG" for source, _ in coded(doc, "19"))


def test_a_part_of_a_place_right_after_the_act_noun_stays_its_genitive() -> None:
    # «قصف جنوب لبنان»: the shelled south of Lebanon, no adjective between the noun and the part
    text = "وواصلت إسرائيل أمس قصف جنوب لبنان."
    doc = build(text, [("إسرائيل", "LOC", "ISR"), ("لبنان", "LOC", "LBN")])
    assert ("ISR", "LBN") in coded(doc, "19")


def test_a_states_own_soldiers_are_no_target_of_its_battle() -> None:
    codes = pipeline_codes("وذكرت مصادر ميدانية مقتل 7 جنود من قوات النظام السوري في معركته لاستعادة البلدة.")
    assert ("190", "SYRGOV", "SYRMIL") not in codes


def test_a_massacre_told_with_its_victims_and_no_agent_is_one_killing() -> None:
    # the deaths and the massacre are one event, told at the killing
    text = "وكان أشدها مقتل 40 سودانيا في مجزرة."
    doc = build(text, [("سودانيا", "LOC", "SDN")])
    assert coded(doc, "20") == set()
