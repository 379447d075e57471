"""Round 27 (evdoc27): acts told in a relative clause on a noun of something said («بيانا أدان فيه», «في كلمة اتهم
فيها»), whose subject is the one who issued it or said it in it."""

from __future__ import annotations

from events_helpers import build, events_of, summary


def test_the_subject_of_a_verb_issuing_a_statement_condemns_in_it() -> None:
    text = "وأصدرت وزارة الخارجية القطرية بيانا رسميا أدانت فيه الغارات الروسية على إدلب."
    entities = [("وزارة الخارجية القطرية", "ORG", "QATGOV"), ("الروسية", "LOC", "RUS"), ("إدلب", "LOC", "SYR")]
    got = summary(events_of(build(text, entities)))
    assert ("111", "QATGOV", "RUS") in got  # the one condemned is who carried out the raids
    assert ("111", "QATGOV", "SYR") not in got


def test_who_spoke_in_a_speech_accuses_in_it() -> None:
    text = "وقال رئيس الوزراء الباكستاني في كلمة متلفزة اتهم فيها الهند بدعم المتمردين إن بلاده لن تصمت."
    entities = [("رئيس الوزراء الباكستاني", "PERS", "PAKGOV"), ("الهند", "LOC", "IND")]
    got = summary(events_of(build(text, entities)))
    assert any(code.startswith("112") and (s, t) == ("PAKGOV", "IND") for code, s, t in got)


def test_who_posted_a_tweet_threatens_in_it() -> None:
    text = "ونشر رئيس الوزراء الإسرائيلي تغريدة هدد فيها حزب الله اللبناني."
    entities = [("رئيس الوزراء الإسرائيلي", "PERS", "ISRGOV"), ("حزب الله اللبناني", "ORG", "LBNPTY")]
    got = summary(events_of(build(text, entities)))
    assert any(code.startswith("13") and (s, t) == ("ISRGOV", "LBNPTY") for code, s, t in got)


def test_who_gave_a_speech_criticises_in_it() -> None:
    text = "وألقى وزير الخارجية الألماني خطابا انتقد فيه تركيا."
    entities = [("وزير الخارجية الألماني", "PERS", "DEUGOV"), ("تركيا", "LOC", "TUR")]
    got = summary(events_of(build(text, entities)))
    assert ("111", "DEUGOV", "TUR") in got


def test_a_subject_written_before_the_issuing_verb_and_a_date_after_the_statement() -> None:
    text = "وكان الاتحاد الأفريقي قد أصدر بيانا يوم الخميس دعا فيه حركة الشباب إلى وقف الهجمات."
    entities = [("الاتحاد الأفريقي", "ORG", "IGOAFR"), ("حركة الشباب", "ORG", "SOMREB")]
    got = summary(events_of(build(text, entities, timexes=[("يوم الخميس", "2021-07-22")])))
    assert any(code.startswith("02") and (s, t) == ("IGOAFR", "SOMREB") for code, s, t in got)
