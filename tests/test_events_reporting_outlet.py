"""A news outlet named as who reports («بحسب ما ذكرت وكالة X», «ونقلت وكالة X عن») is no party of the act it
reports (statements.json `reporting_outlet`); an outlet acted upon stays. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_the_agency_that_relays_praise_is_not_the_one_who_praises() -> None:
    events = _events("ونقلت وكالة رويترز عن مكتب الرئيس الفرنسي أنه أشاد بدور القوات الكردية في قتال التنظيم.")
    assert not any(source == "GBRMED" for _, source, _ in events)


def test_an_outlet_acted_upon_stays_a_target() -> None:
    assert ("11", "TURGOV", "USAMED") in _events("وانتقد الرئيس التركي صحيفة نيويورك تايمز الأمريكية.")
    events = _events(
        "وقالت الحكومة إن الاحتجاجات انتهت، بحسب ما ذكرت وكالة رويترز. "
        "واعتقلت الشرطة التركية مراسل وكالة رويترز في إسطنبول."
    )
    assert ("17", "TURCOP", "GBRMED") in events


def test_the_agency_quoted_as_speaker_lends_no_state_to_a_we() -> None:
    events = _events('وأعلن الرئيس: "سنفرض عقوبات إضافية على فنزويلا"، وفق ما ذكرت وكالة رويترز.')
    assert not any(source is not None and source.startswith("GBR") for _, source, _ in events)
