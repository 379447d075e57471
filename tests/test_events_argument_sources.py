"""Sources and targets of events whose actors belong to another word or clause (random-news judgements)."""

from __future__ import annotations

from events_helpers import build, events_of, has_pair


def test_verbal_noun_after_a_verb_and_its_subject_is_the_object_not_a_second_verb() -> None:
    # «دعم» spells both the verb and its verbal noun: after «انتقدت الحكومة» it is the criticised support, whose
    # agent is its own genitive
    text = "انتقدت الحكومة الفرنسية دعم إيران للحوثيين في اليمن."
    doc = build(text, [("الحكومة الفرنسية", "ORG", "FRAGOV"), ("إيران", "LOC", "IRN"), ("للحوثيين", "ORG", "YEMREB")])
    events = events_of(doc)
    assert has_pair(events, "051", "IRN", "YEMREB")
    assert has_pair(events, "111", "FRAGOV", "IRN")
    assert not [e for e in events if e.cameo.startswith("05") and e.source.actor == "FRAGOV"]


def test_verbal_noun_after_a_subject_and_a_date_set_off_by_commas() -> None:
    text = "وأدانت منظمة العفو الدولية، الأربعاء، طرد السلطات اللبنانية للاجئين السوريين."
    doc = build(
        text,
        [
            ("منظمة العفو الدولية", "ORG", "NGOHRIAMN"),
            ("السلطات اللبنانية", "ORG", "LBNGOV"),
            ("للاجئين السوريين", "MISC", "SYRREF"),
        ],
        timexes=[("الأربعاء", "2021-07-21")],
    )
    events = events_of(doc)
    assert has_pair(events, "174", "LBNGOV", "SYRREF")
    assert not [e for e in events if e.cameo == "174" and e.source.actor == "NGOHRIAMN"]


def test_verbal_noun_after_a_lending_verb_with_its_own_agent_before_the_lam_patient() -> None:
    text = "وأكد الرئيس المصري دعم القاهرة للجيش السوداني في حربه."
    doc = build(
        text,
        [("الرئيس المصري", "PERS", "EGYGOV"), ("القاهرة", "LOC", "EGYGOV"), ("للجيش السوداني", "ORG", "SDNMIL")],
    )
    assert has_pair(events_of(doc), "051", "EGYGOV", "SDNMIL")


def test_act_after_a_lending_verb_and_its_subject_stays_the_subjects_without_an_agent_of_its_own() -> None:
    text = "وأكد الجيش الإسرائيلي قتل الناشط الفلسطيني في جنين."
    doc = build(
        text, [("الجيش الإسرائيلي", "ORG", "ISRMIL"), ("الناشط الفلسطيني", "PERS", "PSECVL"), ("جنين", "LOC", "PSE")]
    )
    assert has_pair(events_of(doc), "1823", "ISRMIL", "PSECVL")


def test_verbal_act_after_a_reported_clause_is_the_reporters() -> None:
    text = "وقالت وزارة الخارجية الروسية إن واشنطن تتدخل في شؤون المنطقة، واتهمت بريطانيا بالتجسس على سفارتها."
    doc = build(
        text, [("وزارة الخارجية الروسية", "ORG", "RUSGOV"), ("واشنطن", "LOC", "USAGOV"), ("بريطانيا", "LOC", "GBR")]
    )
    accusations = [e for e in events_of(doc) if e.cameo.startswith("112")]
    assert accusations
    assert all(e.source.actor == "RUSGOV" and e.target.actor == "GBR" for e in accusations)


def test_verbal_act_after_a_clause_of_time_goes_on_with_its_subject() -> None:
    # «بعد أن» opens no report: who cut the ties is who accused
    text = "وأرسلت تركيا مساعدات إلى قطر بعد أن قطعت السعودية العلاقات مع الدوحة، واتهمت الدوحة بدعم الإرهاب."
    entities = [
        ("تركيا", "LOC", "TUR"),
        ("قطر", "LOC", "QAT"),
        ("السعودية", "LOC", "SAU"),
        ("الدوحة", "LOC", "QATGOV"),
        ("الدوحة", "LOC", "QATGOV", 2),
    ]
    accusations = [e for e in events_of(build(text, entities)) if e.cameo.startswith("112")]
    assert accusations
    assert all(e.source.actor == "SAU" for e in accusations)


def test_plural_verbal_act_after_a_reported_clause_goes_on_with_the_plural_doers() -> None:
    text = "وقال المسؤول إن المحتجين رشقوا الشرطة بالحجارة، وهددوا الشرطة بالانتقام."
    entities = [
        ("المسؤول", "PERS", "EGYGOV"),
        ("المحتجين", "MISC", "EGYOPP"),
        ("الشرطة", "ORG", "EGYCOP"),
        ("الشرطة", "ORG", "EGYCOP", 2),
    ]
    assert has_pair(events_of(build(text, entities)), "130", "EGYOPP", "EGYCOP")
