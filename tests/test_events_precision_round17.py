"""Round 17 (precision on arbitrary news, outlets beyond the dev gold): words of a name are no predicates;
sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of

Spec = tuple[str, str, str | None]


def _triggers(text: str, specs: list[Spec]) -> list[tuple[str, str, str | None, str | None]]:
    doc = build(text, specs)
    return [
        (doc.text[e.evidence.start : e.evidence.end], e.cameo, e.source.actor, e.target.actor) for e in events_of(doc)
    ]


def test_a_first_name_spelled_like_a_verb_is_part_of_the_name() -> None:
    # «دان» alone is «condemned»; as the first word of a person's full name it is the name Dan
    text = 'وصرح دان هاريسون رئيس جهاز المخابرات الكندي "نلاحظ جهودا متواصلة من الصين لإضعاف كندا".'
    specs: list[Spec] = [("دان هاريسون", "PERS", "CANGOV"), ("الصين", "LOC", "CHN"), ("كندا", "LOC", "CAN")]
    assert [t for t in _triggers(text, specs) if t[0] == "دان"] == []


def test_a_continent_after_wa_is_a_place_not_a_verb() -> None:
    # «وآسيا» is not «and consoled»: the support is still coded
    text = "وأعلنت اتحادات أفريقيا وآسيا وأوقيانيا تأييدها للمرشح البحريني."
    specs: list[Spec] = [
        ("أفريقيا", "LOC", "AFR"),
        ("آسيا", "LOC", "ASA"),
        ("أوقيانيا", "LOC", "OCN"),
        ("البحريني", "LOC", "BHR"),
    ]
    assert sorted(_triggers(text, specs)) == [("تأييدها", "051", "AFR", "BHR"), ("تأييدها", "051", "ASA", "BHR")]


def test_a_verb_the_recogniser_took_for_a_one_word_name_is_still_read() -> None:
    # a lone word tagged as a person is more often the recogniser's slip than a name: the verb stays
    text = "دان الرئيس البيروفي الهجوم على السفارة التشيلية."
    specs: list[Spec] = [("دان", "PERS", None), ("البيروفي", "LOC", "PERGOV"), ("التشيلية", "LOC", "CHL")]
    assert ("دان", "111", "PERGOV", "CHLGOV") in _triggers(text, specs)


def test_an_outlet_interviewing_the_speaker_is_not_the_one_warned_or_accused() -> None:
    text = "حذر رئيس الوزراء النمساوي في مقابلة مع صحيفة كورير النمساوية من انهيار الاتحاد الأوروبي."
    specs: list[Spec] = [
        ("النمساوي", "LOC", "AUTGOV"),
        ("كورير", "ORG", "AUTMED"),
        ("النمساوية", "LOC", "AUTMED"),
        ("الاتحاد الأوروبي", "ORG", "IGOEUR"),
    ]
    assert [t for t in _triggers(text, specs) if (t[3] or "").endswith("MED")] == []
    accused = "واتهم الرئيس الإيراني في مقابلة مع وكالة رويترز الحكومة البحرينية بدعم الإرهاب."
    specs = [("الإيراني", "LOC", "IRNGOV"), ("وكالة رويترز", "ORG", "GBRMED"), ("البحرينية", "LOC", "BHRGOV")]
    assert [t for t in _triggers(accused, specs) if t[3] == "GBRMED"] == []


def test_a_call_with_a_newspaper_is_an_interview_and_a_letter_it_published_names_no_target() -> None:
    call = "وأكد وزير الخارجية الأردني في اتصال هاتفي مع «الحياة» أن الجماعات المتطرفة تهدد المنطقة."
    specs: list[Spec] = [("الأردني", "LOC", "JORGOV"), ("الحياة", "ORG", "LBNMED")]
    assert _triggers(call, specs) == []
    letter = 'وأدان الجنرال الكندي المتقاعد في مقال طويل نشرته مجلة "غلوب" قرار الحكومة.'
    specs = [("الكندي", "LOC", "CANMIL"), ("غلوب", "ORG", "CANMED")]
    assert [t for t in _triggers(letter, specs) if t[3] == "CANMED"] == []


def test_an_outlet_that_publishes_a_report_of_its_own_accuses() -> None:
    # «نشرت صحيفة X تقريرا اتهم ...»: the outlet acts, it is no channel of someone else's words
    text = "ونشرت صحيفة لوموند الفرنسية تقريرا اتهم الحكومة المالية بالفساد."
    specs: list[Spec] = [("لوموند", "ORG", "FRAMED"), ("الفرنسية", "LOC", "FRAMED"), ("المالية", "LOC", "MLIGOV")]
    assert ("اتهم", "1121", "FRAMED", "MLIGOV") in _triggers(text, specs)


def test_an_act_that_needs_another_party_is_not_coded_between_one_body_and_itself() -> None:
    # the second side was read on the same institution: the real other party is missed, the pair is dropped
    sanctions = "وقد فرضت واشنطن في الربيع الماضي عقوبات مالية على وزراء في حكومة أنقرة."
    assert _triggers(sanctions, [("واشنطن", "LOC", "USAGOV"), ("أنقرة", "LOC", "TURGOV")]) == []
    support = "وتقدم القوات المسلحة الأردنية دعما عسكريا للقوات البحرية في المنطقة."
    assert _triggers(support, [("الأردنية", "LOC", "JORMIL")]) == []
    consent = "ووافق مجلس الوزراء البحريني على تفويض وزير الخارجية بالتباحث مع الجانب الغاني."
    specs: list[Spec] = [("البحريني", "LOC", "BHRGOV"), ("وزير الخارجية", "PERS", "BHRGOV"), ("الغاني", "LOC", "GHA")]
    assert [t for t in _triggers(consent, specs) if t[2] == t[3]] == []


def test_an_appeal_within_one_government_is_kept() -> None:
    text = "وطلب الرئيس الأمريكي من مستشاره جون بولتون ترتيب لقاء مع الرئيس الروسي في واشنطن."
    specs: list[Spec] = [
        ("الأمريكي", "LOC", "USAGOV"),
        ("جون بولتون", "PERS", "USAGOV"),
        ("الروسي", "LOC", "RUSGOV"),
        ("واشنطن", "LOC", "USAGOV"),
    ]
    assert ("وطلب", "020", "USAGOV", "USAGOV") in _triggers(text, specs)


def test_a_criticised_act_is_not_aimed_at_its_victim() -> None:
    # «غير القانوني على فنزويلا»: Venezuela is whom the shelling befell; the criticism is of who carried it out
    text = 'وقال الوزير الكوبي إن "القصف غير القانوني على فنزويلا، الذي نفذته كولومبيا، يهدد المنطقة".'
    specs: list[Spec] = [("الكوبي", "LOC", "CUBGOV"), ("فنزويلا", "LOC", "VEN"), ("كولومبيا", "LOC", "COL")]
    quote = ("القصف غير القانوني على فنزويلا، الذي نفذته كولومبيا، يهدد المنطقة", "الوزير الكوبي", "CUBGOV", None)
    doc = build(text, specs, quotes=[quote])
    assert [(e.cameo, e.source.actor, e.target.actor) for e in events_of(doc) if e.cameo == "111"] == [
        ("111", "CUBGOV", "COL")
    ]


def test_hosting_a_base_or_a_conference_is_no_hosted_visit() -> None:
    base = "وتستضيف جيبوتي قاعدة عسكرية فرنسية يعمل بها ألف جندي."
    assert _triggers(base, [("جيبوتي", "LOC", "DJI"), ("فرنسية", "LOC", "FRAMIL")]) == []
    conference = "وجاء ذلك خلال مؤتمر الطاقة الذي تستضيفه الدوحة بمشاركة وفد عماني."
    assert [
        t for t in _triggers(conference, [("الدوحة", "LOC", "QATGOV"), ("عماني", "LOC", "OMNGOV")]) if t[1] == "043"
    ] == []
