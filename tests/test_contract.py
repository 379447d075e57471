"""The output contract end to end: the default pipeline's output on varied texts passes benchmarks/contract_check.py,
and the checker itself catches each kind of breakage it claims to."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rasd.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import contract_check  # noqa: E402

# Texts written for this test: wire style, a table, mixed scripts, bidi marks, Arabic-Indic digits, HTML entities,
# a quotation closing the text, a date beyond the calendar.
TEXTS = {
    "wire": "القاهرة (رويترز) - أعلن وزير الخارجية المصري سامح شكري يوم الأحد أن بلاده ستستضيف جولة جديدة من "
    "المحادثات بين الأطراف الليبية في العاشر من أبريل/نيسان. وقال شكري للصحفيين: «نأمل أن تنتهي الأزمة قريبا»، "
    "مضيفا أن الأمم المتحدة تدعم هذه الجهود. ونددت جامعة الدول العربية أمس بالهجوم الذي استهدف مدينة عدن اليمنية.",
    "table": "| البلد | العدد |\n|---|---|\n| الأردن | ٦٥٠٬٠٠٠ |\n- أعلنت الحكومة الأردنية إغلاق المعبر.\n"
    "• وقال الوزير: «سنعيد فتحه قريبا».",
    "mixed": "قال Donald Trump في تغريدة على Twitter إن العقوبات على إيران ستستمر 😀، وأضاف\u200f أن «the deal is "
    "dead» يوم ٨ مايو ٢٠١٨ &quot;رسميا&quot; (((( وهاجمت القوات الإسرائيلية قطاع غزة فجر اليوم.",
    "quote_at_end": "انتهى الاجتماع في القاهرة يوم الأحد.\n«نحن نرفض هذا القرار بشكل كامل»",
    "beyond_calendar": "اكتشف العلماء أدوات استخدمها البشر قبل 14500 عام، وقالوا إن الموقع سيفتح بعد 99999999 يوم.",
    "places": "سقطت قذيفة على قرية في منطقة عصيفرة شمال مدينة تعز جنوب غرب اليمن، وقصفت الطائرات مدينة حلب.",
}


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict[str, Any]]:
    return {
        name: analyze(text, published="2018-04-08", id=name).to_dict(with_tokens=True) for name, text in TEXTS.items()
    }


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_pipeline_output_keeps_the_contract(outputs: dict[str, dict[str, Any]], name: str) -> None:
    assert contract_check.check_document(outputs[name]) == []


def _kinds(doc: dict[str, Any]) -> set[str]:
    return {v.kind for v in contract_check.check_document(doc)}


def test_checker_catches_offsets_that_do_not_slice_the_text(outputs: dict[str, dict[str, Any]]) -> None:
    doc = copy.deepcopy(outputs["wire"])
    doc["entities"][0]["start"] += 1
    doc["timexes"][0]["end"] = len(doc["text"]) + 5
    doc["quotes"][0]["cue"]["text"] = "قال"
    assert {"entity_slice_mismatch", "timex_out_of_bounds", "quote_cue_slice_mismatch"} <= _kinds(doc)


def test_checker_catches_overlaps_dangling_ids_and_bad_codes(outputs: dict[str, dict[str, Any]]) -> None:
    doc = copy.deepcopy(outputs["wire"])
    first, second = doc["entities"][0], doc["entities"][1]
    doc["entities"].append({**first, "id": "x1", "start": first["start"], "end": second["end"], "cluster": "nowhere"})
    doc["entities"][-1]["text"] = doc["text"][first["start"] : second["end"]]
    doc["entities"][0]["actor"] = {**(first["actor"] or {}), "cameo": "IMGMUSAQ", "country": "ZZZ", "lat": 95.0}
    event = doc["events"][0]
    event["cameo"] = "9999"
    event["date"]["timex"] = "t99"
    event["quote"] = "q99"
    doc["timexes"][0]["value"] = "2018-02-30"
    kinds = _kinds(doc)
    expected = {
        "entity_overlap",
        "entity_cluster_dangling",
        "entity_actor_code_malformed",
        "entity_country_not_iso3",
        "entity_latitude_out_of_range",
        "event_cameo_unknown",
        "event_date_timex_dangling",
        "event_quote_dangling",
        "timex_value_not_a_real_day",
    }
    assert expected <= kinds, expected - kinds


def test_checker_reads_timex3_values_by_type() -> None:
    for value in ("2018-04-08", "2018-W14", "2018-Q2", "2018-SU", "BC0004", "XXXX-09-11", "199", "PAST_REF"):
        assert contract_check.DATE_VALUE.fullmatch(value), value
    for value in ("2018-04-08T14:30", "2018-04-08TMO", "XXXX-XX-XXTEV"):
        assert contract_check.TIME_VALUE.fullmatch(value), value
    for value in ("P3D", "PT2H30M", "PXY", "P1.5Y"):
        assert contract_check.DURATION_VALUE.fullmatch(value), value
    for value in ("2018-4-8", "18-04-08", "yesterday", "2018-04-08T"):
        assert not contract_check.DATE_VALUE.fullmatch(value) and not contract_check.TIME_VALUE.fullmatch(value)


def test_command_line_reports_a_table_and_fails_on_violations(
    tmp_path: Path, outputs: dict[str, dict[str, Any]]
) -> None:
    good = tmp_path / "good.jsonl"
    bad = tmp_path / "bad.jsonl"
    good.write_text(json.dumps(outputs["wire"], ensure_ascii=False) + "\n", encoding="utf-8")
    broken = copy.deepcopy(outputs["wire"])
    broken["sentences"][0]["end"] = len(broken["text"]) + 1
    lines = [json.dumps(broken, ensure_ascii=False), json.dumps({"id": "x", "error": "analysis failed: boom"})]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = ROOT / "benchmarks" / "contract_check.py"
    ok = subprocess.run([sys.executable, str(script), str(good)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    failed = subprocess.run([sys.executable, str(script), str(bad)], capture_output=True, text=True)
    assert failed.returncode == 1
    assert "sentence_out_of_bounds" in failed.stdout and "error_line" in failed.stdout
