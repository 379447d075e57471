"""A third party under whose auspices talks, a truce or an agreement take place («برعاية», «تحت إشراف», «بوساطة»)
mediates between their parties (CAMEO 045); it is no party to the talks, and sponsoring anything else is no act."""

from __future__ import annotations

import rasd


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = rasd.analyze(text, published="2019-03-10")
    return {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}


def test_a_truce_brokered_by_a_state_named_by_its_adjective() -> None:
    found = _events("وأعلنت حركة حماس التوصل إلى هدنة مع إسرائيل بوساطة قطرية.")
    assert ("045", "QAT", "PSEREB") in found
    assert ("045", "QAT", "ISR") in found


def test_talks_under_the_auspices_of_a_body_leave_it_out_of_the_talks() -> None:
    found = _events("وانطلقت المفاوضات بين الحكومة السودانية والمتمردين برعاية الاتحاد الأفريقي في أديس أبابا.")
    mediations = {(s, t) for code, s, t in found if code == "045"}
    assert ("IGOAFR", "SDNGOV") in mediations
    talks = {(s, t) for code, s, t in found if code == "046"}
    assert talks and all("IGOAFR" not in pair for pair in talks)


def test_a_sponsor_opening_the_sentence_sponsors_the_talks_after_it() -> None:
    found = _events("وبرعاية النرويج، استضافت السويد محادثات بين الحكومة الكولومبية والمتمردين.")
    assert ("045", "NOR", "COLGOV") in found
    assert not [event for event in found if event[0] == "045" and event[2] == "SWE"]  # the host is no party


def test_sponsoring_terrorism_or_a_programme_mediates_nothing() -> None:
    assert not [e for e in _events("واتهمت واشنطن طهران برعاية الإرهاب في المنطقة.") if e[0] == "045"]
    text = "وخضع الجنود لبرامج تدريب برعاية وزارة الدفاع الفرنسية خلال الشهر الماضي."
    assert not [e for e in _events(text) if e[0] == "045"]


def test_each_party_of_one_country_is_a_target_of_the_mediator() -> None:
    found = _events("وانطلقت المفاوضات بين الحكومة السودانية والمتمردين برعاية الاتحاد الأفريقي في أديس أبابا.")
    mediations = {(s, t) for code, s, t in found if code == "045"}
    assert {("IGOAFR", "SDNGOV"), ("IGOAFR", "SDNREB")} <= mediations


def test_talks_named_in_a_relative_clause_are_mediated_by_the_sponsor() -> None:
    text = "وتعثرت المحادثات التي شاركت فيها الحكومة السورية والمعارضة تحت إشراف الأمم المتحدة في جنيف."
    mediations = {(s, t) for code, s, t in _events(text) if code == "045"}
    assert ("IGOUNO", "SYRGOV") in mediations
    assert ("IGOUNO", "SYROPP") in mediations
    assert not [pair for pair in mediations if pair[0] != "IGOUNO"]  # the parties mediate nothing


def test_coordinated_subjects_holding_talks_are_the_mediated_parties() -> None:
    found = _events("وأجرت إثيوبيا وإريتريا محادثات سلام تحت رعاية الأمم المتحدة.")
    mediations = {(s, t) for code, s, t in found if code == "045"}
    assert mediations == {("IGOUNO", "ETH"), ("IGOUNO", "ERI")}
