-- Verification looks versions up by their SHA-256 (or its first characters).
CREATE INDEX pact_versions_sha256 ON pact_versions (sha256);
