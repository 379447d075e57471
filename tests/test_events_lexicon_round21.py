"""Word senses of round 21: «استهدف» is an attack (190) only when armed people or weapons aim; a measure, sanctions
or a policy that «targets» people or firms uses no force (`notsubj`: the subject after the verb, or the noun a
relative clause describes a few words back). «شن حربا» is no fighting when the war is psychological, economic,
media or cold. A halt of clashes, battles or confrontations is a halt of fighting (087), like a halt of shelling.
A bare adjective after an event noun («غارة جوية لطيران التحالف») qualifies the event: the owner after «ل» is not
stretched back over it, and stays the event's agent. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of


def test_measures_that_target_migrants_are_no_attack() -> None:
    text = "وتظاهر آلاف المهاجرين ضد إجراءات الحكومة الأمريكية التي استهدفت المهاجرين غير النظاميين."
    doc = build(text, [("الحكومة الأمريكية", "ORG", "USAGOV"), ("المهاجرين غير النظاميين", "MISC", "USACVL")])
    assert not coded_as(events_of(doc), "19")


def test_sanctions_that_target_companies_after_the_verb_are_no_attack() -> None:
    text = "وحذر الاتحاد الأوروبي من أنه سيرد إذا استهدفت العقوبات الأمريكية الشركات الأوروبية."
    doc = build(text, [("الاتحاد الأوروبي", "ORG", "IGOEUR"), ("الشركات الأوروبية", "ORG", "EURBUS")])
    # nor a threat of force (138) read from the warning; the reply announced is a threat (130), of no one named here
    assert not coded_as(events_of(doc), ("19", "138"))
    assert {(e.source.actor, e.target.actor) for e in coded_as(events_of(doc), "13")} <= {("IGOEUR", None)}


def test_indefinite_sanctions_that_target_firms_are_no_attack() -> None:
    text = "وفرضت واشنطن عقوبات جديدة استهدفت شركات الشحن الصينية."
    doc = build(text, [("واشنطن", "LOC", "USA"), ("شركات الشحن الصينية", "ORG", "CHNBUS")])
    assert not coded_as(events_of(doc), "19")


def test_policies_that_target_refugees_are_no_attack() -> None:
    text = "وانتقدت المفوضية سياسات الحكومة المجرية التي تستهدف اللاجئين القادمين من سوريا."
    doc = build(text, [("الحكومة المجرية", "ORG", "HUNGOV"), ("اللاجئين", "MISC", "SYRREF")])
    assert not coded_as(events_of(doc), "19")


def test_aircraft_that_target_positions_still_attack() -> None:
    text = "واستهدف الجيش التركي معاقل حزب العمال الكردستاني قرب الحدود مساء أمس."
    doc = build(text, [("الجيش التركي", "ORG", "TURMIL"), ("حزب العمال الكردستاني", "ORG", "TURREB")])
    assert coded(doc, "19") & {("TURMIL", "TURREB")}


def test_gunmen_after_a_complementizer_still_attack_despite_an_earlier_measure() -> None:
    text = "وأعلنت الحكومة إجراءات أمنية بعد أن استهدف المسلحون قافلة الجيش الباكستاني."
    doc = build(text, [("المسلحون", "MISC", "PAKREB"), ("الجيش الباكستاني", "ORG", "PAKMIL")])
    assert coded(doc, "19") & {("PAKREB", "PAKMIL")}


def test_waging_a_psychological_war_is_no_fighting() -> None:
    text = "وقال الرئيس الفنزويلي إن واشنطن تريد شن حرب نفسية على فنزويلا."
    doc = build(text, [("الرئيس الفنزويلي", "PERS", "VENGOV"), ("واشنطن", "LOC", "USA"), ("فنزويلا", "LOC", "VEN")])
    assert not events_of(doc)  # nor the threat of force (138) that wanting a war would be


def test_waging_war_still_fights() -> None:
    text = "وشنت القوات الإثيوبية حربا على جبهة تحرير تيغراي في شمال البلاد."
    doc = build(text, [("القوات الإثيوبية", "ORG", "ETHMIL"), ("جبهة تحرير تيغراي", "ORG", "ETHREB")])
    assert coded(doc, "19") & {("ETHMIL", "ETHREB")}


def test_fighting_alongside_an_army_is_no_fight_against_it() -> None:
    text = "وتقاتل ميليشيات عراقية إلى جانب الجيش السوري منذ سنوات."
    doc = build(text, [("ميليشيات عراقية", "ORG", "IRQREB"), ("الجيش السوري", "ORG", "SYRMIL")])
    assert not coded_as(events_of(doc), "19")


def test_fighting_with_a_group_is_fighting_in_its_ranks() -> None:
    text = "وقاتل متطوعون كينيون مع حركة الشباب الصومالية طوال عامين."
    doc = build(text, [("كينيون", "MISC", "KEN"), ("حركة الشباب الصومالية", "ORG", "SOMREB")])
    assert not coded_as(events_of(doc), "19")


def test_fighting_a_group_is_still_a_fight() -> None:
    text = "وقاتل الجيش الصومالي حركة الشباب في إقليم شبيلي السفلى."
    doc = build(text, [("الجيش الصومالي", "ORG", "SOMMIL"), ("حركة الشباب", "ORG", "SOMREB")])
    assert coded(doc, "19") & {("SOMMIL", "SOMREB")}


def test_callers_for_a_halt_to_clashes_do_not_clash_with_each_other() -> None:
    text = "ودعت كل من ألمانيا وبريطانيا وفرنسا إلى وقف فوري للاشتباكات العنيفة في العاصمة السودانية."
    doc = build(text, [("ألمانيا", "LOC", "DEU"), ("بريطانيا", "LOC", "GBR"), ("فرنسا", "LOC", "FRA")])
    assert not coded_as(events_of(doc), "19")


def test_rejecting_a_proposal_to_halt_the_battles_refuses_de_escalation() -> None:
    text = "ورفضت الفصائل المسلحة الاقتراح الروسي لوقف المعارك في ريف المدينة الجنوبي."
    doc = build(text, [("الفصائل المسلحة", "ORG", "SYRREB"), ("الروسي", "MISC", "RUS")])
    assert coded(doc, "1246") & {("SYRREB", "RUS")}


def test_an_air_raid_with_its_owner_after_la_takes_the_owner_as_source() -> None:
    text = "وقتل عشرة من مسلحي الحوثي في غارة جوية لطيران التحالف العربي قرب مدينة الحديدة."
    doc = build(text, [("الحوثي", "ORG", "YEMREB"), ("التحالف العربي", "ORG", "SAUMIL")])
    assert coded(doc, "19") & {("SAUMIL", "YEMREB")}


def test_a_military_campaign_of_the_regime_forces_with_la_takes_them_as_source() -> None:
    text = "وتتعرض مدينة دوما منذ أسابيع لحملة عسكرية لقوات النظام السوري وحلفائه."
    doc = build(text, [("دوما", "LOC", "SYR"), ("قوات النظام السوري", "ORG", "SYRMIL")])
    assert {e.source.actor for e in events_of(doc) if e.cameo.startswith("19")} == {"SYRMIL"}


def test_control_of_a_central_bank_or_a_parliament_is_no_seizure_of_territory() -> None:
    cases = (
        ("وقال المحللون إن الرئيس التركي سيطر على البنك المركزي بعد تعيين صهره.", "الرئيس التركي", "TURGOV"),
        ("واستعادت المعارضة السيطرة على البرلمان الفنزويلي في الانتخابات الأخيرة.", "المعارضة", "VENOPP"),
    )
    for text, actor, code in cases:
        target = ("البنك المركزي", "ORG", "TURBUS") if code == "TURGOV" else ("البرلمان الفنزويلي", "ORG", "VENLEG")
        doc = build(text, [(actor, "ORG", code), target])
        assert not coded_as(events_of(doc), "19"), text


def test_control_of_a_town_market_is_still_taking_territory() -> None:
    text = "وسيطرت القوات الحكومية اليمنية على سوق مديرية حيس بعد معارك عنيفة."
    doc = build(text, [("القوات الحكومية اليمنية", "ORG", "YEMMIL"), ("حيس", "LOC", "YEM")])
    assert coded(doc, "192") == {("YEMMIL", "YEM")}
