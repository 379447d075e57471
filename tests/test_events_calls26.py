"""Round 26 (evcall26): the one an appeal or demand is addressed to."""

from __future__ import annotations

from events_helpers import build, events_of, summary


def test_an_aside_on_the_one_called_on_does_not_cut_the_call_from_its_act() -> None:
    text = "ودعا وزير الخارجية الفرنسي روسيا، التي تدعم النظام السوري، إلى وقف الغارات على إدلب."
    entities = [
        ("وزير الخارجية الفرنسي", "PERS", "FRAGOV"),
        ("روسيا", "LOC", "RUS"),
        ("النظام السوري", "ORG", "SYRGOV"),
        ("إدلب", "LOC", "SYR"),
    ]
    got = summary(events_of(build(text, entities)))
    assert ("0256", "FRAGOV", "RUS") in got  # a call to stop strikes, not a bare 020
    assert ("051", "RUS", "SYRGOV") in got  # the aside's own act stays


def test_an_apposition_between_commas_after_the_one_called_on() -> None:
    text = "وحث الرئيس الأمريكي إيران، حليفة دمشق، على وقف الهجمات في سوريا."
    entities = [("الرئيس الأمريكي", "PERS", "USAGOV"), ("إيران", "LOC", "IRN"), ("دمشق", "LOC", "SYRGOV")]
    got = summary(events_of(build(text, entities)))
    assert ("0256", "USAGOV", "IRN") in got
    assert not any(code == "020" for code, _s, _t in got)


def test_an_aside_not_closed_before_the_link_keeps_the_old_reading() -> None:
    # the comma after the aside opens a new clause, no link of a call: the aside's verb is no act called for
    text = "ودعا الوزير الفرنسي روسيا، التي تدعم النظام السوري، وقال إن الغارات على إدلب مستمرة."
    entities = [("الوزير الفرنسي", "PERS", "FRAGOV"), ("روسيا", "LOC", "RUS"), ("النظام السوري", "ORG", "SYRGOV")]
    got = summary(events_of(build(text, entities)))
    assert not any(code.startswith("025") for code, _s, _t in got)


def test_an_uncoded_collective_called_on_is_no_target_taken_from_the_act() -> None:
    text = "وطالب الرئيس الفلسطيني المجتمع الدولي بوقف الغارات الإسرائيلية على غزة."
    entities = [("الرئيس الفلسطيني", "PERS", "PSEGOV"), ("الإسرائيلية", "LOC", "ISR"), ("غزة", "LOC", "PSE")]
    got = summary(events_of(build(text, entities)))
    assert not any(code.startswith("10") and target in ("ISR", "PSE") for code, _s, target in got)
    # the demand itself stands, addressed to no coded actor
    assert any(code.startswith("10") and source == "PSEGOV" and target is None for code, source, target in got)


def test_a_named_addressee_keeps_the_call_and_its_target() -> None:
    text = "وطالب الرئيس الفلسطيني الأمم المتحدة بوقف الغارات الإسرائيلية على غزة."
    entities = [
        ("الرئيس الفلسطيني", "PERS", "PSEGOV"),
        ("الأمم المتحدة", "ORG", "IGOUNO"),
        ("الإسرائيلية", "LOC", "ISR"),
        ("غزة", "LOC", "PSE"),
    ]
    got = summary(events_of(build(text, entities)))
    assert any(code.startswith("10") and target == "IGOUNO" for code, _s, target in got)


def test_a_call_with_no_addressee_still_targets_the_act_called_off() -> None:
    text = "ودعا الرئيس الفلسطيني إلى وقف الغارات الإسرائيلية على غزة."
    entities = [("الرئيس الفلسطيني", "PERS", "PSEGOV"), ("الإسرائيلية", "LOC", "ISR"), ("غزة", "LOC", "PSE")]
    assert ("0256", "PSEGOV", "ISR") in summary(events_of(build(text, entities)))


def test_an_aside_after_a_caller_written_before_its_verb() -> None:
    text = "وكانت الولايات المتحدة قد دعت التحالف العربي، الذي تقوده السعودية، إلى تحقيق شامل في الهجوم."
    entities = [("الولايات المتحدة", "LOC", "USA"), ("التحالف العربي", "ORG", "SAUMIL"), ("السعودية", "LOC", "SAU")]
    assert ("0213", "USA", "SAUMIL") in summary(events_of(build(text, entities)))
