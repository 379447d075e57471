"""An act told twice in an article is merged into one event under the more specific code of its tellings when that
code says how the same act was done (grammar `told_specific`), not when it names another act of its root; and the
context words that make a code specific are read in the subject between a predicate and its required object.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of

_PARTIES = [
    ("الأمريكي", "LOC", "USAGOV"),
    ("الكوري الشمالي", "LOC", "PRKGOV"),
    ("الأمريكي", "LOC", "USAGOV", 2),
    ("الكوري الشمالي", "LOC", "PRKGOV", 2),
]


def _meetings(text: str, extra: list[tuple[str, str, str | None]]) -> set[str]:
    doc = build(text, [*_PARTIES, *extra])
    return {e.cameo for e in events_of(doc) if e.cameo.startswith("04")}


def test_a_meeting_told_again_at_a_third_place_is_a_meeting_there() -> None:
    text = (
        "التقى الرئيس الأمريكي نظيره الكوري الشمالي. "
        "وجاء اللقاء خلال قمة بين الرئيس الأمريكي والزعيم الكوري الشمالي في سنغافورة."
    )
    assert _meetings(text, [("سنغافورة", "LOC", "SGP")]) == {"044"}


def test_talks_held_at_a_meeting_do_not_make_the_meeting_a_negotiation() -> None:
    text = (
        "التقى الرئيس الأمريكي نظيره الكوري الشمالي. "
        "وأجرى الرئيس الأمريكي والزعيم الكوري الشمالي مفاوضات حول البرنامج النووي."
    )
    assert "040" in _meetings(text, [])


def test_a_context_word_in_the_subject_before_a_required_object_refines_the_code() -> None:
    # «سحب» needs its object («موظفيها»); the aid agency named in the subject between them makes it 1663
    text = "وسحبت اللجنة الدولية للصليب الأحمر عشرات من موظفيها من اليمن."
    doc = build(text, [("اللجنة الدولية للصليب الأحمر", "ORG", "NGOHLHIRC"), ("اليمن", "LOC", "YEM")])
    assert "1663" in {e.cameo for e in events_of(doc)}


def test_a_meeting_with_an_organisation_has_no_third_place() -> None:
    # the UN envoy has no home country: meeting him in Riyadh is a meeting (040), as the gold codes it
    text = "والتقى الرئيس اليمني في الرياض المبعوث الخاص للأمم المتحدة إلى اليمن."
    doc = build(text, [("اليمني", "LOC", "YEMGOV"), ("الرياض", "LOC", "SAU"), ("للأمم المتحدة", "ORG", "IGOUNO")])
    meetings = {e.cameo for e in events_of(doc) if e.cameo.startswith("04")}
    assert meetings and "044" not in meetings


def test_two_states_meeting_in_a_third_country_meet_there() -> None:
    text = "والتقى الرئيس الأمريكي في هلسنكي نظيره الروسي."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("هلسنكي", "LOC", "FIN"), ("الروسي", "LOC", "RUSGOV")])
    assert "044" in {e.cameo for e in events_of(doc)}
