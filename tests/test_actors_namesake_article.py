"""Namesakes the lookup key merges by dropping the article: the name as written (with «ال» or without) keeps the
namesake spelled that way, so the article's focus country no longer turns «القدس» (Jerusalem) into Iran's «قدس»
(Qods). Round 25; sentences written for these tests."""

from __future__ import annotations

from actors_helpers import actor_codes


def test_jerusalem_with_the_article_stays_jerusalem_in_an_article_about_iran() -> None:
    codes = actor_codes(
        "قال وزير الخارجية الإيراني إن طهران ترفض العقوبات. "
        "وتأتي زيارة الوزير الأمريكي للرياض والقدس ضمن جولة في المنطقة."
    )
    assert codes["القدس"] is not None and codes["القدس"].startswith("ISR")


def test_qods_without_the_article_is_the_iranian_city() -> None:
    codes = actor_codes("قال مسؤول إيراني إن حريقا اندلع في مصنع بمدينة قدس غرب طهران.")
    assert codes["قدس"] is not None and codes["قدس"].startswith("IRN")


def test_the_quds_force_is_the_revolutionary_guard() -> None:
    codes = actor_codes("وقال المسؤول الأمريكي إن قوة القدس تدعم الجماعات المسلحة في المنطقة.")
    assert codes.get("قوة القدس") == "IRNMIL"
