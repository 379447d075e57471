"""Precision on arbitrary news, round 20: who accuses whom in a relative clause whose antecedent is the act
(«القصف ... التي تتهم X Y بتنفيذه»), whom backing backs, the subject named again, the sense of «قطع».
Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _coded(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in analyze(text).events}


def test_a_relative_verb_followed_by_subject_and_object_has_its_own_subject() -> None:
    # the antecedent (a village) is resumed in the charge («بتنفيذه»), it is not the accuser
    town = _coded("وتحدث الوزير عن القصف على قرية حمورية السورية التي تتهم فرنسا الحكومة السورية بتنفيذه.")
    assert ("11", "FRA", "SYRGOV") in town
    assert ("11", "SYR", "FRA") not in town


def test_a_relative_verb_with_one_actor_after_it_keeps_the_antecedent_as_subject() -> None:
    coded = _coded("ووصل إلى عمان وزير الخارجية الإيراني الذي يتهم إسرائيل بزعزعة استقرار المنطقة.")
    assert ("11", "IRNGOV", "ISR") in coded


def test_backing_goes_to_the_actor_right_before_it() -> None:
    # the side named right before «بإسناد من» is backed, not the enemy named after it or earlier in the clause
    fight = _coded("واشتدت المعارك بين القوات اليمنية بإسناد من التحالف العربي، وبين المتمردين الحوثيين قرب المطار.")
    assert ("07", "SAUMIL", "YEMMIL") in fight
    assert ("07", "SAUMIL", "YEMREB") not in fight
    advance = _coded("وتتوالى خسائر المتمردين أمام تقدم لقوات الجيش اليمني بإسناد من طائرات التحالف العربي.")
    assert ("07", "SAUMIL", "YEMMIL") in advance
    assert ("07", "SAUMIL", "YEMREB") not in advance


def test_backing_skips_a_place_and_reaches_a_subject_after_an_opening_phrase() -> None:
    place = _coded("وسيطر الجيش اليمني على مواقع جديدة غرب مدينة تعز، بإسناد من طيران التحالف العربي.")
    assert ("07", "SAUMIL", "YEMMIL") in place
    assert ("05", "SAUMIL", "YEM") not in place
    opening = _coded("وبإسناد من القوات الإماراتية، سيطرت القوات اليمنية على المدينة.")
    assert ("07", "AREMIL", "YEMMIL") in opening


def test_the_subject_named_again_is_not_the_object() -> None:
    # a bare name then its office, an office then a name with only a rank: one person, the object comes after
    named = _coded("وانتقد سيرغي لافروف وزير خارجية روسيا خطط بريطانيا العسكرية.")
    assert ("11", "RUSGOV", "GBR") in named
    assert ("11", "RUSGOV", "RUSGOV") not in named
    ranked = _coded("وحذر قائد الحرس الثوري الإيراني اللواء رضا كريمي الولايات المتحدة من أي مغامرة.")
    assert ("13", "IRNMIL", "USA") in ranked
    assert ("13", "IRNMIL", "IRNMIL") not in ranked


def test_a_name_with_an_office_of_its_own_after_the_subject_is_the_object() -> None:
    coded = _coded("والتقى الرئيس دونالد ترامب وزير الخارجية مايك بومبيو في مكتبه.")
    assert ("04", "USAGOV", "USAGOV") in coded


def test_breaking_ties_by_some_means_is_no_roadblock() -> None:
    # «عن طريق» (by means of) after the relations broken: the first required object decides the sense
    coded = _coded("وقطعت السعودية العلاقات مع كندا عن طريق طرد سفيرها.")
    assert ("16", "SAU", "CAN") in coded
    assert not any(root == "14" for root, _, _ in coded)
