"""The parties after «بين» of a signing or talks whose object is written between the act and «بين»."""

from __future__ import annotations

from events_helpers import build, coded


def _pairs(text: str, *entities: tuple[str, str, str | None]) -> set[tuple[str | None, str | None]]:
    return coded(build(text, list(entities)), "05")


def test_the_object_and_its_complement_do_not_cut_the_act_from_its_parties() -> None:
    text = "وأعلن الكرملين عن توقيع اتفاقية للتعاون العسكري بين روسيا ومصر خلال الزيارة."
    pairs = _pairs(text, ("الكرملين", "ORG", "RUSGOV"), ("روسيا", "LOC", "RUS"), ("مصر", "LOC", "EGY"))
    assert ("RUS", "EGY") in pairs or ("EGY", "RUS") in pairs


def test_an_indefinite_object_with_its_adjective() -> None:
    text = "وشهد الوزيران توقيع مذكرة تفاهم جديدة بين الأردن والعراق في عمان."
    pairs = _pairs(text, ("الأردن", "LOC", "JOR"), ("العراق", "LOC", "IRQ"), ("عمان", "LOC", "JOR"))
    assert ("JOR", "IRQ") in pairs or ("IRQ", "JOR") in pairs


def test_a_group_word_after_a_far_between_is_not_read_as_the_parties() -> None:
    # «البلدين» may stand for another pair than the one named before: only named parties are taken so far away
    text = "واستقبل الرئيس المصري نظيره الروسي، وحضرا توقيع اتفاقية للتعاون العسكري بين البلدين."
    pairs = _pairs(text, ("المصري", "LOC", "EGYGOV"), ("الروسي", "LOC", "RUSGOV"))
    assert ("EGYGOV", "EGYGOV") not in pairs and ("RUSGOV", "RUSGOV") not in pairs
