"""A belief or finding that an actor did harm is the believer's accusation of that actor (112); «يقف خلف» blames as
«يقف وراء» does. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import pipeline_codes


def test_a_belief_that_an_actor_attacked_is_an_accusation_and_a_plain_report_is_not() -> None:
    believed = pipeline_codes("ويعتقد الجيش الإسرائيلي أن حركة حماس أطلقت الصواريخ على عسقلان مساء أمس.")
    said = pipeline_codes("وقال الجيش الإسرائيلي إن حركة حماس أطلقت الصواريخ على عسقلان مساء أمس.")
    assert ("112", "ISRMIL", "PSEREB") in believed
    assert not [c for c in said if c[0].startswith("11")]


def test_a_finding_of_who_did_a_killing_blames_the_killers_unless_the_belief_is_denied() -> None:
    found = pipeline_codes("وترجح الحكومة العراقية أن الصحفي قتل في مكتبه على أيدي عناصر من تنظيم داعش الأسبوع الماضي.")
    denied = pipeline_codes("ولا تعتقد الحكومة الأمريكية أن روسيا قصفت المستشفى في إدلب.")
    # a harm told in passing, in a relative clause, is not what is believed
    passing = pipeline_codes(
        "ويعتقد المسؤولون الأمريكيون أنهم سيضمنون قريبا الإفراج عن القس الذي تعتقله الحكومة التركية."
    )
    assert ("112", "IRQGOV", "IMGMUSISI") in found
    assert not [c for c in denied | passing if c[0].startswith("11")]


def test_standing_behind_an_act_is_an_accusation_like_standing_behind_it_with_wara() -> None:
    codes = pipeline_codes("وقال وزير الخارجية السعودي إن إيران تقف خلف الهجمات على السفن في الخليج.")
    assert ("112", "SAUGOV", "IRN") in codes
