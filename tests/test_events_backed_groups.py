"""Precision on arbitrary news: a state backs rebels, insurgents or an opposition of another country; an unnamed
group it backs takes the country the sentence places it in, not the backer's. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_rebels_backed_abroad_belong_where_they_fight() -> None:
    text = "ويرى محللون أن الكرملين دعم المتمردين الانفصاليين في شرق أوكرانيا."
    targets = {target for _, source, target in _events(text) if source == "RUSGOV"}
    assert "UKRREB" in targets and "RUSREB" not in targets


def test_a_backer_is_not_the_country_of_the_fighters() -> None:
    for text in (
        "وقالت الدوحة إنها دعمت فصائل متشددة عديدة.",
        "وقالت مصادر إن طهران تساعد الميليشيات على تصنيع الصواريخ.",
    ):
        assert not any(target in ("QATREB", "IRNREB") for _, _, target in _events(text))


def test_groups_at_home_keep_their_country() -> None:
    """A government arming militias in its own country, or signing peace with its own rebels."""
    cases = {
        "ولجأت الحكومة في أفغانستان إلى تسليح الميليشيات المحلية في الشمال.": ("AFGGOV", "AFGREB"),
        "ووقع رئيس جنوب السودان اتفاق سلام مع المتمردين يوم الأربعاء.": ("SSDGOV", "SSDREB"),
    }
    for text, pair in cases.items():
        assert pair in {(source, target) for _, source, target in _events(text)}


def test_forces_named_with_a_foreign_armed_group_keep_their_own_country() -> None:
    text = "وتحدث المرصد السوري عن انفجار في مدينة الزبداني التي يحاصرها حزب الله وقوات النظام."
    sources = {source for _, source, _ in _events(text)}
    assert "SYRGOV" in sources and "LBNGOV" not in sources


def test_allies_launching_a_battle_together_do_not_fight_each_other() -> None:
    text = "وبرز دوره حين شنت القوات النظامية ومقاتلو حزب الله اللبناني معركة للسيطرة على بلدات جنوب دمشق."
    pairs = {(source, target) for _, source, target in _events(text)}
    assert not any(source and target and "LBNREB" in (source, target) and source != target for source, target in pairs)
    # two states waging a war are still read as fighting each other
    assert ("190", "RUS", "UKR") in _events("وخاضت روسيا وأوكرانيا حربا استمرت سنوات.")
