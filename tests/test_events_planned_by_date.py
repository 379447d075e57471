"""An act stated plainly but dated after the article is a plan, and CAMEO codes the intent (036 for a meeting): a
present verb with a date to come, or a meeting noun whose time expression says it is still to come. A past
continuous («كانوا يحتجون») and a meeting today stay what they are. Sentences written for these tests, through the
whole pipeline."""

from __future__ import annotations

from rasd.pipeline import analyze


def _codes(text: str, published: str = "2019-03-04") -> list[tuple[str, str]]:
    return [(event.cameo, event.modality) for event in analyze(text, published=published).events]


def test_a_present_verb_of_meeting_dated_next_week_is_an_intent_to_meet() -> None:
    assert ("036", "intent") in _codes("يلتقي وزير الخارجية الروسي نظيره التركي في أنقرة يوم الاثنين المقبل.")


def test_a_meeting_today_is_still_a_meeting() -> None:
    codes = _codes("يلتقي الرئيس الفرنسي نظيره الأمريكي في باريس اليوم.")
    assert codes and all(code.startswith("04") and modality == "asserted" for code, modality in codes)


def test_a_visit_that_starts_tomorrow_is_planned() -> None:
    assert ("036", "intent") in _codes("يبدأ رئيس الوزراء العراقي غدا زيارة رسمية إلى طهران تستمر يومين.")


def test_a_summit_next_friday_is_planned() -> None:
    codes = _codes("أعلنت الرئاسة أن قمة ستجمع الرئيس المصري والعاهل الأردني في عمان يوم الجمعة المقبل.")
    assert codes and not any(code.startswith("04") for code, _ in codes)


def test_a_visit_made_yesterday_stays_a_visit() -> None:
    assert ("042", "asserted") in _codes("وصل وزير الخارجية القطري إلى بغداد أمس في زيارة رسمية.")


def test_a_past_continuous_is_no_plan() -> None:
    codes = _codes("وكان المتظاهرون الإيرانيون يحتجون على الحكومة الإيرانية الأسبوع المقبل.")
    assert not any(modality == "intent" for _, modality in codes)
