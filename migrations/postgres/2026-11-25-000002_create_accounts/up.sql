-- Accounts: users (residents and city staff), their memberships of parties,
-- server-side sessions, single-use tokens, the email outbox and the record
-- of authentication attempts used for rate limits.
-- Keep in step with migrations/sqlite.

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    public_name TEXT,
    language TEXT NOT NULL,
    password_hash TEXT,
    email_verified_at TIMESTAMP,
    city_id BIGINT REFERENCES cities (id),
    role TEXT NOT NULL,
    can_sign BOOLEAN NOT NULL DEFAULT FALSE,
    totp_secret TEXT,
    totp_enabled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    closed_at TIMESTAMP
);
CREATE INDEX users_city ON users (city_id, role);

CREATE TABLE memberships (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    party_id BIGINT NOT NULL REFERENCES parties (id),
    is_representative BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, party_id)
);
CREATE INDEX memberships_party ON memberships (party_id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    second_factor_done BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE tokens (
    id BIGSERIAL PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX tokens_user ON tokens (user_id, purpose);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    recipient TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP,
    sent_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

CREATE TABLE auth_attempts (
    id BIGSERIAL PRIMARY KEY,
    scope TEXT NOT NULL,
    attempted_at TIMESTAMP NOT NULL
);
CREATE INDEX auth_attempts_scope ON auth_attempts (scope, attempted_at);
