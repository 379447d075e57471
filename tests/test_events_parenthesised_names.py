"""Names written between parentheses («ضد (داعش)», «مسلحو (القاعدة)»), as some outlets set every group's name, are
read by the events stage as if written out; a name glossing the one right before it («مجلس النواب (البرلمان)»)
stays set apart. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded
from rasd.events.matcher import view_tokens


def test_a_name_in_parentheses_after_a_preposition_is_the_target() -> None:
    text = "وشنت القوات العراقية هجوما واسعا على (داعش) قرب مدينة الرمادي."
    doc = build(text, [("القوات العراقية", "ORG", "IRQMIL"), ("داعش", "ORG", "IMGMUSISI"), ("الرمادي", "LOC", "IRQ")])
    assert ("IRQMIL", "IMGMUSISI") in coded(doc, "19")


def test_a_name_in_parentheses_owns_the_fighters_before_it() -> None:
    text = "وهاجم مسلحو (القاعدة) مواقع الجيش اليمني في محافظة أبين."
    doc = build(text, [("القاعدة", "ORG", "IMGMUSAQ"), ("الجيش اليمني", "ORG", "YEMMIL"), ("أبين", "LOC", "YEM")])
    assert coded(doc, "19") == {("IMGMUSAQ", "YEMMIL")}


def test_only_the_parentheses_around_a_name_of_its_own_are_skipped() -> None:
    text = "وقاتل الجنود ضد (داعش) وقال مجلس النواب (البرلمان) إن الهدنة انتهت (أمس)."
    doc = build(text, [("داعش", "ORG", "IMGMUSISI"), ("مجلس النواب", "ORG", "IRQLEG"), ("البرلمان", "ORG", "IRQLEG")])
    names = [(e.start, e.end, e.label in ("ORG", "PERS")) for e in doc.entities]
    words = [view.token.text for view in view_tokens(doc.tokens, names)]
    assert words[:4] == ["وقاتل", "الجنود", "ضد", "داعش"]
    assert "(" in words[words.index("النواب") :]  # a gloss of the name before it stays set apart
    assert words[-4:] == ["(", "أمس", ")", "."]  # no name inside
