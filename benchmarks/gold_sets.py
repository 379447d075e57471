"""Development gold sets: `../shared/data/gold_dev` plus this repository's extra annotations (benchmarks/gold/).

    python benchmarks/gold_sets.py --check                      # re-verify every offset of every layer
    python benchmarks/gold_sets.py --out /tmp/gold [--layer timex] [--part all|dev|extra]

`--out` writes, per layer, `gold_<layer>.jsonl` in exactly the format `../shared/tools/score_gold.py` reads and
`articles_<layer>.jsonl` (`id, published, text, source`) to feed `rasd analyze --jsonl`:

    rasd analyze --jsonl /tmp/gold/articles_timex.jsonl --format json > /tmp/pred.jsonl
    python3 ../shared/tools/score_gold.py timex /tmp/gold/gold_timex.jsonl /tmp/pred.jsonl

The extra files store ids, offsets and labels only (never article text): every text field of the gold_dev format
is re-materialised here from the shared news corpus, at benchmark time. Each extra record carries the article's
`text_sha1` (so a changed corpus is detected) and `spans_sha1`, a fingerprint of every annotated span's text, so
`--check` proves that `text[start:end]` is still exactly the string the annotator verified.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from _corpus import GOLD_DEV, NEWS, ROOT

EXTRA_DIR = ROOT / "benchmarks" / "gold"
LAYERS = ("timex", "quotes", "events")
LAYER_KEY = {"timex": "timexes", "quotes": "quotes", "events": "events"}

# ANT document numbers start with the outlet's acronym.
_ANT_FILES = {
    "AL": "alarabiya.jsonl",
    "BB": "bbc_arabic.jsonl",
    "CN": "cnn_arabic.jsonl",
    "FR": "france24_arabic.jsonl",
    "SK": "skynews_arabia.jsonl",
}

# Span fields of each layer's extra records: (start key, end key, materialised text key in the gold_dev format).
TIMEX_SPANS = (("start", "end", "text"),)
QUOTE_SPANS = (
    ("content_start", "content_end", None),
    ("cue_start", "cue_end", "cue_text"),
    ("speaker_start", "speaker_end", "speaker_text"),
    ("speaker_name_start", "speaker_name_end", "speaker_name"),
)
ENTITY_SPANS = (("start", "end", "text"),)
EVENT_SPANS = (
    ("trigger_start", "trigger_end", "trigger_text"),
    ("source_start", "source_end", "source_text"),
    ("target_start", "target_end", "target_text"),
)
BOOKKEEPING_OFFSETS = (
    "speaker_name_start",
    "speaker_name_end",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
)
TEXT_FIELDS = {"text", "cue_text", "speaker_text", "speaker_name", "trigger_text", "source_text", "target_text"}

TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
TIMEX_MODS = {None, "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN"}
QUOTE_KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "institution", "anonymous", "document", "media"}
ENTITY_LABELS = {"PERS", "ORG", "LOC"}
MODALITIES = {"asserted", "intent", "conditional", "reported_claim", "negated"}
_TIMEX_VALUE = re.compile(
    r"^(?:"
    r"[0-9X]{1,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|SP|SU|FA|WI)(?:-[0-9X]{2})?)?"  # dates, weeks, seasons, decades
    r"(?:T(?:MO|AF|EV|NI|[0-9X]{2}:[0-9X]{2}))?"  # parts of day or clock time
    r"|P(?:[0-9X.]+[YMWD]|[0-9X.]+DE|[0-9X.]+CE)+(?:T(?:[0-9X.]+[HMS])+)?|PT(?:[0-9X.]+[HMS])+"  # durations
    r")$"
)
_CAMEO = re.compile(r"^[0-2][0-9]{2,3}$")
_ACTOR = re.compile(r"^[A-Z]{3}[A-Z]{0,9}$")  # CAMEO codes are 3-letter blocks, but e.g. IMGMUSAQ is not
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class GoldError(ValueError):
    """A gold record that does not fit its article or the guides' schema."""


def news_file_for(article_id: str) -> str:
    """Path of the news collection file (relative to `data/news/`) holding an article, from its id alone."""
    if article_id.startswith("saudinewsnet/"):
        outlet = article_id.split("/")[1]
        return f"saudinewsnet/{outlet}.jsonl"
    if article_id.startswith("ant-v2.1/"):
        return f"ant_multisource_v2.1/{_ANT_FILES[article_id.split('/')[1][:2]]}"
    raise GoldError(f"no news collection for id {article_id!r}")


@cache
def _collection(news_file: str) -> dict[str, dict[str, Any]]:
    with (NEWS / news_file).open(encoding="utf-8") as fh:
        return {record["id"]: record for record in map(json.loads, fh)}


def news_article(article_id: str, news_file: str | None = None) -> dict[str, Any]:
    """The corpus record of an article (id, source, date, title, text, ...)."""
    records = _collection(news_file or news_file_for(article_id))
    if article_id not in records:
        raise GoldError(f"{article_id} is not in {news_file or news_file_for(article_id)}")
    return records[article_id]


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def span_fields(layer: str) -> dict[str, tuple[tuple[str, str, str | None], ...]]:
    """Per list key of a record, the span fields of its items."""
    if layer == "timex":
        return {"timexes": TIMEX_SPANS}
    if layer == "quotes":
        return {"quotes": QUOTE_SPANS}
    return {"entities": ENTITY_SPANS, "events": EVENT_SPANS}


def iter_spans(layer: str, record: dict[str, Any]) -> Iterator[tuple[str, int, str, int, int]]:
    """(list key, item index, start key, start, end) for every non-null span of a record, in a canonical order."""
    for list_key, fields in span_fields(layer).items():
        for index, item in enumerate(record.get(list_key) or []):
            for start_key, end_key, _ in fields:
                start, end = item.get(start_key), item.get(end_key)
                if start is None and end is None:
                    continue
                yield list_key, index, start_key, int(start), int(end)


def spans_fingerprint(layer: str, record: dict[str, Any], text: str) -> str:
    """sha1 over every annotated span's text, in canonical order (proves the spans without storing text)."""
    parts = [f"{key}#{i}.{start_key}={text[start:end]}" for key, i, start_key, start, end in iter_spans(layer, record)]
    return sha1("\x1f".join(parts))


# --- reading -------------------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@cache
def dev_articles() -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in _read_jsonl(GOLD_DEV / "articles.jsonl")}


def dev_records(layer: str) -> list[dict[str, Any]]:
    return _read_jsonl(GOLD_DEV / f"{layer}.jsonl")


def extra_path(layer: str) -> Path:
    return EXTRA_DIR / f"{layer}_extra.jsonl"


def extra_records(layer: str) -> list[dict[str, Any]]:
    path = extra_path(layer)
    return _read_jsonl(path) if path.exists() else []


def article_text(record: dict[str, Any]) -> str:
    return str(news_article(record["id"], record.get("news_file"))["text"])


def materialise(layer: str, record: dict[str, Any]) -> dict[str, Any]:
    """An extra record in the gold_dev format: text fields filled from the article, bookkeeping fields dropped."""
    text = article_text(record)
    out: dict[str, Any] = {"id": record["id"]}
    if layer == "timex":
        out["published"] = record["published"]
    for list_key, fields in span_fields(layer).items():
        items = []
        for item in record.get(list_key) or []:
            filled: dict[str, Any] = {}
            for key, value in item.items():
                filled[key] = value
                for start_key, end_key, text_key in fields:
                    if key == end_key and text_key is not None:
                        start = item.get(start_key)
                        filled[text_key] = None if start is None else text[int(start) : int(value)]
            if list_key == "quotes" and filled.get("speaker_name") is None:
                filled["speaker_name"] = filled.get("speaker_text")
            # the offsets of speaker names and event arguments are bookkeeping of the extra format: the gold_dev
            # format (what score_gold.py reads) has only their texts
            for drop in BOOKKEEPING_OFFSETS:
                filled.pop(drop, None)
            items.append(_in_dev_order(layer, list_key, filled))
        out[list_key] = items
    return out


_DEV_ORDER = {
    ("timex", "timexes"): ["start", "end", "text", "type", "value", "mod"],
    ("quotes", "quotes"): [
        "kind",
        "content_start",
        "content_end",
        "cue_start",
        "cue_end",
        "cue_text",
        "speaker_start",
        "speaker_end",
        "speaker_text",
        "speaker_name",
        "speaker_type",
    ],
    ("events", "entities"): ["start", "end", "text", "label", "actor"],
    ("events", "events"): [
        "trigger_start",
        "trigger_end",
        "trigger_text",
        "cameo",
        "plover",
        "source_actor",
        "source_text",
        "target_actor",
        "target_text",
        "date",
        "modality",
        "negated",
    ],
}


def _in_dev_order(layer: str, list_key: str, item: dict[str, Any]) -> dict[str, Any]:
    order = _DEV_ORDER[(layer, list_key)]
    ordered = {key: item.get(key) for key in order}
    extra_keys = sorted(set(item) - set(order))
    if extra_keys:
        raise GoldError(f"unexpected fields in a {layer} item: {extra_keys}")
    return ordered


def load_layer(layer: str, part: str = "all") -> list[dict[str, Any]]:
    """Gold records of a layer in the gold_dev format (what score_gold.py reads)."""
    records: list[dict[str, Any]] = []
    if part in ("all", "dev"):
        records.extend(dev_records(layer))
    if part in ("all", "extra"):
        records.extend(materialise(layer, r) for r in extra_records(layer))
    return records


def layer_articles(layer: str, part: str = "all") -> list[dict[str, Any]]:
    """The articles a layer's gold covers, as `rasd analyze --jsonl` input: id, published, text, source."""
    out: list[dict[str, Any]] = []
    if part in ("all", "dev"):
        dev = dev_articles()
        for record in dev_records(layer):
            article = dev[record["id"]]
            out.append({k: article[k] for k in ("id", "published", "text", "source")})
    if part in ("all", "extra"):
        for record in extra_records(layer):
            news = news_article(record["id"], record.get("news_file"))
            out.append(
                {"id": record["id"], "published": record["published"], "text": news["text"], "source": news["source"]}
            )
    return out


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


# --- checking ------------------------------------------------------------------------------------------------


def _word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) == "Mn"


def check_span(text: str, start: int, end: int) -> str | None:
    """Why a span is not a clean annotation span of `text` (None when it is)."""
    if not (0 <= start < end <= len(text)):
        return f"span [{start}, {end}) outside the text (length {len(text)}) or empty"
    piece = text[start:end]
    if piece != piece.strip():
        return f"span [{start}, {end}) has leading/trailing whitespace"
    # a cue such as «وفقا ل» may end on the preposition that is written joined to the next word (gold_dev practice)
    joined_preposition = end - start >= 2 and text[end - 2].isspace() and text[end - 1] in "لبك"
    if end < len(text) and _word_char(text[end - 1]) and _word_char(text[end]) and not joined_preposition:
        return f"span [{start}, {end}) ends inside a word"
    return None


def _check_labels(layer: str, record: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    where = record["id"]
    if layer == "timex":
        for t in record["timexes"]:
            if t["type"] not in TIMEX_TYPES or t.get("mod") not in TIMEX_MODS:
                errors.append(f"{where}: bad type/mod {t['type']}/{t.get('mod')}")
            if not _TIMEX_VALUE.match(str(t["value"])):
                errors.append(f"{where}: bad TIMEX3 value {t['value']!r}")
    elif layer == "quotes":
        for q in record["quotes"]:
            if q["kind"] not in QUOTE_KINDS or q["speaker_type"] not in SPEAKER_TYPES:
                errors.append(f"{where}: bad kind/speaker_type {q['kind']}/{q['speaker_type']}")
    else:
        for e in record["entities"]:
            if e["label"] not in ENTITY_LABELS or not _ACTOR.match(str(e["actor"])):
                errors.append(f"{where}: bad entity label/actor {e['label']}/{e['actor']}")
        for v in record["events"]:
            if not _CAMEO.match(str(v["cameo"])) or v["modality"] not in MODALITIES:
                errors.append(f"{where}: bad cameo/modality {v['cameo']}/{v['modality']}")
            for side in ("source_actor", "target_actor"):
                if v.get(side) is not None and not _ACTOR.match(str(v[side])):
                    errors.append(f"{where}: bad {side} {v[side]!r}")
            if not _TIMEX_VALUE.match(str(v["date"])):
                errors.append(f"{where}: bad event date {v['date']!r}")
    return errors


def check_extra(layer: str, record: dict[str, Any]) -> list[str]:
    """Every problem of one extra record (empty when it is sound)."""
    where = f"{layer}_extra {record.get('id')}"
    leaked = sorted(TEXT_FIELDS & _all_keys(record))
    if leaked:
        return [f"{where}: text fields must not be stored: {leaked}"]
    for key in ("id", "published", "news_file", "text_sha1", "spans_sha1"):
        if key not in record:
            return [f"{where}: missing {key}"]
    if not _DATE.match(record["published"]):
        return [f"{where}: published {record['published']!r} is not YYYY-MM-DD"]
    if record["news_file"] != news_file_for(record["id"]):
        return [f"{where}: news_file {record['news_file']} does not hold this id"]
    try:
        text = article_text(record)
    except GoldError as error:
        return [f"{where}: {error}"]
    if sha1(text) != record["text_sha1"]:
        return [f"{where}: the article text changed since annotation (text_sha1 differs)"]
    errors = [f"{where}: {problem}" for *_, s, e in iter_spans(layer, record) if (problem := check_span(text, s, e))]
    if not errors and spans_fingerprint(layer, record, text) != record["spans_sha1"]:
        errors.append(f"{where}: span texts differ from the annotated ones (spans_sha1)")
    return errors + _check_labels(layer, materialise(layer, record) | {"id": record["id"]})


def _all_keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        keys = set(value)
        for inner in value.values():
            keys |= _all_keys(inner)
        return keys
    if isinstance(value, list):
        return set().union(*(_all_keys(v) for v in value)) if value else set()
    return set()


def check_dev(layer: str, record: dict[str, Any]) -> list[str]:
    text = dev_articles()[record["id"]]["text"]
    errors = []
    for list_key, fields in span_fields(layer).items():
        for item in record.get(list_key) or []:
            for start_key, end_key, text_key in fields:
                if text_key is None or item.get(start_key) is None or text_key not in item:
                    continue
                if text[item[start_key] : item[end_key]] != item[text_key]:
                    errors.append(f"{layer} {record['id']}: {text_key} does not match its offsets")
    return errors


def check(layers: Iterable[str] = LAYERS) -> list[str]:
    errors: list[str] = []
    for layer in layers:
        for record in dev_records(layer):
            errors.extend(check_dev(layer, record))
        seen: set[str] = set()
        dev_ids = set(dev_articles())
        for record in extra_records(layer):
            if record["id"] in seen or record["id"] in dev_ids:
                errors.append(f"{layer}_extra {record['id']}: duplicate or already in gold_dev")
            seen.add(record["id"])
            errors.extend(check_extra(layer, record))
    return errors


def counts(layer: str, part: str) -> tuple[int, int]:
    records = load_layer(layer, part)
    return len(records), sum(len(r[LAYER_KEY[layer]]) for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="re-verify every offset and label")
    parser.add_argument("--out", type=Path, help="write gold_<layer>.jsonl and articles_<layer>.jsonl here")
    parser.add_argument("--layer", choices=(*LAYERS, "all"), default="all")
    parser.add_argument("--part", choices=("all", "dev", "extra"), default="all")
    args = parser.parse_args(argv)
    layers = LAYERS if args.layer == "all" else (args.layer,)
    if args.check:
        errors = check(layers)
        for error in errors:
            print(error, file=sys.stderr)
        for layer in layers:
            dev, extra = counts(layer, "dev"), counts(layer, "extra")
            print(f"{layer}: gold_dev {dev[0]} articles / {dev[1]} items, extra {extra[0]} articles / {extra[1]} items")
        print("OK" if not errors else f"{len(errors)} problem(s)")
        if errors:
            return 1
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for layer in layers:
            n_gold = write_jsonl(args.out / f"gold_{layer}.jsonl", load_layer(layer, args.part))
            n_articles = write_jsonl(args.out / f"articles_{layer}.jsonl", layer_articles(layer, args.part))
            print(f"{layer}: wrote {n_gold} gold records and {n_articles} articles to {args.out}")
    if not args.check and not args.out:
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
