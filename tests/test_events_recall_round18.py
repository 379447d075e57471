"""Recall of the eighteenth round: constructions of Arabic news the coder read only in part.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of


def test_an_unvowelled_arrest_of_a_definite_person_is_the_passive() -> None:
    text = "واعتقل الصحفي الموريتاني أحمد ولد سالم في نواذيبو مساء الأربعاء."
    doc = build(
        text,
        [("الموريتاني", "LOC", "MRTMED"), ("أحمد ولد سالم", "PERS", "MRTMED"), ("نواذيبو", "LOC", "MRT")],
    )
    assert coded(doc, "17") == {("MRTCOP", "MRTMED")}


def test_the_passive_of_a_definite_person_takes_the_agent_phrase() -> None:
    text = "وخطف الناشط الليبي في طرابلس على يد مسلحين من ميليشيا الردع."
    doc = build(text, [("الليبي", "LOC", "LBYCVL"), ("طرابلس", "LOC", "LBY"), ("ميليشيا الردع", "ORG", "LBYREB")])
    assert coded(doc, "18") == {("LBYREB", "LBYCVL")}


def test_a_body_after_the_verb_stays_the_subject() -> None:
    text = "واعتقلت الشرطة الكينية في نيروبي عشرات المحتجين."
    doc = build(text, [("الشرطة الكينية", "ORG", "KENCOP"), ("نيروبي", "LOC", "KEN")])
    assert ("KENCVL", "KENCOP") not in coded(doc, "17")
    assert all(source == "KENCOP" for source, _ in coded(doc, "17"))


def test_a_person_with_an_object_after_a_phrase_is_the_agent() -> None:
    text = "وهاجم الرئيس الكيني في خطابه الحكومة الأوغندية."
    doc = build(text, [("الكيني", "LOC", "KENGOV"), ("الحكومة الأوغندية", "ORG", "UGAGOV")])
    assert all(source == "KENGOV" for source, _ in coded(doc, "11") | coded(doc, "19"))


def test_a_comma_before_the_called_act_does_not_cut_it_from_the_appeal() -> None:
    text = "ودعت النرويج والدنمارك، لعقد اجتماع عاجل لمجلس القطب الشمالي بشأن الصيد."
    doc = build(text, [("النرويج", "LOC", "NOR"), ("والدنمارك", "LOC", "DNK"), ("مجلس القطب الشمالي", "ORG", "IGOARC")])
    events = {(s, t) for s, t in coded(doc, "02")}
    assert events == {("NOR", "IGOARC"), ("DNK", "IGOARC")}
    assert {e.cameo for e in events_of(doc) if e.cameo.startswith("02")} == {"026"}
    assert not coded(doc, "04")


def test_a_comma_before_an_adverbial_phrase_still_cuts() -> None:
    text = "وهددت النرويج الحكومة الدنماركية، في إشارة إلى فرض عقوبات على شركات الصيد."
    doc = build(text, [("النرويج", "LOC", "NOR"), ("الحكومة الدنماركية", "ORG", "DNKGOV")])
    assert not coded(doc, "16")


def test_the_matter_a_meeting_discusses_is_no_party() -> None:
    text = "ودعت النرويج إلى عقد اجتماع عاجل لمناقشة ملف استخدام الجيش الإثيوبي للطائرات المسيرة."
    doc = build(text, [("النرويج", "LOC", "NOR"), ("الجيش الإثيوبي", "ORG", "ETHMIL")])
    assert ("NOR", "ETHMIL") not in coded(doc, "02")


def test_the_other_party_before_the_purpose_stays_the_target() -> None:
    text = "والتقى وزير الخارجية النرويجي نظيره الدنماركي لبحث الهجوم الذي شنه الجيش الإثيوبي."
    doc = build(
        text, [("النرويجي", "LOC", "NORGOV"), ("الدنماركي", "LOC", "DNKGOV"), ("الجيش الإثيوبي", "ORG", "ETHMIL")]
    )
    pairs = coded(doc, "04")
    assert {frozenset(p) for p in pairs} == {frozenset({"NORGOV", "DNKGOV"})}


def test_an_attack_in_the_heart_of_a_city_falls_on_its_country() -> None:
    text = "وما زالت آثار التفجير الذي وقع في قلب لشبونة القديمة ظاهرة على الجدران."
    doc = build(text, [("لشبونة", "LOC", "PRT")])
    assert coded(doc, "18") == {(None, "PRT")}


def test_a_bombing_in_the_middle_of_a_named_capital_has_no_agent() -> None:
    text = "وانفجرت سيارة مفخخة في وسط العاصمة الكينية نيروبي صباح اليوم."
    doc = build(text, [("الكينية", "LOC", "KEN"), ("نيروبي", "LOC", "KEN")])
    assert coded(doc, "18") == {(None, "KEN")}


def test_a_part_of_a_place_does_not_place_an_attack_whose_agent_is_named() -> None:
    text = "وقصفت الطائرات التركية مواقع في شمال العراق."
    doc = build(text, [("التركية", "LOC", "TURMIL"), ("العراق", "LOC", "IRQ")])
    assert coded(doc, "19") == {("TURMIL", "IRQ")}


def test_standing_by_a_state_in_a_quotation_is_praise_of_it() -> None:
    text = 'وقال وزير الخارجية الأردني: "نحن نقف إلى جانب المغرب في هذه الظروف".'
    doc = build(
        text,
        [("الأردني", "LOC", "JORGOV"), ("المغرب", "LOC", "MAR")],
        quotes=[("نحن نقف إلى جانب المغرب في هذه الظروف", "وزير الخارجية الأردني", "JORGOV", None)],
    )
    assert ("JORGOV", "MAR") in coded(doc, "05")


def test_a_violation_of_international_law_in_a_quotation_is_criticism() -> None:
    text = 'وقال وزير الخارجية الأردني إن "الغارات الإسرائيلية على القرى انتهاك للقانون الدولي".'
    doc = build(
        text,
        [("الأردني", "LOC", "JORGOV"), ("الإسرائيلية", "LOC", "ISR")],
        quotes=[("الغارات الإسرائيلية على القرى انتهاك للقانون الدولي", "وزير الخارجية الأردني", "JORGOV", None)],
    )
    assert ("JORGOV", "ISR") in coded(doc, "11")


def test_a_warning_that_an_actor_does_harm_is_aimed_at_that_actor() -> None:
    text = "وحذرت الخارجية الماليزية، مساء الخميس، من أن الرسوم الأسترالية الجديدة ستضر بالتجارة، متوعدة بالرد."
    doc = build(text, [("الخارجية الماليزية", "ORG", "MYSGOV"), ("الأسترالية", "LOC", "AUS")])
    assert coded(doc, "13") == {("MYSGOV", "AUS")}


def test_a_warning_about_a_place_names_no_one_warned() -> None:
    text = "وحذرت الخارجية الماليزية من أن أي هجوم على مدينة ملقا سيكون كارثيا."
    doc = build(text, [("الخارجية الماليزية", "ORG", "MYSGOV"), ("ملقا", "LOC", "MYS")])
    assert not coded(doc, "13")


def test_an_obligation_laid_on_an_actor_in_reported_speech_is_an_appeal() -> None:
    text = "وقال وزير الخارجية النرويجي إن على الحكومة الإثيوبية أن تسمح بدخول المساعدات."
    doc = build(
        text,
        [("النرويجي", "LOC", "NORGOV"), ("الحكومة الإثيوبية", "ORG", "ETHGOV")],
        quotes=[("على الحكومة الإثيوبية أن تسمح بدخول المساعدات", "وزير الخارجية النرويجي", "NORGOV", None)],
    )
    assert ("NORGOV", "ETHGOV") in coded(doc, "02")


def test_despite_opening_the_reported_words_lays_no_obligation() -> None:
    text = "وقال وزير الخارجية النرويجي إن على الرغم من الخلاف فإن الحكومة الإثيوبية شريك مهم."
    doc = build(
        text,
        [("النرويجي", "LOC", "NORGOV"), ("الحكومة الإثيوبية", "ORG", "ETHGOV")],
        quotes=[("على الرغم من الخلاف فإن الحكومة الإثيوبية شريك مهم", "وزير الخارجية النرويجي", "NORGOV", None)],
    )
    assert not coded(doc, "02")
