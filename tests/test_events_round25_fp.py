"""Round 25 (evfp25), precision on other outlets: a weapon word in the cause or the target of a strike does not make
it a chemical attack; an adverb of manner between a judging verb's subject and a verbal noun spelled like a past verb
leaves it the noun. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_a_strike_in_answer_to_a_chemical_attack_is_no_chemical_attack() -> None:
    text = "وشنت فرنسا ضربات على مواقع سورية ردا على تقارير حول هجوم كيميائي في دوما."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("سورية", "LOC", "SYR")])
    assert not coded(doc, "2041")
    assert ("FRA", "SYR") in coded(doc, "19")


def test_a_chemical_stockpile_named_after_the_strike_is_no_instrument() -> None:
    text = "وقالت الحكومة إن بريطانيا قصفت النظام السوري بسبب امتلاكه مخزونا من الأسلحة الكيماوية."
    doc = build(text, [("بريطانيا", "LOC", "GBR"), ("النظام السوري", "ORG", "SYRGOV")])
    assert not coded(doc, "2041")
    assert ("GBR", "SYRGOV") in coded(doc, "19")


def test_a_chemical_weapon_qualifying_the_act_or_its_instrument_still_refines_it() -> None:
    text = "وقالت المنظمة إن قوات النظام السوري شنت هجوما كيميائيا على دوما."
    doc = build(text, [("قوات النظام السوري", "ORG", "SYRMIL"), ("دوما", "LOC", "SYR")])
    assert ("SYRMIL", "SYR") in coded(doc, "2041")
    text = "وقصفت قوات النظام السوري بلدة خان شيخون بالأسلحة الكيماوية."
    doc = build(text, [("قوات النظام السوري", "ORG", "SYRMIL"), ("خان شيخون", "LOC", "SYR")])
    assert ("SYRMIL", "SYR") in coded(doc, "2041")


def test_a_verbal_noun_after_an_adverb_of_manner_is_the_judged_act_not_a_verb() -> None:
    text = "وأدانت فرنسا بشدة قتل المدنيين السوريين في إدلب."
    doc = build(text, [("فرنسا", "LOC", "FRA"), ("السوريين", "LOC", "SYRCVL")])
    assert ("FRA", "SYRCVL") not in coded(doc, "18")
    text = "وانتقدت تركيا بشدة دعم واشنطن للمسلحين الأكراد."
    doc = build(text, [("تركيا", "LOC", "TUR"), ("واشنطن", "LOC", "USAGOV"), ("الأكراد", "LOC", "SYRREB")])
    assert ("TUR", "USAGOV") in coded(doc, "111")
    assert ("TUR", "USAGOV") not in coded(doc, "05")


def test_an_instrument_phrase_opening_at_the_end_of_reach_is_read_whole() -> None:
    text = "وقالت الشرطة إن ثلاثة مسلحين شنوا هجوما على مقر تابع لقوات الأمن في ضواحي مدينة قندهار بسيارة مفخخة."
    doc = build(text, [("قوات الأمن", "ORG", "AFGCOP"), ("قندهار", "LOC", "AFG")])
    assert coded(doc, "1832")
    assert not coded(doc, "190")
