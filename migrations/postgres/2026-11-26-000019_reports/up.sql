-- Activity reports of pacts in force: what the parties did over a period,
-- with figures that add up into the registry's statistics, and photos
-- (resized, without metadata). Officers accept a report or ask for
-- changes. A pact says how often its parties report. Keep in step with
-- migrations/sqlite.
ALTER TABLE pacts ADD COLUMN report_frequency TEXT NOT NULL DEFAULT 'yearly';
CREATE TABLE reports (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    author_id BIGINT NOT NULL REFERENCES users (id),
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    activities TEXT NOT NULL,
    places TEXT NOT NULL,
    beneficiaries INTEGER NOT NULL,
    volunteers INTEGER NOT NULL,
    hours INTEGER NOT NULL,
    resources_parties TEXT NOT NULL,
    resources_city TEXT NOT NULL,
    problems TEXT NOT NULL,
    state TEXT NOT NULL,
    review_note TEXT,
    reviewed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (state IN ('submitted', 'accepted', 'changes_requested')),
    CHECK (period_start <= period_end)
);
CREATE INDEX reports_pact ON reports (pact_id, period_end);
CREATE TABLE report_photos (
    id BIGSERIAL PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES reports (id),
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BYTEA NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX report_photos_report ON report_photos (report_id);
