"""Bare names that mean one armed party only in the news of one theatre (data/actors/theatre_names.json): in an
article about the war in Yemen «التحالف» is the Saudi-led coalition and «المقاومة» the pro-government forces."""

from __future__ import annotations

import rasd

YEMEN = (
    "وشنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة شمالي اليمن. "
    "وسيطرت قوات المقاومة الشعبية على مواقع جديدة في مديرية التحيتا بمحافظة الحديدة."
)


def _codes(text: str) -> dict[str, str | None]:
    doc = rasd.analyze(text, published="2018-06-20")
    return {e.text: (e.actor.cameo if e.actor else None) for e in doc.entities}


def test_the_coalition_and_the_resistance_of_the_war_in_yemen() -> None:
    codes = _codes(YEMEN)
    assert codes.get("التحالف") == "SAUMIL"
    assert codes.get("المقاومة الشعبية") == "YEMMIL"
    doc = rasd.analyze(YEMEN, published="2018-06-20")
    strikes = {(e.source.actor, e.target.actor) for e in doc.events if e.cameo.startswith("19")}
    assert ("SAUMIL", "YEMREB") in strikes
    assert not [e for e in doc.events if e.source.actor == "YEMREB" and e.target.actor == "YEM"]


def test_a_gentilic_of_the_name_goes_with_it() -> None:
    text = "وتقدمت المقاومة اليمنية نحو مطار الحديدة بعد معارك مع الحوثيين في اليمن."
    codes = _codes(text)
    assert codes.get("المقاومة اليمنية") == "YEMMIL"


def test_other_coalitions_and_other_theatres_are_left_alone() -> None:
    codes = _codes("وقال التحالف الدولي إنه قصف مواقع الحوثيين في صعدة والحديدة باليمن.")
    assert "SAUMIL" not in codes.values()
    codes = _codes("وأعلن التحالف الحاكم في ألمانيا أن المقاومة الشعبية للقانون الجديد تتزايد في برلين وهامبورغ.")
    assert "SAUMIL" not in codes.values() and "YEMMIL" not in codes.values()
    codes = _codes("وقالت المقاومة الفلسطينية إنها ردت على القصف الإسرائيلي في غزة، وليس في اليمن أو صنعاء.")
    assert "YEMMIL" not in codes.values()


def test_the_putschists_and_the_militias_are_the_houthis_and_an_object_after_them_is_no_adjective() -> None:
    text = "وقصفت الميليشيات الانقلابية الأحياء السكنية في تعز باليمن. وأطلق الانقلابيون صاروخا على جازان من صعدة."
    codes = _codes(text)
    assert codes.get("الميليشيات الانقلابية") == "YEMREB"
    assert codes.get("الانقلابيون") == "YEMREB"
    doc = rasd.analyze(text, published="2018-06-20")
    assert ("YEMREB", "YEM") in {(e.source.actor, e.target.actor) for e in doc.events if e.cameo.startswith("19")}


def test_a_hashtag_is_named_whole() -> None:
    codes = _codes("أجبرت #الميليشيات_الحوثية سكان قرية في مديرية الجراحي على النزوح في الحديدة باليمن.")
    assert "الميليشيات" not in codes


def test_the_occupation_is_israel_in_the_news_of_palestine() -> None:
    text = "واعتقلت قوات الاحتلال خمسة شبان فلسطينيين في الضفة الغربية. وقصفت طائرات الاحتلال مواقع في غزة."
    assert _codes(text).get("الاحتلال") == "ISR"
    doc = rasd.analyze(text, published="2018-06-20")
    assert ("ISRMIL", "PSE") in {(e.source.actor, e.target.actor) for e in doc.events if e.cameo.startswith("17")}
    # another occupation is named by its adjective
    codes = _codes("وطالب المتظاهرون في غزة والضفة الغربية بإنهاء الاحتلال التركي لعفرين.")
    assert "ISR" not in codes.values()


def test_the_occupation_with_its_own_adjective_before_a_definite_object() -> None:
    text = (
        "وأكدت حركة حماس في بيان من غزة أنها تحمل قوات الاحتلال الصهيوني المسؤولية الكاملة عن استشهاد الشاب "
        "في مدينة نابلس بالضفة الغربية."
    )
    codes = _codes(text)
    assert codes.get("الاحتلال الصهيوني") == "ISR"
    text = "وقالت مصادر في اليمن إن المقاومة الشعبية الموالية للحكومة سيطرت على مواقع في محافظة الضالع."
    assert _codes(text).get("المقاومة الشعبية") == "YEMMIL"
