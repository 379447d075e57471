"""Precision on arbitrary news: a verb right after an indefinite document («مشروع قرار يدين X», «بيان من مجلس
الأمن يدعو») describes the document, its subject; the actor after the verb is the object, never the source.
Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_the_one_a_draft_condemns_is_not_its_source() -> None:
    text = "وصوتت الجمعية العامة بأغلبية كبيرة على مشروع قرار يدين إسرائيل بسبب استخدام القوة ضد المدنيين."
    assert not any(source == "ISR" for _, source, _ in _events(text))


def test_the_issuer_written_after_the_document_speaks() -> None:
    text = "وعرقلت الولايات المتحدة صدور بيان من مجلس الأمن يدعو إسرائيل إلى وقف إطلاق النار."
    events = _events(text)
    assert any(source == "IGOUNO" and target == "ISR" for _, source, target in events)
    assert not any(source == "USA" for _, source, _ in events)


def test_a_presented_document_speaks_for_who_presented_it() -> None:
    text = "وقدمت فرنسا مشروع قرار يطالب إيران بوقف تخصيب اليورانيوم."
    assert any(source == "FRA" and target == "IRN" for _, source, target in _events(text))


def test_a_document_calling_for_an_act_is_not_the_act_agent() -> None:
    text = "ووزعت بريطانيا مشروع بيان يدعو مجلس الأمن إلى إدانة إطلاق الصواريخ من جانب المسلحين في غزة."
    events = _events(text)
    assert any(source == "GBR" and target == "IGOUNO" for _, source, target in events)
