"""A reply announced for later or on a condition, by force or in kind («سترد بقوة», «سنرد بالمثل إذا ...»), threatens
(130) whoever would provoke it: the owner of the act after «على» or the subject of the condition; a reply done
(«ردت بحزم») or refused («لن ترد») threatens no one. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import pipeline_codes


def _threats(text: str) -> set[tuple[str | None, str | None]]:
    return {(source, target) for code, source, target in pipeline_codes(text) if code.startswith("13")}


def test_a_reply_in_kind_announced_against_foreign_sanctions_threatens_their_owner() -> None:
    text = "وقالت وزارة الخارجية الإيرانية إن طهران سترد بالمثل على أي عقوبات أمريكية جديدة."
    assert ("IRNGOV", "USA") in _threats(text)


def test_a_reply_on_a_condition_threatens_the_subject_of_the_condition() -> None:
    text = "وأكد وزير الدفاع التركي أن أنقرة سترد إذا أوقفت الولايات المتحدة صفقة الطائرات."
    assert ("TURGOV", "USA") in _threats(text)


def test_a_conditional_reply_with_no_one_named_still_threatens() -> None:
    text = "وقال مصدر رسمي إن السعودية إذا تعرضت لأي ضغوط فسوف ترد عليها بإجراءات أشد."
    assert ("SAU", None) in _threats(text)


def test_the_speakers_country_announcing_a_firm_reply_threatens() -> None:
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده سترد بحزم على هذه الخطوة."
    assert ("RUSGOV", None) in _threats(text)


def test_only_the_reply_announced_threatens_not_one_done_or_refused() -> None:
    assert ("EGYGOV", "ISR") in _threats("وقالت الحكومة المصرية إنها سترد بحزم على أي اعتداء إسرائيلي.")
    assert not _threats("وردت الحكومة المصرية بحزم على الاتهامات الإسرائيلية أمس.")
    assert not _threats("وقال الوزير إن بلاده لن ترد بالمثل على طرد دبلوماسييها من لندن.")
