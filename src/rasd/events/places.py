"""Coordinates of the place an event happened, from the actors knowledge base when it is installed."""

from __future__ import annotations

from rasd.doc import Entity


def coordinates(entity: Entity) -> tuple[float | None, float | None]:
    """Latitude and longitude of a place entity, or (None, None) when the knowledge base does not know it."""
    return None, None
