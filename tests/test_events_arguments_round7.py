"""Argument rules of the seventh round. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_a_verb_after_but_with_a_pronoun_continues_the_one_talked_about() -> None:
    # «لكنه استبعد»: the pronoun on «لكن» is the subject, the one the previous sentence was about
    text = "وأكد الرئيس الأمريكي أن الوضع صعب. لكنه استبعد إلغاء صفقات السلاح مع السعودية."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("السعودية", "LOC", "SAU")])
    assert coded(doc, "16") == {("USAGOV", "SAU")}


def test_but_with_a_pronoun_after_a_comma_opens_a_clause_of_its_own() -> None:
    # «ولكنه» after «إن ...،» is not inside the reported clause, whose noun («الوضع») names no actor
    text = "وقال الرئيس الأمريكي إن الوضع صعب، ولكنه استبعد إلغاء صفقات السلاح مع السعودية."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("السعودية", "LOC", "SAU")])
    assert coded(doc, "16") == {("USAGOV", "SAU")}


def test_a_negation_between_the_complementizer_pronoun_and_the_verb_keeps_the_pronoun_subject() -> None:
    # «قال الوزير إنه لن يلتقي»: the minister refuses to meet, the actor after the verb is whom he will not meet
    text = 'وقال وزير الخارجية الإيراني إنه لن يلتقي "في أي حال" نظيره الأمريكي.'
    doc = build(text, [("الإيراني", "LOC", "IRNGOV"), ("الأمريكي", "LOC", "USAGOV")])
    assert coded(doc, "12") == {("IRNGOV", "USAGOV")}
