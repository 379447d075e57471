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
