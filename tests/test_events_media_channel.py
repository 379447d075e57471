"""An outlet named by its kind («وسائل الإعلام», «وسائل إعلام إسرائيلية») in the role of audience or reporter is no
target; one conjunct of «بين X و Y» read alone gets the named actor of the other conjunct as the other party.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import pipeline_codes as _events


def test_the_media_a_statement_was_given_to_are_not_what_it_denies() -> None:
    text = "ونفت وزارة الدفاع الروسية في بيان لوسائل إعلام محلية قصف المستشفى."
    assert not {e for e in _events(text) if (e[2] or "").endswith("MED")}


def test_media_of_a_country_that_relay_a_deal_are_not_its_mediator_s_target() -> None:
    text = "ونقلت وسائل إعلام إسرائيلية تفاصيل الاتفاق الذي تتوسط فيه مصر بين الطرفين."
    assert not {e for e in _events(text) if (e[2] or "").endswith("MED")}


def test_the_media_whose_report_is_criticised_stay_its_target() -> None:
    # «تقرير لوسائل الإعلام»: the report is theirs, not words told to them
    text = "وانتقدت الحكومة الأردنية ما ورد في تقرير لوسائل الإعلام الإسرائيلية عن الحدود."
    assert ("111", "JORGOV", "ISRMED") in _events(text)


def test_the_named_group_of_the_second_conjunct_is_the_army_s_adversary() -> None:
    # «وعناصر من X»: the members were not read as an actor, the group they belong to is the other party
    text = "وأفادت مصادر محلية بوقوع مواجهات عنيفة بين الجيش التشادي وعناصر من «بوكو حرام» قرب البحيرة."
    found = _events(text)
    assert ("190", "TCDMIL", "NGAREB") in found
    assert not {e for e in found if e[1] == e[2]}


def test_an_unnamed_second_party_leaves_the_one_side_for_both() -> None:
    # «وجماعات متشددة» names no actor: most often of the same country, so the one side stands for both
    text = "واندلعت اشتباكات بين قوات الأمن وجماعات متشددة في سيناء."
    assert ("190", "EGYCOP", "EGYCOP") in _events(text)


def test_the_named_party_of_the_second_conjunct_is_the_other_side_of_the_talks() -> None:
    # «وفد» opens with the letter «و» of its own: it is the first conjunct, not the second
    text = "وعقدت في الدوحة جولة محادثات بين وفد الحكومة الأفغانية وممثلين عن حركة طالبان أمس."
    assert ("046", "AFGGOV", "AFGINS") in _events(text)
