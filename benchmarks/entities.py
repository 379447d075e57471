"""Named entities: quality on the ANERcorp dev split and on out-of-domain gold, and speed, of the shipped neural
tagger (BiLSTM-CRF, numpy inference), the feature CRF it replaced, and a majority baseline, all in the same run.

    python benchmarks/entities.py            # needs ../shared (RASD_SHARED to point elsewhere)

Tables:
1. ANERcorp dev (CAMeL train split, last 10%, never trained on): entity-level P/R/F1 per label and micro (CoNLL
   exact match), for the BiLSTM-CRF, the CRF, and a baseline that gives each word its most frequent tag in the
   training split (gazetteer label for words never seen).
2. Tokens/s of each on one core (feature extraction included; caches are cleared first, so the figure is for
   words the process has not seen yet; CPU time of this process, all threads counted, so other load on the
   machine does not count and a multi-threaded BLAS gains nothing).
3. AQMAR dev (8 Wikipedia articles, out of domain; MIS0-3 -> MISC).
4. gold_dev entity mentions (2018 news from five outlets) against the `entities` stage output on the same articles
   (with each tagger): exact span+label and overlap+label matching, all mentions and without gentilic adjectives
   («الروسي»), which the gold marks LOC and ANERcorp leaves untagged. The gold has no MISC: MISC predictions are
   not counted.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from _corpus import GOLD_DEV, SHARED, iter_news, print_table
from rasd.entities import forms
from rasd.entities.conll import LABELS, ConllSentence, Scores, aqmar_tag, read_conll
from rasd.entities.features import word_info
from rasd.entities.forms import word_form
from rasd.entities.gazetteer import gazetteer_tags
from rasd.entities.model import Tagger, crf_tagger, default_tagger
from rasd.entities.stage import entities_of
from rasd.pipeline import Pipeline
from rasd.text.clitics import default_analyzer
from rasd.text.normalize import normalize

NER = SHARED / "data" / "ner"
SentenceTagger = Callable[[Sequence[str]], list[str]]
DocumentTagger = Callable[[Sequence[Sequence[str]]], list[list[str]]]
DOCUMENT_SIZE = 20  # the default of `rasd tag --conll --document-size`


def load(path: Path) -> list[ConllSentence]:
    with path.open(encoding="utf-8") as fh:
        return list(read_conll(fh, with_tags=True, source=str(path)))


def majority_baseline(train: list[ConllSentence]) -> SentenceTagger:
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
    forms._FORMS.clear()  # a plain dict since the compiled callers stopped going through functools.cache
    default_analyzer().analyze.cache_clear()  # type: ignore[attr-defined]


def in_documents(tag_document: Callable[[Sequence[Sequence[str]]], list[list[str]]]) -> DocumentTagger:
    """Tag consecutive blocks of DOCUMENT_SIZE sentences as documents, as `rasd tag --conll` does."""

    def tag(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        out: list[list[str]] = []
        for first in range(0, len(sentences), DOCUMENT_SIZE):
            out.extend(tag_document(sentences[first : first + DOCUMENT_SIZE]))
        return out

    return tag


def by_sentence(tagger: SentenceTagger) -> DocumentTagger:
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
            out.append(ConllSentence(sentence.tokens, tuple(aqmar_tag(t) for t in sentence.tags)))
    return out


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
    words = [word_form(w).stem for w in text.split()]
    return (
        bool(words)
        and all(w in forms or w.rstrip("ه") in forms or w.endswith(("يه", "يين", "يون", "يتين")) for w in words)
        and any(w in forms or w.rstrip("ه") in forms for w in words)
    )


def gold_dev_scores(tagger: Tagger) -> list[list[object]]:
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
    pipeline = Pipeline(["tokenize", "sentences"])
    predicted: dict[str, list[tuple[int, int, str]]] = {}
    for doc_id in gold:
        doc = pipeline(articles[doc_id])
        sentences = [tokens for _, tokens in doc.iter_sentence_tokens()]
        tags = tagger.tag_document([[t.text for t in tokens] for tokens in sentences])
        entities = [e for tokens, t in zip(sentences, tags, strict=True) for e in entities_of(doc, tokens, t, 1)]
        # The gold has no MISC class, so MISC predictions are left out rather than counted wrong.
        predicted[doc_id] = [(e.start, e.end, e.label) for e in entities if e.label != "MISC"]
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
    neural, crf = default_tagger(), crf_tagger()
    for tagger in (neural, crf):
        tagger.tag(["تحميل"])  # load the models, clusters, gazetteer and word frequencies before timing
    systems: dict[str, DocumentTagger] = {
        "BiLSTM-CRF": in_documents(neural.tag_document),
        "CRF": in_documents(crf.tag_document),
        "majority": by_sentence(majority_baseline(train)),
    }
    results = {name: score(system, dev) for name, system in systems.items()}
    neural_by_sentence, _ = score(in_documents(lambda s: [neural.tag(w) for w in s]), dev)
    rows: list[list[object]] = []
    for label in (*LABELS, None):
        gold_count = results["CRF"][0].gold[label] if label else sum(results["CRF"][0].gold.values())
        row: list[object] = [label or "micro", gold_count]
        for name in systems:
            row.extend(results[name][0].prf(label))
            if name == "BiLSTM-CRF":
                row.append(neural_by_sentence.prf(label)[2])
        rows.append(row)
    header = ["label", "gold"]
    for name in systems:
        header += [f"{name} P", f"{name} R", f"{name} F1"] + (["BiLSTM/sent F1"] if name == "BiLSTM-CRF" else [])
    print_table("ANERcorp dev (397 sentences, 12,334 tokens): entity-level, exact match", header, rows)
    print("taggers with document consistency over blocks of 20 sentences; BiLSTM/sent = the BiLSTM-CRF without it")
    news = {name: news_speed(system) for name, system in systems.items()}
    print_table(
        "Speed on one core, tokens/s (feature extraction included, cold caches)",
        ["data", *systems, "BiLSTM/CRF"],
        [
            ["ANERcorp dev", *(results[name][1] for name in systems), results["BiLSTM-CRF"][1] / results["CRF"][1]],
            ["ANT news 100k tokens", *news.values(), news["BiLSTM-CRF"] / news["CRF"]],
        ],
    )
    aqmar = aqmar_sentences()
    aq = {name: score(system, aqmar)[0] for name, system in systems.items()}
    print_table(
        "AQMAR dev (8 Wikipedia articles, out of domain): F1",
        ["label", *(f"{name} F1" for name in systems)],
        [[label or "micro", *(aq[name].prf(label)[2] for name in systems)] for label in (*LABELS, None)],
    )
    gold_rows = [
        [name, *row] for name, tagger in (("BiLSTM-CRF", neural), ("CRF", crf)) for row in gold_dev_scores(tagger)
    ]
    print_table(
        "gold_dev entity mentions (40 articles, 2018 news), entities stage",
        ["tagger", "mentions", "match", "gold", "P", "R", "F1", "PERS F1", "LOC F1", "ORG F1"],
        gold_rows,
    )


if __name__ == "__main__":
    main()
