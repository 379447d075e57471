"""An accusation stays when the act it blames is read with doubt: «حمّل X Y مسؤولية مقتل ...» is an accusation
whatever «مقتل» turns out to be, as an appeal stays whatever is called for. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def _accusations(text: str) -> set[tuple[str | None, str | None]]:
    return {(source, target) for code, source, target in _events(text) if code.startswith("112")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the blamed act after «عن», then as the genitive of «مسؤولية», then after «ب»
        ("وحمّلت الحكومة المصرية إسرائيل المسؤولية الكاملة عن مقتل الجنود.", ("EGYGOV", "ISR")),
        ("وحمّل وزير الخارجية الأردني أيمن الصفدي إسرائيل مسؤولية مقتل الصحفيين في غزة.", ("JORGOV", "ISR")),
        ("واتهمت الحكومة الليبية قوات حفتر بمقتل المدنيين في طرابلس.", ("LBYGOV", "LBYMIL")),
        # an act read with confidence is unchanged
        ("وحمّلت الحكومة المصرية إسرائيل المسؤولية الكاملة عن الهجوم.", ("EGYGOV", "ISR")),
    ],
)
def test_blaming_for_a_doubtful_act_is_an_accusation(text: str, pair: tuple[str, str]) -> None:
    assert pair in _accusations(text)


def test_accused_after_the_blamed_act_is_not_sure() -> None:
    """«حُمّلت جماعة ... مسؤولية مقتل 90 مدنيا»: a passive, the victims after the act are not the accused; the
    doubtful reading stays dropped."""
    text = "وقال التقرير إن 500 مدني قتلوا، وحملت جماعة الحوثي مسؤولية مقتل 90 مدنيا منهم."
    assert not _accusations(text)


def test_a_passive_accusation_gains_no_accuser() -> None:
    assert not _accusations("واتهم الصحفيان المصريان بخرق قانون الطوارئ.")
