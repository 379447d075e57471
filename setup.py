"""Optional compiled build: `RASD_COMPILE=1 pip install .` compiles the text layer and the time stage with mypyc.

The modules are ordinary typed Python; mypyc turns them into C extensions that give the same output (checked in CI
by `make fast-check`) about a third faster. Without RASD_COMPILE, or in an editable install (`make setup`), rasd is
pure Python: compiled modules in a source tree would silently shadow edits to the `.py` files.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# The text layer and the stages; each module must compile and give identical output. The NER network's matrix work
# is numpy's either way: compiling `entities` speeds up the per-word and per-token code around it.
COMPILED_PACKAGES = ("text", "time", "entities", "quotes", "actors", "events")
# Single modules of other packages: the store's row builder runs over every record of every ingested article
# (compiled, doc_rows and the Arrow conversion take ~0.3 ms less per article).
COMPILED_MODULES = ("store/rows.py",)


def compiled_modules() -> list[str]:
    root = Path(__file__).parent / "src" / "rasd"
    in_packages = [
        path
        for name in COMPILED_PACKAGES
        for path in (root / name).glob("*.py")
        if path.name != "cli.py"  # click reads attributes off the command functions, which compiled ones lack
    ]
    modules = [root / name for name in COMPILED_MODULES]
    return sorted(str(path.relative_to(Path(__file__).parent)) for path in in_packages + modules)


if os.environ.get("RASD_COMPILE") == "1":
    from mypyc.build import mypycify

    setup(ext_modules=mypycify(compiled_modules(), opt_level="3"))
else:
    setup()
