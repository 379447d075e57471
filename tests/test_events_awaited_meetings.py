"""A meeting or visit still to come is a plan (036), not a meeting held: a meeting noun after a span before it
(«قبل أيام من القمة»), one with an indefinite adjective of what is planned («لقاء مزمع»), or one dated to a day soon
after the article («قمة 20 مارس»). A visit whose day is a day of the visit itself («في اليوم الثالث من زيارته»)
stays a visit. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

from rasd.pipeline import analyze


def _codes(text: str, published: str = "2019-03-04") -> list[tuple[str, str]]:
    return [(event.cameo, event.modality) for event in analyze(text, published=published).events]


def test_a_visit_weeks_away_is_planned() -> None:
    codes = _codes("وتأتي هذه الخطوة قبل أسابيع قليلة من زيارة الرئيس الفرنسي إلى الجزائر.")
    assert ("036", "intent") in codes
    assert not any(code.startswith("04") for code, _ in codes)


def test_a_summit_days_away_is_planned() -> None:
    codes = _codes("وجاء القرار قبل ثلاثة أيام من قمة بين الرئيس المصري والعاهل الأردني.")
    assert codes and not any(code.startswith("04") for code, _ in codes)


def test_a_meeting_said_to_be_intended_is_planned() -> None:
    codes = _codes("وتحدث الكرملين عن لقاء مزمع بين الرئيس الروسي والرئيس التركي في أنقرة.")
    assert codes and not any(code.startswith("04") for code, _ in codes)


def test_a_summit_dated_days_after_the_article_is_planned() -> None:
    codes = _codes("وتحدث الوزير عن قمة الرئيس الأمريكي مع الرئيس الصيني في 20 مارس.")
    assert codes and not any(code.startswith("04") for code, _ in codes)


def test_a_day_of_the_visit_itself_is_no_plan() -> None:
    codes = _codes("ووقع الرئيس التونسي في اليوم الثالث من زيارته إلى روما اتفاقا مع إيطاليا.")
    assert not any(code == "036" for code, _ in codes)
