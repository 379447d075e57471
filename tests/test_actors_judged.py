"""The judged actor links (benchmarks/gold/actors_judged.jsonl) and the arithmetic of benchmarks/actors_judged.py."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"

sys.path.insert(0, str(ROOT / "benchmarks"))
import _judged  # noqa: E402
import actors_judged  # noqa: E402
from rasd.doc import Actor, Entity  # noqa: E402

CODE = re.compile(r"^[A-Z]{3,12}$")  # IMGMUSAQ: not always whole 3-letter units
ARABIC = re.compile(r"[\u0600-\u06ff]")


def test_every_judgement_is_a_well_formed_consistent_key_with_no_article_text() -> None:
    records = _judged.read_jsonl(actors_judged.JUDGED)
    assert len(records) >= 150
    keys = set()
    for record in records:
        assert tuple(record) == actors_judged.FIELDS, record.keys()
        assert isinstance(record["id"], str) and record["id"]
        assert isinstance(record["start"], int) and isinstance(record["end"], int)
        assert 0 <= record["start"] < record["end"]
        assert record["label"] in ("PERS", "ORG", "LOC", "MISC")
        assert CODE.match(record["predicted"]), record["predicted"]
        assert record["gold"] is None or CODE.match(record["gold"]), record["gold"]
        assert isinstance(record["country_right"], bool) and isinstance(record["code_right"], bool)
        assert actors_judged.inconsistency(record) is None, record
        # notes describe in English: a quoted corpus phrase is article text
        assert record["note"] is None or (record["note"] and not ARABIC.search(record["note"])), record["note"]
        keys.add(actors_judged.record_key(record))
    assert len(keys) == len(records), "a mention is judged twice"


@pytest.mark.skipif(not NEWS.is_dir(), reason="needs ../shared (the news corpus)")
def test_judged_offsets_fall_inside_unannotated_articles_of_the_corpus() -> None:
    assert not _judged.misplaced(_judged.read_jsonl(actors_judged.JUDGED), "end")


def verdict(predicted: str, country: bool, code: bool, gold: str | None = None) -> dict[str, Any]:
    return {"predicted": predicted, "country_right": country, "code_right": code, "gold": gold, "note": None}


def row(n: int, source: str, record: dict[str, Any] | None) -> actors_judged.Row:
    return (("ant-v2.1/X-1", 10 * n, 10 * n + 5, "LOC"), {"kb_source": source, "label": "LOC", "outlet": "x"}, record)


def test_scoring_counts_country_and_code_precision_over_judged_mentions_only() -> None:
    rows = [
        row(0, "countries", verdict("EGY", True, True, "EGY")),
        row(1, "countries", verdict("EGY", True, False, "EGYCVL")),
        row(2, "title+focus", verdict("SYRMIL", False, False, "USAMIL")),
        row(3, "title+focus", verdict("IRQGOV", True, True)),
        row(4, "places", None),
    ]
    sampled, judged, unjudged, countries, codes, country_p, code_p = actors_judged.score(rows)
    assert (sampled, judged, unjudged, countries, codes) == (5, 4, 1, 3, 2)
    assert country_p == "0.750 [0.30, 0.95]"  # Wilson 95% for 3 of 4
    assert code_p == "0.500 [0.15, 0.85]"
    assert actors_judged.error_classes(rows) == [["countries", 0, 1, 1], ["title+focus", 1, 0, 1]]
    assert actors_judged.score([])[:5] == [0, 0, 0, 0, 0] and actors_judged.score([])[5] == "-"


def test_a_changed_prediction_is_unjudged_and_a_mention_drawn_twice_counts_once() -> None:
    key: actors_judged.Key = ("ant-v2.1/X-1", 10, 15, "PERS")
    judged = {key: {**verdict("USAGOV", True, True, "USAGOV"), "id": key[0], "start": 10, "end": 15, "label": "PERS"}}
    assert actors_judged.judgement(judged, key, "USAGOV") is judged[key]
    assert actors_judged.judgement(judged, key, "USALEG") is None
    assert actors_judged.judgement(judged, ("ant-v2.1/X-1", 10, 16, "PERS"), "USAGOV") is None
    first = [row(0, "countries", verdict("EGY", True, True)), row(1, "places", None)]
    second = [row(1, "places", None), row(2, "places", verdict("SYR", True, True))]
    assert [r[0][1] for r in actors_judged.pooled([first, second])] == [0, 10, 20]


def test_only_linked_mentions_are_sampled_and_the_sample_does_not_depend_on_the_code() -> None:
    unlinked = Entity("e0", 0, 4, "فلان", "PERS")
    country_only = Entity("e1", 5, 9, "فلان", "PERS", actor=Actor(country="EGY"))
    assert not actors_judged.linked(unlinked) and not actors_judged.linked(country_only)
    drawn = []
    for n in range(60):
        one = Entity(f"e{n}", 10 * n, 10 * n + 4, "فلان", "PERS", actor=Actor(cameo="EGYGOV"))
        other = Entity(f"e{n}", 10 * n, 10 * n + 4, "فلان", "PERS", actor=Actor(cameo="LBYMIL"))
        assert actors_judged.sampled(7, 0.3, "X", one) == actors_judged.sampled(7, 0.3, "X", other)
        drawn.append(actors_judged.sampled(7, 0.3, "X", one))
    assert 5 < sum(drawn) < 35, "the rate does not draw about 30% of sixty mentions"
    assert not any(actors_judged.sampled(7, 1.0, "X", e) for e in (unlinked, country_only))


def test_verdict_lines_that_contradict_themselves_are_refused() -> None:
    (item,) = actors_judged.parse_verdicts(["ant-v2.1/X-1\t3\t9\tPERS\tSYRMIL\tn\tn\tUSAMIL\tfocus country\n"])
    assert item["gold"] == "USAMIL" and item["note"] == "focus country" and item["start"] == 3
    (item,) = actors_judged.parse_verdicts(["ant-v2.1/X-1\t3\t9\tORG\tIGOEUR\tn\tn\t-\n"])
    assert item["gold"] is None and item["note"] is None
    for bad, message in (
        ("ant-v2.1/X-1\t3\t9\tPERS\tSYRMIL\tn\ty\t-\n", "right code with a wrong country"),
        ("ant-v2.1/X-1\t3\t9\tPERS\tSYRMIL\ty\tn\tSYRMIL\n", "code verdict"),
        ("ant-v2.1/X-1\t3\t9\tPERS\tSYRMIL\ty\tn\tUSAMIL\n", "country verdict"),
        ("ant-v2.1/X-1\t3\t9\tPERS\tSYRMIL\tyes\tn\t-\n", "y or n"),
        ("ant-v2.1/X-1\t3\t9\tPERS\tSYRMIL\ty\n", "8 tab-separated"),
    ):
        with pytest.raises(SystemExit, match=message):
            actors_judged.parse_verdicts([bad])
    # IGO codes compare by their first six letters: IGOUNO and IGOEUR are different "countries"
    assert actors_judged.inconsistency(verdict("IGOEUR", True, False, "IGOUNO")) is not None
    assert actors_judged.inconsistency(verdict("IGOUNO", True, False, "IGOUNOWHO")) is None
