"""PLOVER and CSV exports of events, from the library and from `rasd analyze --format plover|csv`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from events_helpers import build, events_of
from rasd.events.export import CSV_COLUMNS, EventWriter, plover_records

TEXT = "التقى وزير الخارجية المصري نظيره الأردني في عمّان. وهدد الرئيس الأمريكي بفرض عقوبات على إيران."
ENTITIES = [
    ("المصري", "LOC", "EGYGOV"),
    ("الأردني", "LOC", "JORGOV"),
    ("عمّان", "LOC", "JOR"),
    ("الأمريكي", "LOC", "USAGOV"),
    ("إيران", "LOC", "IRN"),
]


def coded_doc():  # type: ignore[no-untyped-def]
    doc = build(TEXT, ENTITIES, published="2022-05-03")
    doc.events = tuple(events_of(doc))
    return doc


def test_plover_records_carry_type_actors_dates_and_offsets() -> None:
    doc = coded_doc()
    records = list(plover_records(doc))
    assert [r["cameo"] for r in records] == ["040", "1312"]
    meeting, threat = records
    assert meeting["event"] == "CONSULT" and threat["event"] == "THREATEN"
    assert meeting["source"][0]["code"] == "EGY" and meeting["source"][0]["sector"] == "GOV"
    assert threat["target"][0]["code"] == "IRN" and threat["target"][0]["sector"] is None
    assert meeting["date"] == "2022-05-03" and meeting["dateBasis"] == "published"
    assert meeting["eventLoc"]["extractedPlace"] == "عمّان" and meeting["eventLoc"]["countryCode"] == "JOR"
    start, end = threat["textInfo"]["start"], threat["textInfo"]["end"]
    assert TEXT[start:end] == threat["eventText"] and threat["eventText"].startswith("وهدد")
    assert threat["text"].startswith("وهدد") and threat["textInfo"]["sequence"] == 1
    assert threat["quadCode"] == 3 and isinstance(threat["eventScale"], float)
    assert threat["citeInfo"]["language"] == "ar"


def test_csv_has_one_header_and_one_row_per_event() -> None:
    out = io.StringIO()
    writer = EventWriter("csv", out)
    doc = coded_doc()
    assert writer.write(doc) == 2
    assert writer.write(doc) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 4 and list(rows[0]) == list(CSV_COLUMNS)
    assert rows[1]["cameo"] == "1312" and rows[1]["source_actor"] == "USAGOV" and rows[1]["plover_type"] == "THREATEN"
    assert out.getvalue().count("doc_id,event_id") == 1


def test_unknown_export_format_is_refused() -> None:
    try:
        EventWriter("xml", io.StringIO())
    except ValueError as error:
        assert "plover" in str(error)
    else:
        raise AssertionError("an unknown format was accepted")


def test_analyze_writes_plover_lines_and_csv(tmp_path: Path, schema: dict) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("استقبل الرئيس المصري نظيره الفرنسي في القاهرة.", encoding="utf-8")
    base = [sys.executable, "-m", "rasd", "analyze", str(path), "--published", "2023-01-10"]
    plover = subprocess.run([*base, "--format", "plover"], capture_output=True, timeout=600, check=True)
    lines = [json.loads(line) for line in plover.stdout.decode("utf-8").splitlines()]
    assert lines and all(line["event"] == "CONSULT" and line["language"] == "ar" for line in lines)
    table = subprocess.run([*base, "--format", "csv"], capture_output=True, timeout=600, check=True)
    rows = list(csv.DictReader(io.StringIO(table.stdout.decode("utf-8"))))
    assert [(r["cameo"], r["source_actor"], r["target_actor"]) for r in rows] == [
        (
            line["cameo"],
            line["source"][0]["code"] + (line["source"][0]["sector"] or ""),
            line["target"][0]["code"] + (line["target"][0]["sector"] or ""),
        )
        for line in lines
    ]
    full = subprocess.run([*base, "--format", "json"], capture_output=True, timeout=600, check=True)
    jsonschema.validate(json.loads(full.stdout), schema)
