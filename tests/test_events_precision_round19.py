"""Round 19 (precision on arbitrary news): an office beside a person's name is that person's apposition, not the
verb's object; sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of

Spec = tuple[str, str, str | None]


def _triggers(
    text: str, specs: list[Spec], timexes: tuple[tuple[str, str], ...] = ()
) -> list[tuple[str, str, str | None, str | None]]:
    doc = build(text, specs, timexes=timexes)
    return [
        (doc.text[e.evidence.start : e.evidence.end], e.cameo, e.source.actor, e.target.actor) for e in events_of(doc)
    ]


def test_an_office_after_a_name_with_only_a_courtesy_title_is_the_name_s_apposition() -> None:
    # the prince is the ambassador: he criticised the Iranian government, not the kingdom
    text = "انتقد الأمير تركي بن فيصل سفير السعودية لدى النمسا سياسات الحكومة الإيرانية."
    specs: list[Spec] = [
        ("تركي بن فيصل", "PERS", "SAUGOV"),
        ("السعودية", "LOC", "SAU"),
        ("النمسا", "LOC", "AUT"),
        ("الحكومة الإيرانية", "ORG", "IRNGOV"),
    ]
    found = _triggers(text, specs)
    assert [t for t in found if t[3] == "SAU"] == []
    assert ("انتقد", "111", "SAUGOV", "IRNGOV") in found


def test_a_chain_of_offices_after_the_name_leads_to_the_real_object() -> None:
    # the sheikh is the ruler and the deputy commander; the Kenyan president is whom he received
    text = "استقبل الشيخ سعود بن صقر حاكم رأس الخيمة نائب قائد حرس الإمارة، الأربعاء، رئيس كينيا أوهورو كينياتا."
    specs: list[Spec] = [
        ("سعود بن صقر", "PERS", "AREELI"),
        ("رأس الخيمة", "LOC", "ARE"),
        ("كينيا", "LOC", "KEN"),
        ("أوهورو كينياتا", "PERS", "KENGOV"),
    ]
    found = _triggers(text, specs, (("الأربعاء", "2021-07-21"),))
    assert [t for t in found if t[3] is not None and t[3].startswith("ARE")] == []
    assert ("استقبل", "043", "AREELI", "KENGOV") in found


def test_an_office_after_a_titled_name_is_still_the_object() -> None:
    # «الرئيس» is an office, not a courtesy title: the prime minister after the name is whom he received
    text = "استقبل الرئيس الكيني أوهورو كينياتا رئيس الوزراء الإثيوبي في نيروبي."
    specs: list[Spec] = [
        ("الكيني", "LOC", "KENGOV"),
        ("أوهورو كينياتا", "PERS", "KENGOV"),
        ("الإثيوبي", "LOC", "ETHGOV"),
    ]
    assert [t for t in _triggers(text, specs) if t[0] == "استقبل" and t[3] == "ETHGOV"] != []


def test_a_late_or_former_office_holder_is_one_person_with_the_office() -> None:
    # «الراحل», «الأسبق» between the office and the name: the name is no object
    late = "وفي عام 1999، رفض الرئيس الجزائري الراحل هواري بومدين قرار الجامعة العربية."
    specs: list[Spec] = [
        ("الجزائري", "LOC", "DZAGOV"),
        ("هواري بومدين", "PERS", "DZAELI"),
        ("الجامعة العربية", "ORG", "IGOARL"),
    ]
    found = _triggers(late, specs)
    assert [t for t in found if t[3] == "DZAELI"] == []
    former = "وانتقد الرئيس الغابوني الأسبق كريم مباسو السياسات الليبية."
    specs = [("الغابوني", "LOC", "GABGOV"), ("كريم مباسو", "PERS", "GABELI"), ("الليبية", "LOC", "LBYGOV")]
    assert ("وانتقد", "111", "GABGOV", "LBYGOV") in _triggers(former, specs)


def test_a_place_aside_between_the_office_and_the_name() -> None:
    # «في الأردن،» between the party leader and his name: the name is the subject's, the ministry the object
    text = "دعا زعيم حزب العمل في الأردن، سالم الخطيب، الجمعة، وزارة الداخلية الأردنية إلى الإفراج عن المعتقلين."
    specs: list[Spec] = [
        ("الأردن", "LOC", "JOR"),
        ("سالم الخطيب", "PERS", "JORLEG"),
        ("وزارة الداخلية الأردنية", "ORG", "JORGOV"),
    ]
    found = _triggers(text, specs)
    assert [t for t in found if t[3] == "JORLEG"] == []


def test_terrorist_after_a_named_group_is_its_adjective_not_an_actor() -> None:
    # «تنظيم الشباب الإرهابي الذي هاجم»: the attack is the group's, nobody called «الإرهابي» made it
    text = "وأكد الوزير أن بلاده ستواصل ملاحقة تنظيم الشباب الإرهابي الذي هاجم قاعدة للجيش الكيني."
    specs: list[Spec] = [("تنظيم الشباب", "ORG", "SOMREB"), ("الكيني", "LOC", "KENMIL")]
    assert [t for t in _triggers(text, specs) if t[2] == "KENREB"] == []


def test_an_adjective_after_a_named_group_leaves_the_army_as_the_agent() -> None:
    # «تنظيم داعش الإرهابي في إطار دعم السكان»: the army supports the residents, not a «terrorist»
    text = "وقالت الحكومة الليبية إن الجيش سيواصل مواجهة تنظيم داعش الإرهابي في إطار دعم السكان المحليين."
    specs: list[Spec] = [("الليبية", "LOC", "LBYGOV"), ("تنظيم داعش", "ORG", "IMGMUSISI")]
    found = _triggers(text, specs)
    assert [t for t in found if t[2] == "LBYREB"] == []
    assert ("دعم", "051", "LBYMIL", "LBYCVL") in found


def test_a_terrorist_after_a_verb_is_still_an_actor() -> None:
    # with no noun before it «الإرهابي» names the man who did it
    text = "وقتل الإرهابي ثلاثة من رجال الشرطة الكينية في مدينة مومباسا."
    specs: list[Spec] = [("الشرطة الكينية", "ORG", "KENCOP"), ("مومباسا", "LOC", "KEN")]
    assert [t for t in _triggers(text, specs) if t[2] == "KENREB" and t[3] == "KENCOP"] != []


def test_a_person_named_before_an_unvowelled_harm_verb_with_only_adjuncts_after_it_is_the_victim() -> None:
    # «المواطن فلان قتل بطلق ناري من قبل …»: the citizen was killed, he killed nobody in the city
    text = "وذكرت وزارة الصحة أن المواطن سامر عودة قتل بطلق ناري من قبل قوات الاحتلال غرب مدينة نابلس."
    specs: list[Spec] = [("وزارة الصحة", "ORG", "PSEGOV"), ("سامر عودة", "PERS", "PSECVL"), ("نابلس", "LOC", "PSE")]
    assert [t for t in _triggers(text, specs) if t[2] == "PSECVL"] == []


def test_a_body_before_a_harm_verb_with_an_object_after_it_stays_the_agent() -> None:
    # «الجيش الأفغاني قتل في الولاية ثلاثين مسلحا»: an army and a counted object, the active verb
    text = "وأكد المتحدث أن الجيش الأفغاني قتل في الولاية ثلاثين مسلحا من حركة طالبان."
    specs: list[Spec] = [("الأفغاني", "LOC", "AFGMIL"), ("حركة طالبان", "ORG", "AFGINS")]
    assert [t for t in _triggers(text, specs) if t[0] == "قتل" and t[2] == "AFGMIL"] != []


def test_a_place_after_in_and_a_place_noun_is_no_subject_of_the_verb_after_it() -> None:
    # «على بلدة في جنوب الصومال قتل خلاله»: Somalia killed nobody; the group that launched the attack did
    text = "شنت حركة الشباب هجوما على بلدة في جنوب الصومال قتل خلاله عشرة جنود من القوات الكينية."
    specs: list[Spec] = [("حركة الشباب", "ORG", "SOMREB"), ("الصومال", "LOC", "SOM"), ("الكينية", "LOC", "KENMIL")]
    found = _triggers(text, specs)
    assert [t for t in found if t[2] == "SOM"] == []
    assert [t for t in found if t[0] == "قتل" and t[2] == "SOMREB"] != []


def test_a_country_right_after_a_preposition_still_counts_as_before() -> None:
    # «أصدرت كل من تونس والمغرب بيانات تشيد …»: the countries are the subjects, no place phrase stands between
    text = "وأصدرت كل من تونس والمغرب بيانات تشيد بالخطوات التي اتخذتها الجزائر."
    specs: list[Spec] = [("تونس", "LOC", "TUN"), ("والمغرب", "LOC", "MAR"), ("الجزائر", "LOC", "DZA")]
    found = _triggers(text, specs)
    assert [t for t in found if t[2] in ("TUN", "MAR") and t[3] == "DZA"] != []


def test_military_after_a_named_council_still_gives_the_council_its_sector() -> None:
    # «مجلس دير الزور العسكري»: after a place's name «العسكري» qualifies the council, an actor of its own
    text = "وأعلن مجلس دير الزور العسكري رفضه انتشار كتيبة تركية قرب البلدة."
    specs: list[Spec] = [("دير الزور", "LOC", "SYR"), ("تركية", "LOC", "TURMIL")]
    assert ("رفضه", "120", "SYRMIL", "TURMIL") in _triggers(text, specs)


def test_the_owner_of_an_interview_is_the_subject_of_the_verb_with_fiha() -> None:
    # «مقابلة مع ماكرون انتقد فيها …»: Macron criticised, not the newspaper that published the interview
    text = 'ونشرت صحيفة "لوموند" الفرنسية مقابلة مع ماكرون انتقد فيها سياسة الحكومة الإيطالية.'
    specs: list[Spec] = [
        ("لوموند", "ORG", "FRAMED"),
        ("الفرنسية", "LOC", "FRAMED"),
        ("ماكرون", "PERS", "FRAGOV"),
        ("الحكومة الإيطالية", "ORG", "ITAGOV"),
    ]
    found = _triggers(text, specs)
    assert [t for t in found if t[2] == "FRAMED"] == []
    assert ("انتقد", "111", "FRAGOV", "ITAGOV") in found


def test_the_speaker_of_statements_accuses_the_actor_after_fiha() -> None:
    # «تصريحات المستشار التي اتهم فيها إيران»: the chancellor accuses Iran; Iran is the object, not the subject
    text = "ورد وزير الخارجية الإيراني على تصريحات المستشار النمساوي التي اتهم فيها إيران بدعم الإرهاب."
    specs: list[Spec] = [("الإيراني", "LOC", "IRNGOV"), ("النمساوي", "LOC", "AUTGOV"), ("إيران", "LOC", "IRN", 2)]
    found = _triggers(text, specs)
    assert [t for t in found if t[1].startswith("112") and t[2] == "AUTGOV" and t[3] == "IRN"] != []
