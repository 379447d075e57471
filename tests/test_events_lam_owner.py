"""«ل» of ownership after an indefinite noun of an armed act or a place («غارات للتحالف», «هجوم جديد لحركة
الشباب», «مواقع للحوثيين»): the actor after «ل» owns the act or the place, as a genitive would. Sentences written
for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_the_owner_of_raids_after_lam_is_their_agent() -> None:
    text = "وقالت مصادر محلية إن غارات جوية للتحالف العربي استهدفت مواقع للحوثيين في صعدة."
    doc = build(text, [("للتحالف العربي", "ORG", "SAUMIL"), ("للحوثيين", "ORG", "YEMREB"), ("صعدة", "LOC", "YEM")])
    assert ("SAUMIL", "YEMREB") in coded(doc, "19")


def test_an_adjective_may_stand_between_the_attack_and_its_owner() -> None:
    text = "وأصيب جنديان في هجوم جديد لحركة الشباب على قاعدة للجيش الصومالي."
    doc = build(text, [("حركة الشباب", "ORG", "SOMREB"), ("للجيش الصومالي", "ORG", "SOMMIL")])
    assert coded(doc, "19") == {("SOMREB", "SOMMIL")}


def test_places_owned_with_lam_name_the_target_past_an_adjective() -> None:
    text = "وشنت قوات التحالف العربي قصفا مدفعيا على مواقع مختلفة للحوثيين في صعدة."
    doc = build(text, [("التحالف العربي", "ORG", "SAUMIL"), ("للحوثيين", "ORG", "YEMREB"), ("صعدة", "LOC", "YEM")])
    assert ("SAUMIL", "YEMREB") in coded(doc, "19")


def test_a_threat_to_someone_keeps_lam_as_its_target() -> None:
    text = "وأدانت الحكومة المصرية تهديدا جديدا لإسرائيل."
    doc = build(text, [("المصرية", "LOC", "EGYGOV"), ("لإسرائيل", "LOC", "ISR")])
    assert coded(doc, "11") == {("EGYGOV", "ISR")}
    assert not {source for source, _target in coded(doc, "13")} & {"ISR"}


def test_a_definite_act_noun_opening_a_clause_is_the_subject_of_the_verb_after_it() -> None:
    text = "وقالت مصادر كردية إن الغارات الجوية التركية استهدفت مواقع حزب العمال الكردستاني."
    doc = build(text, [("التركية", "LOC", "TURMIL"), ("حزب العمال الكردستاني", "ORG", "TURREB")])
    assert ("TURMIL", "TURREB") in coded(doc, "19")


def test_an_act_noun_after_a_preposition_is_no_subject() -> None:
    text = "وبعد الهجوم الإسرائيلي قتل ثلاثة فلسطينيين في غزة."
    doc = build(text, [("الإسرائيلي", "LOC", "ISR"), ("فلسطينيين", "LOC", "PSE"), ("غزة", "LOC", "PSE")])
    assert ("ISR", "PSE") not in coded(doc, "18")
