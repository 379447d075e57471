"""Precision round 9 (issue 7, judged draw 20261209): constructions that put the wrong actor or code on an event in
arbitrary news; sentences written for these tests."""

from __future__ import annotations

from events_helpers import Spec, evidence_events

_events = evidence_events


def test_a_verb_with_an_object_pronoun_after_an_indefinite_noun_describes_that_noun() -> None:
    # «مواطنين فرنسيين اعتقلتهم إيران»: no relative pronoun after an indefinite noun; Iran arrested the French
    text = "وأشار التقرير إلى ثلاثة مواطنين فرنسيين اعتقلتهم إيران العام الماضي."
    specs: list[Spec] = [("فرنسيين", "LOC", "FRACVL"), ("إيران", "LOC", "IRN")]
    events = _events(text, specs)
    assert ("اعتقلتهم", "173", "IRN", "FRACVL") in events
    assert all(source != "FRACVL" for _, _, source, _ in events)


def test_the_first_leader_a_president_receives_is_the_guest() -> None:
    text = "وسيكون رئيس كينيا أول زعيم أجنبي يستقبله الرئيس البرازيلي بعد الانتخابات."
    specs: list[Spec] = [
        ("رئيس كينيا", "PERS", "KENGOV"),
        ("زعيم أجنبي", "PERS", "KENGOV"),
        ("البرازيلي", "LOC", "BRAGOV"),
    ]
    events = _events(text, specs)
    assert [(code[:2], source, target) for trigger, code, source, target in events if trigger == "يستقبله"] == [
        ("04", "BRAGOV", "KENGOV")
    ]


def test_a_described_noun_that_names_no_actor_lends_its_pronoun_to_no_one_else() -> None:
    # «جماعة تتهمها الحكومة»: the pronoun is the group, not the envoy named earlier in the sentence
    text = "وتحدث المبعوث الأممي عن جماعة مسلحة تتهمها الحكومة النيجيرية بخطف الطالبات."
    specs: list[Spec] = [("المبعوث الأممي", "PERS", "IGOUNO"), ("النيجيرية", "LOC", "NGAGOV")]
    events = _events(text, specs)
    assert all(target != "IGOUNO" for _, _, _, target in events)
    assert all(source != "IGOUNO" for _, code, source, _ in events if code.startswith("11"))


def test_a_described_agreement_keeps_the_partner_named_with_its_preposition() -> None:
    text = "ونصت اتفاقية أبرمتها أنقرة مع موسكو على تسليم المنظومة قبل الصيف."
    specs: list[Spec] = [("أنقرة", "LOC", "TURGOV"), ("موسكو", "LOC", "RUSGOV")]
    events = _events(text, specs)
    assert ("أبرمتها", "057", "TURGOV", "RUSGOV") in events


def test_a_possessive_under_a_participle_after_the_main_clause_is_the_main_subject() -> None:
    # «، معربة عن تضامنها»: the league expresses solidarity, not the state it called on
    text = "وطالبت الجامعة العربية إسرائيل بوقف الاستيطان في الضفة الغربية، معربة عن تضامنها مع الشعب الفلسطيني."
    specs: list[Spec] = [
        ("الجامعة العربية", "ORG", "IGOARL"),
        ("إسرائيل", "LOC", "ISR"),
        ("الشعب الفلسطيني", "LOC", "PSE"),
    ]
    events = _events(text, specs)
    assert [(source, target) for trigger, code, source, target in events if code.startswith("01")] == [
        ("IGOARL", "PSE")
    ]


def test_a_possessive_with_no_participle_before_it_keeps_the_nearest_actor() -> None:
    text = "وسيلتقي الرئيس المصري الجالية المصرية في باريس خلال زيارته إلى فرنسا."
    specs: list[Spec] = [("الرئيس المصري", "PERS", "EGYGOV"), ("فرنسا", "LOC", "FRA")]
    assert ("زيارته", "042", "EGYGOV", "FRA") in _events(text, specs)


def test_a_verb_after_a_relative_clause_resumes_the_main_clause_with_the_antecedent_as_subject() -> None:
    # «الميليشيات التي يدعمها الحرس الثوري هاجمت»: the militias attacked; the Guard only backs them
    text = "وأكد البيان أن الميليشيات التي يدعمها الحرس الثوري هاجمت مواقع الجيش العراقي."
    specs: list[Spec] = [
        ("الميليشيات", "ORG", "IRQREB"),
        ("الحرس الثوري", "ORG", "IRNMIL"),
        ("الجيش العراقي", "ORG", "IRQMIL"),
    ]
    events = _events(text, specs)
    assert ("هاجمت", "190", "IRQREB", "IRQMIL") in events
    assert all(source != "IRNMIL" for _, code, source, _ in events if code.startswith("19"))


def test_a_verb_after_a_relative_clause_and_qad_keeps_the_antecedent() -> None:
    text = "وكانت الفصائل التي تمولها قطر قد اقتحمت البلدة."
    specs: list[Spec] = [("الفصائل", "ORG", "SYRREB"), ("قطر", "LOC", "QAT")]
    events = _events(text, specs)
    assert [source for trigger, _, source, _ in events if trigger == "اقتحمت"] == ["SYRREB"]


def test_a_verb_far_after_a_relative_clause_is_not_resumed() -> None:
    # words other than the relative clause's actors between the two verbs: no resumption of the main clause
    text = "وتحدث المسؤول عن الرهائن الذين أطلقتهم كينيا مقابل تسليم أربعة مهربين اعتقلتهم الشرطة التنزانية."
    specs: list[Spec] = [("كينيا", "LOC", "KEN"), ("الشرطة التنزانية", "ORG", "TZACOP")]
    events = _events(text, specs)
    assert all(target != "TZACOP" for _, code, _, target in events if code.startswith("17"))


def test_forces_pulled_out_are_the_sources_own_and_the_place_left_is_the_target() -> None:
    text = "وأعلن الرئيس الفرنسي رغبته في سحب القوات الفرنسية من سوريا قبل نهاية العام."
    specs: list[Spec] = [("الرئيس الفرنسي", "PERS", "FRAGOV"), ("الفرنسية", "LOC", "FRAMIL"), ("سوريا", "LOC", "SYR")]
    events = _events(text, specs)
    assert [(code[:2], source, target) for _, code, source, target in events if code.startswith(("03", "08"))] == [
        ("03", "FRAGOV", "SYR")
    ]


def test_a_retreat_from_a_city_of_ones_own_country_keeps_the_city() -> None:
    text = "وأكدت باماكو انسحاب الجنود الماليين من بلدة غاو عقب هجوم للمتمردين."
    specs: list[Spec] = [("الجنود الماليين", "ORG", "MLIMIL"), ("بلدة غاو", "LOC", "MLI")]
    assert ("انسحاب", "0874", "MLIMIL", "MLI") in _events(text, specs)


def test_an_actor_in_an_aside_opened_by_wahuwa_is_no_subject_of_the_verb_after_it() -> None:
    # «، وهو روماني ...، اعتقل»: the Romanian is the driver described, and the arrested one
    text = "وأوضح المتحدث أن سائق الحافلة، وهو روماني يبلغ من العمر 35 عاما، اعتقل للاشتباه في نقل المهاجرين."
    specs: list[Spec] = [("روماني", "LOC", "ROU"), ("المهاجرين", "PERS", "ROUCVL")]
    events = _events(text, specs)
    assert all(source != "ROU" for _, code, source, _ in events if code.startswith("17"))


def test_a_question_word_before_a_verb_with_an_object_pronoun_is_no_described_noun() -> None:
    # «لماذا تعتقله السلطات»: the pronoun stands for the researcher named before, as it did without the rule
    text = "ودافعت الصحيفة عن الباحث السويدي، وتساءلت لماذا تعتقله السلطات الإيرانية."
    specs: list[Spec] = [("الباحث السويدي", "PERS", "SWECVL"), ("السلطات الإيرانية", "ORG", "IRNGOV")]
    assert ("تعتقله", "173", "IRNGOV", "SWECVL") in _events(text, specs)
