"""Actor-linking accuracy on the dev gold entity mentions (../shared/data/gold_dev/events.jsonl, 1,263 mentions).

    python benchmarks/actors.py

Mentions are matched one-to-one by largest character overlap, as tools/score_gold.py does. For each system:
matched gold mentions, how many got an actor code (linked), country accuracy (the country part of the code, as
score_gold.py computes it: IGO/NGO/IMG/MNC codes keep 6 letters) and full CAMEO code accuracy, over linked mentions
and over all matched mentions. Systems:
  baseline     exact-name lookup in the knowledge base, no context (gold spans)
  rasd-gold    the actors stage on the gold spans and labels
  rasd-pipe    the default pipeline on the raw text (its own entities: NER when installed, plus KB-certain mentions)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import GOLD_DEV, print_table, timed
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


def load() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    articles = {}
    with (GOLD_DEV / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            articles[item["id"]] = item
    out = []
    with (GOLD_DEV / "events.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            gold = json.loads(line)
            out.append((articles[gold["id"]], gold))
    return out


def gold_doc(article: dict[str, Any], gold: dict[str, Any]) -> Doc:
    doc = make_doc(article["text"], id=article["id"], published=article.get("published"))
    doc = Pipeline(["normalize", "tokenize", "sentences"])(doc)
    doc.entities = tuple(
        Entity(f"g{i}", e["start"], e["end"], e["text"], e["label"]) for i, e in enumerate(gold["entities"])
    )
    return doc


def baseline(article: dict[str, Any], gold: dict[str, Any]) -> list[tuple[tuple[int, int], str | None]]:
    kb = knowledge_base()
    out = []
    for e in gold["entities"]:
        entries = kb.lookup(e["text"])
        out.append(((e["start"], e["end"]), entries[0].cameo if entries else None))
    return out


def rasd_gold(article: dict[str, Any], gold: dict[str, Any]) -> list[tuple[tuple[int, int], str | None]]:
    doc = link_actors(gold_doc(article, gold))
    return [((e.start, e.end), e.actor.cameo if e.actor else None) for e in doc.entities]


def rasd_pipeline(article: dict[str, Any], gold: dict[str, Any]) -> list[tuple[tuple[int, int], str | None]]:
    doc = default_pipeline()(make_doc(article["text"], id=article["id"], published=article.get("published")))
    return [((e.start, e.end), e.actor.cameo if e.actor else None) for e in doc.entities]


System = Callable[[dict[str, Any], dict[str, Any]], list[tuple[tuple[int, int], str | None]]]


def evaluate(system: System, data: list[tuple[dict[str, Any], dict[str, Any]]], errors: Counter[str]) -> list[Any]:
    gold_total = matched = linked = country_ok = full_ok = 0
    seconds = 0.0
    for article, gold in data:
        elapsed, predicted = timed(lambda a=article, g=gold: system(a, g))
        seconds += elapsed
        spans = [(e["start"], e["end"]) for e in gold["entities"]]
        gold_total += len(spans)
        for i, j in match(spans, [p[0] for p in predicted]):
            matched += 1
            expected, got = gold["entities"][i]["actor"], predicted[j][1]
            if got:
                linked += 1
                country_ok += country(expected) == country(got)
                full_ok += (expected or "").upper() == got.upper()
            if (expected or "") != (got or ""):
                errors[f"{expected} ← {got}  {gold['entities'][i]['text']}"] += 1
    return [
        gold_total,
        matched,
        linked,
        country_ok / linked if linked else 0.0,
        full_ok / linked if linked else 0.0,
        country_ok / matched if matched else 0.0,
        full_ok / matched if matched else 0.0,
        seconds,
    ]


def main() -> None:
    if not (GOLD_DEV / "events.jsonl").exists():
        sys.exit(f"no gold at {GOLD_DEV}")
    data = load()
    knowledge_base()
    rows = []
    errors: dict[str, Counter[str]] = {}
    for name, system in (
        ("baseline (exact name)", baseline),
        ("rasd-gold spans", rasd_gold),
        ("rasd-pipeline", rasd_pipeline),
    ):
        errors[name] = Counter()
        rows.append([name, *evaluate(system, data, errors[name])])
    print_table(
        "Actor linking on gold_dev entity mentions (overlap matching as in score_gold.py)",
        [
            "system",
            "gold",
            "matched",
            "linked",
            "country|linked",
            "full|linked",
            "country|matched",
            "full|matched",
            "seconds",
        ],
        rows,
    )
    if "--errors" in sys.argv:
        for code, count in errors["rasd-gold spans"].most_common(80):
            print(f"{count:3d}  {code}")


if __name__ == "__main__":
    main()
