-- Back to one term per number: fails while renewals numbered -R exist.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE pacts_old (
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
    UNIQUE (city_id, number),
    UNIQUE (city_id, year, sequence)
);
INSERT INTO pacts_old (id, city_id, commons_id, renews_pact_id, number, year, sequence, title, summary, kind, intensity, status, duration_months, submitted_on, review_paused_days, review_paused_since, comments_close_on, executive_decision, start_date, end_date, created_at, updated_at, assigned_to, template_version_id, agreed_start_on, suspended_until, report_frequency)
SELECT id, city_id, commons_id, renews_pact_id, number, year, sequence, title, summary, kind, intensity, status, duration_months, submitted_on, review_paused_days, review_paused_since, comments_close_on, executive_decision, start_date, end_date, created_at, updated_at, assigned_to, template_version_id, agreed_start_on, suspended_until, report_frequency FROM pacts;
DROP TABLE pacts;
ALTER TABLE pacts_old RENAME TO pacts;
CREATE INDEX pacts_city_status ON pacts (city_id, status, id);
CREATE INDEX pacts_status ON pacts (status, id);
CREATE INDEX pacts_commons ON pacts (commons_id);
CREATE INDEX pacts_renews ON pacts (renews_pact_id);
CREATE INDEX pacts_assigned ON pacts (assigned_to);
CREATE INDEX pacts_status_end ON pacts (status, end_date);
CREATE INDEX pacts_city_status_end ON pacts (city_id, status, end_date);
ALTER TABLE cities DROP COLUMN objection_days;
ALTER TABLE cities DROP COLUMN tacit_renewal;
COMMIT;
PRAGMA foreign_keys = ON;
