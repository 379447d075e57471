"""Access to the versioned language data and model artifacts shipped under `rasd/data/`, loaded once per process."""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(*parts: str) -> Path:
    """Filesystem path of a file under the package's `data/` folder."""
    root = resources.files("rasd").joinpath("data")
    return Path(str(root.joinpath(*parts)))


@cache
def load_json(*parts: str) -> Any:
    """Parse a JSON (or gzipped JSON) data file once; callers must treat the result as read-only."""
    path = data_path(*parts)
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return json.load(fh)
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)
