"""Sports news calls the football confederations by a union's name: «رئيس الاتحاد الأوروبي» beside «الفيفا» is UEFA's
president and «كأس الاتحاد الأفريقي» is the CAF cup, not the European or African Union (data/actors/sport_bodies.json).
Elsewhere the name stays the union. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline, make_doc


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["normalize", "tokenize", "sentences", "entities", "actors"])


def _codes(pipeline: Pipeline, text: str, name: str) -> list[str | None]:
    doc = pipeline(make_doc(text, published="2024-03-01"))
    return [e.actor.cameo if e.actor else None for e in doc.entities if e.text == name]


def test_the_european_union_beside_fifa_is_the_football_confederation(pipeline: Pipeline) -> None:
    text = "وأعلن رئيس الاتحاد الأوروبي ترشحه لرئاسة الفيفا خلال مؤتمر صحفي في زيورخ."
    assert _codes(pipeline, text, "الاتحاد الأوروبي") == ["NGO"]


def test_the_african_union_cup_in_a_match_report_is_the_football_confederation(pipeline: Pipeline) -> None:
    text = "وفاز الفريق المغربي في مباراة الذهاب بكأس الاتحاد الأفريقي على ملعبه في الرباط."
    assert _codes(pipeline, text, "الاتحاد الأفريقي") == ["NGO"]


def test_the_european_union_in_politics_stays_the_union(pipeline: Pipeline) -> None:
    text = "وأعلن الاتحاد الأوروبي فكرة جديدة لإنشاء مراكز لاستقبال المهاجرين خارج أراضيه."
    assert _codes(pipeline, text, "الاتحاد الأوروبي") == ["IGOEUR"]


def test_a_players_market_in_economics_makes_no_sports_sentence(pipeline: Pipeline) -> None:
    text = "وقال الاتحاد الأفريقي إن كبار اللاعبين في سوق النفط يتحملون مسؤولية الأزمة."
    assert _codes(pipeline, text, "الاتحاد الأفريقي") == ["IGOAFR"]
