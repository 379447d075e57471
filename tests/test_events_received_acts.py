"""Verbs of receiving and obtaining («تلقى», «تسلم», «حصل على»): their subject is the target of the act named by
the noun they govern and the one named after «من» its agent («حصلت الحكومة على دعم من X»: X supports the
government); a word spelled as a verb and its noun after such a verb and its subject is the noun («تلقت الحكومة
دعما»: no dual verb); a negation on the verb is the act's. «حصل» receives only the noun right after «على».
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _events(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events_of(build(text, entities))}


def test_support_obtained_from_a_state_is_that_states_support() -> None:
    text = "وحصلت الحكومة الصومالية على دعم من تركيا في مواجهة حركة الشباب."
    events = _events(text, [("الحكومة الصومالية", "ORG", "SOMGOV"), ("تركيا", "LOC", "TUR")])
    assert ("051", "TUR", "SOMGOV", "asserted") in events


def test_support_received_is_a_noun_not_a_dual_verb() -> None:
    text = "وتلقت الحكومة الصومالية دعما من تركيا في مواجهة حركة الشباب."
    events = _events(text, [("الحكومة الصومالية", "ORG", "SOMGOV"), ("تركيا", "LOC", "TUR")])
    assert ("051", "TUR", "SOMGOV", "asserted") in events
    assert not [e for e in events if e[1] == "SOMGOV"]


def test_aid_not_obtained_is_negated() -> None:
    text = "وقال المسؤول إن اللاجئين السوريين لا يحصلون على المساعدات من الأمم المتحدة منذ أشهر."
    events = _events(text, [("اللاجئين السوريين", "MISC", "SYRREF"), ("الأمم المتحدة", "ORG", "IGOUNO")])
    assert ("070", "IGOUNO", "SYRREF", "negated") in events


def test_centrifuges_obtained_are_no_expulsion() -> None:
    text = "وذكر التقرير أن إيران حصلت سرا على أجهزة الطرد المركزي من كوريا الشمالية."
    events = _events(text, [("إيران", "LOC", "IRN"), ("كوريا الشمالية", "LOC", "PRK")])
    assert not [e for e in events if e[0].startswith("17")]


def test_an_act_further_after_what_is_obtained_is_not_received() -> None:
    text = "وأكد النائب أن الحكومة لم تحصل على إذن بشن غارات في سوريا من البرلمان البريطاني."
    events = _events(text, [("البرلمان البريطاني", "ORG", "GBRLEG"), ("سوريا", "LOC", "SYR")])
    assert not [e for e in events if e[1] == "GBRLEG"]
