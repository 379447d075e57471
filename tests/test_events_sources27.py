"""Round 27 (evsrc27): a verb of responding lends its subject to the act it responds with («ب» + a verbal noun)
across what it responds to, even when that is an act of its own. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_a_response_after_what_it_answers_is_the_responders_act() -> None:
    text = "وردت كندا على العقوبات الصينية بطرد خمسة دبلوماسيين صينيين من أراضيها."
    doc = build(text, [("كندا", "LOC", "CAN"), ("الصينية", "LOC", "CHN"), ("صينيين", "LOC", "CHNGOV")])
    assert ("CAN", "CHNGOV") in coded(doc, "16")
    # the «ب» phrase after an accusation is the charge, not the response
    text = "وردت كندا على اتهامات الصين لها بالتجسس على شركاتها."
    doc = build(text, [("كندا", "LOC", "CAN"), ("الصين", "LOC", "CHN")])
    assert ("CAN", "CHN") not in coded(doc, "1")
    # a decision between keeps its own act: the expulsion is the decision's, by its maker
    text = "وقال إن الرد الكندي على قرار الحكومة الصينية بطرد دبلوماسيين كنديين سيكون حازما."
    doc = build(text, [("الكندي", "LOC", "CAN"), ("الحكومة الصينية", "ORG", "CHNGOV"), ("كنديين", "LOC", "CANGOV")])
    assert ("CHNGOV", "CANGOV") in coded(doc, "16")


def test_a_response_across_an_answered_attack_with_a_pronoun() -> None:
    text = "وردت باكستان على الهجوم الهندي عليها بقصف مواقع الجيش الهندي في كشمير."
    doc = build(text, [("باكستان", "LOC", "PAK"), ("الهندي", "LOC", "IND"), ("الجيش الهندي", "ORG", "INDMIL")])
    assert ("PAK", "INDMIL") in coded(doc, "19")
