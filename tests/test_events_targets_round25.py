"""Targets of the twenty-fifth round: a preposition governs the time expression written right after it, so the
phrase after the time is the verb's object («وحذرت ألمانيا في وقت سابق إيران»); and what the object was called
(«ما وصفه بجهود X», «بما وصفته بالعدوان X») stands for the object of the verb before «ما». Sentences written for
these tests."""

from __future__ import annotations

from events_helpers import build, coded
from rasd.pipeline import Pipeline, make_doc


def test_object_after_a_time_expression_governed_by_a_preposition() -> None:
    text = "وحذرت ألمانيا في وقت سابق إيران من عواقب تخصيب اليورانيوم."
    doc = build(text, [("ألمانيا", "LOC", "DEU"), ("إيران", "LOC", "IRN")], timexes=[("وقت سابق", "PAST_REF")])
    assert ("DEU", "IRN") in coded(doc, "13")


def test_object_of_a_plural_subject_after_days_governed_by_a_preposition() -> None:
    text = "واتهمت الهند وباكستان خلال الأيام الأخيرة أفغانستان بإيواء المسلحين."
    doc = build(
        text,
        [("الهند", "LOC", "IND"), ("باكستان", "LOC", "PAK"), ("أفغانستان", "LOC", "AFG")],
        timexes=[("الأيام الأخيرة", "PAST_REF")],
    )
    assert {("IND", "AFG"), ("PAK", "AFG")} <= coded(doc, "11")


def test_preposition_before_a_date_still_governs_an_actor_written_right_after_it() -> None:
    # the preposition governs the actor when no time expression stands between them
    text = "واجتمع وزير الخارجية الكندي في أوتاوا مع نظيره الياباني."
    doc = build(text, [("الكندي", "LOC", "CANGOV"), ("أوتاوا", "LOC", "CAN"), ("الياباني", "LOC", "JPNGOV")])
    assert ("CANGOV", "CAN") not in coded(doc, "04")


def test_object_after_a_time_expression_through_the_full_pipeline() -> None:
    doc = Pipeline()(make_doc("وهددت فرنسا في الأيام الأخيرة سوريا بضربات انتقامية.", published="2021-07-22"))
    assert ("138", "FRA", "SYR") in [(e.cameo, e.source.actor, e.target.actor) for e in doc.events]


def test_what_the_criticised_thing_was_called_names_its_owner() -> None:
    text = "وانتقد رئيس الوزراء الكندي ما وصفه بتدخل الصين في الانتخابات."
    doc = build(text, [("الكندي", "LOC", "CANGOV"), ("الصين", "LOC", "CHN")])
    assert coded(doc, "11") == {("CANGOV", "CHN")}


def test_what_the_condemned_act_was_called_is_no_conviction() -> None:
    # «أدان ... بالاعتداء» would be a court's conviction; after «ما وصفته» the «ب» is the describing verb's
    text = "وأدانت الكويت ما وصفته بالاعتداء العراقي على حدودها."
    doc = build(text, [("الكويت", "LOC", "KWT"), ("العراقي", "LOC", "IRQ")])
    assert coded(doc, "17") == set()
    assert ("KWT", "IRQ") in coded(doc, "11")


def test_judging_verb_with_its_preposition_on_ma_reaches_the_act_described() -> None:
    text = "ونددت وزارة الخارجية الأردنية بما وصفته بالقصف الإسرائيلي لمدينة غزة."
    doc = build(
        text, [("وزارة الخارجية الأردنية", "ORG", "JORGOV"), ("الإسرائيلي", "LOC", "ISR"), ("غزة", "LOC", "PSE")]
    )
    assert ("JORGOV", "ISR") in coded(doc, "11")


def test_what_a_verb_of_describing_introduces_with_anna_stays_untouched() -> None:
    text = "وقصفت الطائرات التركية ما وصفته بأنه مواقع لحزب العمال الكردستاني."
    doc = build(text, [("التركية", "LOC", "TURMIL"), ("حزب العمال الكردستاني", "ORG", "TURREB")])
    assert ("TURMIL", "TURREB") in coded(doc, "19")


def test_counted_victims_after_adverbial_phrases_make_the_verb_passive() -> None:
    # the victims free after the date are the passive verb's subject, and the agent phrase after them names the
    # killer (no subject taken from the sentence before)
    text = "وأصدرت السفارة الأمريكية بيانا. وقتل في الاشتباكات خلال الأسابيع الماضية 25 كرديا برصاص الشرطة التركية."
    doc = build(
        text,
        [("السفارة الأمريكية", "ORG", "USAGOV"), ("كرديا", "LOC", "TURCVL"), ("الشرطة التركية", "ORG", "TURCOP")],
        timexes=[("الأسابيع الماضية", "PAST_REF")],
    )
    assert ("TURCOP", "TURCVL") in coded(doc, "19")
    assert ("USAGOV", "TURCVL") not in coded(doc, "1")


def test_what_the_rejected_thing_was_called_may_be_the_required_object() -> None:
    # the object written after «ب» of the describing verb is still the verb's object when the sense needs no «ب»
    text = "ورفضت الحكومة السودانية ما وصفته بالمزاعم الكاذبة."
    doc = build(text, [("الحكومة السودانية", "ORG", "SDNGOV")])
    assert coded(doc, "016") == {("SDNGOV", None)}
