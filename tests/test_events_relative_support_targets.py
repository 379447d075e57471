"""An act noun whose agent is named in a relative clause with a supporting verb («العقوبات التي فرضتها X»,
«المعارك التي خاضها X») takes as target the actor that clause names right after its subject behind a preposition
of acts done against someone («على», «ضد», «بحق»); a partner after «مع» or an impersonal verb («الذي تم التوصل
إليه») names no target. A political or economic blockade is an embargo (163), a military one a siege (191).
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _codes(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, entities))}


def test_sanctions_imposed_in_a_relative_clause_target_the_one_named_after_ala() -> None:
    text = "وقال الوزير إن العقوبات التي فرضتها كندا على فنزويلا أضرت باقتصادها."
    codes = _codes(text, [("كندا", "LOC", "CAN"), ("فنزويلا", "LOC", "VEN")])
    assert ("163", "CAN", "VEN") in codes


def test_battles_waged_against_an_armed_group_in_a_relative_clause() -> None:
    text = "وتحدث الضابط عن المعارك التي خاضها الجيش النيجيري ضد جماعة بوكو حرام في الشمال."
    codes = _codes(text, [("الجيش النيجيري", "ORG", "NGAMIL"), ("جماعة بوكو حرام", "ORG", "NGAREB")])
    assert ("190", "NGAMIL", "NGAREB") in codes


def test_an_economic_blockade_is_an_embargo_and_a_military_one_a_siege() -> None:
    text = "وقال إن الحصار الاقتصادي الذي تفرضه الدول الأربع على قطر مستمر منذ عام."
    codes = _codes(text, [("الدول الأربع", "ORG", "SAU"), ("قطر", "LOC", "QAT")])
    assert ("163", "SAU", "QAT") in codes
    text = "وقال إن الحصار العسكري الذي تفرضه القوات الحكومية على المدينة مستمر منذ عام."
    codes = _codes(text, [("القوات الحكومية", "ORG", "SYRMIL"), ("المدينة", "LOC", "SYR")])
    assert not [c for c in codes if c[0] == "163"]


def test_support_given_in_a_relative_clause_goes_to_the_one_after_la() -> None:
    text = "وأبدت الحكومة قلقها من الدعم العسكري الذي تقدمه روسيا لقوات حفتر في ليبيا."
    codes = _codes(text, [("روسيا", "LOC", "RUS"), ("قوات حفتر", "ORG", "LBYMIL"), ("ليبيا", "LOC", "LBY")])
    assert ("072", "RUS", "LBYMIL") in codes


def test_a_deal_made_with_a_partner_in_a_relative_clause_names_no_target() -> None:
    text = "وتحدث التقرير عن صفقة الأسلحة التي عقدتها الهند مع فرنسا العام الماضي."
    codes = _codes(text, [("الهند", "LOC", "IND"), ("فرنسا", "LOC", "FRA")])
    assert ("072", "IND", "FRA") not in codes
