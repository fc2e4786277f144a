-- Files sent with a proposal, with an answer to a request for documents
-- (context 'proposal' or 'answer', proposal_id set) or with a public comment
-- (context 'comment', comment_id set). Stored in the database, so that
-- several servers share them and one backup holds everything.
-- Keep in step with migrations/postgres.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    context TEXT NOT NULL,
    proposal_id BIGINT REFERENCES proposals (id),
    comment_id BIGINT REFERENCES comments (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CHECK ((context IN ('proposal', 'answer') AND proposal_id IS NOT NULL AND comment_id IS NULL)
        OR (context = 'comment' AND comment_id IS NOT NULL AND proposal_id IS NULL))
);
CREATE INDEX attachments_proposal ON attachments (proposal_id);
CREATE INDEX attachments_comment ON attachments (comment_id);
