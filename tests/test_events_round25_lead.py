"""Round 25 (lead): «طالب لجوء» is an asylum seeker, not a demand; «أنحى/ينحي باللائمة على» blames (112), and its
present «تنحي» is no stepping down. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_an_asylum_seeker_demands_nothing() -> None:
    text = "واعتقلت الشرطة الألمانية طالب لجوء سوريا في مدينة كولونيا."
    doc = build(text, [("الشرطة الألمانية", "ORG", "DEUCOP"), ("سوريا", "LOC", "SYR")])
    assert not coded(doc, "10")
    assert ("DEUCOP", "SYR") in coded(doc, "173")


def test_the_verb_demand_still_codes_a_demand() -> None:
    text = "وطالب الرئيس الفرنسي إيران بوقف دعم الحوثيين."
    doc = build(text, [("الرئيس الفرنسي", "PERS", "FRAGOV"), ("إيران", "LOC", "IRN"), ("الحوثيين", "ORG", "YEMREB")])
    assert ("FRAGOV", "IRN") in coded(doc, "10")


def test_laying_the_blame_on_someone_is_an_accusation_not_a_resignation() -> None:
    text = "وتنحي أنقرة باللائمة على المسلحين الأكراد في تفجير الحافلة."
    doc = build(text, [("أنقرة", "LOC", "TURGOV"), ("الأكراد", "LOC", "TURREB")])
    assert not coded(doc, "083")
    assert ("TURGOV", "TURREB") in coded(doc, "112")
    text = "وأنحت الحكومة العراقية باللائمة على تنظيم داعش في الهجوم."
    doc = build(text, [("الحكومة العراقية", "ORG", "IRQGOV"), ("تنظيم داعش", "ORG", "IMGMUSISI")])
    assert ("IRQGOV", "IMGMUSISI") in coded(doc, "112")


def test_gunmen_of_a_named_organisation_are_that_organisation() -> None:
    text = "وهاجم مسلحون من تنظيم داعش نقطة تفتيش للجيش الليبي قرب مدينة أجدابيا."
    doc = build(text, [("داعش", "ORG", "IMGMUSISI"), ("الليبي", "LOC", "LBYMIL"), ("أجدابيا", "LOC", "LBY")])
    assert ("IMGMUSISI", "LBYMIL") in coded(doc, "19")
    assert not any(target == "IMGMUSISI" for _, target in coded(doc, "19"))
    text = "وقتل جنود أفغان في هجمات شنها مقاتلون من حركة طالبان على مراكز للشرطة في أفغانستان."
    doc = build(text, [("طالبان", "ORG", "AFGINS"), ("أفغانستان", "LOC", "AFG")])
    assert any(source == "AFGINS" for source, _ in coded(doc, "19"))


def test_people_from_a_country_or_backed_by_a_body_keep_their_own_code() -> None:
    text = "واعتقلت الشرطة الفرنسية متشددين من بلجيكا في مدينة ليل."
    doc = build(text, [("الفرنسية", "LOC", "FRACOP"), ("بلجيكا", "LOC", "BEL"), ("ليل", "LOC", "FRA")])
    assert not any(target == "BEL" for _, target in coded(doc, "173"))
    text = "وتقاتل قوات الجيش اليمني المسنودة من التحالف العربي مسلحي الحوثي في مدينة ميدي."
    doc = build(text, [("اليمني", "LOC", "YEMMIL"), ("التحالف العربي", "ORG", "SAUMIL"), ("الحوثي", "ORG", "YEMREB")])
    assert not any(source == "SAUMIL" for source, _ in coded(doc, "19"))


def test_lodging_a_complaint_is_no_money_provided() -> None:
    text = "وقدمت الصين شكوى لدى منظمة التجارة العالمية ضد خطة واشنطن فرض رسوم على سلع بقيمة مليار دولار."
    entities = [("الصين", "LOC", "CHN"), ("منظمة التجارة العالمية", "ORG", "IGOWTO"), ("واشنطن", "LOC", "USAGOV")]
    doc = build(text, entities)
    assert not coded(doc, "07")
    assert ("CHN", "USAGOV") in coded(doc, "114")
