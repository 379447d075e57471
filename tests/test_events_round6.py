"""Argument rules of the sixth round: the backer of a group gives it no country, the owner of a target noun read
across the act's own agent. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_the_country_backing_an_unnamed_group_is_not_its_country() -> None:
    # «الموالية لإيران»: pro-Iranian fighters are not Iran's; they act where the sentence places them
    text = "وقصفت الميليشيات الموالية لإيران أحياء مدينة تعز بالصواريخ."
    doc = build(text, [("إيران", "LOC", "IRN"), ("تعز", "LOC", "YEM")])
    sources = {source for source, _target in coded(doc, "19")}
    assert sources == {"YEMREB"}


def test_the_owner_of_the_target_is_read_across_the_strikes_own_agent() -> None:
    # «غارات مقاتلات التحالف على مواقعهم»: «مقاتلات التحالف» is the strikes' agent, «هم» the fighters named before
    text = "وتراجع مسلحو الميليشيات في الحديدة بعد غارات مقاتلات التحالف على مواقعهم."
    doc = build(text, [("الحديدة", "LOC", "YEM"), ("التحالف", "ORG", "SAUMIL")])
    assert coded(doc, "19") == {("SAUMIL", "YEMREB")}
