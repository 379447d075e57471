"""A transitive past verb right after «حيث», «عندما», «بعد أن» … with one actor phrase after it: the phrase is its
object, and the main clause's subject does the act («وصل الرئيس إلى بغداد حيث التقى رئيس الوزراء»)."""

from __future__ import annotations

from events_helpers import build, coded


def _meetings(text: str, *entities: tuple[str, str, str | None]) -> set[tuple[str | None, str | None]]:
    return coded(build(text, list(entities)), "04")


_VISIT = [("الفرنسي", "LOC", "FRAGOV"), ("بغداد", "LOC", "IRQ"), ("العراقي", "LOC", "IRQGOV")]


def test_the_main_subject_meets_the_phrase_after_the_verb() -> None:
    pairs = _meetings("وصل الرئيس الفرنسي إلى بغداد أمس حيث التقى رئيس الوزراء العراقي.", *_VISIT)
    assert ("FRAGOV", "IRQGOV") in pairs or ("IRQGOV", "FRAGOV") in pairs


def test_after_an_opener_of_two_words() -> None:
    pairs = _meetings(
        "وعاد وزير الخارجية المصري إلى القاهرة بعد أن التقى نظيره الأردني في عمان.",
        ("المصري", "LOC", "EGYGOV"),
        ("القاهرة", "LOC", "EGY"),
        ("الأردني", "LOC", "JORGOV"),
        ("عمان", "LOC", "JOR"),
    )
    assert ("EGYGOV", "JORGOV") in pairs or ("JORGOV", "EGYGOV") in pairs


def test_a_subject_followed_by_its_own_object_keeps_its_verb() -> None:
    # «حيث التقى رئيس الوزراء العراقي وفدا ...»: the phrase after the verb has an object of its own, it is the subject
    pairs = _meetings("وصل الرئيس الفرنسي إلى بغداد أمس حيث التقى رئيس الوزراء العراقي وفدا من الصحفيين.", *_VISIT)
    assert ("FRAGOV", "IRQGOV") not in pairs and ("IRQGOV", "FRAGOV") not in pairs


def test_whereas_opens_a_clause_of_its_own_subject() -> None:
    text = "وأكد الوزير الفرنسي أن الأنباء كاذبة، في حين طالب الرئيس العراقي الحكومة بالتحقيق."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("العراقي", "LOC", "IRQGOV")])
    assert ("FRAGOV", "IRQGOV") not in coded(doc, "10")
