"""The `events` pipeline stage."""

from __future__ import annotations

from rasd.doc import Doc
from rasd.events.extract import extract_events
from rasd.pipeline import stage


@stage("events", requires=("sentences",))
def events_stage(doc: Doc) -> Doc:
    """Code the document's events from its sentences, entities (with actor codes), time expressions and quotes."""
    doc.events = tuple(extract_events(doc))
    return doc
