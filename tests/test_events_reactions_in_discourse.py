"""Round 27 (evimpl27): the agents of an act judged with no agent of its own, found in the article."""

from __future__ import annotations

from events_helpers import build, coded


def test_a_lead_rejecting_threats_judges_the_threatener_told_in_the_body() -> None:
    text = (
        'رفضت مصر "التهديدات" الاقتصادية التي تواجهها بسبب الأزمة. '
        "وقال مسؤول مصري إن القاهرة لن تقبل الضغوط. "
        "وكان رئيس الوزراء الإثيوبي قد هدد بمعاقبة مصر إذا لم تتراجع."
    )
    entities = [
        ("مصر", "LOC", "EGY"),
        ("مسؤول مصري", "PERS", "EGYGOV"),
        ("القاهرة", "LOC", "EGYGOV"),
        ("رئيس الوزراء الإثيوبي", "PERS", "ETHGOV"),
        ("مصر", "LOC", "EGY", 3),
    ]
    assert ("EGY", "ETHGOV") in coded(build(text, entities), "12")


def test_a_lead_rejecting_threats_made_to_someone_else_judges_no_one() -> None:
    text = (
        'رفضت مصر "التهديدات" الاقتصادية التي تواجهها بسبب الأزمة. '
        "وقال مسؤول مصري إن القاهرة لن تقبل الضغوط. "
        "وكان رئيس الوزراء الإثيوبي قد هدد بمعاقبة السودان إذا لم يتراجع."
    )
    entities = [
        ("مصر", "LOC", "EGY"),
        ("مسؤول مصري", "PERS", "EGYGOV"),
        ("القاهرة", "LOC", "EGYGOV"),
        ("رئيس الوزراء الإثيوبي", "PERS", "ETHGOV"),
        ("السودان", "LOC", "SDN"),
    ]
    assert ("EGY", "ETHGOV") not in coded(build(text, entities), "12")


def test_threats_told_too_far_from_the_rejection_are_not_the_ones_rejected() -> None:
    text = (
        'رفضت مصر "التهديدات" الاقتصادية التي تواجهها بسبب الأزمة. '
        "وقال مسؤول مصري إن القاهرة لن تقبل الضغوط. "
        "وأضاف أن الحوار ممكن. "
        "وأشار إلى أن الأزمة طويلة. "
        "وتابع أن الاقتصاد يتراجع. "
        "وكان رئيس الوزراء الإثيوبي قد هدد بمعاقبة مصر إذا لم تتراجع."
    )
    entities = [
        ("مصر", "LOC", "EGY"),
        ("مسؤول مصري", "PERS", "EGYGOV"),
        ("القاهرة", "LOC", "EGYGOV"),
        ("رئيس الوزراء الإثيوبي", "PERS", "ETHGOV"),
        ("مصر", "LOC", "EGY", 3),
    ]
    assert ("EGY", "ETHGOV") not in coded(build(text, entities), "12")


def test_rejected_threats_are_those_made_to_the_judge_just_before() -> None:
    text = (
        "وهددت الحكومة الكندية بفرض عقوبات على فنزويلا. "
        "وقال متحدث إن القرار يأتي بعد الانتخابات. "
        "ورفضت فنزويلا التهديدات ووصفتها بأنها ظالمة."
    )
    entities = [("الحكومة الكندية", "ORG", "CANGOV"), ("فنزويلا", "LOC", "VEN"), ("فنزويلا", "LOC", "VEN", 2)]
    assert ("VEN", "CANGOV") in coded(build(text, entities), "12")


def test_quotation_marks_around_the_judged_act_keep_it_judged() -> None:
    text = (
        "وهددت الحكومة الكندية بفرض عقوبات على فنزويلا. "
        "وقال متحدث إن القرار يأتي بعد الانتخابات. "
        'ورفضت فنزويلا "التهديدات" ووصفتها بأنها ظالمة.'
    )
    entities = [("الحكومة الكندية", "ORG", "CANGOV"), ("فنزويلا", "LOC", "VEN"), ("فنزويلا", "LOC", "VEN", 2)]
    assert ("VEN", "CANGOV") in coded(build(text, entities), "12")
