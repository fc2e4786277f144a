-- People who follow a pact get a daily digest of what happened to it;
-- digests records, per person, the last day one was made and the moment it
-- covers up to, so that no activity is told twice or skipped.
-- Keep in step with migrations/postgres.
CREATE TABLE follows (
    user_id BIGINT NOT NULL REFERENCES users (id),
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, pact_id)
);
CREATE INDEX follows_pact ON follows (pact_id);
CREATE TABLE digests (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    made_on DATE NOT NULL,
    covered_until TIMESTAMP NOT NULL
);
