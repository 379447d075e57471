"""`rasd serve` as a user runs it: a real uvicorn process, clear start-up errors, a clean stop."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from api_corpus import build_db
from rasd.api.cli import _is_loopback
from rasd.api.process import _answers, served


def run_rasd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rasd", *args], capture_output=True, text=True, timeout=120)


def test_serve_answers_then_stops(tmp_path: Path) -> None:
    db = build_db(tmp_path / "rasd.duckdb")
    with served(db) as base:
        with urllib.request.urlopen(f"{base}/api/stats") as response:
            assert json.load(response)["counts"]["articles"] == 7
        with urllib.request.urlopen(f"{base}/") as response:
            assert b'<script type="module" src="/static/app.js">' in response.read()
    assert not _answers(f"{base}/openapi.json")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--db", "{tmp}/missing.duckdb"], "no such database"),
        (["--db", "{tmp}/not-a-db.duckdb"], "cannot open"),
        (["--port", "70000"], "70000"),
        (["--max-queries", "0"], "max-queries"),
    ],
)
def test_serve_refuses_bad_options_with_one_line(tmp_path: Path, args: list[str], fragment: str) -> None:
    (tmp_path / "not-a-db.duckdb").write_text("plain text, not DuckDB", encoding="utf-8")
    result = run_rasd("serve", *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert fragment in result.stderr


def test_served_reports_why_the_server_did_not_start(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="no such database"), served(tmp_path / "missing.duckdb"):
        pass


def test_only_loopback_hosts_count_as_local() -> None:
    assert all(_is_loopback(h) for h in ("127.0.0.1", "localhost", "::1", "127.1.2.3"))
    assert not any(_is_loopback(h) for h in ("0.0.0.0", "192.168.1.5", "example.org", "::"))
