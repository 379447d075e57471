"""Build `src/rasd/data/events/agents.json`: Arabic nouns that name unnamed actors, with their CAMEO sector.

Sources (read from ../shared, never needed at run time):
- `training/events/curated_agents.tsv`: rasd's own list of agent nouns (singular and plurals, sector, role). It is
  the authority on which words are actors: machine-translated dictionaries name ships, tanks and industries as
  agents, which would turn every «ناقلة» into a participant.
- `kb/universal_petrarch_ar/agents.all.ar.txt` (UniversalPetrarch, MIT) with `kb/petrarch2/Phoenix.agents.txt`
  (PETRARCH2, MIT): multiword agent phrases headed by a curated noun («مسؤول عسكري» → MIL) are added when every
  word is attested in Arabic news and the English agent they translate has the same sector in PETRARCH2's own
  English dictionary (a translation the two dictionaries agree on). Curated sectors that the English dictionary
  contradicts are printed for review.

Forms are written in the matching-normal form without the article: the coder looks up a token's stem.
Usage: python training/build_agent_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from rasd.text.clitics import load_word_frequencies
from rasd.text.normalize import devocalize, normalize

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data" / "events" / "agents.json"
CURATED = ROOT / "training" / "events" / "curated_agents.tsv"
ROLES = ("agent", "member", "domain", "group")
SECTORS = frozenset(
    {"GOV", "MIL", "COP", "SPY", "REB", "OPP", "CVL", "REF", "JUD", "LEG", "MED", "BUS", "EDU", "HLH", "REL"}
    | {"LAB", "CRM", "AGR", "ENV", "DEV", "ELI", "UAF"}
)
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_UP_LINE = re.compile(r"^([A-Z0-9_'!&.-]+)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]\s*(.*)$")
_PHOENIX_LINE = re.compile(r"^([A-Z0-9_'!&.-]+)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})")
ATTESTED = 20
# a phrase with a preposition or a conjunction in it is a description, not a name («جنود في البحرية»)
_FUNCTION_WORDS = frozenset({"في", "الي", "مع", "من", "علي", "عن", "ضد", "بلا", "تحت"})


def norm(word: str) -> str:
    """Matching-normal form without the article (the coder looks up stems)."""
    word = normalize(devocalize(word)).strip()
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def letters(word: str) -> str:
    """Letters as written (hamza seats and ta marbuta kept), so endings can be read before normalising."""
    return devocalize(word).strip()


def singular_forms(word: str, *, dual: bool) -> dict[str, str]:
    """A written singular with its indefinite accusative and (unless excluded) dual spellings → number."""
    out: dict[str, str] = {}
    if word.endswith("ة"):
        if dual:
            out |= {word[:-1] + ending: "du" for ending in ("تان", "تين", "تا", "تي")}
    elif dual:
        out |= {word + ending: "du" for ending in ("ان", "ين", "ا", "ي")}
    if not word.endswith(("ة", "ى", "اء", "ا")):
        out[word + "ا"] = "sg"  # «مسلحا», «جنديا»
    out[word] = "sg"
    return {norm(form): number for form, number in out.items()}


def plural_forms(word: str) -> dict[str, str]:
    """A written plural with its case and construct spellings: «مسلحون» → مسلحين, مسلحو, مسلحي; «جنود» → جنودا."""
    if word.endswith("ون"):
        stem = word[:-2]
        return {norm(stem + ending): "pl" for ending in ("ون", "ين", "و", "ي")}
    if word.endswith(("ات", "اء", "ى", "ي", "ة", "ا")):
        return {norm(word): "pl"}
    return {norm(word): "pl", norm(word + "ا"): "pl"}


def read_curated(path: Path) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Curated rows → single-word forms (normal form → sense) and multiword phrases."""
    words: dict[str, dict[str, Any]] = {}
    phrases: list[dict[str, Any]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) < 4:
            raise SystemExit(f"{path.name}:{number}: expected sector, role, singular, plurals")
        sector, role, singular, plurals = cells[:4]
        options = dict(o.split("=", 1) for o in cells[4].split(";") if o) if len(cells) > 4 else {}
        if role not in ROLES or (sector != "-" and sector not in SECTORS):
            raise SystemExit(f"{path.name}:{number}: unknown role {role!r} or sector {sector!r}")
        sense = {
            "sector": None if sector == "-" else sector,
            "role": role,
            "definite": options.get("definite") == "1",
        }
        written = [p for p in plurals.split("|") if p and p != "-"]
        if singular != "-":
            written.insert(0, singular)
        for item in written:
            if " " in item:
                phrases.append({"words": [norm(w) for w in item.split()], **sense})
        forms: dict[str, str] = {}
        if singular != "-" and " " not in singular and options.get("nosg") != "1":
            forms |= singular_forms(letters(singular), dual=options.get("nodual") != "1")
        for plural in plurals.split("|"):
            if plural and plural != "-" and " " not in plural:
                forms |= plural_forms(letters(plural))
        for form, grammatical_number in forms.items():
            previous = words.get(form)
            if previous is not None and previous["sector"] != sense["sector"] and previous["role"] == role:
                raise SystemExit(f"{path.name}:{number}: {form} already has sector {previous['sector']}")
            words.setdefault(form, {**sense, "number": grammatical_number})
    return words, phrases


def read_phoenix(path: Path) -> dict[str, str]:
    sectors: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        found = _PHOENIX_LINE.match(raw.strip())
        if found:
            sectors.setdefault(found.group(1).rstrip("_"), found.group(2))
    return sectors


def up_phrases(
    path: Path, phoenix: dict[str, str], heads: dict[str, dict[str, Any]], attested: Counter[str]
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """UniversalPetrarch multiword agents headed by a curated noun, kept when PETRARCH2 agrees on the sector."""
    kept: list[dict[str, Any]] = []
    tally: Counter[str] = Counter()
    seen: set[tuple[str, ...]] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        found = _UP_LINE.match(raw.strip())
        if raw.startswith("#") or not found:
            continue
        key, sector, arabic = found.group(1).rstrip("_"), found.group(2), found.group(3).split("#")[0].strip()
        words = [norm(w) for w in arabic.split()]
        if len(words) < 2 or len(words) > 3 or not all(_ARABIC_WORD.match(w) for w in words):
            tally["not a 2-3 word phrase"] += 1
            continue
        if any(w in _FUNCTION_WORDS or (w[:1] in ("و", "ل") and w[1:] in heads) for w in words[1:]):
            tally["a description with a function word"] += 1
            continue
        if words[0] not in heads:
            tally["head not a curated agent noun"] += 1
            continue
        if phoenix.get(key) != sector:
            tally["sector not confirmed by PETRARCH2"] += 1
            continue
        if not all(attested[w] + attested["ال" + w] >= ATTESTED for w in words):
            tally["word not attested in news"] += 1
            continue
        if tuple(words) in seen:
            continue
        seen.add(tuple(words))
        kept.append({"words": words, "sector": sector, "role": "agent", "definite": False, "source": "up"})
        tally["kept"] += 1
    return kept, tally


def review_sectors(words: dict[str, dict[str, Any]], path: Path, phoenix: dict[str, str]) -> list[str]:
    """Curated single words whose UniversalPetrarch translation PETRARCH2 codes with another sector."""
    notes: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        found = _UP_LINE.match(raw.strip())
        if raw.startswith("#") or not found:
            continue
        key, arabic = found.group(1).rstrip("_"), found.group(3).split("#")[0].strip()
        if " " in arabic or not arabic:
            continue
        sense = words.get(norm(arabic))
        english = phoenix.get(key)
        if sense and sense["sector"] and english and english != sense["sector"]:
            notes.append(f"{arabic}: rasd {sense['sector']}, PETRARCH2 {key} {english}")
    return sorted(set(notes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    kb = args.shared / "data" / "kb"
    words, phrases = read_curated(CURATED)
    attested: Counter[str] = Counter()
    for word, count in load_word_frequencies().items():
        attested[normalize(word)] += count
    phoenix = read_phoenix(kb / "petrarch2" / "Phoenix.agents.txt")
    up_path = kb / "universal_petrarch_ar" / "agents.all.ar.txt"
    added, tally = up_phrases(up_path, phoenix, words, attested)
    curated_phrases = {tuple(p["words"]) for p in phrases}
    phrases += [p for p in added if tuple(p["words"]) not in curated_phrases]
    for note in review_sectors(words, up_path, phoenix):
        print("review:", note)
    payload = {
        "version": 1,
        "description": "Arabic nouns that name unnamed actors, with their CAMEO sector and role (agent, member, "
        "domain, group); forms in the matching-normal form without the article, with their grammatical number. "
        "Built by training/build_agent_lexicon.py from rasd's curated list and UniversalPetrarch (MIT) phrases "
        "confirmed by PETRARCH2 (MIT).",
        "counts": {"words": len(words), "phrases": len(phrases), "universal_petrarch": dict(sorted(tally.items()))},
        "words": dict(sorted(words.items())),
        "phrases": sorted(phrases, key=lambda p: p["words"]),
    }
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(words)} word forms, {len(phrases)} phrases; UP {dict(tally)}")


if __name__ == "__main__":
    main()
