"""Country words that name no actor of their own: a patron's adjective after a named group («ميليشيات الحوثي
الإيرانية» is a Yemeni group), a compass adjective used as a direction («جنوب غربي سوريا»: south-west of Syria, not the
West), and a name that begins the names of several countries («كوريا» in «شطري كوريا»: North and South, not the
article's country). Sentences written for these tests."""

from __future__ import annotations

from rasd.doc import Doc
from rasd.pipeline import analyze


def _doc(text: str) -> Doc:
    return analyze(text, published="2018-06-01")


def _actors(text: str) -> dict[str, str | None]:
    return {e.text: e.actor.cameo if e.actor else None for e in _doc(text).entities}


def _event_actors(text: str) -> set[str | None]:
    doc = _doc(text)
    return {code for event in doc.events for code in (event.source.actor, event.target.actor)}


def test_a_patron_adjective_after_a_named_group_is_no_actor() -> None:
    text = "وقصفت ميليشيات الحوثي الإيرانية الأحياء السكنية في مدينة تعز."
    actors = _actors(text)
    assert actors["ميليشيات الحوثي"] == "YEMREB"
    assert actors.get("الإيرانية") is None
    codes = _event_actors(text)
    assert "YEMREB" in codes
    assert not any(code and code.startswith("IRN") for code in codes)


def test_a_gentilic_of_the_groups_own_country_still_names_it() -> None:
    actors = _actors("وأطلقت حركة حماس الفلسطينية صواريخ على إسرائيل.")
    assert actors["حركة حماس"] == "PSEREB"
    assert actors["الفلسطينية"] == "PSE"


def test_a_compass_adjective_before_a_place_is_a_direction() -> None:
    assert "غربي" not in _actors("وقصفت الطائرات مواقع غربي مدينة غزة.")
    assert "غربي" not in _actors("ودعا الأمين العام للأمم المتحدة إلى وقف التصعيد العسكري جنوب غربي سوريا.")
    assert "غربي" not in _actors("واستعادت القوات مواقع عسكرية غربي مركز المديرية.")


def test_a_western_official_is_still_the_west() -> None:
    assert _actors("وقال دبلوماسي غربي إن القرار جاهز.")["غربي"] == "WSTGOV"


def test_a_name_shared_by_several_countries_is_none_of_them() -> None:
    actors = _actors("وقالت كوريا الشمالية إن القمة بين زعيمي شطري كوريا كانت ناجحة.")
    assert actors["كوريا الشمالية"] == "PRK"
    assert actors.get("كوريا") is None


def test_the_definite_kingdom_is_still_the_articles_country() -> None:
    assert _actors("وأعلنت السعودية أن المملكة سترسل مساعدات إلى اليمن.").get("المملكة") in (None, "SAU")


def test_the_adjective_of_a_thing_or_a_time_is_no_actor() -> None:
    actors = _actors("واتهمت وزيرة الدفاع الفرنسية روسيا بمحاولة اعتراض اتصالات قمر صناعي فرنسي إيطالي.")
    assert actors["الفرنسية"] == "FRAGOV"
    assert actors.get("فرنسي") is None
    assert actors.get("إيطالي") is None
    assert _actors("وسعى المحرضون في لحظة سعودية حرجة إلى نشر الذعر.").get("سعودية") is None


def test_a_thing_farther_back_leaves_the_gentilic_its_own_noun() -> None:
    assert _actors("وأظهرت صور الأقمار الصناعية لمواقع إيرانية دمارا واسعا.")["إيرانية"] == "IRN"


def test_a_known_name_run_into_the_lineage_and_a_title_is_that_person() -> None:
    text = "واستقبل الرئيس الروسي الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد في موسكو."
    people = {e.text: e.actor for e in _doc(text).entities if e.label == "PERS" and e.actor}
    assert any(name.startswith("محمد بن سلمان") and actor.country == "SAU" for name, actor in people.items())


def test_open_water_and_a_ship_are_in_no_articles_country() -> None:
    actors = _actors("وتشن الميليشيات اليمنية هجمات في البحر الأحمر قرب الحديدة في اليمن.")
    assert actors["الحديدة"] == "YEM"
    assert actors.get("البحر الأحمر") is None
    actors = _actors("ورفضت إيطاليا رسو السفينة أكواريوس قبالة سواحل ليبيا.")
    assert actors["إيطاليا"] == "ITA"
    assert actors.get("أكواريوس") is None
