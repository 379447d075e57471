"""Event dates of round 23: a relative clause that says an act noun took place (or who carried it out) dates the
noun, and a date after the last comma of a sentence dates the part of the clause before it. Sentences written for
these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _dates(
    doc_text: str, entities: list[tuple[str, str, str | None]], timexes: list[tuple[str, str]], root: str
) -> set[tuple[str | None, str]]:
    doc = build(doc_text, entities, timexes=timexes)
    return {(e.date.value, e.date.basis) for e in events_of(doc) if e.cameo.startswith(root)}


def test_the_relative_clause_of_an_attack_noun_dates_the_attack() -> None:
    text = "وندد الأمين العام للأمم المتحدة بالغارة التي شنتها الطائرات الإسرائيلية على غزة أمس."
    entities = [("المتحدة", "ORG", "IGOUNO"), ("الإسرائيلية", "LOC", "ISRMIL"), ("غزة", "LOC", "PSE")]
    assert _dates(text, entities, [("أمس", "2021-07-21")], "19") == {("2021-07-21", "timex")}


def test_the_condemnation_keeps_its_own_date() -> None:
    text = "وأدانت الخارجية المصرية الهجوم الذي شنه مسلحون على الجيش العراقي يوم الجمعة."
    entities = [("المصرية", "LOC", "EGYGOV"), ("العراقي", "LOC", "IRQMIL")]
    condemned = _dates(text, entities, [("يوم الجمعة", "2021-07-16")], "11")
    assert condemned and all(value == "2021-07-22" for value, _ in condemned)


def test_an_indefinite_noun_takes_the_date_of_the_verb_right_after_it() -> None:
    text = "واستنكرت الحكومة الفرنسية هجمات نفذتها القوات الروسية الخميس الماضي على مدن أوكرانية."
    entities = [("الفرنسية", "LOC", "FRAGOV"), ("الروسية", "LOC", "RUSMIL"), ("أوكرانية", "LOC", "UKR")]
    assert _dates(text, entities, [("الخميس الماضي", "2021-07-15")], "19") == {("2021-07-15", "timex")}


def test_a_relative_clause_of_another_kind_dates_nothing() -> None:
    # «الذي أعلنه» says who announced the act, not when it happened
    text = "وأدانت الخارجية المصرية الهجوم الذي أعلنه الجيش العراقي يوم الجمعة."
    entities = [("المصرية", "LOC", "EGYGOV"), ("العراقي", "LOC", "IRQMIL")]
    dates = _dates(text, entities, [("يوم الجمعة", "2021-07-16")], "19")
    assert all(value != "2021-07-16" for value, _ in dates)


def test_a_date_after_the_last_comma_dates_the_clause_before_it() -> None:
    text = "وهاجمت القوات الإسرائيلية سفينة تابعة للأمم المتحدة في ميناء الحديدة، مساء الاثنين."
    entities = [("الإسرائيلية", "LOC", "ISRMIL"), ("المتحدة", "ORG", "IGOUNO"), ("الحديدة", "LOC", "YEM")]
    assert _dates(text, entities, [("مساء الاثنين", "2021-07-19TEV")], "19") == {("2021-07-19", "timex")}


def test_a_date_after_a_comma_with_more_words_after_it_is_not_the_clause_date() -> None:
    # the day is followed by a clause of its own: it is not set off at the end of the sentence
    text = "وهاجمت القوات الإسرائيلية سفينة تابعة للأمم المتحدة في ميناء الحديدة، الاثنين الماضي كان يوم عطلة."
    entities = [("الإسرائيلية", "LOC", "ISRMIL"), ("المتحدة", "ORG", "IGOUNO"), ("الحديدة", "LOC", "YEM")]
    dates = _dates(text, entities, [("الاثنين الماضي", "2021-07-19")], "19")
    assert dates and all(value != "2021-07-19" for value, _ in dates)


def test_the_relative_clause_date_wins_over_the_clause_date() -> None:
    # round 24: the condemnation is dated «أمس», the strike by the clause that says when it was carried out
    text = "ونددت فرنسا أمس بالغارة التي شنتها الطائرات الإسرائيلية يوم الجمعة على غزة."
    entities = [("فرنسا", "LOC", "FRA"), ("الإسرائيلية", "LOC", "ISRMIL"), ("غزة", "LOC", "PSE")]
    timexes = [("أمس", "2021-07-21"), ("يوم الجمعة", "2021-07-16")]
    assert _dates(text, entities, timexes, "19") == {("2021-07-16", "timex")}
    assert _dates(text, entities, timexes, "11") == {("2021-07-21", "timex")}
