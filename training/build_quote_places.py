"""Build `src/rasd/data/quotes/places.json`: Arabic country names the quotation finder reads as institutions.

A country or capital that "says" something («أكدت الجزائر», «رفضت طهران») speaks for its government, so a speaker
phrase that is only a place name is typed `institution`, not `person`. Reads the mledoze country list (ODbL-1.0) in
`../shared/data/kb/countries/`; capitals used as metonyms are listed here by hand (facts).
Usage: python training/build_quote_places.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "quotes" / "places.json"

# Capitals and seats of government that news uses for their governments.
METONYMS = [
    "واشنطن",
    "موسكو",
    "بكين",
    "لندن",
    "باريس",
    "برلين",
    "طهران",
    "أنقرة",
    "الرياض",
    "القاهرة",
    "دمشق",
    "بغداد",
    "عمان",
    "بيروت",
    "الدوحة",
    "أبوظبي",
    "أبو ظبي",
    "الكويت",
    "المنامة",
    "مسقط",
    "صنعاء",
    "الخرطوم",
    "طرابلس",
    "تونس",
    "الجزائر",
    "الرباط",
    "نواكشوط",
    "تل أبيب",
    "القدس",
    "رام الله",
    "غزة",
    "كابول",
    "إسلام أباد",
    "نيودلهي",
    "طوكيو",
    "سيول",
    "بيونغ يانغ",
    "كييف",
    "مينسك",
    "روما",
    "مدريد",
    "بروكسل",
    "أثينا",
    "نيقوسيا",
    "أديس أبابا",
    "نيروبي",
    "أبوجا",
    "كاراكاس",
    "هافانا",
    "أوتاوا",
    "كانبيرا",
    "جاكرتا",
    "مانيلا",
    "هانوي",
    "بانكوك",
    "دوشنبه",
    "طشقند",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    countries = json.loads((args.shared / "data" / "kb" / "countries" / "countries.mledoze.json").read_text("utf-8"))
    names: set[str] = set()
    for country in countries:
        arabic = country.get("translations", {}).get("ara", {})
        for key in ("common", "official"):
            if arabic.get(key):
                names.add(arabic[key].strip())
    out = {
        "version": 1,
        "description": "Arabic names of countries (mledoze/countries, ODbL-1.0) and of capitals used for their "
        "governments. Built by training/build_quote_places.py.",
        "countries": sorted(names),
        "metonyms": sorted(set(METONYMS)),
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(names)} country names, {len(set(METONYMS))} capitals -> {OUT}")


if __name__ == "__main__":
    main()
