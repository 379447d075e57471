"""Event dates of the sixth round: a date set off by commas dates the clause it interrupts, and the same act
reported with two dates that cannot be the same day is two events. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of


def test_a_date_set_off_by_commas_after_the_subject_dates_the_act() -> None:
    text = "وحث الرئيس الفرنسي، الثلاثاء، الحكومة الإيطالية على فتح موانئها أمام المهاجرين."
    doc = build(
        text,
        [("الفرنسي", "LOC", "FRAGOV"), ("الإيطالية", "LOC", "ITAGOV")],
        timexes=[("الثلاثاء", "2021-07-20")],
    )
    urged = [e for e in events_of(doc) if e.cameo.startswith("02")]
    assert urged and all((e.date.value, e.date.basis) == ("2021-07-20", "timex") for e in urged)


def test_a_date_aside_after_a_long_subject_still_dates_the_act() -> None:
    text = (
        "ووقع طرفا النزاع في الدولة الأفريقية الرئيس ألفا بيتا وقائد المتمردين غاما دلتا، الأربعاء، "
        "اتفاقا للسلام في العاصمة الكينية."
    )
    doc = build(
        text,
        [("ألفا بيتا", "PERS", "SSDGOV"), ("غاما دلتا", "PERS", "SSDREB"), ("الكينية", "LOC", "KEN")],
        timexes=[("الأربعاء", "2021-07-21")],
    )
    signed = [e for e in events_of(doc) if e.cameo.startswith("057")]
    assert signed and all(e.date.value == "2021-07-21" for e in signed)


_SIGNED_ON_WEDNESDAY = "ووقع الرئيس ألفا بيتا وقائد المتمردين غاما دلتا، الأربعاء، اتفاقا للسلام. "


def _signings(second_sentence: str, timexes: list[tuple[str, str]]) -> list[str]:
    """The dates of the signing events of the Wednesday sentence followed by `second_sentence` (same two parties)."""
    text = _SIGNED_ON_WEDNESDAY + second_sentence
    parties = [("ألفا بيتا", "PERS", "SSDGOV"), ("غاما دلتا", "PERS", "SSDREB")]
    doc = build(text, [*parties, *((*party, 2) for party in parties)], timexes=timexes)
    return sorted(e.date.value or "" for e in events_of(doc) if e.cameo.startswith("057"))


def test_the_same_act_on_two_distant_dates_is_two_events() -> None:
    earlier = "وكان الرئيس ألفا بيتا وقائد المتمردين غاما دلتا قد وقعا اتفاقا أوليا مطلع الشهر الماضي."
    dates = _signings(earlier, [("الأربعاء", "2021-07-21"), ("مطلع الشهر الماضي", "2021-06")])
    assert dates == ["2021-06", "2021-07-21"]


def test_the_same_act_told_twice_on_one_day_stays_one_event() -> None:
    again = "ووقع الرئيس ألفا بيتا وقائد المتمردين غاما دلتا الاتفاق في حفل حضره قادة المنطقة."
    assert _signings(again, [("الأربعاء", "2021-07-21")]) == ["2021-07-21"]
