"""Round 29: an organisation found again by its bare noun, or by its name with a possessive pronoun on the noun."""

from __future__ import annotations

from events_helpers import build, coded


def test_titled_organisation_found_again_by_its_noun() -> None:
    # the entity stage finds only the country adjective; the noun before it names the body
    text = (
        "منحت الأكاديمية الملكية النرويجية جائزتها السنوية لكاتب شاب. "
        "وانتقد الرئيس الفرنسي الأكاديمية بشدة بسبب اختيارها."
    )
    doc = build(text, [("النرويجية", "LOC", "NOREDU"), ("الفرنسي", "LOC", "FRAGOV")])
    assert ("FRAGOV", "NOREDU") in coded(doc, "11")


def test_party_with_a_possessive_pronoun() -> None:
    text = (
        "وفاز الحزب الديمقراطي بأغلبية المقاعد في المجلس. "
        "وانتقد السيناتور جون سميث حزبه الديمقراطي بسبب موقفه من الضرائب."
    )
    doc = build(text, [("الحزب الديمقراطي", "ORG", "USAPTY"), ("جون سميث", "PERS", "USALEG")])
    assert ("USALEG", "USAPTY") in coded(doc, "11")


def test_the_rest_of_the_name_says_which_of_two_parties() -> None:
    text = (
        "وتنافس الحزب الجمهوري والحزب الديمقراطي على المقاعد. "
        "وانتقد السيناتور جون سميث الحزب الجمهوري بشدة بسبب موقفه من الضرائب."
    )
    doc = build(
        text,
        [("الحزب الجمهوري", "ORG", "USAGOV"), ("الحزب الديمقراطي", "ORG", "USAPTY"), ("جون سميث", "PERS", "USALEG")],
    )
    assert ("USALEG", "USAGOV") in coded(doc, "11")
    assert ("USALEG", "USAPTY") not in coded(doc, "11")


def test_noun_with_an_adjective_of_its_own_is_another_body() -> None:
    text = "وعقد مجلس الأمن جلسة طارئة في نيويورك. وانتقد السيناتور جون سميث المجلس الوطني بشدة بسبب موقفه من الضرائب."
    doc = build(text, [("مجلس الأمن", "ORG", "IGOUNO"), ("جون سميث", "PERS", "USALEG")])
    assert ("USALEG", "IGOUNO") not in coded(doc, "11")
