"""Precision round 10 (issue 7, judged draw 20261210): constructions that put the wrong actor on an event in
arbitrary news; sentences written for these tests."""

from __future__ import annotations

from events_helpers import Spec, evidence_events

_events = evidence_events


def test_the_name_after_an_office_and_its_country_adjective_is_the_office_holder_not_the_object() -> None:
    text = "وانتقد وزير النقل الإيطالي ماركو ديلريو سلوفينيا على صفحته في تويتر."
    specs: list[Spec] = [("الإيطالي", "LOC", "ITAGOV"), ("ماركو ديلريو", "PERS", "ITAGOV"), ("سلوفينيا", "LOC", "SVN")]
    events = _events(text, specs)
    assert [(code[:2], target) for trigger, code, _, target in events if trigger == "وانتقد"] == [("11", "SVN")]


def test_the_name_after_an_office_and_a_comma_is_no_one_warned() -> None:
    text = "حذّر وزير الاقتصاد الألماني، بيتر ألتمان، من أن الركود أصبح قريبا."
    specs: list[Spec] = [("الألماني", "LOC", "DEUGOV"), ("بيتر ألتمان", "PERS", "DEUGOV")]
    assert all(target != "DEUGOV" for _, _, _, target in _events(text, specs))


def test_a_name_with_a_title_of_its_own_after_an_office_stays_the_object() -> None:
    text = "استقبل الرئيس الغاني رئيس وزراء السنغال أمادو با في أكرا."
    specs: list[Spec] = [
        ("الغاني", "LOC", "GHAGOV"),
        ("السنغال", "LOC", "SENGOV"),
        ("أمادو با", "PERS", "SENGOV"),
        ("أكرا", "LOC", "GHA"),
    ]
    events = _events(text, specs)
    assert [(code[:2], source, target) for trigger, code, source, target in events if trigger == "استقبل"] == [
        ("04", "GHAGOV", "SENGOV")
    ]


def test_who_undergoes_criticism_is_its_target_whatever_the_noun_seemed_to_take() -> None:
    # «ومؤيدين لتركيا»: the owner of the critics after «ل» is neither the target nor the critic
    text = "وتعرضت النمسا لانتقادات من منظمات حقوقية ومؤيدين لتركيا في ألمانيا."
    specs: list[Spec] = [("النمسا", "LOC", "AUT"), ("تركيا", "LOC", "TUR"), ("ألمانيا", "LOC", "DEU")]
    events = _events(text, specs)
    assert all(source != "AUT" for _, _, source, _ in events)
    assert all(target in ("AUT", None) for _, _, _, target in events)


def test_a_received_act_takes_the_givers_after_min_as_sources() -> None:
    text = "وبعد طرد قوات الحكومة السورية من المدينة بدأ الفصيل بتلقي الدعم المالي من قطر والكويت."
    specs: list[Spec] = [
        ("السورية", "LOC", "SYRMIL"),
        ("الفصيل", "ORG", "SYRREB"),
        ("قطر", "LOC", "QAT"),
        ("الكويت", "LOC", "KWT"),
    ]
    events = _events(text, specs)
    assert {(source, target) for _, code, source, target in events if code[:2] == "07"} == {
        ("QAT", "SYRREB"),
        ("KWT", "SYRREB"),
    }


def test_an_outlet_after_a_lam_written_apart_is_whom_the_words_were_told_to() -> None:
    text = "وفي تعليق لـ CNN نفى المتحدث باسم الكرملين الاتهامات البريطانية."
    specs: list[Spec] = [("CNN", "ORG", "USAMED"), ("الكرملين", "ORG", "RUSGOV"), ("البريطانية", "LOC", "GBR")]
    events = _events(text, specs)
    assert all("USAMED" not in (source, target) for _, _, source, target in events)


def test_a_place_named_by_a_common_noun_expels_no_one() -> None:
    # «وتمكنت المحافظة من طرد»: the province is where, not who
    text = "وتقدمت القوات اليمنية في الحديدة. وتمكنت المحافظة من طرد الحوثيين من مواقعهم في الساحل."
    specs: list[Spec] = [("اليمنية", "LOC", "YEMMIL"), ("الحديدة", "LOC", "YEM"), ("الحوثيين", "ORG", "YEMREB")]
    assert [e for e in _events(text, specs) if e[0] == "طرد"] == []


def test_the_country_as_a_common_noun_threatens_no_one() -> None:
    text = "وتقدم الجيش اليمني نحو صعدة، وقال المتحدث إن البلاد ستطرد الحوثيين من المدينة."
    specs: list[Spec] = [("اليمني", "LOC", "YEMMIL"), ("صعدة", "LOC", "YEM"), ("الحوثيين", "ORG", "YEMREB")]
    assert all(source != "YEM" for _, _, source, _ in _events(text, specs))


def test_the_countries_after_fi_kull_min_are_where_the_militias_fight() -> None:
    # «تقاتل في كل من اليمن وليبيا»: places after «في», not two parties fighting each other
    text = "وتحدث الجنرال عن فصائل مسلحة موالية لطهران تقاتل في كل من اليمن وليبيا منذ سنوات."
    specs: list[Spec] = [("طهران", "LOC", "IRNGOV"), ("اليمن", "LOC", "YEM"), ("ليبيا", "LOC", "LBY")]
    assert all({source, target} != {"YEM", "LBY"} for _, _, source, target in _events(text, specs))


def test_kull_min_after_no_preposition_still_names_both_objects() -> None:
    text = "ودعا الأمين العام أنطونيو غوتيريش كلا من روسيا وتركيا إلى وقف القتال في إدلب."
    specs: list[Spec] = [("أنطونيو غوتيريش", "PERS", "IGOUNO"), ("روسيا", "LOC", "RUS"), ("تركيا", "LOC", "TUR")]
    events = _events(text, specs)
    assert {(source, target) for _, code, source, target in events if code[:2] == "02"} == {
        ("IGOUNO", "RUS"),
        ("IGOUNO", "TUR"),
    }


def test_hosting_a_weapons_system_is_no_hosted_visit() -> None:
    text = "ومنذ العام الماضي تستضيف بولندا أنظمة دفاع جوي أمريكية لردع أي هجوم روسي."
    specs: list[Spec] = [("بولندا", "LOC", "POL"), ("أمريكية", "LOC", "USA"), ("روسي", "LOC", "RUS")]
    assert [e for e in _events(text, specs) if e[1].startswith("043")] == []


def test_what_someone_deems_unlikely_is_no_act() -> None:
    text = "ورأى دبلوماسي آسيوي أن من المستبعد أن توقع الصين اتفاقا تجاريا مع بريطانيا."
    specs: list[Spec] = [("الصين", "LOC", "CHN"), ("بريطانيا", "LOC", "GBR")]
    assert _events(text, specs) == []


def test_a_newspapers_forecast_of_a_visit_is_no_intent() -> None:
    text = "وتوقعت الصحيفة أن يستقبل الرئيس الفرنسي نظيره الأمريكي في باريس الأسبوع المقبل."
    specs: list[Spec] = [("الفرنسي", "LOC", "FRAGOV"), ("الأمريكي", "LOC", "USAGOV"), ("باريس", "LOC", "FRA")]
    assert [e for e in _events(text, specs) if e[1].startswith("0")] == []


def test_an_announced_visit_stays_an_intent() -> None:
    text = "وذكر قصر الإليزيه أن ماكرون سيستقبل رئيس الوزراء الكندي الشهر المقبل."
    specs: list[Spec] = [("قصر الإليزيه", "ORG", "FRAGOV"), ("ماكرون", "PERS", "FRAGOV"), ("الكندي", "LOC", "CANGOV")]
    assert [(code[:2], source, target) for _, code, source, target in _events(text, specs)] == [
        ("03", "FRAGOV", "CANGOV")
    ]


def test_a_verb_after_its_subject_and_right_before_an_agent_phrase_is_a_passive() -> None:
    # «جنودها قتلوا على يد مسلحي الحركة»: the soldiers were killed, the militants killed them
    text = "وتقول الحكومة الأفغانية إن مئات من جنودها قتلوا على يد مسلحي طالبان خلال الشهر الماضي."
    specs: list[Spec] = [("الأفغانية", "LOC", "AFGGOV"), ("جنودها", "PERS", "AFGMIL"), ("طالبان", "ORG", "AFGINS")]
    events = _events(text, specs)
    assert [(source, target) for trigger, _, source, target in events if trigger == "قتلوا"] == [("AFGINS", "AFGMIL")]


def test_a_verb_after_its_subject_with_an_object_keeps_its_subject() -> None:
    text = "وأكدت الوزارة أن القوات الروسية قصفت مواقع المعارضة في إدلب أمس."
    specs: list[Spec] = [("الروسية", "LOC", "RUSMIL"), ("المعارضة", "ORG", "SYROPP"), ("إدلب", "LOC", "SYR")]
    events = _events(text, specs)
    assert [(source, target) for trigger, _, source, target in events if trigger == "قصفت"] == [("RUSMIL", "SYROPP")]


def test_a_crowd_clashing_with_the_police_riots_and_the_police_do_not() -> None:
    text = "واندلعت اشتباكات بين المحتجين الفرنسيين والشرطة الفرنسية في وسط باريس مساء السبت."
    specs: list[Spec] = [("الفرنسيين", "LOC", "FRACVL"), ("الفرنسية", "LOC", "FRACOP"), ("باريس", "LOC", "FRA")]
    codes = {(source, target): code for _, code, source, target in _events(text, specs)}
    assert codes.get(("FRACVL", "FRACOP")) == "145"
    assert codes.get(("FRACOP", "FRACVL"), "190").startswith("19")


def test_a_government_protesting_lodges_a_complaint() -> None:
    text = "واحتجت وزارة الخارجية المغربية بشدة على التصريحات الهولندية الأخيرة."
    specs: list[Spec] = [("المغربية", "LOC", "MARGOV"), ("الهولندية", "LOC", "NLD")]
    assert [(code, source, target) for _, code, source, target in _events(text, specs)] == [("114", "MARGOV", "NLD")]


def test_demonstrations_in_a_country_stay_a_protest() -> None:
    text = "وتشهد تونس منذ أيام احتجاجات عمالية في عدة مدن."
    specs: list[Spec] = [("تونس", "LOC", "TUN")]
    assert [code[:2] for _, code, _, _ in _events(text, specs)] == ["14"]
