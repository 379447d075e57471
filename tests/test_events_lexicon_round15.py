"""Word senses of the fifteenth round: «أسر» captures combatants (173) when a counted or combatant object follows
(«أسرت القوات عشرين مقاتلا», «تمكن الجيش من أسر عدد كبير من الجنود»); the same letters are the plural «أسر»
families («أسر الضحايا», «أسر المفقودين»), which code nothing. «حرر» takes territory (192) when its object is a
place word («مواقع», «مديرية», «مطار», «قرى»), not a person freed or a report written («حرر محضرا»).
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of


def test_capturing_counted_fighters_is_a_detention() -> None:
    text = "وأسر الجيش المالي خمسة عشر مقاتلا من المتمردين الطوارق قرب كيدال."
    doc = build(text, [("الجيش المالي", "ORG", "MLIMIL"), ("المتمردين الطوارق", "MISC", "MLIREB")])
    assert coded(doc, "173") & {("MLIMIL", "MLIREB")}


def test_the_verbal_noun_of_capture_takes_its_counted_object() -> None:
    text = "وتمكنت القوات التشادية من أسر عدد كبير من عناصر الجماعة المسلحة في منطقة البحيرة."
    doc = build(text, [("القوات التشادية", "ORG", "TCDMIL"), ("الجماعة المسلحة", "ORG", "TCDREB")])
    assert coded(doc, "173") & {("TCDMIL", "TCDREB")}


def test_families_of_victims_capture_no_one() -> None:
    text = "واستقبل الرئيس البيروفي أسر الضحايا في قصر الحكومة بليما."
    doc = build(text, [("الرئيس البيروفي", "PERS", "PERGOV")])
    assert not coded_as(events_of(doc), "173")


def test_families_of_the_missing_as_subject_capture_no_one() -> None:
    text = "وطالبت أسر المفقودين السلطات المكسيكية بكشف مصير أبنائها."
    doc = build(text, [("السلطات المكسيكية", "ORG", "MEXGOV")])
    assert not coded_as(events_of(doc), "173")


def test_liberating_positions_takes_territory() -> None:
    text = "وحررت القوات الصومالية مواقع جديدة قرب كسمايو بعد معارك مع حركة الشباب."
    doc = build(text, [("القوات الصومالية", "ORG", "SOMMIL"), ("كسمايو", "LOC", "SOM")])
    assert coded_as(events_of(doc), "192")


def test_liberating_an_airport_takes_territory() -> None:
    text = "وقال المتحدث إن الجيش النيجيري حرر مطار مايدوغوري من قبضة المسلحين."
    doc = build(text, [("الجيش النيجيري", "ORG", "NGAMIL"), ("مايدوغوري", "LOC", "NGA")])
    assert coded_as(events_of(doc), "192")


def test_writing_a_police_report_takes_no_territory() -> None:
    text = "وحرر المحامي الأردني محضرا في مركز الشرطة ضد جاره."
    doc = build(text, [("الأردني", "LOC", "JORCVL")])
    assert not coded_as(events_of(doc), "192")
