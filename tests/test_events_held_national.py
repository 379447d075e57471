"""A person the actors stage could not code, held, tried or sentenced by a state body of the country the article
is about, is a person of that country (README item 112)."""

from __future__ import annotations

from events_helpers import build, coded


def test_court_jails_uncoded_person_of_the_article_country() -> None:
    text = "وفي أنقرة، قررت محكمة تركية حبس سليم قره داغ بتهمة الاحتيال، بعد تحقيق استمر شهرين في تركيا."
    doc = build(
        text,
        [
            ("أنقرة", "LOC", "TUR"),
            ("محكمة تركية", "ORG", "TURJUD"),
            ("سليم قره داغ", "PERS", None),
            ("تركيا", "LOC", "TUR"),
        ],
    )
    assert ("TURJUD", "TURCVL") in coded(doc, "17")


def test_police_arrest_abroad_of_an_article_about_another_country() -> None:
    # the article is about Britain (most places named are British): the man held by Qatar's police is not Qatari
    text = (
        "قال أقارب البريطاني في لندن إن الشرطة القطرية اعتقلت سليم قره داغ، "
        "وطالبت بريطانيا والحكومة في لندن بالإفراج عنه."
    )
    doc = build(
        text,
        [
            ("لندن", "LOC", "GBR"),
            ("الشرطة القطرية", "ORG", "QATCOP"),
            ("سليم قره داغ", "PERS", None),
            ("بريطانيا", "LOC", "GBR"),
            ("لندن", "LOC", "GBR", 2),
        ],
    )
    assert ("QATCOP", "QATCVL") not in coded(doc, "17")


def test_coded_person_keeps_its_country() -> None:
    text = "وفي أنقرة، قررت محكمة تركية حبس القس الأمريكي سليم قره داغ بتهمة التجسس في تركيا."
    doc = build(
        text,
        [
            ("أنقرة", "LOC", "TUR"),
            ("محكمة تركية", "ORG", "TURJUD"),
            ("سليم قره داغ", "PERS", "USAREL"),
            ("تركيا", "LOC", "TUR"),
        ],
    )
    assert ("TURJUD", "TURCVL") not in coded(doc, "17")
