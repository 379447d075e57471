"""«سعى إلى/ل» + an act another party grants (support, recognition, aid, a loan, mediation) is an appeal to the
giver (CAMEO's SEEK + SUPPORT/AID/RECOGNITION: 02x), the giver named after «من» right after the act or, through a
verb of obtaining («للحصول على»), the act's own agent. An act the seeker would do itself stays an intent («تسعى
إلى دعم الحكومة», «تسعى إلى السيطرة على»). Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import build, events_of


def _codes(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str | None, str | None, str]]:
    doc = build(text, entities)
    return [(e.cameo, e.source.actor, e.target.actor, e.modality) for e in events_of(doc)]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        (
            "وأوضح المسؤول أن الأردن يسعى للحصول على دعم جديد من الولايات المتحدة.",
            [("الأردن", "LOC", "JOR"), ("الولايات المتحدة", "LOC", "USA")],
            ("022", "JOR", "USA", "asserted"),
        ),
        (
            "وتسعى الحكومة المغربية إلى الحصول على قرض من صندوق النقد العربي.",
            [("الحكومة المغربية", "ORG", "MARGOV"), ("صندوق النقد العربي", "ORG", "IGOIMF")],
            ("0231", "MARGOV", "IGOIMF", "asserted"),
        ),
        (
            "وتسعى الحكومة التونسية إلى الحصول على دعم فرنسي لخطتها.",
            [("الحكومة التونسية", "ORG", "TUNGOV"), ("فرنسي", "MISC", "FRA")],
            ("022", "TUNGOV", "FRA", "asserted"),
        ),
        (
            "وتسعى السلطة الفلسطينية إلى اعتراف من الاتحاد الأوروبي بدولتها.",
            [("السلطة الفلسطينية", "ORG", "PSEGOV"), ("الاتحاد الأوروبي", "ORG", "IGOEUR")],
            ("022", "PSEGOV", "IGOEUR", "asserted"),
        ),
    ],
)
def test_an_act_sought_from_another_party_is_an_appeal_to_it(
    text: str, entities: list[tuple[str, str, str]], expected: tuple[str, str, str, str]
) -> None:
    assert _codes(text, entities) == [expected]


def test_an_act_the_seeker_would_do_itself_stays_an_intent() -> None:
    text = "وتسعى السعودية إلى دعم الحكومة اليمنية في مواجهة المتمردين."
    codes = _codes(text, [("السعودية", "LOC", "SAU"), ("الحكومة اليمنية", "ORG", "YEMGOV")])
    assert ("032", "SAU", "YEMGOV", "intent") in codes
    assert not [c for c in codes if c[0].startswith("02")]


def test_a_place_after_from_grants_nothing() -> None:
    text = "وتسعى الحكومة العراقية إلى سحب القوات الأجنبية من مدينة الموصل."
    codes = _codes(text, [("الحكومة العراقية", "ORG", "IRQGOV"), ("الموصل", "LOC", "IRQ")])
    assert not [c for c in codes if c[0].startswith("02")]


def test_backing_written_as_the_manner_of_seeking_is_no_appeal() -> None:
    text = "وتسعى القوات الحكومية وبإسناد من الطيران الفرنسي إلى استعادة المدينة من المتمردين."
    codes = _codes(text, [("القوات الحكومية", "ORG", "MLIMIL"), ("الطيران الفرنسي", "ORG", "FRAMIL")])
    assert not [c for c in codes if c[0].startswith("02")]
