"""Session 26 precision on judged random news: refusing judicial cooperation or intelligence sharing is a refusal of
material cooperation (121), not the cooperation; cutting back, freezing or stopping cooperation reduces relations
(160) with the partner after «مع». Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import Pipeline, make_doc


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = Pipeline()(make_doc(text, published="2018-05-01"))
    return {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}


def test_refusing_cooperation_in_an_inquiry_is_a_refusal_not_cooperation() -> None:
    events = _events("رفضت هولندا التعاون مع بلجيكا في التحقيق بشأن الحادث.")
    assert ("121", "NLD", "BEL") in events
    assert not {e for e in events if e[0].startswith("06")}


def test_refusing_to_share_information_is_a_refusal() -> None:
    events = _events("وقال مسؤول إن النمسا رفضت تبادل المعلومات مع المجر.")
    assert ("121", "AUT", "HUN") in events
    assert not {e for e in events if e[0].startswith("06")}


def test_cutting_back_cooperation_reduces_relations_with_the_partner() -> None:
    events = _events("قلصت الأرجنتين تعاونها مع تشيلي.")
    assert ("160", "ARG", "CHL") in events
    assert not {e for e in events if e[0].startswith("06")}


def test_stopping_cooperation_reduces_relations() -> None:
    assert ("160", "PER", "BOL") in _events("أوقفت البيرو التعاون مع بوليفيا.")


def test_plain_cooperation_is_still_cooperation() -> None:
    assert ("060", "PER", "BOL") in _events("تعاونت البيرو مع بوليفيا في مكافحة التهريب.")


def test_companies_leaving_a_country_is_no_military_withdrawal() -> None:
    events = _events("وبدأ انسحاب الشركات الأوروبية من فنزويلا بعد العقوبات.")
    assert not {e for e in events if e[0].startswith("087")}


def test_a_state_leaving_an_organisation_is_no_military_withdrawal() -> None:
    events = _events("انسحبت كولومبيا من منظمة الدول الأمريكية.")
    assert not {e for e in events if e[0].startswith("087")}


def test_troops_pulling_out_are_still_a_withdrawal() -> None:
    assert ("0874", "RUSMIL", "SYR") in _events("أعلنت روسيا انسحاب قواتها من سوريا.")
