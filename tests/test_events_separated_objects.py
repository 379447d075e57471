"""Objects separated from their verb: by an adverbial phrase ending in a definite verbal noun, and a verb after
«ثم» going on with the first verb's subject. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_object_after_an_adverbial_with_a_definite_noun_is_the_verbs() -> None:
    # «على هامش القمة» stands between the subject and the object: the British prime minister is met
    text = "والتقى الرئيس التركي على هامش القمة رئيس الوزراء البريطاني في جلسة مغلقة."
    doc = build(text, [("التركي", "LOC", "TURGOV"), ("البريطاني", "LOC", "GBRGOV")])
    pairs = coded(doc, "04")
    assert ("TURGOV", "GBRGOV") in pairs or ("GBRGOV", "TURGOV") in pairs


def test_subjectless_verb_after_an_adverbial_meets_the_actor_after_it() -> None:
    # the visitor is the topic of the sentence before; «خلال الزيارة» does not own the prime minister
    text = "ووصل الرئيس الفرنسي إلى عمان أمس. والتقى خلال الزيارة رئيس الوزراء الأردني."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("الأردني", "LOC", "JORGOV")])
    assert ("FRAGOV", "JORGOV") in coded(doc, "04")


def test_title_after_a_definite_noun_in_a_prepositional_phrase_is_the_object() -> None:
    # «خلال الحفل» passes no preposition on to the title after it: a definite noun owns nothing after it
    text = "والتقى الرئيس الفرنسي خلال الحفل وزير الخارجية الأردني في قصر الإليزيه."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("الأردني", "LOC", "JORGOV")])
    assert ("FRAGOV", "JORGOV") in coded(doc, "04")


def test_a_city_in_apposition_after_a_definite_noun_stays_in_its_phrase() -> None:
    # «في العاصمة عمان»: the capital named, a place of the meeting and no party to it
    text = "والتقى الرئيس الفرنسي في العاصمة عمان وفدا من رجال الأعمال."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("عمان", "LOC", "JOR")])
    assert all(target != "JOR" for _source, target in coded(doc, "04"))


def test_an_adjective_of_the_definite_noun_is_no_object() -> None:
    # «المحادثات الإيرانية» are Iranian talks: Iran is not received by the minister
    text = "واستقبل الوزير الكويتي في ختام المحادثات الإيرانية وفدا من رجال الأعمال."
    doc = build(text, [("الكويتي", "LOC", "KWTGOV"), ("الإيرانية", "LOC", "IRN")])
    assert ("KWTGOV", "IRN") not in coded(doc, "04")


def test_actor_after_the_adverbial_followed_by_another_is_the_subject() -> None:
    # «والتقى خلال الاجتماع الرئيس اللبناني نظيره السوري»: the first actor is the subject, not the object
    text = "وانعقد الاجتماع في القاهرة. والتقى خلال الاجتماع الرئيس اللبناني نظيره السوري."
    doc = build(text, [("اللبناني", "LOC", "LBNGOV"), ("السوري", "LOC", "SYRGOV")])
    pairs = coded(doc, "04")
    assert all(target != "LBNGOV" for _source, target in pairs)


def test_verb_after_then_keeps_the_first_verbs_subject() -> None:
    # «ثم» after a comma: Baghdad, the first verb's object, is not who receives
    text = "وزار الوزير المغربي بغداد، ثم استقبل رئيس الوزراء العراقي في مقر إقامته."
    doc = build(text, [("المغربي", "LOC", "MARGOV"), ("بغداد", "LOC", "IRQ"), ("العراقي", "LOC", "IRQGOV")])
    assert ("MARGOV", "IRQGOV") in coded(doc, "04")
    assert ("IRQ", "IRQGOV") not in coded(doc, "04")
