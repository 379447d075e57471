"""The judged-events file (benchmarks/gold/events_judged.jsonl) holds keys, codes and verdicts only, never text."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"

sys.path.insert(0, str(ROOT / "benchmarks"))
import _judged  # noqa: E402
import events_judged  # noqa: E402

ACTOR = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")  # codes such as IGOG7 (data/actors/orgs.json) are not in 3-letter groups
CAMEO = re.compile(r"^[0-2][0-9]{1,3}$")
FIELDS = {*events_judged.KEY_FIELDS, "verdict", "reason"}


def test_every_judgement_is_a_well_formed_key_with_a_verdict_and_no_text() -> None:
    records = _judged.read_jsonl(events_judged.JUDGED)
    assert len(records) >= 150
    keys = set()
    for record in records:
        assert set(record) == FIELDS, record.keys()
        assert isinstance(record["id"], str) and record["id"]
        assert isinstance(record["evidence_start"], int) and isinstance(record["evidence_end"], int)
        assert 0 <= record["evidence_start"] < record["evidence_end"]
        assert CAMEO.match(record["cameo"]), record["cameo"]
        for side in ("source_actor", "target_actor"):
            assert record[side] is None or ACTOR.match(record[side]), record[side]
        assert record["verdict"] in events_judged.VERDICTS
        if record["verdict"] == "wrong":
            assert record["reason"] in events_judged.REASONS
        else:
            assert record["reason"] is None
        keys.add(events_judged.record_key(record))
    assert len(keys) == len(records), "a key is judged twice"


def test_a_wrong_verdict_without_a_reason_code_is_refused() -> None:
    good = "ant-v2.1/X-1\t10\t15\t040\tUSAGOV\t-\twrong\tnot_event\n"
    (record,) = events_judged.parse_verdicts([good])
    assert record["target_actor"] is None and record["reason"] == "not_event"
    with pytest.raises(SystemExit, match="reason"):
        events_judged.parse_verdicts(["ant-v2.1/X-1\t10\t15\t040\tUSAGOV\t-\twrong\n"])
    with pytest.raises(SystemExit, match="verdict"):
        events_judged.parse_verdicts(["ant-v2.1/X-1\t10\t15\t040\tUSAGOV\t-\tmaybe\tnot_event\n"])


def test_the_wilson_interval_brackets_the_observed_rate() -> None:
    low, high = _judged.wilson(80, 181)
    assert low < 80 / 181 < high
    assert 0.36 < low < 0.38 and 0.50 < high < 0.52


@pytest.mark.skipif(not NEWS.is_dir(), reason="needs ../shared (the news corpus)")
def test_judged_offsets_fall_inside_unannotated_articles_of_the_corpus() -> None:
    assert not _judged.misplaced(_judged.read_jsonl(events_judged.JUDGED), "evidence_end")


def test_a_repeated_key_in_an_article_is_a_wrong_duplicate_and_pooling_counts_a_twice_drawn_event_once() -> None:
    keys: list[events_judged.Key] = [("ant-v2.1/X-1", 10 * n, 10 * n + 4, "190", "YEM", "YEM") for n in range(60)]
    sampled = [key for key in keys if events_judged.sample_fraction(1, key) < 0.5]
    assert sampled, "the seed draws none of the sixty keys"
    first = sampled[0]
    judged = {first: {"verdict": "right", "reason": None}}
    rows = events_judged.sample_rows(1, 0.5, [*keys, first], judged)
    assert [key for key, _ in rows] == [*sampled, first]
    assert rows[0][1] == judged[first]
    assert rows[-1][1] == {"verdict": "wrong", "reason": "duplicate"}
    assert all(record is None for _, record in rows[1:-1])
    other = [(first, judged[first]), (keys[-1], None)]
    both = events_judged.pooled([rows, other])
    assert len(both) == len(rows) + (keys[-1] not in sampled)
    assert events_judged.summary_row("pooled", 70, both)[3:6] == [2, 1, 1]


def test_a_draw_without_the_corpus_stops_with_a_clear_error_instead_of_an_empty_table(tmp_path: Path) -> None:
    import subprocess

    script = ROOT / "benchmarks" / "events_judged.py"
    env = {"RASD_SHARED": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, str(script), "--seed", "7", "--judge", "1"], capture_output=True, text=True, env=env
    )
    assert done.returncode != 0
    assert f"no news corpus under {tmp_path / 'data' / 'news'}" in done.stderr
