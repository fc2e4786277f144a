-- Pacts in force: the background jobs' runs (last outcome, error, backoff),
-- the notices sent about a pact (one row per notice, so that no notice is
-- ever sent twice, whichever runner gets there first), and the end of a
-- suspension. Keep in step with migrations/postgres.
CREATE TABLE job_runs (
    name TEXT PRIMARY KEY,
    last_started_at TIMESTAMP,
    last_finished_at TIMESTAMP,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    last_count INTEGER NOT NULL DEFAULT 0,
    next_run_at TIMESTAMP NOT NULL
);
CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (pact_id, kind, key)
);
ALTER TABLE pacts ADD COLUMN suspended_until DATE;
CREATE INDEX pacts_status_end ON pacts (status, end_date);
CREATE INDEX pacts_city_status_end ON pacts (city_id, status, end_date);
