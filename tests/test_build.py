"""The build under test: `make fast-check` runs the suite on the compiled build and must not test pure Python."""

from __future__ import annotations

import os

import pytest

from rasd.build import build_name, compiled_modules


def test_the_compiled_build_is_the_one_under_test_when_expected() -> None:
    if os.environ.get("RASD_EXPECT_COMPILED") != "1":
        pytest.skip("pure-Python run (make test); make fast-check sets RASD_EXPECT_COMPILED=1")
    compiled_packages = [name.split(".")[1] for name in compiled_modules()]
    assert compiled_packages == ["text", "time", "entities", "quotes", "actors", "events", "store"]
    assert build_name().startswith("compiled")


def test_an_editable_checkout_runs_pure_python() -> None:
    if os.environ.get("RASD_EXPECT_COMPILED") == "1":
        pytest.skip("compiled run")
    assert compiled_modules() == []
    assert build_name() == "pure Python"
