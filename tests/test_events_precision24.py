"""Precision on news in general (session 24): a named person's attack on a person or a body is words (111), «القضاء
على» is elimination and no judiciary, and a country written with «ب» after a verb of meeting is where the meeting
is, not its partner. Sentences written for these tests."""

from __future__ import annotations

import rasd
from events_helpers import build, events_of


def _events(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, entities))}


def test_a_person_attacking_a_person_is_criticism() -> None:
    entities = [
        ("الرئيس الفلبيني رودريغو دوتيرتي", "PERS", "PHLGOV"),
        ("رئيس الوزراء الكندي جاستن ترودو", "PERS", "CANGOV"),
    ]
    text = "شن الرئيس الفلبيني رودريغو دوتيرتي هجوما عنيفا على رئيس الوزراء الكندي جاستن ترودو يوم الأحد."
    assert _events(text, entities) == {("111", "PHLGOV", "CANGOV")}


def test_a_person_attacking_a_body_is_criticism() -> None:
    entities = [("خطيب الجمعة أحمد كاظمي", "PERS", "IRNGOV"), ("الاتحاد الأوروبي", "ORG", "IGOEUR")]
    text = "وصعد خطيب الجمعة أحمد كاظمي هجومه على الاتحاد الأوروبي بسبب موقفه من الاتفاق."
    assert ("111", "IRNGOV", "IGOEUR") in _events(text, entities)


def test_a_person_attacking_a_town_still_uses_force() -> None:
    entities = [("الرئيس السوري", "PERS", "SYRGOV"), ("مدينة حمص", "LOC", "SYR")]
    text = "شن الرئيس السوري هجوما واسعا على مدينة حمص فجر الخميس."
    assert ("190", "SYRGOV", "SYR") in _events(text, entities)


def test_forces_attacking_a_group_still_use_force() -> None:
    entities = [("القوات العراقية", "ORG", "IRQMIL"), ("تنظيم داعش", "ORG", "IMGMUSISI")]
    text = "شنت القوات العراقية هجوما على تنظيم داعش في الصحراء الغربية."
    assert ("190", "IRQMIL", "IMGMUSISI") in _events(text, entities)


def test_elimination_is_no_judiciary() -> None:
    entities = [("الجيش الجزائري", "ORG", "DZAMIL"), ("الجزائر", "LOC", "DZA")]
    text = "ويشن الجيش الجزائري حملة في جنوب الجزائر تستهدف القضاء على الجماعات المسلحة."
    assert not any(target and target.endswith("JUD") for _, _, target in _events(text, entities))


def test_the_judiciary_still_acts() -> None:
    doc = rasd.analyze("وانتقد القضاء المصري الحكومة بسبب تأخر تنفيذ الأحكام.", published="2021-07-22")
    assert ("111", "EGYJUD", "EGYGOV") in {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}


def test_a_meeting_in_a_country_has_no_country_partner() -> None:
    entities = [("الرئيس البرازيلي", "PERS", "BRAGOV"), ("ببيرو", "LOC", "PER")]
    text = "واجتمع الرئيس البرازيلي الأسبوع الماضي ببيرو على هامش قمة إقليمية."
    assert not any(target == "PER" for _, _, target in _events(text, entities))


def test_a_meeting_with_a_person_keeps_its_partner() -> None:
    entities = [
        ("وزير الخارجية الأردني", "PERS", "JORGOV"),
        ("بنظيره الفرنسي", "PERS", "FRAGOV"),
        ("بباريس", "LOC", "FRA"),
    ]
    text = "والتقى وزير الخارجية الأردني بنظيره الفرنسي بباريس يوم الاثنين."
    assert ("040", "JORGOV", "FRAGOV") in _events(text, entities)


def test_one_phrase_is_not_both_sides_of_a_directed_act() -> None:
    text = "وأظهرت نتائج الاستطلاع أن الرئيس الأمريكي لا يزال يحظى بدعم واسع بين الناخبين الجمهوريين رغم الانتقادات."
    doc = rasd.analyze(text, published="2021-07-22")
    assert not [e for e in doc.events if e.source.text and e.source.text == e.target.text]


def test_one_phrase_still_fights_among_itself() -> None:
    doc = rasd.analyze("واندلعت اشتباكات بين جماعات مسلحة في المدينة الليبية أمس.", published="2021-07-22")
    assert ("190", "LBYREB", "LBYREB") in {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}


def test_one_phrase_may_accuse_itself_when_the_act_is_mutual() -> None:
    text = "ودخل العراق في أزمة سياسية جديدة بعد الانتخابات على إثر اتهامات متبادلة بين الكتل السياسية بالتزوير."
    doc = rasd.analyze(text, published="2021-07-22")
    assert any(e.cameo.startswith("112") and e.source.actor == e.target.actor for e in doc.events)
