"""Round 25 (evcode25): a group's members named in an aside between a demand and the act demanded, a negated verb
of ceasing («لم تكف عن», «لن نتوقف عن»), roadside bombings, calls to respect a truce and first-person calls.
Sentences written for these tests."""

from __future__ import annotations

import rasd
from events_helpers import build, events_of


def test_members_aside_between_the_demand_and_the_act() -> None:
    text = "وطالبت منظمة العفو الدولية الدول الغربية، وعلى رأسها فرنسا وبريطانيا، بفتح تحقيقات قضائية في الفساد."
    entities = [
        ("منظمة العفو الدولية", "ORG", "NGOHRIAMN"),
        ("الغربية", "LOC", "WST"),
        ("فرنسا", "LOC", "FRA"),
        ("بريطانيا", "LOC", "GBR"),
    ]
    codes = {(e.cameo, e.target.actor) for e in events_of(build(text, entities)) if e.cameo.startswith("10")}
    # the investigation demanded makes it a demand for judicial cooperation, of each member named
    assert ("1013", "FRA") in codes and ("1013", "GBR") in codes
    assert not any(code == "100" for code, _ in codes)


def test_an_aside_of_another_kind_still_cuts_the_demand_from_the_act() -> None:
    # «، وفي بيان» opens an adverbial, no list of members: what follows is not the act demanded
    text = "وطالبت منظمة العفو الدولية الدول الغربية، وفي بيان لاحق فرنسا، بفتح تحقيقات قضائية."
    entities = [("منظمة العفو الدولية", "ORG", "NGOHRIAMN"), ("الغربية", "LOC", "WST"), ("فرنسا", "LOC", "FRA")]
    codes = {e.cameo for e in events_of(build(text, entities)) if e.cameo.startswith("10")}
    assert "1013" not in codes


def _modalities(text: str, entities: list[tuple[str, str, str | None]], root: str) -> set[tuple[str, str, bool]]:
    return {(e.cameo, e.modality, e.negated) for e in events_of(build(text, entities)) if e.cameo.startswith(root)}


def test_a_negated_verb_of_ceasing_leaves_the_act_asserted() -> None:
    text = "وقال المتحدث إن طهران لم تتوقف عن دعم الحكومة السورية."
    entities = [("طهران", "LOC", "IRNGOV"), ("السورية", "LOC", "SYRGOV")]
    found = _modalities(text, entities, "05")
    assert found and all(modality == "asserted" and not negated for _, modality, negated in found)


def test_a_promise_not_to_stop_is_an_intended_act() -> None:
    text = "وقال الجيش الإسرائيلي إنه لن يتوقف عن قصف مواقع حركة حماس في غزة."
    entities = [("الجيش الإسرائيلي", "ORG", "ISRMIL"), ("حماس", "ORG", "PSEREB"), ("غزة", "LOC", "PSE")]
    found = _modalities(text, entities, "13")
    # «لن نتوقف عن قصف»: a threat to go on striking, not a strike denied
    assert found and all(modality == "intent" and not negated for _, modality, negated in found)


def test_a_plain_negation_still_negates() -> None:
    text = "وقال المتحدث إن طهران لم تدعم الحكومة السورية."
    entities = [("طهران", "LOC", "IRNGOV"), ("السورية", "LOC", "SYRGOV")]
    found = _modalities(text, entities, "05")
    assert found and all(negated for _, _, negated in found)


def _bombing_codes(text: str) -> set[str]:
    return {e.cameo for e in rasd.analyze(text, published="2021-07-22").events if e.cameo.startswith("18")}


def test_a_bomb_by_the_side_of_the_road_is_a_roadside_bombing() -> None:
    assert _bombing_codes("وانفجرت قنبلة على جانب الطريق استهدفت دورية للجيش الأفغاني في ولاية هلمند.") == {"1833"}


def test_a_bomb_on_a_named_road_is_no_roadside_bombing() -> None:
    # «على طريق المطار» says where, not that the bomb was laid by the roadside
    codes = _bombing_codes("وانفجرت قنبلة على طريق المطار استهدفت دورية للجيش الأفغاني في ولاية هلمند.")
    assert codes and "1833" not in codes


def test_a_call_to_respect_a_truce_is_an_appeal_to_de_escalate() -> None:
    text = "ودعا الرئيس اليمني الميليشيات الحوثية إلى احترام الهدنة في مدينة تعز."
    entities = [("اليمني", "LOC", "YEMGOV"), ("الحوثية", "ORG", "YEMREB"), ("تعز", "LOC", "YEM")]
    codes = {(e.cameo, e.source.actor, e.target.actor) for e in events_of(build(text, entities))}
    assert ("0256", "YEMGOV", "YEMREB") in codes


def test_respecting_a_truce_said_alone_is_no_event() -> None:
    text = "وأكد الرئيس اليمني احترام الهدنة في مدينة تعز."
    entities = [("اليمني", "LOC", "YEMGOV"), ("تعز", "LOC", "YEM")]
    assert not [e for e in events_of(build(text, entities)) if e.cameo.startswith("08")]


def test_the_speaker_of_a_first_person_call_is_its_source() -> None:
    # «ندعو X إلى احترام وقف إطلاق النار وعدم عرقلة خروج المدنيين»: the speaker calls, not the civilians named after
    content = "ندعو المسلحين في الغوطة إلى احترام وقف إطلاق النار وعدم عرقلة خروج المدنيين"
    text = f'وقال وزير الدفاع الروسي "{content}".'
    entities = [
        ("وزير الدفاع الروسي", "PERS", "RUSMIL"),
        ("المسلحين", "ORG", "SYRREB"),
        ("الغوطة", "LOC", "SYR"),
        ("المدنيين", "ORG", "SYRCVL"),
    ]
    doc = build(text, entities, quotes=[(content, "وزير الدفاع الروسي", "RUSMIL", "2021-07-22")])
    codes = {(e.cameo, e.source.actor, e.target.actor) for e in events_of(doc) if e.cameo.startswith("02")}
    assert ("0256", "RUSMIL", "SYRREB") in codes
    assert not any(source == "SYRCVL" for _, source, _ in codes)
