"""Event-coding precision on arbitrary news: human judgements of a seeded random sample of rasd's own events.

The dev gold measures rasd on annotated political articles; users read its events on ANY article. This benchmark
draws a seeded random sample of articles from every outlet file of `../shared/data/news` (all sections, gold_dev
and benchmarks/gold articles excluded), runs the full default pipeline on them, keeps a stable random sample of the
predicted events (an event is sampled when a seeded hash of its key falls under `--rate`, so the sample of an
unchanged event never moves) and compares each sampled event with the committed judgements in
`benchmarks/gold/events_judged.jsonl`, keyed by (article id, evidence start, evidence end, CAMEO code, source
actor, target actor).

Criterion (level a of `../shared/tools/score_gold.py`, events as `GUIDE_events.md` defines them): an event is
right when the text really states (or states as intended/threatened) a CAMEO event of that root between actors
whose country part matches the predicted source and target; a null predicted side is right only when the text
names no actor there. Wrong events carry a reason code (REASONS). A reverse copy of a symmetric event (04x except
042/043, 036, 057) is dropped before sampling, as the scorer does. A second event of an article with the same key as an
earlier one (the same trigger, codes and actors from other words) counts as a wrong `duplicate`: the scorer counts every
copy and can match only one.

Usage:
  python benchmarks/events_judged.py                       # the table
  python benchmarks/events_judged.py --judge 40            # print 40 unjudged sampled events for a human
  python benchmarks/events_judged.py --record VERDICTS.tsv # merge verdicts into the judgement file
  python benchmarks/events_judged.py --seed 20261129 20261130  # each seed's table, then both samples pooled

The verdict file lives OUTSIDE the repository (it may hold notes); columns, tab-separated:
  id  evidence_start  evidence_end  cameo  source_actor  target_actor  verdict(right|wrong)  reason
(`-` for a null actor or an empty reason). `--judge` prints the first six columns ready to copy. The judgement file
stores ids, offsets, codes, verdict and reason only: never article text.
"""

from __future__ import annotations

import argparse
import operator
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
from rasd.doc import Doc, Event

JUDGED = GOLD / "events_judged.jsonl"
SEED = 20261129
ARTICLES = 400
RATE = 0.2
VERDICTS = ("right", "wrong")
REASONS = ("not_event", "wrong_root", "wrong_source", "wrong_target", "reversed", "duplicate")
KEY_FIELDS = ("id", "evidence_start", "evidence_end", "cameo", "source_actor", "target_actor")

Key = tuple[str, int, int, str, str | None, str | None]
Row = tuple[Key, dict[str, Any] | None]
REPEAT: dict[str, Any] = {"verdict": "wrong", "reason": "duplicate"}


def event_key(doc_id: str, event: Event) -> Key:
    return (doc_id, event.evidence.start, event.evidence.end, event.cameo, event.source.actor, event.target.actor)


def record_key(record: dict[str, Any]) -> Key:
    return tuple(record[field] for field in KEY_FIELDS)


ORDER = operator.itemgetter("id", "evidence_start", "evidence_end", "cameo")


def symmetric(code: str) -> bool:
    return (code.startswith("04") and code[:3] not in ("042", "043")) or code[:3] in ("036", "057")


def scored_events(doc: Doc) -> list[Event]:
    """The doc's events with reverse copies of symmetric events dropped, as score_gold.py does."""
    seen: set[tuple[str, frozenset[str]]] = set()
    kept = []
    for event in doc.events:
        if symmetric(event.cameo):
            pair = (event.cameo, frozenset([str(event.source.actor), str(event.target.actor)]))
            if pair in seen:
                continue
            seen.add(pair)
        kept.append(event)
    return kept


def sample_rows(seed: int, rate: float, keys: Iterable[Key], judged: dict[Key, dict[str, Any]]) -> list[Row]:
    """The sampled keys of one article's events with their judgements; a repeat of a key is a wrong duplicate."""
    seen: set[Key] = set()
    rows: list[Row] = []
    for key in keys:
        if sample_fraction(seed, key) < rate:
            rows.append((key, REPEAT if key in seen else judged.get(key)))
        seen.add(key)
    return rows


def pooled(samples: Iterable[list[Row]]) -> list[Row]:
    """Several seeds' samples as one: an event drawn by two seeds (an article in both draws) counts once."""
    rows: dict[tuple[Key, int], dict[str, Any] | None] = {}
    for sample in samples:
        copies: Counter[Key] = Counter()
        for key, record in sample:
            rows.setdefault((key, copies[key]), record)
            copies[key] += 1
    return [(key, record) for (key, _), record in rows.items()]


def load_judged(path: Path = JUDGED) -> dict[Key, dict[str, Any]]:
    return {record_key(r): r for r in read_jsonl(path)}


def summary_row(label: str, predicted: int, rows: list[tuple[Key, dict[str, Any] | None]]) -> list[Any]:
    judged = [r for _, r in rows if r is not None]
    right = sum(r["verdict"] == "right" for r in judged)
    unjudged = len(rows) - len(judged)
    return [
        label,
        predicted,
        len(rows),
        len(judged),
        right,
        len(judged) - right,
        unjudged,
        precision(right, len(judged)),
    ]


def report(seed: int, count: int, rate: float, judged: dict[Key, dict[str, Any]]) -> tuple[int, list[Row]]:
    """Print one seed's tables; return its predicted-event count and its sample."""
    predicted: Counter[str] = Counter()
    sampled: list[Row] = []
    outlet_of: dict[str, str] = {}
    for article, doc in run(draw_articles(seed, count)):
        outlet_of[article["id"]] = article["outlet"]
        events = scored_events(doc)
        for event in events:
            for group in ("all", f"root {event.cameo[:2]}", f"outlet {article['outlet']}"):
                predicted[group] += 1
        sampled += sample_rows(seed, rate, (event_key(article["id"], e) for e in events), judged)
    header = ["group", "predicted", "sampled", "judged", "right", "wrong", "unjudged", "precision [95% Wilson]"]
    print_table(
        f"Event precision on arbitrary news (seed {seed}, {count} articles, sample rate {rate})",
        header,
        [summary_row("all", predicted["all"], sampled)],
    )
    for kind, part in (("root", lambda k: k[3][:2]), ("outlet", lambda k: outlet_of[k[0]])):
        groups: dict[str, list[tuple[Key, dict[str, Any] | None]]] = defaultdict(list)
        for key, record in sampled:
            groups[part(key)].append((key, record))
        names = sorted({g.split(" ", 1)[1] for g in predicted if g.startswith(f"{kind} ")})
        rows = [summary_row(name, predicted[f"{kind} {name}"], groups[name]) for name in names]
        print_table(f"By {'CAMEO root' if kind == 'root' else kind}", header, rows)
    reasons = Counter(r["reason"] for _, r in sampled if r is not None and r["verdict"] == "wrong")
    print_table("Wrong events by reason", ["reason", "events"], [[k, v] for k, v in reasons.most_common()])
    return predicted["all"], sampled


def report_seeds(seeds: list[int], count: int, rate: float) -> None:
    judged = load_judged()
    runs = [(seed, *report(seed, count, rate, judged)) for seed in seeds]
    if len(runs) > 1:
        header = ["seed", "predicted", "sampled", "judged", "right", "wrong", "unjudged", "precision [95% Wilson]"]
        rows = [summary_row(str(seed), predicted, sample) for seed, predicted, sample in runs]
        total = sum(predicted for _, predicted, _ in runs)
        rows.append(summary_row("pooled", total, pooled(sample for _, _, sample in runs)))
        print_table(f"Pooled over seeds ({count} articles each, an event drawn twice counted once)", header, rows)


def judge(seed: int, count: int, rate: float, limit: int) -> None:
    """Print unjudged sampled events for a human, in a stable random order (terminal only: article text)."""
    judged = load_judged()
    pending: list[tuple[float, Key, Doc, Event, list[Event]]] = []
    for article, doc in run(draw_articles(seed, count)):
        events = scored_events(doc)
        seen: set[Key] = set()
        for event in events:
            key = event_key(article["id"], event)
            fraction = sample_fraction(seed, key)
            if fraction < rate and key not in judged and key not in seen:
                pending.append((fraction, key, doc, event, events))
            seen.add(key)
    pending.sort(key=lambda item: item[0])
    print(f"{len(pending)} unjudged sampled events; showing {min(limit, len(pending))}", file=sys.stderr)
    for _, key, doc, event, events in pending[:limit]:
        print("\t".join("-" if v is None else str(v) for v in key))
        print(
            f"  trigger «{doc.text[event.evidence.start : event.evidence.end]}»  modality={event.modality}"
            f" negated={event.negated}  source «{event.source.text}»  target «{event.target.text}»"
        )
        print(f"  sentence: {sentence_of(doc, event.evidence.start, event.evidence.end)}")
        same = [
            f"{e.evidence.start}-{e.evidence.end} {e.cameo} {e.source.actor}>{e.target.actor}"
            for e in events
            if e is not event and e.cameo[:2] == event.cameo[:2]
        ]
        if same:
            print(f"  same root in article: {'; '.join(same)}")
        print()


def parse_verdicts(lines: Iterable[str]) -> list[dict[str, Any]]:
    records = []
    for number, cells in verdict_lines(lines, 7):
        article_id, start, end, cameo, source, target, verdict = cells[:7]
        reason = cells[7] if len(cells) > 7 else ""
        if verdict not in VERDICTS:
            raise SystemExit(f"verdict line {number}: verdict must be one of {VERDICTS}, got {verdict!r}")
        if verdict == "wrong" and reason not in REASONS:
            raise SystemExit(f"verdict line {number}: a wrong event needs a reason in {REASONS}, got {reason!r}")
        records.append(
            {
                "id": article_id,
                "evidence_start": int(start),
                "evidence_end": int(end),
                "cameo": cameo,
                "source_actor": None if source in ("-", "") else source,
                "target_actor": None if target in ("-", "") else target,
                "verdict": verdict,
                "reason": reason if verdict == "wrong" else None,
            }
        )
    return records


def record(path: Path) -> None:
    with path.open(encoding="utf-8") as fh:
        items = parse_verdicts(fh)
    merge_judgements(JUDGED, items, record_key, ORDER, (*KEY_FIELDS, "verdict", "reason"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, nargs="+", default=[SEED], help="several seeds: the table pools them")
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--rate", type=float, default=RATE, help="fraction of predicted events sampled for judging")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--judge", type=int, metavar="N", help="print N unjudged sampled events")
    mode.add_argument("--record", type=Path, metavar="TSV", help="merge a verdict file into the judgements")
    args = parser.parse_args()
    if args.record:
        record(args.record)
    elif args.judge:
        if len(args.seed) != 1:
            parser.error("--judge takes one seed")
        judge(args.seed[0], args.articles, args.rate, args.judge)
    else:
        report_seeds(args.seed, args.articles, args.rate)


if __name__ == "__main__":
    main()
