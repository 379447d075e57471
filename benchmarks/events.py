"""Event coding on the dev gold (`../shared/data/gold_dev/events.jsonl`, 40 articles): precision and recall at
increasing strictness, articles/s, and a baseline in the same run.

Gold sets: `dev` = ../shared/data/gold_dev/events.jsonl (40 articles, 2018, five outlets); `extra` =
benchmarks/gold/events_extra.jsonl (35 more articles, 231 events, mostly SaudiNewsNet 2015), read through gold_sets.py.
Levels (the matching rules of `../shared/tools/score_gold.py`; a gold side left null matches anything, meetings,
talks and signed agreements match in either direction). The issue's levels are a (root code + source + target),
c (+ full code) and d (+ date); b is the scorer's extra level with full actor codes:
  a  root code + source and target country        b  + full source and target actor codes
  c  + full CAMEO code                              d  + the same date value
Systems:
  rasd (oracle inputs)   the events stage on the gold entities/actor codes, gold time expressions and gold quotes:
                         the coder alone, as if the upstream stages were perfect
  rasd (pipeline)        the default pipeline end to end (whatever entities/actors/time/quotes stages are installed)
  baseline               a direct port of the UniversalPetrarch Arabic verb dictionary lookup: a token whose stem is
                         a dictionary lemma (or lemma + object word) gets its code; source = first actor-coded
                         entity of the sentence, target = the next one (on the same oracle inputs, no argument finder)

Usage: python benchmarks/events.py [--limit N] [--show-errors]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _corpus import GOLD_DEV, ROOT, SHARED, print_table
from rasd.doc import Actor, Cue, Doc, Entity, Offsets, Quote, Speaker, Timex
from rasd.events.stage import events_stage
from rasd.pipeline import Pipeline, make_doc
from rasd.text.normalize import devocalize, normalize

SCORER = SHARED / "tools" / "score_gold.py"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def scorer_module() -> Any:
    spec = importlib.util.spec_from_file_location("score_gold", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def oracle_entities(gold: dict[str, Any]) -> tuple[Entity, ...]:
    entities = []
    for number, item in enumerate(gold.get("entities", []), start=1):
        code = item.get("actor")
        sector = code[3:6] if code and len(code) >= 6 and not code.startswith(("IGO", "NGO", "IMG")) else None
        country = code[:3] if code and not code.startswith(("IGO", "NGO", "IMG")) else None
        actor = Actor(cameo=code, country=country, sector=sector) if code else None
        entities.append(Entity(f"e{number}", item["start"], item["end"], item["text"], item["label"], None, actor))
    return tuple(entities)


def oracle_timexes(gold: dict[str, Any]) -> tuple[Timex, ...]:
    return tuple(
        Timex(f"t{n}", t["start"], t["end"], t["text"], t["type"], str(t["value"]), t.get("mod"))
        for n, t in enumerate(gold.get("timexes", []), start=1)
    )


def oracle_quotes(gold: dict[str, Any], entities: tuple[Entity, ...], published: str | None) -> tuple[Quote, ...]:
    quotes = []
    for n, q in enumerate(gold.get("quotes", []), start=1):
        speaker_entity = None
        if q.get("speaker_start") is not None:
            for entity in entities:
                if entity.start < q["speaker_end"] and q["speaker_start"] < entity.end:
                    speaker_entity = entity
                    break
        speaker = Speaker(
            q.get("speaker_start"),
            q.get("speaker_end"),
            q.get("speaker_text"),
            q.get("speaker_name"),
            speaker_entity.id if speaker_entity else None,
            speaker_entity.actor.cameo if speaker_entity and speaker_entity.actor else None,
            q.get("speaker_type"),
        )
        cue = Cue(q["cue_start"], q["cue_end"], q.get("cue_text", ""), "") if q.get("cue_start") is not None else None
        quotes.append(
            Quote(f"q{n}", q["kind"], Offsets(q["content_start"], q["content_end"]), cue, speaker, None, None)
        )
    return tuple(quotes)


TEXT_STAGES = Pipeline(["normalize", "tokenize", "sentences"])


def oracle_doc(article: dict[str, Any], gold: dict[str, Any], timex: dict[str, Any], quotes: dict[str, Any]) -> Doc:
    doc = TEXT_STAGES(make_doc(article["text"], id=article["id"], published=article.get("published")))
    doc.entities = oracle_entities(gold)
    doc.timexes = oracle_timexes(timex)
    doc.quotes = oracle_quotes(quotes, doc.entities, article.get("published"))
    return doc


# ---------------------------------------------------------------------------------------------------------------
# Baseline: the raw UniversalPetrarch dictionary, looked up token by token


def load_baseline_dictionary() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    sys.path.insert(0, str(ROOT / "training"))
    from build_event_lexicon import parse_universal_petrarch

    kb = SHARED / "data" / "kb" / "universal_petrarch_ar"
    parsed = parse_universal_petrarch([kb / "CAMEO.ar.0.5.txt", kb / "verbs_assualt_only.txt"])
    bare: dict[str, str] = {}
    patterns: dict[tuple[str, str], str] = {}
    for item in parsed.entries:
        lemma = normalize(devocalize(item.lemma.split("+")[0].split()[0]))
        if item.obj:
            patterns.setdefault((lemma, normalize(devocalize(item.obj))), item.code)
        else:
            bare.setdefault(lemma, item.code)
    return bare, patterns


def baseline_events(doc: Doc, bare: dict[str, str], patterns: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    events = []
    for sentence in doc.sentences:
        tokens = doc.tokens[sentence.token_start : sentence.token_end]
        actors = [e for e in doc.entities if sentence.start <= e.start < sentence.end and e.actor and e.actor.cameo]
        for index, token in enumerate(tokens):
            code = None
            following = {t.lookup for t in tokens[index + 1 : index + 6]}
            for obj in following:
                if (token.lookup, obj) in patterns:
                    code = patterns[(token.lookup, obj)]
                    break
            code = code or bare.get(token.lookup)
            if not code or len(actors) < 1:
                continue
            source = actors[0].actor.cameo if actors[0].actor else None
            target = next((a.actor.cameo for a in actors[1:] if a.actor and a.actor.cameo != source), None)
            events.append(
                {
                    "cameo": code,
                    "source": {"actor": source},
                    "target": {"actor": target},
                    "date": {"value": doc.anchor_date.isoformat() if doc.anchor_date else None},
                }
            )
    return events


# ---------------------------------------------------------------------------------------------------------------
# Scoring (the rules of score_gold.py)


def score(gold_events: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]], sg: Any) -> dict[str, Any]:
    def actor(e: dict[str, Any], side: str) -> str | None:
        a = e.get(side) or {}
        return (a.get("actor") if isinstance(a, dict) else a) or None

    def same(g: str | None, p: str | None, exact: bool) -> bool:
        if not g:
            return True
        if not p:
            return False
        return bool(g.upper() == p.upper()) if exact else bool(sg.country(g) == sg.country(p))

    def ok(g: dict[str, Any], p: dict[str, Any], level: str) -> bool:
        if str(g["cameo"])[:2] != str(p.get("cameo") or "")[:2]:
            return False
        exact = level in "bcd"
        gs, gt, ps, pt = g.get("source_actor"), g.get("target_actor"), actor(p, "source"), actor(p, "target")
        straight = same(gs, ps, exact) and same(gt, pt, exact)
        swapped = sg.symmetric(g["cameo"]) and same(gs, pt, exact) and same(gt, ps, exact)
        if not (straight or swapped):
            return False
        if level in "cd" and str(g["cameo"]) != str(p.get("cameo")):
            return False
        if level == "d":
            d = p.get("date") or {}
            return str(d.get("value") if isinstance(d, dict) else d) == str(g.get("date"))
        return True

    gold_by_id = {
        g["id"]: sg.dedupe(g["events"], lambda e: e.get("source_actor"), lambda e: e.get("target_actor"))
        for g in gold_events
    }
    pred_by_id = {
        gid: sg.dedupe(predictions.get(gid, []), lambda e: actor(e, "source"), lambda e: actor(e, "target"))
        for gid in gold_by_id
    }
    n_gold = sum(len(v) for v in gold_by_id.values())
    n_pred = sum(len(v) for v in pred_by_id.values())
    out: dict[str, Any] = {"gold": n_gold, "pred": n_pred}
    for level in "abcd":
        hits = 0
        for gid, gold in gold_by_id.items():
            used: set[int] = set()
            for g in gold:
                for j, p in enumerate(pred_by_id[gid]):
                    if j not in used and ok(g, p, level):
                        used.add(j)
                        hits += 1
                        break
        precision, recall, f1 = sg.prf(hits, n_pred, n_gold)
        out[level] = (precision, recall, f1)
    return out


def official_line(gold_path: Path, docs: list[dict[str, Any]], sg: Any) -> str:
    gold = sg.load(str(gold_path))
    preds = {d["id"]: d for d in docs}
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        sg.events(gold, preds)
    return buffer.getvalue().strip()


def evaluate(
    name: str,
    gold: list[dict[str, Any]],
    articles: dict[str, dict[str, Any]],
    timexes: dict[str, Any],
    quotes: dict[str, Any],
    sg: Any,
) -> tuple[list[list[Any]], dict[str, list[dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Score rasd on oracle inputs, rasd end to end and the baseline on one gold set; rows for the table."""
    docs = [oracle_doc(articles[g["id"]], g, timexes.get(g["id"], {}), quotes.get(g["id"], {})) for g in gold]
    started = time.perf_counter()
    coded = [events_stage(doc) for doc in docs]
    oracle_seconds = time.perf_counter() - started
    oracle_out = [d.to_dict() for d in coded]
    oracle_pred = {d["id"]: d["events"] for d in oracle_out}

    pipeline = Pipeline()
    started = time.perf_counter()
    piped = [
        pipeline(make_doc(articles[g["id"]]["text"], id=g["id"], published=articles[g["id"]].get("published")))
        for g in gold
    ]
    pipeline_seconds = time.perf_counter() - started
    pipeline_out = [d.to_dict() for d in piped]
    pipeline_pred = {d["id"]: d["events"] for d in pipeline_out}

    bare, patterns = load_baseline_dictionary()
    started = time.perf_counter()
    baseline_pred = {d.id: baseline_events(d, bare, patterns) for d in docs}
    baseline_seconds = time.perf_counter() - started

    rows = []
    for system, pred, seconds in (
        ("rasd, oracle inputs (events stage alone)", oracle_pred, oracle_seconds),
        ("rasd, full pipeline", pipeline_pred, pipeline_seconds),
        ("baseline: UniversalPetrarch lookup", baseline_pred, baseline_seconds),
    ):
        result = score(gold, pred, sg)
        unresolved = sum(
            1
            for events in pred.values()
            for e in events
            if not (e.get("source") or {}).get("actor") or not (e.get("target") or {}).get("actor")
        )
        rows.append(
            [name, system, result["gold"], result["pred"], unresolved]
            + [f"{result[level][0]:.2f}/{result[level][1]:.2f}" for level in "abcd"]
            + [len(gold) / seconds if seconds else 0.0]
        )
    return rows, oracle_pred, oracle_out, pipeline_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show-errors", action="store_true", help="print missed gold events and false positives")
    parser.add_argument("--no-extra", action="store_true", help="skip benchmarks/gold/events_extra.jsonl")
    args = parser.parse_args()
    if not (GOLD_DEV / "events.jsonl").exists():
        sys.exit(f"no dev gold at {GOLD_DEV}")
    sg = scorer_module()
    events_stage(make_doc("تمهيد."))  # load the lexicon before timing
    gold = load_jsonl(GOLD_DEV / "events.jsonl")[: args.limit]
    articles = {a["id"]: a for a in load_jsonl(GOLD_DEV / "articles.jsonl")}
    timexes = {t["id"]: t for t in load_jsonl(GOLD_DEV / "timex.jsonl")}
    quotes = {q["id"]: q for q in load_jsonl(GOLD_DEV / "quotes.jsonl")}
    rows, oracle_pred, oracle_out, pipeline_out = evaluate("dev", gold, articles, timexes, quotes, sg)
    if not args.no_extra:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import gold_sets

        extra = gold_sets.load_layer("events", "extra")[: args.limit]
        extra_articles = {a["id"]: a for a in gold_sets.layer_articles("events", "extra")}
        rows += evaluate("extra", extra, extra_articles, {}, {}, sg)[0]
    print_table(
        "Events: precision/recall per strictness level (score_gold.py matching), and articles/s",
        [
            "gold",
            "system",
            "gold events",
            "pred",
            "pred w/ null actor",
            "a root+src+tgt",
            "b +full actors",
            "c +full code",
            "d +date",
            "articles/s",
        ],
        rows,
    )
    print("\nofficial scorer, dev, oracle inputs:", official_line(GOLD_DEV / "events.jsonl", oracle_out, sg))
    print("official scorer, dev, pipeline:     ", official_line(GOLD_DEV / "events.jsonl", pipeline_out, sg))
    roots = Counter(e["cameo"][:2] for events in oracle_pred.values() for e in events)
    print("\npredicted roots (dev, oracle):", " ".join(f"{r}:{n}" for r, n in sorted(roots.items())))
    if args.show_errors:
        show_errors(gold, oracle_pred, articles, sg)


def show_errors(
    gold: list[dict[str, Any]], pred: dict[str, list[dict[str, Any]]], articles: dict[str, Any], sg: Any
) -> None:
    for g in gold:
        text = articles[g["id"]]["text"]
        print(f"\n=== {g['id']}")
        for e in g["events"]:
            s = e["trigger_start"]
            context = f"{text[max(0, s - 30) : s]}[[{text[s : e['trigger_end']]}]]"
            print(
                f"  G {e['cameo']:>5} {e.get('source_actor')!s:>10} -> {e.get('target_actor')!s:<10} "
                f"{e.get('date')!s:<10} {e['modality']:<10} | {context}"
            )
        for p in pred.get(g["id"], []):
            s, t = p["evidence"]["start"], p["evidence"]["end"]
            print(
                f"  P {p['cameo']:>5} {p['source']['actor']!s:>10} -> {p['target']['actor']!s:<10} "
                f"{p['date']['value']!s:<10} {p['modality']:<10} | [[{text[s:t]}]]"
            )


if __name__ == "__main__":
    main()
