-- rasd store schema, migration 5: the coordinates of a mention's actor (a place's or a country's, from the knowledge
-- base; a demonym's link carries none) in columns of their own, as its sector and kb_source, instead of in the
-- mention's `extra` JSON. Mentions stored before get them from their `extra`.
ALTER TABLE entities ADD COLUMN actor_lat DOUBLE;
ALTER TABLE entities ADD COLUMN actor_lon DOUBLE;
UPDATE entities
SET actor_lat = CAST(json_extract(extra, '$.actor.lat') AS DOUBLE),
    actor_lon = CAST(json_extract(extra, '$.actor.lon') AS DOUBLE)
WHERE extra IS NOT NULL;
