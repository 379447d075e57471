"""Argument recall, round eighteen: a name read with the country adjective written before it keeps the clitics
of its own word only (the adjective's letters are no preposition), a person named after the adjective of a noun
that is no known title stands for that noun, a verbal noun in an adverbial phrase after a verb is done by that
verb's subject, a state institution with a possessive pronoun belongs to its owner's country, and agentless
arrests and deportations are done by the police of the place. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded
from rasd.pipeline import Pipeline, make_doc


def test_two_presidents_named_after_their_country_adjectives_meet() -> None:
    text = "وانعقدت قمة بين الرئيسين الأمريكي جو بايدن والصيني شي جين بينغ في بالي."
    doc = build(
        text,
        [
            ("الأمريكي", "LOC", "USAGOV"),
            ("جو بايدن", "PERS", "USAGOV"),
            ("الصيني", "LOC", "CHNGOV"),
            ("شي جين بينغ", "PERS", "CHNGOV"),
        ],
    )
    assert coded(doc, "04") & {("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")}


def test_a_person_named_after_the_adjective_of_an_unlisted_noun_is_its_subject() -> None:
    text = "والتقت المستشارة النمساوية فلانة الفلانية الرئيس الروسي في فيينا."
    doc = build(
        text,
        [
            ("النمساوية", "LOC", "AUTGOV"),
            ("فلانة الفلانية", "PERS", "AUTGOV"),
            ("الرئيس الروسي", "PERS", "RUSGOV"),
            ("فيينا", "LOC", "AUT"),
        ],
    )
    assert coded(doc, "04") & {("AUTGOV", "RUSGOV"), ("RUSGOV", "AUTGOV")}


def test_the_name_after_the_adjective_of_a_noun_governed_by_a_preposition_is_not_the_object() -> None:
    text = "ودعا كارل هوبر المتحدث باسم المستشارة النمساوية فلانة الفلانية روسيا إلى الإفراج عن الصحفي."
    doc = build(
        text,
        [
            ("كارل هوبر", "PERS", "AUTGOV"),
            ("النمساوية", "LOC", "AUTGOV"),
            ("فلانة الفلانية", "PERS", "AUTGOV"),
            ("روسيا", "LOC", "RUS"),
        ],
    )
    pairs = {pair for root in ("02", "10") for pair in coded(doc, root)}
    assert ("AUTGOV", "RUS") in pairs
    assert ("AUTGOV", "AUTGOV") not in pairs


def test_an_adverbial_act_after_a_verb_is_done_by_that_verbs_subject() -> None:
    text = (
        "ومنذ تبادل الزعيمين الإثيوبي آبي أحمد والإريتري أسياس أفورقي الاتهامات، تعهد آبي أحمد بالسلام "
        "خلال قمة عقدها مع نظيره الكيني."
    )
    doc = build(
        text,
        [
            ("الإثيوبي", "LOC", "ETHGOV"),
            ("آبي أحمد", "PERS", "ETHGOV"),
            ("الإريتري", "LOC", "ERIGOV"),
            ("أسياس أفورقي", "PERS", "ERIGOV"),
            ("آبي أحمد", "PERS", "ETHGOV", 2),
            ("نظيره الكيني", "PERS", "KENGOV"),
        ],
    )
    summit = {pair for root in ("03", "04") for pair in coded(doc, root)}
    assert ("ETHGOV", "KENGOV") in summit
    assert ("ERIGOV", "KENGOV") not in summit


def test_an_army_owned_by_the_minister_named_before_it_attacks() -> None:
    text = "وأعلن وزير الدفاع الإثيوبي أن جيشه قصف مواقع حركة الشباب قرب الحدود."
    doc = build(text, [("وزير الدفاع الإثيوبي", "PERS", "ETHGOV"), ("حركة الشباب", "ORG", "SOMREB")])
    assert {pair for pair in coded(doc, "19") if pair[1] == "SOMREB"} == {("ETHMIL", "SOMREB")}


def test_a_country_arrests_through_its_police() -> None:
    text = "وأكدت كينيا أن شرطتها اعتقلت ثلاثة صحفيين أجانب."
    doc = build(text, [("كينيا", "LOC", "KEN")])
    assert {source for source, _target in coded(doc, "17")} == {"KENCOP"}


def test_an_institution_owned_after_an_actor_noun_is_no_subject() -> None:
    text = "وقد خسر الرئيس الكيني ثقة قادة جيشه، فاتصل بنظيره الأوغندي."
    doc = build(text, [("الرئيس الكيني", "PERS", "KENGOV"), ("نظيره الأوغندي", "PERS", "UGAGOV")])
    assert coded(doc, "04") == {("KENGOV", "UGAGOV")}


def test_an_owned_institution_is_not_the_owner_of_a_later_pronoun() -> None:
    text = "وأكد الرئيس الكيني أن جيشه جاهز للتدخل، خلال زيارته أوغندا."
    doc = build(text, [("الرئيس الكيني", "PERS", "KENGOV"), ("أوغندا", "LOC", "UGA")])
    assert coded(doc, "04") == {("KENGOV", "UGA")}


def test_a_name_after_a_chain_of_nouns_in_construct_takes_the_role_of_the_first() -> None:
    text = "والتقى زوج شقيقة المغنية الأمريكية جين دو الرئيس الكيني في نيروبي."
    doc = build(
        text,
        [("الأمريكية", "LOC", "USA"), ("جين دو", "PERS", "USACVL"), ("الرئيس الكيني", "PERS", "KENGOV")],
    )
    assert coded(doc, "04") & {("USACVL", "KENGOV"), ("KENGOV", "USACVL")}


def test_an_arrest_then_a_deportation_by_the_police_of_the_place() -> None:
    doc = Pipeline()(make_doc("واعتقل الصحفي الإيراني في لاتفيا عام 2015 وتم ترحيله إلى كندا.", published="2021-07-22"))
    pairs = {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}
    assert {("173", "LVACOP", "IRNMED"), ("174", "LVACOP", "IRNMED")} <= pairs


def test_an_arrest_after_the_place_it_happens_in() -> None:
    text = "وفي بلجيكا، اعتقل أربعة أشخاص يشتبه في تخطيطهم لهجوم."
    doc = build(text, [("بلجيكا", "LOC", "BEL")])
    assert {source for source, _target in coded(doc, "173")} == {"BELCOP"}
