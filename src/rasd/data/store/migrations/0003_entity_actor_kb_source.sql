-- rasd store schema, migration 3: where an actor link came from (the knowledge base, in-document coreference, ...)
-- differs between the mentions of one actor, so it is kept per mention in entities.actor_kb_source.
ALTER TABLE entities ADD COLUMN actor_kb_source VARCHAR;
UPDATE entities SET actor_kb_source = (SELECT r.kb_source FROM actors r WHERE r.actor_key = entities.actor_key)
WHERE actor_key IS NOT NULL;
