"""Precision on arbitrary news: a town or capital named after the noun of an agreement, conference or process
(«اتفاق باريس», «مؤتمر ميونخ») names the thing, not a party to an event. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_an_agreement_named_after_a_capital_is_not_its_government() -> None:
    text = "وانتقد الرئيس البرازيلي اتفاق باريس بشأن المناخ."
    assert not any(target == "FRAGOV" for _, _, target in _events(text))
    text = "وقالت الخارجية إن الولايات المتحدة لن تنضم إلى اتفاق باريس حول المناخ."
    assert not any(target and target.startswith("FRA") for _, _, target in _events(text))


def test_a_conference_named_after_a_town_is_not_an_actor() -> None:
    text = "وقال الوزير إن مصر والأردن تدعمان مخرجات مؤتمر جنيف الأول."
    assert not any(target == "CHE" for _, _, target in _events(text))
    text = "وأشاد الوزير الأردني بمؤتمر لندن لدعم اللاجئين السوريين."
    assert not any(source and source.startswith("GBR") for _, source, _ in _events(text))


def test_a_capital_with_a_partner_after_it_stays_a_party() -> None:
    text = "ورحبت الأمم المتحدة باتفاق أنقرة وموسكو على وقف إطلاق النار."
    assert any(source == "TURGOV" or target == "TURGOV" for _, source, target in _events(text))


def test_a_capital_acting_on_its_own_stays_a_party() -> None:
    text = "وانتقدت باريس في اتفاق تجاري الحكومة الإيطالية."
    assert any(source == "FRAGOV" for _, source, _ in _events(text))
