-- The run history, one schema for SQLite and PostgreSQL: only types and constraints both
-- understand (TEXT, BIGINT, INTEGER, DOUBLE PRECISION, composite keys instead of generated ids).
-- Times are ISO-8601 UTC text with exactly three fraction digits, so text order is time order.

-- One row per host id; fingerprint and facts are those of the newest run recorded for it.
CREATE TABLE hosts (
    host_id     TEXT PRIMARY KEY,
    fingerprint TEXT,
    facts_json  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);

-- Each distinct effective profile once, by its full hash; measurement_key is the hash of the
-- part of it that changes a measurement, so profiles that differ only in names, output or
-- reporters share one.
CREATE TABLE profiles (
    profile_hash    TEXT PRIMARY KEY,
    measurement_key TEXT NOT NULL,
    profile_json    TEXT NOT NULL
);

CREATE TABLE runs (
    run_id           TEXT PRIMARY KEY,
    name             TEXT,
    status           TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    recorded_at      TEXT NOT NULL,
    host_id          TEXT NOT NULL REFERENCES hosts (host_id),
    fingerprint      TEXT,
    profile_hash     TEXT NOT NULL REFERENCES profiles (profile_hash),
    measurement_key  TEXT NOT NULL,
    benchctl_version TEXT,
    java_version     TEXT,
    git_commit       TEXT
);
CREATE INDEX runs_by_series ON runs (host_id, measurement_key, started_at);
CREATE INDEX runs_by_time ON runs (started_at);

CREATE TABLE workloads (
    run_id      TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    workload_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    module      TEXT,
    variant     TEXT,
    status      TEXT NOT NULL,
    error       TEXT,
    started_at  TEXT,
    finished_at TEXT,
    PRIMARY KEY (run_id, workload_id)
);

-- position: the metric's place in its workload's list. thread is NULL for the aggregate;
-- a series reads only aggregates. Statistics columns are NULL where the result had NaN.
CREATE TABLE metrics (
    run_id      TEXT NOT NULL,
    workload_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL,
    better      TEXT NOT NULL,
    thread      INTEGER,
    value       DOUBLE PRECISION,
    best        DOUBLE PRECISION,
    n           BIGINT,
    mean        DOUBLE PRECISION,
    stddev      DOUBLE PRECISION,
    cv          DOUBLE PRECISION,
    min         DOUBLE PRECISION,
    p50         DOUBLE PRECISION,
    p90         DOUBLE PRECISION,
    p95         DOUBLE PRECISION,
    p99         DOUBLE PRECISION,
    p999        DOUBLE PRECISION,
    max         DOUBLE PRECISION,
    ci_low      DOUBLE PRECISION,
    ci_high     DOUBLE PRECISION,
    -- For latencies: the HdrHistogram as the result carries it (compressed, base64).
    histogram   TEXT,
    PRIMARY KEY (run_id, workload_id, position),
    FOREIGN KEY (run_id, workload_id) REFERENCES workloads (run_id, workload_id) ON DELETE CASCADE
);
CREATE INDEX metrics_by_name ON metrics (workload_id, name);

-- One value per measured iteration, in order.
CREATE TABLE samples (
    run_id      TEXT NOT NULL,
    workload_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    iteration   INTEGER NOT NULL,
    value       DOUBLE PRECISION,
    PRIMARY KEY (run_id, workload_id, position, iteration),
    FOREIGN KEY (run_id, workload_id, position) REFERENCES metrics (run_id, workload_id, position) ON DELETE CASCADE
);
