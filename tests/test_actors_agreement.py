"""Definiteness agreement tells an adjective from a name: an indefinite gentilic after a definite person title is a
man's first name («الأمير تركي»), and a definite relational word after a definite place noun is the noun's adjective
(«الحدود الشرقية»), not the governorate «الشرقية». Sentences written for these tests."""

from __future__ import annotations

from actors_helpers import actor_codes


def test_an_indefinite_gentilic_after_a_definite_title_is_not_the_country() -> None:
    codes = actor_codes("استقبل المستشار تركي آل الشيخ وفدا من رجال الأعمال في جدة أمس.")
    assert not any(code and code.startswith("TUR") for code in codes.values())
    assert "تركي" not in codes


def test_a_gentilic_that_agrees_with_the_title_is_still_the_country() -> None:
    codes = actor_codes("قال المستشار التركي إن بلاده ستواصل دعم اللاجئين.")
    assert codes.get("التركي", "").startswith("TUR")


def test_an_indefinite_title_keeps_its_indefinite_gentilic() -> None:
    codes = actor_codes("قال وزير تركي إن أنقرة لن تغلق حدودها.")
    assert any(code and code.startswith("TUR") for text, code in codes.items() if "تركي" in text)


def test_a_definite_relational_word_after_a_definite_place_noun_is_an_adjective() -> None:
    codes = actor_codes("تجمع المتظاهرون على الحدود الشرقية للبلاد يوم الجمعة.")
    assert "الشرقية" not in codes


def test_the_governorate_after_an_indefinite_place_noun_is_still_the_place() -> None:
    codes = actor_codes("زار الوزير محافظة الشرقية أمس لتفقد المشروعات.")
    assert codes.get("الشرقية", "").startswith("EGY")


def test_a_gentilic_that_is_no_first_name_stays_the_country_after_a_slip() -> None:
    codes = actor_codes("وصل المبعوث فرنسي إلى بيروت أمس للقاء المسؤولين.")
    assert any(code and code.startswith("FRA") for text, code in codes.items() if "فرنسي" in text)


def test_the_names_hostile_media_give_israel_are_israel() -> None:
    codes = actor_codes("حذرت طهران من أن أي اعتداء من الكيان الصهيوني سيقابل برد حاسم.")
    assert codes.get("الكيان الصهيوني", "").startswith("ISR")
