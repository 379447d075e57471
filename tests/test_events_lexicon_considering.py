"""«يدرس», «يبحث», «يفكر في» or «دراسة» + an act: considering a policy option (CAMEO 014), whatever the act
considered («تدرس فرض عقوبات», «يبحث طرد دبلوماسيين»). The act considered is not done, so it is no event of its
own (no sanction, no expulsion), and the one considering acts on the act's target. A student's «يدرس» governs no
act and codes nothing; «يبحث مع» is a consultation and «يبحث عن» a search. Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import build, coded, coded_as, events_of
from rasd.pipeline import Pipeline, make_doc


def test_considering_sanctions_is_a_policy_option_not_a_sanction() -> None:
    text = "وتدرس الحكومة الكندية فرض عقوبات اقتصادية جديدة على فنزويلا."
    doc = build(text, [("الحكومة الكندية", "ORG", "CANGOV"), ("فنزويلا", "LOC", "VEN")])
    events = events_of(doc)
    assert coded(doc, "01") == {("CANGOV", "VEN")}
    assert all(event.cameo == "014" for event in coded_as(events, "01"))
    assert not coded_as(events, "16")


@pytest.mark.parametrize(
    ("text", "government", "code", "diplomats", "diplomats_code"),
    [
        (
            "وقال مسؤول إن الحكومة الهولندية تدرس طرد دبلوماسيين إيرانيين من لاهاي.",
            "الحكومة الهولندية",
            "NLDGOV",
            "إيرانيين",
            "IRNGOV",
        ),
        (
            "وتبحث الحكومة النرويجية طرد دبلوماسيين روس ردا على قضية التجسس.",
            "الحكومة النرويجية",
            "NORGOV",
            "روس",
            "RUSGOV",
        ),
    ],
)
def test_considering_an_expulsion_is_no_expulsion(
    text: str, government: str, code: str, diplomats: str, diplomats_code: str
) -> None:
    doc = build(text, [(government, "ORG", code), (diplomats, "MISC", diplomats_code)])
    events = events_of(doc)
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("014", code, diplomats_code)]


def test_a_student_studying_considers_nothing() -> None:
    text = "ويدرس الطالب الأردني العلاقات الدولية في جامعة باريس منذ عامين."
    doc = build(text, [("الأردني", "MISC", "JOR"), ("باريس", "LOC", "FRA")])
    assert not coded_as(events_of(doc), "014")


def test_searching_for_a_suspect_considers_nothing() -> None:
    text = "وتبحث الشرطة الألمانية عن المشتبه به في الهجوم على السفارة التركية في برلين."
    doc = build(text, [("الشرطة الألمانية", "ORG", "DEUCOP"), ("السفارة التركية", "ORG", "TURGOV")])
    assert not coded_as(events_of(doc), "014")


def test_discussing_with_a_partner_stays_a_consultation() -> None:
    text = "ويبحث وزير الخارجية الإيطالي مع نظيره الليبي تعزيز التعاون الأمني."
    doc = build(text, [("وزير الخارجية الإيطالي", "PERS", "ITAGOV"), ("نظيره الليبي", "PERS", "LBYGOV")])
    events = events_of(doc)
    assert coded_as(events, "040")
    assert not coded_as(events, "014")


def test_the_full_pipeline_codes_the_option_considered() -> None:
    text = "وتدرس الإدارة الأمريكية فرض عقوبات إضافية على إيران ردا على تجاربها الصاروخية الأخيرة."
    doc = Pipeline()(make_doc(text, published="2021-07-22"))
    assert {(e.cameo, e.source.actor, e.target.actor) for e in doc.events} == {("014", "USAGOV", "IRN")}


def test_thinking_of_a_withdrawal_is_considering_it() -> None:
    text = "وتفكر الحكومة الأسترالية في سحب قواتها من العراق خلال العام المقبل."
    doc = build(text, [("الحكومة الأسترالية", "ORG", "AUSGOV"), ("العراق", "LOC", "IRQ")])
    events = events_of(doc)
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("014", "AUSGOV", "IRQ")]


def test_the_full_pipeline_codes_an_expulsion_thought_of() -> None:
    text = "وقالت الرئيسة الإستونية إنها تفكر في طرد دبلوماسيين روس من تالين."
    doc = Pipeline()(make_doc(text, published="2021-07-22"))
    assert {(e.cameo, e.source.actor, e.target.actor) for e in doc.events} == {("014", "ESTGOV", "RUSGOV")}


def test_the_verbal_noun_of_considering_takes_the_act_too() -> None:
    text = "وأعلنت الحكومة الدنماركية دراسة فرض عقوبات على الجماعة المسلحة في مالي."
    doc = build(text, [("الحكومة الدنماركية", "ORG", "DNKGOV"), ("الجماعة المسلحة", "ORG", "MLIREB")])
    events = events_of(doc)
    assert coded(doc, "01") == {("DNKGOV", "MLIREB")}
    assert not coded_as(events, "16")
