"""The seed article, end to end through the default pipeline: every event it reports, coded right.

The article is read from ../shared at test time (never copied here); the test is skipped without it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from rasd.doc import Doc, Event
from rasd.pipeline import analyze

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_b4213ac8ddd93d18.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not available")


@cache
def seed_doc() -> Doc:
    return analyze(SEED.read_text(encoding="utf-8"))


def country(code: str | None) -> str | None:
    return code[:3] if code else None


def find(cameo_prefix: str, source: str, target: str, *, evidence: str | None = None) -> Event:
    """The event with this code prefix between these countries (either order for meetings and agreements)."""
    doc = seed_doc()
    found = []
    for event in doc.events:
        pair = (country(event.source.actor), country(event.target.actor))
        symmetric = cameo_prefix.startswith(("04", "057"))
        if not event.cameo.startswith(cameo_prefix):
            continue
        if pair != (source, target) and not (symmetric and pair == (target, source)):
            continue
        if evidence is not None and evidence not in doc.text[event.evidence.start : event.evidence.end]:
            continue
        found.append(event)
    coded = [(e.cameo, e.source.actor, e.target.actor) for e in doc.events]
    assert found, f"no {cameo_prefix} event {source} -> {target} in {coded}"
    return found[0]


def test_pledge_of_free_construction_aid_is_intent_to_provide_military_aid() -> None:
    event = find("0332", "RUS", "TJK", evidence="ستساعد")
    assert event.modality == "intent" and not event.negated
    assert event.date.value == "2021-07-22" and event.date.basis == "quote"
    assert event.plover.type == "AGREE" and event.plover.context == ("military",)
    assert event.quote is not None


def test_putin_rahmon_phone_call_in_early_july() -> None:
    event = find("041", "RUS", "TJK")
    assert event.source.actor == "RUSGOV" and event.target.actor == "TJKGOV"
    assert event.date.value == "2021-07" and event.date.basis == "timex"
    assert event.plover.mode == "phone"


def test_intergovernmental_agreement_being_prepared() -> None:
    event = find("03", "RUS", "TJK", evidence="توقيع")
    assert event.modality == "intent"
    assert event.source.actor == "RUSGOV"


def test_ambassadors_conditional_threat_against_militants() -> None:
    event = find("138", "RUS", "AFG")
    assert event.source.actor == "RUSMIL"
    assert event.modality == "conditional"
    assert event.plover.type == "THREATEN"


def test_taliban_offensive_against_government_forces() -> None:
    event = find("190", "AFG", "AFG")
    taliban_attacks = [e for e in seed_doc().events if e.cameo.startswith("19") and e.source.actor == "AFGINS"]
    assert taliban_attacks, event
    assert any(
        e.target.actor and e.target.actor.startswith("AFG") and e.target.actor != "AFGINS" for e in taliban_attacks
    )


def test_planned_us_withdrawal_by_september_11() -> None:
    event = find("0356", "USA", "AFG")
    assert event.modality == "intent"
    assert (event.date.value, event.date.basis) == ("2021-09-11", "timex")


def test_2020_us_taliban_agreement_in_doha() -> None:
    event = find("057", "USA", "AFG")
    assert {event.source.actor, event.target.actor} == {"USAGOV", "AFGINS"}
    assert (event.date.value, event.date.basis) == ("2020", "timex")
    assert event.location is not None and event.location.country == "QAT"
    assert event.location.lat is not None and event.location.lon is not None


def test_intra_afghan_negotiations_in_qatar_in_september_2020() -> None:
    event = find("046", "AFG", "AFG")
    assert event.date.value == "2020-09"
    assert event.location is not None and event.location.country == "QAT"


def test_failure_to_agree_is_negated() -> None:
    failures = [
        e
        for e in seed_doc().events
        if e.cameo.startswith("03")
        and e.negated
        and (country(e.source.actor), country(e.target.actor)) == ("AFG", "AFG")
    ]
    assert failures and all(e.modality == "negated" for e in failures)


def test_no_event_pairs_the_wrong_countries() -> None:
    doc = seed_doc()
    for event in doc.events:
        pair = {country(event.source.actor), country(event.target.actor)}
        assert pair not in ({"AFG", "TJK"}, {"RUS", "QAT"}, {"TJK", "QAT"}), event
        assert 0 <= event.evidence.start < event.evidence.end <= len(doc.text)
