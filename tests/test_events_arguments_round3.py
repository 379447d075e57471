"""Argument finding, third round: counted groups, members across a number, dates set off by commas, pronoun
owners of targets, objects judged through the relative clause that names their author. Sentences written for
these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of, summary


def test_a_counted_group_after_a_verbal_noun_is_its_patient() -> None:
    text = "وأعلنت الشرطة الكينية اعتقال 4 من أعضاء حركة الشباب قرب الحدود."
    doc = build(text, [("الشرطة الكينية", "ORG", "KENCOP"), ("حركة الشباب", "ORG", "SOMREB")])
    assert ("173", "KENCOP", "SOMREB") in summary(events_of(doc))


def test_a_counted_group_after_a_verb_is_its_object_not_its_subject() -> None:
    text = "وقتل 12 من عناصر الجماعة المسلحة الموالية لإيران في غارة جوية."
    doc = build(text, [("الجماعة المسلحة", "ORG", "IRQREB"), ("لإيران", "LOC", "IRN")])
    events = events_of(doc)
    assert not [e for e in events if e.source.actor == "IRQREB" and e.target.actor == "IRN"]


def test_members_counted_before_the_body_they_belong_to() -> None:
    text = "وحث الرئيس الإيطالي شركاءه الـ 26 في الاتحاد الأوروبي على استقبال اللاجئين."
    doc = build(text, [("الإيطالي", "LOC", "ITAGOV"), ("الاتحاد الأوروبي", "ORG", "IGOEUR")])
    assert any(e.source.actor == "ITAGOV" and e.target.actor == "IGOEUR" for e in events_of(doc))


def test_a_date_set_off_by_commas_does_not_cut_the_verb_from_its_object() -> None:
    text = "وحث الرئيس الإيطالي، الخميس، شركاءه في الاتحاد الأوروبي على استقبال اللاجئين."
    doc = build(
        text,
        [("الإيطالي", "LOC", "ITAGOV"), ("الاتحاد الأوروبي", "ORG", "IGOEUR")],
        timexes=[("الخميس", "2021-07-22")],
    )
    assert any(e.source.actor == "ITAGOV" and e.target.actor == "IGOEUR" for e in events_of(doc))


def test_a_pronoun_owning_the_places_attacked_stands_for_the_target() -> None:
    text = "وتحصن مسلحو حركة الشباب في القرية. وشنت القوات الأمريكية غارات على تجمعاتهم صباح الأحد."
    doc = build(text, [("حركة الشباب", "ORG", "SOMREB"), ("القوات الأمريكية", "ORG", "USAMIL")])
    assert ("USAMIL", "SOMREB") in coded(doc, "19")


def test_a_pronoun_owner_skips_a_country_named_inside_a_prepositional_phrase() -> None:
    text = "وقالت الحكومة الإثيوبية الموالية لأمريكا إن المتمردين هاجموا مواقعها في الشمال."
    doc = build(
        text,
        [("الحكومة الإثيوبية", "ORG", "ETHGOV"), ("لأمريكا", "LOC", "USA"), ("المتمردين", "ORG", "ETHREB")],
    )
    assert coded(doc, "19") == {("ETHREB", "ETHGOV")}


def test_who_is_criticised_for_a_thing_is_the_subject_of_its_relative_clause() -> None:
    text = "وانتقدت المعارضة الفنزويلية القرار الذي اتخذته الحكومة الكولومبية بإغلاق المعابر."
    doc = build(text, [("المعارضة الفنزويلية", "ORG", "VENOPP"), ("الحكومة الكولومبية", "ORG", "COLGOV")])
    assert ("VENOPP", "COLGOV") in coded(doc, "11")


def test_a_relative_clause_without_a_subject_names_no_one_judged() -> None:
    text = "ورحبت الحكومة الكولومبية بالخطوات التي أعلنت أمس في العاصمة الفنزويلية."
    doc = build(text, [("الحكومة الكولومبية", "ORG", "COLGOV"), ("الفنزويلية", "LOC", "VEN")])
    assert not [e for e in events_of(doc) if e.target.actor == "VEN"]


def test_an_unnamed_actor_named_by_a_phrase_whose_head_alone_names_no_one() -> None:
    text = "واجتمع رئيس الوزراء العراقي مع قادة الكتل السياسية في بغداد."
    doc = build(text, [("العراقي", "LOC", "IRQGOV"), ("بغداد", "LOC", "IRQ")])
    assert ("IRQGOV", "IRQLEG") in coded(doc, "04") | {(t, s) for s, t in coded(doc, "04")}


def test_a_name_that_reads_as_a_complementizer_does_not_open_a_clause() -> None:
    text = "وكان الأمين العام للأمم المتحدة بان كي مون رحب بالاتفاق، وحث الحكومة السودانية على تنفيذه."
    doc = build(
        text,
        [("للأمم المتحدة", "ORG", "IGOUNO"), ("بان كي مون", "PERS", "IGOUNO"), ("الحكومة السودانية", "ORG", "SDNGOV")],
    )
    assert ("IGOUNO", "SDNGOV") in coded(doc, "02")


def test_the_pair_of_a_meeting_named_in_a_relative_clause_across_an_apposition() -> None:
    text = "وكشفت الصحيفة تفاصيل اللقاء، الذي جرى بين الرئيس الكيني، ويليام روتو، ورئيس الوزراء الإثيوبي في نيروبي."
    doc = build(
        text,
        [
            ("الكيني", "LOC", "KENGOV"),
            ("ويليام روتو", "PERS", "KENGOV"),
            ("الإثيوبي", "LOC", "ETHGOV"),
            ("نيروبي", "LOC", "KEN"),
        ],
    )
    pairs = coded(doc, "04")
    assert ("KENGOV", "ETHGOV") in pairs or ("ETHGOV", "KENGOV") in pairs


def test_a_title_before_adjectives_heads_the_organisation_it_belongs_to() -> None:
    text = "وكان المنسق الإنساني للأمم المتحدة وصل إلى بيروت والتقى وزير الصحة اللبناني."
    doc = build(text, [("للأمم المتحدة", "ORG", "IGOUNO"), ("بيروت", "LOC", "LBN"), ("اللبناني", "LOC", "LBNGOV")])
    pairs = coded(doc, "04")
    assert ("IGOUNO", "LBNGOV") in pairs or ("LBNGOV", "IGOUNO") in pairs


def test_an_adjective_without_a_title_before_it_heads_nothing() -> None:
    text = "وأدانت الحكومة الفرنسية الوضع الإنساني للاجئين في ليبيا."
    doc = build(text, [("الفرنسية", "LOC", "FRAGOV"), ("ليبيا", "LOC", "LBY")])
    assert not [e for e in events_of(doc) if e.source.actor != "FRAGOV"]
