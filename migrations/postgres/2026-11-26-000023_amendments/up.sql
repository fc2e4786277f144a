-- Amendments during the term: a change of the text of a pact in force,
-- drafted, approved and signed again while the signed text stays in
-- force. Each signed pact records which version is in force (the one
-- signed, then each amendment signed), so that drafts never pass for it;
-- pacts signed before this migration have their latest version in force.
-- Keep in step with migrations/sqlite.
CREATE TABLE amendments (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    from_version INTEGER NOT NULL,
    started_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX amendments_pact ON amendments (pact_id, id);
ALTER TABLE pacts ADD COLUMN version_in_force INTEGER;
UPDATE pacts SET version_in_force = (
    SELECT MAX(v.number) FROM pact_versions v WHERE v.pact_id = pacts.id
) WHERE status IN ('active', 'suspended', 'expired', 'terminated', 'closed');
