-- Comments of proponents and officers on one version of a pact in
-- co-design, on one of its articles (1 = first) or on the whole text
-- (article NULL). They stay attached to the version they were written on.
-- Keep in step with migrations/sqlite.
CREATE TABLE version_comments (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    version_number INTEGER NOT NULL,
    article INTEGER,
    user_id BIGINT NOT NULL REFERENCES users (id),
    author_name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    FOREIGN KEY (pact_id, version_number) REFERENCES pact_versions (pact_id, number)
);
CREATE INDEX version_comments_version ON version_comments (pact_id, version_number, created_at);
