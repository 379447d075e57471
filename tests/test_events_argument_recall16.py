"""Arguments found again (recall round on the argument side): a definite subject noun right after a verb is no title
of the object phrase after it. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_definite_subject_noun_is_not_folded_into_the_object_after_it() -> None:
    # «المتظاهرون الحكومة العراقية» is a subject and an object, not one actor phrase
    text = "وطالب المتظاهرون الحكومة العراقية بتوفير الخدمات."
    doc = build(text, [("العراقية", "LOC", "IRQGOV")])
    assert coded(doc, "10") == {("IRQCVL", "IRQGOV")}


def test_definite_subject_before_an_organisation_named_with_a_construct() -> None:
    # a definite noun is never in construct: «العائلة» is the subject and the government the one called on
    text = "ودعت العائلة الحكومة الفرنسية إلى التحرك فورا."
    doc = build(text, [("الفرنسية", "LOC", "FRAGOV")])
    assert coded(doc, "02") == {("FRACVL", "FRAGOV")}


def test_title_and_its_adjective_stay_one_subject() -> None:
    # «العام» is the title's adjective, not a new object phrase («الأمين العام للأمم المتحدة»)
    text = "حث الأمين العام للأمم المتحدة غوتيريش السلطات الكاميرونية على ضبط النفس."
    doc = build(
        text, [("للأمم المتحدة", "ORG", "IGOUNO"), ("غوتيريش", "PERS", "IGOUNO"), ("الكاميرونية", "LOC", "CMRGOV")]
    )
    assert ("IGOUNO", "CMRGOV") in coded(doc, "02")


def test_title_then_name_is_one_person() -> None:
    text = "دعا الرئيس ترامب الصين إلى خفض الرسوم."
    doc = build(text, [("ترامب", "PERS", "USAGOV"), ("الصين", "LOC", "CHN")])
    assert ("USAGOV", "CHN") in coded(doc, "02")


def test_pronoun_denier_is_the_accused_not_the_accuser() -> None:
    # «لكنه» right after the accusation: the accused denies it, to the accuser
    text = "واتهمت الشرطة التركية الوزير الأردني بالتجسس، لكنه نفى تلك الاتهامات."
    doc = build(text, [("التركية", "LOC", "TURCOP"), ("الأردني", "LOC", "JORGOV")])
    assert coded(doc, "016") == {("JORGOV", "TURCOP")}


def test_pronoun_denier_of_a_passive_accusation_denies_to_no_one() -> None:
    text = "وقد اتهم الوزير الأردني بالفساد، ولكنه ينفي التهمة."
    doc = build(text, [("الأردني", "LOC", "JORGOV")])
    assert coded(doc, "016") == {("JORGOV", None)}


def test_plural_pronoun_denier_is_not_the_one_person_accused() -> None:
    # «لكنهم» are the reporters tried with him, not the preacher the government accuses
    text = (
        "وأدانت المحكمة صحفيين عملوا مع حركة الداعية سمير خالد الذي تتهمه الحكومة التركية بتدبير الانقلاب."
        " لكنهم نفوا جميعا أي تورط."
    )
    doc = build(text, [("سمير خالد", "PERS", "TUROPP"), ("التركية", "LOC", "TURGOV")])
    assert ("TUROPP", "TURGOV") not in coded(doc, "016")


def test_statement_speaks_for_who_issued_it_in_the_sentence_before() -> None:
    # «في بيان» names the issuer; «البيان» after the verb is the subject, the government after it the one called on
    text = "وقالت وزارة الخارجية المصرية في بيان إن الأزمة خطيرة. ودعا البيان الحكومة الإثيوبية إلى الحوار."
    doc = build(text, [("المصرية", "LOC", "EGYGOV"), ("الإثيوبية", "LOC", "ETHGOV")])
    assert coded(doc, "02") == {("EGYGOV", "ETHGOV")}


def test_statement_issued_by_the_actor_after_al_sadir_an() -> None:
    text = "واتهم البيان الصادر عن البيت الأبيض إيران بدعم الهجمات."
    doc = build(text, [("البيت الأبيض", "ORG", "USAGOV"), ("إيران", "LOC", "IRN")])
    assert coded(doc, "112") == {("USAGOV", "IRN")}


def test_resolution_named_before_speaks_for_the_body_that_adopted_it() -> None:
    # «أن القرار يدين»: the resolution the council adopted two sentences before condemns
    text = (
        "وتبنى مجلس الأمن الدولي قرارا جديدا بشأن الأزمة. وصوتت دول كثيرة لصالح القرار."
        " وأضافت الصحيفة أن القرار يدين روسيا بشدة."
    )
    doc = build(text, [("مجلس الأمن الدولي", "ORG", "IGOUNO"), ("روسيا", "LOC", "RUS")])
    assert coded(doc, "11") == {("IGOUNO", "RUS")}


def test_object_after_an_adverbial_aside_holding_a_relative_clause() -> None:
    # the aside «، في الكلمة التي ألقاها ...،» after the subject does not end the verb's clause
    text = "ودعا الرئيس الفرنسي، في الكلمة التي ألقاها أمام البرلمان، الحكومة المصرية إلى الحوار."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("المصرية", "LOC", "EGYGOV")])
    assert coded(doc, "02") == {("FRAGOV", "EGYGOV")}
