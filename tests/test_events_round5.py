"""Argument and lexicon rules of the fifth round: Saudi Arabia's name after a subject, participles with a detached
object pronoun, summoning ambassadors, allowing investigators in, organisations called by the kind written before
their name, actors added with «إضافة إلى»/«فضلا عن». Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of, has_pair


def test_saudi_arabia_after_a_person_is_the_object_not_an_adjective() -> None:
    # «السعودية» is written like the feminine adjective «Saudi», but a person's name takes no country adjective
    text = "وحث أردوغان السعودية على وقف الهجمات."
    doc = build(text, [("أردوغان", "PERS", "TURGOV"), ("السعودية", "LOC", "SAU")])
    assert coded(doc, "0256") == {("TURGOV", "SAU")}


def test_a_second_country_adjective_after_a_subject_is_the_object() -> None:
    text = "ودعا وزير الخارجية التركي السعودية إلى وقف الهجمات."
    doc = build(text, [("التركي", "LOC", "TURGOV"), ("السعودية", "LOC", "SAU")])
    assert coded(doc, "0256") == {("TURGOV", "SAU")}


def test_country_adjective_after_an_organisation_still_qualifies_it() -> None:
    text = "وانتقدت وزارة العدل الأمريكية الحكم."
    doc = build(text, [("وزارة العدل", "ORG", "USAGOV"), ("الأمريكية", "LOC", "USAGOV")])
    assert not [e for e in events_of(doc) if e.target.actor == "USAGOV"]


def test_participle_with_a_detached_pronoun_accuses_the_main_clause_object() -> None:
    text = "وهاجم الرئيس الإيراني الرئيس الأمريكي، متهما إياه بدعم الإرهاب."
    doc = build(text, [("الإيراني", "LOC", "IRNGOV"), ("الأمريكي", "LOC", "USAGOV")])
    assert any(
        e.cameo.startswith("112") and (e.source.actor, e.target.actor) == ("IRNGOV", "USAGOV") for e in events_of(doc)
    )


def test_feminine_participle_with_a_plural_pronoun_takes_the_coordinated_group() -> None:
    text = "ودعت المنظمة كندا إلى التحقيق مع رئيسي الغابون والكونغو، متهمة إياهما بغسل الأموال."
    doc = build(
        text,
        [
            ("المنظمة", "ORG", "FRANGO"),
            ("كندا", "LOC", "CAN"),
            ("الغابون", "LOC", "GABGOV"),
            ("الكونغو", "LOC", "COGGOV"),
        ],
    )
    accused = {(e.source.actor, e.target.actor) for e in events_of(doc) if e.cameo.startswith("112")}
    assert accused == {("FRANGO", "GABGOV"), ("FRANGO", "COGGOV")}


def test_participle_followed_by_its_charge_is_the_accused_not_an_accusation() -> None:
    text = "واعتقلت الشرطة التركية رجلا سوريا متهما بالتجسس لصالح إيران."
    doc = build(text, [("التركية", "LOC", "TURCOP"), ("سوريا", "LOC", "SYRCVL"), ("إيران", "LOC", "IRN")])
    assert not [e for e in events_of(doc) if e.cameo.startswith("112")]


def test_summoning_an_ambassador_is_a_disapproval() -> None:
    text = "واستدعت وزارة الخارجية الألمانية السفير الروسي في برلين."
    doc = build(text, [("الألمانية", "LOC", "DEUGOV"), ("الروسي", "LOC", "RUSGOV"), ("برلين", "LOC", "DEU")])
    assert coded(doc, "110") == {("DEUGOV", "RUSGOV")}


def test_summoning_as_a_verbal_noun() -> None:
    text = "وقررت الخارجية النمساوية استدعاء السفير الإيراني."
    doc = build(text, [("النمساوية", "LOC", "AUTGOV"), ("الإيراني", "LOC", "IRNGOV")])
    assert coded(doc, "110") == {("AUTGOV", "IRNGOV")}


def test_appeal_to_allow_investigators_is_an_appeal_for_international_involvement() -> None:
    text = "وحث الوزير التركي السعودية على السماح للمحققين الأتراك بدخول القنصلية."
    doc = build(text, [("التركي", "LOC", "TURGOV"), ("السعودية", "LOC", "SAU"), ("الأتراك", "LOC", "TURGOV")])
    assert coded(doc, "0255") == {("TURGOV", "SAU")}


def test_allowing_observers_in_is_international_involvement() -> None:
    text = "وسمحت الحكومة السودانية للمراقبين الأفارقة بزيارة الإقليم."
    doc = build(text, [("السودانية", "LOC", "SDNGOV"), ("الأفارقة", "LOC", "AFR")])
    assert has_pair(events_of(doc), "086", "SDNGOV", "AFR")


def test_organisation_called_later_by_the_kind_written_before_its_name() -> None:
    text = 'ونددت منظمة "العفو الدولية" بالاعتقالات. وطالبت المنظمة الحكومة المصرية بالإفراج عن المعتقلين.'
    doc = build(text, [("العفو الدولية", "ORG", "NGOAI"), ("المصرية", "LOC", "EGYGOV")])
    assert coded(doc, "1053") == {("NGOAI", "EGYGOV")}


def test_actor_added_with_fadlan_an_shares_the_role() -> None:
    text = "وهاجم مسلحون مجهولون مركزا للشرطة العراقية فضلا عن مقر الجيش العراقي في المدينة."
    doc = build(text, [("العراقية", "LOC", "IRQCOP"), ("العراقي", "LOC", "IRQMIL")])
    assert {e.target.actor for e in events_of(doc) if e.cameo.startswith("19")} == {"IRQCOP", "IRQMIL"}


def test_actor_added_with_idafatan_ila_meets_too() -> None:
    text = "والتقى وزير الخارجية المصري نظيره الأردني إضافة إلى وزير الخارجية السعودي في القاهرة."
    doc = build(
        text,
        [
            ("المصري", "LOC", "EGYGOV"),
            ("الأردني", "LOC", "JORGOV"),
            ("السعودي", "LOC", "SAUGOV"),
            ("القاهرة", "LOC", "EGY"),
        ],
    )
    events = events_of(doc)
    assert has_pair(events, "040", "EGYGOV", "JORGOV") and has_pair(events, "040", "EGYGOV", "SAUGOV")


def test_war_entered_into_is_an_explicit_act() -> None:
    # «حرب» alone is too often a setting («الحرب في سوريا») to code; under «دخل في» or «خاض» it happened
    text = "ودخل الجيش السوداني في حرب مع قوات الدعم السريع منذ أشهر."
    doc = build(text, [("الجيش السوداني", "ORG", "SDNMIL"), ("قوات الدعم السريع", "ORG", "SDNREB")])
    assert has_pair(events_of(doc), "190", "SDNMIL", "SDNREB")


def test_war_as_a_setting_codes_nothing() -> None:
    text = "وتحدث الوزير السوداني عن الحرب مع قوات الدعم السريع."
    doc = build(text, [("السوداني", "LOC", "SDNGOV"), ("قوات الدعم السريع", "ORG", "SDNREB")])
    assert not coded(doc, "19")


def test_definite_phrase_after_a_comma_with_no_closing_comma_is_the_object() -> None:
    text = "وطالب المتهم، المحكمة التركية بإخلاء سبيله على الفور."
    doc = build(text, [("المتهم", "PERS", "TURREL"), ("التركية", "LOC", "TURJUD")])
    assert coded(doc, "10") == {("TURREL", "TURJUD")}


def test_indefinite_title_after_a_comma_still_describes_the_subject() -> None:
    # the closing comma is missing, but «عضو ...» describes the speaker; the criticised act is Israel's
    text = "وانتقدت سلمى داود، عضو المجلس التشريعي الفلسطيني القرار الإسرائيلي."
    doc = build(
        text,
        [
            ("سلمى داود", "PERS", "PSEGOV"),
            ("المجلس التشريعي الفلسطيني", "ORG", "PSELEG"),
            ("الإسرائيلي", "LOC", "ISRGOV"),
        ],
    )
    assert coded(doc, "111") == {("PSEGOV", "ISRGOV")}


def test_judged_act_reached_across_a_name_set_off_by_commas() -> None:
    text = "وانتقد الرئيس الأمريكي، دونالد ترامب، العقوبات الروسية."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("دونالد ترامب", "PERS", "USAGOV"), ("الروسية", "LOC", "RUSGOV")])
    assert coded(doc, "111") == {("USAGOV", "RUSGOV")}


def test_blaming_participle_takes_the_main_clause_subject() -> None:
    text = "وأعلنت فرنسا دعمها للقرار، موجهة أصابع الاتهام للنظام السوري."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("السوري", "LOC", "SYRGOV")])
    assert coded(doc, "112") == {("FRA", "SYRGOV")}


def test_participles_of_holding_responsible_and_vowing() -> None:
    text = "وتحدث الرئيس الأمريكي عن الهجوم، محملا إيران المسؤولية عنه."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("إيران", "LOC", "IRN")])
    assert coded(doc, "112") == {("USAGOV", "IRN")}
    text = "وخرج وزير الخارجية الإيراني في مؤتمر صحفي، متوعدا إسرائيل برد قاس."
    doc = build(text, [("الإيراني", "LOC", "IRNGOV"), ("إسرائيل", "LOC", "ISR")])
    assert coded(doc, "13") == {("IRNGOV", "ISR")}


def test_feminine_calling_participle_is_an_appeal_but_the_preacher_is_not() -> None:
    text = "وأصدرت الخارجية السعودية بيانا، داعية إيران إلى وقف تدخلاتها."
    doc = build(text, [("السعودية", "LOC", "SAUGOV"), ("إيران", "LOC", "IRN")])
    assert coded(doc, "02") == {("SAUGOV", "IRN")}
    text = "ووصلت الداعية المصرية إلى لندن."
    assert not events_of(build(text, [("المصرية", "LOC", "EGYREL"), ("لندن", "LOC", "GBR")]))


def test_firing_written_with_the_plural_of_fire_is_gunfire() -> None:
    text = "وأطلقت قوات الأمن النيران على المحتجين في البصرة."
    doc = build(text, [("قوات الأمن", "ORG", "IRQCOP"), ("المحتجين", "PERS", "IRQOPP"), ("البصرة", "LOC", "IRQ")])
    # gunfire on protesters is violent repression (175), as the «kill» refinement already codes it
    assert coded(doc, "175") == {("IRQCOP", "IRQOPP")}
    assert not events_of(build("واتفق الجيش والمتمردون على وقف إطلاق النيران.", []))


def test_backing_named_after_min_supports_the_clause_subject() -> None:
    text = "وسيطرت القوات الحكومية على المدينة بدعم من الطيران الروسي."
    doc = build(text, [("الحكومية", "LOC", "SYRMIL"), ("الروسي", "LOC", "RUSMIL")])
    assert coded(doc, "07") == {("RUSMIL", "SYRMIL")}


def test_air_backing_is_military_aid() -> None:
    text = "وتقدمت قوات الجيش اليمني نحو المطار بإسناد جوي من مقاتلات التحالف العربي."
    doc = build(text, [("قوات الجيش اليمني", "ORG", "YEMMIL"), ("التحالف العربي", "ORG", "SAUMIL")])
    assert coded(doc, "072") == {("SAUMIL", "YEMMIL")}


def test_a_place_as_subject_is_not_the_backed_party() -> None:
    text = "وأصبح مطار المدينة تحت سيطرة القوات الحكومية بدعم من الطيران الروسي."
    doc = build(text, [("مطار المدينة", "LOC", "SYR"), ("الحكومية", "LOC", "SYRMIL"), ("الروسي", "LOC", "RUSMIL")])
    assert not [e for e in events_of(doc) if e.source.actor == "RUSMIL" and e.target.actor == "SYR"]


def test_repressing_protests_targets_the_protesters() -> None:
    text = "وقمعت السلطات السودانية التظاهرات المعارضة."
    doc = build(text, [("السودانية", "LOC", "SDNGOV")])
    assert coded(doc, "175") == {("SDNGOV", "SDNOPP")}


def test_adjunct_meeting_with_partners_of_the_same_sector() -> None:
    # the speaker meets bloc leaders: both parliamentary, still two parties
    text = (
        "وقال رئيس البرلمان العراقي في مؤتمر صحفي عقب اجتماع مع قادة الكتل السياسية في بغداد: "
        "إن المجلس سيحاسب الفاسدين."
    )
    doc = build(text, [("البرلمان العراقي", "ORG", "IRQLEG"), ("بغداد", "LOC", "IRQ")])
    assert coded(doc, "040") == {("IRQLEG", "IRQLEG")}


def test_the_parties_concerned_with_no_group_named_are_not_every_earlier_actor() -> None:
    text = "وطلبت الكويت عقد الجلسة. وانتقدت إسرائيل القرار. وحث السفير الأمريكي الأطراف المعنية على ضبط النفس."
    doc = build(text, [("الكويت", "LOC", "KWT"), ("إسرائيل", "LOC", "ISR"), ("الأمريكي", "LOC", "USAGOV")])
    # the appeal itself stands addressed to no coded actor (round 26, item 86), never to Kuwait or Israel
    assert all(target is None for _source, target in coded(doc, "02"))


def test_responding_with_an_act_lends_the_subject_to_it() -> None:
    text = "وردت موسكو بطرد ستين دبلوماسيا أميركيا."
    doc = build(text, [("موسكو", "LOC", "RUSGOV"), ("أميركيا", "LOC", "USAGOV")])
    assert coded(doc, "161") == {("RUSGOV", "USAGOV")}


def test_responding_to_an_accusation_lends_nothing() -> None:
    text = "وردت الخارجية الإيرانية على الاتهامات الأمريكية."
    doc = build(text, [("الإيرانية", "LOC", "IRNGOV"), ("الأمريكية", "LOC", "USAGOV")])
    assert not [e for e in events_of(doc) if e.source.actor == "IRNGOV" and e.cameo.startswith("112")]


def test_banners_against_an_act_target_its_agent() -> None:
    text = "وقام طلاب آخرون برفع لافتات مناهضة للتدخل العسكري التركي في سوريا."
    doc = build(text, [("التركي", "LOC", "TURMIL"), ("سوريا", "LOC", "SYR")])
    events = events_of(doc)
    assert {e.target.actor for e in events if e.cameo.startswith("14")} == {"TURMIL"}
    # the act opposed is no purpose of the protesters (it is the Turkish military's, named by its adjective)
    assert not [e for e in events if e.cameo.startswith("19") and e.source.actor != "TURMIL"]


def test_plural_pronoun_skips_cities_named_alone() -> None:
    text = (
        "وطالبت المنظمة كندا بملاحقة المسؤولين الأفارقة الذين يملكون عقارات بمدينتي مونتريال وأوتاوا، "
        "متهمة إياهم بغسل الأموال."
    )
    doc = build(
        text,
        [
            ("المنظمة", "ORG", "FRANGO"),
            ("كندا", "LOC", "CAN"),
            ("الأفارقة", "LOC", "AFRGOV"),
            ("مونتريال", "LOC", "CAN"),
            ("أوتاوا", "LOC", "CAN"),
        ],
    )
    assert {e.target.actor for e in events_of(doc) if e.cameo.startswith("112")} == {"AFRGOV"}


def test_an_official_attacking_is_a_verbal_attack_and_forces_fight() -> None:
    text = "وهاجم الرئيس الإيراني الرئيس الأمريكي بسبب العقوبات."
    doc = build(text, [("الإيراني", "LOC", "IRNGOV"), ("الأمريكي", "LOC", "USAGOV")])
    assert coded(doc, "111") == {("IRNGOV", "USAGOV")} and not coded(doc, "19")
    text = "وهاجمت القوات الحكومية مواقع المتمردين في الشمال."
    doc = build(text, [("الحكومية", "LOC", "SYRMIL"), ("المتمردين", "ORG", "SYRREB")])
    assert coded(doc, "190") == {("SYRMIL", "SYRREB")}


def test_callers_for_a_truce_are_not_its_parties() -> None:
    text = "ودعت روسيا وتركيا وإيران إلى هدنة دائمة في سوريا."
    doc = build(
        text, [("روسيا", "LOC", "RUS"), ("تركيا", "LOC", "TUR"), ("إيران", "LOC", "IRN"), ("سوريا", "LOC", "SYR")]
    )
    assert not [e for e in events_of(doc) if e.target.actor in ("RUS", "TUR", "IRN")]
    text = "واتفقت روسيا وتركيا على وقف إطلاق النار."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("تركيا", "LOC", "TUR")])
    assert has_pair(events_of(doc), "0356", "RUS", "TUR")


def test_a_friendly_state_is_the_other_country_of_the_sentence() -> None:
    # «الدولة الصديقة» names no country: the context's nearest country is the speaker's own, so it is the other one
    text = "وأكد الرئيس الفرنسي الاستعداد لدعم الدولة الصديقة خلال اتصال مع الرئيس المالي."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("المالي", "LOC", "MLIGOV")])
    assert not [e for e in events_of(doc) if e.source.actor == e.target.actor == "FRAGOV"]
    assert any(
        e.cameo.startswith("03") and (e.source.actor, e.target.actor) == ("FRAGOV", "MLIGOV") for e in events_of(doc)
    )
