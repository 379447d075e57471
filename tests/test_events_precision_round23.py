"""Precision round 23 (false events on arbitrary news, judged draws): a noun spelled like an event verb with its
pronoun, an attack made of words, and hosting resumed by a pronoun after a relative; sentences written for these
tests."""

from __future__ import annotations

from events_helpers import Spec, evidence_events, pipeline_codes

_events = evidence_events


def test_a_trip_with_a_possessive_pronoun_is_no_deportation() -> None:
    codes = pipeline_codes("وغيرت طائرة تابعة للخطوط الجوية البريطانية مسارها خلال رحلتها من لاس فيغاس إلى لندن.")
    assert [c for c in codes if c[0].startswith("17")] == []


def test_a_deporting_verb_without_a_pronoun_still_deports() -> None:
    text = "ورحلت السلطات الألمانية عشرات اللاجئين الأفغان إلى كابول."
    specs: list[Spec] = [("الألمانية", "LOC", "DEUGOV"), ("الأفغان", "LOC", "AFGREF"), ("كابول", "LOC", "AFG")]
    assert [(code, source) for trigger, code, source, _ in _events(text, specs) if trigger == "ورحلت"] == [
        ("174", "DEUGOV")
    ]


def test_an_attack_followed_by_an_accusing_participle_is_criticism() -> None:
    text = "وشن رئيس الوزراء المجري هجوما على المفوضية الأوروبية، متهما إياها بالتدخل في شؤون بلاده."
    specs: list[Spec] = [("المجري", "LOC", "HUNGOV"), ("المفوضية الأوروبية", "ORG", "IGOEUR")]
    codes = {code for trigger, code, source, target in _events(text, specs) if trigger == "هجوما"}
    assert codes == {"111"}


def test_attacks_coordinated_with_criticism_are_criticism() -> None:
    text = "وتعرض وزير الخارجية البريطاني لهجمات وانتقادات حادة من المعارضة."
    specs: list[Spec] = [("البريطاني", "LOC", "GBRGOV"), ("المعارضة", "ORG", "GBROPP")]
    assert {code for trigger, code, _, _ in _events(text, specs) if trigger == "لهجمات"} == {"111"}


def test_an_armed_attack_with_a_saying_participle_stays_an_attack() -> None:
    text = "وشنت القوات النيجيرية هجوما على معاقل جماعة بوكو حرام، قائلة إنها قتلت العشرات منهم."
    specs: list[Spec] = [("القوات النيجيرية", "ORG", "NGAMIL"), ("جماعة بوكو حرام", "ORG", "NGAREB")]
    codes = {code for trigger, code, _, _ in _events(text, specs) if trigger == "هجوما"}
    assert codes and all(code.startswith("19") for code in codes)


def test_a_reported_attack_keeps_its_code_whatever_the_reporter_adds() -> None:
    text = "وقال المتحدث إن الحكومة شنت هجوما على المعارضة، متهما قطر بدعم المسلحين."
    specs: list[Spec] = [("الحكومة", "ORG", "SDNGOV"), ("المعارضة", "ORG", "SDNOPP"), ("قطر", "LOC", "QAT")]
    codes = {code for trigger, code, _, _ in _events(text, specs) if trigger == "هجوما"}
    assert "111" not in codes


def test_a_tournament_hosted_by_a_country_after_a_relative_is_no_hosted_visit() -> None:
    text = "وانطلقت أمس بطولة كأس العالم التي تستضيفها قطر بمشاركة المنتخب الأرجنتيني."
    specs: list[Spec] = [("قطر", "LOC", "QAT"), ("الأرجنتيني", "LOC", "ARG")]
    assert [e for e in _events(text, specs) if e[1].startswith("04")] == []


def test_refugees_received_after_a_relative_are_no_hosted_visit() -> None:
    text = "وسيجري نقل اللاجئين الذين استقبلتهم الأمم المتحدة في جيبوتي إلى عدن."
    specs: list[Spec] = [("الأمم المتحدة", "ORG", "IGOUNO"), ("جيبوتي", "LOC", "DJI"), ("عدن", "LOC", "YEM")]
    assert [e for e in _events(text, specs) if e[1].startswith("04")] == []


def test_a_minister_received_after_a_relative_is_still_hosted() -> None:
    text = "والتقى الوزير الليبي بالرئيس التونسي الذي استقبله في قصر قرطاج."
    specs: list[Spec] = [("الليبي", "LOC", "LBYGOV"), ("التونسي", "LOC", "TUNGOV")]
    assert any(code.startswith("04") for _, code, _, _ in _events(text, specs))


def test_cooperation_after_necessity_is_called_for_even_spelled_as_a_verb() -> None:
    codes = pipeline_codes("وشدد على ضرورة تعاون روسيا وإيران وتركيا أكثر من أي وقت مضى.")
    assert [c for c in codes if c[0].startswith("06")] == []


def test_cooperation_stated_stays() -> None:
    text = "وتعاونت روسيا وإيران في مكافحة الإرهاب."
    specs: list[Spec] = [("روسيا", "LOC", "RUS"), ("وإيران", "LOC", "IRN")]
    assert any(code.startswith("06") for _, code, _, _ in _events(text, specs))


def test_an_act_coordinated_after_an_appeal_is_called_for_too() -> None:
    text = "ودعت فرنسا إلى وقف إطلاق النار في إدلب وانسحاب القوات الروسية من سوريا."
    specs: list[Spec] = [
        ("فرنسا", "LOC", "FRA"),
        ("إدلب", "LOC", "SYR"),
        ("الروسية", "LOC", "RUSMIL"),
        ("سوريا", "LOC", "SYR"),
    ]
    assert [e for e in _events(text, specs) if e[1].startswith("08")] == []


def test_an_act_coordinated_after_a_demand_is_called_for_even_spelled_as_a_verb() -> None:
    text = "وطالب الفلسطينيون بتفعيل حق العودة ورفع الحصار الإسرائيلي عن قطاع غزة."
    specs: list[Spec] = [("الفلسطينيون", "ORG", "PSE"), ("الإسرائيلي", "LOC", "ISR"), ("قطاع غزة", "LOC", "PSE")]
    assert [e for e in _events(text, specs) if e[1].startswith("08")] == []


def test_a_verb_with_its_own_subject_after_a_demand_is_done() -> None:
    codes = pipeline_codes("وطالب المتظاهرون العراقيون برحيل الحكومة وهاجم المتظاهرون الشرطة العراقية.")
    assert any(code == "145" for code, _, _ in codes)


def test_the_dimensions_of_an_escalation_deport_no_one() -> None:
    codes = pipeline_codes("ما أبعاد التصعيد بين واشنطن وطهران؟")
    assert [c for c in codes if c[0].startswith(("17", "13"))] == []


def test_a_deportation_stays_a_deportation() -> None:
    codes = pipeline_codes("وقررت السلطات الأردنية إبعاد الصحفي المصري إلى القاهرة.")
    assert any(code == "174" for code, _, _ in codes)


def test_an_act_a_case_requires_is_not_done() -> None:
    codes = pipeline_codes(
        "وقال المشرعون الأمريكيون إن قضية اختفاء الصحفي السعودي تتطلب فرض عقوبات على المسؤولين السعوديين."
    )
    assert [c for c in codes if c[0].startswith("16")] == []


def test_driving_out_armed_groups_is_fighting_even_when_the_place_is_the_target() -> None:
    codes = pipeline_codes(
        "وفتحت انتصارات الجيش الوطني الليبي في درنة الباب أمام عودة الحياة الطبيعية، "
        "في أعقاب طرد المجموعات الإرهابية من أغلب مناطق المدينة."
    )
    assert codes and all(not code.startswith("17") for code, _, _ in codes)


def test_an_upcoming_summit_is_an_intent_to_meet() -> None:
    codes = pipeline_codes("وأعلن الكرملين عن قمة مقبلة بين بوتين وترامب في هلسنكي.")
    assert codes and all(code.startswith("03") for code, _, _ in codes)


def test_a_meeting_held_stays_a_meeting() -> None:
    codes = pipeline_codes("والتقى الرئيس الروسي بنظيره التركي في أنقرة.")
    assert any(code.startswith("04") for code, _, _ in codes)


def test_a_summit_called_off_is_no_summit() -> None:
    codes = pipeline_codes(
        "ونقلت وكالات الأنباء لقطات لتدمير الموقع رغم الإعلان الأميركي عن إلغاء القمة التي كانت مقررة بين الرئيس "
        "دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون."
    )
    assert [c for c in codes if c[0].startswith(("03", "04"))] == []


def test_a_meeting_only_threatened_with_cancelling_is_still_planned() -> None:
    codes = pipeline_codes(
        "وهددت روما بإلغاء لقاء مرتقب بين رئيس الوزراء الإيطالي جوزيبي كونتي والرئيس الفرنسي الجمعة في باريس."
    )
    assert ("036", "ITAGOV", "FRAGOV") in codes


def test_a_meeting_for_the_sake_of_talks_stays() -> None:
    codes = pipeline_codes("والتقى الرئيس الروسي بنظيره التركي في أنقرة من أجل إجراء محادثات حول سوريا.")
    assert any(code.startswith("04") for code, _, _ in codes)
