"""Hashtag names («#كيم_جونغ_أون», «#ميليشيات_الحوثي»), as some outlets write every actor, are read by the events
stage as if the words were written out: the «#» and the joining «_» no longer cut a title from its name.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import pipeline_codes
from rasd.events.matcher import view_tokens
from rasd.pipeline import analyze


def _pairs(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(source, target) for cameo, source, target in pipeline_codes(text) if cameo.startswith(root)}


def test_a_hashtag_name_after_a_title_is_the_titled_party() -> None:
    plain = "التقى الرئيس الأمريكي دونالد ترمب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة."
    tagged = "التقى الرئيس الأمريكي #دونالد_ترمب الزعيم الكوري الشمالي #كيم_جونغ_أون في #سنغافورة."
    assert _pairs(tagged, "04") == _pairs(plain, "04") == {("USAGOV", "PRKGOV")}


def test_a_hashtag_name_after_a_verb_is_its_object() -> None:
    tagged = "استقبل الرئيس الروسي #فلاديمير_بوتين، السبت، الرئيس الفلسطيني #محمود_عباس في موسكو."
    assert _pairs(tagged, "04") == {("RUSGOV", "PSEGOV")}


def test_only_the_marks_of_a_hashtag_are_skipped() -> None:
    doc = analyze("بدعم من التحالف_العربي في #كيم_جونغ_أون و#قطر.")
    words = [view.token.text for view in view_tokens(doc.tokens)]
    # «_» outside a hashtag stays: a name written with underscores but no «#» is not one
    assert words == ["بدعم", "من", "التحالف", "_", "العربي", "في", "كيم", "جونغ", "أون", "و", "قطر", "."]
    assert [view.index for view in view_tokens(doc.tokens)] == list(range(len(words)))
