"""Coordinated actors, one event per pair: a title written for several holders («وزيرا», «وزراء», «رئيسي») before
countries joined by «و» gives each country its sector; a singular title gives it to the first country alone.
Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _pairs(text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = analyze(text, published="2021-07-22").events
    return {(e.source.actor, e.target.actor) for e in events if e.cameo.startswith(root)}


def test_a_dual_title_serves_both_countries_joined_after_it() -> None:
    text = "وطالب وزيرا خارجية فرنسا وألمانيا إيران بالالتزام بالاتفاق."
    assert _pairs(text, "10") == {("FRAGOV", "IRN"), ("DEUGOV", "IRN")}


def test_a_plural_title_serves_every_country_of_the_list() -> None:
    text = "وانتقد وزراء خارجية فرنسا وألمانيا وبريطانيا الولايات المتحدة."
    assert _pairs(text, "11") == {("FRAGOV", "USA"), ("DEUGOV", "USA"), ("GBRGOV", "USA")}


def test_a_dual_title_in_the_genitive_after_a_verb_of_receiving() -> None:
    text = "واستقبل الرئيس المصري وزيري خارجية فرنسا وألمانيا في القاهرة."
    assert _pairs(text, "04") == {("EGYGOV", "FRAGOV"), ("EGYGOV", "DEUGOV")}


def test_a_singular_title_belongs_to_the_first_country_alone() -> None:
    text = "وانتقد وزير خارجية فرنسا وألمانيا الولايات المتحدة."
    assert _pairs(text, "11") == {("FRAGOV", "USA"), ("DEU", "USA")}


def test_a_dual_noun_before_coordinated_country_adjectives_serves_both() -> None:
    text = "وانتقدت إيران الحكومتين الفرنسية والبريطانية."
    assert _pairs(text, "11") == {("IRN", "FRAGOV"), ("IRN", "GBRGOV")}


def test_a_country_adjective_with_an_adjective_of_its_own_keeps_its_code() -> None:
    text = "وقال مسؤول إن الجيشين التركي والسوري الحر سيطرا على البلدة."
    events = analyze(text, published="2021-07-22").events
    assert not any(e.source.actor == "SYRMIL" for e in events)


def test_subjects_of_a_reciprocal_act_with_a_pronoun_after_with_do_it_together() -> None:
    text = "وقالت الخارجية إن روسيا والصين تفاوضتا معهم طويلا."
    assert ("RUS", "CHN") not in _pairs(text, "04")


def test_subjects_of_a_reciprocal_act_with_no_other_party_act_on_each_other() -> None:
    text = "وقالت الخارجية إن روسيا والصين تفاوضتا طويلا."
    assert ("RUS", "CHN") in _pairs(text, "04")
