"""The second party of «بين X و Y» after a relative clause that qualifies the first party («قوات التحالف الذي تقوده
السعودية والمسلحين ...»): the clause ends the predicate's clause, but the pair goes on after it. Sentences written
for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _pairs(text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = analyze(text, published="2021-07-22").events
    return {(e.source.actor, e.target.actor) for e in events if e.cameo.startswith(root)}


def test_the_second_party_follows_a_relative_clause_on_the_first() -> None:
    text = "وتتواصل المعارك بين قوات التحالف الذي تقوده السعودية والمسلحين الحوثيين في الحديدة."
    assert _pairs(text, "19") == {("SAUMIL", "YEMREB"), ("YEMREB", "SAUMIL")}


def test_a_second_backer_in_the_relative_clause_is_no_party() -> None:
    text = "وتتواصل المعارك بين القوات الحكومية التي تدعمها روسيا وإيران في إدلب."
    assert all("IRN" not in (source, target) for source, target in _pairs(text, "19"))


def test_a_comma_apposition_still_leads_to_the_second_party() -> None:
    text = "عقد لقاء بين وزير الخارجية الفرنسي، جان إيف لودريان، ووزير الخارجية الإيراني."
    assert _pairs(text, "04") == {("FRAGOV", "IRNGOV")}
