"""General news vocabulary of the second lexicon pass: appreciation, resumed relations, relief distribution,
release on bail, halting military operations (alone and under an appeal), reinforcements, suspended
cooperation, police raids, and the word-form rules they rely on. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of, summary
from rasd.events.morphology import verb_forms


def test_congratulating_is_praise_though_its_normal_form_is_here() -> None:
    # «هنأ» normalises to «هنا» (here), a stop word; the written hamza tells them apart
    text = "هنأ رئيس الوزراء التونسي نظيره المغربي بنجاح القمة."
    doc = build(text, [("التونسي", "LOC", "TUNGOV"), ("المغربي", "LOC", "MARGOV")])
    assert coded(doc, "051") == {("TUNGOV", "MARGOV")}


def test_expressing_appreciation_is_praise() -> None:
    text = "وأعرب وزير الخارجية الأردني عن تقديره للحكومة المصرية."
    doc = build(text, [("الأردني", "LOC", "JORGOV"), ("المصرية", "LOC", "EGYGOV")])
    assert coded(doc, "051") == {("JORGOV", "EGYGOV")}


def test_expressing_anger_is_disapproval() -> None:
    text = "وأعربت الحكومة الفرنسية عن غضبها من القرار الإيطالي."
    doc = build(text, [("الحكومة الفرنسية", "ORG", "FRAGOV"), ("الإيطالي", "LOC", "ITAGOV")])
    assert summary(events_of(doc)) == {("110", "FRAGOV", "ITAGOV")}


def test_resuming_relations_is_diplomatic_cooperation() -> None:
    text = "واستأنفت كوبا علاقاتها مع الصين."
    doc = build(text, [("كوبا", "LOC", "CUB"), ("الصين", "LOC", "CHN")])
    assert summary(events_of(doc)) == {("050", "CUB", "CHN")}


def test_distributing_food_is_humanitarian_aid() -> None:
    text = "ووزعت جمعية الهلال الأحمر الإماراتي سلالا غذائية على النازحين اليمنيين."
    doc = build(text, [("الهلال الأحمر الإماراتي", "ORG", "ARENGO"), ("اليمنيين", "LOC", "YEM")])
    assert {(e.cameo, e.source.actor) for e in events_of(doc)} == {("073", "ARENGO")}


def test_release_on_bail_and_freeing_with_the_subject_between_verb_and_object() -> None:
    text = "وأخلت السلطات التركية سبيل الصحفي الألماني."
    doc = build(text, [("السلطات التركية", "ORG", "TURGOV"), ("الألماني", "LOC", "DEUMED")])
    assert summary(events_of(doc)) == {("0841", "TURGOV", "DEUMED")}
    text = "وأطلقت حركة طالبان سراح ثلاثة جنود أفغان."
    doc = build(text, [("طالبان", "ORG", "AFGINS"), ("أفغان", "LOC", "AFGMIL")])
    assert summary(events_of(doc)) == {("0841", "AFGINS", "AFGMIL")}


def test_halting_operations_is_de_escalation_and_an_appeal_to_halt_them_is_an_appeal_for_it() -> None:
    halted = "وأوقفت القوات الروسية العمليات العسكرية ضد المعارضة السورية."
    doc = build(halted, [("القوات الروسية", "ORG", "RUSMIL"), ("المعارضة السورية", "ORG", "SYROPP")])
    assert summary(events_of(doc)) == {("087", "RUSMIL", "SYROPP")}
    appeal = "ودعا الأمين العام للأمم المتحدة روسيا وتركيا إلى وقف القتال."
    doc = build(appeal, [("للأمم المتحدة", "ORG", "IGOUNO"), ("روسيا", "LOC", "RUS"), ("تركيا", "LOC", "TUR")])
    assert summary(events_of(doc)) == {("0256", "IGOUNO", "RUS"), ("0256", "IGOUNO", "TUR")}


def test_sending_reinforcements_is_a_force_posture() -> None:
    text = "ودفع الجيش التركي بتعزيزات عسكرية إلى الحدود مع سوريا."
    doc = build(text, [("الجيش التركي", "ORG", "TURMIL"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "15") == {("TURMIL", "SYR")}


def test_suspending_cooperation_reduces_relations() -> None:
    text = "وعلق الاتحاد الأوروبي التعاون مع الحكومة السورية."
    doc = build(text, [("الاتحاد الأوروبي", "ORG", "IGOEUR"), ("الحكومة السورية", "ORG", "SYRGOV")])
    assert summary(events_of(doc)) == {("160", "IGOEUR", "SYRGOV")}


def test_storming_is_force_by_soldiers_and_a_raid_by_police() -> None:
    text = "واقتحم الجيش الإسرائيلي مخيم جنين."
    doc = build(text, [("الجيش الإسرائيلي", "ORG", "ISRMIL"), ("جنين", "LOC", "PSE")])
    assert summary(events_of(doc)) == {("190", "ISRMIL", "PSE")}
    text = "واقتحمت الشرطة الكينية مقر حزب المعارضة."
    doc = build(text, [("الشرطة الكينية", "ORG", "KENCOP"), ("حزب المعارضة", "ORG", "KENOPP")])
    assert summary(events_of(doc)) == {("173", "KENCOP", "KENOPP")}


def test_a_doubled_verb_has_no_dual_written_like_its_accusative_noun() -> None:
    forms = verb_forms("صد", "يصد")
    assert {"صد", "صدت", "صدوا", "يصد"} <= set(forms)
    assert "صدا" not in forms  # «صدًّا لأي هجوم» is the verbal noun
    assert "دعا" in verb_forms("دعا", "يدعو")  # a final-weak verb keeps its own «ا»


def test_acts_that_are_events_only_when_asked_for() -> None:
    text = "وطالب رئيس البرلمان العراقي الحكومة العراقية بإقالة الوزراء الفاسدين."
    doc = build(text, [("العراقي", "LOC", "IRQLEG"), ("الحكومة العراقية", "ORG", "IRQGOV")])
    assert summary(events_of(doc)) == {("1041", "IRQLEG", "IRQGOV")}  # a demand for a change in leadership
    text = "ودعت الجامعة العربية الحكومة الليبية إلى تسوية سياسية للأزمة."
    doc = build(text, [("الجامعة العربية", "ORG", "IGOARL"), ("الحكومة الليبية", "ORG", "LBYGOV")])
    assert summary(events_of(doc)) == {("027", "IGOARL", "LBYGOV")}
    text = "وحث وزير الخارجية البريطاني روسيا على الكشف عن برنامجها الكيميائي."
    doc = build(text, [("البريطاني", "LOC", "GBRGOV"), ("روسيا", "LOC", "RUS")])
    assert summary(events_of(doc)) == {("0214", "GBRGOV", "RUS")}


def test_an_act_that_is_no_event_alone_is_none_when_only_decided() -> None:
    text = "وقررت الحكومة المصرية الكشف عن نتائج التحقيق مع الشركة الإيطالية."
    doc = build(text, [("الحكومة المصرية", "ORG", "EGYGOV"), ("الإيطالية", "LOC", "ITABUS")])
    assert events_of(doc) == []
    text = "وأعلن رئيس الوزراء الأردني استقالته."
    assert events_of(build(text, [("الأردني", "LOC", "JORGOV")])) == []


def test_the_weapon_named_by_an_instrument_phrase_refines_the_attack() -> None:
    text = "وشنت حركة طالبان هجوما بسيارة مفخخة على قاعدة للجيش الأفغاني."
    doc = build(text, [("طالبان", "ORG", "AFGINS"), ("الأفغاني", "LOC", "AFGMIL")])
    assert summary(events_of(doc)) == {("1832", "AFGINS", "AFGMIL")}
    text = "وشنت حركة طالبان هجوما بطائرة مسيرة مفخخة على قاعدة للجيش الأفغاني."
    doc = build(text, [("طالبان", "ORG", "AFGINS"), ("الأفغاني", "LOC", "AFGMIL")])
    assert {e.cameo for e in events_of(doc)} != {"1832"}  # a drone is no car bomb


def test_a_crowd_attacking_is_a_violent_protest() -> None:
    text = "وهاجم متظاهرون فلسطينيون الجيش الإسرائيلي."
    doc = build(text, [("فلسطينيون", "LOC", "PSECVL"), ("الجيش الإسرائيلي", "ORG", "ISRMIL")])
    assert coded(doc, "14") == {("PSECVL", "ISRMIL")}
    assert coded(doc, "19") == set()


def test_receiving_a_phone_call_from_an_actor_is_a_call_between_both() -> None:
    text = "وتلقى ولي العهد السعودي اتصالا هاتفيا من الرئيس الفرنسي."
    doc = build(text, [("السعودي", "LOC", "SAUGOV"), ("الفرنسي", "LOC", "FRAGOV")])
    assert summary(events_of(doc)) == {("041", "SAUGOV", "FRAGOV")}


def test_pressure_on_an_actor_is_a_demand_coded_by_what_it_presses_for() -> None:
    text = "ومارست روسيا ضغوطا على الحكومة السورية للقبول بالمفاوضات."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("الحكومة السورية", "ORG", "SYRGOV")])
    assert summary(events_of(doc)) == {("106", "RUS", "SYRGOV")}  # a demand to negotiate
    text = "وتضغط الولايات المتحدة على تركيا للإفراج عن القس الأمريكي."
    doc = build(text, [("الولايات المتحدة", "LOC", "USA"), ("تركيا", "LOC", "TUR"), ("الأمريكي", "LOC", "USA")])
    assert ("1053", "USA", "TUR") in summary(events_of(doc))  # a demand to release


def test_a_pardon_and_a_release_name_the_freed_after_their_preposition() -> None:
    text = "وأصدر الرئيس المصري عفوا عن بيتر غريستي."
    doc = build(text, [("المصري", "LOC", "EGYGOV"), ("بيتر غريستي", "PERS", "AUSMED")])
    assert summary(events_of(doc)) == {("0841", "EGYGOV", "AUSMED")}
    text = "وأعلنت السلطات المصرية الإفراج عن بيتر غريستي."
    doc = build(text, [("السلطات المصرية", "ORG", "EGYGOV"), ("بيتر غريستي", "PERS", "AUSMED")])
    assert summary(events_of(doc)) == {("0841", "EGYGOV", "AUSMED")}


def test_providing_lends_its_subject_to_the_aid_it_provides() -> None:
    text = "وتعهدت السعودية بتوفير مساعدات إنسانية لليمن."
    doc = build(text, [("السعودية", "LOC", "SAU"), ("لليمن", "LOC", "YEM")])
    assert summary(events_of(doc)) == {("0333", "SAU", "YEM")}


def test_blame_for_an_attack_is_an_accusation_of_aggression_unless_it_was_a_war_crime() -> None:
    text = "وحملت الحكومة اليمنية الحوثيين مسؤولية الهجوم على ميناء الحديدة."
    doc = build(text, [("الحكومة اليمنية", "ORG", "YEMGOV"), ("الحوثيين", "ORG", "YEMREB")])
    assert summary(events_of(doc)) == {("1123", "YEMGOV", "YEMREB")}
    text = "وحملت الحكومة الفرنسية النظام السوري مسؤولية الهجوم الكيميائي على دوما."
    doc = build(text, [("الحكومة الفرنسية", "ORG", "FRAGOV"), ("النظام السوري", "ORG", "SYRGOV")])
    assert summary(events_of(doc)) == {("1124", "FRAGOV", "SYRGOV")}


def test_support_in_the_air_is_military_aid() -> None:
    text = "وقدمت الولايات المتحدة دعما جويا للجيش العراقي."
    doc = build(text, [("الولايات المتحدة", "LOC", "USA"), ("للجيش العراقي", "ORG", "IRQMIL")])
    assert summary(events_of(doc)) == {("072", "USA", "IRQMIL")}


def test_protesters_storming_a_building_is_a_violent_protest() -> None:
    text = "واقتحم متظاهرون عراقيون مبنى الحكومة المحلية."
    doc = build(text, [("عراقيون", "LOC", "IRQCVL"), ("الحكومة المحلية", "ORG", "IRQGOV")])
    assert summary(events_of(doc)) == {("145", "IRQCVL", "IRQGOV")}


def test_the_imperfect_of_calling_is_no_call() -> None:
    text = "وتتصل حدود المحافظة الشمالية بالأردن."
    assert events_of(build(text, [("بالأردن", "LOC", "JOR")])) == []


def test_a_curfew_or_emergency_falls_on_the_people_of_the_place_or_of_the_imposing_country() -> None:
    text = "وأعلنت الحكومة الليبية حالة الطوارئ في طرابلس."
    doc = build(text, [("الحكومة الليبية", "ORG", "LBYGOV"), ("طرابلس", "LOC", "LBY")])
    assert summary(events_of(doc)) == {("1724", "LBYGOV", "LBY")}
    text = "وفرضت السلطات السودانية حظر التجول."
    doc = build(text, [("السلطات السودانية", "ORG", "SDNGOV")])
    assert summary(events_of(doc)) == {("1723", "SDNGOV", "SDN")}


def test_trading_accusations_is_a_mutual_accusation_not_an_exchange_of_fire() -> None:
    text = "وتبادلت الهند وباكستان الاتهامات بخرق وقف إطلاق النار."
    doc = build(text, [("الهند", "LOC", "IND"), ("باكستان", "LOC", "PAK")])
    assert coded(doc, "112") == {("IND", "PAK"), ("PAK", "IND")}
    assert coded(doc, "19") == set()


def test_lifting_a_state_of_emergency_eases_it_and_one_named_as_a_time_frame_is_no_event() -> None:
    text = "ورفعت الحكومة التركية حالة الطوارئ."
    doc = build(text, [("الحكومة التركية", "ORG", "TURGOV")])
    assert summary(events_of(doc)) == {("0814", "TURGOV", "TUR")}
    text = "وقال وزير الخارجية الأمريكي إن الانتخابات التركية جرت في ظل حالة الطوارئ."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("التركية", "LOC", "TUR")])
    assert coded(doc, "17") == set()


def test_sending_a_cable_lends_its_subject_to_the_congratulation_it_carries() -> None:
    text = "وبعث أمير قطر برقية تهنئة إلى الرئيس التونسي."
    doc = build(text, [("قطر", "LOC", "QATGOV"), ("التونسي", "LOC", "TUNGOV")])
    assert summary(events_of(doc)) == {("051", "QATGOV", "TUNGOV")}


def test_closing_a_crossing_to_a_people_restricts_their_movement() -> None:
    text = "وأغلقت مصر معبر رفح أمام الفلسطينيين."
    doc = build(text, [("مصر", "LOC", "EGY"), ("الفلسطينيين", "LOC", "PSE")])
    assert {(e.cameo, e.source.actor, (e.target.actor or "")[:3]) for e in events_of(doc)} == {("191", "EGY", "PSE")}
