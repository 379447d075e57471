"""A lasting act governed by «منذ X» is dated by when it began (round 24): the date X itself, or a counted span back
from the publication date at the span's own precision; not when «منذ» counts the time since the last such act, nor
when a participle between the act and «منذ» carries the span. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from events_helpers import build, events_of, find
from rasd.doc import Doc, Timex
from rasd.events.extract import _since_date


def _dates(doc: Doc, root: str) -> set[str | None]:
    return {e.date.value for e in events_of(doc) if e.cameo.startswith(root)}


def _with_span(doc: Doc, surface: str, value: str) -> Doc:
    """The document with one duration («سنتين» → P2Y), as the time stage writes a span after «منذ»."""
    start, end = find(doc.text, surface)
    doc.timexes = (*doc.timexes, Timex(f"t{len(doc.timexes) + 1}", start, end, surface, "DURATION", value))
    return doc


def test_a_year_after_since_at_the_start_dates_the_sentence_act() -> None:
    text = "ومنذ 2019، تشن القوات التركية هجمات على المقاتلين الأكراد في شمال العراق."
    entities = [("التركية", "LOC", "TURMIL"), ("الأكراد", "LOC", "IRQREB"), ("العراق", "LOC", "IRQ")]
    doc = build(text, entities, timexes=[("2019", "2019")])
    assert _dates(doc, "19") == {"2019"}


def test_a_counted_span_after_since_dates_the_act_that_many_years_back() -> None:
    text = "وتحتجز السلطات الإيرانية الصحفي البريطاني منذ سنتين."
    entities = [("الإيرانية", "LOC", "IRNGOV"), ("البريطاني", "LOC", "GBRMED")]
    doc = _with_span(build(text, entities), "سنتين", "P2Y")
    assert _dates(doc, "17") == {"2019"}  # published 2021-07-22


def test_a_span_of_weeks_gives_the_iso_week() -> None:
    text = "ويحاصر الجيش السوداني المتمردين في المدينة منذ أسبوعين."
    entities = [("السوداني", "LOC", "SDNMIL"), ("المتمردين", "ORG", "SDNREB")]
    doc = _with_span(build(text, entities), "أسبوعين", "P2W")
    assert _dates(doc, "19") == {"2021-W27"}


def test_a_vague_span_dates_nothing() -> None:
    text = "وتحتجز السلطات الإيرانية الصحفي البريطاني منذ سنوات."
    entities = [("الإيرانية", "LOC", "IRNGOV"), ("البريطاني", "LOC", "GBRMED")]
    doc = _with_span(build(text, entities), "سنوات", "PXY")
    assert _dates(doc, "17") == {"2021-07-22"}


def test_the_first_act_since_a_date_is_dated_now() -> None:
    text = "وعينت البحرين أول سفير لها لدى قطر منذ 2017."
    entities = [("البحرين", "LOC", "BHR"), ("قطر", "LOC", "QAT")]
    doc = build(text, entities, timexes=[("2017", "2017")])
    dates = _dates(doc, "0")
    assert dates and "2017" not in dates


def test_a_participle_between_the_act_and_since_carries_the_span() -> None:
    text = "وتدعم روسيا الحكومة الليبية في الحرب المستمرة منذ 2014."
    entities = [("روسيا", "LOC", "RUS"), ("الليبية", "LOC", "LBYGOV")]
    doc = build(text, entities, timexes=[("2014", "2014")])
    dates = _dates(doc, "05")
    assert dates and "2014" not in dates


def test_since_inside_the_sentence_does_not_date_an_act_of_the_next_clause() -> None:
    # «منذ» not at the sentence start is no opening adverbial: the act after the comma keeps its own date
    text = "وغادر آلاف المهاجرين إسرائيل منذ 2013، لكن الحكومة الإسرائيلية تسعى لطرد آلاف آخرين."
    entities = [("إسرائيل", "LOC", "ISR"), ("الإسرائيلية", "LOC", "ISRGOV")]
    doc = build(text, entities, timexes=[("2013", "2013")])
    assert all(e.date.value != "2013" for e in events_of(doc) if e.cameo.startswith("17"))


def test_a_span_since_keeps_the_date_kind() -> None:
    doc = build("نص.", [])
    span = Timex("t1", 0, 2, "نص", "DURATION", "P3M")

    assert _since_date(span, doc.anchor_date) == replace(span, type="DATE", value="2021-04")
    assert _since_date(replace(span, mod="MORE_THAN"), doc.anchor_date) is None


def test_since_before_a_coordinated_verb_dates_the_clause_before_it_only() -> None:
    text = "وتحاصر القوات السورية مدينة حمص منذ 2013 وقصفت الطائرات الروسية أحياء المدينة."
    entities = [("السورية", "LOC", "SYRMIL"), ("حمص", "LOC", "SYR"), ("الروسية", "LOC", "RUSMIL")]
    doc = build(text, entities, timexes=[("2013", "2013")])
    bombed = {e.date.value for e in events_of(doc) if e.source.actor == "RUSMIL"}
    assert bombed and "2013" not in bombed


def test_since_two_words_back_dates_the_noun_it_governs() -> None:
    text = "وقتلت القوات الإسرائيلية 20 فلسطينيا في أكبر حصيلة منذ حرب 2014."
    entities = [("الإسرائيلية", "LOC", "ISRMIL"), ("فلسطينيا", "PERS", "PSECVL")]
    doc = build(text, entities, timexes=[("2014", "2014")])
    dates = _dates(doc, "1")
    assert dates and "2014" not in dates


def test_an_opening_since_dates_only_the_part_right_after_its_comma() -> None:
    text = "ومنذ فبراير 2021، تحشد القوات المصرية قرب الحدود مع ليبيا، بالتزامن مع هجوم الجيش الليبي على درنة."
    entities = [("المصرية", "LOC", "EGYMIL"), ("ليبيا", "LOC", "LBY"), ("الليبي", "LOC", "LBYMIL")]
    entities.append(("درنة", "LOC", "LBY"))
    doc = build(text, entities, timexes=[("فبراير 2021", "2021-02")])
    dates = {e.date.value for e in events_of(doc) if e.source.actor == "LBYMIL"}
    assert dates and "2021-02" not in dates
