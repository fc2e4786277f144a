-- An invitation sent to whoever asked to join in a public comment: the
-- author of the proposal sees the comment, never the address.
-- Keep in step with migrations/postgres.
ALTER TABLE invitations ADD COLUMN comment_id BIGINT; -- no REFERENCES: SQLite could not drop the column again
