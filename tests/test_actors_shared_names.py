"""Names that two bodies share, told apart by the article: sports news calls the football confederations by a union's
name («رئيس الاتحاد الأوروبي» beside «الفيفا» is UEFA's president, «كأس الاتحاد الأفريقي» the CAF cup), and several
countries had a «حكومة الوفاق الوطني». Sentences written for these tests."""

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


# A government's name that several countries used: filed under Libya, it is the Palestinian or Sudanese government in
# articles about those countries (data/actors/shared_government_names.json).


def test_the_national_accord_government_in_a_palestinian_article_is_palestinian(pipeline: Pipeline) -> None:
    text = (
        "وقالت حركة حماس في غزة إن حكومة الوفاق الوطني لم تتسلم مهامها في القطاع. "
        "وحمل المتحدث الرئيس الفلسطيني المسؤولية عن تأخر المصالحة."
    )
    assert _codes(pipeline, text, "حكومة الوفاق الوطني") == ["PSEGOV"]


def test_the_national_accord_government_in_a_sudanese_article_is_sudanese(pipeline: Pipeline) -> None:
    text = "وأعلن الرئيس السوداني في الخرطوم حل حكومة الوفاق الوطني وتشكيل حكومة أصغر لمواجهة الأزمة."
    assert _codes(pipeline, text, "حكومة الوفاق الوطني") == ["SDNGOV"]


def test_the_national_accord_government_beside_libya_stays_libyan(pipeline: Pipeline) -> None:
    text = "وقالت القاهرة إن حكومة الوفاق الوطني في ليبيا مطالبة بحماية الحدود مع مصر من المهربين."
    assert _codes(pipeline, text, "حكومة الوفاق الوطني") == ["LBYGOV"]
