"""Recall of the seventeenth round: constructions of Arabic news the coder read only in part.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_asides_in_a_row_after_the_subject_leave_the_object_after_them() -> None:
    text = "وانتقدت النمسا، العضو في الاتحاد الأوروبي، على لسان وزيرها، الحكومة المجرية بشدة."
    doc = build(
        text, [("النمسا", "LOC", "AUT"), ("الاتحاد الأوروبي", "ORG", "IGOEUR"), ("الحكومة المجرية", "ORG", "HUNGOV")]
    )
    assert coded(doc, "11") == {("AUT", "HUNGOV")}


def test_a_judging_verb_reaches_its_act_across_asides_in_a_row() -> None:
    text = "وأدانت البرتغال، العضو في الاتحاد الأوروبي، في بيان رسمي، الغارات الروسية على المدينة."
    doc = build(
        text,
        [("البرتغال", "LOC", "PRT"), ("الاتحاد الأوروبي", "ORG", "IGOEUR"), ("الروسية", "LOC", "RUSMIL")],
    )
    assert ("PRT", "RUSMIL") in coded(doc, "11")


def test_a_single_aside_still_reads_as_before() -> None:
    text = "وانتقدت النمسا، في بيان، الحكومة المجرية بشدة."
    doc = build(text, [("النمسا", "LOC", "AUT"), ("الحكومة المجرية", "ORG", "HUNGOV")])
    assert coded(doc, "11") == {("AUT", "HUNGOV")}


def test_an_attack_a_relative_clause_says_took_place_falls_on_the_country_of_its_place() -> None:
    text = "وارتفعت حصيلة التفجير الذي وقع في سوق شعبي في بيشاور مساء أمس إلى ثلاثين قتيلا."
    doc = build(text, [("بيشاور", "LOC", "PAK")])
    assert coded(doc, "18") == {(None, "PAK")}


def test_an_adjective_of_the_attack_names_no_agent() -> None:
    text = "وارتفعت حصيلة الهجوم الإرهابي الذي وقع في مدينة بيشاور إلى عشرين قتيلا."
    doc = build(text, [("بيشاور", "LOC", "PAK")])
    assert coded(doc, "18") == {(None, "PAK")}


def test_an_attack_claimed_by_an_actor_of_the_clause_is_not_placed() -> None:
    text = "وتبنت حركة طالبان الباكستانية التفجير الذي وقع في مدينة بيشاور."
    doc = build(text, [("حركة طالبان الباكستانية", "ORG", "PAKINS"), ("بيشاور", "LOC", "PAK")])
    assert (None, "PAK") not in coded(doc, "18")


def test_an_attack_only_planned_is_not_placed() -> None:
    text = "وارتفعت حصيلة التفجير الذي كان سيقع في بيشاور."
    doc = build(text, [("بيشاور", "LOC", "PAK")])
    assert not coded(doc, "18")


def test_an_unvowelled_verb_of_deporting_with_its_object_is_an_expulsion() -> None:
    text = "ورحلت السلطات الإيطالية عشرات المهاجرين التونسيين الأسبوع الماضي."
    doc = build(text, [("السلطات الإيطالية", "ORG", "ITAGOV"), ("التونسيين", "LOC", "TUNCVL")])
    assert coded(doc, "17") == {("ITAGOV", "TUNCVL")}


def test_the_same_letters_meaning_to_leave_or_to_pass_away_code_nothing() -> None:
    for text in ("ورحل الشاعر التونسي عن عالمنا أمس.", "وقال المعارض إن على الرئيس التونسي أن يرحل."):
        doc = build(text, [("التونسي", "LOC", "TUN")])
        assert not coded(doc, "17"), text


def test_a_killing_noun_with_an_agent_phrase_is_the_act() -> None:
    for marker in ("برصاص", "على يد"):
        text = f"وأعلنت وزارة الصحة مقتل أربعة متظاهرين سودانيين {marker} قوات الأمن السودانية في أم درمان."
        doc = build(text, [("سودانيين", "LOC", "SDNCVL"), ("قوات الأمن السودانية", "ORG", "SDNCOP")])
        events = coded(doc, "17") | coded(doc, "18") | coded(doc, "19")
        assert events == {("SDNCOP", "SDNCVL")}, marker


def test_a_killing_noun_with_no_agent_stays_a_death_report() -> None:
    text = "وأعلنت وزارة الصحة مقتل أربعة مدنيين سودانيين في أم درمان."
    doc = build(text, [("وزارة الصحة", "ORG", "SDNGOV"), ("سودانيين", "LOC", "SDNCVL")])
    assert not (coded(doc, "17") | coded(doc, "18") | coded(doc, "19"))


def test_who_leads_an_attack_or_supervises_operations_does_them() -> None:
    entities = [("جماعة أنصار الدين", "ORG", "MLIREB"), ("الجيش المالي", "ORG", "MLIMIL")]
    for text in (
        "وقاد قيادي في جماعة أنصار الدين هجمات على مواقع الجيش المالي.",
        "وأشرف قيادي في جماعة أنصار الدين على هجمات ضد الجيش المالي.",
    ):
        assert coded(build(text, entities), "19") == {("MLIREB", "MLIMIL")}, text


def test_leading_to_an_act_is_not_doing_it() -> None:
    text = "وعرضت الشرطة الماليزية مكافأة على معلومات تقود إلى اعتقال المسؤولين عن التفجير."
    doc = build(text, [("الشرطة الماليزية", "ORG", "MYSCOP"), ("المسؤولين", "MISC", "MYSGOV")])
    assert not coded(doc, "17")
