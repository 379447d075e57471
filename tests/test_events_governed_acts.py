"""Acts an accusation or a call to stop alleges («اتهمت X إيران بتزويد ...», «دعت X روسيا إلى الكف عن ...»): the
act is an event of its own, by the accused or the one called on; and the agents of governed acts found through
the governing noun («قرار X الاعتراف», «رفضها للعقوبات الأمريكية»). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of, summary


def test_an_accusation_also_codes_the_accused_act_as_a_reported_claim() -> None:
    text = "اتهمت الحكومة اليمنية إيران بتزويد الحوثيين بالصواريخ."
    doc = build(text, [("اليمنية", "LOC", "YEMGOV"), ("إيران", "LOC", "IRN"), ("الحوثيين", "ORG", "YEMREB")])
    events = events_of(doc)
    assert ("112", "YEMGOV", "IRN") in {(e.cameo[:3], e.source.actor, e.target.actor) for e in events}
    alleged = [e for e in events if e.cameo == "072"]
    assert [(e.source.actor, e.target.actor, e.modality) for e in alleged] == [("IRN", "YEMREB", "reported_claim")]


def test_an_accusation_of_nothing_codable_alleges_no_act() -> None:
    text = "اتهمت الحكومة اليمنية إيران بالتدخل في شؤونها."
    doc = build(text, [("اليمنية", "LOC", "YEMGOV"), ("إيران", "LOC", "IRN")])
    assert {e.source.actor for e in events_of(doc)} == {"YEMGOV"}


def test_a_call_to_stop_an_act_says_the_one_called_on_is_doing_it() -> None:
    text = "ودعت فرنسا، الثلاثاء، روسيا إلى الكف عن إرسال أسلحة إلى #ميليشيات_الحوثي."
    ents = [("فرنسا", "LOC", "FRA"), ("روسيا", "LOC", "RUS"), ("الحوثي", "ORG", "YEMREB")]
    doc = build(text, ents, timexes=[("الثلاثاء", "2021-07-20")])
    found = summary(events_of(doc))
    assert ("0256", "FRA", "RUS") in found  # an appeal to stop military support: de-escalation
    assert ("072", "RUS", "YEMREB") in found  # the hashtag's title noun does not hide the militia's name


def test_a_demand_to_stop_shelling_is_a_demand_for_de_escalation_and_the_shelling() -> None:
    text = "وطالبت ألمانيا تركيا بالتوقف عن قصف المقاتلين الأكراد في سوريا."
    ents = [("ألمانيا", "LOC", "DEU"), ("تركيا", "LOC", "TUR"), ("الأكراد", "ORG", "SYRREB"), ("سوريا", "LOC", "SYR")]
    found = summary(events_of(build(text, ents)))
    assert ("1056", "DEU", "TUR") in found
    assert any(code.startswith("19") and (s, t) == ("TUR", "SYRREB") for code, s, t in found)


def test_a_call_to_do_an_act_alleges_nothing() -> None:
    text = "ودعت فرنسا روسيا إلى إرسال مساعدات إلى اليمن."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("روسيا", "LOC", "RUS"), ("اليمن", "LOC", "YEM")])
    assert {e.source.actor for e in events_of(doc)} == {"FRA"}


def test_the_actor_after_a_decision_noun_is_the_agent_of_the_decided_act() -> None:
    text = "وجاء ذلك بعد قرار الرئيس الأمريكي الاعتراف بالقدس عاصمة لإسرائيل."
    ents = [("الأمريكي", "LOC", "USAGOV"), ("القدس", "LOC", "ISR"), ("إسرائيل", "LOC", "ISR")]
    assert summary(events_of(build(text, ents))) == {("054", "USAGOV", "ISR")}


def test_rejecting_an_act_of_someone_else_targets_its_agent() -> None:
    text = "وأعلنت وزارة الخارجية الروسية رفضها للعقوبات الأمريكية الجديدة."
    doc = build(text, [("الروسية", "LOC", "RUSGOV"), ("الأمريكية", "LOC", "USAGOV")])
    assert {(e.cameo[:2], e.source.actor, e.target.actor) for e in events_of(doc)} == {("12", "RUSGOV", "USAGOV")}


def test_an_act_welcomed_without_its_agent_is_the_one_reported_earlier() -> None:
    text = "أعلن الجيش السوداني وقفا لإطلاق النار مع المتمردين في دارفور. ورحب الاتحاد الأفريقي بوقف إطلاق النار."
    ents = [("السوداني", "LOC", "SDNMIL"), ("دارفور", "LOC", "SDN"), ("الاتحاد الأفريقي", "ORG", "IGOAFU")]
    assert ("IGOAFU", "SDNMIL") in coded(build(text, ents), "051")


def test_an_act_welcomed_without_an_earlier_report_has_no_target() -> None:
    text = "أعلن الجيش السوداني انسحابه من المدينة. ورحب الاتحاد الأفريقي بوقف إطلاق النار."
    ents = [("السوداني", "LOC", "SDNMIL"), ("الاتحاد الأفريقي", "ORG", "IGOAFU")]
    assert coded(build(text, ents), "051") == set()


def test_an_accusing_verb_followed_by_the_charge_is_a_passive_with_no_accuser() -> None:
    for text in ("ولا يزال رئيس الوزراء الياباني يتهم بالمحسوبية منذ عامين.", "واتهم وزير المالية الياباني بالفساد."):
        assert coded(build(text, [("الياباني", "LOC", "JPNGOV")]), "112") == {(None, "JPNGOV")}


def test_an_accusing_verb_with_its_object_before_the_charge_is_active() -> None:
    text = "واتهمه الرئيس الياباني بالخيانة."
    assert coded(build(text, [("الياباني", "LOC", "JPNGOV")]), "112") != {(None, "JPNGOV")}
    text = "واتهمت الحكومة اليابانية المعارضة الكورية بالتآمر."
    doc = build(text, [("اليابانية", "LOC", "JPNGOV"), ("الكورية", "LOC", "KOROPP")])
    assert coded(doc, "112") == {("JPNGOV", "KOROPP")}
