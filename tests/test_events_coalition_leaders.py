"""A coalition named with the states that lead it («التحالف الذي تقوده X و Y», «بقيادة X») acts as each leading
state's military: one participant per leader, not the coalition alone."""

from __future__ import annotations

import rasd


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = rasd.analyze(text, published="2019-03-10")
    return {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}


def test_each_state_leading_a_coalition_is_a_source() -> None:
    found = _events("ومنذ عام 2015 دخل تحالف عربي تقوده السعودية والإمارات في حرب مع المتمردين الحوثيين في اليمن.")
    sources = {source for code, source, _ in found if code.startswith("19")}
    assert {"SAUMIL", "AREMIL"} <= sources


def test_leaders_after_bi_qiyadat_replace_the_coalition() -> None:
    found = _events("وقصفت طائرات التحالف بقيادة السعودية والإمارات مواقع للمتمردين الحوثيين في الحديدة.")
    sources = {source for code, source, _ in found if code.startswith("19")}
    assert sources == {"SAUMIL", "AREMIL"}


def test_a_coalition_led_by_a_person_keeps_its_own_reading() -> None:
    found = _events("وأعلن تحالف سائرون الذي يقوده مقتدى الصدر رفضه للعقوبات التي فرضتها واشنطن على بغداد.")
    assert not [event for event in found if event[1] and event[1].endswith("MIL")]
