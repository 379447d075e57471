-- rasd store schema, migration 4: which analysis produced an article's rows (`rasd.store.analysis_version`: the rasd
-- version, a digest of rasd's code and data, the stage names), so that `rasd ingest --reanalyze` redoes the articles
-- stored by another one. NULL for the articles and runs stored before this migration.
ALTER TABLE articles ADD COLUMN analysis VARCHAR;
ALTER TABLE ingest_runs ADD COLUMN analysis VARCHAR;
ALTER TABLE ingest_runs ADD COLUMN reanalysed INTEGER DEFAULT 0;  -- stored articles analysed again (--reanalyze)
