"""Precision on arbitrary news: a place written right after the noun of a part of a place («في عفرين شمالي سوريا»,
«في شمال العراق») only says where the act or the town lies, no party to the event; after «على» the part of the
place is what the act is aimed at. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_a_country_locating_a_town_is_no_target() -> None:
    text = "قالت المستشارة الألمانية إن سقوط الضحايا في عفرين شمالي سوريا غير مقبول."
    assert not any(target == "SYR" for _, _, target in _events(text))


def test_a_country_locating_a_town_is_no_source() -> None:
    text = "أدى تصعيد العمليات العسكرية في محافظة درعا جنوبي سوريا إلى نزوح آلاف المدنيين."
    assert not any(source == "SYR" for _, source, _ in _events(text))


def test_a_part_of_a_place_after_on_stays_the_target() -> None:
    text = "وشنت الطائرات الإسرائيلية غارات على جنوب لبنان."
    assert any(target and target.startswith("LBN") for _, _, target in _events(text))


def test_a_country_named_as_a_party_stays_one() -> None:
    text = "وأدانت الخارجية المصرية بشدة القصف الإسرائيلي على لبنان."
    assert any(target and target.startswith("LBN") for _, _, target in _events(text))


def test_an_appeal_to_de_escalate_in_a_place_targets_its_country() -> None:
    text = "دعا الأمين العام للأمم المتحدة إلى وقف فوري للتصعيد العسكري جنوب غربي سوريا."
    assert any(target == "SYR" for _, _, target in _events(text))
