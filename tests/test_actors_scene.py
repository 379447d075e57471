"""Where an untold title's country comes from when the text names none next to it: the scene a sentence opens on
(«وفي واشنطن، …») before the article's main country; and the head of a mission or embassy, whose «لدى»/«في» names
the host, not the employer. Sentences written for these tests."""

from __future__ import annotations

from test_actors import actor_of, run


def test_a_sentence_opening_on_a_capital_gives_its_country_to_an_untold_ministry() -> None:
    text = (
        "هددت فنزويلا بالرد على العقوبات وقالت كراكاس إنها لن تتراجع. "
        "وفي مدريد، أعلنت وزارة الخارجية استدعاء السفير الفنزويلي."
    )
    doc = run(
        text,
        [
            ("فنزويلا", "LOC"),
            ("كراكاس", "LOC"),
            ("مدريد", "LOC"),
            ("وزارة الخارجية", "ORG"),
            ("الفنزويلي", "LOC"),
        ],
    )
    scene = actor_of(doc, "وزارة الخارجية")
    assert scene is not None and scene.cameo == "ESPGOV" and scene.kb_source == "title+scene"
    madrid = actor_of(doc, "مدريد")
    assert madrid is not None and madrid.cameo == "ESP"  # «وفي مدريد» is where, not the government


def test_a_scene_gives_a_titled_person_its_country_but_a_named_country_wins() -> None:
    text = (
        "رفضت كوبا الاتهامات الأمريكية. "
        "وفي الولايات المتحدة، قال المتحدث باسم وزارة الخارجية جون ميلر إن بلاده ستواصل الضغط. "
        "وفي هافانا، قال وزير الخارجية الكندي بيتر غرين إن الحوار ممكن."
    )
    doc = run(
        text,
        [
            ("كوبا", "LOC"),
            ("الأمريكية", "LOC"),
            ("الولايات المتحدة", "LOC"),
            ("جون ميلر", "PERS"),
            ("هافانا", "LOC"),
            ("الكندي", "LOC"),
            ("بيتر غرين", "PERS"),
        ],
    )
    spokesman = actor_of(doc, "جون ميلر")
    assert spokesman is not None and spokesman.cameo == "USAGOV"
    canadian = actor_of(doc, "بيتر غرين")
    assert canadian is not None and canadian.cameo == "CANGOV"


def test_a_sentence_opening_on_a_time_or_a_town_sets_no_scene() -> None:
    text = "هددت فنزويلا بالرد. وفي الأسبوع الماضي، أعلنت وزارة الخارجية استدعاء السفير الفنزويلي."
    doc = run(text, [("فنزويلا", "LOC"), ("وزارة الخارجية", "ORG"), ("الفنزويلي", "LOC")])
    actor = actor_of(doc, "وزارة الخارجية")
    assert actor is not None and actor.cameo == "VENGOV" and actor.kb_source == "title+focus"


def test_the_head_of_a_mission_is_the_employers_not_the_hosts() -> None:
    text = (
        "وقال رئيس بعثة الأمم المتحدة في السودان كارلوس مندوزا إن الهدنة صامدة، "
        "فيما قال رئيس بعثة البرازيل لدى الأمم المتحدة ماريو سيلفا إن بلاده تدعم الحوار."
    )
    doc = run(
        text,
        [
            ("الأمم المتحدة", "ORG"),
            ("السودان", "LOC"),
            ("كارلوس مندوزا", "PERS"),
            ("البرازيل", "LOC"),
            ("الأمم المتحدة", "ORG"),
            ("ماريو سيلفا", "PERS"),
        ],
    )
    envoy = actor_of(doc, "كارلوس مندوزا")
    assert envoy is not None and envoy.cameo == "IGOUNO"
    ambassador = actor_of(doc, "ماريو سيلفا")
    assert ambassador is not None and ambassador.cameo == "BRAGOV"


def test_an_unknown_university_named_after_a_big_city_is_in_that_citys_country() -> None:
    text = "قصفت القوات مواقع في حلب. وقالت جامعة بوسطن إنها ستستقبل طلابا سوريين، وأعلنت جامعة الفجر منحا جديدة."
    doc = run(text, [("حلب", "LOC"), ("جامعة بوسطن", "ORG"), ("سوريين", "LOC"), ("جامعة الفجر", "ORG")])
    boston = actor_of(doc, "جامعة بوسطن")
    assert boston is not None and boston.cameo == "USAEDU"  # not the English Boston, not the article's Syria
    other = actor_of(doc, "جامعة الفجر")
    assert other is not None and other.kb_source == "title+focus"  # no city in that name


def test_an_office_set_off_before_a_courtesy_title_is_the_persons() -> None:
    text = "انتقدت ليبيا القرار. ووصف وزير الصحة التونسي، الدكتور كمال شاكر، القرار بأنه متسرع."
    doc = run(text, [("ليبيا", "LOC"), ("التونسي", "LOC"), ("كمال شاكر", "PERS")])
    actor = actor_of(doc, "كمال شاكر")
    assert actor is not None and actor.cameo == "TUNGOV"
    listed = run(
        "انتقدت ليبيا القرار. وحضر وزير الصحة التونسي، والدكتور كمال شاكر.",
        [("ليبيا", "LOC"), ("التونسي", "LOC"), ("كمال شاكر", "PERS")],
    )
    other = actor_of(listed, "كمال شاكر")
    assert other is None or other.cameo != "TUNGOV"  # «و» adds a second person


def test_the_same_office_said_again_after_a_name_needs_no_comma() -> None:
    text = (
        "استقبل الأردن الوفد. وحضر السفير سامي نور سفير مصر لدى الأردن، "
        "والعقيد كمال شاكر الملحق العسكري المصري لدى الأردن."
    )
    doc = run(
        text,
        [("الأردن", "LOC"), ("سامي نور", "PERS"), ("مصر", "LOC"), ("كمال شاكر", "PERS"), ("المصري", "LOC")],
    )
    ambassador = actor_of(doc, "سامي نور")
    assert ambassador is not None and ambassador.cameo == "EGYGOV"  # not the host's, nor the article's
    attache = actor_of(doc, "كمال شاكر")
    assert attache is not None and attache.cameo == "EGYMIL" and attache.role == "military attaché"
    met = run("والتقى الأمير فهد ناصر رئيس الوزراء المغربي.", [("فهد ناصر", "PERS"), ("المغربي", "LOC")])
    prince = actor_of(met, "فهد ناصر")
    assert prince is None or prince.role != "prime minister"  # the object of «التقى» holds that office


def test_a_team_captain_and_a_club_president_are_civilians_not_officers() -> None:
    text = (
        "فاز المنتخب الأوروغوياني على ضيفه. وسجل قائد المنتخب الأوروغوياني دييغو رامون هدفا، "
        "فيما قال رئيس نادي الوحدة خالد منصور إن الفوز مستحق."
    )
    doc = run(
        text,
        [("الأوروغوياني", "LOC"), ("الأوروغوياني", "LOC"), ("دييغو رامون", "PERS"), ("خالد منصور", "PERS")],
    )
    captain = actor_of(doc, "دييغو رامون")
    assert captain is not None and captain.cameo == "URYCVL" and captain.role == "captain"
    president = actor_of(doc, "خالد منصور")
    assert president is not None and president.sector == "CVL"
    army = run(
        "وقال قائد الجيش الأوروغوياني دييغو رامون إن القوات جاهزة.", [("الأوروغوياني", "LOC"), ("دييغو رامون", "PERS")]
    )
    officer = actor_of(army, "دييغو رامون")
    assert officer is not None and officer.cameo == "URYMIL"


def test_an_unknown_town_followed_by_a_gentilic_is_in_that_country() -> None:
    text = "فاز الهلال على النصر في الرياض وسط حضور سعودي كبير. وانتقل الفريق إلى معسكر في مدينة هورستن الهولندية."
    doc = run(text, [("الرياض", "LOC"), ("سعودي", "LOC"), ("هورستن", "LOC"), ("الهولندية", "LOC")])
    town = actor_of(doc, "هورستن")
    assert town is not None and town.cameo == "NLD" and town.kb_source == "gentilic"


def test_a_rank_word_before_a_definite_title_is_a_team_and_a_staff_rank_reaches_its_name() -> None:
    text = "أعلن الجيش السوداني النصر. وقال الفريق أول ركن خالد سالم إن الجيش جاهز، وواصل فريق المدرب جون بارك صفقاته."
    doc = run(text, [("السوداني", "LOC"), ("خالد سالم", "PERS"), ("جون بارك", "PERS")])
    general = actor_of(doc, "خالد سالم")
    assert general is not None and general.cameo == "SDNMIL"
    coach = actor_of(doc, "جون بارك")
    assert coach is not None and coach.sector == "CVL" and coach.role == "coach"  # the coach's team, no general


def test_the_capital_a_government_asks_is_the_government_and_a_ruling_party_is_its_state() -> None:
    text = "وطلبت موسكو من واشنطن توضيح موقفها، فيما وصل الوزير من باريس. وقال الحزب الشيوعي الصيني إن المؤتمر سيعقد."
    doc = run(text, [("موسكو", "LOC"), ("واشنطن", "LOC"), ("باريس", "LOC"), ("الحزب الشيوعي الصيني", "ORG")])
    asked = actor_of(doc, "واشنطن")
    assert asked is not None and asked.cameo == "USAGOV"
    origin = actor_of(doc, "باريس")
    assert origin is not None and origin.cameo == "FRA"  # arriving from Paris: a place
    party = actor_of(doc, "الحزب الشيوعي الصيني")
    assert party is not None and party.cameo == "CHNGOV"


def test_each_brief_of_a_digest_takes_its_own_countries() -> None:
    text = (
        "فيضانات في الهند\nنيودلهي - «وكالات»: قالت الهند إن الفيضانات أغرقت القرى في الهند وأعلنت وزارة الداخلية "
        "حالة الطوارئ.\n\nاحتجاجات في تشيلي\nسانتياغو - «وكالات»: تظاهر آلاف في تشيلي، وقالت وزارة الداخلية إن "
        "الشرطة اعتقلت العشرات."
    )
    doc = run(
        text,
        [
            ("الهند", "LOC"),
            ("نيودلهي", "LOC"),
            ("الهند", "LOC"),
            ("الهند", "LOC"),
            ("وزارة الداخلية", "ORG"),
            ("تشيلي", "LOC"),
            ("سانتياغو", "LOC"),
            ("تشيلي", "LOC"),
            ("وزارة الداخلية", "ORG"),
        ],
    )
    assert [e.actor.cameo for e in doc.entities if e.text == "وزارة الداخلية" and e.actor] == ["INDGOV", "CHLGOV"]


def test_a_capital_named_after_a_university_court_or_airport_is_the_place() -> None:
    text = "وحذرت أنقرة من التصعيد. وقضت محكمة جنايات أنقرة بسجنه، وهبطت الطائرة في مطار أنقرة."
    doc = run(text, [("أنقرة", "LOC"), ("أنقرة", "LOC"), ("أنقرة", "LOC")])
    assert [e.actor.cameo for e in doc.entities if e.actor] == ["TURGOV", "TUR", "TUR"]


def test_a_national_red_crescent_is_that_countrys_and_the_movement_is_international() -> None:
    text = "وقال الهلال الأحمر العراقي إنه أجلى الجرحى، فيما قالت اللجنة الدولية للصليب الأحمر إن الوضع خطير."
    doc = run(text, [("الهلال الأحمر", "ORG"), ("العراقي", "LOC"), ("اللجنة الدولية للصليب الأحمر", "ORG")])
    national = actor_of(doc, "الهلال الأحمر")
    assert national is not None and national.cameo == "IRQHLH"
    movement = actor_of(doc, "اللجنة الدولية للصليب الأحمر")
    assert movement is not None and movement.cameo == "NGOHLHIRC"


def test_players_and_coaches_get_no_country_from_the_articles_focus() -> None:
    text = (
        "فاز الهلال السعودي على النصر في الرياض. وقال المدرب جون بارك إن الفريق جاهز، "
        "وقال السويسري كريستيان غروس مدرب الأهلي إن الفوز مستحق. ونظمت النقابات المغربية إضرابا."
    )
    doc = run(
        text,
        [
            ("السعودي", "LOC"),
            ("الرياض", "LOC"),
            ("جون بارك", "PERS"),
            ("السويسري", "LOC"),
            ("كريستيان غروس", "PERS"),
            ("المغربية", "LOC"),
        ],
    )
    coach = actor_of(doc, "جون بارك")
    assert coach is not None and coach.cameo is None and coach.sector == "CVL"  # not a Saudi by the focus
    swiss = actor_of(doc, "كريستيان غروس")
    assert swiss is not None and swiss.cameo == "CHECVL"
    unions = actor_of(doc, "المغربية")
    assert unions is not None and unions.cameo == "MARLAB"


def test_a_country_named_before_a_definite_title_is_the_verbs_subject_not_the_titles() -> None:
    text = "اعتقلت البرازيل القس الأمريكي جون ميلر، واستدعت البرازيل السفير البريطاني بيتر غرين."
    doc = run(
        text,
        [
            ("البرازيل", "LOC"),
            ("الأمريكي", "LOC"),
            ("جون ميلر", "PERS"),
            ("البرازيل", "LOC"),
            ("البريطاني", "LOC"),
            ("بيتر غرين", "PERS"),
        ],
    )
    pastor = actor_of(doc, "جون ميلر")
    assert pastor is not None and pastor.cameo == "USAREL"
    ambassador = actor_of(doc, "بيتر غرين")
    assert ambassador is not None and ambassador.cameo == "GBRGOV"


def test_an_unknown_place_followed_by_in_and_a_country_is_in_that_country() -> None:
    text = "أعلنت واشنطن خطتها، وأقلعت الطائرة من قاعدة رامشتاين الجوية الأميركية في ألمانيا."
    doc = run(text, [("واشنطن", "LOC"), ("رامشتاين", "LOC"), ("الأميركية", "LOC"), ("ألمانيا", "LOC")])
    base = actor_of(doc, "رامشتاين")
    assert base is not None and base.cameo == "DEU"


def test_a_senator_keeps_his_office_and_an_outlet_after_in_a_statement_to_is_not_his() -> None:
    text = (
        "وقال السيناتور الجمهوري جون ميلر، رئيس لجنة العلاقات الخارجية بمجلس الشيوخ، إن العقوبات ضرورية. "
        "وأضاف الوزير الكويتي خالد سالم إن الاتفاق قريب، وقال سالم في تصريح لوكالة الأنباء الكويتية إنه سيوقع."
    )
    doc = run(
        text,
        [
            ("جون ميلر", "PERS"),
            ("مجلس الشيوخ", "ORG"),
            ("الكويتي", "LOC"),
            ("خالد سالم", "PERS"),
            ("سالم", "PERS"),
            ("وكالة الأنباء الكويتية", "ORG"),
        ],
    )
    senator = actor_of(doc, "جون ميلر")
    assert senator is not None and senator.cameo == "USALEG"
    minister = actor_of(doc, "سالم")
    assert minister is not None and minister.cameo != "KWTMED"


def test_a_body_coordinated_with_a_known_one_or_seated_in_an_igo_takes_it() -> None:
    text = (
        "تصاعد القتال في ليبيا. ولم يرد الكرملين أو وزارة الدفاع على الأسئلة، "
        "وقال مدير مكتب تنسيق الإغاثة في الأمم المتحدة إن الوضع خطير."
    )
    doc = run(
        text,
        [
            ("ليبيا", "LOC"),
            ("الكرملين", "ORG"),
            ("وزارة الدفاع", "ORG"),
            ("مكتب تنسيق الإغاثة", "ORG"),
            ("الأمم المتحدة", "ORG"),
        ],
    )
    ministry = actor_of(doc, "وزارة الدفاع")
    assert ministry is not None and ministry.cameo == "RUSGOV"  # not Libya's, the article's main country
    office = actor_of(doc, "مكتب تنسيق الإغاثة")
    assert office is not None and office.cameo == "IGOUNO"


def test_a_titles_gentilic_before_a_known_person_takes_his_office_on_the_day_not_a_capitals() -> None:
    text = "وقال الزعيم العراقي مقتدى الصدر إن الحكومة ستشكل قريبا، فيما تتهم أنقرة فتح الله غولن بتدبير الانقلاب."
    doc = run(
        text,
        [("العراقي", "LOC"), ("مقتدى الصدر", "PERS"), ("أنقرة", "LOC"), ("فتح الله غولن", "PERS")],
        published="2018-06-01",
    )
    adjective = actor_of(doc, "العراقي")
    assert adjective is not None and adjective.cameo == "IRQLEG"  # as the knowledge base codes him, not «الزعيم»'s GOV
    accuser = actor_of(doc, "أنقرة")
    assert accuser is not None and accuser.cameo == "TURGOV"  # a capital is no adjective of the person after it


def test_an_untold_office_joined_to_a_known_office_holder_is_of_his_country() -> None:
    text = (
        "وتستضيف السعودية القمة غدا. وطلبت الناشطة من الرئيس الفرنسي إيمانويل ماكرون والسيدة الأولى بريجيت ماكرون "
        "المساعدة، فيما قالت الرياض إن السعودية لن تتدخل."
    )
    entities = [("السعودية", "LOC"), ("الفرنسي", "LOC"), ("إيمانويل ماكرون", "PERS"), ("بريجيت ماكرون", "PERS")]
    first_lady = actor_of(run(text, [*entities, ("الرياض", "LOC"), ("السعودية", "LOC")], "2018-10-10"), "بريجيت ماكرون")
    assert first_lady is not None and first_lady.country == "FRA" and first_lady.kb_source == "title+scene"


def test_a_former_office_holder_lends_no_country_to_the_title_joined_to_him() -> None:
    text = (
        "وتحدثت كوريا الشمالية عن لقاء الرئيس الأمريكي الأسبق جيمي كارتر ونائب المارشال كيم سونغ في بيونغ يانغ، "
        "وقالت كوريا الشمالية إن اللقاء كان مثمرا."
    )
    entities = [("كوريا الشمالية", "LOC"), ("الأمريكي", "LOC"), ("جيمي كارتر", "PERS"), ("كيم سونغ", "PERS")]
    doc = run(text, [*entities, ("بيونغ يانغ", "LOC"), ("كوريا الشمالية", "LOC")], "2018-06-01")
    marshal = actor_of(doc, "كيم سونغ")
    assert marshal is not None and marshal.country == "PRK"
