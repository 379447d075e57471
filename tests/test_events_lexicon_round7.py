"""Predicate senses of the seventh round: handing over evidence (064), weighing options (014), calling accusations
baseless (a denial, 016), intimidation undergone (130), withdrawals of aid workers and observers (1663/1662), and
accusations of laundering or nepotism (1121). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of
from rasd.pipeline import analyze


def test_handing_over_evidence_is_sharing_information() -> None:
    text = "وقدمت السلطات التركية أدلة جديدة إلى المحققين الأمريكيين."
    doc = build(text, [("التركية", "LOC", "TURGOV"), ("الأمريكيين", "LOC", "USAJUD")])
    assert coded(doc, "064") == {("TURGOV", "USAJUD")}


def test_providing_a_loan_is_still_money_not_information() -> None:
    text = "وقدمت السعودية قرضا بقيمة مليار دولار إلى باكستان."
    doc = build(text, [("السعودية", "LOC", "SAU"), ("باكستان", "LOC", "PAK")])
    assert not coded_as(events_of(doc), "064")
    assert coded(doc, "071") == {("SAU", "PAK")}


def test_weighing_how_to_respond_is_considering_a_policy_option() -> None:
    text = "وقال المتحدث إن الرئيس الفرنسي يقيم كيفية الرد على الحكومة الإيرانية."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("الإيرانية", "LOC", "IRNGOV")])
    assert coded(doc, "014") == {("FRAGOV", "IRNGOV")}


def test_holding_a_ceremony_is_not_weighing_options() -> None:
    text = "ويقيم الرئيس الفرنسي حفلا في قصر الإليزيه."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV")])
    assert not coded_as(events_of(doc), "014")


def test_calling_the_accusations_baseless_is_a_denial() -> None:
    text = "ووصفت الخارجية الإيرانية الاتهامات الأمريكية بأنها سخيفة ولا أساس لها."
    doc = build(text, [("الإيرانية", "LOC", "IRNGOV"), ("الأمريكية", "LOC", "USAGOV")])
    assert coded(doc, "016") == {("IRNGOV", "USAGOV")}


def test_calling_an_attack_shameful_stays_a_criticism() -> None:
    text = "ووصفت الخارجية الإيرانية الهجوم الأمريكي بالمشين."
    doc = build(text, [("الإيرانية", "LOC", "IRNGOV"), ("الأمريكي", "LOC", "USAGOV")])
    assert not coded_as(events_of(doc), "016")


def test_intimidation_undergone_makes_the_subject_the_target() -> None:
    text = "وقالت المنظمة إن موظفي الصليب الأحمر تعرضوا للترهيب من قبل مسلحي حركة الشباب."
    doc = build(text, [("الصليب الأحمر", "ORG", "NGOHLHIRC"), ("حركة الشباب", "ORG", "SOMREB")])
    assert coded(doc, "130") == {("SOMREB", "NGOHLHIRC")}


def test_withdrawing_aid_workers_and_observers_is_coded_by_who_leaves() -> None:
    aid = "وسحبت الأمم المتحدة موظفي الإغاثة من اليمن."
    doc = build(aid, [("الأمم المتحدة", "ORG", "IGOUNO"), ("اليمن", "LOC", "YEM")])
    assert coded(doc, "1663") == {("IGOUNO", "YEM")}
    observers = "وسحبت الجامعة العربية المراقبين من سوريا."
    doc = build(observers, [("الجامعة العربية", "ORG", "IGOARL"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "1662") == {("IGOARL", "SYR")}


def test_laundering_and_nepotism_are_accusations_of_crime() -> None:
    for text in (
        "واتهمت المعارضة الرئيس الغابوني بتبييض الأموال.",
        "واتهمت المعارضة الرئيس الغابوني بالمحسوبية واستغلال النفوذ.",
    ):
        doc = build(text, [("المعارضة", "ORG", "GABOPP"), ("الغابوني", "LOC", "GABGOV")])
        assert coded(doc, "1121") == {("GABOPP", "GABGOV")}, text


def test_a_fact_that_portends_trouble_is_no_warning() -> None:
    text = "واندلعت مواجهات بين المحتجين العراقيين وقوات الأمن في البصرة، الأمر الذي ينذر بتصاعد موجة الغضب الشعبي."
    events = analyze(text, published="2021-07-22").events
    assert coded_as(events, "19")  # the clash itself is coded
    assert not coded_as(events, "13")


def test_achieving_gains_is_no_investigation() -> None:
    text = "وحققت الشركة المصرية أرباحا من صفقاتها مع الحكومة السودانية."
    doc = build(text, [("المصرية", "LOC", "EGYBUS"), ("الحكومة السودانية", "ORG", "SDNGOV")])
    assert not coded_as(events_of(doc), "09")
    text = "وحققت الشرطة المصرية مع الصحفي السوداني في القاهرة."
    doc = build(text, [("الشرطة المصرية", "ORG", "EGYCOP"), ("السوداني", "LOC", "SDNMED")])
    # (an inquiry by the police is a criminal one, 091)
    assert coded(doc, "091") == {("EGYCOP", "SDNMED")}


def test_riot_police_and_rioters_name_people_not_a_riot() -> None:
    for text in (
        "وتدخلت قوات مكافحة الشغب السودانية لتفريق المحتجين في الخرطوم.",
        "وقالت الشرطة الفرنسية إن المحتجين من مثيري الشغب المتطرفين.",
    ):
        assert not coded_as(analyze(text, published="2021-07-22").events, "14"), text


def test_an_approximate_count_after_a_harm_verb_is_its_passive_subject() -> None:
    text = "وقتل ما لا يقل عن 30 فلسطينيا على أيدي القوات الإسرائيلية قرب حدود غزة."
    doc = build(text, [("فلسطينيا", "LOC", "PSE"), ("القوات الإسرائيلية", "ORG", "ISRMIL"), ("غزة", "LOC", "PSE")])
    assert coded(doc, "18") == {("ISRMIL", "PSE")}
    text = "واعتقل نحو 20 صحفيا تركيا على يد الشرطة التركية في إسطنبول."
    doc = build(text, [("تركيا", "LOC", "TURMED"), ("الشرطة التركية", "ORG", "TURCOP"), ("إسطنبول", "LOC", "TUR")])
    assert coded(doc, "17") == {("TURCOP", "TURMED")}


def test_interests_dominating_a_council_is_no_seizure() -> None:
    text = "وقال الوزير القطري إن مجلس الأمن الدولي سيطرت عليه المصالح الضيقة للدول الكبرى."
    assert not coded_as(analyze(text, published="2021-07-22").events, "19")
    text = "وسيطرت قوات الحكومة السورية على مدينة دوما بعد معارك مع فصائل المعارضة."
    assert coded_as(analyze(text, published="2021-07-22").events, "192")


def test_leaving_a_party_is_no_military_withdrawal() -> None:
    entities = [("الفرنسي", "LOC", "FRAGOV"), ("الحزب الاشتراكي الفرنسي", "ORG", "FRAPTY")]
    for text in (
        "وأعلن وزير الداخلية الفرنسي انسحابه من الحزب الاشتراكي الفرنسي.",
        "وقال وزير الداخلية الفرنسي إنه انسحب من الحزب الاشتراكي الفرنسي.",
    ):
        assert not coded_as(events_of(build(text, entities)), "087"), text
    text = "وأعلنت روسيا انسحاب قواتها من مدينة خيرسون الأوكرانية."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("خيرسون", "LOC", "UKR")])
    assert coded_as(events_of(doc), "0874")


def test_tapping_a_phone_is_no_phone_call() -> None:
    text = "وتنصتت الاستخبارات الأمريكية على هاتف المستشارة الألمانية."
    assert not coded_as(analyze(text, published="2021-07-22").events, "04")
    text = "وهاتف الرئيس الأمريكي نظيره الروسي مساء الخميس."
    assert coded_as(analyze(text, published="2021-07-22").events, "041")


def test_qad_before_a_present_verb_is_a_possibility_not_an_act() -> None:
    entities = [("الإسرائيلي", "LOC", "ISRMIL"), ("تنظيم داعش", "ORG", "IMGMUSISI")]
    may = build("وقال إن الجيش الإسرائيلي قد يشن هجمات على مسلحي تنظيم داعش في سيناء.", entities)
    assert coded(may, "13") == {("ISRMIL", "IMGMUSISI")} and not coded(may, "19")
    had = build("وكان الجيش الإسرائيلي قد شن هجمات على مسلحي تنظيم داعش في سيناء.", entities)
    assert coded(had, "19") == {("ISRMIL", "IMGMUSISI")}


def test_answering_an_attack_on_the_attacker_is_force_and_answering_with_shelling_lends_the_subject() -> None:
    entities = [("السعودية", "LOC", "SAUMIL"), ("الحوثيين", "ORG", "YEMREB"), ("اليمن", "LOC", "YEM")]
    doc = build("وردت القوات السعودية على قصف الحوثيين لمنطقة حدودية مع اليمن.", entities)
    assert coded(doc, "19") == {("SAUMIL", "YEMREB")}
    doc = build(
        "ورد الجيش الإسرائيلي بقصف مواقع لحركة حماس في غزة.",
        [("الإسرائيلي", "LOC", "ISRMIL"), ("حركة حماس", "ORG", "PSEREB")],
    )
    assert coded(doc, "19") == {("ISRMIL", "PSEREB")}


def test_hoping_for_cooperation_is_an_intent_not_cooperation() -> None:
    hope = analyze("وقال الوزير التركي: نأمل تعميق التعاون بين تركيا والصين.", published="2021-07-22")
    assert coded_as(hope.events, "03") and not coded_as(hope.events, "06")
    done = analyze("وتعاونت تركيا والصين في مكافحة الإرهاب.", published="2021-07-22")
    assert coded_as(done.events, "06")


def test_a_yes_no_question_states_no_event_but_a_why_question_presupposes_one() -> None:
    asked = analyze("وسأل الصحافي: هل ستحارب القوات السورية الجديدة تنظيم داعش فقط؟", published="2021-07-22")
    assert not asked.events
    why = analyze("لماذا تستهدف الولايات المتحدة الصين؟", published="2021-07-22")
    assert coded_as(why.events, "19")


def test_hosting_a_tournament_or_a_fashion_week_is_no_visit_and_a_forward_line_no_attack() -> None:
    for text in (
        "وستستضيف دبي نسختها من أسبوع الموضة العربي في مايو.",
        "ويبدو أن الفريق الفرنسي قد يفقد جهود نجم هجومه السويدي.",
    ):
        assert not analyze(text, published="2021-07-22").events, text
    assert coded_as(analyze("واستضاف الرئيس المصري نظيره الفرنسي في القاهرة.", published="2021-07-22").events, "043")


def test_a_match_report_codes_no_events_but_a_summit_at_a_match_still_does() -> None:
    report = (
        "فاز المنتخب البرازيلي على المنتخب المكسيكي بهدفين في مباراة الدوري، وسجل اللاعب هدفا في الشوط الثاني. "
        "وكانت المواجهة بين منتخبي البرازيل والمكسيك في ملعب المدينة، "
        "وقال مدرب المنتخب المكسيكي إن اللاعبين قدموا مباراة جيدة."
    )
    assert not analyze(report, published="2018-07-02").events
    summit = (
        "التقى الرئيس الفرنسي نظيره الروسي في الكرملين قبل ساعتين من موعد المباراة النهائية لكأس العالم، "
        "وبحث الرئيسان الأزمة السورية والعلاقات بين البلدين والاتفاق النووي مع إيران والعقوبات الأوروبية."
    )
    assert coded_as(analyze(summit, published="2018-07-15").events, "04")


def test_one_speakers_warning_told_in_the_lead_and_again_in_the_body_is_one_event() -> None:
    text = (
        "وحذر الرئيس الأمريكي دونالد ترامب إيران من استئناف برنامجها النووي. "
        "وقال ترامب في مؤتمر صحفي إن الاتفاق سيئ، محذرا طهران من العواقب."
    )
    events = analyze(text, published="2018-04-24").events
    assert len([e for e in events if e.cameo.startswith("13")]) == 1
