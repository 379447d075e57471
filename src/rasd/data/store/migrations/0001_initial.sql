-- rasd store schema, migration 1: the initial tables. Documented in docs/store.md.
-- Offsets are Python str indices into articles.text; column names avoid SQL keywords (start_char, end_char).

CREATE SEQUENCE ingest_run_ids START 1;

CREATE TABLE ingest_runs (
    run_id       INTEGER PRIMARY KEY DEFAULT nextval('ingest_run_ids'),
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    status       VARCHAR NOT NULL,          -- running | finished | interrupted
    rasd_version VARCHAR NOT NULL,
    pipeline     VARCHAR[] NOT NULL,        -- stage names that analysed the articles
    inputs       VARCHAR[] NOT NULL,        -- paths given on the command line
    options      JSON,
    records      INTEGER NOT NULL DEFAULT 0, -- articles read (before de-duplication)
    added        INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    errors       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ingest_errors (
    run_id    INTEGER NOT NULL,
    origin    VARCHAR NOT NULL,             -- file path, with #line=N / #record=N / #entry=N for one record
    reason    VARCHAR NOT NULL,
    logged_at TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    article_id         VARCHAR PRIMARY KEY, -- sha256 (first 32 hex digits) of the whitespace-collapsed normal form
    doc_id             VARCHAR NOT NULL,    -- the id given with the input (not unique)
    source             VARCHAR,
    title              VARCHAR,
    url                VARCHAR,
    published          DATE,
    published_detected DATE,
    day                DATE,                -- published, else published_detected
    text               VARCHAR NOT NULL,    -- the original text, unchanged
    text_norm          VARCHAR NOT NULL,    -- rasd.text.normalize.normalize(text), for --text search
    chars              INTEGER NOT NULL,
    sentences          STRUCT(start_char INTEGER, end_char INTEGER)[],
    n_entities         INTEGER NOT NULL,
    n_timexes          INTEGER NOT NULL,
    n_quotes           INTEGER NOT NULL,
    n_events           INTEGER NOT NULL,
    meta               JSON,
    origin             VARCHAR,             -- where it was read (path, #line=N ...)
    format             VARCHAR,             -- txt | jsonl | html | warc | feed | api
    pipeline           VARCHAR[],
    run_id             INTEGER,
    ingested_at        TIMESTAMP NOT NULL
);

CREATE TABLE actors (
    actor_key  VARCHAR PRIMARY KEY,          -- kb id, or 'anon:' + hash of the record for actors not in the kb
    kb_id      VARCHAR,
    name_ar    VARCHAR,
    name_en    VARCHAR,
    name_norm  VARCHAR,                      -- normalize(name_ar), for --text search
    country    VARCHAR,
    cameo      VARCHAR,
    sector     VARCHAR,
    kb_source  VARCHAR
);

CREATE TABLE entities (
    article_id  VARCHAR NOT NULL,
    entity_id   VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    text_norm   VARCHAR NOT NULL,
    label       VARCHAR NOT NULL,
    cluster     VARCHAR,
    actor_key   VARCHAR,                     -- actors.actor_key, null when the entity has no actor record
    actor_cameo VARCHAR,                     -- copy of actors.cameo: filters need no join
    actor_role  VARCHAR,                     -- the title parsed at this mention
    extra       JSON,                        -- record fields this schema version has no column for
    PRIMARY KEY (article_id, entity_id)
);

CREATE TABLE timexes (
    article_id VARCHAR NOT NULL,
    timex_id   VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    value      VARCHAR,
    mod        VARCHAR,
    anchor     VARCHAR,
    extra      JSON,
    PRIMARY KEY (article_id, timex_id)
);

CREATE TABLE quotes (
    article_id     VARCHAR NOT NULL,
    quote_id       VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    content_start  INTEGER NOT NULL,
    content_end    INTEGER NOT NULL,
    content_text   VARCHAR NOT NULL,
    content_norm   VARCHAR NOT NULL,
    cue_start      INTEGER,
    cue_end        INTEGER,
    cue_text       VARCHAR,
    cue_lemma      VARCHAR,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    speaker_text   VARCHAR,
    speaker_name   VARCHAR,
    speaker_entity VARCHAR,
    speaker_actor  VARCHAR,                  -- CAMEO actor code
    speaker_type   VARCHAR,
    channel        VARCHAR,
    date           VARCHAR,                  -- ISO date of the statement as analysed
    day            DATE,                     -- date when it is a calendar day/month/year, else the article's day
    extra          JSON,
    PRIMARY KEY (article_id, quote_id)
);

CREATE TABLE events (
    article_id       VARCHAR NOT NULL,
    event_id         VARCHAR NOT NULL,
    cameo            VARCHAR NOT NULL,       -- CAMEO event code, e.g. '0332'
    root_code        VARCHAR NOT NULL,       -- its first two digits
    plover_type      VARCHAR,
    plover_mode      VARCHAR,
    plover_context   VARCHAR[],
    source_entity    VARCHAR,
    source_actor     VARCHAR,                -- CAMEO actor code
    source_text      VARCHAR,
    target_entity    VARCHAR,
    target_actor     VARCHAR,
    target_text      VARCHAR,
    date_value       VARCHAR,
    date_timex       VARCHAR,
    date_basis       VARCHAR,
    day              DATE,                   -- date_value when it names a day/month/year, else the article's day
    location_entity  VARCHAR,
    location_name    VARCHAR,
    location_country VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    evidence_text    VARCHAR NOT NULL,
    modality         VARCHAR,
    negated          BOOLEAN NOT NULL,
    quote_id         VARCHAR,
    confidence       DOUBLE,
    extra            JSON,
    PRIMARY KEY (article_id, event_id)
);
