"""Turn an annotator's working file into offset-only gold records, verifying every span on the way.

    python benchmarks/gold_author.py timex|quotes|events WORKFILE          # resolve + print a review
    python benchmarks/gold_author.py timex|quotes|events WORKFILE --write  # ... and store gold/<layer>_extra.jsonl

The working file holds the annotator's strings and lives OUTSIDE the repository (it quotes article text; only
ids, offsets and labels are committed). Format, one article per block:

    @ <article id> published=YYYY-MM-DD
    timex:  SPAN | TYPE | VALUE [| MOD]
    quotes: KIND | CONTENT | CUE | SPEAKER | SPEAKER NAME | SPEAKER TYPE
    events: E SPAN | LABEL | ACTOR
            V TRIGGER | CAMEO | SOURCE ACTOR | SOURCE TEXT | TARGET ACTOR | TARGET TEXT | DATE | MODALITY | NEGATED

Strings are located by code, never by hand-counted offsets:
- timex spans, entity spans and event triggers are found in reading order (each after the previous one; an entity
  may be nested in the previous one);
- a quote's CONTENT is `FIRST WORDS … LAST WORDS` (U+2026) or the exact content, found after the previous quote's start;
  its CUE and SPEAKER are the occurrences nearest to the content / the cue; SPEAKER NAME is its first occurrence;
- event SOURCE/TARGET TEXT are the occurrences nearest to the trigger; `=TRIGGER` reuses the previous trigger;
- prefixes: `N#STRING` = the N-th occurrence in the whole text, `~STRING` = skip the word-boundary check, `-` = none.
Each resolved string is checked: text[start:end] must equal it, spans must not cut words (a leading clitic
و ف ب ل ك may stay outside), and the review prints every span in its context for the annotator to read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _corpus import SHARED
from gold_select import TIME_SIGNAL
from gold_sets import (
    LAYERS,
    extra_path,
    iter_spans,
    news_article,
    news_file_for,
    sha1,
    spans_fingerprint,
)

ELLIPSIS = " … "
_CLITICS = re.compile(r"^(?:[وف]?[بلك]?|[وف]?لل)ـ?$")
CAMEO2PLOVER = SHARED / "data" / "kb" / "plover" / "CAMEO2PLOVER-2021.txt"
CAMEO_CODES = SHARED / "data" / "kb" / "cameo" / "cameo_codes.json"


class AuthorError(ValueError):
    pass


@dataclass
class Block:
    article_id: str
    published: str
    lines: list[str] = field(default_factory=list)


def parse_blocks(path: Path) -> list[Block]:
    blocks: list[Block] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            match = re.fullmatch(r"@\s*(\S+)\s+published=(\d{4}-\d{2}-\d{2})", line)
            if not match:
                raise AuthorError(f"bad article header: {line}")
            blocks.append(Block(match[1], match[2]))
        elif not blocks:
            raise AuthorError(f"annotation before any article header: {line}")
        else:
            blocks[-1].lines.append(line)
    return blocks


def _word(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) in ("Mn", "Lm")


def boundary_problem(text: str, start: int, end: int) -> str | None:
    left = start
    while left > 0 and _word(text[left - 1]):
        left -= 1
    if start > 0 and _word(text[start]) and not _CLITICS.match(text[left:start]):
        return f"starts inside a word ({text[left:start]!r} before it)"
    if end < len(text) and _word(text[end - 1]) and _word(text[end]):
        return "ends inside a word"
    return None


@dataclass(frozen=True)
class Pattern:
    string: str
    nth: int | None  # absolute occurrence (1-based) in the whole text
    check_boundary: bool


def pattern(spec: str) -> Pattern:
    nth = None
    check = True
    match = re.match(r"^(\d+)#", spec)
    if match:
        nth = int(match[1])
        spec = spec[match.end() :]
    if spec.startswith("~"):
        check = False
        spec = spec[1:]
    return Pattern(spec.strip(), nth, check)


def occurrences(text: str, pat: Pattern) -> list[int]:
    found, at = [], text.find(pat.string)
    while at >= 0:
        if not pat.check_boundary or boundary_problem(text, at, at + len(pat.string)) is None:
            found.append(at)
        at = text.find(pat.string, at + 1)
    return found


def find_after(text: str, spec: str, cursor: int) -> tuple[int, int]:
    pat = pattern(spec)
    hits = occurrences(text, pat)
    if pat.nth is not None:
        if len(hits) < pat.nth:
            raise AuthorError(f"{pat.string!r}: only {len(hits)} clean occurrence(s), asked for #{pat.nth}")
        start = hits[pat.nth - 1]
    else:
        after = [h for h in hits if h >= cursor]
        if not after:
            raise AuthorError(f"{pat.string!r}: no clean occurrence after offset {cursor}")
        start = after[0]
    return start, start + len(pat.string)


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of whole sentences covering text[start:end]."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() if right_match else len(text)


def find_near(text: str, spec: str, anchor: tuple[int, int], avoid: tuple[int, int] | None = None) -> tuple[int, int]:
    """The occurrence nearest to `anchor` within its sentence(s), else the nearest one before it, never in `avoid`.

    This is the guide's rule for speakers (the subject of the cue, else the most recent mention before it); the
    review printout shows every choice so the annotator can override it with N#.
    """
    pat = pattern(spec)
    hits = occurrences(text, pat)
    if pat.nth is not None:
        if len(hits) < pat.nth:
            raise AuthorError(f"{pat.string!r}: only {len(hits)} clean occurrence(s), asked for #{pat.nth}")
        return hits[pat.nth - 1], hits[pat.nth - 1] + len(pat.string)
    sent_start, sent_end = sentence_bounds(text, *anchor)
    scored = []
    for h in hits:
        e = h + len(pat.string)
        if avoid and h >= avoid[0] and e <= avoid[1]:
            continue
        before = e <= anchor[0]
        distance = anchor[0] - e if before else max(0, h - anchor[1])
        rank = 0 if sent_start <= h and e <= sent_end else 1 if before else 2
        scored.append((rank, distance, h))
    if not scored:
        raise AuthorError(f"{pat.string!r}: no clean occurrence")
    h = min(scored)[2]
    return h, h + len(pat.string)


def find_content(text: str, spec: str, cursor: int) -> tuple[int, int]:
    if ELLIPSIS in spec:
        head, tail = spec.split(ELLIPSIS, 1)
        start, _ = find_after(text, "~" + head if not head.startswith(("~", "#")) else head, cursor)
        tail_at = text.find(tail.strip(), start + len(head))
        if tail_at < 0:
            raise AuthorError(f"content end {tail!r} not found after {head!r}")
        return start, tail_at + len(tail.strip())
    return find_after(text, spec if spec.startswith("~") or re.match(r"^\d+#", spec) else "~" + spec, cursor)


def context(text: str, start: int, end: int, width: int = 30) -> str:
    left = text[max(0, start - width) : start].replace("\n", "⏎")
    right = text[end : end + width].replace("\n", "⏎")
    return f"…{left}[[{text[start:end]}]]{right}…"


def fields(line: str, count: int, optional: int = 0) -> list[str]:
    parts = [p.strip() for p in line.split("|")]
    if not (count - optional <= len(parts) <= count):
        raise AuthorError(f"expected {count} fields: {line}")
    return parts + [""] * (count - len(parts))


def null(value: str) -> str | None:
    return None if value in ("-", "", "null") else value


# --- layers --------------------------------------------------------------------------------------------------


def resolve_timex(text: str, block: Block, review: list[str]) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    cursor = 0
    for line in block.lines:
        span, kind, value, mod = fields(line, 4, optional=1)
        start, end = find_after(text, span, cursor)
        cursor = end
        items.append({"start": start, "end": end, "type": kind, "value": value, "mod": null(mod)})
        review.append(f"  {kind:8} {value:18} {mod or '':9} {context(text, start, end)}")
    covered = [(int(t["start"]), int(t["end"])) for t in items]
    for match in TIME_SIGNAL.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in covered):
            review.append(f"  ?? unannotated time word: {context(text, match.start(), match.end(), 20)}")
    return {"timexes": items}


def resolve_quotes(text: str, block: Block, review: list[str]) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    cursor = 0
    for line in block.lines:
        kind, content, cue, speaker, name, stype = fields(line, 6)
        c_start, c_end = find_content(text, content, cursor)
        cursor = c_start + 1
        q_start, q_end = find_near(text, cue, (c_start, c_end), avoid=(c_start, c_end))
        s_start, s_end = find_near(text, speaker, (q_start, q_end), avoid=(c_start, c_end))
        if null(name) is None:
            n_start: int | None = None
            n_end: int | None = None
        else:
            n_start, n_end = find_after(text, name if re.match(r"^\d+#", name) else "1#" + name, 0)
        items.append(
            {
                "kind": kind,
                "content_start": c_start,
                "content_end": c_end,
                "cue_start": q_start,
                "cue_end": q_end,
                "speaker_start": s_start,
                "speaker_end": s_end,
                "speaker_name_start": n_start,
                "speaker_name_end": n_end,
                "speaker_type": stype,
            }
        )
        review.append(f"  {kind:8} {stype:11} cue {context(text, q_start, q_end, 12)}")
        review.append(f"           speaker {context(text, s_start, s_end, 12)}  name={name}")
        review.append(f"           content {context(text, c_start, c_end, 15)}")
    return {"quotes": items}


def plover_table() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for raw in CAMEO2PLOVER.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z_]*)", raw)
        if match:
            table[match[1]] = match[2] or None
    return table


def resolve_events(text: str, block: Block, review: list[str]) -> dict[str, Any]:
    codes = set(json.loads(CAMEO_CODES.read_text(encoding="utf-8")))
    plover = plover_table()
    entities: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    e_cursor, t_cursor = 0, 0
    last_trigger: tuple[int, int] | None = None
    for line in block.lines:
        tag, _, rest = line.partition(" ")
        if tag == "E":
            span, label, actor = fields(rest, 3)
            start, end = find_after(text, span, e_cursor)
            e_cursor = start + 1  # the next mention may be nested in this one («ميناء عدن» then «عدن»)
            nested = any(e["start"] <= start and end <= e["end"] for e in entities)
            entities.append({"start": start, "end": end, "label": label, "actor": actor})
            review.append(f"  E {label:4} {actor:10} {context(text, start, end, 18)}{'  (nested)' if nested else ''}")
        elif tag == "V":
            trig, cameo, s_actor, s_text, t_actor, t_text, date, modality, negated = fields(rest, 9)
            if trig.startswith("="):
                if last_trigger is None or text[last_trigger[0] : last_trigger[1]] != trig[1:].strip():
                    raise AuthorError(f"'=' trigger {trig!r} does not repeat the previous one")
                start, end = last_trigger
            else:
                start, end = find_after(text, trig, t_cursor)
                t_cursor = start + 1
            last_trigger = (start, end)
            if cameo not in codes:
                raise AuthorError(f"unknown CAMEO code {cameo}")
            if negated not in ("true", "false"):
                raise AuthorError(f"negated must be true/false: {line}")
            event: dict[str, Any] = {"trigger_start": start, "trigger_end": end, "cameo": cameo}
            event["plover"] = plover.get(cameo, plover.get(cameo[:3]))
            for side, actor, words in (("source", s_actor, s_text), ("target", t_actor, t_text)):
                event[f"{side}_actor"] = null(actor)
                if null(words) is None:
                    event[f"{side}_start"] = event[f"{side}_end"] = None
                else:
                    event[f"{side}_start"], event[f"{side}_end"] = find_near(text, words, (start, end))
            event.update({"date": date, "modality": modality, "negated": negated == "true"})
            events.append(event)
            src, tgt = (
                "-"
                if event[f"{side}_start"] is None
                else context(text, event[f"{side}_start"], event[f"{side}_end"], 8)
                for side in ("source", "target")
            )
            review.append(
                f"  V {cameo:5} {event['plover'] or '-':10} {s_actor}->{t_actor} {date} {modality} neg={negated} "
                f"trigger {context(text, start, end, 15)}"
            )
            review.append(f"      source {src}   target {tgt}")
        else:
            raise AuthorError(f"events lines start with E or V: {line}")
    return {"entities": entities, "events": events}


RESOLVERS = {"timex": resolve_timex, "quotes": resolve_quotes, "events": resolve_events}


def compile_file(layer: str, path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    records, review = [], []
    for block in parse_blocks(path):
        news_file = news_file_for(block.article_id)
        text = str(news_article(block.article_id, news_file)["text"])
        review.append(f"@ {block.article_id} published={block.published}")
        try:
            body = RESOLVERS[layer](text, block, review)
        except AuthorError as error:
            raise AuthorError(f"{block.article_id}: {error}") from None
        record: dict[str, Any] = {"id": block.article_id, "published": block.published, "news_file": news_file}
        record.update(body)
        for *_, start, end in iter_spans(layer, record):
            problem = boundary_problem(text, start, end)
            piece = text[start:end]
            if piece != piece.strip() or not piece:
                raise AuthorError(f"{block.article_id}: span [{start},{end}) has outer whitespace or is empty")
            if problem and layer != "quotes":
                review.append(f"  !! [{start},{end}) {problem}: {context(text, start, end, 10)}")
        record["text_sha1"] = sha1(text)
        record["spans_sha1"] = spans_fingerprint(layer, record, text)
        records.append(record)
    return records, review


def store(layer: str, records: list[dict[str, Any]]) -> Path:
    path = extra_path(layer)
    existing = []
    if path.exists():
        existing = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {r["id"]: r for r in existing}
    order = [r["id"] for r in existing]
    for record in records:
        if record["id"] not in by_id:
            order.append(record["id"])
        by_id[record["id"]] = record
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for article_id in order:
            fh.write(json.dumps(by_id[article_id], ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("layer", choices=LAYERS)
    parser.add_argument("workfile", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    try:
        records, review = compile_file(args.layer, args.workfile)
    except AuthorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print("\n".join(review))
    if args.write:
        print(f"wrote {len(records)} article(s) to {store(args.layer, records)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
