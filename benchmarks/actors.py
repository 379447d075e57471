"""Actor-linking accuracy on the dev gold entity mentions (../shared/data/gold_dev/events.jsonl, 1,263 mentions,
plus this repository's extra gold from other outlets, benchmarks/gold/events_extra.jsonl).

    python benchmarks/actors.py [--part dev|extra|all] [--errors [--system rasd-pipeline]]

Mentions are matched one-to-one by largest character overlap, as tools/score_gold.py does. For each system:
matched gold mentions, how many got an actor code (linked), country accuracy (the country part of the code, as
score_gold.py computes it: IGO/NGO/IMG/MNC codes keep 6 letters) and full CAMEO code accuracy, over linked mentions
and over all matched mentions. Span quality: `pred` entities output, `exact` matched mentions whose offsets equal the
gold ones, `label` matched mentions with the gold label, and `spurious` output entities that overlap no gold
mention (the gold annotates persons, organisations, places and gentilics; a few spurious ones are real names the
annotators skipped). Systems:
  baseline     exact-name lookup in the knowledge base, no context (gold spans)
  rasd-gold    the actors stage on the gold spans and labels
  rasd-pipe    the default pipeline on the raw text (its own entities: NER when installed, plus KB-certain mentions)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import GOLD_DEV, print_table, timed
from gold_sets import layer_articles, load_layer
from rasd.actors.kb import knowledge_base
from rasd.actors.stage import link_actors
from rasd.doc import Doc, Entity
from rasd.pipeline import Pipeline, default_pipeline, make_doc


def country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.upper()
    return code[:6] if code.startswith(("IGO", "NGO", "IMG", "MNC")) else code[:3]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    pairs = sorted(
        ((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if overlap(g, p) > 0),
        reverse=True,
    )
    used_gold, used_pred, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            out.append((i, j))
    return out


def load(part: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    articles = {a["id"]: a for a in layer_articles("events", part)}
    return [(articles[gold["id"]], gold) for gold in load_layer("events", part)]


def gold_doc(article: dict[str, Any], gold: dict[str, Any]) -> Doc:
    doc = make_doc(article["text"], id=article["id"], published=article.get("published"))
    doc = Pipeline(["normalize", "tokenize", "sentences"])(doc)
    doc.entities = tuple(
        Entity(f"g{i}", e["start"], e["end"], e["text"], e["label"]) for i, e in enumerate(gold["entities"])
    )
    return doc


def baseline(article: dict[str, Any], gold: dict[str, Any]) -> list[Prediction]:
    kb = knowledge_base()
    out = []
    for e in gold["entities"]:
        entries = kb.lookup(e["text"])
        out.append(((e["start"], e["end"]), entries[0].cameo if entries else None, e["label"]))
    return out


def predictions(doc: Doc) -> list[Prediction]:
    return [((e.start, e.end), e.actor.cameo if e.actor else None, e.label) for e in doc.entities]


def rasd_gold(article: dict[str, Any], gold: dict[str, Any]) -> list[Prediction]:
    return predictions(link_actors(gold_doc(article, gold)))


def rasd_pipeline(article: dict[str, Any], gold: dict[str, Any]) -> list[Prediction]:
    return predictions(
        default_pipeline()(make_doc(article["text"], id=article["id"], published=article.get("published")))
    )


Prediction = tuple[tuple[int, int], str | None, str]  # (offsets, CAMEO code, label)
System = Callable[[dict[str, Any], dict[str, Any]], list[Prediction]]


def evaluate(system: System, data: list[tuple[dict[str, Any], dict[str, Any]]], errors: Counter[str]) -> list[Any]:
    gold_total = matched = linked = country_ok = full_ok = exact = same_label = predicted_total = 0
    seconds = 0.0
    for article, gold in data:
        elapsed, predicted = timed(lambda a=article, g=gold: system(a, g))
        seconds += elapsed
        spans = [(e["start"], e["end"]) for e in gold["entities"]]
        gold_total += len(spans)
        predicted_total += len(predicted)
        pairs = match(spans, [p[0] for p in predicted])
        for i, j in pairs:
            matched += 1
            expected, got = gold["entities"][i]["actor"], predicted[j][1]
            exact += spans[i] == predicted[j][0]
            same_label += gold["entities"][i]["label"] == predicted[j][2]
            if got:
                linked += 1
                country_ok += country(expected) == country(got)
                full_ok += (expected or "").upper() == got.upper()
            if (expected or "") != (got or ""):
                errors[f"{expected} ← {got}  {gold['entities'][i]['text']}"] += 1
        found = {i for i, _ in pairs}
        for i, entity in enumerate(gold["entities"]):
            if i not in found:
                errors[f"missed {entity['label']} {entity['actor']}  {entity['text']}"] += 1
        used = {j for _, j in pairs}
        text = article["text"]
        for j, ((start, end), code, label) in enumerate(predicted):
            if j not in used:
                errors[f"spurious {label} {code}  {text[start:end]}"] += 1
    return [
        gold_total,
        matched,
        linked,
        country_ok / linked if linked else 0.0,
        full_ok / linked if linked else 0.0,
        country_ok / matched if matched else 0.0,
        full_ok / matched if matched else 0.0,
        predicted_total,
        exact,
        same_label,
        predicted_total - matched,
        seconds,
    ]


SYSTEMS: dict[str, System] = {
    "baseline (exact name)": baseline,
    "rasd-gold spans": rasd_gold,
    "rasd-pipeline": rasd_pipeline,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "extra", "all"), default="dev", help="which gold (default: gold_dev)")
    parser.add_argument("--errors", action="store_true", help="list the commonest disagreements of --system")
    parser.add_argument("--system", choices=tuple(SYSTEMS), default="rasd-gold spans")
    args = parser.parse_args()
    if not (GOLD_DEV / "events.jsonl").exists():
        sys.exit(f"no gold at {GOLD_DEV}")
    data = load(args.part)
    knowledge_base()
    rows = []
    errors: dict[str, Counter[str]] = {}
    for name, system in SYSTEMS.items():
        errors[name] = Counter()
        rows.append([name, *evaluate(system, data, errors[name])])
    print_table(
        f"Actor linking on gold entity mentions, part={args.part} (overlap matching as in score_gold.py)",
        [
            "system",
            "gold",
            "matched",
            "linked",
            "country|linked",
            "full|linked",
            "country|matched",
            "full|matched",
            "pred",
            "exact",
            "label",
            "spurious",
            "seconds",
        ],
        rows,
    )
    if args.errors:
        for code, count in errors[args.system].most_common(120):
            print(f"{count:3d}  {code}")


if __name__ == "__main__":
    main()
