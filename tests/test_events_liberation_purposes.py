"""A military operation, campaign or offensive that names no one it is aimed at takes as its target whoever holds
the ground its purpose is to take back («عملية عسكرية لتحرير المدينة من تنظيم X», «حملة لاستعادة الإقليم من قبضة
X», «هجوما لطرد X من البلدة»; grammar `liberating_purposes`), not a place counted after «من» nor an agent read
inside a relative clause. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of, summary


def test_operation_to_liberate_a_city_targets_its_holder() -> None:
    text = "وأطلق الجيش العراقي عملية عسكرية لتحرير مدينة تلعفر من تنظيم داعش."
    doc = build(text, [("الجيش العراقي", "ORG", "IRQMIL"), ("تلعفر", "LOC", "IRQ"), ("تنظيم داعش", "ORG", "IMGMUSISI")])
    assert coded(doc, "19") == {("IRQMIL", "IMGMUSISI")}


def test_campaign_to_recapture_across_a_word_of_holding() -> None:
    text = "وبدأت القوات الحكومية حملة عسكرية واسعة لاستعادة ميناء المخا من قبضة المتمردين الحوثيين."
    doc = build(text, [("القوات الحكومية", "ORG", "YEMMIL"), ("المخا", "LOC", "YEM"), ("الحوثيين", "ORG", "YEMREB")])
    assert coded(doc, "19") == {("YEMMIL", "YEMREB")}


def test_offensive_to_drive_out_targets_the_ones_driven_out() -> None:
    text = "وأطلق المشير حفتر هجوما لطرد مسلحي مجلس شورى درنة من المدينة."
    doc = build(text, [("المشير حفتر", "PERS", "LBYMIL"), ("مجلس شورى درنة", "ORG", "LBYREB")])
    assert coded(doc, "19") == {("LBYMIL", "LBYREB")}


def test_a_place_counted_after_min_is_no_holder() -> None:
    text = "وتتواصل عمليات الجيش السوداني لتحرير عدد من المناطق في ولاية النيل الأزرق."
    doc = build(text, [("الجيش السوداني", "ORG", "SDNMIL"), ("النيل الأزرق", "LOC", "SDN")])
    assert all(target != "SDN" or source != "SDNMIL" for source, target in coded(doc, "19") if target)


def test_agent_inside_a_relative_clause_launches_nothing() -> None:
    text = "وتقدمت القوات نحو مدينة الرقة السورية التي بدأت قوات أمريكية الهجوم عليها لانتزاعها من يد تنظيم داعش."
    doc = build(text, [("الرقة", "LOC", "SYR"), ("السورية", "LOC", "SYR"), ("تنظيم داعش", "ORG", "IMGMUSISI")])
    assert ("190", "SYR", "IMGMUSISI") not in summary(events_of(doc))
