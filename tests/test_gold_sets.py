"""The extra gold sets (benchmarks/gold/) stay exact against the shared corpus and feed the shared scorer."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_gold.py"

pytestmark = pytest.mark.skipif(not (SHARED / "data" / "news").is_dir(), reason="needs ../shared (the news corpus)")

sys.path.insert(0, str(ROOT / "benchmarks"))
import gold_sets  # noqa: E402


def test_check_mode_reverifies_every_offset_of_every_layer() -> None:
    script = ROOT / "benchmarks" / "gold_sets.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("OK")


@pytest.mark.parametrize("layer", gold_sets.LAYERS)
def test_extra_records_store_no_text(layer: str) -> None:
    for record in gold_sets.extra_records(layer):
        assert not gold_sets.TEXT_FIELDS & gold_sets._all_keys(record), record["id"]


def test_a_shifted_offset_is_caught() -> None:
    record = copy.deepcopy(gold_sets.extra_records("timex")[0])
    record["timexes"][0]["end"] += 1
    problems = gold_sets.check_extra("timex", record)
    assert problems and all(record["id"] in p for p in problems)


def _as_prediction(layer: str, gold: dict[str, Any]) -> dict[str, Any]:
    """The gold record rewritten the way `rasd analyze --format json` reports the same items."""
    if layer == "timex":
        return {"id": gold["id"], "timexes": [{k: t[k] for k in ("start", "end", "value")} for t in gold["timexes"]]}
    if layer == "quotes":
        quotes = [
            {
                "content": {"start": q["content_start"], "end": q["content_end"]},
                "speaker": {"name": q["speaker_name"], "text": q["speaker_text"]},
            }
            for q in gold["quotes"]
        ]
        return {"id": gold["id"], "quotes": quotes}
    events = [
        {
            "cameo": e["cameo"],
            "source": {"actor": e["source_actor"]},
            "target": {"actor": e["target_actor"]},
            "date": {"value": e["date"]},
        }
        for e in gold["events"]
    ]
    entities = [{"start": e["start"], "end": e["end"], "actor": e["actor"]} for e in gold["entities"]]
    return {"id": gold["id"], "events": events, "entities": entities}


@pytest.mark.parametrize("layer", gold_sets.LAYERS)
def test_combined_files_score_perfectly_against_themselves(layer: str, tmp_path: Path) -> None:
    gold = gold_sets.load_layer(layer, "extra")
    if not gold:
        pytest.skip(f"no extra {layer} annotations yet")
    gold_sets.main(["--out", str(tmp_path), "--layer", layer, "--part", "extra"])
    articles = [json.loads(line) for line in (tmp_path / f"articles_{layer}.jsonl").open(encoding="utf-8")]
    assert [a["id"] for a in articles] == [g["id"] for g in gold]
    assert all(set(a) == {"id", "published", "text", "source"} for a in articles)
    pred = tmp_path / "pred.jsonl"
    gold_sets.write_jsonl(pred, (_as_prediction(layer, g) for g in gold))
    result = subprocess.run(
        [sys.executable, str(SCORER), layer, str(tmp_path / f"gold_{layer}.jsonl"), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = {
        "timex": "F1=1.000 value_acc=1.000",
        "quotes": "F1=1.000 speaker_acc=1.000",
        "events": "d:P=1.00/R=1.00",
    }
    assert expected[layer] in result.stdout, result.stdout
