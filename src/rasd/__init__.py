"""rasd (رصد): Arabic news to structured, auditable event data."""

from rasd.actors.user import use_actor_files
from rasd.doc import Doc, Entity, Event, Quote, Sentence, Timex, Token
from rasd.events.user import use_predicate_files
from rasd.pipeline import Pipeline, analyze, analyze_doc, stage

__version__ = "0.1.0"
__all__ = [
    "Doc",
    "Entity",
    "Event",
    "Pipeline",
    "Quote",
    "Sentence",
    "Timex",
    "Token",
    "__version__",
    "analyze",
    "analyze_doc",
    "stage",
    "use_actor_files",
    "use_predicate_files",
]
