-- Proposals: what a resident writes, saved as a draft until submitted;
-- submitting creates the pact (status submitted) and links it here.
-- Keep in step with migrations/postgres.
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id),
    city_id BIGINT NOT NULL REFERENCES cities (id),
    party_id BIGINT REFERENCES parties (id),
    commons_id BIGINT REFERENCES commons (id),
    new_commons_name TEXT NOT NULL,
    new_commons_address TEXT NOT NULL,
    new_commons_category TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    objectives TEXT NOT NULL,
    activities TEXT NOT NULL,
    duration_months TEXT NOT NULL,
    contributions TEXT NOT NULL,
    support TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    pact_id BIGINT REFERENCES pacts (id)
);
CREATE INDEX proposals_user ON proposals (user_id, updated_at);
CREATE INDEX proposals_pact ON proposals (pact_id);
