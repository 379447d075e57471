"""The owner of an attack written with «ل» after a definite act noun and its definite adjectives («الهجوم الكيماوي
المزعوم للنظام», «المشتبه به»). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_an_alleged_attack_keeps_its_owner_after_lam() -> None:
    text = "ودعت روسيا إلى تحقيق في الهجوم الكيماوي المزعوم للجيش السوداني على قرية في دارفور."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("السوداني", "LOC", "SDNMIL"), ("دارفور", "LOC", "SDN")])
    assert any(e.cameo.startswith("20") and e.source.actor == "SDNMIL" for e in events_of(doc))


def test_a_suspected_attack_keeps_its_owner_after_lam() -> None:
    text = "وناقش المجلس الهجوم الكيماوي المشتبه به للجيش السوداني على قرية في دارفور."
    doc = build(text, [("السوداني", "LOC", "SDNMIL"), ("دارفور", "LOC", "SDN")])
    assert any(e.cameo.startswith("20") and e.source.actor == "SDNMIL" for e in events_of(doc))
