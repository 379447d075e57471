"""An appeal or a demand for an inquiry is coded as such (0213, 1013), not as a bare appeal or demand, when the
inquiry is named by «إجراء تحقيق», «تحقيق» with an adjective of inquiry, or «تشكيل لجنة تحقيق»; «تحقيق» with
another object is achieving something. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _codes(text: str, entities: list[tuple[str, str, str | None]]) -> set[str]:
    return {e.cameo for e in events_of(build(text, entities))}


_US_SAUDI = [("الأمريكية", "LOC", "USAGOV"), ("السعودية", "LOC", "SAUGOV")]


def test_a_demand_to_conduct_an_inquiry() -> None:
    text = "وطالبت الخارجية الأمريكية الحكومة السعودية بإجراء تحقيق شفاف."
    assert "1013" in _codes(text, _US_SAUDI)


def test_an_appeal_for_an_independent_inquiry() -> None:
    text = "ودعت الخارجية الأمريكية الحكومة السعودية إلى تحقيق مستقل."
    assert "0213" in _codes(text, _US_SAUDI)


def test_an_appeal_to_set_up_an_inquiry_commission() -> None:
    text = "ودعت الخارجية الأمريكية الحكومة السعودية إلى تشكيل لجنة تحقيق دولية."
    assert "0213" in _codes(text, _US_SAUDI)


def test_achieving_comprehensive_growth_is_no_inquiry() -> None:
    text = "ودعت الخارجية الأمريكية الحكومة السعودية إلى تحقيق نمو شامل."
    assert not {code for code in _codes(text, _US_SAUDI) if code.startswith(("09", "0213", "1013"))}
