-- Second factor: single-use recovery codes, replay protection for TOTP
-- codes, and a city setting that requires a second factor of its staff.
-- Keep in step with migrations/sqlite.
CREATE TABLE recovery_codes (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    code_hash TEXT NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
ALTER TABLE cities ADD COLUMN require_second_factor BOOLEAN NOT NULL DEFAULT FALSE;
