"""Round 25 (evsrc25): sources that were dropped, on sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of, has_pair


def test_aircraft_of_an_actor_after_the_verb_are_its_subject() -> None:
    # «طائرات X»: the aircraft are X's, who strikes; the phrase after them is the target, not the source
    text = "وقصفت طائرات التحالف مواقع للمتمردين في محافظة صعدة."
    doc = build(text, [("التحالف", "ORG", "SAUMIL"), ("للمتمردين", "ORG", "YEMREB"), ("صعدة", "LOC", "YEM")])
    events = events_of(doc)
    assert has_pair(events, "195", "SAUMIL", "YEMREB")
    assert not [e for e in events if e.source.actor == "YEMREB"]


def test_aircraft_of_an_actor_before_a_support_verb_noun() -> None:
    text = "وشنت طائرات الجيش الأفغاني غارات على مواقع لحركة طالبان في ولاية هلمند."
    doc = build(
        text,
        [("الجيش الأفغاني", "ORG", "AFGMIL"), ("لحركة طالبان", "ORG", "AFGINS"), ("هلمند", "LOC", "AFG")],
    )
    assert has_pair(events_of(doc), "195", "AFGMIL", "AFGINS")


def test_aircraft_of_a_country_take_the_military_sector() -> None:
    text = "وقصفت طائرات روسيا مواقع للمعارضة السورية قرب إدلب."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("للمعارضة السورية", "ORG", "SYROPP"), ("إدلب", "LOC", "SYR")])
    assert has_pair(events_of(doc), "195", "RUSMIL", "SYROPP")


def test_aircraft_owned_by_the_target_stay_the_object() -> None:
    # «طائرة للتحالف» after the subject is what was downed, not who downed it
    text = "وأسقط المتمردون الحوثيون طائرة للتحالف فوق صعدة."
    doc = build(text, [("المتمردون الحوثيون", "ORG", "YEMREB"), ("للتحالف", "ORG", "SAUMIL"), ("صعدة", "LOC", "YEM")])
    events = events_of(doc)
    assert [e for e in events if e.source.actor == "YEMREB" and e.target.actor == "SAUMIL"]
    assert not [e for e in events if e.source.actor == "SAUMIL"]


def test_relative_verb_with_the_antecedent_as_object_takes_the_main_subject() -> None:
    # «الذي اتهمته»: the verb carries the antecedent as its object and no subject is written: the Turkish
    # authorities, who run the campaign, accuse
    text = "وشنت السلطات التركية حملة واسعة ضد أنصار فتح الله غولن الذي اتهمته بتدبير محاولة الانقلاب."
    doc = build(text, [("السلطات التركية", "ORG", "TURGOV"), ("فتح الله غولن", "PERS", "TUROPP")])
    events = events_of(doc)
    assert [e for e in events if e.cameo.startswith("11") and (e.source.actor, e.target.actor) == ("TURGOV", "TUROPP")]


def test_relative_verb_with_its_own_subject_keeps_it() -> None:
    text = "وطالب الرئيس الأمريكي بالإفراج عن القس الذي تحتجزه تركيا منذ عامين."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("القس", "PERS", "USAREL"), ("تركيا", "LOC", "TUR")])
    events = events_of(doc)
    assert [e for e in events if e.cameo == "173" and e.source.actor == "TUR"]
    assert not [e for e in events if e.cameo == "173" and e.source.actor == "USAGOV"]


def test_relative_verb_of_the_other_gender_takes_no_main_subject() -> None:
    # «اتهمته» is feminine: the president cannot be its unsaid subject
    text = "وانتقد الرئيس التركي المعارض البارز الذي اتهمته بالتحريض على العنف."
    doc = build(text, [("التركي", "LOC", "TURGOV"), ("المعارض", "PERS", "TUROPP")])
    events = events_of(doc)
    assert not [e for e in events if e.cameo.startswith("112") and e.source.actor == "TURGOV"]


def test_speaker_after_min_right_after_a_noun_of_criticism() -> None:
    text = "وجاء القرار وسط انتقادات حادة من الولايات المتحدة للحكومة التركية."
    doc = build(text, [("الولايات المتحدة", "LOC", "USA"), ("للحكومة التركية", "ORG", "TURGOV")])
    assert has_pair(events_of(doc), "111", "USA", "TURGOV")


def test_min_after_a_warning_names_what_is_warned_of_not_who_warns() -> None:
    # «حذر من»: the predicate takes what it warns of with «من», so the actor there is no speaker
    text = "وأصدرت الوزارة تحذيرات من الجماعات المسلحة في شمال مالي."
    doc = build(text, [("الجماعات المسلحة", "ORG", "MLIREB"), ("مالي", "LOC", "MLI")])
    assert not [e for e in events_of(doc) if e.source.actor == "MLIREB"]


def test_min_after_backing_with_ba_is_left_to_the_backer_rule() -> None:
    text = "وتقدمت القوات الحكومية نحو المدينة بدعم من الطيران الروسي."
    doc = build(text, [("القوات الحكومية", "ORG", "SYRMIL"), ("الطيران الروسي", "ORG", "RUSMIL")])
    assert not [
        e for e in events_of(doc) if e.cameo.startswith("05") and e.source.actor == "RUSMIL" and e.target.actor is None
    ]
