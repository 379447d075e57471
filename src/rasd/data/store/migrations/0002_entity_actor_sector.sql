-- rasd store schema, migration 2: an actor's CAMEO sector can differ between its mentions (like its code), so it
-- is kept per mention in entities.actor_sector; actors.cameo / actors.sector are those of the first mention seen.
ALTER TABLE entities ADD COLUMN actor_sector VARCHAR;
UPDATE entities SET actor_sector = (SELECT r.sector FROM actors r WHERE r.actor_key = entities.actor_key)
WHERE actor_key IS NOT NULL;
