"""What the tests of actor linking read off the whole pipeline."""

from __future__ import annotations

from rasd.pipeline import analyze


def actor_codes(text: str, published: str = "2018-05-02") -> dict[str, str | None]:
    """Each entity's text -> its actor's CAMEO code (None when unlinked), the last mention of a text winning."""
    doc = analyze(text, published=published)
    return {e.text: e.actor.cameo if e.actor else None for e in doc.entities}
