"""Recall of the twenty-fifth round (trigger recall): a verb whose required object is written before it, as the
noun its relative clause describes, with an object pronoun on the verb standing for it («العقوبات التي فرضتها
واشنطن على موسكو», «الاتفاق الذي وقعته طهران مع ...», «في هجوم نسبته السلطات إلى ...»), is read with that
object, when the clause names the act's target after the sense's preposition. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_sanctions_imposed_in_a_relative_clause_under_a_governing_noun() -> None:
    # the sanctions noun is the object of the lifting asked for, no act of its own: the clause tells who imposed them
    text = "وطالبت الحكومة الروسية برفع العقوبات الجديدة التي فرضتها كندا على موسكو."
    doc = build(text, [("الحكومة الروسية", "ORG", "RUSGOV"), ("كندا", "LOC", "CAN"), ("موسكو", "LOC", "RUSGOV")])
    assert ("CAN", "RUSGOV") in coded(doc, "163")


def test_agreement_signed_in_a_relative_clause_pairs_the_signers() -> None:
    text = "وأكد الوزير أن الاتفاق الذي وقعته كولومبيا مع الإكوادور العام الماضي ما زال ساريا."
    doc = build(text, [("كولومبيا", "LOC", "COL"), ("الإكوادور", "LOC", "ECU")])
    pairs = coded(doc, "057")
    assert pairs & {("COL", "ECU"), ("ECU", "COL")}


def test_attack_attributed_in_a_clause_on_an_indefinite_noun() -> None:
    text = "وقتل ثلاثة جنود في هجوم نسبته السلطات الهندية إلى جماعة عسكر طيبة."
    doc = build(text, [("السلطات الهندية", "ORG", "INDGOV"), ("جماعة عسكر طيبة", "ORG", "PAKREB")])
    assert ("INDGOV", "PAKREB") in coded(doc, "112")


def test_resumed_object_needs_the_target_written_after_the_verb() -> None:
    # «الاتفاق الذي وقعته الحكومة» with no «مع» names no other party: the clause is left as it was
    text = "وأشاد الوزير بالاتفاق الذي وقعته الحكومة الكولومبية في هافانا."
    doc = build(text, [("الحكومة الكولومبية", "ORG", "COLGOV"), ("هافانا", "LOC", "CUB")])
    assert not coded(doc, "057")


def test_pronoun_of_another_noun_is_no_resumed_object() -> None:
    # the verb's pronoun resumes «المدينة», which no sense of «فرض» takes: no sanctions are read
    text = "وزار الوزير المدينة التي فرضها الجيش على خريطة المنطقة."
    doc = build(text, [("الجيش", "ORG", "SYRMIL")])
    assert not coded(doc, "163")


def test_support_told_by_the_noun_and_its_relative_verb_keeps_the_kind_of_aid() -> None:
    # the verb «تقدمه» gives plain support (070); the noun it resumes says the support is military (072)
    text = "وأعربت الحكومة الليبية عن قلقها من الدعم العسكري الذي تقدمه دولة الإمارات لقوات حفتر."
    doc = build(
        text, [("الحكومة الليبية", "ORG", "LBYGOV"), ("دولة الإمارات", "LOC", "ARE"), ("قوات حفتر", "ORG", "LBYMIL")]
    )
    assert ("ARE", "LBYMIL") in coded(doc, "072")
    assert not coded(doc, "070")
