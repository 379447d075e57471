"""Victims of an unvowelled passive of harm named by a noun of a young or old person before their people's
adjective («قتل شاب فلسطيني برصاص ...»), and the place they were harmed near («قرب بلدة X», «شرق مدينة X»).
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of, summary


def test_a_young_man_killed_by_a_police_forces_bullets_is_the_target() -> None:
    text = "وقتل شاب سوداني برصاص الشرطة الإثيوبية يوم الجمعة."
    doc = build(text, [("سوداني", "LOC", "SDN"), ("الشرطة الإثيوبية", "ORG", "ETHCOP")])
    assert ("193", "ETHCOP", "SDN") in summary(events_of(doc))


def test_two_boys_in_the_dual_are_the_target_not_the_shooters() -> None:
    text = "وأصيب عشرة أشخاص، وقتل فتيان مغربيان برصاص حرس الحدود الإسبانية."
    doc = build(text, [("مغربيان", "LOC", "MAR"), ("حرس الحدود الإسبانية", "ORG", "ESPCOP")])
    events = events_of(doc)
    assert ("193", "ESPCOP", "MAR") in summary(events)
    assert not [e for e in events if e.source.actor and e.source.actor.startswith("MAR")]


def test_a_place_after_a_word_of_nearness_is_no_object_of_the_killing() -> None:
    text = "وقتل طفل سوري برصاص قوات الأمن التركية قرب بلدة عفرين."
    doc = build(text, [("سوري", "LOC", "SYR"), ("قوات الأمن التركية", "ORG", "TURCOP"), ("عفرين", "LOC", "SYR")])
    events = events_of(doc)
    assert ("193", "TURCOP", "SYRCVL") in summary(events)
    assert not [e for e in events if e.target.actor == "SYR"]


def test_a_place_after_a_part_of_a_place_is_no_object_either() -> None:
    text = "وقتل ثلاثة مدنيين عراقيين برصاص مسلحين مجهولين شرق مدينة البصرة."
    doc = build(text, [("عراقيين", "LOC", "IRQCVL"), ("البصرة", "LOC", "IRQ")])
    events = events_of(doc)
    assert not [e for e in events if e.source.actor == "IRQCVL" or e.target.actor == "IRQ"]


def test_a_killer_with_an_object_stays_active_near_a_place() -> None:
    text = "وقتل مسلح سوري جنديا تركيا قرب بلدة عفرين."
    doc = build(text, [("سوري", "LOC", "SYR"), ("تركيا", "LOC", "TURMIL"), ("عفرين", "LOC", "SYR")])
    events = events_of(doc)
    assert ("190", "SYRREB", "TURMIL") in summary(events)


def test_armed_men_storming_a_base_in_a_region_stay_its_attackers() -> None:
    text = "واقتحم مسلحون من حركة الشباب قاعدة عسكرية في جنوب الصومال."
    doc = build(text, [("حركة الشباب", "ORG", "SOMREB"), ("الصومال", "LOC", "SOM")])
    assert [e for e in events_of(doc) if e.source.actor == "SOMREB"]


def test_forces_arresting_someone_named_after_the_place_are_no_victims() -> None:
    text = "واعتقلت قوات كردية في شمال سوريا الأربعاء، الجهادي الألماني فلان."
    doc = build(text, [("كردية", "LOC", "SYRMIL"), ("سوريا", "LOC", "SYR"), ("الألماني", "LOC", "DEU")])
    assert not [e for e in events_of(doc) if e.target.actor == "SYRMIL"]
