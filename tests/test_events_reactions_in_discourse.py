"""Round 27 (evimpl27): the agents of an act judged with no agent of its own, found in the article."""

from __future__ import annotations

from events_helpers import build, coded

_LEAD = 'رفضت مصر "التهديدات" الاقتصادية التي تواجهها بسبب الأزمة. وقال مسؤول مصري إن القاهرة لن تقبل الضغوط. '
_FILLER = "وأضاف أن الحوار ممكن. وأشار إلى أن الأزمة طويلة. وتابع أن الاقتصاد يتراجع. "


def _lead_rejection(threatened: str, *, far: bool = False) -> set[tuple[str | None, str | None]]:
    """A lead rejecting threats, the threat told in the body (three sentences further when `far`)."""
    text = _LEAD + (_FILLER if far else "") + f"وكان رئيس الوزراء الإثيوبي قد هدد بمعاقبة {threatened} إذا لم تتراجع."
    entities = [
        ("مصر", "LOC", "EGY"),
        ("مسؤول مصري", "PERS", "EGYGOV"),
        ("القاهرة", "LOC", "EGYGOV"),
        ("رئيس الوزراء الإثيوبي", "PERS", "ETHGOV"),
        (threatened, "LOC", "EGY" if threatened == "مصر" else "SDN", 3 if threatened == "مصر" else 1),
    ]
    return coded(build(text, entities), "12")


def _body_rejection(judged: str) -> set[tuple[str | None, str | None]]:
    """A rejection of threats told two sentences after the threat."""
    text = (
        "وهددت الحكومة الكندية بفرض عقوبات على فنزويلا. وقال متحدث إن القرار يأتي بعد الانتخابات. "
        f"ورفضت فنزويلا {judged} ووصفتها بأنها ظالمة."
    )
    entities = [("الحكومة الكندية", "ORG", "CANGOV"), ("فنزويلا", "LOC", "VEN"), ("فنزويلا", "LOC", "VEN", 2)]
    return coded(build(text, entities), "12")


def test_a_lead_rejecting_threats_judges_the_threatener_told_in_the_body() -> None:
    assert ("EGY", "ETHGOV") in _lead_rejection("مصر")


def test_a_lead_rejecting_threats_made_to_someone_else_judges_no_one() -> None:
    assert ("EGY", "ETHGOV") not in _lead_rejection("السودان")


def test_threats_told_too_far_from_the_rejection_are_not_the_ones_rejected() -> None:
    assert ("EGY", "ETHGOV") not in _lead_rejection("مصر", far=True)


def test_rejected_threats_are_those_made_to_the_judge_just_before() -> None:
    assert ("VEN", "CANGOV") in _body_rejection("التهديدات")


def test_quotation_marks_around_the_judged_act_keep_it_judged() -> None:
    assert ("VEN", "CANGOV") in _body_rejection('"التهديدات"')
