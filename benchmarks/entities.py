"""Named entities: quality on the ANERcorp dev split and on out-of-domain gold, speed, beside a majority baseline.

    python benchmarks/entities.py            # needs ../shared (RASD_SHARED to point elsewhere)

Tables:
1. ANERcorp dev (CAMeL train split, last 10%, never trained on): entity-level P/R/F1 per label and micro (CoNLL
   exact match), for the CRF tagger and for a baseline that gives each word its most frequent tag in the training
   split (gazetteer label for words never seen), with tokens/s of both (feature extraction included; caches are
   cleared first, so the figure is for words the process has not seen yet; CPU time of this process, so other
   load on the machine does not count).
2. AQMAR dev (Wikipedia, out of domain; MIS0-3 -> MISC).
3. gold_dev entity mentions (2018 news from five outlets) against the `entities` stage output on the same articles:
   exact span+label and overlap+label matching, all mentions and without gentilic adjectives («الروسي»), which the
   gold marks LOC and ANERcorp leaves untagged. The gold has no MISC: MISC predictions are not counted.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from _corpus import GOLD_DEV, SHARED, iter_news, print_table
from rasd.entities.conll import LABELS, ConllSentence, Scores, read_conll
from rasd.entities.features import word_info
from rasd.entities.gazetteer import gazetteer_tags
from rasd.entities.model import default_tagger
from rasd.pipeline import Pipeline
from rasd.text.clitics import default_analyzer
from rasd.text.normalize import normalize

NER = SHARED / "data" / "ner"
Tagger = Callable[[Sequence[str]], list[str]]
DocumentTagger = Callable[[Sequence[Sequence[str]]], list[list[str]]]
DOCUMENT_SIZE = 20  # the default of `rasd tag --conll --document-size`


def load(path: Path) -> list[ConllSentence]:
    with path.open(encoding="utf-8") as fh:
        return list(read_conll(fh, with_tags=True, source=str(path)))


def majority_baseline(train: list[ConllSentence]) -> Tagger:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in train:
        assert sentence.tags is not None
        for word, tag in zip(sentence.tokens, sentence.tags, strict=True):
            counts[normalize(word)][tag] += 1
    best = {word: c.most_common(1)[0][0] for word, c in counts.items()}

    def tag(words: Sequence[str]) -> list[str]:
        gazetteer = gazetteer_tags(words)
        out: list[str] = []
        for word, gaz in zip(words, gazetteer, strict=True):
            label = best.get(normalize(word), gaz)
            if label.startswith("I-") and (not out or out[-1][2:] != label[2:]):
                label = "B-" + label[2:]
            out.append(label)
        return out

    return tag


def clear_caches() -> None:
    """Forget per-word work (clitic analysis, features) so speed is measured on words the process has not seen."""
    word_info.cache_clear()
    default_analyzer().analyze.cache_clear()  # type: ignore[attr-defined]


def in_documents(tag_document: Callable[[Sequence[Sequence[str]]], list[list[str]]]) -> DocumentTagger:
    """Tag consecutive blocks of DOCUMENT_SIZE sentences as documents, as `rasd tag --conll` does."""

    def tag(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        out: list[list[str]] = []
        for first in range(0, len(sentences), DOCUMENT_SIZE):
            out.extend(tag_document(sentences[first : first + DOCUMENT_SIZE]))
        return out

    return tag


def by_sentence(tagger: Tagger) -> DocumentTagger:
    return lambda sentences: [tagger(words) for words in sentences]


def score(tagger: DocumentTagger, sentences: list[ConllSentence]) -> tuple[Scores, float]:
    clear_caches()
    started = time.process_time()
    predicted = tagger([s.tokens for s in sentences])
    seconds = time.process_time() - started
    scores = Scores.empty()
    for sentence, tags in zip(sentences, predicted, strict=True):
        assert sentence.tags is not None
        scores.add(sentence.tags, tags)
    return scores, sum(len(s.tokens) for s in sentences) / seconds


def aqmar_sentences() -> list[ConllSentence]:
    out = []
    for path in sorted((NER / "aqmar" / "dev").glob("*.txt")):
        for sentence in load(path):
            assert sentence.tags is not None
            out.append(ConllSentence(sentence.tokens, tuple(_aqmar_tag(t) for t in sentence.tags)))
    return out


def _aqmar_tag(tag: str) -> str:
    prefix, _, kind = tag.partition("-")
    if prefix not in ("B", "I"):
        return "O"
    kind = kind.strip("-")
    if kind == "PER":
        return f"{prefix}-PERS"
    if kind in ("LOC", "ORG"):
        return f"{prefix}-{kind}"
    return f"{prefix}-MISC" if kind.startswith("MIS") else "O"


def gentilic_forms() -> set[str]:
    """Demonyms (measurement only: the list has no licence and is not shipped), in matching-normal form."""
    forms: set[str] = set()
    path = SHARED / "data" / "kb" / "countries" / "countries_ar_demonyms.tsv"
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
            for key in ("demonym_m_sg", "demonym_m_pl", "demonym_f_sg", "demonym_f_pl"):
                for value in (row.get(key) or "").split(","):
                    if value.strip():
                        forms.add(normalize(value.strip()))
    return forms


def is_gentilic(text: str, forms: set[str]) -> bool:
    words = [word_info(w).stem for w in text.split()]
    return (
        bool(words)
        and all(w in forms or w.rstrip("ه") in forms or w.endswith(("يه", "يين", "يون", "يتين")) for w in words)
        and any(w in forms or w.rstrip("ه") in forms for w in words)
    )


def gold_dev_scores() -> list[list[object]]:
    articles = {}
    with (GOLD_DEV / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            articles[record["id"]] = record["text"]
    gold: dict[str, list[tuple[int, int, str, str]]] = {}
    with (GOLD_DEV / "events.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            gold[record["id"]] = [(e["start"], e["end"], e["label"], e["text"]) for e in record["entities"]]
    pipeline = Pipeline(["tokenize", "sentences", "entities"])
    # The gold has no MISC class, so MISC predictions are left out rather than counted wrong.
    predicted = {
        doc_id: [(e.start, e.end, e.label) for e in pipeline(articles[doc_id]).entities if e.label != "MISC"]
        for doc_id in gold
    }
    forms = gentilic_forms()
    rows: list[list[object]] = []
    for subset in ("all", "no gentilics"):
        for matching in ("exact", "overlap"):
            tp = n_gold = n_pred = 0
            per_label: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
            for doc_id, gold_entities in gold.items():
                keep = [g for g in gold_entities if subset == "all" or not is_gentilic(g[3], forms)]
                dropped = [g for g in gold_entities if g not in keep]
                preds = [p for p in predicted[doc_id] if not any(_overlaps(p, d) for d in dropped)]
                used: set[int] = set()
                for g in keep:
                    per_label[g[2]][1] += 1
                for p in preds:
                    per_label[p[2]][2] += 1
                for g in keep:
                    for index, p in enumerate(preds):
                        if index in used or p[2] != g[2]:
                            continue
                        if (p[0], p[1]) == (g[0], g[1]) if matching == "exact" else _overlaps(p, g):
                            used.add(index)
                            per_label[g[2]][0] += 1
                            break
                tp += len(used)
                n_gold += len(keep)
                n_pred += len(preds)
            row: list[object] = [subset, matching, n_gold, *_prf(tp, n_pred, n_gold)]
            row += [_prf(*per_label[label][:1], per_label[label][2], per_label[label][1])[2] for label in LABELS[:3]]
            rows.append(row)
    return rows


def _overlaps(a: tuple[int, int, str] | tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def news_speed(tagger: DocumentTagger, limit_tokens: int = 100_000) -> float:
    pipeline = Pipeline(["tokenize", "sentences"])
    articles: list[list[list[str]]] = []
    total = 0
    for article in iter_news():
        if not article["id"].startswith("ant"):
            continue
        doc = pipeline(article["text"])
        articles.append([[t.text for t in tokens] for _, tokens in doc.iter_sentence_tokens()])
        total += len(doc.tokens)
        if total >= limit_tokens:
            break
    clear_caches()
    started = time.process_time()
    for document in articles:
        tagger(document)
    return total / (time.process_time() - started)


def main() -> None:
    if not NER.exists():
        sys.exit(f"shared data not found at {SHARED}")
    train = load(NER / "anercorp_camel" / "train.txt")
    dev = load(NER / "anercorp_camel" / "dev.txt")
    tagger = default_tagger()
    tagger.tag(["تحميل"])  # load the model, clusters, gazetteer and word frequencies before timing
    crf = in_documents(tagger.tag_document)
    baseline = by_sentence(majority_baseline(train))
    crf_scores, crf_speed = score(crf, dev)
    plain_scores, _ = score(by_sentence(tagger.tag), dev)
    base_scores, base_speed = score(baseline, dev)
    rows: list[list[object]] = []
    for label in (*LABELS, None):
        name = label or "micro"
        gold_count = crf_scores.gold[label] if label else sum(crf_scores.gold.values())
        rows.append([name, gold_count, *crf_scores.prf(label), plain_scores.prf(label)[2], *base_scores.prf(label)])
    header = ["label", "gold", "CRF P", "CRF R", "CRF F1", "CRF/sent F1", "majority P", "majority R", "majority F1"]
    print_table("ANERcorp dev (397 sentences, 12,334 tokens): entity-level, exact match", header, rows)
    print("CRF = the shipped tagger with document consistency over blocks of 20 sentences; CRF/sent = without it")
    crf_news, base_news = news_speed(crf), news_speed(baseline)
    print_table(
        "Speed on one core, tokens/s (feature extraction included, cold caches)",
        ["data", "CRF", "majority", "CRF/majority"],
        [
            ["ANERcorp dev", crf_speed, base_speed, crf_speed / base_speed],
            ["ANT news 100k tokens", crf_news, base_news, crf_news / base_news],
        ],
    )
    aqmar = aqmar_sentences()
    aq_crf, _ = score(by_sentence(tagger.tag), aqmar)
    aq_base, _ = score(baseline, aqmar)
    print_table(
        "AQMAR dev (8 Wikipedia articles, out of domain; sentence by sentence): F1",
        ["label", "CRF F1", "majority F1"],
        [[label or "micro", aq_crf.prf(label)[2], aq_base.prf(label)[2]] for label in (*LABELS, None)],
    )
    print_table(
        "gold_dev entity mentions (40 articles, 2018 news), entities stage",
        ["mentions", "match", "gold", "P", "R", "F1", "PERS F1", "LOC F1", "ORG F1"],
        gold_dev_scores(),
    )


if __name__ == "__main__":
    main()
