"""Acts only feared, hoped for, required or warned of (grammar `hypothetical_cues.feared/wished/required`): the act
in the «أن» clause is no event unless it is the hoper's or warner's own. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_an_attack_only_feared_is_no_event() -> None:
    events = _events("ويخشى الاتحاد الأوروبي أن تشن روسيا هجوما على أوكرانيا.")
    assert not any(code == "19" for code, _, _ in events)
    events = _events("وتخشى الحكومة اللبنانية أن تهاجم إسرائيل مواقع حزب الله.")
    assert not any(code == "19" for code, _, _ in events)


def test_a_concern_that_an_army_may_launch_an_offensive_is_no_event() -> None:
    events = _events("وأعربت الأمم المتحدة عن قلقها من أن تشن القوات السورية هجوما على إدلب.")
    assert not any(code == "19" for code, _, _ in events)


def test_a_fact_after_a_word_of_concern_stays() -> None:
    # «أنّ» + a noun + a past verb states what happened
    events = _events("وأعربت الأمم المتحدة عن قلقها من أن الطائرات الروسية قصفت مواقع المعارضة السورية.")
    assert ("19", "RUSMIL", "SYROPP") in events


def test_someone_elses_act_hoped_for_is_no_event() -> None:
    events = _events("وعبر المستشار الألماني عن أمله في أن توقع إسرائيل وحماس قريبا اتفاقا للتهدئة.")
    assert not any(source in ("ISR", "PSEREB") for _, source, _ in events)
    events = _events('وقال رئيس الوزراء العراقي: "نتمنى أن تنسحب القوات الأمريكية من العراق".')
    assert not any(source == "USAMIL" for _, source, _ in events)


def test_talks_between_others_hoped_for_are_no_event() -> None:
    events = _events("وعبر الرئيس الفرنسي عن أمله في بدء حوار جاد بين الحكومة التركية والمسلحين الأكراد.")
    assert not any(source in ("TURGOV", "TURREB") for _, source, _ in events)


def test_the_hopers_own_act_stays_an_intent() -> None:
    events = _events('وقال الوزير الإيراني: "نأمل أن نتوصل إلى اتفاق مع الولايات المتحدة".')
    assert ("03", "IRNGOV", "USA") in events


def test_an_act_someone_says_another_must_do_is_no_event() -> None:
    events = _events("وقال وزير الخارجية الفرنسي إنه يجب أن تنسحب القوات الروسية من أوكرانيا.")
    assert not any(source == "RUSMIL" for _, source, _ in events)
    events = _events("وقال المتحدث إنه لا بد من انسحاب القوات الإسرائيلية من لبنان.")
    assert not any(source == "ISRMIL" for _, source, _ in events)


def test_an_attack_warned_of_is_no_event_but_the_warners_own_threat_stays() -> None:
    events = _events("وحذر الأمين العام للأمم المتحدة من أن إسرائيل قد تقصف رفح.")
    assert not any(source == "ISR" for _, source, _ in events)
    events = _events("وحذرت إيران من أنها ستهاجم القواعد الأمريكية في المنطقة.")
    assert ("13", "IRN", "USA") in events


def test_a_past_obligation_states_what_was_done() -> None:
    events = _events("وذكر الرئيس الأفغاني أنه كان لا بد من إجراء محادثات مطولة مع حركة طالبان العام الماضي.")
    assert ("04", "AFGGOV", "AFGINS") in events
    events = _events("وذكر الرئيس الأفغاني أنه لا بد من إجراء محادثات مطولة مع حركة طالبان.")
    assert not any(code == "04" for code, _, _ in events)


def test_a_relative_clause_inside_a_fear_states_what_is_so() -> None:
    events = _events("ويخشى سكان القرى أن يكون الجيش السوري الذي تدعمه روسيا بصدد التقدم نحو الجنوب.")
    assert ("05", "RUS", "SYRMIL") in events


def test_a_summit_named_as_the_subject_of_a_fear_stays() -> None:
    events = _events("ويخشى دبلوماسيون غربيون أن تشهد قمة الرئيسين الأمريكي والروسي خلافات حادة.")
    assert ("04", "USAGOV", "RUSGOV") in events
