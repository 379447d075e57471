"""Envoys and representatives: the adjective of an organisation names their employer («المبعوث الأممي»), and a
destination after «إلى» or «لدى» is their host, not their country. ISIS provinces are ISIS. Sentences written for
these tests."""

from __future__ import annotations

from rasd.pipeline import analyze
from test_actors import actor_of, run


def test_an_organisation_adjective_before_a_name_is_the_persons_employer() -> None:
    doc = run("وقال المبعوث الأممي جون سميث إن الأطراف تريد السلام.", [("الأممي", "LOC"), ("جون سميث", "PERS")])
    actor = actor_of(doc, "جون سميث")
    assert actor is not None and actor.cameo == "IGOUNO"


def test_the_destination_of_an_envoy_is_his_host_not_his_country() -> None:
    doc = run(
        "وقال المبعوث الأمريكي إلى سوريا جيمس ويلكنز إن بلاده تريد السلام.",
        [("الأمريكي", "LOC"), ("سوريا", "LOC"), ("جيمس ويلكنز", "PERS")],
    )
    actor = actor_of(doc, "جيمس ويلكنز")
    assert actor is not None and actor.cameo == "USAGOV"
    doc = run(
        "وقال مبعوث الأمم المتحدة إلى اليمن جون سميث إن الأطراف تريد السلام.",
        [("الأمم المتحدة", "ORG"), ("اليمن", "LOC"), ("جون سميث", "PERS")],
    )
    actor = actor_of(doc, "جون سميث")
    assert actor is not None and actor.cameo == "IGOUNO"


def test_an_isis_province_is_isis() -> None:
    doc = run("وأعلنت ولاية سيناء مسؤوليتها عن الهجوم.", [("ولاية سيناء", "ORG")])
    actor = actor_of(doc, "ولاية سيناء")
    assert actor is not None and actor.cameo == "IMGMUSISI"


def test_iraqi_blocs_kurdish_forces_and_libyan_bodies_are_known_organisations() -> None:
    doc = analyze(
        "وقال النائب عن ائتلاف دولة القانون إن قوات البيشمركة ستشارك في معركة الموصل.", published="2015-08-10"
    )
    codes = {e.text: e.actor.cameo if e.actor else None for e in doc.entities}
    assert codes.get("ائتلاف دولة القانون") == "IRQLEG"
    assert codes.get("قوات البيشمركة") == "IRQMIL"
    doc = analyze("وأعلنت حكومة الوفاق الوطني حالة الطوارئ في طرابلس.", published="2018-08-10")
    assert any(e.text == "حكومة الوفاق الوطني" and e.actor and e.actor.cameo == "LBYGOV" for e in doc.entities)
