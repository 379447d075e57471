"""Argument rules of the sixth round: the backer of a group gives it no country, the owner of a target noun read
across the act's own agent. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of


def test_the_country_backing_an_unnamed_group_is_not_its_country() -> None:
    # «الموالية لإيران»: pro-Iranian fighters are not Iran's; they act where the sentence places them
    text = "وقصفت الميليشيات الموالية لإيران أحياء مدينة تعز بالصواريخ."
    doc = build(text, [("إيران", "LOC", "IRN"), ("تعز", "LOC", "YEM")])
    sources = {source for source, _target in coded(doc, "19")}
    assert sources == {"YEMREB"}


def test_the_owner_of_the_target_is_read_across_the_strikes_own_agent() -> None:
    # «غارات مقاتلات التحالف على مواقعهم»: «مقاتلات التحالف» is the strikes' agent, «هم» the fighters named before
    text = "وتراجع مسلحو الميليشيات في الحديدة بعد غارات مقاتلات التحالف على مواقعهم."
    doc = build(text, [("الحديدة", "LOC", "YEM"), ("التحالف", "ORG", "SAUMIL")])
    assert coded(doc, "19") == {("SAUMIL", "YEMREB")}


def test_a_demand_never_stopped_is_made_and_its_genitive_is_who_is_asked() -> None:
    # «لم تكف X عن مطالبة Y بـ»: X has kept demanding; Y, the verbal noun's genitive, is asked
    text = "ولم تكف الحكومة الفرنسية عن مطالبة إيران بوقف تخصيب اليورانيوم."
    doc = build(text, [("الفرنسية", "LOC", "FRAGOV"), ("إيران", "LOC", "IRN")])
    demands = [e for e in events_of(doc) if e.cameo.startswith("10")]
    assert [(e.source.actor, e.target.actor, e.negated) for e in demands] == [("FRAGOV", "IRN", False)]


def test_a_demand_stopped_is_not_made() -> None:
    text = "وكفت الحكومة الفرنسية عن مطالبة إيران بوقف تخصيب اليورانيوم."
    doc = build(text, [("الفرنسية", "LOC", "FRAGOV"), ("إيران", "LOC", "IRN")])
    demands = [e for e in events_of(doc) if e.cameo.startswith("10")]
    assert [(e.source.actor, e.target.actor, e.negated) for e in demands] == [("FRAGOV", "IRN", True)]


def test_the_genitive_of_an_act_under_a_verb_with_its_own_subject_is_its_object() -> None:
    # «أن بريطانيا لن تواصل تزويد السعودية بالأسلحة»: Britain would supply Saudi Arabia, not the reverse
    text = "وأعلن الوزير أن بريطانيا لن تواصل تزويد السعودية بالأسلحة."
    doc = build(text, [("بريطانيا", "LOC", "GBR"), ("السعودية", "LOC", "SAU")])
    pairs = {(e.source.actor, e.target.actor) for e in events_of(doc) if e.source.actor and e.target.actor}
    assert ("GBR", "SAU") in pairs
    assert ("SAU", "GBR") not in pairs


def test_a_stopping_verb_with_the_act_as_its_subject_lends_nothing() -> None:
    # «وتوقفت الاشتباكات»: the clashes stopped; no «عن», so the verb is no support of the act
    text = "واندلعت اشتباكات بين الجيش السوري والمعارضة في حلب ثم توقفت الاشتباكات."
    doc = build(text, [("الجيش السوري", "ORG", "SYRMIL"), ("المعارضة", "ORG", "SYROPP"), ("حلب", "LOC", "SYR")])
    clashes = [e for e in events_of(doc) if e.cameo.startswith("19")]
    assert {(e.source.actor, e.target.actor) for e in clashes} == {("SYRMIL", "SYROPP"), ("SYROPP", "SYRMIL")}
    assert all(not e.negated and e.evidence.start == text.index("اشتباكات") for e in clashes)


def test_an_unvowelled_killing_with_an_unnamed_victim_and_an_agent_phrase_is_a_passive() -> None:
    text = "وقتل فلسطيني برصاص الجيش الإسرائيلي في غزة."
    doc = build(text, [("فلسطيني", "LOC", "PSE"), ("الجيش الإسرائيلي", "ORG", "ISRMIL"), ("غزة", "LOC", "PSE")])
    assert coded(doc, "19") == {("ISRMIL", "PSE")}


def test_counted_victims_after_the_verb_are_its_patients_and_the_agent_its_source() -> None:
    text = "وقتل ثلاثة جنود أفغان على أيدي مسلحين من حركة طالبان."
    doc = build(text, [("أفغان", "LOC", "AFGMIL"), ("حركة طالبان", "ORG", "AFGINS")])
    # the gunmen are some of the movement named after them, so they carry its code (round 25)
    assert coded(doc, "19") == {("AFGINS", "AFGMIL")}


def test_an_unnamed_killer_with_an_object_is_still_the_subject() -> None:
    text = "وقتل مسلحون ثلاثة جنود أفغان في هجوم."
    doc = build(text, [("أفغان", "LOC", "AFGMIL")])
    assert coded(doc, "19") == {("AFGREB", "AFGMIL")}


def test_an_unvowelled_arrest_of_an_unnamed_journalist_is_by_the_police_of_the_place() -> None:
    text = "واعتقل صحفي تركي في إسطنبول أمس."
    doc = build(text, [("تركي", "LOC", "TURMED"), ("إسطنبول", "LOC", "TUR")])
    assert coded(doc, "17") == {("TURCOP", "TURMED")}


def test_a_coordinated_verb_keeps_the_subject_before_it_rather_than_reading_as_passive() -> None:
    text = "واقتحمت الشرطة التركية مهاجع الجامعة، واعتقلت ثلاثة طلاب."
    doc = build(text, [("التركية", "LOC", "TURCOP")])
    assert all(e.source.actor == "TURCOP" for e in events_of(doc) if e.cameo.startswith("17"))


def test_a_counted_part_of_a_group_named_by_a_pronoun_is_the_passive_s_patient() -> None:
    text = "وانسحب مقاتلو طالبان من المدينة بعدما قتل ثلاثة منهم برصاص القوات الأفغانية."
    doc = build(text, [("طالبان", "ORG", "AFGINS"), ("الأفغانية", "LOC", "AFGMIL")])
    assert coded(doc, "19") == {("AFGMIL", "AFGINS")}


def test_a_staff_member_of_an_organisation_stands_for_it_as_the_target() -> None:
    # «موظفة تونسية بالصليب الأحمر»: gold codes the body the victim works for, not her nationality
    text = "واختطف مسلحون موظفة تونسية بالصليب الأحمر في صنعاء."
    doc = build(text, [("تونسية", "LOC", "TUN"), ("الصليب الأحمر", "ORG", "NGOHLHIRC"), ("صنعاء", "LOC", "YEM")])
    assert coded(doc, "18") == {("YEMREB", "NGOHLHIRC")}


def test_a_killing_by_unknown_gunmen_of_a_staff_member_keeps_its_unknown_source() -> None:
    text = "وكان موظف باللجنة الدولية للصليب الأحمر قد قُتل على أيدي مسلحين مجهولين."
    doc = build(text, [("اللجنة الدولية للصليب الأحمر", "ORG", "NGOHLHIRC")])
    assert coded(doc, "18") == {(None, "NGOHLHIRC")}


def test_a_country_adjective_after_a_sector_adjective_is_the_act_s_agent() -> None:
    text = "وتظاهر آلاف الطلاب ضد الغارات الجوية الأمريكية على مدينة الموصل."
    doc = build(text, [("الأمريكية", "LOC", "USAMIL"), ("الموصل", "LOC", "IRQ")])
    assert ("USAMIL", "IRQ") in coded(doc, "19")


def test_the_same_act_named_again_with_the_same_words_and_actors_is_one_event() -> None:
    text = (
        "وانتقدت الحكومة السورية التدخل العسكري التركي في سوريا. "
        "وقال المتحدث إن التدخل العسكري التركي في سوريا يهدد المنطقة."
    )
    doc = build(
        text,
        [
            ("السورية", "LOC", "SYRGOV"),
            ("التركي", "LOC", "TURMIL"),
            ("سوريا", "LOC", "SYR"),
            ("التركي", "LOC", "TURMIL", 2),
            ("سوريا", "LOC", "SYR", 2),
        ],
    )
    interventions = [e for e in events_of(doc) if e.cameo.startswith("19")]
    assert [(e.source.actor, e.target.actor) for e in interventions] == [("TURMIL", "SYR")]


def test_two_parties_of_one_word_stay_two_events() -> None:
    text = "وحملت حركتا حماس والجهاد الإسلامي الجيش الإسرائيلي المسؤولية عن الهجوم."
    doc = build(
        text,
        [("حماس", "ORG", "PSEREB"), ("الجهاد الإسلامي", "ORG", "PSEREB"), ("الجيش الإسرائيلي", "ORG", "ISRMIL")],
    )
    blame = [e for e in events_of(doc) if e.cameo.startswith("112")]
    assert len(blame) == 2


def test_against_with_a_pronoun_after_an_act_noun_and_its_relative_clause_is_the_target() -> None:
    text = "وأدان الرئيس الروسي النظام الأوكراني، ثم انتقد الهجمات التي شنتها واشنطن وباريس ضده."
    doc = build(
        text,
        [
            ("الروسي", "LOC", "RUSGOV"),
            ("الأوكراني", "LOC", "UKRGOV"),
            ("واشنطن", "LOC", "USAGOV"),
            ("باريس", "LOC", "FRAGOV"),
        ],
    )
    attacks = {(e.source.actor, e.target.actor) for e in events_of(doc) if e.cameo.startswith(("18", "19"))}
    assert attacks == {("USAGOV", "UKRGOV"), ("FRAGOV", "UKRGOV")}


def test_rebels_named_after_a_foreign_actor_belong_to_the_country_the_article_is_about() -> None:
    # the article is about Yemen; the coalition's states named just before are not the rebels' country
    text = "تتواصل المعارك في اليمن منذ سنوات. ودخل تحالف تقوده السعودية والإمارات في حرب مع المتمردين قبل ثلاث سنوات."
    doc = build(text, [("اليمن", "LOC", "YEM"), ("السعودية", "LOC", "SAU"), ("الإمارات", "LOC", "ARE")])
    targets = {target for _source, target in coded(doc, "19")}
    assert targets == {"YEMREB"}


def test_unnamed_fighters_placed_in_a_country_across_their_adjective_belong_to_it() -> None:
    text = "وتعاونت واشنطن مع مقاتلين أكراد في سوريا."
    doc = build(text, [("واشنطن", "LOC", "USAGOV"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "06") == {("USAGOV", "SYRREB")}


def test_what_the_army_described_as_targets_is_still_the_object_of_its_strike() -> None:
    # «ما وصفه بأنه»: what it described as, no clause of its own; «عشرات من الأهداف الإيرانية» is counted
    text = "وقصف الجيش الإسرائيلي ما وصفه بأنه عشرات من الأهداف العسكرية الإيرانية في سوريا."
    doc = build(text, [("الجيش الإسرائيلي", "ORG", "ISRMIL"), ("الإيرانية", "LOC", "IRNMIL"), ("سوريا", "LOC", "SYR")])
    assert coded(doc, "19") == {("ISRMIL", "IRNMIL")}
