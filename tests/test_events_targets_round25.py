"""Targets of the twenty-fifth round: a preposition governs the time expression written right after it, so the
phrase after the time is the verb's object («وحذرت ألمانيا في وقت سابق إيران»). Sentences written for these tests."""

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
