"""Recall of the nineteenth round: constructions of Arabic news the coder read only in part.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import build, coded


def test_the_day_of_a_meeting_does_not_hide_its_partner() -> None:
    text = "وبحث وزير الخارجية الأردني خلال لقائه اليوم (الثلاثاء) نظيره الفرنسي تطورات الأوضاع في المنطقة."
    doc = build(
        text, [("الأردني", "LOC", "JORGOV"), ("الفرنسي", "LOC", "FRAGOV")], timexes=[("اليوم (الثلاثاء)", "2021-07-20")]
    )
    assert coded(doc, "04") == {("JORGOV", "FRAGOV")}


@pytest.mark.parametrize("place", ["بالرباط", "في الرباط"])
def test_the_place_of_a_meeting_is_no_party_to_it(place: str) -> None:
    text = f"وبحث وزير الخارجية المغربي خلال لقائه {place} نظيره الموريتاني العلاقات بين البلدين."
    doc = build(text, [("المغربي", "LOC", "MARGOV"), ("الرباط", "LOC", "MAR"), ("الموريتاني", "LOC", "MRTGOV")])
    assert coded(doc, "04") == {("MARGOV", "MRTGOV")}


def test_a_place_phrase_with_no_actor_after_it_stays_the_nouns_own() -> None:
    text = "ورحبت الحكومة الإسرائيلية باعترافه بالقدس عاصمة لها."
    doc = build(text, [("الحكومة الإسرائيلية", "ORG", "ISRGOV"), ("القدس", "LOC", "ISR")])
    assert not coded(doc, "04")


def test_the_owner_of_a_meeting_is_the_subject_not_the_object_of_the_verb_before() -> None:
    text = (
        "وحث الرئيس الموريتاني محمد ولد الغزواني الفصائل المالية على وقف القتال، "
        "وأكد خلال لقائه اليوم المبعوث الأممي إلى مالي دعم بلاده للحوار."
    )
    doc = build(
        text,
        [
            ("الموريتاني", "LOC", "MRTGOV"),
            ("محمد ولد الغزواني", "PERS", "MRTGOV"),
            ("الفصائل المالية", "ORG", "MLIREB"),
            ("المبعوث الأممي", "PERS", "IGOUNO"),
            ("مالي", "LOC", "MLI"),
        ],
        timexes=[("اليوم", "2021-07-22")],
    )
    assert coded(doc, "04") == {("MRTGOV", "IGOUNO")}


def test_a_verb_after_an_agentless_strike_does_not_take_the_victims_as_agent() -> None:
    text = "وأعلن الجيش النيجيري مقتل عشرين مسلحا من جماعة بوكو حرام بقصف جوي استهدف معسكراتهم."
    doc = build(text, [("النيجيري", "LOC", "NGAMIL"), ("جماعة بوكو حرام", "ORG", "NGAREB")])
    assert ("NGAREB", "NGAMIL") not in coded(doc, "19")
    assert ("NGAREB", "NGA") not in coded(doc, "19")


def test_the_victims_of_an_attack_by_no_one_named_are_its_target() -> None:
    text = "وقتل خمسة جنود ماليين صباح الأحد في هجوم انتحاري."
    doc = build(text, [("ماليين", "LOC", "MLIMIL")])
    assert coded(doc, "18") == {(None, "MLIMIL")}


def test_the_victims_of_a_strike_named_as_the_means_are_its_target() -> None:
    text = "وقتل عشرة مسلحين من جماعة بوكو حرام بغارة جوية في ولاية بورنو."
    doc = build(text, [("جماعة بوكو حرام", "ORG", "NGAREB"), ("ولاية بورنو", "LOC", "NGA")])
    assert coded(doc, "19") == {(None, "NGAREB")}


def test_an_adverb_of_manner_is_no_title_of_the_object() -> None:
    text = "وانتقدت أوغندا بقوة الحكومة الكينية."
    doc = build(text, [("أوغندا", "LOC", "UGA"), ("الحكومة الكينية", "ORG", "KENGOV")])
    assert coded(doc, "11") == {("UGA", "KENGOV")}


def test_a_date_and_an_adverb_do_not_cut_a_judging_verb_from_the_act() -> None:
    text = "وأدانت الحكومة الأوغندية مساء الأحد بشدة القصف الكيني."
    doc = build(
        text,
        [("الحكومة الأوغندية", "ORG", "UGAGOV"), ("الكيني", "LOC", "KENMIL")],
        timexes=[("مساء الأحد", "2021-07-18")],
    )
    assert ("UGAGOV", "KENMIL") in coded(doc, "11")
