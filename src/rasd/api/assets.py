"""The dashboard's bundled files, served from a fixed list built at start-up.

A request names an asset; it is looked up in a dict of the files shipped in `rasd/api/static/` (one flat folder)
plus the world outline from `rasd/data/api/`. No request path is ever joined to a filesystem path, so `..`,
encoded slashes or absolute paths cannot reach anything else: an unknown name is simply a 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rasd.resources import data_path

_MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".geojson": "application/geo+json",
    ".svg": "image/svg+xml",
}


@dataclass(frozen=True, slots=True)
class Asset:
    name: str
    path: Path
    media_type: str


def static_dir() -> Path:
    return Path(str(resources.files("rasd.api").joinpath("static")))


@cache
def assets() -> dict[str, Asset]:
    """Every servable asset by its public name (`app.js`, `world.json`, ...)."""
    found: dict[str, Asset] = {}
    for path in sorted(static_dir().iterdir()):
        if path.is_file() and path.suffix in _MEDIA_TYPES:
            found[path.name] = Asset(path.name, path, _MEDIA_TYPES[path.suffix])
    world = data_path("api", "world_110m.geojson")
    found["world.json"] = Asset("world.json", world, _MEDIA_TYPES[".json"])
    return found


def find_asset(name: str) -> Asset | None:
    return assets().get(name)
