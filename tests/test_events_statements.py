"""Statements coded by what their content says: the actor nearest the judging words, a negated accusation as a
defence, optimism and the speaker's own denial. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of, summary

SPEAKER = ("وزير الخارجية النرويجي", "NORGOV")


def said(
    text: str, content: str, entities: list[tuple[str, str, str | None]]
) -> set[tuple[str, str | None, str | None]]:
    doc = build(text, [("النرويجي", "LOC", "NORGOV"), *entities], quotes=[(content, SPEAKER[0], SPEAKER[1], None)])
    return summary(events_of(doc))


def test_the_target_is_the_actor_nearest_the_judging_words() -> None:
    content = "المدينة تعيش أياما صعبة بسبب جرائم ترتكبها الميليشيات الإيرانية"
    text = f"وقال وزير الخارجية النرويجي إن {content}."
    found = said(text, content, [("المدينة", "LOC", "SYR"), ("الإيرانية", "LOC", "IRNMIL")])
    assert found == {("111", "NORGOV", "IRNMIL")}


def test_the_actor_before_the_words_when_none_follows() -> None:
    content = "تشاد تعرف أن مقترحات الحكومة السودانية غير مقبولة"
    text = f"وقال وزير الخارجية النرويجي إن {content}."
    found = said(text, content, [("تشاد", "LOC", "TCD"), ("السودانية", "LOC", "SDNGOV")])
    assert found == {("111", "NORGOV", "SDNGOV")}  # not Chad, the first actor the content names


def test_judging_words_on_an_owned_noun_judge_its_owner() -> None:
    # «احتلالها غير الشرعي لأوكرانيا»: the occupation is Russia's; Ukraine, after the words, is what it occupies
    content = "على روسيا أن تدفع ثمن احتلالها غير الشرعي لأوكرانيا"
    text = f"وقال وزير الخارجية النرويجي إن {content}."
    found = said(text, content, [("روسيا", "LOC", "RUS"), ("لأوكرانيا", "LOC", "UKR")])
    assert ("111", "NORGOV", "RUS") in found and ("111", "NORGOV", "UKR") not in found


def test_a_negated_accusation_defends_the_actor() -> None:
    content = "لا أدلة على تورط الحكومة الكينية في الهجوم"
    text = f"وقال وزير الخارجية النرويجي إنه {content}."
    assert said(text, content, [("الكينية", "LOC", "KENGOV")]) == {("052", "NORGOV", "KENGOV")}


def test_optimism_about_an_actor() -> None:
    content = "لدينا أمل كبير في أن تلتزم الحكومة الإثيوبية بالاتفاق"
    text = f"وقال وزير الخارجية النرويجي: {content}."
    assert said(text, content, [("الإثيوبية", "LOC", "ETHGOV")]) == {("013", "NORGOV", "ETHGOV")}


def test_the_speakers_own_denial_of_what_an_actor_said() -> None:
    content = "التقرير الذي نشرته الصحافة البريطانية عار عن الصحة"
    text = f"وقال وزير الخارجية النرويجي إن {content}."
    assert said(text, content, [("البريطانية", "LOC", "GBRMED")]) == {("016", "NORGOV", "GBRMED")}
