"""Two tellings of one kind of act between the same parties are two events when their written dates cannot name
the same time, also when one date is only a part of a month or a year («مطلع الشهر», «أواخر العام»)."""

from __future__ import annotations

import rasd
from rasd.events.extract import _dated_span, _same_time

MEETING_THEN_SUMMIT = (
    "اجتمع السبت في موسكو وزراء خارجية روسيا وإيران وتركيا لبحث الأزمة. "
    "وكان رؤساء الدول الثلاث قد اجتمعوا {when} في أنقرة."
)


def _meeting_dates(when: str) -> list[str | None]:
    doc = rasd.analyze(MEETING_THEN_SUMMIT.format(when=when), published="2018-04-28")
    return sorted(
        {
            e.date.value
            for e in doc.events
            if e.cameo.startswith("04") and {e.source.actor, e.target.actor} == {"RUSGOV", "IRNGOV"}
        }
    )


def test_early_in_the_month_is_not_the_last_saturday() -> None:
    assert _meeting_dates("مطلع الشهر الحالي") == ["2018-04", "2018-04-28"]


def test_late_in_the_month_may_be_the_same_saturday() -> None:
    assert _meeting_dates("أواخر الشهر الحالي") == ["2018-04-28"]


def test_parts_of_months_and_years_bound_the_days_and_months_they_name() -> None:
    assert not _same_time(_dated_span("2018-04", "START"), "2018-04-28")
    assert _same_time(_dated_span("2018-04", "START"), "2018-04-03")
    assert _same_time("2018-04", "2018-04-28")  # the whole month holds every day of it
    assert not _same_time(_dated_span("2018", "END"), "2018-02")
    assert _same_time(_dated_span("2018", "END"), "2018-11-05")
    assert not _same_time(_dated_span("2018-04", "START"), _dated_span("2018-04", "END"))
    assert not _same_time("2018-03", "2018-04-28")
