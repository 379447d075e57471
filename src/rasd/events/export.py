"""Event exports of analysed documents: PLOVER JSON records (one per line) and CSV (one event per row).

`rasd analyze --format plover|csv` writes these; they need no store. The PLOVER records use the field names of
PLOVER's gold-standard records (`id, date, source[{actorText, code, sector}], target, event, mode, context,
eventText, text, language`) and of its data-field tables (`eventLoc`, `textInfo`, `citeInfo`, `quadCode`,
`eventScale`), plus rasd's CAMEO code, modality and provenance.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TextIO

from rasd.doc import Doc, Event, Participant
from rasd.events.coding import cameo_table

CODEBOOK = "CAMEO 1.1b3 event codes, PLOVER types by CAMEO2PLOVER-2021"
CSV_COLUMNS = (
    "doc_id",
    "event_id",
    "date",
    "date_basis",
    "cameo",
    "plover_type",
    "plover_mode",
    "plover_context",
    "quad_class",
    "goldstein",
    "source_actor",
    "source_text",
    "source_entity",
    "target_actor",
    "target_text",
    "target_entity",
    "modality",
    "negated",
    "confidence",
    "quote",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)


def _coder() -> str:
    try:
        return f"rasd {version('rasd')}"
    except PackageNotFoundError:  # running from a source tree without installation
        return "rasd"


def _actors(participant: Participant) -> list[dict[str, Any]]:
    code = participant.actor
    if code is None and participant.text is None:
        return []
    # The first three letters of a CAMEO actor code name the country or organisation, the rest the sector.
    return [
        {
            "actorText": participant.text,
            "code": code[:3] if code else None,
            "sector": (code[3:] or None) if code else None,
            "identifierId": participant.entity,
        }
    ]


def _sentence_of(doc: Doc, event: Event) -> tuple[int, str]:
    for number, sentence in enumerate(doc.sentences):
        if sentence.start <= event.evidence.start < sentence.end:
            return number, doc.text[sentence.start : sentence.end].strip()
    return -1, doc.text[event.evidence.start : event.evidence.end]


def plover_record(doc: Doc, event: Event) -> dict[str, Any]:
    """One event as a PLOVER record."""
    info = cameo_table().get(event.cameo)
    sequence, sentence = _sentence_of(doc, event)
    record: dict[str, Any] = {
        "id": f"{doc.id}-{event.id}",
        "date": event.date.value,
        "source": _actors(event.source),
        "target": _actors(event.target),
        "event": event.plover.type,
        "mode": event.plover.mode,
        "context": list(event.plover.context),
        "eventText": doc.text[event.evidence.start : event.evidence.end],
        "text": sentence,
        "textInfo": {"sequence": sequence, "start": event.evidence.start, "end": event.evidence.end},
        "eventLoc": None,
        "quadCode": info.quad if info else None,
        "eventScale": info.goldstein if info else None,
        "language": "ar",
        "cameo": event.cameo,
        "modality": event.modality,
        "negated": event.negated,
        "confidence": event.confidence,
        "dateBasis": event.date.basis,
        "quote": event.quote,
        "citeInfo": {
            "title": doc.title,
            "url": doc.url,
            "publication": doc.source,
            "language": "ar",
            "coder": _coder(),
            "codebook": CODEBOOK,
        },
    }
    if event.location is not None:
        record["eventLoc"] = {
            "extractedPlace": event.location.name,
            "countryCode": event.location.country,
            "lat": event.location.lat,
            "lon": event.location.lon,
        }
    return record


def plover_records(doc: Doc) -> Iterator[dict[str, Any]]:
    for event in doc.events:
        yield plover_record(doc, event)


def csv_row(doc: Doc, event: Event) -> dict[str, Any]:
    info = cameo_table().get(event.cameo)
    location = event.location
    return {
        "doc_id": doc.id,
        "event_id": event.id,
        "date": event.date.value,
        "date_basis": event.date.basis,
        "cameo": event.cameo,
        "plover_type": event.plover.type,
        "plover_mode": event.plover.mode,
        "plover_context": ";".join(event.plover.context),
        "quad_class": info.quad if info else None,
        "goldstein": info.goldstein if info else None,
        "source_actor": event.source.actor,
        "source_text": event.source.text,
        "source_entity": event.source.entity,
        "target_actor": event.target.actor,
        "target_text": event.target.text,
        "target_entity": event.target.entity,
        "modality": event.modality,
        "negated": event.negated,
        "confidence": event.confidence,
        "quote": event.quote,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "evidence_text": doc.text[event.evidence.start : event.evidence.end],
    }


class EventWriter:
    """Writes the events of a stream of documents as PLOVER JSON lines or as CSV rows (one header)."""

    FORMATS = ("plover", "csv")

    def __init__(self, fmt: str, out: TextIO) -> None:
        if fmt not in self.FORMATS:
            raise ValueError(f"unknown event format {fmt!r}; expected one of {', '.join(self.FORMATS)}")
        self.fmt = fmt
        self.out = out
        self._csv: csv.DictWriter[str] | None = None
        self.count = 0

    def write(self, doc: Doc) -> int:
        """Write one document's events; returns how many were written."""
        import json

        written = 0
        if self.fmt == "plover":
            for record in plover_records(doc):
                self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
        else:
            if self._csv is None:
                self._csv = csv.DictWriter(self.out, fieldnames=CSV_COLUMNS, lineterminator="\n")
                self._csv.writeheader()
            for event in doc.events:
                self._csv.writerow(csv_row(doc, event))
                written += 1
        self.count += written
        return written
