"""Round 27 (evlist27): one event per listed actor — a list whose members each carry a qualifier of backing or
belonging («X الداعمة لـ... وY المؤيدة لـ...»). Sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, coded


def test_members_each_with_a_qualifier_are_one_list() -> None:
    text = "وانتقدت فرنسا المتحالفة مع واشنطن وألمانيا المؤيدة لبريطانيا الحكومة الإيرانية."
    doc = build(
        text,
        [
            ("فرنسا", "LOC", "FRA"),
            ("واشنطن", "LOC", "USAGOV"),
            ("وألمانيا", "LOC", "DEU"),
            ("بريطانيا", "LOC", "GBR"),
            ("الإيرانية", "LOC", "IRNGOV"),
        ],
    )
    pairs = coded(doc, "11")
    assert "DEU" in {source for source, _ in pairs}  # Germany criticises too
    assert ("FRA", "DEU") not in pairs  # it is no target of the French criticism


def test_a_meeting_of_qualified_members_pairs_every_member() -> None:
    text = "وعقد أمس اجتماع بين قادة الصين وباكستان الداعمتين للحكومة الأفغانية والهند المؤيدة لحركة المعارضة."
    doc = build(
        text,
        [
            ("الصين", "LOC", "CHN"),
            ("وباكستان", "LOC", "PAK"),
            ("الأفغانية", "LOC", "AFGGOV"),
            ("والهند", "LOC", "IND"),
            ("لحركة المعارضة", "ORG", "AFGREB"),
        ],
    )
    # India is a party to the meeting, not only listed in what qualifies the other two
    partners = {code for pair in coded(doc, "04") if "IND" in pair for code in pair if code != "IND"}
    assert {"CHNGOV", "PAKGOV"} <= partners
