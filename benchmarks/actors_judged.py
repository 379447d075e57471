"""Actor-linking precision on arbitrary news: human judgements of a seeded random sample of rasd's linked mentions.

`actors.py` measures the linker on the gold entity mentions of articles chosen for their political events; users
read rasd's actor codes on ANY article. This benchmark draws a seeded uniform sample of articles from every outlet
file of `../shared/data/news` (all sections; gold_dev and benchmarks/gold articles excluded: the draw of
`events_judged.py`, `_judged.py`), runs the full default pipeline, and keeps a plain (unstratified) random sample of
the LINKED entity mentions, those whose actor has a CAMEO code: a mention is sampled when a seeded hash of (article
id, start, end) falls under `--rate`, so a mention stays in the sample whatever the linker now says about it.

Each sampled mention is looked up in `benchmarks/gold/actors_judged.jsonl` by (article id, start, end, label); the
judgement counts only while the predicted code it was given for is still the prediction: a changed prediction is
unjudged again. Per draw: precision of the country part (`actors.country`: three letters, IGO/NGO/IMG/MNC codes
their first six) and of the full CAMEO code, with Wilson 95% intervals, overall and by `kb_source`, entity label and
outlet; and the share of entities left without an actor (no actor or no code).

Criterion (`GUIDE_events.md`, "Conventions settled in review" and `benchmarks/gold/README.md`): the code the mention
denotes in context, as a gold annotator would write it: a person by their role at the time (country + sector), a
country or people its code alone, a country adjective inside an institution or title the sector of what it
describes, a place that is only a location its country, IGOs as IGO…, armed groups by the review conventions.
A mention that is no entity at all (a common word taken for a name) is wrong on both counts.

Usage:
  python benchmarks/actors_judged.py --seed 20261301 20261302   # each draw's tables, then both pooled
  python benchmarks/actors_judged.py --todo 40                 # 40 unjudged sampled mentions, for a human
  python benchmarks/actors_judged.py --record VERDICTS.tsv     # merge verdicts into the judgement file

The verdict file lives OUTSIDE the repository; columns, tab-separated:
  id  start  end  label  predicted  country(y|n)  code(y|n)  gold  note
`gold` is the right full code (`-` when unknown), `note` free text saying why a code is debatable (optional).
`--todo` prints the first five columns ready to copy. The judgement file stores ids, offsets, labels, codes,
verdicts and notes only: never article text.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from _corpus import print_table
from _judged import (
    GOLD,
    draw_articles,
    merge_judgements,
    precision,
    read_jsonl,
    run,
    sample_fraction,
    sentence_of,
    verdict_lines,
)
from actors import country
from rasd.doc import Doc, Entity

JUDGED = GOLD / "actors_judged.jsonl"
SEEDS = [20261301, 20261302]
ARTICLES = 100
RATE = 0.04
KEY_FIELDS = ("id", "start", "end", "label")
FIELDS = (*KEY_FIELDS, "predicted", "country_right", "code_right", "gold", "note")

Key = tuple[str, int, int, str]
# one sampled mention: its key, what it is grouped by (kb_source, label, outlet) and its valid judgement or None
Row = tuple[Key, dict[str, str], dict[str, Any] | None]


def record_key(record: dict[str, Any]) -> Key:
    return (record["id"], record["start"], record["end"], record["label"])


def load_judged(path: Path = JUDGED) -> dict[Key, dict[str, Any]]:
    return {record_key(r): r for r in read_jsonl(path)}


def linked(entity: Entity) -> bool:
    return entity.actor is not None and entity.actor.cameo is not None


def sampled(seed: int, rate: float, doc_id: str, entity: Entity) -> bool:
    return linked(entity) and sample_fraction(seed, (doc_id, entity.start, entity.end)) < rate


def judgement(judged: dict[Key, dict[str, Any]], key: Key, predicted: str) -> dict[str, Any] | None:
    """The judgement of a mention if it was given for the code now predicted; a changed prediction is unjudged."""
    record = judged.get(key)
    return record if record is not None and record["predicted"] == predicted else None


def score(rows: Iterable[Row]) -> list[Any]:
    """sampled, judged, unjudged, country right, code right, country precision, code precision."""
    rows = list(rows)
    verdicts = [r for _, _, r in rows if r is not None]
    countries = sum(bool(r["country_right"]) for r in verdicts)
    codes = sum(bool(r["code_right"]) for r in verdicts)
    n = len(verdicts)
    return [len(rows), n, len(rows) - n, countries, codes, precision(countries, n), precision(codes, n)]


HEADER = ["sampled", "judged", "unjudged", "country ok", "code ok", "country P [95% Wilson]", "code P [95% Wilson]"]


def draw(seed: int, count: int, rate: float, judged: dict[Key, dict[str, Any]]) -> tuple[Counter[str], list[Row]]:
    """One seed's counts (entities, linked, by group) and its sample."""
    counts: Counter[str] = Counter()
    rows: list[Row] = []
    for article, doc in run(draw_articles(seed, count)):
        for entity in doc.entities:
            counts["entities"] += 1
            counts[f"entities label {entity.label}"] += 1
            if not linked(entity):
                continue
            assert entity.actor is not None and entity.actor.cameo is not None
            groups = {"kb_source": str(entity.actor.kb_source), "label": entity.label, "outlet": article["outlet"]}
            counts["linked"] += 1
            for kind, name in groups.items():
                counts[f"{kind} {name}"] += 1
            if sampled(seed, rate, article["id"], entity):
                key = (article["id"], entity.start, entity.end, entity.label)
                rows.append((key, groups, judgement(judged, key, entity.actor.cameo)))
    return counts, rows


def error_classes(rows: Iterable[Row]) -> list[list[Any]]:
    """Wrong judged mentions by kb_source: country wrong, or country right and sector wrong."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for _, groups, record in rows:
        if record is None or record["code_right"]:
            continue
        table[groups["kb_source"]]["country" if not record["country_right"] else "sector"] += 1
    ordered = sorted(table.items(), key=lambda item: -sum(item[1].values()))
    return [[source, c["country"], c["sector"], c["country"] + c["sector"]] for source, c in ordered]


def report(seed: int, count: int, rate: float, judged: dict[Key, dict[str, Any]]) -> tuple[Counter[str], list[Row]]:
    counts, rows = draw(seed, count, rate, judged)
    unlinked = counts["entities"] - counts["linked"]
    share = f"{unlinked / counts['entities']:.3f}" if counts["entities"] else "-"
    print_table(
        f"Actor linking on arbitrary news (seed {seed}, {count} articles, plain sample of linked mentions at {rate})",
        ["entities", "linked", "without actor", "share without", *HEADER],
        [[counts["entities"], counts["linked"], unlinked, share, *score(rows)]],
    )
    for kind in ("kb_source", "label", "outlet"):
        names = sorted({g.split(" ", 1)[1] for g in counts if g.startswith(f"{kind} ")})
        table = [[name, counts[f"{kind} {name}"], *score(r for r in rows if r[1][kind] == name)] for name in names]
        table.sort(key=lambda row: -row[1])
        print_table(f"By {kind}", [kind, "linked", *HEADER], table)
    labels = sorted({g.rsplit(" ", 1)[1] for g in counts if g.startswith("entities label ")})
    print_table(
        "Entities without an actor, by label",
        ["label", "entities", "linked", "without", "share without"],
        [
            [
                label,
                counts[f"entities label {label}"],
                counts[f"label {label}"],
                counts[f"entities label {label}"] - counts[f"label {label}"],
                f"{1 - counts[f'label {label}'] / counts[f'entities label {label}']:.3f}",
            ]
            for label in labels
        ],
    )
    print_table("Wrong codes by kb_source", ["kb_source", "country wrong", "sector wrong", "all"], error_classes(rows))
    return counts, rows


def pooled(samples: Iterable[list[Row]]) -> list[Row]:
    """Several draws' samples as one: a mention drawn by two seeds (an article in both draws) counts once."""
    rows: dict[Key, Row] = {}
    for sample in samples:
        for row in sample:
            rows.setdefault(row[0], row)
    return list(rows.values())


def report_seeds(seeds: list[int], count: int, rate: float) -> None:
    judged = load_judged()
    runs = [(seed, *report(seed, count, rate, judged)) for seed in seeds]
    if len(runs) > 1:
        table = [[str(seed), counts["linked"], *score(rows)] for seed, counts, rows in runs]
        both = pooled(rows for _, _, rows in runs)
        table.append(["pooled", sum(counts["linked"] for _, counts, _ in runs), *score(both)])
        print_table(
            f"Pooled over seeds ({count} articles each, a mention drawn twice counted once)",
            ["seed", "linked", *HEADER],
            table,
        )
        print_table(
            "Pooled wrong codes by kb_source",
            ["kb_source", "country wrong", "sector wrong", "all"],
            error_classes(both),
        )


def todo(seeds: list[int], count: int, rate: float, limit: int) -> None:
    """Print unjudged sampled mentions for a human (terminal only: article text), in a stable random order."""
    judged = load_judged()
    pending: list[tuple[float, Key, dict[str, Any], Doc, Entity]] = []
    seen: set[Key] = set()
    for seed in seeds:
        for article, doc in run(draw_articles(seed, count)):
            for entity in doc.entities:
                key = (article["id"], entity.start, entity.end, entity.label)
                if not sampled(seed, rate, article["id"], entity) or key in seen:
                    continue
                seen.add(key)
                assert entity.actor is not None and entity.actor.cameo is not None
                if judgement(judged, key, entity.actor.cameo) is None:
                    fraction = sample_fraction(seed, key[:3])
                    pending.append((fraction, key, article, doc, entity))
    pending.sort(key=lambda item: (item[1][0], item[1][1]))
    print(f"{len(pending)} unjudged sampled mentions; showing {min(limit, len(pending))}", file=sys.stderr)
    for _, key, article, doc, entity in pending[:limit]:
        actor = entity.actor
        assert actor is not None
        print("\t".join(str(v) for v in (*key, actor.cameo)))
        old = judged.get(key)
        print(
            f"  «{entity.text}»  {article['outlet']}  kb_source={actor.kb_source} id={actor.id} name_en={actor.name_en}"
            f" role={actor.role}" + (f"  (judged before for {old['predicted']}: gold {old['gold']})" if old else "")
        )
        print(f"  sentence: {sentence_of(doc, entity.start, entity.end)}")
        others = [
            f"{e.text}={e.actor.cameo if e.actor else '-'}"
            for e in doc.entities
            if e is not entity and abs(e.start - entity.start) < 300
        ]
        print(f"  near: {'; '.join(others)}")
        print(f"  opening: {doc.text[:160]}")
        print()


def parse_verdicts(lines: Iterable[str]) -> list[dict[str, Any]]:
    records = []
    for number, cells in verdict_lines(lines, 8):
        article_id, start, end, label, predicted, country_ok, code_ok, gold = cells[:8]
        note = cells[8] if len(cells) > 8 and cells[8] else None
        if country_ok not in ("y", "n") or code_ok not in ("y", "n"):
            raise SystemExit(f"verdict line {number}: country and code verdicts are y or n")
        item = {
            "id": article_id,
            "start": int(start),
            "end": int(end),
            "label": label,
            "predicted": predicted,
            "country_right": country_ok == "y",
            "code_right": code_ok == "y",
            "gold": None if gold in ("", "-") else gold,
            "note": note,
        }
        problem = inconsistency(item)
        if problem:
            raise SystemExit(f"verdict line {number}: {problem}")
        records.append(item)
    return records


def inconsistency(record: dict[str, Any]) -> str | None:
    """Why a judgement contradicts itself, or None: a right code has a right country; a known right code decides both
    verdicts."""
    if record["code_right"] and not record["country_right"]:
        return "a right code with a wrong country"
    gold = record["gold"]
    if gold is not None:
        if (gold == record["predicted"]) != record["code_right"]:
            return f"gold {gold} and predicted {record['predicted']} contradict the code verdict"
        if (country(gold) == country(record["predicted"])) != record["country_right"]:
            return f"gold {gold} and predicted {record['predicted']} contradict the country verdict"
    return None


def record(path: Path) -> None:
    with path.open(encoding="utf-8") as fh:
        items = parse_verdicts(fh)
    merge_judgements(JUDGED, items, record_key, record_key, FIELDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, nargs="+", default=SEEDS, help="several seeds: the table pools them")
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--rate", type=float, default=RATE, help="fraction of linked mentions sampled for judging")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--todo", type=int, metavar="N", help="print N unjudged sampled mentions")
    mode.add_argument("--record", type=Path, metavar="TSV", help="merge a verdict file into the judgements")
    args = parser.parse_args()
    if args.record:
        record(args.record)
    elif args.todo:
        todo(args.seed, args.articles, args.rate, args.todo)
    else:
        report_seeds(args.seed, args.articles, args.rate)


if __name__ == "__main__":
    main()
