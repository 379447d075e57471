"""Precision on arbitrary news: what a reporting verb's content judges is an actor, not the unnamed people the
judged act befell. Sentences written for these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _statements(text: str) -> set[tuple[str, str | None, str | None]]:
    events = analyze(text, published="2026-01-01").events
    return {(e.cameo, e.source.actor, e.target.actor) for e in events if e.quote is not None}


def test_unnamed_victims_are_not_whom_a_statement_criticises() -> None:
    text = "وقال أيمن الصفدي وزير خارجية الأردن إن الاعتداء على أشخاص أبرياء جرائم لا يمكن السكوت عنها."
    assert not any(target is not None and target.endswith("CVL") for _, _, target in _statements(text))
    text = "وأضاف رئيس الوزراء العراقي محمد شياع السوداني أن ما تعرض له الناس في القرية جرائم بشعة."
    assert not any(target is not None and target.endswith("CVL") for _, _, target in _statements(text))


def test_the_perpetrator_next_to_the_victims_is_still_criticised() -> None:
    text = "وقال أيمن الصفدي وزير خارجية الأردن إن ما فعله جيش ميانمار بالمدنيين العزل في القرى جرائم حرب."
    assert ("111", "JORGOV", "MMRMIL") in _statements(text)


def _pairs(text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = analyze(text, published="2026-01-01").events
    return {(e.source.actor, e.target.actor) for e in events if e.cameo.startswith(root)}


def test_four_co_signatories_of_a_deal_with_another_state_are_not_paired() -> None:
    text = "وكانت كندا والبرازيل والأرجنتين وتشيلي قد وقعت جميعها على الاتفاق التجاري الذي تطالب اليابان بتعديله."
    signers = {"CAN", "BRA", "ARG", "CHL"}
    assert not any(source in signers and target in signers for source, target in _pairs(text, "057"))
    # the state they signed with, named as the other side, is still paired with each of them
    text = "وأعلنت اليابان أنها ستخرج من الاتفاقية التي أبرمتها مع كندا والبرازيل والأرجنتين وتشيلي."
    assert {("JPN", "CAN"), ("JPN", "CHL")} <= _pairs(text, "057")


def test_three_states_signing_one_agreement_are_paired() -> None:
    pairs = _pairs("ووقعت إثيوبيا والسودان ومصر على اتفاق للمبادئ في أديس أبابا.", "057")
    assert {("ETH", "SDN"), ("ETH", "EGY"), ("SDN", "EGY")} <= pairs


def test_a_people_visiting_a_country_is_no_visit() -> None:
    assert _pairs("وزار اليونانيون جزيرة قبرص بأعداد كبيرة.", "042") == set()


def test_a_delegation_or_an_official_visiting_is_a_visit() -> None:
    assert ("GRCGOV", "CYP") in _pairs("وزار وفد يوناني رفيع قبرص أمس لبحث ملف الغاز.", "042")
    assert ("FRAGOV", "MAR") in _pairs("وزار رئيس فرنسا ماكرون المغرب أمس.", "042")


def test_an_act_supposed_after_ala_iftirad_is_a_condition() -> None:
    text = "وعلى افتراض أن الجيش السوداني هاجم مواقع قوات الدعم السريع في دارفور، فإن المفاوضات ستتوقف."
    events = [e for e in analyze(text, published="2026-01-01").events if e.source.actor == "SDNMIL"]
    assert events and all(e.modality == "conditional" for e in events)
    text = "وهاجم الجيش السوداني مواقع قوات الدعم السريع في دارفور أمس."
    assert any(e.modality == "asserted" for e in analyze(text, published="2026-01-01").events)


def test_a_call_at_a_consulate_is_no_visit() -> None:
    text = "واختفى الصحفي المغربي كريم العلوي بعد زيارته للقنصلية المغربية في مدريد."
    assert _pairs(text, "042") == set()
    text = "وزار الصحفي المغربي كريم العلوي القنصلية المغربية في مدريد لتجديد جوازه."
    assert _pairs(text, "042") == set()


def test_fighting_members_named_by_the_groups_gentilic() -> None:
    assert ("IRQMIL", "IMGMUSISI") in _pairs("وقتل الجيش العراقي 12 داعشيا في اشتباكات قرب الفلوجة.", "19")


def test_an_armed_group_is_no_country_for_the_unnamed_forces_after_it() -> None:
    # «قوات الشرطة» after «التنظيم الداعشي» are some country's police, not the group's (no IMGCOP)
    pairs = _pairs("وهاجم مسلحو التنظيم الداعشي قوات الشرطة ليلا.", "")
    assert not any(target is not None and target.startswith("IMG") for _, target in pairs)


def test_the_patron_of_an_armed_group_is_no_target_of_its_acts() -> None:
    pairs = _pairs("واستهدفت الميليشيات الحوثية الموالية لإيران مدينة جازان بصاروخ باليستي.", "19")
    assert ("YEMREB", "SAU") in pairs
    assert not any(target == "IRN" for _, target in pairs)


def test_militants_loyal_to_an_armed_group_are_of_that_group() -> None:
    pairs = _pairs("واستعادت القوات الفلبينية مرفأ صغيرا من سيطرة مسلحين موالين لتنظيم داعش.", "19")
    assert ("PHLMIL", "IMGMUSISI") in pairs
