-- The Atom feeds list pacts by their last change, newest first. Keep in
-- step with migrations/sqlite.
CREATE INDEX pacts_updated ON pacts (updated_at, id);
