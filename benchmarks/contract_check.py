"""Check `rasd analyze --jsonl` output against the output contract, document by document.

    python benchmarks/contract_check.py OUT.jsonl [--input IN.jsonl] [--examples 3]

Beyond the JSON schema (docs/schema.json) it checks what a schema cannot say: every offset slice equals the text
the record reports (`text[start:end]` for sentences, tokens, entities, timexes, quote cues and speakers), spans are
inside the text and non-empty, entity and timex spans do not overlap, every id a record points to exists (entity
clusters, quote speakers' and event participants' entities, event timexes and quotes), and values are well formed:
TIMEX3 values that agree with their type and name real calendar days, CAMEO event codes that exist, CAMEO actor
codes made of three-character groups, ISO 3166-1 alpha-3 countries, latitudes and longitudes in range.

It prints a table of violation counts per stage and kind (with the number of documents affected) and a few examples
of each. With `--input` it also checks that every input line got exactly one output line, in order, with its id
and its text unchanged. The exit status is 1 when any violation is found. `check_document()` is the library entry
point (tests/test_contract.py runs it on texts written for the test).
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PACKAGE_DATA = ROOT / "src" / "rasd" / "data"

STAGES = ("pipeline", "tokenize", "sentences", "time", "entities", "actors", "quotes", "events")
MODALITIES = frozenset({"asserted", "intent", "conditional", "reported_claim", "negated"})
SPEAKER_TYPES = frozenset({"person", "institution", "anonymous", "document", "media"})

# TIMEX3 values (TimeML 1.2.1 / ISO-TimeML), written as the contract allows them.
_YEAR = r"(?:BC\d{4,}|\d{4}|XXXX)"
_DATE = rf"{_YEAR}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{2}}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12X]"
_DATE += r"|-(?:SP|SU|FA|WI))?|\d{2,3}|XX"  # the last: a century (2 digits) or a decade (3 digits)
_CLOCK = r"T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|MI|AF|EV|NI|DT)"
_DURATION = r"P(?:(?:\d+(?:\.\d+)?|X)(?:CE|DE|ML|Y|Q|M|W|D|H))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?"
DATE_VALUE = re.compile(rf"(?:{_DATE}|PRESENT_REF|PAST_REF|FUTURE_REF)")
TIME_VALUE = re.compile(rf"(?:{_DATE})?{_CLOCK}|PRESENT_REF|PAST_REF|FUTURE_REF")
DURATION_VALUE = re.compile(_DURATION)
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
# A CAMEO actor code is a sequence of three-character groups (RUS, RUSGOV, IGOUNOKID, ---GOV for an unknown country).
ACTOR_CODE = re.compile(r"(?:[A-Z0-9]{3}|---)+")
ISO3 = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class Violation:
    stage: str
    kind: str
    detail: str


@dataclass(frozen=True, slots=True)
class References:
    """What values are checked against: the CAMEO event codes, ISO 3166-1 alpha-3 codes, the JSON schema."""

    cameo_events: frozenset[str]
    countries: frozenset[str]
    schema: dict[str, Any]


@cache
def references() -> References:
    """From ../shared when it is there (the independent sources), else from the package's own copies."""
    cameo_file = SHARED / "data" / "kb" / "cameo" / "cameo_codes.json"
    if cameo_file.is_file():
        cameo = frozenset(json.loads(cameo_file.read_text(encoding="utf-8")))
    else:
        table = json.loads((PACKAGE_DATA / "events" / "cameo.json").read_text(encoding="utf-8"))["codes"]
        cameo = frozenset(table) | frozenset(entry["root"] for entry in table.values())
    countries_file = SHARED / "data" / "kb" / "countries" / "countries.mledoze.json"
    if countries_file.is_file():
        countries = {entry["cca3"] for entry in json.loads(countries_file.read_text(encoding="utf-8"))}
    else:
        table = json.loads((PACKAGE_DATA / "actors" / "countries.json").read_text(encoding="utf-8"))["countries"]
        countries = {entry["iso3"] for entry in table if ISO3.fullmatch(entry.get("iso3") or "")}
    countries.add("XKX")  # Kosovo's user-assigned code, used where mledoze writes UNK
    schema = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    return References(cameo, frozenset(countries), schema)


class _Checker:
    """Collects the violations of one output document."""

    def __init__(self, doc: dict[str, Any], refs: References) -> None:
        self.doc = doc
        self.refs = refs
        self.text: str = doc.get("text") if isinstance(doc.get("text"), str) else ""
        self.found: list[Violation] = []

    def add(self, stage: str, kind: str, detail: str) -> None:
        self.found.append(Violation(stage, kind, detail))

    # ------------------------------------------------------------------ generic span checks
    def span(self, stage: str, what: str, record: dict[str, Any], *, reported: str | None = None) -> bool:
        """Bounds, emptiness and (when a text is reported) slice equality; True when the span is usable."""
        start, end = record.get("start"), record.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            self.add(stage, f"{what}_offsets_missing", f"{record}")
            return False
        if not 0 <= start <= end <= len(self.text):
            self.add(stage, f"{what}_out_of_bounds", f"[{start}:{end}] of {len(self.text)}")
            return False
        if start == end:
            self.add(stage, f"{what}_empty", f"[{start}:{end}]")
            return False
        if reported is not None and self.text[start:end] != reported:
            self.add(stage, f"{what}_slice_mismatch", f"[{start}:{end}] {self.text[start:end]!r} != {reported!r}")
        piece = self.text[start:end]
        if not _visible(piece):
            self.add(stage, f"{what}_blank", f"[{start}:{end}] {piece!r}")
        elif piece != piece.strip():
            self.add(stage, f"{what}_untrimmed", f"[{start}:{end}] {piece!r}")
        return True

    def disjoint(self, stage: str, what: str, spans: Iterable[tuple[int, int, str]]) -> None:
        previous: tuple[int, int, str] | None = None
        for item in sorted(spans):
            if previous is not None and item[0] < previous[1]:
                detail = f"{previous[2]} [{previous[0]}:{previous[1]}] and {item[2]} [{item[0]}:{item[1]}]"
                self.add(stage, f"{what}_overlap", detail)
            if previous is None or item[1] > previous[1]:
                previous = item

    def unique_ids(self, stage: str, what: str, records: list[dict[str, Any]]) -> set[str]:
        ids = [r.get("id") for r in records]
        for value, count in Counter(ids).items():
            if count > 1:
                self.add(stage, f"{what}_duplicate_id", f"{value} x{count}")
        return {i for i in ids if isinstance(i, str)}

    def actor_code(self, stage: str, what: str, code: Any) -> None:
        if code is not None and not (isinstance(code, str) and ACTOR_CODE.fullmatch(code)):
            self.add(stage, f"{what}_actor_code_malformed", repr(code))

    def country(self, stage: str, what: str, code: Any) -> None:
        if code is not None and code not in self.refs.countries:
            self.add(stage, f"{what}_country_not_iso3", repr(code))

    def coordinates(self, stage: str, what: str, record: dict[str, Any]) -> None:
        lat, lon = record.get("lat"), record.get("lon")
        if (lat is None) != (lon is None):
            self.add(stage, f"{what}_coordinates_half", f"lat={lat} lon={lon}")
        if lat is not None and not -90 <= lat <= 90:
            self.add(stage, f"{what}_latitude_out_of_range", repr(lat))
        if lon is not None and not -180 <= lon <= 180:
            self.add(stage, f"{what}_longitude_out_of_range", repr(lon))

    # ------------------------------------------------------------------ layers
    def run(self) -> list[Violation]:
        doc = self.doc
        if "error" in doc:
            self.add("pipeline", "error_line", f"{doc.get('error')}")
            return self.found
        try:
            jsonschema.validate(doc, self.refs.schema)
        except jsonschema.ValidationError as error:
            where = "/".join(str(p) for p in error.absolute_path)
            self.add("pipeline", "schema_invalid", f"{where}: {error.message[:160]}")
        for key in ("published", "published_detected"):
            if doc.get(key) is not None and not _valid_day(str(doc[key])):
                self.add("time" if key == "published_detected" else "pipeline", f"{key}_invalid", repr(doc[key]))
        self.tokens(doc.get("tokens") or [])
        self.sentences(doc.get("sentences") or [])
        entity_ids = self.entities(doc.get("entities") or [])
        timex_ids = self.timexes(doc.get("timexes") or [])
        quote_ids = self.quotes(doc.get("quotes") or [], entity_ids)
        self.events(doc.get("events") or [], entity_ids, timex_ids, quote_ids)
        return self.found

    def tokens(self, tokens: list[dict[str, Any]]) -> None:
        for token in tokens:
            self.span("tokenize", "token", token, reported=token.get("text"))
        self.disjoint("tokenize", "token", ((t["start"], t["end"], "token") for t in tokens if _has_span(t)))

    def sentences(self, sentences: list[dict[str, Any]]) -> None:
        covered = 0
        for sentence in sentences:
            if not self.span("sentences", "sentence", sentence):
                continue
            if sentence["start"] < covered:
                self.add("sentences", "sentence_overlap_or_unordered", f"[{sentence['start']}:{sentence['end']}]")
            elif gap := _visible(self.text[covered : sentence["start"]]):
                self.add("sentences", "sentence_gap_has_text", f"[{covered}:{sentence['start']}] {gap[:40]!r}")
            covered = max(covered, sentence["end"])
        if sentences and (gap := _visible(self.text[covered:])):
            self.add("sentences", "sentence_gap_has_text", f"[{covered}:] {gap[:40]!r}")
        if not sentences and _visible(self.text):
            self.add("sentences", "no_sentences", f"{len(self.text)} characters")

    def entities(self, entities: list[dict[str, Any]]) -> set[str]:
        ids = self.unique_ids("entities", "entity", entities)
        for entity in entities:
            self.span("entities", "entity", entity, reported=entity.get("text"))
            cluster = entity.get("cluster")
            if cluster is not None and cluster not in ids:
                self.add("actors", "entity_cluster_dangling", f"{entity.get('id')} -> {cluster}")
            actor = entity.get("actor")
            if isinstance(actor, dict):
                self.actor_code("actors", "entity", actor.get("cameo"))
                self.country("actors", "entity", actor.get("country"))
                self.coordinates("actors", "entity", actor)
                cameo = actor.get("cameo")
                sector = actor.get("sector")
                # by convention IGO/NGO/IMG/MNC codes carry no sector group (IGOUNO for the Secretary-General)
                international = isinstance(cameo, str) and cameo.startswith(("IGO", "NGO", "IMG", "MNC"))
                if (
                    isinstance(cameo, str)
                    and isinstance(sector, str)
                    and not international
                    and sector not in _groups(cameo)
                ):
                    self.add("actors", "entity_sector_not_in_code", f"{cameo} sector {sector}")
        spans = ((e["start"], e["end"], str(e.get("id"))) for e in entities if _has_span(e))
        self.disjoint("entities", "entity", spans)
        return ids

    def timexes(self, timexes: list[dict[str, Any]]) -> set[str]:
        ids = self.unique_ids("time", "timex", timexes)
        for timex in timexes:
            self.span("time", "timex", timex, reported=timex.get("text"))
            value, kind = timex.get("value"), timex.get("type")
            if not isinstance(value, str):
                continue
            pattern = {"DATE": DATE_VALUE, "TIME": TIME_VALUE, "DURATION": DURATION_VALUE}.get(str(kind))
            if kind == "SET":
                ok = bool(DURATION_VALUE.fullmatch(value) or TIME_VALUE.fullmatch(value) or DATE_VALUE.fullmatch(value))
            else:
                ok = pattern is not None and bool(pattern.fullmatch(value))
            if kind == "DURATION" and value == "P":
                ok = False
            if not ok:
                self.add("time", "timex_value_malformed", f"{kind} {value!r} for {timex.get('text')!r}")
            elif not _real_calendar(value):
                self.add("time", "timex_value_not_a_real_day", f"{kind} {value!r} for {timex.get('text')!r}")
            anchor = timex.get("anchor")
            if anchor is not None and not _valid_day(str(anchor)):
                self.add("time", "timex_anchor_invalid", repr(anchor))
        self.disjoint("time", "timex", ((t["start"], t["end"], str(t.get("id"))) for t in timexes if _has_span(t)))
        return ids

    def quotes(self, quotes: list[dict[str, Any]], entity_ids: set[str]) -> set[str]:
        ids = self.unique_ids("quotes", "quote", quotes)
        starts: list[int] = []
        for quote in quotes:
            content = quote.get("content") or {}
            if self.span("quotes", "quote_content", content):
                starts.append(content["start"])
            cue = quote.get("cue")
            if isinstance(cue, dict):
                self.span("quotes", "quote_cue", cue, reported=cue.get("text"))
            speaker = quote.get("speaker")
            if isinstance(speaker, dict):
                if speaker.get("start") is not None or speaker.get("text") is not None:
                    if speaker.get("start") is None:
                        self.add("quotes", "quote_speaker_text_without_offsets", repr(speaker.get("text")))
                    else:
                        self.span("quotes", "quote_speaker", speaker, reported=speaker.get("text"))
                if speaker.get("entity") is not None and speaker["entity"] not in entity_ids:
                    self.add("quotes", "quote_speaker_entity_dangling", f"{quote.get('id')} -> {speaker['entity']}")
                self.actor_code("quotes", "quote_speaker", speaker.get("actor"))
            date = quote.get("date")
            if date is not None and not DATE_VALUE.fullmatch(str(date)):
                self.add("quotes", "quote_date_malformed", repr(date))
        if starts != sorted(starts):
            self.add("quotes", "quotes_not_ordered_by_content", f"{starts[:8]}")
        return ids

    def events(
        self, events: list[dict[str, Any]], entity_ids: set[str], timex_ids: set[str], quote_ids: set[str]
    ) -> None:
        self.unique_ids("events", "event", events)
        for event in events:
            name = str(event.get("id"))
            if event.get("cameo") not in self.refs.cameo_events:
                self.add("events", "event_cameo_unknown", repr(event.get("cameo")))
            for role in ("source", "target"):
                side = event.get(role) or {}
                if side.get("entity") is not None and side["entity"] not in entity_ids:
                    self.add("events", f"event_{role}_entity_dangling", f"{name} -> {side['entity']}")
                self.actor_code("events", f"event_{role}", side.get("actor"))
                if isinstance(side.get("text"), str) and side["text"] not in self.text:
                    self.add("events", f"event_{role}_text_not_in_document", repr(side["text"]))
            date = event.get("date") or {}
            if date.get("timex") is not None and date["timex"] not in timex_ids:
                self.add("events", "event_date_timex_dangling", f"{name} -> {date['timex']}")
            if date.get("basis") in ("timex", "sentence") and date.get("timex") is None:
                self.add("events", "event_date_basis_without_timex", f"{name} basis {date.get('basis')}")
            if date.get("value") is not None and not DATE_VALUE.fullmatch(str(date["value"])):
                self.add("events", "event_date_value_malformed", repr(date["value"]))
            location = event.get("location")
            if isinstance(location, dict):
                if location.get("entity") is not None and location["entity"] not in entity_ids:
                    self.add("events", "event_location_entity_dangling", f"{name} -> {location['entity']}")
                self.country("events", "event_location", location.get("country"))
                self.coordinates("events", "event_location", location)
            self.span("events", "event_evidence", event.get("evidence") or {})
            if event.get("quote") is not None and event["quote"] not in quote_ids:
                self.add("events", "event_quote_dangling", f"{name} -> {event['quote']}")
            if event.get("modality") not in MODALITIES:
                self.add("events", "event_modality_unknown", repr(event.get("modality")))


def _visible(text: str) -> str:
    """The text without white space and invisible format characters (bidi marks, joiners: category Cf)."""
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def _has_span(record: dict[str, Any]) -> bool:
    return isinstance(record.get("start"), int) and isinstance(record.get("end"), int)


def _groups(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def _valid_day(value: str) -> bool:
    match = ISO_DAY.fullmatch(value)
    return bool(match) and _day_exists(*(int(g) for g in match.groups()))


def _day_exists(year: int, month: int, day: int) -> bool:
    return year >= 1 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _real_calendar(value: str) -> bool:
    """Fully specified days exist («2021-02-30» does not); months are 01-12, days 01-31, weeks 01-53."""
    if match := ISO_DAY.match(value):
        return _day_exists(*(int(g) for g in match.groups()))
    if (match := ISO_MONTH.match(value)) and not value[8:9].isdigit():
        return 1 <= int(match.group(2)) <= 12
    if match := re.match(r"(?:\d{4}|XXXX)-W(\d{2})", value):
        return 1 <= int(match.group(1)) <= 53
    if match := re.match(r"XXXX-(\d{2})(?:-(\d{2}))?", value):
        month, day = int(match.group(1)), int(match.group(2) or 1)
        return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]  # 2000 is a leap year
    return True


def check_document(doc: dict[str, Any], refs: References | None = None) -> list[Violation]:
    """Every contract violation in one output object (a document or an error line)."""
    return _Checker(doc, refs or references()).run()


def check_stream(
    outputs: Iterable[dict[str, Any]], inputs: Iterable[dict[str, Any]] | None = None
) -> Iterator[tuple[str, list[Violation]]]:
    """(document id, violations) per output line; with the inputs, also that output i answers input i."""
    refs = references()
    input_iter = iter(inputs) if inputs is not None else None
    for output in outputs:
        found = check_document(output, refs)
        if input_iter is not None:
            given = next(input_iter, None)
            if given is None:
                found.append(Violation("pipeline", "output_without_input", str(output.get("id"))))
            else:
                if str(given.get("id")) != str(output.get("id")):
                    found.append(
                        Violation("pipeline", "output_id_mismatch", f"{given.get('id')} != {output.get('id')}")
                    )
                if "error" not in output and given.get("text") != output.get("text"):
                    found.append(Violation("pipeline", "output_text_changed", str(output.get("id"))))
                if given.get("expect_error"):  # white space only and the like: a clear error line is the answer
                    found = [v for v in found if v.kind != "error_line"]
                    if "error" not in output:
                        found.append(Violation("pipeline", "expected_error_missing", str(output.get("id"))))
        yield str(output.get("id")), found
    if input_iter is not None:
        for missing in input_iter:
            yield str(missing.get("id")), [Violation("pipeline", "input_without_output", str(missing.get("id")))]


def summarize(results: Iterable[tuple[str, list[Violation]]]) -> tuple[int, dict[tuple[str, str], list[str]]]:
    """(documents seen, {(stage, kind): ["doc-id: detail", ...]})."""
    seen = 0
    table: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc_id, found in results:
        seen += 1
        for violation in found:
            table[(violation.stage, violation.kind)].append(f"{doc_id}: {violation.detail}")
    return seen, table


def print_report(seen: int, table: dict[tuple[str, str], list[str]], *, examples: int) -> None:
    order = {name: i for i, name in enumerate(STAGES)}
    rows = sorted(table.items(), key=lambda item: (order.get(item[0][0], 99), -len(item[1]), item[0][1]))
    print(f"\nContract violations over {seen} documents")
    header = ("stage", "kind", "violations", "documents")
    cells = [(s, k, str(len(v)), str(len({x.split(":", 1)[0] for x in v}))) for (s, k), v in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for cell in cells:
        print("  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)))
    per_stage: Counter[str] = Counter()
    for (stage_name, _), items in table.items():
        per_stage[stage_name] += len(items)
    print("\nper stage: " + ", ".join(f"{s} {per_stage.get(s, 0)}" for s in STAGES))
    if examples:
        for (stage_name, kind), items in rows:
            print(f"\n[{stage_name}] {kind}")
            for item in items[:examples]:
                print(f"  {item[:300]}")


def _read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="rasd analyze --jsonl output (or - for stdin)")
    parser.add_argument("--input", help="the JSONL that was analysed: check one output line per input, in order")
    parser.add_argument("--examples", type=int, default=3, help="examples printed per violation kind")
    args = parser.parse_args(argv)
    inputs = _read_jsonl(args.input) if args.input else None
    seen, table = summarize(check_stream(_read_jsonl(args.output), inputs))
    print_report(seen, table, examples=args.examples)
    return 1 if table else 0


if __name__ == "__main__":
    sys.exit(main())
