"""Build the event coder's data: `src/rasd/data/events/predicates.json` and `src/rasd/data/events/cameo.json`.

Sources (read from ../shared, never needed at run time):
- `training/events/curated_predicates.tsv`: rasd's own predicate lexicon (verbs and verbal nouns with their
  constructions, CAMEO codes at the most specific level the words support).
- `kb/universal_petrarch_ar/CAMEO.ar.0.5.txt` and `verbs_assualt_only.txt` (UniversalPetrarch, MIT): an Arabic
  CAMEO verb-pattern dictionary, machine-translated from the English PETRARCH one. It is cleaned here: entries
  are kept only when the lemma is attested in Arabic news, the code is a real CAMEO code, the lemma's bare codes
  agree on one root category, the lemma is not already curated, and neither the lemma nor the (lemma, code) pair
  is on the reviewed reject list `training/events/up_rejects.tsv`.
- `kb/plover/CAMEO2PLOVER-2021.txt` (CC BY-SA 4.0): CAMEO → PLOVER type, mode and context.
- `kb/cameo/cameo_codes.json` (MIT; only the codes, parents and quad classes are used, no manual prose) and
  `kb/cameo/cameo_goldstein.json` (MIT): quad class and Goldstein scale per code.

Usage: python training/build_event_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.events.morphology import derive_present
from rasd.text.clitics import load_word_frequencies
from rasd.text.normalize import devocalize, normalize

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data" / "events"
CURATED = ROOT / "training" / "events" / "curated_predicates.tsv"
UP_REJECTS = ROOT / "training" / "events" / "up_rejects.tsv"

_CODE = re.compile(r"\[(\d{2,4}|---)(?::\d+)?\]")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_LIST_OPTIONS = ("obj", "prep", "tgt", "src", "notpre", "notobj", "notsubj", "notform")


@dataclass
class UpEntry:
    """One coded item of the UniversalPetrarch dictionary: a verb lemma, optionally with an object word."""

    lemma: str
    code: str
    obj: str | None = None
    line: int = 0
    glosses: tuple[str, ...] = ()


@dataclass
class UpDictionary:
    entries: list[UpEntry] = field(default_factory=list)
    synsets: dict[str, list[str]] = field(default_factory=dict)


def parse_universal_petrarch(paths: list[Path]) -> UpDictionary:
    """Read PETRARCH-format Arabic verb dictionaries into (lemma, code, object word) items."""
    result = UpDictionary()
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        _read_synsets(lines, result.synsets)
        _read_verbs(lines, result)
    return result


def _read_synsets(lines: list[str], synsets: dict[str, list[str]]) -> None:
    current: str | None = None
    for raw in lines:
        line = raw.strip()
        if line.startswith("####### VERB PATTERNS"):
            return
        if line.startswith("&"):
            current = line.split()[0]
            synsets.setdefault(current, [])
        elif line.startswith("+") and current:
            words = [w for w in line[1:].split("_") if w]
            if words:
                synsets[current].append(words[0])
        elif not line:
            current = None


def _read_verbs(lines: list[str], result: UpDictionary) -> None:
    in_verbs = False
    group: list[str] = []
    group_code = "---"
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line or line.startswith("#"):
            continue
        if line.startswith("---"):
            found = _CODE.search(line)
            group_code = found.group(1) if found else "---"
            group = []
            continue
        body, _, comment = line.partition("#")
        found = _CODE.search(body)
        code = found.group(1) if found else None
        if line.startswith("-"):
            pattern = body[1:].replace("*", " ", 1)
            pattern = _CODE.sub(" ", pattern)
            verbs = [v.strip() for v in comment.split(",") if v.strip()] or group
            for word in _pattern_words(pattern, result.synsets):
                for verb in verbs:
                    if code and code != "---":
                        result.entries.append(UpEntry(verb, code, word, number))
            continue
        lemma = _CODE.sub(" ", body).strip()
        if not lemma:
            continue
        group.append(lemma)
        glosses = tuple(g.strip().upper() for g in comment.split(",") if g.strip())
        own = code if code and code != "---" else None
        if own:
            result.entries.append(UpEntry(lemma, own, None, number, glosses))
        elif group_code != "---" and len(group) == 1:
            result.entries.append(UpEntry(lemma, group_code, None, number, glosses))


def _pattern_words(pattern: str, synsets: dict[str, list[str]]) -> Iterator[str]:
    """The first content word of a pattern (synsets expanded); prepositions and particles are dropped."""
    tokens = re.sub(r"[(){}]", " ", pattern).split()
    for token in tokens:
        if token.startswith("&"):
            yield from synsets.get(token, [])[:8]
            return
        if len(token) >= 3:
            yield token
            return


# ----------------------------------------------------------------------------------------------------------
# Curated lexicon


def read_curated(path: Path) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 5:
            raise ValueError(f"{path.name}:{number}: expected 5 TAB-separated columns, got {len(parts)}")
        cameo, kind, forms, options, gloss = parts
        if kind not in ("v", "n"):
            raise ValueError(f"{path.name}:{number}: kind must be v or n, got {kind!r}")
        entry: dict[str, Any] = {"cameo": cameo, "kind": kind, "forms": _parse_forms(kind, forms), "gloss": gloss}
        entry.update(_parse_options(options, path.name, number))
        entry["source"] = "rasd"
        entries.append(entry)
    return entries


def _parse_forms(kind: str, text: str) -> list[dict[str, Any]]:
    forms = []
    for alternative in text.split(","):
        words = [w.strip() for w in alternative.split(" + ") if w.strip()]
        head, rest = words[0], words[1:]
        if kind == "v":
            past, _, present = head.partition("|")
            forms.append({"past": past, "present": present or derive_present(past), "cont": rest})
        else:
            forms.append({"noun": head, "cont": rest})
    return forms


def _parse_options(text: str, name: str, number: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if text.strip() in ("", "-"):
        return out
    for item in text.split(";"):
        key, _, value = item.partition("=")
        key = key.strip()
        if key in _LIST_OPTIONS:
            out[key] = [[w for w in v.split(" + ")] for v in value.split("/")] if key == "obj" else value.split("/")
        elif key in ("gen", "ctl", "refine"):
            out[key] = value
        elif key in ("recip", "verbal", "passive", "unreal"):
            out[key] = value == "1"
        elif key == "alone":
            out["alone"] = value != "0"
        elif key == "conf":
            out["conf"] = float(value)
        else:
            raise ValueError(f"{name}:{number}: unknown option {key!r}")
    return out


# ----------------------------------------------------------------------------------------------------------
# Cleaning UniversalPetrarch


def read_rejects(path: Path) -> tuple[set[str], set[tuple[str, str]]]:
    lemmas: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        lemma, _, rest = raw.partition("\t")
        code = rest.split("\t")[0].strip()
        if code in ("", "*"):
            lemmas.add(normalize(lemma.strip()))
        else:
            pairs.add((normalize(lemma.strip()), code))
    return lemmas, pairs


def read_english_codes(path: Path) -> dict[str, set[str]]:
    """English verb -> the CAMEO codes PETRARCH2 (MIT) gives it without a pattern (its own or its block's)."""
    codes: dict[str, set[str]] = defaultdict(set)
    block = "---"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("---"):
            found = _CODE.search(line)
            block = found.group(1) if found else "---"
            continue
        if not line or line[0] in "#-&+":
            continue
        found = _CODE.search(line)
        code = found.group(1) if found and found.group(1) != "---" else block
        if code != "---":
            codes[line.split()[0].strip("{}")].add(code)
    return codes


def transform_closure(code: str, transforms: dict[str, dict[str, str | None]]) -> dict[str, str]:
    """What an event `code` becomes when it is intended, appealed for, demanded, rejected, threatened, alleged or
    denied (data/events/cameo_transforms.json): resulting code -> the name of the construction ("" = itself)."""
    out = {code: ""}
    for name, table in transforms.items():
        best = max((k for k in table if code.startswith(k)), key=len, default=None)
        value = table.get(best) if best is not None else None
        if value and value not in out:
            out[value] = name
    return out


def curated_controls(curated: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Verbs and nouns of rasd's curated lexicon that govern each construction («نفى» deny, «رفض» reject)."""
    classes: dict[str, set[str]] = defaultdict(set)
    for entry in curated:
        if entry.get("ctl"):
            for form in entry["forms"]:
                classes[entry["ctl"]].add(normalize(devocalize(form.get("past") or form.get("noun") or "")))
    return classes


def control_verbs(curated: list[dict[str, Any]], grammar: dict[str, Any]) -> dict[str, set[str]]:
    """Verbs that can carry each construction: rasd's curated governing predicates and intent verbs."""
    classes = curated_controls(curated)
    classes["intent"] |= {normalize(w) for w in grammar["lend_subject"]["intent"]}
    classes["reject"] |= {normalize(w) for w in grammar["lend_subject"]["negate"]}
    return classes


def clean_universal_petrarch(
    dictionary: UpDictionary,
    valid_codes: set[str],
    curated: list[dict[str, Any]],
    english: dict[str, set[str]],
    transforms: dict[str, dict[str, str | None]],
    grammar: dict[str, Any],
    rejects: tuple[set[str], set[tuple[str, str]]],
    frequencies: dict[str, int],
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Keep the UniversalPetrarch items that pass rasd's checks; return them as lexicon entries and the tallies.

    A verb coded on its own survives only when one of its English glosses carries the same code in PETRARCH2's
    English dictionary (the Arabic file was translated from it, and most of its errors are translation errors).
    A verb + object pattern survives only when the object is one of rasd's curated event nouns and the pattern's
    code is that noun's code, or what CAMEO makes of it when intended, appealed for, demanded, rejected,
    threatened, alleged or denied and the verb is one rasd knows to carry that construction: the verb then adds
    a subject (and a modality) to an event rasd already knows.
    """
    rejected_lemmas, rejected_pairs = rejects
    attested = {normalize(w) for w, c in frequencies.items() if c >= 5}
    curated_heads = {normalize(devocalize(f.get("past") or f.get("noun") or "")) for e in curated for f in e["forms"]}
    classes = control_verbs(curated, grammar)
    governing = curated_controls(curated)
    noun_codes: dict[str, dict[str, str]] = defaultdict(dict)
    for entry in curated:
        if entry["kind"] == "n" and "obj" not in entry and "prep" not in entry:
            for form in entry["forms"]:
                if not form["cont"]:
                    closure = transform_closure(entry["cameo"], transforms)
                    noun_codes[normalize(devocalize(form["noun"]))].update(closure)
    tally: dict[str, int] = defaultdict(int)
    kept: dict[tuple[str, str, str], dict[str, Any]] = {}
    for item in dictionary.entries:
        tally["items"] += 1
        words = devocalize(item.lemma).replace("_", " ").replace("+", " ").split()
        if not words or not all(_ARABIC_WORD.match(w) for w in words):
            tally["dropped: not an Arabic lemma"] += 1
            continue
        head = words[0]
        lemma = normalize(head)
        code = item.code
        if code not in valid_codes:
            tally["dropped: not a CAMEO code"] += 1
            continue
        if len(lemma) < 3 or lemma not in attested:
            tally["dropped: lemma not attested in news"] += 1
            continue
        if lemma in rejected_lemmas or (lemma, code) in rejected_pairs:
            tally["dropped: reviewed as a wrong sense"] += 1
            continue
        obj = normalize(devocalize(item.obj)) if item.obj else None
        if obj is None:
            if lemma in curated_heads:
                tally["dropped: verb already curated"] += 1
                continue
            if not any(code in english.get(gloss, ()) for gloss in item.glosses):
                tally["dropped: code not confirmed by the English gloss"] += 1
                continue
        else:
            if obj.startswith("ال"):
                obj = obj[2:]
            construction = noun_codes.get(obj, {}).get(code)
            if construction is None:
                tally["dropped: object is no curated event noun with a compatible code"] += 1
                continue
            if construction and lemma not in classes[construction]:
                tally[f"dropped: verb cannot carry the {construction} construction"] += 1
                continue
            if construction == "deny" and lemma in governing[construction]:
                # «نفى + هجوم»: a denial is 016 whatever it denies, and rasd's own sense of the verb already reads
                # it; the pattern would only win as the more specific reading and lower the event's confidence
                # below the threshold
                tally["dropped: denial verb already curated"] += 1
                continue
            if not construction:
                # «أكد + دعم»: a verb that only carries an event rasd already codes adds a subject, which the
                # supporting-verb grammar (grammar.json lend_subject) already gives without hiding the modality
                tally["dropped: verb only carries the event of its object"] += 1
                continue
        preps = words[1:2] if len(words) > 1 and normalize(words[1]) in _UP_PREPOSITIONS else []
        key = (lemma, obj or "", code)
        if key in kept:
            continue
        entry: dict[str, Any] = {
            "cameo": code,
            "kind": "v",
            "forms": [{"past": head, "present": derive_present(head), "cont": []}],
            "gloss": f"UniversalPetrarch line {item.line}",
            "source": "universal_petrarch",
            "conf": 0.5,
        }
        if obj:
            entry["obj"] = [[obj]]
        if preps:
            entry["prep"] = preps
        kept[key] = entry
        tally["kept"] += 1
    return list(kept.values()), dict(tally)


_UP_PREPOSITIONS = {normalize(w) for w in ("على", "إلى", "الى", "ب", "ل", "من", "عن", "في", "مع")}


# ----------------------------------------------------------------------------------------------------------
# CAMEO tables


def read_plover(path: Path) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        code, _, rest = line.partition(":")
        body, _, gloss = rest.partition("#")
        fields = [f.strip() for f in body.split(",")]
        if not code.strip().isdigit() or len(code.strip()) == 2:
            continue
        event = fields[0] or None
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        context = [c.strip() for c in fields[2].split(";") if c.strip()] if len(fields) > 2 else []
        table.setdefault(code.strip(), {"plover": event, "mode": mode, "context": context, "gloss": gloss.strip()})
    return table


def build_cameo_table(shared: Path) -> dict[str, dict[str, Any]]:
    codes = json.loads((shared / "data" / "kb" / "cameo" / "cameo_codes.json").read_text(encoding="utf-8"))
    goldstein = json.loads((shared / "data" / "kb" / "cameo" / "cameo_goldstein.json").read_text(encoding="utf-8"))
    plover = read_plover(shared / "data" / "kb" / "plover" / "CAMEO2PLOVER-2021.txt")
    table: dict[str, dict[str, Any]] = {}
    for code, info in sorted(codes.items()):
        if len(code) == 2:
            continue
        mapped = plover.get(code, {})
        table[code] = {
            "root": code[:2],
            "quad": info.get("quad_class"),
            "goldstein": goldstein.get(code, {}).get("value"),
            "plover": mapped.get("plover"),
            "mode": mapped.get("mode"),
            "context": mapped.get("context", []),
            "gloss": mapped.get("gloss") or None,
        }
    return table


def read_agent_heads(path: Path, frequencies: dict[str, int]) -> dict[str, str]:
    """Head words of UniversalPetrarch agent phrases («قوات», «متمردين», «شرطة») with their CAMEO sector: the words
    that extend an actor phrase to the left («وقائد المتمردين رياك مشار»)."""
    attested = {normalize(w): c for w, c in frequencies.items()}
    heads: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        found = re.search(r"\[~([A-Z]{3})", raw)
        if raw.startswith("#") or not found:
            continue
        first = devocalize(raw.split()[0].split("_")[0])
        word = normalize(first)
        word = word[2:] if word.startswith("ال") else word
        if len(word) >= 3 and _ARABIC_WORD.match(word) and attested.get(word, 0) + attested.get("ال" + word, 0) >= 20:
            heads.setdefault(word, found.group(1))
    return dict(sorted(heads.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    kb = args.shared / "data" / "kb"
    cameo = build_cameo_table(args.shared)
    curated = read_curated(CURATED)
    for entry in curated:
        if entry["cameo"] not in cameo:
            raise SystemExit(f"curated entry {entry['forms']} has unknown CAMEO code {entry['cameo']}")
    transforms = {
        name: table
        for name, table in json.loads((OUT / "cameo_transforms.json").read_text(encoding="utf-8")).items()
        if isinstance(table, dict) and "" in table
    }
    english = read_english_codes(kb / "petrarch2" / "CAMEO.2.0.txt")
    grammar = json.loads((OUT / "grammar.json").read_text(encoding="utf-8"))
    up = parse_universal_petrarch(
        [kb / "universal_petrarch_ar" / "CAMEO.ar.0.5.txt", kb / "universal_petrarch_ar" / "verbs_assualt_only.txt"]
    )
    cleaned, tally = clean_universal_petrarch(
        up, set(cameo), curated, english, transforms, grammar, read_rejects(UP_REJECTS), load_word_frequencies()
    )
    entries = curated + sorted(cleaned, key=lambda e: (e["forms"][0]["past"], e["cameo"], str(e.get("obj"))))
    for number, entry in enumerate(entries, start=1):
        entry["id"] = f"p{number:04d}"
    roots = sorted({e["cameo"][:2] for e in entries})
    agents = read_agent_heads(kb / "universal_petrarch_ar" / "agents.all.ar_v3.txt", load_word_frequencies())
    (OUT / "agent_heads.json").write_text(
        json.dumps(
            {
                "version": 1,
                "description": "Head nouns of actor phrases with their CAMEO sector, from the UniversalPetrarch Arabic "
                "agent dictionary (MIT), kept when attested in Arabic news. Built by training/build_event_lexicon.py.",
                "heads": agents,
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    payload = {
        "version": 1,
        "description": "Arabic event predicates -> CAMEO codes. Built by training/build_event_lexicon.py from "
        "rasd's curated lexicon and the cleaned UniversalPetrarch Arabic verb dictionary (MIT). Forms are "
        "inflected at load time by rasd.events.morphology.",
        "counts": {
            "entries": len(entries),
            "curated": len(curated),
            "universal_petrarch": len(cleaned),
            "roots": len(roots),
        },
        "universal_petrarch_cleaning": tally,
        "entries": entries,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "predicates.json").write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    (OUT / "cameo.json").write_text(
        json.dumps(
            {
                "version": 1,
                "description": "CAMEO event codes with PLOVER type/mode/context (CAMEO2PLOVER-2021, CC BY-SA 4.0, "
                "Open Event Data Alliance), quad class and Goldstein scale (MIT). Glosses are PLOVER's.",
                "codes": cameo,
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(entries)} predicate entries ({len(curated)} curated, {len(cleaned)} from UniversalPetrarch)")
    print(f"roots covered: {len(roots)} ({' '.join(roots)})")
    for key, value in sorted(tally.items()):
        print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
