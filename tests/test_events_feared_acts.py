"""An act noun a few words after «خوفا», «خشية», «تحسبا» (for fear of, in anticipation of) is only feared: no act is
stated. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import Pipeline, make_doc


def _codes(text: str) -> set[str]:
    doc = Pipeline()(make_doc(text, published="2018-04-11"))
    return {e.cameo for e in doc.events}


def test_leaving_for_fear_of_a_strike_states_no_strike() -> None:
    assert _codes("وغادر الرئيس السوري قصره خوفا من التعرض لقصف أميركي.") == set()


def test_flights_cancelled_in_anticipation_of_an_attack_state_no_attack() -> None:
    assert _codes("وألغت شركة طيران صينية رحلاتها إلى بيروت تحسبا لهجوم أميركي على سوريا.") == set()


def test_a_strike_done_out_of_fear_is_still_a_strike() -> None:
    assert _codes("وقصفت الطائرات الروسية مواقع المعارضة السورية خوفا من تقدمها.") == {"195"}
