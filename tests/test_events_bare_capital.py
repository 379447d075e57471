"""Targets of seizures and retreats: a force act on the capital left unnamed falls on the capital's country, read
from its domestic agent (grammar `bare_capitals`); a retreat «أمام X» yields to X (grammar `retreat_before`), on
sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _pairs(text: str, specs: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, specs))}


def test_rebels_who_seized_the_capital_act_on_their_country() -> None:
    text = "وقال إن المتمردين الذين سيطروا على العاصمة قبل عامين رفضوا الحوار."
    assert ("192", "YEMREB", "YEM") in _pairs(text, [("المتمردين", "ORG", "YEMREB")])


def test_shelling_the_capital_falls_on_the_country_of_the_armed_groups() -> None:
    text = "وواصلت الجماعات المسلحة قصف العاصمة بالقذائف."
    pairs = _pairs(text, [("الجماعات المسلحة", "ORG", "SYRREB")])
    assert any(c.startswith("19") and s == "SYRREB" and t == "SYR" for c, s, t in pairs)


def test_a_capital_named_after_the_word_keeps_its_own_country() -> None:
    # the capital's name codes it; a foreign capital is not read from the agent
    text = "وقال إن المتمردين الذين سيطروا على العاصمة قبل عامين قصفوا العاصمة الصومالية."
    specs = [("المتمردين", "ORG", "YEMREB"), ("الصومالية", "LOC", "SOM")]
    pairs = _pairs(text, specs)
    assert ("192", "YEMREB", "YEM") in pairs
    assert not any(c.startswith("19") and c != "192" and t == "YEM" for c, _s, t in pairs)


def test_a_retreat_yields_to_the_force_before_it_not_to_the_place_left() -> None:
    text = "وانسحب المقاتلون الأكراد من البلدة أمام تقدم الجيش التركي."
    specs = [("المقاتلون الأكراد", "ORG", "SYRREB"), ("البلدة", "LOC", "SYR"), ("الجيش التركي", "ORG", "TURMIL")]
    pairs = _pairs(text, specs)
    assert ("0874", "SYRREB", "TURMIL") in pairs
    assert ("0874", "SYRREB", "SYR") not in pairs
