"""Recall of the twenty-first round: constructions of Arabic news the coder read only in part.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import build, coded


@pytest.mark.parametrize("relation", ["بالمصالحة", "بالتقارب", "بالاتفاق الأخير"])
def test_praise_of_a_relation_between_two_parties_targets_both(relation: str) -> None:
    text = f"وأشادت كندا {relation} بين كولومبيا والإكوادور."
    doc = build(text, [("كندا", "LOC", "CAN"), ("كولومبيا", "LOC", "COL"), ("الإكوادور", "LOC", "ECU")])
    assert coded(doc, "05") == {("CAN", "COL"), ("CAN", "ECU")}


def test_criticism_of_a_deal_between_two_governments_targets_both() -> None:
    text = "وانتقدت الحكومة الأسترالية الاتفاق الجديد بين حكومة فيجي وحكومة تونغا."
    doc = build(
        text,
        [("الحكومة الأسترالية", "ORG", "AUSGOV"), ("حكومة فيجي", "ORG", "FJIGOV"), ("حكومة تونغا", "ORG", "TONGOV")],
    )
    assert coded(doc, "11") == {("AUSGOV", "FJIGOV"), ("AUSGOV", "TONGOV")}


def test_a_relation_noun_with_no_parties_after_it_gives_no_target() -> None:
    text = "وأشادت كندا بالمصالحة التي شهدتها كولومبيا."
    doc = build(text, [("كندا", "LOC", "CAN"), ("كولومبيا", "LOC", "COL")])
    assert ("CAN", "ECU") not in coded(doc, "05")
    assert not any(target is None for _, target in coded(doc, "05"))


@pytest.mark.parametrize(
    "sentence",
    [
        "وأحالت النيابة البرازيلية 23 متهما من جنسيات مختلفة إلى محكمة الجنايات.",
        "وأصيب في الحريق الذي شب في المدرسة البرازيلية 14 طالبا على الأقل.",
    ],
)
def test_a_word_counted_by_a_number_is_a_noun_not_a_predicate(sentence: str) -> None:
    doc = build(sentence, [("البرازيلية", "LOC", "BRA")])
    assert not any(coded(doc, root) for root in ("10", "11"))


def test_a_year_written_alone_before_a_verb_counts_nothing() -> None:
    text = "وفي 2019 اعتقلت الشرطة البرازيلية قادة العصابة في ساو باولو."
    doc = build(text, [("الشرطة البرازيلية", "ORG", "BRACOP"), ("ساو باولو", "LOC", "BRA")])
    assert coded(doc, "17")


def test_a_counted_verbal_noun_is_still_an_act() -> None:
    text = "وشنت الطائرات البرازيلية 12 غارة على مواقع العصابة في ساو باولو."
    doc = build(text, [("البرازيلية", "LOC", "BRA"), ("ساو باولو", "LOC", "BRA")])
    assert coded(doc, "19")
