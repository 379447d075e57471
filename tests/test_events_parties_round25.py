"""Round 25 (evciv25), actor codes of event parties: unnamed civilians are of the place they are in, not of the
forces that act on them. Sentences written for these tests."""

from __future__ import annotations

from rasd.doc import Doc
from rasd.pipeline import Pipeline, make_doc


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    doc: Doc = Pipeline()(make_doc(text, published="2021-07-22"))
    return {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}


def test_protesters_fired_on_by_a_foreign_army_are_of_the_article_country() -> None:
    text = (
        "خرج آلاف الفلسطينيين في مسيرات في قطاع غزة ورفح وخان يونس. "
        "وأطلقت القوات الإسرائيلية النار على المتظاهرين قرب السياج."
    )
    assert ("175", "ISRMIL", "PSECVL") in _events(text)


def test_protesters_shot_by_forces_named_in_a_reported_clause_are_of_the_article_country() -> None:
    text = (
        "خرج آلاف الفلسطينيين في مسيرات في قطاع غزة ورفح وخان يونس. "
        "وقالت إسرائيل إن قواتها أطلقت النار على متظاهرين اقتربوا من السياج."
    )
    assert ("175", "ISRMIL", "PSECVL") in _events(text)


def test_protesters_gathered_in_a_town_of_the_police_country_keep_that_country() -> None:
    text = "تشهد سوريا حربا في إدلب وحلب وحمص. واعتقلت الشرطة التركية متظاهرين تجمعوا في وسط إسطنبول."
    assert ("173", "TURCOP", "TURCVL") in _events(text)


def test_citizens_of_the_police_country_stay_its_own() -> None:
    text = "تشهد سوريا حربا في إدلب وحلب وحمص. واعتقلت الشرطة التركية عددا من مواطنيها."
    assert ("173", "TURCOP", "TURCVL") in _events(text)


def test_protesters_in_an_article_about_the_police_country_stay_its_own() -> None:
    text = "خرج آلاف الأتراك في مسيرات في إسطنبول وأنقرة. وأطلقت الشرطة التركية النار على المتظاهرين."
    assert ("175", "TURCOP", "TURCVL") in _events(text)


def test_a_judgement_said_of_an_object_with_no_complementizer_is_criticism_of_its_actor() -> None:
    text = "واعتبر وزير الخارجية الإيراني تصريحات الرئيس الأمريكي استفزازية وغير مسؤولة."
    assert ("111", "IRNGOV", "USAGOV") in _events(text)


def test_a_subject_written_before_the_verb_of_considering_judges_the_object() -> None:
    assert ("111", "ISR", "IRN") in _events("وتعتبر إسرائيل الوجود الإيراني في سوريا تهديدا لأمنها.")


def test_a_praising_judgement_of_an_object_is_praise() -> None:
    text = "واعتبر الوزير الألماني زيارة الرئيس الصيني إيجابية."
    assert ("051", "DEUGOV", "CHNGOV") in _events(text)


def test_a_negated_verb_of_considering_judges_no_one() -> None:
    assert not any(code == "111" for code, _s, _t in _events("ولم تعتبر موسكو العقوبات الأمريكية عملا عدائيا."))


def test_an_object_set_off_by_commas_is_not_read_as_judged() -> None:
    text = "واعتبرت الحكومة الكندية تصريحات المسؤولين السعوديين، وهي تصريحات حادة، غير مسؤولة."
    assert not any(code == "111" for code, _s, _t in _events(text))


def test_an_embassy_moved_to_jerusalem_is_hosted_by_israel_in_a_palestinian_focused_article() -> None:
    text = (
        "عبر الرئيس الفلسطيني محمود عباس عن رفضه للقرار الأمريكي. ونقلت الولايات المتحدة سفارتها إلى القدس "
        "الاثنين. وتظاهر الفلسطينيون في غزة ورام الله والخليل."
    )
    events = _events(text)
    assert ("050", "USA", "ISR") in events
    assert ("050", "USA", "PSE") not in events


def test_east_jerusalem_named_as_such_keeps_its_own_code() -> None:
    assert ("050", "TUR", "PSE") in _events("وافتتحت تركيا قنصلية في القدس الشرقية.")


def test_a_city_recognised_as_a_state_capital_is_a_recognition_of_that_state() -> None:
    text = (
        "عبر الرئيس الفلسطيني محمود عباس عن رفضه. واعترف الرئيس الأمريكي بالقدس عاصمة لإسرائيل. "
        "وتظاهر الفلسطينيون في غزة ورام الله والخليل."
    )
    assert ("054", "USAGOV", "ISR") in _events(text)


def test_a_city_recognised_as_the_capital_of_palestine_is_a_recognition_of_palestine() -> None:
    assert ("054", "VEN", "PSE") in _events("واعترفت فنزويلا بالقدس عاصمة أبدية لفلسطين.")
