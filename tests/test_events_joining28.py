"""Lexicon round 28: a state joins an international organisation or court (057, as accession to a treaty), with
«إلى» or «ل»; a misspelt plural «غارت» is read as «غارات» (air strikes). Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def _codes(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(src, tgt) for cameo, src, tgt in _events(text) if cameo.startswith(root)}


def test_a_state_joins_an_international_court() -> None:
    pairs = _codes("وانضمت الأردن إلى المحكمة الجنائية الدولية قبل عشرين عاما.", "05")
    assert any(src and src.startswith("JOR") and tgt for src, tgt in pairs)


def test_a_state_joins_a_union() -> None:
    pairs = _codes("وانضمت كرواتيا إلى الاتحاد الأوروبي في عام 2013 بعد مفاوضات طويلة.", "05")
    assert any(src and src.startswith("HRV") and tgt for src, tgt in pairs)


def test_joining_written_with_lam() -> None:
    pairs = _codes("وانضمت ألبانيا لحلف شمال الأطلسي عام 2009.", "05")
    assert any(src and src.startswith("ALB") and tgt for src, tgt in pairs)


def test_joining_a_club_is_no_signing() -> None:
    assert not _codes("وانضم اللاعب إلى نادي الاتحاد السعودي الموسم الماضي.", "05")


def test_misspelt_air_strikes() -> None:
    pairs = _codes("وشنت طائرات التحالف بقيادة السعودية غارت جوية على مواقع الحوثيين في صعدة.", "19")
    assert any(src and src.startswith("SAU") for src, _ in pairs)
