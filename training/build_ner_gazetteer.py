"""Build the NER gazetteer (names as stem sequences + label) from licence-compatible knowledge files.

    python training/build_ner_gazetteer.py       # writes src/rasd/data/entities/gazetteer.tsv.gz

Sources (all allow redistribution with attribution; see NOTICE):
- LOC: country names (mledoze/countries, ODbL-1.0), GeoNames country and admin-1 names (CC BY 4.0), cities and
  admin-1 regions (dr5hn/countries-states-cities-database, ODbL-1.0), Wikidata city names (jamsshhayd, CC BY 4.0);
- PERS: multi-word person names of the UniversalPetrarch Arabic actor dictionary (MIT);
- ORG/LOC: a short hand-curated list of organisations and places (training/data/ner_curated_names.tsv);
- ORG, PERS: the names of this project's actor knowledge base (training/kb/organizations.tsv, training/kb/people.tsv;
  names marked as also common words, «~مجلس الأمن», are left out).
Not used: EveryPolitician (licence unspecified) and the demonym list (no licence file).

Names that the ANERcorp training split mostly leaves untagged (machine-made place names that are common words)
are dropped: a feature that fires on «the base» as well as on a town only adds noise.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from rasd.entities.conll import read_conll
from rasd.entities.forms import word_form
from rasd.resources import data_path
from rasd.text.tokenize import iter_token_spans

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
KB = SHARED / "kb"
OUT = data_path("entities", "gazetteer.tsv.gz")

_NOT_PERSON_HEADS = frozenset(
    line
    for line in (ROOT / "training" / "data" / "ner_role_words.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")


def stems_of(name: str) -> tuple[str, ...]:
    words = [name[s:e] for s, e, kind in iter_token_spans(name) if kind in ("word", "latin", "number")]
    return tuple(word_form(w).stem for w in words)


def places() -> list[str]:
    names: list[str] = []
    for country in json.loads((KB / "countries" / "countries.mledoze.json").read_text(encoding="utf-8")):
        arabic = country["translations"].get("ara", {})
        names += [arabic.get("common", ""), arabic.get("official", "")]
    for file in ("geonames_countries_ar_fa.farshid.json", "geonames_admin1_ar_fa.farshid.json"):
        names += [row.get("Name_AR") or "" for row in json.loads((KB / "places" / file).read_text(encoding="utf-8"))]
    for file in ("cities_ar.dr5hn.tsv", "admin1_ar.dr5hn.tsv"):
        with (KB / "places" / file).open(encoding="utf-8") as fh:
            names += [row["name_ar"] for row in csv.DictReader(fh, delimiter="\t")]
    with (KB / "places" / "world_cities_ar.wikidata.jamsshhayd.csv").open(encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            names += [row["CityNameAr"], row["CountryNameAr"]]
    return [n for n in names if n]


def petrarch_persons() -> list[str]:
    names: list[str] = []
    for line in (KB / "universal_petrarch_ar" / "actor_dict_ar_v4.txt").read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "\t[#" or line.startswith(" "):
            continue
        words = [w for w in line.split("[")[0].strip().strip("_").split("_") if w]
        if 2 <= len(words) <= 4 and words[0] not in _NOT_PERSON_HEADS and all(_ARABIC.match(w) for w in words):
            names.append(" ".join(words))
    return names


def curated() -> list[tuple[str, str]]:
    rows = []
    for line in (ROOT / "training" / "data" / "ner_curated_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, label = line.split("\t")
            rows.append((name, label))
    return rows


def kb_names() -> list[tuple[str, str]]:
    """(name, label) of the actor knowledge base: organisations ORG, people PERS; never the names it marks as also
    being common words (organisations «~...») or as a single word naming the person («*بوتين»)."""
    rows: list[tuple[str, str]] = []
    for file, column, label in (("organizations.tsv", 4, "ORG"), ("people.tsv", 2, "PERS")):
        for line in (ROOT / "training" / "kb" / file).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                names = line.split("\t")[column].split("|")
                rows += [(name, label) for name in names if name and name[0] not in "~*"]
    return rows


def untagged_in_training(entries: dict[tuple[str, ...], str]) -> set[tuple[str, ...]]:
    """Names that occur in the ANERcorp training split mostly outside any entity."""
    inside: Counter[tuple[str, ...]] = Counter()
    outside: Counter[tuple[str, ...]] = Counter()
    longest = max(map(len, entries))
    with (SHARED / "ner" / "anercorp_camel" / "train.txt").open(encoding="utf-8") as fh:
        for sentence in read_conll(fh, with_tags=True):
            assert sentence.tags is not None
            stems = [word_form(w).stem for w in sentence.tokens]
            for i in range(len(stems)):
                for n in range(1, longest + 1):
                    key = tuple(stems[i : i + n])
                    if len(key) == n and key in entries:
                        (outside if all(t == "O" for t in sentence.tags[i : i + n]) else inside)[key] += 1
    return {k for k in outside if outside[k] >= 2 and outside[k] > inside[k]}


def main() -> None:
    entries: dict[tuple[str, ...], str] = {}
    for name in places():
        entries.setdefault(stems_of(name), "LOC")
    for name in petrarch_persons():
        entries.setdefault(stems_of(name), "PERS")
    for name, label in kb_names():
        entries[stems_of(name)] = label
    for name, label in curated():
        entries[stems_of(name)] = label  # the curated list wins over machine-made place names
    entries = {k: v for k, v in entries.items() if k and all(len(s) >= 2 for s in k)}
    dropped = untagged_in_training(entries)
    kept = sorted((" ".join(k), v) for k, v in entries.items() if k not in dropped)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw, raw as fh:
        for name, label in kept:
            fh.write(f"{name}\t{label}\n".encode())
    print(f"{len(kept)} names ({Counter(v for _, v in kept)}), {len(dropped)} dropped as mostly untagged -> {OUT}")


if __name__ == "__main__":
    main()
