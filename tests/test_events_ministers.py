"""A minister named by the domain of the ministry («وزير الصحة», «وزيرة العدل») is the government of the country
adjective after it, also when a name follows the adjective («وزير الاقتصاد الفرنسي برونو لومير»); a visitor who
arrives and meets someone keeps the subject without a comma. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded
from rasd.pipeline import analyze


def test_a_minister_of_health_or_justice_is_the_government_of_the_adjective_after_the_title() -> None:
    for text in (
        "ودعا وزير الصحة المصري إسرائيل إلى فتح المعابر.",
        "ودعت وزيرة العدل المصرية إسرائيل إلى فتح المعابر.",
    ):
        events = analyze(text, published="2021-07-22").events
        assert {(e.source.actor, e.target.actor) for e in events if e.cameo.startswith("02")} == {("EGYGOV", "ISR")}, (
            text
        )


def test_the_country_adjective_before_a_name_says_which_government_the_title_serves() -> None:
    text = "ودعا وزير الاقتصاد الفرنسي برونو لومير الولايات المتحدة إلى احترام حلفائها."
    events = analyze(text, published="2021-07-22").events
    assert {(e.source.actor, e.target.actor) for e in events if e.cameo.startswith("02")} == {("FRAGOV", "USA")}


def test_who_arrives_and_meets_a_minister_is_the_one_who_meets() -> None:
    text = "وكان المبعوث الخاص للأمم المتحدة وصل إلى بيروت والتقى وزير الصحة اللبناني."
    doc = build(text, [("للأمم المتحدة", "ORG", "IGOUNO"), ("بيروت", "LOC", "LBN"), ("اللبناني", "LOC", "LBNGOV")])
    pairs = coded(doc, "04")
    assert ("IGOUNO", "LBNGOV") in pairs or ("LBNGOV", "IGOUNO") in pairs
