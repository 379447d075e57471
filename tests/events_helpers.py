"""Building documents with hand-made entity, time and quote records for event-coder tests."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.doc import Actor, Cue, Doc, Entity, Event, Offsets, Quote, Speaker, Timex
from rasd.events.stage import events_stage
from rasd.pipeline import Pipeline, make_doc

TEXT_STAGES = Pipeline(["normalize", "tokenize", "sentences"])

Spec = tuple[str, str, str | None]  # (surface string, label, CAMEO actor code)


def find(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def entity(text: str, surface: str, label: str, code: str | None, number: int, occurrence: int = 1) -> Entity:
    start, end = find(text, surface, occurrence)
    actor = None
    if code:
        plain = not code.startswith(("IGO", "NGO", "IMG"))
        actor = Actor(
            id=None,
            cameo=code,
            country=code[:3] if plain else None,
            sector=code[3:6] if plain and len(code) >= 6 else None,
        )
    return Entity(f"e{number}", start, end, surface, label, f"e{number}", actor)  # type: ignore[arg-type]


def build(
    text: str,
    entities: Sequence[Spec | tuple[str, str, str | None, int]] = (),
    *,
    published: str | None = "2021-07-22",
    timexes: Sequence[tuple[str, str]] = (),
    quotes: Sequence[tuple[str, str, str | None, str | None]] = (),
) -> Doc:
    """A document after the text stages, with entities («surface», label, code[, occurrence]), timexes
    («surface», value) and quotes («content», «speaker surface», speaker code, date)."""
    doc = TEXT_STAGES(make_doc(text, published=published))
    records = []
    for number, spec in enumerate(entities, start=1):
        occurrence = spec[3] if len(spec) == 4 else 1  # type: ignore[misc]
        records.append(entity(text, spec[0], spec[1], spec[2], number, occurrence))
    doc.entities = tuple(records)
    doc.timexes = tuple(
        Timex(f"t{n}", *find(text, surface), surface, "DATE", value) for n, (surface, value) in enumerate(timexes, 1)
    )
    quote_records = []
    for n, (content, speaker, code, date) in enumerate(quotes, start=1):
        start, end = find(text, content)
        s_start, s_end = find(text, speaker)
        quote_records.append(
            Quote(
                f"q{n}",
                "direct",
                Offsets(start, end),
                Cue(s_start, s_start, "", "قال"),
                Speaker(s_start, s_end, speaker, speaker, None, code, "person"),
                None,
                date,
            )
        )
    doc.quotes = tuple(quote_records)
    return doc


def events_of(doc: Doc) -> list[Event]:
    return list(events_stage(doc).events)


def coded(doc: Doc, root: str) -> set[tuple[str | None, str | None]]:
    """The (source, target) pairs of the events under one CAMEO root."""
    return {(e.source.actor, e.target.actor) for e in coded_as(events_of(doc), root)}


def coded_as(events: Sequence[Event], prefixes: str | tuple[str, ...]) -> list[Event]:
    """The events whose CAMEO code starts with one of `prefixes`."""
    return [e for e in events if e.cameo.startswith(prefixes)]


def summary(events: Sequence[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.actor, e.target.actor) for e in events}


def has_pair(events: Sequence[Event], cameo: str, source: str | None, target: str | None) -> bool:
    """An event with this code between these actors (meetings and agreements in either direction)."""
    for event in events:
        if event.cameo != cameo:
            continue
        pair = (event.source.actor, event.target.actor)
        if pair == (source, target) or (cameo.startswith(("04", "036", "057")) and pair == (target, source)):
            return True
    return False


def evidence_events(text: str, specs: Sequence[Spec]) -> list[tuple[str, str, str | None, str | None]]:
    """(evidence words, CAMEO code, source actor, target actor) of each event coded on `text` with these entities."""
    doc = build(text, specs)
    return [
        (doc.text[e.evidence.start : e.evidence.end], e.cameo, e.source.actor, e.target.actor) for e in events_of(doc)
    ]


def pipeline_codes(text: str) -> set[tuple[str, str | None, str | None]]:
    """(CAMEO code, source actor, target actor) of every event the full default pipeline finds in the text."""
    doc = Pipeline()(make_doc(text, published="2018-05-01"))
    return {(e.cameo, e.source.actor, e.target.actor) for e in doc.events}
