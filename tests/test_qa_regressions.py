"""Regressions found by the whole-pipeline QA run (docs/qa.md), each on sentences written for the test."""

from __future__ import annotations

import itertools

import pytest

from rasd.pipeline import analyze
from rasd.time.stage import find_timexes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("عثر الباحثون على أدوات صنعت قبل 14500 عام في الموقع.", "BC12483"),
        ("قال إن المدينة تأسست قبل 2021 عاما.", "BC0004"),
        ("وقال إن المدينة تأسست قبل 2017 عاما.", "0001"),
    ],
)
def test_years_ago_before_the_common_era_are_bc_values_not_a_crash(text: str, value: str) -> None:
    (timex,) = find_timexes(text, published="2018-07-17")
    assert (timex.type, timex.value) == ("DATE", value)


@pytest.mark.parametrize(("text", "value"), [("قبل 5000000 أسبوع", "PAST_REF"), ("قبل 9999999999 يوم", "PAST_REF")])
def test_offsets_beyond_the_calendar_become_past_or_future_references(text: str, value: str) -> None:
    (timex,) = find_timexes(f"وقع ذلك {text} كما قال.", published="2018-07-17")
    assert timex.value == value


@pytest.mark.parametrize("tail", ["", "\n", " \n\n"])
def test_a_standalone_quotation_that_closes_the_text_is_a_quote(tail: str) -> None:
    text = "انتهى الاجتماع في القاهرة يوم الأحد.\n«نحن نرفض هذا القرار بشكل كامل»" + tail
    doc = analyze(text, published="2018-04-08")
    (quote,) = doc.quotes
    assert text[quote.content.start : quote.content.end] == "نحن نرفض هذا القرار بشكل كامل"
    assert quote.cue is None


def _no_overlap(spans: list[tuple[int, int]]) -> bool:
    spans = sorted(spans)
    return all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_a_place_after_a_place_noun_never_overlaps_an_entity() -> None:
    text = "وقعت مواجهات على طول حدود قطاع غزة يوم الجمعة، وسقطت قذيفة شمال مدينة تعز جنوب غرب اليمن."
    doc = analyze(text, published="2018-04-06")
    assert _no_overlap([(e.start, e.end) for e in doc.entities])


def test_a_place_noun_whose_name_is_an_entity_does_not_make_the_next_word_a_place() -> None:
    doc = analyze("قصفت الطائرات مدينة حلب يوم الجمعة، وزار الرئيس مدينتي دوشنبه وبختار.", published="2018-04-06")
    texts = [e.text for e in doc.entities]
    assert "يوم" not in texts  # a namesake village, not the word «يوم»
    assert "وبختار" in texts or "بختار" in texts  # the coordinated place still counts


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("قصفت الطائرات مدينة حلب يوم الجمعة.", "حلب", "SYR"),
        ("وقعت مواجهات على طول حدود قطاع غزة يوم الجمعة.", "غزة", "PSE"),
        ("سيطرت القوات على مدينة الرقة.", "الرقة", "SYR"),
    ],
)
def test_an_ambiguous_city_alone_in_a_text_is_the_well_known_one(text: str, name: str, country: str) -> None:
    doc = analyze(text, published="2018-04-06")
    (entity,) = [e for e in doc.entities if e.text == name]
    assert entity.actor is not None and entity.actor.country == country
