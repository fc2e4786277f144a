-- Signatures: a city's signing rules, one signing request per signatory of
-- an approved version, and the agreement PDFs issued when the last
-- signature lands (each edition stored as issued, with its SHA-256, and
-- the city's seal applied afterwards). Keep in step with migrations/postgres.
ALTER TABLE cities ADD COLUMN signing_order TEXT NOT NULL DEFAULT 'parties_then_city';
ALTER TABLE cities ADD COLUMN signing_link_days INTEGER NOT NULL DEFAULT 14;
ALTER TABLE cities ADD COLUMN reminder_days INTEGER NOT NULL DEFAULT 3;
ALTER TABLE cities ADD COLUMN reminder_cap INTEGER NOT NULL DEFAULT 3;
ALTER TABLE pacts ADD COLUMN agreed_start_on DATE;

-- A resident who proposed as a private person represents their own party:
-- say so, as co-proponents who join already do, so that they sign for it.
INSERT INTO memberships (user_id, party_id, is_representative, created_at)
SELECT pr.user_id, pp.party_id, 1, pr.created_at
FROM proposals pr
JOIN pact_parties pp ON pp.pact_id = pr.pact_id AND pp.position = 0
JOIN parties pa ON pa.id = pp.party_id AND pa.kind = 'individual'
WHERE pr.party_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = pr.user_id AND m.party_id = pp.party_id);

CREATE TABLE signing_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    version_number INTEGER NOT NULL,
    version_sha256 TEXT NOT NULL,
    step INTEGER NOT NULL,
    position INTEGER NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    party_id BIGINT NOT NULL REFERENCES parties (id),
    for_city BOOLEAN NOT NULL,
    capacity TEXT NOT NULL,
    state TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    token_expires_at TIMESTAMP,
    last_sent_at TIMESTAMP,
    reminders_sent INTEGER NOT NULL DEFAULT 0,
    code_hash TEXT,
    code_expires_at TIMESTAMP,
    code_attempts INTEGER NOT NULL DEFAULT 0,
    signed_name TEXT,
    answered_at TIMESTAMP,
    ip TEXT,
    user_agent TEXT,
    method TEXT,
    decline_reason TEXT,
    requested_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    CHECK (state IN ('pending', 'signed', 'declined', 'cancelled'))
);
CREATE INDEX signing_requests_pact ON signing_requests (pact_id, state);
CREATE INDEX signing_requests_user ON signing_requests (user_id, state);

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    version_number INTEGER NOT NULL,
    edition TEXT NOT NULL,
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    seal_state TEXT NOT NULL DEFAULT 'pending',
    sealed_pdf BLOB,
    sealed_sha256 TEXT,
    seal_attempts INTEGER NOT NULL DEFAULT 0,
    seal_error TEXT,
    next_seal_at TIMESTAMP NOT NULL,
    UNIQUE (pact_id, version_number, edition),
    CHECK (edition IN ('full', 'public')),
    CHECK (seal_state IN ('pending', 'sealed', 'failed'))
);
CREATE INDEX agreements_sha256 ON agreements (sha256);
CREATE INDEX agreements_sealed_sha256 ON agreements (sealed_sha256);
CREATE INDEX agreements_seal_due ON agreements (seal_state, next_seal_at);
