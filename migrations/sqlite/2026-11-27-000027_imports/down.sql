-- Fails while imported pacts lack a year, a submission date or a
-- duration: complete them (or delete them) first.
PRAGMA foreign_keys = OFF;
BEGIN;
DROP TABLE import_gaps;
DROP TABLE pact_imports;
CREATE TABLE pacts_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    commons_id BIGINT NOT NULL REFERENCES commons (id),
    renews_pact_id BIGINT REFERENCES pacts (id),
    number TEXT NOT NULL,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    kind TEXT NOT NULL,
    intensity TEXT NOT NULL,
    status TEXT NOT NULL,
    duration_months INTEGER NOT NULL,
    submitted_on DATE NOT NULL,
    review_paused_days INTEGER NOT NULL,
    review_paused_since DATE,
    comments_close_on DATE,
    executive_decision TEXT,
    start_date DATE,
    end_date DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    assigned_to BIGINT,
    template_version_id BIGINT,
    agreed_start_on DATE,
    suspended_until DATE,
    report_frequency TEXT NOT NULL DEFAULT 'yearly',
    term INTEGER NOT NULL DEFAULT 0,
    renewal_objection TEXT,
    version_in_force INTEGER,
    UNIQUE (city_id, number),
    UNIQUE (city_id, year, sequence, term)
);
INSERT INTO pacts_new (id, city_id, commons_id, renews_pact_id, number, year, sequence, title, summary, kind, intensity, status, duration_months, submitted_on, review_paused_days, review_paused_since, comments_close_on, executive_decision, start_date, end_date, created_at, updated_at, assigned_to, template_version_id, agreed_start_on, suspended_until, report_frequency, term, renewal_objection, version_in_force)
SELECT id, city_id, commons_id, renews_pact_id, number, year, sequence, title, summary, kind, intensity, status, duration_months, submitted_on, review_paused_days, review_paused_since, comments_close_on, executive_decision, start_date, end_date, created_at, updated_at, assigned_to, template_version_id, agreed_start_on, suspended_until, report_frequency, term, renewal_objection, version_in_force FROM pacts;
DROP TABLE pacts;
ALTER TABLE pacts_new RENAME TO pacts;
CREATE INDEX pacts_city_status ON pacts (city_id, status, id);
CREATE INDEX pacts_status ON pacts (status, id);
CREATE INDEX pacts_commons ON pacts (commons_id);
CREATE INDEX pacts_renews ON pacts (renews_pact_id);
CREATE INDEX pacts_assigned ON pacts (assigned_to);
CREATE INDEX pacts_status_end ON pacts (status, end_date);
CREATE INDEX pacts_city_status_end ON pacts (city_id, status, end_date);
CREATE INDEX pacts_updated ON pacts (updated_at, id);
COMMIT;
PRAGMA foreign_keys = ON;
