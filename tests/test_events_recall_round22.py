"""Recall of the twenty-second round: victims of a verb of harm written without vowels, with the violent act they
died in after them, are its patients, and the act's agent is whoever set it off. Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import build, coded, evidence_events


def test_victims_before_the_act_they_died_in_are_no_agents() -> None:
    # «قتل جنديان في انفجار»: the soldiers were killed; they bombed nothing, least of all the town nearby
    text = "وقتل جنديان كينيان في انفجار عبوة ناسفة قرب بلدة مانديرا."
    doc = build(text, [("كينيان", "LOC", "KENMIL"), ("مانديرا", "LOC", "KEN")])
    assert not coded(doc, "18")


def test_the_one_who_planted_the_mine_set_off_the_blast_that_killed_the_victims() -> None:
    text = "وقتل جنديان كينيان في انفجار عبوة ناسفة زرعها مسلحو حركة الشباب قرب بلدة مانديرا."
    doc = build(text, [("كينيان", "LOC", "KENMIL"), ("حركة الشباب", "ORG", "SOMREB"), ("مانديرا", "LOC", "KEN")])
    assert coded(doc, "18") == {("SOMREB", "KENMIL")}


@pytest.mark.parametrize("opener", ["في", "جراء", "إثر", "بعد"])
def test_a_cause_opened_after_the_victims_origin_and_a_date(opener: str) -> None:
    text = f"وقتل ثلاثة مدنيين من قرية واحدة، مساء الثلاثاء، {opener} انفجار عبوة زرعتها جماعة بوكو حرام في بورنو."
    doc = build(text, [("بوكو حرام", "ORG", "NGAREB"), ("بورنو", "LOC", "NGA")], timexes=[("الثلاثاء", "2021-07-20")])
    assert coded(doc, "18") == {("NGAREB", "NGACVL")}


def test_victims_before_the_verb_are_the_target_of_the_shelling_they_died_in() -> None:
    # «أن 30 مدنيا قتلوا في قصف مدفعي إثيوبي»: the adjective names the shelling's side, not whom the victims killed
    text = "وأفاد شهود أن 30 مدنيا من إقليم تيغراي قتلوا في قصف مدفعي إثيوبي على بلدة حدودية."
    doc = build(text, [("تيغراي", "LOC", "ETH"), ("إثيوبي", "LOC", "ETHMIL")])
    events = evidence_events(text, [("تيغراي", "LOC", "ETH"), ("إثيوبي", "LOC", "ETHMIL")])
    # told once, on the noun or on the passive «قُتلوا», always with the victims as the target
    assert all(target == "ETHCVL" for _, code, _, target in events if code.startswith("19"))
    assert all(source == "ETHMIL" for _, code, source, _ in events if code.startswith("19"))
    assert coded(doc, "19")


def test_a_strike_named_after_the_victims_of_a_passive_killing_targets_them() -> None:
    text = "وقتل خمسة مسلحين صوماليين، الأحد، جراء غارة للقوات الأمريكية على معسكر في جنوب الصومال."
    doc = build(
        text,
        [("صوماليين", "LOC", "SOMREB"), ("الأمريكية", "LOC", "USAMIL"), ("الصومال", "LOC", "SOM")],
        timexes=[("الأحد", "2021-07-18")],
    )
    assert coded(doc, "19") == {("USAMIL", "SOMREB")}


def test_a_cause_in_another_clause_takes_no_earlier_victims() -> None:
    # the rockets hurt others than the soldiers killed in the air strike before «في حين»
    text = "وقتل جنديان كينيان في غارة جوية صومالية، في حين أصيب مدنيان من جراء إطلاق قذائف من الحدود."
    doc = build(text, [("كينيان", "LOC", "KENMIL"), ("صومالية", "LOC", "SOMMIL")])
    assert ("SOMMIL", "KENMIL") in coded(doc, "19")
    assert not any(target == "KENMIL" for source, target in coded(doc, "19") if source != "SOMMIL")


def test_a_named_subject_before_a_verb_of_harm_still_acts() -> None:
    # a named group before the verb did the killing in the attack; the soldiers after it are its object
    text = "وقالت الشرطة إن حركة الشباب قتلت في هجوم ليلي ثلاثة جنود كينيين في مقديشو."
    doc = build(text, [("حركة الشباب", "ORG", "SOMREB"), ("كينيين", "LOC", "KENMIL"), ("مقديشو", "LOC", "SOM")])
    assert ("SOMREB", "KENMIL") in coded(doc, "19") | coded(doc, "18")
    assert not any(target == "SOMREB" for _, target in coded(doc, "18") | coded(doc, "19"))


def test_a_verb_of_arriving_lends_its_subject_to_the_visit_after_it() -> None:
    text = "ووصل رئيس وزراء النرويج إلى نيروبي في زيارة رسمية لكينيا تستغرق ثلاثة أيام."
    doc = build(text, [("النرويج", "LOC", "NORGOV"), ("نيروبي", "LOC", "KEN"), ("لكينيا", "LOC", "KEN")])
    assert coded(doc, "04") == {("NORGOV", "KEN")}


def test_a_verb_of_going_lends_its_subject_to_the_meeting_it_goes_to() -> None:
    text = "ويتوجه وزير الخارجية الكيني إلى كمبالا للقاء نظيره الأوغندي."
    doc = build(text, [("الكيني", "LOC", "KENGOV"), ("كمبالا", "LOC", "UGA"), ("الأوغندي", "LOC", "UGAGOV")])
    assert ("KENGOV", "UGAGOV") in coded(doc, "04") | coded(doc, "03")


def test_a_visit_with_no_place_of_its_own_goes_where_its_arriving_verb_goes() -> None:
    text = "ووصل وزير الخارجية الصيني، مساء الأحد، إلى الخرطوم في زيارة تستغرق ثلاثة أيام."
    doc = build(text, [("الصيني", "LOC", "CHNGOV"), ("الخرطوم", "LOC", "SDN")], timexes=[("مساء الأحد", "2021-07-18")])
    assert coded(doc, "04") == {("CHNGOV", "SDN")}


@pytest.mark.parametrize(
    "text",
    [
        "وألقت الشرطة الأوغندية القبض على صحفي كيني.",
        "وألقت قوات الأمن الأوغندية مساء السبت القبض على صحفي كيني.",
        "وذكر بيان أن الشرطة الأوغندية ألقت القبض على صحفي كيني.",
    ],
)
def test_an_arrest_written_with_its_subject_inside_the_fixed_phrase(text: str) -> None:
    doc = build(text, [("الأوغندية", "LOC", "UGACOP"), ("كيني", "LOC", "KENMED")])
    assert coded(doc, "17") == {("UGACOP", "KENMED")}


def test_a_patron_named_by_an_adverb_gives_the_backed_forces_no_country() -> None:
    # «المدعوم كينيا»: backed by Kenya; the army and the fighters it meets are Somalia's
    text = "ودارت في بلدة كسمايو بالصومال مواجهات بين الجيش المدعوم كينيا والمسلحين."
    doc = build(text, [("كسمايو", "LOC", "SOM"), ("الصومال", "LOC", "SOM"), ("كينيا", "LOC", "KEN")])
    assert coded(doc, "19") == {("SOMMIL", "SOMREB"), ("SOMREB", "SOMMIL")}


@pytest.mark.parametrize("link", ["ما أسفر عن", "مما أدى إلى"])
def test_the_victims_of_a_result_are_the_target_of_the_act_before_it(link: str) -> None:
    text = f"وقصفت طائرات إثيوبية قرية قرب الحدود، {link} مقتل عشرة مدنيين صوماليين."
    doc = build(text, [("إثيوبية", "LOC", "ETHMIL"), ("صوماليين", "LOC", "SOMCVL")])
    assert coded(doc, "19") == {("ETHMIL", "SOMCVL")}
