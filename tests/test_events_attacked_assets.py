"""The owner of an attacked asset is the attack's target: after «ل» when the asset noun follows «على/ضد» («غارات على
تعزيزات لميليشيا X»), or as a possessive pronoun on it («استهدف أوكارهم») that stands for the body the counted
members named before belong to («49 مسلحا من تنظيم X»). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of
from rasd.events.extract import code_document


def _codes(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, entities))}


def test_the_owner_of_reinforcements_struck_is_the_target() -> None:
    text = "وشنت مقاتلات التحالف غارات على تعزيزات لميليشيا الحوثي في الحديدة."
    codes = _codes(text, [("مقاتلات التحالف", "ORG", "SAUMIL"), ("ميليشيا الحوثي", "ORG", "YEMREB")])
    assert ("195", "SAUMIL", "YEMREB") in codes


def test_the_owner_of_depots_shelled_is_the_target() -> None:
    text = "وقصفت المدفعية التركية بعشرات القذائف على مستودعات لقوات سوريا الديمقراطية شرق الفرات."
    codes = _codes(text, [("المدفعية التركية", "ORG", "TURMIL"), ("قوات سوريا الديمقراطية", "ORG", "SYRREB")])
    assert any(c[1] == "TURMIL" and c[2] == "SYRREB" for c in codes)
    assert not any(c[1] == "SYRREB" for c in codes)


def test_reinforcements_sent_to_an_army_stay_a_provision_to_it() -> None:
    text = "وأرسل الجيش تعزيزات عسكرية لقوات الحكومة في الحديدة."
    codes = _codes(text, [("الجيش", "ORG", "YEMMIL"), ("قوات الحكومة", "ORG", "YEMGOV")])
    assert not any(c[0].startswith(("18", "19")) for c in codes)


def test_a_hideout_pronoun_stands_for_the_body_of_the_counted_gunmen() -> None:
    text = "وأعلنت قيادة العمليات المشتركة مقتل 30 مسلحا من تنظيم داعش بقصف جوي على أوكارهم قرب الموصل."
    entities = [("قيادة العمليات المشتركة", "ORG", "IRQMIL"), ("تنظيم داعش", "ORG", "IMGMUSISI")]
    doc = build(text, entities)
    _, drafts = code_document(doc)
    strikes = [d for d in drafts if d.code == "195"]
    assert strikes and all([t.code for t in d.targets] == ["IMGMUSISI"] for d in strikes)


def test_the_owner_of_reinforcements_destroyed_is_the_target() -> None:
    text = "وشنت القوات الحكومية هجوما على المتمردين ودمرت تعزيزاتهم القادمة من الشمال."
    codes = _codes(text, [("القوات الحكومية", "ORG", "YEMMIL"), ("المتمردين", "ORG", "YEMREB")])
    assert ("1712", "YEMMIL", "YEMREB") in codes


def test_gathering_ones_own_reinforcements_names_no_target() -> None:
    text = "وقالت مصادر محلية إن الجيش السوري يحشد منذ أيام تعزيزاتها العسكرية قرب البلدة."
    doc = build(text, [("الجيش السوري", "ORG", "SYRMIL")])
    _, drafts = code_document(doc)
    assert not [d for d in drafts if d.code.startswith("15") and d.targets]
