"""A judgement on the clause before it: «وهو ما نفته موسكو», «في خطوة نددت بها الجامعة» — the subject after the
verb and its prepositional pronoun, and the target taken from the judged act. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded, events_of


def test_a_step_condemned_by_an_actor_named_after_the_verb_and_its_pronoun() -> None:
    text = "فرضت واشنطن عقوبات جديدة على طهران، في خطوة نددت بها موسكو بشدة."
    doc = build(text, [("واشنطن", "LOC", "USAGOV"), ("طهران", "LOC", "IRNGOV"), ("موسكو", "LOC", "RUSGOV")])
    assert coded(doc, "11") == {("RUSGOV", "USAGOV")}  # Moscow condemns the step, which was Washington's


def test_a_denial_of_what_the_clause_before_says_targets_its_author() -> None:
    text = "اتهمت بريطانيا روسيا بتسميم عميل سابق على أراضيها، وهو ما نفته موسكو."
    doc = build(text, [("بريطانيا", "LOC", "GBRGOV"), ("روسيا", "LOC", "RUS"), ("موسكو", "LOC", "RUSGOV")])
    assert ("RUSGOV", "GBRGOV") in coded(doc, "016")


def test_a_denied_claim_without_a_coded_act_targets_the_first_actor_of_the_sentence() -> None:
    text = "تقول الشرطة الفرنسية إن الناشط اعتقل داخل السفارة، وهو ما تنفيه الجزائر."
    doc = build(text, [("الشرطة الفرنسية", "ORG", "FRACOP"), ("الجزائر", "LOC", "DZAGOV")])
    assert coded(doc, "016") == {("DZAGOV", "FRACOP")}


def test_a_pronoun_on_a_preposition_does_not_make_the_actor_after_it_an_object() -> None:
    text = "أعلنت الحكومة المصرية مبادرة جديدة لوقف القتال رحبت بها الجامعة العربية."
    doc = build(text, [("الحكومة المصرية", "ORG", "EGYGOV"), ("الجامعة العربية", "ORG", "IGOARL")])
    pairs = {(e.source.actor, e.target.actor) for e in events_of(doc)}
    assert ("IGOARL", "EGYGOV") in pairs  # the League welcomes the Egyptian initiative
    assert ("EGYGOV", "IGOARL") not in pairs  # not the government welcoming the League


def test_members_named_after_a_group_act_with_it() -> None:
    text = "هددت دول أوروبية على رأسها ألمانيا وإيطاليا الحكومة الليبية بفرض عقوبات."
    doc = build(
        text,
        [
            ("دول أوروبية", "LOC", "EUR"),
            ("ألمانيا", "LOC", "DEU"),
            ("إيطاليا", "LOC", "ITA"),
            ("الليبية", "LOC", "LBYGOV"),
        ],
    )
    sources = {source for source, target in coded(doc, "13") if target == "LBYGOV"}
    assert {"DEU", "ITA"} <= sources


def test_a_group_without_named_members_stays_one_actor() -> None:
    text = "هددت دول أوروبية الحكومة الليبية بفرض عقوبات، وقالت ألمانيا إنها تدرس الأمر."
    doc = build(text, [("دول أوروبية", "LOC", "EUR"), ("الليبية", "LOC", "LBYGOV"), ("ألمانيا", "LOC", "DEU")])
    assert ("DEU", "LBYGOV") not in coded(doc, "13")


def test_the_actor_after_sabaqa_li_is_the_subject_of_the_verb_after_an() -> None:
    text = "وسبق لدمشق أن رفضت اتهامات لندن لها بدعم الجماعات المسلحة."
    doc = build(text, [("لدمشق", "LOC", "SYRGOV"), ("لندن", "LOC", "GBRGOV")])
    assert ("SYRGOV", "GBRGOV") in coded(doc, "0")  # Damascus rejects London's accusations, not the reverse
    assert ("GBRGOV", "SYRGOV") not in coded(doc, "0")
