"""A lending word that is only a verbal noun («إعلان», «استئناف», «قرار») names its own agent right after it: that
actor, not the subject of the verb further back, does the act it governs; an actor after «ل» there is whose the noun
is, no agent. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _events(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in events_of(build(text, entities))}


def test_the_actor_after_a_lending_verbal_noun_is_its_agent() -> None:
    entities = [("موسكو", "LOC", "RUSGOV"), ("القوات السورية", "ORG", "SYRMIL"), ("درعا", "LOC", "SYR")]
    text = "حددت موسكو موعدا نهائيا للمحادثات يسبق استئناف القوات السورية حملتها العسكرية في درعا."
    assert ("19", "SYRMIL", "SYR") in _events(text, entities)
    assert not any(source == "RUSGOV" for root, source, _ in _events(text, entities) if root == "19")


def test_a_decision_names_who_expels() -> None:
    entities = [("الصحيفة", "ORG", "FRAMED"), ("الحكومة البريطانية", "ORG", "GBRGOV"), ("الروسي", "LOC", "RUSGOV")]
    text = "وانتقدت الصحيفة قرار الحكومة البريطانية بطرد السفير الروسي من لندن."
    assert ("16", "GBRGOV", "RUSGOV") in _events(text, entities)


def test_an_owner_after_lam_is_no_agent() -> None:
    entities = [("بريطانيا", "LOC", "GBR"), ("روسيا", "LOC", "RUS"), ("مجلس الأمن", "ORG", "IGOUNO")]
    text = "واتهمت بريطانيا روسيا بعرقلة تنفيذ قرار لمجلس الأمن بوقف القتال في الغوطة."
    assert not any("IGOUNO" in (source, target) for _, source, target in _events(text, entities))
