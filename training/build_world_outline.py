"""Build `src/rasd/data/api/world_110m.geojson`: the country outlines the dashboard's map draws, offline.

Source: Natural Earth 1:110m admin-0 countries (public domain) as packaged in the npm package `world-atlas` 2.0.2
(TopoJSON, ISC licence). Country ISO 3166-1 alpha-3 codes (facts) are joined on the numeric code from the shared
countries table, so events whose location carries an ISO3/CAMEO country code can shade their country.

Rebuild:
    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python training/build_world_outline.py "$PWD/package/countries-110m.json" [--shared ../shared]

Coordinates are rounded to 0.05 degree (far below what a dashboard-sized map can show) and repeated points dropped.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "api" / "world_110m.geojson"
STEP = 0.05
# Territories Natural Earth draws without a numeric ISO code; their customary user-assigned alpha-3 codes.
UNCODED = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}

Ring = list[list[float]]


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc of a quantised TopoJSON topology (delta-encoded integers)."""
    (kx, ky), (dx, dy) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for qx, qy in arc:
            x, y = x + qx, y + qy
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> Ring:
    """Stitch a ring from arc indexes; a negative index ~i means arc i reversed. Shared end points appear once."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    out: Ring = []
    shift = 0.0
    previous: float | None = None
    for lon, lat in points:
        # Rings that cross the antimeridian jump from +180 to -180: unwrap them so they stay one continuous shape
        # (drawn past the map's edge, where the view clips it) instead of a band across the whole world.
        if previous is not None and abs(lon + shift - previous) > 180:
            shift += 360 if lon + shift < previous else -360
        previous = lon + shift
        lon = lon + shift
        point = [round(round(lon / STEP) * STEP, 2), round(round(lat / STEP) * STEP, 2)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("topojson", type=Path, help="countries-110m.json from the world-atlas npm package")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    countries = json.loads((args.shared / "data" / "kb" / "countries" / "countries.mledoze.json").read_text())
    iso3_by_numeric = {c["ccn3"]: c["cca3"] for c in countries if c.get("ccn3")}
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [[ring(arcs, r) for r in polygon] for polygon in polygons]
        rings = [[r for r in polygon if len(r) >= 4] for polygon in rings]
        rings = [polygon for polygon in rings if polygon]
        iso3 = iso3_by_numeric.get(geometry.get("id", ""), UNCODED.get(name))
        features.append(
            {
                "type": "Feature",
                "properties": {"name": name, "iso3": iso3},
                "geometry": {"type": "MultiPolygon", "coordinates": rings},
            }
        )
    features.sort(key=lambda f: f["properties"]["name"])
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2",
        "features": features,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    missing = [f["properties"]["name"] for f in features if not f["properties"]["iso3"]]
    print(f"{len(features)} countries -> {OUT} ({OUT.stat().st_size:,} bytes); without ISO3: {missing}")


if __name__ == "__main__":
    main()
