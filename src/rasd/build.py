"""Which build of rasd is running: pure Python, or the text layer and rule-based stages compiled (`make fast`)."""

from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES

# One module of each package `setup.py` compiles when RASD_COMPILE=1 (its COMPILED_PACKAGES and COMPILED_MODULES).
_PROBES = (
    "rasd.text.tokenize",
    "rasd.time.grammar",
    "rasd.entities.neural",
    "rasd.quotes.finder",
    "rasd.actors.link",
    "rasd.events.matcher",
    "rasd.store.rows",
)


def compiled_modules() -> list[str]:
    """The probed modules that were loaded from a compiled extension; empty in the pure-Python build."""
    found = []
    for name in _PROBES:
        path = getattr(importlib.import_module(name), "__file__", None) or ""
        if path.endswith(tuple(EXTENSION_SUFFIXES)):
            found.append(name)
    return found


def build_name() -> str:
    found = compiled_modules()
    if not found:
        return "pure Python"
    return "compiled (mypyc: " + ", ".join(name.split(".")[1] for name in found) + ")"
