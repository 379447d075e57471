"""Time expressions on the dev gold: rasd beside dateparser and HeidelTime (Arabic rules), in one run.

    python benchmarks/time.py [--errors] [--no-heideltime] [--no-dateparser] [--warmup N] [--trials N]

Prints, per system: detection precision/recall/F1 with exact spans and with overlapping spans (one-to-one by
largest overlap, as ../shared/tools/score_gold.py matches), TIMEX3 value accuracy on matched spans, and articles
per CPU second. dateparser's values are compared at the granularity it returns (a datetime whose text names only a
month is compared as YYYY-MM); HeidelTime runs in a single JVM over all articles (language ARABIC, type NEWS,
no POS tagger). Speed: rasd's raw-text passes alternate with HeidelTime's (`--trials` of each, so that both meet
the same load on a shared machine), and each system's best pass is reported. The speed table names the rasd build
that ran; `--compiled .venv-fast/bin/python` adds the compiled build (`make fast`), each of its passes in a process
of its own right before a HeidelTime pass.
Gold: ../shared/data/gold_dev/timex.jsonl plus benchmarks/gold/timex_extra.jsonl (gold_sets.py).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time as clock
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import iter_news, print_table
from gold_sets import layer_articles, load_layer

VAGUE = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
STAGE_PASSES = 5


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    value: str
    type: str = ""
    mod: str | None = None


@dataclass(slots=True)
class Scores:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    value_ok: int = 0
    seconds: float = 0.0
    articles: int = 0

    def row(self, name: str) -> list[Any]:
        def prf(hits: int) -> tuple[float, float, float]:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        ep, er, ef = prf(self.exact)
        op, orr, of = prf(self.overlap)
        value = self.value_ok / self.overlap if self.overlap else 0.0
        speed = self.articles / self.seconds if self.seconds else 0.0
        return [name, self.predicted, ep, er, ef, op, orr, of, value, f"{speed:,.1f}"]


def load_articles(part: str) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in layer_articles("timex", part)}


def load_gold(part: str) -> dict[str, list[Span]]:
    """gold_dev's timexes plus, with part "all", the extra gold of benchmarks/gold/ (see gold_sets.py)."""
    gold: dict[str, list[Span]] = {}
    for record in load_layer("timex", part):
        spans = gold.setdefault(record["id"], [])
        spans.extend(Span(t["start"], t["end"], str(t["value"]), t["type"], t.get("mod")) for t in record["timexes"])
    return gold


def match(gold: list[Span], predicted: list[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs by largest character overlap (the held-out scorer's rule)."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((overlap, i, j))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def score(
    name: str,
    predictions: dict[str, list[Span]],
    gold: dict[str, list[Span]],
    articles: dict[str, dict[str, Any]],
    seconds: float,
    same_value: Callable[[Span, Span], bool],
    errors: bool,
) -> Scores:
    scores = Scores(seconds=seconds, articles=len(gold))
    for article_id, gold_spans in gold.items():
        text = articles[article_id]["text"]
        predicted = [p for p in predictions.get(article_id, []) if p.value not in VAGUE]
        scores.gold += len(gold_spans)
        scores.predicted += len(predicted)
        exact = {(p.start, p.end) for p in predicted}
        scores.exact += sum((g.start, g.end) in exact for g in gold_spans)
        pairs = match(gold_spans, predicted)
        scores.overlap += len(pairs)
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        for i, j in pairs:
            ok = same_value(gold_spans[i], predicted[j])
            scores.value_ok += ok
            if errors and (
                not ok or (gold_spans[i].start, gold_spans[i].end) != (predicted[j].start, predicted[j].end)
            ):
                g, p = gold_spans[i], predicted[j]
                tag = "VALUE" if not ok else "SPAN "
                print(
                    f"{name} {tag} {article_id[-20:]} gold {text[g.start : g.end]!r} {g.value} {g.mod} | "
                    f"pred {text[p.start : p.end]!r} {p.value} {p.mod}   «{_context(text, g.start, g.end)}»"
                )
        if errors:
            for i, g in enumerate(gold_spans):
                if i not in matched_gold:
                    print(
                        f"{name} MISS  {article_id[-20:]} {text[g.start : g.end]!r} {g.type} {g.value} {g.mod}   "
                        f"«{_context(text, g.start, g.end)}»"
                    )
            for j, p in enumerate(predicted):
                if j not in matched_pred:
                    print(
                        f"{name} FALSE {article_id[-20:]} {text[p.start : p.end]!r} {p.value}   "
                        f"«{_context(text, p.start, p.end)}»"
                    )
    return scores


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 40) : start] + "[" + text[start:end] + "]" + text[end : end + 30]).replace("\n", " ")


# --------------------------------------------------------------------------- rasd
def run_rasd(
    articles: dict[str, dict[str, Any]],
    ids: Iterable[str],
    warmup: int,
    trials: int,
    between: Callable[[], None] = lambda: None,
) -> tuple[dict[str, list[Span]], list[float], float, int]:
    """rasd's predictions (the pipeline's), CPU seconds from raw text to timexes and in the time stage alone, and
    on how many articles the raw-text path disagrees with the pipeline (it must not).

    The raw-text path is the time stage run on an untokenised document, as `find_timexes` does: it tokenises and
    splits sentences itself, with light tokens (the clitics of a word are analysed only if a time rule reads it).
    Before timing, `warmup` other articles of the news corpus go through the same path, as they would in a long run
    over a corpus: data files are loaded and the per-word caches hold common words (none of the gold articles is
    among them). One pass over the gold articles takes a fifth of a second, where a busy machine's noise is large,
    so the raw text is timed in `trials` passes (CPU seconds of each returned), each from the same state: every
    per-word cache emptied (`rasd.caches.forget_words`), then the same warm-up articles again. `between` runs after
    each pass: a peer's pass, so that both meet the same load.
    """
    from rasd.caches import forget_words
    from rasd.pipeline import Pipeline, make_doc
    from rasd.time.stage import tag_time, time_stage

    # exactly the stages `time` requires: the matching-normal form of the whole text (`normalize`) is not one of them
    text_layer = Pipeline(["tokenize", "sentences"])
    ids = list(ids)
    warm_texts = [a["text"] for a in iter_news(limit=warmup + len(ids)) if a["id"] not in articles][:warmup]
    if not warm_texts:  # no corpus here: at least load the data
        warm_texts = [articles[ids[0]]["text"]]
    raw: dict[str, list[Span]] = {}
    raw_passes = []
    for _ in range(max(1, trials)):
        forget_words()
        for text in warm_texts:
            tag_time(make_doc(text))
        gc.collect()  # the warm-up's garbage is not the measured articles' cost
        started = clock.process_time()
        for article_id in ids:
            article = articles[article_id]
            doc = tag_time(make_doc(article["text"], id=article_id, published=article["published"]))
            raw[article_id] = [Span(t.start, t.end, t.value, t.type, t.mod) for t in doc.timexes]
        raw_passes.append(clock.process_time() - started)
        between()
    docs = [text_layer(make_doc(articles[i]["text"], id=i, published=articles[i]["published"])) for i in ids]
    stage_passes = []
    for _ in range(STAGE_PASSES):  # the stage alone: best of a few passes over tokenised articles
        started = clock.process_time()
        for doc in docs:
            time_stage(doc)
        stage_passes.append(clock.process_time() - started)
    out = {doc.id or "": [Span(t.start, t.end, t.value, t.type, t.mod) for t in doc.timexes] for doc in docs}
    disagree = sum(1 for article_id in ids if raw.get(article_id) != out[article_id])
    return out, raw_passes, min(stage_passes), disagree


def exact_value(gold: Span, predicted: Span) -> bool:
    return gold.value == predicted.value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list rasd's misses, false hits and wrong values")
    parser.add_argument("--no-heideltime", action="store_true")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--part", choices=("all", "dev", "extra"), default="all", help="which gold (default: all)")
    parser.add_argument("--warmup", type=int, default=2000, help="other corpus articles run before timing rasd")
    parser.add_argument(
        "--trials", type=int, default=3, help="raw-text passes, each after the same warm-up (best kept)"
    )
    parser.add_argument(
        "--compiled",
        metavar="PYTHON",
        help="also time the compiled build (make fast: .venv-fast/bin/python), its passes in the same rotation",
    )
    parser.add_argument("--raw-pass-only", action="store_true", help=argparse.SUPPRESS)  # one pass for --compiled
    args = parser.parse_args()
    articles = load_articles(args.part)
    gold = load_gold(args.part)
    if args.raw_pass_only:
        from rasd.build import build_name

        _, passes, _, _ = run_rasd(articles, gold, args.warmup, 1)
        print(json.dumps({"seconds": passes[0], "build": build_name()}))
        return
    rows = []
    from time_peers import run_dateparser, run_heideltime

    heideltime_passes: list[tuple[dict[str, list[Span]], float]] = []
    compiled_passes: list[float] = []
    compiled_build = ""

    def heideltime_pass() -> None:
        nonlocal compiled_build
        if args.compiled:  # the compiled build's pass, in a process of its own, from the same state
            warmup = ("--warmup", str(args.warmup))
            done = subprocess.run(
                [os.path.abspath(args.compiled), __file__, "--raw-pass-only", "--part", args.part, *warmup],
                capture_output=True,
                text=True,
                check=True,
            )
            reported = json.loads(done.stdout.strip().splitlines()[-1])
            compiled_passes.append(float(reported["seconds"]))
            compiled_build = str(reported["build"])
        if not args.no_heideltime:
            result = run_heideltime(articles, gold, Span)
            if result is not None:
                heideltime_passes.append(result)

    # rasd's raw-text passes alternate with HeidelTime's, and each system keeps its best pass
    predictions, raw_passes, stage_seconds, disagree = run_rasd(
        articles, gold, args.warmup, args.trials, heideltime_pass
    )
    rasd_scores = score("rasd", predictions, gold, articles, min(raw_passes), exact_value, args.errors)
    rows.append(rasd_scores.row("rasd"))
    per_article = {
        "rasd (time stage)": stage_seconds / max(1, rasd_scores.articles),
        "rasd (raw text to timexes)": rasd_scores.seconds / max(1, rasd_scores.articles),
    }
    if compiled_passes:
        per_article[f"rasd {compiled_build} (raw text to timexes)"] = min(compiled_passes) / max(1, len(articles))
    peers: list[tuple[str, dict[str, list[Span]], float]] = []
    if not args.no_dateparser:  # one pass: dateparser keeps caches of its own, a second pass would be warmer
        found = run_dateparser(articles, gold, Span)
        if found is not None:
            peers.append(("dateparser", *found))
    if heideltime_passes:
        peers.append(("HeidelTime", heideltime_passes[0][0], min(seconds for _, seconds in heideltime_passes)))
    for name, peer_predictions, peer_seconds in peers:
        peer_scores = score(name, peer_predictions, gold, articles, peer_seconds, exact_value, False)
        rows.append(peer_scores.row(name))
        per_article[name] = peer_scores.seconds / max(1, peer_scores.articles)
    header = [
        "system",
        "pred",
        "P exact",
        "R exact",
        "F1 exact",
        "P overlap",
        "R overlap",
        "F1 overlap",
        "value acc",
        "articles/CPU s",
    ]
    print_table(
        f"Time expressions, {args.part} gold ({sum(map(len, gold.values()))} in {len(gold)} articles)", header, rows
    )
    speed_rows = [
        [
            name,
            f"{seconds * 1000:.2f}",
            f"{per_article.get('HeidelTime', 0) / seconds:.0f}x" if "HeidelTime" in per_article else "-",
        ]
        for name, seconds in per_article.items()
    ]
    from rasd.build import build_name

    print_table(
        f"CPU time per article (rasd build: {build_name()})",
        ["system", "ms/article", "HeidelTime / system"],
        speed_rows,
    )
    print(f"articles where the raw-text path and the pipeline disagree: {disagree} of {len(articles)}")
    if heideltime_passes:
        pairs = ", ".join(
            f"{heideltime / raw:.0f}x" for raw, (_, heideltime) in zip(raw_passes, heideltime_passes, strict=False)
        )
        print(f"HeidelTime / rasd raw text, pass by pass (each pair run back to back): {pairs}")
        if compiled_passes:
            pairs = ", ".join(
                f"{heideltime / raw:.0f}x"
                for raw, (_, heideltime) in zip(compiled_passes, heideltime_passes, strict=False)
            )
            print(f"HeidelTime / rasd compiled build, pass by pass: {pairs}")


if __name__ == "__main__":
    main()
