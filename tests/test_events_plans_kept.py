"""A plain plan to boycott, expel, arrest or attack keeps the act's code with modality intent (the gold guide's
measurement codes «تعتزم X مقاطعة» as 163); a plan with a condition, before or after it, is a threat (131x)."""

from __future__ import annotations

import rasd


def _coded(text: str) -> set[tuple[str, str | None, str | None, str]]:
    doc = rasd.analyze(text, published="2018-05-09")
    return {(e.cameo, e.source.actor, e.target.actor, e.modality) for e in doc.events}


def test_a_plain_plan_keeps_the_act() -> None:
    assert ("161", "RUS", "GBRGOV", "intent") in _coded("وتعتزم روسيا طرد عشرين دبلوماسيا بريطانيا الأسبوع المقبل.")
    found = _coded("وقال الوزير إن الولايات المتحدة ستفرض عقوبات جديدة على فنزويلا.")
    assert any(code == "163" and target == "VEN" for code, _source, target, _mode in found)


def test_a_plan_with_a_condition_is_a_threat() -> None:
    found = _coded("وقال الوزير إن الولايات المتحدة ستفرض عقوبات جديدة على فنزويلا ما لم تفرج عن المعتقلين.")
    assert any(code.startswith("131") and target == "VEN" for code, _source, target, _mode in found)
    found = _coded("وقال الوزير إن الولايات المتحدة ستفرض عقوبات جديدة على فنزويلا في حال لم تفرج عن المعتقلين.")
    assert any(code.startswith("131") and target == "VEN" for code, _source, target, _mode in found)
