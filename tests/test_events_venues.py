"""Precision on arbitrary news: a town named after a meeting or agreement noun is where it is held (or its name),
not a party to it. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_the_town_of_a_summit_is_not_its_host() -> None:
    text = "انتقد السناتور الديمقراطي أداء الرئيس في قمة فيينا مع رئيس وزراء اليابان."
    assert not any(source == "AUT" or target == "AUT" for _, source, target in _events(text))
    # a town whose name ends like a country adjective
    text = "انتقد النائب أداء الرئيس في قمة هلسنكي مع الرئيس الصيني."
    assert not any(source == "FIN" for _, source, _ in _events(text))
    text = "وتحدث النائب المحافظ طويلا عن نتائج قمة أوساكا مع رئيس الوزراء الكندي."
    assert not any(source == "JPN" for _, source, _ in _events(text))


def test_a_visit_to_a_town_keeps_the_town_as_its_target() -> None:
    text = "زار الرئيس المصري مدينة حلب يوم الخميس."
    assert ("042", "EGYGOV", "SYR") in _events(text)


def test_talks_of_a_state_keep_the_state_as_their_party() -> None:
    text = "رحبت الخارجية الأمريكية بمحادثات الهند مع باكستان."
    assert ("046", "IND", "PAK") in _events(text)
    text = "ناقش مسؤولون في اجتماع اليابان مع رئيس وزراء كندا ملف التجارة."
    assert ("040", "JPNGOV", "CANGOV") in _events(text)
