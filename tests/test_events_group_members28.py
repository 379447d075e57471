"""Round 28 (evhead28): a group and the members it names first («الدول الغربية، وعلى رأسها X وY», «دول عدة
بينها X», «وخاصة X»): one event per member beside the group's own, and none between a group and its member.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_members_aside_after_the_subject_does_not_cut_the_complement() -> None:
    text = "ورحبت دول الخليج، ومنها الكويت والبحرين، بمبادرة الحكومة العراقية للحوار."
    doc = build(
        text,
        [
            ("دول الخليج", "LOC", "PGS"),
            ("الكويت", "LOC", "KWT"),
            ("البحرين", "LOC", "BHR"),
            ("الحكومة العراقية", "ORG", "IRQGOV"),
        ],
    )
    pairs = set(coded(doc, "05"))
    assert {("PGS", "IRQGOV"), ("KWT", "IRQGOV"), ("BHR", "IRQGOV")} <= pairs


def test_members_after_a_group_with_bare_between() -> None:
    text = "وانتقد رئيس الوزراء التركي دولا أوروبية بينها هولندا والنمسا بسبب منع التجمعات."
    doc = build(
        text,
        [
            ("رئيس الوزراء التركي", "PERS", "TURGOV"),
            ("أوروبية", "LOC", "EUR"),
            ("هولندا", "LOC", "NLD"),
            ("النمسا", "LOC", "AUT"),
        ],
    )
    targets = {target for source, target in coded(doc, "11") if source == "TURGOV"}
    assert {"NLD", "AUT"} <= targets


def test_members_after_a_number_word() -> None:
    text = "وطالبت طهران دولا أوروبية عدة، بينها ألمانيا وفرنسا، بالوفاء بالتزاماتها."
    doc = build(
        text,
        [("طهران", "LOC", "IRNGOV"), ("أوروبية", "LOC", "EUR"), ("ألمانيا", "LOC", "DEU"), ("فرنسا", "LOC", "FRA")],
    )
    targets = {target for source, target in coded(doc, "10") if source == "IRNGOV"}
    assert {"DEU", "FRA"} <= targets


def test_an_actor_after_an_aside_of_another_kind_is_no_member() -> None:
    # «، وفي بيان لاحق» opens an adverbial, no list of members
    text = "ورحبت دول الخليج، وفي بيان لاحق الكويت، بمبادرة الحكومة العراقية."
    doc = build(text, [("دول الخليج", "LOC", "PGS"), ("الكويت", "LOC", "KWT"), ("الحكومة العراقية", "ORG", "IRQGOV")])
    assert ("KWT", "IRQGOV") not in set(coded(doc, "05"))


def test_a_word_opening_the_members_is_no_part_of_the_member() -> None:
    text = "وانتقدت وزارة الخارجية الإيرانية دول الخليج، وخاصة السعودية، بسبب موقفها."
    doc = build(
        text,
        [("وزارة الخارجية الإيرانية", "ORG", "IRNGOV"), ("دول الخليج", "LOC", "PGS"), ("السعودية", "LOC", "SAU")],
    )
    assert ("IRNGOV", "SAU") in set(coded(doc, "11"))


def test_a_group_does_not_meet_its_own_members() -> None:
    text = "واجتمع قادة دول الخليج، وعلى رأسها السعودية والإمارات، في الرياض."
    doc = build(text, [("قادة دول الخليج", "PERS", "PGSGOV"), ("السعودية", "LOC", "SAU"), ("الإمارات", "LOC", "ARE")])
    pairs = set(coded(doc, "04"))
    assert ("PGSGOV", "SAU") not in pairs and ("SAU", "PGSGOV") not in pairs
