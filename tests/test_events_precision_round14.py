"""Round 14 (precision on arbitrary news): the reach of a condition, and a state on both sides of its own act;
sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_a_condition_opened_by_fi_hal_ends_at_the_comma() -> None:
    # «في حال» opens a condition as «إذا» does: what follows the comma is stated, not conditional
    text = (
        "وقال الوزير التشيلي إن بلاده ستنسحب من الاتفاق في حال فشلت المحادثات، "
        "بينما تواصل الأرجنتين قصف المواقع البوليفية."
    )
    specs = [("التشيلي", "LOC", "CHLGOV"), ("الأرجنتين", "LOC", "ARG"), ("البوليفية", "LOC", "BOL")]
    shelling = [e for e in events_of(build(text, specs)) if e.source.actor == "ARG"]
    assert [(e.cameo[:2], e.target.actor, e.modality) for e in shelling] == [("19", "BOL", "asserted")]


def test_a_clause_after_a_condition_and_its_comma_is_stated() -> None:
    text = (
        "وأوضح المسؤول الكيني أن هذا الإجراء يسمح بالدفاع في حالة تعرض البلاد لاعتداء، وتستطيع كينيا، "
        "حتى وهي تقاتل المتمردين الصوماليين، أن تطالب بالدعم."
    )
    specs = [("الكيني", "LOC", "KENGOV"), ("كينيا", "LOC", "KEN"), ("الصوماليين", "LOC", "SOMREB")]
    fights = [e for e in events_of(build(text, specs)) if e.target.actor == "SOMREB"]
    assert [(e.cameo, e.modality) for e in fights] == [("190", "asserted")]


def test_a_fixed_condition_set_off_by_commas_still_reaches_its_clause() -> None:
    text = "وقال القائد إن الجيش التشادي، عند الضرورة، سيقوم بصد أي هجوم للمتمردين السودانيين."
    specs = [("التشادي", "LOC", "TCDMIL"), ("السودانيين", "LOC", "SDNREB")]
    events = events_of(build(text, specs))
    assert [(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events] == [
        ("138", "TCDMIL", "SDNREB", "conditional")
    ]


def test_an_official_does_not_deny_or_visit_his_own_state() -> None:
    denial = "ونفى مصدر دبلوماسي مغربي استخدام المغرب أسلحة محظورة في الصحراء."
    assert not events_of(build(denial, [("مغربي", "LOC", "MARGOV"), ("المغرب", "LOC", "MAR")]))
    visit = "وأنهى الرئيس الكيني زيارته إلى كينيا الأسبوع الماضي."
    assert not events_of(build(visit, [("الرئيس الكيني", "PERS", "KENGOV"), ("كينيا", "LOC", "KEN")]))


def test_a_state_still_acts_by_force_on_its_own_towns_and_rebels() -> None:
    shelling = "وقصفت القوات الحكومية السودانية مدينة كسلا بالمدفعية."
    events = events_of(build(shelling, [("السودانية", "LOC", "SDNMIL"), ("كسلا", "LOC", "SDN")]))
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events] == [("19", "SDNMIL", "SDN")]
    curfew = "وقررت السلطات التونسية فرض حظر التجول على مدينة صفاقس."
    events = events_of(build(curfew, [("السلطات التونسية", "ORG", "TUNGOV"), ("صفاقس", "LOC", "TUN")]))
    # a curfew decided is imposed (1723), not threatened (1323): a decision taken is the act
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("1723", "TUNGOV", "TUN")]
    charge = "واتهمت الصومال المتمردين بخرق الهدنة."
    events = events_of(build(charge, [("الصومال", "LOC", "SOM"), ("المتمردين", "ORG", "SOMREB")]))
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events] == [("11", "SOM", "SOMREB")]


def test_talks_among_a_countrys_parties_are_kept() -> None:
    text = "وأجرى الليبيون محادثات مع ليبيا في جنيف."
    events = events_of(build(text, [("الليبيون", "LOC", "LBY"), ("ليبيا", "LOC", "LBY")]))
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events] == [("04", "LBY", "LBY")]


def test_the_antecedent_a_resumptive_pronoun_stands_for_is_the_object() -> None:
    # «الذين خطفتهم»: the students are the ones kidnapped, not the kidnappers
    text = "أطلقت جماعة بوكو حرام سراح 10 من الطلاب النيجيريين الذين خطفتهم في ولاية كانو."
    specs = [("جماعة بوكو حرام", "ORG", "NGAREB"), ("الطلاب النيجيريين", "LOC", "NGAEDU")]
    events = events_of(build(text, specs))
    assert not [e for e in events if e.source.actor == "NGAEDU"]
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events if e.cameo.startswith("08")] == [
        ("08", "NGAREB", "NGAEDU")
    ]


def test_a_pronoun_of_another_gender_leaves_the_antecedent_the_subject() -> None:
    text = "ولا يزال الرئيس الأذربيجاني يواجه ضغوطا كبيرة، كما أن تركيا التي تدعمه تواجه مشكلات داخلية."
    specs = [("تركيا", "LOC", "TUR"), ("الرئيس الأذربيجاني", "PERS", "AZEGOV")]
    events = events_of(build(text, specs))
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("051", "TUR", "AZEGOV")]


def test_named_gunmen_do_not_make_the_agent_unknown() -> None:
    # the clause names the gunmen («المسلحين الصوماليين»): the taking of the town has an agent the coder missed
    text = "وتمكنت القوات الشعبية من السيطرة على بلدة قريبة بعد مواجهات مع المسلحين الصوماليين."
    assert not events_of(build(text, [("المسلحين الصوماليين", "ORG", "SOMREB")]))
    # unnamed gunmen («مسلحون») attack: their act is kept
    text = "وهاجم مسلحون مركزا للشرطة الكينية."
    events = events_of(build(text, [("الكينية", "LOC", "KENCOP")]))
    assert [(e.cameo[:2], e.target.actor) for e in events] == [("19", "KENCOP")]


def test_a_people_still_protests_against_its_own_government() -> None:
    text = "وتظاهر آلاف البرازيليين الأحد ضد الحكومة البرازيلية في ساو باولو."
    events = events_of(build(text, [("البرازيليين", "LOC", "BRA"), ("الحكومة البرازيلية", "ORG", "BRAGOV")]))
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events] == [("14", "BRA", "BRAGOV")]


def test_a_protest_told_again_without_its_target_is_one_event() -> None:
    text = (
        "وتظاهر آلاف البرازيليين الأحد ضد الحكومة البرازيلية في ساو باولو. "
        "وشارك في المظاهرات طلاب ونقابيون من البرازيليين."
    )
    specs = [("البرازيليين", "LOC", "BRA"), ("الحكومة البرازيلية", "ORG", "BRAGOV"), ("البرازيليين", "LOC", "BRA", 2)]
    events = events_of(build(text, specs))
    assert [(e.cameo[:2], e.source.actor, e.target.actor) for e in events] == [("14", "BRA", "BRAGOV")]


def test_protests_in_two_countries_stay_two() -> None:
    text = "وتظاهر آلاف البرازيليين في ساو باولو. كما تظاهر مئات الأرجنتينيين في بوينس آيرس."
    events = events_of(build(text, [("البرازيليين", "LOC", "BRA"), ("الأرجنتينيين", "LOC", "ARG")]))
    assert sorted(e.source.actor for e in events if e.cameo.startswith("14")) == ["ARG", "BRA"]


def test_a_quoted_yes_no_question_states_nothing() -> None:
    text = "وسأل الصحافي الوزير: «هل ستقصف القوات الكينية مواقع حركة الشباب؟»"
    doc = build(text, [("الكينية", "LOC", "KENMIL"), ("حركة الشباب", "ORG", "SOMREB")])
    assert not [e for e in events_of(doc) if e.cameo[:2] in ("13", "19")]


def test_an_adjective_of_intent_qualifies_the_noun_before_it_only() -> None:
    # «الاتفاق المرتقب» is the expected agreement; the sanctions after it are in force
    text = "ومن أبرز ما يواجه الاتفاق المرتقب تلك العقوبات المستمرة من جانب كندا على فنزويلا."
    events = events_of(build(text, [("كندا", "LOC", "CAN"), ("فنزويلا", "LOC", "VEN")]))
    assert [(e.cameo, e.modality) for e in events] == [("163", "asserted")]
    planned = "ومن المقرر أن تفرض كندا عقوبات على فنزويلا."
    events = events_of(build(planned, [("كندا", "LOC", "CAN"), ("فنزويلا", "LOC", "VEN")]))
    assert [(e.cameo, e.modality) for e in events] == [("163", "intent")]  # a plain plan keeps its act


def test_a_news_outlet_criticises_but_does_not_meet() -> None:
    # an interview by a newspaper is no meeting; its criticism is its own act
    interview = "وأجرت صحيفة الغارديان حوارا مع وزير الخارجية الكيني."
    specs = [("صحيفة الغارديان", "ORG", "GBRMED"), ("وزير الخارجية الكيني", "PERS", "KENGOV")]
    assert not events_of(build(interview, specs))
    criticism = "وانتقدت صحيفة الغارديان الحكومة الكينية."
    specs = [("صحيفة الغارديان", "ORG", "GBRMED"), ("الحكومة الكينية", "ORG", "KENGOV")]
    events = events_of(build(criticism, specs))
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("111", "GBRMED", "KENGOV")]
