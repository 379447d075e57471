"""Round 28 (evaside28): a person's name set off by commas after a title subject does not cut the verb from its
prepositional complement («اتصل وزير الخارجية، فلان، بنظيره»). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_name_aside_before_a_counterpart_mention() -> None:
    text = "واتصل وزير الخارجية المصري، سامح شكري، بنظيره الأردني مساء أمس."
    doc = build(
        text,
        [
            ("وزير الخارجية المصري", "PERS", "EGYGOV"),
            ("سامح شكري", "PERS", "EGYGOV"),
            ("نظيره الأردني", "PERS", "JORGOV"),
        ],
    )
    assert ("EGYGOV", "JORGOV") in set(coded(doc, "04"))


def test_name_aside_before_a_complement_phrase() -> None:
    text = "ورحب وزير الخارجية الأردني، أيمن الصفدي، بقرار مصر فتح المعبر."
    doc = build(text, [("وزير الخارجية الأردني", "PERS", "JORGOV"), ("مصر", "LOC", "EGY")])
    assert ("JORGOV", "EGY") in set(coded(doc, "05"))
