"""Why event coding misses gold events and makes false ones: every error of the events stage classified by cause.

For each gold set (`dev` = ../shared/data/gold_dev, `extra` = benchmarks/gold/events_extra.jsonl) and each system
(the events stage on oracle inputs = gold entities, actor codes, time expressions and quotes; and the full pipeline),
predictions are matched to gold events at level (a) of score_gold.py (root code + source and target country; a null
gold side matches anything; meetings and agreements either way). Then:

Missed gold events, first cause that applies:
  trigger: not in lexicon          no predicate word read at the gold trigger, and no lexicon form of the word
  trigger: construction rejected   the word has lexicon forms but no sense's construction (object, preposition,
                                   fixed words, excluded neighbour, topic marker) was present
  trigger: no draft                a trigger was read but coded nothing (a governing word with no governed event,
                                   a word that needs one, or consumed by another trigger)
  wrong root                       coded at the gold trigger with another CAMEO root
  upstream: entity missing         (pipeline) the gold source/target is an entity the pipeline did not find
  upstream: actor code wrong       (pipeline) the pipeline's entity there has another country/actor code
  source missing / source wrong    the argument finder found no source / another one
  target missing / target wrong    same for the target
  dropped after drafting           a draft was right but no event came out (confidence, partial participants)
  dedup                            the right event came out elsewhere (merged into another telling) and was matched
                                   to another gold event
  taken by another gold event      the right event came out at this trigger but the scorer matched it to another
                                   gold event (the gold lists the act twice, or another gold event has a null side)

False positives (predictions matched to no gold event):
  no gold event at trigger         gold codes nothing at the evidence (not an event, or coded at another mention:
                                   "elsewhere" when a gold event with this root and these actors exists)
  wrong root / source wrong / target wrong   a gold event at the same trigger differs so
  duplicate                        everything agrees with a gold event already matched

Level-(a) matches are further checked for the full code (c) and the date (d).

Usage: python benchmarks/events_errors.py [--examples N] [--system oracle|pipeline|both] [--cause TEXT]
Examples print article id + character offsets (and, in the terminal only, the words around them).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from _corpus import GOLD_DEV, ROOT, print_table
from events import load_jsonl, oracle_doc, scorer_module
from rasd.doc import Doc, Event
from rasd.events.extract import Draft, SentenceContext, code_document, finalize
from rasd.events.lexicon import default_lexicon
from rasd.pipeline import Pipeline, make_doc

UPSTREAM = ["normalize", "tokenize", "sentences", "time", "entities", "actors", "quotes"]
MISS_CAUSES = [
    "trigger: not in lexicon",
    "trigger: construction rejected",
    "trigger: no draft",
    "wrong root",
    "upstream: entity missing",
    "upstream: actor code wrong",
    "source missing",
    "source wrong",
    "target missing",
    "target wrong",
    "dropped after drafting",
    "dedup",
    "taken by another gold event",
]
FP_CAUSES = [
    "no gold event at trigger",
    "no gold event at trigger (elsewhere)",
    "wrong root",
    "source wrong",
    "target wrong",
    "duplicate",
]


@dataclass
class Case:
    article: str
    start: int
    end: int
    note: str


def country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.upper()
    return code[:6] if code.startswith(("IGO", "NGO", "IMG", "MNC")) else code[:3]


def same(gold: str | None, pred: str | None) -> bool:
    return not gold or (pred is not None and country(gold) == country(pred))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def args_ok(sg: Any, g: dict[str, Any], source: str | None, target: str | None) -> tuple[bool, bool]:
    """(source ok, target ok), either direction for symmetric codes (the better of the two)."""
    gs, gt = g.get("source_actor"), g.get("target_actor")
    straight = (same(gs, source), same(gt, target))
    if sg.symmetric(g["cameo"]):
        swapped = (same(gs, target), same(gt, source))
        if sum(swapped) > sum(straight):
            return swapped
    return straight


def match_a(sg: Any, gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> tuple[dict[int, int], set[int]]:
    """Level-(a) matching exactly as score_gold.py does it: gold index -> prediction index."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j in used or str(g["cameo"])[:2] != str(p.get("cameo") or "")[:2]:
                continue
            if all(args_ok(sg, g, p["source"]["actor"], p["target"]["actor"])):
                used.add(j)
                pairs[i] = j
                break
    return pairs, used


def gold_entity_at(doc_gold: dict[str, Any], text: str | None, trigger: int) -> dict[str, Any] | None:
    """The gold entity whose text is the gold argument text, nearest to the trigger."""
    if not text:
        return None
    candidates = [e for e in doc_gold.get("entities", []) if e["text"] == text]
    return min(candidates, key=lambda e: abs(e["start"] - trigger), default=None)


def upstream_cause(
    doc: Doc, doc_gold: dict[str, Any], g: dict[str, Any], side: str, oracle: bool
) -> tuple[str, int, int] | None:
    if oracle:
        return None
    entity = gold_entity_at(doc_gold, g.get(f"{side}_text"), g["trigger_start"])
    if entity is None or not entity.get("actor"):
        return None
    found = [e for e in doc.entities if overlaps((e.start, e.end), (entity["start"], entity["end"]))]
    if not found:
        return "upstream: entity missing", entity["start"], entity["end"]
    codes = [(e.actor.cameo or e.actor.country) if e.actor else None for e in found]
    if not any(country(c) == country(entity["actor"]) for c in codes):
        return "upstream: actor code wrong", entity["start"], entity["end"]
    return None


def draft_span(doc: Doc, draft: Draft, contexts: Sequence[SentenceContext]) -> tuple[int, int]:
    views = contexts[draft.sentence].views
    start, end = draft.evidence
    return views[start].token.start, views[end - 1].token.end


def classify_miss(
    sg: Any,
    doc: Doc,
    doc_gold: dict[str, Any],
    g: dict[str, Any],
    contexts: Sequence[SentenceContext],
    drafts: Sequence[Draft],
    events: Sequence[dict[str, Any]],
    oracle: bool,
) -> tuple[str, str]:
    span = (g["trigger_start"], g["trigger_end"])
    cover = [d for d in drafts if overlaps(draft_span(doc, d, contexts), span)]
    if not cover:
        for ctx in contexts:
            for trigger in ctx.triggers:
                head = ctx.views[trigger.head].token
                if overlaps((head.start, head.end), span):
                    return "trigger: no draft", f"read as {trigger.predicate.cameo} {trigger.predicate.gloss}"
        lexicon = default_lexicon()
        for ctx in contexts:
            for view in ctx.views:
                if view.is_word and overlaps((view.token.start, view.token.end), span):
                    forms = [s.core for s in view.splits if lexicon.lookup(s.core)]
                    if forms:
                        codes = {h.predicate.cameo for f in forms for h in lexicon.lookup(f)}
                        return "trigger: construction rejected", f"senses {sorted(codes)}"
        return "trigger: not in lexicon", ""
    right = [d for d in cover if d.code[:2] == str(g["cameo"])[:2]]
    if not right:
        return "wrong root", f"coded {cover[0].code}"

    def pair_score(d: Draft) -> tuple[int, int, int]:
        best = (0, 0, 0)
        for s in d.sources or [None]:
            for t in d.targets or [None]:
                ok = args_ok(sg, g, s.code if s else None, t.code if t else None)
                best = max(best, (sum(ok), ok[0], ok[1]))
        return best

    draft = max(right, key=pair_score)
    total, source_ok, target_ok = pair_score(draft)
    if total == 2:
        wanted = [
            e
            for e in events
            if str(e["cameo"])[:2] == str(g["cameo"])[:2]
            and all(args_ok(sg, g, e["source"]["actor"], e["target"]["actor"]))
        ]
        if not wanted:
            return "dropped after drafting", f"conf {draft.confidence:.2f}"
        if any(overlaps((e["evidence"]["start"], e["evidence"]["end"]), span) for e in wanted):
            # the event came out at this very trigger; the scorer matched it to another gold event of its root
            # and countries (the gold lists the act twice, or another gold event has a null side)
            return "taken by another gold event", ""
        return "dedup", ""
    for side, ok, found in (("source", source_ok, draft.sources), ("target", target_ok, draft.targets)):
        if ok:
            continue
        upstream = upstream_cause(doc, doc_gold, g, side, oracle)
        if upstream is not None:
            return upstream[0], f"{side} at {upstream[1]}-{upstream[2]}"
        codes = [s.code for s in found if s.code]
        if not codes:
            return f"{side} missing", ""
        return f"{side} wrong", f"got {codes[:3]} want {g.get(side + '_actor')}"
    return "dedup", ""


def classify_fp(sg: Any, p: dict[str, Any], gold: Sequence[dict[str, Any]], matched_gold: set[int]) -> tuple[str, str]:
    span = (p["evidence"]["start"], p["evidence"]["end"])
    source, target = p["source"]["actor"], p["target"]["actor"]
    at = [(i, g) for i, g in enumerate(gold) if overlaps((g["trigger_start"], g["trigger_end"]), span)]
    if not at:
        elsewhere = any(str(g["cameo"])[:2] == p["cameo"][:2] and all(args_ok(sg, g, source, target)) for g in gold)
        return ("no gold event at trigger (elsewhere)" if elsewhere else "no gold event at trigger"), ""
    same_root = [(i, g) for i, g in at if str(g["cameo"])[:2] == p["cameo"][:2]]
    if not same_root:
        return "wrong root", f"gold {at[0][1]['cameo']}"
    best = max(same_root, key=lambda ig: sum(args_ok(sg, ig[1], source, target)))
    source_ok, target_ok = args_ok(sg, best[1], source, target)
    if not source_ok:
        return "source wrong", f"got {source} want {best[1].get('source_actor')}"
    if not target_ok:
        return "target wrong", f"got {target} want {best[1].get('target_actor')}"
    return "duplicate", ""


@dataclass
class Tally:
    misses: Counter[str]
    fps: Counter[str]
    level_c: int
    level_d: int
    hits: int
    gold: int
    pred: int
    examples: dict[str, list[Case]]


def analyse(
    sg: Any,
    gold_set: list[dict[str, Any]],
    docs: dict[str, Doc],
    oracle: bool,
) -> Tally:
    misses: Counter[str] = Counter()
    fps: Counter[str] = Counter()
    examples: dict[str, list[Case]] = defaultdict(list)
    level_c = level_d = hits = n_gold = n_pred = 0
    for record in gold_set:
        doc = docs[record["id"]]
        contexts, drafts = code_document(doc)
        events = [_event_dict(e) for e in finalize(doc, drafts, contexts)]
        gold = sg.dedupe(record["events"], lambda e: e.get("source_actor"), lambda e: e.get("target_actor"))
        pred = sg.dedupe(events, lambda e: e["source"]["actor"], lambda e: e["target"]["actor"])
        n_gold += len(gold)
        n_pred += len(pred)
        pairs, used = match_a(sg, gold, pred)
        hits += len(pairs)
        for i, g in enumerate(gold):
            if i in pairs:
                p = pred[pairs[i]]
                if p["cameo"] != str(g["cameo"]):
                    level_c += 1
                    examples["full code wrong"].append(
                        Case(record["id"], g["trigger_start"], g["trigger_end"], f"{p['cameo']} want {g['cameo']}")
                    )
                elif str(p["date"]["value"]) != str(g.get("date")):
                    level_d += 1
                    examples["date wrong"].append(
                        Case(
                            record["id"],
                            g["trigger_start"],
                            g["trigger_end"],
                            f"{p['date']['value']} ({p['date']['basis']}) want {g.get('date')}",
                        )
                    )
                continue
            cause, note = classify_miss(sg, doc, record, g, contexts, drafts, events, oracle)
            misses[cause] += 1
            note = f"G {g['cameo']} {g.get('source_actor')}->{g.get('target_actor')} {note}"
            examples[cause].append(Case(record["id"], g["trigger_start"], g["trigger_end"], note))
        matched = set(pairs)
        for j, p in enumerate(pred):
            if j in used:
                continue
            cause, note = classify_fp(sg, p, gold, matched)
            fps[cause] += 1
            note = f"P {p['cameo']} {p['source']['actor']}->{p['target']['actor']} {note}"
            examples["FP " + cause].append(Case(record["id"], p["evidence"]["start"], p["evidence"]["end"], note))
    return Tally(misses, fps, level_c, level_d, hits, n_gold, n_pred, examples)


def _event_dict(event: Event) -> dict[str, Any]:
    return {
        "cameo": event.cameo,
        "source": {"actor": event.source.actor},
        "target": {"actor": event.target.actor},
        "date": {"value": event.date.value, "basis": event.date.basis},
        "evidence": {"start": event.evidence.start, "end": event.evidence.end},
    }


GoldSet = tuple[list[dict[str, Any]], dict[str, dict[str, Any]], Callable[..., Doc]]


def load_sets(limit: int | None) -> dict[str, GoldSet]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gold_sets

    dev = load_jsonl(GOLD_DEV / "events.jsonl")[:limit]
    articles = {a["id"]: a for a in load_jsonl(GOLD_DEV / "articles.jsonl")}
    timexes = {t["id"]: t for t in load_jsonl(GOLD_DEV / "timex.jsonl")}
    quotes = {q["id"]: q for q in load_jsonl(GOLD_DEV / "quotes.jsonl")}
    extra = gold_sets.load_layer("events", "extra")[:limit]
    extra_articles = {a["id"]: a for a in gold_sets.layer_articles("events", "extra")}

    def dev_oracle(g: dict[str, Any]) -> Doc:
        return oracle_doc(articles[g["id"]], g, timexes.get(g["id"], {}), quotes.get(g["id"], {}))

    def extra_oracle(g: dict[str, Any]) -> Doc:
        return oracle_doc(extra_articles[g["id"]], g, {}, {})

    return {"dev": (dev, articles, dev_oracle), "extra": (extra, extra_articles, extra_oracle)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=0, help="examples to list per cause")
    parser.add_argument("--system", choices=["oracle", "pipeline", "both"], default="both")
    parser.add_argument("--cause", default=None, help="list examples only for causes containing this text")
    parser.add_argument("--set", choices=["dev", "extra", "both"], default="both")
    parser.add_argument("--context", action="store_true", help="print the words around each example (terminal)")
    args = parser.parse_args()
    sg = scorer_module()
    upstream = Pipeline(UPSTREAM)
    tallies: dict[tuple[str, str], Tally] = {}
    texts: dict[str, str] = {}
    for name, (gold_set, articles, oracle_of) in load_sets(args.limit).items():
        if args.set not in ("both", name):
            continue
        for record in gold_set:
            texts[record["id"]] = articles[record["id"]]["text"]
        systems = ["oracle", "pipeline"] if args.system == "both" else [args.system]
        for system in systems:
            if system == "oracle":
                docs = {g["id"]: oracle_of(g) for g in gold_set}
            else:
                docs = {
                    g["id"]: upstream(
                        make_doc(articles[g["id"]]["text"], id=g["id"], published=articles[g["id"]].get("published"))
                    )
                    for g in gold_set
                }
            tallies[(name, system)] = analyse(sg, gold_set, docs, system == "oracle")
    keys = list(tallies)
    header = ["cause"] + [f"{name}/{system}" for name, system in keys]
    rows: list[list[Any]] = [
        ["gold events / predictions / level-a hits"]
        + [f"{tallies[k].gold}/{tallies[k].pred}/{tallies[k].hits}" for k in keys]
    ]
    rows += [["MISS " + cause] + [tallies[k].misses.get(cause, 0) for k in keys] for cause in MISS_CAUSES]
    rows += [["FP " + cause] + [tallies[k].fps.get(cause, 0) for k in keys] for cause in FP_CAUSES]
    rows += [["a-match, full code wrong"] + [tallies[k].level_c for k in keys]]
    rows += [["a-match, code right, date wrong"] + [tallies[k].level_d for k in keys]]
    print_table("Event errors by cause (level a matching of score_gold.py)", header, rows)
    if args.examples:
        for key in keys:
            tally = tallies[key]
            for cause, cases in sorted(tally.examples.items()):
                if args.cause and args.cause not in cause:
                    continue
                print(f"\n## {key[0]}/{key[1]} {cause} ({len(cases)})")
                for case in cases[: args.examples]:
                    line = f"  {case.article} {case.start}-{case.end}  {case.note}"
                    if args.context:
                        text = texts[case.article]
                        line += f"  | {text[max(0, case.start - 60) : case.start]}[[{text[case.start : case.end]}]]"
                        line += text[case.end : case.end + 60].replace("\n", " ")
                    print(line)


if __name__ == "__main__":
    main()
