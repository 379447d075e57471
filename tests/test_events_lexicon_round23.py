"""Word senses of round 23 (trigger recall): the host of an ambassador or embassy is written after «لدى», «في» or
«من» («استدعت X سفيرها لدى Y», «أغلقت سفارتها في Y», «عينت سفيرا لها لدى Y»), and is the target of the recall,
closure, reopening or appointment; a foreign consulate closed in the closer's own city is no host («أغلقت القنصلية
الروسية في سياتل»). A state protests to another «لدى» it (114). A readiness or wish someone expresses
(«أبدت استعدادها للتفاوض») governs the act written right after it. An offer of mediation targets the parties
after «بين»; a downgraded representation its host after «لدى». A military intervention is one also when the
agent stands before the adjective («تدخل روسيا العسكري», «تدخلت روسيا عسكريا»), and so is a military operation
or campaign («عملية تركيا العسكرية»), not practical steps («خطوات عملية»). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of, summary


def test_recalled_ambassador_has_the_host_as_target() -> None:
    text = "واستدعت الكويت سفيرها لدى الفلبين للتشاور بعد الأزمة."
    doc = build(text, [("الكويت", "LOC", "KWT"), ("الفلبين", "LOC", "PHL")])
    assert coded(doc, "16") == {("KWT", "PHL")}


def test_withdrawn_ambassador_from_a_capital() -> None:
    text = "وسحبت الحكومة البنمية سفيرها من كاراكاس احتجاجا على الانتخابات."
    doc = build(text, [("الحكومة البنمية", "ORG", "PANGOV"), ("كاراكاس", "LOC", "VENGOV")])
    assert coded(doc, "16") == {("PANGOV", "VENGOV")}


def test_own_embassy_closed_in_a_country() -> None:
    text = "وقررت الحكومة الإسرائيلية إغلاق سفارتها لدى باراغواي."
    doc = build(text, [("الحكومة الإسرائيلية", "ORG", "ISRGOV"), ("باراغواي", "LOC", "PRY")])
    assert coded(doc, "16") == {("ISRGOV", "PRY")}


def test_foreign_consulate_closed_in_the_own_city_keeps_the_owner_as_target() -> None:
    text = "وطردت الولايات المتحدة 60 دبلوماسيا، وأغلقت القنصلية الروسية في سياتل."
    doc = build(text, [("الولايات المتحدة", "LOC", "USA"), ("الروسية", "LOC", "RUSGOV"), ("سياتل", "LOC", "USA")])
    assert ("161", "USA", "RUSGOV") in summary(events_of(doc))
    assert ("161", "RUSGOV", "USA") not in summary(events_of(doc))


def test_appointed_ambassador_to_a_neighbour() -> None:
    text = "وعينت إريتريا أول سفير لها لدى إثيوبيا منذ عشرين عاما."
    doc = build(text, [("إريتريا", "LOC", "ERI"), ("إثيوبيا", "LOC", "ETH")])
    assert coded(doc, "05") == {("ERI", "ETH")}


def test_reopened_embassy_in_a_capital() -> None:
    text = "وأعادت الإمارات فتح سفارتها في دمشق بعد سنوات من القطيعة."
    doc = build(text, [("الإمارات", "LOC", "ARE"), ("دمشق", "LOC", "SYRGOV")])
    assert coded(doc, "05") == {("ARE", "SYRGOV")}


def test_state_protest_lodged_with_a_ministry() -> None:
    text = "واحتجت موسكو لدى الخارجية الأمريكية على طرد دبلوماسييها."
    doc = build(text, [("موسكو", "LOC", "RUSGOV"), ("الخارجية الأمريكية", "ORG", "USAGOV")])
    assert ("114", "RUSGOV", "USAGOV") in summary(events_of(doc))


def test_expressed_readiness_governs_the_act_after_it() -> None:
    text = "وأبدت السعودية استعدادها للتعاون مع تركيا في التحقيق."
    doc = build(text, [("السعودية", "LOC", "SAU"), ("تركيا", "LOC", "TUR")])
    events = [e for e in events_of(doc) if e.cameo.startswith("03")]
    assert {(e.source.actor, e.target.actor) for e in events} == {("SAU", "TUR")}
    assert all(e.modality == "intent" for e in events)


def test_expressed_wish_with_bi_governs_the_talks() -> None:
    text = "وأبدت الحكومة رغبتها بالتفاوض مع المعارضة السورية."
    doc = build(text, [("الحكومة", "ORG", "SYRGOV"), ("المعارضة السورية", "ORG", "SYROPP")])
    assert coded(doc, "03") == {("SYRGOV", "SYROPP")}


def test_offered_mediation_between_two_parties_targets_them() -> None:
    text = "وعرضت فرنسا وساطتها بين تركيا وقوات سوريا الديمقراطية في منبج."
    doc = build(
        text, [("فرنسا", "LOC", "FRAGOV"), ("تركيا", "LOC", "TUR"), ("قوات سوريا الديمقراطية", "ORG", "SYRREB")]
    )
    assert coded(doc, "03") == {("FRAGOV", "TUR"), ("FRAGOV", "SYRREB")}


def test_diplomatic_representation_downgraded_with_a_host() -> None:
    text = "وخفضت حكومة البحرين تمثيلها الدبلوماسي لدى قطر إلى مستوى القائم بالأعمال."
    doc = build(text, [("حكومة البحرين", "ORG", "BHRGOV"), ("قطر", "LOC", "QATGOV")])
    assert coded(doc, "16") == {("BHRGOV", "QATGOV")}


def test_military_intervention_with_the_agent_before_the_adjective() -> None:
    text = "وبدأ تدخل روسيا العسكري في سوريا عام 2015."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "19") == {("RUS", "SYR")}


def test_intervening_militarily_as_a_verb() -> None:
    text = "وتدخلت روسيا عسكريا في سوريا دعما للنظام."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "19") == {("RUS", "SYR")}


def test_interference_in_internal_affairs_is_no_military_intervention() -> None:
    text = "ورفضت الحكومة المصرية أي تدخل في شؤونها الداخلية."
    doc = build(text, [("الحكومة المصرية", "ORG", "EGYGOV")])
    assert not coded(doc, "19")


def test_military_operation_with_the_agent_before_the_adjective() -> None:
    text = "وشنت تركيا عملية غصن الزيتون العسكرية ضد وحدات حماية الشعب الكردية في عفرين."
    doc = build(text, [("تركيا", "LOC", "TURGOV"), ("وحدات حماية الشعب الكردية", "ORG", "SYRREB")])
    assert coded(doc, "19") == {("TURGOV", "SYRREB")}


def test_practical_steps_towards_a_strike_are_no_operation() -> None:
    text = "وبدأت واشنطن خطوات عملية باتجاه توجيه ضربة عسكرية لقوات النظام السوري."
    doc = build(text, [("واشنطن", "LOC", "USAGOV"), ("قوات النظام السوري", "ORG", "SYRMIL")])
    spans = [text[e.evidence.start : e.evidence.end] for e in events_of(doc)]
    assert not [span for span in spans if "عملية" in span]


def test_decided_recall_of_its_own_ambassador_as_a_noun() -> None:
    text = "وقررت الحكومة السعودية استدعاء سفيرها لدى كندا للتشاور."
    doc = build(text, [("الحكومة السعودية", "ORG", "SAUGOV"), ("كندا", "LOC", "CAN")])
    assert coded(doc, "16") == {("SAUGOV", "CAN")}
    assert not coded(doc, "11")


def test_rescue_operations_are_no_military_operation() -> None:
    text = "وتتولى المنظمة عمليات البحث والإنقاذ لضحايا العمليات العسكرية في مناطق المعارضة السورية."
    doc = build(text, [("المعارضة السورية", "ORG", "SYROPP")])
    spans = [text[e.evidence.start : e.evidence.end] for e in events_of(doc)]
    assert not [span for span in spans if "البحث" in span]
