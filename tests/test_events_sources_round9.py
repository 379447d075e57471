"""Source rules of the ninth round. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded

_FIRST = "الحل في ليبيا سياسي ولا عسكري"
_SUPPORT = "نحن ندعم جهود الأمم المتحدة في ليبيا"
_ENTITIES = [("الأمم المتحدة", "ORG", "IGOUNO")]


def test_a_speaker_written_as_a_bare_title_is_the_last_speaker_with_that_title() -> None:
    # «وأضاف الوزيران»: the two ministers named in the sentence before speak for their state in «نحن ندعم»
    text = f'وقال وزيرا خارجية فرنسا وإيطاليا إن "{_FIRST}". وأضاف الوزيران: "{_SUPPORT}".'
    quotes = [(_FIRST, "وزيرا خارجية فرنسا وإيطاليا", "FRAGOV", None), (_SUPPORT, "الوزيران", None, None)]
    doc = build(text, _ENTITIES, quotes=quotes)
    assert coded(doc, "05") == {("FRAGOV", "IGOUNO")}
    # the spokesman is not the minister quoted before him
    text = f'وقال وزير خارجية فرنسا إن "{_FIRST}". وأضاف المتحدث: "{_SUPPORT}".'
    quotes = [(_FIRST, "وزير خارجية فرنسا", "FRAGOV", None), (_SUPPORT, "المتحدث", None, None)]
    doc = build(text, _ENTITIES, quotes=quotes)
    assert ("FRAGOV", "IGOUNO") not in coded(doc, "05")


def test_the_bare_title_may_carry_its_adjective() -> None:
    text = f'وقال وزيرا خارجية فرنسا وإيطاليا إن "{_FIRST}". وتابع الوزيران الأوروبيان في بيانهما: "{_SUPPORT}".'
    quotes = [(_FIRST, "وزيرا خارجية فرنسا وإيطاليا", "FRAGOV", None), (_SUPPORT, "الوزيران الأوروبيان", None, None)]
    doc = build(text, _ENTITIES, quotes=quotes)
    assert coded(doc, "05") == {("FRAGOV", "IGOUNO")}
