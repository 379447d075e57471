"""Which build of rasd is running: pure Python, or with the text layer and the time stage compiled (`make fast`)."""

from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES

# The modules `setup.py` compiles when RASD_COMPILE=1 (its COMPILED_PACKAGES), one per package is enough to tell.
_PROBES = ("rasd.text.tokenize", "rasd.time.grammar")


def compiled_modules() -> list[str]:
    """The probed modules that were loaded from a compiled extension; empty in the pure-Python build."""
    found = []
    for name in _PROBES:
        path = getattr(importlib.import_module(name), "__file__", None) or ""
        if path.endswith(tuple(EXTENSION_SUFFIXES)):
            found.append(name)
    return found


def build_name() -> str:
    return "compiled (mypyc: text layer, time)" if compiled_modules() else "pure Python"
