"""Word senses of round 24 (trigger recall): a siege or blockade imposed or laid («فرض/ضرب حصارا على») is CAMEO 191
(impose blockade, restrict movement), an economic one («حصارا اقتصاديا») an embargo (163), and sanctions imposed
stay 163. Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of, summary


def test_siege_imposed_on_a_city_is_a_blockade() -> None:
    text = "وفرضت القوات الحكومية حصارا خانقا على مسلحي حركة الشباب في بلدة جلب."
    doc = build(text, [("القوات الحكومية", "ORG", "SOMMIL"), ("حركة الشباب", "ORG", "SOMREB")])
    assert ("191", "SOMMIL", "SOMREB") in summary(events_of(doc))
    assert not [e for e in events_of(doc) if e.cameo.startswith("16")]


def test_siege_laid_with_daraba() -> None:
    text = "وضربت القوات الإثيوبية حصارا على مقاتلي جبهة تحرير تيغراي."
    doc = build(text, [("القوات الإثيوبية", "ORG", "ETHMIL"), ("جبهة تحرير تيغراي", "ORG", "ETHREB")])
    assert ("191", "ETHMIL", "ETHREB") in summary(events_of(doc))


def test_economic_siege_is_an_embargo() -> None:
    text = "وفرضت الدول الأربع حصارا اقتصاديا على قطر منذ يونيو."
    doc = build(text, [("قطر", "LOC", "QAT")])
    codes = {e.cameo for e in events_of(doc)}
    assert "191" not in codes


def test_sanctions_imposed_stay_an_embargo() -> None:
    text = "وفرضت كندا عقوبات جديدة على الحكومة الفنزويلية."
    doc = build(text, [("كندا", "LOC", "CAN"), ("الحكومة الفنزويلية", "ORG", "VENGOV")])
    assert ("163", "CAN", "VENGOV") in summary(events_of(doc))


def test_round_of_talks_is_no_tour_and_takes_the_holders() -> None:
    text = "وعقدت الحكومة الكولومبية ومتمردو جيش التحرير الوطني جولة جديدة من المفاوضات في هافانا."
    doc = build(
        text,
        [("الحكومة الكولومبية", "ORG", "COLGOV"), ("جيش التحرير الوطني", "ORG", "COLREB"), ("هافانا", "LOC", "CUB")],
    )
    events = events_of(doc)
    assert not [e for e in events if e.cameo.startswith("042")]
    pairs = {(e.source.actor, e.target.actor) for e in events if e.cameo == "046"}
    assert pairs & {("COLGOV", "COLREB"), ("COLREB", "COLGOV")}


def test_second_round_of_talks_keeps_the_sides_after_bayna() -> None:
    text = "واستضافت النرويج الجولة الثانية من المحادثات بين الحكومة الفلبينية والمتمردين الشيوعيين."
    doc = build(
        text,
        [("النرويج", "LOC", "NOR"), ("الحكومة الفلبينية", "ORG", "PHLGOV"), ("المتمردين الشيوعيين", "ORG", "PHLREB")],
    )
    pairs = {(e.source.actor, e.target.actor) for e in events_of(doc) if e.cameo.startswith("04")}
    assert pairs & {("PHLGOV", "PHLREB"), ("PHLREB", "PHLGOV")}


def test_promise_reaches_the_talks_across_the_round() -> None:
    text = (
        "ووعد مبعوث الأمم المتحدة إلى ليبيا، الوزير اللبناني السابق غسان سلامة، مجلس الأمن بإجراء جولة جديدة من"
        " المفاوضات في تونس."
    )
    doc = build(
        text,
        [
            ("الأمم المتحدة", "ORG", "IGOUNO"),
            ("ليبيا", "LOC", "LBY"),
            ("اللبناني", "LOC", "LBNGOV"),
            ("غسان سلامة", "PERS", "IGOUNO"),
            ("مجلس الأمن", "ORG", "IGOUNO"),
            ("تونس", "LOC", "TUN"),
        ],
    )
    events = events_of(doc)
    assert {e.cameo for e in events} == {"036"}
    assert all(e.modality == "intent" and e.source is not None and e.source.actor == "IGOUNO" for e in events)
