-- Public comments on a proposal published for comments: a comment, support,
-- an objection or a request to join. Keep in step with migrations/sqlite.
CREATE TABLE comments (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    author_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX comments_pact ON comments (pact_id, created_at);
