"""Lists of actors written with commas («X، وY، وZ»): each member acts or is acted on, when every member stands
alone and the list ends before the verb's object, a preposition or the sentence's end; an actor after «، و»
followed by a verb of its own opens a new clause. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _pairs(text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = analyze(text, published="2021-07-22").events
    return {(e.source.actor, e.target.actor) for e in events if e.cameo.startswith(root)}


def test_a_list_of_states_with_commas_are_all_subjects() -> None:
    text = "وانتقدت السعودية، والإمارات، والبحرين قطر بشدة يوم الأحد."
    assert _pairs(text, "11") == {("SAU", "QAT"), ("ARE", "QAT"), ("BHR", "QAT")}


def test_a_list_of_states_with_commas_after_a_preposition_are_all_targets() -> None:
    text = "وفرضت الولايات المتحدة عقوبات جديدة على روسيا، وإيران، وسوريا."
    assert _pairs(text, "16") == {("USA", "RUS"), ("USA", "IRN"), ("USA", "SYR")}


def test_a_list_of_titled_officials_with_commas_are_all_met() -> None:
    text = "والتقى الرئيس المصري وزير الخارجية الروسي، ووزير الخارجية الصيني في القاهرة."
    assert _pairs(text, "04") == {("EGYGOV", "RUSGOV"), ("EGYGOV", "CHNGOV")}


def test_a_list_ends_where_a_verb_of_its_own_follows_its_last_actor() -> None:
    text = "وفرضت فرنسا عقوبات على روسيا، وإيران. وفرضت فرنسا عقوبات على روسيا، وإيران، وسوريا تنفي أي علاقة لها."
    assert _pairs(text, "16") == {("FRA", "RUS"), ("FRA", "IRN")}
