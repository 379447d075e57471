"""A tariff, embargo or sanction on goods imported from a country («الرسوم على الصلب المستورد من X») falls on that
country, as on goods named by its adjective. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_tariffs_on_goods_imported_from_a_country_target_it() -> None:
    text = "وأعلنت الحكومة الكندية فرض رسوم جمركية على الأخشاب والإسمنت المستوردين من كوريا الجنوبية."
    doc = build(text, [("الحكومة الكندية", "ORG", "CANGOV"), ("كوريا الجنوبية", "LOC", "KOR")])
    assert ("163", "CANGOV", "KOR") in {(e.cameo, e.source.actor, e.target.actor) for e in events_of(doc)}


def test_doubling_tariffs_on_imports_from_a_country_targets_it() -> None:
    text = "وقرر الرئيس الأمريكي مضاعفة الرسوم على الألمنيوم المستورد من الهند."
    doc = build(text, [("الرئيس الأمريكي", "PERS", "USAGOV"), ("الهند", "LOC", "IND")])
    assert ("163", "USAGOV", "IND") in {(e.cameo, e.source.actor, e.target.actor) for e in events_of(doc)}
