"""Statements whose judgement follows «بأنه/بأنها» and resumes the object written before it: the one judged is the
owner of that object. Sentences written for these tests, read through the whole pipeline."""

from __future__ import annotations

from events_helpers import pipeline_codes


def test_a_described_statement_judges_its_owner() -> None:
    found = pipeline_codes("وصفت الخارجية المصرية تصريحات الرئيس التركي بأنها غير مقبولة.")
    assert ("111", "EGYGOV", "TURGOV") in found


def test_a_participle_of_describing_after_the_main_clause() -> None:
    text = "وقال الجيش الأمريكي إن الهجوم كان متوقعا، واصفا الضربات الروسية بأنها تصعيد خطير."
    found = pipeline_codes(text)
    assert any(code == "111" and source == "USAMIL" and (target or "")[:3] == "RUS" for code, source, target in found)


def test_praise_of_a_described_step() -> None:
    found = pipeline_codes("ووصف وزير الخارجية الفرنسي قرار الحكومة الإيرانية بأنه خطوة إيجابية.")
    assert ("051", "FRAGOV", "IRNGOV") in found


def test_no_judgement_in_the_description_codes_nothing() -> None:
    found = pipeline_codes("وصفت الخارجية المصرية زيارة الرئيس التركي بأنها خاصة.")
    assert not any(code in ("111", "051") for code, _, _ in found)


def test_an_object_with_no_actor_gives_no_target() -> None:
    found = pipeline_codes("وصفت الخارجية المصرية التقرير بأنه غير مقبول.")
    assert not any(code == "111" for code, _, _ in found)


def test_an_unjustified_act_is_criticised() -> None:
    found = pipeline_codes("وقال وزير الخارجية الروسي إن العقوبات الأمريكية الجديدة غير مبررة.")
    assert any(code == "111" and source == "RUSGOV" and (target or "")[:3] == "USA" for code, source, target in found)


def test_the_victim_of_a_described_attack_is_not_judged() -> None:
    found = pipeline_codes("ووصف وزير الخارجية الفرنسي الهجوم على السفارة الأمريكية بأنه جريمة.")
    assert not any(code == "111" and (target or "")[:3] == "USA" for code, _, target in found)
