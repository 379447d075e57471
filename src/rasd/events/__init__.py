"""Event coding: who did what to whom, when and where, in CAMEO and PLOVER, with the evidence (stage `events`)."""

from rasd.events.extract import extract_events

__all__ = ["extract_events"]
