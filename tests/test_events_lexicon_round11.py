"""Word families of the eleventh round: the agencies' «دان» for «أدان», «استهجن», raids («داهم», «مداهمة»), a
treaty «الموقعة بين» two states, stabbing and ramming attacks, putting someone in jail, tear gas on protesters,
carrying out a death sentence, granting a loan, giving an envoy an account, opening an embassy abroad, agreeing to a
request and a cable of condolence — and the readings they must not take (a person named Dan, a court's «دان» that
convicts, a site with no treaty, a prize granted, a licence to open a consulate, an electoral campaign that targets
voters: a multiword excluded object). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of
from rasd.events.lexicon import default_grammar, default_lexicon
from rasd.events.matcher import find_triggers, view_tokens
from rasd.text.stages import make_tokens


def test_dan_is_a_condemnation_like_adan() -> None:
    text = "ودان وزير الخارجية الكويتي الاعتداء على السفارة البحرينية."
    doc = build(text, [("الكويتي", "LOC", "KWTGOV"), ("البحرينية", "LOC", "BHRGOV")])
    assert coded(doc, "111") & {("KWTGOV", "BHRGOV")}


def test_a_man_named_dan_condemns_nothing() -> None:
    text = "وحذر مدير المخابرات الأمريكية دان فلوريس من هجمات إلكترونية."
    doc = build(text, [("الأمريكية", "LOC", "USAGOV"), ("دان فلوريس", "PERS", "USAGOV")])
    assert not coded_as(events_of(doc), "111")


def test_denouncing_with_istahjana() -> None:
    text = "واستهجنت وزارة الخارجية القطرية تصريحات الوزير الإيراني."
    doc = build(text, [("وزارة الخارجية القطرية", "ORG", "QATGOV"), ("الإيراني", "LOC", "IRNGOV")])
    assert coded(doc, "111") & {("QATGOV", "IRNGOV")}


def test_a_police_raid_is_coded_as_a_search_to_arrest() -> None:
    text = "وداهمت الشرطة التونسية منزل المعارض الليبي في صفاقس."
    doc = build(text, [("الشرطة التونسية", "ORG", "TUNCOP"), ("المعارض الليبي", "MISC", "LBYOPP")])
    assert coded(doc, "173") & {("TUNCOP", "LBYOPP")}


def test_a_treaty_signed_between_two_states() -> None:
    text = "وتنص المعاهدة الموقعة بين الأردن وإسرائيل على ترسيم الحدود."
    doc = build(text, [("الأردن", "LOC", "JOR"), ("إسرائيل", "LOC", "ISR")])
    assert coded(doc, "057") & {("JOR", "ISR"), ("ISR", "JOR")}


def test_a_site_with_no_treaty_is_no_signing() -> None:
    text = "وزار الوزير موقع الحفريات في البتراء."
    doc = build(text, [])
    assert not coded_as(events_of(doc), "057")


def test_stabbing_and_ramming_attacks_are_assaults() -> None:
    text = "ونفذ تنظيم داعش عملية طعن ضد جنود فرنسيين في باريس."
    doc = build(text, [("تنظيم داعش", "ORG", "IMGMUSISI"), ("فرنسيين", "MISC", "FRAMIL")])
    assert coded(doc, "180") & {("IMGMUSISI", "FRAMIL")}


def test_putting_a_journalist_in_jail_is_a_detention() -> None:
    text = "وأودعت السلطات المصرية الصحفي السجن بعد التحقيق معه."
    doc = build(text, [("السلطات المصرية", "ORG", "EGYGOV"), ("الصحفي", "MISC", "EGYMED")])
    assert coded_as(events_of(doc), "173")


def test_dan_by_a_court_is_a_conviction() -> None:
    text = "ودانت محكمة مصرية ثلاثة ناشطين بتهمة التظاهر دون ترخيص."
    doc = build(text, [("محكمة مصرية", "ORG", "EGYJUD"), ("ناشطين", "MISC", "EGYOPP")])
    events = events_of(doc)
    assert coded_as(events, "173") or coded_as(events, "116")
    assert not coded_as(events, "111")


def test_tear_gas_on_protesters_is_repression() -> None:
    text = "وأطلقت قوات الأمن المغربية قنابل الغاز في وجه الطلاب المحتجين قرب جامعة فاس."
    doc = build(text, [("قوات الأمن المغربية", "ORG", "MARCOP"), ("الطلاب المحتجين", "MISC", "MARCVL")])
    assert coded(doc, "175") & {("MARCOP", "MARCVL")}


def test_carrying_out_a_death_sentence_is_an_execution() -> None:
    text = "ونفذت السلطات السعودية حكم الإعدام بحق مواطن يمني."
    doc = build(text, [("السلطات السعودية", "ORG", "SAUGOV"), ("مواطن يمني", "MISC", "YEMCVL")])
    assert coded(doc, "1823") & {("SAUGOV", "YEMCVL")}


def test_granting_a_loan_is_economic_aid() -> None:
    text = "ومنحت الكويت تونس قرضا بقيمة مئة مليون دولار."
    doc = build(text, [("الكويت", "LOC", "KWT"), ("تونس", "LOC", "TUN")])
    assert coded(doc, "071") & {("KWT", "TUN")}
    text = "ومنحت اللجنة الكاتب جائزة الرواية العربية."
    doc = build(text, [])
    assert not coded_as(events_of(doc), "07")


def test_giving_an_account_to_an_envoy_is_a_briefing() -> None:
    text = "وقدم الرئيس الصومالي شرحا للمبعوث الأممي عن الأوضاع الأمنية."
    doc = build(text, [("الصومالي", "LOC", "SOMGOV"), ("الأممي", "ORG", "IGOUNO")])
    assert coded(doc, "064") & {("SOMGOV", "IGOUNO")}


def test_opening_an_embassy_abroad_is_diplomatic_cooperation() -> None:
    text = "وافتتحت الإمارات سفارتها في دمشق يوم الخميس."
    doc = build(text, [("الإمارات", "LOC", "ARE"), ("دمشق", "LOC", "SYR")])
    assert coded(doc, "050") & {("ARE", "SYR")}


def test_a_licence_to_open_a_consulate_opens_nothing() -> None:
    text = "وسحبت روسيا ترخيصا بفتح قنصلية بريطانية في موسكو."
    doc = build(text, [("روسيا", "LOC", "RUS"), ("بريطانية", "LOC", "GBR"), ("موسكو", "LOC", "RUS")])
    assert not coded_as(events_of(doc), "050")


def test_agreeing_to_a_request_is_yielding() -> None:
    text = "وقالت الحكومة إن إسرائيل وافقت على طلب مصر بنشر مزيد من القوات في سيناء."
    doc = build(text, [("إسرائيل", "LOC", "ISR"), ("مصر", "LOC", "EGY"), ("سيناء", "LOC", "EGY")])
    assert coded(doc, "080") & {("ISR", "EGY")}


def test_a_multiword_excluded_object_cancels_the_sense() -> None:
    # «الحملة + الانتخابية» is written as a phrase in the lexicon: an electoral campaign targeting voters is no
    # attack, while an army targeting positions is
    lexicon, grammar = default_lexicon(), default_grammar()
    views = view_tokens(make_tokens("وتستهدف الحملة الانتخابية للحزب الشباب في المدن."))
    assert not [t for t in find_triggers(views, lexicon, grammar) if t.predicate.cameo.startswith("19")]
    views = view_tokens(make_tokens("وتستهدف المدفعية مواقع المسلحين في الجبال."))
    assert [t for t in find_triggers(views, lexicon, grammar) if t.predicate.cameo.startswith("19")]


def test_a_cable_of_condolence_is_a_condolence() -> None:
    text = "وأبرق الرئيس الجزائري إلى نظيره التونسي معزيا في ضحايا الفيضانات."
    doc = build(text, [("الجزائري", "LOC", "DZAGOV"), ("نظيره التونسي", "PERS", "TUNGOV")])
    assert coded(doc, "018") & {("DZAGOV", "TUNGOV")}


def test_holding_someone_responsible_for_an_act_alleges_that_act() -> None:
    text = "وحملت الحكومة الباكستانية حركة طالبان مسؤولية التفجير الانتحاري في بيشاور."
    doc = build(
        text, [("الحكومة الباكستانية", "ORG", "PAKGOV"), ("حركة طالبان", "ORG", "PAKINS"), ("بيشاور", "LOC", "PAK")]
    )
    events = events_of(doc)
    assert coded(doc, "112") & {("PAKGOV", "PAKINS")}
    alleged = [e for e in events if e.cameo.startswith("18")]
    assert alleged and alleged[0].source.actor == "PAKINS" and alleged[0].modality == "reported_claim"


def test_gathering_in_protest_is_a_demonstration_but_not_gathering_to_watch() -> None:
    text = "وتجمع مئات الطلاب التونسيين أمام وزارة التعليم للاحتجاج على القرار."
    doc = build(text, [("الطلاب التونسيين", "MISC", "TUNEDU"), ("وزارة التعليم", "ORG", "TUNGOV")])
    assert coded_as(events_of(doc), "141")
    text = "وتجمع السكان التونسيون في الساحة لمشاهدة الألعاب النارية."
    doc = build(text, [("السكان التونسيون", "MISC", "TUNCVL")])
    assert not coded_as(events_of(doc), "14")


def test_abbara_an_taqdirihi_is_praise_but_abra_twitter_is_a_preposition() -> None:
    text = "وعبر الرئيس اللبناني عن تقديره لجهود قطر في الوساطة."
    doc = build(text, [("اللبناني", "LOC", "LBNGOV"), ("قطر", "LOC", "QAT")])
    assert coded(doc, "051") & {("LBNGOV", "QAT")}
    text = "وقال الوزير القطري عبر تويتر عن تقديره إن الوساطة مستمرة."
    doc = build(text, [("القطري", "LOC", "QATGOV")])
    assert not coded_as(events_of(doc), "051")
