from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_text() -> str:
    return (ROOT / "src" / "rasd" / "data" / "examples" / "cairo_talks.txt").read_text(encoding="utf-8")
