"""Armed groups named after another one («كتائب حزب الله» in Iraq is not Lebanon's «حزب الله») and paramilitary
forces of the 2020s news (Sudan's Rapid Support Forces, Libya's National Army, the Wagner Group) resolve to their own
country; a common phrase that is also part of a name («الدعم السريع» as "rapid support") names no one. Sentences
written for these tests."""

from __future__ import annotations

from functools import partial

from actors_helpers import actor_codes

_actors = partial(actor_codes, published="2024-05-01")


def test_iraqi_kataib_hezbollah_is_not_lebanese_hezbollah() -> None:
    actors = _actors("وتبنت كتائب حزب الله العراقية قصف قاعدة عسكرية قرب بغداد.")
    assert actors.get("كتائب حزب الله العراقية") == "IRQMIL"
    assert "حزب الله" not in actors
    assert _actors("وقال حزب الله في بيان إن مقاتليه استهدفوا موقعا حدوديا.")["حزب الله"] == "LBNREB"


def test_iraqi_factions_of_the_popular_mobilisation() -> None:
    assert _actors("وأعلنت عصائب أهل الحق انسحابها من الائتلاف الحكومي.")["عصائب أهل الحق"] == "IRQMIL"
    assert _actors("واتهمت منظمة بدر خصومها بتزوير نتائج الانتخابات.")["منظمة بدر"] == "IRQMIL"


def test_paramilitary_forces_of_sudan_libya_and_russia() -> None:
    assert _actors("واتهم الجيش السوداني قوات الدعم السريع بقصف الأحياء السكنية.")["قوات الدعم السريع"] == "SDNMIL"
    assert _actors("وقال الجيش الوطني الليبي إنه أسقط طائرة مسيرة قرب سرت.")["الجيش الوطني الليبي"] == "LBYMIL"
    assert _actors("وانسحبت مجموعة فاغنر من عدة مواقع في مالي.")["مجموعة فاغنر"] == "RUSMIL"


def test_rapid_support_as_a_common_phrase_names_no_one() -> None:
    actors = _actors("ووعدت الوزارة بتقديم الدعم السريع للأسر المتضررة من السيول.")
    assert "الدعم السريع" not in actors or actors["الدعم السريع"] is None


def test_a_member_named_by_the_groups_gentilic_is_of_the_group() -> None:
    # «داعشي», «الدواعش»: a member of the Islamic State named by its nisba, singular or plural
    assert _actors("وقتل الجيش العراقي 12 داعشيا في اشتباكات قرب الفلوجة.").get("داعشيا") == "IMGMUSISI"
    assert _actors("وأفرجت القوات الكردية عن عشرات الدواعش الأجانب.").get("الدواعش") == "IMGMUSISI"


def test_the_country_that_backs_a_militia_is_not_its_own() -> None:
    # «الموالية لإيران» after a group's name introduces its patron; the word is no part of the name
    actors = _actors("وقصفت ميليشيات الحوثي الموالية لإيران مواقع للجيش اليمني قرب تعز.")
    assert actors.get("ميليشيات الحوثي") == "YEMREB"
    actors = _actors("وقال مسؤولون عراقيون إن ميليشيات بدر الموالية لإيران أطلقت النار على محتجين في جنوب العراق.")
    assert [code for name, code in actors.items() if "بدر" in name] == ["IRQREB"]
