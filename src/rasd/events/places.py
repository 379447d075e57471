"""Coordinates of the place an event happened, from the actors knowledge base (GeoNames facts)."""

from __future__ import annotations

from rasd.actors.kb import knowledge_base
from rasd.doc import Entity


def coordinates(entity: Entity) -> tuple[float | None, float | None]:
    """Latitude and longitude of a place entity, preferring places in its own country; the country's centroid when
    the place itself is unknown; (None, None) when the knowledge base knows neither."""
    kb = knowledge_base()
    country = entity.actor.country if entity.actor is not None else None
    entry = kb.geocode(entity.text, (country,) if country else ())
    if entry is not None and entry.lat is not None:
        return entry.lat, entry.lon
    known = kb.country(country)
    if known is not None and known.lat is not None:
        return known.lat, known.lon
    return None, None
