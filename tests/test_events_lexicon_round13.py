"""Word senses of the thirteenth round: accusations «وجّه اتهامات» between governments are an accusation (112), formal
charges by a prosecutor, the police or a justice ministry (and the legal-charge words «تهمة/تهم») stay an arrest or
charge (173), a passive «تم توجيه الاتهام» is an indictment; «حذّر» aimed at an actor stays a threat, a warning of a
danger («حذر من كارثة/تداعيات») is none; withdrawing from a treaty rejects an agreement (127) and leaving the
European Union is no retreat, while an army leaving a town is.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of


def test_a_government_levelling_accusations_accuses() -> None:
    text = "ووجهت الحكومة البوليفية اتهامات إلى تشيلي بالتدخل في شؤونها الداخلية."
    doc = build(text, [("الحكومة البوليفية", "ORG", "BOLGOV"), ("تشيلي", "LOC", "CHLGOV")])
    assert coded(doc, "112") & {("BOLGOV", "CHLGOV")}
    assert not coded_as(events_of(doc), "173")


def test_charging_by_governments_as_a_noun_accuses() -> None:
    text = "وأعلن وزير الخارجية الأوغندي توجيه اتهامات إلى رواندا بدعم الجماعات المسلحة."
    doc = build(text, [("الأوغندي", "LOC", "UGAGOV"), ("رواندا", "LOC", "RWAGOV")])
    assert not coded_as(events_of(doc), "173")


def test_a_prosecutor_bringing_accusations_charges() -> None:
    text = "ووجهت النيابة العامة الأردنية اتهامات إلى الموظف السابق بالاختلاس."
    doc = build(text, [("النيابة العامة الأردنية", "ORG", "JORJUD"), ("الموظف السابق", "PERS", "JORCVL")])
    assert coded(doc, "173") & {("JORJUD", "JORCVL")}


def test_a_justice_ministry_bringing_accusations_charges() -> None:
    text = "ووجهت وزارة العدل الكندية اتهامات إلى ثلاثة قراصنة صينيين."
    doc = build(text, [("وزارة العدل", "ORG", "CANGOV"), ("الكندية", "LOC", "CANGOV"), ("صينيين", "LOC", "CHNCVL")])
    assert coded_as(events_of(doc), "173")
    assert not coded_as(events_of(doc), "112")


def test_the_legal_charge_word_stays_a_charge_whoever_brings_it() -> None:
    text = "ووجهت السلطات المغربية تهمة التزوير إلى رجل أعمال فرنسي."
    doc = build(text, [("السلطات المغربية", "ORG", "MARGOV"), ("فرنسي", "LOC", "FRABUS")])
    assert coded(doc, "173") & {("MARGOV", "FRABUS")}


def test_warning_an_actor_against_an_action_is_a_threat() -> None:
    text = "وحذر الرئيس الكيني المتمردين الصوماليين من أي هجوم على الحدود."
    doc = build(text, [("الكيني", "LOC", "KENGOV"), ("المتمردين الصوماليين", "MISC", "SOMREB")])
    assert coded_as(events_of(doc), "13")


def test_warning_of_a_danger_is_no_threat() -> None:
    text = "وحذرت الحكومة السنغالية من تداعيات الجفاف على جيرانها في موريتانيا."
    doc = build(text, [("الحكومة السنغالية", "ORG", "SENGOV"), ("موريتانيا", "LOC", "MRT")])
    assert not coded_as(events_of(doc), "13")


def test_a_warning_of_a_danger_as_a_participle_is_no_threat() -> None:
    text = "وقال وزير الزراعة التونسي إن الأمطار شحت، محذرا من خطر المجاعة على المزارعين الجزائريين."
    doc = build(text, [("التونسي", "LOC", "TUNGOV"), ("المزارعين الجزائريين", "MISC", "DZACVL")])
    assert not coded_as(events_of(doc), "13")


def test_withdrawing_from_a_treaty_rejects_an_agreement() -> None:
    text = "وانسحبت كندا من المعاهدة الموقعة مع الدنمارك."
    doc = build(text, [("كندا", "LOC", "CANGOV"), ("الدنمارك", "LOC", "DNKGOV")])
    assert coded(doc, "127") & {("CANGOV", "DNKGOV")}
    assert not coded_as(events_of(doc), "0874")


def test_leaving_the_european_union_is_no_military_retreat() -> None:
    text = "وانسحبت المجر من الاتحاد الأوروبي رسميا."
    doc = build(text, [("المجر", "LOC", "HUNGOV"), ("الاتحاد الأوروبي", "ORG", "IGOEUR")])
    assert not coded_as(events_of(doc), "087")


def test_an_army_leaving_a_town_still_retreats() -> None:
    text = "وانسحب الجيش المالي من بلدة تمبكتو."
    doc = build(text, [("المالي", "LOC", "MLIMIL"), ("تمبكتو", "LOC", "MLI")])
    assert coded(doc, "0874") & {("MLIMIL", "MLI")}
