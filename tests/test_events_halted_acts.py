"""Round 28 (evprec28): a violent act halted or suspended is a de-escalation (087), no attack."""

from __future__ import annotations

from events_helpers import build, events_of, summary


def test_operations_halted_by_their_agent_are_de_escalation_not_a_halt_aimed_at() -> None:
    text = "أوقف الجيش الأمريكي عملياته ضد تنظيم داعش شرقي سوريا."
    entities = [("الجيش الأمريكي", "ORG", "USAMIL"), ("تنظيم داعش", "ORG", "IMGMUSISI"), ("سوريا", "LOC", "SYR")]
    got = summary(events_of(build(text, entities)))
    assert ("087", "USAMIL", "IMGMUSISI") in got
    assert not any(code.startswith("19") for code, _s, _t in got)
    # «لوقف»: a halt sought, not made; the offensive goes on
    text = "وتبذل مصر جهودا لوقف هجوم القوات التركية على مدينة عفرين."
    entities = [("مصر", "LOC", "EGY"), ("القوات التركية", "ORG", "TURMIL"), ("عفرين", "LOC", "SYR")]
    got = summary(events_of(build(text, entities)))
    assert not any(code == "087" for code, _s, _t in got)


def test_an_offensive_suspended_not_one_stopped_by_someone_else() -> None:
    text = "وأعلنت الحكومة التركية تعليق هجومها على مدينة منبج لإفساح المجال أمام المفاوضات."
    entities = [("الحكومة التركية", "ORG", "TURGOV"), ("منبج", "LOC", "SYR")]
    got = summary(events_of(build(text, entities)))
    assert not any(code.startswith("19") for code, _s, _t in got)
    assert any(code == "087" and source == "TURGOV" for code, source, _t in got)
    # the police stopped the attacker's attack by force: the attack was made
    text = "وأوقفت الشرطة البلجيكية الهجوم بعد أن أطلقت النار على المهاجم في بروكسل."
    entities = [("الشرطة البلجيكية", "ORG", "BELCOP"), ("بروكسل", "LOC", "BEL")]
    got = summary(events_of(build(text, entities)))
    assert not any(code == "087" for code, _s, _t in got)


def test_confronting_activities_or_rumours_is_no_force() -> None:
    # «تتصدى لأنشطة ...»: countering a policy or an influence, no fighting; an armed attack confronted stays
    text = "وقال الوزير إن الحكومة البريطانية تتصدى لأنشطة إيرانية تهدد استقرار المنطقة."
    entities = [("الوزير", "PERS", None), ("الحكومة البريطانية", "ORG", "GBRGOV"), ("إيرانية", "LOC", "IRN")]
    got = summary(events_of(build(text, entities)))
    assert not any(code.startswith("19") for code, _s, _t in got)
    # rumours aimed at a state are no attack on it
    text = "وأكدت الكويت وقوفها مع قطر في وجه شائعات وأكاذيب تستهدفها منذ أسابيع."
    entities = [("الكويت", "LOC", "KWT"), ("قطر", "LOC", "QAT")]
    got = summary(events_of(build(text, entities)))
    assert not any(code.startswith("19") for code, _s, _t in got)
    text = "وتصدت القوات العراقية لهجوم شنه مسلحو تنظيم داعش على بلدة حديثة."
    entities = [("القوات العراقية", "ORG", "IRQMIL"), ("تنظيم داعش", "ORG", "IMGMUSISI"), ("حديثة", "LOC", "IRQ")]
    got = summary(events_of(build(text, entities)))
    assert ("190", "IRQMIL", "IMGMUSISI") in got


def test_destroying_trust_or_chemical_weapons_is_no_attack() -> None:
    text = "واتهم وزير الخارجية الفرنسي الرئيس الأمريكي بتدمير الثقة بين باريس وواشنطن."
    entities = [
        ("وزير الخارجية الفرنسي", "PERS", "FRAGOV"),
        ("الرئيس الأمريكي", "PERS", "USAGOV"),
        ("باريس", "LOC", "FRAGOV"),
        ("واشنطن", "LOC", "USAGOV"),
    ]
    got = summary(events_of(build(text, entities)))
    assert not any(code.startswith("17") for code, _s, _t in got)
    text = "وأشرفت الأمم المتحدة على تدمير الأسلحة الكيماوية الليبية في ألمانيا."
    entities = [("الأمم المتحدة", "ORG", "IGOUNO"), ("الليبية", "LOC", "LBY"), ("ألمانيا", "LOC", "DEU")]
    got = summary(events_of(build(text, entities)))
    assert not any(code.startswith("17") for code, _s, _t in got)
    # a building destroyed is still destroyed
    text = "ودمرت طائرات التحالف منزل قائد ميليشيا الحوثي في صعدة."
    entities = [("التحالف", "ORG", "SAUMIL"), ("ميليشيا الحوثي", "ORG", "YEMREB"), ("صعدة", "LOC", "YEM")]
    got = summary(events_of(build(text, entities)))
    assert any(code.startswith("17") for code, _s, _t in got)
