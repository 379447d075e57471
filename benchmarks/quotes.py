"""Quotation benchmark: detection P/R/F1 and speaker accuracy on the dev gold, with a baseline in the same run.

    python benchmarks/quotes.py [--part all|dev|extra] [--errors] [--limit N]

Gold: `../shared/data/gold_dev/quotes.jsonl` (40 articles) plus `benchmarks/gold/quotes_extra.jsonl` when present
(other outlets, read through `benchmarks/gold_sets.py`). Matching rules are those of `../shared/tools/score_gold.py`:
a predicted quotation matches a gold one (one-to-one, largest overlap first) when their contents overlap by at least
half the gold content; the speaker is right when the last word of the gold speaker name (or speaker text) occurs in
the predicted speaker's name or text, after Arabic normalisation.

Baseline: quotation marks only (a span of at least three words in «…», "…" or “…”), attributed to the words after
the nearest reporting verb before it in the same paragraph — what a regular-expression extractor does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from _corpus import GOLD_DEV, print_table, timed
from rasd.pipeline import Pipeline, make_doc
from rasd.quotes import find_quotes
from rasd.quotes.lexicon import lexicon
from rasd.text.stages import make_tokens

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(s: str | None) -> str:
    """Arabic normalisation of the scorer (score_gold.py)."""
    s = _DIAC.sub("", s or "")
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return re.sub(r"\s+", " ", s).strip()


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    candidates = sorted(
        ((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if overlap(g, p) > 0),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def speaker_right(gold: dict[str, Any], predicted: dict[str, Any] | None) -> bool:
    said = norm(f"{(predicted or {}).get('name') or ''} {(predicted or {}).get('text') or ''}")
    for name in (gold.get("speaker_name"), gold.get("speaker_text")):
        words = [w for w in norm(name).split() if len(w) > 2]
        if words and words[-1] in said:
            return True
    return False


def load_gold(part: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Gold records and their articles; the extra gold of other outlets when `gold_sets.py` is present."""
    try:
        import gold_sets  # type: ignore[import-not-found]
    except ImportError:
        gold_sets = None
    if gold_sets is not None and hasattr(gold_sets, "load_layer"):
        records = gold_sets.load_layer("quotes", part)
        articles = {a["id"]: a for a in gold_sets.layer_articles("quotes", part)}
        return records, articles
    if part == "extra":
        return [], {}
    records = [json.loads(line) for line in (GOLD_DEV / "quotes.jsonl").open(encoding="utf-8") if line.strip()]
    articles = {}
    for line in (GOLD_DEV / "articles.jsonl").open(encoding="utf-8"):
        article = json.loads(line)
        articles[article["id"]] = article
    return records, articles


def run_rasd(articles: Iterable[dict[str, Any]]) -> tuple[dict[str, list[dict[str, Any]]], float, float]:
    """Predictions of the default pipeline, with the seconds spent before the quotes stage and in it."""
    names = [n for n in Pipeline().names if n != "quotes"]
    before_quotes = Pipeline(names)
    out = {}
    seconds_before = seconds_quotes = 0.0
    for article in articles:
        doc = make_doc(article["text"], id=article["id"], published=article.get("published"))
        elapsed, doc = timed(lambda doc=doc: before_quotes(doc))  # type: ignore[misc]
        seconds_before += elapsed
        elapsed, doc.quotes = timed(lambda doc=doc: find_quotes(doc))  # type: ignore[misc]
        seconds_quotes += elapsed
        out[article["id"]] = doc.to_dict()["quotes"]
    return out, seconds_before, seconds_quotes


_MARKS = re.compile(r"«([^«»\n]+)»|\"([^\"\n]+)\"|“([^“”\n]+)”")


def run_baseline(articles: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    lex = lexicon()
    out: dict[str, list[dict[str, Any]]] = {}
    for article in articles:
        text = article["text"]
        tokens = make_tokens(text)
        cues = [t for t in tokens if t.kind == "word" and (m := lex.cue(t)) is not None and m.form.category == "verb"]
        quotes = []
        for found in _MARKS.finditer(text):
            group = next(g for g in range(1, 4) if found.group(g) is not None)
            start, end = found.span(group)
            if len(text[start:end].split()) < 3:
                continue
            paragraph = text.rfind("\n", 0, start) + 1
            before = [c for c in cues if paragraph <= c.start < start]
            speaker = None
            if before:
                cue = before[-1]
                following = [t for t in tokens if t.start > cue.end and t.kind == "word"][:3]
                if following:
                    speaker = {"text": text[following[0].start : following[-1].end], "name": None}
            quotes.append({"content": {"start": start, "end": end}, "speaker": speaker})
        out[article["id"]] = quotes
    return out


def score(
    gold: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]]
) -> tuple[int, int, int, int, list[tuple[str, str, Any]]]:
    n_gold = n_pred = hits = speakers = 0
    errors: list[tuple[str, str, Any]] = []
    for record in gold:
        golds = record["quotes"]
        preds = [q for q in predictions.get(record["id"], []) if q.get("content")]
        gold_spans = [(q["content_start"], q["content_end"]) for q in golds]
        pred_spans = [(q["content"]["start"], q["content"]["end"]) for q in preds]
        pairs = [
            (i, j)
            for i, j in match(gold_spans, pred_spans)
            if overlap(gold_spans[i], pred_spans[j]) >= 0.5 * (gold_spans[i][1] - gold_spans[i][0])
        ]
        n_gold += len(golds)
        n_pred += len(preds)
        hits += len(pairs)
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        for i, j in pairs:
            if speaker_right(golds[i], preds[j].get("speaker")):
                speakers += 1
            else:
                errors.append(("speaker", record["id"], (golds[i], preds[j])))
        errors.extend(("missed", record["id"], golds[i]) for i in range(len(golds)) if i not in matched_gold)
        errors.extend(("spurious", record["id"], preds[j]) for j in range(len(preds)) if j not in matched_pred)
    return n_gold, n_pred, hits, speakers, errors


def prf(hits: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def show_errors(errors: list[tuple[str, str, Any]], articles: dict[str, dict[str, Any]]) -> None:
    """Print each error with its context (to the terminal only: article text is never written to the repository)."""
    for kind, doc_id, item in errors:
        text = articles[doc_id]["text"]
        if kind == "speaker":
            gold, pred = item
            span = text[gold["content_start"] : gold["content_end"]][:70]
            print(
                f"[speaker] {doc_id} gold={gold['speaker_text']!r}/{gold['speaker_name']!r} pred={pred.get('speaker')}"
            )
            print(f"          cue={gold['cue_text']!r} content={span!r}")
        elif kind == "missed":
            start, end = item["content_start"], item["content_end"]
            print(f"[missed]  {doc_id} {item['kind']} cue={item['cue_text']!r} speaker={item['speaker_text']!r}")
            print(f"          …{text[max(0, start - 60) : start]!r} [[{text[start:end][:120]!r}]]")
        else:
            start, end = item["content"]["start"], item["content"]["end"]
            cue = (item.get("cue") or {}).get("text")
            print(f"[spurious] {doc_id} {item['kind']} cue={cue!r} speaker={(item.get('speaker') or {}).get('text')!r}")
            print(f"          …{text[max(0, start - 60) : start]!r} [[{text[start:end][:120]!r}]]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=("all", "dev", "extra"), default="all")
    parser.add_argument("--errors", action="store_true", help="print every miss, spurious quote and wrong speaker")
    parser.add_argument("--limit", type=int, help="only the first N gold articles")
    args = parser.parse_args()
    records, articles = load_gold(args.part)
    if args.limit:
        records = records[: args.limit]
    if not records:
        sys.exit("no gold found (is ../shared present?)")
    used = [articles[r["id"]] for r in records]
    dev_ids = {json.loads(line)["id"] for line in (GOLD_DEV / "quotes.jsonl").open(encoding="utf-8") if line.strip()}
    Pipeline()(make_doc("تمهيد.", id="warmup"))  # load lexicons and models outside the timing
    rasd, seconds_before, seconds_quotes = run_rasd(used)
    seconds_baseline, baseline = timed(lambda: run_baseline(used))
    n = len(used)
    speeds = {
        "rasd": (n / (seconds_before + seconds_quotes), n / seconds_quotes),
        "baseline": (n / seconds_baseline, n / seconds_baseline),
    }
    parts = [("all", records)]
    if args.part == "all":
        parts += [
            ("dev (gold_dev)", [r for r in records if r["id"] in dev_ids]),
            ("extra (other outlets)", [r for r in records if r["id"] not in dev_ids]),
        ]
    rows = []
    rasd_errors: list[tuple[str, str, Any]] = []
    for part, part_records in parts:
        if not part_records:
            continue
        for name, predictions in (("rasd", rasd), ("baseline", baseline)):
            n_gold, n_pred, hits, speakers, errors = score(part_records, predictions)
            p, r, f = prf(hits, n_pred, n_gold)
            accuracy = speakers / hits if hits else 0.0
            rows.append([part, name, len(part_records), n_gold, n_pred, hits, p, r, f, accuracy])
            if name == "rasd" and part == "all":
                rasd_errors = errors
    print_table(
        "Quotations: detection (content overlap >= 50% of gold) and speaker accuracy on detected quotes",
        ["gold", "system", "articles", "quotes", "pred", "matched", "P", "R", "F1", "speaker acc"],
        rows,
    )
    print_table(
        f"Speed on {n} articles (one process, shared machine)",
        ["system", "articles/s (whole pipeline)", "articles/s (quotes stage alone)"],
        [["rasd", *speeds["rasd"]], ["baseline", *speeds["baseline"]]],
    )
    base = next(row for row in rows if row[0] == "all" and row[1] == "baseline")
    mine = next(row for row in rows if row[0] == "all" and row[1] == "rasd")
    if base[8]:
        print(f"\nrasd / baseline: F1 x{mine[8] / base[8]:.2f}, speaker accuracy x{mine[9] / max(base[9], 1e-9):.2f}")
    kinds = Counter(q["kind"] for r in records for q in r["quotes"])
    missed = Counter(item["kind"] for kind, _, item in rasd_errors if kind == "missed")
    print_table(
        "rasd recall by gold kind",
        ["kind", "gold", "missed", "recall"],
        [[k, kinds[k], missed[k], 1 - missed[k] / kinds[k]] for k in sorted(kinds)],
    )
    if args.errors:
        show_errors(rasd_errors, articles)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
