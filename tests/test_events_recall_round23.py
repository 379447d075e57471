"""Recall of the twenty-third round: a use of force against an attack («تصدت لهجوم», «صد هجوم») is aimed at the
attack's agent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import build, coded, events_of


def test_confronting_an_attack_targets_its_agent() -> None:
    text = "وتصدت القوات الحكومية لهجوم المتمردين قرب الحدود."
    doc = build(text, [("القوات الحكومية", "ORG", "SDNMIL"), ("المتمردين", "ORG", "SDNREB")])
    assert ("SDNMIL", "SDNREB") in coded(doc, "19")


def test_repelling_an_attack_on_a_town_targets_the_attackers_not_the_town() -> None:
    text = "وصد الجيش المالي هجوم المسلحين على مدينة غاو."
    doc = build(text, [("المالي", "LOC", "MLIMIL"), ("المسلحين", "ORG", "MLIREB"), ("غاو", "LOC", "MLI")])
    assert ("MLIMIL", "MLIREB") in coded(doc, "19")
    assert ("MLIMIL", "MLI") not in coded(doc, "19")


def test_protesters_clashing_with_soldiers_riot() -> None:
    text = "واندلعت مواجهات بين المتظاهرين البوليفيين والجيش البوليفي قرب القصر الرئاسي."
    doc = build(text, [("البوليفيين", "LOC", "BOLCVL"), ("الجيش البوليفي", "ORG", "BOLMIL")])
    assert ("BOLCVL", "BOLMIL") in coded(doc, "145")
    assert ("BOLCVL", "BOLMIL") not in coded(doc, "19")


def test_an_opposition_fighting_soldiers_is_no_riot() -> None:
    text = "واندلعت مواجهات بين المعارضة البوليفية والجيش البوليفي قرب القصر الرئاسي."
    doc = build(text, [("المعارضة البوليفية", "ORG", "BOLOPP"), ("الجيش البوليفي", "ORG", "BOLMIL")])
    assert not coded(doc, "145")


def test_a_protest_is_kept_beside_the_clash_it_led_to() -> None:
    # the riot against the police says what happened in the protests; the protests themselves are still reported
    text = "وتظاهر آلاف البوليفيين في العاصمة، واشتبك محتجون بوليفيون مع الشرطة البوليفية."
    doc = build(
        text,
        [("البوليفيين", "LOC", "BOLCVL"), ("بوليفيون", "LOC", "BOLCVL"), ("الشرطة البوليفية", "ORG", "BOLCOP")],
    )
    assert ("BOLCVL", "BOLCOP") in coded(doc, "145")
    assert ("BOLCVL", None) in coded(doc, "141")


def _reported(
    text: str, content: str, speaker: str, code: str, entities: list[tuple[str, str, str | None]]
) -> set[tuple[str, str | None, str | None]]:
    doc = build(text, entities, quotes=[(content, speaker, code, None)])
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in events_of(doc)}


@pytest.mark.parametrize(
    ("text", "content", "speaker", "place", "other"),
    [
        (
            "وقال وزير الخارجية النرويجي إن بلاده ستطرد دبلوماسيين روسيين.",
            "بلاده ستطرد دبلوماسيين روسيين",
            "وزير الخارجية النرويجي",
            "النرويجي",
            ("روسيين", "LOC", "RUSGOV"),
        ),
        (
            "وأكدت رئيسة الوزراء النرويجية أن حكومتها لن تتفاوض مع روسيا.",
            "حكومتها لن تتفاوض مع روسيا",
            "رئيسة الوزراء النرويجية",
            "النرويجية",
            ("روسيا", "LOC", "RUS"),
        ),
    ],
)
def test_his_country_or_her_government_in_reported_words_is_the_speakers_state(
    text: str, content: str, speaker: str, place: str, other: tuple[str, str, str]
) -> None:
    coded_events = _reported(text, content, speaker, "NORGOV", [(place, "LOC", "NORGOV"), other])
    assert any(source == "NORGOV" and target == other[2] for _, source, target in coded_events)


def test_his_country_acting_on_its_own_forces_is_no_event_between_them() -> None:
    # «سترسل قواتها»: the forces sent are the speaker's own, no party to a sending
    text = "وقال وزير الدفاع النرويجي إن بلاده سترسل قواتها النرويجية."
    coded_events = _reported(
        text,
        "بلاده سترسل قواتها النرويجية",
        "وزير الدفاع النرويجي",
        "NORGOV",
        [("النرويجي", "LOC", "NORGOV"), ("النرويجية", "LOC", "NORMIL")],
    )
    assert not any(source == "NORGOV" and target == "NORMIL" for _, source, target in coded_events)


def test_a_counted_target_after_about_keeps_the_preposition_before_it() -> None:
    text = "وشنت المقاتلات الإسرائيلية غارات جوية على نحو 30 هدفا إيرانيا جنوبي دمشق."
    doc = build(text, [("الإسرائيلية", "LOC", "ISRMIL"), ("إيرانيا", "LOC", "IRN"), ("دمشق", "LOC", "SYR")])
    assert ("ISRMIL", "IRN") in coded(doc, "19")
