"""Triggers, round 3: readings that give way when their construction is absent, and predicates added to the
lexicon (denials of accusations, arrest warrants and charges, aid sent, operations and clearing by force, aircraft
shot down, ceasefires declared, hope expressed). Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import build, events_of, summary
from rasd.events.lexicon import default_grammar, default_lexicon
from rasd.events.matcher import find_triggers, view_tokens
from rasd.text.stages import make_tokens


def triggers_in(sentence: str) -> list[tuple[str, str]]:
    views = view_tokens(make_tokens(sentence))
    return [(views[t.head].text, t.predicate.cameo) for t in find_triggers(views, default_lexicon(), default_grammar())]


def test_a_definite_noun_is_read_through_its_article_when_a_fixed_phrase_it_starts_is_absent() -> None:
    # «الهجوم الكيميائي» is a lexicon phrase; «الهجوم» alone is still «ال» + «هجوم», an attack
    assert triggers_in("ووقع الهجوم قرب الحدود مساء السبت.") == [("الهجوم", "190")]
    assert triggers_in("ونددت الوزارة بالهجوم الكيميائي.")[-1] == ("بالهجوم", "2041")


def test_the_fallback_keeps_to_the_clitic_analyzers_reading() -> None:
    # «بحث» without «مع» is not «ب» + «حث» (urge)
    assert triggers_in("وبحث الوزير ملف الطاقة أمس.") == []


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        (
            "ورفض الكرملين الاتهامات البريطانية جملة وتفصيلا.",
            [("الكرملين", "ORG", "RUSGOV"), ("البريطانية", "LOC", "GBR")],
            ("016", "RUSGOV", "GBR"),
        ),
        (
            "وأصدرت محكمة الجنايات مذكرة اعتقال بحق رجل الأعمال الهارب.",
            [("محكمة الجنايات", "ORG", "EGYJUD"), ("رجل الأعمال الهارب", "PERS", "EGYBUS")],
            ("173", "EGYJUD", "EGYBUS"),
        ),
        (
            "ووجهت النيابة تهما إلى الناشط بنشر أخبار كاذبة.",
            [("النيابة", "ORG", "TUNJUD"), ("الناشط", "PERS", "TUNCVL")],
            ("173", "TUNJUD", "TUNCVL"),
        ),
        (
            "وأرسلت الكويت مساعدات إلى الصومال الأسبوع الماضي.",
            [("الكويت", "LOC", "KWT"), ("الصومال", "LOC", "SOM")],
            ("070", "KWT", "SOM"),
        ),
        (
            "ونفذت القوات الحكومية عمليات ضد المتمردين في الجبال.",
            [("القوات الحكومية", "ORG", "COLMIL"), ("المتمردين", "ORG", "COLREB")],
            ("190", "COLMIL", "COLREB"),
        ),
        (
            "وتمكن الجيش من تطهير البلدة من المسلحين بعد معارك.",
            [("الجيش", "ORG", "MLIMIL"), ("المسلحين", "ORG", "MLIREB")],
            ("190", "MLIMIL", "MLIREB"),
        ),
        (
            "وأسقطت الدفاعات الأوكرانية طائرة مسيرة روسية فوق خاركيف.",
            [("الدفاعات الأوكرانية", "ORG", "UKRMIL"), ("روسية", "LOC", "RUSMIL")],
            ("190", "UKRMIL", "RUSMIL"),
        ),
        (
            "وأعلن الجيش وقفا لإطلاق النار مع الفصائل المسلحة.",
            [("الجيش", "ORG", "SDNMIL"), ("الفصائل المسلحة", "ORG", "SDNREB")],
            ("0871", "SDNMIL", "SDNREB"),
        ),
        (
            "وأعربت الوزيرة عن أملها في تحسن العلاقات مع الصين.",
            [("الوزيرة", "PERS", "AUSGOV"), ("الصين", "LOC", "CHN")],
            ("013", "AUSGOV", "CHN"),
        ),
        # an intent cue right before «أن» governs the verb after it
        (
            "ومن المقرر أن يزور الرئيس البرازيلي الصين الشهر المقبل.",
            [("الرئيس البرازيلي", "PERS", "BRAGOV"), ("الصين", "LOC", "CHN")],
            ("036", "BRAGOV", "CHN"),
        ),
        (
            "وقال مسؤول إنه من المتوقع أن تنقل غواتيمالا سفارتها إلى القدس.",
            [("غواتيمالا", "LOC", "GTM"), ("القدس", "LOC", "ISR")],
            ("032", "GTM", "ISR"),
        ),
    ],
)
def test_added_predicates_code_their_events(
    text: str, entities: list[tuple[str, str, str]], expected: tuple[str, str, str]
) -> None:
    assert expected in summary(events_of(build(text, entities)))


def test_a_rejected_accusation_is_a_denial_and_a_rejected_proposal_stays_a_rejection() -> None:
    denial = build("ورفضت الحكومة اتهامات المعارضة.", [("الحكومة", "ORG", "VENGOV"), ("المعارضة", "ORG", "VENOPP")])
    assert {e.cameo for e in events_of(denial)} == {"016"}
    refusal = build(
        "ورفضت الحكومة مقترحا قدمته المعارضة.", [("الحكومة", "ORG", "VENGOV"), ("المعارضة", "ORG", "VENOPP")]
    )
    assert all(e.cameo.startswith("12") for e in events_of(refusal))


def test_aid_that_arrives_by_itself_is_no_visit_and_a_dropped_charge_is_no_downed_aircraft() -> None:
    ship = build("ووصلت سفينة مساعدات قطرية إلى ميناء غزة.", [("قطرية", "LOC", "QAT"), ("غزة", "LOC", "PSE")])
    assert all(not e.cameo.startswith("04") for e in events_of(ship))
    assert triggers_in("وأسقطت المحكمة التهم عن المتهمين.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وترعى النرويج محادثات بين الحكومة والمتمردين.", [("وترعى", "045")]),
        ("وأطفال الملجأ ترعاهم البلدية منذ سنوات.", []),  # caring for, not sponsoring talks
        ("وأجرى رئيس الوزراء اتصالا بنظيره الهندي.", [("اتصالا", "041")]),
        ("وتبادل الجيشان إطلاق النار على الحدود.", [("وتبادل", "193")]),  # gunfire: small arms
        ("ونظم الأطباء وقفة احتجاجية أمام البرلمان.", [("وقفة", "141")]),
        ("وأعدمت السلطات ثلاثة سجناء أمس.", [("وأعدمت", "1823")]),
        ("وأصدرت المحكمة حكم الإعدام بحق المتهم.", []),  # a death sentence is not an execution
    ],
)
def test_added_senses_and_their_constructions(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert triggers_in(sentence) == expected


def test_context_words_of_another_predicate_do_not_refine_the_code() -> None:
    text = "وأدانت موسكو الضربات الأمريكية على دمشق إثر الهجوم الكيميائي على دوما."
    doc = build(text, [("موسكو", "LOC", "RUSGOV"), ("الأمريكية", "LOC", "USA"), ("دمشق", "LOC", "SYR")])
    codes = {e.cameo for e in events_of(doc) if e.source.actor == "USA"}
    assert codes and "2041" not in codes  # «الكيميائي» qualifies the other attack
    text = "وقتل جنود الجيش شابا أثناء مواجهات قرب المخيم."
    doc = build(text, [("الجيش", "ORG", "ISRMIL"), ("شابا", "PERS", "PSECVL")])
    assert "193" in {e.cameo for e in events_of(doc)}  # «أثناء مواجهات» describes the killing itself


def test_a_word_inside_a_time_expression_is_no_predicate() -> None:
    text = "وأعدمت السلطات الإيرانية ثلاثة سجناء فجر اليوم."
    doc = build(text, [("الإيرانية", "LOC", "IRNGOV")], timexes=[("فجر اليوم", "2021-07-22TMO")])
    assert [e.cameo for e in events_of(doc)] == ["1823"]  # «فجر» here is dawn, not «فجّر» (blow up)


def test_review_with_a_counterpart_is_a_consultation() -> None:
    text = "واستعرض وزير الخارجية المصري مع نظيره الأردني التعاون الثنائي."
    doc = build(text, [("وزير الخارجية المصري", "PERS", "EGYGOV"), ("نظيره الأردني", "PERS", "JORGOV")])
    assert ("040", "EGYGOV", "JORGOV") in summary(events_of(doc))


def test_causal_complementizer_carries_no_intent() -> None:
    text = "وقررت الحكومة إغلاق المعبر لأن المسلحين هاجموا الجيش."
    doc = build(text, [("الحكومة", "ORG", "EGYGOV"), ("المسلحين", "ORG", "EGYREB"), ("الجيش", "ORG", "EGYMIL")])
    attacks = [e for e in events_of(doc) if e.source.actor == "EGYREB"]
    assert attacks and all(e.cameo.startswith("19") and e.modality == "asserted" for e in attacks)


def test_a_demonstrative_noun_refers_back_to_an_event_already_reported() -> None:
    assert triggers_in("وتعد هذه الزيارة الأولى منذ سنوات.") == []
    assert triggers_in("وتعد الزيارة الأولى منذ سنوات.") == [("الزيارة", "042")]
    assert triggers_in("وجاء ذلك الهجوم بعد أيام من التهديدات.") == [("التهديدات", "130")]


def test_calling_someone_a_terrorist_is_an_accusation_and_a_neutral_description_is_no_event() -> None:
    text = "ووصف رئيس الوزراء المجري المحتجين بالخونة."
    doc = build(text, [("رئيس الوزراء المجري", "PERS", "HUNGOV"), ("المحتجين", "ORG", "HUNCVL")])
    assert ("112", "HUNGOV", "HUNCVL") in summary(events_of(doc))
    assert triggers_in("ووصف الوزير الزيارة بالناجحة.") == [("الزيارة", "042")]


def test_an_act_announced_as_not_going_to_happen_is_a_refusal_where_cameo_has_one() -> None:
    text = "وقالت الحكومة الكندية إنها لن تقدم مساعدات مالية لفنزويلا."
    doc = build(text, [("الحكومة الكندية", "ORG", "CANGOV"), ("فنزويلا", "LOC", "VEN")])
    assert [(e.cameo[:3], e.negated) for e in events_of(doc)] == [("122", False)]
    text = "ولن تفرض الحكومة الأمريكية عقوبات على الهند."
    doc = build(text, [("الحكومة الأمريكية", "ORG", "USAGOV"), ("الهند", "LOC", "IND")])
    assert [(e.cameo, e.negated) for e in events_of(doc)] == [("163", True)]  # no refusal code: negated, not a threat
