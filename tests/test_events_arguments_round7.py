"""Argument rules of the seventh round. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of


def test_a_verb_after_but_with_a_pronoun_continues_the_one_talked_about() -> None:
    # «لكنه استبعد»: the pronoun on «لكن» is the subject, the one the previous sentence was about
    text = "وأكد الرئيس الأمريكي أن الوضع صعب. لكنه استبعد إلغاء صفقات السلاح مع السعودية."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("السعودية", "LOC", "SAU")])
    assert coded(doc, "16") == {("USAGOV", "SAU")}


def test_but_with_a_pronoun_after_a_comma_opens_a_clause_of_its_own() -> None:
    # «ولكنه» after «إن ...،» is not inside the reported clause, whose noun («الوضع») names no actor
    text = "وقال الرئيس الأمريكي إن الوضع صعب، ولكنه استبعد إلغاء صفقات السلاح مع السعودية."
    doc = build(text, [("الأمريكي", "LOC", "USAGOV"), ("السعودية", "LOC", "SAU")])
    assert coded(doc, "16") == {("USAGOV", "SAU")}


def test_a_negation_between_the_complementizer_pronoun_and_the_verb_keeps_the_pronoun_subject() -> None:
    # «قال الوزير إنه لن يلتقي»: the minister refuses to meet, the actor after the verb is whom he will not meet
    text = 'وقال وزير الخارجية الإيراني إنه لن يلتقي "في أي حال" نظيره الأمريكي.'
    doc = build(text, [("الإيراني", "LOC", "IRNGOV"), ("الأمريكي", "LOC", "USAGOV")])
    assert coded(doc, "12") == {("IRNGOV", "USAGOV")}


def test_a_verb_coordinated_in_a_relative_clause_keeps_its_subject_before_an_object_after_it() -> None:
    # «الذين سيطروا على ... وطردوا الحكومة»: the government is what was driven out, not who did it
    text = (
        "تتواصل المعارك في اليمن منذ سنوات. ودخل تحالف تقوده السعودية في حرب مع المتمردين، "
        "الذين سيطروا على مدن عدة وطردوا الحكومة من العاصمة."
    )
    doc = build(text, [("اليمن", "LOC", "YEM"), ("السعودية", "LOC", "SAU")])
    assert coded(doc, "17") == {("YEMREB", "YEMGOV")}


def test_an_unnamed_actor_takes_the_country_of_the_unnamed_actor_just_placed() -> None:
    # «المتمردين» are placed in the country the article is about; the government they drove out is that
    # country's, not the foreign state named before them
    text = "تتواصل المعارك في اليمن منذ سنوات. وتدعم إيران المتمردين الذين طردوا الحكومة من العاصمة."
    doc = build(text, [("اليمن", "LOC", "YEM"), ("إيران", "LOC", "IRN")])
    assert coded(doc, "17") == {("YEMREB", "YEMGOV")}


def test_a_verb_coordinated_after_a_comma_shares_the_first_verbs_subject() -> None:
    # «، ودحرت عناصرها»: the forces that repelled the attempt drove the fighters back, not the fighters named last
    text = "وتصدت القوات الحكومية لمحاولة تسلل مسلحي الميليشيات في منطقة الفازة، ودحرت عناصرها."
    doc = build(text, [("الفازة", "LOC", "YEM")])
    assert ("YEMMIL", "YEMREB") in coded(doc, "19")
    assert ("YEMREB", "YEMMIL") not in coded(doc, "19")


def test_a_plural_pronoun_stands_for_a_list_of_names_with_titles_in_apposition() -> None:
    # «رئيس X فلان وفلان رئيس Y إضافة إلى فلان رئيس Z، متهمة إياهم»: the three presidents are accused
    text = (
        "ونشرت المنظمة تقريرا عن رئيس الغابون علي بونغو وساسو نغيسو رئيس الكونغو إضافة إلى إدريس ديبي رئيس تشاد، "
        "متهمة إياهم بتبييض الأموال."
    )
    doc = build(
        text,
        [
            ("المنظمة", "ORG", "NGO"),
            ("الغابون", "LOC", "GABGOV"),
            ("علي بونغو", "PERS", "GABGOV"),
            ("ساسو نغيسو", "PERS", "COGGOV"),
            ("الكونغو", "LOC", "COGGOV"),
            ("إدريس ديبي", "PERS", "TCDGOV"),
            ("تشاد", "LOC", "TCDGOV"),
        ],
    )
    assert {target for _source, target in coded(doc, "112")} == {"GABGOV", "COGGOV", "TCDGOV"}


def test_a_verb_carrying_a_plural_subject_takes_the_actor_after_it_as_object() -> None:
    # «وحثوا الدول الغربية»: a verb before its subject stays singular, so «الدول الغربية» is whom they urged
    text = "وتعهد مسؤولون حكوميون سوريون بضمان عودة اللاجئين وحثوا الدول الغربية على رفع العقوبات."
    doc = build(text, [("سوريون", "LOC", "SYRGOV"), ("الغربية", "LOC", "WST")])
    assert coded(doc, "02") == {("SYRGOV", "WST")}


def test_a_dual_verb_takes_the_actor_after_it_as_object() -> None:
    text = "ووصل الوزيران الفرنسي والألماني إلى كييف، وطالبا الحكومة الأوكرانية بمواصلة الإصلاحات."
    doc = build(
        text,
        [
            ("الفرنسي", "LOC", "FRAGOV"),
            ("والألماني", "LOC", "DEUGOV"),
            ("كييف", "LOC", "UKR"),
            ("الأوكرانية", "LOC", "UKRGOV"),
        ],
    )
    assert coded(doc, "10") == {("FRAGOV", "UKRGOV"), ("DEUGOV", "UKRGOV")}


def test_a_verbal_nouns_genitive_followed_by_a_bare_object_is_its_agent() -> None:
    # «قصف مقاتلات التحالف مواقع للمتمردين»: the jets bombed; the positions' owners were bombed
    text = "وتزامن ذلك مع قصف مقاتلات التحالف مواقع لميليشيات الحوثي في الساحل الغربي."
    doc = build(text, [("التحالف", "ORG", "SAUMIL"), ("الحوثي", "ORG", "YEMREB")])
    assert coded(doc, "19") == {("SAUMIL", "YEMREB")}


def test_a_definite_word_after_the_genitive_is_its_adjective_not_an_object() -> None:
    # «طرد مسلحي التنظيم المتشدد»: the fighters are expelled, «المتشدد» describes them
    text = "وتهدف العملية إلى طرد مسلحي تنظيم الدولة الإسلامية المتشدد من المناطق الحدودية."
    doc = build(text, [("تنظيم الدولة الإسلامية", "ORG", "IMGMUSISI")])
    assert ("IMGMUSISI", None) not in coded(doc, "17")
    assert all(source != "IMGMUSISI" for source, _target in coded(doc, "17"))


def test_a_judging_verb_judges_the_agent_of_the_act_it_names() -> None:
    # «أدانت تركيا استهداف إسرائيل غزة»: Israel is condemned, Gaza was the target of the act
    text = "وأدانت تركيا استهداف إسرائيل غزة."
    doc = build(text, [("تركيا", "LOC", "TUR"), ("إسرائيل", "LOC", "ISR"), ("غزة", "LOC", "PSE")])
    assert coded(doc, "11") == {("TUR", "ISR")}
    assert coded(doc, "19") == {("ISR", "PSE")}


def test_an_act_in_an_adjunct_is_not_what_a_refusal_is_about() -> None:
    # «لن يلتقي ترامب خلال زيارته لبريطانيا فلانا»: whom he will not meet comes after the adjunct; the visit is his
    text = "ولن يلتقي ترامب خلال زيارته لبريطانيا زعيم حزب العمال جيريمي كوربين."
    doc = build(text, [("ترامب", "PERS", "USAGOV"), ("بريطانيا", "LOC", "GBR"), ("جيريمي كوربين", "PERS", "GBROPP")])
    assert coded(doc, "12") == {("USAGOV", "GBROPP")}


def test_an_actor_with_lam_after_a_noun_of_attack_is_the_attacker() -> None:
    # «هجوم لحركة طالبان على نقطة تفتيش»: the Taliban's attack; the soldiers killed in it are not its agents
    text = "وقتل خمسة جنود أفغان في هجوم لحركة طالبان على نقطة تفتيش للجيش الأفغاني."
    doc = build(text, [("أفغان", "LOC", "AFGMIL"), ("طالبان", "ORG", "AFGINS"), ("الأفغاني", "LOC", "AFGMIL")])
    attacks = [e for e in events_of(doc) if e.cameo.startswith("19")]
    assert attacks
    assert all(e.source.actor == "AFGINS" for e in attacks)
    assert not any(target == "AFGINS" for _source, target in coded(doc, "18") | coded(doc, "19"))


def test_lam_after_a_transitive_act_marks_what_was_hit() -> None:
    # «القصف الإسرائيلي لغزة», «استهدافه للمعارضين»: the patient, never the agent
    text = "وانتقدت المنظمة استهدافه لحزب المعارضة الرئيسي في البلاد."
    doc = build(text, [("المنظمة", "ORG", "NGO"), ("حزب المعارضة", "ORG", "IRNOPP")])
    assert all(source != "IRNOPP" for source, _target in coded(doc, "19"))
    text = "وأدانت المنظمة القصف الإسرائيلي لحركة حماس في غزة."
    doc = build(text, [("المنظمة", "ORG", "NGO"), ("الإسرائيلي", "LOC", "ISRMIL"), ("حركة حماس", "ORG", "PSEREB")])
    assert coded(doc, "19") == {("ISRMIL", "PSEREB")}


def test_a_verb_of_harm_after_its_subject_with_no_object_is_a_passive() -> None:
    # «أن ثمانية مقاولين أفغان قتلوا في هجوم للمتشددين»: they were killed (قُتلوا), the militants attacked
    text = "وقال المتحدث إن ثمانية مقاولين أفغان قتلوا في هجوم للمتشددين على قاعدة تابعة لحلف الناتو في كابل."
    doc = build(
        text,
        [
            ("أفغان", "LOC", "AFGCVL"),
            ("للمتشددين", "ORG", "AFGREB"),
            ("حلف الناتو", "ORG", "IGONAT"),
            ("كابل", "LOC", "AFG"),
        ],
    )
    harm = coded(doc, "18") | coded(doc, "19")
    assert ("AFGREB", "IGONAT") in harm
    assert not any(source == "AFGCVL" for source, _target in harm)


def test_an_object_after_its_verb_is_no_sign_of_a_passive() -> None:
    # «إن تركيا اعتقلت 160 ألف شخص»: active, a counted object
    text = "وقال المكتب إن تركيا اعتقلت 160 ألف شخص منذ محاولة الانقلاب."
    doc = build(text, [("تركيا", "LOC", "TURGOV")])
    assert all(source == "TURGOV" for source, _target in coded(doc, "17"))


def test_whoever_claims_an_attack_made_it_against_its_target() -> None:
    text = "وأعلنت حركة طالبان مسؤوليتها عن الهجوم على قاعدة للجيش الأفغاني في قندهار."
    doc = build(text, [("طالبان", "ORG", "AFGINS"), ("الأفغاني", "LOC", "AFGMIL"), ("قندهار", "LOC", "AFG")])
    assert coded(doc, "015") == {("AFGINS", "AFGMIL")}
    assert coded(doc, "19") == {("AFGINS", "AFGMIL")}


def test_the_owner_after_an_affiliation_word_takes_the_preposition_of_the_thing_owned() -> None:
    # «ضربات جوية على مواقع تابعة لتنظيم داعش»: the organisation owning the positions is the target
    text = "ونفذت مقاتلات عراقية ضربات جوية على مواقع تابعة لتنظيم داعش في الأراضي السورية."
    doc = build(text, [("عراقية", "LOC", "IRQMIL"), ("تنظيم داعش", "ORG", "IMGMUSISI")])
    assert coded(doc, "19") == {("IRQMIL", "IMGMUSISI")}


def test_a_claim_of_responsibility_names_the_agent_of_the_bombing_reported_before() -> None:
    # «أعلنت طالبان مسؤوليتها عن هذا التفجير» after the bombing was reported with no agent
    text = (
        "قتل أربعة أشخاص في تفجير استهدف حافلة للشرطة الأفغانية في كابل. وأعلنت حركة طالبان مسؤوليتها عن هذا التفجير."
    )
    doc = build(text, [("الأفغانية", "LOC", "AFGCOP"), ("كابل", "LOC", "AFG"), ("طالبان", "ORG", "AFGINS")])
    assert ("AFGINS", "AFGCVL") in coded(doc, "18")


def test_the_sides_of_a_battle_after_its_adjectives_and_place() -> None:
    # «المعارك الشرسة في اليمن بين المقاومة الموالية للحكومة والمتمردين»: the two sides, not the government
    text = "وأدت أشهر من المعارك الشرسة في اليمن بين المقاومة الموالية للحكومة والمتمردين الحوثيين إلى دمار كبير."
    doc = build(text, [("اليمن", "LOC", "YEM"), ("المقاومة", "ORG", "YEMMIL"), ("الحوثيين", "ORG", "YEMREB")])
    assert coded(doc, "19") == {("YEMMIL", "YEMREB"), ("YEMREB", "YEMMIL")}


def test_a_verb_whose_own_complement_follows_is_not_read_as_a_passive() -> None:
    # «أن القوات أجبرت على الانسحاب»: «على» is the verb's own preposition
    text = "وقال المتحدث إن آلاف المدنيين السوريين أجبروا على النزوح بسبب المعارك."
    doc = build(text, [("السوريين", "LOC", "SYRCVL")])
    assert all(target != "SYRCVL" for _source, target in coded(doc, "17"))


def test_but_with_a_pronoun_goes_on_about_the_main_subject_not_the_last_noun() -> None:
    text = "وهنأ الرئيس الفرنسي نظيره الروسي على فوزه في الانتخابات، لكنه حث موسكو على كشف الحقيقة."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("الروسي", "LOC", "RUSGOV"), ("موسكو", "LOC", "RUSGOV")])
    assert coded(doc, "02") == {("FRAGOV", "RUSGOV")}


def test_the_second_side_set_off_by_a_comma_after_the_first_sides_backers() -> None:
    # «بين قوات الجيش المدعومة من روسيا وإيران، وفصائل المعارضة»: Iran backs the army, the opposition fights it
    text = "وتركزت المحادثات على تخفيف حدة المعارك بين قوات الجيش السوري المدعومة من روسيا وإيران، وفصائل المعارضة."
    doc = build(
        text,
        [
            ("الجيش السوري", "ORG", "SYRMIL"),
            ("روسيا", "LOC", "RUS"),
            ("وإيران", "LOC", "IRN"),
            ("المعارضة", "ORG", "SYROPP"),
        ],
    )
    assert coded(doc, "19") == {("SYRMIL", "SYROPP"), ("SYROPP", "SYRMIL")}


def test_the_names_after_a_group_word_between_are_its_two_sides_once() -> None:
    text = "ويأتي ذلك قبل أيام من اللقاء المقرر بين الرئيسين الأمريكي دونالد ترامب والروسي فلاديمير بوتين في هلسنكي."
    doc = build(
        text,
        [
            ("الأمريكي دونالد ترامب", "PERS", "USAGOV"),
            ("والروسي فلاديمير بوتين", "PERS", "RUSGOV"),
            ("هلسنكي", "LOC", "FIN"),
        ],
    )
    pairs = coded(doc, "03") | coded(doc, "04")
    assert pairs and pairs <= {("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV")}
