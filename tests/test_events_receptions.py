"""Who receives a visitor: the host written after «كان في استقباله» (not the clause's subject), the visitor the one
its pronoun or genitive names. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_the_host_after_a_reception_noun_set_by_kana_receives_the_visitor() -> None:
    text = "ووصل وزير الخارجية الأردني إلى الرباط أمس، وكان في استقباله بالمطار نظيره المغربي فلان الفلاني."
    doc = build(
        text,
        [
            ("الأردني", "LOC", "JORGOV"),
            ("الرباط", "LOC", "MAR"),
            ("المغربي", "LOC", "MARGOV"),
            ("فلان الفلاني", "PERS", "MARGOV"),
        ],
    )
    pairs = coded(doc, "04")
    assert ("MARGOV", "JORGOV") in pairs
    assert ("JORGOV", "JORGOV") not in pairs


def test_a_reception_noun_with_a_genitive_has_the_visitor_in_it_and_the_host_after() -> None:
    text = "وكان في استقبال الرئيس الكيني لدى وصوله إلى أديس أبابا رئيس الوزراء الإثيوبي."
    doc = build(
        text,
        [
            ("الكيني", "LOC", "KENGOV"),
            ("أديس أبابا", "LOC", "ETH"),
            ("الإثيوبي", "LOC", "ETHGOV"),
        ],
    )
    assert ("ETHGOV", "KENGOV") in coded(doc, "04")


def test_a_host_written_between_kana_and_the_noun_receives() -> None:
    text = "ووصل الرئيس التشادي إلى نيامي، وكان الرئيس النيجري في استقباله."
    doc = build(text, [("التشادي", "LOC", "TCDGOV"), ("نيامي", "LOC", "NER"), ("النيجري", "LOC", "NERGOV")])
    assert ("NERGOV", "TCDGOV") in coded(doc, "04")


def test_a_reception_of_migrants_is_no_hosted_visit() -> None:
    text = "وشارك متطوعون من الصليب الأحمر في استقبال المهاجرين في ميناء فالنسيا."
    doc = build(text, [("الصليب الأحمر", "ORG", "NGOHLHIRC"), ("فالنسيا", "LOC", "ESP")])
    assert not coded(doc, "04")


def test_a_definite_reception_noun_names_no_visitor_after_it() -> None:
    text = "ووصل الرئيس الغاني إلى لومي، كما كان في الاستقبال سفير غانا لدى توغو فلان الفلاني."
    doc = build(
        text,
        [
            ("الغاني", "LOC", "GHAGOV"),
            ("لومي", "LOC", "TGO"),
            ("غانا", "LOC", "GHAGOV"),
            ("توغو", "LOC", "TGO"),
            ("فلان الفلاني", "PERS", "TGOGOV"),
        ],
    )
    assert ("TGOGOV", "GHAGOV") not in coded(doc, "04")


def test_an_office_received_by_its_own_officials_is_no_hosted_visit() -> None:
    text = "ووصل ولي العهد الأردني إلى لندن، وكان في استقباله سفير الأردن في بريطانيا."
    doc = build(
        text,
        [("الأردني", "LOC", "JORGOV"), ("لندن", "LOC", "GBR"), ("الأردن", "LOC", "JORGOV"), ("بريطانيا", "LOC", "GBR")],
    )
    assert ("JORGOV", "JORGOV") not in coded(doc, "04")
