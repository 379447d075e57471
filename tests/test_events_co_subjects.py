"""Two actors named together as «X و Y» are not source and target of a directed act (appeal, aid, demand,
criticism, threat, force...): they do it together, or undergo it together. Mutual acts (talks, agreements, fighting,
an exchange of accusations) still pair them. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import Pipeline, make_doc


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = Pipeline()(make_doc(text, published="2018-05-01"))
    return {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}


def test_two_peoples_to_be_expelled_do_not_expel_each_other() -> None:
    text = "وأعلنت كينيا أنها ستستقبل نحو 300 مهاجر صومالي وإثيوبي يقيمون بشكل غير قانوني في إسرائيل التي تعتزم طردهم."
    assert not {e for e in _events(text) if e[0].startswith("13")}


def test_an_exchange_of_accusations_still_pairs_the_two_sides() -> None:
    text = "وتتبادل أذربيجان وأرمينيا الاتهامات بشن هجمات على الحدود."
    assert _events(text) == {("112", "AZE", "ARM"), ("112", "ARM", "AZE")}
