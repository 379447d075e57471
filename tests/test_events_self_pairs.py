"""One actor on both sides of an event: a group among itself is a reciprocal event («المفاوضات بين الأفغان»); the
second conjunct of a pair whose first party went unread, or one person, is not. Two title phrases in a row belong to
two people («سيلتقي المبعوث الألماني العاهل المغربي ...»). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from events_helpers import build
from rasd.doc import Actor, Offsets, Quote, Speaker
from rasd.events.extract import Side, _reports, extract_events
from rasd.pipeline import analyze
from test_actors import run


def _pairs(text: str, entities: list[tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    doc = build(text, entities)
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in extract_events(doc)}


def test_a_group_negotiating_among_itself_is_one_reciprocal_event() -> None:
    pairs = _pairs("وبدأت المفاوضات بين الأفغان في الدوحة أمس.", [("الأفغان", "LOC", "AFG"), ("الدوحة", "LOC", "QAT")])
    assert ("04", "AFG", "AFG") in pairs


def test_the_second_conjunct_alone_is_not_both_parties() -> None:
    # «الجنوب» is no actor here: the talks are between the south and Washington, not Washington with itself
    pairs = _pairs(
        "وبدأت المفاوضات بين الجنوب وواشنطن في جنيف أمس.", [("واشنطن", "LOC", "USA"), ("جنيف", "LOC", "CHE")]
    )
    assert not any(source == target for _, source, target in pairs)


def test_one_person_does_not_meet_himself() -> None:
    text = "وعقد لقاء بين ماكرون الذي يدعم المبادرة ونظرائه الأفارقة في نواكشوط."
    pairs = _pairs(text, [("ماكرون", "PERS", "FRAGOV"), ("نواكشوط", "LOC", "MRT")])
    assert ("FRAGOV", "FRAGOV") not in {(source, target) for _, source, target in pairs}


def test_two_titles_in_a_row_are_two_people() -> None:
    doc = run(
        "سيلتقي المبعوث الألماني العاهل المغربي الملك محمد السادس في الرباط.",
        [("الألماني", "LOC"), ("المغربي", "LOC"), ("الملك محمد السادس", "PERS"), ("الرباط", "LOC")],
    )
    clusters = {e.text: e.cluster for e in doc.entities}
    assert clusters["المغربي"] == clusters["الملك محمد السادس"]
    assert clusters["الألماني"] != clusters["الملك محمد السادس"]


def test_a_meeting_after_two_titles_has_both_governments() -> None:
    events = analyze("سيلتقي المبعوث الألماني العاهل المغربي الملك محمد السادس في الرباط.").events
    assert ("036", "DEUGOV", "MARGOV") in {(e.cameo, e.source.actor, e.target.actor) for e in events}


def test_the_name_after_an_office_is_the_subject_not_the_object() -> None:
    text = "وحث الأمين العام للأمم المتحدة أنطونيو غوتيريش إثيوبيا على فتح الممرات الإنسانية."
    pairs = _pairs(
        text, [("لأمم المتحدة", "ORG", "IGOUNO"), ("أنطونيو غوتيريش", "PERS", "IGOUNO"), ("إثيوبيا", "LOC", "ETH")]
    )
    assert ("02", "IGOUNO", "ETH") in pairs
    assert ("02", "IGOUNO", "IGOUNO") not in pairs


def test_a_titled_person_after_a_named_subject_is_the_object() -> None:
    text = "واستقبل العاهل المغربي الملك محمد السادس رئيس الحكومة عزيز أخنوش في الرباط."
    pairs = _pairs(
        text,
        [("المغربي", "LOC", "MARGOV"), ("الملك محمد السادس", "PERS", "MARGOV"), ("عزيز أخنوش", "PERS", "MARGOV")],
    )
    assert ("04", "MARGOV", "MARGOV") in pairs


def test_an_outlet_told_a_statement_is_no_target() -> None:
    text = "وانتقد الوزير التركي لوكالة رويترز القرار."
    pairs = _pairs(text, [("التركي", "LOC", "TURGOV"), ("وكالة رويترز", "ORG", "GBRMED")])
    assert not any(target == "GBRMED" for _, _, target in pairs)


def test_an_outlet_given_information_is_a_target() -> None:
    text = "وقدم مسؤولون في الحكومة التركية أدلة لصحيفة واشنطن بوست عن الحادث."
    pairs = _pairs(text, [("الحكومة التركية", "ORG", "TURGOV"), ("صحيفة واشنطن بوست", "ORG", "USAMED")])
    assert ("06", "TURGOV", "USAMED") in pairs


def test_a_first_person_verb_in_a_relayed_quotation_is_the_speakers() -> None:
    text = 'ونقلت وكالة الأنباء السورية عن الرئيس بشار الأسد قوله "سأزور موسكو وألتقي مع الرئيس الروسي فلاديمير بوتين".'
    events = analyze(text, published="2018-06-01").events
    meetings = {(e.source.actor, e.target.actor) for e in events if e.cameo.startswith("04")}
    assert meetings == {("SYRGOV", "RUSGOV")}


def test_the_agency_reporting_an_act_is_no_party_to_it() -> None:
    # «أسقطت الدفاعات طائرتين ودمرتهما، بحسب ما أوردته وكالة الأنباء»: the agency is named after the act
    def quote(speaker_start: int, actor: str) -> Quote:
        speaker = Speaker(speaker_start, speaker_start + 12, "وكالة الأنباء", None, None, actor)
        return Quote("q1", "indirect", Offsets(0, 40), None, speaker)

    agency = Side("IRNMED", "e2", "وكالة الأنباء", 60, 72)
    assert _reports(quote(60, "IRNMED"), agency, 20)  # an outlet, named after the act
    ministry = Side("IRNGOV", "e2", "وزارة الدفاع", 60, 72)
    assert _reports(quote(60, "IRNGOV"), ministry, 20)  # a source named after the act
    speaker_first = Side("PAKELI", "e1", "نواز شريف", 0, 9)
    assert not _reports(quote(0, "PAKELI"), speaker_first, 20)  # «أكد شريف أن الجيش يستهدفه»


def test_a_speaker_named_first_may_be_the_target_of_what_he_reports() -> None:
    text = "وأكد نواز شريف أن الجيش الباكستاني يستهدفه بسبب مواقفه."
    events = analyze(text, published="2018-06-01").events
    assert any(e.source.actor == "PAKMIL" and e.target.text == "نواز شريف" for e in events)


def test_the_town_of_a_meeting_is_no_party_to_it() -> None:
    text = "وأجرى وزير الخارجية اليمني محادثات مع جنيف أمس."
    doc = build(text, [("اليمني", "LOC", "YEMGOV"), ("جنيف", "LOC", "CHE")])
    # a town from the gazetteer (a capital read as its government would carry a sector: «موسكو» is RUSGOV)
    town = Actor(id="CHE:Geneva", cameo="CHE", country="CHE")
    doc.entities = tuple(replace(e, actor=town) if e.text == "جنيف" else e for e in doc.entities)
    assert not [e for e in extract_events(doc) if e.target.actor == "CHE"]


def test_a_state_does_not_negotiate_with_itself() -> None:
    text = "وتستأنف المحادثات بين طهران والقوى الكبرى في فيينا."
    pairs = _pairs(text, [("طهران", "LOC", "IRNGOV"), ("فيينا", "LOC", "AUT")])
    assert ("04", "IRNGOV", "IRNGOV") not in pairs


def test_a_town_uses_no_force() -> None:
    text = "وقصفت إدلب مواقع المعارضة المسلحة أمس."
    doc = build(text, [("إدلب", "LOC", "SYR"), ("المعارضة المسلحة", "ORG", "SYRREB")])
    town = Actor(id="SYR:Idlib", cameo="SYR", country="SYR")
    doc.entities = tuple(replace(e, actor=town) if e.text == "إدلب" else e for e in doc.entities)
    events = extract_events(doc)
    assert not [e for e in events if e.source.actor == "SYR"]
    assert [e for e in events if e.source.actor is None and e.target.actor == "SYRREB"]  # an attack by someone


def test_the_own_country_is_no_other_party() -> None:
    events = analyze("ونفى مسؤول تركي رفيع تورط بلاده في الحادث.", published="2018-06-01").events
    assert not [e for e in events if e.target.actor == "TUR"]
    events = analyze("وطالب المحتجون في شرق البلاد بإقالة وزير المياه العراقي.", published="2018-06-01").events
    assert not [e for e in events if e.target.text == "البلاد"]
