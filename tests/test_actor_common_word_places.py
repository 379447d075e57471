"""Places of the gazetteer whose Arabic spelling is a common noun once normalised are dropped by the curated place
list: a word the tagger takes for a place must not turn into a foreign country."""

from __future__ import annotations

import rasd
from rasd.actors.kb import knowledge_base


def test_the_state_is_no_indian_town() -> None:
    assert not [entry for entry in knowledge_base().lookup("الدولة") if entry.country == "IND"]
    doc = rasd.analyze("واشترى رجل أعمال أراضي مملوكة للدولة بسعر مخفض في طوكيو.", published="2018-06-04")
    assert not [e for e in doc.entities if e.actor is not None and e.actor.cameo.startswith("IND")]


def test_quality_is_no_dutch_town() -> None:
    assert not [entry for entry in knowledge_base().lookup("جودة") if entry.country == "NLD"]
