-- Co-proponents: the addresses typed on a proposal, and the invitations
-- sent to them when it is submitted (or later by its author). An invitation
-- is answered once, by the account with the invited address, through a
-- link whose token is stored hashed. Keep in step with migrations/sqlite.
ALTER TABLE proposals ADD COLUMN co_proponents TEXT NOT NULL DEFAULT '';
CREATE TABLE invitations (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    answered_at TIMESTAMP,
    accepted BOOLEAN,
    user_id BIGINT REFERENCES users (id),
    UNIQUE (pact_id, email)
);
