-- The officer a proposal is assigned to. Keep in step with migrations/sqlite.
ALTER TABLE pacts ADD COLUMN assigned_to BIGINT REFERENCES users (id);
CREATE INDEX pacts_assigned ON pacts (assigned_to);
