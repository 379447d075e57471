"""Argument rules of the eighth round. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_a_denial_of_these_accusations_targets_the_accuser() -> None:
    # «ووصف الكرملين هذه الاتهامات»: the accusations are Britain's, reported in the sentence before
    text = "واتهمت بريطانيا روسيا بتسميم الجاسوس السابق. ووصف الكرملين هذه الاتهامات بأنها سخيفة."
    doc = build(text, [("بريطانيا", "LOC", "GBR"), ("روسيا", "LOC", "RUS"), ("الكرملين", "ORG", "RUSGOV")])
    assert coded(doc, "01") == {("RUSGOV", "GBR")}


def test_a_denial_with_no_object_answers_the_last_accusation_against_the_denier() -> None:
    text = "واتهمت بريطانيا روسيا بتسميم الجاسوس السابق. ولا تزال موسكو تنفي أي تورط في الحادث."
    doc = build(text, [("بريطانيا", "LOC", "GBR"), ("روسيا", "LOC", "RUS"), ("موسكو", "LOC", "RUSGOV")])
    assert coded(doc, "01") == {("RUSGOV", "GBR")}


def test_a_denial_answers_no_accusation_against_someone_else() -> None:
    # Britain accused Iran, not Russia: Moscow's denial answers no accusation the article reported
    text = "واتهمت بريطانيا إيران بتسميم الجاسوس السابق. ولا تزال موسكو تنفي أي تورط في الحادث."
    doc = build(text, [("بريطانيا", "LOC", "GBR"), ("إيران", "LOC", "IRN"), ("موسكو", "LOC", "RUSGOV")])
    assert ("RUSGOV", "GBR") not in coded(doc, "01")


def test_denied_accusations_of_no_named_accuser_are_not_the_previous_speakers() -> None:
    # the accusations pointed at Russia have no accuser; the president who mentions them did not make them
    text = (
        "وذكر الرئيس الفرنسي قضية تسميم الجاسوس في بريطانيا، والتي وجهت فيها أصابع الاتهام نحو روسيا، "
        "في وقت نفت فيه روسيا تلك الاتهامات."
    )
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("بريطانيا", "LOC", "GBR"), ("روسيا", "LOC", "RUS", 2)])
    assert not {target for _source, target in coded(doc, "01")} & {"FRAGOV", "GBR"}


def test_criticism_of_this_announcement_targets_who_the_sentence_before_quoted() -> None:
    # «انتقدت فلانة، عضو المجلس، هذا الإعلان»: the announcement is the Israeli minister's, quoted just before
    text = (
        'وقال وزير الدفاع الإسرائيلي: "سنبني آلاف الوحدات في الضفة". '
        "من جهتها انتقدت حنان عشراوي، عضو منظمة التحرير الفلسطينية، هذا الإعلان."
    )
    doc = build(
        text,
        [("الإسرائيلي", "LOC", "ISRGOV"), ("حنان عشراوي", "PERS", "PSEGOV"), ("منظمة التحرير", "ORG", "PSEGOV")],
        quotes=[("سنبني آلاف الوحدات في الضفة", "وزير الدفاع الإسرائيلي", "ISRGOV", None)],
    )
    assert ("PSEGOV", "ISRGOV") in coded(doc, "11")


def test_opposing_these_attempts_targets_the_actor_of_the_clause_before() -> None:
    text = "والسلطة الفلسطينية تسعى إلى اعتراف من الهيئات الأممية فيما تعارض إسرائيل بشدة هذه الخطوات."
    doc = build(text, [("السلطة الفلسطينية", "ORG", "PSEGOV"), ("إسرائيل", "LOC", "ISR")])
    assert coded(doc, "11") == {("ISR", "PSEGOV")}


def test_an_appeal_for_a_meeting_of_a_body_targets_the_body() -> None:
    # «دعت إلى اجتماع طارئ لمجلس الأمن»: the body whose meeting is called for is the one appealed to
    text = "ودعت بريطانيا إلى اجتماع طارئ لمجلس الأمن الدولي لمناقشة الوضع في سوريا."
    doc = build(text, [("بريطانيا", "LOC", "GBR"), ("مجلس الأمن الدولي", "ORG", "IGOUNO"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "02") == {("GBR", "IGOUNO")}


def test_a_request_to_hold_a_session_of_a_body_targets_the_body() -> None:
    text = "وطلبت فرنسا عقد جلسة عاجلة لمجلس الأمن الدولي."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("مجلس الأمن الدولي", "ORG", "IGOUNO")])
    assert coded(doc, "02") == {("FRA", "IGOUNO")}


def test_a_meeting_for_a_purpose_names_no_body() -> None:
    # «لمناقشة»: what follows «ل» is the meeting's purpose, and the country discussed is not appealed to
    text = "ودعت بريطانيا إلى اجتماع لمناقشة الوضع في سوريا."
    doc = build(text, [("بريطانيا", "LOC", "GBR"), ("سوريا", "LOC", "SYR")])
    assert ("GBR", "SYR") not in coded(doc, "02")


def test_an_appeal_for_an_investigation_into_an_act_targets_its_agent() -> None:
    text = "ودعت فرنسا إلى تحقيق دولي في الهجوم الكيميائي الذي شنه النظام السوري على دوما."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("السوري", "LOC", "SYRGOV"), ("دوما", "LOC", "SYR")])
    assert ("FRA", "SYRGOV") in coded(doc, "02")


def test_an_investigated_act_with_no_agent_takes_the_agent_of_the_same_act_reported_before() -> None:
    # «مقتل الفلسطينيين» is the killing by the Israeli forces the sentence before reports
    text = (
        "وقتلت القوات الإسرائيلية عشرين فلسطينيا قرب السياج. "
        "ودعا الاتحاد الأوروبي إلى إجراء تحقيق مستقل في مقتل الفلسطينيين."
    )
    doc = build(text, [("الإسرائيلية", "LOC", "ISRMIL"), ("الاتحاد الأوروبي", "ORG", "IGOEUR")])
    assert coded(doc, "02") == {("IGOEUR", "ISRMIL")}


def test_an_investigated_act_takes_no_agent_of_another_act_reported_before() -> None:
    # the strike before was on Syria by Russia; the killing investigated is of other victims, by no one named
    text = (
        "وقصفت الطائرات الروسية مواقع في سوريا. ودعا الاتحاد الأوروبي إلى إجراء تحقيق مستقل في مقتل الصحفيين الفرنسيين."
    )
    doc = build(
        text,
        [
            ("الروسية", "LOC", "RUSMIL"),
            ("سوريا", "LOC", "SYR"),
            ("الاتحاد الأوروبي", "ORG", "IGOEUR"),
            ("الفرنسيين", "LOC", "FRAMED"),
        ],
    )
    assert ("IGOEUR", "RUSMIL") not in coded(doc, "02")


def test_places_struck_named_only_by_where_they_are_belong_to_that_country() -> None:
    # «قصفت 25 موقعا في غزة»: the sites have no owner named; they are in Gaza
    text = "وقال الجيش الإسرائيلي إن قواته قصفت 25 موقعا في غزة."
    doc = build(text, [("الإسرائيلي", "LOC", "ISRMIL"), ("غزة", "LOC", "PSE")])
    assert coded(doc, "19") == {("ISRMIL", "PSE")}


def test_a_strike_on_places_in_a_country_as_a_verbal_noun_with_its_agent() -> None:
    text = "وتأتي التصريحات عقب استهداف إسرائيل مواقع عسكرية في سوريا."
    doc = build(text, [("إسرائيل", "LOC", "ISR"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "19") == {("ISR", "SYR")}


def test_places_freed_are_not_the_target_of_their_liberation() -> None:
    # «تحرير مواقع في X»: the places are freed from someone else, not struck
    text = "وتمكنت قوات الجيش اليمني من تحرير مواقع جديدة في تعز."
    doc = build(text, [("اليمني", "LOC", "YEMMIL"), ("تعز", "LOC", "YEM")])
    assert ("YEMMIL", "YEM") not in coded(doc, "19")


def test_unnamed_people_are_no_agent_of_a_strike_on_places() -> None:
    # «لقي أشخاص مصرعهم في انفجار سيارة مفخخة استهدفت مقرا في عدن»: the people are the victims
    text = "ولقي أشخاص مصرعهم في انفجار سيارة مفخخة استهدفت مقرا أمنيا في مدينة عدن."
    doc = build(text, [("عدن", "LOC", "YEM")])
    assert not any(source and source.endswith("CVL") for source, _target in coded(doc, "18") | coded(doc, "19"))


def test_a_noun_of_attack_reaches_places_after_its_preposition_and_adjective() -> None:
    # «غارات جوية على مواقع في سوريا»: the raids' object comes after «على», the places are in Syria
    text = "وشنت الطائرات الأمريكية غارات جوية على مواقع في سوريا."
    doc = build(text, [("الأمريكية", "LOC", "USAMIL"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "19") == {("USAMIL", "SYR")}


def test_a_country_adjective_of_counted_places_names_their_owner() -> None:
    # «ضد عشرات الأهداف الإيرانية في سوريا»: the targets are Iran's, though they are in Syria
    text = "ونفذت إسرائيل غارات جوية ضد عشرات الأهداف الإيرانية في سوريا."
    doc = build(text, [("إسرائيل", "LOC", "ISR"), ("الإيرانية", "LOC", "IRN"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "19") == {("ISR", "IRN")}


def test_places_of_someone_are_not_the_countrys_where_they_are() -> None:
    # «مواقع لهم», «مواقع الأكراد»: the places belong to someone named otherwise, not to Iraq
    for text in (
        "وشنت طائرات تركية غارات على مواقع الأكراد في العراق.",
        "وشنت طائرات تركية غارات على مواقع لهم في العراق.",
    ):
        doc = build(text, [("تركية", "LOC", "TURMIL"), ("العراق", "LOC", "IRQ")])
        assert ("TURMIL", "IRQ") not in coded(doc, "19")


def test_an_appeal_for_a_meeting_takes_the_body_the_sentence_before_names_at_a_meeting() -> None:
    # «قرر مجلس الأمن عقد اجتماع طارئ. ودعت X وY وZ، لعقد اجتماع طارئ»: the meeting called for is the council's
    text = (
        "قرر مجلس الأمن الدولي عقد اجتماع طارئ الإثنين. وقد دعت أمريكا وفرنسا والكويت، لعقد اجتماع طارئ لمناقشة الهجوم."
    )
    doc = build(
        text,
        [
            ("مجلس الأمن الدولي", "ORG", "IGOUNO"),
            ("أمريكا", "LOC", "USA"),
            ("فرنسا", "LOC", "FRA"),
            ("الكويت", "LOC", "KWT"),
        ],
    )
    assert coded(doc, "02") == {("USA", "IGOUNO"), ("FRA", "IGOUNO"), ("KWT", "IGOUNO")}


def test_a_meeting_before_with_no_body_gives_no_target() -> None:
    text = "التقى الرئيس الفرنسي نظيره الأمريكي في اجتماع مطول. ودعت الكويت إلى اجتماع طارئ لمناقشة الأزمة."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("الأمريكي", "LOC", "USAGOV"), ("الكويت", "LOC", "KWT")])
    assert not {target for _source, target in coded(doc, "02")} & {"FRAGOV", "USAGOV"}


def test_an_appeal_made_on_the_sidelines_of_a_meeting_is_not_to_its_body() -> None:
    # «على هامش اجتماع للأمم المتحدة»: where the minister spoke, not whom he asked
    text = "وطلب وزير الخارجية السعودي، في كلمة على هامش اجتماع للأمم المتحدة، من كندا الاعتذار."
    doc = build(text, [("السعودي", "LOC", "SAUGOV"), ("لأمم المتحدة", "ORG", "IGOUNO"), ("كندا", "LOC", "CAN")])
    assert ("SAUGOV", "IGOUNO") not in coded(doc, "02")
