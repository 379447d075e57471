"""Recall of the twenty-fourth round: a denial (016) is addressed to no one in particular, so it stands with its
source alone when that source is the verb's own subject (not a pronoun read back to an earlier actor); a denial of
involvement in an attack is read by rasd's own sense of the verb, not by a weaker UniversalPetrarch pattern.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded
from rasd.pipeline import Pipeline, make_doc


def test_denial_with_its_subject_named_and_no_accuser_is_kept_one_sided() -> None:
    text = "ونفت الحكومة الإثيوبية هذه الأنباء جملة وتفصيلا."
    doc = build(text, [("الحكومة الإثيوبية", "ORG", "ETHGOV")])
    assert coded(doc, "016") == {("ETHGOV", None)}


def test_denial_as_a_participle_after_the_main_clause_takes_its_subject() -> None:
    text = "وأصدر الجيش الباكستاني بيانا الثلاثاء، نافيا أي تدخل في الانتخابات."
    doc = build(text, [("الجيش الباكستاني", "ORG", "PAKMIL")])
    assert coded(doc, "016") == {("PAKMIL", None)}


def test_denied_involvement_in_an_attack_is_a_denial() -> None:
    text = "ونفى وزير الدفاع الكيني أي دور لقواته في الهجوم على القرية."
    doc = build(text, [("وزير الدفاع الكيني", "PERS", "KENGOV")])
    assert coded(doc, "016") == {("KENGOV", None)}


def test_denied_involvement_in_an_attack_through_the_full_pipeline() -> None:
    doc = Pipeline()(make_doc("ونفت روسيا أي تورط في الهجوم.", published="2021-07-22"))
    assert [(e.cameo, e.source.actor, e.target.actor) for e in doc.events] == [("016", "RUS", None)]


def test_denial_whose_subject_is_only_a_pronoun_is_not_given_to_the_accuser() -> None:
    text = "وتتهم السلطات التركية الداعية المقيم في الخارج بتدبير الانقلاب، لكنه ينفي أي تورط."
    doc = build(text, [("السلطات التركية", "ORG", "TURGOV")])
    assert ("TURGOV", None) not in coded(doc, "016")


def test_a_definite_kind_after_a_verb_is_the_named_organisation_not_a_title_of_the_name_after_it() -> None:
    text = "وأفرجت حركة الجهاد عن أسير. ثم طالبت الحركة إسرائيل بوقف الغارات على القطاع."
    doc = build(text, [("حركة الجهاد", "ORG", "PSEREB"), ("إسرائيل", "LOC", "ISR")])
    assert ("PSEREB", "ISR") in coded(doc, "10")
