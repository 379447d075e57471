"""The one a subject spoke through («على لسان سفيرها فلان», «على لسان وزير خارجيتها، فلان،»), written between the
verb's subject and its object, is no argument: the object after it is the target. Sentences written for these
tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_an_appeal_through_a_minister_reaches_the_one_called_on() -> None:
    text = "وحثت ألمانيا على لسان وزير خارجيتها، هايكو ماس، روسيا على وقف القصف."
    doc = build(text, [("ألمانيا", "LOC", "DEU"), ("هايكو ماس", "PERS", "DEUGOV"), ("روسيا", "LOC", "RUS")])
    assert coded(doc, "02") == {("DEU", "RUS")}


def test_a_condemnation_through_a_president_targets_the_act_s_agent() -> None:
    text = "واستنكرت تونس على لسان رئيسها قيس سعيد التفجير الذي نفذه تنظيم القاعدة في المدينة."
    doc = build(text, [("تونس", "LOC", "TUN"), ("قيس سعيد", "PERS", "TUNGOV"), ("تنظيم القاعدة", "ORG", "IMGMUSAQ")])
    assert coded(doc, "11") == {("TUN", "IMGMUSAQ")}


def test_a_minister_with_no_name_is_passed_over_too() -> None:
    text = "ورفضت الجزائر على لسان وزير خارجيتها التدخل الفرنسي في شؤونها."
    doc = build(text, [("الجزائر", "LOC", "DZA"), ("الفرنسي", "LOC", "FRA")])
    assert coded(doc, "12") == {("DZA", "FRA")}
