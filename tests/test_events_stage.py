"""The events stage on sentences written for these tests, with hand-made entity, time and quote records."""

from __future__ import annotations

from events_helpers import build, events_of, has_pair, summary


def test_verb_subject_object_order_and_place() -> None:
    text = "التقى الرئيس المصري نظيره الفرنسي في باريس أمس."
    doc = build(text, [("المصري", "LOC", "EGYGOV"), ("الفرنسي", "LOC", "FRAGOV"), ("باريس", "LOC", "FRA")])
    events = events_of(doc)
    assert len(events) == 1 and has_pair(events, "040", "EGYGOV", "FRAGOV")
    event = events[0]
    assert event.location is not None and event.location.name == "باريس" and event.location.country == "FRA"
    assert text[event.evidence.start : event.evidence.end] == "التقى"
    assert event.plover.type == "CONSULT"


def test_meeting_in_a_third_country() -> None:
    text = "اجتمع وزير الدفاع التركي بنظيره الروسي في جنيف."
    doc = build(text, [("التركي", "LOC", "TURGOV"), ("الروسي", "LOC", "RUSGOV"), ("جنيف", "LOC", "CHE")])
    events = events_of(doc)
    assert len(events) == 1 and has_pair(events, "044", "TURGOV", "RUSGOV")


def test_subject_verb_order_after_complementizer_with_future_intent() -> None:
    text = "أعلن المتحدث أن روسيا ستساعد مصر في بناء محطة كهرباء."
    events = events_of(build(text, [("روسيا", "LOC", "RUS"), ("مصر", "LOC", "EGY")]))
    assert summary(events) == {("033", "RUS", "EGY")}
    assert events[0].modality == "intent" and not events[0].negated


def test_military_context_makes_aid_military() -> None:
    text = "أعلن الوزير أن روسيا ستساعد طاجيكستان في بناء نقاط حراسة على الحدود."
    events = events_of(build(text, [("روسيا", "LOC", "RUS"), ("طاجيكستان", "LOC", "TJK")]))
    assert summary(events) == {("0332", "RUS", "TJK")}


def test_between_x_and_y() -> None:
    text = "بدأت في الخرطوم المفاوضات بين إثيوبيا والسودان حول السد."
    doc = build(text, [("الخرطوم", "LOC", "SDN"), ("إثيوبيا", "LOC", "ETH"), ("والسودان", "LOC", "SDN")])
    events = events_of(doc)
    assert len(events) == 1 and has_pair(events, "046", "ETH", "SDN")


def test_with_preposition_introduces_the_target() -> None:
    text = "أجرى وزير الخارجية الأردني محادثة هاتفية مع نظيره المصري."
    events = events_of(build(text, [("الأردني", "LOC", "JORGOV"), ("المصري", "LOC", "EGYGOV")]))
    assert has_pair(events, "041", "JORGOV", "EGYGOV")
    assert events[0].plover.mode == "phone"


def test_support_verb_lends_its_subject_and_on_introduces_the_target() -> None:
    text = "شنّ الجيش السوري هجوما على مواقع المعارضة في ريف حلب."
    doc = build(text, [("السوري", "LOC", "SYRMIL"), ("المعارضة", "ORG", "SYROPP"), ("حلب", "LOC", "SYR")])
    assert summary(events_of(doc)) == {("190", "SYRMIL", "SYROPP")}


def test_passive_with_agent() -> None:
    text = "قُتل الجندي الإسرائيلي على يد مسلحين فلسطينيين قرب الحدود."
    doc = build(text, [("الإسرائيلي", "LOC", "ISRMIL"), ("فلسطينيين", "LOC", "PSEREB")])
    events = events_of(doc)
    assert len(events) == 1
    assert (events[0].source.actor, events[0].target.actor) == ("PSEREB", "ISRMIL")


def test_verbal_noun_with_genitive_source_and_from_target() -> None:
    text = "رحبت الحكومة العراقية بانسحاب القوات الأمريكية من العراق."
    doc = build(text, [("العراقية", "LOC", "IRQGOV"), ("الأمريكية", "LOC", "USAMIL"), ("العراق", "LOC", "IRQ", 2)])
    events = events_of(doc)
    assert has_pair(events, "0874", "USAMIL", "IRQ")


def test_coordinated_subjects_sign_once_and_criticise_each() -> None:
    signed = events_of(
        build("وقّعت مصر والأردن اتفاقية تعاون تجاري.", [("مصر", "LOC", "EGY"), ("والأردن", "LOC", "JOR")])
    )
    assert len(signed) == 1 and has_pair(signed, "057", "EGY", "JOR")
    text = "انتقدت فرنسا وألمانيا إيران بشدة."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("وألمانيا", "LOC", "DEU"), ("إيران", "LOC", "IRN")])
    assert summary(events_of(doc)) == {("111", "FRA", "IRN"), ("111", "DEU", "IRN")}


def test_future_support_construction_codes_intent_to_give_humanitarian_aid() -> None:
    text = "ستقوم قطر بتقديم مساعدات إنسانية لليمن."
    events = events_of(build(text, [("قطر", "LOC", "QAT"), ("لليمن", "LOC", "YEM")]))
    assert summary(events) == {("0333", "QAT", "YEM")}
    assert events[0].modality == "intent"


def test_intent_verb_before_the_event() -> None:
    text = "تعتزم تركيا إرسال قوات إلى ليبيا الشهر المقبل."
    events = events_of(build(text, [("تركيا", "LOC", "TUR"), ("ليبيا", "LOC", "LBY")]))
    assert [(e.cameo, e.source.actor, e.modality) for e in events] == [("154", "TUR", "intent")]


def test_negated_event_is_marked() -> None:
    text = "لم توقع إيران الاتفاق مع فرنسا."
    events = events_of(build(text, [("إيران", "LOC", "IRN"), ("فرنسا", "LOC", "FRA")]))
    assert len(events) == 1 and events[0].negated and events[0].modality == "negated"


def test_denial_is_coded_as_denial() -> None:
    text = "نفى الجيش الروسي قصف القوات التركية في إدلب."
    doc = build(text, [("الروسي", "LOC", "RUSMIL"), ("التركية", "LOC", "TURMIL"), ("إدلب", "LOC", "SYR")])
    assert summary(events_of(doc)) == {("016", "RUSMIL", "TURMIL")}


def test_rejection_of_talks_is_recoded() -> None:
    text = "رفضت الحكومة السودانية التفاوض مع المتمردين."
    doc = build(text, [("السودانية", "LOC", "SDNGOV"), ("المتمردين", "ORG", "SDNREB")])
    assert summary(events_of(doc)) == {("125", "SDNGOV", "SDNREB")}


def test_conditional_threat_of_force() -> None:
    text = "قال السفير إن القوات الروسية، إذا لزم الأمر، ستقوم بصد أي هجوم للمسلحين الأفغان."
    doc = build(text, [("الروسية", "LOC", "RUSMIL"), ("الأفغان", "LOC", "AFGREB")])
    events = events_of(doc)
    assert [(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events] == [
        ("138", "RUSMIL", "AFGREB", "conditional")
    ]


def test_first_person_in_a_quotation_takes_the_speaker() -> None:
    text = 'وقال الوزير الروسي: "سنواصل تقديم المساعدة إلى ليبيا".'
    doc = build(
        text,
        [("الروسي", "LOC", "RUSGOV"), ("ليبيا", "LOC", "LBY")],
        quotes=[("سنواصل تقديم المساعدة إلى ليبيا", "الوزير الروسي", "RUSGOV", "2021-07-20")],
    )
    events = events_of(doc)
    assert summary(events) == {("033", "RUSGOV", "LBY")}
    assert events[0].quote == "q1"
    assert events[0].date.value == "2021-07-20" and events[0].date.basis == "quote"


def test_appeal_demand_threat_and_accusation() -> None:
    cases = [
        (
            "دعت الأمم المتحدة إثيوبيا إلى وقف إطلاق النار.",
            [("الأمم المتحدة", "ORG", "IGOUNO"), ("إثيوبيا", "LOC", "ETH")],
            ("0256", "IGOUNO", "ETH"),
        ),
        (
            "طالب البرلمان الأوروبي تركيا بالإفراج عن الصحفيين.",
            [("البرلمان الأوروبي", "ORG", "IGOEURPAR"), ("تركيا", "LOC", "TUR")],
            ("1053", "IGOEURPAR", "TUR"),
        ),
        (
            "هدد الرئيس الأمريكي بفرض عقوبات على إيران.",
            [("الأمريكي", "LOC", "USAGOV"), ("إيران", "LOC", "IRN")],
            ("1312", "USAGOV", "IRN"),
        ),
        (
            "اتهمت بريطانيا روسيا بالتجسس على مؤسساتها.",
            [("بريطانيا", "LOC", "GBR"), ("روسيا", "LOC", "RUS")],
            ("1125", "GBR", "RUS"),
        ),
    ]
    for text, entities, expected in cases:
        assert expected in summary(events_of(build(text, entities))), text


def test_date_from_the_governing_time_expression_else_publication() -> None:
    text = "وفي عام 2020، وقّعت واشنطن وكابول اتفاقا أمنيا. واجتمع وزير الخارجية الأمريكي بنظيره الأفغاني."
    doc = build(
        text,
        [
            ("واشنطن", "LOC", "USAGOV"),
            ("وكابول", "LOC", "AFGGOV"),
            ("الأمريكي", "LOC", "USAGOV"),
            ("الأفغاني", "LOC", "AFGGOV"),
        ],
        timexes=[("عام 2020", "2020")],
        published="2021-07-22",
    )
    events = events_of(doc)
    signed = next(e for e in events if e.cameo == "057")
    assert (signed.date.value, signed.date.basis, signed.date.timex) == ("2020", "timex", "t1")
    met = next(e for e in events if e.cameo == "040")
    assert (met.date.value, met.date.basis) == ("2021-07-22", "published")


def test_unknown_perpetrator_is_kept_for_violence_and_events_without_actors_are_dropped() -> None:
    text = "هاجم مسلحون مجهولون قافلة تابعة للأمم المتحدة. وتظاهر آلاف في الساحة الرئيسية."
    events = events_of(build(text, [("للأمم المتحدة", "ORG", "IGOUNO")]))
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("190", None, "IGOUNO")]


def test_each_event_is_coded_once_per_article() -> None:
    text = "التقى وزير الخارجية المصري نظيره السعودي في القاهرة. وتناول لقاء الوزير المصري بنظيره السعودي الأزمة."
    doc = build(
        text,
        [
            ("المصري", "LOC", "EGYGOV"),
            ("السعودي", "LOC", "SAUGOV"),
            ("القاهرة", "LOC", "EGY"),
            ("المصري", "LOC", "EGYGOV", 2),
            ("السعودي", "LOC", "SAUGOV", 2),
        ],
    )
    assert len([e for e in events_of(doc) if e.cameo.startswith("04")]) == 1


def test_sawfa_and_impersonal_preparation_are_intent() -> None:
    text = "سوف تفرض الحكومة الكندية عقوبات على ميانمار."
    events = events_of(build(text, [("الكندية", "LOC", "CANGOV"), ("ميانمار", "LOC", "MMR")]))
    assert [(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events] == [
        ("163", "CANGOV", "MMR", "intent")  # a plain plan keeps its act (cameo_transforms.json plan_kept)
    ]
    text = 'وقال الوزير الأردني: "يتم الآن الإعداد لتقديم مساعدات إنسانية إلى غزة".'
    doc = build(
        text,
        [("الأردني", "LOC", "JORGOV"), ("غزة", "LOC", "PSE")],
        quotes=[("يتم الآن الإعداد لتقديم مساعدات إنسانية إلى غزة", "الوزير الأردني", "JORGOV", None)],
    )
    assert summary(events_of(doc)) == {("0333", "JORGOV", "PSE")}


def test_we_in_a_quotation_is_the_speakers_country_unless_an_official_speaks() -> None:
    text = 'وقال زعيم المعارضة التركية: "نحن ندعم المتظاهرين في إيران".'
    doc = build(
        text,
        [("التركية", "LOC", "TUROPP"), ("إيران", "LOC", "IRN")],
        quotes=[("نحن ندعم المتظاهرين في إيران", "زعيم المعارضة التركية", "TUROPP", None)],
    )
    events = events_of(doc)
    assert [(e.cameo, e.source.actor, e.quote) for e in events] == [("051", "TUR", "q1")]


def test_country_adjective_after_a_verbal_noun_is_its_agent() -> None:
    text = "وصلت مساعدات سعودية وإماراتية جديدة إلى عدن."
    doc = build(text, [("سعودية", "LOC", "SAU"), ("وإماراتية", "LOC", "ARE"), ("عدن", "LOC", "YEM")])
    assert {(e.source.actor, e.cameo[:2]) for e in events_of(doc)} >= {("SAU", "07"), ("ARE", "07")}


def test_dateline_place_is_no_subject() -> None:
    text = "بغداد 25 شوال 1436 هـ طالب رئيس البرلمان العراقي الحكومة بإجراء إصلاحات."
    doc = build(text, [("بغداد", "LOC", "IRQ"), ("العراقي", "LOC", "IRQLEG")])
    # the demand's target is the government of the article's country, an unnamed actor; a demand for reforms
    # is a demand for political reform
    assert summary(events_of(doc)) == {("104", "IRQLEG", "IRQGOV")}


def test_owner_of_the_criticised_thing_is_the_target() -> None:
    text = "وانتقدت السلطات المصرية التقرير الأمريكي."
    events = events_of(build(text, [("المصرية", "LOC", "EGYGOV"), ("الأمريكي", "LOC", "USA")]))
    assert summary(events) == {("111", "EGYGOV", "USA")}


def test_condemned_act_names_the_target() -> None:
    text = "ونددت الجامعة العربية بالغارات الإسرائيلية على غزة."
    doc = build(text, [("الجامعة العربية", "ORG", "IGOARL"), ("الإسرائيلية", "LOC", "ISRMIL"), ("غزة", "LOC", "PSE")])
    events = events_of(doc)
    assert has_pair(events, "111", "IGOARL", "ISRMIL") and has_pair(events, "195", "ISRMIL", "PSE")


def test_coordinated_verb_keeps_the_subject_when_the_next_actor_is_its_object() -> None:
    text = "وصل وزير الخارجية الإيراني إلى دمشق، والتقى الرئيس السوري."
    doc = build(text, [("الإيراني", "LOC", "IRNGOV"), ("دمشق", "LOC", "SYR"), ("السوري", "LOC", "SYRGOV")])
    assert summary(events_of(doc)) == {("040", "IRNGOV", "SYRGOV")}
    text = "وأدانت فرنسا الهجوم، واتهمت روسيا بدعم المتمردين."
    events = events_of(build(text, [("فرنسا", "LOC", "FRA"), ("روسيا", "LOC", "RUS")]))
    assert [(e.cameo[:3], e.source.actor, e.target.actor) for e in events] == [("112", "FRA", "RUS")]


def test_coordinated_verb_with_a_new_subject_and_its_own_object() -> None:
    text = "انتقدت فرنسا القرار، وأيدت ألمانيا الخطوة الأمريكية."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("ألمانيا", "LOC", "DEU"), ("الأمريكية", "LOC", "USA")])
    events = events_of(doc)
    assert has_pair(events, "051", "DEU", "USA") and not any(e.source.actor == "FRA" for e in events)


def test_short_definite_name_of_an_organisation_named_earlier() -> None:
    text = "قدمت منظمة العفو الدولية شكوى ضد الحكومة البورمية. واتهمت هذه المنظمة الجيش البورمي بارتكاب جرائم."
    doc = build(
        text,
        [("منظمة العفو الدولية", "ORG", "NGOHRIAMN"), ("البورمية", "LOC", "MMRGOV"), ("البورمي", "LOC", "MMRMIL")],
    )
    events = events_of(doc)
    assert has_pair(events, "114", "NGOHRIAMN", "MMRGOV")
    accusations = [(e.source.actor, e.target.actor) for e in events if e.cameo.startswith("112")]
    assert accusations == [("NGOHRIAMN", "MMRMIL")]


def test_hamza_seat_before_a_pronoun_and_new_lexicon_words() -> None:
    text = "وقال الرئيس المصري خلال لقائه بنظيره الفرنسي إن البلدين متفقان."
    events = events_of(build(text, [("المصري", "LOC", "EGYGOV"), ("الفرنسي", "LOC", "FRAGOV")]))
    assert summary(events) == {("040", "EGYGOV", "FRAGOV")}
    text = "ودحر الجيش العراقي مسلحي التنظيم من الموصل."
    actors = [("العراقي", "LOC", "IRQMIL"), ("التنظيم", "ORG", "IMGMUSISI"), ("الموصل", "LOC", "IRQ")]
    events = events_of(build(text, actors))
    assert has_pair(events, "190", "IRQMIL", "IMGMUSISI")


def test_attributed_to_names_the_agent_of_a_verbal_noun() -> None:
    text = "وتوترت العلاقات بعد الهجوم الكيميائي المنسوب إلى الجيش السوري على مدينة دوما."
    events = events_of(build(text, [("السوري", "LOC", "SYRMIL"), ("دوما", "LOC", "SYR")]))
    assert summary(events) == {("2041", "SYRMIL", "SYR")}


def test_two_named_actors_with_one_code_are_two_events() -> None:
    text = "واتهمت حركة حماس إسرائيل بخرق الهدنة. كما اتهمت حركة الجهاد إسرائيل بقصف المدنيين."
    doc = build(
        text,
        [
            ("حركة حماس", "ORG", "PSEREB"),
            ("إسرائيل", "LOC", "ISR"),
            ("حركة الجهاد", "ORG", "PSEREB"),
            ("إسرائيل", "LOC", "ISR", 2),
        ],
    )
    accusations = [e for e in events_of(doc) if e.cameo.startswith("112")]
    assert len(accusations) == 2 and {(e.source.actor, e.target.actor) for e in accusations} == {("PSEREB", "ISR")}


def test_generic_agents_take_their_sector_and_the_country_of_the_phrase() -> None:
    text = "اعتقلت قوات الأمن العراقية عشرات المتظاهرين في البصرة."
    doc = build(text, [("العراقية", "LOC", "IRQ"), ("البصرة", "LOC", "IRQ")])
    assert summary(events_of(doc)) == {("173", "IRQCOP", "IRQCVL")}


def test_unnamed_gunmen_as_subject_and_police_as_target() -> None:
    text = "هاجم مسلحون مركزا للشرطة في مدينة الموصل العراقية."
    doc = build(text, [("الموصل", "LOC", "IRQ"), ("العراقية", "LOC", "IRQ")])
    assert summary(events_of(doc)) == {("190", "IRQREB", "IRQCOP")}


def test_counted_protesters_are_the_subject_but_an_oblique_plural_is_the_object() -> None:
    protest = events_of(build("احتج آلاف المتظاهرين في طهران على غلاء الأسعار.", [("طهران", "LOC", "IRN")]))
    assert summary(protest) == {("140", "IRNCVL", None)}
    text = "اتهمت الحكومة السورية المتمردين بقصف الأحياء السكنية."
    accused = events_of(build(text, [("السورية", "LOC", "SYRGOV")]))
    assert {(e.source.actor, e.target.actor) for e in accused} == {("SYRGOV", "SYRREB")}


def test_object_pronoun_stands_for_the_last_actor_not_a_place() -> None:
    text = "وصل وزير الخارجية الإيراني إلى أنقرة أمس. وانتقده نظيره التركي بسبب تصريحاته."
    doc = build(text, [("الإيراني", "LOC", "IRNGOV"), ("أنقرة", "LOC", "TUR"), ("التركي", "LOC", "TURGOV")])
    assert summary(events_of(doc)) == {("111", "TURGOV", "IRNGOV")}


def test_liberating_a_city_is_fighting_over_it() -> None:
    text = "أعلنت الحكومة اليمنية تحرير مدينة عدن من المتمردين."
    events = events_of(build(text, [("اليمنية", "LOC", "YEMGOV"), ("عدن", "LOC", "YEM")]))
    assert {(e.cameo, e.source.actor, (e.target.actor or "")[:3]) for e in events} == {("190", "YEMGOV", "YEM")}


def test_adverbial_verbal_noun_takes_the_clause_subject() -> None:
    text = "قال وزير الخارجية العراقي في مؤتمر صحفي عقب اجتماع مع السفير الإيراني إن العلاقات متينة."
    doc = build(text, [("العراقي", "LOC", "IRQGOV"), ("الإيراني", "LOC", "IRNGOV")])
    assert has_pair(events_of(doc), "040", "IRQGOV", "IRNGOV")


def test_purpose_verbal_noun_takes_the_subject_of_the_verb_it_serves() -> None:
    text = "ذكر المصدر أن قوات الأمن المصرية داهمت قرية في سيناء لاعتقال قياديين في حركة حماس."
    doc = build(text, [("المصرية", "LOC", "EGYCOP"), ("سيناء", "LOC", "EGY"), ("حماس", "ORG", "PSEREB")])
    assert has_pair(events_of(doc), "173", "EGYCOP", "PSEREB")


def test_adverbial_noun_after_report_opener_continues_the_previous_subject() -> None:
    text = "دعا ملك الأردن إلى تهدئة شاملة في المنطقة. جاء ذلك خلال استقبال وزير الخارجية الفرنسي في عمان."
    doc = build(text, [("الأردن", "LOC", "JORGOV"), ("الفرنسي", "LOC", "FRAGOV"), ("عمان", "LOC", "JOR")])
    assert has_pair(events_of(doc), "043", "JORGOV", "FRAGOV")


def test_adverbial_agent_is_not_the_actor_it_meets() -> None:
    text = "صرح رئيس الاتحاد للصحافيين عقب اجتماع الاتحاد في القاهرة بأن البطولة ستقام في موعدها."
    doc = build(text, [("الاتحاد", "ORG", "NGOSPT"), ("الاتحاد", "ORG", "NGOSPT", 2), ("القاهرة", "LOC", "EGY")])
    assert not [e for e in events_of(doc) if e.source.actor == e.target.actor == "NGOSPT"]


def test_verb_after_pronoun_complementizer_has_the_reporting_subject() -> None:
    text = "قال وزير الدفاع الأمريكي إنه التقى الرئيس الباكستاني في إسلام آباد."
    places = [("الأمريكي", "LOC", "USAGOV"), ("الباكستاني", "LOC", "PAKGOV"), ("إسلام آباد", "LOC", "PAK")]
    assert summary(events_of(build(text, places))) == {("040", "USAGOV", "PAKGOV")}
    text = "قال وزير الدفاع الأمريكي إن الرئيس الباكستاني التقى نظيره الهندي."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("الباكستاني", "LOC", "PAKGOV"), ("الهندي", "LOC", "INDGOV")])
    assert summary(events_of(doc)) == {("040", "PAKGOV", "INDGOV")}


def test_subjectless_verb_continues_the_speaker_of_the_previous_sentence() -> None:
    text = "وقال المتحدث باسم الجيش اليمني إن الهدنة صامدة. واتهم المتمردين بخرق وقف إطلاق النار في تعز."
    doc = build(
        text,
        [("اليمني", "LOC", "YEMMIL"), ("المتمردين", "ORG", "YEMREB"), ("تعز", "LOC", "YEM")],
        quotes=[("الهدنة صامدة", "المتحدث باسم الجيش اليمني", "YEMMIL", None)],
    )
    assert {(e.cameo[:3], e.source.actor, e.target.actor) for e in events_of(doc)} == {("112", "YEMMIL", "YEMREB")}


def test_sentence_opening_verb_before_a_place_phrase_is_not_given_the_previous_subject() -> None:
    text = "أعلنت الشرطة الألمانية عن حملة تفتيش واسعة. واعتقل في برلين ناشط معارض روسي."
    doc = build(text, [("الألمانية", "LOC", "DEUCOP"), ("برلين", "LOC", "DEU"), ("روسي", "LOC", "RUSOPP")])
    assert not has_pair(events_of(doc), "173", "DEUCOP", "DEUCOP")


def test_statement_coded_by_what_was_said() -> None:
    text = "وقال وزير الخارجية الهولندي إن تصريحات الحكومة الإيرانية غير مقبولة على الإطلاق."
    doc = build(
        text,
        [("الهولندي", "LOC", "NLDGOV"), ("الإيرانية", "LOC", "IRNGOV")],
        quotes=[("تصريحات الحكومة الإيرانية غير مقبولة على الإطلاق", "وزير الخارجية الهولندي", "NLDGOV", None)],
    )
    events = events_of(doc)
    assert summary(events) == {("111", "NLDGOV", "IRNGOV")}
    assert events[0].quote == "q1"


def test_statement_without_a_judging_phrase_codes_nothing_and_a_negated_accusation_defends() -> None:
    plain = "وقال وزير الخارجية الهولندي إن الحكومة الإيرانية ستعقد مؤتمرا للمانحين."
    negated = "وقال وزير الخارجية الهولندي إن التقرير لا يثبت تورط الحكومة الإيرانية في الهجوم."
    for text, content, expected in (
        (plain, "الحكومة الإيرانية ستعقد مؤتمرا للمانحين", set()),
        (negated, "التقرير لا يثبت تورط الحكومة الإيرانية في الهجوم", {("052", "NLDGOV", "IRNGOV")}),
    ):
        doc = build(
            text,
            [("الهولندي", "LOC", "NLDGOV"), ("الإيرانية", "LOC", "IRNGOV")],
            quotes=[(content, "وزير الخارجية الهولندي", "NLDGOV", None)],
        )
        assert {t for t in summary(events_of(doc)) if t[0].startswith(("11", "05", "01"))} == expected


def test_statement_about_the_speakers_own_country_codes_nothing() -> None:
    text = "وقال الرئيس التركي إن العلاقات مع تركيا ليست جيدة الآن."
    doc = build(
        text,
        [("التركي", "LOC", "TURGOV"), ("تركيا", "LOC", "TUR")],
        quotes=[("العلاقات مع تركيا ليست جيدة الآن", "الرئيس التركي", "TURGOV", None)],
    )
    assert not events_of(doc)


def test_verb_after_free_relative_ma_is_not_negated_and_has_no_target_of_its_own() -> None:
    text = "وافق المزارعون على ما تطلبه الحكومة الكينية من المزارعين في نيروبي."
    doc = build(text, [("الكينية", "LOC", "KENGOV"), ("المزارعين", "ORG", "KENCVL"), ("نيروبي", "LOC", "KEN")])
    assert not [e for e in events_of(doc) if e.source.actor == "KENGOV"]
    text = "لا تطلب الحكومة الكينية من المزارعين أي شيء."
    doc = build(text, [("الكينية", "LOC", "KENGOV"), ("المزارعين", "ORG", "KENCVL")])
    assert [e.negated for e in events_of(doc) if e.source.actor == "KENGOV"] == [True]


def test_noun_negator_does_not_negate_a_later_verb() -> None:
    text = "وبعد ساعات دون كهرباء اعتقلت الشرطة الكينية ناشطا معارضا في نيروبي."
    doc = build(text, [("الكينية", "LOC", "KENCOP"), ("معارضا", "ORG", "KENOPP"), ("نيروبي", "LOC", "KEN")])
    arrests = [e for e in events_of(doc) if e.cameo == "173"]
    assert arrests and not any(e.negated for e in arrests)


def test_warrant_or_draft_naming_an_act_is_not_that_act() -> None:
    # the warrant is no arrest; issuing it is the court's legal action against its target (CAMEO 173 charge)
    text = "أصدرت المحكمة الكينية مذكرة اعتقال بحق زعيم المعارضة الكينية."
    doc = build(text, [("الكينية", "LOC", "KENJUD"), ("الكينية", "LOC", "KENOPP", 2)])
    coded = [(e.cameo, text[e.evidence.start : e.evidence.end].split()[0]) for e in events_of(doc)]
    assert coded == [("173", "أصدرت")]
    text = "ناقش البرلمان الكيني مذكرة اعتقال زعيم المعارضة الكينية."
    doc = build(text, [("البرلمان الكيني", "ORG", "KENLEG"), ("المعارضة الكينية", "ORG", "KENOPP")])
    assert not [e for e in events_of(doc) if e.cameo == "173"]
    text = "اعتقلت الشرطة الكينية زعيم المعارضة الكينية."
    doc = build(text, [("الكينية", "LOC", "KENCOP"), ("الكينية", "LOC", "KENOPP", 2)])
    assert has_pair(events_of(doc), "173", "KENCOP", "KENOPP")


def test_pronoun_possessor_may_be_governed_by_a_preposition() -> None:
    text = "وأضاف مصدر مرافق لوزير الدفاع الأمريكي خلال زيارته إلى العراق أن المحادثات كانت مثمرة."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("العراق", "LOC", "IRQ")])
    assert has_pair(events_of(doc), "042", "USAGOV", "IRQ")


def test_aggression_is_a_use_of_force() -> None:
    text = "تواصل العدوان الإسرائيلي على قطاع غزة لليوم الثالث."
    doc = build(text, [("الإسرائيلي", "LOC", "ISR"), ("غزة", "LOC", "PSE")])
    assert has_pair(events_of(doc), "190", "ISR", "PSE")


def test_passive_of_fighting_without_an_agent_is_no_event_but_a_stated_unknown_attacker_is() -> None:
    text = "وحوصرت عناصر المتمردين الكونغوليين داخل المعسكر."
    doc = build(text, [("الكونغوليين", "LOC", "CODREB")])
    assert not events_of(doc)
    text = "وهاجم مسلحون مجهولون مقر البعثة الأممية في الكونغو."
    doc = build(text, [("الأممية", "ORG", "IGOUNO"), ("الكونغو", "LOC", "COD")])
    assert has_pair(events_of(doc), "190", None, "IGOUNO")


def test_one_actor_is_not_both_sides_of_a_directed_event() -> None:
    text = "وتحدث الوزير الفرنسي عن دور بلاده في الوساطة بين الأطراف المتنازعة في مالي."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("مالي", "LOC", "MLI")])
    assert not [e for e in events_of(doc) if e.source.actor == e.target.actor]


def test_affiliated_owner_is_the_target_of_a_demand_on_its_teams() -> None:
    text = "ويطالب سكان البلدات الكونغولية الفرق التابعة لمنظمة الصحة العالمية بزيادة عدد الأطباء."
    doc = build(text, [("الكونغولية", "LOC", "CODCVL"), ("منظمة الصحة العالمية", "ORG", "IGOUNOWHO")])
    assert has_pair(events_of(doc), "100", "CODCVL", "IGOUNOWHO")


def test_pronoun_on_a_preposition_stands_for_the_last_actor() -> None:
    text = "وصل المبعوث الأممي إلى صنعاء أمس. واجتمع معه وزير الخارجية اليمني في مقر الوزارة."
    actors = [("الأممي", "ORG", "IGOUNO"), ("صنعاء", "LOC", "YEM"), ("اليمني", "LOC", "YEMGOV")]
    events = events_of(build(text, actors))
    assert any({e.source.actor, e.target.actor} == {"YEMGOV", "IGOUNO"} and e.cameo[:2] == "04" for e in events)


def test_preposition_about_the_subject_itself_is_no_target() -> None:
    text = "أعلنت وزارة الخارجية الفرنسية أن الرئيس الإيراني نفى الاتهامات عنه."
    doc = build(text, [("الفرنسية", "LOC", "FRAGOV"), ("الإيراني", "LOC", "IRNGOV")])
    assert not any(e.target.actor == "FRAGOV" for e in events_of(doc))


def test_two_countries_word_counts_a_state_and_its_government_once() -> None:
    text = "زار الرئيس الروسي الصين، وقالت الحكومة الصينية إن البلدين وقعا اتفاقا للتعاون."
    actors = [("الروسي", "LOC", "RUSGOV"), ("الصين", "LOC", "CHN"), ("الصينية", "LOC", "CHNGOV")]
    events = events_of(build(text, actors))
    assert not any(e.cameo.startswith("05") and {e.source.actor, e.target.actor} == {"CHN", "CHNGOV"} for e in events)
    assert any(e.cameo.startswith("05") and {e.source.actor[:3], e.target.actor[:3]} == {"RUS", "CHN"} for e in events)


def test_a_sentence_without_a_date_takes_the_day_of_the_sentence_before() -> None:
    text = (
        "التقى وزير الخارجية الروسي نظيره التركي الثلاثاء في موسكو.\n"
        "ووقع الوزيران اتفاقا للتعاون بين روسيا وتركيا.\n"
        "وكانت روسيا قد وقعت اتفاقا مع إيران في عام 2016.\n"
        "وانتقدت إيران تركيا."
    )
    doc = build(
        text,
        [
            ("الروسي", "LOC", "RUSGOV"),
            ("التركي", "LOC", "TURGOV"),
            ("روسيا", "LOC", "RUS", 1),
            ("تركيا", "LOC", "TUR", 1),
            ("روسيا", "LOC", "RUS", 2),
            ("إيران", "LOC", "IRN", 1),
            ("إيران", "LOC", "IRN", 2),
            ("تركيا", "LOC", "TUR", 2),
        ],
        timexes=[("الثلاثاء", "2021-07-20"), ("عام 2016", "2016")],
    )
    dates = {(e.cameo[:3], e.date.value, e.date.basis) for e in events_of(doc)}
    assert ("057", "2021-07-20", "passage") in dates  # the agreement: the Tuesday the meeting was on
    assert ("111", "2021-07-22", "published") in dates  # after a background year, the publication date


def test_the_event_after_ghadat_is_dated_the_day_before() -> None:
    text = "وجاء الإعلان غداة زيارة الرئيس الروسي إلى تركيا، وتلتقي الوزيرة نظيرها التركي الخميس."
    doc = build(
        text,
        [("الروسي", "LOC", "RUSGOV"), ("تركيا", "LOC", "TUR"), ("التركي", "LOC", "TURGOV")],
        timexes=[("غداة", "2021-07-22"), ("الخميس", "2021-07-22")],
    )
    dates = {e.cameo: e.date.value for e in events_of(doc)}
    assert dates.get("042") == "2021-07-21"  # the visit: the day before the announcement «غداة» dates


def test_an_event_a_span_after_the_sentence_is_dated_by_it() -> None:
    from rasd.pipeline import analyze

    doc = analyze(
        "وصدرت الاتهامات قبل ثلاثة أيام من القمة المقررة بين الرئيس الأمريكي ونظيره الروسي في هلسنكي.",
        published="2018-07-13",
    )
    summits = [e for e in doc.events if e.cameo.startswith("03") or e.cameo.startswith("04")]
    assert summits and all(e.date.value == "2018-07-16" for e in summits)  # three days after the accusations


def test_two_meetings_inside_one_country_with_different_parties_stay_two_events() -> None:
    text = (
        "التقى الرئيس الفرنسي أعضاء البرلمان الفرنسي صباح الاثنين. "
        "وفي المساء اجتمع الرئيس الفرنسي مع قادة الجيش الفرنسي."
    )
    actors = [
        ("الرئيس الفرنسي", "PERS", "FRAGOV", 1),
        ("البرلمان الفرنسي", "ORG", "FRALEG"),
        ("الرئيس الفرنسي", "PERS", "FRAGOV", 2),
        ("الجيش الفرنسي", "ORG", "FRAMIL"),
    ]
    meetings = {
        frozenset((e.source.actor, e.target.actor)) for e in events_of(build(text, actors)) if e.cameo[:2] == "04"
    }
    assert meetings == {frozenset({"FRAGOV", "FRALEG"}), frozenset({"FRAGOV", "FRAMIL"})}


def test_one_meeting_named_twice_inside_one_country_stays_one_event() -> None:
    text = (
        "التقى الرئيس الفرنسي أعضاء البرلمان الفرنسي صباح الاثنين. "
        "وتناول اللقاء بين الرئيس الفرنسي والبرلمان الفرنسي الميزانية."
    )
    actors = [
        ("الرئيس الفرنسي", "PERS", "FRAGOV", 1),
        ("البرلمان الفرنسي", "ORG", "FRALEG", 1),
        ("الرئيس الفرنسي", "PERS", "FRAGOV", 2),
        ("البرلمان الفرنسي", "ORG", "FRALEG", 2),
    ]
    meetings = [e for e in events_of(build(text, actors)) if e.cameo[:2] == "04"]
    assert len(meetings) == 1
