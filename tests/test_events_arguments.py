"""Argument finding for verbal nouns and governed events, on sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of, has_pair
from rasd.events.extract import Draft, code_document


def test_word_after_a_preposition_is_a_noun_with_its_agent_in_the_genitive() -> None:
    text = "ورحبت المعارضة بالخطوة بناء على تعهد الرئيس الفنزويلي لكولومبيا بفتح الحدود."
    doc = build(text, [("الفنزويلي", "LOC", "VENGOV"), ("لكولومبيا", "LOC", "COL")])
    events = events_of(doc)
    assert has_pair(events, "030", "VENGOV", "COL")
    assert not [e for e in events if e.target.actor == "VENGOV"]


def test_definite_country_after_an_indefinite_verbal_noun_is_its_genitive() -> None:
    text = "وهدد وزير الخارجية الكندي بمعاقبة البرازيل إذا استمرت الأزمة."
    doc = build(text, [("الكندي", "LOC", "CANGOV"), ("البرازيل", "LOC", "BRA")])
    events = events_of(doc)
    assert any(e.cameo.startswith("13") and e.source.actor == "CANGOV" and e.target.actor == "BRA" for e in events)


def test_agreeing_country_adjective_after_a_verbal_noun_is_its_agent() -> None:
    text = "وتواصلت الغارات الأمريكية على مواقع المسلحين في الصومال."
    doc = build(text, [("الأمريكية", "LOC", "USAMIL"), ("الصومال", "LOC", "SOM")])
    assert any(e.cameo == "195" and e.source.actor == "USAMIL" for e in events_of(doc))


def test_apposition_between_a_governing_verb_and_its_event() -> None:
    text = "وهدد رئيس الوزراء الهندي، ناريندرا مودي، بمعاقبة باكستان على الهجوم."
    doc = build(text, [("الهندي", "LOC", "INDGOV"), ("ناريندرا مودي", "PERS", "INDGOV"), ("باكستان", "LOC", "PAK")])
    events = events_of(doc)
    assert any(e.cameo.startswith("13") and e.source.actor == "INDGOV" and e.target.actor == "PAK" for e in events)


def test_clashes_between_two_sides_go_both_ways() -> None:
    text = "واندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في العاصمة."
    doc = build(text, [("الجيش السوداني", "ORG", "SDNMIL"), ("قوات الدعم السريع", "ORG", "SDNREB")])
    events = events_of(doc)
    assert has_pair(events, "190", "SDNMIL", "SDNREB") or has_pair(events, "190", "SDNREB", "SDNMIL")


def test_members_of_a_body_after_a_preposition_are_its_partners() -> None:
    text = "وعقد الرئيس الفرنسي لقاء مع أعضاء من البرلمان الأوروبي في ستراسبورغ."
    doc = build(text, [("الفرنسي", "LOC", "FRAGOV"), ("البرلمان الأوروبي", "ORG", "IGOEURLEG")])
    assert has_pair(events_of(doc), "040", "FRAGOV", "IGOEURLEG")


def test_subject_of_a_verb_of_undergoing_is_the_target_of_the_act() -> None:
    text = "وتعرضت السفارة الأمريكية في بغداد لهجوم صاروخي."
    doc = build(text, [("الأمريكية", "LOC", "USAGOV"), ("بغداد", "LOC", "IRQ")])
    assert has_pair(events_of(doc), "194", None, "USAGOV")


def test_arrest_without_an_agent_is_by_the_police_of_the_place() -> None:
    text = "ونددت المنظمة باعتقال صحفي ألماني في تركيا الأسبوع الماضي."
    doc = build(text, [("ألماني", "LOC", "DEUMED"), ("تركيا", "LOC", "TUR")])
    assert has_pair(events_of(doc), "173", "TURCOP", "DEUMED")


def test_genitive_before_a_lam_object_is_the_agent() -> None:
    text = "وأدانت الحكومة اعتقال الشرطة الإيرانية للصحفي البريطاني."
    doc = build(text, [("الإيرانية", "LOC", "IRNCOP"), ("البريطاني", "LOC", "GBRMED")])
    assert has_pair(events_of(doc), "173", "IRNCOP", "GBRMED")


def test_passive_subject_before_the_verb_and_agent_after_it() -> None:
    text = "وكان الجندي الإسرائيلي قد قُتل على يد عناصر من حركة حماس."
    doc = build(text, [("الإسرائيلي", "LOC", "ISRMIL"), ("حركة حماس", "ORG", "PSEREB")])
    events = events_of(doc)
    assert not [e for e in events if e.target.actor == "PSEREB"]
    assert any(e.cameo.startswith(("18", "19")) and e.source.actor == "PSEREB" for e in events)


def _drafted(text: str, entities: list[tuple[str, str, str | None]], timexes: list[tuple[str, str]]) -> list[Draft]:
    return code_document(build(text, entities, timexes=timexes))[1]


def test_what_follows_a_required_object_names_the_target_not_the_agent() -> None:
    text = "وفي إشارة إلى طرد دبلوماسيين أتراك من العاصمة، قال الوزير إن القرار نهائي."
    drafts = [d for d in _drafted(text, [("أتراك", "LOC", "TURGOV")], []) if d.code == "161"]
    assert drafts and [s.code for s in drafts[0].targets] == ["TURGOV"] and not drafts[0].sources


def test_possessed_verbal_noun_takes_the_announcing_subjects_across_a_date() -> None:
    text = "وأعلنت كلا من قطر والكويت وعمان مساء الخميس تأييدها الإجراءات التي أعلنها الرئيس الفرنسي."
    entities = [("قطر", "LOC", "QAT"), ("والكويت", "LOC", "KWT"), ("وعمان", "LOC", "OMN"), ("الفرنسي", "LOC", "FRAGOV")]
    drafts = [d for d in _drafted(text, entities, [("مساء الخميس", "2021-07-15")]) if d.code == "051"]
    assert drafts and [s.code for s in drafts[0].sources] == ["QAT", "KWT", "OMN"]


def test_participle_after_the_main_clause_has_its_subject_and_a_transparent_nouns_owner_as_target() -> None:
    text = "وأشاد العاهل الأردني بالتعاون مع الولايات المتحدة، مشيدا بجهود فرنسا في المنطقة."
    entities = [("الأردني", "LOC", "JORGOV"), ("الولايات المتحدة", "LOC", "USA"), ("فرنسا", "LOC", "FRA")]
    assert has_pair(events_of(build(text, entities)), "051", "JORGOV", "FRA")


def test_lending_verb_reaches_its_noun_across_a_date_set_off_by_commas_and_a_hashtag() -> None:
    text = "أصدرت محكمة القاهرة، صباح الاثنين، قرارا بحبس #أحمد_سامي بتهمة التحريض."
    entities = [("محكمة القاهرة", "ORG", "EGYJUD"), ("أحمد_سامي", "PERS", "EGYOPP")]
    doc = build(text, entities, timexes=[("صباح الاثنين", "2021-07-19")])
    assert has_pair(events_of(doc), "173", "EGYJUD", "EGYOPP")


def test_participle_after_the_main_clause_takes_the_phrase_after_it_as_object() -> None:
    text = "وندد الرئيس اللبناني بالقصف، داعيا إسرائيل إلى وقف اعتداءاتها فورا."
    doc = build(text, [("اللبناني", "LOC", "LBNGOV"), ("إسرائيل", "LOC", "ISR")])
    assert has_pair(events_of(doc), "020", "LBNGOV", "ISR")


def test_adjective_right_after_the_subject_qualifies_it_and_is_not_the_object() -> None:
    text = "ووجهت وزارة الخارجية البريطانية اتهامات إلى ثلاثة عناصر في الاستخبارات الإيرانية بالتجسس."
    entities = [("وزارة الخارجية", "ORG", "GBRGOV"), ("البريطانية", "LOC", "GBRGOV"), ("الإيرانية", "LOC", "IRNSPY")]
    # a foreign ministry levelling accusations accuses (112); a prosecutor's accusations would be a charge (173)
    assert has_pair(events_of(build(text, entities)), "112", "GBRGOV", "IRNSPY")


def test_relative_clause_on_the_subject_sits_between_the_verb_and_its_object() -> None:
    text = "وحث وزير الخارجية الفرنسي الذي زار لبنان الأحد الحكومة العراقية على ضبط الحدود."
    entities = [("الفرنسي", "LOC", "FRAGOV"), ("لبنان", "LOC", "LBN"), ("العراقية", "LOC", "IRQGOV")]
    events = events_of(build(text, entities, timexes=[("الأحد", "2021-07-18")]))
    assert any(e.cameo.startswith("02") and e.source.actor == "FRAGOV" and e.target.actor == "IRQGOV" for e in events)
    assert not [e for e in events if e.cameo.startswith("02") and e.target.actor == "LBN"]
