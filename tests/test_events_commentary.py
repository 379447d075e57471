"""Precision on arbitrary news: an opinion column or first-person account (no news lead, the author's own
first-person words) states the writer's analysis; its acts with no date of their own are not coded, its dated
acts are. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze

SUPPORT = "ولعلنا نتذكر أن إيران دعمت الحوثيين بالسلاح طوال سنوات الحرب. "
DATED = "وفي عام 2016 قصفت الطائرات السعودية مخازن سلاح للحوثيين قرب صعدة."


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_a_column_codes_only_its_dated_acts() -> None:
    opening = "لا أظن أن أحدا منا يملك جوابا سهلا عن مستقبل منطقتنا. نحن نرى كل يوم كيف تتبدل التحالفات، "
    text = opening + SUPPORT + DATED
    events = _events(text)
    assert ("19", "SAUMIL", "YEMREB") in events
    assert not any(source == "IRN" for _, source, _ in events)


def test_the_same_act_without_the_writers_voice_is_coded() -> None:
    text = "يصعب التكهن بمستقبل المنطقة، فالتحالفات تتبدل كل يوم. وقد دعمت إيران الحوثيين بالسلاح طوال سنوات الحرب. "
    assert ("07", "IRN", "YEMREB") in _events(text + DATED)


def test_a_news_lead_is_no_column_whatever_its_quotes_say() -> None:
    text = "قال مسؤول يمني أمس إننا نرى أن إيران دعمت الحوثيين بالسلاح طوال سنوات الحرب، وعلينا أن نحاسبها. "
    assert ("07", "IRN", "YEMREB") in _events(text + DATED)


def test_an_act_after_necessity_or_importance_is_called_for_not_done() -> None:
    assert not any(root == "08" for root, _, _ in _events("وشدد الوزيران على ضرورة انسحاب الجنود الأتراك من العراق."))
    assert not any(root == "06" for root, _, _ in _events("وأكد الجانبان أهمية التعاون بين مصر والسودان في الري."))
    assert ("08", "TURMIL", "IRQ") in _events("وبدأ انسحاب الجنود الأتراك من العراق أمس.")


def test_first_person_words_inside_quotation_marks_are_no_writers_voice() -> None:
    text = (
        "يصعب التكهن بما سيجري. وجاء في اللافتة «نحن هنا ولنا حقوق». وقد دعمت إيران الحوثيين بالسلاح طوال سنوات الحرب. "
    )
    assert ("07", "IRN", "YEMREB") in _events(text + DATED)
