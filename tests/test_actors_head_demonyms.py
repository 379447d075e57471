"""Adjectives that are also words of their own («الهندي»: Indian, and the Indian Ocean's «المحيط الهندي»; «العماني»)
name a country only after a title or a sector noun. Spelling variants of a demonym («البنغلادشية») are demonyms
too. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

from actors_helpers import actor_codes

_actors = partial(actor_codes, published="2021-07-22")


def test_indian_after_a_title_or_a_sector_is_india() -> None:
    assert _actors("وأعلن الجيش الهندي مقتل جنديين في كشمير.")["الهندي"] == "INDMIL"
    assert _actors("وقال رئيس الوزراء الهندي إن بلاده تريد السلام.")["الهندي"] == "INDGOV"


def test_the_indian_ocean_is_no_actor_of_india() -> None:
    actors = _actors("وتبحر السفن في المحيط الهندي نحو الخليج.")
    assert "الهندي" not in actors
    assert actors.get("المحيط الهندي") is None


def test_omani_after_a_title_is_oman() -> None:
    assert _actors("وقال وزير الخارجية العماني إن بلاده تدعم الحوار.")["العماني"] == "OMNGOV"


def test_a_spelling_variant_of_a_demonym_is_a_demonym() -> None:
    assert _actors("واستقبلت رئيسة الوزراء البنغلادشية الوفد أمس.")["البنغلادشية"] == "BGDGOV"


def test_common_spelling_variants_of_demonyms() -> None:
    assert _actors("وقال رئيس الوزراء التايلاندي إن الانتخابات ستجري في موعدها.")["التايلاندي"] == "THAGOV"
    assert _actors("وأعلن الجيش الأرمني مقتل جندي على الحدود.")["الأرمني"] == "ARMMIL"
    assert _actors("واستقبل الرئيس الفليبيني الوفد في مانيلا.")["الفليبيني"] == "PHLGOV"
