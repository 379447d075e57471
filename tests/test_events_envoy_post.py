"""The place of an envoy's or representative's post («مبعوث الأمم المتحدة إلى اليمن») belongs to the subject's title
and is no target of the verb (round 25). Sentences written for these tests."""

from __future__ import annotations

import rasd
from rasd.doc import record_to_dict


def _pairs(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = rasd.analyze(text)
    out = set()
    for event in doc.events:
        row = record_to_dict(event)
        source, target = row.get("source") or {}, row.get("target") or {}
        out.add((row["cameo"], source.get("actor"), target.get("actor")))
    return out


def test_the_place_of_an_envoys_post_is_no_target() -> None:
    pairs = _pairs("انتقد مبعوث الأمم المتحدة إلى اليمن الحوثيين بسبب عرقلة المفاوضات.")
    assert ("111", "IGOUNO", "YEMREB") in pairs
    assert not any(target == "YEM" for _, _, target in pairs)


def test_the_object_after_the_post_and_the_envoys_name_is_the_target() -> None:
    pairs = _pairs("واتهم السفير الصيني لدى لندن، لي مينغ، بريطانيا بالتدخل في الشؤون الداخلية.")
    assert any(target is not None and target.startswith("GBR") for _, _, target in pairs)
    assert not any(source == target for _, source, target in pairs)


def test_a_visits_destination_after_an_envoy_stays_the_target() -> None:
    pairs = _pairs("وتأتي زيارة المبعوث الصيني إلى واشنطن بعد أسبوع من المحادثات.")
    assert any(root == "042" and target is not None and target.startswith("USA") for root, _, target in pairs)


def test_a_place_after_a_subject_with_no_envoys_title_is_still_the_target() -> None:
    pairs = _pairs("ودعا المبعوث الأممي اليمن إلى وقف القتال.")
    assert any(target == "YEM" for _, _, target in pairs)
    pairs = _pairs("وانتقد وزير الخارجية الفرنسي إيران بسبب برنامجها الصاروخي.")
    assert any(target == "IRN" for _, _, target in pairs)
