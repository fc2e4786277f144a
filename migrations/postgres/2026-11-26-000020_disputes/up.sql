-- Disputes over a pact in force: opened by a party or the city, with the
-- conciliation attempt recorded (when, who took part, what came of it),
-- and closed with the pact continuing, amended or terminated. Keep in
-- step with migrations/sqlite.
CREATE TABLE disputes (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    opened_by BIGINT NOT NULL REFERENCES users (id),
    by_city BOOLEAN NOT NULL,
    subject TEXT NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    conciliation_on DATE,
    participants TEXT,
    conciliation_notes TEXT,
    resolution TEXT,
    resolution_note TEXT,
    closed_at TIMESTAMP,
    CHECK (resolution IS NULL OR resolution IN ('continued', 'amended', 'terminated'))
);
CREATE INDEX disputes_pact ON disputes (pact_id);
