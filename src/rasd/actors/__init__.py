"""Actors: the knowledge base (`rasd.actors.kb`), title/role parsing, linking, coreference and the `actors` stage."""
