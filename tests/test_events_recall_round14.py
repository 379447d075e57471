"""Round 14 (recall): arguments the coder used to miss; sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def _pairs(text: str, specs: list, root: str) -> list[tuple[str | None, str | None]]:  # type: ignore[type-arg]
    return [(e.source.actor, e.target.actor) for e in events_of(build(text, specs)) if e.cameo.startswith(root)]


def test_coordinated_verb_in_a_that_clause_shares_the_subject_before_the_first_verb() -> None:
    text = "وذكر شهود أن جنودا ماليين داهموا سوقا في قرية قرب الحدود، واعتقلوا عشرين تاجرا نيجريين."
    specs = [("ماليين", "MISC", "MLIMIL"), ("نيجريين", "MISC", "NER")]
    assert _pairs(text, specs, "17") == [("MLIMIL", "NERBUS")]


def test_coordinated_verb_in_a_that_clause_takes_the_actor_after_it_as_object() -> None:
    text = "وقال المتحدث إن أنقرة ستغلق القنصلية وتستدعي سفيرها، واتهم الحكومة السويدية بدعم المسلحين."
    specs = [("المتحدث", "PERS", None), ("أنقرة", "LOC", "TURGOV"), ("الحكومة السويدية", "ORG", "SWEGOV")]
    assert _pairs(text, specs, "11") == [("TURGOV", "SWEGOV")]


def test_first_verb_after_a_that_noun_with_no_actor_still_has_no_subject_after_it() -> None:
    text = "وأشار التقرير إلى أن الهدنة صمدت أياما رعتها قطر."
    specs = [("قطر", "LOC", "QAT")]
    assert all(e.source.actor != "QAT" or e.cameo[:2] == "05" for e in events_of(build(text, specs)))


def test_an_accusative_noun_after_and_is_no_coordinated_verb() -> None:
    text = "وقال الناطق إن ما تقوم به الجماعة يعد تهديدا للسلم وخرقاً للقرارات الدولية."
    specs = [("الجماعة", "ORG", "SOMREB")]
    assert _pairs(text, specs, "12") == []


def test_object_after_a_description_of_the_subject_set_off_by_commas() -> None:
    text = "وانتقدت النرويج، الحليف التقليدي للدنمارك، الحكومة البولندية."
    specs = [("النرويج", "LOC", "NOR"), ("للدنمارك", "LOC", "DNK"), ("الحكومة البولندية", "ORG", "POLGOV")]
    assert _pairs(text, specs, "11") == [("NOR", "POLGOV")]


def test_judged_act_after_a_description_of_the_subject_gives_its_agent() -> None:
    text = "وأدانت تشيلي، العضو في منظمة الدول الأمريكية، القصف الفنزويلي على غيانا."
    specs = [
        ("تشيلي", "LOC", "CHL"),
        ("منظمة الدول الأمريكية", "ORG", "IGOOAS"),
        ("الفنزويلي", "LOC", "VEN"),
        ("غيانا", "LOC", "GUY"),
    ]
    assert _pairs(text, specs, "11") == [("CHL", "VEN")]


def test_description_followed_by_no_actor_is_not_skipped_to_an_adjunct() -> None:
    text = "واحتجزت الشرطة البرتغالية المهرب، المطلوب في فرنسا بتهمة السرقة، بناء على مذكرة توقيف أوروبية."
    specs = [("الشرطة البرتغالية", "ORG", "PRTCOP"), ("فرنسا", "LOC", "FRA"), ("أوروبية", "MISC", "EUR")]
    assert ("PRTCOP", "EUR") not in _pairs(text, specs, "17")


def test_recipient_before_the_required_object() -> None:
    text = "وقدمت الشرطة النمساوية للمحققين الألمان أدلة جديدة."
    specs = [("الشرطة النمساوية", "ORG", "AUTCOP"), ("الألمان", "MISC", "DEUJUD")]
    assert _pairs(text, specs, "06") == [("AUTCOP", "DEUJUD")]


def test_recipient_set_off_by_commas_before_the_required_object() -> None:
    text = "وقدم وزير الدفاع الماليزي، لنظيره الإندونيسي، شرحا عن المناورات."
    specs = [("وزير الدفاع الماليزي", "PERS", "MYSGOV"), ("الإندونيسي", "MISC", "IDNGOV")]
    assert _pairs(text, specs, "06") == [("MYSGOV", "IDNGOV")]


def test_object_after_an_adverbial_aside_after_the_subject() -> None:
    text = "واتهمت بلغاريا، في بيان لوزارة الداخلية، الحكومة المقدونية بتزوير الوثائق."
    specs = [("بلغاريا", "LOC", "BGR"), ("الحكومة المقدونية", "ORG", "MKDGOV")]
    assert _pairs(text, specs, "11") == [("BGR", "MKDGOV")]


def test_object_after_a_country_adjective_and_an_adverbial_aside() -> None:
    text = "وانتقدت وزارة الخارجية الكندية، على لسان المتحدثة باسمها، الحكومة الفنزويلية."
    specs = [("وزارة الخارجية", "ORG", "CANGOV"), ("الكندية", "LOC", "CANGOV"), ("الفنزويلية", "LOC", "VENGOV")]
    assert _pairs(text, specs, "11") == [("CANGOV", "VENGOV")]


def test_an_actor_set_off_by_commas_after_a_country_adjective_stays_the_object() -> None:
    text = "واتهمت وزارة الخارجية الروسية، بريطانيا، بتضليل الرأي العام."
    specs = [("وزارة الخارجية", "ORG", "RUSGOV"), ("الروسية", "LOC", "RUSGOV"), ("بريطانيا", "LOC", "GBR")]
    assert _pairs(text, specs, "11") == [("RUSGOV", "GBR")]


def test_a_counted_object_after_the_subject_makes_the_verb_of_harm_active() -> None:
    text = "واعتقلت قوات الأمن اليونانية عشرين شخصا في أثينا."
    specs = [("اليونانية", "LOC", "GRCCOP"), ("أثينا", "LOC", "GRC")]
    assert all(e.target.actor != "GRCCOP" for e in events_of(build(text, specs)))


def test_denial_of_an_accusation_targets_the_accuser_and_the_accusation_the_denier() -> None:
    text = "ونفت الحكومة الفنزويلية اتهامات منظمة هيومن رايتس ووتش."
    specs = [("الحكومة الفنزويلية", "ORG", "VENGOV"), ("منظمة هيومن رايتس ووتش", "ORG", "NGOHRW")]
    coded = [(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, specs))]
    assert sorted(coded) == [("016", "VENGOV", "NGOHRW"), ("112", "NGOHRW", "VENGOV")]


def test_denial_of_accusations_made_in_a_relative_clause() -> None:
    text = "ونفى رئيس الوزراء الماليزي الاتهامات التي وجهتها إليه السلطات السنغافورية."
    specs = [("رئيس الوزراء الماليزي", "PERS", "MYSGOV"), ("السلطات السنغافورية", "ORG", "SGPGOV")]
    assert _pairs(text, specs, "016") == [("MYSGOV", "SGPGOV")]


def test_demand_for_a_named_agents_withdrawal_targets_the_agent_not_the_place() -> None:
    text = "وطالبت نيامي بانسحاب القوات الفرنسية من شمال النيجر."
    specs = [("نيامي", "LOC", "NERGOV"), ("الفرنسية", "LOC", "FRAMIL"), ("النيجر", "LOC", "NER")]
    assert [(e.source.actor, e.target.actor) for e in events_of(build(text, specs)) if e.cameo.startswith("10")] == [
        ("NERGOV", "FRAMIL")
    ]


def test_rejected_act_of_another_targets_its_agent() -> None:
    text = "ورفضت أنقرة انسحاب القوات الروسية من ليبيا."
    specs = [("أنقرة", "LOC", "TURGOV"), ("الروسية", "LOC", "RUSMIL"), ("ليبيا", "LOC", "LBY")]
    assert _pairs(text, specs, "12") == [("TURGOV", "RUSMIL")]


def test_protesters_demanding_their_presidents_departure() -> None:
    text = "وخرج آلاف المتظاهرين يطالبون برحيل الرئيس الزيمبابوي."
    specs = [("المتظاهرين", "MISC", "ZWECVL"), ("الرئيس الزيمبابوي", "PERS", "ZWEGOV")]
    assert _pairs(text, specs, "10") == [("ZWECVL", "ZWEGOV")]
