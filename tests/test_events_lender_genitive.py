"""After a verbal noun of deciding or planning and its genitive («قرار X», «خطة X»), a word spelt like a past verb is
the act decided, a verbal noun whose agent is that genitive — not a verb whose subject is the sentence's subject.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2019-03-04")
    return [(e.cameo, e.source.actor, e.target.actor) for e in doc.events]


def test_the_decision_owner_is_the_agent_of_the_act_decided() -> None:
    events = _events("انتقدت تركيا قرار الولايات المتحدة نقل سفارتها إلى القدس.")
    moves = [e for e in events if e[0].startswith("05")]
    assert moves and all((source or "").startswith("USA") for _, source, _ in moves)


def test_an_expulsion_decided_by_a_capital_is_that_state_s() -> None:
    events = _events("انتقدت موسكو قرار لندن طرد عشرين دبلوماسيا روسيا.")
    assert any(code.startswith("16") and (source or "").startswith("GBR") for code, source, _ in events)
    assert not any(code.startswith("16") and (source or "").startswith("RUS") for code, source, _ in events)


def test_a_plan_owner_is_the_agent_of_the_act_planned() -> None:
    events = _events("انتقدت روسيا خطة واشنطن نشر صواريخ في بولندا.")
    planned = [e for e in events if not e[0].startswith("11")]
    assert planned and all((source or "").startswith("USA") for _, source, _ in planned)
