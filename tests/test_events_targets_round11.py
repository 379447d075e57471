"""Targets found outside the clause (the place of an assault by no one named, the callers a rejection answers), on
sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_bomb_exploding_in_a_town_targets_its_country() -> None:
    text = "وانفجرت عبوة ناسفة في سوق مزدحم بمدينة مومباسا صباح الاثنين."
    events = events_of(build(text, [("مومباسا", "LOC", "KEN")]))
    assert [(e.cameo[:3], e.source.actor, e.target.actor) for e in events] == [("183", None, "KEN")]


def test_victims_of_a_bombing_in_a_town() -> None:
    text = "وأصيب عشرون شخصا في تفجير انتحاري في مدينة كويتا أمس."
    events = events_of(build(text, [("كويتا", "LOC", "PAK")]))
    assert any(e.cameo == "1831" and e.source.actor is None and e.target.actor == "PAK" for e in events)


def test_a_foiled_or_claimed_bombing_is_not_one_by_no_one() -> None:
    foiled = "وأحبطت الشرطة تفجيرا انتحاريا في مدينة مومباسا."
    assert not [e for e in events_of(build(foiled, [("مومباسا", "LOC", "KEN")])) if e.source.actor is None]
    claimed = "وتبنت حركة الشباب تفجيرا انتحاريا في مدينة مومباسا."
    doc = build(claimed, [("حركة الشباب", "ORG", "SOMREB"), ("مومباسا", "LOC", "KEN")])
    assert not [e for e in events_of(doc) if e.source.actor is None]


def test_a_possible_explosion_is_no_event() -> None:
    text = "وقد تنفجر عبوة ناسفة في مومباسا."
    assert not events_of(build(text, [("مومباسا", "LOC", "KEN")]))


def test_rejecting_what_a_coalition_called_for_targets_every_caller() -> None:
    text = "وطالبت رابطة آسيان والاتحاد الأفريقي بتحقيق مستقل في الحادث، وهو ما رفضته كينيا."
    specs = [("رابطة آسيان", "ORG", "IGOASN"), ("الاتحاد الأفريقي", "ORG", "IGOAFU"), ("كينيا", "LOC", "KEN")]
    pairs = {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, specs))}
    assert {("120", "KEN", "IGOASN"), ("120", "KEN", "IGOAFU")} <= pairs


def test_an_act_in_a_relative_clause_after_the_subject_is_not_the_one_judged() -> None:
    text = (
        "ودعت بلجيكا إلى فرض عقوبات على البرازيل، وهو ما رفضته البرازيل التي أكدت أن قواتها هاجمت المهربين وفق القانون."
    )
    doc = build(text, [("بلجيكا", "LOC", "BEL"), ("البرازيل", "LOC", "BRA"), ("البرازيل", "LOC", "BRA", 2)])
    rejections = [(e.source.actor, e.target.actor) for e in events_of(doc) if e.cameo.startswith("12")]
    assert rejections == [("BRA", "BEL")]


def test_an_investigation_into_a_killing_reported_before_as_repression() -> None:
    text = (
        "وقتلت الشرطة الكينية ثلاثة طلاب في نيروبي يوم الأحد خلال احتجاجات على الغلاء. "
        "ودعا الاتحاد الأفريقي إلى إجراء تحقيق مستقل في مقتل الطلاب."
    )
    doc = build(text, [("الكينية", "LOC", "KENCOP"), ("نيروبي", "LOC", "KEN"), ("الاتحاد الأفريقي", "ORG", "IGOAFU")])
    events = events_of(doc)
    assert any(e.cameo == "175" for e in events)
    assert any(e.cameo == "0213" and e.source.actor == "IGOAFU" and e.target.actor == "KENCOP" for e in events)


def test_a_sentence_opening_arrest_with_no_subject_is_of_the_one_talked_about() -> None:
    text = (
        "وكان الناشط الفنزويلي كارلوس مينديز قد غادر بلاده قبل عامين. "
        "واعتقل في البرتغال في مارس الماضي بطلب من السلطات الإسبانية."
    )
    specs = [("الفنزويلي", "LOC", "VENCVL"), ("كارلوس مينديز", "PERS", "VENCVL"), ("البرتغال", "LOC", "PRT")]
    events = events_of(build(text, [*specs, ("الإسبانية", "LOC", "ESPGOV")]))
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("173", "PRTCOP", "VENCVL")]


def test_the_one_talked_about_before_is_not_the_agent_of_an_explosion() -> None:
    text = (
        "وأعلنت الشرطة الكينية حظر التجول في المدينة. وقتل شخصان آخران عندما انفجرت سيارة مفخخة في سوق بمدينة مومباسا."
    )
    events = events_of(build(text, [("الكينية", "LOC", "KENCOP"), ("مومباسا", "LOC", "KEN")]))
    assert ("1832", None, "KEN") in [(e.cameo, e.source.actor, e.target.actor) for e in events]
    assert not [e for e in events if e.cameo.startswith("18") and e.source.actor == "KENCOP"]


def test_opposing_these_efforts_targets_who_made_them() -> None:
    text = "وتحاول الحكومة التايوانية الانضمام إلى الهيئات الأممية، بينما تعارض الصين منذ سنوات هذه المساعي."
    events = events_of(build(text, [("التايوانية", "LOC", "TWNGOV"), ("الصين", "LOC", "CHN")]))
    assert ("110", "CHN", "TWNGOV") in [(e.cameo, e.source.actor, e.target.actor) for e in events]


def test_a_verb_of_stopping_reaches_its_act_across_a_long_subject() -> None:
    text = (
        "ولم تتوقف نقابات عمال الموانئ التشيلية وعدد كبير من منظمات المجتمع المدني هناك "
        "عن مطالبة الحكومة الأرجنتينية بفتح تحقيق."
    )
    events = events_of(build(text, [("التشيلية", "LOC", "CHLLAB"), ("الأرجنتينية", "LOC", "ARGGOV")]))
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events] == [("1013", "CHLLAB", "ARGGOV")]
