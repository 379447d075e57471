"""Actors: the knowledge base (`rasd.actors.kb`), title/role parsing, linking, coreference and the `actors` stage.

Stable API for other stages:
  `rasd.actors.kb.knowledge_base()` — lookups of countries, demonyms, places (geocoding), organisations, people;
  `rasd.actors.stage.link_actors(doc)` — link `doc.entities` (adding knowledge-base-certain mentions);
  `rasd.actors.stage.cluster_actor(doc, cluster_id)` — the CAMEO actor of a coreference cluster.
"""
