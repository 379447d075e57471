"""Round 26 (evfp26), precision on other outlets: a protest set around an act of force by a state's organs is the
protest of those the force fell on when they are named with a code of their own, not the forces'; a verbal noun
right after the indefinite title of an office named by its task («رئيس تحرير») names the office, no act; «صادر»
after a document («بيان صادر») is the participle «issued», no confiscation;
an indefinite document's country adjective right before the verb describing it is the document's issuer. Sentences
written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_forces_acting_during_a_protest_are_not_its_protesters() -> None:
    text = "وقتل الجيش الإسرائيلي ثلاثة فلسطينيين شرق رفح أثناء احتجاجات الجمعة."
    doc = build(text, [("الجيش الإسرائيلي", "ORG", "ISRMIL"), ("فلسطينيين", "LOC", "PSE")])
    assert ("ISRMIL", "PSE") in coded(doc, "17")
    assert not any(source == "ISRMIL" for source, _target in coded(doc, "14"))
    assert ("PSE", None) in coded(doc, "14")


def test_the_one_arrested_during_a_demonstration_is_its_protester() -> None:
    text = "واعتقلت الشرطة الروسية المعارض الروسي ألكسندر بيتروف خلال مظاهرة غير مرخصة في العاصمة."
    doc = build(text, [("الشرطة الروسية", "ORG", "RUSCOP"), ("المعارض الروسي", "PERS", "RUSOPP")])
    assert ("RUSOPP", None) in coded(doc, "14")
    assert ("RUSCOP", None) not in coded(doc, "14")


def test_an_unnamed_victim_of_the_forces_own_country_is_not_taken_for_the_protester() -> None:
    # «الطفل» gets the forces' country by guess: no actor of its own, so the protest keeps its old reading
    text = "واعتقلت القوات الإسرائيلية الطفل خلال مظاهرة قرب المدرسة."
    doc = build(text, [("القوات الإسرائيلية", "ORG", "ISRMIL"), ("الطفل", "PERS", "ISRCVL")])
    assert ("ISRCVL", None) not in coded(doc, "14")


def test_victims_of_a_passive_killing_still_protested() -> None:
    text = "وقتل ثلاثون فلسطينيا خلال احتجاجات يوم الأحد قرب الحدود."
    doc = build(text, [("فلسطينيا", "LOC", "PSE")])
    assert ("PSE", None) in coded(doc, "14")


def test_an_editor_in_chief_is_no_liberation() -> None:
    text = "وبين الموقوفين رئيس تحرير الصحيفة التركية مراد أوزتورك والكاتب أحمد يلدز."
    doc = build(text, [("الصحيفة التركية", "ORG", "TURMED"), ("مراد أوزتورك", "PERS", "TURMED")])
    assert not coded(doc, "19")
    text = "ووافق وزير الإعلام السعودي على تعيين سالم العتيبي رئيسا لتحرير صحيفة الوطن السعودية."
    doc = build(text, [("وزير الإعلام السعودي", "PERS", "SAUGOV"), ("صحيفة الوطن السعودية", "ORG", "SAUMED")])
    assert not coded(doc, "19")
    assert not coded(doc, "13")


def test_liberating_a_place_after_a_title_word_still_codes() -> None:
    text = "وتعهد الرئيس اليمني بتحرير محافظة الحديدة من الحوثيين."
    doc = build(text, [("الرئيس اليمني", "PERS", "YEMGOV"), ("الحديدة", "LOC", "YEM"), ("الحوثيين", "ORG", "YEMREB")])
    assert coded(doc, "13")
    text = "وأعلن الجيش اليمني تحرير مديرية حيس من الحوثيين."
    doc = build(text, [("الجيش اليمني", "ORG", "YEMMIL"), ("حيس", "LOC", "YEM"), ("الحوثيين", "ORG", "YEMREB")])
    assert coded(doc, "19")


def test_a_statement_issued_is_no_confiscation() -> None:
    text = "وأعلنت المفوضية الأممية في بيان صادر اليوم عدد اللاجئين السوريين."
    doc = build(text, [("المفوضية الأممية", "ORG", "IGOUNO"), ("السوريين", "LOC", "SYRREF")])
    assert not coded(doc, "171")
    text = "وذكرت الأمم المتحدة في تقرير صادر الأحد أعداد المهاجرين الأفغان."
    doc = build(text, [("الأمم المتحدة", "ORG", "IGOUNO"), ("الأفغان", "LOC", "AFGREF")])
    assert not coded(doc, "171")


def test_a_confiscation_by_the_police_still_codes() -> None:
    text = "وصادرت الشرطة التركية جوازات سفر الصحفيين الأتراك."
    doc = build(text, [("الشرطة التركية", "ORG", "TURCOP"), ("الصحفيين الأتراك", "PERS", "TURMED")])
    assert ("TURCOP", "TURMED") in coded(doc, "171")


def test_a_document_speaks_for_the_country_its_adjective_names() -> None:
    text = "وصوت مجلس الأمن على مشروع قرار روسي يدين الضربات الأمريكية على سوريا."
    doc = build(text, [("مجلس الأمن", "ORG", "IGOUNO"), ("روسي", "LOC", "RUSGOV"), ("الأمريكية", "LOC", "USA")])
    assert ("RUSGOV", "USA") in coded(doc, "11")
    assert ("IGOUNO", "USA") not in coded(doc, "11")


def test_a_document_with_no_adjective_still_speaks_for_its_presenter() -> None:
    text = "وقدمت فرنسا مشروع قرار يدعو إسرائيل إلى وقف الاستيطان."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("إسرائيل", "LOC", "ISR")])
    assert ("FRA", "ISR") in coded(doc, "02")
