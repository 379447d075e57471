"""Round 26 (lead): members «في» a named body are that body, as «من» a body already were; «من دون طيار» and «بدون
طيار» own no phrase after them; «باستمرار» is an adverb of manner. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_fighters_in_a_named_organisation_are_that_organisation() -> None:
    text = "قال مصدر محلي إن المسلحين في ميليشيا حزب الله قتلوا ثلاثة مدنيين في ريف حلب."
    doc = build(text, [("حزب الله", "ORG", "LBNREB"), ("حلب", "LOC", "SYR")])
    assert ("LBNREB", "SYRCVL") in coded(doc, "18")
    assert not any(source == "SYRREB" for source, _ in coded(doc, "18"))


def test_people_in_a_country_keep_the_country() -> None:
    text = "واعتقلت الشرطة التركية ناشطين في إسطنبول بتهمة التحريض."
    doc = build(text, [("التركية", "LOC", "TURCOP"), ("إسطنبول", "LOC", "TUR")])
    assert any(source == "TURCOP" for source, _ in coded(doc, "173"))


def test_the_object_after_unmanned_aircraft_and_a_manner_adverb_is_the_target() -> None:
    text = "بينما تقصف طائرات أمريكية من دون طيار باستمرار المسلحين في تنظيم القاعدة جنوب اليمن."
    doc = build(text, [("أمريكية", "LOC", "USAMIL"), ("تنظيم القاعدة", "ORG", "IMGMUSAQ"), ("اليمن", "LOC", "YEM")])
    assert ("USAMIL", "IMGMUSAQ") in coded(doc, "19")
    text = "وقصفت طائرات بريطانية بدون طيار المسلحين في تنظيم داعش قرب الرقة."
    doc = build(text, [("بريطانية", "LOC", "GBRMIL"), ("تنظيم داعش", "ORG", "IMGMUSISI"), ("الرقة", "LOC", "SYR")])
    assert ("GBRMIL", "IMGMUSISI") in coded(doc, "19")


def test_victims_of_a_harm_the_act_caused_are_its_target() -> None:
    text = "وشنت طائرات روسية غارة على سوق شعبي في إدلب، ما تسبب في مقتل عشرة مدنيين."
    doc = build(text, [("روسية", "LOC", "RUSMIL"), ("إدلب", "LOC", "SYR")])
    assert ("RUSMIL", "SYRCVL") in coded(doc, "19")


def test_a_source_asking_not_to_be_named_tells_no_event() -> None:
    text = "وقال ضابط في الجيش رافضا الكشف عن اسمه إن الهجوم على القاعدة فشل."
    doc = build(text, [("الجيش", "ORG", "SYRMIL")])
    assert not coded(doc, "12")
    text = "وعزا القائد الذي طلب عدم نشر اسمه العطل إلى هجوم إلكتروني روسي على الشبكة."
    doc = build(text, [("روسي", "LOC", "RUS")])
    assert not coded(doc, "15")
    # a refusal to disclose something else is still a refusal
    text = "ورفضت إيران الكشف عن حجم قواتها في سوريا."
    doc = build(text, [("إيران", "LOC", "IRN"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "12")


def test_a_proposal_after_a_preposition_is_issued_by_its_country_adjective() -> None:
    text = "وسيصوت مجلس الأمن على اقتراح روسي يدين الغارات على سوريا."
    doc = build(text, [("مجلس الأمن", "ORG", "IGOUNO"), ("روسي", "LOC", "RUS"), ("سوريا", "LOC", "SYR")])
    assert any(source == "RUS" for source, _ in coded(doc, "11"))
    assert not any(source == "IGOUNO" for source, _ in coded(doc, "11"))


def test_a_victim_killed_by_a_shell_is_not_its_source() -> None:
    text = "وقتل فلسطيني من جراء إصابته بشظايا قذيفة مدفعية إسرائيلية أطلقت على موقع شرق رفح."
    doc = build(text, [("فلسطيني", "LOC", "PSE"), ("إسرائيلية", "LOC", "ISRMIL"), ("رفح", "LOC", "PSE")])
    assert not any(source == "PSE" for code in ("18", "19") for source, _ in coded(doc, code))
    text = "وقتل فلسطينيان برصاص الجيش الإسرائيلي قرب مدينة جنين."
    doc = build(text, [("فلسطينيان", "LOC", "PSE"), ("الإسرائيلي", "LOC", "ISRMIL"), ("جنين", "LOC", "PSE")])
    assert ("ISRMIL", "PSE") in coded(doc, "19")


def test_bullets_with_the_article_are_the_instrument_of_the_active_verb() -> None:
    text = "وقتلت القوات الإسرائيلية بالرصاص عشرات المحتجين الفلسطينيين قرب السياج."
    doc = build(text, [("الإسرائيلية", "LOC", "ISRMIL"), ("الفلسطينيين", "LOC", "PSECVL")])
    assert any(source == "ISRMIL" for code in ("17", "18", "19") for source, _ in coded(doc, code))
