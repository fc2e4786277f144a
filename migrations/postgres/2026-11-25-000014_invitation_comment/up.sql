-- An invitation sent to whoever asked to join in a public comment: the
-- author of the proposal sees the comment, never the address.
-- Keep in step with migrations/sqlite.
ALTER TABLE invitations ADD COLUMN comment_id BIGINT REFERENCES comments (id);
