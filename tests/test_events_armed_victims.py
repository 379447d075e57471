"""Round 25 (evkill25): killed members of an armed group. People counted as members of a body whose name news sets
off with marks («من تنظيم / داعش /», «من مسلحي "داعش"») are the victims of the passive «قتلوا», never its agent, and
they are that body's men: the body is the target, the army whose operation killed them the source (190). A gentilic
of the Houthis («حوثيا», «حوثيين») names them. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in analyze(text, published="2026-01-01").events}


def test_members_of_a_body_named_between_slashes_are_no_killers() -> None:
    text = "وقال مسؤول عسكري إن 40 عنصرا من تنظيم / داعش / قتلوا وجرح خمسة منهم في مناطق الرمادي غربي العراق."
    events = _events(text)
    assert not any(source == "IMGMUSISI" for _, source, _ in events)


def test_members_of_a_body_named_in_quotes_are_its_men_hit_by_the_army() -> None:
    text = "وأكد مصدر أن أكثر من 50 مسلحا من مسلحي «داعش» قتلوا وأصيب العشرات منهم في هجوم شنه الجيش العراقي."
    events = _events(text)
    assert ("190", "IRQMIL", "IMGMUSISI") in events
    assert not any(target == "IRQMIL" for _, _, target in events)


def test_members_of_a_body_named_after_its_kind_are_its_men() -> None:
    events = _events("وقال إن أكثر من 300 مسلح من عناصر تنظيم داعش الإرهابي قتلوا في عملية للجيش العراقي قرب الموصل.")
    assert ("190", "IRQMIL", "IMGMUSISI") in events
    assert not any(target == "IRQREB" for _, _, target in events)


def test_unarmed_people_counted_from_a_place_keep_their_own_code() -> None:
    events = _events("وقال مسؤول محلي إن 12 مدنيا من سكان الموصل قتلوا في غارة للطيران الحربي.")
    assert not any(target == "IMGMUSISI" for _, _, target in events)
    assert not any(source is not None and source.endswith("CVL") for _, source, _ in events)


def test_a_houthi_gentilic_names_the_houthis() -> None:
    events = _events("وقتلت قوات التحالف 30 حوثيا في غارات على محافظة صعدة.")
    assert any(source == "SAUMIL" and target == "YEMREB" for _, source, target in events)
    events = _events("واعتقلت الشرطة ثلاثة حوثيين في عدن.")
    assert any(code.startswith("17") and target == "YEMREB" for code, _, target in events)


def test_counted_victims_with_their_body_and_some_among_them_are_no_killers() -> None:
    # «من قوات X» says whose men were counted, «بينهم 5 مقاتلين روس» some of them: no object of an active «قتل»
    events = _events("قتل 40 مقاتلا من قوات النظام بينهم 5 مقاتلين روس في هجوم شنه تنظيم داعش على مواقعهم.")
    assert any(source == "IMGMUSISI" for _, source, _ in events)
    assert not any(source is not None and source.startswith("RUS") for _, source, _ in events)


def test_a_verb_first_killing_of_a_bodys_men_targets_the_body() -> None:
    events = _events("وقتل 20 مسلحا من حركة الشباب في غارة للجيش الصومالي جنوب البلاد.")
    assert any(source == "SOMMIL" and target == "SOMREB" for _, source, target in events)


def test_people_counted_before_a_comma_are_no_subject_of_the_next_verb() -> None:
    text = "وأدت الغارات إلى مقتل 40 حوثيا في مديرية حيس، دفعت القوات المشتركة بتعزيزات إضافية إلى الجبهة."
    assert not any(code.startswith("15") and source == "YEMREB" for code, source, _ in _events(text))
    text = "وأوضح المتحدث أن المقاومة الشعبية أسرت أمس 45 حوثيا، وكانت تحاصر 35 آخرين في منطقة كريتر."
    events = _events(text)
    assert any(code.startswith("17") and target == "YEMREB" for code, _, target in events)
    assert not any(code.startswith("19") and source == "YEMREB" for code, source, _ in events)


def test_a_counted_subject_right_before_its_verb_stays_the_subject() -> None:
    events = _events("وقال المتحدث إن 30 مسلحا حوثيا هاجموا مواقع الجيش اليمني في تعز.")
    assert any(source == "YEMREB" and target == "YEMMIL" for _, source, target in events)


def test_the_victims_of_a_noun_of_harm_counted_as_a_bodys_men_are_that_body() -> None:
    events = _events("وأعلن الجيش العراقي مقتل ستة مسلحين من تنظيم داعش في قضاء الحويجة.")
    assert ("190", "IRQMIL", "IMGMUSISI") in events
    events = _events("وأعلن الجيش مقتل عشرة مدنيين من سكان القرية في قصف للمتمردين.")
    assert not any(target == "IMGMUSISI" for _, _, target in events)
