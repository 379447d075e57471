"""Recall of the sixteenth round: constructions of Arabic news the coder read only in part.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, coded_as, events_of


def test_a_fixed_death_phrase_takes_its_agent_from_the_agent_phrase() -> None:
    text = "ولقي أربعة جنود ماليين مصرعهم برصاص مسلحي جماعة نصرة الإسلام قرب الحدود."
    doc = build(text, [("جنود ماليين", "MISC", "MLIMIL"), ("جماعة نصرة الإسلام", "ORG", "MLIREB")])
    assert coded(doc, "19") == {("MLIREB", "MLIMIL")}


def test_the_agent_of_a_death_phrase_is_never_its_victim() -> None:
    text = "ولقي أحد المحتجين حتفه بعد إصابته برصاص الشرطة الإكوادورية في كيتو."
    doc = build(text, [("الشرطة الإكوادورية", "ORG", "ECUCOP"), ("كيتو", "LOC", "ECU")])
    events = events_of(doc)
    assert not [e for e in events if e.target.actor == "ECUCOP"]
    assert {e.source.actor for e in coded_as(events, "17")} <= {"ECUCOP"}


def test_a_death_phrase_killing_protesters_is_repression() -> None:
    text = "ولقي خمسة متظاهرين مصرعهم على أيدي الشرطة الزيمبابوية في هراري."
    doc = build(
        text, [("متظاهرين", "MISC", "ZWECVL"), ("الشرطة الزيمبابوية", "ORG", "ZWECOP"), ("هراري", "LOC", "ZWE")]
    )
    assert coded(doc, "17") == {("ZWECOP", "ZWECVL")}


def test_a_death_phrase_with_no_agent_stays_uncoded() -> None:
    text = "ولقي ستة جنود نيجريين مصرعهم في منطقة ديفا أمس."
    doc = build(text, [("جنود نيجريين", "MISC", "NERMIL"), ("ديفا", "LOC", "NER")])
    assert not coded_as(events_of(doc), ("18", "19"))


def test_an_obligation_laid_on_a_named_actor_in_a_quotation_is_the_speakers_appeal() -> None:
    text = 'وقال وزير الخارجية النرويجي: "يجب على حكومة ميانمار أن تفرج عن الصحفيين المعتقلين".'
    doc = build(
        text,
        [("وزير الخارجية النرويجي", "PERS", "NORGOV"), ("حكومة ميانمار", "ORG", "MMRGOV")],
        quotes=[("يجب على حكومة ميانمار أن تفرج عن الصحفيين المعتقلين", "وزير الخارجية النرويجي", "NORGOV", None)],
    )
    assert coded(doc, "02") == {("NORGOV", "MMRGOV")}


def test_an_obligation_outside_any_quotation_is_nobodys_appeal() -> None:
    text = "ووصل وزير الخارجية النرويجي إلى رانغون أمس. ويتعين على حكومة ميانمار أن تفرج عن الصحفيين المعتقلين."
    doc = build(text, [("وزير الخارجية النرويجي", "PERS", "NORGOV"), ("حكومة ميانمار", "ORG", "MMRGOV")])
    assert not coded_as(events_of(doc), "02")


def test_a_reproach_or_an_obligation_on_oneself_is_no_appeal() -> None:
    reproach = "كان يجب على حكومة ميانمار أن تفرج عن الصحفيين المعتقلين"
    for content in (reproach, "يجب علي أن أطالب حكومة ميانمار بالكثير"):
        text = f'وقال وزير الخارجية النرويجي: "{content}".'
        doc = build(
            text,
            [("وزير الخارجية النرويجي", "PERS", "NORGOV"), ("حكومة ميانمار", "ORG", "MMRGOV")],
            quotes=[(content, "وزير الخارجية النرويجي", "NORGOV", None)],
        )
        assert not [e for e in coded_as(events_of(doc), "02") if e.evidence.start < text.index("ميانمار")], content


def test_an_armed_group_backed_by_a_state_is_armed_by_it() -> None:
    text = "وتقدمت حركة إم 23 المدعومة من رواندا نحو مدينة غوما شرقي الكونغو."
    doc = build(text, [("حركة إم 23", "ORG", "CODREB"), ("رواندا", "LOC", "RWA"), ("غوما", "LOC", "COD")])
    assert coded(doc, "07") == {("RWA", "CODREB")}


def test_a_government_backed_by_a_body_is_no_backing_event() -> None:
    text = "وقررت الحكومة التشادية المدعومة من باريس تمديد حظر التجول ليلا."
    doc = build(text, [("الحكومة التشادية", "ORG", "TCDGOV"), ("باريس", "LOC", "FRA")])
    assert not coded_as(events_of(doc), "07")


def test_only_the_nearest_phrase_is_the_one_backed() -> None:
    text = "ويستمر القتال بين الجيش الكونغولي والمتمردين المدعومين من رواندا وأوغندا في إقليم كيفو."
    doc = build(
        text,
        [
            ("الجيش الكونغولي", "ORG", "CODMIL"),
            ("المتمردين", "MISC", "CODREB"),
            ("رواندا", "LOC", "RWA"),
            ("أوغندا", "LOC", "UGA"),
        ],
    )
    assert coded(doc, "07") == {("RWA", "CODREB"), ("UGA", "CODREB")}


def test_an_air_campaign_against_an_actor_is_an_air_strike_campaign() -> None:
    text = "وشن سلاح الجو الكيني حملة جوية ضد معسكرات حركة الشباب جنوبي الصومال."
    doc = build(
        text, [("سلاح الجو الكيني", "ORG", "KENMIL"), ("حركة الشباب", "ORG", "SOMREB"), ("الصومال", "LOC", "SOM")]
    )
    assert coded(doc, "19") == {("KENMIL", "SOMREB")}
    assert coded_as(events_of(doc), "195")
