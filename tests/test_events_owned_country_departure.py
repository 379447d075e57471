"""An agentless expulsion or deportation «من بلاده/أراضيها» is done by the state of the speaker named in the
sentence, a group word among them (round 29). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_expulsion_from_his_country_is_by_the_speakers_state_named_after_it() -> None:
    text = "وفي إشارة إلى طرد دبلوماسيين روس من بلاده، قال وزير الخارجية الكندي إن الإجراء كان ضروريا."
    doc = build(
        text,
        [("وزير الخارجية الكندي", "PER", "CANGOV"), ("روس", "GPE", "RUSGOV")],
        quotes=[("الإجراء كان ضروريا", "وزير الخارجية الكندي", "CANGOV", None)],
    )
    assert coded(doc, "161") == {("CANGOV", "RUSGOV")}


def test_expulsion_from_their_countries_is_by_each_state_a_group_word_stands_for() -> None:
    text = (
        "اجتمع زعماء اليابان وكندا وأستراليا في طوكيو يوم الاثنين. وفي معرض الحديث عن طرد دبلوماسيين إيرانيين "
        "من بلادهم، قال الزعماء إن الخطوة جاءت ردا على التهديدات."
    )
    doc = build(
        text,
        [
            ("اليابان", "LOC", "JPN"),
            ("كندا", "LOC", "CAN"),
            ("أستراليا", "LOC", "AUS"),
            ("طوكيو", "LOC", "JPN"),
            ("إيرانيين", "GPE", "IRNGOV"),
        ],
        quotes=[("الخطوة جاءت ردا على التهديدات", "الزعماء", None, None)],
    )
    assert coded(doc, "161") == {("JPNGOV", "IRNGOV"), ("CANGOV", "IRNGOV"), ("AUSGOV", "IRNGOV")}


def test_deportation_from_its_territory_is_by_the_police_of_the_speaker_before_it() -> None:
    text = "وأوضح المتحدث باسم الحكومة النمساوية أن ترحيل المهاجرين الأفغان من أراضيها سيبدأ الشهر المقبل."
    said = "ترحيل المهاجرين الأفغان من أراضيها سيبدأ الشهر المقبل"
    doc = build(
        text,
        [("الحكومة النمساوية", "ORG", "AUTGOV"), ("الأفغان", "GPE", "AFGREF")],
        quotes=[(said, "المتحدث باسم الحكومة النمساوية", "AUTGOV", None)],
    )
    assert coded(doc, "174") == {("AUTCOP", "AFGREF")}
