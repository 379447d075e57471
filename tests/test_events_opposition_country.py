"""An unnamed opposition («مقاتلي المعارضة») is of the country the article is about when the sentence names that
country too, not of the foreign power named right before it. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import Pipeline, make_doc


def test_opposition_accused_by_two_capitals_is_of_the_article_country() -> None:
    text = (
        "تواصل القتال في ريف إدلب بسوريا لليوم الثالث. وتتهم دمشق وموسكو مقاتلي المعارضة بقصف الأحياء السكنية في حلب."
    )
    doc = Pipeline()(make_doc(text, published="2018-03-10"))
    assert {(e.source.actor, e.target.actor) for e in doc.events if e.cameo.startswith("112")} == {
        ("SYRGOV", "SYROPP"),
        ("RUSGOV", "SYROPP"),
    }
