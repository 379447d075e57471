"""Precision round 8 (issue 7, judged draws 20261207 and 20261208): constructions that put the wrong actor or code on
an event in arbitrary news; sentences written for these tests."""

from __future__ import annotations

from events_helpers import Spec, evidence_events

_events = evidence_events


def test_a_harm_verb_followed_by_more_wounded_is_a_passive_and_the_attack_names_the_agent() -> None:
    # «قتل مدنيان اثنان وجرح خمسة»: the two civilians were killed; the shelling's owner is who did it
    text = "قتل مدنيان اثنان وجرح خمسة، الاثنين، في قصف مدفعي للقوات الحكومية شرقي حماة."
    specs: list[Spec] = [("مدنيان", "PERS", "SYRCVL"), ("حماة", "LOC", "SYR")]
    events = _events(text, specs)
    assert all(source != "SYRCVL" for _, _, source, _ in events)
    assert any(source == "SYRMIL" and target == "SYRCVL" for _, _, source, target in events)


def test_a_killed_soldier_with_a_wounded_comrade_is_the_target_of_the_gunmen() -> None:
    text = "قتل جنديان تركيان وأصيب ثالث بنيران مسلحين أكراد قرب الحدود."
    specs: list[Spec] = [("تركيان", "LOC", "TURMIL"), ("أكراد", "LOC", "TURREB")]
    events = _events(text, specs)
    assert [(code[:2], source, target) for _, code, source, target in events] == [("19", "TURREB", "TURMIL")]


def test_an_active_killing_with_its_own_object_keeps_the_killer_as_source() -> None:
    # no companion passive: «قتل مسلحون ثلاثة جنود» stays active
    text = "قتل مسلحون ثلاثة جنود باكستانيين في هجوم على نقطة تفتيش."
    specs: list[Spec] = [("مسلحون", "PERS", "PAKREB"), ("باكستانيين", "LOC", "PAKMIL")]
    events = _events(text, specs)
    assert ("قتل", "PAKREB", "PAKMIL") in {(t, s, g) for t, _, s, g in events}


def test_expelling_armed_fighters_from_a_place_is_fighting() -> None:
    # «طرد» of armed men from a district is driving them out by force (192), not a deportation (174)
    text = "وطردت القوات العراقية مسلحي داعش من الأحياء الغربية للموصل."
    specs: list[Spec] = [("العراقية", "LOC", "IRQMIL"), ("داعش", "ORG", "IMGMUSISI"), ("للموصل", "LOC", "IRQ")]
    assert ("وطردت", "192", "IRQMIL", "IMGMUSISI") in _events(text, specs)


def test_a_campaign_to_drive_away_forces_named_by_their_unit_word_is_fighting() -> None:
    text = "وتقود تركيا حملة عسكرية لطرد المقاتلين الأكراد من المنطقة الحدودية."
    specs: list[Spec] = [("تركيا", "LOC", "TUR"), ("الأكراد", "LOC", "TURREB")]
    assert [code for trigger, code, _, _ in _events(text, specs) if trigger == "لطرد"] == ["192"]


def test_expelling_a_preacher_stays_an_expulsion() -> None:
    text = "وطردت فرنسا إماما جزائريا متهما بالتحريض."
    specs: list[Spec] = [("فرنسا", "LOC", "FRA"), ("جزائريا", "LOC", "DZAREL")]
    assert ("وطردت", "174", "FRA", "DZAREL") in _events(text, specs)


def test_the_patron_named_after_an_armed_group_is_no_target() -> None:
    # «الميليشيات الحوثية التابعة لإيران»: Iran backs the launchers; the missile was not fired at Iran
    text = "ورصدت الدفاعات الجوية إطلاق صاروخ من قبل الميليشيات الحوثية التابعة لإيران باتجاه جازان."
    specs: list[Spec] = [("الحوثية", "LOC", "YEMREB"), ("لإيران", "LOC", "IRN"), ("جازان", "LOC", "SAU")]
    assert all(target != "IRN" for _, _, _, target in _events(text, specs))


def test_the_owner_of_a_thing_still_stands_for_it() -> None:
    # «سفينة تابعة لإيران»: the ship is Iran's, so Iran is the target of the attack
    text = "وهاجمت البحرية الأمريكية سفينة تابعة لإيران في الخليج."
    specs: list[Spec] = [("الأمريكية", "LOC", "USAMIL"), ("لإيران", "LOC", "IRN")]
    assert ("وهاجمت", "190", "USAMIL", "IRN") in _events(text, specs)


def test_opening_fire_on_protesters_is_violent_repression() -> None:
    text = "وأطلقت قوات الأمن الإيرانية الرصاص على متظاهرين في مدينة الأهواز."
    specs: list[Spec] = [("الإيرانية", "LOC", "IRNCOP"), ("متظاهرين", "PERS", "IRNCVL"), ("الأهواز", "LOC", "IRN")]
    assert [code for _, code, _, _ in _events(text, specs)] == ["175"]


def test_opening_fire_on_a_patrol_stays_small_arms_fighting() -> None:
    text = "وأطلق مسلحون النار على دورية للجيش الباكستاني في وزيرستان."
    specs: list[Spec] = [("الباكستاني", "LOC", "PAKMIL"), ("وزيرستان", "LOC", "PAK")]
    assert [code for _, code, _, _ in _events(text, specs)] == ["193"]


def test_reaching_an_agreement_is_an_agreement_not_an_intent() -> None:
    text = "وتوصلت إيران وتركيا إلى تفاهمات حول التجارة الحدودية."
    specs: list[Spec] = [("إيران", "LOC", "IRN"), ("تركيا", "LOC", "TUR")]
    assert {(code, source, target) for _, code, source, target in _events(text, specs)} == {("057", "IRN", "TUR")}


def test_a_denied_agreement_has_no_party_agreeing_with_itself() -> None:
    # the ministry denying the deal is no party to it: no French-French agreement
    text = "ونفت وزارة الخارجية الفرنسية، الجمعة، توصل باريس وروما لاتفاق يقضي بتسليم المطلوبين."
    specs: list[Spec] = [("الفرنسية", "LOC", "FRAGOV"), ("باريس", "LOC", "FRAGOV"), ("روما", "LOC", "ITAGOV")]
    events = _events(text, specs)
    assert events and all(source != target for _, _, source, target in events)


def test_fighting_to_retake_a_place_targets_the_group_holding_it() -> None:
    # «لاستعادتها من أيدي تنظيم داعش»: the operation is against the group, not the province
    text = "وأطلقت القوات العراقية في مايو عملية عسكرية في محافظة نينوى لاستعادتها من أيدي تنظيم داعش."
    specs: list[Spec] = [("العراقية", "LOC", "IRQMIL"), ("نينوى", "LOC", "IRQ"), ("تنظيم داعش", "ORG", "IMGMUSISI")]
    assert [(code[:2], source, target) for _, code, source, target in _events(text, specs)] == [
        ("19", "IRQMIL", "IMGMUSISI")
    ]


def test_a_helper_named_after_min_is_not_the_holder_of_the_place() -> None:
    # «بتسهيل من القوات …»: the forces helped; the capital stays the target
    text = "واجتاح المتمردون الحوثيون العاصمة صنعاء بتسهيل من قوات الحرس الجمهوري."
    specs: list[Spec] = [("الحوثيون", "LOC", "YEMREB"), ("صنعاء", "LOC", "YEM"), ("الحرس الجمهوري", "ORG", "YEMMIL")]
    assert [(code, source, target) for _, code, source, target in _events(text, specs)] == [("192", "YEMREB", "YEM")]


def test_an_undergone_attack_takes_the_forces_after_min_as_its_agent() -> None:
    text = "وتتعرض مدينة عفرين للقصف الجوي والبري من القوات التركية وحلفائها."
    specs: list[Spec] = [("عفرين", "LOC", "SYR"), ("التركية", "LOC", "TURMIL")]
    assert [(code[:2], source, target) for _, code, source, target in _events(text, specs)] == [("19", "TURMIL", "SYR")]


def test_a_place_after_min_is_where_an_undergone_attack_came_from() -> None:
    text = "وتعرضت مدينة الرمثا لقصف صاروخي من الأراضي السورية."
    specs: list[Spec] = [("الرمثا", "LOC", "JOR"), ("السورية", "LOC", "SYR")]
    assert [source for _, _, source, _ in _events(text, specs)] == [None]


def test_the_owner_of_sites_named_by_a_generic_place_stands_for_them() -> None:
    # «المواقع العسكرية التابعة لإيران» are Iran's sites, a thing, not an actor Iran backs
    text = "وقال الجيش الإسرائيلي إنه استهدف عددا كبيرا من المواقع العسكرية التابعة لإيران في سوريا."
    specs: list[Spec] = [("الإسرائيلي", "LOC", "ISRMIL"), ("لإيران", "LOC", "IRN"), ("سوريا", "LOC", "SYR")]
    assert ("استهدف", "190", "ISRMIL", "IRN") in _events(text, specs)


def test_protests_that_followed_a_police_shooting_do_not_make_it_repression_of_protesters() -> None:
    text = "وأطلق رجال شرطة أمريكيون النار على شاب أسود في شيكاغو مما أشعل احتجاجات واسعة."
    specs: list[Spec] = [
        ("رجال شرطة أمريكيون", "ORG", "USACOP"),
        ("شاب أسود", "PERS", "USACVL"),
        ("شيكاغو", "LOC", "USA"),
    ]
    assert [code for _, code, _, _ in _events(text, specs)] == ["193"]
