"""Seeded, reproducible draw of the articles annotated for the extra gold sets (benchmarks/gold/).

    python benchmarks/gold_select.py            # prints the drawn ids per layer and stratum

Each layer (timex, quotes, events, and `events2`, a second events draw) draws from strata (outlet files,
optionally a category or a date floor), excluding the gold_dev articles and the articles already drawn for an
earlier layer. Within a stratum an article's chance is proportional to how rich it is in what the layer
annotates (a crude keyword density), so the draw favours date-rich / quote-rich / event-rich articles without
hand-picking: weighted sampling without replacement (Efraimidis-Spirakis keys u**(1/w), w = squared density)
with a fixed seed. The ids drawn with the committed seed are listed in benchmarks/gold/README.md; re-running this
script must print the same ids.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from _corpus import GOLD_DEV, NEWS

SEED = 20150810

# Crude richness signals, used only to weight the draw (never to annotate).
_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|أيلول|تشرين|"
    "محرم|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى|رجب|شعبان|رمضان|شوال|ذي القعدة|ذو القعدة|ذي الحجة|ذو الحجة"
)
_DAYS = "السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة"
_RELATIVE = (
    "أمس|امس|غدا|غداً|اليوم|الأسبوع|الاسبوع|الشهر|العام|السنة|صباح|مساء|ليلة|يوميا|سنويا|"
    "(?:\\d+|ثلاث\\w*|أربع\\w*|خمس\\w*|عشر\\w*) (?:سنوات|أعوام|عاما|عاماً|أشهر|شهرا|شهراً|أيام|يوما|ساعات|ساعة|أسابيع)|"
    "عامين|سنتين|شهرين|يومين|أسبوعين|ساعتين"
)
TIME_SIGNAL = re.compile(rf"(?<!\w)[وبلف]?(?:{_MONTHS}|{_DAYS}|{_RELATIVE})(?!\w)|(?<!\d)(?:19|20)\d\d(?!\d)")
QUOTE_SIGNAL = re.compile(
    r"(?<!\w)[وف]?(?:قال|قالت|أكد|أكدت|اكد|أضاف|أضافت|اضاف|أوضح|أوضحت|اوضح|أشار|أشارت|اشار|أعلن|أعلنت|اعلن|اعتبر|"
    r"نفى|حذر|دعا|طالب|أفاد|ذكر|ذكرت|صرح|مشيرا|مشيرًا|مضيفا|مضيفًا|مؤكدا|مؤكدًا|بحسب|وفقا|وفقًا|نقلا|حسب)(?!\w)"
)
EVENT_SIGNAL = re.compile(  # political actions and armed actors (titles alone say little about events)
    r"(?<!\w)[وفبل]?(?:اجتماع|التقى|استقبل|زيارة|اتفاق|هجوم|غارات|غارة|قصف|اعتقال|اعتقل|عقوبات|مفاوضات|محادثات|"
    r"أدان|ندد|انتقد|اتهم|دعا|طالب|قوات|الجيش|المتمردين|مسلحين|مسلحون|اشتباكات|تظاهر|مظاهرات|احتجاج|اتفاقية|"
    r"وقع|قتل|مقتل|اغتيال|حكومة|الحكومة|الأمم المتحدة|مجلس الأمن|التحالف)(?!\w)"
)


@dataclass(frozen=True)
class Stratum:
    path: str  # relative to the news folder
    count: int
    min_chars: int
    max_chars: int
    category: str | None = None  # SPA: the title prefix (e.g. "سياسي"); ANT: the category field
    min_date: str | None = None  # skip the Asharq Al-Awsat backlog crawl whose crawl date is not the publication date
    year: str | None = None
    min_density: float = 0.0  # keyword hits per 1,000 characters: keeps articles with little to annotate out


LAYERS: dict[str, tuple[re.Pattern[str], list[Stratum]]] = {
    "timex": (
        TIME_SIGNAL,
        [
            Stratum("saudinewsnet/aawsat.jsonl", 8, 600, 3000, min_date="2015-07-22"),
            Stratum("saudinewsnet/was.jsonl", 5, 400, 2500),
            Stratum("ant_multisource_v2.1/skynews_arabia.jsonl", 2, 600, 2500, year="2018"),
            Stratum("ant_multisource_v2.1/bbc_arabic.jsonl", 1, 600, 2500, year="2018"),
            Stratum("ant_multisource_v2.1/cnn_arabic.jsonl", 1, 600, 2500, year="2018"),
            Stratum("ant_multisource_v2.1/france24_arabic.jsonl", 1, 600, 2500, year="2018"),
            Stratum("ant_multisource_v2.1/alarabiya.jsonl", 1, 600, 2500, year="2018"),
        ],
    ),
    "quotes": (
        QUOTE_SIGNAL,
        [
            Stratum("saudinewsnet/aawsat.jsonl", 6, 900, 3500, min_date="2015-07-22", min_density=3.0),
            Stratum("saudinewsnet/was.jsonl", 2, 600, 3000, min_density=3.0),
            Stratum("ant_multisource_v2.1/skynews_arabia.jsonl", 1, 800, 3000, year="2018", min_density=3.0),
            Stratum("ant_multisource_v2.1/bbc_arabic.jsonl", 1, 800, 3000, year="2018", min_density=3.0),
            Stratum("ant_multisource_v2.1/cnn_arabic.jsonl", 1, 800, 3000, year="2018", min_density=3.0),
            Stratum("ant_multisource_v2.1/france24_arabic.jsonl", 1, 800, 3000, year="2018", min_density=3.0),
        ],
    ),
    "events": (
        EVENT_SIGNAL,
        [
            Stratum("saudinewsnet/aawsat.jsonl", 5, 700, 2500, min_date="2015-07-22", min_density=4.0),
            Stratum("saudinewsnet/was.jsonl", 2, 400, 2200, category="سياسي", min_density=4.0),
            Stratum("ant_multisource_v2.1/alarabiya.jsonl", 1, 700, 2200, year="2018", min_density=4.0),
            Stratum("ant_multisource_v2.1/skynews_arabia.jsonl", 1, 700, 2200, year="2018", min_density=4.0),
            Stratum("ant_multisource_v2.1/bbc_arabic.jsonl", 1, 700, 2200, year="2018", min_density=4.0),
        ],
    ),
    # Second events draw (same seed, its own random stream): extends the events gold to ~30 articles, mostly
    # SaudiNewsNet, and adds the two ANT outlets the first draw lacked (CNN Arabic, France 24). SPA is drawn from
    # all categories because only 4 political (سياسي) items remain eligible; the density floor keeps it political.
    "events2": (
        EVENT_SIGNAL,
        [
            Stratum("saudinewsnet/aawsat.jsonl", 14, 700, 2500, min_date="2015-07-22", min_density=4.0),
            Stratum("saudinewsnet/was.jsonl", 4, 400, 2200, min_density=4.0),
            Stratum("ant_multisource_v2.1/cnn_arabic.jsonl", 2, 700, 2200, year="2018", min_density=4.0),
            Stratum("ant_multisource_v2.1/france24_arabic.jsonl", 2, 700, 2200, year="2018", min_density=4.0),
            Stratum("ant_multisource_v2.1/alarabiya.jsonl", 1, 700, 2200, year="2018", min_density=4.0),
            Stratum("ant_multisource_v2.1/skynews_arabia.jsonl", 1, 700, 2200, year="2018", min_density=4.0),
            Stratum("ant_multisource_v2.1/bbc_arabic.jsonl", 1, 700, 2200, year="2018", min_density=4.0),
        ],
    ),
}


def _category(article: dict[str, Any]) -> str | None:
    if article["id"].startswith("saudinewsnet/was/"):
        title = article.get("title") or ""
        return title.split("/", 1)[0].strip() if "/" in title else None
    category = article.get("category")
    return str(category) if category is not None else None


def _eligible(article: dict[str, Any], stratum: Stratum, excluded: set[str]) -> bool:
    text = article["text"]
    date = str(article.get("date") or "")
    return (
        article["id"] not in excluded
        and stratum.min_chars <= len(text) <= stratum.max_chars
        and (stratum.category is None or _category(article) == stratum.category)
        and (stratum.min_date is None or date[:10] >= stratum.min_date)
        and (stratum.year is None or date.startswith(stratum.year))
    )


def weighted_draw(
    articles: list[dict[str, Any]], weight: Callable[[dict[str, Any]], float], count: int, rng: random.Random
) -> list[dict[str, Any]]:
    """Weighted sampling without replacement: keep the `count` largest keys u**(1/w)."""
    keyed = [(rng.random() ** (1.0 / w), a["id"], a) for a in articles if (w := weight(a)) > 0]
    keyed.sort(key=lambda item: (-item[0], item[1]))
    return [a for _, _, a in keyed[:count]]


def density(signal: re.Pattern[str]) -> Callable[[dict[str, Any]], float]:
    def score(article: dict[str, Any]) -> float:
        text = article["text"]
        # Squared so that rich articles dominate the draw without excluding the rest.
        return (len(signal.findall(text)) / (len(text) / 1000.0)) ** 2

    return score


def draw(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    gold_dev_ids = {json.loads(line)["id"] for line in (GOLD_DEV / "articles.jsonl").open(encoding="utf-8")}
    excluded = set(gold_dev_ids)
    cache: dict[str, list[dict[str, Any]]] = {}
    drawn: dict[str, list[dict[str, Any]]] = {}
    for layer, (signal, strata) in LAYERS.items():
        rng = random.Random(f"{seed}/{layer}")
        picks: list[dict[str, Any]] = []
        for stratum in strata:
            if stratum.path not in cache:
                with (NEWS / stratum.path).open(encoding="utf-8") as fh:
                    cache[stratum.path] = [json.loads(line) for line in fh]
            score = density(signal)
            pool = [
                a for a in cache[stratum.path] if _eligible(a, stratum, excluded) and score(a) >= stratum.min_density**2
            ]
            chosen = weighted_draw(pool, score, stratum.count, rng)
            for article in chosen:
                article = dict(article, news_file=stratum.path)
                picks.append(article)
                excluded.add(article["id"])
        drawn[layer] = picks
    return drawn


def main() -> None:
    for layer, picks in draw().items():
        print(f"# {layer} (seed {SEED}): {len(picks)} articles")
        for article in picks:
            print(f"{article['id']}\t{article['news_file']}\t{str(article['date'])[:10]}\t{len(article['text'])}")


if __name__ == "__main__":
    main()
