"""Full CAMEO codes the words and actors support (session 26): an inquiry by the police or the judiciary, or against
a named person, is a criminal one (091); protests in the plural are demonstrations (141), one protest may be a note
(140); a bombardment by an armed group with no air force, no weapon named, is shelling (194). Sentences written for
these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of


def test_inquiry_by_the_police_or_prosecutors_is_criminal() -> None:
    text = "وتحقق الشرطة البريطانية مع رجل أعمال روسي."
    doc = build(text, [("الشرطة البريطانية", "ORG", "GBRCOP"), ("روسي", "LOC", "RUSBUS")])
    assert coded(doc, "091") and not coded(doc, "090")
    text = "وفتحت النيابة العامة المصرية تحقيقا مع الصحفي."
    doc = build(text, [("النيابة العامة المصرية", "ORG", "EGYJUD"), ("الصحفي", "PERS", "EGYMED")])
    assert coded(doc, "091") == {("EGYJUD", "EGYMED")}


def test_inquiry_against_a_named_person_is_criminal() -> None:
    text = "وفتحت الحكومة الفرنسية تحقيقا بحق الوزير الغابوني."
    doc = build(text, [("الحكومة الفرنسية", "ORG", "FRAGOV"), ("الغابوني", "LOC", "GABGOV")])
    assert coded(doc, "091") and not coded(doc, "090")


def test_inquiry_of_a_government_into_an_unstated_matter_stays_unspecified() -> None:
    text = "وأعلن الرئيس التركي فتح تحقيق لمعرفة الطلاب المعارضين."
    doc = build(text, [("التركي", "LOC", "TURGOV"), ("الطلاب", "ORG", "TUREDU")])
    assert coded(doc, "090") and not coded(doc, "091")


def test_protests_in_the_plural_are_demonstrations() -> None:
    text = "وخرجت احتجاجات المعارضة البوروندية ضد الرئيس."
    doc = build(text, [("المعارضة البوروندية", "ORG", "BDIOPP")])
    assert coded(doc, "141") and not coded(doc, "140")


def test_bombardment_by_armed_group_is_shelling_unless_by_air() -> None:
    text = "وقصف مسلحو تنظيم داعش مدينة الرمادي العراقية."
    doc = build(text, [("تنظيم داعش", "ORG", "IMGMUSISI"), ("العراقية", "LOC", "IRQ")])
    assert coded(doc, "194") == {("IMGMUSISI", "IRQ")}
    text = "وقصف الحوثيون مطار أبها السعودي بطائرة مسيرة."
    doc = build(text, [("الحوثيون", "ORG", "YEMREB"), ("السعودي", "LOC", "SAU")])
    assert coded(doc, "195") and not coded(doc, "194")
    text = "وقصف الجيش الإسرائيلي مواقع في سوريا."
    doc = build(text, [("الجيش الإسرائيلي", "ORG", "ISRMIL"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "195") and not coded(doc, "194")


def _dates(
    text: str, entities: list[tuple[str, str, str | None]], timexes: list[tuple[str, str]], root: str
) -> set[str]:
    doc = build(text, entities, timexes=timexes)
    return {e.date.value for e in events_of(doc) if e.cameo.startswith(root)}


def test_the_date_of_a_discussion_does_not_date_the_act_discussed() -> None:
    entities = [("الجامعة العربية", "ORG", "IGOARL"), ("الإسرائيلية", "LOC", "ISRMIL"), ("غزة", "LOC", "PSE")]
    text = "ودعت الجامعة العربية إلى جلسة عاجلة، الأحد، لبحث ملف الغارة الإسرائيلية على غزة."
    assert _dates(text, entities, [("الأحد", "2021-07-18")], "19") == {"2021-07-22"}
    # a date written after the act, in its own phrase, is its own
    text = "وعقدت الجامعة العربية جلسة الأحد لبحث الغارة الإسرائيلية على غزة في 9 يوليو."
    timexes = [("الأحد", "2021-07-18"), ("9 يوليو", "2021-07-09")]
    assert _dates(text, entities, timexes, "19") == {"2021-07-09"}
    # an act the clause itself reports keeps the clause's date
    text = "وأدانت الجامعة العربية الأحد الغارة الإسرائيلية على غزة."
    assert _dates(text, entities, [("الأحد", "2021-07-18")], "19") == {"2021-07-18"}
