-- The warehouse contract. README.md's data dictionary describes each column; tests hold them in step.
CREATE TABLE forces (
    force_id   VARCHAR PRIMARY KEY,
    force_name VARCHAR NOT NULL,
    region     VARCHAR NOT NULL,
    country    VARCHAR NOT NULL,
    aliases    VARCHAR NOT NULL
);
CREATE TABLE recommendations (
    item_id      VARCHAR PRIMARY KEY,
    rec_no       INTEGER NOT NULL,
    rec_title    VARCHAR NOT NULL,
    title        VARCHAR NOT NULL,
    addressed_to VARCHAR NOT NULL,
    deadline     DATE NOT NULL
);
CREATE TABLE plan_updates (
    force_id          VARCHAR NOT NULL,
    item_id           VARCHAR NOT NULL,
    rec_no            INTEGER NOT NULL,
    round             VARCHAR NOT NULL,
    round_date        DATE,
    round_seq         INTEGER NOT NULL,
    owner             VARCHAR NOT NULL,
    update_text       VARCHAR NOT NULL,
    status            VARCHAR NOT NULL CHECK (status IN ('complete','bau','in_progress','not_started','not_applicable','unknown')),
    status_raw        VARCHAR NOT NULL,
    progress_pct      DOUBLE CHECK (progress_pct BETWEEN 0 AND 100),
    status_source     VARCHAR NOT NULL CHECK (status_source IN ('stated','inferred','none','reviewed')),
    status_confidence DOUBLE,
    status_evidence   VARCHAR NOT NULL,
    update_date       DATE,
    source_file       VARCHAR NOT NULL,
    source_table      VARCHAR NOT NULL,
    source_row        INTEGER NOT NULL,
    is_sample         BOOLEAN NOT NULL,
    granularity       VARCHAR NOT NULL CHECK (granularity IN ('item','recommendation')),
    anchor            VARCHAR NOT NULL,
    -- a person's correction (etl/corrections.py): NULL unless status_source = 'reviewed'
    reader_status        VARCHAR CHECK (reader_status IN ('complete','bau','in_progress','not_started','not_applicable','unknown')),
    reader_status_source VARCHAR CHECK (reader_status_source IN ('stated','inferred','none')),
    reader_item_id       VARCHAR,
    reviewer             VARCHAR,
    review_reason        VARCHAR,
    reviewed_at          DATE,
    PRIMARY KEY (force_id, item_id, round)
);
CREATE TABLE sources (
    source_file  VARCHAR PRIMARY KEY,
    force_id     VARCHAR,
    format       VARCHAR NOT NULL,
    sha256       VARCHAR NOT NULL,
    size_bytes   BIGINT NOT NULL,
    items        INTEGER NOT NULL,
    rounds       INTEGER NOT NULL,
    loaded       BOOLEAN NOT NULL,
    force_method VARCHAR NOT NULL,
    errors       INTEGER NOT NULL,
    warnings     INTEGER NOT NULL,
    is_sample    BOOLEAN NOT NULL
);
CREATE TABLE load_issues (
    source_file VARCHAR NOT NULL,
    force_id    VARCHAR,
    severity    VARCHAR NOT NULL CHECK (severity IN ('error','warning')),
    code        VARCHAR NOT NULL,
    message     VARCHAR NOT NULL,
    location    VARCHAR NOT NULL
);
CREATE TABLE build_info (
    build_id              VARCHAR NOT NULL,
    built_at              TIMESTAMP NOT NULL,
    etl_version           VARCHAR NOT NULL,
    reference_fingerprint VARCHAR NOT NULL,
    input_fingerprint     VARCHAR NOT NULL,
    source_count          INTEGER NOT NULL,
    loaded_count          INTEGER NOT NULL,
    item_rows             INTEGER NOT NULL,
    sample_only           BOOLEAN NOT NULL
);
-- One row per request of `python -m etl fetch` (etl/fetch), from <raw>/fetched/.fetch_log.csv; empty when nothing was fetched.
CREATE TABLE fetches (
    run_id      VARCHAR NOT NULL,
    force_id    VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    via_url     VARCHAR NOT NULL,
    final_url   VARCHAR NOT NULL,
    fetched_at  TIMESTAMP NOT NULL,
    http_status INTEGER,
    format      VARCHAR NOT NULL,
    bytes       BIGINT NOT NULL,
    sha256      VARCHAR NOT NULL,
    text_sha256 VARCHAR NOT NULL,
    changed     BOOLEAN NOT NULL,
    result      VARCHAR NOT NULL CHECK (result IN ('new','changed','unchanged','not_modified','landing','not_plan','failed','no_source')),
    snapshot    VARCHAR NOT NULL,
    attempts    INTEGER NOT NULL,
    seconds     DOUBLE NOT NULL,
    error       VARCHAR NOT NULL
);
-- One row per line of the corrections file (etl/corrections.py) and what the build did with it.
CREATE TABLE corrections (
    line          INTEGER NOT NULL,
    force_id      VARCHAR NOT NULL,
    item_id       VARCHAR NOT NULL,
    round         VARCHAR NOT NULL,
    action        VARCHAR NOT NULL,
    to_item_id    VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,
    reason        VARCHAR NOT NULL,
    reviewer      VARCHAR NOT NULL,
    reviewed_at   DATE,
    source_sha256 VARCHAR NOT NULL,
    source_file   VARCHAR NOT NULL,
    reader_status VARCHAR,
    outcome       VARCHAR NOT NULL CHECK (outcome IN ('applied','stale','bad','superseded')),
    message       VARCHAR NOT NULL
);
