"""How far back a person's title reaches, and whose it is: a title term of several words is crossed whole, a «و» or
«ب» written on a word opens a new phrase, «المتحدث باسم الجيش» takes the army's sector, and a name right after a body
in the construct state («مكتب …», «استخبارات …») owns that body rather than holding the title before it. Sentences
written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze
from test_actors import actor_of, run


def test_a_title_reaches_across_a_term_of_several_words_but_not_across_the_verbs_preposition() -> None:
    doc = run(
        "التقى الوزير بمبعوث الأمين العام لجامعة الدول العربية إلى ليبيا جون سميث في تونس.",
        [("جامعة الدول العربية", "ORG"), ("ليبيا", "LOC"), ("جون سميث", "PERS"), ("تونس", "LOC")],
    )
    actor = actor_of(doc, "جون سميث")
    assert actor is not None and actor.cameo == "IGOARL"
    assert actor.role == "envoy"  # not the minister named before «ب»


def test_a_title_after_a_conjunction_is_the_second_persons_own() -> None:
    doc = run(
        "استقبل الرئيس الفرنسي ونائب وزير الخارجية اللبناني كريم داود في باريس.",
        [("الفرنسي", "LOC"), ("اللبناني", "LOC"), ("كريم داود", "PERS"), ("باريس", "LOC")],
    )
    actor = actor_of(doc, "كريم داود")
    assert actor is not None and actor.cameo == "LBNGOV"
    assert actor.role == "deputy foreign minister"


def test_a_spokesman_of_an_institution_takes_its_sector() -> None:
    doc = run(
        "وقال المتحدث باسم الجيش الأردني سامر نادر إن الحدود هادئة.",
        [("الأردني", "LOC"), ("سامر نادر", "PERS")],
    )
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "JORMIL"
    doc = run(
        "وقال رئيس شرطة عمان الأردنية سامر نادر إن الحدود هادئة.",
        [("عمان", "LOC"), ("الأردنية", "LOC"), ("سامر نادر", "PERS")],
    )
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "JORCOP"


def test_a_name_that_owns_the_body_before_it_does_not_hold_the_title_before_that() -> None:
    text = "وقال رئيس جهاز استخبارات ماهر سالم إن الوثائق سرقت من مكتب منير حداد في بيروت."
    doc = run(text, [("ماهر سالم", "PERS"), ("منير حداد", "PERS"), ("بيروت", "LOC")])
    owner = actor_of(doc, "ماهر سالم")
    assert owner is None or owner.sector != "SPY"
    assert actor_of(doc, "منير حداد") is None
    # with the article, the body is not in the construct state: the name is its member
    doc = run(
        "وقال المسؤول في الاستخبارات الأردنية ماهر سالم إن الوثائق سرقت.",
        [("الأردنية", "LOC"), ("ماهر سالم", "PERS")],
    )
    member = actor_of(doc, "ماهر سالم")
    assert member is not None and member.country == "JOR"


def test_a_courtesy_title_gives_no_office_and_yields_to_the_office_after_the_name() -> None:
    doc = run(
        "وقال الدكتور سامر نادر، وزير الزراعة الأردني، إن الموسم جيد.",
        [("سامر نادر", "PERS"), ("الأردني", "LOC")],
    )
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "JORGOV"
    doc = run("وقال الدكتور الأردني سامر نادر إن الموسم جيد.", [("الأردني", "LOC"), ("سامر نادر", "PERS")])
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "JOR" and actor.sector is None


def test_a_senator_with_no_country_named_is_american() -> None:
    doc = run("وقالت السناتور ماري كولينز إن العقوبات على إيران ضرورية.", [("ماري كولينز", "PERS"), ("إيران", "LOC")])
    actor = actor_of(doc, "ماري كولينز")
    assert actor is not None and actor.cameo == "USALEG"


def test_an_organisation_after_a_head_or_a_rank_takes_no_sector_from_it() -> None:
    doc = run(
        "وقال سامر نادر، رئيس حزب الغد الأردني الجديد، إن الانتخابات نزيهة.",
        [("سامر نادر", "PERS"), ("حزب الغد الأردني الجديد", "ORG")],
    )
    party = actor_of(doc, "حزب الغد الأردني الجديد")
    assert party is None or party.sector != "GOV"
    doc = run("وفاز فريق النسور على منافسه في عمان.", [("النسور", "ORG"), ("عمان", "LOC")])
    team = actor_of(doc, "النسور")
    assert team is None or team.sector != "MIL"


def test_a_party_unknown_to_the_knowledge_base_is_coded_with_its_country_alone() -> None:
    doc = run(
        "وأعلن حزب الفجر الجديد المغربي انسحابه من الحكومة.",
        [("حزب الفجر الجديد", "ORG"), ("المغربي", "LOC")],
    )
    party = actor_of(doc, "حزب الفجر الجديد")
    assert party is not None and party.cameo == "MAR" and party.sector is None
    assert party.role == "party"


def test_a_national_assembly_is_the_legislature() -> None:
    doc = run("وصوتت الجمعية الوطنية الفرنسية على القانون.", [("الجمعية الوطنية", "ORG"), ("الفرنسية", "LOC")])
    assembly = actor_of(doc, "الجمعية الوطنية")
    assert assembly is not None and assembly.cameo == "FRALEG"


def test_a_ministers_portfolio_no_list_knows_stays_inside_the_title() -> None:
    doc = run(
        "وقال وزير الثقافة والسياحة اللبناني سامر نادر إن الموسم جيد.",
        [("اللبناني", "LOC"), ("سامر نادر", "PERS")],
    )
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "LBNGOV"
    doc = run("وأعلن كاتب الدولة للمناجم التونسي سامر نادر استقالته.", [("التونسي", "LOC"), ("سامر نادر", "PERS")])
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "TUNGOV"


def test_a_country_adjective_before_a_name_with_no_title_makes_a_civilian_of_that_country() -> None:
    # a person is never the bare country (the state or its people); the adjective is coded as the person
    doc = run("وفاز الإسباني سامر نادر بالجائزة.", [("الإسباني", "LOC"), ("سامر نادر", "PERS")])
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "ESPCVL" and actor.sector == "CVL"
    adjective = actor_of(doc, "الإسباني")
    assert adjective is not None and adjective.cameo == "ESPCVL"
    doc = run("وقال المبعوث الأممي سامر نادر إن المحادثات ستستأنف.", [("الأممي", "LOC"), ("سامر نادر", "PERS")])
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "IGOUNO"


def test_the_counterpart_of_an_office_holder_holds_his_countrys_office() -> None:
    doc = run(
        "وقال رئيس الوزراء البلغاري بعد اتصال مع نظيره اليوناني سامر نادر إن الخلاف انتهى.",
        [("البلغاري", "LOC"), ("اليوناني", "LOC"), ("سامر نادر", "PERS")],
    )
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "GRCGOV"


def test_the_arabian_peninsula_is_a_region_not_two_news_channels() -> None:
    doc = analyze("وقال التحالف إن صاروخا سقط في جنوب الجزيرة العربية.", published="2018-05-01")
    found = {e.text: e.actor.cameo if e.actor else None for e in doc.entities}
    assert found.get("الجزيرة العربية") == "PGS"
    assert "QATMED" not in found.values() and "SAUMED" not in found.values()


def test_a_body_named_in_the_title_is_the_employer_and_its_epithet_no_country_of_the_person() -> None:
    doc = run(
        "وأكد قائد قوات التدخل السريع في ميليشيات الحوثي الإيرانية سامر نادر أن القتال مستمر.",
        [("ميليشيات الحوثي", "ORG"), ("الإيرانية", "LOC"), ("سامر نادر", "PERS")],
    )
    actor = actor_of(doc, "سامر نادر")
    assert actor is not None and actor.cameo == "YEMREB"


def test_a_generic_body_takes_the_sector_of_the_body_word_right_after_it() -> None:
    """«جهاز»/«هيئة» alone are state agencies (GOV); «جهاز الأمن», «جهاز المخابرات» say more."""
    doc = run(
        "وقال رئيس جهاز الرقابة الإدارية الليبي فرج سالم إن التحقيق مستمر.",
        [("الليبي", "LOC"), ("فرج سالم", "PERS")],
    )
    actor = actor_of(doc, "فرج سالم")
    assert actor is not None and actor.cameo == "LBYGOV"  # not intelligence: an auditing agency
    doc = run(
        "وقال رئيس جهاز المخابرات السوداني فرج سالم إن التحقيق مستمر.",
        [("السوداني", "LOC"), ("فرج سالم", "PERS")],
    )
    actor = actor_of(doc, "فرج سالم")
    assert actor is not None and actor.cameo == "SDNSPY"
    doc = run(
        "أعلن جهاز الأمن الداخلي المغربي تفكيك شبكة. وقالت الهيئة الوطنية للنقل البحري في المغرب إن السفن عادت.",
        [("جهاز الأمن الداخلي", "ORG"), ("المغربي", "LOC"), ("الهيئة الوطنية للنقل البحري", "ORG"), ("المغرب", "LOC")],
    )
    security = actor_of(doc, "جهاز الأمن الداخلي")
    assert security is not None and security.cameo == "MARCOP"
    transport = actor_of(doc, "الهيئة الوطنية للنقل البحري")
    assert transport is not None and transport.cameo == "MARGOV"  # «البحري» ends the name: not the navy


def test_the_head_of_a_known_kind_of_body_with_an_unlisted_name_holds_its_sector() -> None:
    doc = run(
        "وقال مدير جهاز الإحصاء المصري كمال فهمي إن عدد السكان زاد.",
        [("المصري", "LOC"), ("كمال فهمي", "PERS")],
    )
    actor = actor_of(doc, "كمال فهمي")
    assert actor is not None and actor.cameo == "EGYGOV" and actor.kb_source == "title"
    doc = run(
        "وقال مدير جهاز الدرك الوطني الفرنسي جان مارتان إن التحقيق مستمر.",
        [("الفرنسي", "LOC"), ("جان مارتان", "PERS")],
    )
    actor = actor_of(doc, "جان مارتان")
    assert actor is not None and actor.cameo == "FRACOP"


def test_a_rank_without_a_country_gives_way_to_the_office_after_the_name_that_names_one() -> None:
    doc = run(
        "وقال العقيد ماهر سعيد، المتحدث باسم الجيش التونسي، إن الحدود هادئة.",
        [("ماهر سعيد", "PERS"), ("التونسي", "LOC")],
        published="2021-07-22",
    )
    actor = actor_of(doc, "ماهر سعيد")
    assert actor is not None and actor.cameo == "TUNMIL" and actor.kb_source == "title"


def test_a_former_office_holder_is_an_elite_not_the_office() -> None:
    doc = run(
        "وقال وزير الدفاع الكيني السابق جوزيف كاماو إن الحدود آمنة.",
        [("الكيني", "LOC"), ("جوزيف كاماو", "PERS")],
    )
    actor = actor_of(doc, "جوزيف كاماو")
    assert actor is not None and actor.cameo == "KENELI" and actor.role == "former defence minister"


def test_an_office_word_without_the_article_before_a_name_is_someone_elses_office() -> None:
    # the construct state: «محامي فلان» is that person's lawyer, not a lawyer called so
    doc = run(
        "وقال بيتر هانسن محامي لوكاس مارتن إن موكله سيطعن في الحكم أمام المحكمة الفرنسية.",
        [("بيتر هانسن", "PERS"), ("لوكاس مارتن", "PERS")],
    )
    client = actor_of(doc, "لوكاس مارتن")
    assert client is None or client.role is None
    # with the pronoun the office is definite and the name after it holds it
    doc = run(
        "وقال الحزب الكندي المعارض إن زعيمه روبرت كامبل سيترشح للانتخابات.",
        [("روبرت كامبل", "PERS")],
    )
    leader = actor_of(doc, "روبرت كامبل")
    assert leader is not None and leader.role == "leader"
    # a rank is written without the article too and still belongs to the name after it
    doc = run("وقال لواء ماهر الدباغ إن القوات العراقية تقدمت.", [("ماهر الدباغ", "PERS")])
    officer = actor_of(doc, "ماهر الدباغ")
    assert officer is not None and officer.cameo == "IRQMIL"


def test_an_outlet_after_the_name_with_lam_is_whom_the_person_spoke_to() -> None:
    doc = run(
        "وقال ماركو بيانكي لصحيفة كورييري الإيطالية إن المصارف تعاني.",
        [("ماركو بيانكي", "PERS"), ("كورييري", "ORG")],
    )
    speaker = actor_of(doc, "ماركو بيانكي")
    assert speaker is None or speaker.sector != "MED"
    doc = run(
        "وقال جان دوبوا رئيس حزب الخضر الفرنسي لإذاعة مونت كارلو إن الحكومة فشلت.",
        [("جان دوبوا", "PERS"), ("حزب الخضر", "ORG"), ("مونت كارلو", "ORG")],
    )
    leader = actor_of(doc, "جان دوبوا")
    assert leader is not None and leader.country == "FRA" and leader.sector != "MED"
    # «مراسل لقناة …» before the name: the channel employs the correspondent
    doc = run(
        "وقال مراسل لقناة الجزيرة سامي الأحمد إن القصف استمر.",
        [("الجزيرة", "ORG"), ("سامي الأحمد", "PERS")],
    )
    reporter = actor_of(doc, "سامي الأحمد")
    assert reporter is not None and reporter.cameo == "QATMED"


def test_the_office_said_before_a_rank_names_the_officers_country() -> None:
    doc = run(
        "وقال المتحدث باسم القوات الباكستانية، اللواء طارق محمود، إن هجوما على أفغانستان فشل وإن أفغانستان تتحمل"
        " المسؤولية.",
        [("الباكستانية", "LOC"), ("طارق محمود", "PERS"), ("أفغانستان", "LOC"), ("أفغانستان", "LOC")],
    )
    officer = actor_of(doc, "طارق محمود")
    assert officer is not None and officer.country == "PAK"  # not Afghanistan, the place in the news


def test_a_commanders_title_ends_before_the_newspaper_he_spoke_to() -> None:
    doc = run(
        "وقال العميد سالم الحربي، قائد عملية تحرير المدينة لـ«الشرق الأوسط»، إن القوات تقدمت نحو صنعاء.",
        [("سالم الحربي", "PERS"), ("الشرق الأوسط", "ORG"), ("صنعاء", "LOC")],
    )
    commander = actor_of(doc, "سالم الحربي")
    assert commander is not None and commander.sector == "MIL"


def test_an_earlier_office_holder_is_an_elite() -> None:
    doc = run(
        "وقال رئيس الوزراء الكندي الأسبق جون ماكدونالد إن كندا بحاجة إلى إصلاح.",
        [("الكندي", "LOC"), ("جون ماكدونالد", "PERS"), ("كندا", "LOC")],
    )
    former = actor_of(doc, "جون ماكدونالد")
    assert former is not None and former.cameo == "CANELI" and former.role == "former prime minister"


def test_a_prince_is_from_a_monarchy_among_the_articles_countries() -> None:
    # the article is mostly about Israel; of its countries only Britain has a monarch
    doc = run(
        "وزار الأمير هنري إسرائيل، والتقى رئيس الوزراء الإسرائيلي في القدس، قبل أن يعود إلى بريطانيا. وقالت"
        " إسرائيل إن الزيارة ناجحة.",
        [("هنري", "PERS"), ("إسرائيل", "LOC"), ("الإسرائيلي", "LOC"), ("القدس", "LOC"), ("بريطانيا", "LOC")],
    )
    prince = actor_of(doc, "هنري")
    assert prince is not None and prince.country == "GBR"
    # a king of a country that has no monarch now is a king of its past
    doc = run("وكان الملك فؤاد يقيم في القاهرة، وزار مصر وفد من بريطانيا.", [("فؤاد", "PERS"), ("القاهرة", "LOC")])
    king = actor_of(doc, "فؤاد")
    assert king is not None and king.country == "EGY"
